/*
 * fuzz-nums.c - libFuzzer target for ntx-nums: any bytes, read as the
 * sentence stream, through the reader, the header lines, the language
 * guess and the expression finder, with the output captured in memory.
 *
 * Besides crashes, it checks what the man page promises: valid UTF-8;
 * every line ended by LF; the header line first, unless -H; every other
 * line a row of exactly 14 TAB-separated fields, where sentence_no (1) is
 * a positive integer, kind (3) one of number, percent, money, quantity,
 * date, time, ratio, ordinal, and text (2) occurs in sentence (7): both
 * are the same bytes of the line, with TAB, CR and LF made spaces alike.
 *
 * Byte 0 picks the options: bits 0-1 the language (-l auto, vi, en,
 * auto), bit 2 -H; the rest is the input.
 *
 * The nums sources are included, so the build needs the generated
 * words.inc on the include path (tests/fuzz/run).
 */
#include <stdlib.h>
#include <string.h>

#define main nums_main
#include "../../filters/nums/nums.c"
#undef main
#include "../../filters/nums/dates.c"
#include "../../filters/nums/find.c"
#include "../../filters/nums/measure.c"
#include "../../filters/nums/spelled.c"
#include "../../filters/nums/times.c"
#include "../../filters/nums/table.c"
#include "../../filters/nums/tokens.c"
#include "../../filters/nums/value.c"
#include "../../filters/nums/wordnum.c"
#include "../../filters/nums/words.c"
#include "capture.h"

#define NFIELDS 14

static const char header_line[] =
	"sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence"
	"\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource";

#define FAIL(why) do { \
	fprintf(stderr, "fuzz-nums: %s at byte %zu of the output\n", why, i); \
	abort(); \
} while (0)

/* What main() does around nums_file(): the header line first, unless -H,
 * its metadata columns from meta_keys[] (checked against the man page's
 * header_line[]). */
static int
nums_with_header(struct ntx_reader *r, void *ctx)
{
	static const char cols[] =
	    "sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence";
	struct nums *z = ctx;

	if (z->header) {
		ntx_out_write(cols, sizeof(cols) - 1);
		for (size_t k = 0; k < NMETA; k++) {
			ntx_out_write("\t", 1);
			ntx_out_write(meta_keys[k], strlen(meta_keys[k]));
		}
		ntx_out_write("\n", 1);
	}
	return nums_file(r, ctx);
}

static bool
is_kind(const char *s, size_t n)
{
	static const char *const kinds[] = { "number", "percent", "money",
		"quantity", "date", "time", "ratio", "ordinal" };

	for (size_t k = 0; k < sizeof(kinds) / sizeof(*kinds); k++)
		if (strlen(kinds[k]) == n && memcmp(kinds[k], s, n) == 0)
			return true;
	return false;
}

static bool
positive_integer(const char *s, size_t n)
{
	if (n == 0 || n > 19 || s[0] < '1' || s[0] > '9')
		return false;
	for (size_t k = 1; k < n; k++)
		if (s[k] < '0' || s[k] > '9')
			return false;
	return true;
}

static bool
occurs_in(const char *needle, size_t nn, const char *hay, size_t hn)
{
	return nn == 0 || memmem(hay, hn, needle, nn) != NULL;
}

static void
check_table(const char *s, size_t n, bool header)
{
	size_t i = ntx_utf8_valid_prefix(s, n);
	bool first = true;

	if (i != n)
		FAIL("invalid UTF-8");
	for (i = 0; i < n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		const char *f[NFIELDS];
		size_t flen[NFIELDS], len, nf = 0, at;

		if (!nl)
			FAIL("a line without LF");
		len = nl - (s + i);
		if (first && header) {
			if (len != sizeof(header_line) - 1 ||
			    memcmp(s + i, header_line, len) != 0)
				FAIL("the first line is not the header line");
			first = false;
			i += len + 1;
			continue;
		}
		first = false;
		/* The fields of the row. */
		for (at = i;;) {
			const char *tab = memchr(s + at, '\t', i + len - at);
			size_t end = tab ? (size_t)(tab - s) : i + len;

			if (nf == NFIELDS)
				FAIL("a row of more than 14 fields");
			f[nf] = s + at;
			flen[nf++] = end - at;
			if (!tab)
				break;
			at = end + 1;
		}
		if (nf != NFIELDS)
			FAIL("a row of fewer than 14 fields");
		if (memchr(s + i, '\r', len))
			FAIL("a CR in a row");
		if (!positive_integer(f[0], flen[0]))
			FAIL("sentence_no is not a positive integer");
		if (!is_kind(f[2], flen[2]))
			FAIL("an unknown kind");
		if (flen[1] == 0)
			FAIL("an empty text");
		if (!occurs_in(f[1], flen[1], f[6], flen[6]))
			FAIL("the text is not in the sentence");
		i += len + 1;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int langs[4] = { -1, LANG_VI, LANG_EN, -1 };
	static bool ready;
	struct nums z;
	char *out;
	size_t n;

	if (size < 1)
		return 0;
	ntx_prog = "fuzz-nums";
	if (!ready) {
		find_init();
		ready = true;
	}
	memset(&z, 0, sizeof(z));
	z.lang = langs[data[0] & 3];
	z.header = !(data[0] & 4);
	fuzz_capture(nums_with_header, &z, data + 1, size - 1, &out, &n);
	check_table(out, n, z.header);
	free(out);
	teardown(&z);
	return 0;
}
