	.file	"structs.c"
	.machine e500
	.section	".text"
	.align 2
	.globl area
	.type	area, @function
area:
.LFB2:
	.cfi_startproc
	lha 5,4(3)
	lha 10,10(3)
	lha 7,8(3)
	lha 4,6(3)
	lha 9,14(3)
	mullw 11,10,5
	lha 8,12(3)
	mullw 6,4,7
	mullw 7,9,7
	mullw 10,8,10
	mullw 9,9,5
	mullw 8,8,4
	subf 6,6,11
	subf 10,10,7
	add 10,10,6
	subf 9,9,8
	add 9,9,10
	srawi 3,9,31
	xor 9,3,9
	subf 3,3,9
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
	lis 8,.LANCHOR0@ha
	lis 10,.LANCHOR1@ha
	la 8,.LANCHOR0@l(8)
	la 10,.LANCHOR1@l(10)
	addi 8,8,-1
	addi 10,10,-1
.L4:
	lbzu 9,1(8)
	rlwinm 7,9,0,0xff
	stbu 9,1(10)
	cmpwi 0,7,0
	bne+ 0,.L4
.L5:
	b .L5
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
