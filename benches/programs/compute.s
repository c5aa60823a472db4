# compute: the compute loop of docs/qemu-ppce500.md's speed table (add; rlwinm; cmpw; bdnz), run
# ITER times (--defsym ITER=N, default 250000): 4 instructions per iteration.
        .ifndef ITER
        .set ITER, 250000
        .endif
        .text
_start:
        lis     r9, ITER@h
        ori     r9, r9, ITER@l
        mtctr   r9
        li      r3, 1
        li      r4, 3
loop:   add     r3, r3, r4
        rlwinm  r5, r3, 3, 0, 31
        cmpw    r5, r4
        bdnz    loop
done:
        .include "poweroff.inc"
