/*
 * shim.c - an LD_PRELOAD library for the fault tests (tests/faults/run):
 * it makes one stdio call of a filter fail as a full disk or a broken
 * device would.
 *
 *   NTX_FAULT=CALL:N:ERR      CALL is fread, fwrite, fflush or fclose; ERR
 *                             is EIO or ENOSPC: the Nth call of CALL on a
 *                             stream other than stderr does nothing but
 *                             set the stream's error flag and errno (an
 *                             fclose closes the stream, then fails)
 *   NTX_FAULT_FIRED=FILE      created when the fault happens, so the
 *                             runner knows whether point N was reached
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FREAD, FWRITE, FFLUSH, FCLOSE, NCALLS };
static const char *const names[NCALLS] = { "fread", "fwrite", "fflush",
	"fclose" };
static int call = -1, err;
static long at, seen[NCALLS];

static void
setup(void)
{
	static int done;
	const char *spec = getenv("NTX_FAULT");
	char name[16], e[16];

	if (done++ || !spec || sscanf(spec, "%15[^:]:%ld:%15s", name, &at, e) != 3)
		return;
	for (int c = 0; c < NCALLS; c++)
		if (strcmp(name, names[c]) == 0)
			call = c;
	err = strcmp(e, "ENOSPC") == 0 ? ENOSPC : EIO;
}

/* Whether this call is the one to fail. */
static int
fault(int c, FILE *fp)
{
	const char *fired;
	FILE *f;

	setup();
	if (c != call || fp == stderr || fp == NULL || ++seen[c] != at)
		return 0;
	if ((fired = getenv("NTX_FAULT_FIRED")) && (f = fopen(fired, "w")))
		fclose(f);	/* the real fclose: this is no stream of ours */
	return 1;
}

static void *
real(const char *name)
{
	void *f = dlsym(RTLD_NEXT, name);

	if (!f)
		abort();
	return f;
}

size_t
fread(void *p, size_t size, size_t n, FILE *fp)
{
	static size_t (*next)(void *, size_t, size_t, FILE *);

	if (!next)
		next = real("fread");
	if (fault(FREAD, fp)) {
		fp->_flags |= _IO_ERR_SEEN;
		errno = err;
		return 0;
	}
	return next(p, size, n, fp);
}

size_t
fwrite(const void *p, size_t size, size_t n, FILE *fp)
{
	static size_t (*next)(const void *, size_t, size_t, FILE *);

	if (!next)
		next = real("fwrite");
	if (fault(FWRITE, fp)) {
		fp->_flags |= _IO_ERR_SEEN;
		errno = err;
		return 0;
	}
	return next(p, size, n, fp);
}

int
fflush(FILE *fp)
{
	static int (*next)(FILE *);

	if (!next)
		next = real("fflush");
	if (fault(FFLUSH, fp)) {
		fp->_flags |= _IO_ERR_SEEN;
		errno = err;
		return EOF;
	}
	return next(fp);
}

int
fclose(FILE *fp)
{
	static int (*next)(FILE *);

	if (!next)
		next = real("fclose");
	if (fault(FCLOSE, fp)) {
		next(fp);
		errno = err;
		return EOF;
	}
	return next(fp);
}
