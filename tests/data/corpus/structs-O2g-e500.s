	.file	"structs.c"
	.machine e500
	.section	".text"
.Ltext0:
	.file 1 "tests/corpus/c/structs.c"
	.align 2
	.globl area
	.type	area, @function
area:
.LVL0:
.LFB2:
	.loc 1 24 33 view -0
	.cfi_startproc
	.loc 1 25 5 view .LVU1
	.loc 1 26 5 view .LVU2
.LBB10:
	.loc 1 26 10 view .LVU3
	.loc 1 26 23 view .LVU4
.LBB11:
	.loc 1 27 66 is_stmt 0 view .LVU5
	lis 5,0xaaaa
	addi 8,3,4
	ori 5,5,0xaaab
.LBE11:
	.loc 1 26 14 view .LVU6
	li 10,0
.LBE10:
	.loc 1 25 9 view .LVU7
	li 6,0
.LVL1:
.L2:
.LBB14:
.LBB12:
	.loc 1 27 9 is_stmt 1 discriminator 3 view .LVU8
	.loc 1 27 61 is_stmt 0 discriminator 3 view .LVU9
	addi 10,10,1
.LVL2:
	.loc 1 28 9 is_stmt 1 discriminator 3 view .LVU10
	.loc 1 28 15 is_stmt 0 discriminator 3 view .LVU11
	lha 7,0(8)
	.loc 1 27 66 discriminator 3 view .LVU12
	mulhwu 9,10,5
	.loc 1 28 36 discriminator 3 view .LVU13
	lha 4,2(8)
.LBE12:
	.loc 1 26 23 discriminator 3 view .LVU14
	cmpwi 0,10,3
	addi 8,8,4
.LBB13:
	.loc 1 27 66 discriminator 3 view .LVU15
	srwi 11,9,1
	rlwinm 9,9,0,0,30
	add 9,9,11
	subf 9,9,10
	slwi 9,9,2
	add 9,3,9
	.loc 1 28 22 discriminator 3 view .LVU16
	lha 11,6(9)
	.loc 1 28 29 discriminator 3 view .LVU17
	lha 9,4(9)
	.loc 1 28 19 discriminator 3 view .LVU18
	mullw 7,7,11
	.loc 1 28 33 discriminator 3 view .LVU19
	mullw 9,9,4
	.loc 1 28 26 discriminator 3 view .LVU20
	subf 9,9,7
	.loc 1 28 11 discriminator 3 view .LVU21
	add 6,6,9
.LVL3:
	.loc 1 28 11 discriminator 3 view .LVU22
.LBE13:
	.loc 1 26 29 is_stmt 1 discriminator 3 view .LVU23
	.loc 1 26 23 discriminator 3 view .LVU24
	bne+ 0,.L2
.LBE14:
	.loc 1 30 5 view .LVU25
	.loc 1 30 23 is_stmt 0 view .LVU26
	srawi 3,6,31
.LVL4:
	.loc 1 30 23 view .LVU27
	xor 6,3,6
.LVL5:
	.loc 1 31 1 view .LVU28
	subf 3,3,6
	blr
	.cfi_endproc
.LFE2:
	.size	area,.-area
	.align 2
	.globl _start
	.type	_start, @function
_start:
.LFB3:
	.loc 1 33 19 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 34 5 view .LVU30
.LBB25:
	.loc 1 34 10 view .LVU31
.LVL6:
	.loc 1 34 23 view .LVU32
.LBE25:
	.loc 1 33 19 is_stmt 0 view .LVU33
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
.LBB46:
.LBB26:
	.loc 1 38 48 view .LVU34
	lis 9,origin@ha
	la 10,origin@l(9)
	lis 12,.LANCHOR0@ha
	lis 5,.LANCHOR1@ha
.LBE26:
.LBE46:
	.loc 1 33 19 view .LVU35
	stw 29,20(1)
	la 12,.LANCHOR0@l(12)
	.cfi_offset 29, -12
.LBB47:
.LBB27:
	.loc 1 39 48 view .LVU36
	lhz 29,2(10)
	la 5,.LANCHOR1@l(5)
