/*
 * find.h - what the rules of ntx-nums share: the sentence being read,
 * the small readers of its tokens, and each rule, by file:
 *   find.c     the sentence: what is no number, the order of the rules
 *   dates.c    dates, months, quarters, days of the week
 *   times.c    times of day
 *   measure.c  amounts with their units: percent, money, quantity,
 *              ranges, ratios, scores, ordinals in digits
 *   spelled.c  numbers in words and Roman numerals, where safe
 */
#ifndef FIND_H
#define FIND_H

#include "nums.h"

struct find {
	const struct context *cx;
	struct tokens tk;
	size_t skip_from, skip_to;	/* the last chunk matched: bytes */
	size_t done;			/* tokens before this are read */
	bool bar;			/* the sentence has a '|': page chrome */
	void (*found)(void *, const struct expr *);
	void *arg;
};

/* Token i of the sentence. */
static inline const struct token *
T(const struct find *f, size_t i)
{
	return &f->tk.t[i];
}

struct amount {
	struct dec v;
	size_t end;		/* the token after it */
	bool ok;
};

bool skipped(struct find *f, size_t i);
bool is_num(const struct find *f, size_t i);
bool glued(const struct find *f, size_t i);
bool int_of(const struct find *f, size_t i, long *v);
bool capitalised(const struct find *f, size_t i);
bool sign_dash(const struct find *f, size_t i);
int parts(const struct find *f, size_t i, char sep, long v[3], int len[3]);
bool valid_date(long d, long m);
bool is_year(long y, int len);
bool str_add(char *out, size_t size, size_t *o, const char *s, size_t n);
void str_copy(char *out, size_t size, const char *s);
void words(const struct find *f, size_t a, size_t b, char *out, size_t size);
void utf8_cut(char *s);
void emit(struct find *f, size_t first, size_t end, enum kind kind,
    const char *value, const char *unit);
void iso_day(const struct find *f, long y, long m, long d, char *out, size_t size);
size_t date_words(struct find *f, size_t i);
bool date_cue_before(const struct find *f, size_t i);
size_t date_tokens(struct find *f, size_t i);
size_t day_range(struct find *f, size_t i);
size_t month_year(struct find *f, size_t i);
size_t month_alone(struct find *f, size_t i);
size_t month_words(struct find *f, size_t i);
size_t from_to(struct find *f, size_t i);
int roman_quarter(const struct token *t);
size_t quarter(struct find *f, size_t i);
size_t half_year_from(struct find *f, size_t i, long n, size_t t);
size_t half_year(struct find *f, size_t i);
bool ordinal_suffix(const struct find *f, size_t j);
size_t english_date(struct find *f, size_t i);
size_t day_month_year(struct find *f, size_t i);
size_t iso_date(struct find *f, size_t i);
void weekday(struct find *f, size_t first, size_t end, int day);
size_t thu(struct find *f, size_t i);
size_t other_weekday(struct find *f, size_t i);
long hour_suffix(const struct token *w);
size_t part_of_day(const struct find *f, size_t j, long *h);
size_t clock_time(struct find *f, size_t i);
size_t time_words(struct find *f, size_t i, const struct amount *a);
size_t ordinal(struct find *f, size_t i);
struct amount amount(struct find *f, size_t i, bool integer);
bool integer_context(const struct find *f, size_t i);
const struct entry *role_of(const struct entry e[3], enum role role);
size_t per_unit(struct find *f, size_t j, char *unit, size_t size);
size_t measure_unit(struct find *f, size_t j, const char *currency, enum kind *kind,
    char *unit, size_t size);
const char *currency_before(struct find *f, size_t i, size_t *first);
bool glued_word(const struct find *f, size_t j);
bool is_name(const struct find *f, const struct token *w);
bool designation(const struct find *f, size_t first, size_t end);
bool range_word(const struct find *f, size_t c, size_t first);
size_t measure(struct find *f, size_t i, const struct amount *words);
size_t score(struct find *f, size_t i);
size_t ratio(struct find *f, size_t i);
size_t roman(struct find *f, size_t i);
bool count_noun(const struct find *f, size_t i, size_t j);
bool vague_before(const struct find *f, size_t i);
size_t year_words(struct find *f, size_t i, const struct amount *a);
size_t number_words(struct find *f, size_t i);
size_t ordinal_word(struct find *f, size_t i);

#endif
