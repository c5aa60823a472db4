/* Large code and data alignment, named sections, branch hints from __builtin_expect. */
struct ring { unsigned head, tail; unsigned char slots[64]; } __attribute__((aligned(64)));

struct ring rx;
static struct ring tx = { 1, 2, { 3 } };
unsigned long long stamp __attribute__((section(".sdata"))) = 5;
short tiny;
static short tiny_local;
const unsigned crc_table[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

__attribute__((aligned(4096))) unsigned crc(const unsigned char *p, unsigned n) {
    unsigned c = ~0u;
    while (n--) {
        c ^= *p++;
        c = (c >> 4) ^ crc_table[c & 15];
        c = (c >> 4) ^ crc_table[c & 15];
    }
    return ~c;
}

__attribute__((section(".text.boot"), noinline)) int push(struct ring *r, unsigned char v) {
    if (__builtin_expect(((r->head + 1) & 63) == r->tail, 0))
        return -1;
    r->slots[r->head] = v;
    r->head = (r->head + 1) & 63;
    return 0;
}

__attribute__((aligned(256))) int drain(struct ring *from, struct ring *to) {
    int moved = 0;
    while (__builtin_expect(from->tail != from->head, 1)) {
        if (push(to, from->slots[from->tail]) < 0)
            break;
        from->tail = (from->tail + 1) & 63;
        moved++;
    }
    return moved;
}

void _start(void) {
    for (unsigned i = 0; i < 40; i++)
        push(&tx, (unsigned char)(i * 7));
    tiny = (short)drain(&tx, &rx);
    tiny_local = (short)crc(rx.slots, 32);
    stamp += (unsigned long long)tiny_local << 33;
    for (;;)
        ;
}

#ifdef __OPTIMIZE_SIZE__
/* -Os makes GCC restore r29-r31 with a call to libgcc's out-of-line epilogue; a freestanding
   program brings its own. On entry r11 is the caller's stack pointer: the registers were saved
   just below it, the return address at 4(r11) (SVR4 PowerPC ABI). */
__asm__(".section \".text\"\n"
        ".globl _restgpr_29_x\n"
        "_restgpr_29_x: lwz 29,-12(11)\n"
        "_restgpr_30_x: lwz 30,-8(11)\n"
        "_restgpr_31_x: lwz 0,4(11)\n"
        " lwz 31,-4(11)\n"
        " mtlr 0\n"
        " mr 1,11\n"
        " blr\n");
#endif
