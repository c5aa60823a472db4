# Call-frame directives beyond what GCC writes: rules at a function's first address (which gas
# moves into a CIE of their own, shared by later functions that begin the same way), advances of
# every size, the extended and factored-offset forms, state push/pop, escapes.
	.text
	.globl	_start
_start:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	.cfi_offset 65, 4
	stwu	1, -16(1)
	.cfi_offset 31, -4
	.skip	4 * 63
	.cfi_restore 31
	.skip	4 * 64
	.cfi_def_cfa_register 31
	.skip	4 * 300
	.cfi_def_cfa 1, 0
	.skip	4 * 70000
	.cfi_register 65, 0
	blr
	.cfi_endproc

same_start:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	nop
	.cfi_remember_state
	.cfi_offset 300, -1024
	.cfi_offset 70, 8
	.cfi_restore 108
	nop
	.cfi_restore_state
	blr
	.cfi_endproc

plain:
	.cfi_startproc
	nop
	.cfi_adjust_cfa_offset 32
	.cfi_adjust_cfa_offset -8
	.cfi_escape 0x2e, 0x10
	.cfi_undefined 3
	.cfi_same_value 66
	blr
	.cfi_endproc

starts_plain:
	.cfi_startproc
	.cfi_remember_state
	nop
	.cfi_restore_state
	blr
	.cfi_endproc

again:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	nop
	blr
	.cfi_endproc
	b	.
