/*
 * ntx-split - one sentence per line: reads the text stream a paragraph at
 * a time and writes each sentence of it on a line of its own, paragraphs
 * one blank line apart, header lines as they are.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "split.h"

#define DEFAULT_MAX_PARAGRAPH ((size_t)4 << 20)

struct split {
	/* options */
	int lang;			/* -l: LANG_VI, LANG_EN, or -1 for auto */
	size_t max_paragraph;
	struct wordset abbrev[2];	/* by enum lang */
	struct wordset starters[2];
	struct segmenter g;
	/* the document being read */
	bool lang_known;
	struct ntx_lang_guess guess;
	/* the paragraph being read: its lines trimmed, joined by '\n' */
	struct ntx_buf para;
	bool overflow;			/* over the cap: lines copied as they are */
	unsigned long para_line;
	/* the output stream */
	bool text_seen, blank_pending;
	struct ntx_buf line;		/* a sentence as written */
	/* the input being read */
	struct ntx_repair repair;
	int status;
};

static const char synopsis[] =
    "[-bw] [-l vi|en|auto] [-a file] [-m size] [file ...]";

/* Spaces, and the form feed and vertical tab: a line must not start with
 * a form feed that is not a header's. */
static bool
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

/* Starts an output paragraph: one blank line after the one before. */
static void
paragraph_break(struct split *z)
{
	if (z->blank_pending)
		ntx_out_write("\n", 1);
	z->blank_pending = false;
	z->text_seen = true;
}

/* Drops spaces at both ends: blanks, LF, NBSP and NNBSP. */
static void
trim(const char **p, size_t *n)
{
	const unsigned char *s = (const unsigned char *)*p;
	size_t a = 0, b = *n;

	for (;;) {
		if (a < b && (blank(s[a]) || s[a] == '\n'))
			a++;
		else if (b - a >= 2 && s[a] == 0xC2 && s[a + 1] == 0xA0)
			a += 2;
		else if (b - a >= 3 && memcmp(s + a, "\xE2\x80\xAF", 3) == 0)
			a += 3;
		else
			break;
	}
	for (;;) {
		if (b > a && (blank(s[b - 1]) || s[b - 1] == '\n'))
			b--;
		else if (b - a >= 2 && s[b - 2] == 0xC2 && s[b - 1] == 0xA0)
			b -= 2;
		else if (b - a >= 3 && memcmp(s + b - 3, "\xE2\x80\xAF", 3) == 0)
			b -= 3;
		else
			break;
	}
	*p += a;
	*n = b - a;
}

/* A sentence: trimmed, its line breaks become spaces, on a line. */
static void
sentence(void *ctx, const char *p, size_t n)
{
	struct split *z = ctx;
	char *o;

	trim(&p, &n);
	if (n == 0)
		return;
	if (memchr(p, '\n', n) == NULL) {
		ntx_out_write(p, n);
		ntx_out_write("\n", 1);
		return;
	}
	/* The lines of a paragraph are trimmed: a break is one space. */
	z->line.len = 0;
	ntx_buf_reserve(&z->line, n + 1);
	o = z->line.p;
	for (size_t i = 0; i < n; i++)
		*o++ = p[i] == '\n' ? ' ' : p[i];
	*o++ = '\n';
	ntx_out_write(z->line.p, o - z->line.p);
}

static void
decide_lang(struct split *z)
{
	if (z->lang >= 0)
		z->g.lang = z->lang;
	else if (!z->lang_known) {
		ntx_lang_guess_add(&z->guess, z->para.p, z->para.len);
		z->g.lang = ntx_lang_vietnamese(&z->guess) ? LANG_VI : LANG_EN;
		z->lang_known = ntx_lang_guess_settled(&z->guess);
	}
	z->g.abbrev = &z->abbrev[z->g.lang];
	z->g.starters = &z->starters[z->g.lang];
}

