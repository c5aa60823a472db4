# live: prints "ready\n", then counts forever (never `b .`), so only the budget ends it.
        .include "include/e500.inc"
        .section .text.start, "ax"
        .globl  _start
_start:
        TLB_WRITE 0x10010000, 0x80000100, 0xE000400A, 0xE0004005, 0xF
        LOAD32  r9, 0xE0004500
        LOAD32  r5, msg
next:   lbz     r4, 0(r5)
        cmpwi   r4, 0
        beq     spin
        stb     r4, 0(r9)
        addi    r5, r5, 1
        b       next
spin:   addi    r20, r20, 1
        b       spin
        .section .rodata
msg:    .asciz  "ready\n"
