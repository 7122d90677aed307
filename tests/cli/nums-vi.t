# ntx-nums, Vietnamese news sentences: format in tests/cli/README.md.
#
# Pending: ntx-nums does not exist yet; these cases are written against the
# behaviour described for version 1 (columns, kinds, values), DESIGN.md (the
# facts table) and VIETNAMESE.md.  Move this table to tests/cli/ when the
# filter is built.
#
# The input is what ntx-split writes: one sentence a line, blank lines
# between paragraphs, and maybe a document header line (\f, then TAB-separated
# key=value pairs).  The expected output is the facts table: one `out:` line
# per TSV row, \t between fields, \n after each row.  Every output starts with
# the header line (except under -H); a row has 14 fields:
#
#   sentence_no text kind value unit qualifier sentence url title published author lang site source
#
# so, without a document header line, a row ends in seven empty metadata
# fields: ...\tsentence\t\t\t\t\t\t\t\n.
#
# Conventions these cases follow, where the spec leaves the choice open
# (each one is also said at its case):
# - text: the expression as written, with its unit, currency, multiplier,
#   percent sign or counted noun, and with the words that are part of its
#   form (năm in a year, tháng in a month, quý in a quarter, ngày in a date
#   written in words, 6 tháng đầu năm, thứ in an ordinal, từ … đến … in a
#   range, a part of the day after a time); without the cue word before a
#   date in digits or a time (ngày, nhiệm kỳ, giai đoạn, sáng, chiều, lúc,
#   lần, kỳ họp, xếp) and without the qualifier.  (A year was first written
#   without its năm; a blind evaluation set kept it, like tháng and quý, and
#   the rows were changed to keep it.)
# - The unit of a unit of measure is as written (°C, độ C, km², MW); a counted
#   noun is lowercased; a per-unit denominator stays in the unit for money,
#   quantities and percents (VND/lượng, km/h, tạ/ha, %/năm).
# - A day, month, quarter or half-year without a year takes the year of the
#   document's published date, else XXXX.
# - A match score a-b is a ratio a:b.
# - The counted noun khu (khu dân cư) of the seed article is counted like
#   thôn.
#
# Number words (mười một), Roman numerals (quý IV, khóa XV) and weekdays
# (Thứ 5) are not read in version 1: no sentence here has one, except the
# seed article, where they must give no row.
# Except the seed article, people, figures and web addresses are invented.
# Most cases give `-l vi`, so that the language guess is tested only in the
# group made for it.

# ======================================================================
# The shape of the output: the header line, sentence_no, -H, and the
# document header line's keys in the metadata columns
# ======================================================================

# The header line is written even when no row follows: a spreadsheet still gets its columns.
case: empty input gives the header line only
args: -l vi
in:
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a sentence without any number gives the header line only
args: -l vi
in: Các đại biểu đã thảo luận, góp ý vào dự thảo nghị quyết.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: one expression: the header line, then one row ending in seven empty metadata fields
args: -l vi
in: Thu ngân sách nhà nước vượt 29% dự toán tỉnh giao.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t29%\tpercent\t29\t%\t\tThu ngân sách nhà nước vượt 29% dự toán tỉnh giao.\t\t\t\t\t\t\t\n

case: sentence_no counts the sentences of the document, not blank lines
args: -l vi
in: Hội nghị diễn ra trong buổi sáng.\n
in: Tỷ lệ hộ nghèo giảm 0,2%.\n
in: \n
in: Thu nội địa đạt 400 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 2\t0,2%\tpercent\t0.2\t%\t\tTỷ lệ hộ nghèo giảm 0,2%.\t\t\t\t\t\t\t\n
out: 3\t400 tỷ đồng\tmoney\t400000000000\tVND\t\tThu nội địa đạt 400 tỷ đồng.\t\t\t\t\t\t\t\n

case: blank lines before the first sentence and at the end are not sentences
args: -l vi
in: \n
in: \n
in: Giá vàng nhẫn tăng 1,2%.\n
in: \n
in: \n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,2%\tpercent\t1.2\t%\t\tGiá vàng nhẫn tăng 1,2%.\t\t\t\t\t\t\t\n

case: input without a final newline
args: -l vi
in: Thu nội địa đạt 400 tỷ đồng.
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t400 tỷ đồng\tmoney\t400000000000\tVND\t\tThu nội địa đạt 400 tỷ đồng.\t\t\t\t\t\t\t\n

case: -H leaves out the header line
args: -l vi -H
in: Tỷ lệ tiêm chủng đạt 95%.\n
out: 1\t95%\tpercent\t95\t%\t\tTỷ lệ tiêm chủng đạt 95%.\t\t\t\t\t\t\t\n

case: --no-header leaves out the header line
args: -l vi --no-header
in: Thu nội địa đạt 400 tỷ đồng.\n
out: 1\t400 tỷ đồng\tmoney\t400000000000\tVND\t\tThu nội địa đạt 400 tỷ đồng.\t\t\t\t\t\t\t\n

case: -H on a sentence without numbers writes nothing
args: -l vi -H
in: Hội nghị bế mạc vào buổi chiều cùng ngày.\n
out:

case: published and lang of the header line fill their columns
args: -l vi
in: \fpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Tỷ lệ bao phủ bảo hiểm y tế đạt 93,35%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t93,35%\tpercent\t93.35\t%\t\tTỷ lệ bao phủ bảo hiểm y tế đạt 93,35%.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n

case: every metadata key goes to its own column in the fixed order; other keys are left out
args: -l vi
in: \fsource=bao-lang-son.txt\tlang=vi\turl=https://baolangson.example/kinh-te/thu-ngan-sach.html\tcategory=Kinh tế\ttitle=Thu ngân sách vượt dự toán\tauthor=Trí Dũng\tsite=Báo Lạng Sơn\tpublished=2022-12-01T15:12:13+07:00\n
in: Ước hết năm 2022, thu ngân sách đạt hơn 500 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2022\tdate\t2022\t\t\tƯớc hết năm 2022, thu ngân sách đạt hơn 500 tỷ đồng.\thttps://baolangson.example/kinh-te/thu-ngan-sach.html\tThu ngân sách vượt dự toán\t2022-12-01T15:12:13+07:00\tTrí Dũng\tvi\tBáo Lạng Sơn\tbao-lang-son.txt\n
out: 1\t500 tỷ đồng\tmoney\t500000000000\tVND\thơn\tƯớc hết năm 2022, thu ngân sách đạt hơn 500 tỷ đồng.\thttps://baolangson.example/kinh-te/thu-ngan-sach.html\tThu ngân sách vượt dự toán\t2022-12-01T15:12:13+07:00\tTrí Dũng\tvi\tBáo Lạng Sơn\tbao-lang-son.txt\n

case: escapes in header values are undone, a TAB or newline becomes a space, an escaped backslash before t stays a backslash
args: -l vi
in: \ftitle=Giá vàng\\ttăng mạnh\\nchiều nay\tlang=vi\tsource=C:\\\\bao\\\\tin.txt\n
in: Giá vàng nhẫn tăng 1,5 triệu đồng/lượng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,5 triệu đồng/lượng\tmoney\t1500000\tVND/lượng\t\tGiá vàng nhẫn tăng 1,5 triệu đồng/lượng.\t\tGiá vàng tăng mạnh chiều nay\t\t\tvi\t\tC:\\bao\\tin.txt\n

# The year of a date without one comes from its own document's published date.
case: a second header line starts a new document: numbering restarts, metadata changes
args: -l vi
in: \furl=https://baomoi.example/a-1.html\tpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Sáng 5/12, giá xăng giảm 410 đồng/lít.\n
in: Giá dầu diesel giảm 500 đồng/lít.\n
in: \n
in: \furl=https://baomoi.example/b-2.html\tpublished=2021-12-06T08:00:00+07:00\tlang=vi\n
in: Sáng 5/12, giá xăng tăng 300 đồng/lít.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5/12\tdate\t2022-12-05\t\t\tSáng 5/12, giá xăng giảm 410 đồng/lít.\thttps://baomoi.example/a-1.html\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n
out: 1\t410 đồng/lít\tmoney\t410\tVND/lít\t\tSáng 5/12, giá xăng giảm 410 đồng/lít.\thttps://baomoi.example/a-1.html\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n
out: 2\t500 đồng/lít\tmoney\t500\tVND/lít\t\tGiá dầu diesel giảm 500 đồng/lít.\thttps://baomoi.example/a-1.html\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n
out: 1\t5/12\tdate\t2021-12-05\t\t\tSáng 5/12, giá xăng tăng 300 đồng/lít.\thttps://baomoi.example/b-2.html\t\t2021-12-06T08:00:00+07:00\t\tvi\t\t\n
out: 1\t300 đồng/lít\tmoney\t300\tVND/lít\t\tSáng 5/12, giá xăng tăng 300 đồng/lít.\thttps://baomoi.example/b-2.html\t\t2021-12-06T08:00:00+07:00\t\tvi\t\t\n

case: a document with a header line and no sentences gives no rows
args: -l vi
in: \furl=https://baomoi.example/trong.html\tlang=vi\n
in: \n
in: \furl=https://baomoi.example/day-du.html\tlang=vi\n
in: Năm 2023, tỉnh đón 3 triệu lượt khách.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm 2023\tdate\t2023\t\t\tNăm 2023, tỉnh đón 3 triệu lượt khách.\thttps://baomoi.example/day-du.html\t\t\t\tvi\t\t\n
out: 1\t3 triệu lượt khách\tquantity\t3000000\tlượt khách\t\tNăm 2023, tỉnh đón 3 triệu lượt khách.\thttps://baomoi.example/day-du.html\t\t\t\tvi\t\t\n

case: the sentence field keeps the line as it is, double space included
args: -l vi
in: Tốc độ tăng trưởng một số ngành kinh  tế chủ yếu đạt 12,2%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12,2%\tpercent\t12.2\t%\t\tTốc độ tăng trưởng một số ngành kinh  tế chủ yếu đạt 12,2%.\t\t\t\t\t\t\t\n

case: the sentence field keeps a no-break space
args: -l vi
in: Có 19/22 chỉ tiêu đạt và vượt\xc2\xa0(3 chỉ tiêu chưa đánh giá).\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t19/22 chỉ tiêu\tratio\t19/22\tchỉ tiêu\t\tCó 19/22 chỉ tiêu đạt và vượt\xc2\xa0(3 chỉ tiêu chưa đánh giá).\t\t\t\t\t\t\t\n
out: 1\t3 chỉ tiêu\tquantity\t3\tchỉ tiêu\t\tCó 19/22 chỉ tiêu đạt và vượt\xc2\xa0(3 chỉ tiêu chưa đánh giá).\t\t\t\t\t\t\t\n

# ======================================================================
# Which separators: -l, the lang header key, and the guess from the letters
# ======================================================================

case: without -l, Vietnamese letters make the text Vietnamese
in: Kim ngạch xuất khẩu đạt 12,5 tỷ USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12,5 tỷ USD\tmoney\t12500000000\tUSD\t\tKim ngạch xuất khẩu đạt 12,5 tỷ USD.\t\t\t\t\t\t\t\n

case: -l auto guesses Vietnamese from the letters
args: -l auto
in: Tổng lượng khách du lịch đạt 2.865 nghìn lượt.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2.865 nghìn lượt\tquantity\t2865000\tlượt\t\tTổng lượng khách du lịch đạt 2.865 nghìn lượt.\t\t\t\t\t\t\t\n

case: lang=vi in the header makes text without diacritics Vietnamese
in: \flang=vi\n
in: Lam phat tang 3,25%\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3,25%\tpercent\t3.25\t%\t\tLam phat tang 3,25%\t\t\t\t\tvi\t\t\n

case: a lang value starting with vi counts as Vietnamese
in: \flang=vi-VN\n
in: Chi so VN-Index tang 1,15%\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,15%\tpercent\t1.15\t%\t\tChi so VN-Index tang 1,15%\t\t\t\t\tvi-VN\t\t\n

# The lang header key decides only under -l auto (the default); an explicit -l vi
# is obeyed.  The lang column shows the header's value all the same.
case: -l vi wins over the lang header key; the lang column still shows the header
args: -l vi
in: \flang=en\n
in: Giá vàng nhẫn tăng 1,5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,5%\tpercent\t1.5\t%\t\tGiá vàng nhẫn tăng 1,5%.\t\t\t\t\ten\t\t\n

# ======================================================================
# Separators: a dot groups thousands, a comma is the decimal mark; one or two
# digits after a single dot make it a decimal point; a comma and exactly three
# digits before lượt xem/lượt đọc/lượt thích/người/lượt, or on a line with |,
# group thousands the English way
# ======================================================================

case: a dot groups thousands
args: -l vi
in: Toàn tỉnh còn 2.865 hộ nghèo.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2.865 hộ\tquantity\t2865\thộ\t\tToàn tỉnh còn 2.865 hộ nghèo.\t\t\t\t\t\t\t\n

case: several dot groups
args: -l vi
in: Dân số toàn tỉnh là 1.234.567 người.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234.567 người\tquantity\t1234567\tngười\t\tDân số toàn tỉnh là 1.234.567 người.\t\t\t\t\t\t\t\n

case: a comma is the decimal mark
args: -l vi
in: Tuyến cao tốc Cam Lộ - La Sơn dài 98,35 km.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t98,35 km\tquantity\t98.35\tkm\t\tTuyến cao tốc Cam Lộ - La Sơn dài 98,35 km.\t\t\t\t\t\t\t\n

case: dot groups and a decimal comma in one number
args: -l vi
in: Tổng thu ngân sách trên địa bàn đạt 3.412,5 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.412,5 tỷ đồng\tmoney\t3412500000000\tVND\t\tTổng thu ngân sách trên địa bàn đạt 3.412,5 tỷ đồng.\t\t\t\t\t\t\t\n

case: one digit after a single dot is a decimal point
args: -l vi
in: Lạm phát cơ bản bình quân tăng 1.5% so với cùng kỳ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.5%\tpercent\t1.5\t%\t\tLạm phát cơ bản bình quân tăng 1.5% so với cùng kỳ.\t\t\t\t\t\t\t\n

case: two digits after a single dot are decimals
args: -l vi
in: Vốn FDI giải ngân đạt 20.25 tỷ USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t20.25 tỷ USD\tmoney\t20250000000\tUSD\t\tVốn FDI giải ngân đạt 20.25 tỷ USD.\t\t\t\t\t\t\t\n

case: a dot decimal before a multiplier
args: -l vi
in: Doanh nghiệp đã nộp ngân sách 1.5 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.5 tỷ đồng\tmoney\t1500000000\tVND\t\tDoanh nghiệp đã nộp ngân sách 1.5 tỷ đồng.\t\t\t\t\t\t\t\n

case: 1,117 lượt xem is English grouping
args: -l vi
in: 1,117 lượt xem\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,117 lượt xem\tquantity\t1117\tlượt xem\t\t1,117 lượt xem\t\t\t\t\t\t\t\n

case: 2,348 lượt đọc is English grouping
args: -l vi
in: 2,348 lượt đọc\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2,348 lượt đọc\tquantity\t2348\tlượt đọc\t\t2,348 lượt đọc\t\t\t\t\t\t\t\n

case: a comma and three digits before lượt thích group thousands
args: -l vi
in: Bài viết nhận được 3,456 lượt thích và hàng trăm bình luận.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3,456 lượt thích\tquantity\t3456\tlượt thích\t\tBài viết nhận được 3,456 lượt thích và hàng trăm bình luận.\t\t\t\t\t\t\t\n

case: a comma and three digits before người group thousands
args: -l vi
in: Giải chạy năm nay thu hút 1,250 người tham gia.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,250 người\tquantity\t1250\tngười\t\tGiải chạy năm nay thu hút 1,250 người tham gia.\t\t\t\t\t\t\t\n

case: a comma and three digits before lượt group thousands
args: -l vi
in: Di tích đón 4,512 lượt trong dịp nghỉ lễ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4,512 lượt\tquantity\t4512\tlượt\t\tDi tích đón 4,512 lượt trong dịp nghỉ lễ.\t\t\t\t\t\t\t\n

# Two comma groups cannot be a decimal comma; before an integer noun they group thousands.
case: several comma groups before lượt
args: -l vi
in: Cổng thông tin ghi nhận 1,234,567 lượt truy cập.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,234,567 lượt\tquantity\t1234567\tlượt\t\tCổng thông tin ghi nhận 1,234,567 lượt truy cập.\t\t\t\t\t\t\t\n

case: 1.117 người: the dot groups thousands
args: -l vi
in: Cuộc thi có 1.117 người dự thi.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.117 người\tquantity\t1117\tngười\t\tCuộc thi có 1.117 người dự thi.\t\t\t\t\t\t\t\n

case: on a line with | a comma and three digits group thousands
args: -l vi
in: Cập nhật lúc 08:15 | 19/06/2023 | 3,056\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t08:15\ttime\t08:15\t\t\tCập nhật lúc 08:15 | 19/06/2023 | 3,056\t\t\t\t\t\t\t\n
out: 1\t19/06/2023\tdate\t2023-06-19\t\t\tCập nhật lúc 08:15 | 19/06/2023 | 3,056\t\t\t\t\t\t\t\n
out: 1\t3,056\tnumber\t3056\t\t\tCập nhật lúc 08:15 | 19/06/2023 | 3,056\t\t\t\t\t\t\t\n

case: elsewhere a comma and three digits are a decimal mark
args: -l vi
in: Mực nước sông Hồng tại trạm Hà Nội lên mức 3,125 m.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3,125 m\tquantity\t3.125\tm\t\tMực nước sông Hồng tại trạm Hà Nội lên mức 3,125 m.\t\t\t\t\t\t\t\n

case: 0, and three digits is a decimal
args: -l vi
in: Chỉ số phát triển con người (HDI) của Việt Nam đạt 0,726.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0,726\tnumber\t0.726\t\t\tChỉ số phát triển con người (HDI) của Việt Nam đạt 0,726.\t\t\t\t\t\t\t\n

# The count noun needs an integer only for the whole value: 2,865 triệu = 2 865 000.
case: before a multiplier the comma is decimal even when a count noun follows
args: -l vi
in: Tỉnh đặt mục tiêu đón 2,865 triệu lượt khách.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2,865 triệu lượt khách\tquantity\t2865000\tlượt khách\t\tTỉnh đặt mục tiêu đón 2,865 triệu lượt khách.\t\t\t\t\t\t\t\n

case: trailing zeros after the decimal mark are dropped
args: -l vi
in: Lãi suất cho vay bình quân ở mức 9,50%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9,50%\tpercent\t9.5\t%\t\tLãi suất cho vay bình quân ở mức 9,50%.\t\t\t\t\t\t\t\n

case: a whole number written with ,00 has no point
args: -l vi
in: Tỷ lệ hộ dân dùng nước sạch đạt 100,00%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t100,00%\tpercent\t100\t%\t\tTỷ lệ hộ dân dùng nước sạch đạt 100,00%.\t\t\t\t\t\t\t\n

case: a negative temperature
args: -l vi
in: Nhiệt độ trên đỉnh Fansipan xuống -2°C.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t-2°C\tquantity\t-2\t°C\t\tNhiệt độ trên đỉnh Fansipan xuống -2°C.\t\t\t\t\t\t\t\n

case: grouping before a multiplier
args: -l vi
in: Thanh khoản sàn HoSE đạt 18.560 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t18.560 tỷ đồng\tmoney\t18560000000000\tVND\t\tThanh khoản sàn HoSE đạt 18.560 tỷ đồng.\t\t\t\t\t\t\t\n

case: a large grouped amount times tỷ
args: -l vi
in: Tổng vốn đầu tư công năm 2024 là 657.000 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2024\tdate\t2024\t\t\tTổng vốn đầu tư công năm 2024 là 657.000 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t657.000 tỷ đồng\tmoney\t657000000000000\tVND\t\tTổng vốn đầu tư công năm 2024 là 657.000 tỷ đồng.\t\t\t\t\t\t\t\n

# ======================================================================
# Plain numbers: nothing after them that makes them a percent, money, a
# quantity, a date, a time, a ratio or an ordinal
# ======================================================================

