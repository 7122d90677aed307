/*
 * find.c - the numeric expressions of a sentence.
 *
 * The sentence is first cleared of what only looks numeric (URLs, e-mail
 * addresses, file names, document numbers such as 15/2022/NĐ-CP, codes
 * such as COVID-19 or 12A1, phone numbers: PCRE2 patterns, compiled once
 * with JIT).  Then each number token is read by the first rule that takes
 * it, looking at the words around it: a time, a date, a ratio, an
 * ordinal, or a measure (percent, money, quantity, plain number, and
 * ranges of them), with a qualifier before or after.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "nums.h"

const char *const kind_names[] = {
	[K_NUMBER] = "number", [K_PERCENT] = "percent", [K_MONEY] = "money",
	[K_QUANTITY] = "quantity", [K_DATE] = "date", [K_TIME] = "time",
	[K_RATIO] = "ratio", [K_ORDINAL] = "ordinal",
};

/*
 * What is no number to read, however it looks: matched anchored at the
 * start of the whitespace-separated chunk that holds a number, so only
 * chunks with digits pay for it.
 */
static const char not_numbers[] =
	"[(\\[\"\xE2\x80\x9C]?(?:"
	"(?:https?://|www\\.)\\S+"
	"|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
	"|\\S+\\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|json|xml|jpe?g|png|gif|html?|php|aspx?|zip|rar|mp[34])\\b"
	"|\\d+(?:/\\d{2,4})?[/-]\\p{Lu}[\\p{L}\\-/]*"
	"|\\p{Lu}[\\p{Lu}\\d]*[-/]?\\p{Lu}*\\d+[\\p{L}\\d]*"
	"|\\p{Lu}[\\p{L}\\d]*(?:-\\p{L}+)*-\\d+[\\p{L}\\d]*"
	"|\\p{Lu}{2,}\\.\\d+"
	"|\\d+\\p{Lu}[\\p{L}\\d]*(?:[-.]\\d+)*"
	"|(?:\\+84|0)\\d{2,3}(?:[ .]\\d{3,4}){2}(?!\\d)"
	"|\\(0\\d{1,3}\\) ?\\d{3,4}[ .]?\\d{3,4}"
	"|\\+\\d{1,3}(?:[ .-]\\d{1,4}){2,5}"
	"|\\(\\d{3}\\) ?\\d{3}-\\d{4}"
	"|(?:1-)?\\d{3}-\\d{3}-\\d{4}\\b"
	"|24/7\\b)";

static pcre2_code *skip_re;
static pcre2_match_data *skip_md;

struct find {
	const struct context *cx;
	struct tokens tk;
	size_t skip_from, skip_to;	/* the last chunk matched: bytes */
	size_t done;			/* tokens before this are read */
	bool bar;			/* the sentence has a '|': page chrome */
	void (*found)(void *, const struct expr *);
	void *arg;
};

static struct find F;

/* utf8proc's and PCRE2's versions, for --version: results depend on them. */
void
find_versions(char *out, size_t size)
{
	char pcre[64] = "";
	size_t n;

	ntx_utf8proc_version(out, size);
	pcre2_config(PCRE2_CONFIG_VERSION, pcre);
	n = strlen(out);
	snprintf(out + n, size - n, ", PCRE2 %s", pcre);
}

void
find_init(void)
{
	int err;
	PCRE2_SIZE off;

	table_load();
	skip_re = pcre2_compile((PCRE2_SPTR)not_numbers, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED, &err,
	    &off, NULL);
	if (!skip_re)
		ntx_die(NTX_EXIT_FAIL, "bad pattern at %zu", (size_t)off);
	pcre2_jit_compile(skip_re, PCRE2_JIT_COMPLETE);
	skip_md = pcre2_match_data_create_from_pattern(skip_re, NULL);
}

/* Whether number token i is part of something that is no number. */
static bool
skipped(struct find *f, size_t i)
{
	const char *s = f->tk.s;
	size_t b = f->tk.t[i].start, cs = b;

	if (b >= f->skip_from && b < f->skip_to)
		return true;
	while (cs > 0 && s[cs - 1] != ' ' && s[cs - 1] != '\t' &&
	    (unsigned char)s[cs - 1] != 0xA0)
		cs--;
	if (pcre2_match(skip_re, (PCRE2_SPTR)s, f->tk.n, cs,
	    PCRE2_NO_UTF_CHECK, skip_md, NULL) < 0)
		return false;
	f->skip_from = cs;
	f->skip_to = pcre2_get_ovector_pointer(skip_md)[1];
	return b < f->skip_to;
}

/* ---- small readers ---- */

static const struct token *
T(const struct find *f, size_t i)
{
	return &f->tk.t[i];
}

static bool
is_num(const struct find *f, size_t i)
{
	return i < f->tk.count && T(f, i)->type == T_NUM;
}

static bool
glued(const struct find *f, size_t i)
{
	return i < f->tk.count && !T(f, i)->space;
}

/* A token's text as an integer, when it is only digits (up to 9). */
static bool
int_of(const struct find *f, size_t i, long *v)
{
	const struct token *t;

	if (!is_num(f, i))
		return false;
	t = T(f, i);
	*v = 0;
	if (t->end - t->start > 9)
		return false;
	for (size_t k = t->start; k < t->end; k++) {
		char c = f->tk.s[k];

		if (c < '0' || c > '9')
			return false;
		*v = *v * 10 + (c - '0');
	}
	return true;
}

static bool
capitalised(const struct find *f, size_t i)
{
	return i < f->tk.count && T(f, i)->type == T_WORD &&
	    f->tk.s[T(f, i)->start] != T(f, i)->low[0];
}

static bool
sign_dash(const struct find *f, size_t i)
{
	return tok_sign(&f->tk, i, "-") || tok_sign(&f->tk, i, "–") ||
	    tok_sign(&f->tk, i, "—");
}

/* The numbers of a token such as 30/11/2022 or 01.12.2022, split at
 * sep; returns how many (up to 3), with their digit counts. */
static int
parts(const struct find *f, size_t i, char sep, long v[3], int len[3])
{
	const struct token *t = T(f, i);
	int k = 0;

	v[0] = 0;
	len[0] = 0;
	for (size_t p = t->start; p < t->end; p++) {
		char c = f->tk.s[p];

		if (c == sep) {
			if (++k == 3)
				return 0;
			v[k] = 0;
			len[k] = 0;
		} else if (c >= '0' && c <= '9' && len[k] < 9) {
			v[k] = v[k] * 10 + (c - '0');
			len[k]++;
		} else {
			return 0;
		}
	}
	return k + 1;
}

static bool
valid_date(long d, long m)
{
	return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

static bool
is_year(long y, int len)
{
	return len == 4 && y >= 1000 && y <= 2999;
}

/* ---- writing an expression ---- */

/* The words of tokens [a, b), lowercase, one space apart. */
static void
words(const struct find *f, size_t a, size_t b, char *out, size_t size)
{
	size_t o = 0;

	out[0] = '\0';
	for (size_t m = a; m < b && o < size; m++)
		o += snprintf(out + o, size - o, "%s%s",
		    m > a && T(f, m)->space ? " " : "", T(f, m)->low);
}

static void
utf8_cut(char *s)
{
	s[ntx_utf8_valid_prefix(s, strlen(s))] = '\0';
}

static void
emit(struct find *f, size_t first, size_t end, enum kind kind,
    const char *value, const char *unit)
{
	struct expr e;
	size_t k;

	memset(&e, 0, sizeof(e));
	e.start = T(f, first)->start;
	e.end = T(f, end - 1)->end;
	e.kind = kind;
	snprintf(e.value, sizeof(e.value), "%s", value);
	snprintf(e.unit, sizeof(e.unit), "%s", unit ? unit : "");
	/* Dates take no qualifier: "cao hơn năm 2021" compares years. */
	if (kind != K_DATE && (k = table_match_before(&f->tk, first,
	    R_QUAL_BEFORE, NULL)) > 0 && first - k >= f->done)
		words(f, first - k, first, e.qualifier, sizeof(e.qualifier));
	/* 230 đảng viên (mới) trở lên: one word may come between. */
	for (size_t gap = 0; kind != K_DATE && gap < 2; gap++) {
		if (gap && (end >= f->tk.count || T(f, end)->type != T_WORD))
			break;
		if ((k = table_match_role(&f->tk, end + gap, R_QUAL_AFTER,
		    NULL)) > 0) {
			words(f, end + gap, end + gap + k, e.qualifier,
			    sizeof(e.qualifier));
			end += gap + k;
			break;
		}
	}
	/* A field cut at its size must not end in half a character. */
	utf8_cut(e.value);
	utf8_cut(e.unit);
	utf8_cut(e.qualifier);
	f->found(f->arg, &e);
	f->done = end;
}

/* ---- dates ---- */

static void
iso_day(const struct find *f, long y, long m, long d, char *out, size_t size)
{
	if (y > 0)
		snprintf(out, size, "%04ld-%02ld-%02ld", y, m, d);
	else if (f->cx->year > 0)
		snprintf(out, size, "%04d-%02ld-%02ld", f->cx->year, m, d);
	else
		snprintf(out, size, "XXXX-%02ld-%02ld", m, d);
}

/* ngày 30 tháng 11 năm 2022, 30 tháng 11 */
static size_t
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
	emit(f, i, j, K_DATE, v, NULL);
	return j;
}

static bool
date_cue_before(const struct find *f, size_t i)
{
	return table_match_before(&f->tk, i, R_DATE_CUE, NULL) > 0;
}

/* The start and the end of a range of days: 15-17/3, 30/11-2/12/2022. */
static size_t
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
	/* d/m: a date after ngày, sáng…, a ratio before a counted noun. */
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

/* 15-17/3: a day, a dash, then a day and month. */
static size_t
day_range(struct find *f, size_t i)
{
	long d, w[3];
	int wl[3];
	char a[32], c[32], b[72];

	if (!int_of(f, i, &d) || !sign_dash(f, i + 1) || !is_num(f, i + 2) ||
	    parts(f, i + 2, '/', w, wl) != 2 || !valid_date(w[0], w[1]) ||
	    !valid_date(d, w[1]) || d >= w[0])
		return 0;
	iso_day(f, 0, w[1], d, a, sizeof(a));
	iso_day(f, 0, w[1], w[0], c, sizeof(c));
	snprintf(b, sizeof(b), "%s..%s", a, c);
	emit(f, i, i + 3, K_DATE, b, NULL);
	return i + 3;
}

/* tháng 11/2022, tháng 11 năm 2022, tháng 11-2022; năm 2023; 2020-2025 */
static size_t
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
	    tok_is(&f->tk, i - 1, "since") || tok_is(&f->tk, i - 1, "until"))) {
		snprintf(a, sizeof(a), "%ld", y);
		emit(f, i, i + 1, K_DATE, a, NULL);
		return i + 1;
	}
	return 0;
}

/* tháng 6, Tháng 10: a month, in the year of publication. */
static size_t
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
static size_t
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
static size_t
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

static int
roman_quarter(const struct token *t)
{
	static const char *const q[] = { "i", "ii", "iii", "iv" };

	for (int k = 0; k < 4; k++)
		if (t->type == T_WORD && strcmp(t->low, q[k]) == 0)
			return k + 1;
	return 0;
}

/* quý I/2023, quý 1 năm 2023, quý III */
static size_t
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
static size_t
half_year_from(struct find *f, size_t i, long n, size_t t)
{
	long y = 0;
	size_t j = t + 3;
	char a[48], ys[16];
	bool first;

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

static size_t
half_year(struct find *f, size_t i)
{
	long n;

	return int_of(f, i, &n) ? half_year_from(f, i, n, i + 1) : 0;
}

static bool
ordinal_suffix(const struct find *f, size_t j)
{
	const struct token *w = j < f->tk.count ? T(f, j) : NULL;

	return w && w->type == T_WORD && !w->space &&
	    (strcmp(w->low, "st") == 0 || strcmp(w->low, "nd") == 0 ||
	    strcmp(w->low, "rd") == 0 || strcmp(w->low, "th") == 0);
}

/* March 7, 2024; March 11th; March 7-9, 2024; March 2024; July 1 — at
 * the month's token. */
static size_t
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
static size_t
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
static size_t
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

/* ---- times ---- */

/* The minutes of "h30" or "h": 30, 0; or -1. */
static long
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
static size_t
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

static size_t
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
				if (tok_is(&f->tk, i - 1, "từ"))
					first = i - 1;
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

/* ---- ordinals ---- */

static size_t
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

/* ---- thứ: a day of the week or an ordinal; other words ---- */

static void
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
static size_t
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
	is_day = day && (i == 0 || capitalised(f, i) || capitalised(f, j) ||
	    table_match_before(&f->tk, i, R_DATE_CUE, NULL) ||
	    tok_is(&f->tk, i - 1, "vào"));
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
static size_t
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

/* khóa XV, Đại hội XIII, thế kỷ XXI: a Roman numeral after its noun. */
static size_t
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

/* ---- measures: number, percent, money, quantity, and their ranges ---- */

struct amount {
	struct dec v;
	size_t end;		/* the token after it */
	bool ok;
};

/* A number token, with the multipliers after it: 2.865 nghìn, 2 tỷ 300
 * triệu. */
static struct amount
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

static bool
integer_context(const struct find *f, size_t i)
{
	return f->bar || table_match_role(&f->tk, i + 1, R_NOUN, NULL) > 0;
}

static const struct entry *
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
static size_t
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
static size_t
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
		snprintf(unit, size, "%s", currency);
	} else if (k == 0) {
		return j;
	} else if ((e = role_of(all, R_PERCENT))) {
		*kind = K_PERCENT;
		snprintf(unit, size, "%s", e->arg);
		return per_unit(f, j + k, unit, size);
	} else if ((e = role_of(all, R_MONEY))) {
		*kind = K_MONEY;
		snprintf(unit, size, "%s", e->arg);
		j += k;
	} else if ((e = role_of(all, R_UNIT)) || (e = role_of(all, R_NOUN))) {
		*kind = K_QUANTITY;
		if (e->arg[0])
			snprintf(unit, size, "%s", e->arg);
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
static const char *
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
static bool
glued_word(const struct find *f, size_t j)
{
	return j < f->tk.count && T(f, j)->type == T_WORD && !T(f, j)->space;
}

/* A word that is a name: capitalised, or with a capital inside (iPhone). */
static bool
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
static bool
designation(const struct find *f, size_t first, size_t end)
{
	static const char *const cues[] = {
		"version", "số", "lớp", "lộ", "đai", "đội", "phòng", "tổ",
	};

	if (first > 0 && is_name(f, T(f, first - 1)))
		return true;
	for (size_t k = 0; first > 0 && k < sizeof(cues) / sizeof(*cues); k++)
		if (tok_is(&f->tk, first - 1, cues[k]))
			return true;
	return end < f->tk.count && is_name(f, T(f, end));
}

/* Between the two ends of a range: 10-11%, từ 650 đến 700, between 4
 * and 6.  "rose from 2% to 3%" is a change, two values, not a range. */
static bool
range_word(const struct find *f, size_t c, size_t first)
{
	if (sign_dash(f, c))
		return true;
	if (tok_is(&f->tk, c, "đến") || tok_is(&f->tk, c, "tới"))
		return first > 0 && tok_is(&f->tk, first - 1, "từ");
	return tok_is(&f->tk, c, "and") && first > 0 &&
	    tok_is(&f->tk, first - 1, "between");
}

static size_t
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

				if (a.end == i + 1 && b.end > second + 1 &&
				    table_match_role(&f->tk, second + 1, R_MULT, &e))
					dec_scale(&a.v, atoi(e.arg));
				kind = kind2;
				memcpy(unit, unit2, sizeof(unit));
			}
			if (kind2 == kind && strcmp(unit, unit2) == 0 &&
			    !glued_word(f, j2)) {
				if (tok_is(&f->tk, first - 1, "từ") ||
				    tok_is(&f->tk, first - 1, "between"))
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
	if (kind == K_NUMBER && !negative && designation(f, first, j)) {
		f->done = j;
		return j;
	}
	if (negative)
		a.v.m = -a.v.m;
	dec_format(a.v, v1, sizeof(v1));
	emit(f, first, j, kind, v1, unit);
	return j;
}

/* A score: thắng 3-0, hòa 1-1, tỷ số 2-1, won 2-1. */
static size_t
score(struct find *f, size_t i)
{
	static const char *const cues[] = {
		"số", "thắng", "hòa", "thua", "bại", "won", "lost", "beat", "drew",
		"defeated", "win", "loss", "draw", "victory",
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
static size_t
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
/*
 * A single number word is read only before what makes it a count: a
 * percent word, a unit, a currency but đồng, or a counted noun but those
 * that too often mean something else after it: chín cây (tree-ripened),
 * hai đồng chí, năm tháng (the years), hai nước.
 */
static bool
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
	if (k == 1)
		for (size_t n = 0; n < sizeof(not_counts) / sizeof(*not_counts); n++)
			if (tok_is(&f->tk, j, not_counts[n]))
				return false;
	for (int r = 0; r < 3; r++)
		if (all[r].role == R_PERCENT || all[r].role == R_UNIT ||
		    all[r].role == R_MONEY || all[r].role == R_NOUN)
			return true;
	return false;
}

static bool
vague_before(const struct find *f, size_t i)
{
	return i > 0 && (tok_is(&f->tk, i - 1, "hàng") || tok_is(&f->tk, i - 1, "vài") ||
	    tok_is(&f->tk, i - 1, "mấy") || tok_is(&f->tk, i - 1, "dăm"));
}

/* năm hai nghìn không trăm lẻ tám: a year in words. */
static size_t
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

/* ba giờ chiều: a time in words. */
static size_t
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

static size_t
number_words(struct find *f, size_t i)
{
	struct amount a = { .ok = true };
	int words;
	size_t n;
	long y;
	bool ok = f->cx->lang == LANG_VI ?
	    vi_number_words(&f->tk, i, &a.v, &a.end, &words) :
	    en_number_words(&f->tk, i, &a.v, &a.end, &words);

	if (!ok || vague_before(f, i))
		return 0;
	if ((n = year_words(f, i, &a)) || (n = time_words(f, i, &a)))
		return n;
	if (dec_int(a.v, &y) && (n = half_year_from(f, i, y, a.end)))
		return n;
	if (words < 2 && a.end == i + 1) {
		const char *w = T(f, i)->low;

		/* một, one: articles; Năm Căn, Ba Tư: names */
		if (strcmp(w, "một") == 0 || strcmp(w, "one") == 0 ||
		    strcmp(w, "không") == 0 || (i > 0 && capitalised(f, i)))
			return 0;
		/* từ hai đến ba ngày: the count is at the end of the range */
		if (!count_noun(f, i, a.end) && !(range_word(f, a.end, i) &&
		    table_has(&f->tk, a.end + 1, R_TRIGGER)))
			return 0;
	}
	return measure(f, i, &a);
}

/* the third, the first: an English ordinal word after "the". */
static size_t
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

/* ---- the sentence ---- */

void
find_all(const struct context *cx, const char *s, size_t n,
    void (*found)(void *, const struct expr *), void *arg)
{
	struct find *f = &F;

	f->cx = cx;
	f->found = found;
	f->arg = arg;
	f->done = 0;
	f->bar = memchr(s, '|', n) != NULL;
	tokenize(&f->tk, s, n);
	f->skip_from = f->skip_to = 0;
	for (size_t i = 0; i < f->tk.count; i++) {
		size_t next = 0;

		if (i < f->done)
			continue;
		if (T(f, i)->type == T_WORD) {
			if (!table_has(&f->tk, i, R_TRIGGER) &&
			    !table_has(&f->tk, i, R_MONTH))
				continue;
			/* quý I/2023, March 7, Jan. 5: a word, a number after */
			if (i + 1 < f->tk.count && (T(f, i + 1)->type != T_SIGN ||
			    tok_sign(&f->tk, i + 1, "."))) {
				if (tok_is(&f->tk, i, "quý"))
					next = quarter(f, i);
				else if (tok_is(&f->tk, i, "từ"))
					next = from_to(f, i);
				else if (tok_is(&f->tk, i, "thứ"))
					next = thu(f, i);
				else if (tok_is(&f->tk, i, "tháng"))
					next = month_words(f, i);
				else if (f->cx->lang == LANG_EN)
					next = english_date(f, i);
				if (!next)
					next = roman(f, i);
			}
			if (!next)
				next = other_weekday(f, i);
			if (!next)
				next = ordinal_word(f, i);
			if (!next)
				next = number_words(f, i);
			if (next)
				i = next - 1;
			continue;
		}
		if (T(f, i)->type != T_NUM || skipped(f, i))
			continue;
		if (!(next = clock_time(f, i)) && !(next = date_words(f, i)) &&
		    !(next = half_year(f, i)) && !(next = month_year(f, i)) &&
		    !(next = month_alone(f, i)) &&
		    !(next = day_month_year(f, i)) && !(next = iso_date(f, i)) &&
		    !(next = day_range(f, i)) &&
		    !(next = date_tokens(f, i)) && !(next = ordinal(f, i)) &&
		    !(next = score(f, i)))
			next = memchr(f->tk.s + T(f, i)->start, '/',
			    T(f, i)->end - T(f, i)->start) ? ratio(f, i) :
			    measure(f, i, NULL);
		if (next)
			i = next - 1;
	}
}
