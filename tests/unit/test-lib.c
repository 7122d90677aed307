/*
 * test-lib.c - unit tests of the filters' shared library.  Prints one
 * line per failure and ends with "unit: N passed, M failed".
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ntx.h"

static int passed, failed;
static char tmpdir[] = "/tmp/ntx-unit-XXXXXX";

#define CHECK(cond) check((cond), #cond, __LINE__)

static void
check(bool ok, const char *what, int line)
{
	if (ok) {
		passed++;
	} else {
		failed++;
		printf("FAIL test-lib.c:%d: %s\n", line, what);
	}
}

static bool
same(const struct ntx_buf *b, const char *s, size_t n)
{
	return b->len == n && memcmp(b->p, s, n) == 0;
}

static char *
path(const char *name)
{
	static char p[256];

	snprintf(p, sizeof(p), "%s/%s", tmpdir, name);
	return p;
}

static char *
write_file(const char *name, const char *s, size_t n)
{
	char *p = path(name);
	FILE *fp = fopen(p, "wb");

	if (!fp || fwrite(s, 1, n, fp) != n || fclose(fp) != 0)
		abort();
	return p;
}

/* Runs fn in a child with stderr in a file; returns its exit status. */
static int
in_child(void (*fn)(void), char *err, size_t size)
{
	int status, fd;
	ssize_t n;
	pid_t pid;

	fflush(stdout);
	if ((pid = fork()) == 0) {
		fd = open(path("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 2);
		fn();
		exit(0);
	}
	waitpid(pid, &status, 0);
	fd = open(path("stderr"), O_RDONLY);
	n = read(fd, err, size - 1);
	err[n > 0 ? n : 0] = '\0';
	close(fd);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void
test_decode(void)
{
	static const struct {
		const char *s;
		size_t n, len;
		int32_t cp;
	} t[] = {
		{ "A", 1, 1, 'A' },
		{ "\0", 1, 1, 0 },
		{ "\xC3\xA9", 2, 2, 0xE9 },
		{ "\xE1\xBB\x87", 3, 3, 0x1EC7 },	/* ệ */
		{ "\xF0\x9F\x98\x80", 4, 4, 0x1F600 },
		{ "\xF4\x8F\xBF\xBF", 4, 4, 0x10FFFF },
		{ "\xEF\xBF\xBD", 3, 3, 0xFFFD },
		{ "\x80", 1, 1, -1 },			/* lone continuation */
		{ "\xFF", 1, 1, -1 },
		{ "\xC0\xAF", 2, 1, -1 },		/* overlong: C0 never starts */
		{ "\xC1\xBF", 2, 1, -1 },
		{ "\xE0\x80\x80", 3, 1, -1 },		/* overlong 3-byte */
		{ "\xE0\x9F\xBF", 3, 1, -1 },
		{ "\xED\xA0\x80", 3, 1, -1 },		/* surrogate */
		{ "\xED\x9F\xBF", 3, 3, 0xD7FF },
		{ "\xF0\x8F\xBF\xBF", 4, 1, -1 },	/* overlong 4-byte */
		{ "\xF4\x90\x80\x80", 4, 1, -1 },	/* above U+10FFFF */
		{ "\xF5\x80\x80\x80", 4, 1, -1 },
		{ "\xE1\xBB", 2, 2, -1 },		/* truncated at the end */
		{ "\xE1\xBBx", 3, 2, -1 },		/* truncated before ASCII */
		{ "\xF0\x9F\x98", 3, 3, -1 },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(*t); i++) {
		int32_t cp;
		size_t len = ntx_utf8_decode((const unsigned char *)t[i].s,
		    t[i].n, &cp);

		if (len != t[i].len || cp != t[i].cp)
			printf("  decode case %zu: len %zu cp %d\n", i, len, cp);
		CHECK(len == t[i].len && cp == t[i].cp);
	}
}

static void
test_encode(void)
{
	static const int32_t cps[] = { 0, 0x7F, 0x80, 0x7FF, 0x800, 0x1EC7,
		0xFFFF, 0x10000, 0x10FFFF };

	for (size_t i = 0; i < sizeof(cps) / sizeof(*cps); i++) {
		char buf[4];
		int32_t back;
		size_t n = ntx_utf8_encode(cps[i], buf);

		CHECK(ntx_utf8_decode((unsigned char *)buf, n, &back) == n &&
		    back == cps[i]);
	}
}

static void
test_repair(void)
{
	static const struct {
		const char *in;
		size_t n;
		const char *out;
		size_t bad;
	} t[] = {
		{ "plain", 5, "plain", 0 },
		{ "a\xFF" "b", 3, "a\xEF\xBF\xBD" "b", 1 },
		{ "\xE1\xBB", 2, "\xEF\xBF\xBD", 1 },
		{ "\xC0\xAF", 2, "\xEF\xBF\xBD\xEF\xBF\xBD", 2 },
		{ "\xED\xA0\x80", 3, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3 },
		{ "\xF4\x90\x80\x80", 4, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
		    "\xEF\xBF\xBD", 4 },
		{ "x\0y", 3, "x\0y", 0 },
		{ "Vi\xE1\xBB\x87t\x80", 7, "Vi\xE1\xBB\x87t\xEF\xBF\xBD", 1 },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(*t); i++) {
		struct ntx_buf b = { 0 };
		size_t bad = ntx_utf8_repair(&b, t[i].in, t[i].n);

		CHECK(bad == t[i].bad && same(&b, t[i].out, strlen(t[i].out) +
		    (t[i].n == 3 && t[i].in[1] == '\0' ? 2 : 0)));
		ntx_buf_free(&b);
	}
}

static void
test_valid_prefix(void)
{
	char s[64];

	memset(s, 'a', sizeof(s));
	CHECK(ntx_utf8_valid_prefix(s, sizeof(s)) == sizeof(s));
	s[37] = '\xC3';
	CHECK(ntx_utf8_valid_prefix(s, sizeof(s)) == 37);
	s[38] = '\xA9';
	CHECK(ntx_utf8_valid_prefix(s, sizeof(s)) == sizeof(s));
	CHECK(ntx_utf8_valid_prefix(s, 38) == 37);
	CHECK(ntx_utf8_valid_prefix("", 0) == 0);
}

/* What ntx_utf8_decode, the reference of table 3-7, accepts. */
static size_t
decoded_prefix(const unsigned char *s, size_t n)
{
	size_t i = 0;
	int32_t cp;

	while (i < n) {
		size_t len = ntx_utf8_decode(s + i, n - i, &cp);

		if (cp < 0)
			break;
		i += len;
	}
	return i;
}

/*
 * The validator against the decoder: every sequence of one to three bytes,
 * and every four-byte sequence of the leads F0..FF with each second byte
 * and the edges of the continuation range, each at both ends of an
 * ASCII run and cut short at every length.
 */
static void
test_valid_prefix_exhaustive(void)
{
	static const unsigned char edge[] = { 0x00, 0x7F, 0x80, 0x8F, 0x90,
	    0x9F, 0xA0, 0xBF, 0xC0, 0xFF };
	unsigned char s[16];
	unsigned long wrong = 0, tried = 0;
	unsigned a, b, c, d;
	size_t len, at, cut;

	for (a = 0; a < 256; a++)
		for (b = 0; b < 256; b++)
			for (c = 0; c < 256; c++) {
				s[0] = a, s[1] = b, s[2] = c;
				for (cut = 1; cut <= 3; cut++) {
					tried++;
					wrong += ntx_utf8_valid_prefix((char *)s, cut) !=
					    decoded_prefix(s, cut);
				}
			}
	for (a = 0xF0; a < 256; a++)
		for (b = 0; b < 256; b++)
			for (c = 0; c < sizeof(edge); c++)
				for (d = 0; d < sizeof(edge); d++)
					for (at = 0; at <= 9; at += 9) {
						memset(s, 'a', sizeof(s));
						s[at] = a, s[at + 1] = b;
						s[at + 2] = edge[c], s[at + 3] = edge[d];
						for (len = at + 1; len <= at + 6 && len <= sizeof(s); len++) {
							tried++;
							wrong += ntx_utf8_valid_prefix((char *)s, len) !=
							    decoded_prefix(s, len);
						}
					}
	CHECK(tried > 50000000 && wrong == 0);
}

static void
test_header(void)
{
	const char line[] = "\furl=http://x.vn/a?b=c\ttitle=A\\tB\\\\C\\nD"
	    "\t\tempty=\tnoeq";
	const char *p = line + 1, *end = line + sizeof(line) - 1;
	struct ntx_buf v = { 0 }, h = { 0 };
	struct ntx_field f;
	int n = 0;

	CHECK(ntx_is_header(line, sizeof(line) - 1));
	CHECK(!ntx_is_header("url=x", 5));
	CHECK(!ntx_is_header("", 0));
	while (ntx_header_next(&p, end, &f)) {
		n++;
		if (n == 1)
			CHECK(f.klen == 3 && memcmp(f.key, "url", 3) == 0 &&
			    f.vlen == 17 && memcmp(f.val, "http://x.vn/a?b=c", 17) == 0);
		if (n == 3)
			CHECK(f.klen == 5 && f.vlen == 0);
		if (n == 4)
			CHECK(f.klen == 4 && f.vlen == 0);
	}
	CHECK(n == 4);
	CHECK(ntx_header_get(line, sizeof(line) - 1, "title", &v) &&
	    same(&v, "A\tB\\C\nD", 7));
	CHECK(ntx_header_get(line, sizeof(line) - 1, "empty", &v) && v.len == 0);
	CHECK(!ntx_header_get(line, sizeof(line) - 1, "ur", &v));
	CHECK(!ntx_header_get(line, sizeof(line) - 1, "author", &v));

	/* Escaping and unescaping give back every byte. */
	v.len = 0;
	ntx_header_escape(&v, "a\tb\nc\\d\\t", 9);
	CHECK(same(&v, "a\\tb\\nc\\\\d\\\\t", 13));
	h.len = 0;
	ntx_header_unescape(&h, v.p, v.len);
	CHECK(same(&h, "a\tb\nc\\d\\t", 9));
	h.len = 0;
	ntx_header_unescape(&h, "x\\qy\\", 5);	/* unknown, dangling */
	CHECK(same(&h, "x\\qy\\", 5));

	h.len = 0;
	ntx_header_add(&h, "source", "a.html", 6);
	ntx_header_add(&h, "title", "T\tU", 3);
	CHECK(same(&h, "\fsource=a.html\ttitle=T\\tU", 25));
	CHECK(ntx_header_get(h.p, h.len, "title", &v) && same(&v, "T\tU", 3));
	ntx_buf_free(&v);
	ntx_buf_free(&h);
}

/* Reads every line of a file into one buffer, each followed by '|'. */
static int
read_all(const char *file, struct ntx_buf *all, int *too_long)
{
	struct ntx_reader r;
	const char *line;
	ssize_t n;

	all->len = 0;
	if (ntx_reader_open(&r, file) < 0)
		return -1;
	while ((n = ntx_getline(&r, &line)) != NTX_EOF) {
		if (n == NTX_TOO_LONG) {
			(*too_long)++;
			ntx_buf_add(all, "<long>|", 7);
			continue;
		}
		if (n < 0)
			break;
		ntx_buf_add(all, line, n);
		ntx_buf_addc(all, '|');
	}
	ntx_reader_close(&r);
	return (int)r.lineno;
}

static void
test_reader(void)
{
	struct ntx_buf all = { 0 };
	int too_long = 0, fd, saved;
	char *big, err[512];
	size_t bign = (128 << 10) - 1;
	ssize_t n;

	CHECK(read_all(write_file("a", "a\nb\r\nc\rd", 8), &all, &too_long) == 4 &&
	    same(&all, "a|b|c|d|", 8));
	CHECK(read_all(write_file("b", "\xEF\xBB\xBFx\n\xEF\xBB\xBF", 8), &all,
	    &too_long) == 2 && same(&all, "x|\xEF\xBB\xBF|", 6));
	CHECK(read_all(write_file("c", "a\0b\n\0\n", 6), &all, &too_long) == 2 &&
	    same(&all, "a\0b|\0|", 6));
	CHECK(read_all(write_file("d", "", 0), &all, &too_long) == 0 &&
	    all.len == 0);
	CHECK(read_all(write_file("e", "\n\n\r\r\n", 5), &all, &too_long) == 4 &&
	    same(&all, "||||", 4));
	CHECK(read_all(write_file("f", "x\r", 2), &all, &too_long) == 1 &&
	    same(&all, "x|", 2));
	CHECK(read_all(write_file("g", "\xEF\xBB", 2), &all, &too_long) == 1 &&
	    same(&all, "\xEF\xBB|", 3));

	/* A CRLF split by the end of the first read is still one line end. */
	big = malloc(bign + 3);
	memset(big, 'a', bign);
	memcpy(big + bign, "\r\nb", 3);
	CHECK(read_all(write_file("h", big, bign + 3), &all, &too_long) == 2 &&
	    all.len == bign + 3 && memcmp(all.p + bign, "|b|", 3) == 0);
	free(big);

	/* A line past the cap is skipped whole and reported; reading goes on. */
	big = malloc(NTX_LINE_MAX + 16);
	memcpy(big, "first\n", 6);
	memset(big + 6, 'x', NTX_LINE_MAX + 1);
	memcpy(big + 6 + NTX_LINE_MAX + 1, "\r\nlast\n", 7);
	too_long = 0;
	saved = dup(2);
	fd = open(path("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0600);
	dup2(fd, 2);
	ntx_setprog("ntx-test");
	CHECK(read_all(write_file("i", big, NTX_LINE_MAX + 14), &all,
	    &too_long) == 3 && too_long == 1 &&
	    same(&all, "first|<long>|last|", 18));
	dup2(saved, 2);
	close(saved);
	close(fd);
	fd = open(path("stderr"), O_RDONLY);
	n = read(fd, err, sizeof(err) - 1);
	err[n > 0 ? n : 0] = '\0';
	close(fd);
	CHECK(strstr(err, "i:2: line longer than 64 MiB\n") != NULL);
	/* Exactly at the cap is fine. */
	memset(big, 'y', NTX_LINE_MAX);
	big[NTX_LINE_MAX] = '\n';
	too_long = 0;
	CHECK(read_all(write_file("i", big, NTX_LINE_MAX + 1), &all,
	    &too_long) == 1 && too_long == 0 && all.len == NTX_LINE_MAX + 1);
	free(big);
	unlink(path("i"));
	ntx_buf_free(&all);
}

static void
warn_missing(void)
{
	struct ntx_reader r;

	ntx_setprog("/usr/bin/ntx-test");
	exit(ntx_reader_open(&r, path("missing")) == -1 ? 3 : 0);
}

static void
warn_line(void)
{
	ntx_setprog("ntx-test");
	ntx_warn_at("a.txt", 1042, "invalid %s", "UTF-8");
	ntx_warn_at("b.txt", 0, "no line");
	ntx_warn("plain");
}

static void
die_status(void)
{
	ntx_die(NTX_EXIT_FAIL, "gone");
}

static void
usage_status(void)
{
	ntx_setprog("ntx-test");
	ntx_usage("[-x] [file ...]");
}

static void
write_full(void)
{
	ntx_setprog("ntx-test");
	if (!freopen("/dev/full", "w", stdout))
		exit(9);
	ntx_out_init();
	ntx_out_write("x\n", 2);
	ntx_out_close();
	exit(0);
}

static void
write_full_big(void)
{
	static char block[1 << 16];

	ntx_setprog("ntx-test");
	if (!freopen("/dev/full", "w", stdout))
		exit(9);
	ntx_out_init();
	for (int i = 0; i < 64; i++)
		ntx_out_write(block, sizeof(block));
	exit(0);	/* not reached: the writes fail first */
}

static void
test_messages(void)
{
	char err[1024], expect[1024];

	CHECK(in_child(warn_missing, err, sizeof(err)) == 3);
	snprintf(expect, sizeof(expect),
	    "ntx-test: cannot open '%s': No such file or directory\n",
	    path("missing"));
	CHECK(strcmp(err, expect) == 0);
	CHECK(in_child(warn_line, err, sizeof(err)) == 0);
	CHECK(strcmp(err, "ntx-test: a.txt:1042: invalid UTF-8\n"
	    "ntx-test: b.txt: no line\nntx-test: plain\n") == 0);
	CHECK(in_child(die_status, err, sizeof(err)) == 1);
	CHECK(in_child(usage_status, err, sizeof(err)) == 2);
	CHECK(strncmp(err, "usage: ntx-test [-x] [file ...]\n", 32) == 0);
	CHECK(in_child(write_full, err, sizeof(err)) == 1);
	CHECK(strcmp(err, "ntx-test: write error: No space left on device\n") == 0);
	CHECK(in_child(write_full_big, err, sizeof(err)) == 1);
	CHECK(strcmp(err, "ntx-test: write error: No space left on device\n") == 0);
}

struct seen {
	struct ntx_buf names;
};

static int
note_name(struct ntx_reader *r, void *ctx)
{
	struct seen *s = ctx;
	const char *line;
	ssize_t n = ntx_getline(r, &line);

	if (n > 0)
		ntx_buf_add(&s->names, line, n);
	return n > 0 && line[0] == '!';	/* a file whose content starts with ! fails */
}

static void
test_each_input(void)
{
	struct seen s = { { 0 } };
	char *argv[4];
	char a[256], b[256], c[256];
	int fd = dup(2), null = open("/dev/null", O_WRONLY);

	snprintf(a, sizeof(a), "%s", write_file("one", "1\n", 2));
	snprintf(b, sizeof(b), "%s", path("none"));
	snprintf(c, sizeof(c), "%s", write_file("two", "2\n", 2));
	argv[0] = a, argv[1] = b, argv[2] = c;
	dup2(null, 2);	/* the warning about "none" */
	CHECK(ntx_each_input(3, argv, note_name, &s) == NTX_EXIT_FAIL);
	dup2(fd, 2);
	CHECK(same(&s.names, "12", 2));
	s.names.len = 0;
	argv[1] = c;
	CHECK(ntx_each_input(2, argv, note_name, &s) == NTX_EXIT_OK);
	CHECK(same(&s.names, "12", 2));
	argv[0] = write_file("bad", "!\n", 2);
	CHECK(ntx_each_input(1, argv, note_name, &s) == NTX_EXIT_FAIL);
	close(fd);
	close(null);
	ntx_buf_free(&s.names);
}

static void
test_nf(void)
{
	struct ntx_nf nfc, nfkc;
	struct ntx_buf b = { 0 };
	char marks[2 + 31 * 2];

	ntx_nf_init(&nfc, false);
	ntx_nf_init(&nfkc, true);
	CHECK(ntx_nf_stable(&nfc, 'a') && ntx_nf_stable(&nfc, 0x1EC7));
	CHECK(!ntx_nf_stable(&nfc, 0x301) && !ntx_nf_stable(&nfc, 0x1161));
	CHECK(ntx_nf_stable(&nfc, 0xFB01) && !ntx_nf_stable(&nfkc, 0xFB01));
	ntx_nf_normalize(&nfc, "Vie\xCC\xA3\xCC\x82t", 8, &b);
	CHECK(same(&b, "Vi\xE1\xBB\x87t", 6));
	b.len = 0;
	ntx_nf_normalize(&nfc, "\xEF\xAC\x81", 3, &b);	/* fi ligature */
	CHECK(same(&b, "\xEF\xAC\x81", 3));
	b.len = 0;
	ntx_nf_normalize(&nfkc, "\xEF\xAC\x81", 3, &b);
	CHECK(same(&b, "fi", 2));
	/* 31 marks: a joiner before the last, then the rest as it was. */
	marks[0] = 'a';
	for (int i = 0; i < 31; i++)
		memcpy(marks + 1 + 2 * i, "\xCC\x81", 2);
	b.len = 0;
	ntx_nf_normalize(&nfc, marks, 63, &b);
	CHECK(b.len == 2 + 29 * 2 + 2 + 2 && memcmp(b.p, "\xC3\xA1", 2) == 0 &&
	    memcmp(b.p + 60, "\xCD\x8F\xCC\x81", 4) == 0);
	ntx_nf_free(&nfc);
	ntx_nf_free(&nfkc);
	ntx_buf_free(&b);
}

static void
test_buf(void)
{
	struct ntx_buf b = { 0 };

	for (int i = 0; i < 100000; i++)
		ntx_buf_addc(&b, (char)i);
	CHECK(b.len == 100000 && b.cap >= b.len && b.p[99999] == (char)99999);
	ntx_buf_add(&b, "", 0);
	CHECK(b.len == 100000);
	ntx_buf_free(&b);
	CHECK(b.p == NULL && b.len == 0 && b.cap == 0);
}

int
main(void)
{
	if (!mkdtemp(tmpdir))
		return 2;
	test_decode();
	test_encode();
	test_repair();
	test_valid_prefix();
	test_valid_prefix_exhaustive();
	test_header();
	test_reader();
	test_messages();
	test_each_input();
	test_nf();
	test_buf();
	for (const char *f = "a\0b\0c\0d\0e\0f\0g\0h\0one\0two\0bad\0stderr\0";
	    *f; f += strlen(f) + 1)
		unlink(path(f));
	rmdir(tmpdir);
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
