# echo: prints "=> ", then echoes every byte UART0 receives (polling LSR[DR]) until it
# receives "!"; r20 counts the bytes received. Before the prompt it polls the receiver 1000
# times (a "press any key" countdown, like U-Boot's autoboot): a byte that arrives then is
# consumed and "abort\r\n" printed first.
        .include "include/e500.inc"
        .section .text.start, "ax"
        .globl  _start
_start:
        TLB_WRITE 0x10010000, 0x80000100, 0xE000400A, 0xE0004005, 0xF
        LOAD32  r9, 0xE0004500
        li      r20, 0
        li      r21, 1000
countdown:
        lbz     r7, 5(r9)               # LSR
        andi.   r7, r7, 0x01            # DR
        bne     abort
        addi    r21, r21, -1
        cmpwi   r21, 0
        bne     countdown
        b       prompt
abort:  lbz     r4, 0(r9)               # consume the key
        LOAD32  r5, aborted
        bl      puts
prompt: LOAD32  r5, promptmsg
        bl      puts
loop:   lbz     r7, 5(r9)
        andi.   r7, r7, 0x01
        beq     loop
        lbz     r4, 0(r9)               # RBR
        addi    r20, r20, 1
        stb     r4, 0(r9)               # echo
        cmpwi   r4, 0x21                # '!'
        bne     loop
done:   b       done

puts:   lbz     r4, 0(r5)
        cmpwi   r4, 0
        beqlr
        stb     r4, 0(r9)
        addi    r5, r5, 1
        b       puts

        .section .rodata
aborted:
        .asciz  "abort\r\n"
promptmsg:
        .asciz  "=> "
