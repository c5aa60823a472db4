	.file	"structs.c"
	.machine e500
	.section	".text"
	.section	.rodata
	.align 2
	.type	greeting, @object
	.size	greeting, 12
greeting:
	.string	"hello, e500"
	.globl names
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
	.align 2
	.type	names, @object
	.size	names, 16
names:
	.long	.LC0
	.long	.LC1
	.long	.LC2
	.long	.LC3
	.globl shapes
	.lcomm	shapes,96,4
	.type	shapes, @object
	.globl origin
	.section	.sdata,"aw"
	.align 1
	.type	origin, @object
	.size	origin, 4
origin:
	.short	1
	.short	-2
	.globl buffer
	.lcomm	buffer,64,4
	.type	buffer, @object
	.lcomm	small,1,1
	.type	small, @object
	.section	".text"
	.align 2
	.type	slen, @function
slen:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	b .L2
.L3:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L2:
	lwz 10,24(31)
	lwz 9,8(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L3
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	slen,.-slen
	.align 2
	.type	scopy, @function
scopy:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	nop
.L6:
	lwz 10,12(31)
	addi 9,10,1
	stw 9,12(31)
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lbz 10,0(10)
	stb 10,0(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L6
	nop
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	scopy,.-scopy
	.align 2
	.globl area
	.type	area, @function
area:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L8
.L9:
	lwz 9,12(31)
	slwi 9,9,2
	lwz 10,24(31)
	add 9,10,9
	addi 9,9,4
	stw 9,16(31)
	lwz 9,12(31)
	addi 8,9,1
	lis 9,0x5555
	ori 9,9,0x5556
	mulhw 10,8,9
	srawi 9,8,31
	subf 10,9,10
	mr 9,10
	slwi 9,9,1
	add 9,9,10
	subf 10,9,8
	slwi 9,10,2
	lwz 10,24(31)
	add 9,10,9
	addi 9,9,4
	stw 9,20(31)
	lwz 9,16(31)
	lhz 9,0(9)
	extsh 10,9
	lwz 9,20(31)
	lhz 9,2(9)
	extsh 9,9
	mullw 10,10,9
	lwz 9,20(31)
	lhz 9,0(9)
	extsh 8,9
	lwz 9,16(31)
	lhz 9,2(9)
	extsh 9,9
	mullw 9,8,9
	subf 9,9,10
	lwz 10,8(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L8:
	lwz 9,12(31)
	cmpwi 0,9,2
	ble 0,.L9
	lwz 9,8(31)
	srawi 10,9,31
	lwz 9,8(31)
	xor 9,10,9
	subf 9,10,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
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
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L12
.L15:
	lis 9,names@ha
	la 10,names@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 8,0(9)
	lis 9,shapes@ha
	la 7,shapes@l(9)
	lwz 10,8(31)
	mr 9,10
	slwi 9,9,1
	add 9,9,10
	slwi 9,9,3
	add 9,7,9
	stw 8,0(9)
	lwz 9,8(31)
	mr 7,9
	lis 9,shapes@ha
	la 8,shapes@l(9)
	lwz 10,8(31)
	mr 9,10
	slwi 9,9,1
	add 9,9,10
	slwi 9,9,3
	add 9,8,9
	addi 9,9,16
	stb 7,0(9)
	li 9,0
	stw 9,12(31)
	b .L13
.L14:
	lis 9,origin@ha
	la 9,origin@l(9)
	lhz 9,0(9)
	mr 10,9
	lwz 9,8(31)
	mr 8,9
	lwz 9,12(31)
	mullw 9,8,9
	add 9,10,9
	mr 7,9
	lis 9,shapes@ha
	la 8,shapes@l(9)
	lwz 10,8(31)
	mr 9,10
	slwi 9,9,1
	add 9,9,10
	slwi 9,9,1
	lwz 10,12(31)
	add 9,9,10
	slwi 9,9,2
	add 9,8,9
	addi 9,9,4
	sth 7,0(9)
	lis 9,origin@ha
	la 9,origin@l(9)
	lhz 9,2(9)
	mr 10,9
	lwz 9,12(31)
	subf 9,9,10
	mr 7,9
	lis 9,shapes@ha
	la 8,shapes@l(9)
	lwz 10,8(31)
	mr 9,10
	slwi 9,9,1
	add 9,9,10
	slwi 9,9,1
	lwz 10,12(31)
	add 9,9,10
	slwi 9,9,2
	add 9,8,9
	addi 9,9,6
	sth 7,0(9)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L13:
	lwz 9,12(31)
	cmpwi 0,9,2
	ble 0,.L14
	lwz 10,8(31)
	mr 9,10
	slwi 9,9,1
	add 9,9,10
	slwi 9,9,3
	lis 10,shapes@ha
	la 10,shapes@l(10)
	add 9,9,10
	mr 3,9
	bl area
	mr 7,3
	lis 9,shapes@ha
	la 8,shapes@l(9)
	lwz 10,8(31)
	mr 9,10
	slwi 9,9,1
	add 9,9,10
	slwi 9,9,3
	add 9,8,9
	addi 9,9,20
	stw 7,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L12:
	lwz 9,8(31)
	cmpwi 0,9,3
	ble 0,.L15
	lis 9,greeting@ha
	la 4,greeting@l(9)
	lis 9,buffer@ha
	la 3,buffer@l(9)
	bl scopy
	lis 9,buffer@ha
	la 3,buffer@l(9)
	bl slen
	mr 9,3
	mr 10,9
	lis 9,small@ha
	stb 10,small@l(9)
.L16:
	b .L16
	.cfi_endproc
.LFE3:
	.size	_start,.-_start
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
