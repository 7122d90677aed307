/* size.c - sizes given on the command line: 100, 64K, 256M, 1G. */
#include <stdlib.h>

#include "ntx.h"

bool
ntx_parse_size(const char *s, size_t *n)
{
	unsigned long long v;
	char *end;
	int shift;

	if (*s < '0' || *s > '9')
		return false;
	v = strtoull(s, &end, 10);
	shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ?
	    20 : *end == 'G' || *end == 'g' ? 30 : 0;
	if (shift)
		end++;
	if (*end || v > SIZE_MAX >> shift)
		return false;
	*n = (size_t)v << shift;
	return true;
}
