/*
 * lang.c - guessing whether a document is Vietnamese from its text, when
 * no lang header says so: the share of words with a letter only
 * Vietnamese uses (ă â đ ê ô ơ ư with tone marks, the Latin Extended
 * Additional block).  French or Portuguese share é, à, ô, ã with it, so
 * those alone do not count.
 */
#include <string.h>

#include "ntx.h"

/* The guess is settled after this many words. */
#define ENOUGH_WORDS 40

static bool
vietnamese_letter(int32_t c)
{
	switch (c) {
	case 0x102: case 0x103:		/* Ă ă */
	case 0x110: case 0x111:		/* Đ đ */
	case 0x128: case 0x129:		/* Ĩ ĩ */
	case 0x168: case 0x169:		/* Ũ ũ */
	case 0x1A0: case 0x1A1:		/* Ơ ơ */
	case 0x1AF: case 0x1B0:		/* Ư ư */
		return true;
	}
	return c >= 0x1EA0 && c <= 0x1EF9;
}

void
ntx_lang_guess_add(struct ntx_lang_guess *g, const char *text, size_t n)
{
	const unsigned char *p = (const unsigned char *)text;
	bool in_word = false, marked = false;

	for (size_t i = 0; i < n && g->words < ENOUGH_WORDS;) {
		int32_t c;
		size_t len = ntx_utf8_decode(p + i, n - i, &c);
		bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';

		letter |= c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000;
		if (letter) {
			in_word = true;
			marked |= vietnamese_letter(c);
		} else if (in_word) {
			g->words++;
			g->vietnamese += marked;
			in_word = marked = false;
		}
		i += len;
	}
	if (in_word && g->words < ENOUGH_WORDS) {
		g->words++;
		g->vietnamese += marked;
	}
}

bool
ntx_lang_guess_settled(const struct ntx_lang_guess *g)
{
	return g->words >= ENOUGH_WORDS;
}

/* Vietnamese prose has a marked letter in most words; English that names
 * a Vietnamese person or place, in few.  No words yet: Vietnamese. */
bool
ntx_lang_vietnamese(const struct ntx_lang_guess *g)
{
	return g->words == 0 || g->vietnamese * 100 >= g->words * 15;
}

bool
ntx_lang_is_vi(const char *v, size_t n)
{
	return n >= 2 && (v[0] | 0x20) == 'v' && (v[1] | 0x20) == 'i' &&
	    (n == 2 || v[2] == '-' || v[2] == '_');
}

int
ntx_lang_option(const char *arg, const char *synopsis)
{
	if (strcmp(arg, "vi") == 0)
		return 0;
	if (strcmp(arg, "en") == 0)
		return 1;
	if (strcmp(arg, "auto") == 0)
		return -1;
	ntx_warn("invalid language '%s' (vi, en or auto)", arg);
	ntx_usage(synopsis);
}
