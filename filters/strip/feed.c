/*
 * feed.c - what libxml2 is given, and in which pieces.
 *
 * libxml2 2.9 drops the rest of a page when a pushed chunk ends inside
 * "</script" or "</style", so each chunk ends just after a '>' and the
 * rest waits for the next one.  And it knows only the HTML 4 character
 * references: it misses HTML 5's (&NewLine;, &bigstar;), the legacy ones
 * without ';' (&copy), maps &#128; to U+0080 instead of the euro sign and
 * drops &#0;.  So every reference is decoded here, as HTML 5 says, and
 * libxml2 only ever sees the five that must stay escaped, as numbers.
 * Nothing else is changed (but for </body> and </html>, see below, and
 * comments, which are left out: libxml2 would hold an unterminated one
 * whole): this is no tag stripper, only a tokenizer that knows whether it
 * is in text, a tag, a comment or a script.
 *
 * libxml2 reads text a character at a time, and text is most of a news
 * page: it took half of libxml2's time.  So each run of text between two
 * tags that is more than whitespace reaches libxml2 as a marker, two
 * private-use characters numbering it, and the text itself waits here, as
 * libxml2 would have given it, until html.c meets its marker and takes it
 * (feed_marker, feed_text).  libxml2 still builds the elements around it
 * as for the text, a marker being text that is not blank; whitespace
 * between tags, which libxml2 treats apart, reaches it as it is.  For the
 * same reason the attributes nothing here reads are left out of start
 * tags written plainly enough that libxml2 reads them as here.
 */
#include <stdlib.h>
#include <string.h>

#include "strip.h"

enum { TEXT, TAG, COMMENT, RAW, QUOTE1, QUOTE2 };

/* Longer than any line a chunk boundary could wait for. */
#define MAX_PENDING ((size_t)1 << 20)
#define MAX_ATTRIBUTES 1000

/*
 * libxml2 holds a tag until its '>', past quoted values: an attribute
 * value is cut to this length, the rest left out up to its closing quote.
 */
#define MAX_VALUE ((size_t)64 << 10)

/* A marker: U+F0000 plus the high, then the low, 16 bits of its number
   (MARK_LEN bytes, strip.h). */
#define MARK_BASE 0xF0000

static const struct entity {
	const char *name;
	int32_t cp[2];
} entities[] = {
#include "entities.c"
};

/* &#128;..&#159; mean what windows-1252 has there. */
static const uint16_t c1[32] = {
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
};

static int
entity_cmp(const void *key, const void *e)
{
	return strcmp(key, ((const struct entity *)e)->name);
}

