/*
 * charset.c - which charset a page is in, and turning it into UTF-8.
 *
 * The order: a byte order mark; then valid UTF-8 (it wins over a wrong
 * declaration); then a <meta charset> or http-equiv declaration found by
 * the prescan of the HTML standard; then windows-1258 when the bytes look
 * like Vietnamese with separate tone marks, else windows-1252.  libxml2
 * only ever sees UTF-8: its own detection gets these cases wrong.
 */
#include <errno.h>
#include <string.h>
#include <strings.h>

#include "strip.h"

/* WHATWG labels to the names glibc's iconv knows; the rest go as they are. */
static const struct {
	const char *label, *iconv;
} labels[] = {
	{ "ascii", "WINDOWS-1252" },
	{ "big5", "BIG5-HKSCS" },
	{ "cp1252", "WINDOWS-1252" },
	{ "cp1258", "WINDOWS-1258" },
	{ "cp932", "CP932" },
	{ "euc-kr", "CP949" },
	{ "gb2312", "GBK" },
	{ "gb_2312-80", "GBK" },
	{ "gbk", "GBK" },
	{ "iso-8859-1", "WINDOWS-1252" },
	{ "iso8859-1", "WINDOWS-1252" },
	{ "latin1", "WINDOWS-1252" },
	{ "ms_kanji", "CP932" },
	{ "shift-jis", "CP932" },
	{ "shift_jis", "CP932" },
	{ "sjis", "CP932" },
	{ "tcvn", "TCVN5712-1" },
	{ "tcvn-5712", "TCVN5712-1" },
	{ "tcvn5712-1", "TCVN5712-1" },
	{ "unicode-1-1-utf-8", "UTF-8" },
	{ "us-ascii", "WINDOWS-1252" },
	{ "utf-8", "UTF-8" },
	{ "utf8", "UTF-8" },
	{ "viscii", "VISCII" },
	{ "windows-1252", "WINDOWS-1252" },
	{ "windows-1258", "WINDOWS-1258" },
	{ "windows-31j", "CP932" },
	{ "x-gbk", "GBK" },
	{ "x-sjis", "CP932" },
};

/* A charset name: letters, digits and . _ : ( ) + -, as IANA's are. */
bool
charset_label_ok(const char *label)
{
	size_t n = strlen(label);

	if (n == 0 || n > 40)
		return false;
	for (const char *p = label; *p; p++)
		if (!((*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' &&
		    (*p | 0x20) <= 'z') || strchr("._:()+-", *p)))
			return false;
	return true;
}

const char *
charset_iconv_name(const char *label)
{
	for (size_t i = 0; i < sizeof(labels) / sizeof(*labels); i++)
		if (strcasecmp(label, labels[i].label) == 0)
			return labels[i].iconv;
	return label;
}


/*
 * One attribute of a tag, as the prescan reads it: the name and value are
 * lowercased into the buffers, cut to their size.  Returns false at the
 * end of the tag.
 */
static bool
next_attribute(const char *s, size_t n, size_t *pos, char (*name)[32],
    char (*value)[128])
{
	size_t i = *pos, k = 0;

	while (i < n && (html_space(s[i]) || s[i] == '/'))
		i++;
	if (i >= n || s[i] == '>')
		return false;
	while (i < n && !html_space(s[i]) && s[i] != '=' && s[i] != '>' &&
	    s[i] != '/') {
		if (k + 1 < sizeof(*name))
			(*name)[k++] = s[i] | (s[i] >= 'A' && s[i] <= 'Z' ? 0x20 : 0);
		i++;
	}
	(*name)[k] = '\0';
	k = 0;
	while (i < n && html_space(s[i]))
		i++;
	if (i < n && s[i] == '=') {
		i++;
		while (i < n && html_space(s[i]))
			i++;
		if (i < n && (s[i] == '"' || s[i] == '\'')) {
			char q = s[i++];

			for (; i < n && s[i] != q; i++)
				if (k + 1 < sizeof(*value))
					(*value)[k++] = s[i] | (s[i] >= 'A' && s[i] <= 'Z' ? 0x20 : 0);
			i++;
		} else {
			for (; i < n && !html_space(s[i]) && s[i] != '>'; i++)
				if (k + 1 < sizeof(*value))
					(*value)[k++] = s[i] | (s[i] >= 'A' && s[i] <= 'Z' ? 0x20 : 0);
		}
	}
	(*value)[k] = '\0';
	*pos = i;
	return true;
}

