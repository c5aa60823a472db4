	.file	"align.c"
	.machine e500mc
	.section	".text"
	.globl rx
	.lcomm	rx,128,64
	.type	rx, @object
	.section	".data"
	.align 6
	.type	tx, @object
	.size	tx, 128
tx:
	.long	1
	.long	2
	.string	"\003"
	.zero	62
	.zero	56
	.globl stamp
	.section	.sdata,"aw"
	.align 3
	.type	stamp, @object
	.size	stamp, 8
stamp:
	.long	0
	.long	5
	.globl tiny
	.section	".sbss","aw",@nobits
	.align 1
tiny:
	.zero	2
	.size	tiny, 2
	.type	tiny, @object
	.lcomm	tiny_local,2,2
	.type	tiny_local, @object
	.globl crc_table
	.section	.rodata
	.align 2
	.type	crc_table, @object
	.size	crc_table, 64
crc_table:
	.long	0
	.long	498536548
	.long	997073096
	.long	651767980
	.long	1994146192
	.long	1802195444
	.long	1303535960
	.long	1342533948
	.long	-306674912
	.long	-267414716
	.long	-690576408
	.long	-882789492
	.long	-1687895376
	.long	-2032938284
	.long	-1609899400
	.long	-1111625188
	.section	".text"
	.align 12
	.globl crc
	.type	crc, @function
crc:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,-1
	stw 9,8(31)
	b .L2
.L3:
	lwz 9,24(31)
	addi 10,9,1
	stw 10,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 10,9,4
	lwz 9,8(31)
	rlwinm 9,9,0,28,31
	lis 8,crc_table@ha
	la 8,crc_table@l(8)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 10,9,4
	lwz 9,8(31)
	rlwinm 9,9,0,28,31
	lis 8,crc_table@ha
	la 8,crc_table@l(8)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	xor 9,10,9
	stw 9,8(31)
.L2:
	lwz 9,28(31)
	addi 10,9,-1
	stw 10,28(31)
	cmpwi 0,9,0
	bne 0,.L3
	lwz 9,8(31)
	not 9,9
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
	.size	crc,.-crc
	.section	.text.boot,"ax",@progbits
	.align 2
	.globl push
	.type	push, @function
push:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 9,4
	stb 9,12(31)
	lwz 9,8(31)
	lwz 9,0(9)
	addi 9,9,1
	rlwinm 7,9,0,26,31
	lwz 9,8(31)
	lwz 8,4(9)
	li 9,0
	li 10,1
	cmpw 0,7,8
	isel 9,10,9,2
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L6
	li 9,-1
	b .L7
.L6:
	lwz 9,8(31)
	lwz 9,0(9)
	lwz 10,8(31)
	add 9,10,9
	lbz 10,12(31)
	stb 10,8(9)
	lwz 9,8(31)
	lwz 9,0(9)
	addi 9,9,1
	rlwinm 10,9,0,26,31
	lwz 9,8(31)
	stw 10,0(9)
	li 9,0
.L7:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	push,.-push
	.section	".text"
	.align 8
	.globl drain
	.type	drain, @function
drain:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,0
	stw 9,8(31)
	b .L9
.L12:
	lwz 9,24(31)
	lwz 9,4(9)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,8(9)
	rlwinm 9,9,0,0xff
	mr 4,9
	lwz 3,28(31)
	bl push
	mr 9,3
	cmpwi 0,9,0
	blt 0,.L14
	lwz 9,24(31)
	lwz 9,4(9)
	addi 9,9,1
	rlwinm 10,9,0,26,31
	lwz 9,24(31)
	stw 10,4(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L9:
	lwz 9,24(31)
	lwz 8,4(9)
	lwz 9,24(31)
	lwz 10,0(9)
	li 9,1
	cmpw 0,8,10
	isel 9,0,9,2
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L12
	b .L11
.L14:
	nop
.L11:
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	drain,.-drain
	.align 2
	.globl _start
	.type	_start, @function
_start:
.LFB3:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 24,32(1)
	stw 25,36(1)
	stw 26,40(1)
	stw 27,44(1)
	stw 28,48(1)
	stw 29,52(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L16
.L17:
	lwz 9,8(31)
	mr 10,9
	mr 9,10
	slwi 9,9,3
	subf 9,10,9
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,tx@ha
	la 3,tx@l(9)
	bl push
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L16:
	lwz 9,8(31)
	cmplwi 0,9,39
	ble 0,.L17
	lis 9,rx@ha
	la 4,rx@l(9)
	lis 9,tx@ha
	la 3,tx@l(9)
	bl drain
	mr 9,3
	mr 10,9
	lis 9,tiny@ha
	sth 10,tiny@l(9)
	li 4,32
	lis 9,rx+8@ha
	la 3,rx+8@l(9)
	bl crc
	mr 9,3
	mr 10,9
	lis 9,tiny_local@ha
	sth 10,tiny_local@l(9)
	lis 9,tiny_local@ha
	lhz 9,tiny_local@l(9)
	extsh 9,9
	mr 25,9
	srawi 9,9,31
	mr 24,9
	slwi 28,25,1
	li 29,0
	lis 9,stamp@ha
	la 9,stamp@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	addc 27,29,11
	adde 26,28,10
	lis 9,stamp@ha
	la 9,stamp@l(9)
	stw 26,0(9)
	stw 27,4(9)
.L18:
	b .L18
	.cfi_endproc
.LFE3:
	.size	_start,.-_start
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
