/* header.c - document header lines: "\f" then TAB-separated key=value pairs. */
#include <string.h>

#include "ntx.h"

/*
 * Steps *pos (inside a header line, after its form feed) to the next field.
 * A field without '=' has an empty value; empty fields are skipped.
 */
bool
ntx_header_next(const char **pos, const char *end, struct ntx_field *f)
{
	const char *p = *pos, *tab, *eq;

	while (p < end && *p == '\t')
		p++;
	if (p >= end)
		return false;
	tab = memchr(p, '\t', end - p);
	if (!tab)
		tab = end;
	eq = memchr(p, '=', tab - p);
	f->key = p;
	f->klen = (eq ? eq : tab) - p;
	f->val = eq ? eq + 1 : tab;
	f->vlen = tab - f->val;
	*pos = tab;
	return true;
}

bool
ntx_header_get(const char *line, size_t len, const char *key,
    struct ntx_buf *val)
{
	const char *p = line + 1, *end = line + len;
	size_t klen = strlen(key);
	struct ntx_field f;

	if (!ntx_is_header(line, len))
		return false;
	while (ntx_header_next(&p, end, &f))
		if (f.klen == klen && memcmp(f.key, key, klen) == 0) {
			val->len = 0;
			ntx_header_unescape(val, f.val, f.vlen);
			return true;
		}
	return false;
}

void
ntx_header_unescape(struct ntx_buf *out, const char *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = v[i];

		if (c == '\\' && i + 1 < n) {
			switch (v[i + 1]) {
			case 't': c = '\t'; i++; break;
			case 'n': c = '\n'; i++; break;
			case '\\': i++; break;
			default: break;	/* an unknown escape stays as written */
			}
		}
		ntx_buf_addc(out, c);
	}
}

void
ntx_header_escape(struct ntx_buf *out, const char *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (v[i]) {
		case '\t': ntx_buf_add(out, "\\t", 2); break;
		case '\n': ntx_buf_add(out, "\\n", 2); break;
		case '\\': ntx_buf_add(out, "\\\\", 2); break;
		default: ntx_buf_addc(out, v[i]); break;
		}
	}
}

/* Appends key=value to a header line, starting the line if it is empty. */
void
ntx_header_add(struct ntx_buf *line, const char *key, const char *val,
    size_t vlen)
{
	if (line->len == 0)
		ntx_buf_addc(line, '\f');
	if (line->len > 1)
		ntx_buf_addc(line, '\t');
	ntx_buf_add(line, key, strlen(key));
	ntx_buf_addc(line, '=');
	ntx_header_escape(line, val, vlen);
}
