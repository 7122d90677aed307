# ntx-strip: format in tests/cli/README.md.

case: paragraphs, a header line, blocks apart
args: -a
in: <html lang="vi"><head><title>Tin mới - Báo X</title></head><body><h1>Tin mới</h1><p>Một  đoạn\n văn.</p><div>Hai</div></body></html>
out: \ftitle=Tin mới\tlang=vi\tcharset=UTF-8\nTin mới\n\nMột đoạn văn.\n\nHai\n

case: the same page in windows-1258, NFD and UTF-8 gives the same text
args: -a $R/samples/vi-hanoi-budget.cp1258.html
check: diff <(tail -n +2 "$OUT") <(cd "$R" && bin/ntx-strip -a samples/vi-hanoi-budget.html | tail -n +2) && diff <(tail -n +2 "$OUT") <(cd "$R" && bin/ntx-strip -a samples/vi-hanoi-budget.nfd.html | tail -n +2) && [ $(wc -l < "$OUT") -gt 100 ]

case: a chunk boundary inside </script loses nothing
setup: for pad in 65527 65528 65529 65530 65531 65532 65533; do { printf '<p>before</p><script>'; head -c $pad /dev/zero | tr '\0' x; printf '</script><p>after</p>'; } > $pad.html; done
args: -a 65527.html 65528.html 65529.html 65530.html 65531.html 65532.html 65533.html
check: [ "$(grep -c '^after$' "$OUT")" = 7 ]

case: script, style, noscript, template, svg, iframe and hidden elements are dropped
args: -a
in: <p>a<script>x</script><style>y</style><noscript>z</noscript><template>t</template><svg><text>s</text></svg><iframe>i</iframe><span hidden>h</span><span aria-hidden="true">r</span><span style="DISPLAY: none">d</span><span style="visibility:hidden">v</span>b</p>
out: \fcharset=UTF-8\nab\n

case: HTML5 references, legacy ones without semicolon, numeric ones
args: -a
in: <p>&NewLine;&bigstar; &copy 2024 &amp; &#128; &#0; &#x1F600; &notit; &lt;b&gt;</p>
out: \fcharset=UTF-8\n\xe2\x98\x85 \xc2\xa9 2024 & \xe2\x82\xac \xef\xbf\xbd \xf0\x9f\x98\x80 \xc2\xacit; <b>\n

case: a legacy reference in an attribute before = stays as written
args: -a
in: <html><head><link rel="canonical" href="https://x.vn/?a=1&copy=2&amp;b=3"></head><body><p>t</p></body></html>
out: \furl=https://x.vn/?a=1&copy=2&b=3\tcharset=UTF-8\nt\n

# A relative canonical link names no site: an absolute og:url wins over
# it, before or after it; alone, it is still the url.
case: an absolute og:url wins over a relative canonical link
args: -a
in: <html><head><link rel="canonical" href="/news/a.html"><meta property="og:url" content="https://x.vn/news/a.html"></head><body><p>t</p></body></html>
out: \furl=https://x.vn/news/a.html\tcharset=UTF-8\nt\n

case: an absolute og:url before a relative canonical link still wins
args: -a
in: <html><head><meta property="og:url" content="https://x.vn/news/a.html"><link rel="canonical" href="//x.vn/news/a.html"></head><body><p>t</p></body></html>
out: \furl=https://x.vn/news/a.html\tcharset=UTF-8\nt\n

case: an absolute canonical link wins over og:url
args: -a
in: <html><head><meta property="og:url" content="https://m.x.vn/a"><link rel="canonical" href="https://x.vn/a"></head><body><p>t</p></body></html>
out: \furl=https://x.vn/a\tcharset=UTF-8\nt\n

case: a relative canonical link alone is the url
args: -a
in: <html><head><link rel="canonical" href="/news/a.html"></head><body><p>t</p></body></html>
out: \furl=/news/a.html\tcharset=UTF-8\nt\n

case: br is a line break inside its paragraph, two make a paragraph break
args: -a
in: <p>one<br>two <br> three<br><br>four</p>
out: \fcharset=UTF-8\none\ntwo\nthree\n\nfour\n

case: table rows are paragraphs, cells joined
args: -a
in: <table><tr><th>Chỉ tiêu</th><th>Năm 2022</th></tr><tr><td>Thu</td><td>465 tỷ</td></tr></table>
out: \fcharset=UTF-8\nChỉ tiêu | Năm 2022\n\nThu | 465 tỷ\n

case: list items are paragraphs
args: -a
in: <ul><li>một</li><li>hai<li>ba</ul>
out: \fcharset=UTF-8\nmột\n\nhai\n\nba\n

case: pre keeps its spaces
args: -a
in: <pre>a   b\n  c</pre><p>d   e</p>
out: \fcharset=UTF-8\na   b\n  c\n\nd e\n

