# a store from the last word of page A into the next page, which A then falls through into
.include "include/e500.inc"
.section .text.start, "ax"
.globl _start
_start:
        li r3, 0
        li r5, 0
        LOAD32 r4, patch
        LOAD32 r6, 0x38630001   # addi r3,r3,1
        LOAD32 r7, 0x38630010   # addi r3,r3,16
        b pagea
        .balign 4096
        .skip 4096-32
pagea:  andi. r8, r5, 1
        beq 1f
        stw r6, 0(r4)
        b 2f
1:      stw r7, 0(r4)
2:      nop
        nop
        stw r6, 4(r4)          # last word of the page: store into the next page, fall through
patch:  addi r3, r3, 1
        nop
        addi r5, r5, 1
        cmpwi r5, 40
        blt pagea
        b done
done:   b done
