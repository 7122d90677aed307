# ntx-norm: format in tests/cli/README.md.
#
# The expected bytes follow the man page, filters/norm/ntx-norm.1.  The
# comment above a case gives the readable text where escapes hide it.
# Generated inputs (in-cmd, setup) use only bash, coreutils and printf.

# ======================================================================
# Normalization: NFC by default
# ======================================================================

# Vie + U+0323 + U+0302 + t -> Việt
case: NFD Vietnamese becomes NFC
in: Vie\xcc\xa3\xcc\x82t Nam\n
out: Vi\xe1\xbb\x87t Nam\n

# samples/vi-hanoi-budget.nfd.html is the NFC page through uconv -x any-nfd
case: NFD sample page gives the same bytes as the NFC page
in-file: samples/vi-hanoi-budget.nfd.html
out-cmd: bin/ntx-norm samples/vi-hanoi-budget.html

case: NFD sample page with -t modern gives the same bytes as the NFC page
args: -t modern
in-file: samples/vi-hanoi-budget.nfd.html
out-cmd: bin/ntx-norm -t modern samples/vi-hanoi-budget.html

case: NFD sample page with -k gives the same bytes as the NFC page
args: -k
in-file: samples/vi-hanoi-budget.nfd.html
out-cmd: bin/ntx-norm -k samples/vi-hanoi-budget.html

# NFC, LF, single spaces, one blank line between paragraphs: nothing to change
case: clean NFC article is copied byte for byte
in-file: samples/vi-plain-article.txt
out-file: samples/vi-plain-article.txt

case: the output of ntx-norm is left as it is
in-cmd: bin/ntx-norm samples/seed-langson.txt
out-cmd: bin/ntx-norm samples/seed-langson.txt

# tà tá tả tã tạ (grave acute hook tilde dot-below)
case: NFD a with each of the five tone marks becomes NFC
in: ta\xcc\x80 ta\xcc\x81 ta\xcc\x89 ta\xcc\x83 ta\xcc\xa3\n
out: t\xc3\xa0 t\xc3\xa1 t\xe1\xba\xa3 t\xc3\xa3 t\xe1\xba\xa1\n

# tằ tắ tẳ tẵ tặ (grave acute hook tilde dot-below)
case: NFD a breve with each of the five tone marks becomes NFC
in: ta\xcc\x86\xcc\x80 ta\xcc\x86\xcc\x81 ta\xcc\x86\xcc\x89 ta\xcc\x86\xcc\x83 ta\xcc\xa3\xcc\x86\n
out: t\xe1\xba\xb1 t\xe1\xba\xaf t\xe1\xba\xb3 t\xe1\xba\xb5 t\xe1\xba\xb7\n

# tầ tấ tẩ tẫ tậ (grave acute hook tilde dot-below)
case: NFD a circumflex with each of the five tone marks becomes NFC
in: ta\xcc\x82\xcc\x80 ta\xcc\x82\xcc\x81 ta\xcc\x82\xcc\x89 ta\xcc\x82\xcc\x83 ta\xcc\xa3\xcc\x82\n
out: t\xe1\xba\xa7 t\xe1\xba\xa5 t\xe1\xba\xa9 t\xe1\xba\xab t\xe1\xba\xad\n

# tè té tẻ tẽ tẹ (grave acute hook tilde dot-below)
case: NFD e with each of the five tone marks becomes NFC
in: te\xcc\x80 te\xcc\x81 te\xcc\x89 te\xcc\x83 te\xcc\xa3\n
out: t\xc3\xa8 t\xc3\xa9 t\xe1\xba\xbb t\xe1\xba\xbd t\xe1\xba\xb9\n

# tề tế tể tễ tệ (grave acute hook tilde dot-below)
case: NFD e circumflex with each of the five tone marks becomes NFC
in: te\xcc\x82\xcc\x80 te\xcc\x82\xcc\x81 te\xcc\x82\xcc\x89 te\xcc\x82\xcc\x83 te\xcc\xa3\xcc\x82\n
out: t\xe1\xbb\x81 t\xe1\xba\xbf t\xe1\xbb\x83 t\xe1\xbb\x85 t\xe1\xbb\x87\n

# tì tí tỉ tĩ tị (grave acute hook tilde dot-below)
case: NFD i with each of the five tone marks becomes NFC
in: ti\xcc\x80 ti\xcc\x81 ti\xcc\x89 ti\xcc\x83 ti\xcc\xa3\n
out: t\xc3\xac t\xc3\xad t\xe1\xbb\x89 t\xc4\xa9 t\xe1\xbb\x8b\n

# tò tó tỏ tõ tọ (grave acute hook tilde dot-below)
case: NFD o with each of the five tone marks becomes NFC
in: to\xcc\x80 to\xcc\x81 to\xcc\x89 to\xcc\x83 to\xcc\xa3\n
out: t\xc3\xb2 t\xc3\xb3 t\xe1\xbb\x8f t\xc3\xb5 t\xe1\xbb\x8d\n

# tồ tố tổ tỗ tộ (grave acute hook tilde dot-below)
case: NFD o circumflex with each of the five tone marks becomes NFC
in: to\xcc\x82\xcc\x80 to\xcc\x82\xcc\x81 to\xcc\x82\xcc\x89 to\xcc\x82\xcc\x83 to\xcc\xa3\xcc\x82\n
out: t\xe1\xbb\x93 t\xe1\xbb\x91 t\xe1\xbb\x95 t\xe1\xbb\x97 t\xe1\xbb\x99\n

# tờ tớ tở tỡ tợ (grave acute hook tilde dot-below)
case: NFD o horn with each of the five tone marks becomes NFC
in: to\xcc\x9b\xcc\x80 to\xcc\x9b\xcc\x81 to\xcc\x9b\xcc\x89 to\xcc\x9b\xcc\x83 to\xcc\x9b\xcc\xa3\n
out: t\xe1\xbb\x9d t\xe1\xbb\x9b t\xe1\xbb\x9f t\xe1\xbb\xa1 t\xe1\xbb\xa3\n

# tù tú tủ tũ tụ (grave acute hook tilde dot-below)
case: NFD u with each of the five tone marks becomes NFC
in: tu\xcc\x80 tu\xcc\x81 tu\xcc\x89 tu\xcc\x83 tu\xcc\xa3\n
out: t\xc3\xb9 t\xc3\xba t\xe1\xbb\xa7 t\xc5\xa9 t\xe1\xbb\xa5\n

# từ tứ tử tữ tự (grave acute hook tilde dot-below)
case: NFD u horn with each of the five tone marks becomes NFC
in: tu\xcc\x9b\xcc\x80 tu\xcc\x9b\xcc\x81 tu\xcc\x9b\xcc\x89 tu\xcc\x9b\xcc\x83 tu\xcc\x9b\xcc\xa3\n
out: t\xe1\xbb\xab t\xe1\xbb\xa9 t\xe1\xbb\xad t\xe1\xbb\xaf t\xe1\xbb\xb1\n

# tỳ tý tỷ tỹ tỵ (grave acute hook tilde dot-below)
case: NFD y with each of the five tone marks becomes NFC
in: ty\xcc\x80 ty\xcc\x81 ty\xcc\x89 ty\xcc\x83 ty\xcc\xa3\n
out: t\xe1\xbb\xb3 t\xc3\xbd t\xe1\xbb\xb7 t\xe1\xbb\xb9 t\xe1\xbb\xb5\n

# À Á Ả Ã Ạ
# Ằ Ắ Ẳ Ẵ Ặ
# Ầ Ấ Ẩ Ẫ Ậ
# È É Ẻ Ẽ Ẹ
# Ề Ế Ể Ễ Ệ
# Ì Í Ỉ Ĩ Ị
# Ò Ó Ỏ Õ Ọ
# Ồ Ố Ổ Ỗ Ộ
# Ờ Ớ Ở Ỡ Ợ
# Ù Ú Ủ Ũ Ụ
# Ừ Ứ Ử Ữ Ự
# Ỳ Ý Ỷ Ỹ Ỵ
case: NFD uppercase vowels with each of the five tone marks become NFC
in: A\xcc\x80 A\xcc\x81 A\xcc\x89 A\xcc\x83 A\xcc\xa3\nA\xcc\x86\xcc\x80 A\xcc\x86\xcc\x81 A\xcc\x86
in: \xcc\x89 A\xcc\x86\xcc\x83 A\xcc\xa3\xcc\x86\nA\xcc\x82\xcc\x80 A\xcc\x82\xcc\x81 A\xcc\x82\xcc\x89
in: \x20A\xcc\x82\xcc\x83 A\xcc\xa3\xcc\x82\nE\xcc\x80 E\xcc\x81 E\xcc\x89 E\xcc\x83 E\xcc\xa3\nE\xcc\x82
in: \xcc\x80 E\xcc\x82\xcc\x81 E\xcc\x82\xcc\x89 E\xcc\x82\xcc\x83 E\xcc\xa3\xcc\x82\nI\xcc\x80 I\xcc
in: \x81 I\xcc\x89 I\xcc\x83 I\xcc\xa3\nO\xcc\x80 O\xcc\x81 O\xcc\x89 O\xcc\x83 O\xcc\xa3\nO\xcc\x82
in: \xcc\x80 O\xcc\x82\xcc\x81 O\xcc\x82\xcc\x89 O\xcc\x82\xcc\x83 O\xcc\xa3\xcc\x82\nO\xcc\x9b\xcc\x80
in: \x20O\xcc\x9b\xcc\x81 O\xcc\x9b\xcc\x89 O\xcc\x9b\xcc\x83 O\xcc\x9b\xcc\xa3\nU\xcc\x80 U\xcc\x81 U\xcc
in: \x89 U\xcc\x83 U\xcc\xa3\nU\xcc\x9b\xcc\x80 U\xcc\x9b\xcc\x81 U\xcc\x9b\xcc\x89 U\xcc\x9b\xcc\x83
in: \x20U\xcc\x9b\xcc\xa3\nY\xcc\x80 Y\xcc\x81 Y\xcc\x89 Y\xcc\x83 Y\xcc\xa3\n
out: \xc3\x80 \xc3\x81 \xe1\xba\xa2 \xc3\x83 \xe1\xba\xa0\n\xe1\xba\xb0 \xe1\xba\xae \xe1\xba\xb2 \xe1
out: \xba\xb4 \xe1\xba\xb6\n\xe1\xba\xa6 \xe1\xba\xa4 \xe1\xba\xa8 \xe1\xba\xaa \xe1\xba\xac\n\xc3\x88
out: \x20\xc3\x89 \xe1\xba\xba \xe1\xba\xbc \xe1\xba\xb8\n\xe1\xbb\x80 \xe1\xba\xbe \xe1\xbb\x82 \xe1\xbb
out: \x84 \xe1\xbb\x86\n\xc3\x8c \xc3\x8d \xe1\xbb\x88 \xc4\xa8 \xe1\xbb\x8a\n\xc3\x92 \xc3\x93 \xe1\xbb
out: \x8e \xc3\x95 \xe1\xbb\x8c\n\xe1\xbb\x92 \xe1\xbb\x90 \xe1\xbb\x94 \xe1\xbb\x96 \xe1\xbb\x98\n\xe1
out: \xbb\x9c \xe1\xbb\x9a \xe1\xbb\x9e \xe1\xbb\xa0 \xe1\xbb\xa2\n\xc3\x99 \xc3\x9a \xe1\xbb\xa6 \xc5
out: \xa8 \xe1\xbb\xa4\n\xe1\xbb\xaa \xe1\xbb\xa8 \xe1\xbb\xac \xe1\xbb\xae \xe1\xbb\xb0\n\xe1\xbb\xb2
out: \x20\xc3\x9d \xe1\xbb\xb6 \xe1\xbb\xb8 \xe1\xbb\xb4\n

