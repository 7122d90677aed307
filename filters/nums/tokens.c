/*
 * tokens.c - a sentence as tokens: words (letters and digits, starting
 * with a letter), numbers (digits, with '.', ',', ':' or '/' between
 * digits: "2.865", "30/11/2022", "15:12:13") and single signs ('%', '-',
 * '$').  Each remembers its bytes and whether a space came before it, so
 * "25.000đ" (a number and a glued word) differs from "25.000 đồng".
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "nums.h"

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_word_cp(int32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	/* Vietnamese letters, without asking utf8proc */
	if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
	    (c >= 0x1EA0 && c <= 0x1EF9))
		return true;
	k = utf8proc_category(c);
	return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
	    (k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME);
}

/* Space, TAB, NBSP, NNBSP: the length of the one at s, or 0. */
static size_t
space_at(const unsigned char *s, size_t n)
{
	if (s[0] == ' ' || s[0] == '\t')
		return 1;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return 2;
	if (n >= 3 && memcmp(s, "\xE2\x80\xAF", 3) == 0)
		return 3;
	return 0;
}

/*
 * The lowercase, in UTF-8, of the code points below U+0250 and of
 * U+1E00..U+1EFF, taken from utf8proc once: nearly every letter of a news
 * text is one of them (Vietnamese is in both), and each would be a call
 * into utf8proc and an encoding.  And for ASCII, whether a byte goes on a
 * word: its lowercase if so, else 0.
 */
struct lower {
	unsigned char len;
	char s[4];
};
static struct lower lower_latin[0x250], lower_additional[0x100];
static unsigned char ascii_word[0x80];

static void
lower_set(struct lower *l, int32_t c)
{
	l->len = ntx_utf8_encode(utf8proc_tolower(c), l->s);
}

static void
lower_init(void)
{
	static bool done;

	if (done)
		return;
	for (int32_t c = 0; c < 0x250; c++)
		lower_set(&lower_latin[c], c);
	for (int32_t c = 0; c < 0x100; c++)
		lower_set(&lower_additional[c], 0x1E00 + c);
	for (int c = 0; c < 0x80; c++)
		if (is_digit(c) || is_word_cp(c))
			ascii_word[c] = c >= 'A' && c <= 'Z' ? c | 0x20 : c;
	done = true;
}

/* c in lowercase at out, which has room for 4 bytes; returns its length. */
static size_t
put_lower(int32_t c, char *out)
{
	const struct lower *l;

	if (c >= 0 && c < 0x250)
		l = &lower_latin[c];
	else if (c >= 0x1E00 && c < 0x1F00)
		l = &lower_additional[c - 0x1E00];
	else
		return ntx_utf8_encode(utf8proc_tolower(c), out);
	memcpy(out, l->s, sizeof(l->s));
	return l->len;
}

/* Room for one more character and the NUL after o bytes of low[]. */
#define LOW_ROOM(o) ((o) + 5 <= sizeof(((struct token *)0)->low))

static uint64_t
hash_of(const char *s, size_t n)
{
	uint64_t h = WORD_HASH_START;

	for (size_t k = 0; k < n; k++)
		h = word_hash(h, s[k]);
	return h;
}

/* A sign in lowercase into t->low (0 bytes when it does not fit);
 * returns its word_hash. */
static uint64_t
lowercase(struct token *t, const unsigned char *s, size_t n)
{
	size_t i = 0, o = 0;

	while (i < n) {
		int32_t cp;

		if (!LOW_ROOM(o)) {
			o = 0;	/* too long to be a word of the table */
			break;
		}
		i += ntx_utf8_decode(s + i, n - i, &cp);
		if (cp < 0) {
			o = 0;
			break;
		}
		o += put_lower(cp, t->low + o);
	}
	t->low[o] = '\0';
	t->lowlen = o;
	return hash_of(t->low, o);
}

/*
 * The word that starts at s[i]: returns its end, with its lowercase in
 * t->low and the word_hash of that in *h, made in the same pass that finds
 * the end (empty when it does not fit: too long to be a word of the
 * table).
 */
static size_t
scan_word(struct token *t, const unsigned char *s, size_t i, size_t n,
    uint64_t *h)
{
	size_t o = 0, len;
	bool fits = true;

	*h = WORD_HASH_START;
	while (i < n) {
		int32_t cp;

		if (s[i] < 0x80) {
			unsigned char c = ascii_word[s[i]];

			if (!c)
				break;
			if (fits && (fits = LOW_ROOM(o))) {
				t->low[o++] = c;
				*h = word_hash(*h, c);
			}
			i++;
			continue;
		}
		len = ntx_utf8_decode(s + i, n - i, &cp);
		if (!is_word_cp(cp))
			break;
		if (fits && (fits = LOW_ROOM(o))) {
			size_t end = o + put_lower(cp, t->low + o);

			for (; o < end; o++)
				*h = word_hash(*h, t->low[o]);
		}
		i += len;
	}
	if (!fits)
		o = 0;
	t->low[o] = '\0';
	t->lowlen = o;
	return i;
}

static struct token *
push(struct tokens *tk)
{
	if (tk->count == tk->cap) {
		tk->cap = tk->cap ? 2 * tk->cap : 64;
		tk->t = realloc(tk->t, tk->cap * sizeof(*tk->t));
		if (!tk->t)
			ntx_die(NTX_EXIT_FAIL, "out of memory");
	}
	return &tk->t[tk->count++];
}

void
tokenize(struct tokens *tk, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	bool space = true;
	size_t i = 0;

	lower_init();
	tk->s = str;
	tk->n = n;
	tk->count = 0;
	while (i < n) {
		struct token *t;
		size_t len = space_at(s + i, n - i);
		int32_t cp;
		uint64_t h = WORD_HASH_START;

		if (len) {
			space = true;
			i += len;
			continue;
		}
		t = push(tk);
		t->start = i;
		t->space = space;
		t->low[0] = '\0';
		t->lowlen = 0;
		space = false;
		if (is_digit(s[i])) {
			t->type = T_NUM;
			while (i < n && (is_digit(s[i]) || ((s[i] == '.' ||
			    s[i] == ',' || s[i] == ':' || s[i] == '/') &&
			    i + 1 < n && is_digit(s[i + 1]))))
				i++;
		} else if (len = ntx_utf8_decode(s + i, n - i, &cp), is_word_cp(cp)) {
			t->type = T_WORD;
			i = scan_word(t, s, i, n, &h);
		} else {
			t->type = T_SIGN;
			h = lowercase(t, s + i, len);
			i += len;
		}
		t->end = i;
		table_token(t, h);
	}
}
