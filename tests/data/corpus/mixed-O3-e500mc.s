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
	addi 9,5,-1
	beqlr- 0
	cmplwi 0,9,4
	ble- 0,.L3
	or 10,3,4
	andi. 10,10,0x3
	bne- 0,.L3
	addi 10,4,1
	subf 10,10,3
	cmplwi 0,10,2
	ble- 0,.L3
	srwi 10,5,2
	andi. 8,10,0x1
	addi 6,10,-1
	addi 8,4,-4
	addi 7,3,-4
	bne- 0,.L42
.L26:
	srwi 10,10,1
	mtctr 10
.L4:
	lwz 11,4(8)
	addi 6,8,4
	addi 10,7,4
	addi 8,8,8
	addi 7,7,8
	stw 11,-4(7)
	lwz 6,4(6)
	stw 6,4(10)
	bdnz .L4
.L38:
	rlwinm 10,5,0,0,29
	andi. 5,5,0x3
	subf 9,10,9
	add 8,3,10
	add 7,4,10
	beqlr- 0
	cmpwi 0,9,0
	lbzx 6,4,10
	stbx 6,3,10
	beqlr- 0
	lbz 10,1(7)
	cmplwi 0,9,1
	stb 10,1(8)
	beqlr- 0
	lbz 9,2(7)
	stb 9,2(8)
	blr
	.p2align 4,,15
.L3:
	andi. 10,9,0x1
	addi 8,3,-1
	addi 10,4,-1
	beq- 0,.L23
	lbz 7,0(4)
	mr 10,4
	mr 8,3
	stb 7,0(3)
.L23:
	srwi 9,9,1
	addi 9,9,1
	mtctr 9
	b .L6
	.p2align 4,,15
.L43:
	lbz 9,1(9)
	addi 8,8,2
	stb 9,1(7)
.L6:
	lbz 6,1(10)
	addi 9,10,1
	addi 7,8,1
	addi 10,10,2
	stb 6,1(8)
	bdnz .L43
	blr
	.p2align 4,,15
.L42:
	lwz 11,0(4)
	cmpwi 0,6,0
	mr 8,4
	mr 7,3
	stw 11,0(3)
	bne+ 0,.L26
	b .L38
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
	addi 8,5,-1
	beqlr- 0
	neg 10,3
	cmplwi 0,8,5
	rlwinm 9,10,0,30,31
	ble- 0,.L55
	cmpwi 0,9,0
	mr 11,3
	beq- 0,.L47
	andi. 10,10,0x2
	stb 4,0(3)
	beq- 0,.L95
	stb 4,1(3)
	addi 10,3,-1
	andi. 10,10,0x3
	bne- 0,.L96
	stb 4,2(3)
	addi 11,3,3
	addi 8,5,-4
.L47:
	subf 5,9,5
	rlwinm 7,4,16,8,15
	slwi 10,4,24
	or 10,10,7
	rlwinm 6,4,8,16,23
	srwi 7,5,2
	or 10,10,6
	addi 9,9,-4
	rlwinm 6,4,0,0xff
	andi. 0,7,0x3
	or 10,10,6
	add 9,3,9
	addi 12,7,-1
	mr 6,7
	beq- 0,.L76
	cmpwi 0,0,1
	beq- 0,.L80
	cmpwi 0,0,2
	beq- 0,.L81
	stwu 10,4(9)
	mr 7,12
.L81:
	stwu 10,4(9)
	addi 7,7,-1
.L80:
	cmpwi 0,7,1
	stwu 10,4(9)
	beq- 0,.L93
.L76:
	srwi 7,6,2
	mtctr 7
.L51:
	stw 10,4(9)
	stw 10,8(9)
	stw 10,12(9)
	stwu 10,16(9)
	bdnz .L51
.L93:
	andi. 9,5,0x3
	beqlr- 0
	rlwinm 5,5,0,0,29
	add 11,11,5
	subf 8,5,8