case: a bare index level is a number
args: -l vi
in: Chỉ số VN-Index lần đầu vượt mốc 1.200 kể từ tháng 9/2022.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.200\tnumber\t1200\t\t\tChỉ số VN-Index lần đầu vượt mốc 1.200 kể từ tháng 9/2022.\t\t\t\t\t\t\t\n
out: 1\ttháng 9/2022\tdate\t2022-09\t\t\tChỉ số VN-Index lần đầu vượt mốc 1.200 kể từ tháng 9/2022.\t\t\t\t\t\t\t\n

case: a bare decimal is a number
args: -l vi
in: Hệ số ICOR của nền kinh tế năm 2022 là 6,2.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2022\tdate\t2022\t\t\tHệ số ICOR của nền kinh tế năm 2022 là 6,2.\t\t\t\t\t\t\t\n
out: 1\t6,2\tnumber\t6.2\t\t\tHệ số ICOR của nền kinh tế năm 2022 là 6,2.\t\t\t\t\t\t\t\n

case: a bare score without điểm after it is a number
args: -l vi
in: Điểm tổng hợp PAPI của tỉnh đạt 43,12.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t43,12\tnumber\t43.12\t\t\tĐiểm tổng hợp PAPI của tỉnh đạt 43,12.\t\t\t\t\t\t\t\n

case: a share price without a currency word is a number
args: -l vi
in: Cổ phiếu HPG đóng cửa ở mức 27.350.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t27.350\tnumber\t27350\t\t\tCổ phiếu HPG đóng cửa ở mức 27.350.\t\t\t\t\t\t\t\n

# The spec: a bare multiplier in a Vietnamese price needs a currency word to be
# money.  It is then a number; the spec is silent on its value: the multiplier
# is applied (15 ngàn = 15000), as for money and quantities.
case: a bare multiplier without a currency word is a number, multiplied
args: -l vi
in: Mỗi bó rau muống ở chợ Long Biên giá 15 ngàn.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15 ngàn\tnumber\t15000\t\t\tMỗi bó rau muống ở chợ Long Biên giá 15 ngàn.\t\t\t\t\t\t\t\n

# ======================================================================
# Percent: %, a space before %, phần trăm; điểm phần trăm is percentage
# points (unit pp)
# ======================================================================

case: a decimal percent
args: -l vi
in: Tốc độ tăng trưởng một số ngành kinh tế chủ yếu đạt 12,2%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12,2%\tpercent\t12.2\t%\t\tTốc độ tăng trưởng một số ngành kinh tế chủ yếu đạt 12,2%.\t\t\t\t\t\t\t\n

case: a space before the percent sign
args: -l vi
in: Tỷ lệ hộ nghèo đa chiều còn 12,2 %.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12,2 %\tpercent\t12.2\t%\t\tTỷ lệ hộ nghèo đa chiều còn 12,2 %.\t\t\t\t\t\t\t\n

case: phần trăm written out
args: -l vi
in: Giá điện bán lẻ bình quân tăng 4,5 phần trăm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4,5 phần trăm\tpercent\t4.5\t%\t\tGiá điện bán lẻ bình quân tăng 4,5 phần trăm.\t\t\t\t\t\t\t\n

case: a whole number of phần trăm
args: -l vi
in: Doanh thu bán lẻ hàng hóa tăng 9 phần trăm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9 phần trăm\tpercent\t9\t%\t\tDoanh thu bán lẻ hàng hóa tăng 9 phần trăm.\t\t\t\t\t\t\t\n

case: 100% xã is a percent, not a count of communes
args: -l vi
in: Huyện có 100% xã đạt chuẩn nông thôn mới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t100%\tpercent\t100\t%\t\tHuyện có 100% xã đạt chuẩn nông thôn mới.\t\t\t\t\t\t\t\n

case: two percents in one sentence, in order
args: -l vi
in: Lạm phát bình quân năm 2023 là 3,25%, thấp hơn mục tiêu 4,5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2023\tdate\t2023\t\t\tLạm phát bình quân năm 2023 là 3,25%, thấp hơn mục tiêu 4,5%.\t\t\t\t\t\t\t\n
out: 1\t3,25%\tpercent\t3.25\t%\t\tLạm phát bình quân năm 2023 là 3,25%, thấp hơn mục tiêu 4,5%.\t\t\t\t\t\t\t\n
out: 1\t4,5%\tpercent\t4.5\t%\t\tLạm phát bình quân năm 2023 là 3,25%, thấp hơn mục tiêu 4,5%.\t\t\t\t\t\t\t\n

case: điểm phần trăm is percentage points
args: -l vi
in: Tỷ lệ thất nghiệp giảm 0,2 điểm phần trăm so với cùng kỳ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0,2 điểm phần trăm\tpercent\t0.2\tpp\t\tTỷ lệ thất nghiệp giảm 0,2 điểm phần trăm so với cùng kỳ.\t\t\t\t\t\t\t\n

case: percentage points are not a score in điểm
args: -l vi
in: Tỷ trọng công nghiệp chế biến, chế tạo trong GDP tăng 1,25 điểm phần trăm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,25 điểm phần trăm\tpercent\t1.25\tpp\t\tTỷ trọng công nghiệp chế biến, chế tạo trong GDP tăng 1,25 điểm phần trăm.\t\t\t\t\t\t\t\n

case: a percent in brackets between two scores
args: -l vi
in: VN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12,35 điểm\tquantity\t12.35\tđiểm\t\tVN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm.\t\t\t\t\t\t\t\n
out: 1\t1,15%\tpercent\t1.15\t%\t\tVN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm.\t\t\t\t\t\t\t\n
out: 1\t1.085,6 điểm\tquantity\t1085.6\tđiểm\t\tVN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm.\t\t\t\t\t\t\t\n

# The spec keeps a per-unit denominator for money only; it is silent on
# %/năm.  A rate per year is not a plain percent, so the unit keeps it, as
# for money (and for quantities below: km/h, tạ/ha).
case: a percent per year keeps its denominator in the unit
args: -l vi
in: Lãi suất tiết kiệm kỳ hạn 12 tháng phổ biến ở mức 6,5%/năm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 tháng\tquantity\t12\ttháng\t\tLãi suất tiết kiệm kỳ hạn 12 tháng phổ biến ở mức 6,5%/năm.\t\t\t\t\t\t\t\n
out: 1\t6,5%/năm\tpercent\t6.5\t%/năm\t\tLãi suất tiết kiệm kỳ hạn 12 tháng phổ biến ở mức 6,5%/năm.\t\t\t\t\t\t\t\n

case: a two-decimal pass rate after a year
args: -l vi
in: Tỷ lệ học sinh đỗ tốt nghiệp THPT năm 2023 đạt 98,88%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2023\tdate\t2023\t\t\tTỷ lệ học sinh đỗ tốt nghiệp THPT năm 2023 đạt 98,88%.\t\t\t\t\t\t\t\n
out: 1\t98,88%\tpercent\t98.88\t%\t\tTỷ lệ học sinh đỗ tốt nghiệp THPT năm 2023 đạt 98,88%.\t\t\t\t\t\t\t\n

case: a small percent after a month
args: -l vi
in: Chỉ số giá tiêu dùng tháng 10/2023 tăng 0,08% so với tháng trước.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttháng 10/2023\tdate\t2023-10\t\t\tChỉ số giá tiêu dùng tháng 10/2023 tăng 0,08% so với tháng trước.\t\t\t\t\t\t\t\n
out: 1\t0,08%\tpercent\t0.08\t%\t\tChỉ số giá tiêu dùng tháng 10/2023 tăng 0,08% so với tháng trước.\t\t\t\t\t\t\t\n

case: a rice grade in percent and a price per ton
args: -l vi
in: Giá gạo xuất khẩu 5% tấm ở mức 650 USD/tấn.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tGiá gạo xuất khẩu 5% tấm ở mức 650 USD/tấn.\t\t\t\t\t\t\t\n
out: 1\t650 USD/tấn\tmoney\t650\tUSD/tấn\t\tGiá gạo xuất khẩu 5% tấm ở mức 650 USD/tấn.\t\t\t\t\t\t\t\n

# ======================================================================
# Money in đồng: đồng, đ, ₫, VNĐ, VND all give VND; the multipliers nghìn/ngàn,
# triệu, tỷ/tỉ, nghìn tỷ; additive amounts such as 2 tỷ 300 triệu đồng
# ======================================================================

case: tỷ đồng
args: -l vi
in: Tổng vốn đầu tư của dự án là 465 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t465 tỷ đồng\tmoney\t465000000000\tVND\t\tTổng vốn đầu tư của dự án là 465 tỷ đồng.\t\t\t\t\t\t\t\n

case: đồng without a multiplier
args: -l vi
in: Giá vé tàu điện trên cao là 8.000 đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t8.000 đồng\tmoney\t8000\tVND\t\tGiá vé tàu điện trên cao là 8.000 đồng.\t\t\t\t\t\t\t\n

case: đ glued to the number
args: -l vi
in: Giá vé xe buýt nội đô là 7.000đ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7.000đ\tmoney\t7000\tVND\t\tGiá vé xe buýt nội đô là 7.000đ.\t\t\t\t\t\t\t\n

case: the sign ₫
args: -l vi
in: Mẫu điện thoại này có giá niêm yết 12.990.000₫.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12.990.000₫\tmoney\t12990000\tVND\t\tMẫu điện thoại này có giá niêm yết 12.990.000₫.\t\t\t\t\t\t\t\n

case: VNĐ
args: -l vi
in: Mỗi hộ gia đình được hỗ trợ 500.000 VNĐ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t500.000 VNĐ\tmoney\t500000\tVND\t\tMỗi hộ gia đình được hỗ trợ 500.000 VNĐ.\t\t\t\t\t\t\t\n

case: VND after a multiplier
args: -l vi
in: Ngân hàng tăng vốn điều lệ lên 3.000 tỷ VND.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.000 tỷ VND\tmoney\t3000000000000\tVND\t\tNgân hàng tăng vốn điều lệ lên 3.000 tỷ VND.\t\t\t\t\t\t\t\n

case: VND without a multiplier
args: -l vi
in: Giá trần vé máy bay chặng dài là 4.000.000 VND.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4.000.000 VND\tmoney\t4000000\tVND\t\tGiá trần vé máy bay chặng dài là 4.000.000 VND.\t\t\t\t\t\t\t\n

case: the spelling tỉ
args: -l vi
in: Công ty bị truy thu 5 tỉ đồng tiền thuế.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 tỉ đồng\tmoney\t5000000000\tVND\t\tCông ty bị truy thu 5 tỉ đồng tiền thuế.\t\t\t\t\t\t\t\n

case: ngàn đồng
args: -l vi
in: Giá mỗi ly cà phê tăng thêm 5 ngàn đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 ngàn đồng\tmoney\t5000\tVND\t\tGiá mỗi ly cà phê tăng thêm 5 ngàn đồng.\t\t\t\t\t\t\t\n

case: nghìn đồng
args: -l vi
in: Mỗi học sinh được hỗ trợ 500 nghìn đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t500 nghìn đồng\tmoney\t500000\tVND\t\tMỗi học sinh được hỗ trợ 500 nghìn đồng.\t\t\t\t\t\t\t\n

case: a decimal number of triệu đồng
args: -l vi
in: Người vi phạm bị phạt 7,5 triệu đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7,5 triệu đồng\tmoney\t7500000\tVND\t\tNgười vi phạm bị phạt 7,5 triệu đồng.\t\t\t\t\t\t\t\n

case: nghìn tỷ đồng
args: -l vi
in: Chính phủ dành 120 nghìn tỷ đồng cho gói tín dụng nhà ở xã hội.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t120 nghìn tỷ đồng\tmoney\t120000000000000\tVND\t\tChính phủ dành 120 nghìn tỷ đồng cho gói tín dụng nhà ở xã hội.\t\t\t\t\t\t\t\n

case: a grouped decimal number of tỷ đồng
args: -l vi
in: Dự toán chi ngân sách địa phương năm 2023 là 15.420,5 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2023\tdate\t2023\t\t\tDự toán chi ngân sách địa phương năm 2023 là 15.420,5 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t15.420,5 tỷ đồng\tmoney\t15420500000000\tVND\t\tDự toán chi ngân sách địa phương năm 2023 là 15.420,5 tỷ đồng.\t\t\t\t\t\t\t\n

case: 2 tỷ 300 triệu đồng adds up
args: -l vi
in: Gia đình ông được bồi thường 2 tỷ 300 triệu đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2 tỷ 300 triệu đồng\tmoney\t2300000000\tVND\t\tGia đình ông được bồi thường 2 tỷ 300 triệu đồng.\t\t\t\t\t\t\t\n

case: 1 tỷ 250 triệu đồng adds up
args: -l vi
in: Tổng kinh phí xây dựng nhà văn hóa thôn là 1 tỷ 250 triệu đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1 tỷ 250 triệu đồng\tmoney\t1250000000\tVND\t\tTổng kinh phí xây dựng nhà văn hóa thôn là 1 tỷ 250 triệu đồng.\t\t\t\t\t\t\t\n

case: 3 triệu 500 nghìn đồng adds up
args: -l vi
in: Học phí mỗi tháng là 3 triệu 500 nghìn đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 triệu 500 nghìn đồng\tmoney\t3500000\tVND\t\tHọc phí mỗi tháng là 3 triệu 500 nghìn đồng.\t\t\t\t\t\t\t\n

case: an amount starting with đ-words is not money: đảng viên
args: -l vi
in: Chi bộ có 25 đảng viên.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t25 đảng viên\tquantity\t25\tđảng viên\t\tChi bộ có 25 đảng viên.\t\t\t\t\t\t\t\n

case: đại biểu after a number is not money
args: -l vi
in: Có 5 đại biểu vắng mặt có lý do.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 đại biểu\tquantity\t5\tđại biểu\t\tCó 5 đại biểu vắng mặt có lý do.\t\t\t\t\t\t\t\n

# ======================================================================
# Money in other currencies: USD, $, đô la, đô; euro, EUR, €; bảng Anh, £,
# GBP; yên, JPY; NDT, nhân dân tệ
# ======================================================================

case: tỷ USD with a decimal comma
args: -l vi
in: Xuất siêu của cả nước trong tháng đạt 1,25 tỷ USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,25 tỷ USD\tmoney\t1250000000\tUSD\t\tXuất siêu của cả nước trong tháng đạt 1,25 tỷ USD.\t\t\t\t\t\t\t\n

case: triệu USD
args: -l vi
in: Kim ngạch xuất khẩu rau quả đạt 412,8 triệu USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t412,8 triệu USD\tmoney\t412800000\tUSD\t\tKim ngạch xuất khẩu rau quả đạt 412,8 triệu USD.\t\t\t\t\t\t\t\n

case: USD without a multiplier
args: -l vi
in: Thu nhập bình quân đầu người đạt 4.110 USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4.110 USD\tmoney\t4110\tUSD\t\tThu nhập bình quân đầu người đạt 4.110 USD.\t\t\t\t\t\t\t\n

case: a year and tỷ USD
args: -l vi
in: Kim ngạch xuất khẩu năm 2022 đạt 371,85 tỷ USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2022\tdate\t2022\t\t\tKim ngạch xuất khẩu năm 2022 đạt 371,85 tỷ USD.\t\t\t\t\t\t\t\n
out: 1\t371,85 tỷ USD\tmoney\t371850000000\tUSD\t\tKim ngạch xuất khẩu năm 2022 đạt 371,85 tỷ USD.\t\t\t\t\t\t\t\n

# từ without đến is not a range, and not a qualifier either.
case: the dollar sign before the number, Vietnamese grouping
args: -l vi
in: Mẫu điện thoại mới được bán với giá từ $1.199.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$1.199\tmoney\t1199\tUSD\t\tMẫu điện thoại mới được bán với giá từ $1.199.\t\t\t\t\t\t\t\n

case: đô la
args: -l vi
in: Vốn đầu tư nước ngoài vào tỉnh đạt 5 tỷ đô la.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 tỷ đô la\tmoney\t5000000000\tUSD\t\tVốn đầu tư nước ngoài vào tỉnh đạt 5 tỷ đô la.\t\t\t\t\t\t\t\n

case: đô
args: -l vi
in: Mỗi tháng anh gửi về cho gia đình 2.000 đô.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2.000 đô\tmoney\t2000\tUSD\t\tMỗi tháng anh gửi về cho gia đình 2.000 đô.\t\t\t\t\t\t\t\n

case: euro
args: -l vi
in: Ủy ban châu Âu phạt tập đoàn này 4,3 tỷ euro.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4,3 tỷ euro\tmoney\t4300000000\tEUR\t\tỦy ban châu Âu phạt tập đoàn này 4,3 tỷ euro.\t\t\t\t\t\t\t\n

case: EUR
args: -l vi
in: Dự án được tài trợ 50 triệu EUR.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t50 triệu EUR\tmoney\t50000000\tEUR\t\tDự án được tài trợ 50 triệu EUR.\t\t\t\t\t\t\t\n

case: the euro sign before the number
args: -l vi
in: Câu lạc bộ chi €100 triệu để chiêu mộ tiền đạo này.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t€100 triệu\tmoney\t100000000\tEUR\t\tCâu lạc bộ chi €100 triệu để chiêu mộ tiền đạo này.\t\t\t\t\t\t\t\n

case: bảng Anh
args: -l vi
in: Hợp đồng chuyển nhượng trị giá 85 triệu bảng Anh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t85 triệu bảng Anh\tmoney\t85000000\tGBP\t\tHợp đồng chuyển nhượng trị giá 85 triệu bảng Anh.\t\t\t\t\t\t\t\n

case: the pound sign
args: -l vi
in: Bản hợp đồng trị giá £60 triệu.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t£60 triệu\tmoney\t60000000\tGBP\t\tBản hợp đồng trị giá £60 triệu.\t\t\t\t\t\t\t\n

case: GBP
args: -l vi
in: Khoản phí chuyển nhượng là 45 triệu GBP.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t45 triệu GBP\tmoney\t45000000\tGBP\t\tKhoản phí chuyển nhượng là 45 triệu GBP.\t\t\t\t\t\t\t\n

case: yên
args: -l vi
in: Nhật Bản cho vay 40 tỷ yên vốn ODA.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t40 tỷ yên\tmoney\t40000000000\tJPY\t\tNhật Bản cho vay 40 tỷ yên vốn ODA.\t\t\t\t\t\t\t\n

case: JPY
args: -l vi
in: Tập đoàn rót 20 tỷ JPY vào nhà máy mới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t20 tỷ JPY\tmoney\t20000000000\tJPY\t\tTập đoàn rót 20 tỷ JPY vào nhà máy mới.\t\t\t\t\t\t\t\n

case: the yen sign before the number
args: -l vi
in: Gói viện trợ không hoàn lại trị giá ¥300 triệu.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t¥300 triệu\tmoney\t300000000\tJPY\t\tGói viện trợ không hoàn lại trị giá ¥300 triệu.\t\t\t\t\t\t\t\n

case: CNY
args: -l vi
in: Kim ngạch thương mại qua cửa khẩu đạt 5 tỷ CNY.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 tỷ CNY\tmoney\t5000000000\tCNY\t\tKim ngạch thương mại qua cửa khẩu đạt 5 tỷ CNY.\t\t\t\t\t\t\t\n

case: NDT
args: -l vi
in: Doanh thu của hãng đạt 10 tỷ NDT.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10 tỷ NDT\tmoney\t10000000000\tCNY\t\tDoanh thu của hãng đạt 10 tỷ NDT.\t\t\t\t\t\t\t\n

case: nhân dân tệ
args: -l vi
in: Trung Quốc công bố gói kích thích 1.000 tỷ nhân dân tệ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.000 tỷ nhân dân tệ\tmoney\t1000000000000\tCNY\t\tTrung Quốc công bố gói kích thích 1.000 tỷ nhân dân tệ.\t\t\t\t\t\t\t\n

# ======================================================================
# Prices per unit: the denominator stays in the unit after the currency code
# ======================================================================

case: triệu đồng/lượng
args: -l vi
in: Giá vàng miếng SJC bán ra ở mức 74,5 triệu đồng/lượng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t74,5 triệu đồng/lượng\tmoney\t74500000\tVND/lượng\t\tGiá vàng miếng SJC bán ra ở mức 74,5 triệu đồng/lượng.\t\t\t\t\t\t\t\n

