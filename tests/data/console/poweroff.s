# poweroff: prints "bye\n", then drives GPIO pin 0 (QEMU ppce500's power-off line): GPDIR, then
# GPDAT; r20 = 1 would show that execution went on after the power-off.
        .include "include/e500.inc"
        .section .text.start, "ax"
        .globl  _start
_start:
        TLB_WRITE 0x10010000, 0x80000100, 0xE000400A, 0xE0004005, 0xF
        TLB_WRITE 0x10020000, 0x80000100, 0xE00FF00A, 0xE00FF005, 0xF
        LOAD32  r9, 0xE0004500
        li      r20, 0
        li      r4, 0x62
        stb     r4, 0(r9)
        li      r4, 0x79
        stb     r4, 0(r9)
        li      r4, 0x65
        stb     r4, 0(r9)
        li      r4, 0x0A
        stb     r4, 0(r9)
        LOAD32  r8, 0xE00FF000
        lis     r4, 0x8000
        stw     r4, 0(r8)               # GPDIR: pin 0 is an output
        stw     r4, 8(r8)               # GPDAT: pin 0 high -> power off
        li      r20, 1
done:   b       done
