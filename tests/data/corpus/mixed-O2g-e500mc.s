	.file	"mixed.c"
	.machine e500mc
	.section	".text"
.Ltext0:
	.file 1 "tests/corpus/c/mixed.c"
	.align 2
	.p2align 4,,15
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LVL0:
.LFB0:
	.loc 1 5 48 view -0
	.cfi_startproc
	.loc 1 8 12 is_stmt 0 view .LVU1
	cmpwi 0,5,0
	.loc 1 6 5 is_stmt 1 view .LVU2
.LVL1:
	.loc 1 7 5 view .LVU3
	.loc 1 8 5 view .LVU4
	.loc 1 8 12 view .LVU5
	.loc 1 8 12 is_stmt 0 view .LVU6
	beqlr- 0
	andi. 9,5,0x1
	addi 10,3,-1
	addi 9,4,-1
	addi 8,5,-1
	bne- 0,.L15
.LVL2:
.L8:
	.loc 1 8 12 view .LVU7
	srwi 8,5,1
	mtctr 8
.L3:
.LVL3:
	.loc 1 9 9 is_stmt 1 view .LVU8
	.loc 1 9 17 is_stmt 0 view .LVU9
	lbz 6,1(9)
	addi 7,9,1
	.loc 1 9 15 view .LVU10
	addi 8,10,1
	.loc 1 9 17 view .LVU11
	addi 9,9,2
.LVL4:
	.loc 1 9 15 view .LVU12
	addi 10,10,2
	stb 6,-1(10)
	.loc 1 8 12 is_stmt 1 view .LVU13
.LVL5:
	.loc 1 9 9 view .LVU14
	.loc 1 9 17 is_stmt 0 view .LVU15
	lbz 7,1(7)
	.loc 1 9 15 view .LVU16
	stb 7,1(8)
	.loc 1 8 12 is_stmt 1 view .LVU17
.LVL6:
	.loc 1 8 12 is_stmt 0 view .LVU18
	bdnz .L3
	.loc 1 10 5 is_stmt 1 view .LVU19
	.loc 1 11 1 is_stmt 0 view .LVU20
	blr
.LVL7:
	.p2align 4,,15
.L15:
	.loc 1 9 9 is_stmt 1 view .LVU21
	.loc 1 8 12 is_stmt 0 view .LVU22
	cmpwi 0,8,0
	.loc 1 9 17 view .LVU23
	lbz 8,0(4)
	mr 9,4
	.loc 1 9 15 view .LVU24
	mr 10,3
	stb 8,0(3)
	.loc 1 8 12 is_stmt 1 view .LVU25
.LVL8:
	.loc 1 8 12 is_stmt 0 view .LVU26
	bne+ 0,.L8
	.loc 1 8 12 view .LVU27
	blr
	.cfi_endproc
.LFE0:
	.size	memcpy,.-memcpy
	.align 2
	.p2align 4,,15
	.globl memset
	.type	memset, @function
memset:
.LVL9:
.LFB1:
	.loc 1 13 40 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 14 5 view .LVU29
	.loc 1 15 5 view .LVU30
	.loc 1 15 12 view .LVU31
	.loc 1 15 12 is_stmt 0 view .LVU32
	cmpwi 0,5,0
	.loc 1 16 17 view .LVU33
	mr 10,4
	addi 9,3,-1
	.loc 1 15 12 view .LVU34
	beqlr- 0
	andi. 7,5,0x3
	addi 6,5,-1
.LVL10:
	.loc 1 15 12 view .LVU35
	mr 8,5
	beq- 0,.L27
	cmpwi 0,7,1
	beq- 0,.L32
	cmpwi 0,7,2
	beq- 0,.L33
.LVL11:
	.loc 1 16 9 is_stmt 1 view .LVU36
	.loc 1 16 15 is_stmt 0 view .LVU37
	stb 4,0(3)
	.loc 1 15 12 is_stmt 1 view .LVU38
.LVL12:
	.loc 1 15 12 is_stmt 0 view .LVU39
	mr 5,6
	.loc 1 16 15 view .LVU40
	mr 9,3
.LVL13:
.L33:
	.loc 1 16 9 is_stmt 1 view .LVU41
	.loc 1 16 15 is_stmt 0 view .LVU42
	stbu 10,1(9)
.LVL14:
	.loc 1 15 12 is_stmt 1 view .LVU43
	.loc 1 15 12 is_stmt 0 view .LVU44
	addi 5,5,-1
.LVL15:
.L32:
	.loc 1 16 9 is_stmt 1 view .LVU45
	.loc 1 15 12 is_stmt 0 view .LVU46
	cmpwi 0,5,1
	.loc 1 16 15 view .LVU47
	stbu 10,1(9)