case: buying and selling gold prices, in order
args: -l vi
in: Giá vàng SJC niêm yết 66,5 triệu đồng/lượng mua vào và 67,3 triệu đồng/lượng bán ra.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t66,5 triệu đồng/lượng\tmoney\t66500000\tVND/lượng\t\tGiá vàng SJC niêm yết 66,5 triệu đồng/lượng mua vào và 67,3 triệu đồng/lượng bán ra.\t\t\t\t\t\t\t\n
out: 1\t67,3 triệu đồng/lượng\tmoney\t67300000\tVND/lượng\t\tGiá vàng SJC niêm yết 66,5 triệu đồng/lượng mua vào và 67,3 triệu đồng/lượng bán ra.\t\t\t\t\t\t\t\n

case: đ/lượt glued
args: -l vi
in: Giá gửi xe máy tại bệnh viện là 5.000đ/lượt.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5.000đ/lượt\tmoney\t5000\tVND/lượt\t\tGiá gửi xe máy tại bệnh viện là 5.000đ/lượt.\t\t\t\t\t\t\t\n

case: đồng/lít
args: -l vi
in: Giá xăng sinh học giảm còn 21.540 đồng/lít.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t21.540 đồng/lít\tmoney\t21540\tVND/lít\t\tGiá xăng sinh học giảm còn 21.540 đồng/lít.\t\t\t\t\t\t\t\n

case: USD/thùng
args: -l vi
in: Giá dầu Brent tăng lên 85,4 USD/thùng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t85,4 USD/thùng\tmoney\t85.4\tUSD/thùng\t\tGiá dầu Brent tăng lên 85,4 USD/thùng.\t\t\t\t\t\t\t\n

case: USD/ounce
args: -l vi
in: Giá vàng thế giới giao ngay ở mức 1.950 USD/ounce.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.950 USD/ounce\tmoney\t1950\tUSD/ounce\t\tGiá vàng thế giới giao ngay ở mức 1.950 USD/ounce.\t\t\t\t\t\t\t\n

case: triệu đồng/m2
args: -l vi
in: Giá căn hộ chung cư trung bình đạt 45 triệu đồng/m2.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t45 triệu đồng/m2\tmoney\t45000000\tVND/m2\t\tGiá căn hộ chung cư trung bình đạt 45 triệu đồng/m2.\t\t\t\t\t\t\t\n

case: triệu đồng/m²
args: -l vi
in: Giá đất mặt phố cao nhất là 695 triệu đồng/m².\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t695 triệu đồng/m²\tmoney\t695000000\tVND/m²\t\tGiá đất mặt phố cao nhất là 695 triệu đồng/m².\t\t\t\t\t\t\t\n

case: đồng/kWh with decimals
args: -l vi
in: Giá bán lẻ điện bình quân là 1.920,37 đồng/kWh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.920,37 đồng/kWh\tmoney\t1920.37\tVND/kWh\t\tGiá bán lẻ điện bình quân là 1.920,37 đồng/kWh.\t\t\t\t\t\t\t\n

case: an exchange rate in đồng/USD
args: -l vi
in: Tỷ giá trung tâm được niêm yết ở mức 23.650 đồng/USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t23.650 đồng/USD\tmoney\t23650\tVND/USD\t\tTỷ giá trung tâm được niêm yết ở mức 23.650 đồng/USD.\t\t\t\t\t\t\t\n

case: an exchange rate in VND/USD
args: -l vi
in: Giá bán USD tại các ngân hàng lên 24.800 VND/USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t24.800 VND/USD\tmoney\t24800\tVND/USD\t\tGiá bán USD tại các ngân hàng lên 24.800 VND/USD.\t\t\t\t\t\t\t\n

case: triệu đồng/tháng; a hedge word that is not next to the number is no qualifier
args: -l vi
in: Lương tối thiểu vùng cao nhất là 4,68 triệu đồng/tháng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4,68 triệu đồng/tháng\tmoney\t4680000\tVND/tháng\t\tLương tối thiểu vùng cao nhất là 4,68 triệu đồng/tháng.\t\t\t\t\t\t\t\n

case: đồng/người/năm keeps both denominators
args: -l vi
in: Thu nhập bình quân đầu người đạt 75 triệu đồng/người/năm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t75 triệu đồng/người/năm\tmoney\t75000000\tVND/người/năm\t\tThu nhập bình quân đầu người đạt 75 triệu đồng/người/năm.\t\t\t\t\t\t\t\n

case: tỷ đồng/căn
args: -l vi
in: Mỗi căn nhà phố được rao bán 12 tỷ đồng/căn.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 tỷ đồng/căn\tmoney\t12000000000\tVND/căn\t\tMỗi căn nhà phố được rao bán 12 tỷ đồng/căn.\t\t\t\t\t\t\t\n

case: triệu đồng/chỉ: chỉ as a gold unit, not the qualifier
args: -l vi
in: Vàng nhẫn được bán ra ở mức 5,6 triệu đồng/chỉ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5,6 triệu đồng/chỉ\tmoney\t5600000\tVND/chỉ\t\tVàng nhẫn được bán ra ở mức 5,6 triệu đồng/chỉ.\t\t\t\t\t\t\t\n

case: đồng/kg
args: -l vi
in: Giá lúa tươi tại ruộng đạt 7.500 đồng/kg.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7.500 đồng/kg\tmoney\t7500\tVND/kg\t\tGiá lúa tươi tại ruộng đạt 7.500 đồng/kg.\t\t\t\t\t\t\t\n

case: đ/kg glued
args: -l vi
in: Giá thanh long ruột đỏ giảm xuống 3.000đ/kg.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.000đ/kg\tmoney\t3000\tVND/kg\t\tGiá thanh long ruột đỏ giảm xuống 3.000đ/kg.\t\t\t\t\t\t\t\n

# ======================================================================
# Quantities with a unit of measure: the unit as written (°C, km², MW keep
# their case); a multiplier multiplies
# ======================================================================

case: m with a decimal comma
args: -l vi
in: Nước lũ dâng cao 1,5 m, nhiều tuyến đường bị chia cắt.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,5 m\tquantity\t1.5\tm\t\tNước lũ dâng cao 1,5 m, nhiều tuyến đường bị chia cắt.\t\t\t\t\t\t\t\n

case: cm, with khoảng
args: -l vi
in: Vết nứt trên thân đê rộng khoảng 30 cm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30 cm\tquantity\t30\tcm\tkhoảng\tVết nứt trên thân đê rộng khoảng 30 cm.\t\t\t\t\t\t\t\n

case: mm of rain
args: -l vi
in: Lượng mưa tại Huế đo được 250 mm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t250 mm\tquantity\t250\tmm\t\tLượng mưa tại Huế đo được 250 mm.\t\t\t\t\t\t\t\n

case: m2
args: -l vi
in: Căn hộ có diện tích 70 m2.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t70 m2\tquantity\t70\tm2\t\tCăn hộ có diện tích 70 m2.\t\t\t\t\t\t\t\n

case: m²
args: -l vi
in: Tòa nhà có tổng diện tích sàn 12.500 m².\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12.500 m²\tquantity\t12500\tm²\t\tTòa nhà có tổng diện tích sàn 12.500 m².\t\t\t\t\t\t\t\n

case: km2
args: -l vi
in: Tỉnh Lạng Sơn có diện tích tự nhiên 8.310 km2.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t8.310 km2\tquantity\t8310\tkm2\t\tTỉnh Lạng Sơn có diện tích tự nhiên 8.310 km2.\t\t\t\t\t\t\t\n

case: km² with a decimal comma
args: -l vi
in: Diện tích tự nhiên của thành phố là 3.359,82 km².\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.359,82 km²\tquantity\t3359.82\tkm²\t\tDiện tích tự nhiên của thành phố là 3.359,82 km².\t\t\t\t\t\t\t\n

case: ha
args: -l vi
in: Dự án khu công nghiệp có quy mô 1.200 ha.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.200 ha\tquantity\t1200\tha\t\tDự án khu công nghiệp có quy mô 1.200 ha.\t\t\t\t\t\t\t\n

case: kg
args: -l vi
in: Lực lượng chức năng thu giữ 2,5 kg ma túy tổng hợp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2,5 kg\tquantity\t2.5\tkg\t\tLực lượng chức năng thu giữ 2,5 kg ma túy tổng hợp.\t\t\t\t\t\t\t\n

case: g
args: -l vi
in: Mỗi gói sản phẩm nặng 200 g.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t200 g\tquantity\t200\tg\t\tMỗi gói sản phẩm nặng 200 g.\t\t\t\t\t\t\t\n

case: triệu tấn multiplies
args: -l vi
in: Việt Nam xuất khẩu 7,1 triệu tấn gạo trong năm 2022.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7,1 triệu tấn\tquantity\t7100000\ttấn\t\tViệt Nam xuất khẩu 7,1 triệu tấn gạo trong năm 2022.\t\t\t\t\t\t\t\n
out: 1\tnăm 2022\tdate\t2022\t\t\tViệt Nam xuất khẩu 7,1 triệu tấn gạo trong năm 2022.\t\t\t\t\t\t\t\n

# The spec is silent on a quantity per unit; as for prices, the unit keeps the denominator.
case: tạ/ha keeps its denominator
args: -l vi
in: Năng suất lúa vụ đông xuân đạt 68,5 tạ/ha.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t68,5 tạ/ha\tquantity\t68.5\ttạ/ha\t\tNăng suất lúa vụ đông xuân đạt 68,5 tạ/ha.\t\t\t\t\t\t\t\n

case: lít
args: -l vi
in: Cơ quan chức năng phát hiện 5.000 lít xăng không rõ nguồn gốc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5.000 lít\tquantity\t5000\tlít\t\tCơ quan chức năng phát hiện 5.000 lít xăng không rõ nguồn gốc.\t\t\t\t\t\t\t\n

case: l
args: -l vi
in: Xe bồn chở 12.000 l xăng bị lật trên đèo.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12.000 l\tquantity\t12000\tl\t\tXe bồn chở 12.000 l xăng bị lật trên đèo.\t\t\t\t\t\t\t\n

case: ml
args: -l vi
in: Mỗi liều vắc xin có thể tích 0,5 ml.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0,5 ml\tquantity\t0.5\tml\t\tMỗi liều vắc xin có thể tích 0,5 ml.\t\t\t\t\t\t\t\n

case: °C glued
args: -l vi
in: Nhiệt độ cao nhất tại Hà Nội lên tới 38°C.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t38°C\tquantity\t38\t°C\t\tNhiệt độ cao nhất tại Hà Nội lên tới 38°C.\t\t\t\t\t\t\t\n

case: °C after a space
args: -l vi
in: Nhiệt độ trung bình năm là 23,5 °C.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t23,5 °C\tquantity\t23.5\t°C\t\tNhiệt độ trung bình năm là 23,5 °C.\t\t\t\t\t\t\t\n

# The unit is as written: độ C is not rewritten as °C, and units are not lowercased.
case: độ C keeps its spelling and its capital C
args: -l vi
in: Nhiệt độ vùng núi phía Bắc có nơi xuống 5 độ C.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 độ C\tquantity\t5\tđộ C\t\tNhiệt độ vùng núi phía Bắc có nơi xuống 5 độ C.\t\t\t\t\t\t\t\n

case: triệu kWh
args: -l vi
in: Sản lượng điện tiêu thụ đạt 950 triệu kWh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t950 triệu kWh\tquantity\t950000000\tkWh\t\tSản lượng điện tiêu thụ đạt 950 triệu kWh.\t\t\t\t\t\t\t\n

case: MW
args: -l vi
in: Nhà máy nhiệt điện có công suất 1.200 MW.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.200 MW\tquantity\t1200\tMW\t\tNhà máy nhiệt điện có công suất 1.200 MW.\t\t\t\t\t\t\t\n

case: GW
args: -l vi
in: Tổng công suất điện mặt trời đạt 16,5 GW.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t16,5 GW\tquantity\t16.5\tGW\t\tTổng công suất điện mặt trời đạt 16,5 GW.\t\t\t\t\t\t\t\n

# The spec does not list km/h; the unit keeps its denominator, and the h is no hour.
case: km/h is a speed, not a time
args: -l vi
in: Xe khách chạy 110 km/h trên đoạn đường giới hạn 80 km/h.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t110 km/h\tquantity\t110\tkm/h\t\tXe khách chạy 110 km/h trên đoạn đường giới hạn 80 km/h.\t\t\t\t\t\t\t\n
out: 1\t80 km/h\tquantity\t80\tkm/h\t\tXe khách chạy 110 km/h trên đoạn đường giới hạn 80 km/h.\t\t\t\t\t\t\t\n

# ======================================================================
# Quantities of counted nouns: the noun in lowercase; the longest listed noun
# wins (ca mắc over ca, căn hộ over căn, lượt khách over lượt); a listed noun
# followed by more words keeps only the listed noun (5/5 nhóm nhiệm vụ → nhóm)
# ======================================================================

case: người, twice
args: -l vi
in: Vụ tai nạn làm 3 người chết và 5 người bị thương.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 người\tquantity\t3\tngười\t\tVụ tai nạn làm 3 người chết và 5 người bị thương.\t\t\t\t\t\t\t\n
out: 1\t5 người\tquantity\t5\tngười\t\tVụ tai nạn làm 3 người chết và 5 người bị thương.\t\t\t\t\t\t\t\n

case: hộ
args: -l vi
in: Trận lũ quét làm 38 hộ dân phải di dời khẩn cấp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t38 hộ\tquantity\t38\thộ\t\tTrận lũ quét làm 38 hộ dân phải di dời khẩn cấp.\t\t\t\t\t\t\t\n

case: xã
args: -l vi
in: Huyện có 12 xã đạt chuẩn nông thôn mới nâng cao.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 xã\tquantity\t12\txã\t\tHuyện có 12 xã đạt chuẩn nông thôn mới nâng cao.\t\t\t\t\t\t\t\n

case: phường and xã
args: -l vi
in: Thành phố có 15 phường và 6 xã.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15 phường\tquantity\t15\tphường\t\tThành phố có 15 phường và 6 xã.\t\t\t\t\t\t\t\n
out: 1\t6 xã\tquantity\t6\txã\t\tThành phố có 15 phường và 6 xã.\t\t\t\t\t\t\t\n

case: huyện
args: -l vi
in: Mưa lớn gây ngập úng tại 4 huyện miền núi.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4 huyện\tquantity\t4\thuyện\t\tMưa lớn gây ngập úng tại 4 huyện miền núi.\t\t\t\t\t\t\t\n

case: tỉnh
args: -l vi
in: Đợt rét đậm ảnh hưởng đến 25 tỉnh phía Bắc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t25 tỉnh\tquantity\t25\ttỉnh\t\tĐợt rét đậm ảnh hưởng đến 25 tỉnh phía Bắc.\t\t\t\t\t\t\t\n

case: thôn and bản
args: -l vi
in: Xã còn 3 thôn và 2 bản chưa có điện lưới quốc gia.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 thôn\tquantity\t3\tthôn\t\tXã còn 3 thôn và 2 bản chưa có điện lưới quốc gia.\t\t\t\t\t\t\t\n
out: 1\t2 bản\tquantity\t2\tbản\t\tXã còn 3 thôn và 2 bản chưa có điện lưới quốc gia.\t\t\t\t\t\t\t\n

case: đảng viên
args: -l vi
in: Đảng bộ huyện kết nạp 230 đảng viên mới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t230 đảng viên\tquantity\t230\tđảng viên\t\tĐảng bộ huyện kết nạp 230 đảng viên mới.\t\t\t\t\t\t\t\n

case: đại biểu
args: -l vi
in: Hội nghị có 480 đại biểu tham dự.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t480 đại biểu\tquantity\t480\tđại biểu\t\tHội nghị có 480 đại biểu tham dự.\t\t\t\t\t\t\t\n

case: học sinh
args: -l vi
in: Năm học này, trường tiếp nhận 1.200 học sinh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.200 học sinh\tquantity\t1200\thọc sinh\t\tNăm học này, trường tiếp nhận 1.200 học sinh.\t\t\t\t\t\t\t\n

case: sinh viên
args: -l vi
in: Trường đại học tuyển mới 3.500 sinh viên.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.500 sinh viên\tquantity\t3500\tsinh viên\t\tTrường đại học tuyển mới 3.500 sinh viên.\t\t\t\t\t\t\t\n

case: tháng as a duration and doanh nghiệp
args: -l vi
in: Trong 10 tháng, cả nước có 130.000 doanh nghiệp thành lập mới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10 tháng\tquantity\t10\ttháng\t\tTrong 10 tháng, cả nước có 130.000 doanh nghiệp thành lập mới.\t\t\t\t\t\t\t\n
out: 1\t130.000 doanh nghiệp\tquantity\t130000\tdoanh nghiệp\t\tTrong 10 tháng, cả nước có 130.000 doanh nghiệp thành lập mới.\t\t\t\t\t\t\t\n

case: dự án
args: -l vi
in: Thành phố thu hồi 12 dự án chậm tiến độ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 dự án\tquantity\t12\tdự án\t\tThành phố thu hồi 12 dự án chậm tiến độ.\t\t\t\t\t\t\t\n

case: ca mắc
args: -l vi
in: Hà Nội ghi nhận 1.250 ca mắc sốt xuất huyết trong tuần.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.250 ca mắc\tquantity\t1250\tca mắc\t\tHà Nội ghi nhận 1.250 ca mắc sốt xuất huyết trong tuần.\t\t\t\t\t\t\t\n

case: ca bệnh
args: -l vi
in: Bệnh viện tiếp nhận 320 ca bệnh nặng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t320 ca bệnh\tquantity\t320\tca bệnh\t\tBệnh viện tiếp nhận 320 ca bệnh nặng.\t\t\t\t\t\t\t\n

case: ca alone
args: -l vi
in: Dịch sởi đã làm 3 ca tử vong.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 ca\tquantity\t3\tca\t\tDịch sởi đã làm 3 ca tử vong.\t\t\t\t\t\t\t\n

case: lượt
args: -l vi
in: Cổng dịch vụ công tiếp nhận 15.000 lượt truy cập mỗi ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15.000 lượt\tquantity\t15000\tlượt\t\tCổng dịch vụ công tiếp nhận 15.000 lượt truy cập mỗi ngày.\t\t\t\t\t\t\t\n

case: triệu lượt khách
args: -l vi
in: Năm 2023, Việt Nam đón 12,6 triệu lượt khách quốc tế.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm 2023\tdate\t2023\t\t\tNăm 2023, Việt Nam đón 12,6 triệu lượt khách quốc tế.\t\t\t\t\t\t\t\n
out: 1\t12,6 triệu lượt khách\tquantity\t12600000\tlượt khách\t\tNăm 2023, Việt Nam đón 12,6 triệu lượt khách quốc tế.\t\t\t\t\t\t\t\n

case: triệu lượt xem and ngày as a duration
args: -l vi
in: Video clip đạt 2 triệu lượt xem sau 3 ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2 triệu lượt xem\tquantity\t2000000\tlượt xem\t\tVideo clip đạt 2 triệu lượt xem sau 3 ngày.\t\t\t\t\t\t\t\n
out: 1\t3 ngày\tquantity\t3\tngày\t\tVideo clip đạt 2 triệu lượt xem sau 3 ngày.\t\t\t\t\t\t\t\n

case: nghìn lượt with a noun after lượt
args: -l vi
in: Sân bay Nội Bài phục vụ 85 nghìn lượt hành khách mỗi ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t85 nghìn lượt\tquantity\t85000\tlượt\t\tSân bay Nội Bài phục vụ 85 nghìn lượt hành khách mỗi ngày.\t\t\t\t\t\t\t\n

case: khách
args: -l vi
in: Khu du lịch đón 5.000 khách dịp cuối tuần.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5.000 khách\tquantity\t5000\tkhách\t\tKhu du lịch đón 5.000 khách dịp cuối tuần.\t\t\t\t\t\t\t\n

case: chỉ tiêu
args: -l vi
in: Huyện hoàn thành 18 chỉ tiêu kinh tế - xã hội.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t18 chỉ tiêu\tquantity\t18\tchỉ tiêu\t\tHuyện hoàn thành 18 chỉ tiêu kinh tế - xã hội.\t\t\t\t\t\t\t\n

case: nhóm
args: -l vi
in: Đề án gồm 4 nhóm giải pháp trọng tâm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4 nhóm\tquantity\t4\tnhóm\t\tĐề án gồm 4 nhóm giải pháp trọng tâm.\t\t\t\t\t\t\t\n

case: chiếc before xe: the first noun counts
args: -l vi
in: Cảnh sát giao thông tạm giữ 12 chiếc xe máy.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 chiếc\tquantity\t12\tchiếc\t\tCảnh sát giao thông tạm giữ 12 chiếc xe máy.\t\t\t\t\t\t\t\n

case: xe, with khoảng
args: -l vi
in: Mỗi ngày có khoảng 8.000 xe qua trạm thu phí.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t8.000 xe\tquantity\t8000\txe\tkhoảng\tMỗi ngày có khoảng 8.000 xe qua trạm thu phí.\t\t\t\t\t\t\t\n

case: căn hộ and căn
args: -l vi
in: Dự án cung cấp 500 căn hộ và 120 căn nhà liền kề.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t500 căn hộ\tquantity\t500\tcăn hộ\t\tDự án cung cấp 500 căn hộ và 120 căn nhà liền kề.\t\t\t\t\t\t\t\n
out: 1\t120 căn\tquantity\t120\tcăn\t\tDự án cung cấp 500 căn hộ và 120 căn nhà liền kề.\t\t\t\t\t\t\t\n

case: con
args: -l vi
in: Dịch tả lợn châu Phi buộc tiêu hủy 200 con lợn.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t200 con\tquantity\t200\tcon\t\tDịch tả lợn châu Phi buộc tiêu hủy 200 con lợn.\t\t\t\t\t\t\t\n

case: cây
args: -l vi
in: Thành phố trồng mới 1.000 cây xanh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.000 cây\tquantity\t1000\tcây\t\tThành phố trồng mới 1.000 cây xanh.\t\t\t\t\t\t\t\n

case: ngôi
args: -l vi
in: Cơn bão làm sập 45 ngôi nhà.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t45 ngôi\tquantity\t45\tngôi\t\tCơn bão làm sập 45 ngôi nhà.\t\t\t\t\t\t\t\n

case: tăng 2,5 lần
args: -l vi
in: Giá phân bón tăng 2,5 lần so với năm trước.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2,5 lần\tquantity\t2.5\tlần\t\tGiá phân bón tăng 2,5 lần so với năm trước.\t\t\t\t\t\t\t\n

case: gấp 3 lần
args: -l vi
in: Doanh thu quý này gấp 3 lần cùng kỳ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 lần\tquantity\t3\tlần\t\tDoanh thu quý này gấp 3 lần cùng kỳ.\t\t\t\t\t\t\t\n

case: điểm of an exam score
args: -l vi
in: Điểm chuẩn ngành Y khoa năm nay là 28,5 điểm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t28,5 điểm\tquantity\t28.5\tđiểm\t\tĐiểm chuẩn ngành Y khoa năm nay là 28,5 điểm.\t\t\t\t\t\t\t\n

case: điểm in a league table
args: -l vi
in: Sau vòng đấu này, câu lạc bộ Hà Nội dẫn đầu với 45 điểm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t45 điểm\tquantity\t45\tđiểm\t\tSau vòng đấu này, câu lạc bộ Hà Nội dẫn đầu với 45 điểm.\t\t\t\t\t\t\t\n

case: 35 năm is a duration, not a year
args: -l vi
in: Ông có 35 năm công tác trong ngành giáo dục.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t35 năm\tquantity\t35\tnăm\t\tÔng có 35 năm công tác trong ngành giáo dục.\t\t\t\t\t\t\t\n

case: tháng as a duration
args: -l vi
in: Người vi phạm bị tước giấy phép lái xe 22 tháng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t22 tháng\tquantity\t22\ttháng\t\tNgười vi phạm bị tước giấy phép lái xe 22 tháng.\t\t\t\t\t\t\t\n

case: ngày as a duration
args: -l vi
in: Bệnh nhân được theo dõi sức khỏe 7 ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7 ngày\tquantity\t7\tngày\t\tBệnh nhân được theo dõi sức khỏe 7 ngày.\t\t\t\t\t\t\t\n

# N giờ with no minutes, no part of the day and no lúc before it is a duration.
case: giờ as a duration, and ca mắc
args: -l vi
in: Trong 24 giờ qua, tỉnh ghi nhận 15 ca mắc mới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t24 giờ\tquantity\t24\tgiờ\t\tTrong 24 giờ qua, tỉnh ghi nhận 15 ca mắc mới.\t\t\t\t\t\t\t\n
out: 1\t15 ca mắc\tquantity\t15\tca mắc\t\tTrong 24 giờ qua, tỉnh ghi nhận 15 ca mắc mới.\t\t\t\t\t\t\t\n

case: tuổi
args: -l vi
in: Cụ bà 102 tuổi vẫn minh mẫn.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t102 tuổi\tquantity\t102\ttuổi\t\tCụ bà 102 tuổi vẫn minh mẫn.\t\t\t\t\t\t\t\n

case: triệu người multiplies
args: -l vi
in: Dân số thành phố đạt 1,2 triệu người.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,2 triệu người\tquantity\t1200000\tngười\t\tDân số thành phố đạt 1,2 triệu người.\t\t\t\t\t\t\t\n

case: a year, then a duration in năm
args: -l vi
in: Năm 2023 đánh dấu 35 năm thành lập tỉnh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm 2023\tdate\t2023\t\t\tNăm 2023 đánh dấu 35 năm thành lập tỉnh.\t\t\t\t\t\t\t\n
out: 1\t35 năm\tquantity\t35\tnăm\t\tNăm 2023 đánh dấu 35 năm thành lập tỉnh.\t\t\t\t\t\t\t\n

# ======================================================================
# Dates: day-month-year with / - or . (always day first); the text leaves out
# a cue word before a date in digits (ngày, sáng, chiều…) but keeps năm,
# tháng and quý, which are part of a year, a month or a quarter
# ======================================================================

case: dd/mm/yyyy after chiều
args: -l vi
in: Chiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30/11/2022\tdate\t2022-11-30\t\t\tChiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị.\t\t\t\t\t\t\t\n

case: dd-mm-yyyy
args: -l vi
in: Văn bản được ban hành ngày 30-11-2022.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30-11-2022\tdate\t2022-11-30\t\t\tVăn bản được ban hành ngày 30-11-2022.\t\t\t\t\t\t\t\n

case: dd.mm.yyyy
args: -l vi
in: Hạn cuối nộp hồ sơ là 30.11.2022.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30.11.2022\tdate\t2022-11-30\t\t\tHạn cuối nộp hồ sơ là 30.11.2022.\t\t\t\t\t\t\t\n

case: 01.12.2022 is a date, not a grouped number
args: -l vi
in: Bài viết được đăng ngày 01.12.2022.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t01.12.2022\tdate\t2022-12-01\t\t\tBài viết được đăng ngày 01.12.2022.\t\t\t\t\t\t\t\n

case: a date with its own year keeps it, whatever the published date
args: -l vi
in: \fpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập khai sinh nước Việt Nam Dân chủ Cộng hòa.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2/9/1945\tdate\t1945-09-02\t\t\tNgày 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập khai sinh nước Việt Nam Dân chủ Cộng hòa.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n

case: one-digit day and month
args: -l vi
in: Nghị định có hiệu lực từ ngày 1/7/2023.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1/7/2023\tdate\t2023-07-01\t\t\tNghị định có hiệu lực từ ngày 1/7/2023.\t\t\t\t\t\t\t\n

case: a historical date
args: -l vi
in: Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2/9/1945\tdate\t1945-09-02\t\t\tNgày 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.\t\t\t\t\t\t\t\n

case: leading zeros in dd/mm/yyyy
args: -l vi
in: Kỳ thi diễn ra ngày 08/06/2023.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t08/06/2023\tdate\t2023-06-08\t\t\tKỳ thi diễn ra ngày 08/06/2023.\t\t\t\t\t\t\t\n

case: ngày … tháng … năm …
args: -l vi
in: Luật được Quốc hội thông qua ngày 30 tháng 11 năm 2022.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tngày 30 tháng 11 năm 2022\tdate\t2022-11-30\t\t\tLuật được Quốc hội thông qua ngày 30 tháng 11 năm 2022.\t\t\t\t\t\t\t\n

case: ngày 05 tháng 02 năm 2020 with leading zeros
args: -l vi
in: Quyết định có hiệu lực kể từ ngày 05 tháng 02 năm 2020.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tngày 05 tháng 02 năm 2020\tdate\t2020-02-05\t\t\tQuyết định có hiệu lực kể từ ngày 05 tháng 02 năm 2020.\t\t\t\t\t\t\t\n

case: ngày … tháng … without a year takes the year of published
args: -l vi
in: \fpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Ngày 28 tháng 11, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNgày 28 tháng 11\tdate\t2022-11-28\t\t\tNgày 28 tháng 11, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n

case: a time, then a date, in order
args: -l vi
in: Vào lúc 15h30 ngày 30/11/2022, trên Quốc lộ 1A xảy ra tai nạn.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15h30\ttime\t15:30\t\t\tVào lúc 15h30 ngày 30/11/2022, trên Quốc lộ 1A xảy ra tai nạn.\t\t\t\t\t\t\t\n
out: 1\t30/11/2022\tdate\t2022-11-30\t\t\tVào lúc 15h30 ngày 30/11/2022, trên Quốc lộ 1A xảy ra tai nạn.\t\t\t\t\t\t\t\n

# ======================================================================
# Months: tháng m/yyyy, tháng m năm yyyy, tháng m-yyyy → yyyy-mm
# ======================================================================

case: tháng m/yyyy
args: -l vi
in: Trong tháng 11/2022, giá xăng được điều chỉnh nhiều lần.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttháng 11/2022\tdate\t2022-11\t\t\tTrong tháng 11/2022, giá xăng được điều chỉnh nhiều lần.\t\t\t\t\t\t\t\n

case: tháng m năm yyyy
args: -l vi
in: Chỉ số giá tiêu dùng tháng 11 năm 2022 tăng 0,39%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttháng 11 năm 2022\tdate\t2022-11\t\t\tChỉ số giá tiêu dùng tháng 11 năm 2022 tăng 0,39%.\t\t\t\t\t\t\t\n
out: 1\t0,39%\tpercent\t0.39\t%\t\tChỉ số giá tiêu dùng tháng 11 năm 2022 tăng 0,39%.\t\t\t\t\t\t\t\n

case: tháng m-yyyy
args: -l vi
in: Số liệu được cập nhật đến tháng 11-2022.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttháng 11-2022\tdate\t2022-11\t\t\tSố liệu được cập nhật đến tháng 11-2022.\t\t\t\t\t\t\t\n

case: tháng with a leading zero
args: -l vi
in: Từ tháng 02/2023, học sinh được miễn học phí.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttháng 02/2023\tdate\t2023-02\t\t\tTừ tháng 02/2023, học sinh được miễn học phí.\t\t\t\t\t\t\t\n

# The spec gives the published year to days without a year; a month without a year is treated the same.
case: a month without a year takes the year of published
args: -l vi
in: \fpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Tháng 10, giá vàng trong nước biến động mạnh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tTháng 10\tdate\t2022-10\t\t\tTháng 10, giá vàng trong nước biến động mạnh.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n

case: a month without a year and no published date
args: -l vi
in: Kết quả sẽ được công bố vào tháng 6.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttháng 6\tdate\tXXXX-06\t\t\tKết quả sẽ được công bố vào tháng 6.\t\t\t\t\t\t\t\n

# ======================================================================
# Years: năm yyyy → yyyy (the text keeps năm)
# ======================================================================

case: năm yyyy
args: -l vi
in: Kế hoạch phát triển kinh tế - xã hội năm 2023 đã được thông qua.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2023\tdate\t2023\t\t\tKế hoạch phát triển kinh tế - xã hội năm 2023 đã được thông qua.\t\t\t\t\t\t\t\n

case: Năm yyyy at the start of the sentence, and dự án
args: -l vi
in: Năm 2022, tỉnh thu hút 15 dự án đầu tư.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm 2022\tdate\t2022\t\t\tNăm 2022, tỉnh thu hút 15 dự án đầu tư.\t\t\t\t\t\t\t\n
out: 1\t15 dự án\tquantity\t15\tdự án\t\tNăm 2022, tỉnh thu hút 15 dự án đầu tư.\t\t\t\t\t\t\t\n

case: two years in one sentence
args: -l vi
in: Doanh thu năm 2022 cao hơn năm 2021.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2022\tdate\t2022\t\t\tDoanh thu năm 2022 cao hơn năm 2021.\t\t\t\t\t\t\t\n
out: 1\tnăm 2021\tdate\t2021\t\t\tDoanh thu năm 2022 cao hơn năm 2021.\t\t\t\t\t\t\t\n

case: đầu năm yyyy
args: -l vi
in: Từ đầu năm 2024, giá điện đã được điều chỉnh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2024\tdate\t2024\t\t\tTừ đầu năm 2024, giá điện đã được điều chỉnh.\t\t\t\t\t\t\t\n

case: thời kỳ yyyy-yyyy and đến năm yyyy
args: -l vi
in: Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2021-2030\tdate\t2021..2030\t\t\tQuy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt.\t\t\t\t\t\t\t\n
out: 1\tnăm 2050\tdate\t2050\t\t\tQuy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt.\t\t\t\t\t\t\t\n

# ======================================================================
# Quarters and half-years: quý q/yyyy, quý q năm yyyy → yyyy-Qq;
# 6 tháng đầu/cuối năm yyyy → yyyy-H1/H2 (Roman quarters are not in version 1)
# ======================================================================

case: quý q/yyyy
args: -l vi
in: GDP quý 1/2023 tăng 3,32%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý 1/2023\tdate\t2023-Q1\t\t\tGDP quý 1/2023 tăng 3,32%.\t\t\t\t\t\t\t\n
out: 1\t3,32%\tpercent\t3.32\t%\t\tGDP quý 1/2023 tăng 3,32%.\t\t\t\t\t\t\t\n

case: quý q năm yyyy
args: -l vi
in: Trong quý 3 năm 2023, xuất khẩu phục hồi rõ nét.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý 3 năm 2023\tdate\t2023-Q3\t\t\tTrong quý 3 năm 2023, xuất khẩu phục hồi rõ nét.\t\t\t\t\t\t\t\n

case: Quý with a capital at the start, and money
args: -l vi
in: Quý 2/2024, lợi nhuận của ngân hàng đạt 1.200 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tQuý 2/2024\tdate\t2024-Q2\t\t\tQuý 2/2024, lợi nhuận của ngân hàng đạt 1.200 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t1.200 tỷ đồng\tmoney\t1200000000000\tVND\t\tQuý 2/2024, lợi nhuận của ngân hàng đạt 1.200 tỷ đồng.\t\t\t\t\t\t\t\n

# The spec is silent on a quarter without a year; it takes the published year, as a day does.
case: a quarter without a year takes the year of published
args: -l vi
in: \fpublished=2023-07-05T09:30:00+07:00\tlang=vi\n
in: Dự án sẽ hoàn thành trong quý 4.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý 4\tdate\t2023-Q4\t\t\tDự án sẽ hoàn thành trong quý 4.\t\t\t2023-07-05T09:30:00+07:00\t\tvi\t\t\n

case: 6 tháng đầu năm yyyy is the first half-year, not a duration
args: -l vi
in: Trong 6 tháng đầu năm 2023, tỉnh thu hút 20 dự án.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t6 tháng đầu năm 2023\tdate\t2023-H1\t\t\tTrong 6 tháng đầu năm 2023, tỉnh thu hút 20 dự án.\t\t\t\t\t\t\t\n
out: 1\t20 dự án\tquantity\t20\tdự án\t\tTrong 6 tháng đầu năm 2023, tỉnh thu hút 20 dự án.\t\t\t\t\t\t\t\n

case: 6 tháng cuối năm yyyy
args: -l vi
in: Kế hoạch 6 tháng cuối năm 2022 tập trung vào giải ngân vốn đầu tư công.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t6 tháng cuối năm 2022\tdate\t2022-H2\t\t\tKế hoạch 6 tháng cuối năm 2022 tập trung vào giải ngân vốn đầu tư công.\t\t\t\t\t\t\t\n

# The spec is silent on a half-year without a year; it takes the published year, as a day does.
case: 6 tháng đầu năm without a year takes the year of published
args: -l vi
in: \fpublished=2023-07-05T09:30:00+07:00\tlang=vi\n
in: Trong 6 tháng đầu năm, xuất khẩu giảm 12,1%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t6 tháng đầu năm\tdate\t2023-H1\t\t\tTrong 6 tháng đầu năm, xuất khẩu giảm 12,1%.\t\t\t2023-07-05T09:30:00+07:00\t\tvi\t\t\n
out: 1\t12,1%\tpercent\t12.1\t%\t\tTrong 6 tháng đầu năm, xuất khẩu giảm 12,1%.\t\t\t2023-07-05T09:30:00+07:00\t\tvi\t\t\n

# The spec names only 6 tháng đầu năm; VIETNAMESE.md reads 9 tháng đầu năm 2022 as
# January to September: a range of months, one row.
case: 9 tháng đầu năm yyyy is a range of months
args: -l vi
in: Trong 9 tháng đầu năm 2023, cả nước có 8.500 doanh nghiệp giải thể.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9 tháng đầu năm 2023\tdate\t2023-01..2023-09\t\t\tTrong 9 tháng đầu năm 2023, cả nước có 8.500 doanh nghiệp giải thể.\t\t\t\t\t\t\t\n
out: 1\t8.500 doanh nghiệp\tquantity\t8500\tdoanh nghiệp\t\tTrong 9 tháng đầu năm 2023, cả nước có 8.500 doanh nghiệp giải thể.\t\t\t\t\t\t\t\n

# ======================================================================
# Days without a year: the year of the document's published date, else XXXX
# ======================================================================

case: ngày 22/11 without a header line: XXXX
args: -l vi
in: Tính đến hết ngày 22/11, thu ngân sách đạt 465 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t22/11\tdate\tXXXX-11-22\t\t\tTính đến hết ngày 22/11, thu ngân sách đạt 465 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t465 tỷ đồng\tmoney\t465000000000\tVND\t\tTính đến hết ngày 22/11, thu ngân sách đạt 465 tỷ đồng.\t\t\t\t\t\t\t\n

case: ngày 22/11 with a published date
args: -l vi
in: \fpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Tính đến hết ngày 22/11, thu ngân sách đạt 465 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t22/11\tdate\t2022-11-22\t\t\tTính đến hết ngày 22/11, thu ngân sách đạt 465 tỷ đồng.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n
out: 1\t465 tỷ đồng\tmoney\t465000000000\tVND\t\tTính đến hết ngày 22/11, thu ngân sách đạt 465 tỷ đồng.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n

case: Chiều 30/11 with a published date
args: -l vi
in: \fpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Chiều 30/11, hội nghị bế mạc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30/11\tdate\t2022-11-30\t\t\tChiều 30/11, hội nghị bế mạc.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n

case: Sáng 1/12 without a header line
args: -l vi
in: Sáng 1/12, đoàn công tác làm việc tại huyện Cao Lộc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1/12\tdate\tXXXX-12-01\t\t\tSáng 1/12, đoàn công tác làm việc tại huyện Cao Lộc.\t\t\t\t\t\t\t\n

case: a bare day/month with no cue word is a date
args: -l vi
in: Hạn chót nộp hồ sơ là 15/12.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15/12\tdate\tXXXX-12-15\t\t\tHạn chót nộp hồ sơ là 15/12.\t\t\t\t\t\t\t\n

case: hôm d/m with a published date
args: -l vi
in: \fpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Hôm 28/11, Bộ Công Thương điều chỉnh giá xăng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t28/11\tdate\t2022-11-28\t\t\tHôm 28/11, Bộ Công Thương điều chỉnh giá xăng.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n

case: đêm d/m
args: -l vi
in: Đêm 29/11, mưa lớn gây ngập nhiều tuyến phố.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t29/11\tdate\tXXXX-11-29\t\t\tĐêm 29/11, mưa lớn gây ngập nhiều tuyến phố.\t\t\t\t\t\t\t\n

case: trưa d/m with a published date
args: -l vi
in: \fpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Trưa 1/12, đoàn đại biểu đến thăm Khu di tích Tân Trào.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1/12\tdate\t2022-12-01\t\t\tTrưa 1/12, đoàn đại biểu đến thăm Khu di tích Tân Trào.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n