# ă â ê ô ơ ư Ă Â Ê Ô Ơ Ư
case: NFD Vietnamese vowels without a tone mark become NFC
in: a\xcc\x86 a\xcc\x82 e\xcc\x82 o\xcc\x82 o\xcc\x9b u\xcc\x9b A\xcc\x86 A\xcc\x82 E\xcc\x82 O\xcc\x82
in: \x20O\xcc\x9b U\xcc\x9b\n
out: \xc4\x83 \xc3\xa2 \xc3\xaa \xc3\xb4 \xc6\xa1 \xc6\xb0 \xc4\x82 \xc3\x82 \xc3\x8a \xc3\x94 \xc6\xa0
out: \x20\xc6\xaf\n

# a + U+0323 + U+0302 -> ậ: cậu
case: a circumflex and dot below, canonical mark order
in: ca\xcc\xa3\xcc\x82u\n
out: c\xe1\xba\xadu\n

# a + U+0302 + U+0323 is reordered by combining class, then -> ậ: cậu
case: a circumflex and dot below, reversed mark order
in: ca\xcc\x82\xcc\xa3u\n
out: c\xe1\xba\xadu\n

# Việt việt
case: e circumflex and dot below, both mark orders
in: Vie\xcc\x82\xcc\xa3t vie\xcc\xa3\xcc\x82t\n
out: Vi\xe1\xbb\x87t vi\xe1\xbb\x87t\n

# trứ trứ mờ mờ những
case: u and o with horn and a tone, both mark orders
in: tru\xcc\x9b\xcc\x81 tru\xcc\x81\xcc\x9b mo\xcc\x9b\xcc\x80 mo\xcc\x80\xcc\x9b nhu\xcc\x9b\xcc\x83
in: ng\n
out: tr\xe1\xbb\xa9 tr\xe1\xbb\xa9 m\xe1\xbb\x9d m\xe1\xbb\x9d nh\xe1\xbb\xafng\n

# VIỆT NAM ĐỘC LẬP TỰ DO HẠNH PHÚC
case: NFD uppercase words become NFC
in: VIE\xcc\xa3\xcc\x82T NAM \xc4\x90O\xcc\xa3\xcc\x82C LA\xcc\xa3\xcc\x82P TU\xcc\x9b\xcc\xa3 DO HA
in: \xcc\xa3NH PHU\xcc\x81C\n
out: VI\xe1\xbb\x86T NAM \xc4\x90\xe1\xbb\x98C L\xe1\xba\xacP T\xe1\xbb\xb0 DO H\xe1\xba\xa0NH PH\xc3
out: \x9aC\n

# Đà Nẵng đại: Đ, đ are single code points; D + U+0335 does not compose to Đ
case: D with stroke has no decomposition and is kept
in: \xc4\x90\xc3\xa0 N\xe1\xba\xb5ng \xc4\x91\xe1\xba\xa1i D\xcc\xb5\n
out: \xc4\x90\xc3\xa0 N\xe1\xba\xb5ng \xc4\x91\xe1\xba\xa1i D\xcc\xb5\n

case: NFC and NFD mixed on one line
in: Vi\xe1\xbb\x87t Vie\xcc\xa3\xcc\x82t Vi\xe1\xbb\x87t\n
out: Vi\xe1\xbb\x87t Vi\xe1\xbb\x87t Vi\xe1\xbb\x87t\n

# canonical order: dot below (class 220) before acute (class 230)
case: a mark with no precomposed form is reordered but kept
in: x\xcc\x81\xcc\xa3 q\xcc\x83\n
out: x\xcc\xa3\xcc\x81 q\xcc\x83\n

case: a combining mark at the start of a line is kept
in: \xcc\x81abc\n
out: \xcc\x81abc\n

# OHM SIGN -> Ω, ANGSTROM SIGN -> Å, U+F900 -> U+8C48, jamo -> 한
case: singletons and Hangul jamo are normalized
in: \xe2\x84\xa6 \xe2\x84\xab \xef\xa4\x80 \xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab\n
out: \xce\xa9 \xc3\x85 \xe8\xb1\x88 \xed\x95\x9c\n

# U+0958 DEVANAGARI LETTER QA is excluded from composition: NFC is U+0915 U+093C
case: a composition exclusion stays decomposed
in: \xe0\xa5\x98 \xe0\xa4\x95\xe0\xa4\xbc\n
out: \xe0\xa4\x95\xe0\xa4\xbc \xe0\xa4\x95\xe0\xa4\xbc\n

# ﬁ １２ x² ① ½ ™ are NFC already
case: NFC keeps compatibility characters
in: \xef\xac\x81 \xef\xbc\x91\xef\xbc\x92 x\xc2\xb2 \xe2\x91\xa0 \xc2\xbd \xe2\x84\xa2\n
out: \xef\xac\x81 \xef\xbc\x91\xef\xbc\x92 x\xc2\xb2 \xe2\x91\xa0 \xc2\xbd \xe2\x84\xa2\n

# ======================================================================
# -k: NFKC
# ======================================================================

# ﬁnance ﬁ
case: -k turns the fi ligature into f and i
args: -k
in: \xef\xac\x81nance \xef\xac\x81\n
out: finance fi\n

# １２３ Ａｂ
case: --nfkc turns full-width digits and letters into ASCII
args: --nfkc
in: \xef\xbc\x91\xef\xbc\x92\xef\xbc\x93 \xef\xbc\xa1\xef\xbd\x82\n
out: 123 Ab\n

# km² ① x³
case: -k turns superscripts and circled digits into digits
args: -k
in: km\xc2\xb2 \xe2\x91\xa0 x\xc2\xb3\n
out: km2 1 x3\n

# Hà Nội thủ đô
case: -k also composes NFD Vietnamese
args: -k
in: Ha\xcc\x80 No\xcc\xa3\xcc\x82i thu\xcc\x89 \xc4\x91o\xcc\x82\n
out: H\xc3\xa0 N\xe1\xbb\x99i th\xe1\xbb\xa7 \xc4\x91\xc3\xb4\n

# Đà Nẵng: 12,5% tăng trưởng
case: -k leaves Vietnamese NFC text alone
args: -k
in: \xc4\x90\xc3\xa0 N\xe1\xba\xb5ng: 12,5% t\xc4\x83ng tr\xc6\xb0\xe1\xbb\x9fng\n
out: \xc4\x90\xc3\xa0 N\xe1\xba\xb5ng: 12,5% t\xc4\x83ng tr\xc6\xb0\xe1\xbb\x9fng\n

# U+00A8 DIAERESIS is <compat> U+0020 U+0308; runs of spaces become one
case: -k: spaces that NFKC makes still collapse into one
args: -k
in: a \xc2\xa8 b\n
out: a \xcc\x88 b\n

# ======================================================================
# -t: Vietnamese tone placement
# ======================================================================

# hoà thuỷ khoẻ loà oà uỷ HOÀ Hoạ toà xoè tuỳ huỷ
# -> hòa thủy khỏe lòa òa ủy HÒA Họa tòa xòe tùy hủy
case: -t modern puts the mark on the first vowel
args: -t modern
in: ho\xc3\xa0 thu\xe1\xbb\xb7 kho\xe1\xba\xbb lo\xc3\xa0 o\xc3\xa0 u\xe1\xbb\xb7 HO\xc3\x80 Ho\xe1\xba
in: \xa1 to\xc3\xa0 xo\xc3\xa8 tu\xe1\xbb\xb3 hu\xe1\xbb\xb7\n
out: h\xc3\xb2a th\xe1\xbb\xa7y kh\xe1\xbb\x8fe l\xc3\xb2a \xc3\xb2a \xe1\xbb\xa7y H\xc3\x92A H\xe1\xbb
out: \x8da t\xc3\xb2a x\xc3\xb2e t\xc3\xb9y h\xe1\xbb\xa7y\n

