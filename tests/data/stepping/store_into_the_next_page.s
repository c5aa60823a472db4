# A store from the last word of page A into the next page, which A then falls through into.
# With TIMER defined, the decrementer fires every 7 ticks meanwhile.
.include "include/e500.inc"
.section .text.start, "ax"
.globl _start
_start:
.ifdef TIMER
        SET_IVPR
        SET_IVOR 10, dec_handler
        li r9, 7
        mtspr 22, r9            # DEC
        mtspr 54, r9            # DECAR
        LOAD32 r9, 0x04400000   # TCR: DIE | ARE
        mtspr 340, r9
        LOAD32 r9, 0x8000       # MSR[EE]
        mtmsr r9
        li r30, 0
.endif
        li r3, 0
        li r5, 0
        LOAD32 r4, patch
        LOAD32 r6, 0x38630001   # addi r3,r3,1
        LOAD32 r7, 0x38630010   # addi r3,r3,16
        b pagea
.ifdef TIMER
        .balign 16
dec_handler:
        addi r30, r30, 1
        mfsrr0 r29
        LOAD32 r20, 0x08000000  # TSR[DIS]
        mtspr 336, r20
        rfi
.endif
        .balign 4096
        .skip 4096-32
pagea:  andi. r8, r5, 1
        beq 1f
        stw r6, 0(r4)
        b 2f
1:      stw r7, 0(r4)
2:      nop
        nop
        stw r6, 4(r4)           # last word of the page: store into the next page, fall through
patch:  addi r3, r3, 1
        nop
        addi r5, r5, 1
        cmpwi r5, 40
        blt pagea
done:   b done
