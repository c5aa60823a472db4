# Section ordering and alignment as ld -N places them, forward references across sections.
        .section .rodata
ro:     .byte 0x72
        .section .text.late, "ax", @progbits
late:   .long 0x7a7a7a7a
        .text
        .globl _start
        .type _start, @function
_start: .long target, table, ro, late, bss_buf, lcommed
        .long target@ha, target@l, table@h
        .size _start, . - _start
        .section .text.start, "ax"
first:  .long 0x11111111
        .section .rodata.str1.4, "aMS", @progbits, 1
        .p2align 4
msg:    .asciz "hello"
        .data
        .p2align 3
table:  .long 1, 2, 3
        .type table, @object
        .size table, 12
        .section .data.more, "aw"
target: .byte 9
        .bss
        .p2align 5
bss_buf: .space 64
        .section .bss.extra, "aw", @nobits
        .space 3
        .lcomm lcommed, 16, 16
        .section .note.GNU-stack, "", @progbits
