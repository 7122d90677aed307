/* input.c - the operands of a filter, in order, with "-" as standard input. */
#include "ntx.h"

static int
one(const char *name, int (*fn)(struct ntx_reader *, void *), void *ctx)
{
	struct ntx_reader r;
	int status;

	if (ntx_reader_open(&r, name) < 0)
		return NTX_EXIT_FAIL;
	status = fn(&r, ctx) ? NTX_EXIT_FAIL : NTX_EXIT_OK;
	if (ntx_reader_close(&r) < 0)
		status = NTX_EXIT_FAIL;
	return status;
}

int
ntx_each_input(int argc, char **argv,
    int (*fn)(struct ntx_reader *, void *), void *ctx)
{
	int status = NTX_EXIT_OK;

	if (argc == 0)
		return one("-", fn, ctx);
	for (int i = 0; i < argc; i++)
		if (one(argv[i], fn, ctx) != NTX_EXIT_OK)
			status = NTX_EXIT_FAIL;
	return status;
}
