/*
 * ntx-norm - make UTF-8 text safe and uniform for the filters after it:
 * NFC (or NFKC), invalid bytes repaired, line ends, controls, spaces and
 * invisible characters cleaned, blank lines collapsed, optionally
 * Vietnamese tone marks moved to one placement.  Header lines pass through.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ntx.h"

enum tone_style { TONE_KEEP, TONE_MODERN, TONE_OLD };

struct norm {
	/* options */
	struct ntx_nf nf;	/* NFC or NFKC */
	enum tone_style tone;
	bool strict;
	/* the output stream */
	bool text_seen, blank_pending;
	/* the input being read: its line number, its invalid sequences */
	unsigned long lineno, bad, bad_line;
	/* scratch space, reused for every line */
	struct ntx_buf clean, normal, toned;
};

static const char synopsis[] = "[-ks] [-t modern|old] [file ...]";

/* The paragraph structure: one blank line between paragraphs, none at the ends. */
static void
emit(struct norm *z, const char *p, size_t n)
{
	if (n == 0) {
		z->blank_pending = z->text_seen;
		return;
	}
	if (z->blank_pending)
		ntx_out_write("\n", 1);
	ntx_out_write(p, n);
	ntx_out_write("\n", 1);
	z->blank_pending = false;
	z->text_seen = true;
}

/*
 * Tone placement.  In open syllables whose rhyme is oa, oe or uy, the old
 * placement puts the tone mark on the second vowel (hoà, khoẻ, thuỷ), the
 * modern one on the first (hòa, khỏe, thủy).  Every other syllable is
 * written the same way in both, so only those are touched, and only when
 * what comes before the rhyme is a Vietnamese initial consonant.
 */
static const char *const onsets[] = {
	"", "b", "c", "ch", "d", "\xC4\x91", "g", "gh", "h", "k", "kh", "l", "m",
	"n", "ng", "ngh", "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x",
};

static bool
is_tone_mark(int32_t cp)
{
	return cp == 0x300 || cp == 0x301 || cp == 0x303 || cp == 0x309 ||
	    cp == 0x323;
}

static bool
is_onset(const int32_t *u, size_t n)
{
	char s[8];
	size_t len = 0;

	for (size_t i = 0; i < n; i++) {
		int32_t c = utf8proc_tolower(u[i]);

		if (len + 4 >= sizeof(s) || (c >= 0x80 && c != 0x111))
			return false;
		len += ntx_utf8_encode(c, s + len);
	}
	s[len] = '\0';
	for (size_t i = 0; i < sizeof(onsets) / sizeof(*onsets); i++)
		if (strcmp(s, onsets[i]) == 0)
			return true;
	return false;
}

