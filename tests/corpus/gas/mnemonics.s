# Every simplified-mnemonic family of gas's PowerPC manual that the e500 has, written by hand:
# branches (every condition, CR field, hint and form), CTR branches, bt/bf, rotates and shifts
# (including the four-operand mask form), traps, SPR moves, CR logical, and the arithmetic and
# compare spellings. Assembled with -me500: `+`/`-` hints set the y bit.
	.text
	.globl _start
_start:
back:

	blt back
	blt fwd
	blt cr5,back
	blt cr5,fwd
	blt+ back
	blt+ fwd
	blt+ cr5,back
	blt+ cr5,fwd
	blt- back
	blt- fwd
	blt- cr5,back
	blt- cr5,fwd
	bltl back
	bltl fwd
	bltl cr5,back
	bltl cr5,fwd
	bltl+ back
	bltl+ fwd
	bltl+ cr5,back
	bltl+ cr5,fwd
	bltl- back
	bltl- fwd
	bltl- cr5,back
	bltl- cr5,fwd
	blta 0x1f0
	blta 0x1f0
	blta cr5,0x1f0
	blta cr5,0x1f0
	blta+ 0x1f0
	blta+ 0x1f0
	blta+ cr5,0x1f0
	blta+ cr5,0x1f0
	blta- 0x1f0
	blta- 0x1f0
	blta- cr5,0x1f0
	blta- cr5,0x1f0
	bltla 0x1f0
	bltla 0x1f0
	bltla cr5,0x1f0
	bltla cr5,0x1f0
	bltla+ 0x1f0
	bltla+ 0x1f0
	bltla+ cr5,0x1f0
	bltla+ cr5,0x1f0
	bltla- 0x1f0
	bltla- 0x1f0
	bltla- cr5,0x1f0
	bltla- cr5,0x1f0
	bltlr
	bltlr cr7
	bltlr+
	bltlr+ cr7
	bltlr-
	bltlr- cr7
	bltlrl
	bltlrl cr7
	bltlrl+
	bltlrl+ cr7
	bltlrl-
	bltlrl- cr7
	bltctr
	bltctr cr7
	bltctr+
	bltctr+ cr7
	bltctr-
	bltctr- cr7
	bltctrl
	bltctrl cr7
	bltctrl+
	bltctrl+ cr7
	bltctrl-
	bltctrl- cr7
	ble back
	ble fwd
	ble cr5,back
	ble cr5,fwd
	ble+ back
	ble+ fwd
	ble+ cr5,back
	ble+ cr5,fwd
	ble- back
	ble- fwd
	ble- cr5,back
	ble- cr5,fwd
	blel back
	blel fwd
	blel cr5,back
	blel cr5,fwd
	blel+ back
	blel+ fwd
	blel+ cr5,back
	blel+ cr5,fwd
	blel- back
	blel- fwd
	blel- cr5,back
	blel- cr5,fwd
	blea 0x1f0
	blea 0x1f0
	blea cr5,0x1f0
	blea cr5,0x1f0
	blea+ 0x1f0
	blea+ 0x1f0
	blea+ cr5,0x1f0
	blea+ cr5,0x1f0
	blea- 0x1f0
	blea- 0x1f0
	blea- cr5,0x1f0
	blea- cr5,0x1f0
	blela 0x1f0
	blela 0x1f0
	blela cr5,0x1f0
	blela cr5,0x1f0
	blela+ 0x1f0
	blela+ 0x1f0
	blela+ cr5,0x1f0
	blela+ cr5,0x1f0
	blela- 0x1f0
	blela- 0x1f0
	blela- cr5,0x1f0
	blela- cr5,0x1f0
	blelr
	blelr cr7
	blelr+
	blelr+ cr7
	blelr-
	blelr- cr7
	blelrl
	blelrl cr7
	blelrl+
	blelrl+ cr7
	blelrl-
	blelrl- cr7
	blectr
	blectr cr7
	blectr+
	blectr+ cr7
	blectr-
	blectr- cr7
	blectrl
	blectrl cr7
	blectrl+
	blectrl+ cr7
	blectrl-
	blectrl- cr7
	beq back
	beq fwd
	beq cr5,back
	beq cr5,fwd
	beq+ back
	beq+ fwd
	beq+ cr5,back
	beq+ cr5,fwd
	beq- back
	beq- fwd
	beq- cr5,back
	beq- cr5,fwd
	beql back
	beql fwd
	beql cr5,back
	beql cr5,fwd
	beql+ back
	beql+ fwd
	beql+ cr5,back
	beql+ cr5,fwd
	beql- back
	beql- fwd
	beql- cr5,back
	beql- cr5,fwd
	beqa 0x1f0
	beqa 0x1f0
	beqa cr5,0x1f0
	beqa cr5,0x1f0
	beqa+ 0x1f0
	beqa+ 0x1f0
	beqa+ cr5,0x1f0
	beqa+ cr5,0x1f0
	beqa- 0x1f0
	beqa- 0x1f0
	beqa- cr5,0x1f0
	beqa- cr5,0x1f0
	beqla 0x1f0
	beqla 0x1f0
	beqla cr5,0x1f0
	beqla cr5,0x1f0
	beqla+ 0x1f0
	beqla+ 0x1f0
	beqla+ cr5,0x1f0
	beqla+ cr5,0x1f0
	beqla- 0x1f0
	beqla- 0x1f0
	beqla- cr5,0x1f0
	beqla- cr5,0x1f0
	beqlr
	beqlr cr7
	beqlr+
	beqlr+ cr7
	beqlr-
	beqlr- cr7
	beqlrl
	beqlrl cr7
	beqlrl+
	beqlrl+ cr7
	beqlrl-
	beqlrl- cr7
	beqctr
	beqctr cr7
	beqctr+
	beqctr+ cr7
	beqctr-
	beqctr- cr7
	beqctrl
	beqctrl cr7
	beqctrl+
	beqctrl+ cr7
	beqctrl-
	beqctrl- cr7
	bge back
	bge fwd
	bge cr5,back
	bge cr5,fwd
	bge+ back
	bge+ fwd
	bge+ cr5,back
	bge+ cr5,fwd
	bge- back
	bge- fwd
	bge- cr5,back
	bge- cr5,fwd
	bgel back
	bgel fwd
	bgel cr5,back
	bgel cr5,fwd
	bgel+ back
	bgel+ fwd
	bgel+ cr5,back
	bgel+ cr5,fwd
	bgel- back
	bgel- fwd
	bgel- cr5,back
	bgel- cr5,fwd
	bgea 0x1f0
	bgea 0x1f0
	bgea cr5,0x1f0
	bgea cr5,0x1f0
	bgea+ 0x1f0
	bgea+ 0x1f0
	bgea+ cr5,0x1f0
	bgea+ cr5,0x1f0
	bgea- 0x1f0
	bgea- 0x1f0
	bgea- cr5,0x1f0
	bgea- cr5,0x1f0
	bgela 0x1f0
	bgela 0x1f0
	bgela cr5,0x1f0
	bgela cr5,0x1f0
	bgela+ 0x1f0
	bgela+ 0x1f0
	bgela+ cr5,0x1f0
	bgela+ cr5,0x1f0
	bgela- 0x1f0
	bgela- 0x1f0
	bgela- cr5,0x1f0
	bgela- cr5,0x1f0
	bgelr
	bgelr cr7
	bgelr+
	bgelr+ cr7
	bgelr-
	bgelr- cr7
	bgelrl
	bgelrl cr7
	bgelrl+
	bgelrl+ cr7
	bgelrl-
	bgelrl- cr7
	bgectr
	bgectr cr7
	bgectr+
	bgectr+ cr7
	bgectr-
	bgectr- cr7
	bgectrl
	bgectrl cr7
	bgectrl+
	bgectrl+ cr7
	bgectrl-
	bgectrl- cr7
	bgt back
	bgt fwd
	bgt cr5,back
	bgt cr5,fwd
	bgt+ back
	bgt+ fwd
	bgt+ cr5,back
	bgt+ cr5,fwd
	bgt- back
	bgt- fwd
	bgt- cr5,back
	bgt- cr5,fwd
	bgtl back
	bgtl fwd
	bgtl cr5,back
	bgtl cr5,fwd
	bgtl+ back
	bgtl+ fwd
	bgtl+ cr5,back
	bgtl+ cr5,fwd
	bgtl- back
	bgtl- fwd
	bgtl- cr5,back
	bgtl- cr5,fwd
	bgta 0x1f0
	bgta 0x1f0
	bgta cr5,0x1f0
	bgta cr5,0x1f0
	bgta+ 0x1f0
	bgta+ 0x1f0
	bgta+ cr5,0x1f0
	bgta+ cr5,0x1f0
	bgta- 0x1f0
	bgta- 0x1f0
	bgta- cr5,0x1f0
	bgta- cr5,0x1f0
	bgtla 0x1f0
	bgtla 0x1f0
	bgtla cr5,0x1f0
	bgtla cr5,0x1f0
	bgtla+ 0x1f0
	bgtla+ 0x1f0
	bgtla+ cr5,0x1f0
	bgtla+ cr5,0x1f0
	bgtla- 0x1f0
	bgtla- 0x1f0
	bgtla- cr5,0x1f0
	bgtla- cr5,0x1f0
	bgtlr
	bgtlr cr7
	bgtlr+
	bgtlr+ cr7
	bgtlr-
	bgtlr- cr7
	bgtlrl
	bgtlrl cr7
	bgtlrl+
	bgtlrl+ cr7
	bgtlrl-
	bgtlrl- cr7
	bgtctr
	bgtctr cr7
	bgtctr+
	bgtctr+ cr7
	bgtctr-
	bgtctr- cr7
	bgtctrl
	bgtctrl cr7
	bgtctrl+
	bgtctrl+ cr7
	bgtctrl-
	bgtctrl- cr7
	bnl back
	bnl fwd
	bnl cr5,back
	bnl cr5,fwd
	bnl+ back
	bnl+ fwd
	bnl+ cr5,back
	bnl+ cr5,fwd
	bnl- back
	bnl- fwd
	bnl- cr5,back
	bnl- cr5,fwd
	bnll back
	bnll fwd
	bnll cr5,back
	bnll cr5,fwd
	bnll+ back
	bnll+ fwd
	bnll+ cr5,back
	bnll+ cr5,fwd
	bnll- back
	bnll- fwd
	bnll- cr5,back
	bnll- cr5,fwd
	bnla 0x1f0
	bnla 0x1f0
	bnla cr5,0x1f0
	bnla cr5,0x1f0
	bnla+ 0x1f0
	bnla+ 0x1f0
	bnla+ cr5,0x1f0
	bnla+ cr5,0x1f0
	bnla- 0x1f0
	bnla- 0x1f0
	bnla- cr5,0x1f0
	bnla- cr5,0x1f0
	bnlla 0x1f0
	bnlla 0x1f0
	bnlla cr5,0x1f0
	bnlla cr5,0x1f0
	bnlla+ 0x1f0
	bnlla+ 0x1f0
	bnlla+ cr5,0x1f0
	bnlla+ cr5,0x1f0
	bnlla- 0x1f0
	bnlla- 0x1f0
	bnlla- cr5,0x1f0
	bnlla- cr5,0x1f0
	bnllr
	bnllr cr7
	bnllr+
	bnllr+ cr7
	bnllr-
	bnllr- cr7
	bnllrl
	bnllrl cr7
	bnllrl+
	bnllrl+ cr7
	bnllrl-
	bnllrl- cr7
	bnlctr
	bnlctr cr7
	bnlctr+
	bnlctr+ cr7
	bnlctr-
	bnlctr- cr7
	bnlctrl
	bnlctrl cr7
	bnlctrl+
	bnlctrl+ cr7
	bnlctrl-
	bnlctrl- cr7
	bne back
	bne fwd
	bne cr5,back
	bne cr5,fwd
	bne+ back
	bne+ fwd
	bne+ cr5,back
	bne+ cr5,fwd
	bne- back
	bne- fwd
	bne- cr5,back
	bne- cr5,fwd
	bnel back
	bnel fwd
	bnel cr5,back
	bnel cr5,fwd
	bnel+ back
	bnel+ fwd
	bnel+ cr5,back
	bnel+ cr5,fwd
	bnel- back
	bnel- fwd
	bnel- cr5,back
	bnel- cr5,fwd
	bnea 0x1f0
	bnea 0x1f0
	bnea cr5,0x1f0
	bnea cr5,0x1f0
	bnea+ 0x1f0
	bnea+ 0x1f0
	bnea+ cr5,0x1f0
	bnea+ cr5,0x1f0
	bnea- 0x1f0
	bnea- 0x1f0
	bnea- cr5,0x1f0
	bnea- cr5,0x1f0
	bnela 0x1f0
	bnela 0x1f0
	bnela cr5,0x1f0
	bnela cr5,0x1f0
	bnela+ 0x1f0
	bnela+ 0x1f0
	bnela+ cr5,0x1f0
	bnela+ cr5,0x1f0
	bnela- 0x1f0
	bnela- 0x1f0
	bnela- cr5,0x1f0
	bnela- cr5,0x1f0
	bnelr
	bnelr cr7
	bnelr+
	bnelr+ cr7
	bnelr-
	bnelr- cr7
	bnelrl
	bnelrl cr7
	bnelrl+
	bnelrl+ cr7
	bnelrl-
	bnelrl- cr7
	bnectr
	bnectr cr7
	bnectr+
	bnectr+ cr7
	bnectr-
	bnectr- cr7
	bnectrl
	bnectrl cr7
	bnectrl+
	bnectrl+ cr7
	bnectrl-
	bnectrl- cr7
	bng back
	bng fwd
	bng cr5,back
	bng cr5,fwd
	bng+ back
	bng+ fwd
	bng+ cr5,back
	bng+ cr5,fwd
	bng- back
	bng- fwd
	bng- cr5,back
	bng- cr5,fwd
	bngl back
	bngl fwd
	bngl cr5,back
	bngl cr5,fwd
	bngl+ back
	bngl+ fwd
	bngl+ cr5,back
	bngl+ cr5,fwd
	bngl- back
	bngl- fwd
	bngl- cr5,back
	bngl- cr5,fwd
	bnga 0x1f0
	bnga 0x1f0
	bnga cr5,0x1f0
	bnga cr5,0x1f0
	bnga+ 0x1f0
	bnga+ 0x1f0
	bnga+ cr5,0x1f0
	bnga+ cr5,0x1f0
	bnga- 0x1f0
	bnga- 0x1f0
	bnga- cr5,0x1f0
	bnga- cr5,0x1f0
	bngla 0x1f0
	bngla 0x1f0
	bngla cr5,0x1f0
	bngla cr5,0x1f0
	bngla+ 0x1f0
	bngla+ 0x1f0
	bngla+ cr5,0x1f0
	bngla+ cr5,0x1f0
	bngla- 0x1f0
	bngla- 0x1f0
	bngla- cr5,0x1f0
	bngla- cr5,0x1f0
	bnglr
	bnglr cr7
	bnglr+
	bnglr+ cr7
	bnglr-
	bnglr- cr7
	bnglrl
	bnglrl cr7
	bnglrl+
	bnglrl+ cr7
	bnglrl-
	bnglrl- cr7
	bngctr
	bngctr cr7
	bngctr+
	bngctr+ cr7
	bngctr-
	bngctr- cr7
	bngctrl
	bngctrl cr7
	bngctrl+
	bngctrl+ cr7
	bngctrl-
	bngctrl- cr7
	bso back
	bso fwd
	bso cr5,back
	bso cr5,fwd
	bso+ back
	bso+ fwd
	bso+ cr5,back
	bso+ cr5,fwd
	bso- back
	bso- fwd
	bso- cr5,back
	bso- cr5,fwd
	bsol back
	bsol fwd
	bsol cr5,back
	bsol cr5,fwd
	bsol+ back
	bsol+ fwd
	bsol+ cr5,back
	bsol+ cr5,fwd
	bsol- back
	bsol- fwd
	bsol- cr5,back
	bsol- cr5,fwd
	bsoa 0x1f0
	bsoa 0x1f0
	bsoa cr5,0x1f0
	bsoa cr5,0x1f0
	bsoa+ 0x1f0
	bsoa+ 0x1f0
	bsoa+ cr5,0x1f0
	bsoa+ cr5,0x1f0
	bsoa- 0x1f0
	bsoa- 0x1f0
	bsoa- cr5,0x1f0
	bsoa- cr5,0x1f0
	bsola 0x1f0
	bsola 0x1f0
	bsola cr5,0x1f0
	bsola cr5,0x1f0
	bsola+ 0x1f0
	bsola+ 0x1f0
	bsola+ cr5,0x1f0
	bsola+ cr5,0x1f0
	bsola- 0x1f0
	bsola- 0x1f0
	bsola- cr5,0x1f0
	bsola- cr5,0x1f0
	bsolr
	bsolr cr7
	bsolr+
	bsolr+ cr7
	bsolr-
	bsolr- cr7
	bsolrl
	bsolrl cr7
	bsolrl+
	bsolrl+ cr7
	bsolrl-
	bsolrl- cr7
	bsoctr
	bsoctr cr7
	bsoctr+
	bsoctr+ cr7
	bsoctr-
	bsoctr- cr7
	bsoctrl
	bsoctrl cr7
	bsoctrl+
	bsoctrl+ cr7
	bsoctrl-
	bsoctrl- cr7
	bns back
	bns fwd
	bns cr5,back
	bns cr5,fwd
	bns+ back
	bns+ fwd
	bns+ cr5,back
	bns+ cr5,fwd
	bns- back
	bns- fwd
	bns- cr5,back
	bns- cr5,fwd
	bnsl back
	bnsl fwd
	bnsl cr5,back
	bnsl cr5,fwd
	bnsl+ back
	bnsl+ fwd
	bnsl+ cr5,back
	bnsl+ cr5,fwd
	bnsl- back
	bnsl- fwd
	bnsl- cr5,back
	bnsl- cr5,fwd
	bnsa 0x1f0
	bnsa 0x1f0
	bnsa cr5,0x1f0
	bnsa cr5,0x1f0
	bnsa+ 0x1f0
	bnsa+ 0x1f0
	bnsa+ cr5,0x1f0
	bnsa+ cr5,0x1f0
	bnsa- 0x1f0
	bnsa- 0x1f0
	bnsa- cr5,0x1f0
	bnsa- cr5,0x1f0
	bnsla 0x1f0
	bnsla 0x1f0
	bnsla cr5,0x1f0
	bnsla cr5,0x1f0
	bnsla+ 0x1f0
	bnsla+ 0x1f0
	bnsla+ cr5,0x1f0
	bnsla+ cr5,0x1f0
	bnsla- 0x1f0
	bnsla- 0x1f0
	bnsla- cr5,0x1f0
	bnsla- cr5,0x1f0
	bnslr
	bnslr cr7
	bnslr+
	bnslr+ cr7
	bnslr-
	bnslr- cr7
	bnslrl
	bnslrl cr7
	bnslrl+
	bnslrl+ cr7
	bnslrl-
	bnslrl- cr7
	bnsctr
	bnsctr cr7
	bnsctr+
	bnsctr+ cr7
	bnsctr-
	bnsctr- cr7
	bnsctrl
	bnsctrl cr7
	bnsctrl+
	bnsctrl+ cr7
	bnsctrl-
	bnsctrl- cr7
	bun back
	bun fwd
	bun cr5,back
	bun cr5,fwd
	bun+ back
	bun+ fwd
	bun+ cr5,back
	bun+ cr5,fwd
	bun- back
	bun- fwd
	bun- cr5,back
	bun- cr5,fwd
	bunl back
	bunl fwd
	bunl cr5,back
	bunl cr5,fwd
	bunl+ back
	bunl+ fwd
	bunl+ cr5,back
	bunl+ cr5,fwd
	bunl- back
	bunl- fwd
	bunl- cr5,back
	bunl- cr5,fwd
	buna 0x1f0
	buna 0x1f0
	buna cr5,0x1f0
	buna cr5,0x1f0
	buna+ 0x1f0
	buna+ 0x1f0
	buna+ cr5,0x1f0
	buna+ cr5,0x1f0
	buna- 0x1f0
	buna- 0x1f0
	buna- cr5,0x1f0
	buna- cr5,0x1f0
	bunla 0x1f0
	bunla 0x1f0
	bunla cr5,0x1f0
	bunla cr5,0x1f0
	bunla+ 0x1f0
	bunla+ 0x1f0
	bunla+ cr5,0x1f0
	bunla+ cr5,0x1f0
	bunla- 0x1f0
	bunla- 0x1f0
	bunla- cr5,0x1f0
	bunla- cr5,0x1f0
	bunlr
	bunlr cr7
	bunlr+
	bunlr+ cr7
	bunlr-
	bunlr- cr7
	bunlrl
	bunlrl cr7
	bunlrl+
	bunlrl+ cr7
	bunlrl-
	bunlrl- cr7
	bunctr
	bunctr cr7
	bunctr+
	bunctr+ cr7
	bunctr-
	bunctr- cr7
	bunctrl
	bunctrl cr7
	bunctrl+
	bunctrl+ cr7
	bunctrl-
	bunctrl- cr7
	bnu back
	bnu fwd
	bnu cr5,back
	bnu cr5,fwd
	bnu+ back
	bnu+ fwd
	bnu+ cr5,back
	bnu+ cr5,fwd
	bnu- back
	bnu- fwd
	bnu- cr5,back
	bnu- cr5,fwd
	bnul back
	bnul fwd
	bnul cr5,back
	bnul cr5,fwd
	bnul+ back
	bnul+ fwd
	bnul+ cr5,back
	bnul+ cr5,fwd
	bnul- back
	bnul- fwd
	bnul- cr5,back
	bnul- cr5,fwd
	bnua 0x1f0
	bnua 0x1f0
	bnua cr5,0x1f0
	bnua cr5,0x1f0
	bnua+ 0x1f0
	bnua+ 0x1f0
	bnua+ cr5,0x1f0
	bnua+ cr5,0x1f0
	bnua- 0x1f0
	bnua- 0x1f0
	bnua- cr5,0x1f0
	bnua- cr5,0x1f0
	bnula 0x1f0
	bnula 0x1f0
	bnula cr5,0x1f0
	bnula cr5,0x1f0
	bnula+ 0x1f0
	bnula+ 0x1f0
	bnula+ cr5,0x1f0
	bnula+ cr5,0x1f0
	bnula- 0x1f0
	bnula- 0x1f0
	bnula- cr5,0x1f0
	bnula- cr5,0x1f0
	bnulr
	bnulr cr7
	bnulr+
	bnulr+ cr7
	bnulr-
	bnulr- cr7
	bnulrl
	bnulrl cr7
	bnulrl+
	bnulrl+ cr7
	bnulrl-
	bnulrl- cr7
	bnuctr
	bnuctr cr7
	bnuctr+
	bnuctr+ cr7
	bnuctr-
	bnuctr- cr7
	bnuctrl
	bnuctrl cr7
	bnuctrl+
	bnuctrl+ cr7
	bnuctrl-
	bnuctrl- cr7
	bdnz back
	bdnz fwd
	bdnz+ back
	bdnz+ fwd
	bdnz- back
	bdnz- fwd
	bdnzl back
	bdnzl fwd
	bdnzl+ back
	bdnzl+ fwd
	bdnzl- back
	bdnzl- fwd
	bdnza 0x200
	bdnza+ 0x200
	bdnza- 0x200
	bdnzla 0x200
	bdnzla+ 0x200
	bdnzla- 0x200
	bdnzlr
	bdnzlr+
	bdnzlr-
	bdnzlrl
	bdnzlrl+
	bdnzlrl-
	bdz back
	bdz fwd
	bdz+ back
	bdz+ fwd
	bdz- back
	bdz- fwd
	bdzl back
	bdzl fwd
	bdzl+ back
	bdzl+ fwd
	bdzl- back
	bdzl- fwd
	bdza 0x200
	bdza+ 0x200
	bdza- 0x200
	bdzla 0x200
	bdzla+ 0x200
	bdzla- 0x200
	bdzlr
	bdzlr+
	bdzlr-
	bdzlrl
	bdzlrl+
	bdzlrl-
	bdnzt 4*cr3+so,back
	bdnzt+ 4*cr3+so,back
	bdnzt- 4*cr3+so,back
	bdnztl 4*cr3+so,back
	bdnztl+ 4*cr3+so,back
	bdnztl- 4*cr3+so,back
	bdnzta 4*cr3+so,0x200
	bdnzta+ 4*cr3+so,0x200
	bdnzta- 4*cr3+so,0x200
	bdnztla 4*cr3+so,0x200
	bdnztla+ 4*cr3+so,0x200
	bdnztla- 4*cr3+so,0x200
	bdnztlr gt
	bdnztlrl gt
	bdnzf 4*cr3+so,back
	bdnzf+ 4*cr3+so,back
	bdnzf- 4*cr3+so,back
	bdnzfl 4*cr3+so,back
	bdnzfl+ 4*cr3+so,back
	bdnzfl- 4*cr3+so,back
	bdnzfa 4*cr3+so,0x200
	bdnzfa+ 4*cr3+so,0x200
	bdnzfa- 4*cr3+so,0x200
	bdnzfla 4*cr3+so,0x200
	bdnzfla+ 4*cr3+so,0x200
	bdnzfla- 4*cr3+so,0x200
	bdnzflr gt
	bdnzflrl gt
	bdzt 4*cr3+so,back
	bdzt+ 4*cr3+so,back
	bdzt- 4*cr3+so,back
	bdztl 4*cr3+so,back
	bdztl+ 4*cr3+so,back
	bdztl- 4*cr3+so,back
	bdzta 4*cr3+so,0x200
	bdzta+ 4*cr3+so,0x200
	bdzta- 4*cr3+so,0x200
	bdztla 4*cr3+so,0x200
	bdztla+ 4*cr3+so,0x200
	bdztla- 4*cr3+so,0x200
	bdztlr gt
	bdztlrl gt
	bdzf 4*cr3+so,back
	bdzf+ 4*cr3+so,back
	bdzf- 4*cr3+so,back
	bdzfl 4*cr3+so,back
	bdzfl+ 4*cr3+so,back
	bdzfl- 4*cr3+so,back
	bdzfa 4*cr3+so,0x200
	bdzfa+ 4*cr3+so,0x200
	bdzfa- 4*cr3+so,0x200
	bdzfla 4*cr3+so,0x200
	bdzfla+ 4*cr3+so,0x200
	bdzfla- 4*cr3+so,0x200
	bdzflr gt
	bdzflrl gt
	bt 4*cr1+eq,back
	bt 6,fwd
	bt+ 4*cr1+eq,back
	bt+ 6,fwd
	bt- 4*cr1+eq,back
	bt- 6,fwd
	btl 4*cr1+eq,back
	btl 6,fwd
	btl+ 4*cr1+eq,back
	btl+ 6,fwd
	btl- 4*cr1+eq,back
	btl- 6,fwd
	bta 4*cr1+eq,0x300
	bta+ 4*cr1+eq,0x300
	bta- 4*cr1+eq,0x300
	btla 4*cr1+eq,0x300
	btla+ 4*cr1+eq,0x300
	btla- 4*cr1+eq,0x300
	btlr 4*cr6+lt
	btlr+ 4*cr6+lt
	btlr- 4*cr6+lt
	btlrl 4*cr6+lt
	btlrl+ 4*cr6+lt
	btlrl- 4*cr6+lt
	btctr 4*cr6+lt
	btctr+ 4*cr6+lt
	btctr- 4*cr6+lt
	btctrl 4*cr6+lt
	btctrl+ 4*cr6+lt
	btctrl- 4*cr6+lt
	bf 4*cr1+eq,back
	bf 6,fwd
	bf+ 4*cr1+eq,back
	bf+ 6,fwd
	bf- 4*cr1+eq,back
	bf- 6,fwd
	bfl 4*cr1+eq,back
	bfl 6,fwd
	bfl+ 4*cr1+eq,back
	bfl+ 6,fwd
	bfl- 4*cr1+eq,back
	bfl- 6,fwd
	bfa 4*cr1+eq,0x300
	bfa+ 4*cr1+eq,0x300
	bfa- 4*cr1+eq,0x300
	bfla 4*cr1+eq,0x300
	bfla+ 4*cr1+eq,0x300
	bfla- 4*cr1+eq,0x300
	bflr 4*cr6+lt
	bflr+ 4*cr6+lt
	bflr- 4*cr6+lt
	bflrl 4*cr6+lt
	bflrl+ 4*cr6+lt
	bflrl- 4*cr6+lt
	bfctr 4*cr6+lt
	bfctr+ 4*cr6+lt
	bfctr- 4*cr6+lt
	bfctrl 4*cr6+lt
	bfctrl+ 4*cr6+lt
	bfctrl- 4*cr6+lt
	bc 12,2,back
	bc+ 4,6,fwd
	bcl 20,31,fwd
	bca 12,0,0x100
	bcla+ 12,0,0x100
	bclr 20,0
	bclrl 12,1
	bcctr 4,2
	bcctrl+ 12,2
	blr
	blrl
	bctr
	bctrl
	b back
	bl fwd
	ba 0x1000
	bla 0x2000
