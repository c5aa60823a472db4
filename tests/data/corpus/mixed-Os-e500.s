	.file	"mixed.c"
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
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LFB0:
	.cfi_startproc
	addi 10,5,1
	li 9,0
	mtctr 10
.L2:
	bdnz .L3
	blr
.L3:
	lbzx 10,4,9
	stbx 10,3,9
	addi 9,9,1
	b .L2
	.cfi_endproc
.LFE0:
	.size	memcpy,.-memcpy
	.align 2
	.globl memset
	.type	memset, @function
memset:
.LFB1:
	.cfi_startproc
	addi 10,5,1
	li 9,0
	mtctr 10
.L5:
	bdnz .L6
	blr
.L6:
	stbx 4,3,9
	addi 9,9,1
	b .L5
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
	bgt- 0,.L14
	cmplw 0,5,9
	bnelr+ 0
	cmplw 0,6,4
	blelr- 0
.L14:
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
	lis 8,0xe000
	lis 7,0xe000
	addi 3,3,-1
	ori 8,8,0x4505
	ori 7,7,0x4500
.L16:
	lbzu 9,1(3)
	rlwinm 10,9,0,0xff
	cmpwi 0,10,0
	beqlr- 0
.L17:
	lbz 10,0(8)
	andi. 10,10,0x20
	beq+ 0,.L17
	stb 9,0(7)
	b .L16
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
	lis 4,.LANCHOR0@ha
	lis 9,0xd4d2
	mflr 0
	la 4,.LANCHOR0@l(4)
	stmw 30,8(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 30,.LANCHOR1@ha
	la 31,.LANCHOR1@l(30)
	ori 9,9,0xf900
	li 5,104
	stw 0,20(1)
	.cfi_offset 65, 4
	mr 3,31
	stw 9,96(4)
	bl memcpy
	li 5,256
	li 4,255
	addi 3,31,104
	bl memset
	addi 7,31,100
	li 10,0
.L23:
	li 6,8
	mr 5,7
	li 8,0
	li 9,8
	mtctr 6
.L24:
	xoris 6,8,0xf9
	addi 9,9,-1
	xori 6,6,0xd2d4
	add 8,8,10
	stwu 6,4(5)
	bdnz .L24
	addi 10,10,1
	cmpwi 0,10,8
	addi 7,7,32
	bne+ 0,.L23
	lis 6,acc64@ha
	la 5,acc64@l(6)
	lwz 7,acc64@l(6)
	lwz 10,4(5)
	addc 3,9,9
	slwi 4,10,3
	slwi 8,10,19
	srwi 10,10,3
	adde 8,8,4
	rlwimi 10,7,29,0,31-29
	srwi 7,7,3
	addic 10,10,31
	addze 7,7
	addc 9,9,10
	adde 8,8,7
	stw 9,4(5)
	li 5,6
	stw 8,acc64@l(6)
	li 10,1
	li 6,3
	li 7,2
	mtctr 5
.L26:
	mr 5,10
	addi 10,7,1
	mulli 7,6,3
	addi 6,5,-2
	bdnz .L26
	xor 10,10,7
	xor 10,10,6
	cmpwi 0,8,-1
	addi 10,10,21
	li 7,1
	blt- 0,.L28
	bne+ 0,.L27
	li 8,-5
	cmplw 0,9,8
	bge- 0,.L27
.L28:
	li 7,0
.L27:
	lwz 9,96(31)
	add 10,10,7
	stw 10,.LANCHOR1@l(30)
	xoris 9,9,0xd4d2
	xori 9,9,0xf900
	rlwinm. 9,9,0,16,7
	beq- 0,.L29
.L30:
.L35:
	b .L35
.L29:
	lwz 3,100(31)
	bl puts_uart
	b .L30
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