.LVL16:
	.loc 1 15 12 is_stmt 1 view .LVU48
	.loc 1 15 12 is_stmt 0 view .LVU49
	beqlr- 0
.LVL17:
.L27:
	.loc 1 15 12 view .LVU50
	srwi 8,8,2
	mtctr 8
.L18:
.LVL18:
	.loc 1 16 9 is_stmt 1 view .LVU51
	.loc 1 16 15 is_stmt 0 view .LVU52
	stb 10,1(9)
	.loc 1 15 12 is_stmt 1 view .LVU53
.LVL19:
	.loc 1 16 9 view .LVU54
	.loc 1 16 15 is_stmt 0 view .LVU55
	stb 10,2(9)
	.loc 1 15 12 is_stmt 1 view .LVU56
.LVL20:
	.loc 1 16 9 view .LVU57
	.loc 1 16 15 is_stmt 0 view .LVU58
	stb 10,3(9)
	.loc 1 15 12 is_stmt 1 view .LVU59
.LVL21:
	.loc 1 16 9 view .LVU60
	.loc 1 16 15 is_stmt 0 view .LVU61
	stbu 10,4(9)
	.loc 1 15 12 is_stmt 1 view .LVU62
.LVL22:
	.loc 1 15 12 is_stmt 0 view .LVU63
	bdnz .L18
	.loc 1 18 1 view .LVU64
	blr
	.cfi_endproc
.LFE1:
	.size	memset,.-memset
	.align 2
	.p2align 4,,15
	.globl top_bit
	.type	top_bit, @function
top_bit:
.LVL23:
.LFB3:
	.loc 1 49 30 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 49 32 view .LVU66
	.loc 1 49 76 is_stmt 0 view .LVU67
	cmpwi 0,3,0
	.loc 1 49 76 view .LVU68
	beqlr- 0
	.loc 1 49 59 discriminator 1 view .LVU69
	cntlzw 3,3
.LVL24:
	.loc 1 49 76 discriminator 1 view .LVU70
	subfic 3,3,31
	.loc 1 49 82 discriminator 1 view .LVU71
	blr
	.cfi_endproc
.LFE3:
	.size	top_bit,.-top_bit
	.align 2
	.p2align 4,,15
	.globl ge64
	.type	ge64, @function
ge64:
.LVL25:
.LFB4:
	.loc 1 51 36 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 51 38 view .LVU73
	.loc 1 51 47 is_stmt 0 view .LVU74
	cmpw 0,5,3
	.loc 1 51 36 view .LVU75
	mr 9,3
	.loc 1 51 47 view .LVU76
	li 3,1
.LVL26:
	.loc 1 51 47 view .LVU77
	bgt- 0,.L47
	cmplw 0,5,9
	bnelr+ 0
	cmplw 0,6,4
	blelr- 0
.L47:
	li 3,0
	.loc 1 51 53 view .LVU78
	blr
	.cfi_endproc
.LFE4:
	.size	ge64,.-ge64
	.align 2
	.p2align 4,,15
	.globl puts_uart
	.type	puts_uart, @function
puts_uart:
.LVL27:
.LFB5:
	.loc 1 53 31 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 54 5 view .LVU80
	.loc 1 54 12 view .LVU81
	lbz 8,0(3)
	rlwinm 9,8,0,0xff
	cmpwi 0,9,0
	beqlr- 0
	.loc 1 55 21 is_stmt 0 view .LVU82
	lis 10,0xe000
	.loc 1 57 17 view .LVU83
	lis 7,0xe000
	.loc 1 55 21 view .LVU84
	ori 10,10,0x4505
	.loc 1 57 17 view .LVU85
	ori 7,7,0x4500
	.p2align 4,,15
.L50:
	.loc 1 55 33 is_stmt 1 discriminator 1 view .LVU86
	.loc 1 55 21 is_stmt 0 discriminator 1 view .LVU87
	lbz 9,0(10)
	.loc 1 55 33 discriminator 1 view .LVU88
	andi. 9,9,0x20
	beq+ 0,.L50
	.loc 1 57 9 is_stmt 1 view .LVU89
.LVL28:
	.loc 1 57 17 is_stmt 0 view .LVU90
	stb 8,0(7)
	.loc 1 54 12 is_stmt 1 view .LVU91
	lbzu 8,1(3)
