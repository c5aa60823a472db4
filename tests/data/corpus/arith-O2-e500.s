	.file	"arith.c"
	.machine e500
	.section	".text"
	.align 2
	.type	fib, @function
fib:
.LFB0:
	.cfi_startproc
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	cmplwi 0,3,1
	stw 19,92(1)
	.cfi_offset 19, -52
	mr 19,3
	beq- 0,.L2
	stw 16,80(1)
	.cfi_offset 16, -64
	addi 9,3,-1
	stw 23,108(1)
	.cfi_offset 23, -36
	rlwinm 16,9,0,0,30
	stw 17,84(1)
	.cfi_offset 17, -60
	subf 16,16,3
	stw 18,88(1)
	.cfi_offset 18, -56
	mr 23,3
	cmplw 0,23,16
	li 18,0
	mr 17,9
	beq- 0,.L3
.L80:
	mflr 0
	.cfi_register 65, 0
	stw 14,72(1)
	.cfi_offset 14, -72
	addi 23,23,-2
	stw 0,148(1)
	.cfi_offset 65, 4
	rlwinm 19,23,0,0,30
	stw 21,100(1)
	.cfi_offset 21, -44
	stw 22,104(1)
	.cfi_offset 22, -40
	subf 19,19,9
	stw 24,112(1)
	.cfi_offset 24, -32
	stw 25,116(1)
	.cfi_offset 25, -28
	stw 26,120(1)
	.cfi_offset 26, -24
	stw 27,124(1)
	.cfi_offset 27, -20
	stw 28,128(1)
	.cfi_offset 28, -16
	stw 29,132(1)
	.cfi_offset 29, -12
	stw 30,136(1)
	.cfi_offset 30, -8
	stw 15,76(1)
	.cfi_offset 15, -68
	li 15,0
	stw 20,96(1)
	.cfi_offset 20, -48
	mr 20,19
	stw 31,140(1)
	.cfi_offset 31, -4
	mr 31,16
.L32:
	cmplw 0,17,20
	addi 22,17,-1
	beq- 0,.L4
.L79:
	addi 17,17,-2
	rlwinm 19,17,0,0,30
	li 29,0
	subf 19,19,22
.L29:
	cmplw 0,22,19
	addi 16,22,-1
	beq- 0,.L5
	addi 22,22,-2
	rlwinm 14,22,0,0,30
	li 27,0
	subf 14,14,16
	mr 28,29
.L26:
	cmplw 0,16,14
	addi 25,16,-1
	beq- 0,.L6
	addi 16,16,-2
	stw 18,56(1)
	stw 31,60(1)
	rlwinm 24,16,0,0,30
	mr 26,15
	li 21,0
	subf 24,24,25
	mr 15,28
.L23:
	cmplw 0,25,24
	addi 30,25,-1
	beq- 0,.L7
.L76:
	addi 25,25,-2
	rlwinm 31,25,0,0,30
	li 18,0
	subf 9,31,30
	mr 7,27
	stw 9,24(1)
.L20:
	lwz 9,24(1)
	addi 29,30,-1
	cmplw 0,30,9
	beq- 0,.L8
	addi 8,30,-3
	addi 10,30,-5
	addi 30,30,-2
	rlwinm 9,30,0,0,30
	stw 30,12(1)
	subf 9,9,29
	li 28,0
	stw 9,48(1)
	mr 27,29
.L17:
	lwz 9,48(1)
	addi 31,27,-1
	cmplw 0,27,9
	beq- 0,.L9
	rlwinm 9,8,0,0,30
	stw 10,8(1)
	subf 9,9,31
	stw 7,28(1)
	stw 9,16(1)
	li 29,0
	stw 27,32(1)
	stw 28,36(1)
	lwz 9,16(1)
	stw 10,40(1)
	stw 8,44(1)
	cmplw 0,31,9
	beq- 0,.L10
.L73:
	lwz 9,8(1)
	addi 30,31,-2
	li 7,0
	srwi 28,9,1
	li 9,0
	addi 27,28,1
	stw 9,20(1)
	andi. 8,27,0x1
	mr 8,30
	bne- 0,.L51
