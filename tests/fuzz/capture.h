/*
 * capture.h - what every fuzz target does: run a filter's function for
 * one input (the fn of ntx_each_input) on bytes in memory, with standard
 * output captured in memory (*out, *len; the caller frees *out).
 */
#include <stdio.h>
#include <stdlib.h>

#include "ntx.h"

static void
fuzz_capture(int (*fn)(struct ntx_reader *, void *), void *ctx,
    const uint8_t *data, size_t size, char **out, size_t *len)
{
	struct ntx_reader r;
	FILE *real = stdout;

	stdout = open_memstream(out, len);
	ntx_reader_open(&r, "-");
	r.fp = fmemopen((void *)data, size, "rb");
	if (!stdout || !r.fp)
		abort();
	fn(&r, ctx);
	fclose(r.fp);
	r.fp = NULL;
	ntx_reader_close(&r);
	fclose(stdout);
	stdout = real;
}
