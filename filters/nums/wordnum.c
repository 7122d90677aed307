/*
 * wordnum.c - numbers written in words: Vietnamese ("hai mươi lăm",
 * "một trăm linh năm", "hai nghìn không trăm lẻ tám", "ba tỷ rưỡi"),
 * English ("twenty-five", "one hundred and five"), and Roman numerals.
 *
 * These only read the words; whether a reading is safe (năm is also
 * "year", một also "a", ba also "father") is decided by find.c.
 */
#include <string.h>

#include "nums.h"

static const char *const vi_digits[] = {
	"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
};

static int
vi_digit(const char *w)
{
	for (int d = 0; d < 10; d++)
		if (strcmp(w, vi_digits[d]) == 0)
			return d;
	return -1;
}

/* After a tens word: mốt 1, tư 4, lăm/nhăm 5, and the plain digits but
 * năm, which there means "year" (hai mươi năm: twenty years). */
static int
vi_after_tens(const char *w)
{
	if (strcmp(w, "mốt") == 0)
		return 1;
	if (strcmp(w, "tư") == 0)
		return 4;
	if (strcmp(w, "lăm") == 0 || strcmp(w, "nhăm") == 0)
		return 5;
	if (strcmp(w, "năm") == 0)
		return -1;
	return vi_digit(w);
}

static int
vi_scale(const char *w)
{
	if (strcmp(w, "nghìn") == 0 || strcmp(w, "ngàn") == 0)
		return 3;
	if (strcmp(w, "triệu") == 0)
		return 6;
	if (strcmp(w, "tỷ") == 0 || strcmp(w, "tỉ") == 0)
		return 9;
	return -1;
}

/* triệu chứng (symptom), tỷ lệ (rate), tỷ số, tỷ giá, tỷ trọng: words
 * that begin with a scale. */
static bool
compound_word(const struct tokens *tk, size_t j)
{
	static const char *const next[] = { "chứng", "lệ", "số", "giá",
		"trọng", "phú", "đô" };

	for (size_t k = 0; k < sizeof(next) / sizeof(*next); k++)
		if (j + 1 < tk->count && tk->t[j + 1].type == T_WORD &&
		    strcmp(tk->t[j + 1].low, next[k]) == 0)
			return true;
	return false;
}

static bool
is_word(const struct tokens *tk, size_t i)
{
	return i < tk->count && tk->t[i].type == T_WORD && tk->t[i].space;
}

/*
 * Vietnamese number words from token i: the value, the token after them
 * and how many number words (not counting the scales) they hold.  A group
 * is [d trăm] [mười | d mươi | linh/lẻ] [d]; groups are joined by
 * nghìn, triệu, tỷ (also nghìn tỷ), and rưỡi adds half of what it follows.
 */
bool
vi_number_words(const struct tokens *tk, size_t i, struct dec *v, size_t *end,
    int *words)
{
	__int128 total = 0, group = 0, last_unit = 1;
	int digit = -1, state = 0, n = 0, last_scale = 99;
	size_t j = i;

	/* state: 0 start, 1 digit, 2 trăm, 3 linh, 4 tens, 5 after tens
	 * digit or complete, 6 after a scale */
	for (; j < tk->count && (j == i || is_word(tk, j)); j++) {
		const char *w = tk->t[j].low;
		int d, s;

		if (tk->t[j].type != T_WORD)
			break;
		if ((state == 4) && (d = vi_after_tens(w)) >= 0) {
			group += d;
			state = 5;
		} else if (state == 1 && strcmp(w, "mươi") == 0) {
			group += digit * 10 - digit;
			state = 4;
			last_unit = 10;
		} else if (state == 1 && (strcmp(w, "mốt") == 0 ||
		    strcmp(w, "tư") == 0 || strcmp(w, "lăm") == 0) &&
		    n == 1 && total == 0) {
			/* hai mốt 21, ba tư 34 (colloquial) */
			group += digit * 10 - digit + vi_after_tens(w);
			state = 5;
		} else if (state == 1 && strcmp(w, "trăm") == 0) {
			group += digit * 100 - digit;
			state = 2;
			last_unit = 100;
		} else if ((state == 0 || state == 6 || state == 2) &&
		    strcmp(w, "mười") == 0) {
			group += 10;
			state = 4;
			last_unit = 10;
		} else if (state == 2 && (strcmp(w, "linh") == 0 ||
		    strcmp(w, "lẻ") == 0)) {
			state = 3;
		} else if ((state == 0 || state == 6 || state == 2 || state == 3) &&
		    (d = vi_digit(w)) >= 0 && !(state == 0 && j > i)) {
			digit = d;
			group += d;
			state = state == 3 || state == 2 ? 5 : 1;
			last_unit = 1;
		} else if ((s = vi_scale(w)) >= 0 && state != 0 && state != 6 &&
		    !compound_word(tk, j)) {
			/* nghìn tỷ: a scale after a scale multiplies */
			if (j + 1 < tk->count && vi_scale(tk->t[j + 1].low) > s) {
				s += vi_scale(tk->t[j + 1].low);
				j++;
			}
			if (s >= last_scale)
				break;
			for (int k = 0; k < s; k++)
				group *= 10;
			total += group;
			group = 0;
			last_scale = s;
			last_unit = 1;
			for (int k = 0; k < s; k++)
				last_unit *= 10;
			state = 6;
			n--;	/* not a number word of its own */
		} else if (strcmp(w, "rưỡi") == 0 && (state == 6 || state == 2) &&
		    last_unit >= 100) {
			group += last_unit / 2;
			j++;
			n++;
			break;
		} else {
			break;
		}
		n++;
	}
	if (j == i || state == 0 || state == 3)
		return false;
	if (state == 6 && n < 1)
		return false;
	v->m = total + group;
	v->exp = 0;
	*end = j;
	*words = n;
	return true;
}

static const char *const en_units[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen",
};
static const char *const en_tens[] = {
	"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety",
};

static int
en_unit(const char *w)
{
	for (int k = 0; k < 20; k++)
		if (strcmp(w, en_units[k]) == 0)
			return k;
	return -1;
}

static int
en_ten(const char *w)
{
	for (int k = 2; k < 10; k++)
		if (strcmp(w, en_tens[k]) == 0)
			return k * 10;
	return -1;
}

static int
en_scale(const char *w)
{
	if (strcmp(w, "thousand") == 0)
		return 3;
	if (strcmp(w, "million") == 0)
		return 6;
	if (strcmp(w, "billion") == 0)
		return 9;
	if (strcmp(w, "trillion") == 0)
		return 12;
	return -1;
}

/* English number words: twenty-five, one hundred and five, three
 * million. */
bool
en_number_words(const struct tokens *tk, size_t i, struct dec *v, size_t *end,
    int *words)
{
	__int128 total = 0, group = 0;
	int n = 0, last_scale = 99, d;
	bool any = false, tens = false, units = false;
	size_t j = i;

	while (j < tk->count && tk->t[j].type == T_WORD) {
		const char *w = tk->t[j].low;
		int s;

		if (j > i && !tk->t[j].space && !tok_sign(tk, j - 1, "-"))
			break;
		if ((d = en_ten(w)) > 0 && !tens && !units) {
			group += d;
			tens = true;
			/* twenty-five */
			if (tok_sign(tk, j + 1, "-") && !tk->t[j + 1].space &&
			    j + 2 < tk->count && !tk->t[j + 2].space &&
			    (d = en_unit(tk->t[j + 2].low)) > 0 && d < 10) {
				group += d;
				units = true;
				j += 2;
				n++;
			}
		} else if ((d = en_unit(w)) >= 0 && !units && !(tens && d >= 10)) {
			group += d;
			units = true;
		} else if (strcmp(w, "hundred") == 0 && any && group < 10 &&
		    group > 0) {
			group *= 100;
			tens = units = false;
		} else if (strcmp(w, "and") == 0 && any && group >= 100 &&
		    group % 100 == 0 && j + 1 < tk->count &&
		    (en_unit(tk->t[j + 1].low) >= 0 || en_ten(tk->t[j + 1].low) > 0)) {
			j++;
			continue;
		} else if ((s = en_scale(w)) >= 0 && any && s < last_scale) {
			for (int k = 0; k < s; k++)
				group *= 10;
			total += group;
			group = 0;
			last_scale = s;
			tens = units = false;
			j++;
			continue;
		} else {
			break;
		}
		any = true;
		n++;
		j++;
	}
	if (!any)
		return false;
	v->m = total + group;
	v->exp = 0;
	*end = j;
	*words = n;
	return true;
}

/* An English ordinal word: first 1 … twentieth 20, thirtieth … */
int
en_ordinal_word(const char *w)
{
	static const char *const ord[] = {
		"", "first", "second", "third", "fourth", "fifth", "sixth",
		"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
		"thirteenth", "fourteenth", "fifteenth", "sixteenth",
		"seventeenth", "eighteenth", "nineteenth", "twentieth",
	};

	for (int k = 1; k <= 20; k++)
		if (strcmp(w, ord[k]) == 0)
			return k;
	if (strcmp(w, "thirtieth") == 0)
		return 30;
	if (strcmp(w, "fortieth") == 0)
		return 40;
	if (strcmp(w, "fiftieth") == 0)
		return 50;
	if (strcmp(w, "hundredth") == 0)
		return 100;
	return 0;
}

/* I … XXXIX, written in capitals: its value, or 0. */
int
roman_value(const char *s, size_t n)
{
	int v = 0, prev = 0;

	if (n == 0 || n > 7)
		return 0;
	for (size_t k = n; k-- > 0;) {
		int d = s[k] == 'I' ? 1 : s[k] == 'V' ? 5 : s[k] == 'X' ? 10 :
		    s[k] == 'L' ? 50 : s[k] == 'C' ? 100 : 0;

		if (d == 0)
			return 0;
		v += d < prev ? -d : d;
		if (d > prev)
			prev = d;
	}
	return v > 0 && v < 200 ? v : 0;
}
