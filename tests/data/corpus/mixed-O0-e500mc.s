	.file	"mixed.c"
	.machine e500mc
	.section	".text"
	.align 2
	.globl memcpy
	.type	memcpy, @function
memcpy:
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
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,12(31)
	b .L2
.L3:
	lwz 10,12(31)
	addi 9,10,1
	stw 9,12(31)
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lbz 10,0(10)
	stb 10,0(9)
.L2:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L3
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
.LFE0:
	.size	memcpy,.-memcpy
	.align 2
	.globl memset
	.type	memset, @function
memset:
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
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	b .L6
.L7:
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	lwz 10,28(31)
	stb 10,0(9)
.L6:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
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
	.size	memset,.-memset
	.lcomm	saved,104,4
	.type	saved, @object
	.globl current
	.section	.rodata
	.align 2
.LC0:
	.string	"boot"
	.section	".data"
	.align 2
	.type	current, @object
	.size	current, 104
current:
	.long	1
	.long	2
	.long	3
	.zero	84
	.long	-2147483647
	.long	.LC0
	.lcomm	grid,256,4
	.type	grid, @object
	.globl acc64
	.section	.sdata,"aw"
	.align 3
	.type	acc64, @object
	.size	acc64, 8
acc64:
	.long	0
	.long	1
	.section	".text"
	.align 2
	.type	depth, @function
depth:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	bgt 0,.L10
	lwz 10,12(31)
	lwz 9,16(31)
	xor 10,10,9
	lwz 9,20(31)
	xor 9,10,9
	b .L11
.L10:
	lwz 9,8(31)
	addi 8,9,-1
	lwz 9,16(31)
	addi 7,9,1
	lwz 10,20(31)
	mr 9,10
	slwi 9,9,1
	add 10,9,10
	lwz 9,12(31)
	addi 9,9,-2
	mr 6,9
	mr 5,10
	mr 4,7
	mr 3,8
	bl depth
	mr 10,3
	lwz 9,8(31)
	add 9,10,9
.L11:
	mr 3,9
	addi 11,31,32
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
	.size	depth,.-depth
	.align 2
	.globl top_bit
	.type	top_bit, @function
top_bit:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L13
	lwz 9,8(31)
	cntlzw 9,9
	subfic 9,9,31
	b .L15
.L13:
	li 9,0
.L15:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
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
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	li 9,1
	lwz 8,16(31)
	lwz 10,8(31)
	cmpw 0,8,10
	bgt 0,.L18
	lwz 8,16(31)
	lwz 10,8(31)
	cmpw 0,8,10
	bne 0,.L17
	lwz 8,20(31)
	lwz 10,12(31)
	cmplw 0,8,10
	ble 0,.L17
.L18:
	li 9,0
.L17:
	rlwinm 9,9,0,0xff
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
	.size	ge64,.-ge64
	.align 2
	.globl puts_uart
	.type	puts_uart, @function
puts_uart:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	b .L21
.L23:
	nop
.L22:
	lis 9,0xe000
	ori 9,9,0x4505
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	rlwinm 9,9,0,26,26
	cmpwi 0,9,0
	beq 0,.L22
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	lis 10,0xe000
	ori 10,10,0x4500
	lbz 9,0(9)
	stb 9,0(10)
