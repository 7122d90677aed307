/*
 * segment.c - where the sentences of one paragraph end.
 *
 * A single pass looks only at the bytes that can end a sentence (. ! ? …
 * and line breaks) and at brackets; everything else is skipped a byte at
 * a time through a table.  At each candidate the decision comes from the
 * token before it (a number, an initial, an abbreviation and its class,
 * an ordinary word) and the token after it (capitalised, a digit,
 * lowercase, a brand like iPhone, a sentence starter).
 */
#include <string.h>
#include <utf8proc.h>

#include "split.h"

/* What starts the text after a candidate. */
enum next { NEXT_LOWER, NEXT_UPPER, NEXT_DIGIT, NEXT_BRAND, NEXT_OTHER };

struct scan {
	const struct segmenter *g;
	const unsigned char *p;
	size_t n;		/* end of the piece being scanned */
	size_t start;		/* of the current sentence */
	size_t quiet_start;	/* the ( or [ of ... */
	size_t quiet_end;	/* ... its ): no boundary before */
	size_t unclosed_end;	/* a bracket before this found no close */
};

/* How far a bracket may reach for the text inside it to be quiet. */
#define BRACKET_REACH 600

/*
 * How far the look at a token around a candidate goes.  Every decision
 * needs only a few bytes of it (no abbreviation, initial or marker is
 * longer), and the bound keeps the scan linear on hostile text: a
 * megabyte without a space, or of opening quotes.
 */
#define TOKEN_REACH 64

static int32_t
cp_at(const unsigned char *p, size_t n, size_t i, size_t *len)
{
	int32_t cp;
	size_t l = ntx_utf8_decode(p + i, n - i, &cp);

	if (len)
		*len = l;
	return cp;
}

/* The code point that ends just before i (lead byte found backwards). */
static int32_t
cp_before(const unsigned char *p, size_t i, size_t *len)
{
	size_t j = i;

	if (i == 0)
		return -1;
	do
		j--;
	while (j > 0 && i - j < 4 && (p[j] & 0xC0) == 0x80);
	return cp_at(p, i, j, len);
}

static bool
is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v' ||
	    c == 0xA0 || c == 0x202F;
}

/* The same, for a byte where no code point is decoded (NBSP's 0xA0 is
 * also the last byte of à or Ơ). */
static bool
space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v';
}

