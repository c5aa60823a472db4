	.file	"arith.c"
	.machine e500
	.section	".text"
.Ltext0:
	.file 1 "tests/corpus/c/arith.c"
	.align 2
	.type	fib, @function
fib:
.LVL0:
.LFB0:
	.loc 1 8 33 view -0
	.cfi_startproc
	.loc 1 8 35 view .LVU1
	.loc 1 8 33 is_stmt 0 view .LVU2
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	.loc 1 8 52 view .LVU3
	cmplwi 0,3,1
	.loc 1 8 33 view .LVU4
	stw 19,92(1)
	.cfi_offset 19, -52
	mr 19,3
	.loc 1 8 52 view .LVU5
	beq- 0,.L2
	stw 16,80(1)
	.cfi_offset 16, -64
	addi 9,3,-1
	stw 23,108(1)
	.cfi_offset 23, -36
	rlwinm 16,9,0,0,30
	stw 17,84(1)
	.cfi_offset 17, -60
	subf 16,16,3
	stw 18,88(1)
	.cfi_offset 18, -56
	mr 23,3
.LBB27:
.LBB28:
	cmplw 0,23,16
.LBE28:
.LBE27:
	li 18,0
	.loc 1 8 54 view .LVU6
	mr 17,9
.LVL1:
.LBB90:
.LBI27:
	.loc 1 8 17 is_stmt 1 view .LVU7
.LBB84:
	.loc 1 8 35 view .LVU8
	.loc 1 8 52 is_stmt 0 view .LVU9
	beq- 0,.L3
.LVL2:
.L80:
	.loc 1 8 52 view .LVU10
	mflr 0
	.cfi_register 65, 0
	stw 14,72(1)
	.cfi_offset 14, -72
	addi 23,23,-2
	stw 0,148(1)
	.cfi_offset 65, 4
	rlwinm 19,23,0,0,30
	stw 21,100(1)
	.cfi_offset 21, -44
	stw 22,104(1)
	.cfi_offset 22, -40
	subf 19,19,9
	stw 24,112(1)
	.cfi_offset 24, -32
	stw 25,116(1)
	.cfi_offset 25, -28
	stw 26,120(1)
	.cfi_offset 26, -24
	stw 27,124(1)
	.cfi_offset 27, -20
	stw 28,128(1)
	.cfi_offset 28, -16
	stw 29,132(1)
	.cfi_offset 29, -12
	stw 30,136(1)
	.cfi_offset 30, -8
	stw 15,76(1)
	.cfi_offset 15, -68
	li 15,0
	stw 20,96(1)
	.cfi_offset 20, -48
	mr 20,19
	stw 31,140(1)
	.cfi_offset 31, -4
	mr 31,16
.LVL3:
.L32:
.LBB29:
.LBB30:
	.loc 1 8 52 view .LVU11
	cmplw 0,17,20
.LBE30:
.LBE29:
	.loc 1 8 54 view .LVU12
	addi 22,17,-1
.LVL4:
.LBB80:
.LBI29:
	.loc 1 8 17 is_stmt 1 view .LVU13
.LBB76:
	.loc 1 8 35 view .LVU14
	.loc 1 8 52 is_stmt 0 view .LVU15
	beq- 0,.L4
.L79:
	.loc 1 8 52 view .LVU16
	addi 17,17,-2
	rlwinm 19,17,0,0,30
	li 29,0
	subf 19,19,22
.LVL5:
.L29:
.LBB31:
.LBB32:
	.loc 1 8 52 view .LVU17
	cmplw 0,22,19
.LBE32:
.LBE31:
	.loc 1 8 54 view .LVU18
	addi 16,22,-1
.LVL6:
.LBB74:
.LBI31:
	.loc 1 8 17 is_stmt 1 view .LVU19
.LBB72:
	.loc 1 8 35 view .LVU20
	.loc 1 8 52 is_stmt 0 view .LVU21
	beq- 0,.L5
	addi 22,22,-2
	rlwinm 14,22,0,0,30
	li 27,0
	subf 14,14,16
	mr 28,29
.LVL7:
.L26:
.LBB33:
.LBB34:
	.loc 1 8 52 view .LVU22
	cmplw 0,16,14
.LBE34:
.LBE33:
	.loc 1 8 54 view .LVU23
	addi 25,16,-1
.LVL8:
.LBB70:
.LBI33:
	.loc 1 8 17 is_stmt 1 view .LVU24
.LBB68:
	.loc 1 8 35 view .LVU25
	.loc 1 8 52 is_stmt 0 view .LVU26
	beq- 0,.L6
	addi 16,16,-2
	stw 18,56(1)
	stw 31,60(1)
	rlwinm 24,16,0,0,30
	mr 26,15
	li 21,0
	subf 24,24,25
	mr 15,28
.LVL9:
.L23:
.LBB35:
.LBB36:
	.loc 1 8 52 view .LVU27
	cmplw 0,25,24
.LBE36:
.LBE35:
	.loc 1 8 54 view .LVU28
	addi 30,25,-1
.LVL10:
.LBB63:
.LBI35:
	.loc 1 8 17 is_stmt 1 view .LVU29
.LBB58:
	.loc 1 8 35 view .LVU30
	.loc 1 8 52 is_stmt 0 view .LVU31
	beq- 0,.L7
.L76:
	.loc 1 8 52 view .LVU32
	addi 25,25,-2
	rlwinm 31,25,0,0,30
	li 18,0
	subf 9,31,30
	mr 7,27
	stw 9,24(1)
.LVL11:
.L20:
.LBB37:
.LBB38:
	.loc 1 8 52 view .LVU33
	lwz 9,24(1)
.LBE38:
.LBE37:
	.loc 1 8 54 view .LVU34
	addi 29,30,-1
.LVL12:
.LBB56:
.LBI37:
	.loc 1 8 17 is_stmt 1 view .LVU35
.LBB54:
	.loc 1 8 35 view .LVU36
	.loc 1 8 52 is_stmt 0 view .LVU37
	cmplw 0,30,9
	beq- 0,.L8
	addi 8,30,-3
	addi 10,30,-5
	addi 30,30,-2
	rlwinm 9,30,0,0,30
	stw 30,12(1)
	subf 9,9,29
	li 28,0
	stw 9,48(1)
	mr 27,29
.LVL13:
.L17:
.LBB39:
.LBB40:
	.loc 1 8 52 view .LVU38
	lwz 9,48(1)
