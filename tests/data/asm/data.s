# Data directive sizes, alignment, padding and fills.
        .text
        .globl _start
_start:
        .byte 1
        .align 4
        .byte 2
        .p2align 3
        .long 3
        .align 3                # 4 bytes pad in code: a nop
        .byte 0x55
        .balign 8, 0x11
        .p2align 4,,4           # skipped: would need more than 4 bytes
        .p2align 3,,7
        .fill 1, 8, 0x01020304
        .fill 2
        .fill 3, 2, 0x0a0b
        .fill 1, 3, -1
        .data
d0:     .byte 1
        .word 0x1234
        .byte 2
        .short 0x5678
        .hword 0x9abc
        .int 0x11223344
        .2byte 0x4321
        .4byte 0x87654321
        .quad 0x0102030405060708
        .8byte -2
        .byte 3
        .align 2
        .byte 4
        .balign 4, 0xbb
        .space 3, 0xcc
        .skip 2
        .zero 2
        .ascii "ab\n\t\"\\\101\x41", "x"
        .asciz "cd"
        .string "ef", "gh"
        .byte 'z, -1, 255, -128
        .byte 1
        .balignw 8, 0x1234
        .byte 3
        .p2align 2
        .p2alignl 4, 0xdeadbeef
        .byte 4
        .org 0x80
        .byte 7
        .org 0x84, 0xee
        .byte 8
d1:     .space d1 - d0, 0x5a
        .incbin "inc/nested.inc", 8, 6
        .incbin "inc/nested.inc"
        .long d1, d0 + 4, _start