static bool
is_alnum(char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static size_t
numeric(const char *s, size_t n, int32_t cp[2])
{
	size_t i = 2, digits = 0;
	bool hex = n > 2 && (s[2] | 0x20) == 'x';
	uint32_t v = 0;

	if (hex)
		i++;
	for (; i < n; i++, digits++) {
		char c = s[i];
		int d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			d = (c | 0x20) - 'a' + 10;
		else
			break;
		if (v <= 0x10FFFF)
			v = v * (hex ? 16 : 10) + d;
	}
	if (digits == 0)
		return 0;
	if (i < n && s[i] == ';')
		i++;
	if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		v = 0xFFFD;
	else if (v >= 0x80 && v <= 0x9F)
		v = c1[v - 0x80];
	cp[0] = v;
	cp[1] = 0;
	return i;
}

/*
 * Decodes the character reference at s (which starts with '&') into one
 * or two code points; returns its length, or 0 if there is none.  In an
 * attribute value, a legacy reference followed by '=' or a letter or
 * digit stays as written (?a=1&copy=2 is a URL, not a copyright sign).
 */
size_t
ref_decode(const char *s, size_t n, bool in_attr, int32_t cp[2])
{
	char name[40];
	size_t len = 0;
	const struct entity *e;

	if (n > 1 && s[1] == '#')
		return numeric(s, n, cp);
	while (len + 1 < n && len < 32 && is_alnum(s[len + 1])) {
		name[len] = s[len + 1];
		len++;
	}
	if (len == 0)
		return 0;
	if (len + 1 < n && s[len + 1] == ';') {
		memcpy(name + len, ";", 2);
		if ((e = bsearch(name, entities, sizeof(entities) /
		    sizeof(*entities), sizeof(*entities), entity_cmp))) {
			memcpy(cp, e->cp, sizeof(e->cp));
			return len + 2;
		}
	}
	/* The longest legacy name without ';' that starts the text. */
	for (size_t k = len < 6 ? len : 6; k >= 2; k--) {
		name[k] = '\0';
		memcpy(name, s + 1, k);
		if (!(e = bsearch(name, entities, sizeof(entities) /
		    sizeof(*entities), sizeof(*entities), entity_cmp)))
			continue;
		if (in_attr && k + 1 < n && (s[k + 1] == '=' || is_alnum(s[k + 1])))
			return 0;
		memcpy(cp, e->cp, sizeof(e->cp));
		return k + 1;
	}
	return 0;
}

void
feed_init(struct feed *f)
{
	memset(f, 0, sizeof(*f));
}

void
feed_free(struct feed *f)
{
	ntx_buf_free(&f->pending);
	ntx_buf_free(&f->chunk);
	ntx_buf_free(&f->run);
	ntx_buf_free(&f->texts);
}

/*
 * A code point for libxml2: the five markup characters stay escaped; a
 * form feed is a space; control characters that are not whitespace, which
 * the text stream has no place for, are left out; and so, in text, are
 * U+FFFE and U+FFFF, which libxml2 would drop there.
 */
static void
put(struct ntx_buf *out, int32_t cp, bool text)
{
	char buf[8];

	if (cp == '\f')
		cp = ' ';
	if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
	    (cp >= 0x7F && cp <= 0x9F) || (text && (cp == 0xFFFE ||
	    cp == 0xFFFF)))
		return;

	if (cp == '&' || cp == '<' || cp == '>' || cp == '"' || cp == '\'') {
		ntx_buf_add(out, buf, snprintf(buf, sizeof(buf), "&#%d;", cp));
		return;
	}
	ntx_buf_add(out, buf, ntx_utf8_encode(cp, buf));
}

static bool
starts_with_ci(const char *s, size_t n, const char *word)
{
	size_t k = strlen(word);

	if (n < k)
		return false;
	for (size_t i = 0; i < k; i++)
		if ((s[i] | 0x20) != word[i])
			return false;
	return true;
}

/*
 * </body> and </html>: libxml2 stops reading where the root element ends,
 * but browsers put what follows into the body (HTML's "after body" modes),
 * so these end tags never reach libxml2.
 */
static bool
ends_document(const char *s, size_t n)
{
	return (starts_with_ci(s, n, "/body") || starts_with_ci(s, n, "/html")) &&
	    n > 5 && (s[5] == '>' || s[5] == ' ' || s[5] == '\t' ||
	    s[5] == '\n' || s[5] == '\r' || s[5] == '/');
}

/*
 * The bytes that may change the tokenizer's state, or the output, in each
 * state; runs of other bytes are copied whole.  In text, also the control
 * characters libxml2 would drop, and the lead byte of U+FFFE and U+FFFF.
 */
