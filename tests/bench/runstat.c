/*
 * runstat - run one program with standard input and output redirected and
 * print its wall time and peak resident set size:
 *
 *	runstat IN OUT PROGRAM [ARG...]
 *
 * prints "STATUS SECONDS MAXRSS_KIB" on standard output, where STATUS is
 * the exit status (128+N for a signal N).  The program's standard error is
 * passed through.
 *
 * Used by norm-bench instead of measuring from Python: Linux counts the
 * resident memory of the process image a child was forked from in the
 * child's ru_maxrss (a Python parent adds 10 MiB or more to every figure),
 * so the fork has to come from a process this small.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	int in, out, status;
	pid_t pid;

	if (argc < 4) {
		fprintf(stderr, "usage: runstat IN OUT PROGRAM [ARG...]\n");
		return 2;
	}
	if ((in = open(argv[1], O_RDONLY)) < 0 ||
	    (out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0666)) < 0) {
		fprintf(stderr, "runstat: %s\n", strerror(errno));
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) < 0) {
		fprintf(stderr, "runstat: fork: %s\n", strerror(errno));
		return 2;
	}
	if (pid == 0) {
		if (dup2(in, 0) < 0 || dup2(out, 1) < 0)
			_exit(126);
		close(in);
		close(out);
		execvp(argv[3], argv + 3);
		fprintf(stderr, "runstat: cannot run %s: %s\n", argv[3],
		    strerror(errno));
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0) {
		fprintf(stderr, "runstat: wait4: %s\n", strerror(errno));
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%d %.6f %ld\n",
	    WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
	    (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
	    ru.ru_maxrss);
	return 0;
}
