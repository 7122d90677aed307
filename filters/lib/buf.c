/* buf.c - growable byte buffers. */
#include <stdlib.h>

#include "ntx.h"

void
ntx_buf_grow(struct ntx_buf *b, size_t extra)
{
	size_t cap = b->cap ? b->cap : 256;
	char *p;

	if (extra > SIZE_MAX / 2 - b->len)
		ntx_die(NTX_EXIT_FAIL, "out of memory");
	while (cap - b->len < extra)
		cap *= 2;
	if (!(p = realloc(b->p, cap)))
		ntx_die(NTX_EXIT_FAIL, "out of memory");
	b->p = p;
	b->cap = cap;
}

void
ntx_buf_free(struct ntx_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}
