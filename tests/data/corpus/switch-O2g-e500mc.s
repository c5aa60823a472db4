	.file	"switch.c"
	.machine e500mc
	.section	".text"
.Ltext0:
	.file 1 "tests/corpus/c/switch.c"
	.align 2
	.p2align 4,,15
	.type	add, @function
add:
.LVL0:
.LFB0:
	.loc 1 4 30 view -0
	.cfi_startproc
	.loc 1 4 32 view .LVU1
	.loc 1 4 46 is_stmt 0 view .LVU2
	add 3,3,4
.LVL1:
	.loc 1 4 46 view .LVU3
	blr
	.cfi_endproc
.LFE0:
	.size	add,.-add
	.align 2
	.p2align 4,,15
	.type	sub, @function
sub:
.LVL2:
.LFB1:
	.loc 1 5 30 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 5 32 view .LVU5
	.loc 1 5 46 is_stmt 0 view .LVU6
	subf 3,4,3
.LVL3:
	.loc 1 5 46 view .LVU7
	blr
	.cfi_endproc
.LFE1:
	.size	sub,.-sub
	.align 2
	.p2align 4,,15
	.type	mul, @function
mul:
.LVL4:
.LFB2:
	.loc 1 6 30 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 6 32 view .LVU9
	.loc 1 6 46 is_stmt 0 view .LVU10
	mullw 3,3,4
.LVL5:
	.loc 1 6 46 view .LVU11
	blr
	.cfi_endproc
.LFE2:
	.size	mul,.-mul
	.align 2
	.p2align 4,,15
	.type	divs, @function
divs:
.LVL6:
.LFB3:
	.loc 1 7 31 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 7 33 view .LVU13
	.loc 1 7 50 is_stmt 0 view .LVU14
	cmpwi 0,4,0
	.loc 1 7 50 view .LVU15
	beq- 0,.L6
	.loc 1 7 50 discriminator 1 view .LVU16
	divw 4,3,4
.LVL7:
.L6:
	.loc 1 7 55 discriminator 4 view .LVU17
	mr 3,4
.LVL8:
	.loc 1 7 55 discriminator 4 view .LVU18
	blr
	.cfi_endproc
.LFE3:
	.size	divs,.-divs
	.align 2
	.p2align 4,,15
	.globl classify
	.type	classify, @function
classify:
.LVL9:
.LFB4:
	.loc 1 13 21 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 14 5 view .LVU20
	cmplwi 0,3,9
	bgt- 0,.L12
	lis 9,.LANCHOR0@ha
	la 9,.LANCHOR0@l(9)
	slwi 3,3,2
.LVL10:
	.loc 1 14 5 is_stmt 0 view .LVU21
	lwzx 3,9,3
	blr
.LVL11:
	.p2align 4,,15
.L12:
	.loc 1 13 21 view .LVU22
	li 3,-1
.LVL12:
	.loc 1 26 1 view .LVU23
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
.LVL13:
.LFB5:
	.loc 1 28 30 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 29 5 view .LVU25
	.loc 1 29 15 is_stmt 0 view .LVU26
	rlwinm 3,3,0,29,31
.LVL14:
	.loc 1 29 15 view .LVU27
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
	.loc 1 38 1 view .LVU28
	blr
	.cfi_endproc
.LFE5:
	.size	word,.-word
	.align 2
	.p2align 4,,15
	.globl run
	.type	run, @function
run:
.LVL15:
.LFB6:
	.loc 1 40 27 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 41 5 view .LVU30
	.loc 1 42 5 view .LVU31
	.loc 1 42 12 view .LVU32
	lbz 9,0(3)
	cmpwi 0,9,0
	beq- 0,.L28
	.loc 1 40 27 is_stmt 0 view .LVU33
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	lis 29,.LANCHOR0@ha
	stw 30,24(1)
	.cfi_offset 30, -8
	.loc 1 47 28 view .LVU34
	lis 30,.LANCHOR1@ha
	.loc 1 40 27 view .LVU35
	stw 28,16(1)
	.loc 1 47 28 view .LVU36
	la 30,.LANCHOR1@l(30)
	.loc 1 40 27 view .LVU37
	stw 31,28(1)
	la 29,.LANCHOR0@l(29)
	.cfi_offset 28, -16
	.cfi_offset 31, -4
	mr 31,3
	stw 0,36(1)
	.cfi_offset 65, 4
	.loc 1 41 9 view .LVU38
	li 3,0
