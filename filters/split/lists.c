/*
 * lists.c - the built-in word lists, compiled in: abbrev-*.txt and
 * starters-*.txt of this folder become the C strings of lists.inc
 * (filters/lib/gen-cstrings.awk, at build time), parsed when the program
 * starts, as a file given with --abbrev is.
 */
#include "split.h"
#include "lists.inc"
