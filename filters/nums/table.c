/*
 * table.c - the words of words.tsv (compiled in as nums_words[]): phrases
 * of up to four tokens, in lowercase, each with one or more roles.
 * Every word of the text is looked up once (tokens.c), phrases only
 * around numbers: a hash table, made for the first.
 */
#include <stdlib.h>
#include <string.h>

#include "nums.h"

extern const char nums_words[];

#define PHRASE_MAX 4	/* tokens */
#define ROLES_MAX 3	/* one phrase, several roles: ngày is a noun and a cue */

struct slot {
	char *phrase;
	size_t len;
	size_t longest;		/* tokens of the longest phrase it starts */
	unsigned starts;	/* the roles of the phrases it starts, as bits */
	unsigned roleset;	/* 1 << role for each of roles */
	struct entry roles[ROLES_MAX];
};
static struct slot *slots;	/* in the order they were made */
static size_t nslots, slots_max;

/*
 * The hash table proper, open addressing: for each slot, the high bits of
 * its hash (above SLOT_BITS) and its number plus one (0: empty).  It stays
 * in the first-level cache, where the slots do not, so a word of the text
 * reads a slot only when the bits of the hash say it may be the one.
 */
#define SLOT_BITS 16
static uint32_t *buckets;
static size_t mask;

static const char *const role_names[] = {
	[R_PERCENT] = "percent", [R_MONEY] = "money", [R_UNIT] = "unit",
	[R_NOUN] = "noun", [R_MULT] = "mult", [R_QUAL_BEFORE] = "qual-before",
	[R_QUAL_AFTER] = "qual-after", [R_MONTH] = "month",
	[R_DATE_CUE] = "date-cue", [R_TRIGGER] = "trigger",
};

static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = WORD_HASH_START;

	for (size_t i = 0; i < n; i++)
		h = word_hash(h, s[i]);
	return h;
}

/* The phrase s[0..n), whose word_hash is fnv. */
static struct slot *
find(const char *s, size_t n, uint64_t fnv, bool create)
{
	uint64_t h = (fnv ^ fnv >> 32) * 0x9E3779B97F4A7C15ULL;
	uint32_t tag = (uint32_t)(h >> 32) & ~(uint32_t)0 << SLOT_BITS;
	struct slot *sl;

	h ^= h >> 29;	/* the high bits mixed down */
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		if (!buckets[i]) {
			if (!create)
				return NULL;
			if (nslots == slots_max)
				ntx_die(NTX_EXIT_FAIL, "words.tsv: too many phrases");
			sl = &slots[nslots++];
			if (!(sl->phrase = strndup(s, n)))
				ntx_die(NTX_EXIT_FAIL, "out of memory");
			sl->len = n;
			buckets[i] = tag | nslots;
			return sl;
		}
		if ((buckets[i] & ~(uint32_t)0 << SLOT_BITS) != tag)
			continue;
		sl = &slots[(buckets[i] & ((1u << SLOT_BITS) - 1)) - 1];
		if (sl->len == n && memcmp(sl->phrase, s, n) == 0)
			return sl;
	}
}

/* The first token of a phrase of several (bảng Anh, us$, °c, km/h)
 * starts one: the lookups of phrases of k tokens are tried only where
 * the first word starts one of k or more, with the role looked for. */
static void
mark_prefix(const char *p, size_t n, enum role role)
{
	static struct tokens tk;
	struct slot *first;

	tokenize(&tk, p, n);
	if (tk.count > 1) {
		first = find(tk.t[0].low, tk.t[0].lowlen,
		    hash(tk.t[0].low, tk.t[0].lowlen), true);
		if (first->longest < tk.count)
			first->longest = tk.count;
		first->starts |= 1u << role;
	}
}

void
table_load(void)
{
	const char *p = nums_words;
	size_t lines = 0;

	for (const char *q = p; *q; q++)
		lines += *q == '\n';
	/* Each line makes a phrase, and may make a slot for its first word. */
	slots_max = 2 * lines;
	if (slots_max >= 1u << SLOT_BITS)
		ntx_die(NTX_EXIT_FAIL, "words.tsv: too many lines");
	for (mask = 1; mask < 2 * slots_max; mask <<= 1)
		;
	mask--;
	if (!(slots = calloc(slots_max, sizeof(*slots))) ||
	    !(buckets = calloc(mask + 1, sizeof(*buckets))))
		ntx_die(NTX_EXIT_FAIL, "out of memory");
	while (*p) {
		const char *nl = strchr(p, '\n'), *tab = memchr(p, '\t', nl - p);
		const char *role = tab ? tab + 1 : nl, *tab2;
		struct slot *s;
		int r, k;

		if (*p == '#' || !tab) {
			p = nl + 1;
			continue;
		}
		tab2 = memchr(role, '\t', nl - role);
		for (r = R_PERCENT; r <= R_TRIGGER; r++)
			if (role_names[r] && strlen(role_names[r]) ==
			    (size_t)((tab2 ? tab2 : nl) - role) &&
			    memcmp(role_names[r], role, (tab2 ? tab2 : nl) - role) == 0)
				break;
		if (r > R_TRIGGER)
			ntx_die(NTX_EXIT_FAIL, "words.tsv: bad role in '%.*s'",
			    (int)(nl - p), p);
		s = find(p, tab - p, hash(p, tab - p), true);
		mark_prefix(p, tab - p, r);
		for (k = 0; k < ROLES_MAX && s->roles[k].role; k++)
			;
		if (k == ROLES_MAX)
			ntx_die(NTX_EXIT_FAIL, "words.tsv: too many roles");
		s->roles[k].role = r;
		s->roleset |= 1u << r;
		s->roles[k].arg = tab2 ? strndup(tab2 + 1, nl - tab2 - 1) : "";
		p = nl + 1;
	}
}