.LBE27:
.LBE47:
	.loc 1 33 19 view .LVU37
	stw 28,16(1)
.LBB48:
.LBB28:
.LBB29:
.LBB30:
.LBB31:
	.loc 1 27 66 view .LVU38
	lis 0,0xaaaa
.LBE31:
.LBE30:
.LBE29:
.LBE28:
.LBE48:
	.loc 1 33 19 view .LVU39
	stw 26,8(1)
	mr 4,5
	stw 27,12(1)
.LBB49:
.LBB40:
.LBB37:
.LBB35:
.LBB32:
	.loc 1 27 66 view .LVU40
	ori 0,0,0xaaab
	.cfi_offset 28, -16
	.cfi_offset 26, -24
	.cfi_offset 27, -20
.LBE32:
.LBE35:
.LBE37:
.LBE40:
.LBB41:
	.loc 1 38 48 view .LVU41
	lhz 28,origin@l(9)
.LBE41:
	.loc 1 34 14 view .LVU42
	li 11,0
.LBE49:
	.loc 1 33 19 view .LVU43
	stw 31,28(1)
	.cfi_offset 31, -4
	addi 31,29,-3
	stw 30,24(1)
	.cfi_offset 30, -8
	rlwinm 31,31,0,0xffff
	addi 30,12,-4
.LVL7:
.L8:
.LBB50:
	.loc 1 35 9 is_stmt 1 view .LVU44
	.loc 1 35 24 is_stmt 0 view .LVU45
	lwzu 10,4(30)
	mr 27,11
	.loc 1 36 24 view .LVU46
	stb 11,16(4)
	mr 8,29
	mr 9,4
	.loc 1 35 24 view .LVU47
	stw 10,0(4)
	.loc 1 36 9 is_stmt 1 view .LVU48
	.loc 1 37 9 view .LVU49
.LBB42:
	.loc 1 37 14 view .LVU50
.LVL8:
	.loc 1 37 27 view .LVU51
.LBE42:
	.loc 1 36 24 is_stmt 0 view .LVU52
	mr 10,28
.LVL9:
.L6:
.LBB43:
	.loc 1 38 13 is_stmt 1 discriminator 3 view .LVU53
	.loc 1 37 27 is_stmt 0 discriminator 3 view .LVU54
	addi 7,8,-1
	add 6,10,27
	rlwinm 3,7,0,0xffff
	.loc 1 38 32 discriminator 3 view .LVU55
	sth 10,4(9)
	.loc 1 39 13 is_stmt 1 discriminator 3 view .LVU56
	.loc 1 37 27 is_stmt 0 discriminator 3 view .LVU57
	cmpw 0,3,31
	.loc 1 39 32 discriminator 3 view .LVU58
	sth 8,6(9)
	.loc 1 37 33 is_stmt 1 discriminator 3 view .LVU59
	.loc 1 37 27 discriminator 3 view .LVU60
	mr 10,6
	addi 9,9,4
	mr 8,7
	bne+ 0,.L6
	mulli 3,11,3
	mr 8,4
.LBE43:
.LBB44:
.LBB38:
	.loc 1 25 9 is_stmt 0 view .LVU61
	li 6,0
.LBB36:
	.loc 1 26 14 view .LVU62
	li 10,0
.LBB33:
	.loc 1 28 22 view .LVU63
	slwi 3,3,1
.L7:
.LVL10:
	.loc 1 27 9 is_stmt 1 view .LVU64
	.loc 1 27 61 is_stmt 0 view .LVU65
	addi 10,10,1
.LVL11:
	.loc 1 28 15 view .LVU66
	lha 7,4(8)
	.loc 1 27 66 view .LVU67
	mulhwu 9,10,0
	.loc 1 28 36 view .LVU68
	lha 27,6(8)
.LBE33:
	.loc 1 26 23 view .LVU69
	cmpwi 0,10,3
	addi 8,8,4
