/*
 * split.h - what the parts of ntx-split share: the word lists
 * (abbreviations, sentence starters) and the segmenter of one paragraph.
 */
#ifndef SPLIT_H
#define SPLIT_H

#include "ntx.h"

/*
 * How an abbreviation behaves before the next word (the sections of the
 * list files):
 *   TITLE   stands before a name or number (Mr., TS., TP.): never ends a
 *           sentence;
 *   GENERAL may end a sentence (etc., Inc., v.v.), when a new one clearly
 *           starts after it;
 *   NUMBER  is an abbreviation only before a number (No. 5, tr. 12).
 */
enum abbrev_class { AB_NONE, AB_TITLE, AB_GENERAL, AB_NUMBER };

/* wordset.c: a set of short words, each with a class. */
struct wordset {
	struct wordset_slot {
		char *word;
		unsigned char len, class;
	} *slot;
	size_t mask, count;
};
void wordset_add(struct wordset *s, const char *w, size_t n, int class);
int wordset_get(const struct wordset *s, const char *w, size_t n);
void wordset_free(struct wordset *s);

/*
 * Loads a list in the format of abbrev-*.txt: '#' comments, "[title]",
 * "[general]" and "[number]" section lines, one entry per line.  Entries
 * are stored without their final period.  An entry all in lowercase
 * matches any capitalization; one with a capital matches as written or
 * all in capitals.  Returns the line number of the first bad line, or 0.
 */
unsigned long wordset_load(struct wordset *s, const char *text, size_t n,
    int default_class);
/* The class of word w (without its final period), or AB_NONE. */
int wordset_lookup(const struct wordset *s, const char *w, size_t n);

/* The built-in lists, compiled in from the .txt files of this folder. */
extern const char split_abbrev_vi[], split_abbrev_en[], split_starters_vi[],
    split_starters_en[];

/* segment.c */
enum lang { LANG_VI, LANG_EN };	/* as ntx_lang_option() gives them */
enum newlines { NL_AUTO, NL_BLOCKS, NL_WRAPPED };

struct segmenter {
	enum lang lang;
	enum newlines newlines;
	const struct wordset *abbrev;	/* for lang */
	const struct wordset *starters;	/* sentence starters, for lang */
	/* Called with each sentence, in order, untrimmed. */
	void (*sentence)(void *ctx, const char *s, size_t n);
	void *ctx;
};

/*
 * Cuts one paragraph (its lines joined by '\n', each trimmed of spaces at
 * both ends) into sentences.  The pieces passed to sentence() cover the
 * paragraph from start to end, in order.
 */
void segment(const struct segmenter *g, const char *p, size_t n);

#endif
