/*
 * writer.h - the parts of ntx-csv: CSV cells (cell.c) and adding rows to
 * an existing CSV file, all or nothing (append.c).
 */
#ifndef WRITER_H
#define WRITER_H

#include "ntx.h"

struct cell_style {
	unsigned char delim;
	bool guard;		/* formula injection guard */
	unsigned char bytes[256];	/* what each byte calls for */
};

/* cell.c: fills in st->bytes for st->delim. */
void cell_style_init(struct cell_style *st);

/* cell.c: appends the TSV field f (escapes still in it) to out as one
 * CSV cell: unescaped, guarded, quoted only when it must be. */
void cell_write(struct ntx_buf *out, const struct cell_style *st,
    const char *f, size_t n);
/* What the cell holds, before quoting: unescaped, guarded.  The result
 * (its length in *n) lives until the next call; *found has what the
 * quoting needs to know. */
const char *cell_text(const struct cell_style *st, const char *f, size_t *n,
    unsigned *found);

/*
 * append.c: append_begin opens and locks path, checks that its header
 * line names the columns cols[0..ncols) (it has none yet when the file is
 * new or empty: then *fresh is set) and that its lines end as crlf says,
 * and makes standard output write to its end.  Until append_commit has made the rows durable, any exit or a
 * SIGTERM, SIGINT or SIGHUP cuts the file back to its old size.
 */
void append_begin(const char *path, unsigned char delim, bool crlf,
    const char *const *cols, const size_t *lens, size_t ncols, bool *fresh);
void append_commit(void);

#endif
