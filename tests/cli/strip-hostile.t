# ntx-strip: hostile input (format in tests/cli/README.md).
#
# Broken, huge, binary and unreadable input, failing output.  Every case
# must end with the exit status and messages the man page gives, never a
# crash or a hang, and with output that is the text stream of DESIGN.md.
# Where the output is not compared byte for byte, the #valid line below is
# checked: valid UTF-8, a header line first, every line ended by LF, no
# control characters but TAB in the header line and none in the text (C1
# controls included).  Random input comes from a fixed generator (#random:
# N bytes from seed S with mawk or gawk, whatever the locale).
#
#valid iconv -f UTF-8 -t UTF-8 "$OUT" >/dev/null && [ "$(head -c1 "$OUT" | od -An -tx1)" = " 0c" ] && [ "$(tail -c1 "$OUT" | od -An -tx1)" = " 0a" ] && head -n1 "$OUT" | tail -c +2 | tr -d '\000-\010\013-\037\177' | cmp -s - <(head -n1 "$OUT" | tail -c +2) && tail -n +2 "$OUT" | tr -d '\000-\011\013-\037\177' | cmp -s - <(tail -n +2 "$OUT") && ! LC_ALL=C grep -q $'\xc2[\x80-\x9f]' "$OUT"
#random LC_ALL=C awk -v n="$1" -v seed="$2" 'BEGIN { x = seed; for (i = 0; i < n; i++) { x = (x * 69069 + 1) % 4294967296; printf "%c", int(x / 16777216) } }'

# Truncated and unclosed.

case: a page cut in the middle of a paragraph
args: -a
in: <html><head><title>T</title></head><body><p>First para.</p><p>Second, cut in the mid
out: \ftitle=T\tcharset=UTF-8\nFirst para.\n\nSecond, cut in the mid\n

case: a page cut inside a start tag
args: -a
in: <p>text</p><div class="x
out: \fcharset=UTF-8\ntext\n

case: a page cut inside an attribute value
args: -a
in: <p>a</p><p>b <a href="http://x.vn/?q=
out: \fcharset=UTF-8\na\n\nb\n

case: a page cut inside an end tag
args: -a
in: <p>a</p><p>b</
out: \fcharset=UTF-8\na\n\nb\n

case: a page cut inside a reference
args: -a
in: <p>a</p><p>b &eacu
out: \fcharset=UTF-8\na\n\nb &eacu\n

case: a UTF-8 page cut inside a character is still UTF-8
args: -a
in: <p>Việt Nam, Hà Nội</p><p>Vi\xe1\xbb
out: \fcharset=UTF-8\nViệt Nam, Hà Nội\n\nVi\xef\xbf\xbd\n
err: 1 invalid UTF-8 sequence replaced with U+FFFD

case: unclosed tags
args: -a
in: <div><p>one<p>two<ul><li>three<li>four</ul><table><tr><td>five<td>six<tr><td>seven
out: \fcharset=UTF-8\none\n\ntwo\n\nthree\n\nfour\n\nfive | six\n\nseven\n

case: an unterminated comment hides what follows, not what precedes
args: -a
in: <p>before</p><p>also before<!-- never closed <p>hidden</p>
out: \fcharset=UTF-8\nbefore\n\nalso before\n

