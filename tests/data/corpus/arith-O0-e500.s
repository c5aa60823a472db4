	.file	"arith.c"
	.machine e500
	.section	".text"
	.globl counter
	.section	".sbss","aw",@nobits
	.align 2
counter:
	.zero	4
	.size	counter, 4
	.type	counter, @object
	.globl total
	.section	.sdata,"aw"
	.align 2
	.type	total, @object
	.size	total, 4
total:
	.long	7
	.lcomm	hidden,4,4
	.type	hidden, @object
	.section	".data"
	.align 2
	.type	seeded, @object
	.size	seeded, 4
seeded:
	.long	3
	.globl wide
	.section	.sdata
	.align 3
	.type	wide, @object
	.size	wide, 8
wide:
	.long	19088743
	.long	-1985229329
	.section	".text"
	.align 2
	.type	fib, @function
fib:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmplwi 0,9,1
	ble 0,.L2
	lwz 9,8(31)
	addi 9,9,-1
	mr 3,9
	bl fib
	mr 30,3
	lwz 9,8(31)
	addi 9,9,-2
	mr 3,9
	bl fib
	mr 9,3
	add 9,30,9
	b .L4
.L2:
	lwz 9,8(31)
.L4:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	fib,.-fib
	.align 2
	.globl gcd
	.type	gcd, @function
gcd:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	b .L6
.L7:
	lwz 9,24(31)
	lwz 10,28(31)
	divw 8,9,10
	lwz 10,28(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,24(31)
	lwz 9,8(31)
	stw 9,28(31)
.L6:
	lwz 9,28(31)
	cmpwi 0,9,0
	bne 0,.L7
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	gcd,.-gcd
	.align 2
	.globl mul64
	.type	mul64, @function
mul64:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 28,32(1)
	stw 29,36(1)
	stw 31,44(1)
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lwz 5,16(31)
	mr 9,5
	li 8,0
	lwz 5,12(31)
	mullw 4,5,8
	lwz 5,8(31)
	mullw 5,5,9
	add 4,4,5
	lwz 5,12(31)
	mullw 3,5,9
	mulhwu 9,5,9
	mr 7,3
	mr 6,9
	add 9,4,6
	mr 6,9
	lwz 9,8(31)
	slwi 9,9,25
	lwz 8,12(31)
	srwi 11,8,7
	or 11,9,11
	lwz 9,8(31)
	srwi 10,9,7
	addc 29,7,11
	adde 28,6,10
	mr 10,28
	mr 11,29
	mr 3,10
	mr 4,11
	addi 11,31,48
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_register 1
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
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	b .L12
.L13:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,24(31)
	addi 9,9,-1
	lwz 10,24(31)
	and 9,10,9
	stw 9,24(31)
.L12:
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L13
	lwz 9,24(31)
	srwi 9,9,3
	rlwinm 10,9,0,23,27
	lwz 9,8(31)
	add 9,10,9
	lwz 10,24(31)
	slwi 10,10,5
	add 9,9,10
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	bits,.-bits
	.align 2
	.globl rot
	.type	rot, @function
rot:
.LFB4:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	rotlw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
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
	stw 0,20(1)
	stw 30,8(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 4,1071
	li 3,462
	bl gcd
	mr 30,3
	li 3,10
	bl fib
	mr 9,3
	add 10,30,9
	lis 9,counter@ha
	stw 10,counter@l(9)
	li 9,0
	ori 3,9,0xf0f0
	bl bits
	mr 10,3
	lis 9,seeded@ha
	lwz 9,seeded@l(9)
	add 10,10,9
	lis 9,hidden@ha
	stw 10,hidden@l(9)
	lis 9,wide@ha
	la 9,wide@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	lis 9,counter@ha
	lwz 9,counter@l(9)
	mr 5,9
	mr 3,10
	mr 4,11
	bl mul64
	mr 11,4
	mr 10,3
	lis 9,wide@ha
	la 9,wide@l(9)
	stw 10,0(9)
	stw 11,4(9)
	lis 9,hidden@ha
	lwz 9,hidden@l(9)
	rlwinm 9,9,0,27,31
	mr 4,9
	lis 9,0x1234
	ori 3,9,0x5678
	bl rot
	mr 9,3
	lis 10,0x5555
	ori 10,10,0x5556
	mulhw 10,9,10
	srawi 9,9,31
	subf 10,9,10
	lis 9,hidden@ha
	lwz 9,hidden@l(9)
	add 10,10,9
	lis 9,total@ha
	lwz 9,total@l(9)
	add 10,10,9
	lis 9,total@ha
	stw 10,total@l(9)
.L18:
	b .L18
	.cfi_endproc
.LFE5:
	.size	_start,.-_start
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
