/*
 * cell.c - one TSV field as one CSV cell.
 *
 * The TSV escapes (\t, \n, \r, \\) become the real characters; the cell
 * is quoted, by libcsv, only when it holds the delimiter, a double quote
 * or a line end (RFC 4180); under the guard, a cell a spreadsheet would
 * read as a formula gets a leading apostrophe (OWASP, CSV injection).
 */
#include <csv.h>
#include <string.h>

#include "writer.h"

/* Unescapes f into out; a backslash before anything else stays. */
static void
unescape(struct ntx_buf *out, const char *f, size_t n)
{
	ntx_buf_reserve(out, n);
	for (size_t i = 0; i < n; i++) {
		char c = f[i];

		if (c == '\\' && i + 1 < n) {
			switch (f[i + 1]) {
			case 't': c = '\t'; i++; break;
			case 'n': c = '\n'; i++; break;
			case 'r': c = '\r'; i++; break;
			case '\\': i++; break;
			}
		}
		out->p[out->len++] = c;
	}
}

/* [+-]?digits([.,]digits)* at s, or 0. */
static size_t
plain_number(const char *s, size_t n)
{
	size_t i = 0, d;

	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	for (;;) {
		for (d = i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == d)
			return 0;
		if (i + 1 < n && (s[i] == '.' || s[i] == ',') &&
		    s[i + 1] >= '0' && s[i + 1] <= '9')
			i++;
		else
			return i;
	}
}

/* A number, or a range of two (the facts table's "lo..hi"): no formula
 * however it starts. */
static bool
is_plain_number(const char *s, size_t n)
{
	size_t a = plain_number(s, n);

	if (a == n)
		return a > 0;
	if (a == 0 || n - a < 3 || s[a] != '.' || s[a + 1] != '.')
		return false;
	return plain_number(s + a + 2, n - a - 2) == n - a - 2;
}

/* Whether a line of the cell, after spaces and no-break spaces, starts
 * the way a formula does. */
static bool
formula_start(const char *s, size_t n)
{
	size_t i = 0;

	for (;;) {
		if (i < n && s[i] == ' ')
			i++;
		else if (i + 1 < n && (unsigned char)s[i] == 0xC2 &&
		    (unsigned char)s[i + 1] == 0xA0)
			i += 2;
		else
			break;
	}
	return i < n && strchr("=+-@\t\r\n", s[i]) != NULL;
}

/* What a scan of the cell finds, by byte (cell_style's table). */
enum { HAS_BACKSLASH = 1, NEEDS_QUOTES = 2, HAS_LINE_END = 4 };

void
cell_style_init(struct cell_style *st)
{
	memset(st->bytes, 0, sizeof(st->bytes));
	st->bytes['\\'] = HAS_BACKSLASH;
	st->bytes[st->delim] |= NEEDS_QUOTES;
	st->bytes['"'] |= NEEDS_QUOTES;
	st->bytes['\n'] |= NEEDS_QUOTES | HAS_LINE_END;
	st->bytes['\r'] |= NEEDS_QUOTES | HAS_LINE_END;
}

static unsigned
scan(const struct cell_style *st, const char *s, size_t n)
{
	unsigned found = 0;

	for (size_t i = 0; i < n; i++)
		found |= st->bytes[(unsigned char)s[i]];
	return found;
}

/* Whether a line of the cell starts like a formula, and the cell is not
 * a plain number. */
static bool
needs_guard(const char *s, size_t n, unsigned found)
{
	bool risky = formula_start(s, n);

	for (size_t i = 1; !risky && (found & HAS_LINE_END) && i < n; i++)
		if (s[i - 1] == '\n' || s[i - 1] == '\r')
			risky = formula_start(s + i, n - i);
	return risky && !is_plain_number(s, n);
}

/* The fields of the TSV hold no line ends: only these call for work. */
static bool
plain_field(const char *f, size_t n, unsigned char delim)
{
	return !memchr(f, '\\', n) && !memchr(f, '"', n) &&
	    !memchr(f, delim, n);
}

const char *
cell_text(const struct cell_style *st, const char *f, size_t *n,
    unsigned *found)
{
	static struct ntx_buf unescaped, guarded;

	*found = scan(st, f, *n);
	if (*found & HAS_BACKSLASH) {
		unescaped.len = 0;
		unescape(&unescaped, f, *n);
		f = unescaped.p;
		*n = unescaped.len;
		*found = scan(st, f, *n);
	}
	if (st->guard && needs_guard(f, *n, *found)) {
		guarded.len = 0;
		ntx_buf_addc(&guarded, '\'');
		ntx_buf_add(&guarded, f, *n);
		f = guarded.p;
		*n = guarded.len;
	}
	return f;
}

void
cell_write(struct ntx_buf *out, const struct cell_style *st,
    const char *f, size_t n)
{
	unsigned found;

	if (!st->guard && plain_field(f, n, st->delim)) {
		ntx_buf_add(out, f, n);
		return;
	}
	f = cell_text(st, f, &n, &found);
	if (!(found & NEEDS_QUOTES)) {
		ntx_buf_add(out, f, n);
	} else if (!memchr(f, '"', n)) {
		/* What libcsv writes when there is no quote to double. */
		ntx_buf_reserve(out, n + 2);
		out->p[out->len++] = '"';
		ntx_buf_add(out, f, n);
		out->p[out->len++] = '"';
	} else {
		ntx_buf_reserve(out, 2 * n + 2);
		out->len += csv_write2(out->p + out->len, 2 * n + 2, f, n, '"');
	}
}
