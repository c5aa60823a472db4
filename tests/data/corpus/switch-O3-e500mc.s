	.file	"switch.c"
	.machine e500mc
	.section	".text"
	.align 2
	.p2align 4,,15
	.type	add, @function
add:
.LFB0:
	.cfi_startproc
	add 3,3,4
	blr
	.cfi_endproc
.LFE0:
	.size	add,.-add
	.align 2
	.p2align 4,,15
	.type	sub, @function
sub:
.LFB1:
	.cfi_startproc
	subf 3,4,3
	blr
	.cfi_endproc
.LFE1:
	.size	sub,.-sub
	.align 2
	.p2align 4,,15
	.type	mul, @function
mul:
.LFB2:
	.cfi_startproc
	mullw 3,3,4
	blr
	.cfi_endproc
.LFE2:
	.size	mul,.-mul
	.align 2
	.p2align 4,,15
	.type	divs, @function
divs:
.LFB3:
	.cfi_startproc
	cmpwi 0,4,0
	beq- 0,.L6
	divw 4,3,4
.L6:
	mr 3,4
	blr
	.cfi_endproc
.LFE3:
	.size	divs,.-divs
	.align 2
	.p2align 4,,15
	.globl classify
	.type	classify, @function
classify:
.LFB4:
	.cfi_startproc
	cmplwi 0,3,9
	bgt- 0,.L12
	lis 9,.LANCHOR0@ha
	la 9,.LANCHOR0@l(9)
	slwi 3,3,2
	lwzx 3,9,3
	blr
	.p2align 4,,15
.L12:
	li 3,-1
	blr
	.cfi_endproc
.LFE4:
	.size	classify,.-classify
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"many"
	.section	".text"
	.align 2
	.p2align 4,,15
	.globl word
	.type	word, @function
word:
.LFB5:
	.cfi_startproc
	rlwinm 3,3,0,29,31
	cmplwi 0,3,5
	bgt- 0,.L15
	lis 9,.LANCHOR0@ha
	slwi 3,3,2
	la 9,.LANCHOR0@l(9)
	add 9,9,3
	lwz 3,40(9)
	blr
	.p2align 4,,15
.L15:
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	blr
	.cfi_endproc
.LFE5:
	.size	word,.-word
	.align 2
	.p2align 4,,15
	.globl run
	.type	run, @function
run:
.LFB6:
	.cfi_startproc
	lbz 9,0(3)
	cmpwi 0,9,0
	beq- 0,.L28
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	lis 29,.LANCHOR0@ha
	stw 30,24(1)
	.cfi_offset 30, -8
	lis 30,.LANCHOR1@ha
	stw 28,16(1)
	la 30,.LANCHOR1@l(30)
	stw 31,28(1)
	la 29,.LANCHOR0@l(29)
	.cfi_offset 28, -16
	.cfi_offset 31, -4
	mr 31,3
	stw 0,36(1)
	.cfi_offset 65, 4
	li 3,0
	lis 28,state@ha
	b .L27
	.p2align 4,,15
.L36:
	cmpwi 0,9,43
	beq- 0,.L20
	cmpwi 0,9,45
	bne- 0,.L34
	lwz 9,4(30)
	li 4,1
	mtctr 9
	bctrl
	.p2align 4,,15
.L26:
	lbzu 9,1(31)
	cmpwi 0,9,0
	beq- 0,.L35
.L27:
	cmpwi 0,9,47
	beq- 0,.L18
	cmplwi 0,9,47
	ble+ 0,.L36
	cmpwi 0,9,99
	beq- 0,.L24
	cmpwi 0,9,110
	bne- 0,.L23
	lbzu 9,1(31)
	neg 3,3
	cmpwi 0,9,0
	bne+ 0,.L27
.L35:
	lwz 0,36(1)
	lwz 28,16(1)
	lwz 29,20(1)
	lwz 30,24(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	blr
	.p2align 4,,15
.L34:
	.cfi_restore_state
	cmpwi 0,9,42
	bne- 0,.L23
	lwz 9,8(30)
	li 4,2
	mtctr 9
	bctrl
	b .L26
	.p2align 4,,15
.L20:
	lwz 9,0(30)
	li 4,1
	mtctr 9
	bctrl
	b .L26
	.p2align 4,,15
.L18:
	lwz 9,12(30)
	li 4,2
	mtctr 9
	bctrl
	b .L26
	.p2align 4,,15
.L23:
	lwz 9,state@l(28)
	addi 9,9,1
	stw 9,state@l(28)
	b .L26
	.p2align 4,,15
.L24:
	rlwinm 3,3,2,27,29
	lwzx 3,29,3
	b .L26
	.p2align 4,,15
.L28:
	.cfi_def_cfa_offset 0
	.cfi_restore 28
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	li 3,0
	blr
	.cfi_endproc
.LFE6:
	.size	run,.-run
	.section	.rodata.str1.4
	.align 2
.LC1:
	.string	"++*c-n/x"
	.section	".text"
	.align 2
	.p2align 4,,15
	.globl _start
	.type	_start, @function
_start:
.LFB7:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	lis 3,.LC1@ha
	mflr 0
	la 3,.LC1@l(3)
	stw 0,20(1)
	.cfi_offset 65, 4
	bl run
	lis 9,state@ha
	lwz 9,state@l(9)
	lis 8,.LANCHOR0@ha
	cmplwi 0,9,9
	bgt- 0,.L41
	slwi 9,9,2
	la 8,.LANCHOR0@l(8)
	lwzx 9,8,9
.L38:
	lis 7,result@ha
	add 9,3,9
	lwz 10,result@l(7)
	rlwinm 10,10,0,29,31
	cmpwi 0,10,5
	bgt- 0,.L42
	slwi 10,10,2
	add 8,8,10
	lwz 10,40(8)
.L39:
	lbz 10,0(10)
	add 9,10,9
	stw 9,result@l(7)
.L40:
	b .L40
.L42:
	lis 10,.LC0@ha
	la 10,.LC0@l(10)
	b .L39
.L41:
	li 9,-1
	la 8,.LANCHOR0@l(8)
	b .L38
	.cfi_endproc
.LFE7:
	.size	_start,.-_start
	.section	.rodata.str1.4
	.align 2
.LC2:
	.string	"zero"
	.align 2
.LC3:
	.string	"one"
	.align 2
.LC4:
	.string	"two"
	.align 2
.LC5:
	.string	"three"
	.align 2
.LC6:
	.string	"four"
	.align 2
.LC7:
	.string	"five"
	.globl state
	.globl result
	.globl ops
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	CSWTCH.10, @object
	.size	CSWTCH.10, 40
CSWTCH.10:
	.long	10
	.long	21
	.long	33
	.long	47
	.long	52
	.long	68
	.long	71
	.long	89
	.long	-1
	.long	90
	.type	CSWTCH.12, @object
	.size	CSWTCH.12, 24
CSWTCH.12:
	.long	.LC2
	.long	.LC3
	.long	.LC4
	.long	.LC5
	.long	.LC6
	.long	.LC7
	.section	".data"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	ops, @object
	.size	ops, 16
ops:
	.long	add
	.long	sub
	.long	mul
	.long	divs
	.section	.sbss,"aw",@nobits
	.align 2
	.type	result, @object
	.size	result, 4
result:
	.zero	4
	.section	.sdata,"aw"
	.align 2
	.type	state, @object
	.size	state, 4
state:
	.long	1
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
