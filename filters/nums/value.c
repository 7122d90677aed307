/*
 * value.c - numbers as written in news, to exact decimals.
 *
 * The separators are the hard part: "2.865" is 2865 in Vietnamese and
 * "3.5" is 3.5 in both; "12,2" is 12.2 and "1,117" before "lượt xem" is
 * 1117.  The document's separator convention (SEP_VI: dot groups, comma
 * decimal; SEP_EN the other way) decides where the writing does not.
 */
#include <string.h>

#include "nums.h"

#define MANTISSA_MAX ((__int128)1 << 120)

/* Digits [from, to) appended to the mantissa. */
static bool
digits(const char *s, size_t from, size_t to, struct dec *d)
{
	for (size_t i = from; i < to; i++) {
		if (s[i] < '0' || s[i] > '9' || d->m >= MANTISSA_MAX / 10)
			return false;
		d->m = d->m * 10 + (s[i] - '0');
	}
	return true;
}

/* Groups of exactly three digits after a first of one to three. */
static bool
grouped(const char *s, size_t n, char mark)
{
	size_t run = 0, groups = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == mark) {
			if (run == 0 || run > 3 || (groups > 0 && run != 3))
				return false;
			groups++;
			run = 0;
		} else {
			run++;
		}
	}
	return groups > 0 && run == 3;
}

/*
 * s[0..n): digits with '.' and ',' between them.  integer says that the
 * context wants a whole number (a count of people, views), which reads
 * a comma and three digits as grouping even in Vietnamese.
 */
bool
dec_parse(const char *s, size_t n, enum sep sep, bool integer, struct dec *d)
{
	size_t dots = 0, commas = 0, last = 0;
	char group = 0, point = 0;

	memset(d, 0, sizeof(*d));
	if (n == 0 || s[0] < '0' || s[0] > '9' || s[n - 1] < '0' || s[n - 1] > '9')
		return false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.' || s[i] == ',') {
			if (s[i - 1] < '0' || s[i - 1] > '9')
				return false;
			dots += s[i] == '.';
			commas += s[i] == ',';
			last = i;
		} else if (s[i] < '0' || s[i] > '9') {
			return false;
		}
	}
	if (dots && commas) {
		point = s[last];
		group = point == '.' ? ',' : '.';
		if ((point == '.' ? dots : commas) != 1 ||
		    !grouped(s, last, group))
			return false;
	} else if (dots + commas == 1) {
		char mark = dots ? '.' : ',';
		size_t after = n - last - 1;
		bool thousands = after == 3 && (sep == SEP_VI ? mark == '.' :
		    mark == ',');

		if (after == 3 && integer && last <= 3)
			thousands = true;	/* 1,117 lượt xem */
		if (sep == SEP_EN && mark == ',' && !thousands)
			return false;		/* English has no decimal comma */
		if (thousands)
			group = mark;
		else
			point = mark;
	} else if (dots + commas > 1) {
		group = dots ? '.' : ',';
		if (!grouped(s, n, group))
			return false;
	}
	for (size_t i = 0, from = 0; i <= n; i++) {
		if (i < n && s[i] != group && s[i] != point)
			continue;
		if (!digits(s, from, i, d))
			return false;
		if (i < n && s[i] == point)
			d->exp = -(int)(n - i - 1);
		from = i + 1;
	}
	return true;
}

/* Times 10^exp: nghìn, triệu, tỷ, billion. */
bool
dec_scale(struct dec *d, int exp)
{
	d->exp += exp;
	return d->exp < 60;
}

/* a += b: "2 tỷ 300 triệu". */
bool
dec_add(struct dec *a, struct dec b)
{
	while (a->exp > b.exp) {
		if (a->m >= MANTISSA_MAX / 10 || a->m <= -MANTISSA_MAX / 10)
			return false;
		a->m *= 10;
		a->exp--;
	}
	while (b.exp > a->exp) {
		if (b.m >= MANTISSA_MAX / 10 || b.m <= -MANTISSA_MAX / 10)
			return false;
		b.m *= 10;
		b.exp--;
	}
	a->m += b.m;
	return true;
}

/* The whole number d, when it is one and small. */
bool
dec_int(struct dec d, long *v)
{
	while (d.exp < 0 && d.m % 10 == 0) {
		d.m /= 10;
		d.exp++;
	}
	if (d.exp < 0)
		return false;
	while (d.exp > 0 && d.m < 1000000000) {
		d.m *= 10;
		d.exp--;
	}
	if (d.exp > 0 || d.m > 1000000000)
		return false;
	*v = (long)d.m;
	return true;
}

/* Plain decimal: "-12.5", "2865000", "0.25"; no grouping, no exponent,
 * no trailing zeros after the point.  Returns the length written. */
size_t
dec_format(struct dec d, char *out, size_t size)
{
	char buf[200];
	size_t n = 0, o = 0, intlen;
	unsigned __int128 m = d.m < 0 ? -(unsigned __int128)d.m :
	    (unsigned __int128)d.m;

	do {
		buf[n++] = '0' + (int)(m % 10);
		m /= 10;
	} while (m);
	/* buf holds the digits backwards; drop zeros after the point. */
	while (d.exp < 0 && n > 1 && buf[0] == '0') {
		memmove(buf, buf + 1, --n);
		d.exp++;
	}
	if (d.exp < 0 && buf[0] == '0' && n == 1)
		d.exp = 0;
	if (n + (d.exp > 0 ? d.exp : -d.exp) + 4 > size)
		return 0;
	if (d.m < 0 && !(n == 1 && buf[0] == '0'))
		out[o++] = '-';
	intlen = d.exp >= 0 ? n : (n > (size_t)-d.exp ? n - (size_t)-d.exp : 0);
	if (intlen == 0)
		out[o++] = '0';
	for (size_t k = 0; k < intlen; k++)
		out[o++] = buf[n - 1 - k];
	for (int k = 0; k < d.exp; k++)
		out[o++] = '0';
	if (d.exp < 0) {
		out[o++] = '.';
		for (size_t k = n; k < (size_t)-d.exp; k++)
			out[o++] = '0';
		for (size_t k = intlen; k < n; k++)
			out[o++] = buf[n - 1 - k];
	}
	out[o] = '\0';
	return o;
}

/* -1, 0 or 1 as a is below, equal to or above b. */
int
dec_cmp(struct dec a, struct dec b)
{
	struct dec d = b;

	d.m = -d.m;
	if (!dec_add(&a, d))
		return 0;
	return a.m < 0 ? -1 : a.m > 0;
}
