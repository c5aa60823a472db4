/* A program as Debian's GCC links it by default, code moved with -Ttext: its
 * .note.gnu.build-id keeps a segment of its own at 0x100000f4, above 128 MiB of RAM
 * (tests/elf_notes.rs has the command). It leaves fib(20) = 6765 in r3 and `result`, and
 * spins. */
unsigned int result;

void _start(void)
{
	unsigned int a = 0, b = 1;
	for (int i = 0; i < 20; i++) {
		unsigned int t = a + b;
		a = b;
		b = t;
	}
	result = a;
	__asm__ volatile("mr 3,%0\n1:\tb 1b" : : "r"(a));
}
