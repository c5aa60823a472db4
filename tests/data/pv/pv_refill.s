# pv_refill.s: one guest TLB refill on the paravirtual path (run with --mode virt --paravirt).
#
# The guest maps the magic page at EA 0xFFFFF000 (docs/paravirt.md §3) and loads from EA
# 0x50000010, which no TLB entry maps. Its data TLB miss handler is shaped like Linux's once
# kvm.c has patched it: every SPR it needs is a word of the page, read and written with plain
# loads and stores (offsets from docs/paravirt.md §3, "Layout"); only `tlbwe` and `rfi` trap.
# The entry it writes: EA 0x50000000 -> PA 0x2000, 4 KiB, supervisor read/write/execute.
        .set    PV, -4096               # the page's EA, as a displacement from RA = 0
        .section .text.start, "ax"
        .globl  _start
_start: lis     r10, 0x0001
        mtspr   63, r10                 # IVPR = 0x00010000
        li      r10, dtlb_handler - _start
        mtspr   413, r10                # IVOR13 (data TLB error) -> dtlb_handler
        lis     r3, 0xFFFF
        ori     r3, r3, 0xF000
        lis     r4, 0xFFFF
        ori     r4, r4, 0xF001
        lis     r11, 0x002A
        ori     r11, r11, 4             # KVM_HC_PPC_MAP_MAGIC_PAGE
        lis     r0, 0x4B56
        ori     r0, r0, 0x4D21
        sc
        li      r5, 0x104               # MAS4: TSIZED 1 (4 KiB), WIMGED M
        stw     r5, PV+0xC0(0)          # mtspr MAS4, through the page
        lis     r9, 0x5000
miss:   lwz     r5, 0x10(r9)            # data TLB miss: refilled by the handler, then retried
done:   b       done

        .balign 16
dtlb_handler:
        stw     r10, PV+0x24(0)         # mtsprg 0,r10
        lwz     r10, PV+0x54(0)         # mfdear r10
        lis     r12, 0x0000
        ori     r12, r12, 0x2015        # MAS3: RPN 0x2000, SX SW SR
        stw     r12, PV+0xB4(0)         # mtspr MAS3
        li      r12, 0
        stw     r12, PV+0xB0(0)         # mtspr MAS7
        tlbwe                           # MAS0, MAS1, MAS2 as the miss preloaded them
        lwz     r10, PV+0x24(0)         # mfsprg r10,0
        rfi