case: metadata from Open Graph, article times and JSON-free meta tags
args: -a
in: <html><head><meta property="og:title" content="OG"><title>T - Site</title><meta property="article:published_time" content="2022-12-01T15:12:13+07:00"><meta property="og:site_name" content="Báo"><meta name="author" content="An"></head><body><p>x</p></body></html>
out: \ftitle=OG\tpublished=2022-12-01T15:12:13+07:00\tauthor=An\tsite=Báo\tcharset=UTF-8\nx\n

case: a date that is not ISO 8601 is left out, not guessed
args: -a
in: <html><head><meta property="article:published_time" content="01/12/2022"></head><body><p>x</p></body></html>
out: \fcharset=UTF-8\nx\n

case: the source is the file name
setup: printf '<p>x</p>' > a.html
args: -a a.html
out: \fcharset=UTF-8\tsource=a.html\nx\n

case: a windows-1252 page with no declaration
args: -a
in: <p>caf\xe9 \x93quoted\x94 \x80</p>
out: \fcharset=WINDOWS-1252\ncaf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x82\xac\n

case: valid UTF-8 wins over a wrong declaration
args: -a
in: <meta charset="windows-1252"><p>Việt Nam</p>
out: \fcharset=UTF-8\nViệt Nam\n

case: --charset overrides detection
args: -a --charset=iso-8859-2
in: <p>\xb1</p>
out: \fcharset=ISO-8859-2\n\xc4\x85\n

case: an unknown charset is reported and read as windows-1252
args: -a -c nonsense-42
in: <p>\xe9</p>
out: \fcharset=WINDOWS-1252\n\xc3\xa9\n
err: unknown charset 'nonsense-42'

case: invalid UTF-8 is repaired with a warning
args: -a
in: <meta charset="utf-8"><p>Vi\xe1\xbb\x87t \xff</p>
out: \fcharset=UTF-8\nVi\xe1\xbb\x87t \xef\xbf\xbd\n
err: 1 invalid UTF-8 sequence replaced with U+FFFD

case: NUL bytes never truncate
args: -a
in: <p>a\0b</p><p>c</p>
out: \fcharset=UTF-8\na\xef\xbf\xbdb\n\nc\n

case: an empty input is one document with no text
args: -a
in:
out: \fcharset=UTF-8\n

case: several files are several documents
setup: printf '<p>one</p>' > 1.html; printf '<p>two</p>' > 2.html
args: -a 1.html 2.html
out: \fcharset=UTF-8\tsource=1.html\none\n\fcharset=UTF-8\tsource=2.html\ntwo\n

case: a missing file among good ones
setup: printf '<p>one</p>' > 1.html
args: -a 1.html nope.html
out: \fcharset=UTF-8\tsource=1.html\none\n
exit: 1
err: cannot open 'nope.html': No such file or directory

case: a write error
args: -a
in: <p>x</p>
stdout: /dev/full
exit: 1
err: write error

case: 100000-deep nesting stays linear and loses no text
args: -a
in-cmd: { yes '<div>' | head -n 100000 | tr -d '\n'; printf 'deep'; yes '</div>' | head -n 100000 | tr -d '\n'; printf '<p>end</p>'; }
out: \fcharset=UTF-8\ndeep\n\nend\n

case: an unknown option
args: -a --bogus
exit: 2
err: usage: ntx-strip

case: --version names libxml2
args: -a --version
check: grep -q '^libxml2 2\.' "$OUT" && grep -q '^utf8proc' "$OUT"

case: main content: the article without menus, related lists, comments and footer
in: <html><body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/a">Thời sự</a></li></ul></nav>
in: <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/b">Kinh tế</a></div>
in: <div class="main-content"><h1>Thu ngân sách vượt dự toán</h1><p class="date">Thứ 5, 01.12.2022 | 15:12</p>
in: <div class="detail-content"><p>Năm 2022, thành phố thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán tỉnh giao, tăng mạnh so với cùng kỳ năm trước.</p>
in: <p>Trong đó, thu nội địa đạt 400 tỷ đồng, chiếm phần lớn tổng thu, với các khoản thu từ đất, thuế và phí.</p>
in: <figure><img src="a.jpg"><figcaption>Quang cảnh hội nghị. Ảnh: T.D</figcaption></figure>
in: <p>Tỷ lệ hộ nghèo giảm 0,2%, có 19/22 chỉ tiêu đạt và vượt kế hoạch, góp phần hoàn thành nhiệm vụ năm.</p><p>TRÍ DŨNG</p></div>
in: <div class="share-buttons"><a href="#">Chia sẻ</a> <a href="#">In bài</a></div>
in: <div class="tin-lien-quan"><h3>Tin liên quan</h3><ul><li><a href="/x">Một bài khác rất dài về chuyện ngân sách của tỉnh trong năm tới</a></li><li><a href="/y">Thêm một bài nữa về thu chi ngân sách nhà nước</a></li></ul></div></div>
in: <div id="comments" class="binh-luan"><h3>Bình luận</h3><p>Bạn đọc Nguyễn Văn A: Bài viết rất hay, cảm ơn báo đã phản ánh kịp thời, mong có thêm nhiều bài như thế.</p></div>
in: <footer><p>Cơ quan chủ quản: Báo X. Địa chỉ: số 1 đường Y, thành phố Z. Điện thoại: 0123 456 789.</p></footer></body></html>
out: \ftitle=Thu ngân sách vượt dự toán\tcharset=UTF-8\nThu ngân sách vượt dự toán\n\nThứ 5, 01.12.2022 | 15:12\n\nNăm 2022, thành phố thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán tỉnh giao, tăng mạnh so với cùng kỳ năm trước.\n\nTrong đó, thu nội địa đạt 400 tỷ đồng, chiếm phần lớn tổng thu, với các khoản thu từ đất, thuế và phí.\n\nQuang cảnh hội nghị. Ảnh: T.D\n\nTỷ lệ hộ nghèo giảm 0,2%, có 19/22 chỉ tiêu đạt và vượt kế hoạch, góp phần hoàn thành nhiệm vụ năm.\n\nTRÍ DŨNG\n

