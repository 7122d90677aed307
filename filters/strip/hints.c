/*
 * hints.c - what an element's tag, role, itemprop, class and id say about
 * it, for the choice of the main content (content.c): the body of an
 * article, content, boilerplate, or nothing.  English and Vietnamese
 * names, as news sites write them.
 */
#include <libxml/HTMLparser.h>
#include <string.h>
#include <strings.h>

#include "strip.h"

/*
 * Class and id names that mark an article's body: they win over every
 * other sign, and what is inside them is never boilerplate (VnExpress puts
 * its article in "sidebar-1", WordPress tags posts "tag-...").
 */
static const char *const body_words[] = {
	"articlebody", "articlecontent", "bodytext", "contentdetail",
	"detailcontent", "entrycontent", "fckdetail", "hentry", "maincontent",
	"newscontent", "postbody", "postcontent", "richtext", "storybody",
};
/* Parts of names, and whole names (or their first part), of boilerplate. */
static const char *const bad_words[] = {
	"advert", "banner", "binhluan", "breadcrumb", "chiase", "comment",
	"cungchuyenmuc", "docthem", "tinnoibat", "xemthem",
	"cookie", "docnhieu", "footer", "lienquan", "masthead", "mostread",
	"newsletter", "outbrain", "popular", "quangcao", "recommend",
	"related", "sidebar", "sponsor", "taboola", "tinkhac", "toolbar",
	"trending", "tukhoa", "xemnhieu",
};
static const char *const bad_names[] = {
	"ad", "ads", "menu", "nav", "navbar", "navigation", "pagination",
	"popup", "print", "promo", "share", "sharing", "social", "tags",
};
static const char *const bad_exact[] = { "subscribe", "tag" };
static const char *const good_words[] = {
	"article", "body", "chitiet", "content", "detail", "entry", "main",
	"noidung", "post", "story", "text",
};

#define COUNT(a) (sizeof(a) / sizeof(*(a)))

static bool
any_word(const char *s, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strstr(s, words[i]))
			return true;
	return false;
}

/* A class or id name, or its part before the first - or _, in names[]. */
static bool
any_name(const char *s, const char *const *names, size_t n, bool first_part)
{
	char buf[64];

	while (*s) {
		size_t k = 0, first = 0;

		while (*s == ' ')
			s++;
		for (; *s && *s != ' '; s++) {
			if (!first && (*s == '-' || *s == '_'))
				first = k;
			if (k + 1 < sizeof(buf))
				buf[k++] = *s;
		}
		buf[k] = '\0';
		for (int pass = 0; pass < (first_part && first ? 2 : 1); pass++) {
			if (pass)
				buf[first] = '\0';
			for (size_t i = 0; k && i < n; i++)
				if (strcmp(buf, names[i]) == 0)
					return true;
		}
	}
	return false;
}

/*
 * What an element's tag, role, itemprop, class and id say: 2 the body of
 * an article, 1 content, -1 boilerplate (navigation, footers, sidebars,
 * comments, related lists, sharing), 0 nothing.  A <footer> in a quotation
 * or a figure is its attribution, not the page's footer.
 */
/* What the class and id names alone say: 2, -1, 1 or 0, as hint_of. */
static int
names_hint(const char *words)
{
	char joined[256];
	size_t j = 0;

	for (const char *w = words; *w; w++)
		if (*w != '-' && *w != '_' && *w != ' ')
			joined[j++] = *w;
	joined[j] = '\0';
	if (any_word(joined, body_words, COUNT(body_words)))
		return 2;
	if (any_word(joined, bad_words, COUNT(bad_words)) ||
	    any_name(words, bad_names, COUNT(bad_names), true) ||
	    any_name(words, bad_exact, COUNT(bad_exact), false))
		return -1;
	return any_word(joined, good_words, COUNT(good_words));
}

/*
 * Pages repeat their class names: each paragraph of an article often has
 * the same one.  So what names_hint says is kept, by a 64-bit hash of the
 * names, for the next element with them.
 */
#define CACHE 1024

static int
cached_names_hint(const char *words, size_t n)
{
	static struct {
		uint64_t hash;
		int hint;
	} cache[CACHE];
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)words[i]) * 1099511628211ULL;
	h |= 1;		/* never 0, the empty slot */
	if (cache[h % CACHE].hash != h) {
		cache[h % CACHE].hash = h;
		cache[h % CACHE].hint = names_hint(words);
	}
	return cache[h % CACHE].hint;
}

int
hint_of(const char *name, const xmlChar **atts, bool in_quote)
{
	const char *v;
	char words[256];
	size_t k = 0;
	int names = 0;

	for (const char *const *a = (const char *const[]){ "class", "id", NULL };
	    *a; a++) {
		if (!(v = attr(atts, *a)))
			continue;
		for (; *v && k + 2 < sizeof(words); v++)
			words[k++] = *v | (*v >= 'A' && *v <= 'Z' ? 0x20 : 0);
		if (k + 1 < sizeof(words))
			words[k++] = ' ';
	}
	words[k] = '\0';
	if (k > 0)
		names = cached_names_hint(words, k);
	if (((v = attr(atts, "itemprop")) && strcasecmp(v, "articleBody") == 0) ||
	    names == 2)
		return 2;
	if (strcmp(name, "nav") == 0 || strcmp(name, "aside") == 0 ||
	    (strcmp(name, "footer") == 0 && !in_quote))
		return -1;
	if ((v = attr(atts, "role"))) {
		if (!strcasecmp(v, "navigation") || !strcasecmp(v, "banner") ||
		    !strcasecmp(v, "contentinfo") || !strcasecmp(v, "complementary"))
			return -1;
		if (!strcasecmp(v, "main") || !strcasecmp(v, "article"))
			return 1;
	}
	if (names == -1)
		return -1;
	return strcmp(name, "article") == 0 || strcmp(name, "main") == 0 ||
	    names == 1;
}

