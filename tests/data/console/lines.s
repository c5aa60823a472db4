# lines: prints "one\ntwo\n", then the prompt "=> " (no newline), counts 3 M instructions, prints
# "!\n" and powers off: the live console's flushes (a line at its newline, the prompt while the
# count runs) are seen by the writer.
        .include "include/e500.inc"
        .section .text.start, "ax"
        .globl  _start
_start:
        TLB_WRITE 0x10010000, 0x80000100, 0xE000400A, 0xE0004005, 0xF
        TLB_WRITE 0x10020000, 0x80000100, 0xE00FF00A, 0xE00FF005, 0xF
        LOAD32  r9, 0xE0004500
        LOAD32  r5, lines
        bl      print
        lis     r6, 0x30                # 3,145,728 iterations of the count
        mtctr   r6
count:  bdnz    count
        LOAD32  r5, last
        bl      print
        LOAD32  r8, 0xE00FF000
        lis     r4, 0x8000
        stw     r4, 0(r8)               # GPDIR: pin 0 is an output
        stw     r4, 8(r8)               # GPDAT: pin 0 high -> power off
done:   b       done
# print: the NUL-terminated string at r5, one byte per UART store.
print:  lbz     r4, 0(r5)
        cmpwi   r4, 0
        beqlr
        stb     r4, 0(r9)
        addi    r5, r5, 1
        b       print
        .section .rodata
lines:  .asciz  "one\ntwo\n=> "
last:   .asciz  "!\n"
