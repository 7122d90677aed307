/* utf8.c - strict UTF-8 decoding, validation and repair (Unicode table 3-7). */
#include <string.h>

#include "ntx.h"

size_t
ntx_utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = 0xC0 | cp >> 6;
		o[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = 0xE0 | cp >> 12;
		o[1] = 0x80 | (cp >> 6 & 0x3F);
		o[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | cp >> 18;
	o[1] = 0x80 | (cp >> 12 & 0x3F);
	o[2] = 0x80 | (cp >> 6 & 0x3F);
	o[3] = 0x80 | (cp & 0x3F);
	return 4;
}

size_t
ntx_utf8_valid_prefix(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		int32_t cp;
		size_t len;

		/* Eight ASCII bytes at a time: most text is mostly ASCII. */
		while (i + 8 <= n) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		len = ntx_utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			break;
		i += len;
	}
	return i;
}

size_t
ntx_utf8_repair(struct ntx_buf *out, const char *s, size_t n)
{
	size_t bad = 0;

	while (n > 0) {
		size_t ok = ntx_utf8_valid_prefix(s, n), len;
		int32_t cp;

		ntx_buf_add(out, s, ok);
		s += ok;
		n -= ok;
		if (n == 0)
			break;
		len = ntx_utf8_decode((const unsigned char *)s, n, &cp);
		ntx_buf_add(out, "\xEF\xBF\xBD", 3);
		bad++;
		s += len;
		n -= len;
	}
	return bad;
}
