# pv_patch.s: a guest that uses KVM's paravirtual interface when it is offered
# (docs/paravirt.md) and then rewrites one of its own instructions, as Linux's kvm.c does.
#
# It asks the hypervisor to map the magic page at EA 0xFFFFF000 (KVM_HC_PPC_MAP_MAGIC_PAGE,
# token 0x002A0004, in the hypercall sequence tlbvisor advertises). Bare, or without
# --paravirt, that `sc` is an ordinary system call: the handler returns r3 = -1 ("no
# hypervisor"), as Linux's unpatched hypercall stub does, and the guest keeps its trapping
# `mfspr`. Offered the interface, it gets r3 = 0 and replaces the `mfspr r6,SPRG1` at `target`
# with `lwz r6,-4052(0)`: a load of SPRG1's word in the page (offset 0x2C). Either way the loop
# adds SPRG1 (0x1234) four times into r20.
        .section .text.start, "ax"
        .globl  _start
_start: lis     r10, 0x0001
        mtspr   63, r10                 # IVPR = 0x00010000 (the vectors are in this program)
        li      r10, sc_handler - _start
        mtspr   408, r10                # IVOR8 (system call) -> sc_handler
        li      r5, 0x1234
        mtspr   273, r5                 # SPRG1 = 0x1234
        lis     r3, 0xFFFF
        ori     r3, r3, 0xF000          # the page: EA 0xFFFFF000 ...
        lis     r4, 0xFFFF
        ori     r4, r4, 0xF001          # ... and the flag NOT_MAPPED_NX, as Linux passes them
        lis     r11, 0x002A
        ori     r11, r11, 4             # KVM_HC_PPC_MAP_MAGIC_PAGE
        lis     r0, 0x4B56
        ori     r0, r0, 0x4D21          # "KVM!": this sc is a hypercall
        sc
        cmpwi   r3, 0
        bne     run                     # no interface: keep the mfspr
        lis     r8, target@ha
        addi    r8, r8, target@l
        lis     r9, replacement@ha
        lwz     r7, replacement@l(r9)
        stw     r7, 0(r8)               # the patch
        dcbst   0, r8
        sync
        icbi    0, r8
        isync
run:    li      r9, 4
        mtctr   r9
        li      r20, 0
loop:
target: mfspr   r6, 273                 # SPRG1
        add     r20, r20, r6
        bdnz    loop
done:   b       done

        .balign 16                      # a vector: IVOR bits 28-31 are not used
sc_handler:
        li      r3, -1
        rfi

replacement:
        lwz     r6, -4052(0)            # SPRG1's word of the magic page: 0xFFFFF000 + 0x2C