.L11:
	addi 9,8,-2
	stw 7,64(1)
	mr 3,8
	stw 9,52(1)
	bl fib
	lwz 7,64(1)
	mr 9,3
	lwz 3,52(1)
	add 7,7,9
	addi 27,27,-1
	stw 7,64(1)
	bl fib
	lwz 9,52(1)
	lwz 7,64(1)
	addic. 27,27,-1
	addi 8,9,-2
	lwz 9,20(1)
	add 9,9,3
	stw 9,20(1)
	bne+ 0,.L11
	addi 10,31,-3
	add 10,10,29
	slwi 9,28,1
	cmplwi 0,30,1
	subf 9,9,10
	lwz 10,20(1)
	add 7,7,10
	add 29,9,7
	lwz 9,8(1)
	addi 9,9,-2
	stw 9,8(1)
	ble- 0,.L72
.L35:
	lwz 9,16(1)
	mr 31,30
	cmplw 0,31,9
	bne+ 0,.L73
.L10:
	lwz 7,28(1)
	addi 31,31,-1
	lwz 27,32(1)
	add 29,31,29
	lwz 28,36(1)
	lwz 10,40(1)
	lwz 8,44(1)
.L13:
	addi 27,27,-2
	cmplwi 0,27,1
	add 28,28,29
	addi 8,8,-2
	addi 10,10,-2
	bgt+ 0,.L17
	lwz 30,12(1)
	add 28,27,28
	add 18,18,28
	cmplwi 0,30,1
	bgt+ 0,.L20
	mr 27,7
	add 18,18,30
.L77:
	cmplwi 0,25,1
	add 21,21,18
	bgt+ 0,.L23
.L75:
	lwz 18,56(1)
	mr 28,15
	lwz 31,60(1)
	mr 15,26
	add 21,21,25
.L22:
	cmplwi 0,16,1
	add 27,27,21
	bgt+ 0,.L26
	mr 29,28
	add 27,27,16
.L25:
	cmplwi 0,22,1
	add 29,29,27
	bgt+ 0,.L29
	add 29,29,22
	cmplwi 0,17,1
	add 15,15,29
	bgt+ 0,.L32
.L78:
	add 15,15,17
	cmplwi 0,23,1
	mr 16,31
	add 18,18,15
	bgt+ 0,.L74
.L59:
	lwz 0,148(1)
	add 19,23,18
	mr 3,19
	lwz 14,72(1)
	.cfi_remember_state
	.cfi_restore 14
	lwz 15,76(1)
	.cfi_restore 15
	lwz 16,80(1)
	.cfi_restore 16
	mtlr 0
	.cfi_restore 65
	lwz 17,84(1)
	.cfi_restore 17
	lwz 18,88(1)
	.cfi_restore 18
	lwz 20,96(1)
	.cfi_restore 20
	lwz 21,100(1)
	.cfi_restore 21
	lwz 22,104(1)
	.cfi_restore 22
	lwz 23,108(1)
	.cfi_restore 23
	lwz 24,112(1)
	.cfi_restore 24
	lwz 25,116(1)
	.cfi_restore 25
	lwz 26,120(1)
	.cfi_restore 26
	lwz 27,124(1)
	.cfi_restore 27
	lwz 28,128(1)
	.cfi_restore 28
	lwz 29,132(1)
	.cfi_restore 29
	lwz 30,136(1)
	.cfi_restore 30
	lwz 31,140(1)
	.cfi_restore 31
	lwz 19,92(1)
	addi 1,1,144
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	blr
.L8:
	.cfi_restore_state
	add 18,29,18
	cmplwi 0,25,1
	mr 27,7
	add 21,21,18
	ble- 0,.L75
	cmplw 0,25,24
	addi 30,25,-1
	bne+ 0,.L76
.L7:
	mr 28,15
	lwz 18,56(1)
	lwz 31,60(1)
	mr 15,26
	add 21,30,21
	b .L22
.L51:
	mr 3,30
	mr 27,28
	bl fib
	cmpwi 0,28,0
	mr 7,3
	addi 8,30,-2
	bne+ 0,.L11
	addi 10,31,-3
	add 10,10,29
	slwi 9,28,1
	subf 9,9,10
	lwz 10,20(1)
	cmplwi 0,30,1
	add 7,7,10
	add 29,9,7
	lwz 9,8(1)
	addi 9,9,-2
	stw 9,8(1)
	bgt+ 0,.L35
