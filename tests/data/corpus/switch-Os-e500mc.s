	.file	"switch.c"
	.machine e500mc
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
	.type	divs, @function
divs:
.LFB3:
	.cfi_startproc
	mr 9,3
	mr. 3,4
	beqlr- 0
	divw 3,9,3
	blr
	.cfi_endproc
.LFE3:
	.size	divs,.-divs
	.align 2
	.globl classify
	.type	classify, @function
classify:
.LFB4:
	.cfi_startproc
	cmplwi 0,3,9
	bgt- 0,.L11
	lis 9,.LANCHOR0@ha
	la 9,.LANCHOR0@l(9)
	lbzx 3,9,3
	extsb 3,3
	blr
.L11:
	li 3,-1
	blr
	.cfi_endproc
.LFE4:
	.size	classify,.-classify
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"many"
	.section	".text"
	.align 2
	.globl word
	.type	word, @function
word:
.LFB5:
	.cfi_startproc
	rlwinm 3,3,0,29,31
	cmplwi 0,3,5
	bgt- 0,.L14
	lis 9,.LANCHOR0@ha
	slwi 3,3,2
	la 9,.LANCHOR0@l(9)
	add 9,9,3
	lwz 3,12(9)
	blr
.L14:
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	blr
	.cfi_endproc
.LFE5:
	.size	word,.-word
	.align 2
	.globl run
	.type	run, @function
run:
.LFB6:
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
	lis 31,.LANCHOR1@ha
	addi 30,3,-1
	la 31,.LANCHOR1@l(31)
	li 3,0
	lis 29,state@ha
.L16:
	lbzu 9,1(30)
	cmpwi 0,9,0
	bne+ 0,.L26
	addi 11,1,32
	b _restgpr_29_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
.L26:
	.cfi_restore_state
	cmpwi 0,9,47
	beq- 0,.L17
	cmplwi 0,9,47
	bgt- 0,.L18
	cmpwi 0,9,43
	beq- 0,.L19
	cmpwi 0,9,45
	beq+ 0,.L20
	cmpwi 0,9,42
	beq+ 0,.L21
.L22:
	lwz 9,state@l(29)
	addi 9,9,1
	stw 9,state@l(29)
	b .L16
.L18:
	cmpwi 0,9,99
	beq- 0,.L23
	cmpwi 0,9,110
	bne- 0,.L22
	neg 3,3
	b .L16
.L19:
	lwz 9,0(31)
.L28:
	mtctr 9
	li 4,1
.L29:
	bctrl
	b .L16
.L20:
	lwz 9,4(31)
	b .L28
.L21:
	lwz 9,8(31)
.L30:
	mtctr 9
	li 4,2
	b .L29
.L17:
	lwz 9,12(31)
	b .L30
.L23:
	rlwinm 3,3,0,29,31
	bl classify
	b .L16
	.cfi_endproc
.LFE6:
	.size	run,.-run
	.section	.rodata.str1.1
.LC1:
	.string	"++*c-n/x"
	.section	".text"
	.align 2
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
	stmw 30,8(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bl run
	lis 9,state@ha
	mr 31,3
	lwz 3,state@l(9)
	lis 30,result@ha
	bl classify
	add 31,31,3
	lwz 3,result@l(30)
	bl word
	lbz 9,0(3)
	add 9,9,31
	stw 9,result@l(30)
.L32:
	b .L32
	.cfi_endproc
.LFE7:
	.size	_start,.-_start
	.section	.rodata.str1.1
.LC2:
	.string	"zero"
.LC3:
	.string	"one"
.LC4:
	.string	"two"
.LC5:
	.string	"three"
.LC6:
	.string	"four"
.LC7:
	.string	"five"
	.globl state
	.globl result
	.globl ops
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	CSWTCH.10, @object
	.size	CSWTCH.10, 10
CSWTCH.10:
	.byte	10
	.byte	21
	.byte	33
	.byte	47
	.byte	52
	.byte	68
	.byte	71
	.byte	89
	.byte	-1
	.byte	90
	.zero	2
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
