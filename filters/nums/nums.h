/*
 * nums.h - what the parts of ntx-nums share: exact decimal values, the
 * tokens of a sentence, the word table, and the expressions found.
 */
#ifndef NUMS_H
#define NUMS_H

#include <string.h>

#include "ntx.h"

enum lang { LANG_VI, LANG_EN };	/* as ntx_lang_option() gives them */

/* value.c: an exact decimal, m x 10^exp (no floating point anywhere). */
struct dec {
	__int128 m;
	int exp;
};
enum sep { SEP_VI, SEP_EN };
bool dec_parse(const char *s, size_t n, enum sep sep, bool integer,
    struct dec *d);
bool dec_scale(struct dec *d, int exp);
bool dec_add(struct dec *a, struct dec b);
size_t dec_format(struct dec d, char *out, size_t size);
bool dec_int(struct dec d, long *v);
int dec_cmp(struct dec a, struct dec b);

/* tokens.c: a sentence as words, numbers and signs, with their bytes. */
enum ttype { T_WORD, T_NUM, T_SIGN };
struct token {
	size_t start, end;
	enum ttype type;
	bool space;		/* whitespace before it */
	char low[48];		/* a word in lowercase, when short enough */
	size_t lowlen;
	const struct slot *slot;	/* low in the word table, or NULL */
	unsigned roles;		/* its roles there, as bits 1 << role */
};
struct tokens {
	const char *s;
	size_t n, count, cap;
	struct token *t;
};
void tokenize(struct tokens *tk, const char *s, size_t n);

/*
 * Whether token i is that word, or that sign, in lowercase.  Inline: the
 * rules ask this of the tokens around every number, with literals whose
 * length the compiler knows, so most answers are a length compared.
 */
static inline bool
tok_low_is(const struct token *t, const char *s)
{
	size_t n = strlen(s);

	return t->lowlen == n && memcmp(t->low, s, n) == 0;
}

static inline bool
tok_is(const struct tokens *tk, size_t i, const char *word)
{
	return i < tk->count && tk->t[i].type == T_WORD &&
	    tok_low_is(&tk->t[i], word);
}

static inline bool
tok_sign(const struct tokens *tk, size_t i, const char *sign)
{
	return i < tk->count && tk->t[i].type == T_SIGN &&
	    tok_low_is(&tk->t[i], sign);
}

/* table.c: words and phrases of the data files, in lowercase. */
enum role {
	R_NONE, R_PERCENT, R_MONEY, R_UNIT, R_NOUN, R_MULT, R_QUAL_BEFORE,
	R_QUAL_AFTER, R_MONTH, R_DATE_CUE, R_TRIGGER,
};
struct entry {
	enum role role;
	const char *arg;	/* unit or currency code; exponent; month */
};
void table_load(void);
/* The longest phrase of up to 4 tokens starting at token i with that role
 * (R_NONE: any): its entry, and how many tokens it covers (0 if none). */
size_t table_match_role(const struct tokens *tk, size_t i, enum role role,
    struct entry *e);
/* The longest phrase at i whatever its roles (entries, ROLES_MAX = 3). */
size_t table_match_any(const struct tokens *tk, size_t i, struct entry e[3]);
/*
 * A token's word in the table, found once when a sentence is cut into
 * tokens: its slot and roles.  h is the word_hash of its low, which
 * tokenize makes as it writes the word in lowercase, so that finding it
 * in the table reads it no more.
 */
#define WORD_HASH_START 0xcbf29ce484222325ULL	/* FNV-1a */

static inline uint64_t
word_hash(uint64_t h, char c)
{
	return (h ^ (unsigned char)c) * 0x100000001b3ULL;
}

void table_token(struct token *t, uint64_t h);

/* Whether token i is a word of the table with that role: asked of every
 * word of the text, so read from the bits kept in the token. */
static inline bool
table_has(const struct tokens *tk, size_t i, enum role role)
{
	return i < tk->count && (tk->t[i].roles >> role & 1);
}
/* The same, for a phrase that ends just before token i. */
size_t table_match_before(const struct tokens *tk, size_t i, enum role role,
    struct entry *e);

/* wordnum.c: numbers in words, Roman numerals. */
bool vi_number_words(const struct tokens *tk, size_t i, struct dec *v,
    size_t *end, int *words);
bool en_number_words(const struct tokens *tk, size_t i, struct dec *v,
    size_t *end, int *words);
int en_ordinal_word(const char *w);
int roman_value(const char *s, size_t n);

/* find.c: the expressions of one sentence. */
enum kind { K_NUMBER, K_PERCENT, K_MONEY, K_QUANTITY, K_DATE, K_TIME,
	K_RATIO, K_ORDINAL };
struct expr {
	size_t start, end;	/* bytes of the sentence */
	enum kind kind;
	char value[96], unit[64], qualifier[48];
};
struct context {
	enum lang lang;
	int year;		/* of the document's published date, or 0 */
};
/* Calls found() with each expression, in order. */
void find_all(const struct context *cx, const char *s, size_t n,
    void (*found)(void *, const struct expr *), void *arg);
void find_init(void);
void find_versions(char *out, size_t size);

extern const char *const kind_names[];

#endif