/*
 * The phrase of tokens [i, i + k): lowercase words and signs, with one
 * space where the text has space.  Returns its length, or 0.
 */
static size_t
phrase(const struct tokens *tk, size_t i, size_t k, char *out, size_t size)
{
	size_t o = 0;

	for (size_t j = i; j < i + k; j++) {
		const struct token *t = &tk->t[j];
		size_t len = t->lowlen;

		if (len == 0 || t->type == T_NUM)
			return 0;
		if (j > i && t->space)
			out[o++] = ' ';
		if (o + len + 2 > size)
			return 0;
		memcpy(out + o, t->low, len);
		o += len;
	}
	return o;
}

/* The slot of the phrase of tokens [i, i + k), or NULL: a single word
 * from its token, a longer phrase only when its first word starts one
 * with one of the roles (bits) looked for. */
static const struct slot *
phrase_slot(const struct tokens *tk, size_t i, size_t k, unsigned roles)
{
	char buf[PHRASE_MAX * 48 + 8];
	const struct slot *first;
	size_t n;

	if (i + k > tk->count || !(first = tk->t[i].slot))
		return NULL;
	if (k == 1)
		return first->phrase[0] ? first : NULL;
	if (first->longest < k || !(first->starts & roles) ||
	    !(n = phrase(tk, i, k, buf, sizeof(buf))))
		return NULL;
	return find(buf, n, hash(buf, n), false);
}

/* The most tokens a phrase at token i may cover: 0 when no phrase starts
 * there, as at most tokens, so that no lookup is tried. */
static size_t
longest_at(const struct tokens *tk, size_t i)
{
	const struct slot *first = i < tk->count ? tk->t[i].slot : NULL;

	if (!first)
		return 0;
	if (first->longest > PHRASE_MAX)
		return PHRASE_MAX;
	return first->longest > 1 ? first->longest : 1;
}

/* The longest phrase at token i, whatever its roles: their entries
 * (unused ones R_NONE), and how many tokens it covers. */
size_t
table_match_any(const struct tokens *tk, size_t i, struct entry e[3])
{
	for (size_t k = longest_at(tk, i); k > 0; k--) {
		const struct slot *s = phrase_slot(tk, i, k, ~0u);

		if (s && s->roles[0].role) {
			memcpy(e, s->roles, sizeof(s->roles));
			return k;
		}
	}
	return 0;
}

size_t
table_match_role(const struct tokens *tk, size_t i, enum role role,
    struct entry *e)
{
	for (size_t k = longest_at(tk, i); k > 0; k--) {
		const struct slot *s = phrase_slot(tk, i, k,
		    role == R_NONE ? ~0u : 1u << role);

		for (int r = 0; s && r < ROLES_MAX && s->roles[r].role; r++)
			if (s->roles[r].role == role || role == R_NONE) {
				if (e)
					*e = s->roles[r];
				return k;
			}
	}
	return 0;
}

/* The phrase of exactly tokens [i, i + k), with that role. */
static bool
match_exact(const struct tokens *tk, size_t i, size_t k, enum role role,
    struct entry *e)
{
	const struct slot *s = phrase_slot(tk, i, k, 1u << role);

	for (int r = 0; s && r < ROLES_MAX && s->roles[r].role; r++)
		if (s->roles[r].role == role) {
			if (e)
				*e = s->roles[r];
			return true;
		}
	return false;
}

/* The phrase of k tokens ending just before token i, with that role. */
size_t
table_match_before(const struct tokens *tk, size_t i, enum role role,
    struct entry *e)
{
	for (size_t k = PHRASE_MAX; k > 0; k--)
		if (i >= k && k <= longest_at(tk, i - k) &&
		    match_exact(tk, i - k, k, role, e))
			return k;
	return 0;
}

void
table_token(struct token *t, uint64_t h)
{
	t->slot = t->lowlen ? find(t->low, t->lowlen, h, false) : NULL;
	t->roles = t->slot ? t->slot->roleset : 0;
}
