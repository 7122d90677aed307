/*
 * strip.h - the parts of ntx-strip: charset detection and decoding
 * (charset.c), character references and cutting the input into chunks
 * libxml2 can take (feed.c), the page's text and metadata from libxml2's
 * SAX events (html.c, jsonld.c), the choice of the article (content.c,
 * hints.c), and the driver (strip.c).
 */
#ifndef NTX_STRIP_H
#define NTX_STRIP_H

#include <iconv.h>
#include <libxml/xmlstring.h>

#include "ntx.h"

/* HTML's whitespace, which separates attributes (charset.c, feed.c). */
static inline bool
html_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* charset.c */
struct decoder {
	char name[48];		/* what was chosen, for the header line */
	iconv_t cd;		/* (iconv_t)-1 for UTF-8 */
	struct ntx_buf held;	/* a sequence the last chunk cut short */
	unsigned long bad;	/* sequences replaced by U+FFFD */
	size_t checked;		/* the next bytes, known to be valid UTF-8 */
};
const char *charset_sniff(const char *s, size_t n,
    char *label, size_t size, size_t *valid_utf8);
bool charset_label_ok(const char *label);
const char *charset_iconv_name(const char *label);
int decoder_open(struct decoder *d, const char *label);
void decoder_run(struct decoder *d, const char *s, size_t n, bool last,
    struct ntx_buf *out);
void decoder_close(struct decoder *d);

/* feed.c */
size_t ref_decode(const char *s, size_t n, bool in_attr, int32_t cp[2]);
struct feed {
	struct ntx_buf pending;	/* decoded text not yet given to the parser */
	struct ntx_buf chunk;
	int state;		/* where the tokenizer is: text, tag, comment, raw */
	char quote;		/* inside a tag: the open quote, or 0 */
	size_t quoted;		/* how long the quoted value is so far */
	bool after_eq;		/* inside a tag: just after '=' */
	bool drop;		/* inside a tag left out: </body>, </html> */
	bool after_cr;		/* the last byte was a CR */
	bool started;		/* a start tag or text came */
	bool gap;		/* inside a tag: after whitespace */
	bool overflow;		/* inside a tag: past MAX_ATTRIBUTES */
	unsigned attributes;	/* inside a tag: how many so far */
	int dashes;		/* inside a comment: '-' just seen */
	const char *raw;	/* script or style being read, or NULL */
	bool keep_raw;		/* its text goes to libxml2: JSON-LD */
	size_t raw_kept;	/* how much of it so far */
	size_t tag_start;	/* where the tag being read starts in chunk */
	size_t clean_to;	/* how far it is plainly written, or SIZE_MAX */
	bool doubt;		/* a tag was not: libxml2 may read on otherwise */
	struct ntx_buf run;	/* the run of text being read */
	struct ntx_buf texts;	/* runs sent as markers: length, text, ... */
	size_t taken_at;	/* where the first run not taken starts */
	uint32_t marks, taken;	/* markers sent, runs taken */
};
void feed_init(struct feed *f);
void feed_free(struct feed *f);
const struct ntx_buf *feed_next(struct feed *f, const char *s, size_t n,
    bool last);
#define MARK_LEN 8	/* the length of a marker: two 4-byte characters */
size_t feed_marker(const struct feed *f, const char *s, size_t n,
    uint32_t *count);
bool feed_text(struct feed *f, const char **text, size_t *len);
size_t feed_waiting(const struct feed *f);

/* content.c: the page as elements and blocks, and the article among them. */
#define NO_ELEM UINT32_MAX
#define ROOT 0			/* the page itself, around <html> and stray text */
struct elem {
	uint32_t parent, last;	/* its parent; its last descendant */
	int hint;		/* class, id, tag: 2 article body, 1 content,
				   -1 boilerplate */
	int outer_bad;		/* boilerplate elements around it */
	bool quote;		/* a blockquote or figure */
	double score, chars, links;
	uint32_t blocks;
};
enum { BLOCK_H1 = 1, BLOCK_HEADING = 2 };
struct block {
	uint32_t elem;		/* the element it is in */
	size_t off, len;	/* its text in doc.text: lines joined by LF */
	uint32_t chars, links;	/* bytes of text, of link text */
	int kind;
	bool bad;		/* in navigation, a footer, comments... */
	bool keep;
};
struct doc {
	struct elem *elems;
	struct block *blocks;
	size_t nelems, elemcap, nblocks, blockcap;
	struct ntx_buf text;
};
void doc_reset(struct doc *d);
void doc_free(struct doc *d);
uint32_t doc_open(struct doc *d, uint32_t parent, int hint);
void doc_close(struct doc *d, uint32_t id);
void doc_block(struct doc *d, const struct block *b, const char *text,
    size_t len);
void doc_select(struct doc *d, const char *title, size_t tlen);

/* html.c; page_meta sets a header key, unless a better source (lower
   rank) already did. */
struct page;
enum { META_URL, META_TITLE, META_PUBLISHED, META_MODIFIED, META_AUTHOR,
	META_LANG, META_SITE, META_DESCRIPTION, META_KEYS };
void page_meta(struct page *pg, int key, int rank, const char *v);

/* hints.c: 2 an article's body, 1 content, -1 boilerplate, 0 nothing.
   Attributes are libxml2's: name, value, ..., NULL. */
const char *attr(const xmlChar **atts, const char *name);
int hint_of(const char *name, const xmlChar **atts, bool in_quote);

/* jsonld.c */
void jsonld_read(struct page *pg, const char *s, size_t n);
struct page *page_new(const char *source, const char *charset, bool all,
    struct feed *feed);
void page_parse(struct page *pg, const char *s, size_t n, bool last);
void page_free(struct page *pg);

#endif
