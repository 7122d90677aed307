/*
 * ntx-nums - the facts table: reads the sentence stream (one sentence a
 * line, header lines between documents) and writes TSV, one row per
 * numeric expression, with its sentence and the document's metadata.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nums.h"

/* The metadata columns, after the columns of the expression. */
static const char *const meta_keys[] = {
	"url", "title", "published", "author", "lang", "site", "source",
};
#define NMETA (sizeof(meta_keys) / sizeof(*meta_keys))

struct nums {
	int lang;			/* -l: LANG_VI, LANG_EN, or -1: auto */
	bool header;
	bool inline_mode;		/* -i: the sentences, marked */
	bool colour;			/* on a terminal, NO_COLOR unset */
	/* the document */
	struct ntx_buf meta[NMETA];
	bool lang_known;
	struct ntx_lang_guess guess;
	struct context cx;
	struct ntx_buf meta_tail;	/* the rows' metadata columns, and LF */
	unsigned long sentence_no;
	char no[24];			/* sentence_no as text, and its length */
	size_t nolen;
	/* the sentence being read */
	const char *line;
	size_t len;
	struct ntx_buf row;
	struct ntx_repair repair;
	struct ntx_buf tail;		/* the row's end: sentence, metadata */
	unsigned long long_sentences;	/* shown in part, in this input */
	struct expr *found;		/* -i: the sentence's expressions */
	size_t nfound, foundcap;
};

static const char synopsis[] = "[-Hi] [-l vi|en|auto] [file ...]";

/*
 * A field of the table: TAB and line ends become spaces.  They are rare:
 * in a long field (the sentence) memchr looks for each many bytes at a
 * time; a short one (a value, a unit) is read byte by byte, sooner done
 * than three calls.
 */
static void
field(struct ntx_buf *b, const char *s, size_t n)
{
	char *from, *end;

	if (n == 0)
		return;
	ntx_buf_add(b, s, n);
	end = b->p + b->len;
	from = end - n;
	if (n < 64) {
		for (char *p = from; p < end; p++)
			if (*p == '\t' || *p == '\n' || *p == '\r')
				*p = ' ';
		return;
	}
	for (const char *c = "\t\n\r"; *c; c++)
		for (char *p = from; (p = memchr(p, *c, end - p)); p++)
			*p = ' ';
}

/*
 * Every row carries its sentence, so a "sentence" of a megabyte with a
 * number every few bytes would make the table quadratic in it.  Longer
 * than this, a row carries the part of the sentence around its
 * expression, SENTENCE_MAX / 2 bytes either side, marked with ellipses;
 * no real sentence of news comes near it.
 */
#define SENTENCE_MAX 4096

static void
sentence_part(struct nums *z, const struct expr *e, struct ntx_buf *b)
{
	size_t from = e->start > SENTENCE_MAX / 2 ? e->start - SENTENCE_MAX / 2 : 0;
	size_t to = z->len - e->end > SENTENCE_MAX / 2 ?
	    e->end + SENTENCE_MAX / 2 : z->len;

	/* Whole words where there is a space near, else whole characters. */
	for (size_t k = from; from > 0 && k < from + 64 && k < e->start; k++)
		if (z->line[k] == ' ') {
			from = k + 1;
			break;
		}
	for (size_t k = to; to < z->len && k + 64 > to && k > e->end; k--)
		if (z->line[k] == ' ') {
			to = k;
			break;
		}
	while (from > 0 && ((unsigned char)z->line[from] & 0xC0) == 0x80)
		from++;
	while (to < z->len && ((unsigned char)z->line[to] & 0xC0) == 0x80)
		to--;
	if (from > 0)
		ntx_buf_add(b, "…", strlen("…"));
	field(b, z->line + from, to - from);
	if (to < z->len)
		ntx_buf_add(b, "…", strlen("…"));
}

static void
put_row(void *ctx, const struct expr *e)
{
	struct nums *z = ctx;
	struct ntx_buf *b = &z->row;
	const char *kind = kind_names[e->kind];

	b->len = 0;
	ntx_buf_add(b, z->no, z->nolen);
	ntx_buf_addc(b, '\t');
	field(b, z->line + e->start, e->end - e->start);
	ntx_buf_addc(b, '\t');
	ntx_buf_add(b, kind, strlen(kind));
	ntx_buf_addc(b, '\t');
	field(b, e->value, strlen(e->value));
	ntx_buf_addc(b, '\t');
	field(b, e->unit, strlen(e->unit));
	ntx_buf_addc(b, '\t');
	field(b, e->qualifier, strlen(e->qualifier));
	if (z->len > SENTENCE_MAX) {
		ntx_buf_addc(b, '\t');
		sentence_part(z, e, b);
		ntx_buf_add(b, z->meta_tail.p, z->meta_tail.len);
		ntx_out_write(b->p, b->len);
		return;
	}
	/* The same end for every row of the sentence: built at its first. */
	if (z->tail.len == 0) {
		ntx_buf_addc(&z->tail, '\t');
		field(&z->tail, z->line, z->len);
		ntx_buf_add(&z->tail, z->meta_tail.p, z->meta_tail.len);
	}
	ntx_buf_add(b, z->tail.p, z->tail.len);
	ntx_out_write(b->p, b->len);
}