# hòa thủy khỏe lòa òa ủy HÒA Họa tòa xòe tùy hủy
# -> hoà thuỷ khoẻ loà oà uỷ HOÀ Hoạ toà xoè tuỳ huỷ
case: -t old puts the mark on the second vowel
args: -t old
in: h\xc3\xb2a th\xe1\xbb\xa7y kh\xe1\xbb\x8fe l\xc3\xb2a \xc3\xb2a \xe1\xbb\xa7y H\xc3\x92A H\xe1\xbb
in: \x8da t\xc3\xb2a x\xc3\xb2e t\xc3\xb9y h\xe1\xbb\xa7y\n
out: ho\xc3\xa0 thu\xe1\xbb\xb7 kho\xe1\xba\xbb lo\xc3\xa0 o\xc3\xa0 u\xe1\xbb\xb7 HO\xc3\x80 Ho\xe1\xba
out: \xa1 to\xc3\xa0 xo\xc3\xa8 tu\xe1\xbb\xb3 hu\xe1\xbb\xb7\n

# hoà hoá hoả hoã hoạ khoè khoé khoẻ khoẽ khoẹ thuỳ thuý thuỷ thuỹ thuỵ
# -> hòa hóa hỏa hõa họa khòe khóe khỏe khõe khọe thùy thúy thủy thũy thụy
case: --tone=modern with each of the five marks on oa, oe, uy
args: --tone=modern
in: ho\xc3\xa0 ho\xc3\xa1 ho\xe1\xba\xa3 ho\xc3\xa3 ho\xe1\xba\xa1 kho\xc3\xa8 kho\xc3\xa9 kho\xe1\xba
in: \xbb kho\xe1\xba\xbd kho\xe1\xba\xb9 thu\xe1\xbb\xb3 thu\xc3\xbd thu\xe1\xbb\xb7 thu\xe1\xbb\xb9
in: \x20thu\xe1\xbb\xb5\n
out: h\xc3\xb2a h\xc3\xb3a h\xe1\xbb\x8fa h\xc3\xb5a h\xe1\xbb\x8da kh\xc3\xb2e kh\xc3\xb3e kh\xe1\xbb
out: \x8fe kh\xc3\xb5e kh\xe1\xbb\x8de th\xc3\xb9y th\xc3\xbay th\xe1\xbb\xa7y th\xc5\xa9y th\xe1\xbb
out: \xa5y\n

# hòa hóa hỏa hõa họa khòe khóe khỏe khõe khọe thùy thúy thủy thũy thụy
# -> hoà hoá hoả hoã hoạ khoè khoé khoẻ khoẽ khoẹ thuỳ thuý thuỷ thuỹ thuỵ
case: --tone old with each of the five marks on oa, oe, uy
args: --tone old
in: h\xc3\xb2a h\xc3\xb3a h\xe1\xbb\x8fa h\xc3\xb5a h\xe1\xbb\x8da kh\xc3\xb2e kh\xc3\xb3e kh\xe1\xbb
in: \x8fe kh\xc3\xb5e kh\xe1\xbb\x8de th\xc3\xb9y th\xc3\xbay th\xe1\xbb\xa7y th\xc5\xa9y th\xe1\xbb
in: \xa5y\n
out: ho\xc3\xa0 ho\xc3\xa1 ho\xe1\xba\xa3 ho\xc3\xa3 ho\xe1\xba\xa1 kho\xc3\xa8 kho\xc3\xa9 kho\xe1\xba
out: \xbb kho\xe1\xba\xbd kho\xe1\xba\xb9 thu\xe1\xbb\xb3 thu\xc3\xbd thu\xe1\xbb\xb7 thu\xe1\xbb\xb9
out: \x20thu\xe1\xbb\xb5\n

# qu and gi initials, final consonants, other rhymes:
# qua quá quý quỳnh gia giá giữ hoàng khoảng thuyền mùa mía khuỷu ngoài Nguyễn tuyết khuya QUÝ GIÁ
case: -t modern leaves the other syllables alone
args: -t modern
in: qua qu\xc3\xa1 qu\xc3\xbd qu\xe1\xbb\xb3nh gia gi\xc3\xa1 gi\xe1\xbb\xaf ho\xc3\xa0ng kho\xe1\xba
in: \xa3ng thuy\xe1\xbb\x81n m\xc3\xb9a m\xc3\xada khu\xe1\xbb\xb7u ngo\xc3\xa0i Nguy\xe1\xbb\x85n t
in: uy\xe1\xba\xbft khuya QU\xc3\x9d GI\xc3\x81\n
out: qua qu\xc3\xa1 qu\xc3\xbd qu\xe1\xbb\xb3nh gia gi\xc3\xa1 gi\xe1\xbb\xaf ho\xc3\xa0ng kho\xe1\xba
out: \xa3ng thuy\xe1\xbb\x81n m\xc3\xb9a m\xc3\xada khu\xe1\xbb\xb7u ngo\xc3\xa0i Nguy\xe1\xbb\x85n t
out: uy\xe1\xba\xbft khuya QU\xc3\x9d GI\xc3\x81\n

# qua quá quý quỳnh gia giá giữ hoàng khoảng thuyền mùa mía khuỷu ngoài Nguyễn tuyết khuya QUÝ GIÁ
case: -t old leaves the other syllables alone
args: -t old
in: qua qu\xc3\xa1 qu\xc3\xbd qu\xe1\xbb\xb3nh gia gi\xc3\xa1 gi\xe1\xbb\xaf ho\xc3\xa0ng kho\xe1\xba
in: \xa3ng thuy\xe1\xbb\x81n m\xc3\xb9a m\xc3\xada khu\xe1\xbb\xb7u ngo\xc3\xa0i Nguy\xe1\xbb\x85n t
in: uy\xe1\xba\xbft khuya QU\xc3\x9d GI\xc3\x81\n
out: qua qu\xc3\xa1 qu\xc3\xbd qu\xe1\xbb\xb3nh gia gi\xc3\xa1 gi\xe1\xbb\xaf ho\xc3\xa0ng kho\xe1\xba
out: \xa3ng thuy\xe1\xbb\x81n m\xc3\xb9a m\xc3\xada khu\xe1\xbb\xb7u ngo\xc3\xa0i Nguy\xe1\xbb\x85n t
out: uy\xe1\xba\xbft khuya QU\xc3\x9d GI\xc3\x81\n

# hòa thủy khỏe lòa òa ủy HÒA Họa tòa xòe tùy hủy
case: -t modern on the modern spelling changes nothing
args: -t modern
in: h\xc3\xb2a th\xe1\xbb\xa7y kh\xe1\xbb\x8fe l\xc3\xb2a \xc3\xb2a \xe1\xbb\xa7y H\xc3\x92A H\xe1\xbb
in: \x8da t\xc3\xb2a x\xc3\xb2e t\xc3\xb9y h\xe1\xbb\xa7y\n
out: h\xc3\xb2a th\xe1\xbb\xa7y kh\xe1\xbb\x8fe l\xc3\xb2a \xc3\xb2a \xe1\xbb\xa7y H\xc3\x92A H\xe1\xbb
out: \x8da t\xc3\xb2a x\xc3\xb2e t\xc3\xb9y h\xe1\xbb\xa7y\n

# hoà thuỷ khoẻ loà oà uỷ HOÀ Hoạ toà xoè tuỳ huỷ
case: -t old on the old spelling changes nothing
args: -t old
in: ho\xc3\xa0 thu\xe1\xbb\xb7 kho\xe1\xba\xbb lo\xc3\xa0 o\xc3\xa0 u\xe1\xbb\xb7 HO\xc3\x80 Ho\xe1\xba
in: \xa1 to\xc3\xa0 xo\xc3\xa8 tu\xe1\xbb\xb3 hu\xe1\xbb\xb7\n
out: ho\xc3\xa0 thu\xe1\xbb\xb7 kho\xe1\xba\xbb lo\xc3\xa0 o\xc3\xa0 u\xe1\xbb\xb7 HO\xc3\x80 Ho\xe1\xba
out: \xa1 to\xc3\xa0 xo\xc3\xa8 tu\xe1\xbb\xb3 hu\xe1\xbb\xb7\n

# hoà hòa thuỷ thủy khoẻ khỏe
case: without -t no mark moves
in: ho\xc3\xa0 h\xc3\xb2a thu\xe1\xbb\xb7 th\xe1\xbb\xa7y kho\xe1\xba\xbb kh\xe1\xbb\x8fe\n
out: ho\xc3\xa0 h\xc3\xb2a thu\xe1\xbb\xb7 th\xe1\xbb\xa7y kho\xe1\xba\xbb kh\xe1\xbb\x8fe\n

# café Zoé Chloé Noël naïve coffee buy Louis hoa
# z and chl are no Vietnamese initials; fé, oë are no oa/oe/uy rhyme with a tone
case: -t leaves words that are not Vietnamese alone
args: -t modern
in: caf\xc3\xa9 Zo\xc3\xa9 Chlo\xc3\xa9 No\xc3\xabl na\xc3\xafve coffee buy Louis hoa\n
out: caf\xc3\xa9 Zo\xc3\xa9 Chlo\xc3\xa9 No\xc3\xabl na\xc3\xafve coffee buy Louis hoa\n

# CAVEATS: Noé -> Nóe
case: -t modern moves the mark of a foreign word shaped like a syllable
args: -t modern
in: No\xc3\xa9\n
out: N\xc3\xb3e\n

# NFD hoà thuỷ khoẻ Hoạ -> hòa thủy khỏe Họa
case: -t modern with NFD input
args: -t modern
in: hoa\xcc\x80 thuy\xcc\x89 khoe\xcc\x89 Hoa\xcc\xa3\n
out: h\xc3\xb2a th\xe1\xbb\xa7y kh\xe1\xbb\x8fe H\xe1\xbb\x8da\n