/* Rewrites one word, if it is such a syllable; returns false if it is not. */
static bool
tone_word(struct norm *z, const char *w, size_t n, struct ntx_buf *out)
{
	int32_t u[16], mark;
	utf8proc_ssize_t len;
	size_t v1, v2, from, to;
	int32_t a, b;

	len = utf8proc_decompose((const utf8proc_uint8_t *)w, n, u, 15,
	    UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
	if (len < 3 || len > 15)
		return false;
	/* The rhyme is two vowels and one tone mark, after one of them. */
	if (is_tone_mark(u[len - 1])) {
		v1 = len - 3, v2 = len - 2, from = len - 1;
	} else if (is_tone_mark(u[len - 2])) {
		v1 = len - 3, v2 = len - 1, from = len - 2;
	} else {
		return false;
	}
	a = utf8proc_tolower(u[v1]);
	b = utf8proc_tolower(u[v2]);
	if (!((a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y')))
		return false;
	if (!is_onset(u, v1))
		return false;
	mark = u[from];
	to = z->tone == TONE_MODERN ? v1 + 1 : v2 + 1;
	if (z->tone == TONE_MODERN && from == v1 + 1)
		return false;
	if (z->tone == TONE_OLD && from == v2 + 1)
		return false;
	/* Take the mark out, then put it back after the chosen vowel. */
	memmove(u + from, u + from + 1, (len - from - 1) * sizeof(*u));
	if (to > from)
		to--;
	memmove(u + to + 1, u + to, (len - 1 - to) * sizeof(*u));
	u[to] = mark;
	len = utf8proc_reencode(u, len, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (len < 0)
		return false;
	ntx_buf_add(out, u, len);
	return true;
}

static bool
is_letter(int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);

	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
	    (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME);
}

static void
tone(struct norm *z, const char *line, size_t n, struct ntx_buf *out)
{
	const unsigned char *s = (const unsigned char *)line;
	size_t i = 0, copied = 0;

	out->len = 0;
	while (i < n) {
		size_t start = i, len = 1;
		bool wide = false;
		int32_t cp;

		/* A word: letters and combining marks. */
		while (i < n) {
			len = ntx_utf8_decode(s + i, n - i, &cp);
			if (!is_letter(cp))
				break;
			wide |= cp >= 0x80;
			i += len;
		}
		/* Syllables with a moved mark have 3 to 6 letters: hoà, nghoẻ. */
		if (wide && i - start <= 16) {
			size_t mark = out->len;

			ntx_buf_add(out, line + copied, start - copied);
			if (tone_word(z, line + start, i - start, out))
				copied = i;
			else
				out->len = mark;
		}
		if (i == start)
			i += len;
	}
	ntx_buf_add(out, line + copied, n - copied);
}

/* What to do with a code point that is not simply copied. */
enum action { KEEP, SPACE, DROP, BREAK, PARAGRAPH };

static enum action
special(int32_t cp)
{
	/* Most letters, Vietnamese ones among them, are decided here. */
	if (cp > 0xAD && cp < 0x2000 && cp != 0x61C && cp != 0x1680 &&
	    cp != 0x180E)
		return KEEP;
	if (cp < 0x2000) {
		if (cp < 0xA0)
			return cp == 0x85 ? BREAK : DROP;	/* C1 controls */
		if (cp == 0xA0 || cp == 0x1680)
			return SPACE;
		if (cp == 0xAD || cp == 0x61C || cp == 0x180E)
			return DROP;	/* soft hyphen, invisible marks */
		return KEEP;
	}
	if (cp <= 0x206F) {
		if (cp <= 0x200A || cp == 0x202F || cp == 0x205F)
			return SPACE;
		if (cp <= 0x200F || (cp >= 0x202A && cp <= 0x202E) || cp >= 0x2060)
			return DROP;	/* zero-width, joiners, bidi controls */
		if (cp == 0x2028)
			return BREAK;
		if (cp == 0x2029)
			return PARAGRAPH;
		return KEEP;
	}
	if (cp == 0x3000)
		return SPACE;
	if (cp == 0xFEFF)
		return DROP;
	return KEEP;
}

/* ASCII: 0 copied, 1 a space, 2 a control character removed. */
static const unsigned char ascii_class[128] = {
	2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	1, [127] = 2,
};

/* A normalized line: move its tone marks if asked to, and write it. */
static void
emit_text(struct norm *z, const char *p, size_t len)
{
	if (z->tone != TONE_KEEP) {
		tone(z, p, len, &z->toned);
		p = z->toned.p;
		len = z->toned.len;
	}
	emit(z, p, len);
}

/*
 * Compatibility mappings can make spaces of their own (a spacing diaeresis
 * becomes a space and a combining mark): collapse them as the cleaning did.
 */
static void
collapse_spaces(struct ntx_buf *b)
{
	size_t o = 0;

	for (size_t i = 0; i < b->len; i++)
		if (b->p[i] != ' ' || (o > 0 && b->p[o - 1] != ' '))
			b->p[o++] = b->p[i];
	if (o > 0 && b->p[o - 1] == ' ')
		o--;
	b->len = o;
}

/* A cleaned line is done: normalize it, move tone marks, write it. */
static void
finish(struct norm *z, size_t len, bool space, bool unstable)
{
	const char *p = z->clean.p;

	if (space && len > 0)
		len--;
	if (unstable) {
		z->normal.len = 0;
		ntx_nf_normalize(&z->nf, p, len, &z->normal);
		if (z->nf.compat)
			collapse_spaces(&z->normal);
		p = z->normal.p;
		len = z->normal.len;
	}
	emit_text(z, p, len);
}

/*
 * Most lines need nothing done: no control character, no space to remove,
 * only code points that stay as they are.  Finding that out a word of
 * eight bytes at a time, and decoding only the non-ASCII characters, is
 * several times faster than cleaning the line.
 */
#define ONES 0x0101010101010101ULL
#define HIGH 0x8080808080808080ULL

static bool
line_is_clean(const struct norm *z, const unsigned char *s, size_t n)
{
	bool space_before = false;
	size_t i = 0;

	if (n == 0 || s[0] == ' ' || s[n - 1] == ' ')
		return false;
	while (i < n) {
		uint64_t w, sp, hi;
		int32_t cp;
		size_t len;

		if (n - i >= 8) {
			memcpy(&w, s + i, 8);
			/* Bytes below 0x20 (not counting those >= 0x80), DEL. */
			if (((w - ONES * 0x20) & ~w & HIGH) ||
			    ((w ^ ONES * 0x7F) - ONES) & ~(w ^ ONES * 0x7F) & HIGH)
				return false;
			/* Two spaces in a row, within the word or across. */
			sp = w ^ ONES * 0x20;
			sp = ~(((sp & ~HIGH) + ~HIGH) | sp | ~HIGH);
			if ((sp & (sp >> 8)) || (space_before && (sp & 0x80)))
				return false;
			hi = w & HIGH;
			if (!hi) {
				space_before = sp >> 63;
				i += 8;
				continue;
			}
			i += __builtin_ctzll(hi) >> 3;
		} else if (s[i] < 0x80) {
			if (s[i] < 0x20 || s[i] == 0x7F ||
			    (s[i] == ' ' && space_before))
				return false;
			space_before = s[i++] == ' ';
			continue;
		}
		len = ntx_utf8_decode(s + i, n - i, &cp);
		if (cp < 0 || !ntx_nf_stable(&z->nf, cp) || special(cp) != KEEP)
			return false;
		i += len;
		space_before = false;
	}
	return true;
}

static void
text_line(struct norm *z, const char *line, size_t n)
{
	const unsigned char *s = (const unsigned char *)line;
	bool space = true, unstable = false, broken = false;
	size_t i = 0;
	char *o;

	if (line_is_clean(z, s, n)) {
		emit_text(z, line, n);
		return;
	}

	z->clean.len = 0;
	ntx_buf_reserve(&z->clean, 3 * n + 1);	/* U+FFFD for each bad byte */
	o = z->clean.p;
	while (i < n) {
		unsigned char c = s[i];
		int32_t cp;
		size_t len;

		if (c < 0x80) {
			i++;
			if (ascii_class[c] == 0) {
				*o++ = c;
				space = false;
			} else if (ascii_class[c] == 1 && !space) {
				*o++ = ' ';
				space = true;
			}
			continue;
		}
		len = ntx_utf8_decode(s + i, n - i, &cp);
		if (cp < 0) {
			if (z->bad++ == 0)
				z->bad_line = z->lineno;
			memcpy(o, "\xEF\xBF\xBD", 3);
			o += 3;
			space = false;
			i += len;
			continue;
		}
		switch (special(cp)) {
		case KEEP:
			if (!ntx_nf_stable(&z->nf, cp))
				unstable = true;
			memcpy(o, s + i, len);
			o += len;
			space = false;
			break;
		case SPACE:
			if (!space)
				*o++ = ' ';
			space = true;
			break;
		case DROP:
			break;
		case BREAK:
		case PARAGRAPH:
			finish(z, o - z->clean.p, space, unstable);
			if (cp == 0x2029)
				emit(z, NULL, 0);
			o = z->clean.p;
			space = true;
			unstable = false;
			broken = true;
			break;
		}
		i += len;
	}
	/* A separator at the very end of a line is that line's end. */
	if (!broken || o > z->clean.p)
		finish(z, o - z->clean.p, space, unstable);
}

/*
 * A control character in a header line (but the form feed that starts it
 * and the TABs between its pairs): C0, DEL, or C1 (U+0080..U+009F, whose
 * UTF-8 is C2 80..C2 9F).  Returns its length in bytes, or 0.
 */
static size_t
header_control(const char *p, size_t i, size_t n)
{
	unsigned char c = (unsigned char)p[i];

	if (c < 0x20)
		return c == '\t' || (c == '\f' && i == 0) ? 0 : 1;
	if (c == 0x7f)
		return 1;
	if (c == 0xc2 && i + 1 < n && (unsigned char)p[i + 1] >= 0x80 &&
	    (unsigned char)p[i + 1] <= 0x9f)
		return 2;
	return 0;
}

/*
 * A header line is copied but for what the text stream may not hold:
 * invalid UTF-8 is repaired, control characters are removed (a value's
 * line breaks are the escape \n, never the byte).
 */
static void
header_line(struct norm *z, const char *line, size_t n)
{
	size_t ok = ntx_utf8_valid_prefix(line, n), i, at, len;

	if (ok < n) {
		z->clean.len = 0;
		if (z->bad == 0)
			z->bad_line = z->lineno;
		z->bad += ntx_utf8_repair(&z->clean, line, n);
		line = z->clean.p;
		n = z->clean.len;
	}
	for (i = 0; i < n && header_control(line, i, n) == 0; i++)
		;
	if (i < n) {
		z->normal.len = 0;
		for (at = 0; i < n; i += len) {
			len = header_control(line, i, n);
			if (len == 0) {
				len = 1;
				continue;
			}
			ntx_buf_add(&z->normal, line + at, i - at);
			at = i + len;
		}
		ntx_buf_add(&z->normal, line + at, n - at);
		line = z->normal.p;
		n = z->normal.len;
	}
	ntx_out_write(line, n);
	ntx_out_write("\n", 1);
	z->text_seen = z->blank_pending = false;
}

static int
norm_file(struct ntx_reader *r, void *ctx)
{
	struct norm *z = ctx;
	const char *line;
	ssize_t n;
	int failed = 0;

	z->bad = 0;
	z->blank_pending = z->text_seen;	/* files are paragraphs apart */
	while ((n = ntx_getline(r, &line)) != NTX_EOF) {
		if (n == NTX_ERROR) {
			failed = 1;
			break;
		}
		if (n == NTX_TOO_LONG) {
			failed = 1;
			continue;
		}
		z->lineno = r->lineno;
		if (z->strict && ntx_utf8_valid_prefix(line, n) < (size_t)n) {
			ntx_warn_at(r->label, r->lineno, "invalid UTF-8");
			return 1;
		}
		if (ntx_is_header(line, n))
			header_line(z, line, n);
		else
			text_line(z, line, n);
	}
	if (z->bad)
		ntx_warn_at(r->label, z->bad_line,
		    "invalid UTF-8 replaced with U+FFFD (%lu %s)", z->bad,
		    z->bad == 1 ? "sequence" : "sequences");
	return failed;
}

static const char help[] =
	"Normalize UTF-8 text for the ntx filters: NFC, valid UTF-8, LF line ends,\n"
	"no control or invisible characters, single spaces, one blank line between\n"
	"paragraphs.  Header lines (starting with a form feed) pass through.\n\n"
	"  -k, --nfkc          compatibility composition (NFKC) instead of NFC\n"
	"  -s, --strict        invalid UTF-8 is an error instead of becoming U+FFFD\n"
	"  -t, --tone=STYLE    move Vietnamese tone marks: 'modern' (hoà -> hòa,\n"
	"                      thuỷ -> thủy) or 'old' (hòa -> hoà)\n"
	"  -h, --help          show this help and exit\n"
	"  -V, --version       show the versions of ntx-norm and utf8proc\n\n"
	"With no file, or when file is -, read standard input.\n"
	"Exit status: 0 ok, 1 an input failed, 2 usage error.\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "nfkc", no_argument, NULL, 'k' },
		{ "strict", no_argument, NULL, 's' },
		{ "tone", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static struct norm z;
	char libs[128];
	bool compat = false;
	int c, status;

	ntx_setprog(argv[0]);
	argv[0] = (char *)ntx_prog;	/* getopt's own messages use it */
	ntx_out_init();
	while ((c = getopt_long(argc, argv, "+kst:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'k':
			compat = true;
			break;
		case 's':
			z.strict = true;
			break;
		case 't':
			if (strcmp(optarg, "modern") == 0)
				z.tone = TONE_MODERN;
			else if (strcmp(optarg, "old") == 0)
				z.tone = TONE_OLD;
			else {
				ntx_warn("invalid tone style '%s' (modern or old)",
				    optarg);
				ntx_usage(synopsis);
			}
			break;
		case 'h':
			ntx_help(synopsis, help);
		case 'V':
			ntx_utf8proc_version(libs, sizeof(libs));
			ntx_print_version(libs);
		default:
			ntx_usage(synopsis);
		}
	}
	ntx_nf_init(&z.nf, compat);
	status = ntx_each_input(argc - optind, argv + optind, norm_file, &z);
	ntx_out_close();
	ntx_nf_free(&z.nf);
	ntx_buf_free(&z.clean);
	ntx_buf_free(&z.normal);
	ntx_buf_free(&z.toned);
	return status;
}