.LBE40:
.LBE39:
	.loc 1 8 54 view .LVU39
	addi 31,27,-1
.LVL14:
.LBB52:
.LBI39:
	.loc 1 8 17 is_stmt 1 view .LVU40
.LBB50:
	.loc 1 8 35 view .LVU41
	.loc 1 8 52 is_stmt 0 view .LVU42
	cmplw 0,27,9
	beq- 0,.L9
	rlwinm 9,8,0,0,30
	stw 10,8(1)
	subf 9,9,31
	stw 7,28(1)
	stw 9,16(1)
	li 29,0
	stw 27,32(1)
	stw 28,36(1)
.LBB41:
.LBB42:
	lwz 9,16(1)
	stw 10,40(1)
	stw 8,44(1)
.LVL15:
	.loc 1 8 52 view .LVU43
.LBE42:
.LBI41:
	.loc 1 8 17 is_stmt 1 view .LVU44
.LBB43:
	.loc 1 8 35 view .LVU45
	.loc 1 8 52 is_stmt 0 view .LVU46
	cmplw 0,31,9
	beq- 0,.L10
.LVL16:
.L73:
	.loc 1 8 52 view .LVU47
	lwz 9,8(1)
	addi 30,31,-2
	li 7,0
	srwi 28,9,1
	li 9,0
	addi 27,28,1
	stw 9,20(1)
	andi. 8,27,0x1
	mr 8,30
	bne- 0,.L51
.L11:
	addi 9,8,-2
	stw 7,64(1)
	.loc 1 8 54 view .LVU48
	mr 3,8
	.loc 1 8 52 view .LVU49
	stw 9,52(1)
	.loc 1 8 54 view .LVU50
	bl fib
.LVL17:
	.loc 1 8 35 is_stmt 1 view .LVU51
	lwz 7,64(1)
	.loc 1 8 54 is_stmt 0 view .LVU52
	mr 9,3
	lwz 3,52(1)
	add 7,7,9
	.loc 1 8 52 view .LVU53
	addi 27,27,-1
	stw 7,64(1)
	.loc 1 8 54 view .LVU54
	bl fib
.LVL18:
	.loc 1 8 52 view .LVU55
	lwz 9,52(1)
	lwz 7,64(1)
	addic. 27,27,-1
	addi 8,9,-2
	lwz 9,20(1)
	add 9,9,3
	stw 9,20(1)
	.loc 1 8 35 is_stmt 1 view .LVU56
	.loc 1 8 52 is_stmt 0 view .LVU57
	bne+ 0,.L11
	addi 10,31,-3
	add 10,10,29
	slwi 9,28,1
.LBE43:
.LBE41:
	cmplwi 0,30,1
	subf 9,9,10
	lwz 10,20(1)
	add 7,7,10
	add 29,9,7
	.loc 1 8 35 is_stmt 1 view .LVU58
	.loc 1 8 52 is_stmt 0 view .LVU59
	lwz 9,8(1)
	addi 9,9,-2
	stw 9,8(1)
	ble- 0,.L72
.L35:
.LBB47:
.LBB44:
	lwz 9,16(1)
.LBE44:
.LBE47:
	mr 31,30
.LVL19:
.LBB48:
	.loc 1 8 17 is_stmt 1 view .LVU60
.LBB45:
	.loc 1 8 35 view .LVU61
	.loc 1 8 52 is_stmt 0 view .LVU62
	cmplw 0,31,9
	bne+ 0,.L73
.LVL20:
.L10:
	.loc 1 8 52 view .LVU63
.LBE45:
.LBE48:
	.loc 1 8 54 view .LVU64
	lwz 7,28(1)
	addi 31,31,-1
	lwz 27,32(1)
	add 29,31,29
	lwz 28,36(1)
	lwz 10,40(1)
	lwz 8,44(1)
	.loc 1 8 35 is_stmt 1 view .LVU65
.L13:
.LVL21:
	.loc 1 8 35 is_stmt 0 view .LVU66
.LBE50:
.LBE52:
	.loc 1 8 67 view .LVU67
	addi 27,27,-2
	.loc 1 8 52 view .LVU68
	cmplwi 0,27,1
	add 28,28,29
	.loc 1 8 35 is_stmt 1 view .LVU69
	.loc 1 8 52 is_stmt 0 view .LVU70
	addi 8,8,-2
	addi 10,10,-2
	bgt+ 0,.L17
	lwz 30,12(1)
	add 28,27,28
.LVL22:
	.loc 1 8 52 view .LVU71
	add 18,18,28
.LBE54:
.LBE56:
	.loc 1 8 35 is_stmt 1 view .LVU72
	.loc 1 8 52 is_stmt 0 view .LVU73
	cmplwi 0,30,1
	bgt+ 0,.L20
	mr 27,7
	add 18,18,30
.L77:
.LVL23:
	.loc 1 8 52 view .LVU74
.LBE58:
.LBE63:
	cmplwi 0,25,1
	add 21,21,18
	.loc 1 8 35 is_stmt 1 view .LVU75
	.loc 1 8 52 is_stmt 0 view .LVU76
	bgt+ 0,.L23
.L75:
	lwz 18,56(1)
	mr 28,15
	lwz 31,60(1)
	mr 15,26
	add 21,21,25
.L22:
.LVL24:
	.loc 1 8 52 view .LVU77
.LBE68:
.LBE70:
	cmplwi 0,16,1
	add 27,27,21
	.loc 1 8 35 is_stmt 1 view .LVU78
	.loc 1 8 52 is_stmt 0 view .LVU79
	bgt+ 0,.L26
	mr 29,28
	add 27,27,16
.L25:
.LVL25:
	.loc 1 8 52 view .LVU80
.LBE72:
.LBE74:
	cmplwi 0,22,1
	add 29,29,27
	.loc 1 8 35 is_stmt 1 view .LVU81
	.loc 1 8 52 is_stmt 0 view .LVU82
	bgt+ 0,.L29
	add 29,29,22
.LVL26:
	.loc 1 8 52 view .LVU83
.LBE76:
.LBE80:
	cmplwi 0,17,1
	add 15,15,29
	.loc 1 8 35 is_stmt 1 view .LVU84
	.loc 1 8 52 is_stmt 0 view .LVU85
	bgt+ 0,.L32
.L78:
	add 15,15,17
.LVL27:
	.loc 1 8 52 view .LVU86
.LBE84:
.LBE90:
	cmplwi 0,23,1
.LBB91:
.LBB85:
	mr 16,31
	add 18,18,15
