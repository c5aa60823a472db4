	.file	"arith.c"
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
	.align 2
	.type	fib, @function
fib:
.LFB0:
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
	mr 30,3
	li 29,0
.L3:
	cmplwi 0,30,1
	ble- 0,.L2
	addi 3,30,-1
	bl fib
	addi 30,30,-2
	add 29,29,3
	b .L3
.L2:
	srwi 9,31,1
	addi 11,1,32
	mulli 9,9,-2
	add 3,9,31
	add 3,3,29
	b _restgpr_29_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
	.cfi_endproc
.LFE0:
	.size	fib,.-fib
	.align 2
	.globl gcd
	.type	gcd, @function
gcd:
.LFB1:
	.cfi_startproc
.L6:
	cmpwi 0,4,0
	beqlr- 0
	divw 9,3,4
	mullw 9,9,4
	subf 9,9,3
	mr 3,4
	mr 4,9
	b .L6
	.cfi_endproc
.LFE1:
	.size	gcd,.-gcd
	.align 2
	.globl mul64
	.type	mul64, @function
mul64:
.LFB2:
	.cfi_startproc
	mullw 9,5,4
	mullw 10,3,5
	mulhwu 5,5,4
	srwi 4,4,7
	rlwimi 4,3,25,0,31-25
	addc 4,9,4
	srwi 3,3,7
	add 10,10,5
	adde 3,10,3
	blr
	.cfi_endproc
.LFE2:
	.size	mul64,.-mul64
	.align 2
	.globl bits
	.type	bits, @function
bits:
.LFB3:
	.cfi_startproc
	mr 9,3
	li 3,0
.L11:
	cmpwi 0,9,0
	beqlr- 0
	addi 10,9,-1
	addi 3,3,1
	and 9,9,10
	b .L11
	.cfi_endproc
.LFE3:
	.size	bits,.-bits
	.align 2
	.globl rot
	.type	rot, @function
rot:
.LFB4:
	.cfi_startproc
	rotlw 3,3,4
	blr
	.cfi_endproc
.LFE4:
	.size	rot,.-rot
	.align 2
	.globl _start
	.type	_start, @function
_start:
.LFB5:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	li 9,1071
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	li 31,462
.L16:
	mr 10,9
	divw 9,31,9
	mullw 9,9,10
	subf 9,9,31
	mr 31,10
	cmpwi 0,9,0
	bne+ 0,.L16
	li 3,10
	bl fib
	lis 9,counter@ha
	add 31,3,31
	li 3,0
	stw 31,counter@l(9)
	ori 3,3,0xf0f0
	bl bits
	lis 8,wide@ha
	la 5,wide@l(8)
	lwz 10,wide@l(8)
	lwz 6,4(5)
	addi 3,3,3
	srwi 7,10,7
	srwi 9,6,7
	mullw 4,31,6
	rlwimi 9,10,25,0,31-25
	mullw 10,10,31
	mulhwu 31,31,6
	addc 9,9,4
	stw 9,4(5)
	lis 9,0x1234
	add 10,10,31
	ori 9,9,0x5678
	adde 10,7,10
	stw 10,wide@l(8)
	rlwinm 8,3,0,27,31
	rotlw 9,9,8
	li 8,3
	divw 9,9,8
	lis 10,total@ha
	lwz 8,total@l(10)
	add 9,9,3
	add 9,9,8
	stw 9,total@l(10)
.L17:
	b .L17
	.cfi_endproc
.LFE5:
	.size	_start,.-_start
	.globl wide
	.globl total
	.globl counter
	.section	.sbss,"aw",@nobits
	.align 2
	.type	counter, @object
	.size	counter, 4
counter:
	.zero	4
	.section	.sdata,"aw"
	.align 3
	.type	wide, @object
	.size	wide, 8
wide:
	.long	19088743
	.long	-1985229329
	.type	total, @object
	.size	total, 4
total:
	.long	7
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