case: an unterminated script
args: -a
in: <p>before</p><script>var x = "<p>hidden</p>"; if (a < b) {
out: \fcharset=UTF-8\nbefore\n

case: an unterminated style
args: -a
in: <p>before</p><style>p { content: "<p>hidden</p>"
out: \fcharset=UTF-8\nbefore\n

case: an unterminated title
args: -a
in: <html><head><title>Never closed <p>text</p>
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"

# Deep, wide, huge.

case: 100000 nested spans
args: -a
in-cmd: yes '<span>' | head -n 100000 | tr -d '\n'; printf 'deep'; yes '</span>' | head -n 100000 | tr -d '\n'; printf '<p>end</p>'
out: \fcharset=UTF-8\ndeep\n\nend\n

case: 100000 nested lists, never closed
args: -a
in-cmd: printf '<p>start</p>'; yes '<ul><li>' | head -n 100000 | tr -d '\n'; printf 'deep'
out: \fcharset=UTF-8\nstart\n\ndeep\n

case: 100000 nested tables
args: -a
in-cmd: yes '<table><tr><td>' | head -n 100000 | tr -d '\n'; printf 'deep<p>end</p>'
out: \fcharset=UTF-8\ndeep\n\nend\n

case: a tag with a million attributes
args: -a
in-cmd: awk 'BEGIN { printf "<p>before</p><p"; for (i = 0; i < 1000000; i++) printf " a%d=%d", i, i; printf ">text</p><p>end</p>" }'
out: \fcharset=UTF-8\nbefore\n\ntext\n\nend\n

case: a 10 MB attribute value, a 10 MB comment, a 10 MB script
args: -a
in-cmd: printf '<p>one</p><div data-x="'; head -c 10000000 /dev/zero | tr '\0' x; printf '">two</div><!--'; head -c 10000000 /dev/zero | tr '\0' '<'; printf -- '--><p>three</p><script>'; head -c 10000000 /dev/zero | tr '\0' '<'; printf '</script><p>four</p>'
out: \fcharset=UTF-8\none\n\ntwo\n\nthree\n\nfour\n

case: a 50 MB text node
args: -a
in-cmd: printf '<p>'; yes abcd | head -c 50000000 | tr '\n' ' '; printf '</p><p>end</p>'
check: [ "$(wc -c < "$OUT")" = 50000020 ] && [ "$(head -c 19 "$OUT")" = $'\fcharset=UTF-8\nabcd' ] && [ "$(tail -c 12 "$OUT" | od -An -c | tr -d ' ')" = 'dabcd\n\nend\n' ] && eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"

case: a 20 MB Vietnamese text node: no character is cut where the chunks are
args: -a
in-cmd: printf '<p>'; yes 'Việt Nam ' | head -c 19999992; printf '</p>'
check: [ "$(wc -c < "$OUT")" = 18333341 ] && cmp -s <(tail -n +2 "$OUT" | tr ' ' '\n' | LC_ALL=C sort | uniq -c) <(printf '%7d Nam\n%7d Việt\n' 1666666 1666666) && eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"

case: a megabyte of < and a megabyte of & and of "<a" without >
args: -a
in-cmd: printf '<p>'; head -c 1048576 /dev/zero | tr '\0' '<'; printf '</p><p>'; head -c 1048576 /dev/zero | tr '\0' '&'; printf '</p><p>end</p><p>'; yes '<a' | head -n 524288 | tr -d '\n'
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")" && grep -q '^end$' "$OUT" && [ "$(sed -n 2p "$OUT" | tr -d '<' | wc -c)" = 1 ] && [ "$(sed -n 4p "$OUT" | tr -d '&' | wc -c)" = 1 ]

# NUL bytes and binary garbage.

case: NUL bytes in a tag name, an attribute, a comment, a script, the title and the text
args: -a
in: <html><head><title>T\0itle</title></head><body><p\0>a</p\0><p cl\0ass="x\0y">b\0c</p><!-- \0 --><script>\0</script><p>\0</p><p>d</p></body></html>
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")" && grep -q '^title=T.*itle' <(head -n1 "$OUT" | tr -d '\f') && grep -q '^d$' "$OUT"

case: a NUL in a comment or a script leaves nothing in the text
args: -a
in: <p>a<!-- \0 -->b</p><script>x\0y</script><p>c\0d</p>
out: \fcharset=UTF-8\nab\n\nc\xef\xbf\xbdd\n

# Text between tags reaches libxml2 as a marker (feed.c).  Where libxml2
# takes a tag for the end of the page, or reads text into a tag, the text
# is written all the same.
case: text after an end tag libxml2 takes for the end of the page
args: -a
in: <p>one</p></html"><p>two</p>
out: \fcharset=UTF-8\none\n\ntwo\n

# libxml2 gives text in pieces of about 1000 bytes and may cut a marker
# between two: here runs separated only by comments make one long text.
case: a marker libxml2 cuts between two pieces of text is joined again
args: -a
in-cmd: printf '<p>'; for i in $(seq 0 1999); do printf 'w%s<!----> <!---->' $i; done; printf '</p>'
check: [ "$(sed -n 2p "$OUT")" = "$(seq -f 'w%g' 0 1999 | paste -sd ' ')" ] && [ "$(wc -l < "$OUT")" = 2 ]

case: a '<' before a comment stays text, as does what follows it
args: -a
in: <p><<!-->xy</p>
out: \fcharset=UTF-8\n<xy\n

case: a '<' at the end of the input is text
args: -a
in: <p>a <
out: \fcharset=UTF-8\na <\n

case: private-use characters like the markers of feed.c are text
args: -a
in: <p>\xf3\xb0\x80\x80\xf3\xb0\x80\x80 x</p><p title="\xf3\xb0\x80\x80\xf3\xb0\x80\x81">y</p><p>\xf3\xb0\x80\x80\xf3\xb0\x80\x81</p>
out: \fcharset=UTF-8\n\xf3\xb0\x80\x80\xf3\xb0\x80\x80 x\n\ny\n\n\xf3\xb0\x80\x80\xf3\xb0\x80\x81\n

case: 60000 NUL bytes before the page
args: -a
in-cmd: head -c 60000 /dev/zero; printf '<meta charset="windows-1258"><p>Vi\352\362t</p>'
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")" && grep -q 'Việt$' "$OUT"

case: 200 KB of random bytes
args: -a
in-cmd: set -- 200000 1; eval "$(sed -n 's/^#random //p' tests/cli/strip-hostile.t)"
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"
err: invalid WINDOWS-1252 sequences replaced with U+FFFD

case: 200 KB of random bytes read as UTF-8
args: -a --charset=utf-8
in-cmd: set -- 200000 2; eval "$(sed -n 's/^#random //p' tests/cli/strip-hostile.t)"
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"
err: invalid UTF-8 sequences replaced with U+FFFD

case: 200 KB of random bytes read as GBK
args: -a --charset=gbk
in-cmd: set -- 200000 3; eval "$(sed -n 's/^#random //p' tests/cli/strip-hostile.t)"
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"
err: invalid GBK sequences replaced with U+FFFD

case: 200 KB of random bytes read as Shift_JIS
args: -a --charset=shift_jis
in-cmd: set -- 200000 4; eval "$(sed -n 's/^#random //p' tests/cli/strip-hostile.t)"
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"
err: invalid CP932 sequences replaced with U+FFFD

case: 200 KB of random bytes read as windows-1258
args: -a --charset=windows-1258
in-cmd: set -- 200000 5; eval "$(sed -n 's/^#random //p' tests/cli/strip-hostile.t)"
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"
err: invalid WINDOWS-1258 sequences replaced with U+FFFD

case: 200 KB of random bytes after a UTF-16LE byte order mark
args: -a
in-cmd: printf '\377\376'; set -- 200000 6; eval "$(sed -n 's/^#random //p' tests/cli/strip-hostile.t)"
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")" && head -n1 "$OUT" | grep -q 'charset=UTF-16LE'
err: invalid UTF-16LE sequences replaced with U+FFFD

case: 200 KB of random markup
args: -a
in-cmd: set -- 200000 7; eval "$(sed -n 's/^#random //p' tests/cli/strip-hostile.t)" | od -An -v -tu1 | tr -s ' ' '\n' | LC_ALL=C awk 'BEGIN { n = split("<p> </p> <div class=\"a\"> </div> < > & &amp; &#x41; &#65 &copy \" = \x27 <!-- --> <script> </script> <style> </style> <pre> </pre> <table> <tr> <td> <br> <title> </title> <b> </b> <li> Vi\303\252\314\243t x y \n \r\n \t \377 \303 <meta charset=\"gbk\"> <svg> <template> <a href=\"?a=1&copy=2\"> </a> <!DOCTYPE html> <?xml ?> <![CDATA[ ]]> </html> </body> <html> <body>", t, " ") } NF { printf "%s", t[$1 % n + 1] }'
check: eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"

# Empty, unreadable, many files, failed output.

case: an empty file
setup: : > e.html
args: -a e.html
out: \fcharset=UTF-8\tsource=e.html\n

case: a file with only a UTF-8 byte order mark
setup: printf '\357\273\277' > b.html
args: -a b.html
out: \fcharset=UTF-8\tsource=b.html\n

case: a file with only a UTF-16LE byte order mark
setup: printf '\377\376' > b.html
args: -a b.html
out: \fcharset=UTF-16LE\tsource=b.html\n

case: a file with only a UTF-16BE byte order mark and an odd byte
setup: printf '\376\377\000' > b.html
args: -a b.html
out: \fcharset=UTF-16BE\tsource=b.html\n\xef\xbf\xbd\n
err: 1 invalid UTF-16BE sequence replaced with U+FFFD

case: a directory among files is an error; the other files are read
setup: mkdir sub; printf '<p>one</p>' > 1.html
args: -a sub 1.html
check: tail -n 2 "$OUT" | cmp -s - <(printf '\fcharset=UTF-8\tsource=1.html\none\n')
exit: 1
err: sub

case: a missing file before a good one
setup: printf '<p>one</p>' > 1.html
args: -a nope.html 1.html - 1.html
in: <p>stdin</p>
out: \fcharset=UTF-8\tsource=1.html\none\n\fcharset=UTF-8\nstdin\n\fcharset=UTF-8\tsource=1.html\none\n
exit: 1
err: cannot open 'nope.html': No such file or directory

case: only missing files
args: -a nope1.html nope2.html
out:
exit: 1
err: cannot open 'nope2.html': No such file or directory

case: a write error after a large page
args: -a
in-cmd: printf '<p>'; head -c 1000000 /dev/zero | tr '\0' x; printf '</p>'
stdout: /dev/full
exit: 1
err: write error

case: a write error with several files
setup: printf '<p>one</p>' > 1.html; printf '<p>two</p>' > 2.html
args: -a 1.html 2.html
stdout: /dev/full
exit: 1
err: write error

# Line ends.

case: a CRLF page
args: -a
in: <html>\r\n<head>\r\n<title>T\r\nitle</title>\r\n</head>\r\n<body>\r\n<p>line one\r\nline two</p>\r\n<p>three</p>\r\n</body>\r\n</html>\r\n
out: \ftitle=T itle\tcharset=UTF-8\nline one line two\n\nthree\n

case: a page with CR line ends only
args: -a
in: <html>\r<body>\r<p>line one\rline two</p>\r<p>three</p>\r</body>\r</html>\r
out: \fcharset=UTF-8\nline one line two\n\nthree\n

case: a pre with CRLF line ends
args: -a
in: <pre>\r\n  a  b\r\n    c\r\n</pre><p>x</p>
out: \fcharset=UTF-8\n  a  b\n    c\n\nx\n

case: a pre with CR line ends
args: -a
in: <pre>a  b\r  c\r</pre><p>x</p>
out: \fcharset=UTF-8\na  b\n  c\n\nx\n

case: a form feed in text is a space
args: -a
in: <p>a\fb \f c</p>
out: \fcharset=UTF-8\na b c\n

# libxml2 2.9 parses nothing more of a page that starts with an end tag
# (found when a stream of cut pages made a parser start mid-page).
case: a page that starts with an end tag
args: -a
in: </style>\n</div><p>Text after stray end tags.</p>
out: \fcharset=UTF-8\nText after stray end tags.\n

case: a page that starts with a doctype and an end tag, main-content mode
in: <!DOCTYPE html></div><html><body><article><p>The article text is here, and it is long enough to count as one.</p></article></body></html>
out: \fcharset=UTF-8\nThe article text is here, and it is long enough to count as one.\n

# Comments never reach libxml2, which would hold an unterminated one whole.
case: an unterminated comment ends the text, whatever its size
args: -a
in-cmd: printf '<p>kept</p><!-- never closed'; yes '<p>hidden</p> -> --!>' | head -c 20000000
out: \fcharset=UTF-8\nkept\n

case: the empty comments of HTML 5
args: -a
in: <p>one</p><!--><p>two</p><!---><p>three</p><!----><p>four</p>
out: \fcharset=UTF-8\none\n\ntwo\n\nthree\n\nfour\n

# Attributes nothing here reads never reach libxml2 (feed.c): left out
# whole, whatever their quotes hold; those read (lang, rel, href of a
# <link>, property, content, class, hidden, style) still work.
case: attributes nothing reads are left out whole, quotes and all
args: -a
in: <p><a title="a>b" href='c>d' data-x=e onclick="f(&quot;>&quot;)">text</a> more</p>
out: \fcharset=UTF-8\ntext more\n

case: the attributes that are read still reach libxml2, in any case
args: -a
in: <html lang=vi><head><link rel=canonical href=https://x.example/a><meta property=og:title content="T"></head><body><DIV CLASS="x" DATA-FOO="y>z" HIDDEN>hidden</DIV><p data-a=1 style="display: none">gone</p><p data-b = "2" >shown <a href="https://y.example/">link</a></p></body></html>
out: \furl=https://x.example/a\ttitle=T\tlang=vi\tcharset=UTF-8\nshown link\n

# Where a tag is not plainly written, libxml2 may read its quotes
# otherwise than feed.c: nothing is left out of it.  Here libxml2 takes
# the first '=' for junk and the next quote as opening a value.
case: nothing is left out of a tag that is not plainly written
args: -a
in: <e=" f=" f="">X<p>T
out: \fcharset=UTF-8\nX\n\nT\n

# ... nor of the tags after it: libxml2's value of f runs into <a>.
case: nothing is left out of the tags after one not plainly written
args: -a
in: <e=" f="><a f="">X<p>T
out: \fcharset=UTF-8\nX\n\nT\n

case: unquoted values with '=', '<' and '/' are left out whole
args: -a
in: <p><a href=/x?id=1 data-y=a<b class=c>t</a> <img src=x.png/>u</p>
out: \fcharset=UTF-8\nt u\n

# An attribute value is cut at 64 KiB: the rest, up to its quote, is left
# out, so a quote that never closes cannot make libxml2 hold the page.  As
# in a browser, the value of page 1 runs to the quote of page 2, and the
# '>' of page 3's <p> ends the tag.
case: an attribute value that runs into the next page
args: -a
in-cmd: for i in 1 2 3; do printf '<p>page %s</p><div class="cut' $i; head -c 100000 /dev/zero | tr '\0' x; done; printf '"><p>end</p>'
out: \fcharset=UTF-8\npage 1\n\npage 3\n\nend\n

# A stream of pages each cut in the middle of a tag, in a script: libxml2
# waits for ever; past a megabyte held, its parser is ended and a new one
# goes on, so nothing is lost and memory stays flat.
case: a stream of cut pages loses no text
args: -a
in-cmd: for i in $(seq 1 200); do printf '<!DOCTYPE html><html lang="vi"><head><style>p{}</style></head><body><div class="a"><p>Trang %s có chữ.</p><div class="ssr ec3' $i; done; printf '"><p>end</p>'
check: [ "$(grep -c '^Trang [0-9]* có chữ\.$' "$OUT")" -ge 190 ] && [ "$(tail -n 1 "$OUT")" = end ] && eval "$(sed -n 's/^#valid //p' "$R/tests/cli/strip-hostile.t")"