.LVL29:
	.loc 1 54 12 is_stmt 0 view .LVU92
	rlwinm 9,8,0,0xff
	cmpwi 0,9,0
	bne+ 0,.L50
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
	.loc 1 61 19 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 62 5 view .LVU94
	.loc 1 63 5 view .LVU95
	.loc 1 64 5 view .LVU96
	.loc 1 65 5 view .LVU97
	.loc 1 66 5 view .LVU98
	.loc 1 67 5 view .LVU99
	.loc 1 68 17 is_stmt 0 view .LVU100
	lis 10,.LANCHOR0@ha
	.loc 1 61 19 view .LVU101
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	.loc 1 68 17 view .LVU102
	la 9,.LANCHOR0@l(10)
	.loc 1 69 11 view .LVU103
	lwz 6,.LANCHOR0@l(10)
	lwz 7,4(9)
	lis 12,.LANCHOR1@ha
	la 11,.LANCHOR1@l(12)
	lwz 10,12(9)
	.loc 1 61 19 view .LVU104
	mflr 0
	.loc 1 69 11 view .LVU105
	lwz 4,20(9)
	lwz 5,24(9)
	.loc 1 63 9 view .LVU106
	lis 8,0xd4d2
	.loc 1 61 19 view .LVU107
	stw 0,20(1)
	.loc 1 63 9 view .LVU108
	ori 8,8,0xf900
.LVL30:
	.loc 1 68 5 is_stmt 1 view .LVU109
	.loc 1 69 11 is_stmt 0 view .LVU110
	lwz 0,16(9)
	mr 3,11
	.loc 1 61 19 view .LVU111
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	.loc 1 69 11 view .LVU112
	stw 6,.LANCHOR1@l(12)
	lwz 31,8(9)
	lwz 6,28(9)
	stw 7,4(11)
	lwz 7,32(9)
	stw 31,8(11)
	stw 10,12(11)
	lwz 31,36(9)
	lwz 10,40(9)
	stw 0,16(11)
	stw 4,20(11)
	lwz 0,44(9)
	lwz 4,48(9)
	stw 5,24(11)
	stw 6,28(11)
	lwz 5,52(9)
	lwz 6,56(9)
	stw 7,32(11)
	lwz 7,60(9)
	stw 31,36(11)
	stw 10,40(11)
.LBB12:
.LBB13:
	.loc 1 16 15 view .LVU113
	li 10,-1
.LBE13:
.LBE12:
	.loc 1 69 11 view .LVU114
	stw 0,44(11)
.LBB18:
.LBB14:
	.loc 1 16 15 view .LVU115
	li 0,16
.LBE14:
.LBE18:
	.loc 1 69 11 view .LVU116
	stw 4,48(11)
.LBB19:
.LBB15:
	.loc 1 16 15 view .LVU117
	mtctr 0
.LBE15:
.LBE19:
	.loc 1 69 11 view .LVU118
	stw 5,52(11)
	stw 6,56(11)
	stw 7,60(11)
	lwz 6,100(9)
	lwz 7,64(9)
.LVL31:
	.loc 1 68 17 view .LVU119
	stw 8,96(9)
	.loc 1 69 5 is_stmt 1 view .LVU120
	.loc 1 69 11 is_stmt 0 view .LVU121
	lwz 31,68(9)
	lwz 0,72(9)
	stwu 6,100(3)
	.loc 1 70 5 is_stmt 1 view .LVU122
.LVL32:
.LBB20:
.LBI12:
	.loc 1 13 7 view .LVU123
.LBB16:
	.loc 1 14 5 view .LVU124
	.loc 1 15 5 view .LVU125
	.loc 1 15 12 view .LVU126
	.loc 1 15 12 is_stmt 0 view .LVU127
.LBE16:
.LBE20:
	.loc 1 69 11 view .LVU128
	lwz 4,76(9)
	lwz 5,80(9)
	lwz 6,84(9)
	stw 8,96(11)
	stw 7,64(11)
	lwz 8,92(9)
.LVL33:
	.loc 1 69 11 view .LVU129
	lwz 7,88(9)
	mr 9,3
	stw 31,68(11)
	stw 0,72(11)
	stw 4,76(11)
	stw 5,80(11)
	stw 6,84(11)
	stw 7,88(11)
	stw 8,92(11)
.LVL34:
.L59:
.LBB21:
.LBB17:
	.loc 1 16 9 is_stmt 1 view .LVU130
	.loc 1 16 15 is_stmt 0 view .LVU131
	stw 10,4(9)
	.loc 1 15 12 is_stmt 1 view .LVU132
.LVL35:
	.loc 1 16 9 view .LVU133
	.loc 1 16 15 is_stmt 0 view .LVU134
	stw 10,8(9)
	.loc 1 15 12 is_stmt 1 view .LVU135
.LVL36:
	.loc 1 16 9 view .LVU136
	.loc 1 16 15 is_stmt 0 view .LVU137
	stw 10,12(9)
	.loc 1 15 12 is_stmt 1 view .LVU138
