	.file	"arith.c"
	.machine e500mc
	.section	".text"
	.align 2
	.type	fib, @function
fib:
.LFB0:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,3
	cmplwi 0,3,1
	bgt- 0,.L4
.L2:
	mr 3,31
	lwz 31,12(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L4:
	.cfi_restore_state
	mflr 0
	.cfi_register 65, 0
	stw 0,20(1)
	.cfi_offset 65, 4
	stw 30,8(1)
	.cfi_offset 30, -8
	addi 3,3,-1
	bl fib
	mr 30,3
	addi 3,31,-2
	bl fib
	add 31,30,3
	lwz 30,8(1)
	.cfi_restore 30
	lwz 0,20(1)
	mtlr 0
	.cfi_restore 65
	b .L2
	.cfi_endproc
.LFE0:
	.size	fib,.-fib
	.align 2
	.globl gcd
	.type	gcd, @function
gcd:
.LFB1:
	.cfi_startproc
	mr 9,3
	cmpwi 0,4,0
	beqlr- 0
.L7:
	mr 3,4
	divw 10,9,4
	mullw 4,10,4
	subf 4,4,9
	mr 9,3
	cmpwi 0,4,0
	bne+ 0,.L7
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
	mullw 10,3,5
	mullw 9,5,4
	mulhwu 5,5,4
	add 10,10,5
	srwi 4,4,7
	rlwimi 4,3,25,0,31-25
	srwi 3,3,7
	addc 4,9,4
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
	mr. 9,3
	beq- 0,.L15
	li 3,0
.L14:
	addi 3,3,1
	addi 10,9,-1
	and. 9,9,10
	bne+ 0,.L14
	blr
.L15:
	li 3,0
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
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	li 9,1071
	li 10,462
.L20:
	mr 31,9
	divw 8,10,9
	mullw 9,8,9
	subf 9,9,10
	mr 10,31
	cmpwi 0,9,0
	bne+ 0,.L20
	li 3,10
	bl fib
	add 31,3,31
	lis 9,counter@ha
	stw 31,counter@l(9)
	li 3,0
	ori 3,3,0xf0f0
	bl bits
	addi 3,3,3
	lis 5,wide@ha
	la 4,wide@l(5)
	lwz 7,wide@l(5)
	lwz 9,4(4)
	mullw 8,7,31
	mullw 10,31,9
	mulhwu 31,31,9
	add 8,8,31
	srwi 9,9,7
	rlwimi 9,7,25,0,31-25
	srwi 7,7,7
	addc 10,10,9
	adde 8,8,7
	stw 8,wide@l(5)
	stw 10,4(4)
	lis 8,total@ha
	rlwinm 10,3,0,27,31
	lis 9,0x1234
	ori 9,9,0x5678
	rotlw 9,9,10
	lis 10,0x5555
	ori 10,10,0x5556
	mulhw 10,9,10
	srawi 9,9,31
	subf 9,9,10
	add 9,9,3
	lwz 10,total@l(8)
	add 9,9,10
	stw 9,total@l(8)
.L21:
	b .L21
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
