	.file	"align.c"
	.machine e500mc
	.section	".text"
	.align 12
	.globl crc
	.type	crc, @function
crc:
.LFB0:
	.cfi_startproc
	cmpwi 0,4,0
	beq- 0,.L4
	addi 8,3,-1
	li 3,-1
	lis 7,.LANCHOR0@ha
	la 7,.LANCHOR0@l(7)
	mtctr 4
.L3:
	lbzu 10,1(8)
	xor 10,10,3
	srwi 9,10,4
	rlwinm 10,10,2,26,29
	lwzx 10,7,10
	xor 9,9,10
	srwi 3,9,4
	rlwinm 9,9,2,26,29
	lwzx 9,7,9
	xor 3,3,9
	addi 4,4,-1
	bdnz .L3
.L2:
	not 3,3
	blr
.L4:
	li 3,-1
	b .L2
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
	lwz 10,0(3)
	addi 9,10,1
	rlwinm 9,9,0,26,31
	lwz 8,4(3)
	cmpw 0,9,8
	beq- 0,.L9
	add 10,3,10
	stb 4,8(10)
	stw 9,0(3)
	li 3,0
	blr
.L9:
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
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 30,24(1)
	.cfi_offset 30, -8
	lwz 9,4(3)
	lwz 10,0(3)
	cmpw 0,9,10
	beq- 0,.L13
	mflr 0
	.cfi_register 65, 0
	stw 0,36(1)
	.cfi_offset 65, 4
	stw 29,20(1)
	.cfi_offset 29, -12
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,3
	mr 29,4
	li 30,0
.L12:
	add 9,31,9
	lbz 4,8(9)
	mr 3,29
	bl push
	cmpwi 0,3,0
	blt- 0,.L16
	lwz 9,4(31)
	addi 9,9,1
	rlwinm 9,9,0,26,31
	stw 9,4(31)
	addi 30,30,1
	lwz 10,0(31)
	cmpw 0,9,10
	bne+ 0,.L12
	lwz 29,20(1)
	.cfi_restore 29
	lwz 31,28(1)
	.cfi_restore 31
	lwz 0,36(1)
	mtlr 0
	.cfi_restore 65
.L10:
	mr 3,30
	lwz 30,24(1)
	addi 1,1,32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
.L13:
	.cfi_restore_state
	li 30,0
	b .L10
.L16:
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	lwz 29,20(1)
	.cfi_restore 29
	lwz 31,28(1)
	.cfi_restore 31
	lwz 0,36(1)
	mtlr 0
	.cfi_restore 65
	b .L10
	.cfi_endproc
.LFE2:
	.size	drain,.-drain
	.align 2
	.globl _start
	.type	_start, @function
_start:
.LFB3:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 30,8(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 31,0
	lis 30,.LANCHOR1@ha
	la 30,.LANCHOR1@l(30)
.L18:
	rlwinm 4,31,0,0xff
	mr 3,30
	bl push
	addi 9,31,7
	mr 31,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,24
	bne+ 0,.L18
	lis 31,.LANCHOR2@ha
	la 31,.LANCHOR2@l(31)
	mr 4,31
	lis 3,.LANCHOR1@ha
	la 3,.LANCHOR1@l(3)
	bl drain
	lis 9,tiny@ha
	sth 3,tiny@l(9)
	li 4,32
	addi 3,31,8
	bl crc
	lis 8,stamp@ha
	extsh 9,3
	slwi 9,9,1
	lwz 10,stamp@l(8)
	add 10,10,9
	stw 10,stamp@l(8)
.L19:
	b .L19
	.cfi_endproc
.LFE3:
	.size	_start,.-_start
	.globl crc_table
	.globl tiny
	.globl stamp
	.globl rx
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
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
	.set	.LANCHOR1,. + 0
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