.L46:
	cmpwi 0,8,0
	stb 4,0(11)
	beqlr- 0
	cmplwi 0,8,1
	stb 4,1(11)
	beqlr- 0
	cmplwi 0,8,2
	stb 4,2(11)
	beqlr- 0
	cmplwi 0,8,3
	stb 4,3(11)
	beqlr- 0
	cmplwi 0,8,4
	stb 4,4(11)
	beqlr- 0
	stb 4,5(11)
	blr
	.p2align 4,,15
.L95:
	addi 11,3,1
	addi 8,5,-2
	b .L47
	.p2align 4,,15
.L96:
	addi 11,3,2
	addi 8,5,-3
	b .L47
.L55:
	mr 11,3
	b .L46
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
	bgt- 0,.L104
	cmplw 0,5,9
	bnelr+ 0
	cmplw 0,6,4
	blelr- 0
.L104:
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
.L107:
	lbz 9,0(10)
	andi. 9,9,0x20
	beq+ 0,.L107
	stb 8,0(7)
	lbzu 8,1(3)
	rlwinm 9,8,0,0xff
	cmpwi 0,9,0
	bne+ 0,.L107
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
	lis 9,.LANCHOR0@ha
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	la 10,.LANCHOR0@l(9)
	lwz 4,.LANCHOR0@l(9)
	lwz 5,4(10)
	lis 12,.LANCHOR1@ha
	la 9,.LANCHOR1@l(12)
	stw 31,44(1)
	stw 24,16(1)
	lis 6,0xd4d2
	stw 25,20(1)
	ori 6,6,0xf900
	stw 26,24(1)
	mr 8,9
	stw 27,28(1)
	stw 28,32(1)
	stw 29,36(1)
	stw 30,40(1)
	.cfi_offset 31, -4
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	lwz 31,8(10)
	lwz 7,12(10)
	lwz 0,16(10)
	lwz 11,20(10)
	lwz 3,24(10)
	stw 4,.LANCHOR1@l(12)
	stw 5,4(9)
	lwz 4,28(10)
	lwz 5,32(10)
	stw 31,8(9)
	stw 7,12(9)
	lwz 31,36(10)
	lwz 7,40(10)
	stw 0,16(9)
	stw 11,20(9)
	lwz 0,44(10)
	lwz 11,48(10)
	stw 3,24(9)
	stw 4,28(9)
	lwz 3,52(10)
	lwz 4,56(10)
	stw 5,32(9)
	lwz 5,60(10)
	stw 0,44(9)
	li 0,16
	stw 6,96(10)
	mtctr 0
	stw 5,60(9)
	lwz 5,64(10)
	lwz 0,72(10)
	stw 31,36(9)
	stw 11,48(9)
	lwz 31,68(10)
	lwz 11,76(10)
	stw 3,52(9)
	stw 4,56(9)
	lwz 3,80(10)
	lwz 4,84(10)
	stw 6,96(9)
	stw 5,64(9)
	lwz 6,92(10)
	lwz 5,88(10)
	lwz 10,100(10)
	stw 31,68(9)
	stw 0,72(9)
	stw 11,76(9)
	stw 3,80(9)
	stw 4,84(9)
	stw 5,88(9)
	stw 6,92(9)
	stwu 10,100(8)
	stw 7,40(9)
	li 7,-1