static void
end_paragraph(struct split *z)
{
	if (z->para.len > 0) {
		paragraph_break(z);
		decide_lang(z);
		segment(&z->g, z->para.p, z->para.len);
	}
	z->para.len = 0;
	z->blank_pending = z->text_seen;
	z->overflow = false;
}

/*
 * Over the cap: what was read of the paragraph goes out as it came, and
 * so does the rest of it, line by line; the exit status says so.
 */
static void
overflow(struct split *z, const char *label)
{
	ntx_warn_at(label, z->para_line,
	    "paragraph longer than %zu bytes (--max-paragraph); copied unsegmented",
	    z->max_paragraph);
	z->status = NTX_EXIT_FAIL;
	paragraph_break(z);
	if (z->para.len > 0) {
		ntx_out_write(z->para.p, z->para.len);
		ntx_out_write("\n", 1);
	}
	z->para.len = 0;
	z->overflow = true;
}

static void
text_line(struct split *z, const char *label, unsigned long lineno,
    const char *line, size_t n)
{
	trim(&line, &n);
	if (n == 0) {
		end_paragraph(z);
		return;
	}
	if (z->para.len == 0)
		z->para_line = lineno;
	if (!z->overflow && z->para.len + 1 + n > z->max_paragraph)
		overflow(z, label);
	if (z->overflow) {
		ntx_out_write(line, n);
		ntx_out_write("\n", 1);
		return;
	}
	if (z->para.len > 0)
		ntx_buf_addc(&z->para, '\n');
	ntx_buf_add(&z->para, line, n);
}

/* A header line starts a document: its lang key, or a fresh guess. */
static void
header_line(struct split *z, const char *line, size_t n)
{
	struct ntx_buf lang = { 0 };

	end_paragraph(z);
	ntx_out_write(line, n);
	ntx_out_write("\n", 1);
	z->text_seen = z->blank_pending = false;
	memset(&z->guess, 0, sizeof(z->guess));
	z->lang_known = false;
	if (ntx_header_get(line, n, "lang", &lang) && lang.len > 0) {
		z->lang_known = true;
		z->g.lang = ntx_lang_is_vi(lang.p, lang.len) ? LANG_VI : LANG_EN;
	}
	ntx_buf_free(&lang);
}

static int
split_file(struct ntx_reader *r, void *ctx)
{
	struct split *z = ctx;
	const char *line;
	ssize_t n;
	int failed = 0;

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
		if (ntx_is_header(line, n))
			header_line(z, line, n);
		else
			text_line(z, r->label, r->lineno, line, n);
	}
	end_paragraph(z);	/* files are paragraphs apart */
	ntx_repair_report(&z->repair, r->label);
	return failed;
}

static void
load_list(struct wordset *s, const char *text, size_t n, const char *name)
{
	unsigned long bad = wordset_load(s, text, n, AB_GENERAL);

	if (bad)
		ntx_die(NTX_EXIT_FAIL, "%s:%lu: not a list entry", name, bad);
}

/* --abbrev FILE: more entries for both languages. */
static void
load_abbrev_file(struct split *z, const char *path)
{
	struct ntx_reader r;
	struct ntx_buf text = { 0 };
	const char *line;
	ssize_t n;

	if (ntx_reader_open(&r, path) < 0)
		exit(NTX_EXIT_FAIL);
	while ((n = ntx_getline(&r, &line)) >= 0) {
		ntx_buf_add(&text, line, n);
		ntx_buf_addc(&text, '\n');
	}
	if (n != NTX_EOF || ntx_reader_close(&r) < 0)
		exit(NTX_EXIT_FAIL);
	load_list(&z->abbrev[LANG_VI], text.p, text.len, path);
	load_list(&z->abbrev[LANG_EN], text.p, text.len, path);
	ntx_buf_free(&text);
}

