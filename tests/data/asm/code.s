# A bare-metal e500 start-up in the style real programs use: SPR setup through a macro,
# a TLB1 entry, address halves, loops with local labels, branch hints and CR bit arithmetic.
        .set MAS0_TLBSEL1, 0x10000000
        .set MAS1_VALID, 0x80000000
        .set TSIZE_64K, 3
        .set SPR_MAS0, 624
        .set SPR_MAS1, 625
        .set SPR_MAS2, 626
        .set SPR_MAS3, 627

        .macro LOAD_IMM reg, value
        lis     \reg, (\value)@h
        ori     \reg, \reg, (\value)@l
        .endm

        .macro SET_SPR spr, value, tmp=r3
        LOAD_IMM \tmp, \value
        mtspr   \spr, \tmp
        .endm

        .section .text.start, "ax"
        .globl _start
        .type _start, @function
_start:
        SET_SPR SPR_MAS0, MAS0_TLBSEL1 | (1 << 16)
        SET_SPR SPR_MAS1, MAS1_VALID | (TSIZE_64K << 7), tmp=r4
        SET_SPR SPR_MAS2, 0x00010000
        SET_SPR SPR_MAS3, 0x00010000 | 0x3f
        isync
        tlbwe
        isync
        lis     r1, stack_top@ha
        addi    r1, r1, stack_top@l
        li      r0, 0
        stwu    r0, -16(r1)
        bl      main
        b       .
        .size _start, . - _start

        .text
        .globl main
        .type main, @function
main:
        mflr    r0
        stw     r0, 4(sp)
        lis     r9, table@ha
        lwz     r3, table@l(r9)
        la      r10, table@l(r9)
        li      r4, 8
        mtctr   r4
        li      r5, 0
1:      lwzu    r6, 4(r10)
        add     r5, r5, r6
        cmpwi   cr7, r6, 0
        beq-    cr7, 2f
        bdnz+   1b
2:      cmplw   r5, r3
        bgt     cr0, 3f
        crand   4*cr1+lt, 4*cr7+eq, gt
        mfcr    r7
        rlwinm  r7, r7, 4, 28, 31
        andi.   r8, r7, 0xf
        srawi   r8, r8, 1
3:      lis     r11, counter@ha
        stw     r5, counter@l(r11)
        lwz     r0, 4(r1)
        mtlr    r0
        blr
        .size main, . - main

        .section .text.handlers, "ax"
        .p2align 4
handler:
        mfspr   r3, 0x3f        # IVPR
        mfsrr0  r4
        addi    r4, r4, 4
        mtsrr0  r4
        rfi
        sc
        nop
        .p2align 4

        .section .rodata
table:  .long 1, 2, 3, 4, 5, 6, 7, 8, 0

        .data
counter: .long 0

        .bss
        .p2align 4
stack:  .space 4096
stack_top:
