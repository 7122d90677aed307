/*
 * content.c - which blocks of a page are its article.
 *
 * The page is kept as its elements (in document order, each knowing its
 * parent and its last descendant) and its blocks of text (each knowing
 * the element it is in, its length, how much of it is link text, and
 * whether it sits in navigation, a footer, a sidebar, comments or the
 * like).  As Readability does, every block of real prose gives points to
 * the elements that hold it (its parent fully, the grandparent half, the
 * one above a third); class and id names that say "content" or "comment"
 * weigh in; the element with the most points, less its link density, is
 * the article's container.  Its blocks are kept but for link lists and
 * boilerplate inside it, siblings that score nearly as well join it, and
 * the headline and what stands between it and the container (date line,
 * byline, lead) are taken too.
 */
#include <stdlib.h>
#include <string.h>

#include "strip.h"

void
doc_reset(struct doc *d)
{
	d->nelems = d->nblocks = 0;
	d->text.len = 0;
}

void
doc_free(struct doc *d)
{
	free(d->elems);
	free(d->blocks);
	ntx_buf_free(&d->text);
	memset(d, 0, sizeof(*d));
}

static void *
grow(void *p, size_t *cap, size_t size)
{
	*cap = *cap ? 2 * *cap : 1024;
	if (!(p = realloc(p, *cap * size)))
		ntx_die(NTX_EXIT_FAIL, "out of memory");
	return p;
}

uint32_t
doc_open(struct doc *d, uint32_t parent, int hint)
{
	struct elem *e;

	if (d->nelems == d->elemcap)
		d->elems = grow(d->elems, &d->elemcap, sizeof(*d->elems));
	e = &d->elems[d->nelems];
	memset(e, 0, sizeof(*e));
	e->parent = parent;
	e->last = d->nelems;
	e->hint = hint;
	return d->nelems++;
}

void
doc_close(struct doc *d, uint32_t id)
{
	d->elems[id].last = d->nelems - 1;
}

void
doc_block(struct doc *d, const struct block *b, const char *text, size_t len)
{
	struct block *n;

	if (d->nblocks == d->blockcap)
		d->blocks = grow(d->blocks, &d->blockcap, sizeof(*d->blocks));
	n = &d->blocks[d->nblocks++];
	*n = *b;
	n->off = d->text.len;
	n->len = len;
	ntx_buf_add(&d->text, text, len);
}

static bool
inside(const struct doc *d, uint32_t elem, uint32_t container)
{
	return elem >= container && elem <= d->elems[container].last;
}

/* Real prose: long enough, few links, not in boilerplate. */
static double
prose_score(const struct block *b, const char *text)
{
	size_t commas = 0;

	if (b->bad || b->chars < 25 || b->links * 2 > b->chars)
		return 0;
	for (size_t i = 0; i < b->len; i++)
		commas += text[i] == ',';
	return 1 + (commas < 10 ? commas : 10) +
	    (b->chars / 100 < 3 ? b->chars / 100 : 3);
}

/*
 * Readability's second look: when several elements score nearly as well
 * as the best one (an article written as one wrapper per paragraph), the
 * lowest ancestor of the best that holds three of them is the article.
 */
static uint32_t
widen(const struct doc *d, uint32_t top, double best)
{
	uint32_t alt[64], a;
	size_t nalt = 0;

	for (size_t i = 0; i < d->nelems && nalt < 64; i++)
		if (i != top && d->elems[i].score >= 0.75 * best &&
		    !inside(d, top, i))
			alt[nalt++] = i;
	if (nalt < 3)
		return top;
	for (a = d->elems[top].parent; a != NO_ELEM; a = d->elems[a].parent) {
		size_t held = 0;

		for (size_t k = 0; k < nalt; k++)
			held += inside(d, alt[k], a);
		if (held >= 3)
			return a;
	}
	return top;
}

/* The block that is the headline: the first <h1>, or the title's text. */
static size_t
headline(const struct doc *d, size_t before, const char *title, size_t tlen)
{
	for (size_t i = 0; i < before; i++)
		if (d->blocks[i].kind & BLOCK_H1)
			return i;
	for (size_t i = 0; title && i < before; i++)
		if (d->blocks[i].len == tlen &&
		    memcmp(d->text.p + d->blocks[i].off, title, tlen) == 0)
			return i;
	return SIZE_MAX;
}

