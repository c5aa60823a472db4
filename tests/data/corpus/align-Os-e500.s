	.file	"align.c"
	.machine e500
	.section	".text"
#APP
	.section ".text"
.globl _restgpr_29_x
_restgpr_29_x: lwz 29,-12(11)
_restgpr_30_x: lwz 30,-8(11)
_restgpr_31_x: lwz 0,4(11)
 lwz 31,-4(11)
 mtlr 0
 mr 1,11
 blr

#NO_APP
	.align 12
	.globl crc
	.type	crc, @function
crc:
.LFB0:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	addi 10,4,1
	li 7,0
	li 9,-1
	la 8,.LANCHOR0@l(8)
	mtctr 10
.L2:
	bdnz .L3
	not 3,9
	blr
.L3:
	lbzx 10,3,7
	addi 7,7,1
	xor 10,10,9
	srwi 9,10,4
	rlwinm 10,10,2,26,29
	lwzx 10,8,10
	xor 9,9,10
	srwi 10,9,4
	rlwinm 9,9,2,26,29
	lwzx 9,8,9
	xor 9,10,9
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
	lwz 8,4(3)
	addi 9,10,1
	rlwinm 9,9,0,26,31
	cmpw 0,9,8
	beq- 0,.L6
	add 10,3,10
	stb 4,8(10)
	stw 9,0(3)
	li 3,0
	blr
.L6:
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
	mflr 0
	stw 0,36(1)
	stmw 29,20(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,3
	mr 29,4
	li 30,0
.L8:
	lwz 9,4(31)
	lwz 10,0(31)
	cmpw 0,9,10
	bne+ 0,.L10
.L7:
	addi 11,1,32
	mr 3,30
	b _restgpr_29_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
.L10:
	.cfi_restore_state
	add 9,31,9
	mr 3,29
	lbz 4,8(9)
	bl push
	cmpwi 0,3,0
	blt- 0,.L7
	lwz 9,4(31)
	addi 30,30,1
	addi 9,9,1
	rlwinm 9,9,0,26,31
	stw 9,4(31)
	b .L8
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
	stmw 30,8(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 30,.LANCHOR1@ha
	li 31,0
	la 30,.LANCHOR1@l(30)
.L14:
	rlwinm 4,31,0,0xff
	mr 3,30
	bl push
	addi 9,31,7
	mr 31,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,24
	bne+ 0,.L14
	lis 31,.LANCHOR2@ha
	mr 3,30
	la 31,.LANCHOR2@l(31)
	mr 4,31
	bl drain
	lis 9,tiny@ha
	sth 3,tiny@l(9)
	li 4,32
	addi 3,31,8
	bl crc
	lis 10,stamp@ha
	lwz 9,stamp@l(10)
	extsh 3,3
	slwi 3,3,1
	add 9,9,3
	stw 9,stamp@l(10)
.L15:
	b .L15
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