.LVL16:
	.loc 1 50 23 view .LVU39
	lis 28,state@ha
	b .L27
.LVL17:
	.p2align 4,,15
.L36:
	.loc 1 43 9 view .LVU40
	cmpwi 0,9,43
	beq- 0,.L20
	cmpwi 0,9,45
	bne- 0,.L34
	.loc 1 45 19 is_stmt 1 view .LVU41
	.loc 1 45 25 is_stmt 0 view .LVU42
	lwz 9,4(30)
	li 4,1
	mtctr 9
	bctrl
.LVL18:
	.loc 1 45 41 is_stmt 1 view .LVU43
	.p2align 4,,15
.L26:
	.loc 1 42 23 view .LVU44
	.loc 1 42 12 view .LVU45
	lbzu 9,1(31)
.LVL19:
	.loc 1 42 12 is_stmt 0 view .LVU46
	cmpwi 0,9,0
	beq- 0,.L35
.LVL20:
.L27:
	.loc 1 43 9 is_stmt 1 view .LVU47
	cmpwi 0,9,47
	beq- 0,.L18
	cmplwi 0,9,47
	ble+ 0,.L36
	cmpwi 0,9,99
	beq- 0,.L24
	cmpwi 0,9,110
	bne- 0,.L23
	.loc 1 48 19 view .LVU48
	.loc 1 42 12 is_stmt 0 view .LVU49
	lbzu 9,1(31)
.LVL21:
	.loc 1 48 23 view .LVU50
	neg 3,3
.LVL22:
	.loc 1 48 31 is_stmt 1 view .LVU51
	.loc 1 42 23 view .LVU52
	.loc 1 42 12 view .LVU53
	cmpwi 0,9,0
	bne+ 0,.L27
.L35:
	.loc 1 54 1 is_stmt 0 view .LVU54
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
.LVL23:
	.p2align 4,,15
.L34:
	.cfi_restore_state
	.loc 1 43 9 view .LVU55
	cmpwi 0,9,42
	bne- 0,.L23
	.loc 1 46 19 is_stmt 1 view .LVU56
	.loc 1 46 25 is_stmt 0 view .LVU57
	lwz 9,8(30)
	li 4,2
	mtctr 9
	bctrl
.LVL24:
	.loc 1 46 41 is_stmt 1 view .LVU58
	b .L26
	.p2align 4,,15
.L20:
	.loc 1 44 19 view .LVU59
	.loc 1 44 25 is_stmt 0 view .LVU60
	lwz 9,0(30)
	li 4,1
	mtctr 9
	bctrl
.LVL25:
	.loc 1 44 41 is_stmt 1 view .LVU61
	b .L26
	.p2align 4,,15
.L18:
	.loc 1 47 19 view .LVU62
	.loc 1 47 25 is_stmt 0 view .LVU63
	lwz 9,12(30)
	li 4,2
	mtctr 9
	bctrl
.LVL26:
	.loc 1 47 41 is_stmt 1 view .LVU64
	b .L26
	.p2align 4,,15
.L23:
	.loc 1 50 18 view .LVU65
	.loc 1 50 23 is_stmt 0 view .LVU66
	lwz 9,state@l(28)
	addi 9,9,1
	stw 9,state@l(28)
	.loc 1 50 27 is_stmt 1 view .LVU67
	b .L26
	.p2align 4,,15
.L24:
	.loc 1 49 19 view .LVU68
.LVL27:
.LBB8:
.LBI8:
	.loc 1 13 5 view .LVU69
	.loc 1 14 5 view .LVU70
	rlwinm 3,3,2,27,29