case: main content of the Vietnamese sample: headline first, byline last, no boilerplate
args: $R/samples/vi-hanoi-budget.html
check: [ "$(sed -n 2p "$OUT")" = "HĐND thành phố thông qua dự toán ngân sách năm 2023: thu nội địa phấn đấu tăng 10-11%" ] && [ "$(tail -n 1 "$OUT")" = "MINH HẰNG - QUANG TUẤN" ] && ! grep -q "Trang chủ\|Đọc nhiều\|Tin liên quan\|Bình luận\|Từ khóa" "$OUT" && grep -q "^Ngành du lịch phục hồi nhanh" "$OUT"

case: main content of the English sample, read as windows-1252
args: $R/samples/en-city-council.latin1.html
check: [ "$(sed -n 2p "$OUT")" = "Council passes \$1.2 billion budget after marathon session; property tax rise capped at 4.5%" ] && grep -q "^Correction, 11:02 a.m.:" "$OUT" && ! grep -qi "^Subscribe$\|^Home$\|^Obituaries$" "$OUT"

case: a page with no prose keeps what is not boilerplate
args:
in: <nav><a href="/">Home</a></nav><div><p>Short.</p><p>Also short.</p></div><footer>Footer</footer>
out: \fcharset=UTF-8\nShort.\n\nAlso short.\n

case: a page over --max-size is left out with an error, the next one is read
setup: { printf '<p>'; head -c 3000 /dev/zero | tr '\0' a; printf '</p>'; } > big.html; printf '<p>small</p>' > small.html
args: --max-size=1K big.html small.html
out: \fcharset=UTF-8\tsource=small.html\nsmall\n
exit: 1
err: big.html: page larger than 1024 bytes (--max-size); left out

case: --max-size takes K, M and G and refuses anything else
args: -m 12Q
exit: 2
err: invalid size '12Q'

case: --max-time must be a positive number
args: --max-time=-1
exit: 2
err: invalid time '-1'

case: JSON-LD in an @graph gives title, date, authors, site and url
args: -a
in: <html><head><title>T - S</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":["NewsArticle"],"headline":"Tiêu đề JSON","datePublished":"2022-12-01T15:12:13+07:00","author":[{"@type":"Person","name":"Trí Dũng"},{"name":"Hoàng Cường"}],"publisher":{"name":"Báo Lạng Sơn"},"mainEntityOfPage":{"@id":"https://baolangson.vn/a.html"}}]}</script></head><body><p>x</p></body></html>
out: \furl=https://baolangson.vn/a.html\ttitle=Tiêu đề JSON\tpublished=2022-12-01T15:12:13+07:00\tauthor=Trí Dũng, Hoàng Cường\tsite=Báo Lạng Sơn\tcharset=UTF-8\nx\n

case: og:title beats the JSON-LD headline, which beats the title tag
args: -a
in: <html><head><title>From title - S</title><meta property="og:title" content="From og"><script type="application/ld+json">{"@type":"Article","headline":"From JSON"}</script></head><body><p>x</p></body></html>
out: \ftitle=From og\tcharset=UTF-8\nx\n

case: broken JSON-LD is ignored
args: -a
in: <html><head><title>Tít</title><script type="application/ld+json">{"@type":"Article","headline":</script></head><body><p>x</p></body></html>
out: \ftitle=Tít\tcharset=UTF-8\nx\n

case: JSON-LD of other types gives nothing
args: -a
in: <script type="application/ld+json">[{"@type":"Organization","name":"Org","headline":"no"}]</script><p>x</p>
out: \fcharset=UTF-8\nx\n

case: a byte order mark wins over --charset
args: -a -c windows-1252
in: \xef\xbb\xbf<p>Vi\xe1\xbb\x87t</p>
out: \fcharset=UTF-8\nVi\xe1\xbb\x87t\n