.LBB34:
	.loc 1 27 66 view .LVU70
	srwi 26,9,1
	rlwinm 9,9,0,0,30
	add 9,9,26
	subf 9,9,10
.LVL12:
	.loc 1 28 9 is_stmt 1 view .LVU71
	.loc 1 28 22 is_stmt 0 view .LVU72
	add 9,3,9
	slwi 9,9,2
	add 9,5,9
	lha 26,6(9)
	.loc 1 28 29 view .LVU73
	lha 9,4(9)
	.loc 1 28 19 view .LVU74
	mullw 7,7,26
	.loc 1 28 33 view .LVU75
	mullw 9,9,27
	.loc 1 28 26 view .LVU76
	subf 9,9,7
	.loc 1 28 11 view .LVU77
	add 6,6,9
.LVL13:
	.loc 1 28 11 view .LVU78
.LBE34:
	.loc 1 26 29 is_stmt 1 view .LVU79
	.loc 1 26 23 view .LVU80
	bne+ 0,.L7
.LBE36:
	.loc 1 30 5 view .LVU81
.LVL14:
	.loc 1 30 23 is_stmt 0 view .LVU82
	srawi 9,6,31
.LBE38:
.LBE44:
	.loc 1 34 29 view .LVU83
	addi 11,11,1
.LVL15:
.LBB45:
.LBB39:
	.loc 1 30 23 view .LVU84
	xor 6,9,6
	subf 9,9,6
.LBE39:
.LBE45:
	.loc 1 34 23 view .LVU85
	cmpwi 0,11,4
	.loc 1 41 24 view .LVU86
	stw 9,20(4)
	.loc 1 34 29 is_stmt 1 view .LVU87
.LVL16:
	.loc 1 34 23 view .LVU88
	addi 4,4,24
	bne+ 0,.L8
	addi 12,12,15
	addi 5,5,95
.L9:
.LVL17:
	.loc 1 34 23 is_stmt 0 view .LVU89
.LBE50:
.LBB51:
.LBB52:
	.loc 1 20 26 is_stmt 1 view .LVU90
	.loc 1 20 20 is_stmt 0 view .LVU91
	lbzu 10,1(12)
.LVL18:
	.loc 1 20 26 view .LVU92
	rlwinm 8,10,0,0xff
	.loc 1 20 18 view .LVU93
	stbu 10,1(5)
	.loc 1 20 26 view .LVU94
	cmpwi 0,8,0
	bne+ 0,.L9
.LVL19:
.L10:
	.loc 1 20 26 view .LVU95
.LBE52:
.LBE51:
	.loc 1 45 5 is_stmt 1 discriminator 1 view .LVU96
	.loc 1 45 5 discriminator 1 view .LVU97
	.loc 1 45 5 discriminator 1 view .LVU98
	.loc 1 45 5 discriminator 1 view .LVU99
	b .L10
	.cfi_endproc
.LFE3:
	.size	_start,.-_start
	.globl buffer
	.globl origin
	.globl shapes
	.globl names
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"triangle"
	.align 2
.LC1:
	.string	"square"
	.align 2
.LC2:
	.string	"line"
	.align 2
.LC3:
	.string	"dot"
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	names, @object
	.size	names, 16
names:
	.long	.LC0
	.long	.LC1
	.long	.LC2
	.long	.LC3
	.type	greeting, @object
	.size	greeting, 12
greeting:
	.string	"hello, e500"
	.section	".bss"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	shapes, @object
	.size	shapes, 96
shapes:
	.zero	96
	.type	buffer, @object
	.size	buffer, 64
buffer:
	.zero	64
	.section	.sdata,"aw"
	.align 1
	.type	origin, @object
	.size	origin, 4