static const unsigned char stops[6][256] = {
	[TEXT] = { ['\0'] = 1, ['<'] = 1, ['&'] = 1, ['\r'] = 1, ['\f'] = 1,
	    [1 ... 8] = 1, [11] = 1, [14 ... 31] = 1, [0xEF] = 1 },
	[TAG] = { ['\0'] = 1, ['>'] = 1, ['"'] = 1, ['\''] = 1, ['='] = 1,
	    ['&'] = 1, [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
	    ['\f'] = 1 },
	[COMMENT] = { ['\0'] = 1, ['-'] = 1, ['>'] = 1, ['\r'] = 1, ['\f'] = 1 },
	[RAW] = { ['\0'] = 1, ['<'] = 1, ['\r'] = 1, ['\f'] = 1 },
	[QUOTE1] = { ['\0'] = 1, ['\''] = 1, ['&'] = 1, ['\r'] = 1,
	    ['\f'] = 1 },
	[QUOTE2] = { ['\0'] = 1, ['"'] = 1, ['&'] = 1, ['\r'] = 1,
	    ['\f'] = 1 },
};

static size_t
plain_run(const struct feed *f, const char *s, size_t n)
{
	const unsigned char *stop;
	size_t i = 0;

	if (f->state != TAG)
		stop = stops[f->state];
	else if (f->quote)
		stop = stops[f->quote == '\'' ? QUOTE1 : QUOTE2];
	else if (!f->after_eq && !f->drop && !f->overflow && !f->gap)
		stop = stops[TAG];
	else
		return 0;	/* byte by byte, to see whether a quote follows */
	while (i < n && !stop[(unsigned char)s[i]])
		i++;
	return i;
}

/*
 * Only one script is read, JSON-LD metadata: the text of the others and of
 * style sheets never reaches libxml2, which saves it a third of a typical
 * page.  tag is the start tag, as written.
 */
static bool
is_jsonld(const char *tag, size_t n)
{
	for (size_t i = 0; i + 7 <= n; i++)
		if (starts_with_ci(tag + i, n - i, "ld+json"))
			return true;
	return false;
}

/*
 * The attributes html.c and hints.c read; href only of <link> (the
 * canonical URL).  The others, most of a tag's bytes (the href of every
 * link, src, srcset, data-*, on*, SVG paths), never reach libxml2, which
 * would read them a character at a time.
 */
static const char *const read_attributes[] = {
	"aria-hidden", "class", "content", "datetime", "hidden", "href",
	"http-equiv", "id", "itemprop", "lang", "name", "property", "rel",
	"role", "style", "type",
};

static int
name_cmp(const void *key, const void *name)
{
	return strcmp(key, *(const char *const *)name);
}

/* Names of elements and attributes, as libxml2 reads them. */
static bool
is_name_start(char c)
{
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' ||
	    c == ':' || c == '.';
}

static bool
is_name_char(char c)
{
	return is_name_start(c) || (c >= '0' && c <= '9') || c == '-';
}

/*
 * Whether the start tag in out[f->tag_start..len) is plainly written, a
 * name and attributes (name, or name=value with the value quoted or a
 * plain word), each after whitespace: libxml2 reads such a tag as here.
 * What was checked is not looked at again (f->clean_to); a tag found
 * otherwise stays so.
 */
static bool
clean_tag(struct feed *f, const char *out, size_t len)
{
	const char *p, *end = out + len, *q;
	bool need_space;

	if (f->clean_to >= len)
		return f->clean_to != SIZE_MAX;
	p = out + f->clean_to;
	need_space = f->clean_to == f->tag_start;
	if (need_space) {	/* the element's name */
		if (!is_name_start(*++p))
			goto unclean;
		while (p < end && is_name_char(*p))
			p++;
	}
	for (;;) {
		for (q = p; p < end && html_space(*p); p++)
			;
		if (p == end)
			break;
		if ((need_space && p == q) || !is_name_start(*p))
			goto unclean;
		need_space = true;
		while (p < end && is_name_char(*p))
			p++;
		for (q = p; q < end && html_space(*q); q++)
			;
		if (q == end || *q != '=')
			continue;	/* a name alone */
		for (p = q + 1; p < end && html_space(*p); p++)
			;
		if (p < end && (*p == '"' || *p == '\'')) {
			if (!(q = memchr(p + 1, *p, end - p - 1)))
				goto unclean;
			p = q + 1;
			continue;
		}
		/* libxml2 reads quotes in it as part of it; here a quote
		   after an '=' opens a value. */
		for (q = p; p < end && !html_space(*p); p++)
			if (*p == '"' || *p == '\'')
				goto unclean;
		if (p == q)
			goto unclean;
	}
	f->clean_to = len;
	return true;
unclean:
	f->clean_to = SIZE_MAX;
	return false;
}

/*
 * At the end of a tag: libxml2 may read what follows otherwise than here
 * (f->doubt) when the tag is not plainly written: a start tag as above,
 * but for a final '/'; an end tag, a declaration or a processing
 * instruction without quotes, which libxml2 does not read in them.
 */
static void
check_tag(struct feed *f, const struct ntx_buf *out)
{
	const char *tag = out->p + f->tag_start;
	size_t len = out->len;

	if (f->tag_start >= out->len || f->overflow) {
		f->doubt = true;
		return;
	}
	if (tag[1] == '/' || tag[1] == '!' || tag[1] == '?') {
		f->doubt |= memchr(tag, '"', len - f->tag_start) ||
		    memchr(tag, '\'', len - f->tag_start);
		return;
	}
	while (len > f->tag_start + 2 && html_space(out->p[len - 1]))
		len--;
	if (out->p[len - 1] == '/')
		len--;
	f->doubt |= !clean_tag(f, out->p, len);
}

/*
 * The length of the attribute at s, in the start tag written so far at
 * tag, when it is whole in s, plainly written (a name, '=', a value quoted
 * or a plain word) and not read here: it is left out.  Else 0, and it goes
 * to libxml2.
 */
static size_t
unread_attribute(const char *tag, size_t tag_len, const char *s, size_t n)
{
	char name[16];
	size_t i = 0, k;
	const char *q;

	while (i < n && is_name_char(s[i]))
		i++;
	if (i == 0 || !is_name_start(s[0]))
		return 0;
	if (i < sizeof(name)) {
		for (k = 0; k < i; k++)
			name[k] = s[k] | (s[k] >= 'A' && s[k] <= 'Z' ? 0x20 : 0);
		name[i] = '\0';
		if (bsearch(name, read_attributes, sizeof(read_attributes) /
		    sizeof(*read_attributes), sizeof(*read_attributes),
		    name_cmp) && (strcmp(name, "href") != 0 || (tag_len > 5 &&
		    starts_with_ci(tag + 1, 4, "link") && !is_alnum(tag[5]))))
			return 0;
	}
	while (i < n && html_space(s[i]))
		i++;
	if (i == n || s[i] != '=')
		return 0;
	for (i++; i < n && html_space(s[i]); i++)
		;
	if (i == n)
		return 0;
	if (s[i] == '"' || s[i] == '\'') {
		q = memchr(s + i + 1, s[i], n - i - 1 < MAX_VALUE ? n - i - 1 :
		    MAX_VALUE);
		return q ? (size_t)(q - s) + 1 : 0;
	}
	while (i < n && !html_space(s[i]) && s[i] != '>') {
		if (s[i] == '"' || s[i] == '\'')
			return 0;
		i++;
	}
	return i < n ? i : 0;
}

static void
keep_value(struct feed *f, const char *s, size_t n, struct ntx_buf *out)
{
	size_t room = f->quoted < MAX_VALUE ? MAX_VALUE - f->quoted : 0;

	ntx_buf_add(out, s, n < room ? n : room);
	f->quoted += n;
}

static bool
blank_run(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
			return false;
	return true;
}

/*
 * The run of text read so far is over (a tag or a comment starts, or the
 * chunk ends).  libxml2 gets it as it is when it is whitespace, or when it
 * has a quotation mark: where the page's markup is broken, libxml2 may
 * read a run as part of a tag, and there a quote would change how it
 * reads on.  Else it gets the run's marker, and the run waits, its five
 * escaped characters (the only '&' in it) as themselves.
 */
static void
end_run(struct feed *f, struct ntx_buf *out)
{
	struct ntx_buf *r = &f->run, *t = &f->texts;
	const char *p, *end, *amp;
	size_t at = t->len, len = 0;
	char mark[MARK_LEN];

	if (r->len == 0)
		return;
	p = r->p;
	end = r->p + r->len;
	if (blank_run(r->p, r->len) || memchr(r->p, '"', r->len) ||
	    memchr(r->p, '\'', r->len)) {
		ntx_buf_add(out, r->p, r->len);
		r->len = 0;
		return;
	}
	ntx_buf_add(t, &len, sizeof(len));
	while ((amp = memchr(p, '&', end - p))) {
		ntx_buf_add(t, p, amp - p);
		ntx_buf_addc(t, (char)strtol(amp + 2, (char **)&p, 10));
		p++;	/* the ';' */
	}
	ntx_buf_add(t, p, end - p);
	len = t->len - at - sizeof(len);
	memcpy(t->p + at, &len, sizeof(len));
	r->len = 0;
	ntx_utf8_encode(MARK_BASE + (f->marks >> 16), mark);
	ntx_utf8_encode(MARK_BASE + (f->marks & 0xFFFF), mark + 4);
	ntx_buf_add(out, mark, MARK_LEN);
	f->marks++;
}

/*
 * The text of a script or style sheet: only JSON-LD goes to libxml2, and
 * no more than MAX_PENDING of it, since libxml2 holds a script's text
 * until its end tag: an unterminated one would grow without bound.
 */
static void
keep_raw(struct feed *f, const char *s, size_t n, struct ntx_buf *out)
{
	if (!f->keep_raw)
		return;
	if ((f->raw_kept += n) > MAX_PENDING) {
		f->keep_raw = false;
		return;
	}
	ntx_buf_add(out, s, n);
}

/* Tokenizes s[0..n) from the feed's state, writing what libxml2 gets. */
static void
tokenize(struct feed *f, const char *s, size_t n, struct ntx_buf *out)
{
	for (size_t i = 0; i < n; i++) {
		size_t run = plain_run(f, s + i, n - i);
		bool text;	/* c is in a run of text */
		size_t skip;
		char c;

		/* The LF of a CRLF whose CR ended the last piece. */
		if (f->after_cr) {
			f->after_cr = false;
			if (s[i] == '\n')
				continue;
		}
		if (run > 0) {
			if (f->state == TEXT && !f->started)
				f->started = !blank_run(s + i, run);
			if (f->state == TEXT)
				ntx_buf_add(&f->run, s + i, run);
			else if (f->state == RAW)
				keep_raw(f, s + i, run, out);
			else if (f->state == TAG && f->quote)
				keep_value(f, s + i, run, out);
			else if (f->state != COMMENT)
				ntx_buf_add(out, s + i, run);
			f->dashes = 0;
			f->after_eq = false;
			f->gap = false;
			i += run;
			if (i == n)
				break;
		}
		c = s[i];

		if (c == '\0') {
			/* A comment is left out, NUL and all. */
			if (f->state == TEXT)
				ntx_buf_add(&f->run, "\xEF\xBF\xBD", 3);
			else if (f->state == RAW)
				keep_raw(f, "\xEF\xBF\xBD", 3, out);
			else if (f->state != COMMENT)
				ntx_buf_add(out, "\xEF\xBF\xBD", 3);
			continue;
		}
		/* HTML's preprocessing: CRLF and CR are LF; a form feed is
		   whitespace, which libxml2 would drop as no XML character. */
		if (c == '\r') {
			c = '\n';
			if (i + 1 < n && s[i + 1] == '\n')
				i++;
			else if (i + 1 == n)
				f->after_cr = true;
		} else if (c == '\f') {
			c = ' ';
		}
		text = f->state == TEXT;
		switch (f->state) {
		case TEXT:
			/* What libxml2 would drop from text. */
			if ((unsigned char)c < 0x20 && c != '\t' && c != '\n')
				continue;
			if ((unsigned char)c == 0xEF && i + 2 < n &&
			    (unsigned char)s[i + 1] == 0xBF &&
			    ((unsigned char)s[i + 2] & 0xFE) == 0xBE) {
				i += 2;
				continue;
			}
			if (c == '<' && i + 1 < n) {
				if (starts_with_ci(s + i + 1, n - i - 1, "!--")) {
					end_run(f, out);
					/* As if "--" were just seen: <!--> and
					   <!---> are whole comments, as in HTML 5. */
					f->state = COMMENT;
					f->dashes = 2;
					i += 3;
					continue;
				}
				if (is_alnum(s[i + 1]) || s[i + 1] == '/' ||
				    s[i + 1] == '!' || s[i + 1] == '?') {
					end_run(f, out);
					f->state = TAG;
					f->quote = 0;
					f->after_eq = false;
					f->gap = false;
					f->attributes = 0;
					/* libxml2 2.9 parses nothing more of a
					   page that starts with an end tag. */
					f->drop = ends_document(s + i + 1, n - i - 1) ||
					    (!f->started && s[i + 1] == '/');
					f->started |= is_alnum(s[i + 1]);
					if (f->drop)
						continue;
					f->raw = starts_with_ci(s + i + 1, n - i - 1,
					    "script") ? "script" :
					    starts_with_ci(s + i + 1, n - i - 1,
					    "style") ? "style" : NULL;
					f->tag_start = f->clean_to = out->len;
					ntx_buf_addc(out, c);
					continue;
				}
			}
			break;
		case TAG:
			if (!f->quote && f->gap && is_name_start(c) &&
			    !f->drop && !f->doubt && !f->overflow &&
			    clean_tag(f, out->p, out->len) &&
			    (skip = unread_attribute(out->p + f->tag_start,
			    out->len - f->tag_start, s + i, n - i)) > 0) {
				i += skip - 1;
				continue;
			}
			/* libxml2 checks attributes for duplicates in quadratic
			   time: past MAX_ATTRIBUTES, the rest of a tag is left out. */
			if (!f->quote && (c == ' ' || c == '\t' || c == '\n')) {
				f->gap = true;
			} else if (!f->quote && f->gap && c != '>' && c != '/') {
				f->gap = false;
				if (++f->attributes > MAX_ATTRIBUTES)
					f->overflow = true;
			}
			if (f->quote) {
				if (c == f->quote)
					f->quote = 0;
				else if (f->quoted++ >= MAX_VALUE)
					continue;
			} else if ((c == '"' || c == '\'') && f->after_eq) {
				f->quote = c;
				f->quoted = 0;
			} else if (c == '"' || c == '\'') {
				/* A stray quote would open a value for libxml2,
				   which quotes only after '=' do here. */
				f->after_eq = false;
				continue;
			} else if (c == '>') {
				if (!f->drop)
					check_tag(f, out);
				f->state = f->raw ? RAW : TEXT;
				/* A tag cut by a forced chunk end is no JSON-LD. */
				f->keep_raw = f->raw && f->tag_start < out->len &&
				    is_jsonld(out->p + f->tag_start,
				    out->len - f->tag_start);
				f->raw_kept = 0;
			}
			if (c == '=')
				f->after_eq = true;
			else if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
				f->after_eq = false;
			if (f->drop) {
				f->drop = f->state == TAG;
				continue;
			}
			if (f->overflow) {
				if (f->state == TAG)
					continue;
				f->overflow = false;
			}
			break;
		case COMMENT:
			if (c == '>' && f->dashes >= 2)
				f->state = TEXT;
			f->dashes = c == '-' ? f->dashes + 1 : 0;
			continue;
		case RAW:
			if (c == '<' && i + 1 < n && s[i + 1] == '/' &&
			    starts_with_ci(s + i + 2, n - i - 2, f->raw)) {
				f->state = TAG;
				f->quote = 0;
				f->raw = NULL;
				f->keep_raw = true;
				f->raw_kept = 0;
				f->tag_start = f->clean_to = out->len;
			}
			keep_raw(f, &c, 1, out);
			continue;
		}
		if (c == '&') {
			int32_t cp[2];
			size_t len = ref_decode(s + i, n - i, f->state == TAG, cp);

			if (len == 0) {
				ntx_buf_add(text ? &f->run : out, "&#38;", 5);
				continue;
			}
			put(text ? &f->run : out, cp[0], text);
			if (cp[1])
				put(text ? &f->run : out, cp[1], text);
			i += len - 1;
			continue;
		}
		ntx_buf_addc(text ? &f->run : out, c);
	}
	if (f->state == TEXT)
		end_run(f, out);
}

/*
 * Takes the next decoded piece of the page; returns the chunk to push to
 * libxml2: all of it when last, else up to the last '>' (or, after a
 * megabyte without one, up to a point that cuts no tag or reference).
 */
const struct ntx_buf *
feed_next(struct feed *f, const char *s, size_t n, bool last)
{
	struct ntx_buf *p = &f->pending;
	size_t cut;
	bool forced = false;

	/* The runs libxml2 took go; those it holds move up. */
	if (f->taken_at > 0) {
		memmove(f->texts.p, f->texts.p + f->taken_at,
		    f->texts.len - f->taken_at);
		f->texts.len -= f->taken_at;
		f->taken_at = 0;
	}
	ntx_buf_add(p, s, n);
	f->chunk.len = 0;
	f->tag_start = f->clean_to = SIZE_MAX;
	if (last) {
		cut = p->len;
	} else {
		const char *gt = memrchr(p->p, '>', p->len);

		cut = gt ? (size_t)(gt - p->p) + 1 : 0;
		if (!gt && p->len > MAX_PENDING) {
			const char *amp = memrchr(p->p, '&', p->len);

			forced = true;
			cut = p->len;
			for (size_t k = 1; k < 64 && k <= p->len; k++)
				if (p->p[p->len - k] == '<') {
					cut = p->len - k;
					break;
				}
			/* Nor a reference, however many digits it has. */
			if (amp && amp > p->p && (size_t)(amp - p->p) < cut) {
				const char *q = amp + 1;

				while (q < p->p + p->len && (is_alnum(*q) || *q == '#'))
					q++;
				if (q == p->p + p->len)
					cut = amp - p->p;
			}
			while (cut > 0 && cut < p->len && (p->p[cut] & 0xC0) == 0x80)
				cut--;
		}
	}
	tokenize(f, p->p, cut, &f->chunk);
	/* libxml2 holds a text node until a '<' shows: an empty element
	   that means nothing here lets it give what it has. */
	if (forced && f->state == TEXT)
		ntx_buf_add(&f->chunk, "<wbr>", 5);
	if (cut < p->len)
		memmove(p->p, p->p + cut, p->len - cut);
	p->len -= cut;
	return &f->chunk;
}

/*
 * Whether s starts with the marker of a run waiting: its length, or 0, and
 * in *count how many runs are to be taken with it, those before it first:
 * runs whose markers libxml2 never gave as text, having read them as part
 * of a tag where the page's markup is broken.  Private-use characters of
 * the page that only look like a marker are text, unless they number a run
 * waiting, which a page can only use to put its own text in another order.
 */
size_t
feed_marker(const struct feed *f, const char *s, size_t n, uint32_t *count)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t hi, lo;

	if (n < MARK_LEN || ntx_utf8_decode(u, n, &hi) != 4 ||
	    ntx_utf8_decode(u + 4, n - 4, &lo) != 4 ||
	    hi < MARK_BASE || hi > MARK_BASE + 0xFFFF ||
	    lo < MARK_BASE || lo > MARK_BASE + 0xFFFF)
		return 0;
	*count = ((uint32_t)(hi - MARK_BASE) << 16 | (lo - MARK_BASE)) -
	    f->taken + 1;
	return *count - 1 < f->marks - f->taken ? MARK_LEN : 0;
}

/* The first run waiting, into *text and *len; false when none is. */
bool
feed_text(struct feed *f, const char **text, size_t *len)
{
	if (f->taken == f->marks)
		return false;
	memcpy(len, f->texts.p + f->taken_at, sizeof(*len));
	*text = f->texts.p + f->taken_at + sizeof(*len);
	f->taken_at += sizeof(*len) + *len;
	f->taken++;
	return true;
}

/* The bytes of the runs waiting. */
size_t
feed_waiting(const struct feed *f)
{
	return f->texts.len - f->taken_at;
}
