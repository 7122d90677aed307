/* utf8.c - strict UTF-8 decoding, validation and repair (Unicode table 3-7). */
#include <stdint.h>

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

/*
 * The well-formed byte sequences of Unicode table 3-7, checked without
 * decoding: this runs over every line every filter reads, and Vietnamese
 * text has a multi-byte letter every few bytes.
 */
size_t
ntx_utf8_valid_prefix(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned char c = s[i], c1;

		if (c < 0x80) {
			i = ntx_ascii_end(s, i, n);
			continue;
		}
		/* A continuation byte, an overlong lead, or past U+10FFFF. */
		if (c < 0xC2 || c > 0xF4)
			break;
		if (c < 0xE0) {
			if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80)
				break;
			i += 2;
			continue;
		}
		if (i + 2 >= n)
			break;
		c1 = s[i + 1];
		if (c < 0xF0) {
			/* E0: no overlong form; ED: no surrogate. */
			if ((c1 & 0xC0) != 0x80 || (c == 0xE0 && c1 < 0xA0) ||
			    (c == 0xED && c1 > 0x9F) || (s[i + 2] & 0xC0) != 0x80)
				break;
			i += 3;
			continue;
		}
		/* F0: no overlong form; F4: nothing past U+10FFFF. */
		if (i + 3 >= n || (c1 & 0xC0) != 0x80 ||
		    (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F) ||
		    (s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80)
			break;
		i += 4;
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