/*
 * Inside the article, a part whose text is mostly links and holds several
 * blocks is a list of other articles ("more on this story", "xem thêm"):
 * its blocks go, as Readability's last cleaning does.  Each block counts
 * for its holders up to 64 levels up, but not for top itself.
 */
#define MAX_LEVELS 64

static void
drop_link_lists(struct doc *d, uint32_t top)
{
	for (size_t i = 0; i < d->nelems; i++)
		d->elems[i].chars = d->elems[i].links = d->elems[i].blocks = 0;
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		uint32_t e = b->elem;

		if (!b->keep)
			continue;
		for (int level = 0; level < MAX_LEVELS && e != top && e != NO_ELEM;
		    level++, e = d->elems[e].parent) {
			d->elems[e].chars += b->chars;
			d->elems[e].links += b->links;
			d->elems[e].blocks++;
		}
	}
	for (size_t i = 0; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];
		uint32_t e = b->elem;

		for (int level = 0; b->keep && level < MAX_LEVELS && e != top &&
		    e != NO_ELEM; level++, e = d->elems[e].parent) {
			const struct elem *x = &d->elems[e];

			if (x->blocks >= 3 && x->links * 3 > x->chars)
				b->keep = false;
		}
	}
}

void
doc_select(struct doc *d, const char *title, size_t tlen)
{
	size_t h;
	uint32_t top = 0, parent;
	double best = 0;
	size_t first = SIZE_MAX;

	if (d->nblocks == 0)
		return;
	for (size_t i = 0; i < d->nelems; i++)
		d->elems[i].score = d->elems[i].chars = d->elems[i].links = 0;
	/* Points to the holders of each block of prose. */
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		double s = prose_score(b, d->text.p + b->off);
		uint32_t e = d->elems[b->elem].parent;

		for (int level = 1; level <= 3 && e != NO_ELEM; level++) {
			d->elems[e].score += s / (level == 1 ? 1 : level == 2 ? 2 : 3 * level);
			d->elems[e].chars += b->chars;
			d->elems[e].links += b->links;
			e = d->elems[e].parent;
		}
	}
	for (size_t i = 0; i < d->nelems; i++) {
		struct elem *e = &d->elems[i];
		double s;

		if (e->score <= 0)
			continue;
		s = (e->score + 25.0 * e->hint) *
		    (1 - (e->chars > 0 ? e->links / e->chars : 0));
		e->score = s;
		if (s > best) {
			best = s;
			top = i;
		}
	}
	if (best > 0)
		top = widen(d, top, best);
	if (best <= 0) {
		/* No prose anywhere: keep what is not boilerplate. */
		for (size_t i = 0; i < d->nblocks; i++)
			d->blocks[i].keep = !d->blocks[i].bad;
		return;
	}
	/* The container, and siblings that score nearly as well. */
	parent = d->elems[top].parent;
	for (size_t i = 0; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];
		bool in = inside(d, b->elem, top);

		if (!in && parent != NO_ELEM && b->elem != parent &&
		    inside(d, b->elem, parent)) {
			/* The sibling of top that holds b. */
			uint32_t s = b->elem;

			while (d->elems[s].parent != parent)
				s = d->elems[s].parent;
			in = d->elems[s].score >= (best * 0.2 > 10 ? best * 0.2 : 10);
		}
		b->keep = in && !b->bad && !(b->links * 2 > b->chars && b->chars > 0 &&
		    !(b->kind & BLOCK_HEADING));
		if (b->keep && first == SIZE_MAX)
			first = i;
	}
	drop_link_lists(d, top);
	for (first = 0; first < d->nblocks && !d->blocks[first].keep; first++)
		;
	if (first == d->nblocks)
		first = SIZE_MAX;
	/* The headline and what stands between it and the text. */
	if (first == SIZE_MAX || (h = headline(d, first, title, tlen)) == SIZE_MAX)
		return;
	/* Bylines link their authors: up to half link text. */
	for (size_t k = h; k < first; k++) {
		struct block *b = &d->blocks[k];

		if (first - k <= 10 && !b->bad && b->links * 2 <= b->chars)
			b->keep = true;
	}
	d->blocks[h].keep = true;
}
