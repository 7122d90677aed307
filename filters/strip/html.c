/*
 * html.c - a page's visible text and its metadata, from the SAX events of
 * libxml2's HTML push parser.  Block elements end paragraphs, <br> ends a
 * line, each table row is a paragraph with its cells joined by " | ";
 * invisible and non-text elements are skipped; whitespace collapses as a
 * browser renders it, except in <pre>.  The document's header line is
 * written before its first paragraph.
 */
#include <libxml/HTMLparser.h>
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strip.h"

enum {
	BLOCK = 1,	/* ends a paragraph where it starts and ends */
	SKIP = 2,	/* holds no visible text */
	ROW = 4,	/* a table row: a paragraph of its own */
	CELL = 8,	/* a table cell: " | " before all but the first */
	BR = 16,
	PRE = 32,	/* whitespace kept as it is */
	TITLE = 64,
	H1 = 128,
	HEADING = 256,
	/* the elements on_start and on_end look for */
	IS_A = 1 << 9, IS_META = 1 << 10, IS_LINK = 1 << 11, IS_HTML = 1 << 12,
	IS_BODY = 1 << 13, IS_TIME = 1 << 14, IS_SCRIPT = 1 << 15,
	QUOTE = 1 << 16,	/* blockquote, figure */
};

static const struct element {
	const char *name;
	int flags;
} elements[] = {
	{ "a", IS_A }, { "address", BLOCK }, { "applet", SKIP },
	{ "article", BLOCK }, { "aside", BLOCK }, { "audio", SKIP },
	{ "blockquote", BLOCK | QUOTE }, { "body", BLOCK | IS_BODY },
	{ "br", BR }, { "button", SKIP }, { "canvas", SKIP },
	{ "caption", BLOCK }, { "center", BLOCK }, { "datalist", SKIP },
	{ "dd", BLOCK }, { "details", BLOCK }, { "dialog", BLOCK },
	{ "dir", BLOCK }, { "div", BLOCK }, { "dl", BLOCK }, { "dt", BLOCK },
	{ "embed", SKIP }, { "fieldset", BLOCK }, { "figcaption", BLOCK },
	{ "figure", BLOCK | QUOTE }, { "footer", BLOCK }, { "form", BLOCK },
	{ "frameset", SKIP }, { "h1", BLOCK | H1 | HEADING },
	{ "h2", BLOCK | HEADING }, { "h3", BLOCK | HEADING },
	{ "h4", BLOCK | HEADING }, { "h5", BLOCK | HEADING },
	{ "h6", BLOCK | HEADING }, { "head", SKIP }, { "header", BLOCK },
	{ "hgroup", BLOCK }, { "hr", BLOCK }, { "html", BLOCK | IS_HTML },
	{ "iframe", SKIP }, { "input", SKIP }, { "legend", BLOCK },
	{ "li", BLOCK }, { "link", IS_LINK }, { "listing", BLOCK | PRE },
	{ "main", BLOCK }, { "map", SKIP }, { "menu", BLOCK },
	{ "meta", IS_META }, { "nav", BLOCK }, { "noembed", SKIP },
	{ "noframes", SKIP }, { "noscript", SKIP }, { "object", SKIP },
	{ "ol", BLOCK }, { "optgroup", SKIP }, { "option", SKIP },
	{ "p", BLOCK }, { "plaintext", BLOCK | PRE }, { "pre", BLOCK | PRE },
	{ "script", SKIP | IS_SCRIPT }, { "section", BLOCK },
	{ "select", SKIP }, { "style", SKIP }, { "summary", BLOCK },
	{ "svg", SKIP }, { "table", BLOCK }, { "tbody", BLOCK },
	{ "td", CELL }, { "template", SKIP }, { "textarea", SKIP },
	{ "tfoot", BLOCK }, { "th", CELL }, { "thead", BLOCK },
	{ "time", IS_TIME }, { "title", SKIP | TITLE },
	{ "tr", BLOCK | ROW }, { "ul", BLOCK }, { "video", SKIP },
	{ "xmp", BLOCK | PRE },
};

