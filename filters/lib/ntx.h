/*
 * ntx.h - the small library every ntx filter links: messages and exit
 * codes, reading inputs line by line, checked output, growable buffers,
 * UTF-8 validation and repair, and the document header lines of the text
 * stream (DESIGN.md).
 */
#ifndef NTX_H
#define NTX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#define NTX_VERSION "0.1.0"

/* Exit statuses, the same for every filter and documented in each man page. */
enum { NTX_EXIT_OK = 0, NTX_EXIT_FAIL = 1, NTX_EXIT_USAGE = 2 };

/* The longest line a filter accepts; longer lines are an error, never cut. */
#define NTX_LINE_MAX ((size_t)64 << 20)

/* msg.c: "prog: message", "prog: file:line: message" on stderr. */
extern const char *ntx_prog;
void ntx_setprog(const char *argv0);
void ntx_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ntx_warn_at(const char *file, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
_Noreturn void ntx_die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
_Noreturn void ntx_usage(const char *synopsis);
_Noreturn void ntx_help(const char *synopsis, const char *body);
_Noreturn void ntx_print_version(const char *libraries);
void ntx_utf8proc_version(char *out, size_t size);

/* size.c: a size in bytes, with an optional K, M or G suffix. */
bool ntx_parse_size(const char *s, size_t *n);

/* buf.c: a growable byte buffer; running out of memory ends the program. */
struct ntx_buf {
	char *p;
	size_t len, cap;
};
void ntx_buf_grow(struct ntx_buf *b, size_t extra);
void ntx_buf_free(struct ntx_buf *b);

/* Makes room for extra more bytes after b->len. */
static inline void
ntx_buf_reserve(struct ntx_buf *b, size_t extra)
{
	if (b->cap - b->len < extra)
		ntx_buf_grow(b, extra);
}

static inline void
ntx_buf_add(struct ntx_buf *b, const void *p, size_t n)
{
	ntx_buf_reserve(b, n);
	if (n)
		__builtin_memcpy(b->p + b->len, p, n);
	b->len += n;
}

static inline void
ntx_buf_addc(struct ntx_buf *b, char c)
{
	ntx_buf_reserve(b, 1);
	b->p[b->len++] = c;
}

/*
 * reader.c: lines of one input as (pointer, length) records, so NUL bytes
 * survive.  LF, CRLF and a lone CR all end a line; the terminator is not
 * part of the record.  A UTF-8 byte order mark at the start is dropped.
 */
struct ntx_reader {
	FILE *fp;
	const char *name;	/* as given; "-" is standard input */
	const char *label;	/* for messages */
	unsigned long lineno;	/* of the line last returned */
	char *buf;
	size_t cap, start, end;
	bool eof, at_start;
};
enum { NTX_EOF = -1, NTX_ERROR = -2, NTX_TOO_LONG = -3 };
int ntx_reader_open(struct ntx_reader *r, const char *name);
ssize_t ntx_getline(struct ntx_reader *r, const char **line);
int ntx_reader_close(struct ntx_reader *r);

/*
 * input.c: run fn on every operand in order ("-", or no operand at all,
 * is standard input).  An input that cannot be opened or read is reported
 * and skipped; the result is NTX_EXIT_FAIL if any input failed or fn
 * returned non-zero for one, NTX_EXIT_OK otherwise.
 */
int ntx_each_input(int argc, char **argv,
    int (*fn)(struct ntx_reader *, void *), void *ctx);

/* output.c: buffered standard output; a failed write ends the program. */
void ntx_out_init(void);
void ntx_out_write(const void *p, size_t n);
void ntx_out_close(void);

/*
 * utf8.c: strict UTF-8 (no overlongs, surrogates or code points above
 * U+10FFFF).  ntx_utf8_decode returns the length of the sequence at s and
 * stores its code point, or -1 for an invalid one, whose length is then
 * that of its maximal subpart (each becomes one U+FFFD, as in Unicode and
 * WHATWG).
 */
size_t ntx_utf8_encode(int32_t cp, char *out);
size_t ntx_utf8_valid_prefix(const char *s, size_t n);

/* The end of the run of ASCII bytes at s[i], before n: eight at a time,
   since text is mostly ASCII runs between its other letters. */
static inline size_t
ntx_ascii_end(const unsigned char *s, size_t i, size_t n)
{
	while (i + 8 <= n) {
		uint64_t w;

		__builtin_memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ULL)
			break;
		i += 8;
	}
	while (i < n && s[i] < 0x80)
		i++;
	return i;
}
size_t ntx_utf8_repair(struct ntx_buf *out, const char *s, size_t n);