/* The built-in lists, and the segmenter writing to standard output. */
static void
setup(struct split *z)
{
	load_list(&z->abbrev[LANG_VI], split_abbrev_vi, strlen(split_abbrev_vi),
	    "abbrev-vi.txt");
	load_list(&z->abbrev[LANG_EN], split_abbrev_en, strlen(split_abbrev_en),
	    "abbrev-en.txt");
	load_list(&z->starters[LANG_VI], split_starters_vi,
	    strlen(split_starters_vi), "starters-vi.txt");
	load_list(&z->starters[LANG_EN], split_starters_en,
	    strlen(split_starters_en), "starters-en.txt");
	z->g.sentence = sentence;
	z->g.ctx = z;
}

static void
teardown(struct split *z)
{
	for (int l = LANG_VI; l <= LANG_EN; l++) {
		wordset_free(&z->abbrev[l]);
		wordset_free(&z->starters[l]);
	}
	ntx_buf_free(&z->para);
	ntx_buf_free(&z->line);
	ntx_buf_free(&z->repair.buf);
}

static const char help[] =
	"Write each sentence of the text stream on a line of its own, for\n"
	"Vietnamese and English news.  Paragraphs stay one blank line apart;\n"
	"header lines (starting with a form feed) pass through.\n\n"
	"  -l, --lang=LANG        vi, en or auto (default): the document's lang\n"
	"                         header, else a guess from the text\n"
	"  -a, --abbrev=FILE      more abbreviations, in the format of the\n"
	"                         built-in lists (see the man page)\n"
	"  -b, --blocks           a line break always ends a sentence\n"
	"  -w, --wrapped          a line break inside a paragraph is a space\n"
	"  -m, --max-paragraph=SIZE  longest paragraph segmented (default 4M);\n"
	"                         a longer one is copied as it is, an error\n"
	"  -h, --help             show this help and exit\n"
	"  -V, --version          show the versions of ntx-split and utf8proc\n\n"
	"With no file, or when file is -, read standard input.\n"
	"Exit status: 0 ok, 1 an input failed, 2 usage error.\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "abbrev", required_argument, NULL, 'a' },
		{ "blocks", no_argument, NULL, 'b' },
		{ "wrapped", no_argument, NULL, 'w' },
		{ "max-paragraph", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static struct split z;
	const char *abbrev_files[64];
	size_t nabbrev = 0;
	char libs[128];
	int c, status;

	ntx_setprog(argv[0]);
	argv[0] = (char *)ntx_prog;	/* getopt's own messages use it */
	ntx_out_init();
	z.lang = -1;
	z.max_paragraph = DEFAULT_MAX_PARAGRAPH;
	while ((c = getopt_long(argc, argv, "+l:a:bwm:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'l':
			z.lang = ntx_lang_option(optarg, synopsis);
			break;
		case 'a':
			if (nabbrev == sizeof(abbrev_files) / sizeof(*abbrev_files)) {
				ntx_warn("too many --abbrev files");
				ntx_usage(synopsis);
			}
			abbrev_files[nabbrev++] = optarg;
			break;
		case 'b':
			z.g.newlines = NL_BLOCKS;
			break;
		case 'w':
			z.g.newlines = NL_WRAPPED;
			break;
		case 'm':
			if (!ntx_parse_size(optarg, &z.max_paragraph) ||
			    z.max_paragraph == 0) {
				ntx_warn("invalid size '%s'", optarg);
				ntx_usage(synopsis);
			}
			break;
		case 'h':
			ntx_help(synopsis, help);
		case 'V':
			ntx_utf8proc_version(libs, sizeof(libs));
			ntx_print_version(libs);
		default:
			ntx_usage(synopsis);
		}
	}
	setup(&z);
	for (size_t i = 0; i < nabbrev; i++)
		load_abbrev_file(&z, abbrev_files[i]);
	status = ntx_each_input(argc - optind, argv + optind, split_file, &z);
	ntx_out_close();
	teardown(&z);
	return status ? status : z.status;
}