/* Metadata keys, in the order of the header line. */
enum { URL = META_URL, TITLE_KEY = META_TITLE, PUBLISHED = META_PUBLISHED,
	MODIFIED = META_MODIFIED, AUTHOR = META_AUTHOR, LANG = META_LANG,
	SITE = META_SITE, DESCRIPTION = META_DESCRIPTION, NKEYS = META_KEYS };
static const char *const keys[NKEYS] = { "url", "title", "published",
	"modified", "author", "lang", "site", "description" };

#define NSEEN 64

struct page {
	htmlParserCtxtPtr parser;
	const char *source, *charset;
	bool all;			/* every visible text, streamed */
	int depth, skip_depth, pre_depth, title_depth, h1_depth;
	/* main-content mode: the page kept as elements and blocks */
	struct doc doc;
	uint32_t *open;			/* the open elements, innermost last */
	size_t nopen, opencap;
	int bad_depth;			/* open elements that are boilerplate */
	int quote_depth;		/* open blockquotes and figures */
	int link_depth;			/* open <a> elements */
	uint32_t link_bytes;		/* link text in the current paragraph */
	int kind;			/* BLOCK_* of the current paragraph */
	int jsonld_depth;		/* in <script type=application/ld+json> */
	struct ntx_buf jsonld;
	int cells;			/* cells of the current row so far */
	bool space;			/* the text ends in a space, or is empty */
	bool header_done, any_text, blank;
	struct ntx_buf text, title, h1, out, line, head;
	struct ntx_buf meta[NKEYS];
	int rank[NKEYS];		/* how good each meta value is: lower wins */
	struct ntx_nf nf;
	bool restarting;		/* a new parser takes over: no breaks */
	struct feed *feed;		/* holds the text behind the markers */
	char cut[MARK_LEN];		/* the start of a marker libxml2 cut */
	size_t ncut;
	struct ntx_buf join;		/* it and the rest of the marker */
	struct seen {			/* flags_of's names, by pointer */
		const xmlChar *name;
		int flags;
	} seen[NSEEN];
};

static int
element_cmp(const void *key, const void *e)
{
	return strcmp(key, ((const struct element *)e)->name);
}

/*
 * libxml2 gives an element's name as a pointer into its dictionary, or to
 * a constant for the elements it implies: the same pointer for the same
 * name for as long as the parser lives.  So each name is looked up once.
 */
static int
flags_of(struct page *pg, const xmlChar *xname)
{
	struct seen *k = &pg->seen[((uintptr_t)xname >> 3) % NSEEN];
	const struct element *e;

	if (k->name != xname) {
		e = bsearch(xname, elements, sizeof(elements) /
		    sizeof(*elements), sizeof(*elements), element_cmp);
		k->name = xname;
		k->flags = e ? e->flags : 0;
	}
	return k->flags;
}

/* libxml2 lowercases attribute names, as it does tag names. */
const char *
attr(const xmlChar **atts, const char *name)
{
	for (; atts && atts[0]; atts += 2)
		if (strcmp((const char *)atts[0], name) == 0)
			return atts[1] ? (const char *)atts[1] : "";
	return NULL;
}

/* hidden, aria-hidden="true", style="display:none" or visibility:hidden */
static bool
hidden(const xmlChar **atts)
{
	const char *v;
	char squeezed[256];
	size_t k = 0;

	if (attr(atts, "hidden"))
		return true;
	if ((v = attr(atts, "aria-hidden")) && strcasecmp(v, "true") == 0)
		return true;
	if (!(v = attr(atts, "style")))
		return false;
	for (; *v && k + 1 < sizeof(squeezed); v++)
		if (*v != ' ' && *v != '\t' && *v != '\n' && *v != '\r')
			squeezed[k++] = *v | (*v >= 'A' && *v <= 'Z' ? 0x20 : 0);
	squeezed[k] = '\0';
	return strstr(squeezed, "display:none") ||
	    strstr(squeezed, "visibility:hidden");
}