/*
 * repair.c: ntx_repair_line returns the length of the line, after making
 * *line point to a repaired copy (in rp->buf) if it is not valid UTF-8;
 * ntx_repair_report warns once of what was repaired in an input, and
 * starts the count over.
 */
struct ntx_repair {
	struct ntx_buf buf;
	unsigned long bad, first_line;
};
size_t ntx_repair_line(struct ntx_repair *rp, unsigned long lineno,
    const char **line, size_t n);
void ntx_repair_report(struct ntx_repair *rp, const char *label);

/* Inline: it is in the inner loop of every filter that reads text. */
static inline size_t
ntx_utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	size_t len, i;
	int32_t v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;	/* overlong */
		else if (c == 0xED)
			hi = 0x9F;	/* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;	/* overlong */
		else if (c == 0xF4)
			hi = 0x8F;	/* above U+10FFFF */
	} else {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*cp = -1;
			return i;
		}
		v = (v << 6) | (s[i] & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	*cp = v;
	return len;
}

/*
 * nf.c: normalization to NFC, or NFKC.  A code point is stable when it is
 * normalized on its own and nothing before it can combine with it: text
 * made only of stable code points is already normalized, and text can be
 * normalized in pieces cut before any stable code point.  The tables come
 * from gen-stable.c, run at build time against the linked utf8proc.
 * ntx_nf_normalize appends the normalized form of valid UTF-8 to out.
 */
struct ntx_nf {
	bool compat;
	const unsigned char (*blocks)[32];
	const unsigned short *index;
	int32_t *u32;		/* utf8proc's work space, reused */
	size_t u32cap;
};
void ntx_nf_init(struct ntx_nf *z, bool compat);
void ntx_nf_free(struct ntx_nf *z);
void ntx_nf_normalize(struct ntx_nf *z, const char *s, size_t n,
    struct ntx_buf *out);

static inline bool
ntx_nf_stable(const struct ntx_nf *z, int32_t cp)
{
	return z->blocks[z->index[cp >> 8]][(cp & 0xFF) >> 3] >> (cp & 7) & 1;
}

/*
 * lang.c: whether a document without a lang header is Vietnamese, from
 * its first words (a letter only Vietnamese uses in enough of them).
 * Text is added until the guess is settled; no words yet reads as
 * Vietnamese, the language the filters are for first.
 */
struct ntx_lang_guess {
	unsigned long words, vietnamese;
};
void ntx_lang_guess_add(struct ntx_lang_guess *g, const char *p, size_t n);
bool ntx_lang_guess_settled(const struct ntx_lang_guess *g);
bool ntx_lang_vietnamese(const struct ntx_lang_guess *g);
/* A lang header value that names Vietnamese: vi, vi-VN, vi_VN. */
bool ntx_lang_is_vi(const char *v, size_t n);
/* The argument of -l/--lang: 0 vi, 1 en, -1 auto; anything else is a
 * usage error. */
int ntx_lang_option(const char *arg, const char *synopsis);

/*
 * header.c: document header lines, "\f" then TAB-separated key=value
 * pairs whose values escape TAB, LF and backslash as \t, \n and \\.
 */
struct ntx_field {
	const char *key, *val;	/* val is still escaped */
	size_t klen, vlen;
};
static inline bool
ntx_is_header(const char *line, size_t len)
{
	return len > 0 && line[0] == '\f';
}
bool ntx_header_next(const char **pos, const char *end, struct ntx_field *f);
bool ntx_header_get(const char *line, size_t len, const char *key,
    struct ntx_buf *val);
void ntx_header_unescape(struct ntx_buf *out, const char *v, size_t n);
void ntx_header_escape(struct ntx_buf *out, const char *v, size_t n);
void ntx_header_add(struct ntx_buf *line, const char *key, const char *val,
    size_t vlen);

#endif
