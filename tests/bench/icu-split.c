/*
 * icu-split - sentence segmentation by ICU, the reference split-bench
 * measures ntx-split against:
 *
 *	icu-split [LOCALE] < TEXT > SENTENCES
 *
 * Reads UTF-8 text on standard input, segments it with ICU's sentence
 * BreakIterator (UAX #29 and ICU's rules for LOCALE, "vi" by default) and
 * writes every segment on a line of its own, without its trailing white
 * space (ICU leaves the spaces after a sentence, and the newline ending
 * its line, on the end of the segment), so that the output compares with
 * ntx-split's.  Segments that are only white space (the blank lines
 * between paragraphs) are not written.  This is what ICU does and nothing
 * more: the whole text is segmented at once, and since CR, LF, NEL, LS and
 * PS are hard breaks in UAX #29 (rule SB4), a segment never spans a line
 * end; a form-feed header line is segmented like any other line.
 *
 * A BreakIterator works on text that is all in memory (ubrk_setText takes
 * the whole string), so the program holds all of its input: it converts
 * standard input to UTF-16 as it reads it, and segments at the end.  Its
 * memory grows with the input, about 2 bytes a character.  UTF-16 is
 * ICU's own form and the fastest for a BreakIterator (over UTF-8, through
 * utext_openUTF8, it took 40% longer here).  Ill-formed UTF-8 becomes
 * U+FFFD.  ICU's offsets are 32-bit: more than 2^31 - 1 UTF-16 code units
 * (about 2 GiB of text) is refused.
 *
 * Exit status: 0, or 1 with a message on standard error.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

static void
fail(const char *what, const char *why)
{
	fprintf(stderr, "icu-split: %s: %s\n", what, why);
	exit(1);
}

static void
check(const char *what, UErrorCode e)
{
	if (U_FAILURE(e))
		fail(what, u_errorName(e));
}

static void *
grow(void *p, size_t size)
{
	if ((p = realloc(p, size)) == NULL)
		fail("out of memory", strerror(errno));
	return p;
}

/*
 * All of standard input, as UTF-16, in a buffer of its own; *len gets its
 * length in code units.
 */
static UChar *
read_text(int32_t *len)
{
	static char in[1 << 16];
	UErrorCode e = U_ZERO_ERROR;
	UConverter *cv;
	struct stat st;
	UChar *text, *dst;
	const char *src;
	size_t n = 0, cap = 1 << 20;
	ssize_t r;

	cv = ucnv_open("UTF-8", &e);
	check("ucnv_open UTF-8", e);
	/*
	 * A file: room for it at once (a UTF-8 byte gives at most one UTF-16
	 * unit; what is never written is never resident).
	 */
	if (fstat(0, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (uintmax_t)st.st_size < INT32_MAX)
		cap = (size_t)st.st_size + 8;
	text = grow(NULL, cap * sizeof *text);
	do {
		if ((r = read(0, in, sizeof in)) < 0) {
			if (errno == EINTR)
				continue;
			fail("standard input", strerror(errno));
		}
		/*
		 * At most one unit a byte, plus what is left of a sequence
		 * the previous block cut.
		 */
		if ((size_t)r + 8 > INT32_MAX - n)
			fail("standard input", "too long for ICU (2^31 UTF-16 units)");
		if (n + r + 8 > cap) {
			while (n + r + 8 > cap)
				cap *= 2;
			if (cap > INT32_MAX)
				cap = INT32_MAX;
			text = grow(text, cap * sizeof *text);
		}
		src = in;
		dst = text + n;
		ucnv_toUnicode(cv, &dst, text + cap, &src, in + r, NULL, r == 0, &e);
		check("converting standard input from UTF-8", e);
		n = dst - text;
	} while (r > 0);
	ucnv_close(cv);
	*len = (int32_t)n;
	return text;
}

int
main(int argc, char **argv)
{
	static char obuf[1 << 16];
	UErrorCode e = U_ZERO_ERROR;
	UBreakIterator *bi;
	UChar *text;
	char *out = NULL;
	int32_t len, start, end, stop, i, olen, ocap = 0;
	UChar32 c;

	if (argc > 2) {
		fprintf(stderr, "usage: icu-split [LOCALE] < TEXT\n");
		return 1;
	}
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
	text = read_text(&len);
	bi = ubrk_open(UBRK_SENTENCE, argc > 1 ? argv[1] : "vi", NULL, 0, &e);
	check("ubrk_open", e);
	ubrk_setText(bi, text, len, &e);
	check("ubrk_setText", e);

	start = ubrk_first(bi);
	while ((end = ubrk_next(bi)) != UBRK_DONE) {
		/* The segment without its trailing white space. */
		for (stop = end; stop > start; stop = i) {
			i = stop;
			U16_PREV(text, start, i, c);
			if (!u_isUWhiteSpace(c))
				break;
		}
		if (stop > start) {
			e = U_ZERO_ERROR;
			u_strToUTF8(out, ocap, &olen, text + start, stop - start, &e);
			if (e == U_BUFFER_OVERFLOW_ERROR) {
				ocap = olen + 1024;
				out = grow(out, ocap);
				e = U_ZERO_ERROR;
				u_strToUTF8(out, ocap, &olen, text + start,
				    stop - start, &e);
			}
			check("converting to UTF-8", e);
			if (fwrite(out, 1, olen, stdout) != (size_t)olen ||
			    putchar('\n') == EOF)
				fail("standard output", strerror(errno));
		}
		start = end;
	}
	if (fflush(stdout) == EOF || ferror(stdout))
		fail("standard output", strerror(errno));
	ubrk_close(bi);
	free(text);
	free(out);
	return 0;
}