/* A C1 control character (U+0080..U+009F) at s: none in the text stream. */
static bool
is_c1(const char *s, size_t n)
{
	return n >= 2 && (unsigned char)s[0] == 0xC2 &&
	    (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9F;
}

/* The bytes add_collapsed stops at: controls, whitespace but the space,
   DEL, and the lead byte of C1 controls (and of much else, looked at
   twice). */
static const unsigned char collapse_stops[256] = {
	[0 ... ' ' - 1] = 1, [0x7F] = 1, [0xC2] = 1,
};

/* Text with its whitespace collapsed, appended to b. */
static void
add_collapsed(struct ntx_buf *b, bool *space, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t run = i;
		bool sp = *space;
		unsigned char c;

		/* Most bytes are neither controls nor a space after a space. */
		while (run < n && !collapse_stops[c = s[run]] &&
		    !(sp && c == ' ')) {
			sp = c == ' ';
			run++;
		}
		if (run > i) {
			ntx_buf_add(b, s + i, run - i);
			*space = sp;
			i = run;
			continue;
		}
		c = s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			if (!*space)
				ntx_buf_addc(b, ' ');
			*space = true;
		} else if (is_c1(s + i, n - i)) {
			i++;
		} else if (c >= 0x20 && c != 0x7F) {
			ntx_buf_addc(b, c);
			*space = false;
		}
		i++;
	}
}

/*
 * An ISO 8601 date or date and time, as pages write them in metadata:
 * "2022-12-01", "2022-12-01T15:12:13+07:00", "2022-12-01 15:12".  Anything
 * else is left out rather than guessed.
 */