# Rotates and shifts.
	rotlwi 3,4,5
	rotlwi. 3,4,5
	rotrwi 3,4,5
	rotlw 3,4,5
	rotlw. 3,4,5
	slwi 3,4,31
	slwi. 3,4,1
	srwi 3,4,7
	srwi. 3,4,31
	extlwi 3,4,8,16
	extlwi. 3,4,1,0
	extrwi 3,4,8,4
	extrwi. 3,4,31,1
	inslwi 3,4,8,4
	inslwi. 3,4,4,28
	insrwi 3,4,8,4
	insrwi. 3,4,1,31
	clrlwi 3,4,16
	clrlwi. 3,4,1
	clrrwi 3,4,2
	clrrwi. 3,4,31
	clrlslwi 3,4,16,2
	clrlslwi. 3,4,31,0
	rlwinm 3,4,2,0xff0
	rlwinm. 3,4,0,0xff0000ff
	rlwinm 3,4,31,-16
	rlwimi 3,4,8,0x0000ff00
	rlwimi. 3,4,8,0xffffffff
	rlwnm 3,4,5,0x7fffffff
	rlwnm. 3,4,5,0x80000001
	rlwinm 3,4,2,20,27
	slw 3,4,5
	srw. 3,4,5
	sraw 3,4,5
	srawi. 3,4,5