.LVL28:
	.loc 1 14 5 is_stmt 0 view .LVU71
	lwzx 3,29,3
.LVL29:
	.loc 1 14 5 view .LVU72
.LBE8:
	.loc 1 49 44 is_stmt 1 view .LVU73
	b .L26
.LVL30:
	.p2align 4,,15
.L28:
	.cfi_def_cfa_offset 0
	.cfi_restore 28
	.cfi_restore 29
	.cfi_restore 30
	.cfi_restore 31
	.cfi_restore 65
	.loc 1 41 9 is_stmt 0 view .LVU74
	li 3,0
.LVL31:
	.loc 1 53 5 is_stmt 1 view .LVU75
	.loc 1 54 1 is_stmt 0 view .LVU76
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
	.loc 1 56 19 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 57 5 view .LVU78
	.loc 1 56 19 is_stmt 0 view .LVU79
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	.loc 1 57 14 view .LVU80
	lis 3,.LC1@ha
	.loc 1 56 19 view .LVU81
	mflr 0
	.loc 1 57 14 view .LVU82
	la 3,.LC1@l(3)
	.loc 1 56 19 view .LVU83
	stw 0,20(1)
	.cfi_offset 65, 4
	.loc 1 57 14 view .LVU84
	bl run
.LVL32:
	.loc 1 57 32 view .LVU85
	lis 9,state@ha
	lwz 9,state@l(9)
.LVL33:
.LBB9:
.LBI9:
	.loc 1 13 5 is_stmt 1 view .LVU86
	.loc 1 14 5 view .LVU87
	lis 8,.LANCHOR0@ha
	cmplwi 0,9,9
	bgt- 0,.L41
	slwi 9,9,2
.LVL34:
	.loc 1 14 5 is_stmt 0 view .LVU88
	la 8,.LANCHOR0@l(8)
	lwzx 9,8,9
.L38:
.LVL35:
	.loc 1 14 5 view .LVU89
.LBE9:
	.loc 1 57 67 view .LVU90
	lis 7,result@ha
	.loc 1 57 30 view .LVU91
	add 9,3,9
	.loc 1 57 67 view .LVU92
	lwz 10,result@l(7)
.LVL36:
.LBB10:
.LBI10:
	.loc 1 28 13 is_stmt 1 view .LVU93
.LBB11:
	.loc 1 29 5 view .LVU94
	rlwinm 10,10,0,29,31
.LVL37:
	.loc 1 29 5 is_stmt 0 view .LVU95
	cmpwi 0,10,5
	bgt- 0,.L42
	slwi 10,10,2
	add 8,8,10
	lwz 10,40(8)
.L39:
.LVL38:
	.loc 1 29 5 view .LVU96
.LBE11:
.LBE10:
	.loc 1 57 50 view .LVU97
	lbz 10,0(10)
	.loc 1 57 48 view .LVU98
	add 9,10,9
	.loc 1 57 12 view .LVU99
	stw 9,result@l(7)
.L40:
	.loc 1 58 5 is_stmt 1 discriminator 1 view .LVU100
	.loc 1 58 5 discriminator 1 view .LVU101
	.loc 1 58 5 discriminator 1 view .LVU102
	.loc 1 58 5 discriminator 1 view .LVU103
	b .L40
.LVL39:
.L42:
	.loc 1 57 67 is_stmt 0 view .LVU104
	lis 10,.LC0@ha
	la 10,.LC0@l(10)
	b .L39
.LVL40:
.L41:
	.loc 1 57 32 view .LVU105
	li 9,-1