/* The charset named in a Content-Type value: "text/html; charset=X". */
static bool
content_charset(const char *v, char *label, size_t size)
{
	const char *p = strstr(v, "charset");
	size_t k = 0;

	if (!p)
		return false;
	p += 7;
	while (html_space(*p))
		p++;
	if (*p++ != '=')
		return false;
	while (html_space(*p) || *p == '"' || *p == '\'')
		p++;
	while (*p && !html_space(*p) && *p != ';' && *p != '"' && *p != '\'' &&
	    k + 1 < size)
		label[k++] = *p++;
	label[k] = '\0';
	return k > 0;
}

/* The prescan of the HTML standard: a <meta> that declares a charset. */
static bool
prescan(const char *s, size_t n, char *label, size_t size)
{
	char name[32], value[128];

	for (size_t i = 0; i < n; i++) {
		if (s[i] != '<')
			continue;
		if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			const char *end = memmem(s + i + 2, n - i - 2, "-->", 3);

			if (!end)
				return false;
			i = end + 2 - s;
		} else if (n - i >= 6 && strncasecmp(s + i, "<meta", 5) == 0 &&
		    (html_space(s[i + 5]) || s[i + 5] == '/')) {
			bool pragma = false, found = false;
			char content[128] = "";
			size_t pos = i + 5;

			while (next_attribute(s, n, &pos, &name, &value)) {
				if (strcmp(name, "charset") == 0 && !found) {
					snprintf(label, size, "%s", value);
					found = true;
				} else if (strcmp(name, "http-equiv") == 0) {
					pragma = strcmp(value, "content-type") == 0;
				} else if (strcmp(name, "content") == 0) {
					snprintf(content, sizeof(content), "%s", value);
				}
			}
			if (found && *label)
				return true;
			if (pragma && content_charset(content, label, size))
				return true;
			i = pos;
		} else if (n - i >= 2 && (s[i + 1] == '!' || s[i + 1] == '?' ||
		    s[i + 1] == '/' || (s[i + 1] | 0x20) >= 'a') &&
		    (s[i + 1] | 0x20) <= 'z') {
			size_t pos = i + 1;

			while (pos < n && !html_space(s[pos]) && s[pos] != '>')
				pos++;
			while (next_attribute(s, n, &pos, &name, &value))
				;
			i = pos;
		}
	}
	return false;
}

/*
 * Vietnamese in windows-1258 writes most tone marks as separate bytes
 * after a vowel: grave CC, hook D2, tilde DE, acute EC, dot below F2.
 * In other Latin text those bytes (Ì Ò Þ ì ò) rarely follow a vowel, but
 * Italian has "può": so the letters only Vietnamese uses often (đ ư ơ ă:
 * F0 FD F5 E3, and capitals) must be there too.
 */
static bool
looks_vietnamese_1258(const unsigned char *s, size_t n)
{
	static const char vowels[] = "aeiouyAEIOUY\xC2\xC3\xCA\xD4\xD5\xDD\xE2\xE3\xEA\xF4\xF5\xFD";
	size_t marks = 0, high = 0, letters = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] < 0x80)
			continue;
		high++;
		if (s[i] == 0xF0 || s[i] == 0xD0 || s[i] == 0xFD || s[i] == 0xDD ||
		    s[i] == 0xF5 || s[i] == 0xD5 || s[i] == 0xE3 || s[i] == 0xC3)
			letters++;
		if (i > 0 && (s[i] == 0xCC || s[i] == 0xD2 || s[i] == 0xDE ||
		    s[i] == 0xEC || s[i] == 0xF2) && s[i - 1] != 0 &&
		    strchr(vowels, s[i - 1]))
			marks++;
	}
	return marks >= 3 && marks * 5 >= high && letters >= 2;
}

