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
# Power the machine off (docs/qemu-ppce500.md, the physical map; docs/devices.md "GPIO"): TLB1[1]
# maps EA 0xE0000000 -> PA 0xF_E000_0000 (CCSR, 1 MiB, SR|SW, I|G), then GPIO pin 0 (0x80000000)
# is made an output (GPDIR, CCSR + 0xFF000) and driven high (GPDAT, + 0xFF008). QEMU exits; tlbvisor
# stops with status `poweroff`.
done:   lis     r10, 0x1001         # MAS0: TLB1, entry 1
        mtspr   624, r10
        lis     r10, 0x8000         # MAS1: V, TSIZE 5 (1 MiB)
        ori     r10, r10, 0x0500
        mtspr   625, r10
        lis     r10, 0xE000         # MAS2: EPN 0xE0000000, I|G
        ori     r10, r10, 0x000A
        mtspr   626, r10
        lis     r10, 0xE000         # MAS3: RPN 0xE0000000, SR|SW
        ori     r10, r10, 0x0005
        mtspr   627, r10
        li      r10, 0xF            # MAS7: RPN bits 32:35
        mtspr   944, r10
        tlbwe
        isync
        lis     r11, 0xE010         # GPIO at EA 0xE00FF000 = r11 - 0x1000
        lis     r12, 0x8000
        stw     r12, -0x1000(r11)   # GPDIR: pin 0 an output
        stw     r12, -0xFF8(r11)    # GPDAT: pin 0 high
off:    b       off