# NFD hòa thủy khỏe Họa -> hoà thuỷ khoẻ Hoạ
case: -t old with NFD input
args: -t old
in: ho\xcc\x80a thu\xcc\x89y kho\xcc\x89e Ho\xcc\xa3a\n
out: ho\xc3\xa0 thu\xe1\xbb\xb7 kho\xe1\xba\xbb Ho\xe1\xba\xa1\n

# (hoà), "thuỷ"; khoẻ. Uỷ-ban hoà2 -> (hòa), "thủy"; khỏe. Ủy-ban hòa2
case: -t modern with punctuation around the words
args: -t modern
in: (ho\xc3\xa0), "thu\xe1\xbb\xb7"; kho\xe1\xba\xbb. U\xe1\xbb\xb7-ban ho\xc3\xa02\n
out: (h\xc3\xb2a), "th\xe1\xbb\xa7y"; kh\xe1\xbb\x8fe. \xe1\xbb\xa6y-ban h\xc3\xb2a2\n

# UỶ BAN Đoà Thuỵ -> ỦY BAN Đòa Thụy
case: -t modern with uppercase and D with stroke
args: -t modern
in: U\xe1\xbb\xb6 BAN \xc4\x90o\xc3\xa0 Thu\xe1\xbb\xb5\n
out: \xe1\xbb\xa6Y BAN \xc4\x90\xc3\xb2a Th\xe1\xbb\xa5y\n

# Thanhhoà xyzoà
case: -t modern leaves a word whose start is no initial consonant
args: -t modern
in: Thanhho\xc3\xa0 xyzo\xc3\xa0\n
out: Thanhho\xc3\xa0 xyzo\xc3\xa0\n

# title=hoà thuỷ / hoà thuỷ -> hòa thủy
case: -t leaves header lines alone
args: -t modern
in: \ftitle=ho\xc3\xa0 thu\xe1\xbb\xb7\nho\xc3\xa0 thu\xe1\xbb\xb7\n
out: \ftitle=ho\xc3\xa0 thu\xe1\xbb\xb7\nh\xc3\xb2a th\xe1\xbb\xa7y\n

# ======================================================================
# Invalid UTF-8: one U+FFFD (EF BF BD) per maximal invalid subpart
# ======================================================================

case: a lone continuation byte is one
in: a\x80b\n
out: a\xef\xbf\xbdb\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

case: byte FF is one
in: a\xffb\n
out: a\xef\xbf\xbdb\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