.LBE85:
.LBE91:
	.loc 1 8 35 is_stmt 1 view .LVU87
	.loc 1 8 52 is_stmt 0 view .LVU88
	bgt+ 0,.L74
.L59:
	lwz 0,148(1)
	add 19,23,18
	.loc 1 8 79 view .LVU89
	mr 3,19
	lwz 14,72(1)
	.cfi_remember_state
	.cfi_restore 14
	lwz 15,76(1)
	.cfi_restore 15
	lwz 16,80(1)
	.cfi_restore 16
	mtlr 0
	.cfi_restore 65
	lwz 17,84(1)
	.cfi_restore 17
	lwz 18,88(1)
	.cfi_restore 18
	lwz 20,96(1)
	.cfi_restore 20
	lwz 21,100(1)
	.cfi_restore 21
	lwz 22,104(1)
	.cfi_restore 22
	lwz 23,108(1)
	.cfi_restore 23
	lwz 24,112(1)
	.cfi_restore 24
	lwz 25,116(1)
	.cfi_restore 25
	lwz 26,120(1)
	.cfi_restore 26
	lwz 27,124(1)
	.cfi_restore 27
	lwz 28,128(1)
	.cfi_restore 28
	lwz 29,132(1)
	.cfi_restore 29
	lwz 30,136(1)
	.cfi_restore 30
	lwz 31,140(1)
	.cfi_restore 31
	lwz 19,92(1)
	addi 1,1,144
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	blr
.LVL28:
.L8:
	.cfi_restore_state
	.loc 1 8 79 view .LVU90
	add 18,29,18
.LBB92:
.LBB86:
.LBB81:
.LBB77:
.LBB75:
.LBB73:
.LBB71:
.LBB69:
	.loc 1 8 52 view .LVU91
	cmplwi 0,25,1
	mr 27,7
.LVL29:
.LBB64:
.LBB59:
	.loc 1 8 35 is_stmt 1 view .LVU92
	.loc 1 8 35 is_stmt 0 view .LVU93
	add 21,21,18
.LBE59:
.LBE64:
	.loc 1 8 35 is_stmt 1 view .LVU94
	.loc 1 8 52 is_stmt 0 view .LVU95
	ble- 0,.L75
.LBB65:
.LBB60:
	cmplw 0,25,24
.LBE60:
.LBE65:
	.loc 1 8 54 view .LVU96
	addi 30,25,-1
.LVL30:
.LBB66:
	.loc 1 8 17 is_stmt 1 view .LVU97
.LBB61:
	.loc 1 8 35 view .LVU98
	.loc 1 8 52 is_stmt 0 view .LVU99
	bne+ 0,.L76
.L7:
	.loc 1 8 52 view .LVU100
	mr 28,15
	lwz 18,56(1)
	lwz 31,60(1)
.LVL31:
	.loc 1 8 52 view .LVU101
	mr 15,26
	add 21,30,21
.LBE61:
.LBE66:
	.loc 1 8 35 is_stmt 1 view .LVU102
	b .L22
.LVL32:
.L51:
.LBB67:
.LBB62:
.LBB57:
.LBB55:
.LBB53:
.LBB51:
.LBB49:
.LBB46:
	.loc 1 8 54 is_stmt 0 view .LVU103
	mr 3,30
	.loc 1 8 52 view .LVU104
	mr 27,28
	.loc 1 8 54 view .LVU105
	bl fib
.LVL33:
	.loc 1 8 52 view .LVU106
	cmpwi 0,28,0
	.loc 1 8 54 view .LVU107
	mr 7,3
	.loc 1 8 35 is_stmt 1 view .LVU108
	.loc 1 8 52 is_stmt 0 view .LVU109
	addi 8,30,-2
	bne+ 0,.L11
	addi 10,31,-3
	add 10,10,29
	slwi 9,28,1
	subf 9,9,10
	lwz 10,20(1)
.LBE46:
.LBE49:
	cmplwi 0,30,1
	add 7,7,10
	add 29,9,7
	.loc 1 8 35 is_stmt 1 view .LVU110
	.loc 1 8 52 is_stmt 0 view .LVU111
	lwz 9,8(1)
	addi 9,9,-2
	stw 9,8(1)
	bgt+ 0,.L35
.L72:
	lwz 7,28(1)
	add 29,29,30
	lwz 27,32(1)
	lwz 28,36(1)
	lwz 10,40(1)
	lwz 8,44(1)
	b .L13
.LVL34:
.L9:
	.loc 1 8 52 view .LVU112
	lwz 30,12(1)
.LVL35:
	.loc 1 8 52 view .LVU113
	add 28,31,28
.LBE51:
.LBE53:
	.loc 1 8 35 is_stmt 1 view .LVU114
.LVL36:
	.loc 1 8 35 is_stmt 0 view .LVU115
	add 18,18,28
.LBE55:
.LBE57:
	.loc 1 8 35 is_stmt 1 view .LVU116
	.loc 1 8 52 is_stmt 0 view .LVU117
	cmplwi 0,30,1
	bgt+ 0,.L20
	mr 27,7
	add 18,18,30
	b .L77
.LVL37:
.L6:
	.loc 1 8 52 view .LVU118
	mr 29,28
.LVL38:
	.loc 1 8 52 view .LVU119
	add 27,25,27
.LBE62:
.LBE67:
.LBE69:
.LBE71:
	.loc 1 8 35 is_stmt 1 view .LVU120
	b .L25
.LVL39:
.L5:
	.loc 1 8 35 is_stmt 0 view .LVU121
	add 29,16,29
.LBE73:
.LBE75:
	.loc 1 8 35 is_stmt 1 view .LVU122
.LVL40:
	.loc 1 8 35 is_stmt 0 view .LVU123
.LBE77:
.LBE81:
	.loc 1 8 52 view .LVU124
	cmplwi 0,17,1
	add 15,15,29
	.loc 1 8 35 is_stmt 1 view .LVU125
	.loc 1 8 52 is_stmt 0 view .LVU126
	ble- 0,.L78
.LBB82:
.LBB78:
	cmplw 0,17,20
.LBE78:
.LBE82:
	.loc 1 8 54 view .LVU127
	addi 22,17,-1
.LVL41:
.LBB83:
	.loc 1 8 17 is_stmt 1 view .LVU128
.LBB79:
	.loc 1 8 35 view .LVU129
	.loc 1 8 52 is_stmt 0 view .LVU130
	bne+ 0,.L79
