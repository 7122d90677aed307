/*
 * measure.c - amounts and what they measure: a number with its
 * multipliers (2.865 nghìn, 2 tỷ 300 triệu), then a percent, a currency, a
 * unit or a counted noun, and ranges of them; ratios, scores and ordinals
 * written in digits.  A bare number that names something (Boeing 737,
 * Phường 5) is no value.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "find.h"

size_t
ordinal(struct find *f, size_t i)
{
	const struct token *w = i + 1 < f->tk.count ? T(f, i + 1) : NULL;
	long n;
	char a[32];

	if (!int_of(f, i, &n))
		return 0;
	/* 11th, 3rd */
	if (w && w->type == T_WORD && !w->space && (strcmp(w->low, "st") == 0 ||
	    strcmp(w->low, "nd") == 0 || strcmp(w->low, "rd") == 0 ||
	    strcmp(w->low, "th") == 0)) {
		snprintf(a, sizeof(a), "%ld", n);
		emit(f, i, i + 2, K_ORDINAL, a, NULL);
		return i + 2;
	}
	return 0;
}

/* ---- measures: number, percent, money, quantity, and their ranges ---- */

/* A number token, with the multipliers after it: 2.865 nghìn, 2 tỷ 300
 * triệu. */
struct amount
amount(struct find *f, size_t i, bool integer)
{
	struct amount a = { .end = i + 1 };
	const struct token *t = T(f, i);
	enum sep sep = f->cx->lang == LANG_VI ? SEP_VI : SEP_EN;
	struct entry e;
	size_t k;
	int last = 99;

	if (!dec_parse(f->tk.s + t->start, t->end - t->start, sep, integer, &a.v))
		return a;
	a.ok = true;
	while ((k = table_match_role(&f->tk, a.end, R_MULT, &e)) > 0) {
		int exp = atoi(e.arg);
		struct amount b;

		if (exp >= last)
			break;
		dec_scale(&a.v, exp);
		a.end += k;
		last = exp;
		/* 2 tỷ 300 triệu: a smaller part after */
		if (!is_num(f, a.end))
			break;
		k = table_match_role(&f->tk, a.end + 1, R_MULT, &e);
		if (!k || atoi(e.arg) >= last)
			break;
		b = amount(f, a.end, false);
		if (!b.ok || !dec_add(&a.v, b.v))
			break;
		a.end = b.end;
		break;
	}
	return a;
}

bool
integer_context(const struct find *f, size_t i)
{
	return f->bar || table_match_role(&f->tk, i + 1, R_NOUN, NULL) > 0;
}

const struct entry *
role_of(const struct entry e[3], enum role role)
{
	for (int r = 0; r < 3; r++)
		if (e[r].role == role)
			return &e[r];
	return NULL;
}

/* What follows an amount: its kind and unit; returns the token after. */
/* "/lượng", "/người/năm", "/m²", "/kWh": what a price or rate is for,
 * as written, appended to unit; returns the token after. */
size_t
per_unit(struct find *f, size_t j, char *unit, size_t size)
{
	while (tok_sign(&f->tk, j, "/") && !T(f, j)->space && j + 1 < f->tk.count &&
	    T(f, j + 1)->type == T_WORD && !T(f, j + 1)->space) {
		size_t o = strlen(unit), end = j + 2;

		while (end < f->tk.count && !T(f, end)->space &&
		    (tok_sign(&f->tk, end, "²") || tok_sign(&f->tk, end, "³")))
			end++;	/* m², m³ */
		snprintf(unit + o, size - o, "/%.*s",
		    (int)(T(f, end - 1)->end - T(f, j + 1)->start),
		    f->tk.s + T(f, j + 1)->start);
		j = end;
	}
	return j;
}

/* What follows an amount: its kind and unit; returns the token after. */
size_t
measure_unit(struct find *f, size_t j, const char *currency, enum kind *kind,
    char *unit, size_t size)
{
	struct entry all[3];
	const struct entry *e;
	size_t k = table_match_any(&f->tk, j, all);

	unit[0] = '\0';
	*kind = K_NUMBER;
	if (currency) {
		*kind = K_MONEY;
		str_copy(unit, size, currency);
	} else if (k == 0) {
		return j;
	} else if ((e = role_of(all, R_PERCENT))) {
		*kind = K_PERCENT;
		str_copy(unit, size, e->arg);
		return per_unit(f, j + k, unit, size);
	} else if ((e = role_of(all, R_MONEY))) {
		*kind = K_MONEY;
		str_copy(unit, size, e->arg);
		j += k;
	} else if ((e = role_of(all, R_UNIT)) || ((e = role_of(all, R_NOUN)) &&
	    !(f->cx->lang == LANG_VI && capitalised(f, j)))) {
		/* in Vietnamese, 174 Bộ luật: a name follows */
		*kind = K_QUANTITY;
		if (e->arg[0])
			str_copy(unit, size, e->arg);
		else
			words(f, j, j + k, unit, size);
		return per_unit(f, j + k, unit, size);
	} else {
		return j;
	}
	/* A price: đồng/lượng, USD/thùng, $80 a barrel, $3.50 per gallon. */
	if (tok_sign(&f->tk, j, "/"))
		return per_unit(f, j, unit, size);
	if ((tok_is(&f->tk, j, "a") || tok_is(&f->tk, j, "per")) &&
	    j + 1 < f->tk.count && T(f, j + 1)->type == T_WORD &&
	    !table_match_role(&f->tk, j + 1, R_MULT, NULL)) {
		size_t o = strlen(unit);

		snprintf(unit + o, size - o, "/%s", T(f, j + 1)->low);
		return j + 2;
	}
	return j;
}

/* $5, US$5, €300: a currency sign glued before the number; USD 5
 * million: an ISO code in capitals, a space before it. */
const char *
currency_before(struct find *f, size_t i, size_t *first)
{
	struct entry e;
	size_t k = table_match_before(&f->tk, i, R_MONEY, &e);
	const struct token *c;

	if (k == 0)
		return NULL;
	c = T(f, i - 1);
	if (T(f, i)->space) {
		if (k != 1 || c->type != T_WORD || c->end - c->start != 3)
			return NULL;
		for (size_t p = c->start; p < c->end; p++)
			if (f->tk.s[p] < 'A' || f->tk.s[p] > 'Z')
				return NULL;
	} else if (c->type != T_SIGN) {
		return NULL;
	}
	*first = i - k;
	return e.arg;
}

/* A word glued to a number that no rule read: 2.5m, 5k, 737MAX. */
bool
glued_word(const struct find *f, size_t j)
{
	return j < f->tk.count && T(f, j)->type == T_WORD && !T(f, j)->space;
}

/* A word that is a name: capitalised, or with a capital inside (iPhone). */
bool
is_name(const struct find *f, const struct token *w)
{
	const unsigned char *p = (const unsigned char *)f->tk.s;

	if (w->type != T_WORD)
		return false;
	for (size_t k = w->start; k < w->end;) {
		int32_t cp;
		size_t len = ntx_utf8_decode(p + k, w->end - k, &cp);

		if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU)
			return true;
		k += len;
	}
	return false;
}

/* A bare number that names something: Boeing 737, Chapter 11, iPhone
 * 15, Phường 5, version 2.1, 10 Downing Street, Quốc lộ 5, bão số 3,
 * lớp 12. */
bool
designation(const struct find *f, size_t first, size_t end)
{
	static const char *const cues[] = {
		"version", "số", "lớp", "lộ", "đai", "đội", "phòng", "tổ",
		"khoản", "điều", "quận", "phường", "nóng", "hotline", "đài",
	};

	/* a capitalised word, but the first of the sentence (Khoảng 150) */
	if (first > 1 && is_name(f, T(f, first - 1)))
		return true;
	for (size_t k = 0; first > 0 && k < sizeof(cues) / sizeof(*cues); k++)
		if (tok_is(&f->tk, first - 1, cues[k]))
			return true;
	return end < f->tk.count && is_name(f, T(f, end));
}

/* Between the two ends of a range: 10-11%, từ 650 đến 700, between 4
 * and 6.  "rose from 2% to 3%" is a change, two values, not a range. */
bool
range_word(const struct find *f, size_t c, size_t first)
{
	if (sign_dash(f, c))
		return true;
	if (tok_is(&f->tk, c, "đến") || tok_is(&f->tk, c, "tới"))
		return first > 0 && tok_is(&f->tk, first - 1, "từ");
	return tok_is(&f->tk, c, "and") && first > 0 &&
	    tok_is(&f->tk, first - 1, "between");
}