origin:
	.short	1
	.short	-2
	.section	".text"
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x335
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.uleb128 0x13
	.4byte	.LASF14
	.byte	0x1d
	.4byte	.LASF15
	.string	"."
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0xe
	.4byte	.LASF0
	.byte	0x4
	.byte	0x2
	.4byte	0x44
	.uleb128 0xb
	.string	"x"
	.byte	0x2
	.byte	0x16
	.4byte	0x49
	.byte	0
	.uleb128 0xb
	.string	"y"
	.byte	0x2
	.byte	0x19
	.4byte	0x49
	.byte	0x2
	.byte	0
	.uleb128 0x1
	.4byte	0x24
	.uleb128 0x6
	.byte	0x2
	.byte	0x5
	.4byte	.LASF5
	.uleb128 0xe
	.4byte	.LASF1
	.byte	0x18
	.byte	0x3
	.4byte	0x89
	.uleb128 0xc
	.4byte	.LASF2
	.byte	0x1c
	.4byte	0x8e
	.byte	0
	.uleb128 0xb
	.string	"pts"
	.byte	0x3
	.byte	0x2f
	.4byte	0xa4
	.byte	0x4
	.uleb128 0xc
	.4byte	.LASF3
	.byte	0x45
	.4byte	0xbb
	.byte	0x10
	.uleb128 0xc
	.4byte	.LASF4
	.byte	0x4f
	.4byte	0xc2
	.byte	0x14
	.byte	0
	.uleb128 0x1
	.4byte	0x50
	.uleb128 0x7
	.4byte	0x9f
	.uleb128 0x1
	.4byte	0x8e
	.uleb128 0x6
	.byte	0x1
	.byte	0x8
	.4byte	.LASF6
	.uleb128 0x1
	.4byte	0x98
	.uleb128 0x3
	.4byte	0x24
	.4byte	0xb4
	.uleb128 0x4
	.4byte	0xb4
	.byte	0x2
	.byte	0
	.uleb128 0x6
	.byte	0x4
	.byte	0x7
	.4byte	.LASF7
	.uleb128 0x6
	.byte	0x1
	.byte	0x8
	.4byte	.LASF8
	.uleb128 0x14
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x3
	.4byte	0x9f
	.4byte	0xd9
	.uleb128 0x4
	.4byte	0xb4
	.byte	0xb
	.byte	0
	.uleb128 0x1
	.4byte	0xc9
	.uleb128 0x15
	.4byte	.LASF16
	.byte	0x1
	.byte	0x5
	.byte	0x13
	.4byte	0xd9
	.uleb128 0x5
	.byte	0x3
	.4byte	greeting
	.uleb128 0x3
	.4byte	0x93
	.4byte	0x100
	.uleb128 0x4
	.4byte	0xb4
	.byte	0x3
	.byte	0
	.uleb128 0x1
	.4byte	0xf0
	.uleb128 0x8
	.4byte	.LASF9
	.byte	0x6
	.byte	0x13
	.4byte	0x100
	.uleb128 0x5
	.byte	0x3
	.4byte	names
	.uleb128 0x3
	.4byte	0x50
	.4byte	0x126
	.uleb128 0x4
	.4byte	0xb4
	.byte	0x3
	.byte	0
	.uleb128 0x8
	.4byte	.LASF10
	.byte	0x7
	.byte	0xe
	.4byte	0x116
	.uleb128 0x5
	.byte	0x3
	.4byte	shapes
	.uleb128 0x8
	.4byte	.LASF11
	.byte	0x8
	.byte	0xe
	.4byte	0x24
	.uleb128 0x5
	.byte	0x3
	.4byte	origin
	.uleb128 0x3
	.4byte	0x98
	.4byte	0x158
	.uleb128 0x4
	.4byte	0xb4
	.byte	0x3f
	.byte	0
	.uleb128 0x8
	.4byte	.LASF12
	.byte	0x9
	.byte	0x6
	.4byte	0x148
	.uleb128 0x5
	.byte	0x3
	.4byte	buffer
	.uleb128 0x16
	.4byte	.LASF13
	.byte	0x1
	.byte	0xa
	.byte	0xd
	.4byte	0x98
	.uleb128 0x17
	.4byte	.LASF17
	.byte	0x1
	.byte	0x21
	.byte	0x6
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x23d
	.uleb128 0xf
	.4byte	.LLRL7
	.4byte	0x211
	.uleb128 0x10
	.string	"i"
	.byte	0x22
	.byte	0xe
	.4byte	0xc2
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0xf
	.4byte	.LLRL9
	.4byte	0x1c0
	.uleb128 0x10
	.string	"j"
	.byte	0x25
	.byte	0x12
	.4byte	0xc2
	.4byte	.LLST10
	.4byte	.LVUS10
	.byte	0
	.uleb128 0x18
	.4byte	0x23d
	.4byte	.LLRL11
	.byte	0x1
	.byte	0x29
	.byte	0x1a
	.uleb128 0x19
	.4byte	0x24e
	.uleb128 0x1a
	.4byte	.LLRL11
	.uleb128 0x2
	.4byte	0x257
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x9
	.4byte	0x260
	.4byte	.LLRL13
	.uleb128 0x2
	.4byte	0x261
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x9
	.4byte	0x26a
	.4byte	.LLRL15
	.uleb128 0x11
	.4byte	0x26b
	.uleb128 0x11
	.4byte	0x274
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1b
	.4byte	0x28a
	.4byte	.LBB51
	.4byte	.LBE51-.LBB51
	.byte	0x1
	.byte	0x2b
	.byte	0x5
	.uleb128 0xd
	.4byte	0x2a0
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0xd
	.4byte	0x297
	.4byte	.LLST17
	.4byte	.LVUS17
	.byte	0
	.byte	0
	.uleb128 0x1c
	.4byte	.LASF4
	.byte	0x1
	.byte	0x18
	.byte	0x5
	.4byte	0xc2
	.byte	0x1
	.4byte	0x280
	.uleb128 0xa
	.string	"s"
	.byte	0x18
	.byte	0x1e
	.4byte	0x280
	.uleb128 0x5
	.string	"a"
	.byte	0x19
	.byte	0x9
	.4byte	0xc2
	.uleb128 0x12
	.uleb128 0x5
	.string	"i"
	.byte	0x1a
	.byte	0xe
	.4byte	0xc2
	.uleb128 0x12
	.uleb128 0x5
	.string	"p"
	.byte	0x1b
	.byte	0x1d
	.4byte	0x285
	.uleb128 0x5
	.string	"q"
	.byte	0x1b
	.byte	0x2e
	.4byte	0x285
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x7
	.4byte	0x89
	.uleb128 0x7
	.4byte	0x44
	.uleb128 0x1d
	.4byte	.LASF18
	.byte	0x1
	.byte	0x13
	.byte	0xd
	.byte	0x1
	.4byte	0x2aa
	.uleb128 0xa
	.string	"d"
	.byte	0x13
	.byte	0x19
	.4byte	0x2aa
	.uleb128 0xa
	.string	"s"
	.byte	0x13
	.byte	0x28
	.4byte	0x8e
	.byte	0
	.uleb128 0x7
	.4byte	0x98
	.uleb128 0x1e
	.4byte	.LASF19
	.byte	0x1
	.byte	0xc
	.byte	0x11
	.4byte	0xb4
	.byte	0x1
	.4byte	0x2d3
	.uleb128 0xa
	.string	"s"
	.byte	0xc
	.byte	0x22
	.4byte	0x8e
	.uleb128 0x5
	.string	"n"
	.byte	0xd
	.byte	0xe
	.4byte	0xb4
	.byte	0
	.uleb128 0x1f
	.4byte	0x23d
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xd
	.4byte	0x24e
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x2
	.4byte	0x257
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x9
	.4byte	0x260
	.4byte	.LLRL2
	.uleb128 0x2
	.4byte	0x261
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x9
	.4byte	0x26a
	.4byte	.LLRL4
	.uleb128 0x2
	.4byte	0x26b
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x2
	.4byte	0x274
	.4byte	.LLST6
	.4byte	.LVUS6
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x34
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
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 3
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x34
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
	.uleb128 0x11
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x34
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x34
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
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
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
	.uleb128 0x20
	.uleb128 0xb
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
.LVUS8:
	.uleb128 .LVU32
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x3
	.byte	0x7b
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LFE3-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS10:
	.uleb128 .LVU51
	.uleb128 .LVU53
