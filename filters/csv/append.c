/*
 * append.c - adding rows to a CSV file, all or nothing.
 *
 * The file is locked with flock(2) for the whole run, so appenders wait
 * for each other.  Rows go to its end through standard output (dup2), so
 * they take the same checked, buffered path as ever; the old size is
 * remembered, and unless the rows were flushed and fsync'ed, whatever
 * ends the program (an error exit, a failed write, SIGTERM, SIGINT,
 * SIGHUP) cuts the file back to it.  Only SIGKILL or a crash of the
 * machine can leave a partial row behind.
 */
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "writer.h"

/* The longest header line of an existing file that is read. */
#define HEADER_MAX ((size_t)1 << 20)

static const char *path;
static int fd = -1;
static off_t old_size;
static volatile sig_atomic_t committed;

static void
cut_back(void)
{
	if (committed || fd < 0)
		return;
	/* Drop what stdio still holds, or exit would write it after the cut. */
	__fpurge(stdout);
	if (ftruncate(fd, old_size) < 0)
		ntx_warn("%s: cannot restore its old size: %s", path,
		    strerror(errno));
}

static void
on_signal(int sig)
{
	if (!committed)
		(void)ftruncate(fd, old_size);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* The existing header line, field by field, as libcsv parses it. */
struct header {
	struct ntx_buf *fields;
	size_t n, cap;
	bool done;
};

static void
on_field(void *s, size_t len, void *data)
{
	struct header *h = data;

	if (h->done)
		return;
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 16;
		h->fields = realloc(h->fields, h->cap * sizeof(*h->fields));
		if (!h->fields)
			ntx_die(NTX_EXIT_FAIL, "out of memory");
	}
	h->fields[h->n] = (struct ntx_buf){ 0 };
	ntx_buf_add(&h->fields[h->n++], s, len);
}

static void
on_record(int c, void *data)
{
	(void)c;
	((struct header *)data)->done = true;
}

/* Spaces around a field are part of it. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
read_header(struct header *h, unsigned char delim)
{
	struct csv_parser p;
	char chunk[8192];
	size_t off = 0;
	ssize_t got = 0;

	if (csv_init(&p, 0) != 0)
		ntx_die(NTX_EXIT_FAIL, "out of memory");
	csv_set_delim(&p, delim);
	csv_set_space_func(&p, no_space);
	while (!h->done && off < HEADER_MAX &&
	    (got = pread(fd, chunk, sizeof(chunk), off)) > 0) {
		if (csv_parse(&p, chunk, got, on_field, on_record, h) != (size_t)got)
			ntx_die(NTX_EXIT_FAIL, "%s: %s", path,
			    csv_strerror(csv_error(&p)));
		off += got;
	}
	if (got < 0)
		ntx_die(NTX_EXIT_FAIL, "%s: %s", path, strerror(errno));
	if (!h->done)
		ntx_die(NTX_EXIT_FAIL, "%s: no header line in its first %zu bytes",
		    path, HEADER_MAX);
	csv_free(&p);
	/* A byte order mark is not part of the first name. */
	if (h->n && h->fields[0].len >= 3 &&
	    memcmp(h->fields[0].p, "\xEF\xBB\xBF", 3) == 0) {
		h->fields[0].len -= 3;
		memmove(h->fields[0].p, h->fields[0].p + 3, h->fields[0].len);
	}
}

static void
check_header(unsigned char delim, bool crlf, const char *const *cols,
    const size_t *lens, size_t ncols)
{
	struct header h = { 0 };
	bool same;
	char last[2] = { 0 };
	off_t n = old_size < 2 ? old_size : 2;

	if (pread(fd, last + 2 - n, n, old_size - n) != n)
		ntx_die(NTX_EXIT_FAIL, "%s: %s", path, strerror(errno));
	if (last[1] != '\n')
		ntx_die(NTX_EXIT_FAIL, "%s: does not end with a line end; "
		    "not adding to it", path);
	/* One file, one kind of line end. */
	if ((last[0] == '\r') != crlf)
		ntx_die(NTX_EXIT_FAIL, "%s: its lines end with %s; nothing added "
		    "(%s)", path, crlf ? "LF" : "CR LF",
		    crlf ? "leave out --crlf and --excel" : "add --crlf");
	read_header(&h, delim);
	same = h.n == ncols;
	for (size_t i = 0; same && i < ncols; i++)
		same = h.fields[i].len == lens[i] &&
		    (lens[i] == 0 || memcmp(h.fields[i].p, cols[i], lens[i]) == 0);
	for (size_t i = 0; i < h.n; i++)
		ntx_buf_free(&h.fields[i]);
	free(h.fields);
	if (!same)
		ntx_die(NTX_EXIT_FAIL, "%s: its header line names other columns "
		    "than the input's; nothing added", path);
}

void
append_begin(const char *name, unsigned char delim, bool crlf,
    const char *const *cols, const size_t *lens, size_t ncols, bool *fresh)
{
	static const int ends[] = { SIGTERM, SIGINT, SIGHUP };
	struct sigaction sa = { .sa_handler = on_signal };
	struct stat st;
	int r;

	path = name;
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0)
		ntx_die(NTX_EXIT_FAIL, "%s: %s", path, strerror(errno));
	while ((r = flock(fd, LOCK_EX)) < 0 && errno == EINTR)
		;
	if (r < 0 || fstat(fd, &st) < 0)
		ntx_die(NTX_EXIT_FAIL, "%s: %s", path, strerror(errno));
	/* Cutting back needs a file with a size. */
	if (!S_ISREG(st.st_mode))
		ntx_die(NTX_EXIT_FAIL, "%s: not a regular file", path);
	old_size = st.st_size;
	*fresh = old_size == 0;
	if (!*fresh)
		check_header(delim, crlf, cols, lens, ncols);

	atexit(cut_back);
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(ends) / sizeof(*ends); i++) {
		struct sigaction old;

		/* A signal ignored (nohup) stays ignored. */
		if (sigaction(ends[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(ends[i], &sa, NULL);
	}
	if (lseek(fd, 0, SEEK_END) < 0 || dup2(fd, STDOUT_FILENO) < 0)
		ntx_die(NTX_EXIT_FAIL, "%s: %s", path, strerror(errno));
}

void
append_commit(void)
{
	if (fflush(stdout) == EOF)
		ntx_die(NTX_EXIT_FAIL, "%s: %s", path, strerror(errno));
	if (fsync(fd) < 0)
		ntx_die(NTX_EXIT_FAIL, "%s: %s", path, strerror(errno));
	ntx_out_close();
	committed = 1;
	close(fd);
}
