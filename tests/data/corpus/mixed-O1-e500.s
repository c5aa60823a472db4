	.file	"mixed.c"
	.machine e500
	.section	".text"
	.align 2
	.type	depth, @function
depth:
.LFB2:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 10,5
	mr 9,6
	mr. 31,3
	ble- 0,.L5
	mflr 0
	.cfi_register 65, 0
	stw 0,20(1)
	.cfi_offset 65, 4
	slwi 5,6,1
	addi 6,4,-2
	add 5,5,9
	addi 4,10,1
	addi 3,31,-1
	bl depth
	add 3,3,31
	lwz 0,20(1)
	mtlr 0
	.cfi_restore 65
.L1:
	lwz 31,12(1)
	addi 1,1,16
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L5:
	.cfi_restore_state
	xor 3,6,4
	xor 3,3,5
	b .L1
	.cfi_endproc
.LFE2:
	.size	depth,.-depth
	.align 2
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LFB0:
	.cfi_startproc
	cmpwi 0,5,0
	beqlr- 0
	addi 4,4,-1
	addi 9,3,-1
	mtctr 5
.L8:
	lbzu 10,1(4)
	stbu 10,1(9)
	addi 5,5,-1
	bdnz .L8
	blr
	.cfi_endproc
.LFE0:
	.size	memcpy,.-memcpy
	.align 2
	.globl memset
	.type	memset, @function
memset:
.LFB1:
	.cfi_startproc
	cmpwi 0,5,0
	beqlr- 0
	addi 9,3,-1
	mtctr 5
.L13:
	stbu 4,1(9)
	addi 5,5,-1
	bdnz .L13
	blr
	.cfi_endproc
.LFE1:
	.size	memset,.-memset
	.align 2
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
	.globl ge64
	.type	ge64, @function
ge64:
.LFB4:
	.cfi_startproc
	mr 9,3
	li 3,1
	cmpw 0,5,9
	bgt- 0,.L20
	cmplw 0,5,9
	bnelr+ 0
	cmplw 0,6,4
	blelr- 0
.L20:
	li 3,0
	blr
	.cfi_endproc
.LFE4:
	.size	ge64,.-ge64
	.align 2
	.globl puts_uart
	.type	puts_uart, @function
puts_uart:
.LFB5:
	.cfi_startproc
	lbz 8,0(3)
	andi. 9,8,0xff
	beqlr- 0
	lis 10,0xe000
	ori 10,10,0x4505
	lis 7,0xe000
	ori 7,7,0x4500
.L23:
	lbz 9,0(10)
	andi. 9,9,0x20
	beq+ 0,.L23
	stb 8,0(7)
	lbzu 8,1(3)
	andi. 9,8,0xff
	bne+ 0,.L23
	blr
	.cfi_endproc
.LFE5:
	.size	puts_uart,.-puts_uart
	.align 2
	.globl _start
	.type	_start, @function
_start:
.LFB6:
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
	lis 4,.LANCHOR0@ha
	la 4,.LANCHOR0@l(4)
	lis 9,0xd4d2
	ori 9,9,0xf900
	stw 9,96(4)
	lis 31,.LANCHOR1@ha
	la 31,.LANCHOR1@l(31)
	li 5,104
	mr 3,31
	bl memcpy
	li 5,256
	li 4,255
	addi 3,31,104
	bl memset
	addi 31,31,100
	li 6,0
.L28:
	mr 7,6
	mr 8,31
	li 10,0
	li 9,8
	mtctr 9
.L29:
	xoris 9,10,0xf9
	xori 9,9,0xd2d4
	stwu 9,4(8)
	add 10,10,7
	bdnz .L29
	addi 6,6,1
	addi 31,31,32
	cmpwi 0,6,8
	bne+ 0,.L28
	lis 7,acc64@ha
	la 6,acc64@l(7)
	lwz 10,acc64@l(7)
	lwz 9,4(6)
	slwi 31,9,3
	li 30,0
	slwi 5,9,19
	add 31,31,5
	srwi 9,9,3
	rlwimi 9,10,29,0,31-29
	srwi 10,10,3
	addic 9,9,31
	addze 10,10
	addc 30,30,9
	adde 31,31,10
	stw 31,acc64@l(7)
	stw 30,4(6)
	li 6,3
	li 5,2
	li 4,1
	li 3,6
	bl depth
	li 9,1
	cmpwi 0,31,-1
	blt- 0,.L32
	bne+ 0,.L31
	li 10,-5
	cmplw 0,30,10
	bge- 0,.L31
.L32:
	li 9,0
.L31:
	add 9,9,3
	lis 10,.LANCHOR1@ha
	stw 9,.LANCHOR1@l(10)
	lis 9,.LANCHOR1+96@ha
	lwz 9,.LANCHOR1+96@l(9)
	xoris 9,9,0xd4d2
	xori 9,9,0xf900
	rlwinm. 9,9,0,16,7
	beq- 0,.L38
.L33:
.L35:
	b .L35
.L38:
	lis 9,.LANCHOR1+100@ha
	lwz 3,.LANCHOR1+100@l(9)
	bl puts_uart
	b .L33
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