.LLST10:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU64
	.uleb128 .LVU82
.LLST12:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS14:
	.uleb128 .LVU64
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU82
.LLST14:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x3
	.byte	0x7a
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS16:
	.uleb128 .LVU89
	.uleb128 .LVU91
	.uleb128 .LVU91
	.uleb128 .LVU92
	.uleb128 .LVU92
	.uleb128 .LVU95
.LLST16:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 .LVU89
	.uleb128 .LVU91
	.uleb128 .LVU91
	.uleb128 .LVU92
	.uleb128 .LVU92
	.uleb128 .LVU95
.LLST17:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0xf
	.byte	0x7c
	.sleb128 0
	.byte	0x3
	.4byte	greeting
	.byte	0x1c
	.byte	0x3
	.4byte	buffer+1
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0xf
	.byte	0x7c
	.sleb128 0
	.byte	0x3
	.4byte	greeting
	.byte	0x1c
	.byte	0x3
	.4byte	buffer+2
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0xf
	.byte	0x7c
	.sleb128 0
	.byte	0x3
	.4byte	greeting
	.byte	0x1c
	.byte	0x3
	.4byte	buffer+1
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 .LVU2
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU28
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS3:
	.uleb128 .LVU4
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x3
	.byte	0x7a
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS5:
	.uleb128 .LVU9
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0xa
	.byte	0x7a
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0xa
	.byte	0x7a
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0xb
	.byte	0x7a
	.sleb128 -1
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x22
	.byte	0x23
	.uleb128 0x4
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 .LVU10
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x10
	.byte	0x7a
	.sleb128 0
	.byte	0x33
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x32
	.byte	0x24
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x11
	.byte	0x7a
	.sleb128 0
	.byte	0x33
	.byte	0x14
	.byte	0x14
	.byte	0x1b
	.byte	0x1e
	.byte	0x1c
	.byte	0x32
	.byte	0x24
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x22
	.byte	0x23
	.uleb128 0x4
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
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.4byte	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.2byte	0x5
	.byte	0x4
	.byte	0
	.4byte	0