const char *
charset_sniff(const char *s, size_t n, char *label, size_t size,
    size_t *valid_utf8)
{
	size_t valid = *valid_utf8 = ntx_utf8_valid_prefix(s, n);
	bool ascii = true;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		return snprintf(label, size, "UTF-8"), label;
	if (n >= 2 && memcmp(s, "\xFF\xFE", 2) == 0)
		return snprintf(label, size, "UTF-16LE"), label;
	if (n >= 2 && memcmp(s, "\xFE\xFF", 2) == 0)
		return snprintf(label, size, "UTF-16BE"), label;
	for (size_t i = 0; i < valid && ascii; i++)
		ascii = (unsigned char)s[i] < 0x80;
	/* Valid UTF-8 with something beyond ASCII; a sequence cut by the end
	   (of the window, or of a page cut short) does not count against
	   it, nor for it. */
	if (!ascii && (valid == n || (n - valid < 4 &&
	    ntx_utf8_decode((const unsigned char *)s + valid, n - valid,
	    &(int32_t){ 0 }) == n - valid)))
		return snprintf(label, size, "UTF-8"), label;
	for (size_t i = valid; i < n && ascii; i++)
		ascii = (unsigned char)s[i] < 0x80;
	if (prescan(s, n, label, size) && charset_label_ok(label)) {
		char declared[64];

		/* A page read as ASCII cannot be UTF-16, whatever it says. */
		snprintf(declared, sizeof(declared), "%s",
		    strncasecmp(label, "utf-16", 6) == 0 ? "UTF-8" :
		    charset_iconv_name(label));
		snprintf(label, size, "%s", declared);
		return label;
	}
	if (ascii)
		return snprintf(label, size, "UTF-8"), label;
	return snprintf(label, size, "%s",
	    looks_vietnamese_1258((const unsigned char *)s, n) ?
	    "WINDOWS-1258" : "WINDOWS-1252"), label;
}

int
decoder_open(struct decoder *d, const char *label)
{
	const char *name = charset_iconv_name(label);

	memset(d, 0, sizeof(*d));
	snprintf(d->name, sizeof(d->name), "%s", name);
	for (char *p = d->name; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p -= 0x20;
	d->cd = (iconv_t)-1;
	if (strcmp(d->name, "UTF-8") == 0)
		return 0;
	if ((d->cd = iconv_open("UTF-8", d->name)) == (iconv_t)-1)
		return -1;
	return 0;
}

void
decoder_close(struct decoder *d)
{
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	d->cd = (iconv_t)-1;
	ntx_buf_free(&d->held);
}

/* UTF-8: repaired; returns how much was used, less a sequence cut short. */
static size_t
run_utf8(struct decoder *d, const char *s, size_t n, bool last,
    struct ntx_buf *out)
{
	size_t keep = 0, checked;

	if (!last) {
		/* A lead byte in the last three may start a sequence that
		   the next chunk completes. */
		for (size_t k = 1; k <= 3 && k <= n; k++) {
			unsigned char c = s[n - k];

			if (c >= 0xC0) {
				if ((c >= 0xE0 ? (c >= 0xF0 ? 4u : 3u) : 2u) > k)
					keep = k;
				break;
			}
			if (c < 0x80)
				break;
		}
	}
	/* What the sniffing found valid is not looked at twice. */
	checked = d->checked < n - keep ? d->checked : n - keep;
	ntx_buf_add(out, s, checked);
	d->checked -= checked;
	d->bad += ntx_utf8_repair(out, s + checked, n - keep - checked);
	return n - keep;
}

/* Through iconv: a byte it cannot convert becomes U+FFFD. */
static size_t
run_iconv(struct decoder *d, const char *s, size_t n, bool last,
    struct ntx_buf *out)
{
	char *in = (char *)s, *o;
	size_t inleft = n, outleft;

	while (inleft > 0) {
		ntx_buf_reserve(out, 4 * inleft + 16);
		o = out->p + out->len;
		outleft = out->cap - out->len;
		if (iconv(d->cd, &in, &inleft, &o, &outleft) != (size_t)-1) {
			out->len = o - out->p;
			break;
		}
		out->len = o - out->p;
		if (errno == E2BIG)
			continue;
		if (errno == EINVAL && !last)
			break;	/* cut short: the rest comes with the next chunk */
		ntx_buf_add(out, "\xEF\xBF\xBD", 3);
		d->bad++;
		in++;
		inleft--;
	}
	if (last) {
		ntx_buf_reserve(out, 16);
		o = out->p + out->len;
		outleft = 16;
		iconv(d->cd, NULL, NULL, &o, &outleft);
		out->len = o - out->p;
	}
	return n - inleft;
}

void
decoder_run(struct decoder *d, const char *s, size_t n, bool last,
    struct ntx_buf *out)
{
	size_t used;

	if (d->held.len > 0) {
		ntx_buf_add(&d->held, s, n);
		s = d->held.p;
		n = d->held.len;
	}
	used = d->cd == (iconv_t)-1 ? run_utf8(d, s, n, last, out) :
	    run_iconv(d, s, n, last, out);
	if (s == d->held.p) {
		memmove(d->held.p, s + used, n - used);
		d->held.len = n - used;
	} else {
		ntx_buf_add(&d->held, s + used, n - used);
	}
}
