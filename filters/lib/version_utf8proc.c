/*
 * version_utf8proc.c - utf8proc's version and its Unicode version, read at
 * run time: results depend on the library actually loaded.
 */
#include <utf8proc.h>

#include "ntx.h"

void
ntx_utf8proc_version(char *out, size_t size)
{
	snprintf(out, size, "utf8proc %s (Unicode %s)", utf8proc_version(),
	    utf8proc_unicode_version());
}