case: bytes C0 C1 F5 FE are one each
in: \xc0 \xc1 \xf5 \xfe\n
out: \xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd\n
err: :1: invalid UTF-8 replaced with U+FFFD (4 sequences

# C0 never starts a sequence, AF is then a lone continuation
case: overlong C0 AF is two
in: x\xc0\xafy\n
out: x\xef\xbf\xbd\xef\xbf\xbdy\n
err: :1: invalid UTF-8 replaced with U+FFFD (2 sequences

case: overlong E0 80 80 is three
in: x\xe0\x80\x80y\n
out: x\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdy\n
err: :1: invalid UTF-8 replaced with U+FFFD (3 sequences

case: overlong F0 80 80 80 is four
in: x\xf0\x80\x80\x80y\n
out: x\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdy\n
err: :1: invalid UTF-8 replaced with U+FFFD (4 sequences

case: surrogate ED A0 80 is three
in: x\xed\xa0\x80y\n
out: x\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdy\n
err: :1: invalid UTF-8 replaced with U+FFFD (3 sequences

case: F4 90 80 80 above U+10FFFF is four
in: x\xf4\x90\x80\x80y\n
out: x\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdy\n
err: :1: invalid UTF-8 replaced with U+FFFD (4 sequences

case: truncated E1 BB at the end of a line is one
in: Vi\xe1\xbb\nnext\n
out: Vi\xef\xbf\xbd\nnext\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

case: truncated E1 BB at the end of input is one
in: Vi\xe1\xbb
out: Vi\xef\xbf\xbd\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

case: truncated E1 BB before CRLF is one
in: Vi\xe1\xbb\r\nnext\r\n
out: Vi\xef\xbf\xbd\nnext\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

case: truncated E1 BB before ASCII is one
in: \xe1\xbbt\n
out: \xef\xbf\xbdt\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

# E1 BB then ệ: one U+FFFD, and the ệ is kept
case: a truncated sequence before a valid one
in: \xe1\xbb\xe1\xbb\x87t\n
out: \xef\xbf\xbd\xe1\xbb\x87t\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

case: a truncated four-byte sequence is one
in: x\xf0\x9f\x98 y\n
out: x\xef\xbf\xbd y\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

# U+FFFD is a starter: the acute stays after it, uncomposed
case: an invalid byte between a letter and its mark
in: e\xff\xcc\x81\n
out: e\xef\xbf\xbd\xcc\x81\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

case: the warning names the first bad line and counts all sequences
in: ok\nx\xff\ny\xff\xfe\nz\xe1\xbb\n
out: ok\nx\xef\xbf\xbd\ny\xef\xbf\xbd\xef\xbf\xbd\nz\xef\xbf\xbd\n
err: :2: invalid UTF-8 replaced with U+FFFD (4 sequences

case: line numbers count CR and CRLF line ends
in: a\r\nb\rc\n\xff\n
out: a\nb\nc\n\xef\xbf\xbd\n
err: :4: invalid UTF-8 replaced with U+FFFD (1 sequence

case: line numbers count input lines, not LINE SEPARATORs
in: a\xe2\x80\xa8b\n\xff\n
out: a\nb\n\xef\xbf\xbd\n
err: :2: invalid UTF-8 replaced with U+FFFD (1 sequence

# U+07FF U+0800 U+D7FF U+E000 U+FFFD U+10000 U+10FFFF
case: boundary code points are valid and kept without a warning
in: \xdf\xbf \xe0\xa0\x80 \xed\x9f\xbf \xee\x80\x80 \xef\xbf\xbd \xf0\x90\x80\x80 \xf4\x8f\xbf\xbf\n
out: \xdf\xbf \xe0\xa0\x80 \xed\x9f\xbf \xee\x80\x80 \xef\xbf\xbd \xf0\x90\x80\x80 \xf4\x8f\xbf\xbf\n

case: a file argument is named in the warning
args: bad.txt
setup: printf 'ok\n\n\300\257x\377\n' > bad.txt
out: ok\n\n\xef\xbf\xbd\xef\xbf\xbdx\xef\xbf\xbd\n
err: bad.txt:3: invalid UTF-8 replaced with U+FFFD (3 sequences)

# the count starts again with each input: b2.txt has 1, not 3
case: one warning per input, with its own count
args: b1.txt b2.txt
setup: printf 'a\n\377\376\n' > b1.txt; printf 'b\n\300\n' > b2.txt
out: a\n\xef\xbf\xbd\xef\xbf\xbd\n\nb\n\xef\xbf\xbd\n
err: b2.txt:2: invalid UTF-8 replaced with U+FFFD (1 sequence

case: invalid UTF-8 in stdin among files is counted for stdin
args: a.txt -
setup: printf 'A\n' > a.txt
in: x\xff\n
out: A\n\nx\xef\xbf\xbd\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

# ======================================================================
# --strict: invalid UTF-8 is an error
# ======================================================================

case: -s stops the output before the bad line
args: -s
in: a\nb\n\xff\nc\n
out: a\nb\n
exit: 1
err: :3: invalid UTF-8

case: --strict with a file names it and the line
args: --strict bad.txt
setup: printf 'ok\nbad\300\257\nmore\n' > bad.txt
out: ok\n
exit: 1
err: bad.txt:2: invalid UTF-8

case: --strict with a bad first line writes nothing
args: --strict
in: \xed\xa0\x80\nok\n
out:
exit: 1
err: :1: invalid UTF-8

case: --strict with a truncated sequence at the end of input
args: -s
in: a\nb\xe1\xbb
out: a\n
exit: 1
err: :2: invalid UTF-8

case: --strict with invalid UTF-8 in a header line
args: -s
in: \fid=1\nx\n\fid=\xff\ny\n
out: \fid=1\nx\n
exit: 1
err: :3: invalid UTF-8

case: --strict goes on with the next input
args: -s bad.txt good.txt
setup: printf 'A\n\377\nZ\n' > bad.txt; printf 'B\n' > good.txt
out: A\n\nB\n
exit: 1
err: bad.txt:2: invalid UTF-8

# BOM, NFD, CRLF and NO-BREAK SPACE are all valid UTF-8
case: --strict with valid input is silent and exits 0
args: --strict
in: \xef\xbb\xbfVie\xcc\xa3\xcc\x82t\r\nNam\xc2\xa0\n
out: Vi\xe1\xbb\x87t\nNam\n

# ======================================================================
# NUL and other control characters
# ======================================================================

case: NUL bytes are removed and the rest of the line kept
in: a\x00b\x00\x00c\nd\x00\n
out: abc\nd\n

# Hà Nội
case: NUL at the start of a line does not end it
in: \x00\x00H\xc3\xa0 N\xe1\xbb\x99i\n
out: H\xc3\xa0 N\xe1\xbb\x99i\n

case: a line of NUL bytes is blank
in: a\n\x00\x00\x00\nb\n
out: a\n\nb\n

case: NUL in a long line does not truncate it
in-cmd: printf 'start\0'; head -c 200000 /dev/zero | tr '\0' x; printf '\0end\n'
out-cmd: printf 'start'; head -c 200000 /dev/zero | tr '\0' x; printf 'end\n'

# U+0001-U+0008, U+000B, U+000E-U+001F, U+007F
case: C0 controls and DEL are removed
in: a\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c
in: \x1d\x1e\x1f\x7fb\n
out: ab\n

case: ESC is removed, the rest of an escape sequence is text
in: \x1b[31mred\x1b[0m\n
out: [31mred[0m\n

# U+0080 U+0081 U+009B U+009F (C2 80, C2 81, C2 9B, C2 9F)
case: C1 controls are removed
in: a\xc2\x80b\xc2\x81c\xc2\x9bd\xc2\x9fe\n
out: abcde\n

# U+0085 is C2 85
case: NEL ends a line
in: a\xc2\x85b\n
out: a\nb\n

case: a form feed inside a text line is removed
in: a\fb\nc \fd\n
out: ab\nc d\n

case: a line starting with a space then a form feed is text
in: \x20\fid=1\n
out: id=1\n

case: vertical tab is removed
in: a\x0bb\n
out: ab\n

# lines w, k times x, two spaces, y and 16 z, for k = 0..17
case: two spaces at every offset collapse
in: w  yzzzzzzzzzzzzzzzz\nwx  yzzzzzzzzzzzzzzzz\nwxx  yzzzzzzzzzzzzzzzz\nwxxx  yzzzzzzzzzzzzzzzz\nwx
in: xxx  yzzzzzzzzzzzzzzzz\nwxxxxx  yzzzzzzzzzzzzzzzz\nwxxxxxx  yzzzzzzzzzzzzzzzz\nwxxxxxxx  yzzzzzz
in: zzzzzzzzzz\nwxxxxxxxx  yzzzzzzzzzzzzzzzz\nwxxxxxxxxx  yzzzzzzzzzzzzzzzz\nwxxxxxxxxxx  yzzzzzzzzz
in: zzzzzzz\nwxxxxxxxxxxx  yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxx  yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxx  yzzz
in: zzzzzzzzzzzzz\nwxxxxxxxxxxxxxx  yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxx  yzzzzzzzzzzzzzzzz\nwxxxxxxx
in: xxxxxxxxx  yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxxxx  yzzzzzzzzzzzzzzzz\n
out: w yzzzzzzzzzzzzzzzz\nwx yzzzzzzzzzzzzzzzz\nwxx yzzzzzzzzzzzzzzzz\nwxxx yzzzzzzzzzzzzzzzz\nwxxxx y
out: zzzzzzzzzzzzzzzz\nwxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxx yzzzzzzzzzzzzzzz
out: z\nwxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxx
out: xxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\n
out: wxxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxxx yzzzzzz
out: zzzzzzzzzz\nwxxxxxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\n

case: three spaces across the eight-byte boundaries collapse
in: ab   deeeeeeeee  f\nabc   deeeeeeeee  f\nabcc   deeeeeeeee  f\nabccc   deeeeeeeee  f\nabcccc   d
in: eeeeeeeee  f\nabccccc   deeeeeeeee  f\nabcccccc   deeeeeeeee  f\nabccccccc   deeeeeeeee  f\nabcc
in: cccccc   deeeeeeeee  f\nabccccccccc   deeeeeeeee  f\nabcccccccccc   deeeeeeeee  f\nabccccccccccc
in: \x20  deeeeeeeee  f\nabcccccccccccc   deeeeeeeee  f\nabccccccccccccc   deeeeeeeee  f\nabccccccccccc
in: ccc   deeeeeeeee  f\nabccccccccccccccc   deeeeeeeee  f\nabcccccccccccccccc   deeeeeeeee  f\nabcc
in: ccccccccccccccc   deeeeeeeee  f\n
out: ab deeeeeeeee f\nabc deeeeeeeee f\nabcc deeeeeeeee f\nabccc deeeeeeeee f\nabcccc deeeeeeeee f\na
out: bccccc deeeeeeeee f\nabcccccc deeeeeeeee f\nabccccccc deeeeeeeee f\nabcccccccc deeeeeeeee f\nabc
out: cccccccc deeeeeeeee f\nabcccccccccc deeeeeeeee f\nabccccccccccc deeeeeeeee f\nabcccccccccccc dee
out: eeeeeee f\nabccccccccccccc deeeeeeeee f\nabcccccccccccccc deeeeeeeee f\nabccccccccccccccc deeeee
out: eeee f\nabcccccccccccccccc deeeeeeeee f\nabccccccccccccccccc deeeeeeeee f\n

case: a trailing space at every line length goes
in: y \nyx \nyxx \nyxxx \nyxxxx \nyxxxxx \nyxxxxxx \nyxxxxxxx \nyxxxxxxxx \nyxxxxxxxxx \nyxxxxxxxxxx
in: \x20\nyxxxxxxxxxxx \nyxxxxxxxxxxxx \nyxxxxxxxxxxxxx \nyxxxxxxxxxxxxxx \nyxxxxxxxxxxxxxxx \nyxxxxxxx
in: xxxxxxxxx \nyxxxxxxxxxxxxxxxxx \n
out: y\nyx\nyxx\nyxxx\nyxxxx\nyxxxxx\nyxxxxxx\nyxxxxxxx\nyxxxxxxxx\nyxxxxxxxxx\nyxxxxxxxxxx\nyxxxxxxx
out: xxxx\nyxxxxxxxxxxxx\nyxxxxxxxxxxxxx\nyxxxxxxxxxxxxxx\nyxxxxxxxxxxxxxxx\nyxxxxxxxxxxxxxxxx\nyxxxx
out: xxxxxxxxxxxxx\n

case: a leading space at every line length goes
in: \x20y\n xy\n xxy\n xxxy\n xxxxy\n xxxxxy\n xxxxxxy\n xxxxxxxy\n xxxxxxxxy\n xxxxxxxxxy\n xxxxxxxxxx
in: y\n xxxxxxxxxxxy\n xxxxxxxxxxxxy\n xxxxxxxxxxxxxy\n xxxxxxxxxxxxxxy\n xxxxxxxxxxxxxxxy\n xxxxxxx
in: xxxxxxxxxy\n xxxxxxxxxxxxxxxxxy\n
out: y\nxy\nxxy\nxxxy\nxxxxy\nxxxxxy\nxxxxxxy\nxxxxxxxy\nxxxxxxxxy\nxxxxxxxxxy\nxxxxxxxxxxy\nxxxxxxxx
out: xxxy\nxxxxxxxxxxxxy\nxxxxxxxxxxxxxy\nxxxxxxxxxxxxxxy\nxxxxxxxxxxxxxxxy\nxxxxxxxxxxxxxxxxy\nxxxxx
out: xxxxxxxxxxxxy\n

case: DEL at every offset is removed
in: \x7fyzzzzzzzzzzzzzzzz\nx\x7fyzzzzzzzzzzzzzzzz\nxx\x7fyzzzzzzzzzzzzzzzz\nxxx\x7fyzzzzzzzzzzzzzzzz
in: \nxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxxxx\x7f
in: yzzzzzzzzzzzzzzzz\nxxxxxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxxxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxxxxxxx\x7f
in: yzzzzzzzzzzzzzzzz\nxxxxxxxxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxxxxx
in: xxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxx\x7fyzzzzzzzzzzz
in: zzzzz\nxxxxxxxxxxxxxxxx\x7fyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxx\x7fyzzzzzzzzzzzzzzzz\n
out: yzzzzzzzzzzzzzzzz\nxyzzzzzzzzzzzzzzzz\nxxyzzzzzzzzzzzzzzzz\nxxxyzzzzzzzzzzzzzzzz\nxxxxyzzzzzzzzz
out: zzzzzzz\nxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxyzzz
out: zzzzzzzzzzzzz\nxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxyzzzzzzzzzzzz
out: zzzz\nxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxyzzzzzzzzzzzz
out: zzzz\nxxxxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxxyzzz
out: zzzzzzzzzzzzz\n

case: a C0 control at every offset is removed
in: \x1fyzzzzzzzzzzzzzzzz\nx\x1fyzzzzzzzzzzzzzzzz\x01\nxx\x1fyzzzzzzzzzzzzzzzz\x01\x01\nxxx\x1fyzzzz
in: zzzzzzzzzzzz\nxxxx\x1fyzzzzzzzzzzzzzzzz\x01\nxxxxx\x1fyzzzzzzzzzzzzzzzz\x01\x01\nxxxxxx\x1fyzzzz
in: zzzzzzzzzzzz\nxxxxxxx\x1fyzzzzzzzzzzzzzzzz\x01\nxxxxxxxx\x1fyzzzzzzzzzzzzzzzz\x01\x01\nxxxxxxxxx
in: \x1fyzzzzzzzzzzzzzzzz\nxxxxxxxxxx\x1fyzzzzzzzzzzzzzzzz\x01\nxxxxxxxxxxx\x1fyzzzzzzzzzzzzzzzz\x01
in: \x01\nxxxxxxxxxxxx\x1fyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxx\x1fyzzzzzzzzzzzzzzzz\x01\nxxxxxxxxxxxxxx\x1f
in: yzzzzzzzzzzzzzzzz\x01\x01\nxxxxxxxxxxxxxxx\x1fyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxx\x1fyzzzzzzzzzz
in: zzzzzz\x01\nxxxxxxxxxxxxxxxxx\x1fyzzzzzzzzzzzzzzzz\x01\x01\n
out: yzzzzzzzzzzzzzzzz\nxyzzzzzzzzzzzzzzzz\nxxyzzzzzzzzzzzzzzzz\nxxxyzzzzzzzzzzzzzzzz\nxxxxyzzzzzzzzz
out: zzzzzzz\nxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxyzzz
out: zzzzzzzzzzzzz\nxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxyzzzzzzzzzzzz
out: zzzz\nxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxyzzzzzzzzzzzz
out: zzzz\nxxxxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxxyzzz
out: zzzzzzzzzzzzz\n

case: TAB at every offset becomes a space
in: w\tyzzzzzzzzzzzzzzzz\nwx\tyzzzzzzzzzzzzzzzz\nwxx\tyzzzzzzzzzzzzzzzz\nwxxx\tyzzzzzzzzzzzzzzzz\nwx
in: xxx\tyzzzzzzzzzzzzzzzz\nwxxxxx\tyzzzzzzzzzzzzzzzz\nwxxxxxx\tyzzzzzzzzzzzzzzzz\nwxxxxxxx\tyzzzzzz
in: zzzzzzzzzz\nwxxxxxxxx\tyzzzzzzzzzzzzzzzz\nwxxxxxxxxx\tyzzzzzzzzzzzzzzzz\nwxxxxxxxxxx\tyzzzzzzzzz
in: zzzzzzz\nwxxxxxxxxxxx\tyzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxx\tyzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxx\tyzzz
in: zzzzzzzzzzzzz\nwxxxxxxxxxxxxxx\tyzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxx\tyzzzzzzzzzzzzzzzz\nwxxxxxxx
in: xxxxxxxxx\tyzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxxxx\tyzzzzzzzzzzzzzzzz\n
out: w yzzzzzzzzzzzzzzzz\nwx yzzzzzzzzzzzzzzzz\nwxx yzzzzzzzzzzzzzzzz\nwxxx yzzzzzzzzzzzzzzzz\nwxxxx y
out: zzzzzzzzzzzzzzzz\nwxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxx yzzzzzzzzzzzzzzz
out: z\nwxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxx
out: xxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\n
out: wxxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxxx yzzzzzz
out: zzzzzzzzzz\nwxxxxxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\n

case: NO-BREAK SPACE at every offset becomes a space
in: w\xc2\xa0yzzzzzzzzzzzzzzzz\nwx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxx\xc2\xa0
in: yzzzzzzzzzzzzzzzz\nwxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxxx\xc2\xa0
in: yzzzzzzzzzzzzzzzz\nwxxxxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxx
in: xxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxxxxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxx\xc2\xa0yzzzzzz
in: zzzzzzzzzz\nwxxxxxxxxxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxx
in: xxxxxxxxxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxx
in: xxx\xc2\xa0yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxxxx\xc2\xa0yzzzzzzzzzzzzzzzz\n
out: w yzzzzzzzzzzzzzzzz\nwx yzzzzzzzzzzzzzzzz\nwxx yzzzzzzzzzzzzzzzz\nwxxx yzzzzzzzzzzzzzzzz\nwxxxx y
out: zzzzzzzzzzzzzzzz\nwxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxx yzzzzzzzzzzzzzzz
out: z\nwxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxx
out: xxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\n
out: wxxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\nwxxxxxxxxxxxxxxxx yzzzzzz
out: zzzzzzzzzz\nwxxxxxxxxxxxxxxxxx yzzzzzzzzzzzzzzzz\n

case: a space then a NO-BREAK SPACE at every offset is one space
in: w \xc2\xa0y\nwx \xc2\xa0y\nwxx \xc2\xa0y\nwxxx \xc2\xa0y\nwxxxx \xc2\xa0y\nwxxxxx \xc2\xa0y\nwxx
in: xxxx \xc2\xa0y\nwxxxxxxx \xc2\xa0y\nwxxxxxxxx \xc2\xa0y\nwxxxxxxxxx \xc2\xa0y\nwxxxxxxxxxx \xc2\xa0
in: y\nwxxxxxxxxxxx \xc2\xa0y\nwxxxxxxxxxxxx \xc2\xa0y\nwxxxxxxxxxxxxx \xc2\xa0y\nwxxxxxxxxxxxxxx \xc2
in: \xa0y\nwxxxxxxxxxxxxxxx \xc2\xa0y\nwxxxxxxxxxxxxxxxx \xc2\xa0y\nwxxxxxxxxxxxxxxxxx \xc2\xa0y\n
out: w y\nwx y\nwxx y\nwxxx y\nwxxxx y\nwxxxxx y\nwxxxxxx y\nwxxxxxxx y\nwxxxxxxxx y\nwxxxxxxxxx y\nw
out: xxxxxxxxxx y\nwxxxxxxxxxxx y\nwxxxxxxxxxxxx y\nwxxxxxxxxxxxxx y\nwxxxxxxxxxxxxxx y\nwxxxxxxxxxxx
out: xxxx y\nwxxxxxxxxxxxxxxxx y\nwxxxxxxxxxxxxxxxxx y\n

case: a zero-width space at every offset is removed
in: \xe2\x80\x8byzzzzzzzzzzzzzzzz\nx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\n
in: xxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxxx\xe2\x80\x8byzzzzzzzzz
in: zzzzzzz\nxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxxxxxx\xe2
in: \x80\x8byzzzzzzzzzzzzzzzz\nxxxxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxxxxxxxx\xe2\x80\x8byzzzzzz
in: zzzzzzzzzz\nxxxxxxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxxxxxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\n
in: xxxxxxxxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxxxxx
in: xxxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\nxxxxxxxxxx
in: xxxxxxx\xe2\x80\x8byzzzzzzzzzzzzzzzz\n
out: yzzzzzzzzzzzzzzzz\nxyzzzzzzzzzzzzzzzz\nxxyzzzzzzzzzzzzzzzz\nxxxyzzzzzzzzzzzzzzzz\nxxxxyzzzzzzzzz
out: zzzzzzz\nxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxyzzz
out: zzzzzzzzzzzzz\nxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxyzzzzzzzzzzzz
out: zzzz\nxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxyzzzzzzzzzzzz
out: zzzz\nxxxxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxyzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxxyzzz
out: zzzzzzzzzzzzz\n

case: an NFD letter at every offset is composed
in: Vie\xcc\xa3\xcc\x82t z\nxVie\xcc\xa3\xcc\x82t zz\nxxVie\xcc\xa3\xcc\x82t zzz\nxxxVie\xcc\xa3\xcc
in: \x82t zzzz\nxxxxVie\xcc\xa3\xcc\x82t zzzzz\nxxxxxVie\xcc\xa3\xcc\x82t zzzzzz\nxxxxxxVie\xcc\xa3\xcc
in: \x82t zzzzzzz\nxxxxxxxVie\xcc\xa3\xcc\x82t zzzzzzzz\nxxxxxxxxVie\xcc\xa3\xcc\x82t zzzzzzzzz\nxxx
in: xxxxxxVie\xcc\xa3\xcc\x82t zzzzzzzzzz\nxxxxxxxxxxVie\xcc\xa3\xcc\x82t zzzzzzzzzzz\nxxxxxxxxxxxVi
in: e\xcc\xa3\xcc\x82t zzzzzzzzzzzz\nxxxxxxxxxxxxVie\xcc\xa3\xcc\x82t zzzzzzzzzzzzz\nxxxxxxxxxxxxxVi
in: e\xcc\xa3\xcc\x82t zzzzzzzzzzzzzz\nxxxxxxxxxxxxxxVie\xcc\xa3\xcc\x82t zzzzzzzzzzzzzzz\nxxxxxxxxx
in: xxxxxxVie\xcc\xa3\xcc\x82t zzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxVie\xcc\xa3\xcc\x82t zzzzzzzzzzzzzz
in: zzz\nxxxxxxxxxxxxxxxxxVie\xcc\xa3\xcc\x82t zzzzzzzzzzzzzzzzzz\n
out: Vi\xe1\xbb\x87t z\nxVi\xe1\xbb\x87t zz\nxxVi\xe1\xbb\x87t zzz\nxxxVi\xe1\xbb\x87t zzzz\nxxxxVi\xe1
out: \xbb\x87t zzzzz\nxxxxxVi\xe1\xbb\x87t zzzzzz\nxxxxxxVi\xe1\xbb\x87t zzzzzzz\nxxxxxxxVi\xe1\xbb\x87
out: t zzzzzzzz\nxxxxxxxxVi\xe1\xbb\x87t zzzzzzzzz\nxxxxxxxxxVi\xe1\xbb\x87t zzzzzzzzzz\nxxxxxxxxxxVi
out: \xe1\xbb\x87t zzzzzzzzzzz\nxxxxxxxxxxxVi\xe1\xbb\x87t zzzzzzzzzzzz\nxxxxxxxxxxxxVi\xe1\xbb\x87t z
out: zzzzzzzzzzzz\nxxxxxxxxxxxxxVi\xe1\xbb\x87t zzzzzzzzzzzzzz\nxxxxxxxxxxxxxxVi\xe1\xbb\x87t zzzzzzz
out: zzzzzzzz\nxxxxxxxxxxxxxxxVi\xe1\xbb\x87t zzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxVi\xe1\xbb\x87t zzzzz
out: zzzzzzzzzzzz\nxxxxxxxxxxxxxxxxxVi\xe1\xbb\x87t zzzzzzzzzzzzzzzzzz\n

case: an invalid byte at every offset is replaced and counted
in: \xffy\nx\xffy\nxx\xffy\nxxx\xffy\nxxxx\xffy\nxxxxx\xffy\nxxxxxx\xffy\nxxxxxxx\xffy\nxxxxxxxx\xff
in: y\nxxxxxxxxx\xffy\nxxxxxxxxxx\xffy\nxxxxxxxxxxx\xffy\nxxxxxxxxxxxx\xffy\nxxxxxxxxxxxxx\xffy\nxxx
in: xxxxxxxxxxx\xffy\nxxxxxxxxxxxxxxx\xffy\nxxxxxxxxxxxxxxxx\xffy\nxxxxxxxxxxxxxxxxx\xffy\n
out: \xef\xbf\xbdy\nx\xef\xbf\xbdy\nxx\xef\xbf\xbdy\nxxx\xef\xbf\xbdy\nxxxx\xef\xbf\xbdy\nxxxxx\xef\xbf
out: \xbdy\nxxxxxx\xef\xbf\xbdy\nxxxxxxx\xef\xbf\xbdy\nxxxxxxxx\xef\xbf\xbdy\nxxxxxxxxx\xef\xbf\xbdy\n
out: xxxxxxxxxx\xef\xbf\xbdy\nxxxxxxxxxxx\xef\xbf\xbdy\nxxxxxxxxxxxx\xef\xbf\xbdy\nxxxxxxxxxxxxx\xef\xbf
out: \xbdy\nxxxxxxxxxxxxxx\xef\xbf\xbdy\nxxxxxxxxxxxxxxx\xef\xbf\xbdy\nxxxxxxxxxxxxxxxx\xef\xbf\xbdy\n
out: xxxxxxxxxxxxxxxxx\xef\xbf\xbdy\n
err: :1: invalid UTF-8 replaced with U+FFFD (18 sequences)

case: clean Vietnamese lines of every length are copied
in: H\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0 a\nH\xc3\xa0 N\xe1\xbb
in: \x99i \xc6\xb0\xc6\xb0\xc6\xb0 a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a
in: \x20a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6
in: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0
in: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
in: \xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
in: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
in: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0
in: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6
in: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a
in: \x20a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
in: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
in: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a\nH\xc3\xa0 N\xe1\xbb
in: \x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
in: \xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0
in: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a a\n
in: H\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0
in: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0
in: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0
in: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a\n
out: H\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0 a\nH\xc3\xa0 N\xe1\xbb
out: \x99i \xc6\xb0\xc6\xb0\xc6\xb0 a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a
out: \x20a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6
out: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0
out: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
out: \xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
out: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
out: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0
out: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6
out: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a
out: \x20a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
out: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
out: \xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a\nH\xc3\xa0 N\xe1\xbb
out: \x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6
out: \xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0
out: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a a a\n
out: H\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0
out: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\nH\xc3\xa0 N\xe1\xbb\x99i \xc6\xb0
out: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0
out: \xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0\xc6\xb0 a\n

# ======================================================================
# Line ends: CRLF, CR
# ======================================================================

case: CRLF ends a line
in: a\r\nb\r\n
out: a\nb\n

case: a lone CR ends a line
in: a\rb\rc
out: a\nb\nc\n

case: mixed LF, CRLF and CR
in: a\r\nb\rc\nd\r\n\r\ne
out: a\nb\nc\nd\n\ne\n

case: two CRs make a blank line
in: a\r\rb\r
out: a\n\nb\n

case: LF then CR makes a blank line
in: a\n\rb\n
out: a\n\nb\n

case: CR CRLF makes a blank line
in: a\r\r\nb\n
out: a\n\nb\n

case: CR at the end of input
in: abc\r
out: abc\n

case: CRLF CRLF at the end of input
in: abc\r\n\r\n
out: abc\n

# the CR is the last byte of the first 128 KiB, the LF the first of the next
case: CRLF split across the 128 KiB read buffer is one line end
in-cmd: head -c 131071 /dev/zero | tr '\0' a; printf '\r\nb\r\n'
out-cmd: head -c 131071 /dev/zero | tr '\0' a; printf '\nb\n'

# 3-byte lines: some CR falls on the last byte of every read buffer size that is 2 mod 3
case: many CRLF lines across buffer boundaries give no blank line
in-cmd: yes "$(printf 'x\r')" | head -n 100000
out-cmd: yes x | head -n 100000

# ======================================================================
# Byte order mark
# ======================================================================

case: a BOM at the start of standard input is dropped
in: \xef\xbb\xbfabc\n
out: abc\n

case: a BOM at the start of a file is dropped
args: b.txt
setup: printf '\357\273\277B\n' > b.txt
out: B\n

# the line then starts with a form feed: a header, copied untouched
case: a BOM before a header line is dropped and the header kept
in: \xef\xbb\xbf\fid=1\ttitle=T\ntext\n
out: \fid=1\ttitle=T\ntext\n

case: a BOM at the start of the second file is dropped
args: a.txt b.txt
setup: printf 'A\n' > a.txt; printf '\357\273\277\fid=2\nB\n' > b.txt
out: A\n\fid=2\nB\n

case: a BOM in the middle of a line is removed
in: a\xef\xbb\xbfb \xef\xbb\xbf c\n
out: ab c\n

case: a BOM alone gives no output
in: \xef\xbb\xbf
out:

case: a BOM then CRLF gives no output line
in: \xef\xbb\xbf\r\nx
out: x\n

case: a truncated BOM is invalid UTF-8
in: \xef\xbbx\n
out: \xef\xbf\xbdx\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

# ======================================================================
# Spaces and invisible characters
# ======================================================================

case: TAB becomes a space and runs collapse
in: a\tb\t\tc  \t d\n
out: a b c d\n

case: spaces at the start and end of a line go
in: \x20\t a b \t \n
out: a b\n

# U+00A0 U+2003 U+3000 U+202F U+2007 U+200A U+205F U+1680 U+2000
case: no-break and other Unicode spaces become spaces
in: a\xc2\xa0b\xe2\x80\x83c\xe3\x80\x80d\xe2\x80\xafe\xe2\x80\x87f\xe2\x80\x8ag\xe2\x81\x9fh\xe1\x9a
in: \x80i\xe2\x80\x80j\n
out: a b c d e f g h i j\n

case: a run of mixed spaces collapses to one
in: a \xc2\xa0\t\xe2\x80\x83\xe3\x80\x80 b\n
out: a b\n

case: Unicode spaces at the start and end of a line go
in: \xe3\x80\x80\xc2\xa0a\xe2\x80\xaf\xc2\xa0\n
out: a\n

# U+200B U+200C U+200D U+2060
case: zero-width spaces and joiners are removed
in: a\xe2\x80\x8bb\xe2\x80\x8cc\xe2\x80\x8dd\xe2\x81\xa0e\n
out: abcde\n

case: the soft hyphen is removed
in: Vi\xc2\xadet\xc2\xad Nam\n
out: Viet Nam\n

# U+200E U+200F U+061C U+202A-U+202E U+2066-U+2069
case: bidirectional marks and controls are removed
in: a\xe2\x80\x8eb\xe2\x80\x8fc\xd8\x9cd\xe2\x80\xaae\xe2\x80\xabf\xe2\x80\xacg\xe2\x80\xadh\xe2\x80
in: \xaei\xe2\x81\xa6j\xe2\x81\xa7k\xe2\x81\xa8l\xe2\x81\xa9m\n
out: abcdefghijklm\n

# U+2061-U+2064
case: invisible operators are removed
in: a\xe2\x81\xa1b\xe2\x81\xa2c\xe2\x81\xa3d\xe2\x81\xa4e\n
out: abcde\n

case: a zero-width space between spaces leaves one space
in: a \xe2\x80\x8b b\n
out: a b\n

case: a removed character does not keep a trailing space
in: a \xe2\x80\x8b\n
out: a\n

# the output is NFC: e + U+0301 -> é
case: a mark after a removed zero-width space composes
in: cafe\xe2\x80\x8b\xcc\x81\n
out: caf\xc3\xa9\n

case: a line of only invisible characters is blank
in: a\n\xe2\x80\x8b\xc2\xad\xef\xbb\xbf\xe2\x80\x8e\xe2\x81\xa0\n\nb\n
out: a\n\nb\n

# U+2028
case: LINE SEPARATOR ends a line
in: a\xe2\x80\xa8b\n
out: a\nb\n

# U+2029
case: PARAGRAPH SEPARATOR ends a paragraph
in: a\xe2\x80\xa9b\n
out: a\n\nb\n

case: spaces around a LINE SEPARATOR go
in: a \xe2\x80\xa8 b\n
out: a\nb\n

case: PARAGRAPH SEPARATORs at the ends and repeated
in: \xe2\x80\xa9a\xe2\x80\xa9\xe2\x80\xa9\xe2\x80\xa9b\xe2\x80\xa9\n
out: a\n\nb\n

# ======================================================================
# Blank lines, files and headers
# ======================================================================

case: several blank lines become one
in: a\n\n\n\nb\n
out: a\n\nb\n

case: no blank line at the start or end of the output
in: \n\n\na\n\n\n
out: a\n

case: whitespace-only lines are blank
in: a\n \t \xc2\xa0\n\t\n\xe3\x80\x80\nb\n
out: a\n\nb\n

case: two files are a paragraph apart
args: a.txt b.txt
setup: printf 'A\n' > a.txt; printf 'B\n' > b.txt
out: A\n\nB\n

case: a file without a final newline does not run into the next
args: a.txt b.txt
setup: printf 'A' > a.txt; printf 'B' > b.txt
out: A\n\nB\n

case: blank lines at the ends of files still give one blank line
args: a.txt b.txt
setup: printf 'A\n\n\n' > a.txt; printf '\n\nB\n\n' > b.txt
out: A\n\nB\n

case: an empty file adds no blank line
args: e.txt a.txt e.txt b.txt e.txt
setup: : > e.txt; printf 'A\n' > a.txt; printf 'B\n' > b.txt
out: A\n\nB\n

# TABs, \t and \\ escapes, double spaces, NBSP, NFD and a trailing space stay
case: a header line is copied untouched
in: \furl=https://x.example/a?b=1\ttitle=Ti\\tb\\\\c  \xc2\xa0Vie\xcc\xa3\xcc\x82t\tauthor= \n
out: \furl=https://x.example/a?b=1\ttitle=Ti\\tb\\\\c  \xc2\xa0Vie\xcc\xa3\xcc\x82t\tauthor= \n

# C0 (a second form feed too), DEL and C1 (U+0085 NEL, U+009F) go; TABs stay
case: a header line loses its control characters
in: \ftitle=a\x01b\x0cc\x7fd\xc2\x85e\xc2\x9ff\xc2\xa0g\tid=\x1b[31m1\n
out: \ftitle=abcdef\xc2\xa0g\tid=[31m1\n

# the repair's U+FFFD stays, the control after it goes
case: a header line with invalid UTF-8 and a control character
in: \ftitle=a\xffb\x02c\n
out: \ftitle=a\xef\xbf\xbdbc\n
err: :1: invalid UTF-8 replaced with U+FFFD (1 sequence

case: -k leaves header lines alone
args: -k
in: \ftitle=\xef\xac\x81 \xef\xbc\x91\n\xef\xac\x81 \xef\xbc\x91\n
out: \ftitle=\xef\xac\x81 \xef\xbc\x91\nfi 1\n

case: a header line ends at CRLF
in: \fid=1\r\ntext\r\n
out: \fid=1\ntext\n

case: blank lines before a header are dropped
in: a\n\n\n\fid=1\nb\n
out: a\n\fid=1\nb\n

case: blank lines after a header are dropped
in: \fid=1\n\n \n\nb\n
out: \fid=1\nb\n

case: several documents in one stream
in: \fid=1\np1\n\n\np2\n\n\fid=2\n\nq1\n\n\n\fid=3\n\n
out: \fid=1\np1\n\np2\n\fid=2\nq1\n\fid=3\n

case: text before the first header
in: intro\n\n\fid=1\nbody\n
out: intro\n\fid=1\nbody\n

case: consecutive header lines
in: \fid=1\n\fid=2\nx\n
out: \fid=1\n\fid=2\nx\n

case: an empty header line
in: \f\nx\n
out: \f\nx\n

case: a header line with invalid UTF-8 is repaired
in: \fid=1\ttitle=a\xffb\xe1\xbb\nx\n
out: \fid=1\ttitle=a\xef\xbf\xbdb\xef\xbf\xbd\nx\n
err: :1: invalid UTF-8 replaced with U+FFFD (2 sequences)

case: a header at the start of the second file follows the first directly
args: a.txt b.txt
setup: printf 'A\n' > a.txt; printf '\fid=2\nB\n' > b.txt
out: A\n\fid=2\nB\n

# blank lines at the start of a document go, across files too
case: a file that ends with a header line is followed by no blank line
args: a.txt b.txt
setup: printf 'A\n\n\fid=2\n\n' > a.txt; printf '\nB\n' > b.txt
out: A\n\fid=2\nB\n

case: a BOM at the start of standard input read second is dropped
args: a.txt -
setup: printf 'A\n' > a.txt
in: \xef\xbb\xbf\fid=2\nS\n
out: A\n\fid=2\nS\n

# ======================================================================
# Small and large inputs
# ======================================================================

case: empty input gives empty output
in:
out:

case: only newlines give empty output
in: \n\n\n\n
out:

case: only CRLFs and spaces give empty output
in: \r\n \r\n\t\r\n
out:

case: a final newline is added
in: abc
out: abc\n

case: a single character
in: x
out: x\n

# ệ
case: a single Vietnamese character in NFD
in: e\xcc\xa3\xcc\x82
out: \xe1\xbb\x87\n

case: a 10 MiB line is copied whole
in-cmd: head -c 10485760 /dev/zero | tr '\0' a
out-cmd: head -c 10485760 /dev/zero | tr '\0' a; echo

# 1,000,000 times "Việt" in NFD, one line of 11 MB
case: a 10 MiB NFD line becomes NFC whole
in-cmd: yes "$(printf 'Vie\314\243\314\202t')" | head -n 1000000 | paste -sd ' ' -
out-cmd: yes "$(printf 'Vi\341\273\207t')" | head -n 1000000 | paste -sd ' ' -

case: a line of exactly 64 MiB is accepted
in-cmd: head -c 67108864 /dev/zero | tr '\0' x; printf '\nz\n'
out-cmd: head -c 67108864 /dev/zero | tr '\0' x; printf '\nz\n'

# 65 MiB: reported with its line number; the lines around it are kept
case: a line longer than 64 MiB is left out with an error
in-cmd: printf 'before\n'; head -c 68157440 /dev/zero | tr '\0' x; printf '\nafter\n'
out: before\nafter\n
exit: 1
err: :2: line longer than 64 MiB

case: a line of 64 MiB and one byte in a file is an error
args: big.txt
setup: { printf 'a\r\n'; head -c 67108865 /dev/zero | tr '\0' x; printf '\r\nb\r\n'; } > big.txt
out: a\nb\n
exit: 1
err: big.txt:2: line longer than 64 MiB

# "a" then 30,000 times U+0301 U+0323 (a 120 KB line): NFC is ạ, 29,999 U+0323, 30,000 U+0301.
# DESIGN.md: a single pass, never a hang.  Both runs of the case must end within 3 s of
# the input being made; a pairwise-swapping reorder of the marks is quadratic (minutes
# for a 1 MB line, days for the 64 MiB a line may have).
case: a run of more than 30 combining marks gets a CGJ before every 31st (stream-safe)
# a + (U+0301 U+0323) x 30000: groups of 30 marks, each put in canonical
# order (dot below first, which composes with the a), joined by U+034F.
in-cmd: { printf 'a'; yes "$(printf '\314\201\314\243')" | head -n 30000 | tr -d '\n'; echo; }
out-cmd: g=$(printf '\315\217'; yes "$(printf '\314\243')" | head -n 15 | tr -d '\n'; yes "$(printf '\314\201')" | head -n 15 | tr -d '\n'); { printf '\341\272\241'; yes "$(printf '\314\243')" | head -n 14 | tr -d '\n'; yes "$(printf '\314\201')" | head -n 15 | tr -d '\n'; yes "$g" | head -n 1999 | tr -d '\n'; echo; }

case: thirty combining marks in a row get no joiner
in-cmd: { printf 'e'; yes "$(printf '\314\201')" | head -n 30 | tr -d '\n'; echo; }
out-cmd: { printf '\303\251'; yes "$(printf '\314\201')" | head -n 29 | tr -d '\n'; echo; }

case: a line separator at the end of a line adds no blank line
in: a\xe2\x80\xa8\nb\xc2\x85  \nc\xe2\x80\xa9\nd\n
out: a\nb\nc\n\nd\n

case: two line separators make a paragraph break
in: a\xe2\x80\xa8\xe2\x80\xa8b\n
out: a\n\nb\n

# ======================================================================
# Output errors
# ======================================================================

case: a write error on a tiny output
in: x\n
stdout: /dev/full
exit: 1
err: write error

case: a write error on an output larger than the buffer
in-cmd: head -c 300000 /dev/zero | tr '\0' a | fold -w 100
stdout: /dev/full
exit: 1
err: write error

case: a write error on --help
args: --help
stdout: /dev/full
exit: 1
err: write error

case: a write error on --version
args: --version
stdout: /dev/full
exit: 1
err: write error

# ======================================================================
# Inputs
# ======================================================================

case: a missing file among good ones
args: a.txt nope.txt b.txt
setup: printf 'A\n' > a.txt; printf 'B\n' > b.txt
out: A\n\nB\n
exit: 1
err: cannot open 'nope.txt': No such file or directory

case: a directory among files
args: a.txt d b.txt
setup: printf 'A\n' > a.txt; printf 'B\n' > b.txt; mkdir d
out: A\n\nB\n
exit: 1
err: Is a directory

case: - among files reads standard input there
args: a.txt - b.txt
setup: printf 'A\n' > a.txt; printf 'B\n' > b.txt
in: S\n
out: A\n\nS\n\nB\n

case: the same file twice
args: a.txt a.txt
setup: printf 'A\n' > a.txt
out: A\n\nA\n

# -k after -- is a file, not NFKC: the ligature ﬁ stays
case: -- then a file named -k
args: -- -k
setup: printf 'x\xef\xac\x81\n' > ./-k
out: x\xef\xac\x81\n

# ======================================================================
# Command line
# ======================================================================

case: an unknown short option
args: -x
in: x\n
out:
exit: 2
err: usage: ntx-norm

case: an unknown long option
args: --frobnicate
in: x\n
out:
exit: 2
err: usage: ntx-norm

case: -t without an argument
args: -t
in: x\n
out:
exit: 2
err: usage: ntx-norm

case: --tone without an argument
args: --tone
in: x\n
out:
exit: 2
err: usage: ntx-norm

case: -t with an unknown style
args: -t foo
in: x\n
out:
exit: 2
err: usage: ntx-norm

case: --tone= with an empty style
args: --tone=
in: x\n
out:
exit: 2
err: usage: ntx-norm

case: --help prints the usage on standard output
args: --help
check: head -n 1 "$OUT" | grep -q '^usage: ntx-norm '

case: -h prints the usage on standard output
args: -h
check: head -n 1 "$OUT" | grep -q '^usage: ntx-norm '

case: --version names utf8proc and its Unicode version
args: --version
check: grep -q '^ntx-norm ' "$OUT" && grep -q 'utf8proc [0-9]' "$OUT" && grep -q 'Unicode [0-9]' "$OUT"

case: -V is --version
args: -V
check: grep -q 'utf8proc [0-9]' "$OUT" && grep -q 'Unicode [0-9]' "$OUT"

case: -ks combined
args: -ks
in: \xef\xac\x81 Vie\xcc\xa3\xcc\x82t\n
out: fi Vi\xe1\xbb\x87t\n

case: -tmodern attached
args: -tmodern
in: ho\xc3\xa0\n
out: h\xc3\xb2a\n

# hoà Việt(NFD) NBSP x
case: tone, NFC and spaces in one line
args: -t modern
in: ho\xc3\xa0 Vie\xcc\xa3\xcc\x82t\xc2\xa0x\n
out: h\xc3\xb2a Vi\xe1\xbb\x87t x\n
