/*
 * fuzz-strip.c - libFuzzer target for ntx-strip's core: any bytes, read as
 * a page, through charset detection, decoding, the reference decoder and
 * chunker (feed.c), libxml2's push parser and the text and metadata
 * (html.c, content.c), with the output captured in memory.
 *
 * Besides crashes, it checks what every page must give (DESIGN.md, the
 * man page): valid UTF-8; exactly one header line, the first, starting
 * with a form feed and holding charset=; no control characters but LF,
 * and TAB and the leading form feed in the header line; every line ended
 * by LF; no blank line after the header, none at the end, never two in a
 * row.
 *
 * The first two bytes pick the options, the rest is the page:
 *   byte 0, bit 0     -a (all text), or main-content mode
 *   byte 0, bits 1-3  detect the charset, or force one (--charset)
 *   byte 0, bit 5     the page as it is, or after a filler that puts its
 *                     first (byte 1 % 64) + 1 bytes before the 64 KiB read
 *                     boundary and the rest after it; byte 0 bit 4 and
 *                     byte 1 bit 7 pick the filler: spaces, an open <p>
 *                     text node, an open <script>, an open comment
 * Reproducers of what it found are in tests/fuzz/regress-strip/.
 *
 * The strip sources are included, so the build needs the flags of the
 * libraries strip links (libxml2, json-c) and the generated entities.c on
 * the include path (tests/fuzz/run).
 */
#include <stdlib.h>
#include <string.h>

#define main strip_main
#include "../../filters/strip/strip.c"
#undef main
#include "../../filters/strip/charset.c"
#include "../../filters/strip/content.c"
#include "../../filters/strip/feed.c"
#include "../../filters/strip/hints.c"
#include "../../filters/strip/html.c"
#include "../../filters/strip/jsonld.c"
#include "capture.h"


/* A broken promise: say which, at which byte, and stop. */
#define FAIL(why) do { \
	fprintf(stderr, "fuzz-strip: %s at byte %zu of the output\n", why, i); \
	abort(); \
} while (0)

static void
check_output(const char *s, size_t n)
{
	size_t i = 0, line = 0;
	bool blank = false;

	if ((i = ntx_utf8_valid_prefix(s, n)) != n)
		FAIL("invalid UTF-8");
	i = 0;
	if (n == 0 || s[0] != '\f')
		FAIL("no header line first");
	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t len;

		if (!nl)
			FAIL("a line without LF");
		len = nl - (s + i);
		if (line == 0) {
			if (!memmem(s + i, len, "charset=", 8))
				FAIL("no charset= in the header line");
			for (size_t j = i + 1; j < i + len; j++)
				if (((unsigned char)s[j] < 0x20 && s[j] != '\t') ||
				    s[j] == 0x7F)
					FAIL("a control character in the header line");
		} else {
			if (len > 0 && s[i] == '\f')
				FAIL("a second header line");
			for (size_t j = i; j < i + len; j++)
				if ((unsigned char)s[j] < 0x20 || s[j] == 0x7F)
					FAIL("a control character in the text");
			if (len == 0 && line == 1)
				FAIL("a blank line after the header line");
			if (len == 0 && blank)
				FAIL("two blank lines in a row");
			blank = len == 0;
		}
		i += len + 1;
		line++;
	}
	if (blank)
		FAIL("a blank line at the end");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const charsets[8] = { NULL, NULL, NULL, NULL,
		"windows-1258", "gbk", "shift_jis", "no-such-charset" };
	static uint8_t *padded;
	struct options opt = { .max_size = (size_t)256 << 20, .max_time = 60 };
	const uint8_t *in;
	size_t insize;
	char *out;
	size_t n;

	if (size < 2)
		return 0;
	ntx_prog = "fuzz-strip";
	opt.all = data[0] & 1;
	opt.charset = charsets[(data[0] >> 1) & 7];
	in = data + 2;
	insize = size - 2;
	if (data[0] & 0x20) {
		/* The data starts data[1] % 64 + 1 bytes before the end
		   of the first 64 KiB read. */
		static const char *const fillers[4] = { "", "<p>",
			"<script>", "<!--" };
		const char *f = fillers[(data[0] >> 4) & 1 ? 2 + (data[1] >> 7) :
		    data[1] >> 7];
		size_t pad = CHUNK - (data[1] % 64 + 1), fl = strlen(f);

		if (!padded && !(padded = malloc(CHUNK + 65536)))
			abort();
		memcpy(padded, f, fl);
		memset(padded + fl, f[0] == '<' && f[1] != '!' ? 'a' : ' ',
		    pad - fl);
		if (insize > 65536)
			insize = 65536;
		memcpy(padded + pad, in, insize);
		in = padded;
		insize += pad;
	}
	fuzz_capture(strip_file, &opt, in, insize, &out, &n);
	check_output(out, n);
	free(out);
	return 0;
}