# ======================================================================
# Times: 15:12:13, 15:12, 15h30, 15h, 15g30, 8 giờ 30 (phút), and a part of
# the day after the time (sáng, trưa, chiều, tối, đêm) is part of it
# ======================================================================

case: hh:mm:ss
args: -l vi
in: Bài viết được cập nhật lúc 15:12:13.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15:12:13\ttime\t15:12:13\t\t\tBài viết được cập nhật lúc 15:12:13.\t\t\t\t\t\t\t\n

case: hh:mm
args: -l vi
in: Chuyến bay cất cánh lúc 23:45.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t23:45\ttime\t23:45\t\t\tChuyến bay cất cánh lúc 23:45.\t\t\t\t\t\t\t\n

case: 15h30
args: -l vi
in: Hội nghị bắt đầu lúc 15h30.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15h30\ttime\t15:30\t\t\tHội nghị bắt đầu lúc 15h30.\t\t\t\t\t\t\t\n

case: 8h gets a leading zero and :00
args: -l vi
in: Phiên khai mạc diễn ra lúc 8h.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t8h\ttime\t08:00\t\t\tPhiên khai mạc diễn ra lúc 8h.\t\t\t\t\t\t\t\n

case: 9g30
args: -l vi
in: Lễ khởi công diễn ra lúc 9g30.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9g30\ttime\t09:30\t\t\tLễ khởi công diễn ra lúc 9g30.\t\t\t\t\t\t\t\n

case: 8 giờ 30
args: -l vi
in: Hội nghị khai mạc lúc 8 giờ 30.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t8 giờ 30\ttime\t08:30\t\t\tHội nghị khai mạc lúc 8 giờ 30.\t\t\t\t\t\t\t\n

case: 21 giờ 15 phút, with khoảng
args: -l vi
in: Vụ tai nạn xảy ra vào khoảng 21 giờ 15 phút.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t21 giờ 15 phút\ttime\t21:15\t\tkhoảng\tVụ tai nạn xảy ra vào khoảng 21 giờ 15 phút.\t\t\t\t\t\t\t\n

case: 3 giờ chiều
args: -l vi
in: Buổi lễ bắt đầu lúc 3 giờ chiều.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 giờ chiều\ttime\t15:00\t\t\tBuổi lễ bắt đầu lúc 3 giờ chiều.\t\t\t\t\t\t\t\n

case: 9 giờ tối
args: -l vi
in: Chương trình bắn pháo hoa bắt đầu lúc 9 giờ tối.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9 giờ tối\ttime\t21:00\t\t\tChương trình bắn pháo hoa bắt đầu lúc 9 giờ tối.\t\t\t\t\t\t\t\n

case: 12 giờ trưa
args: -l vi
in: Người dân xếp hàng chờ từ 12 giờ trưa.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 giờ trưa\ttime\t12:00\t\t\tNgười dân xếp hàng chờ từ 12 giờ trưa.\t\t\t\t\t\t\t\n

case: 7h30 sáng
args: -l vi
in: Học sinh vào lớp lúc 7h30 sáng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7h30 sáng\ttime\t07:30\t\t\tHọc sinh vào lớp lúc 7h30 sáng.\t\t\t\t\t\t\t\n

case: 10 giờ đêm
args: -l vi
in: Các quán karaoke phải đóng cửa trước 10 giờ đêm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10 giờ đêm\ttime\t22:00\t\t\tCác quán karaoke phải đóng cửa trước 10 giờ đêm.\t\t\t\t\t\t\t\n

case: 2h sáng
args: -l vi
in: Vụ cháy bùng phát lúc 2h sáng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2h sáng\ttime\t02:00\t\t\tVụ cháy bùng phát lúc 2h sáng.\t\t\t\t\t\t\t\n

case: 4 giờ 30 phút chiều
args: -l vi
in: Trận đấu diễn ra lúc 4 giờ 30 phút chiều.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4 giờ 30 phút chiều\ttime\t16:30\t\t\tTrận đấu diễn ra lúc 4 giờ 30 phút chiều.\t\t\t\t\t\t\t\n

# After lúc, N giờ is a clock time; without lúc, minutes or a part of the day it is a duration.
case: lúc N giờ is a time
args: -l vi
in: Phiên họp bắt đầu lúc 14 giờ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t14 giờ\ttime\t14:00\t\t\tPhiên họp bắt đầu lúc 14 giờ.\t\t\t\t\t\t\t\n

case: 0h, then a date without a year
args: -l vi
in: Giá xăng mới được áp dụng từ 0h ngày 1/12.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0h\ttime\t00:00\t\t\tGiá xăng mới được áp dụng từ 0h ngày 1/12.\t\t\t\t\t\t\t\n
out: 1\t1/12\tdate\tXXXX-12-01\t\t\tGiá xăng mới được áp dụng từ 0h ngày 1/12.\t\t\t\t\t\t\t\n

# The spec lists no range of times; it is one row, like a range of dates.
case: a range of times with từ … đến
args: -l vi
in: Các điểm tiêm mở cửa từ 7h30 đến 17h.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttừ 7h30 đến 17h\ttime\t07:30..17:00\t\t\tCác điểm tiêm mở cửa từ 7h30 đến 17h.\t\t\t\t\t\t\t\n

case: a range of times with a hyphen
args: -l vi
in: Bộ phận tiếp nhận hồ sơ làm việc 7h30-17h hằng ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7h30-17h\ttime\t07:30..17:00\t\t\tBộ phận tiếp nhận hồ sơ làm việc 7h30-17h hằng ngày.\t\t\t\t\t\t\t\n

# ======================================================================
# Ratios and their date look-alikes: a/b before a counted noun is a ratio (the
# text takes the noun, value a/b, unit the noun); after ngày, sáng, chiều, tối,
# hôm, đêm, trưa, or alone, a/b is a date; a > 31 or b > 12 cannot be a date
# ======================================================================

case: 19/22 chỉ tiêu
args: -l vi
in: Năm 2022, huyện có 19/22 chỉ tiêu đạt và vượt kế hoạch.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm 2022\tdate\t2022\t\t\tNăm 2022, huyện có 19/22 chỉ tiêu đạt và vượt kế hoạch.\t\t\t\t\t\t\t\n
out: 1\t19/22 chỉ tiêu\tratio\t19/22\tchỉ tiêu\t\tNăm 2022, huyện có 19/22 chỉ tiêu đạt và vượt kế hoạch.\t\t\t\t\t\t\t\n

case: 8/8 xã is a ratio
args: -l vi
in: Huyện có 8/8 xã đạt chuẩn quốc gia về y tế.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t8/8 xã\tratio\t8/8\txã\t\tHuyện có 8/8 xã đạt chuẩn quốc gia về y tế.\t\t\t\t\t\t\t\n

case: Ngày 8/8 is a date
args: -l vi
in: Ngày 8/8, Bộ Y tế công bố ca mắc đậu mùa khỉ đầu tiên.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t8/8\tdate\tXXXX-08-08\t\t\tNgày 8/8, Bộ Y tế công bố ca mắc đậu mùa khỉ đầu tiên.\t\t\t\t\t\t\t\n

case: Sáng 8/8 and 8/8 xã in one sentence
args: -l vi
in: \fpublished=2023-08-09T07:00:00+07:00\tlang=vi\n
in: Sáng 8/8, 8/8 xã trong huyện đồng loạt ra quân dọn vệ sinh môi trường.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t8/8\tdate\t2023-08-08\t\t\tSáng 8/8, 8/8 xã trong huyện đồng loạt ra quân dọn vệ sinh môi trường.\t\t\t2023-08-09T07:00:00+07:00\t\tvi\t\t\n
out: 1\t8/8 xã\tratio\t8/8\txã\t\tSáng 8/8, 8/8 xã trong huyện đồng loạt ra quân dọn vệ sinh môi trường.\t\t\t2023-08-09T07:00:00+07:00\t\tvi\t\t\n

case: 5/5 nhóm nhiệm vụ: the unit is nhóm
args: -l vi
in: Đơn vị hoàn thành 5/5 nhóm nhiệm vụ trọng tâm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5/5 nhóm\tratio\t5/5\tnhóm\t\tĐơn vị hoàn thành 5/5 nhóm nhiệm vụ trọng tâm.\t\t\t\t\t\t\t\n

case: vào ngày 5/5 is a date
args: -l vi
in: Trường tổ chức lễ tri ân vào ngày 5/5.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5/5\tdate\tXXXX-05-05\t\t\tTrường tổ chức lễ tri ân vào ngày 5/5.\t\t\t\t\t\t\t\n

case: 9/9 huyện
args: -l vi
in: Toàn tỉnh có 9/9 huyện, thành phố đạt chuẩn phổ cập giáo dục.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9/9 huyện\tratio\t9/9\thuyện\t\tToàn tỉnh có 9/9 huyện, thành phố đạt chuẩn phổ cập giáo dục.\t\t\t\t\t\t\t\n

case: a/b with b > 12 before tỉnh
args: -l vi
in: Có 45/63 tỉnh, thành phố đã hoàn thành việc sắp xếp đơn vị hành chính.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t45/63 tỉnh\tratio\t45/63\ttỉnh\t\tCó 45/63 tỉnh, thành phố đã hoàn thành việc sắp xếp đơn vị hành chính.\t\t\t\t\t\t\t\n

case: a/b with a > 31 before xã
args: -l vi
in: Đến nay, 168/184 xã của tỉnh đạt chuẩn nông thôn mới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t168/184 xã\tratio\t168/184\txã\t\tĐến nay, 168/184 xã của tỉnh đạt chuẩn nông thôn mới.\t\t\t\t\t\t\t\n

case: a vote: đại biểu ratio and a percent
args: -l vi
in: Luật được thông qua với 450/460 đại biểu có mặt tán thành (chiếm 91,09% tổng số đại biểu Quốc hội).\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t450/460 đại biểu\tratio\t450/460\tđại biểu\t\tLuật được thông qua với 450/460 đại biểu có mặt tán thành (chiếm 91,09% tổng số đại biểu Quốc hội).\t\t\t\t\t\t\t\n
out: 1\t91,09%\tpercent\t91.09\t%\t\tLuật được thông qua với 450/460 đại biểu có mặt tán thành (chiếm 91,09% tổng số đại biểu Quốc hội).\t\t\t\t\t\t\t\n

case: 24/24 giờ is a ratio, not a time
args: -l vi
in: Lực lượng cứu hộ trực 24/24 giờ tại các điểm sạt lở.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t24/24 giờ\tratio\t24/24\tgiờ\t\tLực lượng cứu hộ trực 24/24 giờ tại các điểm sạt lở.\t\t\t\t\t\t\t\n

case: 35/40 học sinh
args: -l vi
in: Lớp có 35/40 học sinh đạt học lực giỏi.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t35/40 học sinh\tratio\t35/40\thọc sinh\t\tLớp có 35/40 học sinh đạt học lực giỏi.\t\t\t\t\t\t\t\n

case: 3/5 tỉnh looks like a date but is a ratio
args: -l vi
in: Đoàn kiểm tra đã làm việc tại 3/5 tỉnh trong kế hoạch.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3/5 tỉnh\tratio\t3/5\ttỉnh\t\tĐoàn kiểm tra đã làm việc tại 3/5 tỉnh trong kế hoạch.\t\t\t\t\t\t\t\n

case: Ngày 3/5, tỉnh …: a comma between the date and the noun
args: -l vi
in: Ngày 3/5, tỉnh Quảng Ninh đón đoàn khách quốc tế đầu tiên.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3/5\tdate\tXXXX-05-03\t\t\tNgày 3/5, tỉnh Quảng Ninh đón đoàn khách quốc tế đầu tiên.\t\t\t\t\t\t\t\n

# ======================================================================
# Ordinals written with digits: thứ N after a noun (lần, kỳ họp, xếp, đứng,
# năm…) is an ordinal; the text is thứ N
# ======================================================================

case: lần thứ 5
args: -l vi
in: Đây là lần thứ 5 giá xăng được điều chỉnh trong tháng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ 5\tordinal\t5\t\t\tĐây là lần thứ 5 giá xăng được điều chỉnh trong tháng.\t\t\t\t\t\t\t\n

case: kỳ họp thứ 5
args: -l vi
in: Kỳ họp thứ 5 của Quốc hội khai mạc sáng nay.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ 5\tordinal\t5\t\t\tKỳ họp thứ 5 của Quốc hội khai mạc sáng nay.\t\t\t\t\t\t\t\n

case: xếp thứ 94
args: -l vi
in: Đội tuyển Việt Nam xếp thứ 94 trên bảng xếp hạng FIFA.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ 94\tordinal\t94\t\t\tĐội tuyển Việt Nam xếp thứ 94 trên bảng xếp hạng FIFA.\t\t\t\t\t\t\t\n

case: đứng thứ 3
args: -l vi
in: Tỉnh đứng thứ 3 cả nước về thu hút vốn FDI.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ 3\tordinal\t3\t\t\tTỉnh đứng thứ 3 cả nước về thu hút vốn FDI.\t\t\t\t\t\t\t\n

case: năm thứ 3 liên tiếp is an ordinal, not a year
args: -l vi
in: Đây là năm thứ 3 liên tiếp tỉnh vượt thu ngân sách.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ 3\tordinal\t3\t\t\tĐây là năm thứ 3 liên tiếp tỉnh vượt thu ngân sách.\t\t\t\t\t\t\t\n

case: lần thứ 15
args: -l vi
in: Giải chạy được tổ chức lần thứ 15.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ 15\tordinal\t15\t\t\tGiải chạy được tổ chức lần thứ 15.\t\t\t\t\t\t\t\n

case: an ordinal, then a range of dates
args: -l vi
in: Hội nghị lần thứ 8 Ban Chấp hành Trung ương diễn ra từ ngày 2/10 đến ngày 7/10/2023.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ 8\tordinal\t8\t\t\tHội nghị lần thứ 8 Ban Chấp hành Trung ương diễn ra từ ngày 2/10 đến ngày 7/10/2023.\t\t\t\t\t\t\t\n
out: 1\ttừ ngày 2/10 đến ngày 7/10/2023\tdate\t2023-10-02..2023-10-07\t\t\tHội nghị lần thứ 8 Ban Chấp hành Trung ương diễn ra từ ngày 2/10 đến ngày 7/10/2023.\t\t\t\t\t\t\t\n

# ======================================================================
# Ranges: one row, text the whole span, value lo..hi; the unit and the
# multiplier of the right end apply to both ends; từ A xuống/lên B is a change
# (two rows), not a range
# ======================================================================

case: 10-11%
args: -l vi
in: Mục tiêu tăng trưởng kinh tế năm 2023 là 10-11%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2023\tdate\t2023\t\t\tMục tiêu tăng trưởng kinh tế năm 2023 là 10-11%.\t\t\t\t\t\t\t\n
out: 1\t10-11%\tpercent\t10..11\t%\t\tMục tiêu tăng trưởng kinh tế năm 2023 là 10-11%.\t\t\t\t\t\t\t\n

case: spaces around the hyphen
args: -l vi
in: Tăng trưởng tín dụng dự kiến đạt 14 - 15%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t14 - 15%\tpercent\t14..15\t%\t\tTăng trưởng tín dụng dự kiến đạt 14 - 15%.\t\t\t\t\t\t\t\n

case: an en dash
args: -l vi
in: Giá thép có thể giảm thêm 5–7%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5–7%\tpercent\t5..7\t%\t\tGiá thép có thể giảm thêm 5–7%.\t\t\t\t\t\t\t\n

case: 7-7,5%
args: -l vi
in: Lãi suất cho vay mua nhà hiện ở mức 7-7,5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7-7,5%\tpercent\t7..7.5\t%\t\tLãi suất cho vay mua nhà hiện ở mức 7-7,5%.\t\t\t\t\t\t\t\n

case: 3,5-4% after a year
args: -l vi
in: Lạm phát năm 2024 được dự báo ở mức 3,5-4%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2024\tdate\t2024\t\t\tLạm phát năm 2024 được dự báo ở mức 3,5-4%.\t\t\t\t\t\t\t\n
out: 1\t3,5-4%\tpercent\t3.5..4\t%\t\tLạm phát năm 2024 được dự báo ở mức 3,5-4%.\t\t\t\t\t\t\t\n

case: từ 5% đến 7%
args: -l vi
in: Giá cước vận tải tăng từ 5% đến 7%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttừ 5% đến 7%\tpercent\t5..7\t%\t\tGiá cước vận tải tăng từ 5% đến 7%.\t\t\t\t\t\t\t\n

case: từ 650 đến 700 tỷ đồng
args: -l vi
in: Lợi nhuận dự kiến từ 650 đến 700 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttừ 650 đến 700 tỷ đồng\tmoney\t650000000000..700000000000\tVND\t\tLợi nhuận dự kiến từ 650 đến 700 tỷ đồng.\t\t\t\t\t\t\t\n

case: từ 7.200 đến 7.500 đồng/kg
args: -l vi
in: Giá lúa tại Đồng bằng sông Cửu Long dao động từ 7.200 đến 7.500 đồng/kg.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttừ 7.200 đến 7.500 đồng/kg\tmoney\t7200..7500\tVND/kg\t\tGiá lúa tại Đồng bằng sông Cửu Long dao động từ 7.200 đến 7.500 đồng/kg.\t\t\t\t\t\t\t\n

case: each end with its own multiplier
args: -l vi
in: Mỗi hộ được vay từ 500 triệu đến 1 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttừ 500 triệu đến 1 tỷ đồng\tmoney\t500000000..1000000000\tVND\t\tMỗi hộ được vay từ 500 triệu đến 1 tỷ đồng.\t\t\t\t\t\t\t\n

case: 2-3 tỷ đồng
args: -l vi
in: Mỗi căn nhà phố trong dự án có giá 2-3 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2-3 tỷ đồng\tmoney\t2000000000..3000000000\tVND\t\tMỗi căn nhà phố trong dự án có giá 2-3 tỷ đồng.\t\t\t\t\t\t\t\n

case: a range of prices per month
args: -l vi
in: Tiền thuê phòng trọ quanh các khu công nghiệp là 1,5-2 triệu đồng/tháng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,5-2 triệu đồng/tháng\tmoney\t1500000..2000000\tVND/tháng\t\tTiền thuê phòng trọ quanh các khu công nghiệp là 1,5-2 triệu đồng/tháng.\t\t\t\t\t\t\t\n

case: 38-40 độ C
args: -l vi
in: Nhiệt độ cao nhất phổ biến 38-40 độ C.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t38-40 độ C\tquantity\t38..40\tđộ C\t\tNhiệt độ cao nhất phổ biến 38-40 độ C.\t\t\t\t\t\t\t\n

case: a range of rain, then a hedged amount
args: -l vi
in: Lượng mưa phổ biến 150-200 mm, có nơi trên 300 mm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t150-200 mm\tquantity\t150..200\tmm\t\tLượng mưa phổ biến 150-200 mm, có nơi trên 300 mm.\t\t\t\t\t\t\t\n
out: 1\t300 mm\tquantity\t300\tmm\ttrên\tLượng mưa phổ biến 150-200 mm, có nơi trên 300 mm.\t\t\t\t\t\t\t\n

case: a hedged range of people
args: -l vi
in: Mỗi ngày có khoảng 50-70 người đến làm thủ tục.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t50-70 người\tquantity\t50..70\tngười\tkhoảng\tMỗi ngày có khoảng 50-70 người đến làm thủ tục.\t\t\t\t\t\t\t\n

case: từ 5 đến 7 ngày
args: -l vi
in: Thời gian xử lý hồ sơ từ 5 đến 7 ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttừ 5 đến 7 ngày\tquantity\t5..7\tngày\t\tThời gian xử lý hồ sơ từ 5 đến 7 ngày.\t\t\t\t\t\t\t\n

case: a range of years of prison
args: -l vi
in: Tội danh này có khung hình phạt 7-15 năm tù.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7-15 năm\tquantity\t7..15\tnăm\t\tTội danh này có khung hình phạt 7-15 năm tù.\t\t\t\t\t\t\t\n

case: 15-17/3 without a header line
args: -l vi
in: Hội chợ diễn ra từ ngày 15-17/3.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15-17/3\tdate\tXXXX-03-15..XXXX-03-17\t\t\tHội chợ diễn ra từ ngày 15-17/3.\t\t\t\t\t\t\t\n

