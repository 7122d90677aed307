/*
 * spelled.c - numbers in words (wordnum.c reads them) where the reading
 * is safe, and Roman numerals after the nouns that take them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "find.h"

/* khóa XV, Đại hội XIII, thế kỷ XXI: a Roman numeral after its noun. */
size_t
roman(struct find *f, size_t i)
{
	size_t first = i, j = i + 1;
	int v;
	char a[16];

	if (!tok_is(&f->tk, i, "khóa") && !tok_is(&f->tk, i, "khoá") &&
	    !((tok_is(&f->tk, i, "hội") && tok_is(&f->tk, i - 1, "đại")) ||
	    (tok_is(&f->tk, i, "kỷ") && tok_is(&f->tk, i - 1, "thế"))))
		return 0;
	if (!tok_is(&f->tk, i, "khóa") && !tok_is(&f->tk, i, "khoá"))
		first = i - 1;
	if (j >= f->tk.count || T(f, j)->type != T_WORD ||
	    !(v = roman_value(f->tk.s + T(f, j)->start,
	    T(f, j)->end - T(f, j)->start)))
		return 0;
	snprintf(a, sizeof(a), "%d", v);
	emit(f, first, j + 1, K_NUMBER, a, NULL);
	return j + 1;
}

/*
 * A single number word is read only before what makes it a count: a
 * percent word, a unit, a currency but đồng, or a counted noun but those
 * that too often mean something else after it: chín cây (tree-ripened),
 * hai đồng chí, năm tháng (the years), hai nước.
 */
bool
count_noun(const struct find *f, size_t i, size_t j)
{
	static const char *const not_counts[] = {
		"nước", "cây", "chữ", "câu", "dòng", "bước", "mã", "trang",
		"đồng", "đ",
	};
	struct entry all[3];
	size_t k = table_match_any(&f->tk, j, all);

	if (k == 0 || (tok_is(&f->tk, i, "năm") && tok_is(&f->tk, j, "tháng")))
		return false;
	for (size_t n = 0; n < sizeof(not_counts) / sizeof(*not_counts); n++)
		if (tok_is(&f->tk, j, not_counts[n]))
			return false;	/* also đồng chí, đồng ý */
	for (int r = 0; r < 3; r++)
		if (all[r].role == R_PERCENT || all[r].role == R_UNIT ||
		    all[r].role == R_MONEY || all[r].role == R_NOUN)
			return true;
	return false;
}

bool
vague_before(const struct find *f, size_t i)
{
	return i > 0 && (tok_is(&f->tk, i - 1, "hàng") || tok_is(&f->tk, i - 1, "vài") ||
	    tok_is(&f->tk, i - 1, "mấy") || tok_is(&f->tk, i - 1, "dăm"));
}

/* năm hai nghìn không trăm lẻ tám: a year in words. */
size_t
year_words(struct find *f, size_t i, const struct amount *a)
{
	long y;
	char v[16];

	if (i == 0 || !tok_is(&f->tk, i - 1, "năm") || !dec_int(a->v, &y) ||
	    y < 1000 || y > 2999)
		return 0;
	snprintf(v, sizeof(v), "%ld", y);
	emit(f, i, a->end, K_DATE, v, NULL);
	return a->end;
}

/*
 * hai phần ba, một phần tư, two thirds, one quarter: a fraction, as a
 * ratio.  (ba phần trăm is a percent, read before.)
 */
static size_t
fraction(struct find *f, size_t i, long a)
{
	static const char *const en[] = { "", "", "halves", "thirds",
		"quarters", "fifths", "sixths", "sevenths", "eighths", "ninths",
		"tenths" };
	static const char *const en1[] = { "", "", "half", "third", "quarter",
		"fifth", "sixth", "seventh", "eighth", "ninth", "tenth" };
	struct dec v;
	size_t end = 0;
	long b = 0;
	int words;
	char r[48];

	if (f->cx->lang == LANG_VI && tok_is(&f->tk, i + 1, "phần") &&
	    !tok_is(&f->tk, i + 2, "trăm")) {
		if (tok_is(&f->tk, i + 2, "tư"))
			b = 4, end = i + 3;
		else if (vi_number_words(&f->tk, i + 2, &v, &end, &words))
			dec_int(v, &b);
	}
	for (int k = 2; f->cx->lang == LANG_EN && k <= 10; k++)
		if (tok_is(&f->tk, i + 1, a == 1 ? en1[k] : en[k]))
			b = k, end = i + 2;
	if (b < 2 || b > 100 || a < 1 || a >= b)
		return 0;
	snprintf(r, sizeof(r), "%ld/%ld", a, b);
	emit(f, i, end, K_RATIO, r, NULL);
	return end;
}

size_t
number_words(struct find *f, size_t i)
{
	struct amount a = { .ok = true };
	int words;
	size_t n;
	long y;
	bool ok = f->cx->lang == LANG_VI ?
	    vi_number_words(&f->tk, i, &a.v, &a.end, &words) :
	    en_number_words(&f->tk, i, &a.v, &a.end, &words);

	/* Ba Tư, Năm Căn: capitalised inside a sentence, a name */
	if (!ok || vague_before(f, i) || (i > 0 && capitalised(f, i)))
		return 0;
	if ((n = year_words(f, i, &a)) || (n = time_words(f, i, &a)))
		return n;
	if (dec_int(a.v, &y) && (n = half_year_from(f, i, y, a.end)))
		return n;
	if (a.end == i + 1 && dec_int(a.v, &y) && (n = fraction(f, i, y)))
		return n;
	if (words < 2 && a.end == i + 1) {
		const char *w = T(f, i)->low;

		/* một, one: articles */
		if (strcmp(w, "một") == 0 || strcmp(w, "one") == 0 ||
		    strcmp(w, "không") == 0)
			return 0;
		/* từ hai đến ba ngày: the count is at the end of the range */
		if (!count_noun(f, i, a.end) && !(range_word(f, a.end, i) &&
		    table_has(&f->tk, a.end + 1, R_TRIGGER)))
			return 0;
	}
	return measure(f, i, &a);
}

/* the third, the first: an English ordinal word after "the". */
size_t
ordinal_word(struct find *f, size_t i)
{
	int n;
	char a[16];

	if (f->cx->lang != LANG_EN || i == 0 || !tok_is(&f->tk, i - 1, "the") ||
	    !(n = en_ordinal_word(T(f, i)->low)))
		return 0;
	snprintf(a, sizeof(a), "%d", n);
	emit(f, i, i + 1, K_ORDINAL, a, NULL);
	return i + 1;
}
