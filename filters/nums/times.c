/*
 * times.c - times of day: 15:12:13, 15h30, 8 giờ 30, 3 giờ chiều, 9 a.m.,
 * and their ranges (7h30-17h, từ 7h30 đến 17h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "find.h"

/* The minutes of "h30" or "h": 30, 0; or -1. */
long
hour_suffix(const struct token *w)
{
	const char *p = w->low + 1;

	if (!*p)
		return 0;
	if (strlen(p) != 2 || p[0] < '0' || p[0] > '5' || p[1] < '0' || p[1] > '9')
		return -1;
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/* sáng, trưa, chiều, tối, đêm after a time: the hour made 24-hour;
 * returns the token after. */
size_t
part_of_day(const struct find *f, size_t j, long *h)
{
	if (tok_is(&f->tk, j, "chiều") || tok_is(&f->tk, j, "tối")) {
		if (*h < 12)
			*h += 12;
	} else if (tok_is(&f->tk, j, "đêm")) {
		if (*h >= 6 && *h < 12)
			*h += 12;
	} else if (!tok_is(&f->tk, j, "sáng") && !tok_is(&f->tk, j, "trưa")) {
		return j;
	}
	return j + 1;
}

size_t
clock_time(struct find *f, size_t i)
{
	long v[3], h, mi = 0;
	int len[3], n = parts(f, i, ':', v, len);
	size_t j = i + 1;
	char a[32];
	const struct token *w = j < f->tk.count ? T(f, j) : NULL;

	if (n >= 2 && v[0] <= 24 && v[1] <= 59 && len[1] == 2 &&
	    (n == 2 || (v[2] <= 59 && len[2] == 2))) {
		h = v[0];
		mi = v[1];
		if (w && w->type == T_WORD && (strcmp(w->low, "a") == 0 ||
		    strcmp(w->low, "p") == 0) && tok_sign(&f->tk, j + 1, ".") &&
		    tok_is(&f->tk, j + 2, "m") && tok_sign(&f->tk, j + 3, ".")) {
			if (w->low[0] == 'p' && h < 12)
				h += 12;
			if (w->low[0] == 'a' && h == 12)
				h = 0;
			j += 4;
		}
		if (n == 3)
			snprintf(a, sizeof(a), "%02ld:%02ld:%02ld", h, mi, v[2]);
		else
			snprintf(a, sizeof(a), "%02ld:%02ld", h, mi);
		emit(f, i, j, K_TIME, a, NULL);
		return j;
	}
	if (!int_of(f, i, &h) || h > 24)
		return 0;
	/* 15h30, 15h, 15g30, 7h30 sáng; 7h30-17h, từ 7h30 đến 17h */
	if (w && w->type == T_WORD && !w->space &&
	    (w->low[0] == 'h' || w->low[0] == 'g') && (mi = hour_suffix(w)) >= 0) {
		size_t first = i, k;
		long h2, m2;

		j = part_of_day(f, i + 2, &h);
		snprintf(a, sizeof(a), "%02ld:%02ld", h, mi);
		k = j;
		if ((sign_dash(f, k) && !T(f, k)->space) || ((tok_is(&f->tk, k, "đến") ||
		    tok_is(&f->tk, k, "tới")) && tok_is(&f->tk, i - 1, "từ"))) {
			if (int_of(f, k + 1, &h2) && h2 <= 24 && k + 2 < f->tk.count &&
			    T(f, k + 2)->type == T_WORD && !T(f, k + 2)->space &&
			    (T(f, k + 2)->low[0] == 'h' || T(f, k + 2)->low[0] == 'g') &&
			    (m2 = hour_suffix(T(f, k + 2))) >= 0) {
				char b[48], r[112];

				j = part_of_day(f, k + 3, &h2);
				snprintf(b, sizeof(b), "%02ld:%02ld", h2, m2);
				snprintf(r, sizeof(r), "%s..%s", a, b);
				if (tok_is(&f->tk, i - 1, "từ") && !sign_dash(f, k))
					first = i - 1;	/* từ 7h30 đến 17h */
				emit(f, first, j, K_TIME, r, NULL);
				return j;
			}
		}
		emit(f, i, j, K_TIME, a, NULL);
		return j;
	}
	/* 8 giờ 30 (phút), 3 giờ chiều; lúc 14 giờ; 24 giờ: a duration */
	if (tok_is(&f->tk, j, "giờ")) {
		j++;
		if (int_of(f, j, &mi) && mi <= 59) {
			j++;
			if (tok_is(&f->tk, j, "phút"))
				j++;
		} else if (part_of_day(f, j, &h) == j && !tok_is(&f->tk, i - 1, "lúc")) {
			return 0;
		}
		j = part_of_day(f, j, &h);
		snprintf(a, sizeof(a), "%02ld:%02ld", h, mi);
		/* từ 3 giờ chiều đến 8 giờ tối */
		if (i > 0 && tok_is(&f->tk, i - 1, "từ") &&
		    (tok_is(&f->tk, j, "đến") || tok_is(&f->tk, j, "tới"))) {
			long h2, m2 = 0;
			size_t k = j + 1;

			if (int_of(f, k, &h2) && h2 <= 24 &&
			    tok_is(&f->tk, k + 1, "giờ")) {
				char b[48], r[112];

				k += 2;
				if (int_of(f, k, &m2) && m2 <= 59)
					k++;
				k = part_of_day(f, k, &h2);
				snprintf(b, sizeof(b), "%02ld:%02ld", h2, m2);
				snprintf(r, sizeof(r), "%s..%s", a, b);
				emit(f, i - 1, k, K_TIME, r, NULL);
				return k;
			}
		}
		emit(f, i, j, K_TIME, a, NULL);
		return j;
	}
	/* 9 a.m., 5 p.m., 9am, 10 PM */
	if (w && w->type == T_WORD && h >= 1 && h <= 12 &&
	    (((strcmp(w->low, "a") == 0 || strcmp(w->low, "p") == 0) &&
	    tok_sign(&f->tk, j + 1, ".") && tok_is(&f->tk, j + 2, "m")) ||
	    strcmp(w->low, "am") == 0 || strcmp(w->low, "pm") == 0)) {
		if (w->low[1] == 'm') {
			j++;
		} else {
			j += 3;
			if (tok_sign(&f->tk, j, "."))
				j++;
		}
		if (w->low[0] == 'p' && h < 12)
			h += 12;
		if (w->low[0] == 'a' && h == 12)
			h = 0;
		snprintf(a, sizeof(a), "%02ld:00", h);
		emit(f, i, j, K_TIME, a, NULL);
		return j;
	}
	return 0;
}

/* ba giờ chiều: a time in words. */
size_t
time_words(struct find *f, size_t i, const struct amount *a)
{
	long h;
	size_t j = a->end;
	char v[16];

	if (!tok_is(&f->tk, j, "giờ") || !dec_int(a->v, &h) || h > 24 ||
	    part_of_day(f, j + 1, &h) == j + 1)
		return 0;
	j = part_of_day(f, j + 1, &h);
	snprintf(v, sizeof(v), "%02ld:00", h);
	emit(f, i, j, K_TIME, v, NULL);
	return j;
}
