# relative branches that leave a page below its first word and wrap around 2^32 both ways, in the
# page loop: at EA 0xFFFFFFF8 `addi`, then at 0xFFFFFFFC a `bc` always forward to 0xC (past 2^32);
# at 0xC `b` back to 0, where a `bdnz` goes back to 0xFFFFFFF8 (below its page, past 0 the other
# way), 1000 times round; then back here. r3 counts the rounds.
.include "include/e500.inc"
.section .text.start, "ax"
.globl _start
_start:
        li r3, 0
        # TLB1[3]: EA 0xFFFFF000 -> PA 0x00300000, 4K, SX SW SR
        TLB_WRITE 0x10030000, 0x80000100, 0xFFFFF000, 0x00300015
        # copy hi (2 words) to PA 0x300FF8, lo (4 words) to PA 0 (EA 0 through the boot mapping)
        COPY_WORDS hi, 0x300FF8, 2
        COPY_WORDS lo, 0, 4
        msync
        isync
        LOAD32 r20, back
        LOAD32 r21, 0xFFFFFFF8
        li r6, 1000
        mtctr r6
        mtlr r21
        blr
back:   li r4, 0
done:   b done
# The displacements are relative to each word, so they hold where the words are copied to.
hi:     addi r3, r3, 1          # 0xFFFFFFF8
        bc 20, 0, .+16          # 0xFFFFFFFC: always, to 0x0000000C
lo:     bdnz .-8                # 0x0: to 0xFFFFFFF8 while CTR != 0
        mtctr r20               # 0x4
        bctr                    # 0x8: back
        b .-12                  # 0xC: to 0x0