.L4:
	.loc 1 8 52 view .LVU131
	add 15,22,15
.LBE79:
.LBE83:
.LBE86:
.LBE92:
	cmplwi 0,23,1
	mr 16,31
.LVL42:
.LBB93:
.LBB87:
	.loc 1 8 35 is_stmt 1 view .LVU132
	.loc 1 8 35 is_stmt 0 view .LVU133
	add 18,18,15
.LBE87:
.LBE93:
	.loc 1 8 35 is_stmt 1 view .LVU134
	.loc 1 8 52 is_stmt 0 view .LVU135
	ble- 0,.L59
.L74:
	lwz 0,148(1)
	addi 9,23,-1
.LBB94:
.LBB88:
	cmplw 0,23,16
	lwz 14,72(1)
	.cfi_restore 14
	lwz 15,76(1)
	.cfi_restore 15
.LBE88:
.LBE94:
	.loc 1 8 54 view .LVU136
	mr 17,9
.LVL43:
.LBB95:
	.loc 1 8 17 is_stmt 1 view .LVU137
.LBB89:
	.loc 1 8 35 view .LVU138
	lwz 20,96(1)
	.cfi_restore 20
	mtlr 0
	.cfi_restore 65
	lwz 21,100(1)
	.cfi_restore 21
	lwz 22,104(1)
	.cfi_restore 22
	lwz 24,112(1)
	.cfi_restore 24
	lwz 25,116(1)
	.cfi_restore 25
	lwz 26,120(1)
	.cfi_restore 26
	lwz 27,124(1)
	.cfi_restore 27
	lwz 28,128(1)
	.cfi_restore 28
	lwz 29,132(1)
	.cfi_restore 29
	lwz 30,136(1)
	.cfi_restore 30
	lwz 31,140(1)
	.cfi_restore 31
	.loc 1 8 52 is_stmt 0 view .LVU139
	bne+ 0,.L80
.L3:
.LVL44:
	.loc 1 8 52 view .LVU140
	lwz 16,80(1)
	.cfi_restore 16
	add 19,9,18
.LBE89:
.LBE95:
	.loc 1 8 35 is_stmt 1 view .LVU141
	lwz 17,84(1)
	.cfi_restore 17
	lwz 18,88(1)
	.cfi_restore 18
	lwz 23,108(1)
	.cfi_restore 23
.L2:
	.loc 1 8 79 is_stmt 0 discriminator 4 view .LVU142
	mr 3,19
	lwz 19,92(1)
	addi 1,1,144
	.cfi_restore 19
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE0:
	.size	fib,.-fib
	.align 2
	.globl gcd
	.type	gcd, @function
gcd:
.LVL45:
.LFB1:
	.loc 1 10 23 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 11 5 view .LVU144
	.loc 1 11 14 is_stmt 0 view .LVU145
	cmpwi 0,4,0
	.loc 1 10 23 view .LVU146
	mr 10,3
	.loc 1 11 14 is_stmt 1 view .LVU147
	beqlr- 0
.L83:
.LBB96:
	.loc 1 12 9 view .LVU148
	.loc 1 12 13 is_stmt 0 view .LVU149
	divw 9,10,4
	mr 3,4
.LVL46:
	.loc 1 12 13 view .LVU150
	mullw 9,9,4
	subf 4,9,10
.LVL47:
	.loc 1 13 9 is_stmt 1 view .LVU151
	.loc 1 14 9 view .LVU152
	.loc 1 14 9 is_stmt 0 view .LVU153
.LBE96:
	.loc 1 11 14 is_stmt 1 view .LVU154
	mr 10,3
	cmpwi 0,4,0
	beqlr- 0
.LBB97:
	.loc 1 12 9 view .LVU155
	.loc 1 12 13 is_stmt 0 view .LVU156
	divw 9,10,4
	mr 3,4
.LVL48:
	.loc 1 12 13 view .LVU157
	mullw 9,9,4
	subf 4,9,10
.LVL49:
	.loc 1 13 9 is_stmt 1 view .LVU158
	.loc 1 14 9 view .LVU159
	.loc 1 14 9 is_stmt 0 view .LVU160
.LBE97:
	.loc 1 11 14 is_stmt 1 view .LVU161
	mr 10,3
	cmpwi 0,4,0
	bne+ 0,.L83
	blr
	.cfi_endproc
.LFE1:
	.size	gcd,.-gcd
	.align 2
	.globl mul64
	.type	mul64, @function
mul64:
.LVL50:
.LFB2:
	.loc 1 19 60 view -0
	.cfi_startproc
	.loc 1 19 62 view .LVU163
	.loc 1 19 71 is_stmt 0 view .LVU164
	mulhwu 9,5,4
	.loc 1 19 80 view .LVU165
	srwi 8,4,7
	.loc 1 19 71 view .LVU166
	mullw 10,5,4
	.loc 1 19 80 view .LVU167
	rlwimi 8,3,25,0,31-25
	.loc 1 19 71 view .LVU168
	mullw 5,3,5
.LVL51:
	.loc 1 19 80 view .LVU169
	srwi 3,3,7
.LVL52:
	.loc 1 19 75 view .LVU170
	addc 4,10,8
	.loc 1 19 71 view .LVU171
	add 5,5,9
	.loc 1 19 87 view .LVU172
	adde 3,5,3
	blr
	.cfi_endproc
.LFE2:
	.size	mul64,.-mul64
	.align 2
	.globl bits
	.type	bits, @function
bits:
.LVL53:
.LFB3:
	.loc 1 21 22 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 22 5 view .LVU174
	.loc 1 23 5 view .LVU175
	.loc 1 23 12 view .LVU176
	mr. 9,3
	.loc 1 22 9 is_stmt 0 view .LVU177
	li 3,0
.LVL54:
	.loc 1 23 12 view .LVU178
	beqlr- 0
.LVL55:
.L90:
	.loc 1 24 9 is_stmt 1 discriminator 2 view .LVU179
	.loc 1 23 22 is_stmt 0 discriminator 2 view .LVU180
	addi 10,9,-1
	.loc 1 23 12 discriminator 2 view .LVU181
	and. 9,9,10
.LVL56:
	.loc 1 24 10 discriminator 2 view .LVU182
	addi 3,3,1
.LVL57:
	.loc 1 23 17 is_stmt 1 discriminator 2 view .LVU183
	.loc 1 23 12 discriminator 2 view .LVU184
	beqlr- 0
