/*
 * repair.c - lines made valid UTF-8 as a filter reads them: each invalid
 * sequence becomes U+FFFD, and one warning per input says how many there
 * were and from which line.
 */
#include "ntx.h"

size_t
ntx_repair_line(struct ntx_repair *rp, unsigned long lineno,
    const char **line, size_t n)
{
	if (ntx_utf8_valid_prefix(*line, n) == n)
		return n;
	if (rp->bad == 0)
		rp->first_line = lineno;
	rp->buf.len = 0;
	rp->bad += ntx_utf8_repair(&rp->buf, *line, n);
	*line = rp->buf.p;
	return rp->buf.len;
}

void
ntx_repair_report(struct ntx_repair *rp, const char *label)
{
	if (rp->bad)
		ntx_warn_at(label, rp->first_line,
		    "invalid UTF-8 replaced with U+FFFD (%lu %s)", rp->bad,
		    rp->bad == 1 ? "sequence" : "sequences");
	rp->bad = 0;
}
