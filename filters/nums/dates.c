/*
 * dates.c - dates in every form news writes them (30/11/2022, 01.12.2022,
 * ngày 30 tháng 11 năm 2022, tháng 11/2022, quý I/2023, 6 tháng đầu năm,
 * March 7, 2024, từ ngày … đến ngày …) and the days of the week, as ISO
 * 8601; a missing year comes from the document's published date.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "find.h"

/* YYYY-MM-DD; the year of publication, or XXXX, when y is 0. */
void
iso_day(const struct find *f, long y, long m, long d, char *out, size_t size)
{
	char buf[96];

	if (y <= 0)
		y = f->cx->year;
	if (y > 0)
		snprintf(buf, sizeof(buf), "%04ld-%02ld-%02ld", y, m, d);
	else
		snprintf(buf, sizeof(buf), "XXXX-%02ld-%02ld", m, d);
	str_copy(out, size, buf);
}

/* ngày 30 tháng 11 năm 2022, 30 tháng 11 */
size_t
date_words(struct find *f, size_t i)
{
	long d, m, y = 0;
	size_t j = i + 1;
	char v[32];

	if (!int_of(f, i, &d) || !tok_is(&f->tk, j, "tháng") ||
	    !int_of(f, j + 1, &m) || !valid_date(d, m))
		return 0;
	j += 2;
	if (tok_is(&f->tk, j, "năm") && int_of(f, j + 1, &y) && y >= 1000 &&
	    y <= 2999)
		j += 2;
	iso_day(f, y, m, d, v, sizeof(v));
	/* ngày 30 tháng 11 năm 2022: a date in words keeps ngày */
	emit(f, i > 0 && tok_is(&f->tk, i - 1, "ngày") ? i - 1 : i, j, K_DATE,
	    v, NULL);
	return j;
}

bool
date_cue_before(const struct find *f, size_t i)
{
	return table_match_before(&f->tk, i, R_DATE_CUE, NULL) > 0;
}

/* The start and the end of a range of days: 15-17/3, 30/11-2/12/2022. */
size_t
date_tokens(struct find *f, size_t i)
{
	long v[3], w[3];
	int len[3], wl[3], n, k;
	char a[32], b[72];
	size_t j;

	/* 30-11-2022 */
	if (is_num(f, i) && sign_dash(f, i + 1) && glued(f, i + 1) &&
	    is_num(f, i + 2) && glued(f, i + 2) && sign_dash(f, i + 3) &&
	    glued(f, i + 3) && is_num(f, i + 4) && glued(f, i + 4) &&
	    int_of(f, i, &v[0]) && int_of(f, i + 2, &v[1]) &&
	    int_of(f, i + 4, &v[2]) && valid_date(v[0], v[1]) &&
	    v[2] >= 1000 && v[2] <= 2999) {
		iso_day(f, v[2], v[1], v[0], a, sizeof(a));
		emit(f, i, i + 5, K_DATE, a, NULL);
		return i + 5;
	}
	n = parts(f, i, '/', v, len);
	if (n < 2)
		n = parts(f, i, '.', v, len), k = '.';
	else
		k = '/';
	if (n == 3 && valid_date(v[0], v[1]) && (len[2] == 4 || len[2] == 2)) {
		iso_day(f, len[2] == 2 ? 2000 + v[2] : v[2], v[1], v[0], a,
		    sizeof(a));
		emit(f, i, i + 1, K_DATE, a, NULL);
		return i + 1;
	}
	if (n != 2 || k != '/' || !valid_date(v[0], v[1]))
		return 0;
	/* d/m: a date after ngày, sáng…, a ratio before a counted noun or
	 * after chiếm (chiếm gần 1/3: a third). */
	if (i > 0 && (tok_is(&f->tk, i - 1, "chiếm") ||
	    (i > 1 && tok_is(&f->tk, i - 2, "chiếm"))))
		return 0;
	if (!date_cue_before(f, i) &&
	    (table_match_role(&f->tk, i + 1, R_NOUN, NULL) ||
	     table_match_role(&f->tk, i + 1, R_UNIT, NULL)))
		return 0;
	iso_day(f, 0, v[1], v[0], a, sizeof(a));
	/* 15-17/3 is read from its end: see measure() for 15- */
	j = i + 1;
	if (sign_dash(f, j) && is_num(f, j + 1) &&
	    (n = parts(f, j + 1, '/', w, wl)) == 2 && valid_date(w[0], w[1])) {
		char c[32];

		iso_day(f, 0, w[1], w[0], c, sizeof(c));
		snprintf(b, sizeof(b), "%s..%s", a, c);
		emit(f, i, j + 2, K_DATE, b, NULL);
		return j + 2;
	}
	emit(f, i, j, K_DATE, a, NULL);
	return j;
}

