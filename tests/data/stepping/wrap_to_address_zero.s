# wrap: code at EA 0xFFFFFFF0.. falls through to EA 0 (both mapped), loops
.include "include/e500.inc"
.section .text.start, "ax"
.globl _start
_start:
        li r3, 0
        li r5, 0
        # TLB1[3]: EA 0xFFFFF000 -> PA 0x00300000, 4K, SX SW SR
        TLB_WRITE 0x10030000, 0x80000100, 0xFFFFF000, 0x00300015
        # copy hi (4 words) to PA 0x300FF0, lo (4 words) to PA 0
        COPY_WORDS hi, 0x300FF0, 4
        COPY_WORDS lo, 0, 4
        LOAD32 r20, back
        LOAD32 r21, 0xFFFFFFF0
loop:   mtctr r21
        bctr
back:   addi r5, r5, 1
        cmpwi r5, 25
        blt loop
done:   b done
hi:     addi r3, r3, 1
        addi r3, r3, 2
        stw r5, 0x100(0)       # a store: data page 0 is the next code page
        addi r3, r3, 4
lo:     addi r3, r3, 8
        mtctr r20
        bctr
        nop