.LLRL2:
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0
.LLRL4:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0
.LLRL7:
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0x4
	.uleb128 .LBB46-.Ltext0
	.uleb128 .LBE46-.Ltext0
	.byte	0x4
	.uleb128 .LBB47-.Ltext0
	.uleb128 .LBE47-.Ltext0
	.byte	0x4
	.uleb128 .LBB48-.Ltext0
	.uleb128 .LBE48-.Ltext0
	.byte	0x4
	.uleb128 .LBB49-.Ltext0
	.uleb128 .LBE49-.Ltext0
	.byte	0x4
	.uleb128 .LBB50-.Ltext0
	.uleb128 .LBE50-.Ltext0
	.byte	0
.LLRL9:
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0x4
	.uleb128 .LBB45-.Ltext0
	.uleb128 .LBE45-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0
.LLRL15:
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0x4
	.uleb128 .LBB32-.Ltext0
	.uleb128 .LBE32-.Ltext0
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF9:
	.string	"names"
.LASF7:
	.string	"unsigned int"
.LASF14:
	.string	"GNU C17 12.2.0 -msecure-plt -mcpu=8540 -g -O2 -ffreestanding -fno-pic"
.LASF11:
	.string	"origin"
.LASF2:
	.string	"name"
.LASF16:
	.string	"greeting"
.LASF13:
	.string	"small"
.LASF10:
	.string	"shapes"
.LASF4:
	.string	"area"
.LASF3:
	.string	"kind"
.LASF6:
	.string	"char"
.LASF17:
	.string	"_start"
.LASF0:
	.string	"point"
.LASF15:
	.string	"tests/corpus/c/structs.c"
.LASF8:
	.string	"unsigned char"
.LASF18:
	.string	"scopy"
.LASF5:
	.string	"short int"
.LASF1:
	.string	"shape"
.LASF19:
	.string	"slen"
.LASF12:
	.string	"buffer"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
