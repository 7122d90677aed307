/*
 * fuzz-norm.c - libFuzzer target for ntx-norm's core: any bytes, read as
 * a file, through the line reader and the normalizer.  Besides crashes,
 * it checks what every run must give: valid UTF-8 with no control
 * characters but LF (and TAB and form feed in header lines), no double or
 * edge spaces in text lines, and the same bytes when normalized again.
 * The first byte picks the options.
 */
#define main norm_main
#include "../../filters/norm/norm.c"
#undef main
#include "capture.h"


static void
check_output(const char *s, size_t n)
{
	size_t i = 0;

	if (ntx_utf8_valid_prefix(s, n) != n)
		abort();
	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t len;

		if (!nl)
			abort();	/* every line ends with LF */
		len = nl - (s + i);
		if (len > 0 && s[i] != '\f') {
			if (s[i] == ' ' || s[i + len - 1] == ' ' ||
			    memmem(s + i, len, "  ", 2))
				abort();
			for (size_t j = i; j < i + len; j++)
				if ((unsigned char)s[j] < 0x20 || s[j] == 0x7F)
					abort();
		}
		i += len + 1;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct norm z;
	char *once, *twice;
	size_t n1, n2;

	if (size == 0)
		return 0;
	memset(&z, 0, sizeof(z));
	ntx_nf_init(&z.nf, data[0] & 1);
	z.tone = (data[0] >> 1) % 3;
	ntx_prog = "fuzz-norm";

	fuzz_capture(norm_file, &z, data + 1, size - 1, &once, &n1);
	check_output(once, n1);
	z.text_seen = z.blank_pending = false;
	fuzz_capture(norm_file, &z, (const uint8_t *)once, n1, &twice, &n2);
	if (n1 != n2 || memcmp(once, twice, n1) != 0)
		abort();	/* normalizing is idempotent */
	free(once);
	free(twice);
	ntx_nf_free(&z.nf);
	ntx_buf_free(&z.clean);
	ntx_buf_free(&z.normal);
	ntx_buf_free(&z.toned);
	return 0;
}
