# ntx-strip: character references (format in tests/cli/README.md).
#
# Every kind of HTML5 character reference, in text and in attributes (seen
# through the header line: url from the canonical link, title from
# og:title), and where none may be decoded: script, style, comments.

case: HTML4 named references
args: -a
in: <p>x&nbsp;y &hellip; &ndash; &mdash; &eacute; &euro; &copy; &reg; &trade; &laquo;&raquo; &amp; &lt; &gt; &quot; &apos; &rarr; &Omega; &alpha;</p>
out: \fcharset=UTF-8\nx\xc2\xa0y … – — é € © ® ™ «» & < > " ' → Ω α\n

case: HTML5-only named references, the longest name among them
args: -a
in: <p>a&NewLine;b&Tab;c &bigstar; &lbrace;&rbrace; &half; &dollar;&period;&commat; &ThinSpace;|&hyphen; &longrightarrow; &fjlig; &Cconint; &CounterClockwiseContourIntegral;</p>
out: \fcharset=UTF-8\na b c ★ {} ½ $.@ \xe2\x80\x89|‐ ⟶ fj ∰ ∳\n

case: references to two code points
args: -a
in: <p>&NotEqualTilde; &nvlt; &bne; &ThickSpace;| &acE; &NotSubset;</p>
out: \fcharset=UTF-8\n\xe2\x89\x82\xcc\xb8 <\xe2\x83\x92 =\xe2\x83\xa5 \xe2\x81\x9f\xe2\x80\x8a| \xe2\x88\xbe\xcc\xb3 \xe2\x8a\x82\xe2\x83\x92\n

case: a two-code-point reference is NFC with what follows it
args: -a
in: <p>&nvlt;&#x301; a&#x301; &#x1EA0;&#x302;</p>
out: \fcharset=UTF-8\n<\xe2\x83\x92\xcc\x81 \xc3\xa1 \xe1\xba\xac\n

case: legacy references without a semicolon in text
args: -a
in: <p>&copy 2024, &amp &lt3 &AMP &LT &QUOT &copyx &eacutex &notit; &notin; &notin &frac12x &nbsp2</p>
out: \fcharset=UTF-8\n© 2024, & <3 & < " ©x éx ¬it; ∉ ¬in ½x \xc2\xa02\n

case: names that are not legacy need their semicolon
args: -a
in: <p>&hellip &bigstar &NotEqualTilde &ndash x</p>
out: \fcharset=UTF-8\n&hellip &bigstar &NotEqualTilde &ndash x\n

case: names are case-sensitive; unknown names and escaped references stay as written
args: -a
in: <p>&Copy; &COPY; &eAcute; &unknown; &a1b2c3; &amp;copy; &amp;lt;b&amp;gt;</p>
out: \fcharset=UTF-8\n&Copy; © &eAcute; &unknown; &a1b2c3; &copy; &lt;b&gt;\n

case: a legacy reference before = or a letter stays in an attribute (the canonical link)
args: -a
in: <html><head><link rel="canonical" href="https://x.vn/?a=1&copy=2&lt3&notit;&copyx=1&amp;b=3&copy.&#65&eacute;"></head><body><p>t</p></body></html>
out: \furl=https://x.vn/?a=1&copy=2&lt3&notit;&copyx=1&b=3©.Aé\tcharset=UTF-8\nt\n

case: references in an attribute are decoded otherwise (og:title)
args: -a
in: <html><head><meta property="og:title" content="&copy 2 &amp Co &lt;b&gt; &quot;q&quot; &#8211; &NotEqualTilde; x&nbsp;end"></head><body><p>t</p></body></html>
out: \ftitle=© 2 & Co <b> "q" – \xe2\x89\x82\xcc\xb8 x\xc2\xa0end\tcharset=UTF-8\nt\n

case: single-quoted and unquoted attributes, a > inside quotes
args: -a
in: <html><head><meta property='og:title' content='x > y &amp; z&apos;s &copy'><link rel=canonical href=https://x.vn/a&amp;b&copy=1></head><body><p>t</p></body></html>
out: \furl=https://x.vn/a&b&copy=1\ttitle=x > y & z's ©\tcharset=UTF-8\nt\n

case: references in the title element are decoded
args: -a
in: <html><head><title>A &amp; B &#8211; &copy 2024 &lt;3</title></head><body><p>t</p></body></html>
out: \ftitle=A & B – © 2024 <3\tcharset=UTF-8\nt\n

case: numeric references, decimal and hex, with and without semicolon
args: -a
in: <p>&#65;&#x41;&#X41;&#0065; &#65 &#x41 &#65x &#x41g &#x6a;&#x6A; &#233;&#xE9;&#x1F600;&#128512;</p>
out: \fcharset=UTF-8\nAAAA A A Ax Ag jj éé😀😀\n

