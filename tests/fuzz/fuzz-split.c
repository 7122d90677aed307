/*
 * fuzz-split.c - libFuzzer target for ntx-split: any bytes, read as the
 * text stream, through the paragraph reader, the language guess and the
 * segmenter, with the output captured in memory.
 *
 * Besides crashes, it checks what the man page promises: valid UTF-8;
 * every line ended by LF; no blank line at the start or end, after or
 * before a header line, never two in a row; and nothing lost, added or
 * reordered: the output without whitespace is the input without
 * whitespace (after the reader's work: a leading byte order mark
 * dropped, invalid UTF-8 repaired).
 *
 * Byte 0 picks the options: bits 0-1 the language (auto, vi, en), bits
 * 2-3 the line breaks (auto, --blocks, --wrapped), bit 4 a paragraph cap
 * of 64 bytes; the rest is the input.
 *
 * The split sources are included, so the build needs the generated
 * lists.inc on the include path (tests/fuzz/run).
 */
#include <stdlib.h>
#include <string.h>

#define main split_main
#include "../../filters/split/split.c"
#undef main
#include "../../filters/split/lists.c"
#include "../../filters/split/segment.c"
#include "../../filters/split/wordset.c"
#include "capture.h"


#define FAIL(why) do { \
	fprintf(stderr, "fuzz-split: %s at byte %zu of the output\n", why, i); \
	abort(); \
} while (0)

static void
check_lines(const char *s, size_t n)
{
	size_t i = ntx_utf8_valid_prefix(s, n);
	bool blank = false, first = true, header = false;

	if (i != n)
		FAIL("invalid UTF-8");
	for (i = 0; i < n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t len;

		if (!nl)
			FAIL("a line without LF");
		len = nl - (s + i);
		if (len == 0 && (first || blank || header))
			FAIL("a blank line at the start, after a header or another");
		if (len > 0 && s[i] == '\f' && blank)
			FAIL("a blank line before a header line");
		blank = len == 0;
		header = len > 0 && s[i] == '\f';
		first = false;
		i += len + 1;
	}
	if (blank)
		FAIL("a blank line at the end");
}

/* The bytes of s but its whitespace: space, TAB, LF, CR, FF, VT, NBSP,
 * NNBSP. */
static size_t
squeeze(const char *s, size_t n, char *out)
{
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		    c == '\v')
			continue;
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			i++;
			continue;
		}
		if (c == 0xE2 && i + 2 < n && memcmp(s + i, "\xE2\x80\xAF", 3) == 0) {
			i += 2;
			continue;
		}
		out[o++] = c;
	}
	return o;
}

static void
check_nothing_lost(const uint8_t *data, size_t size, const char *s, size_t n)
{
	struct ntx_buf in = { 0 };
	char *a, *b;
	size_t la, lb, i = 0;

	if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		data += 3, size -= 3;
	ntx_utf8_repair(&in, (const char *)data, size);
	a = malloc(in.len + 1);
	b = malloc(n + 1);
	if (!a || !b)
		abort();
	la = squeeze(in.p, in.len, a);
	lb = squeeze(s, n, b);
	while (i < la && i < lb && a[i] == b[i])
		i++;
	if (la != lb || i != la)
		FAIL("the text differs from the input");
	free(a);
	free(b);
	ntx_buf_free(&in);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum newlines modes[4] = { NL_AUTO, NL_BLOCKS, NL_WRAPPED,
		NL_AUTO };
	static const int langs[4] = { -1, LANG_VI, LANG_EN, -1 };
	struct split z;
	char *out;
	size_t n;

	if (size < 1)
		return 0;
	ntx_prog = "fuzz-split";
	memset(&z, 0, sizeof(z));
	setup(&z);
	z.lang = langs[data[0] & 3];
	z.g.newlines = modes[(data[0] >> 2) & 3];
	z.max_paragraph = data[0] & 0x10 ? 64 : DEFAULT_MAX_PARAGRAPH;
	fuzz_capture(split_file, &z, data + 1, size - 1, &out, &n);
	check_lines(out, n);
	check_nothing_lost(data + 1, size - 1, out, n);
	free(out);
	teardown(&z);
	return 0;
}