static bool
is_upper(int32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static bool
is_lower(int32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

static bool
is_letter(int32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	k = utf8proc_category(c);
	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

static bool
is_digit(int32_t c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	return utf8proc_category(c) == UTF8PROC_CATEGORY_ND;
}

static bool
is_closer(int32_t c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
	    c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x203A;
}

static bool
is_quote(int32_t c)
{
	return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
	    c == 0xBB || c == 0x203A;
}

static bool
is_dash(int32_t c)
{
	return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

static bool
is_bullet(int32_t c)
{
	return c == 0x2022 || c == 0x2043 || c == 0x25E6 || c == 0x25AA ||
	    c == 0x2023 || c == 0xB7 || c == '*';
}

/* What may stand before the first letter of a sentence. */
static bool
is_opener(int32_t c)
{
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' ||
	    c == 0x201C || c == 0x2018 || c == 0xAB || c == 0x2039 ||
	    c == 0xBF || c == 0xA1 || c == '$' || c == 0x20AC || c == 0xA3 ||
	    c == 0xA5 || c == 0x20AB || is_dash(c) || is_bullet(c);
}

/* ---- the token before a candidate ---- */

struct token {
	size_t from, to;	/* the word, without brackets and quotes */
	size_t raw;		/* where the whitespace-separated token starts */
};

static struct token
token_before(const struct scan *s, size_t i)
{
	struct token t;
	size_t len;
	int32_t c;

	t.raw = i;
	while (t.raw > s->start && i - t.raw < TOKEN_REACH) {
		c = cp_before(s->p, t.raw, &len);
		if (is_space(c))
			break;
		t.raw -= len;
	}
	t.from = t.raw;
	while (t.from < i && is_opener(cp_at(s->p, i, t.from, &len)))
		t.from += len;
	t.to = i;
	while (t.to > t.from && is_closer(cp_before(s->p, t.to, &len)))
		t.to -= len;
	return t;
}

/* Nothing but spaces, openers and bullets between a and b. */
static bool
only_openers(const struct scan *s, size_t a, size_t b)
{
	size_t len;

	if (b - a > TOKEN_REACH)
		return false;
	while (a < b) {
		int32_t c = cp_at(s->p, b, a, &len);

		if (!is_space(c) && !is_opener(c))
			return false;
		a += len;
	}
	return true;
}

static size_t
count_cps(const unsigned char *p, size_t from, size_t to, bool (*pred)(int32_t))
{
	size_t k = 0, len;

	while (from < to) {
		if (!pred(cp_at(p, to, from, &len)))
			return (size_t)-1;
		k++;
		from += len;
	}
	return k;
}

static bool
is_roman(int32_t c)
{
	return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
}

static bool
is_ascii_lower(int32_t c)
{
	return c >= 'a' && c <= 'z';
}

/* 1. 12. a. IV. at the start of a sentence: a list marker. */
static bool
is_marker_word(const struct scan *s, struct token t)
{
	size_t n = t.to - t.from;

	if (n == 0 || !only_openers(s, s->start, t.raw))
		return false;
	if (n <= 3 && count_cps(s->p, t.from, t.to, is_digit) == n)
		return true;
	if (n == 1 && is_ascii_lower(s->p[t.from]))
		return true;
	return n <= 6 && count_cps(s->p, t.from, t.to, is_roman) == n;
}

/* U.S.A, e.g, Ph.D, a.m: letters in short groups joined by periods. */
static bool
is_dotted(const unsigned char *p, size_t from, size_t to)
{
	size_t run = 0, groups = 0, len;

	while (from < to) {
		int32_t c = cp_at(p, to, from, &len);

		if (c == '.') {
			if (run == 0)
				return false;
			groups++;
			run = 0;
		} else if (is_letter(c) && ++run <= 4) {
			;
		} else {
			return false;
		}
		from += len;
	}
	return groups > 0 && run > 0;
}

/* PGS.TS.BS.CKII: every part of it a title, so a title too. */
static bool
titles_joined(const struct scan *s, size_t from, size_t to)
{
	size_t part = from, parts = 0;

	for (size_t i = from; i <= to; i++) {
		if (i < to && s->p[i] != '.')
			continue;
		if (i == part || wordset_lookup(s->g->abbrev,
		    (const char *)s->p + part, i - part) != AB_TITLE)
			return false;
		parts++;
		part = i + 1;
	}
	return parts > 1;
}

static int
abbrev_class(const struct scan *s, struct token t)
{
	size_t len;
	int32_t last = cp_before(s->p, t.to, &len);
	int c = wordset_lookup(s->g->abbrev, (const char *)s->p + t.from,
	    t.to - t.from);

	if (c != AB_NONE)
		return c;
	if (last == 0xB0 || last == 0xBA)	/* N°. Nº. */
		return AB_NUMBER;
	if (memchr(s->p + t.from, '.', t.to - t.from) &&
	    titles_joined(s, t.from, t.to))
		return AB_TITLE;
	if (is_dotted(s->p, t.from, t.to))
		return AB_GENERAL;
	return AB_NONE;
}

/* ---- the text after a candidate ---- */

struct after {
	enum next next;
	size_t word, wordlen;	/* its first word: letters only */
	bool dash;		/* a dash came first */
	bool bracket;		/* an opening bracket came first */
	size_t apostrophe;	/* in the word, or 0 */
	bool initial;		/* it is a single capital and a period */
};

static struct after
look_after(const struct scan *s, size_t m)
{
	struct after a = { .next = NEXT_OTHER, .word = m };
	size_t len, i = m;
	int32_t c;

	/* Up to a few openers: “( or – or • then the word. */
	for (int k = 0; i < s->n && k < 4; k++) {
		c = cp_at(s->p, s->n, i, &len);
		if (!is_opener(c) && !is_space(c))
			break;
		a.dash |= is_dash(c);
		a.bracket |= c == '(' || c == '[';
		i += len;
	}
	if (i >= s->n)
		return a;
	c = cp_at(s->p, s->n, i, &len);
	a.word = i;
	if (is_digit(c)) {
		a.next = NEXT_DIGIT;
		return a;
	}
	if (is_upper(c))
		a.next = NEXT_UPPER;
	else if (is_lower(c))
		a.next = NEXT_LOWER;
	else
		return a;
	while (i < s->n && i - a.word < TOKEN_REACH) {
		c = cp_at(s->p, s->n, i, &len);
		if ((c == '\'' || c == 0x2019) && i + len < s->n &&
		    is_letter(cp_at(s->p, s->n, i + len, NULL)))
			a.apostrophe = i;	/* Don't, It’s */
		else if (!is_letter(c))
			break;
		if (a.next == NEXT_LOWER && is_upper(c))
			a.next = NEXT_BRAND;	/* iPhone, eKYC */
		i += len;
	}
	a.wordlen = i - a.word;
	a.initial = a.next == NEXT_UPPER && i < s->n && s->p[i] == '.' &&
	    count_cps(s->p, a.word, i, is_upper) == 1;
	return a;
}

/* Don't as listed, else It's by It; No, but not the No. of No. 2. */
static bool
is_starter(const struct scan *s, const struct after *a)
{
	const char *w = (const char *)s->p + a->word;
	size_t end = a->word + a->wordlen;

	if (end < s->n && s->p[end] == '.' &&
	    wordset_lookup(s->g->abbrev, w, a->wordlen) == AB_NUMBER)
		return false;
	return wordset_lookup(s->g->starters, w, a->wordlen) != AB_NONE ||
	    (a->apostrophe && wordset_lookup(s->g->starters, w,
	    a->apostrophe - a->word) != AB_NONE);
}

/*
 * "At 5 a.m. Mr. Smith went…": a sentence is not a bare time phrase, so
 * an abbreviation that ends a short opening prepositional phrase does not
 * end the sentence.
 */
static bool
in_opening_phrase(const struct scan *s, size_t token)
{
	static const char *const preps[] = {
		"After", "Around", "At", "Before", "By", "From", "Since",
		"Until", "Till",
	};
	size_t i = s->start, words = 0, first = 0, firstlen = 0;

	if (token - s->start > 4 * TOKEN_REACH)
		return false;
	while (i < token && words <= 3) {
		while (i < token && space_byte(s->p[i]))
			i++;
		if (i == token)
			break;
		if (words++ == 0)
			first = i;
		while (i < token && !space_byte(s->p[i]))
			i++;
		if (words == 1)
			firstlen = i - first;
	}
	if (words == 0 || words > 3)
		return false;
	for (size_t k = 0; k < sizeof(preps) / sizeof(*preps); k++)
		if (strlen(preps[k]) == firstlen &&
		    memcmp(preps[k], s->p + first, firstlen) == 0)
			return true;
	return false;
}

/*
 * Whether an ASCII word could be one Vietnamese syllable: an initial
 * consonant, one to three vowels, a final consonant (Theo, Trong, Sau,
 * Khi).  English words mostly cannot (Steel, Rowling, Ltd).
 */
static bool
syllable(const unsigned char *w, size_t n)
{
	static const char *const onsets[] = {
		"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th",
		"tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r",
		"s", "t", "v", "x", "",
	};
	static const char *const codas[] = {
		"ch", "ng", "nh", "c", "m", "n", "p", "t", "",
	};
	char low[16];
	size_t i = 0, v;

	if (n == 0 || n >= sizeof(low))
		return false;
	for (size_t k = 0; k < n; k++)
		low[k] = w[k] | 0x20;
	for (size_t k = 0; k < sizeof(onsets) / sizeof(*onsets); k++)
		if (strncmp(low, onsets[k], strlen(onsets[k])) == 0) {
			i = strlen(onsets[k]);
			break;
		}
	for (v = i; v < n && strchr("aeiouy", low[v]); v++)
		;
	if (v == i || v - i > 3)
		return false;
	for (size_t k = 0; k < sizeof(codas) / sizeof(*codas); k++)
		if (strlen(codas[k]) == n - v &&
		    strncmp(low + v, codas[k], n - v) == 0)
			return true;
	return false;
}

/* The next word is Vietnamese: a letter only Vietnamese or another
 * language than English uses, an acronym (UBND), or a syllable. */
static bool
vietnamese_word(const struct scan *s, const struct after *a)
{
	const unsigned char *w = s->p + a->word;
	size_t n = a->wordlen, upper = 0;

	for (size_t i = 0; i < n; i++) {
		if (w[i] >= 0x80)
			return true;
		upper += w[i] >= 'A' && w[i] <= 'Z';
	}
	return (n >= 2 && upper == n) || syllable(w, n);
}

/* A new sentence clearly starts after a general abbreviation or initial. */
static bool
clearly_new(const struct scan *s, const struct after *a)
{
	if (a->next == NEXT_DIGIT)
		return false;
	if (s->g->lang == LANG_VI)
		return a->next == NEXT_BRAND || vietnamese_word(s, a);
	return a->next == NEXT_UPPER && is_starter(s, a);
}

/*
 * After a.m. or p.m. a capitalised word goes on the time when it is a
 * day, a month or a time zone ("9 p.m. Thursday", "6 a.m. ET"), and
 * starts a new sentence otherwise.
 */
static bool
time_goes_on(const struct scan *s, const struct after *a)
{
	static const char *const words[] = {
		"Atlantic", "BST", "CDT", "CET", "CST", "Central", "EDT",
		"EST", "ET", "Eastern", "GMT", "MDT", "MST", "MT", "Mountain",
		"PDT", "PST", "PT", "Pacific", "UTC",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
		"Saturday", "Sunday",
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
		"Oct", "Nov", "Dec",
	};

	for (size_t k = 0; k < sizeof(words) / sizeof(*words); k++)
		if (strlen(words[k]) == a->wordlen &&
		    memcmp(words[k], s->p + a->word, a->wordlen) == 0)
			return true;
	return false;
}

static bool
is_clock(const struct scan *s, struct token t)
{
	const unsigned char *w = s->p + t.from;

	return t.to - t.from == 3 && w[1] == '.' && (w[2] | 0x20) == 'm' &&
	    ((w[0] | 0x20) == 'a' || (w[0] | 0x20) == 'p');
}

/* "Chattanooga, Tenn.": a state or country after a city and a comma,
 * which AP style follows with another comma when the sentence goes on. */
static bool
after_city(const struct scan *s, struct token t)
{
	size_t i = t.raw;

	while (i > s->start && space_byte(s->p[i - 1]))
		i--;
	struct token city;

	if (i == t.raw || i <= s->start + 1 || s->p[i - 1] != ',')
		return false;
	city = token_before(s, i - 1);
	return city.to > city.from &&
	    is_upper(cp_at(s->p, city.to, city.from, NULL)) &&
	    is_letter(cp_before(s->p, city.to, NULL));
}

/* Before token t: a capitalised word, an initial, or a title (TS.). */
static bool
name_before(const struct scan *s, struct token t)
{
	size_t i = t.raw, len;
	struct token prev;

	while (i > s->start && space_byte(s->p[i - 1]))
		i--;
	if (i == t.raw || i == s->start)
		return false;
	prev = token_before(s, i);
	if (prev.to == prev.from)
		return false;
	if (is_upper(cp_at(s->p, prev.to, prev.from, &len)))
		return true;
	if (s->p[prev.to - 1] != '.')
		return false;
	prev.to--;
	return abbrev_class(s, prev) == AB_TITLE;
}

/*
 * How many capitalised words, up to three, stand right before token t:
 * Vietnamese news shortens a name to its last letter after two or more
 * ("Nguyễn Văn H."), English names keep an initial after one ("George
 * W. Bush").
 */
static int
capitals_before(const struct scan *s, struct token t)
{
	size_t i = t.raw, len;
	int k = 0;

	while (k < 3) {
		struct token prev;

		while (i > s->start && space_byte(s->p[i - 1]))
			i--;
		if (i == s->start)
			break;
		prev = token_before(s, i);
		if (prev.to == prev.from || prev.to != i ||
		    !is_letter(cp_before(s->p, prev.to, NULL)) ||
		    !is_upper(cp_at(s->p, prev.to, prev.from, &len)))
			break;
		k++;
		i = prev.raw;
	}
	return k;
}

/* A single capital letter: an initial, or the pronoun I. */
static bool
single_capital(const struct scan *s, struct token t)
{
	size_t len;
	int32_t c = cp_at(s->p, t.to, t.from, &len);

	return t.to > t.from && t.from + len == t.to && is_upper(c);
}

/* The period after t may be that of an abbreviation or an initial. */
static bool
abbreviated(const struct scan *s, struct token t)
{
	return abbrev_class(s, t) != AB_NONE || single_capital(s, t);
}

/*
 * Vietnamese crime and court news names people by an initial after a
 * word for a person ("anh H.", "bị cáo T."): there the letter is not
 * the place prefix H. (huyện), Q. (quận) or P. (phường) of the list.
 */
static bool
person_before(const struct scan *s, struct token t)
{
	static const char *const words[] = {
		"anh", "bà", "bác", "bé", "cáo", "can", "cháu", "chị", "chú",
		"cô", "cụ", "em", "nhân", "ông", "phạm", "tượng",
	};
	size_t i = t.raw, w;

	while (i > s->start && space_byte(s->p[i - 1]))
		i--;
	for (w = i; w > s->start && i - w < 16 && !space_byte(s->p[w - 1]); w--)
		;
	for (size_t k = 0; k < sizeof(words) / sizeof(*words); k++)
		if (strlen(words[k]) == i - w &&
		    memcmp(words[k], s->p + w, i - w) == 0)
			return true;
	return false;
}

/*
 * A period after token t, followed by a capital, a digit or a brand:
 * whether it ends the sentence.
 */
static bool
period_ends(const struct scan *s, struct token t, const struct after *a)
{
	size_t n = t.to - t.from, len;

	if (n == 0)
		return true;
	if (is_marker_word(s, t))
		return false;
	/* A name shortened to its last letter, "anh H." or "Nguyễn Văn H.",
	 * is not a place prefix; "(SN 1980)" after it goes on. */
	if (s->g->lang == LANG_VI && single_capital(s, t)) {
		int names = capitals_before(s, t);

		/* "… Trần Minh P. P. khai nhận": the name was complete. */
		if (a->initial)
			return names >= 2;
		/* "… mạng xã hội X. Theo ông": not the X. of xã. */
		if (a->next == NEXT_UPPER && is_starter(s, a))
			return true;
		if (names >= 2 || person_before(s, t))
			return !a->bracket && clearly_new(s, a);
	}
	switch (abbrev_class(s, t)) {
	case AB_TITLE:
		return false;	/* TS., BS.CK1. */
	case AB_NUMBER:
		if (a->next == NEXT_DIGIT)
			return false;
		break;
	case AB_GENERAL:
		if (s->g->lang == LANG_VI)	/* not Đ.V.T. (SN 1995) */
			return !a->bracket &&
			    (a->next == NEXT_DIGIT || clearly_new(s, a));
		if (in_opening_phrase(s, t.raw))
			return false;
		if (a->next == NEXT_UPPER && is_clock(s, t))
			return !time_goes_on(s, a);
		if (a->next == NEXT_UPPER && after_city(s, t))
			return true;
		return clearly_new(s, a);
	}
	if (is_digit(cp_before(s->p, t.to, &len)))
		return true;	/* a number ends a sentence */
	/* An initial: Nguyễn V. A., J. R. Alvarez; but "you and I. Did". */
	if (single_capital(s, t)) {
		if (a->initial || a->bracket || only_openers(s, s->start, t.raw) ||
		    name_before(s, t))
			return false;
		return clearly_new(s, a);
	}
	return true;
}

/* Whether the period at i, with no space after it, glues two sentences:
 * "kế hoạch.Theo đó" — but not TP.HCM, PGS.TS, an e-mail or a URL. */
static bool
glued(const struct scan *s, size_t i)
{
	size_t len, j, e;
	int32_t c;
	struct token t;

	if (i + 1 >= s->n || !is_upper(c = cp_at(s->p, s->n, i + 1, &len)) ||
	    i + 1 + len >= s->n ||
	    !is_lower(cp_at(s->p, s->n, i + 1 + len, NULL)))
		return false;
	c = cp_before(s->p, i, &len);
	if (!is_digit(c) && c != '%' &&
	    (!is_lower(c) || !is_lower(cp_before(s->p, i - len, NULL))))
		return false;
	t = token_before(s, i);
	for (e = i; e < s->n && e - i < TOKEN_REACH && !space_byte(s->p[e]); e++)
		;
	if (i - t.raw >= TOKEN_REACH - 4 || e - i >= TOKEN_REACH)
		return false;	/* no sentence is glued in such a token */
	for (j = t.raw; j < e; j++)
		if (s->p[j] == '@' || s->p[j] == '/' || (j != i && s->p[j] == '.'))
			return false;
	return abbrev_class(s, t) == AB_NONE;
}

/* ---- candidates ---- */

static void
cut(struct scan *s, size_t at)
{
	if (at > s->start)
		s->g->sentence(s->g->ctx, (const char *)s->p + s->start,
		    at - s->start);
	s->start = at;
}

static size_t
skip_spaces(const struct scan *s, size_t i, bool *newline)
{
	size_t len;

	while (i < s->n && is_space(cp_at(s->p, s->n, i, &len))) {
		*newline |= s->p[i] == '\n';
		i += len;
	}
	return i;
}

static size_t
skip_closers(const struct scan *s, size_t i, bool *quote)
{
	size_t len;
	int32_t c;

	while (i < s->n && is_closer(c = cp_at(s->p, s->n, i, &len))) {
		*quote |= is_quote(c);
		i += len;
	}
	return i;
}

/* ". . ." spaced out: how many dots from i, and where the run ends. */
static size_t
spaced_dots(const struct scan *s, size_t i, size_t *end)
{
	size_t k = 1;

	while (i + 2 < s->n && s->p[i + 1] == ' ' && s->p[i + 2] == '.') {
		i += 2;
		k++;
	}
	*end = i + 1;
	return k;
}

/*
 * A spaced ellipsis: three dots mark an omission inside the sentence;
 * four, the end of one ("a period . . . . Next"); and a period fixed to
 * its word before three more ends the sentence at that period, the
 * ellipsis opening the next one ("compounds. . . . The practice").
 */
static size_t
spaced_ellipsis(struct scan *s, size_t i, size_t dots, size_t end)
{
	bool quote = false, newline = false;
	size_t k = skip_closers(s, end, &quote), m;
	struct after a;

	if (dots < 4 || i < s->quiet_end)
		return end;
	m = skip_spaces(s, k, &newline);
	if (m >= s->n)
		return m;
	a = look_after(s, m);
	if (a.next != NEXT_UPPER && a.next != NEXT_BRAND)
		return k;
	if (i > 0 && !space_byte(s->p[i - 1])) {
		cut(s, i + 1);
		return i + 1;
	}
	cut(s, k);
	return m;
}

/* Terminators and closers up to k end a sentence in brackets of its own:
 * "… chiều nay. (Giá mới do liên Bộ công bố.) Đây là …" */
static bool
whole_bracket(const struct scan *s, size_t k)
{
	return k > s->quiet_end && only_openers(s, s->start, s->quiet_start);
}

/*
 * The terminators from i (. ! ? … and runs of them): returns where the
 * scan goes on, after cutting a sentence if they end one.
 */
static size_t
terminator(struct scan *s, size_t i)
{
	size_t j = i, dots = 0, marks = 0, ellipses = 0, k, m, end;
	bool quote = false, newline = false, ends;
	struct after a;
	struct token t;

	if (s->p[i] == '.' && (dots = spaced_dots(s, i, &end)) >= 3)
		return spaced_ellipsis(s, i, dots, end);
	dots = 0;
	for (;;) {
		if (j < s->n && s->p[j] == '.')
			dots++, j++;
		else if (j < s->n && (s->p[j] == '!' || s->p[j] == '?'))
			marks++, j++;
		else if (j + 2 < s->n && s->p[j] == 0xE2 &&
		    s->p[j + 1] == 0x80 && s->p[j + 2] == 0xA6)
			ellipses++, j += 3;
		else
			break;
	}
	if (j == i)
		return i + 1;	/* 0xE2 that is not an ellipsis */
	k = skip_closers(s, j, &quote);
	if (k >= s->n || (i < s->quiet_end && !whole_bracket(s, k)))
		return k;
	if (!is_space(cp_at(s->p, s->n, k, NULL))) {
		if (dots == 1 && !marks && !ellipses && k == j && glued(s, i)) {
			cut(s, j);
			return j;
		}
		return k;
	}
	m = skip_spaces(s, k, &newline);
	if (m >= s->n)
		return m;
	if (newline && s->g->newlines == NL_BLOCKS) {
		cut(s, k);
		return m;
	}
	a = look_after(s, m);
	t = token_before(s, i);
	if (quote && a.dash) {
		ends = false;	/* ” – anh Thắng chia sẻ. */
	} else if (a.next == NEXT_LOWER) {
		/* A line that ends in a terminator ends its sentence, unless
		 * the terminator is the period of an abbreviation. */
		ends = newline && s->g->newlines == NL_AUTO &&
		    !(dots == 1 && !marks && !ellipses && abbreviated(s, t));
	} else if (dots == 1 && !marks && !ellipses) {
		ends = period_ends(s, t, &a);
	} else if (dots > 1 || ellipses) {
		/* An ellipsis before a digit is a pause: "tăng… 20%". */
		ends = a.next != NEXT_DIGIT || marks;
	} else {
		ends = true;
	}
	if (!ends)
		return newline ? m : k;
	cut(s, k);
	return m;
}

/* A line break with no terminator before it. */
static void
line_break(struct scan *s, size_t i)
{
	struct after a;

	if (s->g->newlines == NL_WRAPPED)
		return;
	if (s->g->newlines == NL_AUTO) {
		if (i < s->quiet_end)
			return;
		a = look_after(s, i + 1);
		if (a.next == NEXT_LOWER || a.next == NEXT_BRAND)
			return;
	}
	cut(s, i);
}

/* Where the bracket at i closes, if it does within reach: the end of the
 * quiet region; else 0. */
static size_t
bracket_end(const struct scan *s, size_t i)
{
	unsigned char open = s->p[i], close = open == '(' ? ')' : ']';
	size_t depth = 0, stop = i + BRACKET_REACH < s->n ? i + BRACKET_REACH : s->n;

	for (size_t j = i; j < stop; j++) {
		if (s->p[j] == open)
			depth++;
		else if (s->p[j] == close && --depth == 0)
			return j;
	}
	return 0;
}

/* The bytes the scan stops at. */
static const unsigned char stop[256] = {
	['.'] = 1, ['!'] = 1, ['?'] = 1, ['\n'] = 1, ['('] = 1, ['['] = 1,
	[0xE2] = 1,
};

static void
scan_piece(struct scan *s, size_t end)
{
	size_t i = s->start, q;

	s->n = end;
	while (i < end) {
		const unsigned char *p = s->p;

		while (i < end && !stop[p[i]])
			i++;
		if (i == end)
			break;
		switch (p[i]) {
		case '(':
		case '[':
			if (i < s->quiet_end || i < s->unclosed_end)
				;
			else if ((q = bracket_end(s, i)) > 0) {
				s->quiet_start = i;
				s->quiet_end = q;
			} else {
				s->unclosed_end = i + BRACKET_REACH;
			}
			i++;
			break;
		case '\n':
			line_break(s, i);
			i++;
			break;
		default:
			i = terminator(s, i);
			break;
		}
	}
	cut(s, end);
}

/* ---- inline lists: "1. The first item 2. The second item" ---- */

struct marker {
	int kind;		/* '1' digits, 'a' a letter */
	int value;
	int style;		/* '.', ')' or ',' for ".)" */
	int32_t bullet;
	size_t end;
};

static bool
parse_marker(const struct scan *s, size_t i, struct marker *mk)
{
	size_t len;
	int32_t c = cp_at(s->p, s->n, i, &len);

	mk->bullet = 0;
	if (is_bullet(c)) {
		mk->bullet = c;
		i += len;
		while (i < s->n && s->p[i] == ' ')
			i++;
	}
	if (i < s->n && is_ascii_lower(s->p[i])) {
		mk->kind = 'a';
		mk->value = s->p[i++] - 'a' + 1;
	} else {
		size_t d = 0;

		mk->kind = '1';
		mk->value = 0;
		while (i < s->n && d < 3 && s->p[i] >= '0' && s->p[i] <= '9')
			mk->value = mk->value * 10 + s->p[i++] - '0', d++;
		if (d == 0)
			return false;
	}
	if (i + 1 < s->n && s->p[i] == '.' && s->p[i + 1] == ')')
		mk->style = ',', i += 2;
	else if (i < s->n && (s->p[i] == '.' || s->p[i] == ')'))
		mk->style = s->p[i++];
	else
		return false;
	mk->end = i;
	return i < s->n && s->p[i] == ' ';
}

/*
 * In a paragraph that starts with a list marker, the next marker in
 * sequence after a word starts a new item; after ; , or : the items are
 * one sentence, as in "gồm: a) …; b) …".
 */
static void
scan_list(struct scan *s, struct marker first)
{
	struct marker mk;
	int want = first.value + 1;
	size_t n = s->n;

	for (size_t i = first.end; i + 1 < n; i++) {
		if (s->p[i] != ' ' || !parse_marker(s, i + 1, &mk) ||
		    mk.kind != first.kind || mk.style != first.style ||
		    mk.bullet != first.bullet || mk.value != want)
			continue;
		want++;
		if (is_letter(cp_before(s->p, i, NULL)) ||
		    is_digit(cp_before(s->p, i, NULL))) {
			scan_piece(s, i);
			s->n = n;
		}
	}
	scan_piece(s, n);
}

void
segment(const struct segmenter *g, const char *p, size_t n)
{
	struct scan s = { .g = g, .p = (const unsigned char *)p, .n = n };
	struct marker first;

	if (n > 0 && parse_marker(&s, 0, &first))
		scan_list(&s, first);
	else
		scan_piece(&s, n);
}