.LVL58:
	.loc 1 24 9 view .LVU185
	.loc 1 23 22 is_stmt 0 view .LVU186
	addi 10,9,-1
	.loc 1 23 12 view .LVU187
	and. 9,9,10
.LVL59:
	.loc 1 24 10 view .LVU188
	addi 3,3,1
.LVL60:
	.loc 1 23 17 is_stmt 1 view .LVU189
	.loc 1 23 12 view .LVU190
	bne+ 0,.L90
	blr
	.cfi_endproc
.LFE3:
	.size	bits,.-bits
	.align 2
	.globl rot
	.type	rot, @function
rot:
.LVL61:
.LFB4:
	.loc 1 28 33 view -0
	.cfi_startproc
	.loc 1 28 35 view .LVU192
	.loc 1 28 70 is_stmt 0 view .LVU193
	rotlw 3,3,4
.LVL62:
	.loc 1 28 70 view .LVU194
	blr
	.cfi_endproc
.LFE4:
	.size	rot,.-rot
	.align 2
	.globl _start
	.type	_start, @function
_start:
.LFB5:
	.loc 1 30 19 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 31 5 view .LVU196
.LVL63:
.LBB98:
.LBI98:
	.loc 1 10 5 view .LVU197
.LBB99:
	.loc 1 11 5 view .LVU198
	.loc 1 11 14 view .LVU199
.LBE99:
.LBE98:
	.loc 1 30 19 is_stmt 0 view .LVU200
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	li 9,1071
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	.loc 1 30 19 view .LVU201
	li 31,462
.LVL64:
.L96:
.LBB102:
.LBB101:
.LBB100:
	.loc 1 12 9 is_stmt 1 view .LVU202
	.loc 1 12 13 is_stmt 0 view .LVU203
	divw 10,31,9
	mr 8,9
	mullw 9,10,9
.LVL65:
	.loc 1 12 13 view .LVU204
	subf 9,9,31
.LVL66:
	.loc 1 13 9 is_stmt 1 view .LVU205
	.loc 1 14 9 view .LVU206
	.loc 1 14 9 is_stmt 0 view .LVU207
.LBE100:
	.loc 1 11 14 is_stmt 1 view .LVU208
	mr 31,8
	cmpwi 0,9,0
	bne+ 0,.L96
	.loc 1 16 5 view .LVU209
.LVL67:
	.loc 1 16 5 is_stmt 0 view .LVU210
.LBE101:
.LBE102:
	.loc 1 31 37 view .LVU211
	li 3,10
	bl fib
.LVL68:
	.loc 1 33 12 view .LVU212
	lis 5,wide@ha
	la 11,wide@l(5)
	lwz 10,wide@l(5)
	lwz 6,4(11)
	.loc 1 31 30 view .LVU213
	add 31,3,31
	.loc 1 34 11 view .LVU214
	lis 3,total@ha
.LBB103:
.LBB104:
	.loc 1 19 71 view .LVU215
	mullw 4,10,31
.LBE104:
.LBE103:
	.loc 1 34 11 view .LVU216
	lwz 7,total@l(3)
.LBB109:
.LBB105:
	.loc 1 19 71 view .LVU217
	mullw 0,31,6
	.loc 1 19 80 view .LVU218
	srwi 9,6,7
	.loc 1 19 71 view .LVU219
	mulhwu 6,31,6
	.loc 1 19 80 view .LVU220
	rlwimi 9,10,25,0,31-25
.LBE105:
.LBE109:
	.loc 1 34 11 view .LVU221
	addis 7,7,0xe0e7
.LBB110:
.LBB106:
	.loc 1 19 80 view .LVU222
	srwi 10,10,7
	.loc 1 19 75 view .LVU223
	addc 9,9,0
	.loc 1 19 71 view .LVU224
	add 6,4,6
.LBE106:
.LBE110:
	.loc 1 34 11 view .LVU225
	addi 7,7,-27247
	.loc 1 31 13 view .LVU226
	lis 4,counter@ha
.LBB111:
.LBB107:
	.loc 1 19 75 view .LVU227
	adde 10,10,6
.LBE107:
.LBE111:
	.loc 1 31 13 view .LVU228
	stw 31,counter@l(4)
	.loc 1 32 5 is_stmt 1 view .LVU229
	.loc 1 33 5 view .LVU230
.LVL69:
.LBB112:
.LBI103:
	.loc 1 19 20 view .LVU231
.LBB108:
	.loc 1 19 62 view .LVU232
	.loc 1 19 62 is_stmt 0 view .LVU233
.LBE108:
.LBE112:
	.loc 1 33 10 view .LVU234
	stw 10,wide@l(5)
	stw 9,4(11)
	.loc 1 34 5 is_stmt 1 view .LVU235
	.loc 1 34 11 is_stmt 0 view .LVU236
	stw 7,total@l(3)
.L97:
	.loc 1 35 5 is_stmt 1 discriminator 1 view .LVU237
	.loc 1 35 5 discriminator 1 view .LVU238
	.loc 1 35 5 discriminator 1 view .LVU239
	.loc 1 35 5 discriminator 1 view .LVU240
	b .L97
	.cfi_endproc
.LFE5:
	.size	_start,.-_start
	.globl wide
	.globl total
	.globl counter
	.section	.sbss,"aw",@nobits
	.align 2
	.type	counter, @object
	.size	counter, 4
counter:
	.zero	4
	.section	.sdata,"aw"
	.align 3
	.type	wide, @object
	.size	wide, 8
wide:
	.long	19088743
	.long	-1985229329
	.type	total, @object
	.size	total, 4
