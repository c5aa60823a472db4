/*
 * tlbvisor's Linux guest init: TLB-heavy work whose every result is known in advance.
 *
 * Runs as /init (pid 1) from the kernel's built-in initramfs, prints one line per result and powers
 * the machine off. Built freestanding: no C library, its own _start and system calls (`sc`, number in
 * r0, arguments in r3..r8, result in r3, CR0[SO] set on error with r3 = errno). Every instruction the
 * guest runs in user mode is therefore in this file, nothing runs before main but the five lines of
 * _start, and the same binary works on e500v2 (no classic FPU) and e500mc without the kernel's
 * floating-point emulation.
 *
 * Expected results, derived by hand (4 KiB pages, 1024 32-bit words per page; the program checks each
 * against the constant below and prints "ok" or "MISMATCH"):
 *
 *  mmap    1024 anonymous pages (4 MiB, one mmap2), word k of the region (k = 0 .. 1048575) := k,
 *          written in order, so every page is first touched by a store (a page fault, then a TLB miss).
 *          sum of all words = n(n-1)/2 with n = 2^20           = 549755289600 = 0x0000007ffff80000
 *  stride  8 rounds reading word 0 of each page, page after page (a different page on every access;
 *          1024 pages are more than the e500v2's 512-entry TLB0 holds). Word 0 of page i holds 1024*i:
 *          8 * 1024 * (0 + 1 + ... + 1023) = 8 * 1024 * 523776 = 4290772992   = 0x00000000ffc00000
 *  munmap  the 512 odd pages unmapped one by one (512 munmap calls), then mapped again with MAP_FIXED,
 *          one by one: they read as zero, the even pages keep their words.
 *          sum = sum over even i of (1024*1024*i + 523776)
 *              = 1048576 * (0 + 2 + ... + 1022) + 512 * 523776
 *              = 1048576 * 261632 + 268173312 = 274609209344             = 0x0000003feffc0000
 *          then the whole region is unmapped.
 *  fork    4 children; child c (1..4) sums 1 .. 100c and sends (c, sum) through a pipe, then exits
 *          with status 10c. Triangular numbers 100c(100c+1)/2: 5050 20100 45150 80200; statuses 10 20 30 40.
 *  cow     64 private anonymous pages, every word 0x11111111 in the parent, then fork:
 *          before  64 * 1024 * 0x11111111                               = 0x0000111111110000
 *          the child sees that sum, writes 0x22220000 + page into every word of its copy:
 *          child   64 * 1024 * 0x22220000 + 1024 * (0 + ... + 63)
 *                  = 0x222200000000 + 1024 * 2016                       = 0x00002222001f8000
 *          then tells the parent, which still sees 0x0000111111110000, writes 0x33330000 + page:
 *          parent  0x333300000000 + 0x1f8000                             = 0x00003333001f8000
 *          then tells the child, which sums its copy again (0x00002222001f8000) and exits 0 if so.
 *  exec    a child execs /init with arguments "exec" and "7"; that program prints 7! = 5040 and exits
 *          with 5040 mod 256 = 176, which the parent prints.
 *  pid     getpid() in init is 1.
 * Then "tlbvisor-init: all ok" (or "tlbvisor-init: FAILED n") and reboot(RB_POWER_OFF).
 */

typedef unsigned long u32;
typedef unsigned long long u64;

/* System call numbers and constants (arch/powerpc/kernel/syscalls/syscall.tbl and uapi headers). */
enum {
	SYS_exit = 1, SYS_fork = 2, SYS_read = 3, SYS_write = 4, SYS_close = 6, SYS_execve = 11,
	SYS_getpid = 20, SYS_pipe = 42, SYS_reboot = 88, SYS_munmap = 91, SYS_wait4 = 114,
	SYS_mmap2 = 192,
};
#define PROT_RW 3 /* PROT_READ | PROT_WRITE */
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define PAGE 4096
#define WORDS (PAGE / 4)

