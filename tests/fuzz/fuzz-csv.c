/*
 * fuzz-csv.c - libFuzzer target for ntx-csv: any bytes, read as TSV with
 * a header line, written as CSV in memory.
 *
 * Besides crashes, it checks what the man page promises: the output is
 * valid UTF-8 and valid CSV that libcsv reads back in strict mode, every
 * record with as many cells as the header line; and under the guard no
 * cell starts (after spaces) like a formula unless it is a plain number.
 *
 * Byte 0 picks the options: bit 0 --guard, bit 1 --crlf, bit 2 -d ';',
 * bit 3 --bom; the rest is the input.
 */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#define main csv_main
#include "../../filters/csv/csv.c"
#undef main
#include "../../filters/csv/cell.c"
#include "../../filters/csv/append.c"
#include "capture.h"

#define FAIL(why) do { \
	fprintf(stderr, "fuzz-csv: %s (record %zu)\n", why, rc.records); \
	abort(); \
} while (0)

struct readback {
	size_t records, cells, header_cells;
	bool guard;
};

static void
on_cell(void *s, size_t len, void *data)
{
	struct readback *b = data;

	b->cells++;
	if (b->guard && b->records > 0 && len > 0 && formula_start(s, len) &&
	    !is_plain_number(s, len) && ((char *)s)[0] != '\'') {
		fprintf(stderr, "fuzz-csv: an unguarded formula cell\n");
		abort();
	}
}

static void
on_end(int c, void *data)
{
	struct readback *b = data;

	(void)c;
	if (b->records == 0)
		b->header_cells = b->cells;
	else if (b->cells != b->header_cells) {
		fprintf(stderr, "fuzz-csv: record %zu has %zu cells, the header %zu\n",
		    b->records, b->cells, b->header_cells);
		abort();
	}
	b->records++;
	b->cells = 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct table z = { .eol = "\n", .header = true };
	struct readback rc = { 0 };
	struct csv_parser p;
	char *out, *s;
	size_t n;

	if (size < 1)
		return 0;
	ntx_prog = "fuzz-csv";
	z.style.guard = data[0] & 1;
	z.eol = data[0] & 2 ? "\r\n" : "\n";
	z.style.delim = data[0] & 4 ? ';' : ',';
	z.bom = data[0] & 8;
	cell_style_init(&z.style);
	rc.guard = z.style.guard;
	fuzz_capture(csv_file, &z, data + 1, size - 1, &out, &n);
	/* What is left in the row buffer goes out too. */
	s = realloc(out, n + z.row.len + 1);
	if (!s)
		abort();
	if (z.row.len)
		memcpy(s + n, z.row.p, z.row.len);
	n += z.row.len;
	if (ntx_utf8_valid_prefix(s, n) != n)
		FAIL("invalid UTF-8");
	if (z.bom && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		memmove(s, s + 3, n -= 3);
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		abort();
	csv_set_delim(&p, z.style.delim);
	csv_set_space_func(&p, no_space);
	if (csv_parse(&p, s, n, on_cell, on_end, &rc) != n ||
	    csv_fini(&p, on_cell, on_end, &rc) != 0)
		FAIL("not CSV");
	csv_free(&p);
	free(s);
	teardown(&z);
	return 0;
}