.LVL41:
	.loc 1 57 32 view .LVU106
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
	.section	".text"
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x30e
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.uleb128 0xe
	.4byte	.LASF8
	.byte	0x1d
	.4byte	.LASF9
	.string	"."
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xf
	.4byte	.LASF10
	.byte	0x1
	.byte	0x2
	.byte	0xf
	.4byte	0x30
	.uleb128 0x8
	.4byte	0x35
	.uleb128 0x10
	.4byte	0x49
	.4byte	0x49
	.uleb128 0x9
	.4byte	0x49
	.uleb128 0x9
	.4byte	0x49
	.byte	0
	.uleb128 0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x12
	.4byte	0x49
	.uleb128 0x13
	.4byte	0x24
	.4byte	0x65
	.uleb128 0x14
	.4byte	0x65
	.byte	0x3
	.byte	0
	.uleb128 0xa
	.byte	0x4
	.byte	0x7
	.4byte	.LASF0
	.uleb128 0x15
	.string	"ops"
	.byte	0x1
	.byte	0x9
	.byte	0x7
	.4byte	0x55
	.uleb128 0x5
	.byte	0x3
	.4byte	ops
	.uleb128 0xb
	.4byte	.LASF1
	.byte	0xa
	.byte	0xe
	.4byte	0x50
	.uleb128 0x5
	.byte	0x3
	.4byte	result
	.uleb128 0xb
	.4byte	.LASF2
	.byte	0xb
	.byte	0x5
	.4byte	0x49
	.uleb128 0x5
	.byte	0x3
	.4byte	state
	.uleb128 0x16
	.4byte	.LASF11
	.byte	0x1
	.byte	0x38
	.byte	0x6
	.4byte	.LFB7
	.4byte	.LFE7-.LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x116
	.uleb128 0x4
	.4byte	0x1e1
	.4byte	.LBI9
	.byte	.LVU86
	.4byte	.LBB9
	.4byte	.LBE9-.LBB9
	.byte	0x39
	.byte	0x20
	.4byte	0xdc
	.uleb128 0x1
	.4byte	0x1f0
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.uleb128 0x4
	.4byte	0x1c8
	.4byte	.LBI10
	.byte	.LVU93
	.4byte	.LBB10
	.4byte	.LBE10-.LBB10
	.byte	0x39
	.byte	0x43
	.4byte	0x102
	.uleb128 0x1
	.4byte	0x1d7
	.4byte	.LLST11
	.4byte	.LVUS11
	.byte	0
	.uleb128 0x17
	.4byte	.LVL32
	.4byte	0x116
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x5
	.byte	0x3
	.4byte	.LC1
	.byte	0
	.byte	0
	.uleb128 0x18
	.string	"run"
	.byte	0x1
	.byte	0x28
	.byte	0x5
	.4byte	0x49
	.4byte	.LFB6
	.4byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1b7
	.uleb128 0x19
	.4byte	.LASF6
	.byte	0x1
	.byte	0x28
	.byte	0x15
	.4byte	0x1b7
	.4byte	.LLST7
	.4byte	.LVUS7
	.uleb128 0x1a
	.string	"acc"
	.byte	0x1
	.byte	0x29
	.byte	0x9
	.4byte	0x49
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x4
	.4byte	0x1e1
	.4byte	.LBI8
	.byte	.LVU69
	.4byte	.LBB8
	.4byte	.LBE8-.LBB8
	.byte	0x31
	.byte	0x19
	.4byte	0x17e
	.uleb128 0x1
	.4byte	0x1f0
	.4byte	.LLST9
	.4byte	.LVUS9
	.byte	0
	.uleb128 0x5
	.4byte	.LVL18
	.4byte	0x18d
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.uleb128 0x5
	.4byte	.LVL24
	.4byte	0x19c
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x5
	.4byte	.LVL25
	.4byte	0x1ab
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.uleb128 0x1b
	.4byte	.LVL26
	.uleb128 0x2
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.byte	0
	.uleb128 0x8
	.4byte	0x1c3
	.uleb128 0xa
	.byte	0x1
	.byte	0x8
	.4byte	.LASF3
	.uleb128 0x1c
	.4byte	0x1bc
	.uleb128 0xc
	.4byte	.LASF4
	.byte	0x1c
	.byte	0xd
	.4byte	0x1b7
	.4byte	0x1e1
	.uleb128 0xd
	.string	"c"
	.byte	0x1c
	.byte	0x1b
	.4byte	0x65
	.byte	0
	.uleb128 0xc
	.4byte	.LASF5
	.byte	0xd
	.byte	0x5
	.4byte	0x49
	.4byte	0x1fa
	.uleb128 0xd
	.string	"c"
	.byte	0xd
	.byte	0x12
	.4byte	0x49
	.byte	0
	.uleb128 0x1d
	.4byte	.LASF7
	.byte	0x1
	.byte	0x7
	.byte	0xc
	.4byte	0x49
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x237
	.uleb128 0x3
	.string	"a"
	.byte	0x7
	.byte	0x15
	.4byte	0x49
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x3
	.string	"b"
	.byte	0x7
	.byte	0x1c
	.4byte	0x49
	.4byte	.LLST4
	.4byte	.LVUS4
	.byte	0
	.uleb128 0x6
	.string	"mul"
	.byte	0x6
	.4byte	0x49
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x26b
	.uleb128 0x3
	.string	"a"
	.byte	0x6
	.byte	0x14
	.4byte	0x49
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x7
	.string	"b"
	.byte	0x6
	.4byte	0x49
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.uleb128 0x6
	.string	"sub"
	.byte	0x5
	.4byte	0x49
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x29f
	.uleb128 0x3
	.string	"a"
	.byte	0x5
	.byte	0x14
	.4byte	0x49
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x7
	.string	"b"
	.byte	0x5
	.4byte	0x49
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.uleb128 0x6
	.string	"add"
	.byte	0x4
	.4byte	0x49
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2d3
	.uleb128 0x3
	.string	"a"
	.byte	0x4
	.byte	0x14
	.4byte	0x49
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x7
	.string	"b"
	.byte	0x4
	.4byte	0x49
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.uleb128 0x1e
	.4byte	0x1e1
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2f4
	.uleb128 0x1
	.4byte	0x1f0
	.4byte	.LLST5
	.4byte	.LVUS5
	.byte	0
	.uleb128 0x1f
	.4byte	0x1c8
	.4byte	.LFB5
	.4byte	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.4byte	0x1d7
	.4byte	.LLST6
	.4byte	.LVUS6
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 12
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 27
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1b
	.uleb128 0x8
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x35
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.2byte	0x5
	.byte	0x4
	.byte	0
	.4byte	0
