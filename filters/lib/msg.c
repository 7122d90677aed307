/* msg.c - diagnostics in one form for every filter (git's message rules). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ntx.h"

const char *ntx_prog = "ntx";

void
ntx_setprog(const char *argv0)
{
	const char *slash = strrchr(argv0, '/');

	ntx_prog = slash ? slash + 1 : argv0;
}

static void
vwarn_at(const char *file, unsigned long line, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", ntx_prog);
	if (file && line)
		fprintf(stderr, "%s:%lu: ", file, line);
	else if (file)
		fprintf(stderr, "%s: ", file);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
ntx_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(NULL, 0, fmt, ap);
	va_end(ap);
}

void
ntx_warn_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(file, line, fmt, ap);
	va_end(ap);
}

void
ntx_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(NULL, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

void
ntx_help(const char *synopsis, const char *body)
{
	printf("usage: %s %s\n\n%s", ntx_prog, synopsis, body);
	ntx_out_close();
	exit(NTX_EXIT_OK);
}

void
ntx_usage(const char *synopsis)
{
	fprintf(stderr, "usage: %s %s\nTry '%s --help' for more information.\n",
	    ntx_prog, synopsis, ntx_prog);
	exit(NTX_EXIT_USAGE);
}