/* 15-17/3, 18-20/9/2024: a day, a dash, then a day and month. */
size_t
day_range(struct find *f, size_t i)
{
	long d, w[3];
	int wl[3];
	char a[32], c[32], b[72];

	int n;
	long y;

	if (!int_of(f, i, &d) || !sign_dash(f, i + 1) || !is_num(f, i + 2) ||
	    (n = parts(f, i + 2, '/', w, wl)) < 2 || !valid_date(w[0], w[1]) ||
	    !valid_date(d, w[1]) || d >= w[0])
		return 0;
	/* 18-20/9/2024: the year of the end, for both */
	y = n == 3 && wl[2] == 4 ? w[2] : 0;
	iso_day(f, y, w[1], d, a, sizeof(a));
	iso_day(f, y, w[1], w[0], c, sizeof(c));
	snprintf(b, sizeof(b), "%s..%s", a, c);
	emit(f, i, i + 3, K_DATE, b, NULL);
	return i + 3;
}

/* tháng 11/2022, tháng 11 năm 2022, tháng 11-2022; năm 2023; 2020-2025 */
size_t
month_year(struct find *f, size_t i)
{
	long v[3], y, m, y2;
	int len[3];
	char a[48];

	if (tok_is(&f->tk, i - 1, "tháng") && i > 0) {
		if (parts(f, i, '/', v, len) == 2 && v[0] >= 1 && v[0] <= 12 &&
		    is_year(v[1], len[1])) {
			snprintf(a, sizeof(a), "%04ld-%02ld", v[1], v[0]);
			emit(f, i - 1, i + 1, K_DATE, a, NULL);
			return i + 1;
		}
		if (int_of(f, i, &m) && m >= 1 && m <= 12 &&
		    (tok_is(&f->tk, i + 1, "năm") || sign_dash(f, i + 1)) &&
		    int_of(f, i + 2, &y) && y >= 1000 && y <= 2999) {
			snprintf(a, sizeof(a), "%04ld-%02ld", y, m);
			emit(f, i - 1, i + 3, K_DATE, a, NULL);
			return i + 3;
		}
	}
	if (!int_of(f, i, &y) || T(f, i)->end - T(f, i)->start != 4 ||
	    y < 1000 || y > 2999)
		return 0;
	/* 2020-2025 */
	if (sign_dash(f, i + 1) && int_of(f, i + 2, &y2) &&
	    T(f, i + 2)->end - T(f, i + 2)->start == 4 && y2 > y) {
		snprintf(a, sizeof(a), "%ld..%ld", y, y2);
		emit(f, i, i + 3, K_DATE, a, NULL);
		return i + 3;
	}
	if (i > 0 && (tok_is(&f->tk, i - 1, "năm") || tok_is(&f->tk, i - 1, "in") ||
	    tok_is(&f->tk, i - 1, "since") || tok_is(&f->tk, i - 1, "until") ||
	    tok_is(&f->tk, i - 1, "year") || tok_is(&f->tk, i - 1, "fiscal"))) {
		snprintf(a, sizeof(a), "%ld", y);
		/* năm 2023 is written with its word; in 2023, without */
		emit(f, tok_is(&f->tk, i - 1, "năm") ? i - 1 : i, i + 1, K_DATE,
		    a, NULL);
		return i + 1;
	}
	return 0;
}

/* tháng 6, Tháng 10: a month, in the year of publication. */
size_t
month_alone(struct find *f, size_t i)
{
	long m;
	char a[32];

	if (i == 0 || !tok_is(&f->tk, i - 1, "tháng") || !int_of(f, i, &m) ||
	    m < 1 || m > 12 || T(f, i)->end - T(f, i)->start > 2)
		return 0;
	if (f->cx->year > 0)
		snprintf(a, sizeof(a), "%04d-%02ld", f->cx->year, m);
	else
		snprintf(a, sizeof(a), "XXXX-%02ld", m);
	emit(f, i - 1, i + 1, K_DATE, a, NULL);
	return i + 1;
}

/* tháng Ba, tháng Mười Hai, tháng Giêng: a month in words. */
size_t
month_words(struct find *f, size_t i)
{
	struct dec v;
	size_t end;
	int words;
	long m = 0;
	char a[32];

	if (!tok_is(&f->tk, i, "tháng") || !capitalised(f, i + 1))
		return 0;
	if (tok_is(&f->tk, i + 1, "giêng"))
		m = 1, end = i + 2;
	else if (tok_is(&f->tk, i + 1, "chạp"))
		m = 12, end = i + 2;
	else if (tok_is(&f->tk, i + 1, "tư"))
		m = 4, end = i + 2;
	else if (!vi_number_words(&f->tk, i + 1, &v, &end, &words) ||
	    !dec_int(v, &m))
		return 0;
	if (m < 1 || m > 12)
		return 0;
	if (f->cx->year > 0)
		snprintf(a, sizeof(a), "%04d-%02ld", f->cx->year, m);
	else
		snprintf(a, sizeof(a), "XXXX-%02ld", m);
	emit(f, i, end, K_DATE, a, NULL);
	return end;
}

/* từ ngày 2/10 đến ngày 7/10/2023, Từ năm 2015 đến năm 2020, từ 7h30
 * đến 17h: two dates or times of one kind; a missing year comes from the
 * end.  Called at "từ". */
size_t
from_to(struct find *f, size_t i)
{
	struct tokens *tk = &f->tk;
	size_t a = i + 1, b, end;
	long v[3], w[3], y1, y2;
	int l1[3], l2[3], n1, n2;
	char x[32], z[32], r[72];

	while (a < tk->count && table_match_role(tk, a, R_DATE_CUE, NULL) == 1 &&
	    !tok_is(tk, a, "từ"))
		a++;	/* ngày, đêm, sáng */
	if (tok_is(tk, a, "năm"))
		a++;
	if (!is_num(f, a) || !(tok_is(tk, a + 1, "đến") || tok_is(tk, a + 1, "tới")))
		return 0;
	b = a + 2;
	while (b < tk->count && table_match_role(tk, b, R_DATE_CUE, NULL) == 1)
		b++;
	if (tok_is(tk, b, "năm"))
		b++;
	if (!is_num(f, b))
		return 0;
	n1 = parts(f, a, '/', v, l1);
	n2 = parts(f, b, '/', w, l2);
	end = b + 1;
	/* từ ngày 6 đến ngày 8/12/2022: the month of the end */
	if (n1 == 1 && l1[0] <= 2 && n2 >= 2) {
		v[1] = w[1];
		v[2] = w[2];
		l1[2] = l2[2];
		n1 = n2;
	}
	if (n1 == 1 && n2 == 1 && l1[0] == 4 && l2[0] == 4 && w[0] > v[0]) {
		snprintf(r, sizeof(r), "%ld..%ld", v[0], w[0]);
	} else if (n1 >= 2 && n2 >= 2 && valid_date(v[0], v[1]) &&
	    valid_date(w[0], w[1])) {
		y2 = n2 == 3 && l2[2] == 4 ? w[2] : 0;
		y1 = n1 == 3 && l1[2] == 4 ? v[2] : y2;
		iso_day(f, y1, v[1], v[0], x, sizeof(x));
		iso_day(f, y2, w[1], w[0], z, sizeof(z));
		snprintf(r, sizeof(r), "%s..%s", x, z);
	} else {
		return 0;
	}
	emit(f, i, end, K_DATE, r, NULL);
	return end;
}

int
roman_quarter(const struct token *t)
{
	static const char *const q[] = { "i", "ii", "iii", "iv" };

	for (int k = 0; k < 4; k++)
		if (t->type == T_WORD && strcmp(t->low, q[k]) == 0)
			return k + 1;
	return 0;
}

/* quý I/2023, quý 1 năm 2023, quý III */
size_t
quarter(struct find *f, size_t i)
{
	long q = 0, y = 0;
	size_t j = i + 1;
	char a[32];

	if (j >= f->tk.count)
		return 0;
	if (!(q = roman_quarter(T(f, j)))) {
		long v[3];
		int len[3];

		if (is_num(f, j) && parts(f, j, '/', v, len) == 2 &&
		    is_year(v[1], len[1]) && v[0] >= 1 && v[0] <= 4) {
			q = v[0];
			y = v[1];
		} else if (!int_of(f, j, &q) || q < 1 || q > 4) {
			return 0;
		}
	}
	j++;
	if (y == 0 && tok_sign(&f->tk, j, "/") && int_of(f, j + 1, &y) &&
	    y >= 1000 && y <= 2999)
		j += 2;
	else if (y == 0 && tok_is(&f->tk, j, "năm") && int_of(f, j + 1, &y) &&
	    y >= 1000 && y <= 2999)
		j += 2;
	if (y == 0)
		y = f->cx->year;
	if (y > 0)
		snprintf(a, sizeof(a), "%04ld-Q%ld", y, q);
	else
		snprintf(a, sizeof(a), "XXXX-Q%ld", q);
	emit(f, i, j, K_DATE, a, NULL);
	return j;
}

/* 6 tháng đầu năm 2023 (2023-H1), 9 tháng đầu năm 2023 (2023-01..2023-09),
 * 6 tháng cuối năm (H2) */
size_t
half_year_from(struct find *f, size_t i, long n, size_t t)
{
	long y = 0;
	size_t j = t + 3;
	char a[48], ys[16];
	bool first;

	/* 11 tháng năm 2024: the first 11 months of it */
	if (n >= 1 && n <= 11 && tok_is(&f->tk, t, "tháng") &&
	    tok_is(&f->tk, t + 1, "năm") && int_of(f, t + 2, &y) && y >= 1000 &&
	    y <= 2999) {
		snprintf(a, sizeof(a), "%04ld-01..%04ld-%02ld", y, y, n);
		emit(f, i, t + 3, K_DATE, a, NULL);
		return t + 3;
	}
	if (n < 1 || n > 11 || !tok_is(&f->tk, t, "tháng") ||
	    !tok_is(&f->tk, t + 2, "năm"))
		return 0;
	if (tok_is(&f->tk, t + 1, "đầu"))
		first = true;
	else if (tok_is(&f->tk, t + 1, "cuối"))
		first = false;
	else
		return 0;
	if (int_of(f, j, &y) && y >= 1000 && y <= 2999)
		j++;
	else if (tok_is(&f->tk, j, "nay"))
		j++, y = f->cx->year;
	else
		y = f->cx->year;
	if (y > 0)
		snprintf(ys, sizeof(ys), "%04ld", y);
	else
		snprintf(ys, sizeof(ys), "XXXX");
	if (n == 6)
		snprintf(a, sizeof(a), "%s-H%d", ys, first ? 1 : 2);
	else if (first)
		snprintf(a, sizeof(a), "%s-01..%s-%02ld", ys, ys, n);
	else
		snprintf(a, sizeof(a), "%s-%02ld..%s-12", ys, 13 - n, ys);
	emit(f, i, j, K_DATE, a, NULL);
	return j;
}

size_t
half_year(struct find *f, size_t i)
{
	long n;

	return int_of(f, i, &n) ? half_year_from(f, i, n, i + 1) : 0;
}

bool
ordinal_suffix(const struct find *f, size_t j)
{
	const struct token *w = j < f->tk.count ? T(f, j) : NULL;

	return w && w->type == T_WORD && !w->space &&
	    (strcmp(w->low, "st") == 0 || strcmp(w->low, "nd") == 0 ||
	    strcmp(w->low, "rd") == 0 || strcmp(w->low, "th") == 0);
}

/* March 7, 2024; March 11th; March 7-9, 2024; March 2024; July 1 — at
 * the month's token. */
size_t
english_date(struct find *f, size_t i)
{
	struct entry e;
	long d = 0, d2 = 0, y = 0, m;
	size_t j = i + 1;
	char a[32], b[32], r[72];

	if (f->cx->lang != LANG_EN || !table_match_role(&f->tk, i, R_MONTH, &e))
		return 0;
	m = atol(e.arg);
	if (tok_sign(&f->tk, j, "."))
		j++;	/* Jan. 5 */
	if (int_of(f, j, &d) && d >= 1 && d <= 31 &&
	    T(f, j)->end - T(f, j)->start <= 2) {
		j++;
		if (ordinal_suffix(f, j))
			j++;
		if (sign_dash(f, j) && int_of(f, j + 1, &d2) && d2 > d &&
		    d2 <= 31)
			j += 2;
		if (tok_sign(&f->tk, j, ",") && int_of(f, j + 1, &y) &&
		    y >= 1000 && y <= 2999)
			j += 2;
		else
			y = 0;
		iso_day(f, y, m, d, a, sizeof(a));
		if (d2) {
			iso_day(f, y, m, d2, b, sizeof(b));
			snprintf(r, sizeof(r), "%s..%s", a, b);
			emit(f, i, j, K_DATE, r, NULL);
			return j;
		}
	} else if (int_of(f, j, &y) && y >= 1000 && y <= 2999) {
		j++;
		snprintf(a, sizeof(a), "%04ld-%02ld", y, m);
	} else {
		return 0;
	}
	emit(f, i, j, K_DATE, a, NULL);
	return j;
}

/* 7 March 2024, 7 March */
size_t
day_month_year(struct find *f, size_t i)
{
	struct entry e;
	long d, y = 0;
	size_t j = i + 2;
	char a[32];

	if (f->cx->lang != LANG_EN || !int_of(f, i, &d) || d < 1 || d > 31 ||
	    !table_match_role(&f->tk, i + 1, R_MONTH, &e) ||
	    strlen(T(f, i + 1)->low) < 3)
		return 0;
	if (int_of(f, j, &y) && y >= 1000 && y <= 2999)
		j++;
	else
		y = 0;
	iso_day(f, y, atol(e.arg), d, a, sizeof(a));
	emit(f, i, j, K_DATE, a, NULL);
	return j;
}

/* 2024-03-07 */
size_t
iso_date(struct find *f, size_t i)
{
	long y, m, d;
	char a[32];

	if (!int_of(f, i, &y) || T(f, i)->end - T(f, i)->start != 4 ||
	    !tok_sign(&f->tk, i + 1, "-") || !glued(f, i + 1) ||
	    !int_of(f, i + 2, &m) || !glued(f, i + 2) ||
	    T(f, i + 2)->end - T(f, i + 2)->start != 2 ||
	    !tok_sign(&f->tk, i + 3, "-") || !glued(f, i + 3) ||
	    !int_of(f, i + 4, &d) || !glued(f, i + 4) ||
	    T(f, i + 4)->end - T(f, i + 4)->start != 2 || !valid_date(d, m))
		return 0;
	snprintf(a, sizeof(a), "%04ld-%02ld-%02ld", y, m, d);
	emit(f, i, i + 5, K_DATE, a, NULL);
	return i + 5;
}

/* ---- thứ: a day of the week or an ordinal; other words ---- */

void
weekday(struct find *f, size_t first, size_t end, int day)
{
	char a[32];

	snprintf(a, sizeof(a), "XXXX-WXX-%d", day);
	emit(f, first, end, K_DATE, a, NULL);
}

/*
 * At "thứ": Thứ 5, thứ Hai (a day: at a sentence start, capitalised,
 * or after sáng, vào, hôm…) or lần thứ 5, lần thứ mười một, thứ nhất
 * (an ordinal, after a noun).
 */
size_t
thu(struct find *f, size_t i)
{
	static const char *const days[] = { "hai", "ba", "tư", "năm", "sáu",
		"bảy" };
	size_t j = i + 1, end = j + 1;
	long n = 0;
	int day = 0;
	bool is_day;
	char a[32];
	struct dec v;
	int words;

	if (j >= f->tk.count)
		return 0;
	if (int_of(f, j, &n)) {
		if (n >= 2 && n <= 7)
			day = n - 1;
	} else if (T(f, j)->type == T_WORD) {
		for (int k = 0; k < 6; k++)
			if (strcmp(T(f, j)->low, days[k]) == 0)
				day = k + 1;
		if (strcmp(T(f, j)->low, "nhất") == 0)
			n = 1;
		else if (strcmp(T(f, j)->low, "nhì") == 0)
			n = 2;
		else if (strcmp(T(f, j)->low, "tư") == 0)
			n = 4;
		else if (vi_number_words(&f->tk, j, &v, &end, &words) &&
		    dec_int(v, &n))
			;
		else if (!day)
			return 0;
	} else {
		return 0;
	}
	/* ngày thứ hai is the second day: not ngày but sáng, vào… */
	is_day = day && (i == 0 || capitalised(f, i) || capitalised(f, j) ||
	    (table_match_before(&f->tk, i, R_DATE_CUE, NULL) &&
	    !tok_is(&f->tk, i - 1, "ngày")) || tok_is(&f->tk, i - 1, "vào"));
	/* ngày thứ tư liên tiếp: the fourth day in a row */
	if (is_day && tok_is(&f->tk, j + 1, "liên") && tok_is(&f->tk, j + 2, "tiếp"))
		is_day = false, n = day + 1;
	/* "Thứ hai, đẩy mạnh …" opens the second point of a list */
	if (is_day && i == 0 && !capitalised(f, j) && T(f, j)->type == T_WORD &&
	    !is_num(f, j + 2))
		return 0;
	if (is_day) {
		weekday(f, i, j + 1, day);
		return j + 1;
	}
	if (n <= 0 || i == 0 || T(f, i - 1)->type != T_WORD)
		return 0;
	snprintf(a, sizeof(a), "%ld", n);
	emit(f, i, end, K_ORDINAL, a, NULL);
	return end;
}

/* Chủ nhật, CN; Monday … Sunday */
size_t
other_weekday(struct find *f, size_t i)
{
	static const char *const en[] = { "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday" };

	if (tok_is(&f->tk, i, "chủ") && tok_is(&f->tk, i + 1, "nhật")) {
		weekday(f, i, i + 2, 7);
		return i + 2;
	}
	if (T(f, i)->end - T(f, i)->start == 2 &&
	    memcmp(f->tk.s + T(f, i)->start, "CN", 2) == 0 &&
	    (tok_sign(&f->tk, i + 1, ",") || is_num(f, i + 1))) {
		weekday(f, i, i + 1, 7);
		return i + 1;
	}
	for (int k = 0; f->cx->lang == LANG_EN && k < 7; k++)
		if (strcmp(T(f, i)->low, en[k]) == 0 && capitalised(f, i) &&
		    !(i > 0 && tok_is(&f->tk, i - 1, "the"))) {
			weekday(f, i, i + 1, k + 1);
			return i + 1;
		}
	return 0;
}
