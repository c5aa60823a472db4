	.file	"align.c"
	.machine e500mc
	.section	".text"
	.section	.text.boot,"ax",@progbits
	.align 2
	.p2align 4,,15
	.type	push.constprop.0.isra.0, @function
push.constprop.0.isra.0:
.LFB5:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	lwz 7,.LANCHOR0@l(8)
	la 10,.LANCHOR0@l(8)
	lwz 6,4(10)
	addi 9,7,1
	rlwinm 9,9,0,26,31
	cmpw 0,9,6
	beqlr- 0
	add 10,10,7
	stw 9,.LANCHOR0@l(8)
	stb 3,8(10)
	blr
	.cfi_endproc
.LFE5:
	.size	push.constprop.0.isra.0,.-push.constprop.0.isra.0
	.section	".text"
	.align 12
	.globl crc
	.type	crc, @function
crc:
.LFB0:
	.cfi_startproc
	cmpwi 0,4,0
	beq- 0,.L7
	lis 8,.LANCHOR1@ha
	addi 10,3,-1
	mtctr 4
	la 8,.LANCHOR1@l(8)
	li 3,-1
	.p2align 4,,15
.L6:
	lbzu 9,1(10)
	xor 9,9,3
	rlwinm 7,9,2,26,29
	srwi 9,9,4
	lwzx 7,8,7
	xor 9,9,7
	rlwinm 7,9,2,26,29
	srwi 9,9,4
	lwzx 3,8,7
	xor 3,9,3
	bdnz .L6
	not 3,3
	blr
	.p2align 4,,15
.L7:
	li 3,0
	blr
	.cfi_endproc
.LFE0:
	.size	crc,.-crc
	.section	.text.boot
	.align 2
	.p2align 4,,15
	.globl push
	.type	push, @function
push:
.LFB1:
	.cfi_startproc
	lwz 8,0(3)
	mr 9,3
	lwz 7,4(3)
	addi 10,8,1
	rlwinm 10,10,0,26,31
	cmpw 0,10,7
	beq- 0,.L12
	add 8,3,8
	stb 4,8(8)
	li 3,0
	stw 10,0(9)
	blr
	.p2align 4,,15
.L12:
	li 3,-1
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
	lwz 9,4(3)
	lwz 10,0(3)
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	cmpw 0,9,10
	stw 30,24(1)
	.cfi_offset 30, -8
	beq- 0,.L16
	mflr 0
	.cfi_register 65, 0
	stw 29,20(1)
	.cfi_offset 29, -12
	stw 0,36(1)
	.cfi_offset 65, 4
	mr 29,4
	stw 31,28(1)
	.cfi_offset 31, -4
	li 30,0
	mr 31,3
	.p2align 4,,15
.L15:
	add 9,31,9
	lbz 4,8(9)
	mr 3,29
	bl push
	cmpwi 0,3,0
	blt- 0,.L19
	lwz 9,4(31)
	addi 30,30,1
	lwz 10,0(31)
	addi 9,9,1
	rlwinm 9,9,0,26,31
	cmpw 0,9,10
	stw 9,4(31)
	bne+ 0,.L15
.L19:
	lwz 0,36(1)
	mr 3,30
	lwz 29,20(1)
	.cfi_restore 29
	lwz 31,28(1)
	.cfi_restore 31
	lwz 30,24(1)
	mtlr 0
	.cfi_restore 65
	addi 1,1,32
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
	.p2align 4,,15
.L16:
	.cfi_def_cfa_offset 32
	.cfi_offset 30, -8
	li 30,0
	mr 3,30
	lwz 30,24(1)
	addi 1,1,32
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE2:
	.size	drain,.-drain
	.align 2
	.p2align 4,,15
	.globl _start
	.type	_start, @function
_start:
.LFB3:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	li 31,0
	.p2align 4,,15
.L21:
	rlwinm 3,31,0,0xff
	addi 31,31,7
	bl push.constprop.0.isra.0
	rlwinm 9,31,0,0xff
	cmpwi 0,9,24
	bne+ 0,.L21
	lis 31,.LANCHOR2@ha
	lis 3,.LANCHOR0@ha
	la 31,.LANCHOR2@l(31)
	la 3,.LANCHOR0@l(3)
	mr 4,31
	addi 31,31,7
	bl drain
	lis 9,tiny@ha
	sth 3,tiny@l(9)
	lis 7,.LANCHOR1@ha
	li 9,32
	la 7,.LANCHOR1@l(7)
	li 10,-1
	mtctr 9
	.p2align 4,,15
.L22:
	lbzu 9,1(31)
	xor 9,9,10
	rlwinm 10,9,2,26,29
	srwi 9,9,4
	lwzx 10,7,10
	xor 9,9,10
	rlwinm 10,9,2,26,29
	srwi 9,9,4
	lwzx 10,7,10
	xor 10,9,10
	bdnz .L22
	lis 8,stamp@ha
	not 9,10
	lwz 10,stamp@l(8)
	extsh 9,9
	slwi 9,9,1
	add 9,9,10
	stw 9,stamp@l(8)
.L23:
	b .L23
	.cfi_endproc
.LFE3:
	.size	_start,.-_start
	.globl crc_table
	.globl tiny
	.globl stamp
	.globl rx
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
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
	.section	".data"
	.align 6
	.set	.LANCHOR0,. + 0
	.type	tx, @object
	.size	tx, 128
tx:
	.long	1
	.long	2
	.string	"\003"
	.zero	62
	.zero	56
	.section	".bss"
	.align 6
	.set	.LANCHOR2,. + 0
	.type	rx, @object
	.size	rx, 128
rx:
	.zero	128
	.section	.sbss,"aw",@nobits
	.align 1
	.type	tiny, @object
	.size	tiny, 2
tiny:
	.zero	2
	.section	.sdata,"aw"
	.align 3
	.type	stamp, @object
	.size	stamp, 8
stamp:
	.long	0
	.long	5
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
