/*
 * ntx-strip - HTML in, the page's text and metadata out, as the text
 * stream of the ntx filters: one header line per page, then its text.
 */
#include <errno.h>
#include <getopt.h>
#include <time.h>
#include <gnu/libc-version.h>
#include <libxml/parser.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "strip.h"

#define CHUNK ((size_t)64 << 10)

struct options {
	const char *charset;	/* --charset, or NULL to detect */
	bool all;		/* --all */
	size_t max_size;	/* --max-size: bytes of one page, main mode */
	double max_time;	/* --max-time: CPU seconds for one page */
};

static const char synopsis[] =
    "[-a] [-c charset] [-m size] [-t seconds] [file ...]";

static int
strip_file(struct ntx_reader *r, void *ctx)
{
	const struct options *opt = ctx;
	static char sniff[CHUNK + 4];
	char label[64];
	size_t n = 0, got, valid = 0;
	struct decoder d;
	struct feed f;
	struct ntx_buf utf8 = { 0 };
	struct page *pg;
	bool eof = false;
	int failed = 0;
	size_t total = 0;
	clock_t start = clock();

	/* The first 64 KiB decide the charset, and the bytes that complete
	   a UTF-8 sequence they cut. */
	while (n < CHUNK && (got = fread(sniff + n, 1, CHUNK - n, r->fp)) > 0)
		n += got;
	eof = n < CHUNK;
	if (ferror(r->fp)) {
		ntx_warn("%s: %s", r->label, strerror(errno));
		return 1;
	}
	for (size_t k = 1; !eof && k <= 3; k++) {
		unsigned char c = sniff[n - k];

		if (c < 0x80 || c >= 0xC0) {
			size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;

			if (want > k)
				n += fread(sniff + n, 1, want - k, r->fp);
			break;
		}
	}
	/* A byte order mark wins even over --charset. */
	got = 0;
	if (n >= 3 && memcmp(sniff, "\xEF\xBB\xBF", 3) == 0)
		got = 3;
	else if (n >= 2 && (memcmp(sniff, "\xFF\xFE", 2) == 0 ||
	    memcmp(sniff, "\xFE\xFF", 2) == 0))
		got = 2;
	if (opt->charset && !got)
		snprintf(label, sizeof(label), "%s", opt->charset);
	else
		charset_sniff(sniff, n, label, sizeof(label), &valid);
	if (decoder_open(&d, label) < 0) {
		ntx_warn_at(r->label, 0, "unknown charset '%s', reading it as windows-1252",
		    label);
		decoder_open(&d, "windows-1252");
	}
	d.checked = valid > got ? valid - got : 0;
	feed_init(&f);
	pg = page_new(strcmp(r->name, "-") ? r->name : NULL, d.name, opt->all,
	    &f);
	for (char *p = sniff + got; ; p = sniff) {	/* the mark is no text */
		const struct ntx_buf *chunk;

		total += n;
		if (!opt->all && total > opt->max_size) {
			ntx_warn_at(r->label, 0, "page larger than %zu bytes (--max-size); left out",
			    opt->max_size);
			failed = 1;
			break;
		}
		if ((double)(clock() - start) / CLOCKS_PER_SEC > opt->max_time) {
			ntx_warn_at(r->label, 0, "page took more than %g s of CPU (--max-time); %s",
			    opt->max_time, opt->all ? "cut short" : "left out");
			failed = 1;
			break;
		}
		utf8.len = 0;
		decoder_run(&d, p, n - (p - sniff), eof, &utf8);
		chunk = feed_next(&f, utf8.p, utf8.len, eof);
		page_parse(pg, chunk->p, chunk->len, eof);
		if (eof)
			break;
		n = fread(sniff, 1, CHUNK, r->fp);
		eof = n == 0 || feof(r->fp) || ferror(r->fp);
		if (n == 0 && ferror(r->fp))
			failed = 1;
	}
	if (ferror(r->fp)) {
		ntx_warn_at(r->label, 0, "read error: %s", strerror(errno));
		failed = 1;
	}
	if (d.bad)
		ntx_warn_at(r->label, 0, "%lu invalid %s sequence%s replaced with U+FFFD",
		    d.bad, d.name, d.bad == 1 ? "" : "s");
	page_free(pg);
	feed_free(&f);
	decoder_close(&d);
	ntx_buf_free(&utf8);
	return failed;
}

static const char help[] =
	"Write the article of each HTML page as the ntx text stream: a header\n"
	"line of metadata (url, title, published, modified, author, lang, site,\n"
	"description, charset, source), then the text, one paragraph per block,\n"
	"paragraphs separated by blank lines.\n\n"
	"  -a, --all             all visible text, not only the article\n"
	"  -c, --charset=NAME    read the pages in this charset, whatever they say\n"
	"  -m, --max-size=SIZE   leave out a page larger than SIZE (default 256M)\n"
	"  -t, --max-time=SECS   stop a page after SECS of CPU time (default 60)\n"
	"  -h, --help            show this help and exit\n"
	"  -V, --version         show the versions of ntx-strip and its libraries\n\n"
	"With no file, or when file is -, read standard input.\n"
	"Exit status: 0 ok, 1 an input failed, 2 usage error.\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "charset", required_argument, NULL, 'c' },
		{ "max-size", required_argument, NULL, 'm' },
		{ "max-time", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct options opt = { NULL, false, (size_t)256 << 20, 60 };
	char *end;
	char libs[256], nf[128];
	int c, status;

	ntx_setprog(argv[0]);
	argv[0] = (char *)ntx_prog;
	ntx_out_init();
	/*
	 * Each page has a parser and buffers of its own, of a few hundred
	 * KiB: glibc would give them back to the system at the end of each
	 * page (and map the largest afresh), and the next page fault them in
	 * again, a sixth of the time on pages of 100 kB.  Kept, they are
	 * reused; the peak stays what one page needs.
	 */
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 32 << 20);
	LIBXML_TEST_VERSION
	while ((c = getopt_long(argc, argv, "+ac:m:t:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'a':
			opt.all = true;
			break;
		case 'c':
			if (!charset_label_ok(optarg)) {
				ntx_warn("invalid charset name '%s'", optarg);
				ntx_usage(synopsis);
			}
			opt.charset = optarg;
			break;
		case 'm':
			if (!ntx_parse_size(optarg, &opt.max_size)) {
				ntx_warn("invalid size '%s'", optarg);
				ntx_usage(synopsis);
			}
			break;
		case 't':
			opt.max_time = strtod(optarg, &end);
			if (end == optarg || *end || opt.max_time <= 0) {
				ntx_warn("invalid time '%s'", optarg);
				ntx_usage(synopsis);
			}
			break;
		case 'h':
			ntx_help(synopsis, help);
		case 'V':
			ntx_utf8proc_version(nf, sizeof(nf));
			snprintf(libs, sizeof(libs), "libxml2 %d.%d.%d\n%s\nglibc iconv %s",
			    atoi(xmlParserVersion) / 10000,
			    atoi(xmlParserVersion) / 100 % 100,
			    atoi(xmlParserVersion) % 100, nf,
			    gnu_get_libc_version());
			ntx_print_version(libs);
		default:
			ntx_usage(synopsis);
		}
	}
	status = ntx_each_input(argc - optind, argv + optind, strip_file, &opt);
	xmlCleanupParser();
	ntx_out_close();
	return status;
}