.LVL37:
	.loc 1 16 9 view .LVU139
	.loc 1 16 15 is_stmt 0 view .LVU140
	stwu 10,16(9)
	.loc 1 15 12 is_stmt 1 view .LVU141
	bdnz .L59
.LBE17:
.LBE21:
.LBB22:
	.loc 1 71 14 is_stmt 0 view .LVU142
	li 5,0
.LVL38:
	.p2align 4,,15
.L60:
.LBB23:
	.loc 1 72 27 is_stmt 1 view .LVU143
.LBE23:
.LBE22:
	.loc 1 69 11 is_stmt 0 view .LVU144
	li 10,4
	mr 8,3
	li 9,0
	li 4,8
	mtctr 10
.LVL39:
.L61:
.LBB25:
.LBB24:
	.loc 1 73 13 is_stmt 1 discriminator 3 view .LVU145
	.loc 1 72 27 is_stmt 0 discriminator 3 view .LVU146
	add 6,9,5
	.loc 1 73 24 discriminator 3 view .LVU147
	xoris 9,9,0xf9
	xoris 10,6,0xf9
	xori 9,9,0xd2d4
	xori 10,10,0xd2d4
	stw 9,4(8)
	.loc 1 72 33 is_stmt 1 discriminator 3 view .LVU148
.LVL40:
	.loc 1 72 27 discriminator 3 view .LVU149
	.loc 1 73 13 discriminator 3 view .LVU150
	.loc 1 73 24 is_stmt 0 discriminator 3 view .LVU151
	stw 10,8(8)
	.loc 1 72 33 is_stmt 1 discriminator 3 view .LVU152
	.loc 1 72 27 discriminator 3 view .LVU153
	addi 4,4,-2
	add 9,6,5
	.loc 1 73 24 is_stmt 0 discriminator 3 view .LVU154
	addi 8,8,8
	.loc 1 72 27 discriminator 3 view .LVU155
	bdnz .L61
.LBE24:
	.loc 1 71 29 is_stmt 1 discriminator 2 view .LVU156
	addi 5,5,1
.LVL41:
	.loc 1 71 23 discriminator 2 view .LVU157
	cmpwi 0,5,8
	addi 3,3,32
	bne+ 0,.L60
.LBE25:
	.loc 1 74 5 view .LVU158
	.loc 1 74 20 is_stmt 0 view .LVU159
	lis 5,acc64@ha
.LVL42:
	.loc 1 74 20 view .LVU160
	la 31,acc64@l(5)
	.loc 1 74 27 view .LVU161
	addc 9,4,4
	.loc 1 74 20 view .LVU162
	lwz 9,4(31)
	.loc 1 74 11 view .LVU163
	li 6,6
	.loc 1 74 20 view .LVU164
	lwz 10,acc64@l(5)
	.loc 1 74 11 view .LVU165
	li 7,3
	.loc 1 74 20 view .LVU166
	slwi 8,9,3
	.loc 1 74 27 view .LVU167
	slwi 3,9,19
	.loc 1 74 49 view .LVU168
	srwi 9,9,3
	rlwimi 9,10,29,0,31-29
	.loc 1 74 27 view .LVU169
	adde 3,3,8
	.loc 1 74 49 view .LVU170
	srwi 8,10,3
	.loc 1 74 55 view .LVU171
	addic 10,9,31
	addze 8,8
	addc 4,4,10
	adde 3,3,8
	.loc 1 74 11 view .LVU172
	stw 4,4(31)
	.loc 1 75 5 is_stmt 1 view .LVU173
.LVL43:
.LBB26:
.LBI26:
	.loc 1 43 12 view .LVU174
.LBB27:
	.loc 1 44 5 view .LVU175
.LBE27:
.LBE26:
	.loc 1 74 11 is_stmt 0 view .LVU176
	stw 3,acc64@l(5)
	li 9,1
	li 10,2
.L63:
.LBB30:
.LBB28:
	.loc 1 46 5 is_stmt 1 view .LVU177
	.loc 1 46 12 is_stmt 0 view .LVU178
	addi 9,9,-2
	.loc 1 44 5 is_stmt 1 view .LVU179
	.loc 1 46 5 view .LVU180
	.loc 1 46 12 is_stmt 0 view .LVU181
	slwi 8,7,1
	addi 5,10,1
	add 8,8,7
	slwi 10,9,1
	.loc 1 44 8 view .LVU182
	addic. 6,6,-2
	.loc 1 46 12 view .LVU183
	add 10,10,9
	addi 7,5,-2
	.loc 1 44 5 is_stmt 1 view .LVU184
	.loc 1 46 12 is_stmt 0 view .LVU185
	addi 9,8,1
	.loc 1 44 8 view .LVU186
	bne+ 0,.L63
	.loc 1 45 9 is_stmt 1 view .LVU187