static void
collect(void *ctx, const struct expr *e)
{
	struct nums *z = ctx;

	if (z->nfound == z->foundcap) {
		z->foundcap = z->foundcap ? 2 * z->foundcap : 16;
		z->found = realloc(z->found, z->foundcap * sizeof(*z->found));
		if (!z->found)
			ntx_die(NTX_EXIT_FAIL, "out of memory");
	}
	z->found[z->nfound++] = *e;
}

/* -i: the sentence with each expression marked, [text]{kind value unit},
 * or in colour on a terminal. */
static void
put_inline(struct nums *z)
{
	static const char *const colours[] = {
		[K_NUMBER] = "1", [K_PERCENT] = "1;35", [K_MONEY] = "1;32",
		[K_QUANTITY] = "1;36", [K_DATE] = "1;34", [K_TIME] = "1;34",
		[K_RATIO] = "1;33", [K_ORDINAL] = "1;33",
	};
	struct ntx_buf *b = &z->row;
	size_t at = 0;

	b->len = 0;
	for (size_t k = 0; k < z->nfound; k++) {
		const struct expr *e = &z->found[k];
		char note[256];
		int len;

		ntx_buf_add(b, z->line + at, e->start - at);
		len = snprintf(note, sizeof(note), "%s %s%s%s%s%s", kind_names[e->kind],
		    e->value, e->unit[0] ? " " : "", e->unit,
		    e->qualifier[0] ? ", " : "", e->qualifier);
		if (z->colour) {
			ntx_buf_add(b, "\033[", 2);
			ntx_buf_add(b, colours[e->kind], strlen(colours[e->kind]));
			ntx_buf_addc(b, 'm');
			ntx_buf_add(b, z->line + e->start, e->end - e->start);
			ntx_buf_add(b, "\033[0;2m{", 7);
			ntx_buf_add(b, note, (size_t)len < sizeof(note) ? (size_t)len : sizeof(note) - 1);
			ntx_buf_add(b, "}\033[0m", 5);
		} else {
			ntx_buf_addc(b, '[');
			ntx_buf_add(b, z->line + e->start, e->end - e->start);
			ntx_buf_add(b, "]{", 2);
			ntx_buf_add(b, note, (size_t)len < sizeof(note) ? (size_t)len : sizeof(note) - 1);
			ntx_buf_addc(b, '}');
		}
		at = e->end;
	}
	ntx_buf_add(b, z->line + at, z->len - at);
	ntx_buf_addc(b, '\n');
	ntx_out_write(b->p, b->len);
}

static void
start_document(struct nums *z, const char *line, size_t n)
{
	const char *pub;

	for (size_t k = 0; k < NMETA; k++)
		if (!ntx_header_get(line, n, meta_keys[k], &z->meta[k]))
			z->meta[k].len = 0;
	/* The same last columns for every row of the document. */
	z->meta_tail.len = 0;
	for (size_t k = 0; k < NMETA; k++) {
		ntx_buf_addc(&z->meta_tail, '\t');
		field(&z->meta_tail, z->meta[k].p, z->meta[k].len);
	}
	ntx_buf_addc(&z->meta_tail, '\n');
	z->sentence_no = 0;
	memset(&z->guess, 0, sizeof(z->guess));
	z->lang_known = z->lang >= 0 || z->meta[4].len > 0;
	z->cx.lang = z->lang >= 0 ? z->lang : z->meta[4].len > 0 &&
	    !ntx_lang_is_vi(z->meta[4].p, z->meta[4].len) ? LANG_EN : LANG_VI;
	/* The year of published, for dates written without one. */
	pub = z->meta[2].p;
	z->cx.year = 0;
	if (z->meta[2].len >= 4 && pub[0] >= '1' && pub[0] <= '2' &&
	    strspn(pub, "0123456789") >= 4)
		z->cx.year = (pub[0] - '0') * 1000 + (pub[1] - '0') * 100 +
		    (pub[2] - '0') * 10 + (pub[3] - '0');
}

