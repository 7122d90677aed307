/*
 * words.c - the word table of words.tsv, compiled in as nums_words[]
 * (filters/lib/gen-cstrings.awk, at build time) and read by table.c.
 */
#include "nums.h"
#include "words.inc"