static bool
iso_date(const char *v, struct ntx_buf *out)
{
	int y, mo, d, h, mi, s = 0, len = 0;
	char zone[16] = "";

	while (*v == ' ')
		v++;
	if (sscanf(v, "%4d-%2d-%2d%n", &y, &mo, &d, &len) != 3 || len != 10 ||
	    mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	out->len = 0;
	v += len;
	if ((*v == 'T' || *v == ' ') &&
	    sscanf(v + 1, "%2d:%2d%n", &h, &mi, &len) == 2 && len == 5 &&
	    h < 24 && mi < 60) {
		v += 1 + len;
		if (*v == ':' && sscanf(v + 1, "%2d%n", &s, &len) == 1) {
			v += 1 + len;
			while (*v == '.' || (*v >= '0' && *v <= '9'))
				v++;
		}
		if (*v == 'Z') {
			strcpy(zone, "Z");
		} else if ((*v == '+' || *v == '-') && v[1] >= '0' && v[1] <= '9') {
			int zh, zm = 0;

			if (sscanf(v + 1, "%2d:%2d", &zh, &zm) >= 1 ||
			    sscanf(v + 1, "%2d%2d", &zh, &zm) >= 1)
				snprintf(zone, sizeof(zone), "%c%02d:%02d", *v,
				    zh % 24, zm % 60);
		}
		ntx_buf_reserve(out, 64);
		out->len = snprintf(out->p, 64,
		    "%04d-%02d-%02dT%02d:%02d:%02d%s", y, mo, d, h, mi, s % 60,
		    zone);
		return true;
	}
	ntx_buf_reserve(out, 16);
	out->len = snprintf(out->p, 16, "%04d-%02d-%02d", y, mo, d);
	return true;
}

void
page_meta(struct page *pg, int key, int rank, const char *v)
{
	struct ntx_buf *b = &pg->meta[key];
	bool space = true;

	if (!v || (pg->rank[key] && pg->rank[key] <= rank))
		return;
	if (key == PUBLISHED || key == MODIFIED) {
		if (!iso_date(v, b))
			return;
	} else {
		b->len = 0;
		add_collapsed(b, &space, v, strlen(v));
		if (b->len > 0 && b->p[b->len - 1] == ' ')
			b->len--;
		if (b->len == 0)
			return;
	}
	pg->rank[key] = rank;
}

/* The canonical link is the best url, but a relative one ("/news/a.html")
 * names no site: an absolute og:url is better then. */
static void
canonical(struct page *pg, const char *href)
{
	const char *p = href;

	if (!href)
		return;
	while (*p && (isalnum((unsigned char)*p) || strchr("+-.", *p)))
		p++;
	page_meta(pg, URL, p > href && strncmp(p, "://", 3) == 0 ? 1 : 3, href);
}

static void
meta_element(struct page *pg, const xmlChar **atts)
{
	const char *content = attr(atts, "content"), *p;
	static const struct {
		const char *name;
		int key, rank;
	} names[] = {
		{ "og:title", TITLE_KEY, 1 }, { "twitter:title", TITLE_KEY, 3 },
		{ "og:url", URL, 2 },
		{ "article:published_time", PUBLISHED, 1 },
		{ "datepublished", PUBLISHED, 3 }, { "pubdate", PUBLISHED, 3 },
		{ "publishdate", PUBLISHED, 3 }, { "dc.date", PUBLISHED, 4 },
		{ "date", PUBLISHED, 5 },
		{ "article:modified_time", MODIFIED, 1 },
		{ "datemodified", MODIFIED, 3 }, { "og:updated_time", MODIFIED, 3 },
		{ "author", AUTHOR, 1 }, { "dc.creator", AUTHOR, 2 },
		{ "article:author", AUTHOR, 3 },
		{ "og:locale", LANG, 2 },
		{ "og:site_name", SITE, 1 }, { "application-name", SITE, 2 },
		{ "description", DESCRIPTION, 1 },
		{ "og:description", DESCRIPTION, 2 },
	};

	if (!content)
		return;
	if ((p = attr(atts, "http-equiv")) &&
	    strcasecmp(p, "content-language") == 0)
		page_meta(pg, LANG, 3, content);
	for (const char *const *a = (const char *const[]){ "property", "name",
	    "itemprop", NULL }; *a; a++) {
		if (!(p = attr(atts, *a)))
			continue;
		for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
			if (strcasecmp(p, names[i].name) == 0 &&
			    !(names[i].key == AUTHOR && strstr(content, "://")))
				page_meta(pg, names[i].key, names[i].rank, content);
	}
}

/* <title> without the site's name: "Headline - Báo Lạng Sơn". */
static void
title_from_tag(struct page *pg)
{
	static const char *const seps[] = { " | ", " - ", " \xE2\x80\x93 ",
		" \xE2\x80\x94 ", " :: ", " \xC2\xBB " };
	struct ntx_buf *t = &pg->title;
	size_t cut = t->len;

	ntx_buf_addc(t, '\0');
	for (size_t i = 0; i < sizeof(seps) / sizeof(*seps); i++) {
		const char *last = NULL, *p = t->p;

		size_t head, tail;

		while ((p = strstr(p, seps[i])))
			last = p++;
		if (!last)
			continue;
		/* The site's name is the shorter side. */
		head = last - t->p;
		tail = t->len - 1 - head - strlen(seps[i]);
		if (head > tail && head < cut)
			cut = head;
	}
	t->p[cut] = '\0';
	page_meta(pg, TITLE_KEY, 4, t->p);
}

static void
put_header(struct page *pg)
{
	struct ntx_buf *h = &pg->head;

	if (pg->header_done)
		return;
	pg->header_done = true;
	if (!pg->rank[TITLE_KEY] && pg->h1.len) {
		ntx_buf_addc(&pg->h1, '\0');
		page_meta(pg, TITLE_KEY, 5, pg->h1.p);
	}
	h->len = 0;
	for (int k = 0; k < NKEYS; k++) {
		if (!pg->rank[k])
			continue;
		pg->out.len = 0;
		ntx_nf_normalize(&pg->nf, pg->meta[k].p, pg->meta[k].len, &pg->out);
		ntx_header_add(h, keys[k], pg->out.p, pg->out.len);
	}
	ntx_header_add(h, "charset", pg->charset, strlen(pg->charset));
	if (pg->source)
		ntx_header_add(h, "source", pg->source, strlen(pg->source));
	ntx_buf_addc(h, '\n');
	ntx_out_write(h->p, h->len);
}

/* A line of text, normalized: written, or kept as part of a block. */
static void
put_line(struct page *pg, const char *p, size_t n)
{
	if (!pg->all) {
		if (pg->line.len)
			ntx_buf_addc(&pg->line, '\n');
		ntx_nf_normalize(&pg->nf, p, n, &pg->line);
		return;
	}
	put_header(pg);
	pg->out.len = 0;
	ntx_nf_normalize(&pg->nf, p, n, &pg->out);
	if (pg->blank)
		ntx_out_write("\n", 1);
	ntx_buf_addc(&pg->out, '\n');
	ntx_out_write(pg->out.p, pg->out.len);
}

/* Main-content mode: the lines gathered so far are a block. */
static void
end_block(struct page *pg)
{
	struct block b = { 0 };

	if (pg->all || pg->line.len == 0)
		return;
	b.elem = pg->nopen ? pg->open[pg->nopen - 1] : ROOT;
	b.chars = pg->line.len;
	b.links = pg->link_bytes < b.chars ? pg->link_bytes : b.chars;
	b.kind = pg->kind;
	b.bad = pg->bad_depth > 0;
	doc_block(&pg->doc, &b, pg->line.p, pg->line.len);
	pg->line.len = 0;
}

/* The paragraph gathered so far, a line per line break. */
static void
flush(struct page *pg)
{
	struct ntx_buf *t = &pg->text;
	size_t i = 0;

	if (pg->restarting)
		return;

	while (i < t->len) {
		size_t start = i, end;
		char *nl = memchr(t->p + i, '\n', t->len - i);

		end = nl ? (size_t)(nl - t->p) : t->len;
		i = end + 1;
		if (pg->pre_depth == 0) {
			/* Spaces and no-break spaces at the edges show nothing. */
			for (;;) {
				if (start < end && t->p[start] == ' ')
					start++;
				else if (end - start >= 2 &&
				    memcmp(t->p + start, "\xC2\xA0", 2) == 0)
					start += 2;
				else
					break;
			}
			for (;;) {
				if (end > start && t->p[end - 1] == ' ')
					end--;
				else if (end - start >= 2 &&
				    memcmp(t->p + end - 2, "\xC2\xA0", 2) == 0)
					end -= 2;
				else
					break;
			}
		}
		if (start == end) {
			end_block(pg);
			pg->blank = pg->any_text;	/* <br><br> */
			continue;
		}
		put_line(pg, t->p + start, end - start);
		pg->blank = false;
		pg->any_text = true;
	}
	end_block(pg);
	t->len = 0;
	pg->space = true;
	pg->blank = pg->any_text;
	pg->link_bytes = 0;
	pg->kind = 0;
}

/* Main-content mode: the element in the page's outline. */
static void
open_element(struct page *pg, const char *name, int flags,
    const xmlChar **atts)
{
	uint32_t parent = pg->nopen ? pg->open[pg->nopen - 1] : ROOT;
	int hint = flags & (IS_HTML | IS_BODY) ? 0 :
	    hint_of(name, atts, pg->quote_depth > 0);
	uint32_t id;

	if (pg->nopen == pg->opencap) {
		pg->opencap = pg->opencap ? 2 * pg->opencap : 256;
		if (!(pg->open = realloc(pg->open, pg->opencap * sizeof(*pg->open))))
			ntx_die(NTX_EXIT_FAIL, "out of memory");
	}
	id = pg->open[pg->nopen++] = doc_open(&pg->doc, parent, hint);
	if (flags & QUOTE)
		pg->doc.elems[id].quote = true, pg->quote_depth++;
	if (hint < 0)
		pg->bad_depth++;
	/* Inside an article's body nothing counts as boilerplate but what
	   is marked so inside it. */
	pg->doc.elems[id].outer_bad = pg->bad_depth;
	if (hint == 2)
		pg->bad_depth = 0;
}

static void
close_element(struct page *pg)
{
	uint32_t id;

	if (pg->nopen == 0)
		return;
	id = pg->open[--pg->nopen];
	doc_close(&pg->doc, id);
	if (pg->doc.elems[id].hint == 2)
		pg->bad_depth = pg->doc.elems[id].outer_bad;
	if (pg->doc.elems[id].hint < 0)
		pg->bad_depth--;
	if (pg->doc.elems[id].quote)
		pg->quote_depth--;
}

static void end_cut(struct page *pg);

static void
on_start(void *ctx, const xmlChar *xname, const xmlChar **atts)
{
	struct page *pg = ctx;
	const char *name = (const char *)xname, *v;
	int flags = flags_of(pg, xname);

	end_cut(pg);

	pg->depth++;
	/* Metadata, wherever it is. */
	if (flags & IS_META)
		meta_element(pg, atts);
	else if (flags & IS_LINK && (v = attr(atts, "rel")) &&
	    strcasecmp(v, "canonical") == 0)
		canonical(pg, attr(atts, "href"));
	else if (flags & IS_HTML)
		page_meta(pg, LANG, 1, attr(atts, "lang"));
	else if (flags & IS_TIME)
		page_meta(pg, PUBLISHED, 6, attr(atts, "datetime"));
	if ((v = attr(atts, "itemprop")) && strcasecmp(v, "datePublished") == 0)
		page_meta(pg, PUBLISHED, 3, attr(atts, "datetime"));
	if (flags & IS_SCRIPT && (v = attr(atts, "type")) &&
	    strcasecmp(v, "application/ld+json") == 0 && !pg->jsonld_depth) {
		pg->jsonld_depth = pg->depth;
		pg->jsonld.len = 0;
	}
	if (flags & TITLE && !pg->title_depth && !pg->rank[TITLE_KEY])
		pg->title_depth = pg->depth;
	if (flags & H1 && !pg->h1_depth && !pg->h1.len)
		pg->h1_depth = pg->depth;

	if (!pg->skip_depth && !(flags & SKIP) && flags & (BLOCK | ROW) &&
	    !hidden(atts))
		flush(pg);
	if (!pg->all)
		open_element(pg, name, flags, atts);
	if (pg->skip_depth)
		return;
	if (flags & SKIP || hidden(atts)) {
		pg->skip_depth = pg->depth;
		return;
	}
	if (flags & HEADING)
		pg->kind = BLOCK_HEADING | (flags & H1 ? BLOCK_H1 : 0);
	if (flags & IS_A)
		pg->link_depth++;
	if (flags & ROW)
		pg->cells = 0;
	if (flags & CELL && pg->cells++ > 0 && pg->text.len > 0)
		add_collapsed(&pg->text, &pg->space, " | ", 3);
	if (flags & PRE && !pg->pre_depth)
		pg->pre_depth = pg->depth;
	if (flags & BR) {
		while (pg->text.len && pg->text.p[pg->text.len - 1] == ' ')
			pg->text.len--;
		ntx_buf_addc(&pg->text, '\n');
		pg->space = true;
	}
}

static void
on_end(void *ctx, const xmlChar *xname)
{
	struct page *pg = ctx;
	int flags = flags_of(pg, xname);

	end_cut(pg);
	if (pg->depth == 0)
		return;
	if (pg->title_depth == pg->depth) {
		pg->title_depth = 0;
		title_from_tag(pg);
	}
	if (pg->h1_depth == pg->depth)
		pg->h1_depth = 0;
	if (pg->jsonld_depth == pg->depth) {
		pg->jsonld_depth = 0;
		jsonld_read(pg, pg->jsonld.p, pg->jsonld.len);
	}
	if (pg->skip_depth == pg->depth) {
		pg->skip_depth = 0;
	} else if (!pg->skip_depth) {
		if (flags & (BLOCK | ROW))
			flush(pg);
		if (flags & IS_A && pg->link_depth > 0)
			pg->link_depth--;
	}
	if (pg->pre_depth == pg->depth)
		pg->pre_depth = 0;
	if (!pg->all)
		close_element(pg);
	pg->depth--;
}

/*
 * With --all, memory stays flat even for a paragraph of 50 MB: past 1 MiB,
 * what it has so far is written as a line of its own and it goes on.
 */
static void
cap_paragraph(struct page *pg)
{
	size_t n = pg->text.len, skip = 0;
	const char *sp;

	if (!pg->all || n < ((size_t)1 << 20))
		return;
	sp = memrchr(pg->text.p + n - (n >> 4), ' ', n >> 4);
	/* At a space, where the line break stands for it; else after a
	   whole UTF-8 character. */
	if (sp && pg->pre_depth == 0) {
		n = sp - pg->text.p;
		skip = 1;
	} else {
		while (n > 0 && ((unsigned char)pg->text.p[n - 1] & 0xC0) == 0x80)
			n--;
		if (n > 0 && (unsigned char)pg->text.p[n - 1] >= 0xC0)
			n--;
	}
	if (n == 0)
		return;
	put_line(pg, pg->text.p, n);
	pg->blank = false;
	pg->any_text = true;
	n += skip;
	memmove(pg->text.p, pg->text.p + n, pg->text.len - n);
	pg->text.len -= n;
}

/* The text of scripts: only JSON-LD is read, up to 1 MiB of it. */
static void
on_script(void *ctx, const xmlChar *xs, int len)
{
	struct page *pg = ctx;

	if (pg->jsonld_depth && pg->jsonld.len + len <= (1 << 20))
		ntx_buf_add(&pg->jsonld, xs, len);
}

/* Text as libxml2 would have given it. */
static void
add_text(struct page *pg, const char *s, size_t len)
{
	if (pg->title_depth) {
		bool space = pg->title.len == 0;

		add_collapsed(&pg->title, &space, s, len);
	}
	if (pg->skip_depth)
		return;
	if (pg->h1_depth) {
		bool space = pg->h1.len == 0 || pg->h1.p[pg->h1.len - 1] == ' ';

		add_collapsed(&pg->h1, &space, s, len);
	}
	if (pg->pre_depth) {
		for (size_t i = 0; i < len; i++) {
			if (is_c1(s + i, len - i))
				i++;
			else if (((unsigned char)s[i] >= 0x20 && s[i] != 0x7F) ||
			    s[i] == '\n' || s[i] == '\t')
				ntx_buf_addc(&pg->text, s[i] == '\t' ? ' ' : s[i]);
		}
		cap_paragraph(pg);
		return;
	}
	if (pg->link_depth) {
		size_t before = pg->text.len;

		add_collapsed(&pg->text, &pg->space, s, len);
		pg->link_bytes += pg->text.len - before;
		return;
	}
	add_collapsed(&pg->text, &pg->space, s, len);
	cap_paragraph(pg);
}

/*
 * Text from libxml2, runs of it as markers (feed.c); the runs of those it
 * passed over come first.  Returns how much of s it took: all, but for
 * the start of a marker at the end, which libxml2 may give in two calls.
 */
static size_t
add_marked_text(struct page *pg, const char *s, size_t len)
{
	const char *start = s, *end = s + len;

	while (s < end) {
		const char *m = memchr(s, 0xF3, end - s), *text;
		size_t marker, n;
		uint32_t count;

		if (!m)
			m = end;
		if (m > s)
			add_text(pg, s, m - s);
		if (m == end || (size_t)(end - m) < MARK_LEN)
			return m - start;
		marker = feed_marker(pg->feed, m, end - m, &count);
		if (!marker) {
			add_text(pg, m, 1);
			s = m + 1;
			continue;
		}
		while (count-- > 0 && feed_text(pg->feed, &text, &n))
			add_text(pg, text, n);
		s = m + marker;
	}
	return len;
}

/* The start of a marker left at the end of the last text is text. */
static void
end_cut(struct page *pg)
{
	if (pg->ncut > 0)
		add_text(pg, pg->cut, pg->ncut);
	pg->ncut = 0;
}

static void
on_text(void *ctx, const xmlChar *xs, int len)
{
	struct page *pg = ctx;
	const char *s = (const char *)xs;
	size_t n = len, took;

	/* A marker libxml2 cut between two calls is joined again. */
	if (pg->ncut > 0) {
		pg->join.len = 0;
		ntx_buf_add(&pg->join, pg->cut, pg->ncut);
		ntx_buf_add(&pg->join, s, n);
		s = pg->join.p;
		n = pg->join.len;
	}
	took = add_marked_text(pg, s, n);
	memcpy(pg->cut, s + took, n - took);
	pg->ncut = n - took;
}

/* Runs libxml2 never gave, holding them in a tag it never ended. */
static void
add_waiting_text(struct page *pg)
{
	const char *text;
	size_t n;

	while (feed_text(pg->feed, &text, &n))
		add_text(pg, text, n);
}

static htmlParserCtxtPtr
new_parser(struct page *pg)
{
	static htmlSAXHandler sax = {
		.startElement = on_start,
		.endElement = on_end,
		.characters = on_text,
		.cdataBlock = on_script,
	};
	htmlParserCtxtPtr parser = htmlCreatePushParserCtxt(&sax, pg, NULL, 0,
	    NULL, XML_CHAR_ENCODING_UTF8);

	if (!parser)
		ntx_die(NTX_EXIT_FAIL, "cannot create an HTML parser");
	/* The input is UTF-8 whatever the page says (charset.c). */
	htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC |
	    XML_PARSE_HUGE);
	return parser;
}