total:
	.long	7
	.section	".text"
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.4byte	0x3cc
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	.Ldebug_abbrev0
	.uleb128 0x10
	.4byte	.LASF9
	.byte	0x1d
	.4byte	.LASF10
	.string	"."
	.4byte	.Ltext0
	.4byte	.Letext0-.Ltext0
	.4byte	.Ldebug_line0
	.uleb128 0x8
	.byte	0x8
	.4byte	.LASF0
	.uleb128 0x6
	.4byte	.LASF1
	.byte	0x2
	.byte	0x5
	.4byte	0x3b
	.uleb128 0x5
	.byte	0x3
	.4byte	counter
	.uleb128 0x11
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x6
	.4byte	.LASF2
	.byte	0x3
	.byte	0x5
	.4byte	0x3b
	.uleb128 0x5
	.byte	0x3
	.4byte	total
	.uleb128 0x9
	.4byte	.LASF3
	.byte	0x4
	.4byte	0x3b
	.uleb128 0x9
	.4byte	.LASF4
	.byte	0x5
	.4byte	0x3b
	.uleb128 0x6
	.4byte	.LASF5
	.byte	0x6
	.byte	0x14
	.4byte	0x24
	.uleb128 0x5
	.byte	0x3
	.4byte	wide
	.uleb128 0x12
	.4byte	.LASF11
	.byte	0x1
	.byte	0x1e
	.byte	0x6
	.4byte	.LFB5
	.4byte	.LFE5-.LFB5
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x117
	.uleb128 0xa
	.4byte	0x183
	.4byte	.LBI98
	.byte	.LVU197
	.4byte	.LLRL26
	.byte	0x1f
	.byte	0xf
	.4byte	0xd8
	.uleb128 0x1
	.4byte	0x19b
	.4byte	.LLST27
	.4byte	.LVUS27
	.uleb128 0x1
	.4byte	0x192
	.4byte	.LLST28
	.4byte	.LVUS28
	.uleb128 0x13
	.4byte	0x1a4
	.4byte	.LBB100
	.4byte	.LBE100-.LBB100
	.uleb128 0x7
	.4byte	0x1a5
	.4byte	.LLST29
	.4byte	.LVUS29
	.byte	0
	.byte	0
	.uleb128 0xa
	.4byte	0x161
	.4byte	.LBI103
	.byte	.LVU231
	.4byte	.LLRL30
	.byte	0x21
	.byte	0xc
	.4byte	0x107
	.uleb128 0x1
	.4byte	0x179
	.4byte	.LLST31
	.4byte	.LVUS31
	.uleb128 0x1
	.4byte	0x170
	.4byte	.LLST32
	.4byte	.LVUS32
	.byte	0
	.uleb128 0xb
	.4byte	.LVL68
	.4byte	0x1b0
	.uleb128 0x4
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.uleb128 0xc
	.string	"rot"
	.byte	0x1c
	.byte	0xa
	.4byte	0x139
	.4byte	0x139
	.uleb128 0x2
	.string	"x"
	.byte	0x1c
	.byte	0x17
	.4byte	0x139
	.uleb128 0x2
	.string	"s"
	.byte	0x1c
	.byte	0x1e
	.4byte	0x3b
	.byte	0
	.uleb128 0x8
	.byte	0x4
	.4byte	.LASF6
	.uleb128 0xd
	.4byte	.LASF7
	.byte	0x15
	.byte	0x5
	.4byte	0x3b
	.4byte	0x161
	.uleb128 0x2
	.string	"x"
	.byte	0x15
	.byte	0x13
	.4byte	0x139
	.uleb128 0xe
	.string	"n"
	.byte	0x16
	.byte	0x9
	.4byte	0x3b
	.byte	0
	.uleb128 0xd
	.4byte	.LASF8
	.byte	0x13
	.byte	0x14
	.4byte	0x24
	.4byte	0x183
	.uleb128 0x2
	.string	"a"
	.byte	0x13
	.byte	0x2d
	.4byte	0x24
	.uleb128 0x2
	.string	"b"
	.byte	0x13
	.byte	0x39
	.4byte	0x139
	.byte	0
	.uleb128 0xc
	.string	"gcd"
	.byte	0xa
	.byte	0x5
	.4byte	0x3b
	.4byte	0x1b0
	.uleb128 0x2
	.string	"a"
	.byte	0xa
	.byte	0xd
	.4byte	0x3b
	.uleb128 0x2
	.string	"b"
	.byte	0xa
	.byte	0x14
	.4byte	0x3b
	.uleb128 0x14
	.uleb128 0xe
	.string	"t"
	.byte	0xc
	.byte	0xd
	.4byte	0x3b
	.byte	0
	.byte	0
	.uleb128 0x15
	.string	"fib"
	.byte	0x1
	.byte	0x8
	.byte	0x11
	.4byte	0x139
	.byte	0x1
	.4byte	0x1cb
	.uleb128 0x2
	.string	"n"
	.byte	0x8
	.byte	0x1e
	.4byte	0x139
	.byte	0
	.uleb128 0x5
	.4byte	0x1b0
	.4byte	.LFB0
	.4byte	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x30a
	.uleb128 0x1
	.4byte	0x1c1
	.4byte	.LLST0
	.4byte	.LVUS0
	.uleb128 0x3
	.4byte	0x1b0
	.4byte	.LBI27
	.byte	.LVU7
	.4byte	.LLRL1
	.uleb128 0x1
	.4byte	0x1c1
	.4byte	.LLST2
	.4byte	.LVUS2
	.uleb128 0x3
	.4byte	0x1b0
	.4byte	.LBI29
	.byte	.LVU13
	.4byte	.LLRL3
	.uleb128 0x1
	.4byte	0x1c1
	.4byte	.LLST4
	.4byte	.LVUS4
	.uleb128 0x3
	.4byte	0x1b0
	.4byte	.LBI31
	.byte	.LVU19
	.4byte	.LLRL5
	.uleb128 0x1
	.4byte	0x1c1
	.4byte	.LLST6
	.4byte	.LVUS6
	.uleb128 0x3
	.4byte	0x1b0
	.4byte	.LBI33
	.byte	.LVU24
	.4byte	.LLRL7
	.uleb128 0x1
	.4byte	0x1c1
	.4byte	.LLST8
	.4byte	.LVUS8
	.uleb128 0x3
	.4byte	0x1b0
	.4byte	.LBI35
	.byte	.LVU29
	.4byte	.LLRL9
	.uleb128 0x1
	.4byte	0x1c1
	.4byte	.LLST10
	.4byte	.LVUS10
	.uleb128 0x3
	.4byte	0x1b0
	.4byte	.LBI37
	.byte	.LVU35
	.4byte	.LLRL11
	.uleb128 0x1
	.4byte	0x1c1
	.4byte	.LLST12
	.4byte	.LVUS12
	.uleb128 0x3
	.4byte	0x1b0
	.4byte	.LBI39
	.byte	.LVU40
	.4byte	.LLRL13
	.uleb128 0x1
	.4byte	0x1c1
	.4byte	.LLST14
	.4byte	.LVUS14
	.uleb128 0x3
	.4byte	0x1b0
	.4byte	.LBI41
	.byte	.LVU44
	.4byte	.LLRL15
	.uleb128 0x1
	.4byte	0x1c1
	.4byte	.LLST16
	.4byte	.LVUS16
	.uleb128 0xf
	.4byte	.LVL17
	.4byte	0x1b0
	.4byte	0x2db
	.uleb128 0x4
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x6
	.byte	0x91
	.sleb128 -92
	.byte	0x6
	.byte	0x23
	.uleb128 0x2
	.byte	0
	.uleb128 0xf
	.4byte	.LVL18
	.4byte	0x1b0
	.4byte	0x2f1
	.uleb128 0x4
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x4
	.byte	0x91
	.sleb128 -92
	.byte	0x6
	.byte	0
	.uleb128 0xb
	.4byte	.LVL33
	.4byte	0x1b0
	.uleb128 0x4
	.uleb128 0x1
	.byte	0x53
	.uleb128 0x2
	.byte	0x8e
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x183
	.4byte	.LFB1
	.4byte	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x34f
	.uleb128 0x1
	.4byte	0x192
	.4byte	.LLST17
	.4byte	.LVUS17
	.uleb128 0x1
	.4byte	0x19b
	.4byte	.LLST18
	.4byte	.LVUS18
	.uleb128 0x16
	.4byte	0x1a4
	.4byte	.LLRL19
	.uleb128 0x7
	.4byte	0x1a5
	.4byte	.LLST20
	.4byte	.LVUS20
	.byte	0
	.byte	0
	.uleb128 0x5
	.4byte	0x161
	.4byte	.LFB2
	.4byte	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x37d
	.uleb128 0x1
	.4byte	0x170
	.4byte	.LLST21
	.4byte	.LVUS21
	.uleb128 0x1
	.4byte	0x179
	.4byte	.LLST22
	.4byte	.LVUS22
	.byte	0
	.uleb128 0x5
	.4byte	0x13f
	.4byte	.LFB3
	.4byte	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x3ab
	.uleb128 0x1
	.4byte	0x14e
	.4byte	.LLST23
	.4byte	.LVUS23
	.uleb128 0x7
	.4byte	0x157
	.4byte	.LLST24
	.4byte	.LVUS24
	.byte	0
	.uleb128 0x17
	.4byte	0x117
	.4byte	.LFB4
	.4byte	.LFE4-.LFB4
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.4byte	0x126
	.4byte	.LLST25
	.4byte	.LVUS25
	.uleb128 0x18
	.4byte	0x12f
	.uleb128 0x1
	.byte	0x54
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
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 54
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x8
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0x21
	.sleb128 7
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0x21
	.sleb128 12
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
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x13
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x2e
	.byte	0x1
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
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
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
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
.LVUS27:
	.uleb128 .LVU197
	.uleb128 .LVU202
	.uleb128 .LVU202
	.uleb128 .LVU204
	.uleb128 .LVU204
	.uleb128 .LVU207
	.uleb128 .LVU207
	.uleb128 .LVU210
.LLST27:
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL64-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.2byte	0x42f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS28:
	.uleb128 .LVU197
	.uleb128 .LVU202
	.uleb128 .LVU202
	.uleb128 .LVU206
	.uleb128 .LVU206
	.uleb128 .LVU210
.LLST28:
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL64-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.2byte	0x1ce
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x6f
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS29:
	.uleb128 .LVU205
	.uleb128 .LVU210
.LLST29:
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS31:
	.uleb128 .LVU231
	.uleb128 .LVU233
.LLST31:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL69-.Ltext0
	.uleb128 0x1
	.byte	0x6f
	.byte	0
.LVUS32:
	.uleb128 .LVU231
	.uleb128 .LVU233
.LLST32:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL69-.Ltext0
	.uleb128 0xe
	.byte	0x3
	.4byte	wide
	.byte	0x93
	.uleb128 0x4
	.byte	0x3
	.4byte	wide+4
	.byte	0x93
	.uleb128 0x4
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU10
	.uleb128 .LVU10
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LFE0-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x53
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU7
	.uleb128 .LVU11
	.uleb128 .LVU137
	.uleb128 .LVU140
.LLST2:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS4:
	.uleb128 .LVU13
	.uleb128 .LVU17
	.uleb128 .LVU128
	.uleb128 .LVU132
.LLST4:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x66
	.byte	0
.LVUS6:
	.uleb128 .LVU19
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU80
	.uleb128 .LVU90
	.uleb128 .LVU121
.LLST6:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x60
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x3
	.byte	0x86
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x3
	.byte	0x86
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 .LVU24
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU77
	.uleb128 .LVU90
	.uleb128 .LVU118
	.uleb128 .LVU118
	.uleb128 .LVU119
.LLST8:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x3
	.byte	0x80
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x3
	.byte	0x80
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x69
	.byte	0
.LVUS10:
	.uleb128 .LVU29
	.uleb128 .LVU33
	.uleb128 .LVU97
	.uleb128 .LVU101
.LLST10:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x6e
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x6e
	.byte	0
.LVUS12:
	.uleb128 .LVU35
	.uleb128 .LVU38
	.uleb128 .LVU38
	.uleb128 .LVU71
	.uleb128 .LVU90
	.uleb128 .LVU92
	.uleb128 .LVU103
	.uleb128 .LVU115
.LLST12:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x6d
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -132
	.byte	0x6
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x1
	.byte	0x6d
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -132
	.byte	0x6
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU40
	.uleb128 .LVU47
	.uleb128 .LVU47
	.uleb128 .LVU66
	.uleb128 .LVU103
	.uleb128 .LVU112
	.uleb128 .LVU112
	.uleb128 .LVU113
.LLST14:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x6f
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -112
	.byte	0x6
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -112
	.byte	0x6
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x6f
	.byte	0
.LVUS16:
	.uleb128 .LVU43
	.uleb128 .LVU47
	.uleb128 .LVU60
	.uleb128 .LVU63
.LLST16:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x3
	.byte	0x8f
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x3
	.byte	0x8f
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 0
	.uleb128 .LVU150
	.uleb128 .LVU150
	.uleb128 .LVU152
	.uleb128 .LVU152
	.uleb128 .LVU157
	.uleb128 .LVU157
	.uleb128 .LVU159
	.uleb128 .LVU159
	.uleb128 0
.LLST17:
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LFE1-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS18:
	.uleb128 0
	.uleb128 .LVU151
	.uleb128 .LVU151
	.uleb128 .LVU153
	.uleb128 .LVU153
	.uleb128 .LVU158
	.uleb128 .LVU158
	.uleb128 .LVU160
	.uleb128 .LVU160
	.uleb128 0
.LLST18:
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LFE1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS20:
	.uleb128 .LVU151
	.uleb128 0