static void
sentence(struct nums *z, const char *line, size_t n)
{
	z->sentence_no++;
	z->nolen = (size_t)snprintf(z->no, sizeof(z->no), "%lu", z->sentence_no);
	if (!z->lang_known) {
		ntx_lang_guess_add(&z->guess, line, n);
		z->cx.lang = ntx_lang_vietnamese(&z->guess) ? LANG_VI : LANG_EN;
		z->lang_known = ntx_lang_guess_settled(&z->guess);
	}
	z->line = line;
	z->len = n;
	z->tail.len = 0;
	if (z->inline_mode) {
		z->nfound = 0;
		find_all(&z->cx, line, n, collect, z);
		put_inline(z);
		return;
	}
	if (n > SENTENCE_MAX)
		z->long_sentences++;
	find_all(&z->cx, line, n, put_row, z);
}

static bool
blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return false;
	return true;
}

static int
nums_file(struct ntx_reader *r, void *ctx)
{
	struct nums *z = ctx;
	const char *line;
	ssize_t n;
	int failed = 0;

	z->long_sentences = 0;
	start_document(z, "\f", 1);	/* each file is a document */
	while ((n = ntx_getline(r, &line)) != NTX_EOF) {
		if (n == NTX_ERROR) {
			failed = 1;
			break;
		}
		if (n == NTX_TOO_LONG) {
			failed = 1;
			continue;
		}
		n = ntx_repair_line(&z->repair, r->lineno, &line, n);
		if (ntx_is_header(line, n)) {
			start_document(z, line, n);
			if (z->inline_mode) {
				ntx_out_write(line, n);
				ntx_out_write("\n", 1);
			}
		} else if (!blank(line, n)) {
			sentence(z, line, n);
		} else if (z->inline_mode) {
			ntx_out_write("\n", 1);
		}
	}
	ntx_repair_report(&z->repair, r->label);
	if (z->long_sentences && !z->inline_mode)
		ntx_warn("%s: %lu %s longer than %d bytes, shown in part in the "
		    "sentence column", r->label, z->long_sentences,
		    z->long_sentences == 1 ? "sentence" : "sentences",
		    SENTENCE_MAX);
	return failed;
}

static void
teardown(struct nums *z)
{
	for (size_t k = 0; k < NMETA; k++)
		ntx_buf_free(&z->meta[k]);
	ntx_buf_free(&z->row);
	ntx_buf_free(&z->tail);
	ntx_buf_free(&z->meta_tail);
	ntx_buf_free(&z->repair.buf);
	free(z->found);
}

static const char help[] =
	"Write the facts table of the sentence stream: TSV with a header line,\n"
	"one row per numeric expression (number, percent, money, quantity, date,\n"
	"time, ratio, ordinal), with its normalized value, unit, qualifier, the\n"
	"sentence and the document's metadata.\n\n"
	"  -l, --lang=LANG     vi, en or auto (default): how 1.234 and 1,5 read;\n"
	"                      auto takes the lang header, else guesses\n"
	"  -H, --no-header     no header line (parts of a stream concatenate)\n"
	"  -i, --inline        the sentences instead, each expression marked\n"
	"                      [text]{kind value unit}, in colour on a terminal\n"
	"  -h, --help          show this help and exit\n"
	"  -V, --version       show the versions of ntx-nums, utf8proc and PCRE2\n\n"
	"With no file, or when file is -, read standard input.\n"
	"Exit status: 0 ok, 1 an input failed, 2 usage error.\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "no-header", no_argument, NULL, 'H' },
		{ "inline", no_argument, NULL, 'i' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static struct nums z;
	char libs[128];
	int c, status;

	ntx_setprog(argv[0]);
	argv[0] = (char *)ntx_prog;
	ntx_out_init();
	z.lang = -1;
	z.header = true;
	while ((c = getopt_long(argc, argv, "+l:HihV", longopts, NULL)) != -1) {
		switch (c) {
		case 'l':
			z.lang = ntx_lang_option(optarg, synopsis);
			break;
		case 'H':
			z.header = false;
			break;
		case 'i':
			z.inline_mode = true;
			break;
		case 'h':
			ntx_help(synopsis, help);
		case 'V':
			find_versions(libs, sizeof(libs));
			ntx_print_version(libs);
		default:
			ntx_usage(synopsis);
		}
	}
	find_init();
	z.colour = z.inline_mode && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
	if (z.header && !z.inline_mode) {
		static const char cols[] =
		    "sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence";

		ntx_out_write(cols, sizeof(cols) - 1);
		for (size_t k = 0; k < NMETA; k++) {
			ntx_out_write("\t", 1);
			ntx_out_write(meta_keys[k], strlen(meta_keys[k]));
		}
		ntx_out_write("\n", 1);
	}
	status = ntx_each_input(argc - optind, argv + optind, nums_file, &z);
	ntx_out_close();
	teardown(&z);
	return status;
}