.L21:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L23
	nop
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
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
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 0,100(1)
	stw 16,32(1)
	stw 17,36(1)
	stw 18,40(1)
	stw 19,44(1)
	stw 20,48(1)
	stw 21,52(1)
	stw 22,56(1)
	stw 23,60(1)
	stw 24,64(1)
	stw 25,68(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 28,80(1)
	stw 29,84(1)
	stw 30,88(1)
	stw 31,92(1)
	.cfi_offset 65, 4
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,16(31)
	lwz 9,16(31)
	oris 9,9,0x8000
	stw 9,16(31)
	lwz 9,16(31)
	rlwinm 9,9,0,4,0
	oris 9,9,0x5000
	stw 9,16(31)
	lwz 9,16(31)
	rlwinm 9,9,0,16,3
	oris 9,9,0x4d2
	stw 9,16(31)
	li 9,-7
	stb 9,18(31)
	lis 9,current@ha
	la 9,current@l(9)
	lwz 10,16(31)
	stw 10,96(9)
	lis 9,saved@ha
	la 9,saved@l(9)
	lis 10,current@ha
	la 10,current@l(10)
	lwz 5,0(10)
	lwz 6,4(10)
	lwz 7,8(10)
	lwz 8,12(10)
	stw 5,0(9)
	stw 6,4(9)
	stw 7,8(9)
	stw 8,12(9)
	lwz 5,16(10)
	lwz 6,20(10)
	lwz 7,24(10)
	lwz 8,28(10)
	stw 5,16(9)
	stw 6,20(9)
	stw 7,24(9)
	stw 8,28(9)
	lwz 5,32(10)
	lwz 6,36(10)
	lwz 7,40(10)
	lwz 8,44(10)
	stw 5,32(9)
	stw 6,36(9)
	stw 7,40(9)
	stw 8,44(9)
	lwz 5,48(10)
	lwz 6,52(10)
	lwz 7,56(10)
	lwz 8,60(10)
	stw 5,48(9)
	stw 6,52(9)
	stw 7,56(9)
	stw 8,60(9)
	lwz 5,64(10)
	lwz 6,68(10)
	lwz 7,72(10)
	lwz 8,76(10)
	stw 5,64(9)
	stw 6,68(9)
	stw 7,72(9)
	stw 8,76(9)
	lwz 5,80(10)
	lwz 6,84(10)
	lwz 7,88(10)
	lwz 8,92(10)
	stw 5,80(9)
	stw 6,84(9)
	stw 7,88(9)
	stw 8,92(9)
	lwz 8,96(10)
	lwz 10,100(10)
	stw 8,96(9)
	stw 10,100(9)
	li 5,256
	li 4,255
	lis 9,grid@ha
	la 3,grid@l(9)
	bl memset
	li 9,0
	stw 9,8(31)
	b .L25
.L28:
	li 9,0
	stw 9,12(31)
	b .L26
.L27:
	lwz 10,8(31)
	lwz 9,12(31)
	mullw 9,10,9
	mr 8,9
	lwz 10,16(31)
	rotlwi 9,10,24
	rlwimi 9,10,8,8,15
	rlwimi 9,10,8,24,31
	xor 10,8,9
	lis 9,grid@ha
	la 8,grid@l(9)
	lwz 9,8(31)
	slwi 7,9,3
	lwz 9,12(31)
	add 9,7,9
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L26:
	lwz 9,12(31)
	cmpwi 0,9,7
	ble 0,.L27
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L25:
	lwz 9,8(31)
	cmpwi 0,9,7
	ble 0,.L28
	lis 9,acc64@ha
	la 9,acc64@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	slwi 26,11,3
	li 27,0
	mr 10,26
	mr 11,27
	srwi 9,11,16
	slwi 24,10,16
	or 24,9,24
	slwi 25,11,16
	mr 10,24
	mr 11,25
	addc 21,11,27
	adde 20,10,26
	lis 9,acc64@ha
	la 9,acc64@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	slwi 9,10,29
	srwi 29,11,3
	or 29,9,29
	srwi 28,10,3
	addc 23,21,29
	adde 22,20,28
	lwz 9,16(31)
	mr 3,9
	bl top_bit
	mr 9,3
	mr 19,9
	li 18,0
	addc 17,23,19
	adde 16,22,18
	lis 9,acc64@ha
	la 9,acc64@l(9)
	stw 16,0(9)
	stw 17,4(9)
	li 6,3
	li 5,2
	li 4,1
	li 3,6
	bl depth
	mr 30,3
	lis 9,acc64@ha
	la 9,acc64@l(9)
	lwz 10,0(9)
	lwz 11,4(9)
	li 5,-1
	li 6,-5
	mr 3,10
	mr 4,11
	bl ge64
	mr 9,3
	add 10,30,9
	lis 9,saved@ha
	la 9,saved@l(9)
	stw 10,0(9)
	lis 9,saved@ha
	la 9,saved@l(9)
	lbz 10,96(9)
	lbz 9,16(31)
	rlwinm 10,10,0,0xff
	rlwinm 9,9,0,0xff
	cmpw 0,10,9
	bne 0,.L29
	lis 9,saved@ha
	la 9,saved@l(9)
	lhz 10,98(9)
	lhz 9,18(31)
	rlwinm 10,10,0,0xffff
	rlwinm 9,9,0,0xffff
	cmpw 0,10,9
	bne 0,.L29
	lis 9,saved@ha
	la 9,saved@l(9)
	lwz 9,100(9)
	mr 3,9
	bl puts_uart
.L29:
	b .L29
	.cfi_endproc
.LFE6:
	.size	_start,.-_start
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