size_t
measure(struct find *f, size_t i, const struct amount *words)
{
	size_t first = i, j, c;
	const char *cur = currency_before(f, i, &first);
	struct amount a = words ? *words : amount(f, i, integer_context(f, i));
	enum kind kind;
	char unit[64], v1[64], v2[64], val[140];
	bool negative = false;

	if (!a.ok)
		return 0;
	/* âm 5: minus five */
	if (first == i && i > 0 && tok_is(&f->tk, i - 1, "âm") && f->done <= i - 1)
		negative = true, first = i - 1;
	/* -2.4, +3.5%: a sign glued to the number, after a space */
	if (first == i && i > 0 && !T(f, i)->space && f->done <= i - 1 &&
	    (i == 1 || T(f, i - 1)->space)) {
		if (sign_dash(f, i - 1))
			negative = true, first = i - 1;
		else if (tok_sign(&f->tk, i - 1, "+"))
			first = i - 1;
	}
	j = measure_unit(f, a.end, cur, &kind, unit, sizeof(unit));
	/* A range: the unit after its end only (10-11%), or after both
	 * (between 4% and 6%), then the same. */
	c = j > a.end && range_word(f, j, first) ? j : a.end;
	if (range_word(f, c, first) && c + 1 < f->tk.count) {
		size_t second = c + 1, from = second, j2;
		const char *cur2;
		struct amount b;
		enum kind kind2;
		char unit2[64];

		if (T(f, second)->type == T_SIGN && is_num(f, second + 1) &&
		    !T(f, second + 1)->space)
			second++;	/* $6 million */
		if (words && T(f, second)->type == T_WORD) {
			int nw;

			b.ok = f->cx->lang == LANG_VI ?
			    vi_number_words(&f->tk, second, &b.v, &b.end, &nw) :
			    en_number_words(&f->tk, second, &b.v, &b.end, &nw);
		} else {
			b = amount(f, second, integer_context(f, second));
		}
		cur2 = currency_before(f, second, &from);
		if (b.ok && (words || is_num(f, second)) &&
		    f->tk.s[T(f, second)->start] != '0') {
			j2 = measure_unit(f, b.end, cur2 ? cur2 : cur, &kind2,
			    unit2, sizeof(unit2));
			if (c == a.end) {
				/* 5-6 tỷ: the end's multiplier is the start's */
				struct entry e;

				/* but not past the end: từ 200.000 đến 1,5 triệu */
				if (a.end == i + 1 && b.end > second + 1 &&
				    table_match_role(&f->tk, second + 1, R_MULT, &e)) {
					struct dec scaled = a.v;

					dec_scale(&scaled, atoi(e.arg));
					if (dec_cmp(scaled, b.v) < 0)
						a.v = scaled;
				}
				kind = kind2;
				memcpy(unit, unit2, sizeof(unit));
			}
			if (kind2 == kind && strcmp(unit, unit2) == 0 &&
			    !glued_word(f, j2) && dec_cmp(a.v, b.v) < 0) {
				/* từ 650 đến 700, between 4 and 6; not from a dash */
				if ((tok_is(&f->tk, first - 1, "từ") ||
				    tok_is(&f->tk, first - 1, "between")) &&
				    !sign_dash(f, c))
					first--;
				if (negative)
					a.v.m = -a.v.m;
				dec_format(a.v, v1, sizeof(v1));
				dec_format(b.v, v2, sizeof(v2));
				snprintf(val, sizeof(val), "%s..%s", v1, v2);
				emit(f, first, j2, kind, val, unit);
				return j2;
			}
			j = measure_unit(f, a.end, cur, &kind, unit, sizeof(unit));
		}
	}
	if (glued_word(f, j)) {
		f->done = j + 1;	/* £2.5m, $5k: not read */
		return j + 1;
	}
	/* hai năm rưỡi: and a half of the unit */
	if (kind == K_QUANTITY && tok_is(&f->tk, j, "rưỡi")) {
		struct dec half = { 5, -1 };

		dec_add(&a.v, half);
		j++;
	}
	if (kind == K_NUMBER && !negative && a.end == i + 1 &&
	    designation(f, first, j)) {
		f->done = j;
		return j;
	}
	if (negative)
		a.v.m = -a.v.m;
	dec_format(a.v, v1, sizeof(v1));
	emit(f, first, j, kind, v1, unit);
	return j;
}

/* A score or a vote: thắng 3-0, hòa 1-1, tỷ số 2-1, won 2-1, voted 7–2. */
size_t
score(struct find *f, size_t i)
{
	static const char *const cues[] = {
		"số", "thắng", "hòa", "thua", "bại", "won", "lost", "beat", "drew",
		"defeated", "win", "loss", "draw", "victory", "voted", "vote",
		"phiếu",
	};
	long a, b;
	char v[64];
	bool cued = false;

	if (!int_of(f, i, &a) || !sign_dash(f, i + 1) || !glued(f, i + 1) ||
	    !glued(f, i + 2) || !int_of(f, i + 2, &b) || a > 99 || b > 99)
		return 0;
	for (size_t k = 0; k < sizeof(cues) / sizeof(*cues); k++)
		for (size_t back = 1; back <= 3 && back <= i; back++)
			cued |= tok_is(&f->tk, i - back, cues[k]);
	if (!cued)
		return 0;
	snprintf(v, sizeof(v), "%ld:%ld", a, b);
	emit(f, i, i + 3, K_RATIO, v, NULL);
	return i + 3;
}

/* a/b before a counted noun, or that cannot be a date: 19/22 chỉ tiêu. */
size_t
ratio(struct find *f, size_t i)
{
	long v[3];
	int len[3];
	enum kind kind;
	char unit[64], a[48];
	size_t j;

	if (parts(f, i, '/', v, len) != 2 || len[0] > 6 || len[1] > 6)
		return 0;
	j = measure_unit(f, i + 1, NULL, &kind, unit, sizeof(unit));
	if (kind != K_QUANTITY)
		unit[0] = '\0', j = i + 1;
	snprintf(a, sizeof(a), "%ld/%ld", v[0], v[1]);
	emit(f, i, j, K_RATIO, a, unit);
	return j;
}

/*
 * Numbers in words, where the reading is safe: two number words or more
 * (mười một, twenty-five), or one before a multiplier, a percent, a
 * currency or a counted noun (ba tỷ, ba phần trăm, hai người, three
 * million people) — but một and one alone are articles, and năm alone
 * is "year" but before a counted noun.
 */
