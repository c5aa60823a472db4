# .include against the including folder and -I folders; --defsym.
        .include "inc/consts.inc"
        .data
        .globl _start
_start: .long CONST_A, CONST_B, FROM_DEFSYM
        .include "deep.inc"
        .ifdef FROM_DEFSYM
        .long FROM_DEFSYM * 2
        .endif