.LVL44:
	.loc 1 45 9 is_stmt 0 view .LVU188
.LBE28:
.LBE30:
.LBB31:
.LBI31:
	.loc 1 51 5 is_stmt 1 view .LVU189
.LBB32:
	.loc 1 51 38 view .LVU190
	.loc 1 51 38 is_stmt 0 view .LVU191
.LBE32:
.LBE31:
.LBB36:
.LBB29:
	.loc 1 45 18 view .LVU192
	xor 9,9,10
	.loc 1 45 22 view .LVU193
	xor 9,9,7
.LBE29:
.LBE36:
.LBB37:
.LBB33:
	.loc 1 51 47 view .LVU194
	cmpwi 0,3,-1
	li 8,1
.LBE33:
.LBE37:
	.loc 1 75 39 view .LVU195
	addi 9,9,21
.LBB38:
.LBB34:
	.loc 1 51 47 view .LVU196
	blt- 0,.L65
	beq- 0,.L82
.L64:
.LBE34:
.LBE38:
	.loc 1 76 8 view .LVU197
	lwz 10,96(11)
	.loc 1 75 39 view .LVU198
	add 9,9,8
	.loc 1 75 19 view .LVU199
	stw 9,.LANCHOR1@l(12)
	.loc 1 76 5 is_stmt 1 view .LVU200
	.loc 1 76 8 is_stmt 0 view .LVU201
	xoris 9,10,0xd4d2
	xori 9,9,0xf900
	rlwinm. 9,9,0,16,7
	beq- 0,.L66
.L78:
	.loc 1 78 5 is_stmt 1 discriminator 1 view .LVU202
	.loc 1 78 5 discriminator 1 view .LVU203
	.loc 1 78 5 discriminator 1 view .LVU204
	.loc 1 78 5 discriminator 1 view .LVU205
	b .L78
.L82:
.LBB39:
.LBB35:
	.loc 1 51 47 is_stmt 0 view .LVU206
	li 10,-5
	cmplw 0,4,10
	bge- 0,.L64
.L65:
	li 8,0
	b .L64
.L66:
.LBE35:
.LBE39:
	.loc 1 77 9 is_stmt 1 view .LVU207
	lwz 3,100(11)
	bl puts_uart
