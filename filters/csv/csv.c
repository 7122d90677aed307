/*
 * ntx-csv - the facts table, or any TSV with a header line, as RFC 4180
 * CSV: the last stage of the ntx pipeline, for spreadsheets.
 *
 * A row at a time: each TSV line is cut at its tabs, and the chosen
 * columns are written as cells (cell.c).  The first input's header line
 * fixes the columns; later inputs must name the same ones.
 */
#include <csv.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "writer.h"

/* Rows are gathered into a buffer of about this size, then written. */
#define ROW_FLUSH ((size_t)64 << 10)

static const char synopsis[] =
	"[-H] [-f columns] [-d char] [--crlf] [--bom] [--guard] [--excel]\n"
	"       [--append csvfile] [file ...]";

static const char help[] =
	"Write tab-separated values with a header line (the facts table of\n"
	"ntx-nums, or any such TSV) as RFC 4180 CSV: cells quoted only when they\n"
	"must be, the escapes \\t \\n \\r \\\\ turned into the real characters.\n\n"
	"  -f, --fields=COLS   only these columns, in this order (a,b,c)\n"
	"  -d, --delimiter=C   separate cells with C (';', or 'tab'), not ','\n"
	"  -H, --no-header     leave out the header line\n"
	"      --crlf          end rows with CR LF\n"
	"      --bom           start with a UTF-8 byte order mark\n"
	"      --guard         a cell that starts like a formula (= + - @) gets a\n"
	"                      leading ' so a spreadsheet shows it as text\n"
	"      --excel         --bom --crlf --guard\n"
	"      --append=FILE   add the rows to the CSV file FILE, under a lock,\n"
	"                      all or nothing; its header line must match\n"
	"  -h, --help          show this help and exit\n"
	"  -V, --version       show the versions of ntx-csv and libcsv\n\n"
	"With no file, or when file is -, read standard input.\n"
	"Exit status: 0 ok, 1 an input or the output failed, 2 usage error.\n";

struct table {
	struct cell_style style;
	const char *eol;
	bool header, bom;
	const char *append;	/* the file of --append, or NULL */
	char **want;		/* the names of -f, or NULL: every column */
	size_t nwant;

	/* Fixed by the first header line. */
	bool started;
	struct ntx_buf first;	/* that line, to compare later ones with */
	size_t ncols;
	size_t *pick, npick;	/* output column k is input field pick[k] */

	const char **f;		/* the fields of the current line */
	size_t *flen;
	struct ntx_buf row;
	struct ntx_repair repair;
};

static void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);

	if (!p)
		ntx_die(NTX_EXIT_FAIL, "out of memory");
	return p;
}

/* Cuts line at its tabs into z->f/z->flen (at most max fields stored);
 * returns the number of fields. */
static size_t
cut(struct table *z, const char *line, size_t n, size_t max)
{
	const char *end = line + n;
	size_t k = 0;

	for (;;) {
		const char *tab = memchr(line, '\t', end - line);
		const char *stop = tab ? tab : end;

		if (k < max) {
			z->f[k] = line;
			z->flen[k] = stop - line;
		}
		k++;
		if (!tab)
			return k;
		line = tab + 1;
	}
}

static size_t
count_fields(const char *line, size_t n)
{
	size_t k = 1;

	for (const char *p = line; (p = memchr(p, '\t', line + n - p)); p++)
		k++;
	return k;
}

static void
flush_rows(struct table *z)
{
	ntx_out_write(z->row.p, z->row.len);
	z->row.len = 0;
}

static void
write_row(struct table *z, const char *const *f, const size_t *len)
{
	for (size_t k = 0; k < z->npick; k++) {
		if (k)
			ntx_buf_addc(&z->row, z->style.delim);
		cell_write(&z->row, &z->style, f[z->pick[k]], len[z->pick[k]]);
	}
	ntx_buf_add(&z->row, z->eol, strlen(z->eol));
	if (z->row.len >= ROW_FLUSH)
		flush_rows(z);
}

/* The columns of -f, as indexes into the header line's fields. */
static void
pick_columns(struct table *z, const char *label)
{
	z->npick = z->want ? z->nwant : z->ncols;
	z->pick = xcalloc(z->npick, sizeof(*z->pick));
	for (size_t k = 0; k < z->npick; k++) {
		size_t i = k;

		if (z->want) {
			size_t w = strlen(z->want[k]);

			for (i = 0; i < z->ncols; i++)
				if (z->flen[i] == w &&
				    memcmp(z->f[i], z->want[k], w) == 0)
					break;
			if (i == z->ncols)
				ntx_die(NTX_EXIT_FAIL, "%s: no column '%s' in "
				    "the header line", label, z->want[k]);
		}
		z->pick[k] = i;
	}
}

