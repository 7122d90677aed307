/* version.c - what --version prints: the filter's and its libraries' versions. */
#include <stdlib.h>

#include "ntx.h"

void
ntx_print_version(const char *libraries)
{
	printf("%s %s\n%s\n", ntx_prog, NTX_VERSION, libraries);
	ntx_out_close();
	exit(NTX_EXIT_OK);
}