.LVL45:
	b .L78
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
	.section	".text"
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x490
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.uleb128 0x18
	.4byte	.LASF23
	.byte	0x1d
	.4byte	.LASF24
	.string	"."
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.4byte	.LASF0
	.uleb128 0x19
	.4byte	.LASF25
	.byte	0x1
	.byte	0x3
	.byte	0x17
	.4byte	0x37
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF1
	.uleb128 0xd
	.4byte	.LASF9
	.byte	0x4
	.byte	0x14
	.4byte	0x7e
	.uleb128 0x6
	.4byte	.LASF2
	.byte	0x15
	.byte	0xe
	.4byte	0x7e
	.byte	0x1
	.byte	0
	.uleb128 0x6
	.4byte	.LASF3
	.byte	0x16
	.byte	0xe
	.4byte	0x7e
	.byte	0x3
	.byte	0x1
	.uleb128 0x6
	.4byte	.LASF4
	.byte	0x17
	.byte	0xe
	.4byte	0x7e
	.byte	0xc
	.byte	0x4
	.uleb128 0x6
	.4byte	.LASF5
	.byte	0x18
	.byte	0xc
	.4byte	0x85
	.byte	0x8
	.byte	0x10
	.byte	0
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.4byte	.LASF6
	.uleb128 0x1a
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1b
	.4byte	.LASF26
	.byte	0x4
	.byte	0x1
	.byte	0x1b
	.byte	0x7
	.4byte	0xbe
	.uleb128 0x7
	.string	"u"
	.byte	0x1c
	.byte	0xe
	.4byte	0x7e
	.uleb128 0x7
	.string	"h"
	.byte	0x1d
	.byte	0x14
	.4byte	0xbe
	.uleb128 0x7
	.string	"b"
	.byte	0x1e
	.byte	0x13
	.4byte	0xd5
	.uleb128 0x7
	.string	"f"
	.byte	0x1f
	.byte	0x12
	.4byte	0x3e
	.byte	0
	.uleb128 0x8
	.4byte	0xce
	.4byte	0xce
	.uleb128 0x4
	.4byte	0x7e
	.byte	0x1
	.byte	0
	.uleb128 0x3
	.byte	0x2
	.byte	0x7
	.4byte	.LASF7
	.uleb128 0x8
	.4byte	0xe5
	.4byte	0xe5
	.uleb128 0x4
	.4byte	0x7e
	.byte	0x3
	.byte	0
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF8
	.uleb128 0xe
	.4byte	0xe5
	.uleb128 0xd
	.4byte	.LASF10
	.byte	0x68
	.byte	0x22
	.4byte	0x120
	.uleb128 0x1c
	.4byte	.LASF11
	.byte	0x1
	.byte	0x22
	.byte	0x14
	.4byte	0x120
	.byte	0
	.uleb128 0xf
	.string	"tag"
	.byte	0x29
	.4byte	0x8c
	.byte	0x60
	.uleb128 0xf
	.string	"why"
	.byte	0x3a
	.4byte	0x130
	.byte	0x64
	.byte	0
	.uleb128 0x8
	.4byte	0x85
	.4byte	0x130
	.uleb128 0x4
	.4byte	0x7e
	.byte	0x17
	.byte	0
	.uleb128 0x9
	.4byte	0x13c
	.uleb128 0x3
	.byte	0x1
	.byte	0x8
	.4byte	.LASF12
	.uleb128 0xe
	.4byte	0x135
	.uleb128 0x10
	.4byte	.LASF13
	.byte	0x24
	.byte	0x15
	.4byte	0xf1
	.uleb128 0x5
	.byte	0x3
	.4byte	saved
	.uleb128 0x11
	.4byte	.LASF15
	.byte	0x25
	.byte	0xe
	.4byte	0xf1
	.uleb128 0x5
	.byte	0x3
	.4byte	current
	.uleb128 0x8
	.4byte	0x7e
	.4byte	0x179
	.uleb128 0x4
	.4byte	0x7e
	.byte	0x7
	.uleb128 0x4
	.4byte	0x7e
	.byte	0x7
	.byte	0
	.uleb128 0x10
	.4byte	.LASF14
	.byte	0x26
	.byte	0x11
	.4byte	0x163
	.uleb128 0x5
	.byte	0x3
	.4byte	grid
	.uleb128 0x11
	.4byte	.LASF16
	.byte	0x27
	.byte	0x14
	.4byte	0x24
	.uleb128 0x5
	.byte	0x3
	.4byte	acc64
	.uleb128 0x12
	.4byte	.LASF17
	.byte	0x3d
	.4byte	.LFB6
	.4byte	.LFE6-.LFB6
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2c3
	.uleb128 0x5
	.string	"w"
	.byte	0x3e
	.byte	0x10
	.4byte	0x8c
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x1d
	.4byte	.LLRL14
	.4byte	0x1f2
	.uleb128 0x5
	.string	"i"
	.byte	0x47
	.byte	0xe
	.4byte	0x85
	.4byte	.LLST15
	.4byte	.LVUS15
	.uleb128 0x13
	.4byte	.LLRL16
	.uleb128 0x5
	.string	"j"
	.byte	0x48
	.byte	0x12
	.4byte	0x85
	.4byte	.LLST17
	.4byte	.LVUS17
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x361
	.4byte	.LBI12
	.byte	.LVU123
	.4byte	.LLRL9
	.byte	0x46
	.byte	0x5
	.4byte	0x241
	.uleb128 0x1
	.4byte	0x382
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x1
	.4byte	0x379
	.4byte	.LLST11
	.4byte	.LVUS11
	.uleb128 0x1
	.4byte	0x370
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x13
	.4byte	.LLRL9
	.uleb128 0x14
	.4byte	0x38b
	.4byte	.LLST13
	.4byte	.LVUS13
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x32b
	.4byte	.LBI26
	.byte	.LVU174
	.4byte	.LLRL18
	.byte	0x4b
	.byte	0x15
	.4byte	0x28a
	.uleb128 0x1
	.4byte	0x357
	.4byte	.LLST19
	.4byte	.LVUS19
	.uleb128 0x1
	.4byte	0x34e
	.4byte	.LLST20
	.4byte	.LVUS20
	.uleb128 0x1
	.4byte	0x345
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x1
	.4byte	0x33c
	.4byte	.LLST22
	.4byte	.LVUS22
	.byte	0
	.uleb128 0xa
	.4byte	0x2e9
	.4byte	.LBI31
	.byte	.LVU189
	.4byte	.LLRL23
	.byte	0x4b
	.byte	0x29
	.4byte	0x2b9
	.uleb128 0x1
	.4byte	0x301
	.4byte	.LLST24
	.4byte	.LVUS24
	.uleb128 0x1
	.4byte	0x2f8
	.4byte	.LLST25
	.4byte	.LVUS25
	.byte	0
	.uleb128 0x1e
	.4byte	.LVL45
	.4byte	0x2c3
	.byte	0
	.uleb128 0x12
	.4byte	.LASF18
	.byte	0x35
	.4byte	.LFB5
	.4byte	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2e9
	.uleb128 0x15
	.string	"s"
	.byte	0x35
	.byte	0x1c
	.4byte	0x130
	.4byte	.LLST7
	.4byte	.LVUS7
	.byte	0
	.uleb128 0xb
	.4byte	.LASF20
	.byte	0x33
	.byte	0x5
	.4byte	0x85
	.4byte	0x30b
	.uleb128 0x2
	.string	"a"
	.byte	0x33
	.byte	0x14
	.4byte	0x30b
	.uleb128 0x2
	.string	"b"
	.byte	0x33
	.byte	0x21
	.4byte	0x30b
	.byte	0
	.uleb128 0x3
	.byte	0x8
	.byte	0x5
	.4byte	.LASF19
	.uleb128 0xb
	.4byte	.LASF21
	.byte	0x31
	.byte	0xa
	.4byte	0x7e
	.4byte	0x32b
	.uleb128 0x2
	.string	"x"
	.byte	0x31
	.byte	0x1b
	.4byte	0x7e
	.byte	0
	.uleb128 0x1f
	.4byte	.LASF27
	.byte	0x1
	.byte	0x2b
	.byte	0xc
	.4byte	0x85
	.byte	0x1
	.4byte	0x361
	.uleb128 0x2
	.string	"n"
	.byte	0x2b
	.byte	0x16
	.4byte	0x85
	.uleb128 0x2
	.string	"a"
	.byte	0x2b
	.byte	0x1d
	.4byte	0x85
	.uleb128 0x2
	.string	"b"
	.byte	0x2b
	.byte	0x24
	.4byte	0x85
	.uleb128 0x2
	.string	"c"
	.byte	0x2b
	.byte	0x2b
	.4byte	0x85
	.byte	0
	.uleb128 0xb
	.4byte	.LASF22
	.byte	0xd
	.byte	0x7
	.4byte	0x397
	.4byte	0x397
	.uleb128 0x2
	.string	"d"
	.byte	0xd
	.byte	0x14
	.4byte	0x397
	.uleb128 0x2
	.string	"c"
	.byte	0xd
	.byte	0x1b
	.4byte	0x85
	.uleb128 0x2
	.string	"n"
	.byte	0xd
	.byte	0x25
	.4byte	0x2b
	.uleb128 0x20
	.string	"dp"
	.byte	0x1
	.byte	0xe
	.byte	0x14
	.4byte	0x399
	.byte	0
	.uleb128 0x21
	.byte	0x4
	.uleb128 0x9
	.4byte	0xe5
	.uleb128 0x22
	.4byte	.LASF28
	.byte	0x1
	.byte	0x5
	.byte	0x7
	.4byte	0x397
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x402
	.uleb128 0x16
	.string	"d"
	.byte	0x14
	.4byte	0x397
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x16
	.string	"s"
	.byte	0x23
	.4byte	0x402
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x15
	.string	"n"
	.byte	0x5
	.byte	0x2d
	.4byte	0x2b
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x5
	.string	"dp"
	.byte	0x6
	.byte	0x14
	.4byte	0x399
	.4byte	.LLST1
	.4byte	.LVUS1
	.uleb128 0x5
	.string	"sp"
	.byte	0x7
	.byte	0x1a
	.4byte	0x408
	.4byte	.LLST2
	.4byte	.LVUS2
	.byte	0
	.uleb128 0x9
	.4byte	0x407
	.uleb128 0x23
	.uleb128 0x9
	.4byte	0xec
	.uleb128 0x17
	.4byte	0x361
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x449
	.uleb128 0xc
	.4byte	0x370
	.uleb128 0x1
	.byte	0x53
	.uleb128 0xc
	.4byte	0x379
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.4byte	0x382
	.4byte	.LLST3
	.4byte	.LVUS3
	.uleb128 0x14
	.4byte	0x38b
	.4byte	.LLST4
	.4byte	.LVUS4
	.byte	0
	.uleb128 0x17
	.4byte	0x312
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x46a
	.uleb128 0x1
	.4byte	0x321
	.4byte	.LLST5
	.4byte	.LVUS5
	.byte	0
	.uleb128 0x24
	.4byte	0x2e9
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.4byte	0x2f8
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0xc
	.4byte	0x301
	.uleb128 0x6
	.byte	0x55
	.byte	0x93
	.uleb128 0x4
	.byte	0x56
	.byte	0x93
	.uleb128 0x4
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
	.uleb128 0x3
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xd
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
	.uleb128 0xd
	.uleb128 0xb
	.uleb128 0x6b
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 34
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.uleb128 0x12
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
	.uleb128 0x21
	.sleb128 6
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
	.uleb128 0x13
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
	.uleb128 0x17
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
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
	.uleb128 0x1c
	.uleb128 0xd
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
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
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
	.uleb128 0x20
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
	.byte	0
	.byte	0
	.uleb128 0x21
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x23
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x24
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
	.uleb128 .LVU119
	.uleb128 .LVU129