.L72:
	lwz 7,28(1)
	add 29,29,30
	lwz 27,32(1)
	lwz 28,36(1)
	lwz 10,40(1)
	lwz 8,44(1)
	b .L13
.L9:
	lwz 30,12(1)
	add 28,31,28
	add 18,18,28
	cmplwi 0,30,1
	bgt+ 0,.L20
	mr 27,7
	add 18,18,30
	b .L77
.L6:
	mr 29,28
	add 27,25,27
	b .L25
.L5:
	add 29,16,29
	cmplwi 0,17,1
	add 15,15,29
	ble- 0,.L78
	cmplw 0,17,20
	addi 22,17,-1
	bne+ 0,.L79
.L4:
	add 15,22,15
	cmplwi 0,23,1
	mr 16,31
	add 18,18,15
	ble- 0,.L59
.L74:
	lwz 0,148(1)
	addi 9,23,-1
	cmplw 0,23,16
	lwz 14,72(1)
	.cfi_restore 14
	lwz 15,76(1)
	.cfi_restore 15
	mr 17,9
	lwz 20,96(1)
	.cfi_restore 20
	mtlr 0
	.cfi_restore 65
	lwz 21,100(1)
	.cfi_restore 21
	lwz 22,104(1)
	.cfi_restore 22
	lwz 24,112(1)
	.cfi_restore 24
	lwz 25,116(1)
	.cfi_restore 25
	lwz 26,120(1)
	.cfi_restore 26
	lwz 27,124(1)
	.cfi_restore 27
	lwz 28,128(1)
	.cfi_restore 28
	lwz 29,132(1)
	.cfi_restore 29
	lwz 30,136(1)
	.cfi_restore 30
	lwz 31,140(1)
	.cfi_restore 31
	bne+ 0,.L80
.L3:
	lwz 16,80(1)
	.cfi_restore 16
	add 19,9,18
	lwz 17,84(1)
	.cfi_restore 17
	lwz 18,88(1)
	.cfi_restore 18
	lwz 23,108(1)
	.cfi_restore 23
.L2:
	mr 3,19
	lwz 19,92(1)
	addi 1,1,144
	.cfi_restore 19
	.cfi_def_cfa_offset 0
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
	cmpwi 0,4,0
	mr 10,3
	beqlr- 0
.L83:
	divw 9,10,4
	mr 3,4
	mullw 9,9,4
	subf 4,9,10
	mr 10,3
	cmpwi 0,4,0
	beqlr- 0
	divw 9,10,4
	mr 3,4
	mullw 9,9,4
	subf 4,9,10
	mr 10,3
	cmpwi 0,4,0
	bne+ 0,.L83
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
	mulhwu 9,5,4
	srwi 8,4,7
	mullw 10,5,4
	rlwimi 8,3,25,0,31-25
	mullw 5,3,5
	srwi 3,3,7
	addc 4,10,8
	add 5,5,9
	adde 3,5,3
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
	li 3,0
	beqlr- 0
.L90:
	addi 10,9,-1
	and. 9,9,10
	addi 3,3,1
	beqlr- 0
	addi 10,9,-1
	and. 9,9,10
	addi 3,3,1
	bne+ 0,.L90
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
	li 9,1071
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	li 31,462
.L96:
	divw 10,31,9
	mr 8,9
	mullw 9,10,9
	subf 9,9,31
	mr 31,8
	cmpwi 0,9,0
	bne+ 0,.L96
	li 3,10
	bl fib
	lis 5,wide@ha
	la 11,wide@l(5)
	lwz 10,wide@l(5)
	lwz 6,4(11)
	add 31,3,31
	lis 3,total@ha
	mullw 4,10,31
	lwz 7,total@l(3)
	mullw 0,31,6
	srwi 9,6,7
	mulhwu 6,31,6
	rlwimi 9,10,25,0,31-25
	addis 7,7,0xe0e7
	srwi 10,10,7
	addc 9,9,0
	add 6,4,6
	addi 7,7,-27247
	lis 4,counter@ha
	adde 10,10,6
	stw 31,counter@l(4)
	stw 10,wide@l(5)
	stw 9,4(11)
	stw 7,total@l(3)
.L97:
	b .L97
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