case: 15-17/3 with a published date, after a duration
args: -l vi
in: \fpublished=2023-03-10T08:00:00+07:00\tlang=vi\n
in: Hội chợ thương mại diễn ra trong 3 ngày 15-17/3.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 ngày\tquantity\t3\tngày\t\tHội chợ thương mại diễn ra trong 3 ngày 15-17/3.\t\t\t2023-03-10T08:00:00+07:00\t\tvi\t\t\n
out: 1\t15-17/3\tdate\t2023-03-15..2023-03-17\t\t\tHội chợ thương mại diễn ra trong 3 ngày 15-17/3.\t\t\t2023-03-10T08:00:00+07:00\t\tvi\t\t\n

case: nhiệm kỳ 2020-2025
args: -l vi
in: Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2020-2025.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2020-2025\tdate\t2020..2025\t\t\tĐại hội đã bầu Ban Chấp hành nhiệm kỳ 2020-2025.\t\t\t\t\t\t\t\n

case: giai đoạn 2021-2025
args: -l vi
in: Chương trình giai đoạn 2021-2025 có tổng vốn 25.000 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2021-2025\tdate\t2021..2025\t\t\tChương trình giai đoạn 2021-2025 có tổng vốn 25.000 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t25.000 tỷ đồng\tmoney\t25000000000000\tVND\t\tChương trình giai đoạn 2021-2025 có tổng vốn 25.000 tỷ đồng.\t\t\t\t\t\t\t\n

case: năm học 2023-2024
args: -l vi
in: Năm học 2023-2024, toàn tỉnh có 350.000 học sinh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2023-2024\tdate\t2023..2024\t\t\tNăm học 2023-2024, toàn tỉnh có 350.000 học sinh.\t\t\t\t\t\t\t\n
out: 1\t350.000 học sinh\tquantity\t350000\thọc sinh\t\tNăm học 2023-2024, toàn tỉnh có 350.000 học sinh.\t\t\t\t\t\t\t\n

case: two years alone are a range of years
args: -l vi
in: Chiến lược 2021-2030 đã được Quốc hội thông qua.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2021-2030\tdate\t2021..2030\t\t\tChiến lược 2021-2030 đã được Quốc hội thông qua.\t\t\t\t\t\t\t\n

case: từ năm … đến năm …
args: -l vi
in: Từ năm 2015 đến năm 2020, số hộ nghèo giảm mạnh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tTừ năm 2015 đến năm 2020\tdate\t2015..2020\t\t\tTừ năm 2015 đến năm 2020, số hộ nghèo giảm mạnh.\t\t\t\t\t\t\t\n

case: từ ngày d/m đến ngày d/m/yyyy: the year comes from the right end
args: -l vi
in: Giải đấu diễn ra từ ngày 30/11 đến ngày 2/12/2022.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttừ ngày 30/11 đến ngày 2/12/2022\tdate\t2022-11-30..2022-12-02\t\t\tGiải đấu diễn ra từ ngày 30/11 đến ngày 2/12/2022.\t\t\t\t\t\t\t\n

case: từ … xuống … is a change: two rows
args: -l vi
in: Lãi suất điều hành giảm từ 6% xuống 5,5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t6%\tpercent\t6\t%\t\tLãi suất điều hành giảm từ 6% xuống 5,5%.\t\t\t\t\t\t\t\n
out: 1\t5,5%\tpercent\t5.5\t%\t\tLãi suất điều hành giảm từ 6% xuống 5,5%.\t\t\t\t\t\t\t\n

case: từ … lên … is a change: two rows
args: -l vi
in: Số ca mắc tăng từ 120 ca lên 350 ca.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t120 ca\tquantity\t120\tca\t\tSố ca mắc tăng từ 120 ca lên 350 ca.\t\t\t\t\t\t\t\n
out: 1\t350 ca\tquantity\t350\tca\t\tSố ca mắc tăng từ 120 ca lên 350 ca.\t\t\t\t\t\t\t\n

# ======================================================================
# Qualifiers: the hedge word right before the expression (or trở lên / trở
# xuống right after it), lowercase, not part of the text
# ======================================================================

case: hơn
args: -l vi
in: Ước cả năm, thu ngân sách đạt hơn 500 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t500 tỷ đồng\tmoney\t500000000000\tVND\thơn\tƯớc cả năm, thu ngân sách đạt hơn 500 tỷ đồng.\t\t\t\t\t\t\t\n

case: Hơn at the start of the sentence is lowercased
args: -l vi
in: Hơn 3.500 sinh viên nhận bằng tốt nghiệp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.500 sinh viên\tquantity\t3500\tsinh viên\thơn\tHơn 3.500 sinh viên nhận bằng tốt nghiệp.\t\t\t\t\t\t\t\n

case: trên
args: -l vi
in: Có trên 90% hộ dân sử dụng nước sạch.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t90%\tpercent\t90\t%\ttrên\tCó trên 90% hộ dân sử dụng nước sạch.\t\t\t\t\t\t\t\n

case: Khoảng at the start of the sentence
args: -l vi
in: Khoảng 30% số hộ chưa tham gia bảo hiểm y tế.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30%\tpercent\t30\t%\tkhoảng\tKhoảng 30% số hộ chưa tham gia bảo hiểm y tế.\t\t\t\t\t\t\t\n

case: Gần
args: -l vi
in: Gần 1.000 người dân phải sơ tán.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.000 người\tquantity\t1000\tngười\tgần\tGần 1.000 người dân phải sơ tán.\t\t\t\t\t\t\t\n

case: dưới
args: -l vi
in: Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế miễn phí.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t6 tuổi\tquantity\t6\ttuổi\tdưới\tTrẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế miễn phí.\t\t\t\t\t\t\t\n

case: tối đa
args: -l vi
in: Mỗi hộ được vay tối đa 75 triệu đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t75 triệu đồng\tmoney\t75000000\tVND\ttối đa\tMỗi hộ được vay tối đa 75 triệu đồng.\t\t\t\t\t\t\t\n

case: tối thiểu
args: -l vi
in: Người lao động phải đóng bảo hiểm xã hội tối thiểu 15 năm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15 năm\tquantity\t15\tnăm\ttối thiểu\tNgười lao động phải đóng bảo hiểm xã hội tối thiểu 15 năm.\t\t\t\t\t\t\t\n

case: ít nhất
args: -l vi
in: Vụ cháy khiến ít nhất 3 người thiệt mạng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 người\tquantity\t3\tngười\tít nhất\tVụ cháy khiến ít nhất 3 người thiệt mạng.\t\t\t\t\t\t\t\n

case: xấp xỉ
args: -l vi
in: Kim ngạch xuất khẩu nông sản đạt xấp xỉ 53 tỷ USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t53 tỷ USD\tmoney\t53000000000\tUSD\txấp xỉ\tKim ngạch xuất khẩu nông sản đạt xấp xỉ 53 tỷ USD.\t\t\t\t\t\t\t\n

case: trở lên after the expression
args: -l vi
in: Người từ 14 tuổi trở lên được cấp thẻ căn cước.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t14 tuổi\tquantity\t14\ttuổi\ttrở lên\tNgười từ 14 tuổi trở lên được cấp thẻ căn cước.\t\t\t\t\t\t\t\n

case: trở xuống after the expression
args: -l vi
in: Trẻ em từ 6 tuổi trở xuống được miễn vé.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t6 tuổi\tquantity\t6\ttuổi\ttrở xuống\tTrẻ em từ 6 tuổi trở xuống được miễn vé.\t\t\t\t\t\t\t\n

case: chỉ
args: -l vi
in: Giá vé tàu điện chỉ 8.000 đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t8.000 đồng\tmoney\t8000\tVND\tchỉ\tGiá vé tàu điện chỉ 8.000 đồng.\t\t\t\t\t\t\t\n

# The spec puts trở lên right after the expression; here the adjective mới comes
# between, and a reader still reads 230 or more new members: one word between
# is allowed.
case: trở lên after the noun and mới
args: -l vi
in: Phấn đấu kết nạp 230 đảng viên mới trở lên.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t230 đảng viên\tquantity\t230\tđảng viên\ttrở lên\tPhấn đấu kết nạp 230 đảng viên mới trở lên.\t\t\t\t\t\t\t\n

case: trở lên far after a percent qualifies something else
args: -l vi
in: Phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t90%\tpercent\t90\t%\t\tPhấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên.\t\t\t\t\t\t\t\n

case: gần before percentage points
args: -l vi
in: Tỷ lệ nợ xấu tăng gần 0,5 điểm phần trăm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0,5 điểm phần trăm\tpercent\t0.5\tpp\tgần\tTỷ lệ nợ xấu tăng gần 0,5 điểm phần trăm.\t\t\t\t\t\t\t\n

case: hơn before a duration
args: -l vi
in: Xe container lật trên Quốc lộ 5 khiến giao thông ùn tắc hơn 3 giờ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 giờ\tquantity\t3\tgiờ\thơn\tXe container lật trên Quốc lộ 5 khiến giao thông ùn tắc hơn 3 giờ.\t\t\t\t\t\t\t\n

case: a hedge word before a noun is no qualifier of a later number
args: -l vi
in: Trên địa bàn tỉnh hiện có 1.250 doanh nghiệp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.250 doanh nghiệp\tquantity\t1250\tdoanh nghiệp\t\tTrên địa bàn tỉnh hiện có 1.250 doanh nghiệp.\t\t\t\t\t\t\t\n

# ======================================================================
# Not numbers: legal document numbers, disease and virus names, roads, classes,
# addresses, phone numbers, URLs, e-mails, file names, versions, team and
# product names give no row; the real numbers of the sentence still do.
# The spec's list is of examples; the cases beyond it (a licence plate, a storm,
# a law article, a hospital, a shirt, a fuel grade) follow its rule: a number
# that names something, like Phường 5, is not a value.
# ======================================================================

case: Nghị định 15/2022/NĐ-CP
args: -l vi
in: Chính phủ ban hành Nghị định 15/2022/NĐ-CP về chính sách miễn, giảm thuế.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Nghị định 100/2019/NĐ-CP, then a range of fines
args: -l vi
in: Theo Nghị định 100/2019/NĐ-CP, người điều khiển ô tô vượt đèn đỏ bị phạt từ 4 đến 6 triệu đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttừ 4 đến 6 triệu đồng\tmoney\t4000000..6000000\tVND\t\tTheo Nghị định 100/2019/NĐ-CP, người điều khiển ô tô vượt đèn đỏ bị phạt từ 4 đến 6 triệu đồng.\t\t\t\t\t\t\t\n

case: Quyết định 1234/QĐ-UBND, then its date
args: -l vi
in: Theo Quyết định số 1234/QĐ-UBND ngày 15/6/2023 của UBND tỉnh, dự án được điều chỉnh chủ trương đầu tư.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15/6/2023\tdate\t2023-06-15\t\t\tTheo Quyết định số 1234/QĐ-UBND ngày 15/6/2023 của UBND tỉnh, dự án được điều chỉnh chủ trương đầu tư.\t\t\t\t\t\t\t\n

case: Thông tư 06/2023/TT-BCA
args: -l vi
in: Bộ Công an ban hành Thông tư 06/2023/TT-BCA quy định về đăng ký xe.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Chỉ thị 05-CT/TW
args: -l vi
in: Tỉnh tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Nghị quyết 43/2022/QH15, then money
args: -l vi
in: Nghị quyết số 43/2022/QH15 của Quốc hội có gói hỗ trợ 347 nghìn tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t347 nghìn tỷ đồng\tmoney\t347000000000000\tVND\t\tNghị quyết số 43/2022/QH15 của Quốc hội có gói hỗ trợ 347 nghìn tỷ đồng.\t\t\t\t\t\t\t\n

case: COVID-19
args: -l vi
in: Tỉnh tiếp tục tiêm vắc xin phòng COVID-19 cho trẻ em.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Covid-19 after a real count
args: -l vi
in: Năm 2022, tỉnh ghi nhận 1.250 ca mắc Covid-19.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm 2022\tdate\t2022\t\t\tNăm 2022, tỉnh ghi nhận 1.250 ca mắc Covid-19.\t\t\t\t\t\t\t\n
out: 1\t1.250 ca mắc\tquantity\t1250\tca mắc\t\tNăm 2022, tỉnh ghi nhận 1.250 ca mắc Covid-19.\t\t\t\t\t\t\t\n

case: A/H1N1
args: -l vi
in: Bệnh viện ghi nhận thêm ca mắc cúm A/H1N1.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: A/H5N1 between a count and a year
args: -l vi
in: Cả nước đã có 2 ca mắc cúm A/H5N1 trong năm 2024.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2 ca mắc\tquantity\t2\tca mắc\t\tCả nước đã có 2 ca mắc cúm A/H5N1 trong năm 2024.\t\t\t\t\t\t\t\n
out: 1\tnăm 2024\tdate\t2024\t\t\tCả nước đã có 2 ca mắc cúm A/H5N1 trong năm 2024.\t\t\t\t\t\t\t\n

case: SARS-CoV-2 and BA.5
args: -l vi
in: Biến thể BA.5 của virus SARS-CoV-2 đã xuất hiện tại Việt Nam.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: EV71
args: -l vi
in: Các ca bệnh tay chân miệng chủ yếu do chủng EV71 gây ra.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Quốc lộ 1A
args: -l vi
in: Ùn tắc kéo dài trên Quốc lộ 1A qua tỉnh Hà Tĩnh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: QL1A glued
args: -l vi
in: Tai nạn xảy ra trên QL1A đoạn qua huyện Phù Cát.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Vành đai 3
args: -l vi
in: Đường Vành đai 3 trên cao được thông xe kỹ thuật.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: tuyến metro số 1
args: -l vi
in: Tuyến metro số 1 Bến Thành - Suối Tiên chạy thử nghiệm toàn tuyến.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: lớp 12A1
args: -l vi
in: Em Nguyễn Minh Anh, học sinh lớp 12A1, đạt giải nhất cuộc thi.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# The spec names lớp 12A1 and Phường 5; a grade without letters is a name too.
case: lớp 12 is a name, like Phường 5; the count before it is a quantity
args: -l vi
in: Trường có 1.200 học sinh lớp 12 dự thi tốt nghiệp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.200 học sinh\tquantity\t1200\thọc sinh\t\tTrường có 1.200 học sinh lớp 12 dự thi tốt nghiệp.\t\t\t\t\t\t\t\n

case: an address: số 12, Phường 5, Quận 3
args: -l vi
in: Cơ sở kinh doanh tại số 12 đường Lê Lợi, Phường 5, Quận 3 bị xử phạt.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a mobile phone number
args: -l vi
in: Người dân có thể phản ánh qua đường dây nóng 0912 345 678.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a landline number with dots
args: -l vi
in: Mọi thông tin xin liên hệ số điện thoại 024.3825.1234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a phone number with the area code in brackets
args: -l vi
in: Đường dây nóng của Sở Y tế là (028) 3822 4567.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: numbers inside a URL
args: -l vi
in: Thông tin chi tiết được đăng tải tại https://baolangson.vn/chinh-tri/544403-nhiem-vu-nam-2023.html\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: numbers inside an e-mail address
args: -l vi
in: Bạn đọc gửi ý kiến về địa chỉ toasoan2023@baolangson.example.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: numbers inside a file name
args: -l vi
in: Hồ sơ được gửi kèm tệp bao-cao-quy-3-2023.pdf.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a version number
args: -l vi
in: Bộ Công an khuyến cáo người dân cập nhật ứng dụng VNeID lên phiên bản 2.1.8.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: U23
args: -l vi
in: U23 Việt Nam lên đường sang Qatar tập huấn.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: G20
args: -l vi
in: Thủ tướng dự Hội nghị thượng đỉnh G20 tại Ấn Độ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Bệnh viện 108
args: -l vi
in: Bệnh nhân được chuyển lên Bệnh viện Trung ương Quân đội 108.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: bão số 3
args: -l vi
in: Bão số 3 gây mưa lớn ở các tỉnh phía Bắc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: khoản 2 Điều 174
args: -l vi
in: Bị can bị khởi tố theo khoản 2 Điều 174 Bộ luật Hình sự.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a licence plate
args: -l vi
in: Xe ô tô mang biển kiểm soát 29A-123.45 đâm vào dải phân cách.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a shirt number
args: -l vi
in: Tiền đạo mang áo số 10 bị chấn thương.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: RON 95-III is a fuel grade, the price is money
args: -l vi
in: Giá xăng RON 95-III giảm 410 đồng/lít.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t410 đồng/lít\tmoney\t410\tVND/lít\t\tGiá xăng RON 95-III giảm 410 đồng/lít.\t\t\t\t\t\t\t\n

case: E5 RON 92 is a fuel grade, the price is money
args: -l vi
in: Xăng E5 RON 92 được bán với giá 21.540 đồng/lít.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t21.540 đồng/lít\tmoney\t21540\tVND/lít\t\tXăng E5 RON 92 được bán với giá 21.540 đồng/lít.\t\t\t\t\t\t\t\n

case: iPhone 15 is a product name, the price is money
args: -l vi
in: iPhone 15 Pro Max chính hãng được bán với giá 34 triệu đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t34 triệu đồng\tmoney\t34000000\tVND\t\tiPhone 15 Pro Max chính hãng được bán với giá 34 triệu đồng.\t\t\t\t\t\t\t\n

# ======================================================================
# Vague amounts (hàng trăm, hàng nghìn, vài chục…) give no row
# ======================================================================

case: hàng trăm
args: -l vi
in: Mưa lũ làm hàng trăm ngôi nhà bị ngập.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: vài chục
args: -l vi
in: Mỗi ngày chỉ có vài chục khách đến tham quan.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Hàng nghìn
args: -l vi
in: Hàng nghìn người đổ về quảng trường xem bắn pháo hoa.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: hàng chục tỷ đồng
args: -l vi
in: Vụ lừa đảo gây thiệt hại hàng chục tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: hàng triệu lượt xem
args: -l vi
in: Đoạn clip nhanh chóng đạt hàng triệu lượt xem.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a vague amount, then a real one
args: -l vi
in: Hàng trăm hộ dân bị ảnh hưởng, trong đó 38 hộ phải di dời.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t38 hộ\tquantity\t38\thộ\t\tHàng trăm hộ dân bị ảnh hưởng, trong đó 38 hộ phải di dời.\t\t\t\t\t\t\t\n

# ======================================================================
# Sport scores: a-b after tỷ số, thắng, hòa, thua is a score, not a range
# ======================================================================

# The spec is silent on scores.  2-1 is not a range (lo > hi); it is a ratio of
# goals, written a:b so that it is not taken for a fraction; no unit.
case: a score after tỷ số, and a date before it
args: -l vi
in: Tối 22/2, U23 Việt Nam thắng U23 Thái Lan với tỷ số 2-1.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t22/2\tdate\tXXXX-02-22\t\t\tTối 22/2, U23 Việt Nam thắng U23 Thái Lan với tỷ số 2-1.\t\t\t\t\t\t\t\n
out: 1\t2-1\tratio\t2:1\t\t\tTối 22/2, U23 Việt Nam thắng U23 Thái Lan với tỷ số 2-1.\t\t\t\t\t\t\t\n

case: a draw and the points it gives
args: -l vi
in: Đội tuyển nữ hòa 1-1 và giành 1 điểm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1-1\tratio\t1:1\t\t\tĐội tuyển nữ hòa 1-1 và giành 1 điểm.\t\t\t\t\t\t\t\n
out: 1\t1 điểm\tquantity\t1\tđiểm\t\tĐội tuyển nữ hòa 1-1 và giành 1 điểm.\t\t\t\t\t\t\t\n

case: a clean sheet win
args: -l vi
in: Câu lạc bộ Hà Nội thắng 3-0 trên sân nhà.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3-0\tratio\t3:0\t\t\tCâu lạc bộ Hà Nội thắng 3-0 trên sân nhà.\t\t\t\t\t\t\t\n

