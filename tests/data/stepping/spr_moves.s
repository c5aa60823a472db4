# supervisor moves of the SPRs a burst runs in its page loop (sprs::moves_in_a_stretch), against
# steps: each written with a value that changes every time and read back, 20 rounds, r3 summing
# what was read; the read aliases of SPRG3-7 read; and in each round a write to SPR 260 (SPRG4's
# user read alias, read-only) is a program interrupt whose handler counts it in r30 and returns
# past it. Then MSR[EE]: with a decrementer interrupt pending and EE off, `mfmsr`, `wrteei 0` and
# a `wrtee` without EE run (the last two also in the page loop), and the `wrteei 1` that turns EE
# on takes the interrupt at once (its handler counts it in r29 and turns EE off for the return):
# DEC = 40 reaches 0 some 80 instructions before it, at one time-base tick per instruction
# (docs/time.md). (QEMU 7.2 counts DEC in host time: there the 40 ticks, 100 ns, had not passed
# and r29 stayed 0; r30 = 22 there as here.)
# Then one round in user state, where each mfspr SPRG0 is a program interrupt too.
.include "include/e500.inc"
        .macro MOVE n
        addi r5, r5, 0x123
        mtspr \n, r5
        mfspr r6, \n
        add r3, r3, r6
        .endm
.section .text.start, "ax"
.globl _start
_start:
        INSTALL_UNEXPECTED
        SET_IVOR 6, prog_handler
        SET_IVOR 8, sc_handler
        li r31, 0
        li r30, 0
        li r3, 0
        li r5, 0
        li r4, 20
        mtctr r4
round:  .irp n, 26, 27, 58, 59, 61, 62, 256, 272, 273, 274, 275, 276, 277, 278, 279, 624, 625, 626, 627, 628, 630, 944, 1013
        MOVE \n
        .endr
        .irp n, 259, 260, 261, 262, 263
        mfspr r6, \n
        add r3, r3, r6
        .endr
        mtspr 260, r5           # read-only: program interrupt (ESR[PIL])
        bdnz round
        # MSR[EE]
        SET_IVOR 10, dec_handler
        li r29, 0
        li r4, 40
        mtspr SPR_DEC, r4
        lis r4, 0x0400                  # TCR[DIE]
        mtspr SPR_TCR, r4
        li r12, 0
        li r11, 30
        mtctr r11
1:      mfmsr r6
        add r3, r3, r6
        wrteei 0
        wrtee r12
        bdnz 1b
        wrteei 1                        # DEC reached 0 long ago: taken after this instruction
        addi r3, r3, 1
        li r4, 0
        mtspr SPR_TCR, r4
        # user state: mfspr SPRG0 is privileged
        LOAD32 r4, user
        mtspr SRR0, r4
        li r4, MSR_PR
        mtspr SRR1, r4
        rfi
user:   mfspr r6, 272
        mfspr r6, 272
        sc
        .balign 16
prog_handler:
        addi r30, r30, 1
        mfspr r10, SRR0
        addi r10, r10, 4
        mtspr SRR0, r10
        rfi
        .balign 16
dec_handler:
        addi r29, r29, 1
        lis r10, 0x0800                 # TSR[DIS]: write 1 to clear
        mtspr SPR_TSR, r10
        mfspr r10, SRR1
        rlwinm r10, r10, 0, 17, 15      # SRR1 without EE
        mtspr SRR1, r10
        rfi
        .balign 16
sc_handler:
done:   b done
        UNEXPECTED_VECTORS
