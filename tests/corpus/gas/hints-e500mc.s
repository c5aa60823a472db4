# Branch hints on the e500mc (assembled with -me500mc / tlbvisor asm --cpu e500mc): `+` and `-`
# set the Power ISA 2.x "at" bits (11 / 10) whatever the direction; `.machine` switches dialect
# for a stretch of code and back.
	.text
	.globl _start
_start:
back:
	blt back
	blt cr3,fwd
	bltl fwd
	blta 0x100
	bltlr cr1
	bltctrl
	blt+ back
	blt+ cr3,fwd
	bltl+ fwd
	blta+ 0x100
	bltlr+ cr1
	bltctrl+
	blt- back
	blt- cr3,fwd
	bltl- fwd
	blta- 0x100
	bltlr- cr1
	bltctrl-
	ble back
	ble cr3,fwd
	blel fwd
	blea 0x100
	blelr cr1
	blectrl
	ble+ back
	ble+ cr3,fwd
	blel+ fwd
	blea+ 0x100
	blelr+ cr1
	blectrl+
	ble- back
	ble- cr3,fwd
	blel- fwd
	blea- 0x100
	blelr- cr1
	blectrl-
	beq back
	beq cr3,fwd
	beql fwd
	beqa 0x100
	beqlr cr1
	beqctrl
	beq+ back
	beq+ cr3,fwd
	beql+ fwd
	beqa+ 0x100
	beqlr+ cr1
	beqctrl+
	beq- back
	beq- cr3,fwd
	beql- fwd
	beqa- 0x100
	beqlr- cr1
	beqctrl-
	bge back
	bge cr3,fwd
	bgel fwd
	bgea 0x100
	bgelr cr1
	bgectrl
	bge+ back
	bge+ cr3,fwd
	bgel+ fwd
	bgea+ 0x100
	bgelr+ cr1
	bgectrl+
	bge- back
	bge- cr3,fwd
	bgel- fwd
	bgea- 0x100
	bgelr- cr1
	bgectrl-
	bgt back
	bgt cr3,fwd
	bgtl fwd
	bgta 0x100
	bgtlr cr1
	bgtctrl
	bgt+ back
	bgt+ cr3,fwd
	bgtl+ fwd
	bgta+ 0x100
	bgtlr+ cr1
	bgtctrl+
	bgt- back
	bgt- cr3,fwd
	bgtl- fwd
	bgta- 0x100
	bgtlr- cr1
	bgtctrl-
	bnl back
	bnl cr3,fwd
	bnll fwd
	bnla 0x100
	bnllr cr1
	bnlctrl
	bnl+ back
	bnl+ cr3,fwd
	bnll+ fwd
	bnla+ 0x100
	bnllr+ cr1
	bnlctrl+
	bnl- back
	bnl- cr3,fwd
	bnll- fwd
	bnla- 0x100
	bnllr- cr1
	bnlctrl-
	bne back
	bne cr3,fwd
	bnel fwd
	bnea 0x100
	bnelr cr1
	bnectrl
	bne+ back
	bne+ cr3,fwd
	bnel+ fwd
	bnea+ 0x100
	bnelr+ cr1
	bnectrl+
	bne- back
	bne- cr3,fwd
	bnel- fwd
	bnea- 0x100
	bnelr- cr1
	bnectrl-
	bng back
	bng cr3,fwd
	bngl fwd
	bnga 0x100
	bnglr cr1
	bngctrl
	bng+ back
	bng+ cr3,fwd
	bngl+ fwd
	bnga+ 0x100
	bnglr+ cr1
	bngctrl+
	bng- back
	bng- cr3,fwd
	bngl- fwd
	bnga- 0x100
	bnglr- cr1
	bngctrl-
	bso back
	bso cr3,fwd
	bsol fwd
	bsoa 0x100
	bsolr cr1
	bsoctrl
	bso+ back
	bso+ cr3,fwd
	bsol+ fwd
	bsoa+ 0x100
	bsolr+ cr1
	bsoctrl+
	bso- back
	bso- cr3,fwd
	bsol- fwd
	bsoa- 0x100
	bsolr- cr1
	bsoctrl-
	bns back
	bns cr3,fwd
	bnsl fwd
	bnsa 0x100
	bnslr cr1
	bnsctrl
	bns+ back
	bns+ cr3,fwd
	bnsl+ fwd
	bnsa+ 0x100
	bnslr+ cr1
	bnsctrl+
	bns- back
	bns- cr3,fwd
	bnsl- fwd
	bnsa- 0x100
	bnslr- cr1
	bnsctrl-
	bun back
	bun cr3,fwd
	bunl fwd
	buna 0x100
	bunlr cr1
	bunctrl
	bun+ back
	bun+ cr3,fwd
	bunl+ fwd
	buna+ 0x100
	bunlr+ cr1
	bunctrl+
	bun- back
	bun- cr3,fwd
	bunl- fwd
	buna- 0x100
	bunlr- cr1
	bunctrl-
	bnu back
	bnu cr3,fwd
	bnul fwd
	bnua 0x100
	bnulr cr1
	bnuctrl
	bnu+ back
	bnu+ cr3,fwd
	bnul+ fwd
	bnua+ 0x100
	bnulr+ cr1
	bnuctrl+
	bnu- back
	bnu- cr3,fwd
	bnul- fwd
	bnua- 0x100
	bnulr- cr1
	bnuctrl-
	bdnz back
	bdnzl fwd
	bdnzlr
	bdnz+ back
	bdnzl+ fwd
	bdnzlr+
	bdnz- back
	bdnzl- fwd
	bdnzlr-
	bdz back
	bdzl fwd
	bdzlr
	bdz+ back
	bdzl+ fwd
	bdzlr+
	bdz- back
	bdzl- fwd
	bdzlr-
	bt 4*cr2+gt,back
	btl 9,fwd
	btlr 2
	btctr 3
	bt+ 4*cr2+gt,back
	btl+ 9,fwd
	btlr+ 2
	btctr+ 3
	bt- 4*cr2+gt,back
	btl- 9,fwd
	btlr- 2
	btctr- 3
	bf 4*cr2+gt,back
	bfl 9,fwd
	bflr 2
	bfctr 3
	bf+ 4*cr2+gt,back
	bfl+ 9,fwd
	bflr+ 2
	bfctr+ 3
	bf- 4*cr2+gt,back
	bfl- 9,fwd
	bflr- 2
	bfctr- 3
	bdnzt 2,back
	bdzf 2,fwd
	bc+ 12,2,back
	bc- 4,2,fwd
	bc+ 16,0,back
	bclr+ 12,2
	bcctr- 4,2
	.machine push
	.machine e500
	beq+ back
	beq- fwd
	bdnz+ back
	bdnzt+ 2,back
	bclr+ 12,2
	.machine pop
	beq+ back
	beq- fwd
	.machine e500
	bgt+ back
	.machine e500mc
	bgt+ back
fwd:
	b .