case: points, an ordinal and a gap in points
args: -l vi
in: Câu lạc bộ Hà Nội dẫn đầu với 38 điểm, hơn đội xếp thứ 2 tới 5 điểm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t38 điểm\tquantity\t38\tđiểm\t\tCâu lạc bộ Hà Nội dẫn đầu với 38 điểm, hơn đội xếp thứ 2 tới 5 điểm.\t\t\t\t\t\t\t\n
out: 1\tthứ 2\tordinal\t2\t\t\tCâu lạc bộ Hà Nội dẫn đầu với 38 điểm, hơn đội xếp thứ 2 tới 5 điểm.\t\t\t\t\t\t\t\n
out: 1\t5 điểm\tquantity\t5\tđiểm\t\tCâu lạc bộ Hà Nội dẫn đầu với 38 điểm, hơn đội xếp thứ 2 tới 5 điểm.\t\t\t\t\t\t\t\n

# ======================================================================
# News sentences with several expressions: rows in the order they start
# ======================================================================

case: stock market: a date, two scores, a percent, a turnover
args: -l vi
in: Kết thúc phiên 30/11, VN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm, thanh khoản đạt 18.560 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30/11\tdate\tXXXX-11-30\t\t\tKết thúc phiên 30/11, VN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm, thanh khoản đạt 18.560 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t12,35 điểm\tquantity\t12.35\tđiểm\t\tKết thúc phiên 30/11, VN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm, thanh khoản đạt 18.560 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t1,15%\tpercent\t1.15\t%\t\tKết thúc phiên 30/11, VN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm, thanh khoản đạt 18.560 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t1.085,6 điểm\tquantity\t1085.6\tđiểm\t\tKết thúc phiên 30/11, VN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm, thanh khoản đạt 18.560 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t18.560 tỷ đồng\tmoney\t18560000000000\tVND\t\tKết thúc phiên 30/11, VN-Index tăng 12,35 điểm (1,15%) lên 1.085,6 điểm, thanh khoản đạt 18.560 tỷ đồng.\t\t\t\t\t\t\t\n

case: stock market: net foreign selling
args: -l vi
in: Khối ngoại bán ròng 320 tỷ đồng trên sàn HoSE.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t320 tỷ đồng\tmoney\t320000000000\tVND\t\tKhối ngoại bán ròng 320 tỷ đồng trên sàn HoSE.\t\t\t\t\t\t\t\n

case: gold: a date with a published year, a price per tael, a change
args: -l vi
in: \fpublished=2022-12-01T10:00:00+07:00\tlang=vi\n
in: Sáng 1/12, giá vàng SJC được niêm yết ở mức 66,5 triệu đồng/lượng, tăng 300.000 đồng so với hôm qua.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1/12\tdate\t2022-12-01\t\t\tSáng 1/12, giá vàng SJC được niêm yết ở mức 66,5 triệu đồng/lượng, tăng 300.000 đồng so với hôm qua.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n
out: 1\t66,5 triệu đồng/lượng\tmoney\t66500000\tVND/lượng\t\tSáng 1/12, giá vàng SJC được niêm yết ở mức 66,5 triệu đồng/lượng, tăng 300.000 đồng so với hôm qua.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n
out: 1\t300.000 đồng\tmoney\t300000\tVND\t\tSáng 1/12, giá vàng SJC được niêm yết ở mức 66,5 triệu đồng/lượng, tăng 300.000 đồng so với hôm qua.\t\t\t2022-12-01T10:00:00+07:00\t\tvi\t\t\n

case: gold: a world price converted at an exchange rate
args: -l vi
in: Quy đổi theo tỷ giá 24.300 đồng/USD, giá vàng thế giới tương đương 56,5 triệu đồng/lượng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t24.300 đồng/USD\tmoney\t24300\tVND/USD\t\tQuy đổi theo tỷ giá 24.300 đồng/USD, giá vàng thế giới tương đương 56,5 triệu đồng/lượng.\t\t\t\t\t\t\t\n
out: 1\t56,5 triệu đồng/lượng\tmoney\t56500000\tVND/lượng\t\tQuy đổi theo tỷ giá 24.300 đồng/USD, giá vàng thế giới tương đương 56,5 triệu đồng/lượng.\t\t\t\t\t\t\t\n

case: petrol: a time, a date, two prices per litre
args: -l vi
in: Từ 15h ngày 21/11, giá xăng RON 95-III giảm 410 đồng/lít, xuống còn 22.500 đồng/lít.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15h\ttime\t15:00\t\t\tTừ 15h ngày 21/11, giá xăng RON 95-III giảm 410 đồng/lít, xuống còn 22.500 đồng/lít.\t\t\t\t\t\t\t\n
out: 1\t21/11\tdate\tXXXX-11-21\t\t\tTừ 15h ngày 21/11, giá xăng RON 95-III giảm 410 đồng/lít, xuống còn 22.500 đồng/lít.\t\t\t\t\t\t\t\n
out: 1\t410 đồng/lít\tmoney\t410\tVND/lít\t\tTừ 15h ngày 21/11, giá xăng RON 95-III giảm 410 đồng/lít, xuống còn 22.500 đồng/lít.\t\t\t\t\t\t\t\n
out: 1\t22.500 đồng/lít\tmoney\t22500\tVND/lít\t\tTừ 15h ngày 21/11, giá xăng RON 95-III giảm 410 đồng/lít, xuống còn 22.500 đồng/lít.\t\t\t\t\t\t\t\n

case: real estate: area, flats, a range of prices per m2
args: -l vi
in: Dự án rộng 12,5 ha gồm 1.500 căn hộ, giá bán từ 35 đến 40 triệu đồng/m2.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12,5 ha\tquantity\t12.5\tha\t\tDự án rộng 12,5 ha gồm 1.500 căn hộ, giá bán từ 35 đến 40 triệu đồng/m2.\t\t\t\t\t\t\t\n
out: 1\t1.500 căn hộ\tquantity\t1500\tcăn hộ\t\tDự án rộng 12,5 ha gồm 1.500 căn hộ, giá bán từ 35 đến 40 triệu đồng/m2.\t\t\t\t\t\t\t\n
out: 1\ttừ 35 đến 40 triệu đồng/m2\tmoney\t35000000..40000000\tVND/m2\t\tDự án rộng 12,5 ha gồm 1.500 căn hộ, giá bán từ 35 đến 40 triệu đồng/m2.\t\t\t\t\t\t\t\n

case: real estate: area, hedged price, price per m2
args: -l vi
in: Căn hộ 70 m2 có giá khoảng 3 tỷ đồng, tương đương 43 triệu đồng/m2.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t70 m2\tquantity\t70\tm2\t\tCăn hộ 70 m2 có giá khoảng 3 tỷ đồng, tương đương 43 triệu đồng/m2.\t\t\t\t\t\t\t\n
out: 1\t3 tỷ đồng\tmoney\t3000000000\tVND\tkhoảng\tCăn hộ 70 m2 có giá khoảng 3 tỷ đồng, tương đương 43 triệu đồng/m2.\t\t\t\t\t\t\t\n
out: 1\t43 triệu đồng/m2\tmoney\t43000000\tVND/m2\t\tCăn hộ 70 m2 có giá khoảng 3 tỷ đồng, tương đương 43 triệu đồng/m2.\t\t\t\t\t\t\t\n

case: health: cases, a percent, deaths
args: -l vi
in: Trong tuần qua, Hà Nội ghi nhận 1.250 ca mắc sốt xuất huyết, tăng 15% so với tuần trước, trong đó có 3 ca tử vong.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.250 ca mắc\tquantity\t1250\tca mắc\t\tTrong tuần qua, Hà Nội ghi nhận 1.250 ca mắc sốt xuất huyết, tăng 15% so với tuần trước, trong đó có 3 ca tử vong.\t\t\t\t\t\t\t\n
out: 1\t15%\tpercent\t15\t%\t\tTrong tuần qua, Hà Nội ghi nhận 1.250 ca mắc sốt xuất huyết, tăng 15% so với tuần trước, trong đó có 3 ca tử vong.\t\t\t\t\t\t\t\n
out: 1\t3 ca\tquantity\t3\tca\t\tTrong tuần qua, Hà Nội ghi nhận 1.250 ca mắc sốt xuất huyết, tăng 15% so với tuần trước, trong đó có 3 ca tử vong.\t\t\t\t\t\t\t\n

case: traffic: a duration, deaths, a percent
args: -l vi
in: Trong 11 tháng, tai nạn giao thông làm 5.800 người chết, giảm 2,3% so với cùng kỳ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t11 tháng\tquantity\t11\ttháng\t\tTrong 11 tháng, tai nạn giao thông làm 5.800 người chết, giảm 2,3% so với cùng kỳ.\t\t\t\t\t\t\t\n
out: 1\t5.800 người\tquantity\t5800\tngười\t\tTrong 11 tháng, tai nạn giao thông làm 5.800 người chết, giảm 2,3% so với cùng kỳ.\t\t\t\t\t\t\t\n
out: 1\t2,3%\tpercent\t2.3\t%\t\tTrong 11 tháng, tai nạn giao thông làm 5.800 người chết, giảm 2,3% so với cùng kỳ.\t\t\t\t\t\t\t\n

case: traffic: a fine and a licence suspension
args: -l vi
in: Tài xế bị phạt 35 triệu đồng và tước giấy phép lái xe 22 tháng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t35 triệu đồng\tmoney\t35000000\tVND\t\tTài xế bị phạt 35 triệu đồng và tước giấy phép lái xe 22 tháng.\t\t\t\t\t\t\t\n
out: 1\t22 tháng\tquantity\t22\ttháng\t\tTài xế bị phạt 35 triệu đồng và tước giấy phép lái xe 22 tháng.\t\t\t\t\t\t\t\n

case: weather: a date, a temperature, a humidity
args: -l vi
in: Ngày 25/11, nhiệt độ thấp nhất tại Sa Pa xuống 5°C, độ ẩm 85%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t25/11\tdate\tXXXX-11-25\t\t\tNgày 25/11, nhiệt độ thấp nhất tại Sa Pa xuống 5°C, độ ẩm 85%.\t\t\t\t\t\t\t\n
out: 1\t5°C\tquantity\t5\t°C\t\tNgày 25/11, nhiệt độ thấp nhất tại Sa Pa xuống 5°C, độ ẩm 85%.\t\t\t\t\t\t\t\n
out: 1\t85%\tpercent\t85\t%\t\tNgày 25/11, nhiệt độ thấp nhất tại Sa Pa xuống 5°C, độ ẩm 85%.\t\t\t\t\t\t\t\n

case: weather: a range of dates and a range of rain
args: -l vi
in: Từ đêm 15/9 đến ngày 17/9, Bắc Bộ có mưa 100-200 mm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tTừ đêm 15/9 đến ngày 17/9\tdate\tXXXX-09-15..XXXX-09-17\t\t\tTừ đêm 15/9 đến ngày 17/9, Bắc Bộ có mưa 100-200 mm.\t\t\t\t\t\t\t\n
out: 1\t100-200 mm\tquantity\t100..200\tmm\t\tTừ đêm 15/9 đến ngày 17/9, Bắc Bộ có mưa 100-200 mm.\t\t\t\t\t\t\t\n

case: budget: a year, revenue, two percents, a year
args: -l vi
in: Năm 2023, tổng thu ngân sách của tỉnh ước đạt 7.250 tỷ đồng, vượt 12,5% dự toán, tăng 8% so với năm 2022.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm 2023\tdate\t2023\t\t\tNăm 2023, tổng thu ngân sách của tỉnh ước đạt 7.250 tỷ đồng, vượt 12,5% dự toán, tăng 8% so với năm 2022.\t\t\t\t\t\t\t\n
out: 1\t7.250 tỷ đồng\tmoney\t7250000000000\tVND\t\tNăm 2023, tổng thu ngân sách của tỉnh ước đạt 7.250 tỷ đồng, vượt 12,5% dự toán, tăng 8% so với năm 2022.\t\t\t\t\t\t\t\n
out: 1\t12,5%\tpercent\t12.5\t%\t\tNăm 2023, tổng thu ngân sách của tỉnh ước đạt 7.250 tỷ đồng, vượt 12,5% dự toán, tăng 8% so với năm 2022.\t\t\t\t\t\t\t\n
out: 1\t8%\tpercent\t8\t%\t\tNăm 2023, tổng thu ngân sách của tỉnh ước đạt 7.250 tỷ đồng, vượt 12,5% dự toán, tăng 8% so với năm 2022.\t\t\t\t\t\t\t\n
out: 1\tnăm 2022\tdate\t2022\t\t\tNăm 2023, tổng thu ngân sách của tỉnh ước đạt 7.250 tỷ đồng, vượt 12,5% dự toán, tăng 8% so với năm 2022.\t\t\t\t\t\t\t\n

case: economy: two quarters and two percents
args: -l vi
in: GDP quý 3/2023 tăng 5,33%, cao hơn mức tăng 4,14% của quý 2/2023.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý 3/2023\tdate\t2023-Q3\t\t\tGDP quý 3/2023 tăng 5,33%, cao hơn mức tăng 4,14% của quý 2/2023.\t\t\t\t\t\t\t\n
out: 1\t5,33%\tpercent\t5.33\t%\t\tGDP quý 3/2023 tăng 5,33%, cao hơn mức tăng 4,14% của quý 2/2023.\t\t\t\t\t\t\t\n
out: 1\t4,14%\tpercent\t4.14\t%\t\tGDP quý 3/2023 tăng 5,33%, cao hơn mức tăng 4,14% của quý 2/2023.\t\t\t\t\t\t\t\n
out: 1\tquý 2/2023\tdate\t2023-Q2\t\t\tGDP quý 3/2023 tăng 5,33%, cao hơn mức tăng 4,14% của quý 2/2023.\t\t\t\t\t\t\t\n

case: economy: a date, FDI in tỷ USD, a percent
args: -l vi
in: Tính đến ngày 20/12/2023, tổng vốn FDI đăng ký đạt 36,61 tỷ USD, tăng 32,1%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t20/12/2023\tdate\t2023-12-20\t\t\tTính đến ngày 20/12/2023, tổng vốn FDI đăng ký đạt 36,61 tỷ USD, tăng 32,1%.\t\t\t\t\t\t\t\n
out: 1\t36,61 tỷ USD\tmoney\t36610000000\tUSD\t\tTính đến ngày 20/12/2023, tổng vốn FDI đăng ký đạt 36,61 tỷ USD, tăng 32,1%.\t\t\t\t\t\t\t\n
out: 1\t32,1%\tpercent\t32.1\t%\t\tTính đến ngày 20/12/2023, tổng vốn FDI đăng ký đạt 36,61 tỷ USD, tăng 32,1%.\t\t\t\t\t\t\t\n

case: economy: rice exports in tons and in dollars
args: -l vi
in: Xuất khẩu gạo năm 2023 đạt 8,1 triệu tấn, trị giá 4,6 tỷ USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2023\tdate\t2023\t\t\tXuất khẩu gạo năm 2023 đạt 8,1 triệu tấn, trị giá 4,6 tỷ USD.\t\t\t\t\t\t\t\n
out: 1\t8,1 triệu tấn\tquantity\t8100000\ttấn\t\tXuất khẩu gạo năm 2023 đạt 8,1 triệu tấn, trị giá 4,6 tỷ USD.\t\t\t\t\t\t\t\n
out: 1\t4,6 tỷ USD\tmoney\t4600000000\tUSD\t\tXuất khẩu gạo năm 2023 đạt 8,1 triệu tấn, trị giá 4,6 tỷ USD.\t\t\t\t\t\t\t\n

case: education: a school year and a capped fee
args: -l vi
in: Năm học 2023-2024, học phí đại học công lập tối đa 1,41 triệu đồng/tháng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2023-2024\tdate\t2023..2024\t\t\tNăm học 2023-2024, học phí đại học công lập tối đa 1,41 triệu đồng/tháng.\t\t\t\t\t\t\t\n
out: 1\t1,41 triệu đồng/tháng\tmoney\t1410000\tVND/tháng\ttối đa\tNăm học 2023-2024, học phí đại học công lập tối đa 1,41 triệu đồng/tháng.\t\t\t\t\t\t\t\n

case: crime: a hedged sum and the victims
args: -l vi
in: Bị can chiếm đoạt hơn 12 tỷ đồng của 230 người.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 tỷ đồng\tmoney\t12000000000\tVND\thơn\tBị can chiếm đoạt hơn 12 tỷ đồng của 230 người.\t\t\t\t\t\t\t\n
out: 1\t230 người\tquantity\t230\tngười\t\tBị can chiếm đoạt hơn 12 tỷ đồng của 230 người.\t\t\t\t\t\t\t\n

case: crime: years of prison and damages
args: -l vi
in: Tòa tuyên phạt bị cáo 20 năm tù, buộc bồi thường 1,5 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t20 năm\tquantity\t20\tnăm\t\tTòa tuyên phạt bị cáo 20 năm tù, buộc bồi thường 1,5 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t1,5 tỷ đồng\tmoney\t1500000000\tVND\t\tTòa tuyên phạt bị cáo 20 năm tù, buộc bồi thường 1,5 tỷ đồng.\t\t\t\t\t\t\t\n

case: politics: an ordinal, a duration, a range of dates
args: -l vi
in: Kỳ họp thứ 6 kéo dài 22 ngày, từ ngày 23/10 đến ngày 29/11/2023.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ 6\tordinal\t6\t\t\tKỳ họp thứ 6 kéo dài 22 ngày, từ ngày 23/10 đến ngày 29/11/2023.\t\t\t\t\t\t\t\n
out: 1\t22 ngày\tquantity\t22\tngày\t\tKỳ họp thứ 6 kéo dài 22 ngày, từ ngày 23/10 đến ngày 29/11/2023.\t\t\t\t\t\t\t\n
out: 1\ttừ ngày 23/10 đến ngày 29/11/2023\tdate\t2023-10-23..2023-11-29\t\t\tKỳ họp thứ 6 kéo dài 22 ngày, từ ngày 23/10 đến ngày 29/11/2023.\t\t\t\t\t\t\t\n

case: politics: two sentences, rows numbered by sentence
args: -l vi
in: Chiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành.\n
in: Năm 2022, có 19/22 chỉ tiêu đạt và vượt; 5/5 nhóm nhiệm vụ trọng tâm hoàn thành tốt.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30/11/2022\tdate\t2022-11-30\t\t\tChiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành.\t\t\t\t\t\t\t\n
out: 2\tNăm 2022\tdate\t2022\t\t\tNăm 2022, có 19/22 chỉ tiêu đạt và vượt; 5/5 nhóm nhiệm vụ trọng tâm hoàn thành tốt.\t\t\t\t\t\t\t\n
out: 2\t19/22 chỉ tiêu\tratio\t19/22\tchỉ tiêu\t\tNăm 2022, có 19/22 chỉ tiêu đạt và vượt; 5/5 nhóm nhiệm vụ trọng tâm hoàn thành tốt.\t\t\t\t\t\t\t\n
out: 2\t5/5 nhóm\tratio\t5/5\tnhóm\t\tNăm 2022, có 19/22 chỉ tiêu đạt và vượt; 5/5 nhóm nhiệm vụ trọng tâm hoàn thành tốt.\t\t\t\t\t\t\t\n

case: tourism: a year and two counts of visitors
args: -l vi
in: Năm 2023, tỉnh đón 3,2 triệu lượt khách, trong đó có 450 nghìn lượt khách quốc tế.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm 2023\tdate\t2023\t\t\tNăm 2023, tỉnh đón 3,2 triệu lượt khách, trong đó có 450 nghìn lượt khách quốc tế.\t\t\t\t\t\t\t\n
out: 1\t3,2 triệu lượt khách\tquantity\t3200000\tlượt khách\t\tNăm 2023, tỉnh đón 3,2 triệu lượt khách, trong đó có 450 nghìn lượt khách quốc tế.\t\t\t\t\t\t\t\n
out: 1\t450 nghìn lượt khách\tquantity\t450000\tlượt khách\t\tNăm 2023, tỉnh đón 3,2 triệu lượt khách, trong đó có 450 nghìn lượt khách quốc tế.\t\t\t\t\t\t\t\n

case: page chrome: a published line with a time, a date and a counter
args: -l vi
in: Cập nhật: 19/06/2023 08:15 | 2,348 lượt đọc\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t19/06/2023\tdate\t2023-06-19\t\t\tCập nhật: 19/06/2023 08:15 | 2,348 lượt đọc\t\t\t\t\t\t\t\n
out: 1\t08:15\ttime\t08:15\t\t\tCập nhật: 19/06/2023 08:15 | 2,348 lượt đọc\t\t\t\t\t\t\t\n
out: 1\t2,348 lượt đọc\tquantity\t2348\tlượt đọc\t\tCập nhật: 19/06/2023 08:15 | 2,348 lượt đọc\t\t\t\t\t\t\t\n

