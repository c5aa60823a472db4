# Instruction operand forms: registers written r3/%r3/3, address halves on values with bit 15
# set (signed and unsigned fields), CR bits as expressions, hints, and forward branches.
        .set BIG, 0x1234abcd
        .text
        .globl _start
_start:
        lis     r3, BIG@ha
        addi    r3, r3, BIG@l
        ori     r4, r4, BIG@l
        oris    r4, r4, BIG@h
        lwz     r5, BIG@l(r3)
        stw     %r5, BIG@l(3)
        li      r7, (-1)@l
        lis     r8, end@ha
        la      r8, end@l(r8)
        li      r9, -32768
        andi.   r10, r9, 0xffff
        cmpwi   cr7, r6, -1
        cmplwi  cr1, r6, 0xffff
        beq+    cr7, 1f
        bne-    cr1, 1f
        blt     cr1, 1f
        bdnz    1f
        bc      12, 4*cr7+eq, 1f
1:      crxor   6, 6, 6
        cror    4*cr1+eq, 4*cr2+gt, so
        isel    r3, r4, r5, 4*cr2+eq
        rlwimi  r3, r4, 8, 16, 23
        subf.   r3, r4, r5
        addo.   r3, r4, r5
        mr      r31, sp
        not     r3, r3
        mfmsr   r3
        mtmsr   r3
        wrteei  1
        mtspr   1008, r3
        mfspr   r3, 1009
        tlbsx   0, r3
        tlbre
        msync
        mbar
        dcbz    0, r3
        icbi    0, r3
        lbz     r3, 1(r4)
        sth     r3, -2(r4)
        lwzx    r3, r4, r5
        stmw    r29, -12(r1)
        lmw     r29, -12(r1)
        bl      end
        bctr
end:    blr
