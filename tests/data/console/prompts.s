# prompts: prints "=> " forever, counting in r20 (for --until-console).
        .include "include/e500.inc"
        .section .text.start, "ax"
        .globl  _start
_start:
        TLB_WRITE 0x10010000, 0x80000100, 0xE000400A, 0xE0004005, 0xF
        LOAD32  r9, 0xE0004500
        li      r20, 0
again:  addi    r20, r20, 1
        li      r4, 0x3D                # '='
        stb     r4, 0(r9)
        li      r4, 0x3E                # '>'
        stb     r4, 0(r9)
        li      r4, 0x20
        stb     r4, 0(r9)
        b       again
