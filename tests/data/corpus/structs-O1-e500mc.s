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
	li 10,0
	li 6,0
	lis 4,0x5555
	ori 4,4,0x5556
.L2:
	addi 10,10,1
	mulhw 9,10,4
	srawi 8,10,31
	subf 8,8,9
	slwi 9,8,1
	add 9,9,8
	subf 9,9,10
	slwi 9,9,2
	add 9,3,9
	lha 8,0(7)
	lha 5,6(9)
	mullw 8,8,5
	lha 9,4(9)
	lha 5,2(7)
	mullw 9,9,5
	subf 9,9,8
	add 6,6,9
	addi 7,7,4
	cmpwi 0,10,3
	bne+ 0,.L2
	srawi 3,6,31
	xor 6,3,6
	subf 3,3,6
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
	mflr 0
	stw 0,52(1)
	stw 25,20(1)
	stw 26,24(1)
	stw 27,28(1)
	stw 28,32(1)
	stw 29,36(1)
	stw 30,40(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 9,origin@ha
	la 10,origin@l(9)
	lhz 27,origin@l(9)
	lhz 28,2(10)
	lis 26,.LANCHOR0@ha
	la 26,.LANCHOR0@l(26)
	addi 26,26,-4
	lis 30,.LANCHOR1@ha
	la 30,.LANCHOR1@l(30)
	li 31,0
	mr 29,30
	b .L6
.L17:
	mr 3,25
	bl area
	stw 3,20(25)
	addi 31,31,1
	addi 30,30,24
	cmpwi 0,31,4
	beq- 0,.L16
.L6:
	mr 25,30
	lwzu 9,4(26)
	stw 9,0(30)
	stb 31,16(30)
	li 7,3
	li 10,0
	slwi 6,31,1
	add 6,6,31
	slwi 6,6,1
.L5:
	add 9,6,10
	slwi 9,9,2
	add 9,29,9
	mullw 8,10,31
	add 8,8,27
	sth 8,4(9)
	subf 8,10,28
	sth 8,6(9)
	addi 10,10,1
	addic. 7,7,-1
	bne+ 0,.L5
	b .L17
.L16:
	lis 8,.LANCHOR0@ha
	la 8,.LANCHOR0@l(8)
	addi 8,8,15
	lis 10,.LANCHOR1@ha
	la 10,.LANCHOR1@l(10)
	addi 10,10,95
.L7:
	lbzu 9,1(8)
	stbu 9,1(10)
	andi. 9,9,0xff
	bne+ 0,.L7
	lis 9,.LANCHOR1+96@ha
	lbz 9,.LANCHOR1+96@l(9)
	cmpwi 0,9,0
	beq- 0,.L8
	lis 9,.LANCHOR1@ha
	la 9,.LANCHOR1@l(9)
	addi 9,9,96
.L9:
	lbzu 10,1(9)
	cmpwi 0,10,0
	bne+ 0,.L9
.L8:
.L14:
	b .L14
	.cfi_endproc
.LFE3:
	.size	_start,.-_start
	.globl buffer
	.globl origin
	.globl shapes
	.globl names
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"triangle"
	.align 2
.LC1:
	.string	"square"
	.align 2
.LC2:
	.string	"line"
	.align 2
.LC3:
	.string	"dot"
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	names, @object
	.size	names, 16
names:
	.long	.LC0
	.long	.LC1
	.long	.LC2
	.long	.LC3
	.type	greeting, @object
	.size	greeting, 12
greeting:
	.string	"hello, e500"
	.section	".bss"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	shapes, @object
	.size	shapes, 96
shapes:
	.zero	96
	.type	buffer, @object
	.size	buffer, 64
buffer:
	.zero	64
	.section	.sdata,"aw"
	.align 1
	.type	origin, @object
	.size	origin, 4
origin:
	.short	1
	.short	-2
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
