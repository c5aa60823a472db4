# tlb_churn: the TLB-churn loop of docs/qemu-ppce500.md's speed table: each iteration rewrites one
# TLB0 way to map the next 4 KiB page (EA 0x01000000 + 4K*i -> the same PA) and loads through
# it (rlwinm; addis; mtspr MAS2; tlbwe; isync; lwz; addi; bdnz): 8 instructions per iteration.
        .ifndef ITER
        .set ITER, 125000
        .endif
        .text
_start:
        lis     r9, ITER@h
        ori     r9, r9, ITER@l
        mtctr   r9
        lis     r10, 0x0000         # MAS0: TLB0, way 0
        mtspr   624, r10
        lis     r10, 0x8000         # MAS1: V, TID 0, TS 0, 4 KiB
        ori     r10, r10, 0x0100
        mtspr   625, r10
        lis     r10, 0x0010         # MAS3: RPN 0x00100000, SR|SW
        ori     r10, r10, 0x0005
        mtspr   627, r10
        lis     r20, 0x0100         # EA page
loop:   rlwinm  r21, r20, 0, 0, 19
        addis   r21, r21, 0
        mtspr   626, r21            # MAS2: EPN
        tlbwe
        isync
        lwz     r3, 0(r20)
        addi    r20, r20, 0x1000
        bdnz    loop
done:
        .include "poweroff.inc"
