# Expression semantics: precedence and results as GNU as computes them.
        .data
        .globl _start
_start:
        .long 1 + 2 * 3, 1 | 2 + 4, 8 - 1 | 2, 3 & 5 + 1
        .long 1 == 1, 1 != 1, 1 < 2 + 1, 1 && 2, 0 || 3, 1 + 2 == 3
        .long 7 % 3, -7 / 2, -7 % 2, 2 ! 1, 1 <> 2, 'a, 1 << 2 * 2
        .long 5 - 3 - 1, 100 / 10 / 5, ~5, -(-3), !0, !7, 1 >= 1, 2 <= 1
        .long 0x12348000@h, 0x12348000@ha, 0x12348000@l
        .long (-1)@h, (-1)@ha, (-1)@l, 0x7fff8000@ha, 0x12347fff@ha
        .long -0x8000@ha, -0x8001@ha, 0xffff8000@ha
        .long 0b1011, 017, 0x7FFFffff, 0 - 1, 1 ^ 3 & 2
        .short 1 << 15 >> 3, 'z - 'a
        .byte 1 || 0 && 0, (1 || 0) && 0, 3 > 2 > 1, -1 == -1 == -1
        .long here - _start, . - _start
here:   .long (here - _start) * 2 / 3
        .long fwd - here, fwd@l, fwd@ha
fwd:
