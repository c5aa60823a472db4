	.file	"align.c"
	.machine e500
	.section	".text"
.Ltext0:
	.file 1 "tests/corpus/c/align.c"
	.align 12
	.globl crc
	.type	crc, @function
crc:
.LVL0:
.LFB0:
	.loc 1 14 81 view -0
	.cfi_startproc
	.loc 1 15 5 view .LVU1
	.loc 1 16 5 view .LVU2
	.loc 1 16 12 is_stmt 0 view .LVU3
	cmpwi 0,4,0
	.loc 1 16 12 is_stmt 1 view .LVU4
.LVL1:
	.loc 1 16 12 is_stmt 0 view .LVU5
	beq- 0,.L4
	lis 8,.LANCHOR0@ha
	addi 10,3,-1
	mtctr 4
	la 8,.LANCHOR0@l(8)
	.loc 1 15 14 view .LVU6
	li 3,-1
.LVL2:
.L3:
	.loc 1 17 9 is_stmt 1 view .LVU7
	.loc 1 17 14 is_stmt 0 view .LVU8
	lbzu 9,1(10)
.LVL3:
	.loc 1 17 11 view .LVU9
	xor 9,9,3
.LVL4:
	.loc 1 18 9 is_stmt 1 view .LVU10
	.loc 1 18 33 is_stmt 0 view .LVU11
	rlwinm 7,9,2,26,29
	.loc 1 18 16 view .LVU12
	srwi 9,9,4
.LVL5:
	.loc 1 18 33 view .LVU13
	lwzx 7,8,7
	.loc 1 18 11 view .LVU14
	xor 9,9,7
.LVL6:
	.loc 1 19 9 is_stmt 1 view .LVU15
	.loc 1 19 33 is_stmt 0 view .LVU16
	rlwinm 7,9,2,26,29
	.loc 1 19 16 view .LVU17
	srwi 9,9,4
.LVL7:
	.loc 1 19 33 view .LVU18
	lwzx 3,8,7
.LVL8:
	.loc 1 19 11 view .LVU19
	xor 3,9,3
.LVL9:
	.loc 1 16 12 is_stmt 1 view .LVU20
	.loc 1 16 12 is_stmt 0 view .LVU21
	bdnz .L3
	.loc 1 21 12 view .LVU22
	not 3,3
.LVL10:
	.loc 1 21 12 view .LVU23
	blr
.LVL11:
.L4:
	.loc 1 16 12 view .LVU24
	li 3,0
.LVL12:
	.loc 1 21 5 is_stmt 1 view .LVU25
	.loc 1 22 1 is_stmt 0 view .LVU26
	blr
	.cfi_endproc
.LFE0:
	.size	crc,.-crc
	.section	.text.boot,"ax",@progbits
	.align 2
	.globl push
	.type	push, @function
push:
.LVL13:
.LFB1:
	.loc 1 24 92 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 25 5 view .LVU28
	.loc 1 25 29 is_stmt 0 view .LVU29
	lwz 8,0(3)
	.loc 1 24 92 view .LVU30
	mr 9,3
	.loc 1 25 8 view .LVU31
	lwz 7,4(3)
	.loc 1 25 36 view .LVU32
	addi 10,8,1
	.loc 1 25 41 view .LVU33
	rlwinm 10,10,0,26,31
	.loc 1 25 8 view .LVU34
	cmpw 0,10,7
	beq- 0,.L10
	.loc 1 27 5 is_stmt 1 view .LVU35
	.loc 1 27 23 is_stmt 0 view .LVU36
	add 8,3,8
	stb 4,8(8)
	.loc 1 28 5 is_stmt 1 view .LVU37
	.loc 1 29 12 is_stmt 0 view .LVU38
	li 3,0
.LVL14:
	.loc 1 28 13 view .LVU39
	stw 10,0(9)
	.loc 1 29 5 is_stmt 1 view .LVU40
	.loc 1 29 12 is_stmt 0 view .LVU41
	blr
.LVL15:
.L10:
	.loc 1 26 16 view .LVU42
	li 3,-1
.LVL16:
	.loc 1 30 1 view .LVU43
	blr
	.cfi_endproc
.LFE1:
	.size	push,.-push
	.section	".text"
	.align 8
	.globl drain
	.type	drain, @function
drain:
.LVL17:
.LFB2:
	.loc 1 32 77 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 33 5 view .LVU45
	.loc 1 34 5 view .LVU46
	.loc 1 34 12 view .LVU47
	.loc 1 34 33 is_stmt 0 view .LVU48
	lwz 9,4(3)
	.loc 1 34 12 view .LVU49
	lwz 10,0(3)
	.loc 1 32 77 view .LVU50
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	.loc 1 34 12 view .LVU51
	cmpw 0,9,10
	.loc 1 32 77 view .LVU52
	stw 30,24(1)
	.cfi_offset 30, -8
	.loc 1 34 12 view .LVU53
	beq- 0,.L14
	mflr 0
	.cfi_register 65, 0
	stw 29,20(1)
	.cfi_offset 29, -12
	stw 0,36(1)
	.cfi_offset 65, 4
	mr 29,4
	stw 31,28(1)
	.cfi_offset 31, -4
	.loc 1 33 9 view .LVU54
	li 30,0
	mr 31,3
.LVL18:
.L13:
	.loc 1 35 9 is_stmt 1 view .LVU55
	.loc 1 35 13 is_stmt 0 view .LVU56
	add 9,31,9
	lbz 4,8(9)
	mr 3,29
	bl push
.LVL19:
	.loc 1 37 9 is_stmt 1 view .LVU57
	.loc 1 35 12 is_stmt 0 view .LVU58
	cmpwi 0,3,0
	blt- 0,.L17
	.loc 1 37 34 view .LVU59
	lwz 9,4(31)
	.loc 1 38 14 view .LVU60
	addi 30,30,1
.LVL20:
	.loc 1 34 12 view .LVU61
	lwz 10,0(31)
	.loc 1 37 34 view .LVU62
	addi 9,9,1
	.loc 1 37 39 view .LVU63
	rlwinm 9,9,0,26,31
	.loc 1 34 12 view .LVU64
	cmpw 0,9,10
	.loc 1 37 20 view .LVU65
	stw 9,4(31)
	.loc 1 38 9 is_stmt 1 view .LVU66
.LVL21:
	.loc 1 34 12 view .LVU67
	bne+ 0,.L13
.L17:
	.loc 1 34 12 is_stmt 0 view .LVU68
	lwz 0,36(1)
	.loc 1 41 1 view .LVU69
	mr 3,30
	lwz 29,20(1)
	.cfi_restore 29
.LVL22:
	.loc 1 41 1 view .LVU70
	lwz 31,28(1)
	.cfi_restore 31
.LVL23:
	.loc 1 41 1 view .LVU71
	lwz 30,24(1)
.LVL24:
	.loc 1 41 1 view .LVU72
	mtlr 0
	.cfi_restore 65
	addi 1,1,32
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
.LVL25:
.L14:
	.cfi_def_cfa_offset 32
	.cfi_offset 30, -8
	.loc 1 33 9 view .LVU73
	li 30,0
	.loc 1 40 5 is_stmt 1 view .LVU74
	.loc 1 41 1 is_stmt 0 view .LVU75
	mr 3,30
.LVL26:
	.loc 1 41 1 view .LVU76
	lwz 30,24(1)
	addi 1,1,32
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE2:
	.size	drain,.-drain
	.align 2
	.globl _start
	.type	_start, @function
_start:
.LFB3:
	.loc 1 43 19 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 44 5 view .LVU78
.LBB2:
	.loc 1 44 10 view .LVU79
.LVL27:
	.loc 1 44 28 view .LVU80
.LBE2:
	.loc 1 43 19 is_stmt 0 view .LVU81
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 30,8(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	lis 30,.LANCHOR1@ha
	stw 31,12(1)
	.cfi_offset 31, -4
	la 30,.LANCHOR1@l(30)
	.loc 1 43 19 view .LVU82
	li 31,0
.LVL28:
.L19:
.LBB3:
	.loc 1 45 9 is_stmt 1 discriminator 3 view .LVU83
	rlwinm 4,31,0,0xff
	mr 3,30
	.loc 1 44 28 is_stmt 0 discriminator 3 view .LVU84
	addi 31,31,7
	.loc 1 45 9 discriminator 3 view .LVU85
	bl push
.LVL29:
	.loc 1 44 35 is_stmt 1 discriminator 3 view .LVU86
	.loc 1 44 28 discriminator 3 view .LVU87
	rlwinm 9,31,0,0xff
	cmpwi 0,9,24
	bne+ 0,.L19
.LBE3:
	.loc 1 46 5 view .LVU88
	.loc 1 46 19 is_stmt 0 view .LVU89
	lis 31,.LANCHOR2@ha
	mr 3,30
	la 31,.LANCHOR2@l(31)
	mr 4,31
	bl drain
.LVL30:
	.loc 1 46 10 view .LVU90
	lis 9,tiny@ha
	.loc 1 46 19 view .LVU91
	mr 10,3
	.loc 1 47 25 view .LVU92
	li 4,32
	addi 3,31,8
	.loc 1 46 12 view .LVU93
	sth 10,tiny@l(9)
	.loc 1 47 5 is_stmt 1 view .LVU94
	.loc 1 47 25 is_stmt 0 view .LVU95
	bl crc
.LVL31:
	.loc 1 48 5 is_stmt 1 view .LVU96
	.loc 1 48 11 is_stmt 0 view .LVU97
	lis 8,stamp@ha
	lwz 10,stamp@l(8)
	.loc 1 48 14 view .LVU98
	extsh 9,3
	.loc 1 48 45 view .LVU99
	slwi 9,9,1
	.loc 1 48 11 view .LVU100
	add 10,10,9
	stw 10,stamp@l(8)
.L20:
	.loc 1 49 5 is_stmt 1 discriminator 1 view .LVU101
	.loc 1 49 5 discriminator 1 view .LVU102
	.loc 1 49 5 discriminator 1 view .LVU103
	.loc 1 49 5 discriminator 1 view .LVU104
	b .L20
	.cfi_endproc
.LFE3:
	.size	_start,.-_start
	.globl crc_table
	.globl tiny
	.globl stamp
	.globl rx
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	crc_table, @object
	.size	crc_table, 64
crc_table:
	.long	0
	.long	498536548
	.long	997073096
	.long	651767980
	.long	1994146192
	.long	1802195444
	.long	1303535960
	.long	1342533948
	.long	-306674912
	.long	-267414716
	.long	-690576408
	.long	-882789492
	.long	-1687895376
	.long	-2032938284
	.long	-1609899400
	.long	-1111625188
	.section	".data"
	.align 6
	.set	.LANCHOR1,. + 0
	.type	tx, @object
	.size	tx, 128
tx:
	.long	1
	.long	2
	.string	"\003"
	.zero	62
	.zero	56
	.section	".bss"
	.align 6
	.set	.LANCHOR2,. + 0
	.type	rx, @object
	.size	rx, 128
rx:
	.zero	128
	.section	.sbss,"aw",@nobits
	.align 1
	.type	tiny, @object
	.size	tiny, 2
tiny:
	.zero	2
	.section	.sdata,"aw"
	.align 3
	.type	stamp, @object
	.size	stamp, 8
stamp:
	.long	0
	.long	5
	.section	".text"
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x26f
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.uleb128 0xc
	.4byte	.LASF13
	.byte	0x1d
	.4byte	.LASF14
	.string	"."
	.4byte	.LLRL9
	.4byte	0
	.4byte	.Ldebug_line0
	.uleb128 0xd
	.4byte	.LASF15
	.byte	0x80
	.byte	0x40
	.byte	0x1
	.byte	0x2
	.byte	0x8
	.4byte	0x54
	.uleb128 0x4
	.4byte	.LASF0
	.byte	0x18
	.4byte	0x54
	.byte	0
	.uleb128 0x4
	.4byte	.LASF1
	.byte	0x1e
	.4byte	0x54
	.byte	0x4
	.uleb128 0x4
	.4byte	.LASF2
	.byte	0x32
	.4byte	0x60
	.byte	0x8
	.byte	0
	.uleb128 0x2
	.byte	0x4
	.byte	0x7
	.4byte	.LASF3
	.uleb128 0x5
	.4byte	0x54
	.uleb128 0x8
	.4byte	0x70
	.4byte	0x70
	.uleb128 0x9
	.4byte	0x54
	.byte	0x3f
	.byte	0
	.uleb128 0x2
	.byte	0x1
	.byte	0x8
	.4byte	.LASF4
	.uleb128 0x5
	.4byte	0x70
	.uleb128 0xe
	.string	"rx"
	.byte	0x1
	.byte	0x4
	.byte	0xd
	.4byte	0x24
	.uleb128 0x5
	.byte	0x3
	.4byte	rx
	.uleb128 0xf
	.string	"tx"
	.byte	0x1
	.byte	0x5
	.byte	0x14
	.4byte	0x24
	.uleb128 0x5
	.byte	0x3
	.4byte	tx
	.uleb128 0x6
	.4byte	.LASF5
	.byte	0x6
	.byte	0x14
	.4byte	0xaf
	.uleb128 0x5
	.byte	0x3
	.4byte	stamp
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.4byte	.LASF6
	.uleb128 0x6
	.4byte	.LASF7
	.byte	0x7
	.byte	0x7
	.4byte	0xc7
	.uleb128 0x5
	.byte	0x3
	.4byte	tiny
	.uleb128 0x2
	.byte	0x2
	.byte	0x5
	.4byte	.LASF8
	.uleb128 0x10
	.4byte	.LASF16
	.byte	0x1
	.byte	0x8
	.byte	0xe
	.4byte	0xc7
	.uleb128 0x8
	.4byte	0x5b
	.4byte	0xea
	.uleb128 0x9
	.4byte	0x54
	.byte	0xf
	.byte	0
	.uleb128 0x5
	.4byte	0xda
	.uleb128 0x6
	.4byte	.LASF9
	.byte	0x9
	.byte	0x10
	.4byte	0xea
	.uleb128 0x5
	.byte	0x3
	.4byte	crc_table
	.uleb128 0x11
	.4byte	.LASF17
	.byte	0x1
	.byte	0x2b
	.byte	0x6
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x172
	.uleb128 0x12
	.4byte	.LLRL7
	.4byte	0x141
	.uleb128 0xa
	.string	"i"
	.byte	0x2c
	.byte	0x13
	.4byte	0x54
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x7
	.4byte	.LVL29
	.4byte	0x1e5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8e
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x13
	.4byte	.LVL30
	.4byte	0x172
	.4byte	0x15b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8e
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8f
	.sleb128 0
	.byte	0
	.uleb128 0x7
	.4byte	.LVL31
	.4byte	0x21d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8f
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x20
	.byte	0
	.byte	0
	.uleb128 0x14
	.4byte	.LASF12
	.byte	0x1
	.byte	0x20
	.byte	0x23
	.4byte	0x1d9
	.2byte	0x100
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1d9
	.uleb128 0x15
	.4byte	.LASF10
	.byte	0x1
	.byte	0x20
	.byte	0x36
	.4byte	0x1e0
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x3
	.string	"to"
	.byte	0x20
	.byte	0x49
	.4byte	0x1e0
	.4byte	.LLST5
	.4byte	.LVUS5
	.uleb128 0x16
	.4byte	.LASF11
	.byte	0x1
	.byte	0x21
	.byte	0x9
	.4byte	0x1d9
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x7
	.4byte	.LVL19
	.4byte	0x1e5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8d
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x17
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xb
	.4byte	0x24
	.uleb128 0x18
	.4byte	.LASF18
	.byte	0x1
	.byte	0x18
	.byte	0x36
	.4byte	0x1d9
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x21d
	.uleb128 0x3
	.string	"r"
	.byte	0x18
	.byte	0x48
	.4byte	0x1e0
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x19
	.string	"v"
	.byte	0x1
	.byte	0x18
	.byte	0x59
	.4byte	0x70
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.uleb128 0x1a
	.string	"crc"
	.byte	0x1
	.byte	0xe
	.byte	0x29
	.4byte	0x54
	.2byte	0x1000
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x26d
	.uleb128 0x3
	.string	"p"
	.byte	0xe
	.byte	0x42
	.4byte	0x26d
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x3
	.string	"n"
	.byte	0xe
	.byte	0x4e
	.4byte	0x54
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0xa
	.string	"c"
	.byte	0xf
	.byte	0xe
	.4byte	0x54
	.4byte	.LLST2
	.4byte	.LVUS2
	.byte	0
	.uleb128 0xb
	.4byte	0x77
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2
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
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x88
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x88
	.uleb128 0x5
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
	.uleb128 0x15
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x88
	.uleb128 0x5
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
	.uleb128 .LVU80
	.uleb128 .LVU83
.LLST8:
	.byte	0x8
	.4byte	.LVL27
	.uleb128 .LVL28-.LVL27
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU71
	.uleb128 .LVU71
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 0
.LLST4:
	.byte	0x6
	.4byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL23-.LVL17
	.uleb128 0x1
	.byte	0x6f
	.byte	0x4
	.uleb128 .LVL23-.LVL17
	.uleb128 .LVL25-.LVL17
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL17
	.uleb128 .LVL26-.LVL17
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL26-.LVL17
	.uleb128 .LFE2-.LVL17
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 0
.LLST5:
	.byte	0x6
	.4byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL22-.LVL17
	.uleb128 0x1
	.byte	0x6d
	.byte	0x4
	.uleb128 .LVL22-.LVL17
	.uleb128 .LVL25-.LVL17
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.LVL17
	.uleb128 .LFE2-.LVL17
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS6:
	.uleb128 .LVU46
	.uleb128 .LVU55
	.uleb128 .LVU55
	.uleb128 .LVU61
	.uleb128 .LVU61
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU73
	.uleb128 .LVU73
	.uleb128 0
.LLST6:
	.byte	0x6
	.4byte	.LVL17
	.byte	0x4
	.uleb128 .LVL17-.LVL17
	.uleb128 .LVL18-.LVL17
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.LVL17
	.uleb128 .LVL20-.LVL17
	.uleb128 0x1
	.byte	0x6e
	.byte	0x4
	.uleb128 .LVL20-.LVL17
	.uleb128 .LVL21-.LVL17
	.uleb128 0x3
	.byte	0x8e
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.LVL17
	.uleb128 .LVL24-.LVL17
	.uleb128 0x1
	.byte	0x6e
	.byte	0x4
	.uleb128 .LVL24-.LVL17
	.uleb128 .LVL25-.LVL17
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL25-.LVL17
	.uleb128 .LFE2-.LVL17
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 0
.LLST3:
	.byte	0x6
	.4byte	.LVL13
	.byte	0x4
	.uleb128 .LVL13-.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL14-.LVL13
	.uleb128 .LVL15-.LVL13
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL15-.LVL13
	.uleb128 .LVL16-.LVL13
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL16-.LVL13
	.uleb128 .LFE1-.LVL13
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU25
	.uleb128 .LVU25
	.uleb128 0
.LLST0:
	.byte	0x6
	.4byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x3
	.byte	0x7a
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL3-.LVL0
	.uleb128 0x3
	.byte	0x7a
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.LVL0
	.uleb128 .LVL11-.LVL0
	.uleb128 0x3
	.byte	0x7a
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL0
	.uleb128 .LVL12-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL12-.LVL0
	.uleb128 .LFE0-.LVL0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU7
	.uleb128 .LVU24
	.uleb128 0
.LLST1:
	.byte	0x6
	.4byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x3
	.byte	0x74
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL0
	.uleb128 .LFE0-.LVL0
	.uleb128 0x3
	.byte	0x74
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU2
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU19
	.uleb128 .LVU20
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 0
.LLST2:
	.byte	0x6
	.4byte	.LVL0
	.byte	0x4
	.uleb128 .LVL0-.LVL0
	.uleb128 .LVL2-.LVL0
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.LVL0
	.uleb128 .LVL4-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL4-.LVL0
	.uleb128 .LVL5-.LVL0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL5-.LVL0
	.uleb128 .LVL6-.LVL0
	.uleb128 0xb
	.byte	0x7a
	.sleb128 0
	.byte	0x94
	.byte	0x1
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x73
	.sleb128 0
	.byte	0x27
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.LVL0
	.uleb128 .LVL7-.LVL0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL7-.LVL0
	.uleb128 .LVL8-.LVL0
	.uleb128 0x21
	.byte	0x7a
	.sleb128 0
	.byte	0x94
	.byte	0x1
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x73
	.sleb128 0
	.byte	0x27
	.byte	0x34
	.byte	0x25
	.byte	0x7a
	.sleb128 0
	.byte	0x94
	.byte	0x1
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x73
	.sleb128 0
	.byte	0x27
	.byte	0x32
	.byte	0x24
	.byte	0x8
	.byte	0x3c
	.byte	0x1a
	.byte	0x78
	.sleb128 0
	.byte	0x22
	.byte	0x6
	.byte	0x27
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.LVL0
	.uleb128 .LVL10-.LVL0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL10-.LVL0
	.uleb128 .LVL11-.LVL0
	.uleb128 0x4
	.byte	0x73
	.sleb128 0
	.byte	0x20
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL0
	.uleb128 .LFE0-.LVL0
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x24
	.2byte	0x2
	.4byte	.Ldebug_info0
	.byte	0x4
	.byte	0
	.2byte	0
	.2byte	0
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
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
.LLRL7:
	.byte	0x5
	.4byte	.LBB2
	.byte	0x4
	.uleb128 .LBB2-.LBB2
	.uleb128 .LBE2-.LBB2
	.byte	0x4
	.uleb128 .LBB3-.LBB2
	.uleb128 .LBE3-.LBB2
	.byte	0
.LLRL9:
	.byte	0x7
	.4byte	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0x7
	.4byte	.LFB1
	.uleb128 .LFE1-.LFB1
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF12:
	.string	"drain"
.LASF3:
	.string	"unsigned int"
.LASF13:
	.string	"GNU C17 12.2.0 -msecure-plt -mcpu=8540 -g -O2 -ffreestanding -fno-pic"
.LASF0:
	.string	"head"
.LASF5:
	.string	"stamp"
.LASF6:
	.string	"long long unsigned int"
.LASF1:
	.string	"tail"
.LASF16:
	.string	"tiny_local"
.LASF15:
	.string	"ring"
.LASF11:
	.string	"moved"
.LASF18:
	.string	"push"
.LASF4:
	.string	"unsigned char"
.LASF14:
	.string	"tests/corpus/c/align.c"
.LASF17:
	.string	"_start"
.LASF10:
	.string	"from"
.LASF7:
	.string	"tiny"
.LASF8:
	.string	"short int"
.LASF9:
	.string	"crc_table"
.LASF2:
	.string	"slots"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
