# every BO gas accepts in a relative bc, with and without link, CR0[EQ] clear and set, CTR 1 and
# 2 before it: whether it branched and CTR after, stored to a table at 0x100000 (two words a
# case). (The reserved BO values decode as illegal instructions, as in binutils.)
.include "include/e500.inc"
# One case: CR0 from comparing \eq with 1 (EQ set when \eq is 1), CTR = \ctr, then `\op \bo, 2`
# to 1f; r3 = 1 if it branched; stores r3 and CTR.
        .macro BO_CASE bo, eq, ctr, op
        li r4, \eq
        cmpwi r4, 1
        li r5, \ctr
        mtctr r5
        li r3, 1
        \op \bo, 2, 1f
        li r3, 0
1:      stwu r3, 4(r9)
        mfctr r5
        stwu r5, 4(r9)
        .endm

.section .text.start, "ax"
.globl _start
_start:
        LOAD32 r9, 0x100000-4
        .irp bo, 0,1,2,3,4,5,8,9,10,11,12,13,16,17,18,19,20
        .irp eq, 0,1
        .irp ctr, 1,2
        BO_CASE \bo, \eq, \ctr, bc
        BO_CASE \bo, \eq, \ctr, bcl
        .endr
        .endr
        .endr
done:   b done
