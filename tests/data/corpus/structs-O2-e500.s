	.file	"structs.c"
	.machine e500
	.section	".text"
	.align 2
	.globl area
	.type	area, @function
area:
.LFB2:
	.cfi_startproc
	lis 5,0xaaaa
	addi 8,3,4
	ori 5,5,0xaaab
	li 10,0
	li 6,0
.L2:
	addi 10,10,1
	lha 7,0(8)
	mulhwu 9,10,5
	lha 4,2(8)
	cmpwi 0,10,3
	addi 8,8,4
	srwi 11,9,1
	rlwinm 9,9,0,0,30
	add 9,9,11
	subf 9,9,10
	slwi 9,9,2
	add 9,3,9
	lha 11,6(9)
	lha 9,4(9)
	mullw 7,7,11
	mullw 9,9,4
	subf 9,9,7
	add 6,6,9
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
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	lis 9,origin@ha
	la 10,origin@l(9)
	lis 12,.LANCHOR0@ha
	lis 5,.LANCHOR1@ha
	stw 29,20(1)
	la 12,.LANCHOR0@l(12)
	.cfi_offset 29, -12
	lhz 29,2(10)
	la 5,.LANCHOR1@l(5)
	stw 28,16(1)
	lis 0,0xaaaa
	stw 26,8(1)
	mr 4,5
	stw 27,12(1)
	ori 0,0,0xaaab
	.cfi_offset 28, -16
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	lhz 28,origin@l(9)
	li 11,0
	stw 31,28(1)
	.cfi_offset 31, -4
	addi 31,29,-3
	stw 30,24(1)
	.cfi_offset 30, -8
	rlwinm 31,31,0,0xffff
	addi 30,12,-4
.L8:
	lwzu 10,4(30)
	mr 27,11
	stb 11,16(4)
	mr 8,29
	mr 9,4
	stw 10,0(4)
	mr 10,28
.L6:
	addi 7,8,-1
	add 6,10,27
	rlwinm 3,7,0,0xffff
	sth 10,4(9)
	cmpw 0,3,31
	sth 8,6(9)
	mr 10,6
	addi 9,9,4
	mr 8,7
	bne+ 0,.L6
	mulli 3,11,3
	mr 8,4
	li 6,0
	li 10,0
	slwi 3,3,1
.L7:
	addi 10,10,1
	lha 7,4(8)
	mulhwu 9,10,0
	lha 27,6(8)
	cmpwi 0,10,3
	addi 8,8,4
	srwi 26,9,1
	rlwinm 9,9,0,0,30
	add 9,9,26
	subf 9,9,10
	add 9,3,9
	slwi 9,9,2
	add 9,5,9
	lha 26,6(9)
	lha 9,4(9)
	mullw 7,7,26
	mullw 9,9,27
	subf 9,9,7
	add 6,6,9
	bne+ 0,.L7
	srawi 9,6,31
	addi 11,11,1
	xor 6,9,6
	subf 9,9,6
	cmpwi 0,11,4
	stw 9,20(4)
	addi 4,4,24
	bne+ 0,.L8
	addi 12,12,15
	addi 5,5,95
.L9:
	lbzu 10,1(12)
	rlwinm 8,10,0,0xff
	stbu 10,1(5)
	cmpwi 0,8,0
	bne+ 0,.L9
.L10:
	b .L10
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