# Traps.
	trap
	tw 31,0,0
	twi 4,3,-1

	twlt 3,4
	twlti 3,-7
	twle 3,4
	twlei 3,-7
	tweq 3,4
	tweqi 3,-7
	twge 3,4
	twgei 3,-7
	twgt 3,4
	twgti 3,-7
	twnl 3,4
	twnli 3,-7
	twne 3,4
	twnei 3,-7
	twng 3,4
	twngi 3,-7
	twllt 3,4
	twllti 3,-7
	twlle 3,4
	twllei 3,-7
	twlge 3,4
	twlgei 3,-7
	twlgt 3,4
	twlgti 3,-7
	twlnl 3,4
	twlnli 3,-7
	twlng 3,4
	twlngi 3,-7
	twu 3,4
	twui 3,-7
# SPR moves.
	mtxer 3
	mfxer 3
	mtlr 3
	mflr 3
	mtctr 3
	mfctr 3
	mtsrr0 3
	mfsrr1 3
	mtdec 3
	mfdec 3
	mtsprg 0,3
	mtsprg 7,3
	mfsprg 3,4
	mtsprg3 3
	mfsprg2 3
	mtpid 3
	mfpid 3
	mtesr 3
	mfdear 3
	mtivpr 3
	mtivor15 3
	mfpvr 3
	mfpir 3
	mttbl 3
	mttbu 3
	mftb 3
	mftbu 3
	mtspr 1008,3
	mfspr 3,1009
	mtcr 3
	mtcrf 0x81,3
	mfcr 3
	mtmsr 3
	mfmsr 3
	wrteei 1
# CR logical.
	crset 4*cr1+so
	crclr 4*cr7+lt
	crmove 1,2
	crnot eq,gt
	crand 1,2,3
	crandc 4*cr2+eq,4*cr3+gt,so
	cror 1,2,3
	crorc 1,2,3
	crnand 1,2,3
	crnor 1,2,3
	crxor 1,2,3
	creqv 1,2,3
	mcrf cr1,cr7
# Arithmetic, moves and compares.
	li 3,-32768
	lis 3,0xffff
	la 3,-8(4)
	mr 3,4
	mr. 3,4
	not 3,4
	not. 3,4
	nop
	subi 3,4,5
	subis 3,4,5
	subic 3,4,5
	subic. 3,4,5
	sub 3,4,5
	sub. 3,4,5
	subo 3,4,5
	subc 3,4,5
	subco. 3,4,5
	cmpwi 3,-5
	cmpwi cr7,3,5
	cmpw 3,4
	cmpw cr1,3,4
	cmplwi 3,0xffff
	cmplwi cr2,3,1
	cmplw 3,4
	cmplw cr3,3,4
	isellt 3,4,5
	iselgt 3,0,5
	iseleq 3,4,5
	isel 3,4,5,4*cr1+so
	mbar
	msync
fwd:
	b .