case: &#0; is U+FFFD
args: -a
in: <p>[&#0;][&#x0;][&#00000;][&#0]</p>
out: \fcharset=UTF-8\n[\xef\xbf\xbd][\xef\xbf\xbd][\xef\xbf\xbd][\xef\xbf\xbd]\n

case: &#128; to &#159; are what windows-1252 has there
args: -a
in: <p>&#128;&#130;&#131;&#132;&#133;&#134;&#135;&#136;&#137;&#138;&#139;&#140;&#142;&#145;&#146;&#147;&#148;&#149;&#150;&#151;&#152;&#153;&#154;&#155;&#156;&#158;&#159; &#x80;&#x9F;&#x9f</p>
out: \fcharset=UTF-8\n€‚ƒ„…†‡ˆ‰Š‹Œ\xc5\xbd‘’“”•–—˜™š›œ\xc5\xbeŸ €ŸŸ\n

case: &#129;, &#141;, &#143;, &#144;, &#157; (no windows-1252 character) give no control character
args: -a
in: <p>a[&#129;][&#141;][&#143;][&#144;][&#157;][&#x81;]b</p>
check: grep -q '^a\[.*\]\[.*\]\[.*\]\[.*\]\[.*\]\[.*\]b$' "$OUT" && ! LC_ALL=C grep -q $'\xc2[\x80-\x9f]' "$OUT"

case: control characters by reference: whitespace ones are spaces, the others are dropped
args: -a
in: <p>a&#1;b&#127;c&#13;d&#9;e&#12;f&#10;g&#x1F;h&#x7f;i</p><pre>p&#127;q&#1;r&#9;s</pre>
out: \fcharset=UTF-8\nabc d e f ghi\n\npqr s\n

case: surrogates and code points beyond U+10FFFF are U+FFFD
args: -a
in: <p>[&#xD800;][&#xDFFF;][&#55296;][&#57343;][&#x110000;][&#1114112;][&#x10FFFF;]</p>
out: \fcharset=UTF-8\n[\xef\xbf\xbd][\xef\xbf\xbd][\xef\xbf\xbd][\xef\xbf\xbd][\xef\xbf\xbd][\xef\xbf\xbd][\xf4\x8f\xbf\xbf]\n

case: a noncharacter by reference is decoded, but U+FFFE, which libxml2 refuses, is dropped
args: -a
in: <p>[&#xFFFE;][&#xFDD0;]</p>
out: \fcharset=UTF-8\n[][\xef\xb7\x90]\n

case: huge digit strings
args: -a
in: <p>[&#99999999999999999999999999;][&#x0000000000000000000000000041;][&#0000000000000000000000000000000000000065;][&#xFFFFFFFFFFFFFFFFFFFFFFFF;][&#4294967361;][&#x100000041;]</p>
out: \fcharset=UTF-8\n[\xef\xbf\xbd][A][A][\xef\xbf\xbd][\xef\xbf\xbd][\xef\xbf\xbd]\n

case: a reference with a thousand leading zeros, and one of 100000 nines
args: -a
in-cmd: printf '<p>[&#%01000d65;][&#' 0; head -c 100000 /dev/zero | tr '\0' 9; printf ';]</p>'
out: \fcharset=UTF-8\n[A][\xef\xbf\xbd]\n

case: a long reference where a megabyte of text without > is cut
args: -a
in-cmd: printf '<p>'; head -c 1114029 /dev/zero | tr '\0' x; printf '&#%0100d65;y</p>' 0
# --all writes a paragraph of over 1 MiB in lines: compare without them.
check: [ "$(head -n 1 "$OUT")" = $'\fcharset=UTF-8' ] && cmp <(tail -n +2 "$OUT" | tr -d '\n') <(head -c 1114029 /dev/zero | tr '\0' x; printf 'Ay')

case: a named reference cut by the 64 KiB read boundary
args: -a
in-cmd: printf '<p>'; head -c 65530 /dev/zero | tr '\0' x; printf '&CounterClockwiseContourIntegral; &eacute</p>'
out-cmd: printf '\fcharset=UTF-8\n'; head -c 65530 /dev/zero | tr '\0' x; printf '∳ é\n'

case: not references: &#; &#x; & alone, &; and a trailing &
args: -a
in: <p>[&#;][&#x;][&#xg;][&][a & b][&;][&&amp;][&#-1;][&#+65;]</p><p>end &
out: \fcharset=UTF-8\n[&#;][&#x;][&#xg;][&][a & b][&;][&&][&#-1;][&#+65;]\n\nend &\n

case: a page that ends in the middle of a reference
args: -a
in: <p>a &#x41
out: \fcharset=UTF-8\na A\n

case: a page that ends in the middle of a legacy name
args: -a
in: <p>a &eacu
out: \fcharset=UTF-8\na &eacu\n

case: references in script, style and comments are not decoded and not shown
args: -a
in: <script>var s = "&copy; &lt;/script&gt;<p>leak</p>"; if (a<b && c>d) x = "&amp;";</script><style>p::after{content:"&copy;"}</style><!-- &copy; <p>hidden &amp;</p> --><noscript>&copy;</noscript><textarea>&copy;</textarea><p>shown &copy;</p>
out: \fcharset=UTF-8\nshown ©\n

case: &lt;script&gt; in text is text, and nothing after it is lost
args: -a
in: <p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- still text --&gt; &#60;b&#62;bold&#60;/b&#62; &lt;/p&gt;</p><p>after</p>
out: \fcharset=UTF-8\n<script>alert(1)</script> <!-- still text --> <b>bold</b> </p>\n\nafter\n

case: references in pre
args: -a
in: <pre>&lt;tag&gt;\n  &amp;&nbsp;x&NewLine;y</pre>
out: \fcharset=UTF-8\n<tag>\n  &\xc2\xa0x\ny\n

case: references in a windows-1252 page decode to the same characters
args: -a
in: <meta charset="windows-1252"><p>caf\xe9 &eacute; &#233; &#x80; \x80 &euro;</p>
out: \fcharset=WINDOWS-1252\ncafé é é € € €\n

# Text with a quotation mark goes to libxml2 as it is, other text as a
# marker (feed.c): the references come out the same either way.
case: references in text with and without quotation marks
args: -a
in: <p>it's &quot;q&quot; &amp; "r" &lt;s&gt;</p><p>plain &amp; &lt;t&gt; &#39;u&#39; &#xFFFF;\xef\xbf\xbe.</p>
out: \fcharset=UTF-8\nit's "q" & "r" <s>\n\nplain & <t> 'u' .\n
