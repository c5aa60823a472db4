/*
 * The second guest's init: a different workload, linked statically against Debian's glibc (so its
 * start-up code, stdio, malloc and setjmp run too, the last of them through the kernel's
 * floating-point emulation on an e500v2).
 *
 * Expected results, each printed and checked against the constant here ("ok" or "MISMATCH"):
 *  sieve    Eratosthenes' sieve over a 1,000,000-byte malloc'd array (245 pages from brk or mmap):
 *           78498 primes below 10^6, the largest 999983, their sum 37550402023 (well-known values;
 *           docs/linux-guest.md shows how to recompute them).
 *  ring     a ring of 6 processes joined by pipes: process k (1..6) reads a number, adds k*k and
 *           passes it on; starting from 0 the parent reads back 1+4+9+16+25+36 = 91.
 *  protect  (in a child process) 16 pages mapped, filled with page i := i+1 in every word, made read-only with mprotect; a
 *           store to each page raises SIGSEGV, whose handler counts it, records the faulting page
 *           and makes that page writable again, so the store is retried and succeeds:
 *           16 faults, faulting pages 0..15 in order (the index sum 120), and after the stores
 *           (word 0 of page i := 100+i) the sum of all words is
 *           sum_i (1023*(i+1) + 100+i) = 1023*136 + 1600 + 120 = 140848.
 *  setjmp   longjmp out of 3 nested calls 10 times (glibc's setjmp saves floating-point registers
 *           with stfd): 10 returns through setjmp, depth reached 3 each time, sum 30.
 *  sleep    3 nanosleeps of 10 ms each, all returning 0 (the kernel's timer and idle paths).
 * Then "alt-init: all ok, powering off" and reboot(RB_POWER_OFF).
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/reboot.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int failures;

static void check(const char *what, unsigned long long got, unsigned long long want)
{
	if (got == want) {
		printf("alt-init: %s = %llu ok\n", what, got);
	} else {
		printf("alt-init: %s = %llu MISMATCH expected %llu\n", what, got, want);
		failures++;
	}
}

static void sieve(void)
{
	enum { N = 1000000 };
	unsigned char *composite = calloc(N, 1);
	if (!composite) {
		printf("alt-init: sieve calloc failed\n");
		failures++;
		return;
	}
	unsigned long count = 0, largest = 0;
	unsigned long long sum = 0;
	for (unsigned long i = 2; i < N; i++) {
		if (composite[i])
			continue;
		count++;
		largest = i;
		sum += i;
		for (unsigned long m = i * i; i < 1000 && m < N; m += i)
			composite[m] = 1;
	}
	free(composite);
	check("sieve primes below 1000000", count, 78498);
	check("sieve largest", largest, 999983);
	check("sieve sum", sum, 37550402023ULL);
}

static void ring(void)
{
	enum { K = 6 };
	int pipes[K + 1][2];
	for (int k = 0; k <= K; k++)
		if (pipe(pipes[k])) {
			perror("alt-init: pipe");
			failures++;
			return;
		}
	/* Process k reads pipes[k-1] and writes pipes[k]; the parent writes pipes[0], reads pipes[K]. */
	for (int k = 1; k <= K; k++) {
		pid_t pid = fork();
		if (pid == 0) {
			long v;
			if (read(pipes[k - 1][0], &v, sizeof v) != sizeof v)
				_exit(1);
			v += k * k;
			if (write(pipes[k][1], &v, sizeof v) != sizeof v)
				_exit(1);
			_exit(0);
		}
		if (pid < 0) {
			perror("alt-init: fork");
			failures++;
			return;
		}
	}
	long v = 0;
	if (write(pipes[0][1], &v, sizeof v) != sizeof v || read(pipes[K][0], &v, sizeof v) != sizeof v)
		v = -1;
	int bad = 0;
	for (int k = 1; k <= K; k++) {
		int status;
		if (wait(&status) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
			bad++;
	}
	check("ring of 6 processes, sum of k*k", (unsigned long long)v, 91);
	check("ring children that failed", bad, 0);
	for (int k = 0; k <= K; k++) {
		close(pipes[k][0]);
		close(pipes[k][1]);
	}
}

enum { PROT_PAGES = 16 };
static unsigned char *prot_base;
static long page_size;
static volatile int faults, fault_index_sum, fault_order_ok = 1;

static void on_segv(int sig, siginfo_t *info, void *ctx)
{
	(void)sig;
	(void)ctx;
	long page = ((unsigned char *)info->si_addr - prot_base) / page_size;
	if (page < 0 || page >= PROT_PAGES || mprotect(prot_base + page * page_size, page_size,
						     PROT_READ | PROT_WRITE))
		_exit(99);
	if (page != faults)
		fault_order_ok = 0;
	faults++;
	fault_index_sum += page;
}

static void protect(void)
{
	page_size = sysconf(_SC_PAGESIZE);
	long words = page_size / 4;
	prot_base = mmap(0, PROT_PAGES * page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
			 -1, 0);
	if (prot_base == MAP_FAILED) {
		perror("alt-init: mmap");
		failures++;
		return;
	}
	unsigned int *w = (unsigned int *)prot_base;
	for (long i = 0; i < PROT_PAGES; i++)
		for (long j = 0; j < words; j++)
			w[i * words + j] = i + 1;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, 0);
	mprotect(prot_base, PROT_PAGES * page_size, PROT_READ);
	for (long i = 0; i < PROT_PAGES; i++)
		((volatile unsigned int *)w)[i * words] = 100 + i;
	unsigned long long sum = 0;
	for (long k = 0; k < PROT_PAGES * words; k++)
		sum += w[k];
	check("protect faults", faults, 16);
	check("protect faulting page index sum", fault_index_sum, 120);
	check("protect faults in page order", fault_order_ok, 1);
	check("protect sum after stores", sum, 140848);
	munmap(prot_base, PROT_PAGES * page_size);
}

static jmp_buf env;
static int depth;

__attribute__((noinline)) static void dive3(void)
{
	depth++;
	longjmp(env, depth);
}
__attribute__((noinline)) static void dive2(void)
{
	depth++;
	dive3();
}
__attribute__((noinline)) static void dive1(void)
{
	depth++;
	dive2();
}

static void jumps(void)
{
	volatile int returns = 0, sum = 0;
	for (volatile int i = 0; i < 10; i++) {
		depth = 0;
		int got = setjmp(env);
		if (got) {
			returns++;
			sum += got;
			continue;
		}
		dive1();
	}
	check("setjmp returns", returns, 10);
	check("setjmp depth sum", sum, 30);
}

static void sleeps(void)
{
	int zero = 0;
	for (int i = 0; i < 3; i++) {
		struct timespec t = { 0, 10 * 1000 * 1000 };
		if (nanosleep(&t, 0) == 0)
			zero++;
	}
	check("nanosleep 10 ms returning 0", zero, 3);
}

int main(void)
{
	setvbuf(stdout, 0, _IONBF, 0);
	printf("alt-init: start\n");
	sieve();
	ring();
	/* In a child: the kernel reports every SIGSEGV that pid 1 takes on the console (rate-limited,
	 * so how many lines appear would depend on time), whether or not a handler catches it. */
	pid_t pid = fork();
	if (pid == 0) {
		protect();
		_exit(failures);
	}
	int status;
	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		failures++;
	else
		failures += WEXITSTATUS(status);
	jumps();
	sleeps();
	if (failures)
		printf("alt-init: FAILED %d\n", failures);
	else
		printf("alt-init: all ok, powering off\n");
	reboot(RB_POWER_OFF);
	perror("alt-init: reboot");
	for (;;)
		pause();
}
