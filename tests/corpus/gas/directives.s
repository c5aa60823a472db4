# The directives of gas's manual that tlbvisor implements, in one program, with the sections GCC
# emits (.sdata, .sbss, .rodata.str1.4, .eh_frame through .cfi_*) and the things of issue 15:
# large code alignment, .machine, .gnu_attribute, .ident and .note.GNU-stack.
	.file	"directives.s"
	.machine e500
	.gnu_attribute 4, 2
	.set	COUNT, 3
	.equ	WIDTH, 8
	.equiv	LIMIT, COUNT * WIDTH
	.eqv	LATER, later - work
	AREA = WIDTH * WIDTH

	.macro	store_pair a, b=0
	li	3, \a
	li	4, \b
	stw	3, \a*4(1)
	.endm

	.macro	count_down n
	.if	\n
	addi	5, 5, \n
	count_down "(\n-1)"
	.exitm
	.endif
	.endm

	.section .text.start, "ax", @progbits
	.globl	_start
	.type	_start, @function
_start:
	.cfi_startproc
	stwu	1, -32(1)
	.cfi_def_cfa_offset 32
	mflr	0
	.cfi_register 65, 0
	stw	31, 28(1)
	.cfi_offset 31, -4
	stw	0, 36(1)
	.cfi_offset 65, 4
	mr	31, 1
	.cfi_def_cfa_register 31
	store_pair 1, 2
	store_pair 5
	count_down 3
	lis	9, table@ha
	addi	9, 9, table@l
	lwz	3, counter@l(9)
	.cfi_remember_state
	lwz	0, 36(1)
	mtlr	0
	.cfi_restore 65
	addi	1, 1, 32
	.cfi_def_cfa 1, 0
	.cfi_restore_state
	.rept	COUNT
	nop
	.endr
	.irp	reg, 6, 7, 8
	li	\reg, 0x\reg\reg
	.endr
	.irpc	d, 135
	addi	3, 3, \d
	.endr
	.ifdef	COUNT
	li	10, COUNT
	.else
	li	10, -1
	.endif
	.ifndef	NOT_DEFINED
	li	11, 11
	.endif
	.ifc	abc, abc
	li	12, 12
	.endif
	.ifnc	abc, abd
	li	13, 13
	.endif
	.ifeq	COUNT - 3
	li	14, 14
	.endif
	.ifne	COUNT
	li	15, 15
	.endif
	.ifgt	COUNT - 2
	li	16, 16
	.elseif	COUNT
	li	16, -16
	.endif
	.ifge	COUNT - 3
	li	17, 17
	.endif
	.iflt	COUNT - 4
	li	18, 18
	.endif
	.ifle	COUNT - 3
	li	19, 19
	.endif
	.ifb
	li	20, 20
	.endif
	.ifnb	x
	li	21, 21
	.endif
	.if	LIMIT == 24 && (AREA > 60 || 0)
	li	22, LIMIT
	.endif
	.cfi_endproc
	.size	_start, . - _start

	.text
	.p2align 4,,15
	.globl	work
	.type	work, @function
work:
	.cfi_startproc
	cmpwi	3, 0
	beqlr-	0
	addi	3, 3, -1
	b	work
	.cfi_endproc
	.size	work, . - work
	nop
	.p2align 5,,0
	nop
	.balign 64,,20
	nop
	.p2align 6,,60
	nop
	.align	12
later:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	.cfi_adjust_cfa_offset 16
	nop
	.skip	0x400, 0
	.cfi_undefined 3
	.cfi_same_value 4
	.cfi_escape 0x0f, 0x03, 0x71, 0x00, 0x06
	blr
	.cfi_endproc
	.balign	32
	.balignw 8, 0x6000
	.balignl 16, 0x60000000
	.p2alignw 3, 0x4e80
	.p2alignl 4, 0x60000000
	.pushsection .rodata
	.previous
	.popsection
	b	.

	.section .rodata
	.align	3
table:
	.byte	1, 2, 0xff, -1
	.short	0x1234, -2
	.hword	3
	.word	4
	.2byte	5
	.long	table, later, LATER
	.int	6
	.4byte	7
	.quad	0x123456789abcdef0
	.8byte	-1
	.uleb128 0, 127, 128, 624485
	.sleb128 0, -1, 63, -64, 64, -123456
	.ascii	"ab\n\t\"\\"
	.asciz	"zero"
	.string	"str", "ing"
	.space	3
	.skip	2, 0x5a
	.zero	5
	.fill	3, 2, 0x1234
	.fill	2, 4
	.org	. + 4, 0xee
	.p2align 2

	.section .rodata.str1.4, "aMS", @progbits, 1
	.align	2
.LC0:
	.string	"merged strings stay as written"

	.data
	.align	2
	.globl	counter
	.type	counter, @object
	.size	counter, 4
counter:
	.long	COUNT
	.weak	weakling
weakling:
	.long	.LC0

	.section .sdata, "aw"
	.align	2
small:
	.long	7
	.section .sbss, "aw", @nobits
	.align	2
tiny:
	.zero	4
	.lcomm	lc, 12, 8
	.comm	cm, 16, 4
	.bss
	.align	4
big:
	.skip	64
	.section .note.GNU-stack, "", @progbits
	.ident	"hand-written"
