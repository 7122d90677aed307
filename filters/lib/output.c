/*
 * output.c - standard output through one large buffer.  Every write is
 * checked: a full disk or an I/O error ends the program with status 1.
 * A closed pipe ends it quietly, by SIGPIPE as usual, or with status 1
 * and no message when the caller ignores SIGPIPE.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ntx.h"

#define OUT_BUFFER ((size_t)128 << 10)

static _Noreturn void
write_failed(int err)
{
	if (err != EPIPE)
		ntx_warn("write error: %s", strerror(err));
	exit(NTX_EXIT_FAIL);
}

void
ntx_out_init(void)
{
	setvbuf(stdout, NULL, _IOFBF, OUT_BUFFER);
}

void
ntx_out_write(const void *p, size_t n)
{
	if (n && fwrite(p, 1, n, stdout) != n)
		write_failed(errno);
}

void
ntx_out_close(void)
{
	if (fflush(stdout) == EOF || ferror(stdout))
		write_failed(errno ? errno : EIO);
	if (fclose(stdout) == EOF)
		write_failed(errno);
}