.LLST20:
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LFE1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS21:
	.uleb128 0
	.uleb128 .LVU170
	.uleb128 .LVU170
	.uleb128 0
.LLST21:
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x6
	.byte	0x53
	.byte	0x93
	.uleb128 0x4
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x3
	.uleb128 0x24
	.byte	0x9f
	.byte	0
.LVUS22:
	.uleb128 0
	.uleb128 .LVU169
	.uleb128 .LVU169
	.uleb128 0
.LLST22:
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL51-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 0
	.uleb128 .LVU178
	.uleb128 .LVU178
	.uleb128 .LVU182
	.uleb128 .LVU182
	.uleb128 .LVU184
	.uleb128 .LVU185
	.uleb128 .LVU188
	.uleb128 .LVU188
	.uleb128 .LVU190
.LLST23:
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LVL56-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x3
	.byte	0x7a
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x3
	.byte	0x7a
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS24:
	.uleb128 .LVU175
	.uleb128 .LVU179
	.uleb128 .LVU179
	.uleb128 0
.LLST24:
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LFE3-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS25:
	.uleb128 0
	.uleb128 .LVU194
	.uleb128 .LVU194
	.uleb128 0
.LLST25:
	.byte	0x4
	.uleb128 .LVL61-.Ltext0
	.uleb128 .LVL62-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LFE4-.Ltext0
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
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.4byte	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.2byte	0x5
	.byte	0x4
	.byte	0
	.4byte	0
.LLRL1:
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB90-.Ltext0
	.uleb128 .LBE90-.Ltext0
	.byte	0x4
	.uleb128 .LBB91-.Ltext0
	.uleb128 .LBE91-.Ltext0
	.byte	0x4
	.uleb128 .LBB92-.Ltext0
	.uleb128 .LBE92-.Ltext0
	.byte	0x4
	.uleb128 .LBB93-.Ltext0
	.uleb128 .LBE93-.Ltext0
	.byte	0x4
	.uleb128 .LBB94-.Ltext0
	.uleb128 .LBE94-.Ltext0
	.byte	0x4
	.uleb128 .LBB95-.Ltext0
	.uleb128 .LBE95-.Ltext0
	.byte	0
.LLRL3:
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0x4
	.uleb128 .LBB80-.Ltext0
	.uleb128 .LBE80-.Ltext0
	.byte	0x4
	.uleb128 .LBB81-.Ltext0
	.uleb128 .LBE81-.Ltext0
	.byte	0x4
	.uleb128 .LBB82-.Ltext0
	.uleb128 .LBE82-.Ltext0
	.byte	0x4
	.uleb128 .LBB83-.Ltext0
	.uleb128 .LBE83-.Ltext0
	.byte	0
.LLRL5:
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0x4
	.uleb128 .LBB74-.Ltext0
	.uleb128 .LBE74-.Ltext0
	.byte	0x4
	.uleb128 .LBB75-.Ltext0
	.uleb128 .LBE75-.Ltext0
	.byte	0
.LLRL7:
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0x4
	.uleb128 .LBB70-.Ltext0
	.uleb128 .LBE70-.Ltext0
	.byte	0x4
	.uleb128 .LBB71-.Ltext0
	.uleb128 .LBE71-.Ltext0
	.byte	0
.LLRL9:
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0x4
	.uleb128 .LBB63-.Ltext0
	.uleb128 .LBE63-.Ltext0
	.byte	0x4
	.uleb128 .LBB64-.Ltext0
	.uleb128 .LBE64-.Ltext0
	.byte	0x4
	.uleb128 .LBB65-.Ltext0
	.uleb128 .LBE65-.Ltext0
	.byte	0x4
	.uleb128 .LBB66-.Ltext0
	.uleb128 .LBE66-.Ltext0
	.byte	0x4
	.uleb128 .LBB67-.Ltext0
	.uleb128 .LBE67-.Ltext0
	.byte	0
.LLRL11:
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0x4
	.uleb128 .LBB56-.Ltext0
	.uleb128 .LBE56-.Ltext0
	.byte	0x4
	.uleb128 .LBB57-.Ltext0
	.uleb128 .LBE57-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0x4
	.uleb128 .LBB52-.Ltext0
	.uleb128 .LBE52-.Ltext0
	.byte	0x4
	.uleb128 .LBB53-.Ltext0
	.uleb128 .LBE53-.Ltext0
	.byte	0
.LLRL15:
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0x4
	.uleb128 .LBB47-.Ltext0
	.uleb128 .LBE47-.Ltext0
	.byte	0x4
	.uleb128 .LBB48-.Ltext0
	.uleb128 .LBE48-.Ltext0
	.byte	0x4
	.uleb128 .LBB49-.Ltext0
	.uleb128 .LBE49-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB96-.Ltext0
	.uleb128 .LBE96-.Ltext0
	.byte	0x4
	.uleb128 .LBB97-.Ltext0
	.uleb128 .LBE97-.Ltext0
	.byte	0
.LLRL26:
	.byte	0x4
	.uleb128 .LBB98-.Ltext0
	.uleb128 .LBE98-.Ltext0
	.byte	0x4
	.uleb128 .LBB102-.Ltext0
	.uleb128 .LBE102-.Ltext0
	.byte	0
.LLRL30:
	.byte	0x4
	.uleb128 .LBB103-.Ltext0
	.uleb128 .LBE103-.Ltext0
	.byte	0x4
	.uleb128 .LBB109-.Ltext0
	.uleb128 .LBE109-.Ltext0
	.byte	0x4
	.uleb128 .LBB110-.Ltext0
	.uleb128 .LBE110-.Ltext0
	.byte	0x4
	.uleb128 .LBB111-.Ltext0
	.uleb128 .LBE111-.Ltext0
	.byte	0x4
	.uleb128 .LBB112-.Ltext0
	.uleb128 .LBE112-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF11:
	.string	"_start"
.LASF2:
	.string	"total"
.LASF6:
	.string	"unsigned int"
.LASF1:
	.string	"counter"
.LASF5:
	.string	"wide"
.LASF9:
	.string	"GNU C17 12.2.0 -msecure-plt -mcpu=8540 -g -O2 -ffreestanding -fno-pic"
.LASF4:
	.string	"seeded"
.LASF0:
	.string	"long long unsigned int"
.LASF10:
	.string	"tests/corpus/c/arith.c"
.LASF7:
	.string	"bits"
.LASF8:
	.string	"mul64"
.LASF3:
	.string	"hidden"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
