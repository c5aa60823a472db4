# one frame mapped twice: LE at 0x40000000, BE at 0x50000000; patched through a third (identity) view
.include "include/e500.inc"
.section .text.start, "ax"
.globl _start
_start:
        li r3, 0
        li r5, 0
        TLB_WRITE 0x10030000, 0x80000100, 0x40000001, 0x00300015
        TLB_WRITE 0x10040000, 0x80000100, 0x50000000, 0x00300015
        LOAD32 r12, lecode-4
        LOAD32 r13, 0x300000-4
        li r11, 4
        mtctr r11
1:      lwzu r14, 4(r12)
        addi r13, r13, 4
        stwbrx r14, 0, r13
        bdnz 1b
        COPY_WORDS becode, 0x300800, 6
        LOAD32 r20, back
        LOAD32 r21, 0x50000800
        LOAD32 r22, 0x300000
        LOAD32 r23, 0x40000000
        LOAD32 r6, 0x10006338
        LOAD32 r7, 0x01006338
loop:   mtctr r23
        bctr
back:   addi r5, r5, 1
        andi. r9, r5, 1
        beq 1f
        stw r7, 0(r22)
1:      cmpwi r5, 25
        blt loop
done:   b done
lecode: addi r3, r3, 64
        addi r3, r3, 2
        mtctr r21
        bctr
becode: addi r3, r3, 4
        stw r6, 0(r22)
        addi r3, r3, 8
        mtctr r20
        bctr
        nop
