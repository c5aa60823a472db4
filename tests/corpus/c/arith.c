/* Integer arithmetic, loops and recursion. */
int counter;
int total = 7;
static int hidden;
static int seeded = 3;
unsigned long long wide = 0x123456789abcdefULL;

static unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int gcd(int a, int b) {
    while (b != 0) {
        int t = a % b;
        a = b;
        b = t;
    }
    return a;
}

unsigned long long mul64(unsigned long long a, unsigned b) { return a * b + (a >> 7); }

int bits(unsigned x) {
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    return n + (int)((x >> 3) & 0x1f0) + (int)(x << 5);
}

unsigned rot(unsigned x, int s) { return (x << s) | (x >> (32 - s)); }

void _start(void) {
    counter = gcd(462, 1071) + (int)fib(10);
    hidden = bits(0xf0f0u) + seeded;
    wide = mul64(wide, counter);
    total += (int)rot(0x12345678u, hidden & 31) / 3 + hidden;
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
