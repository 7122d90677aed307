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

static bool
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

/* s in lowercase into out; returns its length, 0 when it does not fit. */
static size_t
lowercase(const char *s, size_t n, char *out, size_t size)
{
	size_t i = 0, o = 0;

	while (i < n) {
		unsigned char c = s[i];
		int32_t cp;
		size_t len;

		if (o + 5 > size) {
			o = 0;	/* too long to be a word of the table */
			break;
		}
		if (c < 0x80) {
			out[o++] = c >= 'A' && c <= 'Z' ? c | 0x20 : c;
			i++;
			continue;
		}
		len = ntx_utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (cp < 0) {
			o = 0;
			break;
		}
		o += ntx_utf8_encode(utf8proc_tolower(cp), out + o);
		i += len;
	}
	out[o] = '\0';
	return o;
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

	tk->s = str;
	tk->n = n;
	tk->count = 0;
	while (i < n) {
		struct token *t;
		size_t len = space_at(s + i, n - i);
		int32_t cp;

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
			while (i < n) {
				len = ntx_utf8_decode(s + i, n - i, &cp);
				if (!is_word_cp(cp) && !is_digit(s[i]))
					break;
				i += len;
			}
			t->lowlen = lowercase(str + t->start, i - t->start,
			    t->low, sizeof(t->low));
		} else {
			t->type = T_SIGN;
			i += len;
			t->lowlen = lowercase(str + t->start, i - t->start,
			    t->low, sizeof(t->low));
		}
		t->end = i;
		t->slot = table_word(t->low, t->lowlen);
	}
}