.LLST8:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x2
	.byte	0x58
	.byte	0xf0
	.byte	0
.LVUS15:
	.uleb128 .LVU143
	.uleb128 .LVU160
.LLST15:
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS17:
	.uleb128 .LVU143
	.uleb128 .LVU145
	.uleb128 .LVU145
	.uleb128 .LVU149
.LLST17:
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x5
	.byte	0x38
	.byte	0x74
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU123
	.uleb128 .LVU127
	.uleb128 .LVU127
	.uleb128 .LVU130
.LLST10:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.2byte	0x100
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0xff
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU123
	.uleb128 .LVU143
.LLST11:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x3
	.byte	0x8
	.byte	0xff
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU123
	.uleb128 .LVU143
.LLST12:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x6
	.byte	0x3
	.4byte	grid
	.byte	0x9f
	.byte	0
.LVUS13:
	.uleb128 .LVU125
	.uleb128 .LVU130
.LLST13:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x6
	.byte	0x3
	.4byte	grid
	.byte	0x9f
	.byte	0
.LVUS19:
	.uleb128 .LVU174
	.uleb128 .LVU188
.LLST19:
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0
.LVUS20:
	.uleb128 .LVU174
	.uleb128 .LVU188
.LLST20:
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS21:
	.uleb128 .LVU174
	.uleb128 .LVU188