# ======================================================================
# The seed article, samples/seed-langson.txt, one sentence a line as ntx-split
# writes it (the same as tests/cli/seed-langson.split).  No header line, so
# 22/11 has no year.  No row for: Thứ 5 (a weekday), lần thứ mười một (a number
# word), COVID-19, the numbers in the URL; 6 khu dân cư is counted like 2 thôn;
# 230 đảng viên mới trở lên is hedged by trở lên, while the trở lên after 90% …
# hoàn thành tốt nhiệm vụ qualifies the rating, not the 90%.
# ======================================================================

case: the seed article, every number version 1 reads
args: -l vi
in-file: tests/cli/seed-langson.split
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2023\tdate\t2023\t\t\tBan Chấp hành Đảng bộ thành phố Lạng Sơn triển khai nhiệm vụ năm 2023\t\t\t\t\t\t\t\n
out: 2\tThứ 5\tdate\tXXXX-WXX-4\t\t\tThứ 5, 01.12.2022 | 15:12:13\t\t\t\t\t\t\t\n
out: 2\t01.12.2022\tdate\t2022-12-01\t\t\tThứ 5, 01.12.2022 | 15:12:13\t\t\t\t\t\t\t\n
out: 2\t15:12:13\ttime\t15:12:13\t\t\tThứ 5, 01.12.2022 | 15:12:13\t\t\t\t\t\t\t\n
out: 3\t1,117 lượt xem\tquantity\t1117\tlượt xem\t\t1,117 lượt xem\t\t\t\t\t\t\t\n
out: 4\t30/11/2022\tdate\t2022-11-30\t\t\tChiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành lần thứ mười một (mở rộng).\t\t\t\t\t\t\t\n
out: 4\tthứ mười một\tordinal\t11\t\t\tChiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành lần thứ mười một (mở rộng).\t\t\t\t\t\t\t\n
out: 7\tnăm 2022\tdate\t2022\t\t\tHội nghị lần này tập trung thảo luận, đánh giá về công tác lãnh đạo, chỉ đạo, kết quả thực hiện nhiệm vụ năm 2022, đồng thời đề ra các nhiệm vụ, giải pháp năm 2023.\t\t\t\t\t\t\t\n
out: 7\tnăm 2023\tdate\t2023\t\t\tHội nghị lần này tập trung thảo luận, đánh giá về công tác lãnh đạo, chỉ đạo, kết quả thực hiện nhiệm vụ năm 2022, đồng thời đề ra các nhiệm vụ, giải pháp năm 2023.\t\t\t\t\t\t\t\n
out: 8\tNăm 2022\tdate\t2022\t\t\tNăm 2022, Ban Chấp hành Đảng bộ thành phố đã tập trung lãnh đạo, chỉ đạo thực hiện các mục tiêu, nhiệm vụ đã đề ra từ đầu năm 2022.\t\t\t\t\t\t\t\n
out: 8\tnăm 2022\tdate\t2022\t\t\tNăm 2022, Ban Chấp hành Đảng bộ thành phố đã tập trung lãnh đạo, chỉ đạo thực hiện các mục tiêu, nhiệm vụ đã đề ra từ đầu năm 2022.\t\t\t\t\t\t\t\n
out: 9\t22 chỉ tiêu\tquantity\t22\tchỉ tiêu\t\tTheo đó, trong 22 chỉ tiêu về kinh tế – xã hội, quốc phòng – an ninh, xây dựng đảng, hệ thống chính trị, có 19/22 chỉ tiêu đạt và vượt (3 chỉ tiêu về công tác xây dựng Đảng, xây dựng hệ thống chính trị chưa đánh giá); 5/5 nhóm nhiệm vụ trong tâm hoàn thành tốt và xuất sắc.\t\t\t\t\t\t\t\n
out: 9\t19/22 chỉ tiêu\tratio\t19/22\tchỉ tiêu\t\tTheo đó, trong 22 chỉ tiêu về kinh tế – xã hội, quốc phòng – an ninh, xây dựng đảng, hệ thống chính trị, có 19/22 chỉ tiêu đạt và vượt (3 chỉ tiêu về công tác xây dựng Đảng, xây dựng hệ thống chính trị chưa đánh giá); 5/5 nhóm nhiệm vụ trong tâm hoàn thành tốt và xuất sắc.\t\t\t\t\t\t\t\n
out: 9\t3 chỉ tiêu\tquantity\t3\tchỉ tiêu\t\tTheo đó, trong 22 chỉ tiêu về kinh tế – xã hội, quốc phòng – an ninh, xây dựng đảng, hệ thống chính trị, có 19/22 chỉ tiêu đạt và vượt (3 chỉ tiêu về công tác xây dựng Đảng, xây dựng hệ thống chính trị chưa đánh giá); 5/5 nhóm nhiệm vụ trong tâm hoàn thành tốt và xuất sắc.\t\t\t\t\t\t\t\n
out: 9\t5/5 nhóm\tratio\t5/5\tnhóm\t\tTheo đó, trong 22 chỉ tiêu về kinh tế – xã hội, quốc phòng – an ninh, xây dựng đảng, hệ thống chính trị, có 19/22 chỉ tiêu đạt và vượt (3 chỉ tiêu về công tác xây dựng Đảng, xây dựng hệ thống chính trị chưa đánh giá); 5/5 nhóm nhiệm vụ trong tâm hoàn thành tốt và xuất sắc.\t\t\t\t\t\t\t\n
out: 10\t12,2%\tpercent\t12.2\t%\t\tTình hình kinh tế – xã hội tiếp tục phát triển toàn diện, trong đó, tốc độ tăng trưởng một số ngành kinh  tế chủ yếu đạt 12,2% (mục tiêu 10-11%).\t\t\t\t\t\t\t\n
out: 10\t10-11%\tpercent\t10..11\t%\t\tTình hình kinh tế – xã hội tiếp tục phát triển toàn diện, trong đó, tốc độ tăng trưởng một số ngành kinh  tế chủ yếu đạt 12,2% (mục tiêu 10-11%).\t\t\t\t\t\t\t\n
out: 11\t22/11\tdate\tXXXX-11-22\t\t\tMột số nhiệm vụ vượt kế hoạch đề ra cao so với kế hoạch của năm như: kết quả thu ngân sách nhà nước tính đến hết ngày 22/11 đạt 465 tỷ đồng, vượt 29% dự toán tỉnh giao; ước hết năm 2022 đạt hơn 500 tỷ đồng, vượt 38,8% dự toán tỉnh giao; công tác giải phóng mặt bằng các dự án, quản lý đô thị và trật tự xây dựng được thực hiện đảm bảo kế hoạch đề ra.\t\t\t\t\t\t\t\n
out: 11\t465 tỷ đồng\tmoney\t465000000000\tVND\t\tMột số nhiệm vụ vượt kế hoạch đề ra cao so với kế hoạch của năm như: kết quả thu ngân sách nhà nước tính đến hết ngày 22/11 đạt 465 tỷ đồng, vượt 29% dự toán tỉnh giao; ước hết năm 2022 đạt hơn 500 tỷ đồng, vượt 38,8% dự toán tỉnh giao; công tác giải phóng mặt bằng các dự án, quản lý đô thị và trật tự xây dựng được thực hiện đảm bảo kế hoạch đề ra.\t\t\t\t\t\t\t\n
out: 11\t29%\tpercent\t29\t%\t\tMột số nhiệm vụ vượt kế hoạch đề ra cao so với kế hoạch của năm như: kết quả thu ngân sách nhà nước tính đến hết ngày 22/11 đạt 465 tỷ đồng, vượt 29% dự toán tỉnh giao; ước hết năm 2022 đạt hơn 500 tỷ đồng, vượt 38,8% dự toán tỉnh giao; công tác giải phóng mặt bằng các dự án, quản lý đô thị và trật tự xây dựng được thực hiện đảm bảo kế hoạch đề ra.\t\t\t\t\t\t\t\n
out: 11\tnăm 2022\tdate\t2022\t\t\tMột số nhiệm vụ vượt kế hoạch đề ra cao so với kế hoạch của năm như: kết quả thu ngân sách nhà nước tính đến hết ngày 22/11 đạt 465 tỷ đồng, vượt 29% dự toán tỉnh giao; ước hết năm 2022 đạt hơn 500 tỷ đồng, vượt 38,8% dự toán tỉnh giao; công tác giải phóng mặt bằng các dự án, quản lý đô thị và trật tự xây dựng được thực hiện đảm bảo kế hoạch đề ra.\t\t\t\t\t\t\t\n
out: 11\t500 tỷ đồng\tmoney\t500000000000\tVND\thơn\tMột số nhiệm vụ vượt kế hoạch đề ra cao so với kế hoạch của năm như: kết quả thu ngân sách nhà nước tính đến hết ngày 22/11 đạt 465 tỷ đồng, vượt 29% dự toán tỉnh giao; ước hết năm 2022 đạt hơn 500 tỷ đồng, vượt 38,8% dự toán tỉnh giao; công tác giải phóng mặt bằng các dự án, quản lý đô thị và trật tự xây dựng được thực hiện đảm bảo kế hoạch đề ra.\t\t\t\t\t\t\t\n
out: 11\t38,8%\tpercent\t38.8\t%\t\tMột số nhiệm vụ vượt kế hoạch đề ra cao so với kế hoạch của năm như: kết quả thu ngân sách nhà nước tính đến hết ngày 22/11 đạt 465 tỷ đồng, vượt 29% dự toán tỉnh giao; ước hết năm 2022 đạt hơn 500 tỷ đồng, vượt 38,8% dự toán tỉnh giao; công tác giải phóng mặt bằng các dự án, quản lý đô thị và trật tự xây dựng được thực hiện đảm bảo kế hoạch đề ra.\t\t\t\t\t\t\t\n
out: 14\tnăm 2022\tdate\t2022\t\t\tBên cạnh những kết quả đạt được, trong năm 2022 vẫn còn một số hạn chế như: công tác quản lý đất đai, tài nguyên khoáng sản tại một số nơi chưa chặt chẽ; việc cấp đổi giấy chứng nhận quyền sử dụng đất theo bản đổ địa chính còn chậm; một số dự án đầu tư xây dựng còn chậm tiến độ…\t\t\t\t\t\t\t\n
out: 15\tnăm 2022\tdate\t2022\t\t\tTại hội nghị, các đại biểu đã trao đổi, đánh giá toàn diện về tình hình kinh tế – xã hội, quốc phòng – an ninh, đối ngoại, công tác xây dựng đảng và xây dựng hệ thống chính trị trong năm 2022; nêu rõ những hạn chế, đồng thời phân tích, đề ra các nhiệm vụ, giải pháp cần tập trung lãnh đạo, chỉ đạo để hoàn thành tốt các mục tiêu, nhiệm vụ đề ra trong năm 2023, góp phần hoàn thành mục tiêu, chỉ tiêu của cả nhiệm kỳ 2020-2025.\t\t\t\t\t\t\t\n
out: 15\tnăm 2023\tdate\t2023\t\t\tTại hội nghị, các đại biểu đã trao đổi, đánh giá toàn diện về tình hình kinh tế – xã hội, quốc phòng – an ninh, đối ngoại, công tác xây dựng đảng và xây dựng hệ thống chính trị trong năm 2022; nêu rõ những hạn chế, đồng thời phân tích, đề ra các nhiệm vụ, giải pháp cần tập trung lãnh đạo, chỉ đạo để hoàn thành tốt các mục tiêu, nhiệm vụ đề ra trong năm 2023, góp phần hoàn thành mục tiêu, chỉ tiêu của cả nhiệm kỳ 2020-2025.\t\t\t\t\t\t\t\n
out: 15\t2020-2025\tdate\t2020..2025\t\t\tTại hội nghị, các đại biểu đã trao đổi, đánh giá toàn diện về tình hình kinh tế – xã hội, quốc phòng – an ninh, đối ngoại, công tác xây dựng đảng và xây dựng hệ thống chính trị trong năm 2022; nêu rõ những hạn chế, đồng thời phân tích, đề ra các nhiệm vụ, giải pháp cần tập trung lãnh đạo, chỉ đạo để hoàn thành tốt các mục tiêu, nhiệm vụ đề ra trong năm 2023, góp phần hoàn thành mục tiêu, chỉ tiêu của cả nhiệm kỳ 2020-2025.\t\t\t\t\t\t\t\n
out: 16\tnăm 2023\tdate\t2023\t\t\tHội nghị đã thông qua Nghị quyết của Ban Chấp hành Đảng bộ thành phố Lạng Sơn về nhiệm vụ năm 2023.\t\t\t\t\t\t\t\n
out: 17\tnăm 2023\tdate\t2023\t\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t11-12%\tpercent\t11..12\t%\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t2.865 nghìn lượt\tquantity\t2865000\tlượt\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t400 tỷ đồng\tmoney\t400000000000\tVND\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t2 thôn\tquantity\t2\tthôn\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t6 khu\tquantity\t6\tkhu\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t8/8 xã\tratio\t8/8\txã\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t0,2%\tpercent\t0.2\t%\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t230 đảng viên\tquantity\t230\tđảng viên\ttrở lên\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t90%\tpercent\t90\t%\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 17\t20%\tpercent\t20\t%\t\tTheo đó, các chỉ tiêu chủ yếu của năm 2023 đề ra là: tốc độ tăng trưởng một số ngành kinh tế chủ yếu tăng 11-12%; tổng lượng khách du lịch đạt 2.865 nghìn lượt; thu nội địa đạt 400 tỷ đồng; xây dựng 2 thôn kiểu mẫu và 6 khu dân cư kiểu mẫu; duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%; phấn đấu kết nạp 230 đảng viên mới trở lên; phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\t\t\t\t\t\t\t\n
out: 19\tnăm 2023\tdate\t2023\t\t\tĐể thực hiện tốt các mục tiêu, nhiệm vụ năm 2023, tại hội nghị, Ban Chấp hành Đảng bộ thành phố Lạng Sơn đề ra một số nhiệm vụ trọng tâm cụ thể như: tiếp tục thực hiện tốt công tác phòng, chống dịch COVID-19 gắn với phát triển kinh tế – xã hội; tập trung triển khai chương trình phục hồi và phát triển kinh tế; tập trung giải phóng mặt bằng các dự án; thực hiện đồng bộ các giải pháp cơ cấu lại ngành nông nghiệp gắn với xây dựng nông thôn mới; tiếp tục phối hợp với nhà đầu tư triển khai xây dựng cụm công nghiệp Quảng Lạc; triển khai quyết liệt, đồng bộ các giải pháp về quản lý thu ngân sách nhà nước; phát triển toàn diện, đồng bộ các lĩnh vực văn hóa – xã hội; thực hiện tốt nhiệm vụ quốc phòng, an ninh trong tình hình mới; đẩy mạnh cải cách thủ tục hành chính; thực hiện tốt công tác quán triệt, học tập, tuyên truyền, triển khai các chỉ thị, nghị quyết của trung ương, tỉnh và thành phố; tiếp tục phát huy năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và đảng viên; nâng cao chất lượng sinh hoạt chi bộ;…\t\t\t\t\t\t\t\n
out: 20\tnăm 2022\tdate\t2022\t\t\tTại hội nghị lần này, các đại biểu đã nghe báo cáo kiểm điểm của Ban Chấp hành Đảng bộ, Ban Thường vụ Thành ủy năm 2022; chương trình làm việc của Ban Chấp hành Đảng bộ thành phố và Ban Thường vụ Thành ủy năm 2023; chương trình giám sát của Ban Chấp hành Đảng bộ thành phố năm 2023; và một số báo cáo về các nội dung khác…\t\t\t\t\t\t\t\n
out: 20\tnăm 2023\tdate\t2023\t\t\tTại hội nghị lần này, các đại biểu đã nghe báo cáo kiểm điểm của Ban Chấp hành Đảng bộ, Ban Thường vụ Thành ủy năm 2022; chương trình làm việc của Ban Chấp hành Đảng bộ thành phố và Ban Thường vụ Thành ủy năm 2023; chương trình giám sát của Ban Chấp hành Đảng bộ thành phố năm 2023; và một số báo cáo về các nội dung khác…\t\t\t\t\t\t\t\n
out: 20\tnăm 2023\tdate\t2023\t\t\tTại hội nghị lần này, các đại biểu đã nghe báo cáo kiểm điểm của Ban Chấp hành Đảng bộ, Ban Thường vụ Thành ủy năm 2022; chương trình làm việc của Ban Chấp hành Đảng bộ thành phố và Ban Thường vụ Thành ủy năm 2023; chương trình giám sát của Ban Chấp hành Đảng bộ thành phố năm 2023; và một số báo cáo về các nội dung khác…\t\t\t\t\t\t\t\n

# From the Hanoi budget sample: the start of a range of days takes its
# month and year from the end.
case: từ ngày 6 đến ngày 8/12/2022 is one range of days
args: -l vi
in: Kỳ họp diễn ra trong 3 ngày, từ ngày 6 đến ngày 8/12/2022, tại Hà Nội.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 ngày\tquantity\t3\tngày\t\tKỳ họp diễn ra trong 3 ngày, từ ngày 6 đến ngày 8/12/2022, tại Hà Nội.\t\t\t\t\t\t\t\n
out: 1\ttừ ngày 6 đến ngày 8/12/2022\tdate\t2022-12-06..2022-12-08\t\t\tKỳ họp diễn ra trong 3 ngày, từ ngày 6 đến ngày 8/12/2022, tại Hà Nội.\t\t\t\t\t\t\t\n

# ======================================================================
# From the blind evaluation set (tests/nums-eval): ranges of days with a
# year, of times with giờ, of money whose end alone has the multiplier;
# âm; a fraction after chiếm; ngày thứ hai (the second day); the first 11
# months of a year; a chainage, an article and a hotline give no row.
# ======================================================================

case: cases from the blind evaluation set
args: -l vi
in: Lễ hội diễn ra ngày 18-20/9/2024 tại Huế.\nChợ đêm mở cửa từ 3 giờ chiều đến 8 giờ tối.\nGiá vé từ 200.000 đến 1,5 triệu đồng.\nNhiệt độ xuống âm 2 độ C.\nXuất khẩu chiếm gần 1/3 tổng kim ngạch.\nĐây là ngày thứ hai của hội nghị.\nTrong 11 tháng năm 2024, tỉnh thu 1.200 tỷ đồng.\nTai nạn xảy ra tại Km 195+600 quốc lộ 1.\nBị cáo bị xử theo khoản 2 Điều 174 Bộ luật Hình sự.\nCửa hàng ở quận 7 gọi đường dây nóng 113.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t18-20/9/2024\tdate\t2024-09-18..2024-09-20\t\t\tLễ hội diễn ra ngày 18-20/9/2024 tại Huế.\t\t\t\t\t\t\t\n
out: 2\ttừ 3 giờ chiều đến 8 giờ tối\ttime\t15:00..20:00\t\t\tChợ đêm mở cửa từ 3 giờ chiều đến 8 giờ tối.\t\t\t\t\t\t\t\n
out: 3\ttừ 200.000 đến 1,5 triệu đồng\tmoney\t200000..1500000\tVND\t\tGiá vé từ 200.000 đến 1,5 triệu đồng.\t\t\t\t\t\t\t\n
out: 4\tâm 2 độ C\tquantity\t-2\tđộ C\t\tNhiệt độ xuống âm 2 độ C.\t\t\t\t\t\t\t\n
out: 5\t1/3\tratio\t1/3\t\tgần\tXuất khẩu chiếm gần 1/3 tổng kim ngạch.\t\t\t\t\t\t\t\n
out: 6\tthứ hai\tordinal\t2\t\t\tĐây là ngày thứ hai của hội nghị.\t\t\t\t\t\t\t\n
out: 7\t11 tháng năm 2024\tdate\t2024-01..2024-11\t\t\tTrong 11 tháng năm 2024, tỉnh thu 1.200 tỷ đồng.\t\t\t\t\t\t\t\n
out: 7\t1.200 tỷ đồng\tmoney\t1200000000000\tVND\t\tTrong 11 tháng năm 2024, tỉnh thu 1.200 tỷ đồng.\t\t\t\t\t\t\t\n
