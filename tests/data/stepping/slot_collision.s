# slot collision: a routine and its copy 4 MiB above, 1024 frames (the decode cache's slot count:
# the same slot), patched alternately
.include "include/e500.inc"
.section .text.start, "ax"
.globl _start
_start:
        li r3, 0
        li r5, 0
        LOAD32 r4, rout
        LOAD32 r9, 0x400000
        add r8, r4, r9          # copy address
        li r11, 16
        mtctr r11
        subi r12, r4, 4
        subi r13, r8, 4
cp:     lwzu r14, 4(r12)
        stwu r14, 4(r13)
        bdnz cp
        LOAD32 r6, 0x38630001   # addi r3,r3,1
        LOAD32 r7, 0x38630100   # addi r3,r3,256
loop:   mtctr r4
        bctrl                   # rout
        mtctr r8
        bctrl                   # copy
        andi. r15, r5, 1
        beq 1f
        stw r6, 0(r8)
        stw r7, 0(r4)
        b 2f
1:      stw r7, 0(r8)
        stw r6, 0(r4)
2:      addi r5, r5, 1
        cmpwi r5, 30
        blt loop
done:   b done
        .balign 4096
rout:   addi r3, r3, 16
        blr