static long syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long r0 __asm__("r0") = n;
	register long r3 __asm__("r3") = a;
	register long r4 __asm__("r4") = b;
	register long r5 __asm__("r5") = c;
	register long r6 __asm__("r6") = d;
	register long r7 __asm__("r7") = e;
	register long r8 __asm__("r8") = f;
	__asm__ volatile("sc\n\t"
			 "bns+ 1f\n\t"
			 "neg %1, %1\n"
			 "1:"
			 : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7), "+r"(r8)
			 :
			 : "memory", "cr0", "r9", "r10", "r11", "r12", "ctr", "xer");
	return r3;
}
#define sys0(n) syscall6(n, 0, 0, 0, 0, 0, 0)
#define sys1(n, a) syscall6(n, (long)(a), 0, 0, 0, 0, 0)
#define sys3(n, a, b, c) syscall6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)

/* The compiler may emit calls to these for aggregate initialisation; there is no C library. */
void *memset(void *d, int c, unsigned long n)
{
	unsigned char *p = d;
	while (n--)
		*p++ = (unsigned char)c;
	return d;
}
void *memcpy(void *d, const void *s, unsigned long n)
{
	unsigned char *p = d;
	const unsigned char *q = s;
	while (n--)
		*p++ = *q++;
	return d;
}

/* ---- output ---------------------------------------------------------------------------------- */

static char line[160];
static int len;