.L116:
	stw 7,4(8)
	stw 7,8(8)
	stw 7,12(8)
	stwu 7,16(8)
	bdnz .L116
	lis 10,0xf9
	lis 11,0xf9
	lis 3,0xf9
	lis 4,0xf9
	lis 6,0xf9
	lis 5,0xf9
	lis 7,0xf9
	lis 30,0xf9
	lis 26,0xf9
	lis 27,0xf9
	lis 8,0xf9
	lis 31,0xf9
	lis 24,0xf9
	lis 28,0xf9
	lis 29,0xf9
	lis 0,0xf9
	ori 10,10,0xd2d4
	ori 7,7,0xd2d2
	ori 8,8,0xd2d8
	ori 6,6,0xd2d0
	ori 3,3,0xd2d6
	ori 4,4,0xd2d7
	ori 5,5,0xd2d1
	ori 30,30,0xd2d3
	ori 26,26,0xd2dc
	ori 31,31,0xd2da
	ori 28,28,0xd2db
	ori 11,11,0xd2d5
	ori 27,27,0xd2de
	ori 29,29,0xd2c6
	ori 0,0,0xd2c1
	ori 24,24,0xd2dd
	stw 10,104(9)
	stw 10,108(9)
	lis 25,0xf9
	stw 10,112(9)
	ori 25,25,0xd2c4
	stw 10,116(9)
	stw 10,120(9)
	stw 10,124(9)
	stw 10,128(9)
	stw 10,132(9)
	stw 10,136(9)
	stw 10,168(9)
	stw 10,200(9)
	stw 11,140(9)
	lis 11,0xf9
	stw 3,144(9)
	ori 11,11,0xd2c0
	stw 3,172(9)
	lis 3,0xf9
	stw 4,148(9)
	ori 3,3,0xd2cc
	stw 4,204(9)
	lis 4,0xf9
	stw 6,152(9)
	ori 4,4,0xd2c8
	stw 6,176(9)
	stw 5,156(9)
	stw 7,160(9)
	stw 7,180(9)
	stw 7,208(9)
	stw 30,164(9)
	stw 26,184(9)
	stw 8,192(9)
	stw 8,216(9)
	stw 31,196(9)
	stw 28,220(9)
	stw 27,188(9)
	stw 24,212(9)
	stw 29,224(9)
	stw 0,228(9)
	stw 10,232(9)
	stw 6,236(9)
	lis 6,0xf9
	stw 26,240(9)
	lis 26,0xf9
	stw 8,244(9)
	ori 6,6,0xd2f7
	stw 10,264(9)
	ori 26,26,0xd2cd
	stw 5,268(9)
	lis 5,0xf9
	stw 28,276(9)
	lis 28,0xf9
	stw 10,296(9)
	ori 5,5,0xd2ca
	stw 8,304(9)
	lis 8,0xf9
	stw 10,328(9)
	lis 10,0xf9
	stw 30,332(9)
	lis 30,acc64@ha
	ori 8,8,0xd2fe
	stw 31,336(9)
	ori 10,10,0xd2e5
	stw 7,300(9)
	la 31,acc64@l(30)
	stw 11,252(9)
	ori 28,28,0xd2f0
	stw 11,280(9)
	stw 4,260(9)
	li 7,0
	stw 4,344(9)
	li 11,1
	stw 5,288(9)
	stw 5,316(9)
	stw 6,292(9)
	lwz 5,acc64@l(30)
	stw 6,348(9)
	stw 8,324(9)
	stw 8,352(9)
	srwi 6,5,3
	stw 27,272(9)
	stw 29,308(9)
	stw 0,340(9)
	stw 25,248(9)
	stw 3,256(9)
	stw 3,312(9)
	stw 26,284(9)
	stw 28,320(9)
	stw 10,356(9)
	lwz 10,4(31)
	srwi 8,10,3
	slwi 4,10,3
	rlwimi 8,5,29,0,31-29
	slwi 10,10,19
	addic 8,8,31
	add 10,10,4
	addze 6,6
	addc 7,7,8
	adde 10,10,6
	stw 7,4(31)
	cmpwi 0,10,-1
	stw 10,acc64@l(30)
	blt- 0,.L118
	beq- 0,.L134
.L117:
	lwz 10,96(9)
	addi 11,11,-7
	stw 11,.LANCHOR1@l(12)
	xoris 10,10,0xd4d2
	xori 10,10,0xf900
	rlwinm. 10,10,0,16,7
	bne- 0,.L119
	lwz 7,100(9)
	lbz 8,0(7)
	rlwinm 9,8,0,0xff
	cmpwi 0,9,0
	beq- 0,.L119
	lis 10,0xe000
	lis 6,0xe000
	ori 10,10,0x4505
	ori 6,6,0x4500
	.p2align 4,,15
.L120:
	lbz 9,0(10)
	andi. 9,9,0x20
	beq+ 0,.L120
	stb 8,0(6)
	lbzu 8,1(7)
	rlwinm 9,8,0,0xff
	cmpwi 0,9,0
	bne+ 0,.L120
.L119:
.L131:
	b .L131
.L134:
	li 10,-5
	cmplw 0,7,10
	bge- 0,.L117
.L118:
	li 11,0
	b .L117
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
