	.file	"structs.c"
	.machine e500mc
	.section	".text"
	.align 2
	.globl area
	.type	area, @function
area:
.LFB2:
	.cfi_startproc
	addi 7,3,4
	li 8,0
	li 10,0
	li 4,3
.L2:
	addi 8,8,1
	lha 6,0(7)
	divw 9,8,4
	cmpwi 0,8,3
	addi 7,7,4
	mulli 9,9,3
	subf 9,9,8
	slwi 9,9,2
	add 9,3,9
	lha 5,6(9)
	lha 9,4(9)
	mullw 6,6,5
	lha 5,-2(7)
	mullw 9,9,5
	subf 9,9,6
	add 10,10,9
	bne+ 0,.L2
	srawi 3,10,31
	xor 10,3,10
	subf 3,3,10
	blr
	.cfi_endproc
.LFE2:
	.size	area,.-area
	.align 2
	.globl _start
	.type	_start, @function
_start:
.LFB3:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	lis 9,origin@ha
	mflr 0
	la 10,origin@l(9)
	stmw 25,20(1)
	.cfi_register 65, 0
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR1@ha
	lis 30,.LANCHOR0@ha
	stw 0,52(1)
	.cfi_offset 65, 4
	lhz 27,origin@l(9)
	la 31,.LANCHOR1@l(31)
	lhz 26,2(10)
	la 30,.LANCHOR0@l(30)
	addi 28,31,64
	li 29,0
	addi 25,30,12
.L6:
	slwi 9,29,2
	mulli 6,29,6
	lwzx 9,9,25
	li 8,3
	stb 29,16(28)
	li 10,0
	stw 9,0(28)
.L5:
	mullw 7,10,29
	add 9,6,10
	slwi 9,9,2
	add 9,31,9
	addic. 8,8,-1
	add 7,7,27
	sth 7,68(9)
	subf 7,10,26
	sth 7,70(9)
	addi 10,10,1
	bne+ 0,.L5
	mr 3,28
	addi 29,29,1
	bl area
	cmpwi 0,29,4
	stw 3,20(28)
	addi 28,28,24
	bne+ 0,.L6
.L7:
	lbz 10,0(30)
	addi 30,30,1
	addi 31,31,1
	stb 10,-1(31)
	rlwinm 10,10,0,0xff
	cmpwi 0,10,0
	bne+ 0,.L7
.L8:
	b .L8
	.cfi_endproc
.LFE3:
	.size	_start,.-_start
	.globl buffer
	.globl origin
	.globl shapes
	.globl names
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"triangle"
.LC1:
	.string	"square"
.LC2:
	.string	"line"
.LC3:
	.string	"dot"
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	greeting, @object
	.size	greeting, 12
greeting:
	.string	"hello, e500"
	.type	names, @object
	.size	names, 16
names:
	.long	.LC0
	.long	.LC1
	.long	.LC2
	.long	.LC3
	.section	".bss"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	buffer, @object
	.size	buffer, 64
buffer:
	.zero	64
	.type	shapes, @object
	.size	shapes, 96
shapes:
	.zero	96
	.section	.sdata,"aw"
	.align 1
	.type	origin, @object
	.size	origin, 4
origin:
	.short	1
	.short	-2
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