/* The first header line: the columns, and the start of the output. */
static void
start(struct table *z, const char *line, size_t n, const char *label)
{
	bool fresh = true;

	z->started = true;
	ntx_buf_add(&z->first, line, n);
	z->ncols = count_fields(line, n);
	z->f = xcalloc(z->ncols, sizeof(*z->f));
	z->flen = xcalloc(z->ncols, sizeof(*z->flen));
	cut(z, line, n, z->ncols);
	pick_columns(z, label);
	if (z->append) {
		/* The names as the CSV cells hold them, once read back. */
		struct ntx_buf *names = xcalloc(z->npick, sizeof(*names));
		const char **cols = xcalloc(z->npick, sizeof(*cols));
		size_t *lens = xcalloc(z->npick, sizeof(*lens));

		for (size_t k = 0; k < z->npick; k++) {
			size_t len = z->flen[z->pick[k]];
			unsigned found;
			const char *t = cell_text(&z->style, z->f[z->pick[k]],
			    &len, &found);

			ntx_buf_add(&names[k], t, len);
			cols[k] = names[k].p;
			lens[k] = len;
		}
		append_begin(z->append, z->style.delim, z->eol[0] == '\r',
		    cols, lens, z->npick, &fresh);
		for (size_t k = 0; k < z->npick; k++)
			ntx_buf_free(&names[k]);
		free(names);
		free(cols);
		free(lens);
	}
	/* The byte order mark goes with the header line, at the start of a
	 * file: output without it continues one. */
	if (z->append ? fresh : z->header) {
		if (z->bom)
			ntx_buf_add(&z->row, "\xEF\xBB\xBF", 3);
		write_row(z, z->f, z->flen);
	}
}

static int
csv_file(struct ntx_reader *r, void *ctx)
{
	struct table *z = ctx;
	const char *line;
	ssize_t n;
	int failed = 0;
	bool first = true;

	while ((n = ntx_getline(r, &line)) != NTX_EOF) {
		if (n == NTX_ERROR) {
			failed = 1;
			break;
		}
		if (n == NTX_TOO_LONG) {
			failed = 1;
			first = false;
			continue;
		}
		n = ntx_repair_line(&z->repair, r->lineno, &line, n);
		if (first) {
			first = false;
			if (!z->started) {
				start(z, line, n, r->label);
				continue;
			}
			if ((size_t)n == z->first.len &&
			    memcmp(line, z->first.p, n) == 0)
				continue;
			ntx_warn_at(r->label, r->lineno, "its columns differ "
			    "from the first input's; left out");
			failed = 1;
			break;
		}
		if (cut(z, line, n, z->ncols) != z->ncols) {
			ntx_warn_at(r->label, r->lineno, "%zu fields, the header "
			    "line has %zu; row left out",
			    count_fields(line, n), z->ncols);
			failed = 1;
			continue;
		}
		write_row(z, z->f, z->flen);
	}
	ntx_repair_report(&z->repair, r->label);
	return failed;
}

static void
teardown(struct table *z)
{
	ntx_buf_free(&z->row);
	ntx_buf_free(&z->repair.buf);
	ntx_buf_free(&z->first);
	free(z->f);
	free(z->flen);
	free(z->pick);
	free(z->want);
}

static unsigned char
delimiter(const char *arg)
{
	unsigned char c = arg[0];

	if (strcmp(arg, "tab") == 0)
		return '\t';
	if (c == 0 || arg[1] != 0 || c >= 0x80 || c == '"' || c == '\r' ||
	    c == '\n') {
		ntx_warn("invalid delimiter '%s': one ASCII character other "
		    "than a double quote or a line end", arg);
		ntx_usage(synopsis);
	}
	return c;
}

/* The names of -f, cut at its commas. */
static void
want_columns(struct table *z, char *arg)
{
	z->nwant = 1;
	for (const char *p = arg; (p = strchr(p, ',')); p++)
		z->nwant++;
	z->want = xcalloc(z->nwant, sizeof(*z->want));
	for (size_t k = 0; k < z->nwant; k++)
		z->want[k] = strsep(&arg, ",");
}

int
main(int argc, char **argv)
{
	enum { OPT_CRLF = 256, OPT_BOM, OPT_GUARD, OPT_EXCEL, OPT_APPEND };
	static const struct option longopts[] = {
		{ "fields", required_argument, NULL, 'f' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "no-header", no_argument, NULL, 'H' },
		{ "crlf", no_argument, NULL, OPT_CRLF },
		{ "bom", no_argument, NULL, OPT_BOM },
		{ "guard", no_argument, NULL, OPT_GUARD },
		{ "excel", no_argument, NULL, OPT_EXCEL },
		{ "append", required_argument, NULL, OPT_APPEND },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static struct table z = {
		.style = { .delim = ',' }, .eol = "\n", .header = true,
	};
	char libs[64];
	int c, status;

	ntx_setprog(argv[0]);
	argv[0] = (char *)ntx_prog;
	ntx_out_init();
	while ((c = getopt_long(argc, argv, "+f:d:HhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			want_columns(&z, optarg);
			break;
		case 'd':
			z.style.delim = delimiter(optarg);
			break;
		case 'H':
			z.header = false;
			break;
		case OPT_CRLF:
			z.eol = "\r\n";
			break;
		case OPT_BOM:
			z.bom = true;
			break;
		case OPT_EXCEL:
			z.eol = "\r\n";
			z.bom = true;
			z.style.guard = true;
			break;
		case OPT_GUARD:
			z.style.guard = true;
			break;
		case OPT_APPEND:
			z.append = optarg;
			break;
		case 'h':
			ntx_help(synopsis, help);
		case 'V':
			snprintf(libs, sizeof(libs), "libcsv %d.%d.%d",
			    CSV_MAJOR, CSV_MINOR, CSV_RELEASE);
			ntx_print_version(libs);
		default:
			ntx_usage(synopsis);
		}
	}
	cell_style_init(&z.style);
	status = ntx_each_input(argc - optind, argv + optind, csv_file, &z);
	flush_rows(&z);
	if (z.append && z.started) {
		if (status != NTX_EXIT_OK) {
			ntx_warn("%s: nothing added, as an input failed", z.append);
			return status;	/* the exit cuts the file back */
		}
		append_commit();
	} else {
		ntx_out_close();
	}
	teardown(&z);
	return status;
}
