	.file	"mixed.c"
	.machine e500mc
	.section	".text"
	.align 2
	.p2align 4,,15
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LFB0:
	.cfi_startproc
	cmpwi 0,5,0
	beqlr- 0
	andi. 9,5,0x1
	addi 10,3,-1
	addi 9,4,-1
	addi 8,5,-1
	bne- 0,.L15
.L8:
	srwi 8,5,1
	mtctr 8
.L3:
	lbz 6,1(9)
	addi 7,9,1
	addi 8,10,1
	addi 9,9,2
	addi 10,10,2
	stb 6,-1(10)
	lbz 7,1(7)
	stb 7,1(8)
	bdnz .L3
	blr
	.p2align 4,,15
.L15:
	cmpwi 0,8,0
	lbz 8,0(4)
	mr 9,4
	mr 10,3
	stb 8,0(3)
	bne+ 0,.L8
	blr
	.cfi_endproc
.LFE0:
	.size	memcpy,.-memcpy
	.align 2
	.p2align 4,,15
	.globl memset
	.type	memset, @function
memset:
.LFB1:
	.cfi_startproc
	cmpwi 0,5,0
	mr 10,4
	addi 9,3,-1
	beqlr- 0
	andi. 7,5,0x3
	addi 6,5,-1
	mr 8,5
	beq- 0,.L27
	cmpwi 0,7,1
	beq- 0,.L32
	cmpwi 0,7,2
	beq- 0,.L33
	stb 4,0(3)
	mr 5,6
	mr 9,3
.L33:
	stbu 10,1(9)
	addi 5,5,-1
.L32:
	cmpwi 0,5,1
	stbu 10,1(9)
	beqlr- 0
.L27:
	srwi 8,8,2
	mtctr 8
.L18:
	stb 10,1(9)
	stb 10,2(9)
	stb 10,3(9)
	stbu 10,4(9)
	bdnz .L18
	blr
	.cfi_endproc
.LFE1:
	.size	memset,.-memset
	.align 2
	.p2align 4,,15
	.globl top_bit
	.type	top_bit, @function
top_bit:
.LFB3:
	.cfi_startproc
	cmpwi 0,3,0
	beqlr- 0
	cntlzw 3,3
	subfic 3,3,31
	blr
	.cfi_endproc
.LFE3:
	.size	top_bit,.-top_bit
	.align 2
	.p2align 4,,15
	.globl ge64
	.type	ge64, @function
ge64:
.LFB4:
	.cfi_startproc
	cmpw 0,5,3
	mr 9,3
	li 3,1
	bgt- 0,.L47
	cmplw 0,5,9
	bnelr+ 0
	cmplw 0,6,4
	blelr- 0
.L47:
	li 3,0
	blr
	.cfi_endproc
.LFE4:
	.size	ge64,.-ge64
	.align 2
	.p2align 4,,15
	.globl puts_uart
	.type	puts_uart, @function
puts_uart:
.LFB5:
	.cfi_startproc
	lbz 8,0(3)
	rlwinm 9,8,0,0xff
	cmpwi 0,9,0
	beqlr- 0
	lis 10,0xe000
	lis 7,0xe000
	ori 10,10,0x4505
	ori 7,7,0x4500
	.p2align 4,,15
.L50:
	lbz 9,0(10)
	andi. 9,9,0x20
	beq+ 0,.L50
	stb 8,0(7)
	lbzu 8,1(3)
	rlwinm 9,8,0,0xff
	cmpwi 0,9,0
	bne+ 0,.L50
	blr
	.cfi_endproc
.LFE5:
	.size	puts_uart,.-puts_uart
	.align 2
	.p2align 4,,15
	.globl _start
	.type	_start, @function
