/*
 * wordset.c - the abbreviation and sentence-starter lists: an open
 * addressing hash set of short words, loaded from the list format of
 * abbrev-*.txt.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "split.h"

/* Longer tokens are never looked up: no abbreviation is that long. */
#define WORD_MAX 48

static size_t
hash(const char *w, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;	/* FNV-1a */

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 0x100000001b3ULL;
	return h ^ h >> 29;
}

int
wordset_get(const struct wordset *s, const char *w, size_t n)
{
	if (s->count == 0 || n > WORD_MAX)
		return AB_NONE;
	for (size_t i = hash(w, n) & s->mask;; i = (i + 1) & s->mask) {
		const struct wordset_slot *e = &s->slot[i];

		if (e->word == NULL)
			return AB_NONE;
		if (e->len == n && memcmp(e->word, w, n) == 0)
			return e->class;
	}
}

static void
put(struct wordset_slot *slot, size_t mask, struct wordset_slot e)
{
	size_t i = hash(e.word, e.len) & mask;

	while (slot[i].word != NULL)
		i = (i + 1) & mask;
	slot[i] = e;
}

/* A word already there takes the new class: a later list overrides. */
void
wordset_add(struct wordset *s, const char *w, size_t n, int class)
{
	struct wordset_slot e;

	if (n == 0 || n > WORD_MAX)
		return;
	for (size_t i = hash(w, n) & s->mask; s->count; i = (i + 1) & s->mask) {
		if (s->slot[i].word == NULL)
			break;
		if (s->slot[i].len == n && memcmp(s->slot[i].word, w, n) == 0) {
			s->slot[i].class = class;
			return;
		}
	}
	/* Kept at most half full, so probes stay short. */
	if (2 * (s->count + 1) > s->mask + 1 || s->slot == NULL) {
		size_t cap = s->slot ? 2 * (s->mask + 1) : 512;
		struct wordset_slot *slot = calloc(cap, sizeof(*slot));

		if (slot == NULL)
			ntx_die(NTX_EXIT_FAIL, "out of memory");
		for (size_t i = 0; s->slot && i <= s->mask; i++)
			if (s->slot[i].word)
				put(slot, cap - 1, s->slot[i]);
		free(s->slot);
		s->slot = slot;
		s->mask = cap - 1;
	}
	e.word = malloc(n);
	if (e.word == NULL)
		ntx_die(NTX_EXIT_FAIL, "out of memory");
	memcpy(e.word, w, n);
	e.len = n;
	e.class = class;
	put(s->slot, s->mask, e);
	s->count++;
}

void
wordset_free(struct wordset *s)
{
	for (size_t i = 0; s->slot && i <= s->mask; i++)
		free(s->slot[i].word);
	free(s->slot);
	memset(s, 0, sizeof(*s));
}

/*
 * w mapped to lower (or upper) case into out; returns its length, or 0 if
 * it does not fit or is not valid UTF-8.  *changed tells whether any
 * letter changed.
 */
static size_t
recase(const char *w, size_t n, bool upper, char *out, bool *changed)
{
	const unsigned char *s = (const unsigned char *)w;
	size_t i = 0, o = 0;

	*changed = false;
	while (i < n) {
		int32_t cp, c;
		size_t len = ntx_utf8_decode(s + i, n - i, &cp);

		if (cp < 0)
			return 0;
		c = upper ? utf8proc_toupper(cp) : utf8proc_tolower(cp);
		*changed |= c != cp;
		if (o + 4 > WORD_MAX)
			return 0;
		o += ntx_utf8_encode(c, out + o);
		i += len;
	}
	return o;
}

int
wordset_lookup(const struct wordset *s, const char *w, size_t n)
{
	char low[WORD_MAX];
	size_t len;
	bool changed;
	int class = wordset_get(s, w, n);

	if (class != AB_NONE || n > WORD_MAX)
		return class;
	/* An entry all in lowercase matches any capitalization of it. */
	len = recase(w, n, false, low, &changed);
	if (len == 0 || !changed)
		return AB_NONE;
	return wordset_get(s, low, len);
}

static int
section(const char *p, size_t n)
{
	static const char *const names[] = {
		[AB_TITLE] = "[title]", [AB_GENERAL] = "[general]",
		[AB_NUMBER] = "[number]",
	};

	for (int c = AB_TITLE; c <= AB_NUMBER; c++)
		if (strlen(names[c]) == n && memcmp(names[c], p, n) == 0)
			return c;
	return AB_NONE;
}

unsigned long
wordset_load(struct wordset *s, const char *text, size_t size,
    int default_class)
{
	const char *p = text, *end = text + size;
	unsigned long lineno = 0;
	int class = default_class;

	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		const char *e = nl ? nl : end;
		char up[WORD_MAX];
		size_t n, len;
		bool changed;

		lineno++;
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		n = e - p;
		if (n > 0 && *p == '[') {
			if ((class = section(p, n)) == AB_NONE)
				return lineno;
		} else if (n > 0 && *p != '#') {
			if (memchr(p, ' ', n) || memchr(p, '\t', n) ||
			    ntx_utf8_valid_prefix(p, n) < n)
				return lineno;
			if (p[n - 1] == '.')
				n--;
			if (n == 0 || n > WORD_MAX)
				return lineno;
			wordset_add(s, p, n, class);
			/* Written with a capital: also matches in all capitals. */
			recase(p, n, false, up, &changed);
			if (changed && (len = recase(p, n, true, up, &changed)))
				wordset_add(s, up, len, class);
		}
		p = nl ? nl + 1 : end;
	}
	return 0;
}
