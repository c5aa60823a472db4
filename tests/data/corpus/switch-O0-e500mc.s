	.file	"switch.c"
	.machine e500mc
	.section	".text"
	.align 2
	.type	add, @function
add:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	add 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	add,.-add
	.align 2
	.type	sub, @function
sub:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	subf 9,9,10
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	sub,.-sub
	.align 2
	.type	mul, @function
mul:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	mullw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	mul,.-mul
	.align 2
	.type	divs, @function
divs:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,12(31)
	cmpwi 0,9,0
	beq 0,.L8
	lwz 10,8(31)
	lwz 9,12(31)
	divw 9,10,9
	b .L10
.L8:
	li 9,0
.L10:
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
	.size	divs,.-divs
	.globl ops
	.section	".data"
	.align 2
	.type	ops, @object
	.size	ops, 16
ops:
	.long	add
	.long	sub
	.long	mul
	.long	divs
	.globl result
	.section	".sbss","aw",@nobits
	.align 2
result:
	.zero	4
	.size	result, 4
	.type	result, @object
	.globl state
	.section	.sdata,"aw"
	.align 2
	.type	state, @object
	.size	state, 4
state:
	.long	1
	.section	".text"
	.align 2
	.globl classify
	.type	classify, @function
classify:
.LFB4:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmplwi 0,9,9
	bgt 0,.L12
	lwz 9,8(31)
	slwi 10,9,2
	lis 9,.L14@ha
	la 9,.L14@l(9)
	add 9,10,9
	lwz 10,0(9)
	lis 9,.L14@ha
	la 9,.L14@l(9)
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L14:
	.long .L22-.L14
	.long .L21-.L14
	.long .L20-.L14
	.long .L19-.L14
	.long .L18-.L14
	.long .L17-.L14
	.long .L16-.L14
	.long .L15-.L14
	.long .L12-.L14
	.long .L13-.L14
	.section	".text"
.L22:
	li 9,10
	b .L23
.L21:
	li 9,21
	b .L23
.L20:
	li 9,33
	b .L23
.L19:
	li 9,47
	b .L23
.L18:
	li 9,52
	b .L23
.L17:
	li 9,68
	b .L23
.L16:
	li 9,71
	b .L23
.L15:
	li 9,89
	b .L23
.L13:
	li 9,90
	b .L23
.L12:
	li 9,-1
.L23:
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
	.size	classify,.-classify
	.section	.rodata
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
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	rlwinm 9,9,0,29,31
	cmplwi 0,9,5
	bgt 0,.L25
	slwi 10,9,2
	lis 9,.L27@ha
	la 9,.L27@l(9)
	add 9,10,9
	lwz 10,0(9)
	lis 9,.L27@ha
	la 9,.L27@l(9)
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L27:
	.long .L32-.L27
	.long .L31-.L27
	.long .L30-.L27
	.long .L29-.L27
	.long .L28-.L27
	.long .L26-.L27
	.section	".text"
.L32:
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	b .L33
.L31:
	lis 9,.LC1@ha
	la 9,.LC1@l(9)
	b .L33
.L30:
	lis 9,.LC2@ha
	la 9,.LC2@l(9)
	b .L33
.L29:
	lis 9,.LC3@ha
	la 9,.LC3@l(9)
	b .L33
.L28:
	lis 9,.LC4@ha
	la 9,.LC4@l(9)
	b .L33
.L26:
	lis 9,.LC5@ha
	la 9,.LC5@l(9)
	b .L33
.L25:
	lis 9,.LC6@ha
	la 9,.LC6@l(9)
.L33:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
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
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	b .L35
.L43:
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,110
	beq 0,.L36
	cmpwi 0,9,110
	bgt 0,.L37
	cmpwi 0,9,99
	beq 0,.L38
	cmpwi 0,9,99
	bgt 0,.L37
	cmpwi 0,9,47
	beq 0,.L39
	cmpwi 0,9,47
	bgt 0,.L37
	cmpwi 0,9,45
	beq 0,.L40
	cmpwi 0,9,45
	bgt 0,.L37
	cmpwi 0,9,42
	beq 0,.L41
	cmpwi 0,9,43
	bne 0,.L37
	lis 9,ops@ha
	la 9,ops@l(9)
	lwz 9,0(9)
	li 4,1
	lwz 3,8(31)
	mtctr 9
	bctrl
	stw 3,8(31)
	b .L42
.L40:
	lis 9,ops@ha
	la 9,ops@l(9)
	lwz 9,4(9)
	li 4,1
	lwz 3,8(31)
	mtctr 9
	bctrl
	stw 3,8(31)
	b .L42
.L41:
	lis 9,ops@ha
	la 9,ops@l(9)
	lwz 9,8(9)
	li 4,2
	lwz 3,8(31)
	mtctr 9
	bctrl
	stw 3,8(31)
	b .L42
.L39:
	lis 9,ops@ha
	la 9,ops@l(9)
	lwz 9,12(9)
	li 4,2
	lwz 3,8(31)
	mtctr 9
	bctrl
	stw 3,8(31)
	b .L42
.L36:
	lwz 9,8(31)
	neg 9,9
	stw 9,8(31)
	b .L42
.L38:
	lwz 9,8(31)
	rlwinm 9,9,0,29,31
	mr 3,9
	bl classify
	stw 3,8(31)
	b .L42
.L37:
	lis 9,state@ha
	lwz 9,state@l(9)
	addi 10,9,1
	lis 9,state@ha
	stw 10,state@l(9)
	nop
.L42:
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L35:
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L43
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	run,.-run
	.section	.rodata
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
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl run
	mr 30,3
	lis 9,state@ha
	lwz 9,state@l(9)
	mr 3,9
	bl classify
	mr 9,3
	add 30,30,9
	lis 9,result@ha
	lwz 9,result@l(9)
	mr 3,9
	bl word
	mr 9,3
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	add 10,30,9
	lis 9,result@ha
	stw 10,result@l(9)
.L46:
	b .L46
	.cfi_endproc
.LFE7:
	.size	_start,.-_start
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