_start:
.LFB6:
	.cfi_startproc
	lis 10,.LANCHOR0@ha
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	la 9,.LANCHOR0@l(10)
	lwz 6,.LANCHOR0@l(10)
	lwz 7,4(9)
	lis 12,.LANCHOR1@ha
	la 11,.LANCHOR1@l(12)
	lwz 10,12(9)
	mflr 0
	lwz 4,20(9)
	lwz 5,24(9)
	lis 8,0xd4d2
	stw 0,20(1)
	ori 8,8,0xf900
	lwz 0,16(9)
	mr 3,11
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	stw 6,.LANCHOR1@l(12)
	lwz 31,8(9)
	lwz 6,28(9)
	stw 7,4(11)
	lwz 7,32(9)
	stw 31,8(11)
	stw 10,12(11)
	lwz 31,36(9)
	lwz 10,40(9)
	stw 0,16(11)
	stw 4,20(11)
	lwz 0,44(9)
	lwz 4,48(9)
	stw 5,24(11)
	stw 6,28(11)
	lwz 5,52(9)
	lwz 6,56(9)
	stw 7,32(11)
	lwz 7,60(9)
	stw 31,36(11)
	stw 10,40(11)
	li 10,-1
	stw 0,44(11)
	li 0,16
	stw 4,48(11)
	mtctr 0
	stw 5,52(11)
	stw 6,56(11)
	stw 7,60(11)
	lwz 6,100(9)
	lwz 7,64(9)
	stw 8,96(9)
	lwz 31,68(9)
	lwz 0,72(9)
	stwu 6,100(3)
	lwz 4,76(9)
	lwz 5,80(9)
	lwz 6,84(9)
	stw 8,96(11)
	stw 7,64(11)
	lwz 8,92(9)
	lwz 7,88(9)
	mr 9,3
	stw 31,68(11)
	stw 0,72(11)
	stw 4,76(11)
	stw 5,80(11)
	stw 6,84(11)
	stw 7,88(11)
	stw 8,92(11)
.L59:
	stw 10,4(9)
	stw 10,8(9)
	stw 10,12(9)
	stwu 10,16(9)
	bdnz .L59
	li 5,0
	.p2align 4,,15
.L60:
	li 10,4
	mr 8,3
	li 9,0
	li 4,8
	mtctr 10
.L61:
	add 6,9,5
	xoris 9,9,0xf9
	xoris 10,6,0xf9
	xori 9,9,0xd2d4
	xori 10,10,0xd2d4
	stw 9,4(8)
	stw 10,8(8)
	addi 4,4,-2
	add 9,6,5
	addi 8,8,8
	bdnz .L61
	addi 5,5,1
	cmpwi 0,5,8
	addi 3,3,32
	bne+ 0,.L60
	lis 5,acc64@ha
	la 31,acc64@l(5)
	addc 9,4,4
	lwz 9,4(31)
	li 6,6
	lwz 10,acc64@l(5)
	li 7,3
	slwi 8,9,3
	slwi 3,9,19
	srwi 9,9,3
	rlwimi 9,10,29,0,31-29
	adde 3,3,8
	srwi 8,10,3
	addic 10,9,31
	addze 8,8
	addc 4,4,10
	adde 3,3,8
	stw 4,4(31)
	stw 3,acc64@l(5)
	li 9,1
	li 10,2
.L63:
	addi 9,9,-2
	slwi 8,7,1
	addi 5,10,1
	add 8,8,7
	slwi 10,9,1
	addic. 6,6,-2
	add 10,10,9
	addi 7,5,-2
	addi 9,8,1
	bne+ 0,.L63
	xor 9,9,10
	xor 9,9,7
	cmpwi 0,3,-1
	li 8,1
	addi 9,9,21
	blt- 0,.L65
	beq- 0,.L82
.L64:
	lwz 10,96(11)
	add 9,9,8
	stw 9,.LANCHOR1@l(12)
	xoris 9,10,0xd4d2
	xori 9,9,0xf900
	rlwinm. 9,9,0,16,7
	beq- 0,.L66
.L78:
	b .L78
.L82:
	li 10,-5
	cmplw 0,4,10
	bge- 0,.L64
.L65:
	li 8,0
	b .L64
.L66:
	lwz 3,100(11)
	bl puts_uart
	b .L78
	.cfi_endproc
.LFE6:
	.size	_start,.-_start
	.globl acc64
	.globl current
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"boot"
	.section	".data"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	current, @object
	.size	current, 104
current:
	.long	1
	.long	2
	.long	3
	.zero	84
	.long	-2147483647
	.long	.LC0
	.section	".bss"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	saved, @object
	.size	saved, 104
saved:
	.zero	104
	.type	grid, @object
	.size	grid, 256
grid:
	.zero	256
	.section	.sdata,"aw"
	.align 3
	.type	acc64, @object
	.size	acc64, 8
acc64:
	.long	0
	.long	1
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