struct page *
page_new(const char *source, const char *charset, bool all,
    struct feed *feed)
{
	struct page *pg = calloc(1, sizeof(*pg));

	if (!pg)
		ntx_die(NTX_EXIT_FAIL, "out of memory");
	pg->source = source;
	pg->charset = charset;
	pg->all = all;
	pg->feed = feed;
	if (!all)
		doc_open(&pg->doc, NO_ELEM, 0);	/* ROOT: holds everything */
	pg->space = true;
	ntx_nf_init(&pg->nf, false);
	pg->parser = new_parser(pg);
	return pg;
}

/* Main-content mode, at the end of the page: the article's blocks. */
static void
write_article(struct page *pg)
{
	struct doc *d = &pg->doc;
	bool first = true;

	doc_close(d, ROOT);
	pg->out.len = 0;
	if (pg->rank[TITLE_KEY])
		ntx_nf_normalize(&pg->nf, pg->meta[TITLE_KEY].p,
		    pg->meta[TITLE_KEY].len, &pg->out);
	doc_select(d, pg->out.len ? pg->out.p : NULL, pg->out.len);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		if (!b->keep)
			continue;
		if (!first)
			ntx_out_write("\n", 1);
		ntx_out_write(d->text.p + b->off, b->len);
		ntx_out_write("\n", 1);
		first = false;
	}
}

