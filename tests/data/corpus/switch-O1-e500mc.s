	.file	"switch.c"
	.machine e500mc
	.section	".text"
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
	bgt- 0,.L7
	lis 9,.L9@ha
	la 9,.L9@l(9)
	slwi 3,3,2
	lwzx 10,9,3
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L9:
	.long .L17-.L9
	.long .L18-.L9
	.long .L15-.L9
	.long .L14-.L9
	.long .L13-.L9
	.long .L12-.L9
	.long .L11-.L9
	.long .L10-.L9
	.long .L7-.L9
	.long .L8-.L9
	.section	".text"
.L17:
	li 3,10
	blr
.L15:
	li 3,33
	blr
.L14:
	li 3,47
	blr
.L13:
	li 3,52
	blr
.L12:
	li 3,68
	blr
.L11:
	li 3,71
	blr
.L10:
	li 3,89
	blr
.L8:
	li 3,90
	blr
.L7:
	li 3,-1
	blr
.L18:
	li 3,21
	blr
	.cfi_endproc
.LFE4:
	.size	classify,.-classify
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"zero"
	.align 2
.LC1:
	.string	"one"
	.align 2
.LC2:
	.string	"two"
	.align 2
.LC3:
	.string	"three"
	.align 2
.LC4:
	.string	"four"
	.align 2
.LC5:
	.string	"five"
	.align 2
.LC6:
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
	bgt- 0,.L20
	lis 9,.L22@ha
	la 9,.L22@l(9)
	slwi 3,3,2
	lwzx 10,9,3
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L22:
	.long .L27-.L22
	.long .L28-.L22
	.long .L25-.L22
	.long .L24-.L22
	.long .L23-.L22
	.long .L21-.L22
	.section	".text"
.L27:
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	blr
.L25:
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	blr
.L24:
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	blr
.L23:
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	blr
.L21:
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	blr
.L20:
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	blr
.L28:
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
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
	lbz 9,0(3)
	andi. 10,9,0xff
	beq- 0,.L41
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 29,20(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,3
	li 3,0
	lis 30,.LANCHOR0@ha
	la 30,.LANCHOR0@l(30)
	lis 29,state@ha
	b .L40
.L48:
	cmpwi 0,10,42
	bne- 0,.L36
	lwz 9,8(30)
	mtctr 9
	li 4,2
	bctrl
	b .L39
.L32:
	rlwinm 10,9,0,0xff
	cmpwi 0,10,99
	beq- 0,.L37
	cmpwi 0,10,110
	bne- 0,.L36
	neg 3,3
	b .L39
.L33:
	lwz 9,0(30)
	mtctr 9
	li 4,1
	bctrl
.L39:
	lbzu 9,1(31)
	andi. 10,9,0xff
	beq- 0,.L47
.L40:
	rlwinm 10,9,0,0xff
	cmpwi 0,10,47
	beq- 0,.L31
	cmplwi 0,10,47
	bgt- 0,.L32
	cmpwi 0,10,43
	beq- 0,.L33
	cmpwi 0,10,45
	bne- 0,.L48
	lwz 9,4(30)
	mtctr 9
	li 4,1
	bctrl
	b .L39
.L31:
	lwz 9,12(30)
	mtctr 9
	li 4,2
	bctrl
	b .L39
.L37:
	rlwinm 3,3,0,29,31
	bl classify
	b .L39
.L36:
	lwz 9,state@l(29)
	addi 9,9,1
	stw 9,state@l(29)
	b .L39
.L41:
	.cfi_def_cfa_offset 0
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	li 3,0
	blr
.L47:
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	lwz 0,36(1)
	mtlr 0
	.cfi_restore 65
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE6:
	.size	run,.-run
	.section	.rodata.str1.4
	.align 2
.LC7:
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
	mflr 0
	stw 0,20(1)
	stw 30,8(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl run
	mr 31,3
	lis 9,state@ha
	lwz 3,state@l(9)
	bl classify
	add 31,31,3
	lis 30,result@ha
	lwz 3,result@l(30)
	bl word
	lbz 9,0(3)
	add 9,9,31
	stw 9,result@l(30)
.L50:
	b .L50
	.cfi_endproc
.LFE7:
	.size	_start,.-_start
	.globl state
	.globl result
	.globl ops
	.section	".data"
	.align 2
	.set	.LANCHOR0,. + 0
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
