# Macros, repetition, conditionals, local labels, .set redefinition.
        .macro WORDS a, b=5, c
        .long \a, \b
        .ifnb \c
        .long \c
        .endif
        .endm

        .macro pair x y
        .byte \x, \y
        .endm

        .macro label_it name, val
\name\()_sym: .long \val
        .endm

        .macro one a
        .long \a
        .endm

        .macro two a b
        .long \a, 0xff, \b
        .endm

        .macro dflt a = 5, b=6
        .long \a, \b
        .endm

        .macro counted
        .byte \@
        .endm

        .macro limited n
        .if \n > 2
        .exitm
        .endif
        .byte 0xe0 + \n
        .endm

        .data
        .globl _start
_start:
        WORDS 1
        WORDS 1, 2, 3
        words c=9, a=7
        pair 3 4
        label_it foo, 0x1234
        .long foo_sym
        one 1 + 2
        one (1 + 2)
        two 1 2
        two 1+2 3
        two 1 ,2
        dflt
        dflt b = 9
        counted
        COUNTED
        limited 1
        limited 3
        limited 2
        .p2align 2
        .rept 3
        .short 0xabcd
        .endr
        .irp r, 1, 2, 3
        .byte \r * 16
        .endr
        .irp v
        .byte 0x4\v
        .endr
        .irpc ch, 789
        .byte \ch
        .endr
        .p2align 2
x = 1
        .long x
x = x + 1
        .long x
        .set x, 10
        .long x
        .equ y, later - _start
        .long y
1:      .long 1b - _start
        .long 1f - 1b
1:      .long 2f - 1b
2:
        .if 0
        .long 0xbad
        .elseif x == 10
        .long 0x600d
        .else
        .long 0xbad2
        .endif
        .ifdef x
        .byte 1
        .endif
        .ifndef nosuch
        .byte 2
        .endif
        .ifc abc,abc
        .byte 3
        .endif
        .ifnc abc,abd
        .byte 4
        .endif
        .if 1
        .if 0
        .byte 0xbb
        .else
        .byte 5
        .endif
        .endif
        .ifeq 0
        .byte 6
        .endif
        .iflt -1
        .byte 7
        .endif
        .ifgt 0
        .byte 0xcc
        .endif
        .p2align 2; .long 0x1; .long 0x2 ; nop_label: .long 3  /* statement separators */
later:
