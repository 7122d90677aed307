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

#include "find.h"

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
	"|24/7\\b"
	"|\\d+\\+\\d+)";	/* Km 195+600: a chainage */

static pcre2_code *skip_re;
static pcre2_match_data *skip_md;

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

/*
 * Whether the chunk at s[from] is one not_numbers cannot match: it starts
 * with 1 to 9 and holds only digits and the signs within and after
 * numbers (12,5%, 30/11/2022), up to a space, a TAB or the end.  Each way
 * of the pattern needs a letter, '@', '-', '+', a bracket or 0 first, or
 * is 24/7; most chunks with a number are such, and need no match tried.
 */
static bool
plain_chunk(const char *s, size_t from, size_t n)
{
	static const char signs[] = ".,:;/%)]!?\"'";

	if (s[from] < '1' || s[from] > '9' ||
	    (n - from >= 4 && memcmp(s + from, "24/7", 4) == 0))
		return false;
	for (size_t k = from; k < n && s[k] != ' ' && s[k] != '\t'; k++)
		if ((s[k] < '0' || s[k] > '9') &&
		    !memchr(signs, s[k], sizeof(signs) - 1))
			return false;
	return true;
}

/* Whether number token i is part of something that is no number. */
bool
skipped(struct find *f, size_t i)
{
	const char *s = f->tk.s;
	size_t b = f->tk.t[i].start, cs = b;

	if (b >= f->skip_from && b < f->skip_to)
		return true;
	while (cs > 0 && s[cs - 1] != ' ' && s[cs - 1] != '\t' &&
	    (unsigned char)s[cs - 1] != 0xA0)
		cs--;
	if (plain_chunk(s, cs, f->tk.n) || pcre2_match(skip_re, (PCRE2_SPTR)s, f->tk.n, cs,
	    PCRE2_NO_UTF_CHECK, skip_md, NULL) < 0)
		return false;
	f->skip_from = cs;
	f->skip_to = pcre2_get_ovector_pointer(skip_md)[1];
	return b < f->skip_to;
}

/* ---- small readers ---- */

bool
is_num(const struct find *f, size_t i)
{
	return i < f->tk.count && T(f, i)->type == T_NUM;
}

bool
glued(const struct find *f, size_t i)
{
	return i < f->tk.count && !T(f, i)->space;
}

/* A token's text as an integer, when it is only digits (up to 9). */
bool
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

bool
capitalised(const struct find *f, size_t i)
{
	int32_t cp;

	if (i >= f->tk.count || T(f, i)->type != T_WORD)
		return false;
	ntx_utf8_decode((const unsigned char *)f->tk.s + T(f, i)->start,
	    T(f, i)->end - T(f, i)->start, &cp);
	return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

bool
sign_dash(const struct find *f, size_t i)
{
	return tok_sign(&f->tk, i, "-") || tok_sign(&f->tk, i, "–") ||
	    tok_sign(&f->tk, i, "—");
}

/* The numbers of a token such as 30/11/2022 or 01.12.2022, split at
 * sep; returns how many (up to 3), with their digit counts. */
int
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

bool
valid_date(long d, long m)
{
	return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

bool
is_year(long y, int len)
{
	return len == 4 && y >= 1000 && y <= 2999;
}

/* ---- writing an expression ---- */

/*
 * s appended to out[0..*o), cut as snprintf cuts (out holds size bytes
 * with its NUL); returns false when it did not all fit.  Most fields are
 * copies of a word or a table's argument, made for every expression.
 */
bool
str_add(char *out, size_t size, size_t *o, const char *s, size_t n)
{
	size_t room = size - 1 - *o;
	bool fits = n <= room;

	if (!fits)
		n = room;
	memcpy(out + *o, s, n);
	*o += n;
	out[*o] = '\0';
	return fits;
}

/* s into out, as snprintf(out, size, "%s", s) would write it. */
void
str_copy(char *out, size_t size, const char *s)
{
	size_t o = 0;

	str_add(out, size, &o, s, strlen(s));
}

/* The words of tokens [a, b), lowercase, one space apart. */
void
words(const struct find *f, size_t a, size_t b, char *out, size_t size)
{
	size_t o = 0;

	out[0] = '\0';
	for (size_t m = a; m < b; m++)
		if ((m > a && T(f, m)->space && !str_add(out, size, &o, " ", 1)) ||
		    !str_add(out, size, &o, T(f, m)->low, strlen(T(f, m)->low)))
			break;
}

void
utf8_cut(char *s)
{
	s[ntx_utf8_valid_prefix(s, strlen(s))] = '\0';
}

void
emit(struct find *f, size_t first, size_t end, enum kind kind,
    const char *value, const char *unit)
{
	struct expr e;
	size_t k;

	memset(&e, 0, sizeof(e));
	e.start = T(f, first)->start;
	e.end = T(f, end - 1)->end;
	e.kind = kind;
	str_copy(e.value, sizeof(e.value), value);
	str_copy(e.unit, sizeof(e.unit), unit ? unit : "");
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