static void put(const char *s)
{
	while (*s && len < (int)sizeof line)
		line[len++] = *s++;
}
static void put_dec(u32 v)
{
	char b[12];
	int i = 0;
	do {
		b[i++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (i--) {
		char c[2] = { b[i], 0 };
		put(c);
	}
}
static void put_hex64(u64 v)
{
	char b[19] = "0x";
	for (int i = 0; i < 16; i++)
		b[2 + i] = "0123456789abcdef"[(v >> (60 - 4 * i)) & 15];
	b[18] = 0;
	put(b);
}
static void flush(void)
{
	line[len < (int)sizeof line ? len : (int)sizeof line - 1] = '\n';
	sys3(SYS_write, 1, line, len + 1);
	len = 0;
}

static int failures;

/* Ends the current line with " ok" or " MISMATCH (expected ...)" and prints it. */
static void check(u64 got, u64 want)
{
	if (got == want) {
		put(" ok");
	} else {
		put(" MISMATCH expected ");
		put_hex64(want);
		failures++;
	}
	flush();
}
static void check_value(const char *what, u64 got, u64 want)
{
	put("tlbvisor-init: ");
	put(what);
	put(" ");
	put_hex64(got);
	check(got, want);
}
static void fail(const char *what, long err)
{
	put("tlbvisor-init: ");
	put(what);
	put(" failed, error ");
	put_dec((u32)-err);
	flush();
	failures++;
}

/* ---- helpers ----------------------------------------------------------------------------------- */

static u32 *map(void *at, u32 pages, long flags)
{
	return (u32 *)syscall6(SYS_mmap2, (long)at, (long)(pages * PAGE), PROT_RW,
			       MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);
}
static int bad_pointer(void *p)
{
	return (u32)p >= (u32)-4095; /* an errno, not an address */
}
static u64 sum_words(const u32 *p, u32 words)
{
	u64 s = 0;
	for (u32 k = 0; k < words; k++)
		s += p[k];
	return s;
}
static int wait_child(long pid)
{
	int status = 0;
	long r = syscall6(SYS_wait4, pid, (long)&status, 0, 0, 0, 0);
	if (r != pid) {
		fail("wait4", r);
		return -1;
	}
	return (status >> 8) & 0xff;
}
static void write_all(int fd, const void *p, long n)
{
	sys3(SYS_write, fd, p, n);
}
static long read_all(int fd, void *p, long n)
{
	long got = 0;
	while (got < n) {
		long r = sys3(SYS_read, fd, (char *)p + got, n - got);
		if (r <= 0)
			return r < 0 ? r : got;
		got += r;
	}
	return got;
}

/* ---- the workload ------------------------------------------------------------------------------ */

#define MAP_PAGES 1024

static void test_mmap(void)
{
	u32 *p = map(0, MAP_PAGES, 0);
	if (bad_pointer(p)) {
		fail("mmap", (long)p);
		return;
	}
	for (u32 k = 0; k < MAP_PAGES * WORDS; k++)
		p[k] = k;
	check_value("mmap   1024 pages, word k = k, sum", sum_words(p, MAP_PAGES * WORDS), 0x7ffff80000ULL);

	u64 s = 0;
	for (int round = 0; round < 8; round++)
		for (u32 i = 0; i < MAP_PAGES; i++)
			s += p[i * WORDS];
	check_value("stride 8 x word 0 of each page, sum", s, 0xffc00000ULL);

	for (u32 i = 1; i < MAP_PAGES; i += 2) {
		long r = sys3(SYS_munmap, p + i * WORDS, PAGE, 0);
		if (r) {
			fail("munmap", r);
			return;
		}
	}
	for (u32 i = 1; i < MAP_PAGES; i += 2) {
		u32 *q = map(p + i * WORDS, 1, MAP_FIXED);
		if (q != p + i * WORDS) {
			fail("mmap MAP_FIXED", (long)q);
			return;
		}
	}
	check_value("munmap 512 odd pages, remapped, sum", sum_words(p, MAP_PAGES * WORDS), 0x3feffc0000ULL);
	long r = sys3(SYS_munmap, p, MAP_PAGES * PAGE, 0);
	if (r)
		fail("munmap", r);
}

static void test_fork(void)
{
	static const u32 want_sum[5] = { 0, 5050, 20100, 45150, 80200 };
	int fds[2];
	long r = sys1(SYS_pipe, fds);
	if (r) {
		fail("pipe", r);
		return;
	}
	long pids[5];
	for (u32 c = 1; c <= 4; c++) {
		pids[c] = sys0(SYS_fork);
		if (pids[c] == 0) {
			u32 msg[2] = { c, 0 };
			for (u32 k = 1; k <= 100 * c; k++)
				msg[1] += k;
			write_all(fds[1], msg, sizeof msg);
			sys1(SYS_exit, 10 * c);
		}
		if (pids[c] < 0) {
			fail("fork", pids[c]);
			return;
		}
	}
	u32 sums[5] = { 0 };
	for (int n = 0; n < 4; n++) {
		u32 msg[2];
		if (read_all(fds[0], msg, sizeof msg) != sizeof msg || msg[0] < 1 || msg[0] > 4) {
			fail("pipe read", -5);
			return;
		}
		sums[msg[0]] = msg[1];
	}
	for (u32 c = 1; c <= 4; c++) {
		int status = wait_child(pids[c]);
		put("tlbvisor-init: fork   child ");
		put_dec(c);
		put(" sum 1..");
		put_dec(100 * c);
		put(" = ");
		put_dec(sums[c]);
		put(", exit status ");
		put_dec((u32)status);
		check(((u64)sums[c] << 8) | (u32)status, ((u64)want_sum[c] << 8) | (10 * c));
	}
	sys1(SYS_close, fds[0]);
	sys1(SYS_close, fds[1]);
}

#define COW_PAGES 64

static void fill(u32 *p, u32 base)
{
	for (u32 i = 0; i < COW_PAGES; i++)
		for (u32 j = 0; j < WORDS; j++)
			p[i * WORDS + j] = base + i;
}

static void test_cow(void)
{
	u32 *p = map(0, COW_PAGES, 0);
	int to_parent[2], to_child[2];
	if (bad_pointer(p)) {
		fail("mmap", (long)p);
		return;
	}
	if (sys1(SYS_pipe, to_parent) || sys1(SYS_pipe, to_child)) {
		fail("pipe", -1);
		return;
	}
	for (u32 k = 0; k < COW_PAGES * WORDS; k++)
		p[k] = 0x11111111;
	check_value("cow    before fork, sum", sum_words(p, COW_PAGES * WORDS), 0x111111110000ULL);

	long pid = sys0(SYS_fork);
	if (pid == 0) {
		u64 seen = sum_words(p, COW_PAGES * WORDS);
		fill(p, 0x22220000);
		u64 mine = sum_words(p, COW_PAGES * WORDS);
		u64 msg[2] = { seen, mine };
		write_all(to_parent[1], msg, sizeof msg);
		char go;
		read_all(to_child[0], &go, 1); /* the parent has written its own pattern */
		u64 again = sum_words(p, COW_PAGES * WORDS);
		sys1(SYS_exit, again == 0x2222001f8000ULL ? 0 : 1);
	}
	if (pid < 0) {
		fail("fork", pid);
		return;
	}
	u64 msg[2];
	if (read_all(to_parent[0], msg, sizeof msg) != sizeof msg) {
		fail("pipe read", -5);
		return;
	}
	check_value("cow    child saw, sum", msg[0], 0x111111110000ULL);
	check_value("cow    child wrote, child's sum", msg[1], 0x2222001f8000ULL);
	check_value("cow    parent's sum after child wrote", sum_words(p, COW_PAGES * WORDS), 0x111111110000ULL);
	fill(p, 0x33330000);
	check_value("cow    parent wrote, parent's sum", sum_words(p, COW_PAGES * WORDS), 0x3333001f8000ULL);
	write_all(to_child[1], "g", 1);
	int status = wait_child(pid);
	put("tlbvisor-init: cow    child's sum after parent wrote: exit status ");
	put_dec((u32)status);
	check((u32)status, 0);
	sys3(SYS_munmap, p, COW_PAGES * PAGE, 0);
	sys1(SYS_close, to_parent[0]);
	sys1(SYS_close, to_parent[1]);
	sys1(SYS_close, to_child[0]);
	sys1(SYS_close, to_child[1]);
}

static void test_exec(char **envp)
{
	long pid = sys0(SYS_fork);
	if (pid == 0) {
		char *argv[] = { "/init", "exec", "7", 0 };
		long r = sys3(SYS_execve, "/init", argv, envp);
		fail("execve", r);
		sys1(SYS_exit, 255);
	}
	if (pid < 0) {
		fail("fork", pid);
		return;
	}
	int status = wait_child(pid);
	put("tlbvisor-init: exec   exit status ");
	put_dec((u32)status);
	check((u32)status, 176);
}

/* The exec'd program: "/init exec N" prints N! and exits with N! mod 256. */
static int exec_main(const char *arg)
{
	u32 n = 0, f = 1;
	while (*arg >= '0' && *arg <= '9')
		n = n * 10 + (u32)(*arg++ - '0');
	for (u32 k = 2; k <= n; k++)
		f *= k;
	put("tlbvisor-init: exec   ");
	put_dec(n);
	put("! = ");
	put_dec(f);
	check(f, 5040);
	return (int)(f & 0xff);
}

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

int start_c(long *sp)
{
	long argc = sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;

	if (argc == 3 && streq(argv[1], "exec"))
		sys1(SYS_exit, exec_main(argv[2]));

	put("tlbvisor-init: start, pid ");
	put_dec((u32)sys0(SYS_getpid));
	check((u32)sys0(SYS_getpid), 1);
	test_mmap();
	test_fork();
	test_cow();
	test_exec(envp);
	if (failures) {
		put("tlbvisor-init: FAILED ");
		put_dec((u32)failures);
	} else {
		put("tlbvisor-init: all ok, powering off");
	}
	flush();
	/* reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_POWER_OFF): the kernel
	 * drives the gpio-poweroff pin; on QEMU the machine stops here. */
	long r = syscall6(SYS_reboot, 0xfee1dead, 672274793, 0x4321fedc, 0, 0, 0);
	fail("reboot", r);
	for (;;)
		syscall6(SYS_read, 0, (long)line, 1, 0, 0, 0);
}

/* The kernel starts a process with r1 pointing at argc, argv[], 0, envp[], 0. Align the stack, end
 * the back chain and call start_c(sp); it never returns (pid 1 must not exit). */
__asm__(".globl _start\n"
	"_start:\n"
	"	mr 3, 1\n"
	"	clrrwi 1, 1, 4\n"
	"	li 0, 0\n"
	"	stwu 0, -16(1)\n"
	"	bl start_c\n"
	"	trap\n");