.LLST21:
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 .LVU174
	.uleb128 .LVU188
.LLST22:
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x36
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU188
	.uleb128 .LVU191
.LLST24:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0xa
	.byte	0x9e
	.uleb128 0x8
	.4byte	-1
	.4byte	-5

	.byte	0
.LVUS25:
	.uleb128 .LVU188
	.uleb128 .LVU191
.LLST25:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x6
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU90
	.uleb128 .LVU90
	.uleb128 .LVU92
	.uleb128 .LVU92
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LFE5-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU7
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x3
	.byte	0x75
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 .LVU3
	.uleb128 .LVU7
.LLST1:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS2:
	.uleb128 .LVU4
	.uleb128 .LVU7
	.uleb128 .LVU8
	.uleb128 .LVU9
	.uleb128 .LVU9
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU14
.LLST2:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 .LVU36
	.uleb128 .LVU41
	.uleb128 .LVU44
	.uleb128 .LVU44
	.uleb128 .LVU45
	.uleb128 .LVU45
	.uleb128 .LVU49
	.uleb128 .LVU49
	.uleb128 .LVU50
.LLST3:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x3
	.byte	0x75
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x3
	.byte	0x75
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x3
	.byte	0x75
	.sleb128 -2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x3
	.byte	0x75
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x75
	.sleb128 -2
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU30
	.uleb128 .LVU36
	.uleb128 .LVU41
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 .LVU43
	.uleb128 .LVU43
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU50
	.uleb128 .LVU51
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU54
.LLST4:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 2
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU70
	.uleb128 .LVU70
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LFE3-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS6:
	.uleb128 0
	.uleb128 .LVU77
	.uleb128 .LVU77
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x6
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE4-.Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x3
	.uleb128 0x24
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
.LLRL9:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0
.LLRL16:
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0
.LLRL18:
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0
.LLRL23:
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF26:
	.string	"word"
.LASF14:
	.string	"grid"
.LASF25:
	.string	"size_t"
.LASF23:
	.string	"GNU C17 12.2.0 -msecure-plt -mcpu=e500mc -g -O2 -ffreestanding -fno-pic"
.LASF4:
	.string	"count"
.LASF5:
	.string	"delta"
.LASF20:
	.string	"ge64"
.LASF18:
	.string	"puts_uart"
.LASF0:
	.string	"long long unsigned int"
.LASF8:
	.string	"unsigned char"
.LASF1:
	.string	"long unsigned int"
.LASF7:
	.string	"short unsigned int"
.LASF13:
	.string	"saved"
.LASF22:
	.string	"memset"
.LASF17:
	.string	"_start"
.LASF6:
	.string	"unsigned int"
.LASF9:
	.string	"flags"
.LASF2:
	.string	"ready"
.LASF11:
	.string	"regs"
.LASF3:
	.string	"mode"
.LASF24:
	.string	"tests/corpus/c/mixed.c"
.LASF19:
	.string	"long long int"
.LASF27:
	.string	"depth"
.LASF12:
	.string	"char"
.LASF16:
	.string	"acc64"
.LASF15:
	.string	"current"
.LASF28:
	.string	"memcpy"
.LASF10:
	.string	"frame"
.LASF21:
	.string	"top_bit"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