/*
 * libxml2 holds the input of a construct until its end shows (a script's
 * end tag, a tag's '>' past quoted values): in a stream of broken pages
 * it can wait for ever, holding everything (and feed.c the text behind
 * the markers it holds).  In --all mode, when either holds more than
 * MAX_HELD, the parser is ended there and a new one goes on.
 */
#define MAX_HELD ((size_t)1 << 20)

static size_t
held(htmlParserCtxtPtr parser)
{
	xmlParserInputPtr in = parser->input;

	return in && in->cur && in->end ? (size_t)(in->end - in->cur) : 0;
}

void
page_parse(struct page *pg, const char *s, size_t n, bool last)
{
	while (n > INT_MAX / 2) {
		htmlParseChunk(pg->parser, s, INT_MAX / 2, 0);
		s += INT_MAX / 2;
		n -= INT_MAX / 2;
	}
	htmlParseChunk(pg->parser, s, (int)n, last);
	if (pg->all && !last && (held(pg->parser) > MAX_HELD ||
	    feed_waiting(pg->feed) > MAX_HELD)) {
		/*
		 * Ends what libxml2 holds (closing every element, which
		 * leaves the page's state as at its start) and goes on in
		 * the paragraph it was in, with no break.  The new parser
		 * starts in a paragraph of the body: libxml2 2.9 parses
		 * nothing of a page that starts with an end tag.
		 */
		pg->restarting = true;
		htmlParseChunk(pg->parser, NULL, 0, 1);
		end_cut(pg);
		add_waiting_text(pg);
		htmlFreeParserCtxt(pg->parser);
		memset(pg->seen, 0, sizeof(pg->seen));	/* its names are gone */
		pg->parser = new_parser(pg);
		htmlParseChunk(pg->parser, "<body><p>", 9, 0);
		pg->restarting = false;
	}
	if (last) {
		end_cut(pg);
		add_waiting_text(pg);
		flush(pg);
		put_header(pg);
		if (!pg->all)
			write_article(pg);
	}
}

void
page_free(struct page *pg)
{
	htmlFreeParserCtxt(pg->parser);
	ntx_nf_free(&pg->nf);
	ntx_buf_free(&pg->text);
	ntx_buf_free(&pg->title);
	ntx_buf_free(&pg->h1);
	ntx_buf_free(&pg->out);
	ntx_buf_free(&pg->line);
	ntx_buf_free(&pg->head);
	ntx_buf_free(&pg->jsonld);
	ntx_buf_free(&pg->join);
	doc_free(&pg->doc);
	free(pg->open);
	for (int k = 0; k < NKEYS; k++)
		ntx_buf_free(&pg->meta[k]);
	free(pg);
}
