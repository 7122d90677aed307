/*
 * reader.c - one input, line by line, in a buffer that grows only as far as
 * the longest line needs, up to NTX_LINE_MAX.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ntx.h"

#define READ_CHUNK ((size_t)128 << 10)

int
ntx_reader_open(struct ntx_reader *r, const char *name)
{
	memset(r, 0, sizeof(*r));
	r->name = name;
	r->at_start = true;
	if (strcmp(name, "-") == 0) {
		r->fp = stdin;
		r->label = "(standard input)";
	} else {
		r->label = name;
		if (!(r->fp = fopen(name, "rb"))) {
			ntx_warn("cannot open '%s': %s", name, strerror(errno));
			return -1;
		}
	}
	r->cap = READ_CHUNK;
	if (!(r->buf = malloc(r->cap)))
		ntx_die(NTX_EXIT_FAIL, "out of memory");
	return 0;
}

int
ntx_reader_close(struct ntx_reader *r)
{
	int bad = 0;

	free(r->buf);
	r->buf = NULL;
	if (r->fp && r->fp != stdin && fclose(r->fp) == EOF) {
		ntx_warn("%s: %s", r->label, strerror(errno));
		bad = -1;
	}
	r->fp = NULL;
	return bad;
}

/* Reads more bytes after r->end; returns false at end of input or error. */
static bool
fill(struct ntx_reader *r, bool *failed)
{
	size_t n;

	if (r->start > 0) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	if (r->cap - r->end < READ_CHUNK / 2) {
		char *p;
		size_t cap = r->cap * 2;

		if (cap > NTX_LINE_MAX + READ_CHUNK)
			cap = NTX_LINE_MAX + READ_CHUNK;
		if (cap > r->cap) {
			if (!(p = realloc(r->buf, cap)))
				ntx_die(NTX_EXIT_FAIL, "out of memory");
			r->buf = p;
			r->cap = cap;
		}
	}
	n = fread(r->buf + r->end, 1, r->cap - r->end, r->fp);
	r->end += n;
	if (n == 0) {
		if (ferror(r->fp)) {
			ntx_warn("%s: read error: %s", r->label, strerror(errno));
			*failed = true;
		}
		r->eof = true;
		return false;
	}
	return true;
}

/*
 * Finds the terminator of the line at r->start, scanning from offset
 * *scanned; sets *tlen to its length.  Returns its offset, or -1 when more
 * input is needed to know.
 */
static ssize_t
find_end(struct ntx_reader *r, size_t *scanned, size_t *tlen)
{
	char *s = r->buf + r->start + *scanned;
	size_t n = r->end - r->start - *scanned;
	char *lf = memchr(s, '\n', n);
	char *cr = memchr(s, '\r', lf ? (size_t)(lf - s) : n);

	if (cr) {
		if (cr + 1 == r->buf + r->end && !r->eof) {
			*scanned = cr - (r->buf + r->start);
			return -1;
		}
		*tlen = (cr + 1 < r->buf + r->end && cr[1] == '\n') ? 2 : 1;
		return cr - (r->buf + r->start);
	}
	if (lf) {
		*tlen = 1;
		return lf - (r->buf + r->start);
	}
	*scanned = r->end - r->start;
	return -1;
}

static void
too_long(struct ntx_reader *r)
{
	ntx_warn_at(r->label, r->lineno, "line longer than %zu MiB",
	    NTX_LINE_MAX >> 20);
}

/* Discards the rest of an overlong line, through its terminator. */
static int
skip_line(struct ntx_reader *r)
{
	bool failed = false;

	for (;;) {
		size_t scanned = 0, tlen;
		ssize_t e = find_end(r, &scanned, &tlen);

		if (e >= 0) {
			r->start += e + tlen;
			return NTX_TOO_LONG;
		}
		/* Keep only a final CR, which may be half of a CRLF. */
		r->start += scanned;
		if (r->eof) {
			r->start = r->end;
			return NTX_TOO_LONG;
		}
		if (!fill(r, &failed) && failed)
			return NTX_ERROR;
	}
}

ssize_t
ntx_getline(struct ntx_reader *r, const char **line)
{
	size_t scanned = 0, tlen = 0;
	bool failed = false;

	for (;;) {
		ssize_t e;

		if (r->at_start && (r->end - r->start >= 3 || r->eof)) {
			if (r->end - r->start >= 3 &&
			    memcmp(r->buf + r->start, "\xEF\xBB\xBF", 3) == 0)
				r->start += 3;
			r->at_start = false;
		}
		if (!r->at_start && r->end > r->start &&
		    (e = find_end(r, &scanned, &tlen)) >= 0) {
			*line = r->buf + r->start;
			r->start += e + tlen;
			r->lineno++;
			if ((size_t)e > NTX_LINE_MAX) {
				too_long(r);
				return NTX_TOO_LONG;
			}
			return e;
		}
		if (r->eof) {
			size_t n = r->end - r->start;

			if (failed)
				return NTX_ERROR;
			if (n == 0)
				return NTX_EOF;
			*line = r->buf + r->start;
			r->start = r->end;
			r->lineno++;
			if (n > NTX_LINE_MAX) {
				too_long(r);
				return NTX_TOO_LONG;
			}
			return n;
		}
		if (r->end - r->start > NTX_LINE_MAX) {
			r->lineno++;
			too_long(r);
			return skip_line(r);
		}
		if (!fill(r, &failed) && failed)
			return NTX_ERROR;
	}
}