.Ldebug_loc0:
.LVUS10:
	.uleb128 .LVU86
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU89
	.uleb128 .LVU105
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x5
	.byte	0x3
	.4byte	state
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LFE7-.Ltext0
	.uleb128 0x5
	.byte	0x3
	.4byte	state
	.byte	0
.LVUS11:
	.uleb128 .LVU93
	.uleb128 .LVU95
.LLST11:
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU53
	.uleb128 .LVU55
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x6f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x3
	.byte	0x8f
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x6f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x3
	.byte	0x8f
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x6f
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LFE6-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU31
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU64
	.uleb128 .LVU64
	.uleb128 .LVU71
	.uleb128 .LVU72
	.uleb128 .LVU74
	.uleb128 .LVU74
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL24-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LFE6-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU69
	.uleb128 .LVU71
.LLST9:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x5
	.byte	0x73
	.sleb128 0
	.byte	0x37
	.byte	0x1a
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE3-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LFE3-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU11
	.uleb128 .LVU11
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE1-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU3
	.uleb128 .LVU3
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LFE0-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LFE4-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE5-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x1c
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x4
	.byte	0
	.2byte	0
	.2byte	0
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	0
	.4byte	0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF0:
	.string	"unsigned int"
.LASF7:
	.string	"divs"
.LASF5:
	.string	"classify"
.LASF6:
	.string	"prog"
.LASF4:
	.string	"word"
.LASF10:
	.string	"op_fn"
.LASF1:
	.string	"result"
.LASF9:
	.string	"tests/corpus/c/switch.c"
.LASF2:
	.string	"state"
.LASF8:
	.string	"GNU C17 12.2.0 -msecure-plt -mcpu=e500mc -g -O2 -ffreestanding -fno-pic"
.LASF11:
	.string	"_start"
.LASF3:
	.string	"char"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
