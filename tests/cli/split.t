# ntx-split: the program itself (format in tests/cli/README.md).
#
# The stream format, the options and hostile input; the language rules
# are in split-en.t.  Where the language does not matter the cases use
# -l en with plain sentences, and no sentence starts with one capital
# letter and a period ("A. B." would be initials).  Generated inputs
# (in-cmd, setup) use only bash, coreutils and printf.

# ======================================================================
# Header lines: copied unchanged, and they end a paragraph
# ======================================================================

case: a header line is copied unchanged
args: -l en
in: \ftitle=Rates\tlang=en\tsource=a.txt\nRates rose. Stocks fell.\n
out: \ftitle=Rates\tlang=en\tsource=a.txt\nRates rose.\nStocks fell.\n

# the header is \f title=A \ t B \ \ C space: escapes and a trailing space kept
case: a header line keeps its escapes and trailing space
args: -l en
in: \ftitle=A\\tB\\\\C \nText is here.\n
out: \ftitle=A\\tB\\\\C \nText is here.\n

case: a header line ends a paragraph that would otherwise continue
args: -l en
in: The story goes on\n\ftitle=Next\nand on.\n
out: The story goes on\n\ftitle=Next\nand on.\n

case: a header line between two lines of text, no blank lines around it
args: -l en
in: First one is here.\n\ftitle=B\nSecond one is here.\n
out: First one is here.\n\ftitle=B\nSecond one is here.\n

case: no blank line right after a header line
args: -l en
in: \ftitle=A\n\n\n\nText is here.\n
out: \ftitle=A\nText is here.\n

case: no blank line right before a header line
args: -l en
in: Text is here.\n\n\n\ftitle=B\nMore text is here.\n
out: Text is here.\n\ftitle=B\nMore text is here.\n

case: two header lines with blank lines between them
args: -l en
in: \ftitle=A\n\n \n\ftitle=B\n\nText is here.\n
out: \ftitle=A\n\ftitle=B\nText is here.\n

case: an input of one header line
args: -l en
in: \ftitle=A\n
out: \ftitle=A\n

case: a header line without a final newline gets one
args: -l en
in: Text is here.\n\ftitle=B
out: Text is here.\n\ftitle=B\n

# ======================================================================
# Blank lines and paragraphs
# ======================================================================

case: three paragraphs, one sentence per line
args: -l en
in: One is here. Two is here.\nThree is here.\n\nFour is here.\n\n\nFive is here.\n
out: One is here.\nTwo is here.\nThree is here.\n\nFour is here.\n\nFive is here.\n

case: a run of blank lines becomes one
args: -l en
in: First one.\n\n\n\n\nSecond one.\n
out: First one.\n\nSecond one.\n

case: lines of spaces and tabs are blank lines
args: -l en
in: First one.\n \t \n\t\n   \nSecond one.\n
out: First one.\n\nSecond one.\n

case: a line of spaces ends a paragraph that would otherwise continue
args: -l en
in: The plan\n   \nwould cost more.\n
out: The plan\n\nwould cost more.\n

case: no blank line at the start
args: -l en
in: \n\n \t\nText is here.\n
out: Text is here.\n

case: no blank line at the end
args: -l en
in: Text is here.\n\n\n \n\n
out: Text is here.\n

case: an empty input gives an empty output
args: -l en
in:
out:

case: an input of blank lines only gives an empty output
args: -l en
in: \n \n\t\n\n
out:

# ======================================================================
# Spaces inside and around sentences
# ======================================================================

case: spaces and tabs around each sentence are trimmed
args: -l en
in: \x20  \tRates rose.   Stocks fell. \t \n
out: Rates rose.\nStocks fell.\n

case: double spaces and tabs inside a sentence are kept
args: -l en
in: Rates  rose\tsharply.  Stocks   fell.\n
out: Rates  rose\tsharply.\nStocks   fell.\n

case: a line break inside a sentence becomes one space, spaces around it dropped
args: -l en
in: The council approved the plan  \n   on Monday.\n
out: The council approved the plan on Monday.\n

case: no final newline in the input
args: -l en
in: Rates rose. Stocks fell.
out: Rates rose.\nStocks fell.\n

case: no final newline after a continued line without a terminator
args: -l en
in: The plan\nwould cost more
out: The plan would cost more\n

# ======================================================================
# Line ends and byte order mark
# ======================================================================

case: CRLF line ends
args: -l en
in: \ftitle=A\r\nRates rose. Stocks\r\nfell sharply.\r\n\r\nBonds were flat.\r\n
out: \ftitle=A\nRates rose.\nStocks fell sharply.\n\nBonds were flat.\n

case: lone CR line ends, two of them make a blank line
args: -l en
in: Rates rose. Stocks\rfell sharply.\r\rBonds were flat.\r
out: Rates rose.\nStocks fell sharply.\n\nBonds were flat.\n

case: a UTF-8 byte order mark at the start is dropped
args: -l en
in: \xef\xbb\xbfRates rose. Stocks fell.\n
out: Rates rose.\nStocks fell.\n

case: a header line after a byte order mark is still a header line
args: -l en
in: \xef\xbb\xbf\ftitle=A\nText is here.\n
out: \ftitle=A\nText is here.\n

case: a byte order mark at the start of each file is dropped
setup: printf '\357\273\277One is here.\n' > a; printf '\357\273\277Two is here.\n' > b
args: -l en a b
out: One is here.\n\nTwo is here.\n

# ======================================================================
# Several inputs: files are paragraphs apart, - is standard input
# ======================================================================

case: two files are paragraphs apart
setup: printf 'Rates rose. Stocks fell.\n' > a; printf 'Bonds were flat.\n' > b
args: -l en a b
out: Rates rose.\nStocks fell.\n\nBonds were flat.\n

case: a file without a final newline does not run into the next one
setup: printf 'The plan' > a; printf 'would cost more.\n' > b
args: -l en a b
out: The plan\n\nwould cost more.\n

case: a header line at the start of the second file: no blank line
setup: printf 'One is here.\n' > a; printf '\fsource=b\nTwo is here.\n' > b
args: -l en a b
out: One is here.\n\fsource=b\nTwo is here.\n

case: blank lines at the end and start of files collapse, an empty file adds nothing
setup: printf 'One is here.\n\n\n' > a; : > e; printf '\n \nTwo is here.\n' > b
args: -l en a e b
out: One is here.\n\nTwo is here.\n

case: - is standard input among files
setup: printf 'From the file.\n' > a
args: -l en a - a
in: From standard input.\n
out: From the file.\n\nFrom standard input.\n\nFrom the file.\n

case: a missing file is reported and the other files are read
setup: printf 'One is here.\n' > a; printf 'Two is here.\n' > b
args: -l en a nosuch.txt b
out: One is here.\n\nTwo is here.\n
exit: 1
err: nosuch.txt

case: only a missing file
args: -l en nosuch.txt
out:
exit: 1
err: nosuch.txt

case: a directory among files is an error and the other files are read
setup: mkdir sub; printf 'One is here.\n' > a
args: -l en sub a
out: One is here.\n
exit: 1
err: sub

# ======================================================================
# Line breaks inside a paragraph: default, -b/--blocks, -w/--wrapped
# ======================================================================

# The same paragraph four times:
#   Budget Approved
#   The council approved the budget
#   on Monday. The mayor
#   was not present.
# Default: a line break ends a sentence unless the line has no final
# punctuation and the next starts in lowercase.
case: default: a break before a capital ends a sentence, before lowercase it does not
args: -l en
in: Budget Approved\nThe council approved the budget\non Monday. The mayor\nwas not present.\n
out: Budget Approved\nThe council approved the budget on Monday.\nThe mayor was not present.\n

case: -b: every line break ends a sentence
args: -l en -b
in: Budget Approved\nThe council approved the budget\non Monday. The mayor\nwas not present.\n
out: Budget Approved\nThe council approved the budget\non Monday.\nThe mayor\nwas not present.\n

case: --blocks is -b
args: -l en --blocks
in: Budget Approved\nThe council approved the budget\non Monday. The mayor\nwas not present.\n
out: Budget Approved\nThe council approved the budget\non Monday.\nThe mayor\nwas not present.\n

case: -w: a line break is a space
args: -l en -w
in: Budget Approved\nThe council approved the budget\non Monday. The mayor\nwas not present.\n
out: Budget Approved The council approved the budget on Monday.\nThe mayor was not present.\n

case: --wrapped is -w
args: -l en --wrapped
in: Budget Approved\nThe council approved the budget\non Monday. The mayor\nwas not present.\n
out: Budget Approved The council approved the budget on Monday.\nThe mayor was not present.\n

case: default: a line ending in a title abbreviation continues with the name
args: -l en
in: The award went to Mr.\nSmith on Friday.\n
out: The award went to Mr. Smith on Friday.\n

case: -b: a line ending in a title abbreviation still ends there
args: -l en -b
in: The award went to Mr.\nSmith on Friday.\n
out: The award went to Mr.\nSmith on Friday.\n

case: default -l vi: a line ending in TS. continues with the name
args: -l vi
in: Hội nghị có sự tham dự của TS.\nNguyễn Văn Minh.\n
out: Hội nghị có sự tham dự của TS. Nguyễn Văn Minh.\n

case: default: a line ending in a full stop ends the sentence before a lowercase line
args: -l en
in: Prices rose 5%.\nanalysts were surprised.\n
out: Prices rose 5%.\nanalysts were surprised.\n

case: -w: a full stop before a lowercase word on the next line is no boundary
args: -l en -w
in: Prices rose 5%.\nanalysts were surprised.\n
out: Prices rose 5%. analysts were surprised.\n

case: default: a closing quote after a full stop is final punctuation
args: -l en
in: “We will win.”\nhe said.\n
out: “We will win.”\nhe said.\n

case: -w: a quote that goes on in lowercase on the next line
args: -l en -w
in: “We will win.”\nhe said.\n
out: “We will win.” he said.\n

case: default: a line ending in a comma continues before a lowercase line
args: -l en
in: Prices rose,\nand wages fell.\n
out: Prices rose, and wages fell.\n

case: default: a line without final punctuation ends before a capitalised line
args: -l en
in: The report was written by\nReuters reporters.\n
out: The report was written by\nReuters reporters.\n

# ======================================================================
# -l/--lang: vi, en, auto (a lang header key, else a guess from the text)
# ======================================================================

# vi: ThS. is a title; en does not know it, so a capital after it starts a
# new sentence.  Inc. before a capitalised word: a boundary in vi (any
# capitalised word), none in en (Chief is no sentence starter).
case: -l vi: ThS. before a name is no boundary
args: -l vi
in: Theo ThS. Lê Văn Minh, giá lúa đã tăng mạnh trong những tháng đầu năm.\n
out: Theo ThS. Lê Văn Minh, giá lúa đã tăng mạnh trong những tháng đầu năm.\n

case: -l en: ThS. is not an English abbreviation
args: -l en
in: Theo ThS. Lê Văn Minh, giá lúa đã tăng mạnh trong những tháng đầu năm.\n
out: Theo ThS.\nLê Văn Minh, giá lúa đã tăng mạnh trong những tháng đầu năm.\n

case: --lang=vi: a Vietnamese-looking capitalised word after a general abbreviation starts a sentence
args: --lang=vi
in: We sold apples, pears etc. Tom bought them.\n
out: We sold apples, pears etc.\nTom bought them.\n

case: --lang=en: only a sentence starter after a general abbreviation starts a sentence
args: --lang=en
in: We sold apples, pears etc. Tom bought them.\n
out: We sold apples, pears etc. Tom bought them.\n

case: default auto guesses vi from the diacritics
in: Theo ThS. Lê Văn Minh, giá lúa đã tăng mạnh trong những tháng đầu năm.\n
out: Theo ThS. Lê Văn Minh, giá lúa đã tăng mạnh trong những tháng đầu năm.\n

case: --lang=auto guesses en for text without Vietnamese letters
args: --lang=auto
in: We sold apples, pears etc. Tom bought them.\n
out: We sold apples, pears etc. Tom bought them.\n

case: --lang=auto: a lang=en header beats the Vietnamese text
args: --lang=auto
in: \ftitle=X\tlang=en\tsource=y\nTheo ThS. Lê Văn Minh, giá lúa đã tăng mạnh trong những tháng đầu năm.\n
out: \ftitle=X\tlang=en\tsource=y\nTheo ThS.\nLê Văn Minh, giá lúa đã tăng mạnh trong những tháng đầu năm.\n

case: --lang=auto: a lang=vi header beats the English text
args: --lang=auto
in: \ftitle=X\tlang=vi\nWe sold apples, pears etc. Tom bought them.\n
out: \ftitle=X\tlang=vi\nWe sold apples, pears etc.\nTom bought them.\n

case: --lang=auto: lang=vi-VN is vi
args: --lang=auto
in: \flang=vi-VN\nWe sold apples, pears etc. Tom bought them.\n
out: \flang=vi-VN\nWe sold apples, pears etc.\nTom bought them.\n

case: --lang=auto: another Latin-script language uses the en rules
args: --lang=auto
in: \flang=fr\nWe sold apples, pears etc. Tom bought them.\n
out: \flang=fr\nWe sold apples, pears etc. Tom bought them.\n

case: --lang=auto: each document follows its own lang header
args: --lang=auto
in: \flang=vi\nWe sold apples, pears etc. Tom bought them.\n\flang=en\nWe sold apples, pears etc. Tom bought them.\n
out: \flang=vi\nWe sold apples, pears etc.\nTom bought them.\n\flang=en\nWe sold apples, pears etc. Tom bought them.\n

case: -l en is used even under a lang=vi header
args: -l en
in: \flang=vi\nWe sold apples, pears etc. Tom bought them.\n
out: \flang=vi\nWe sold apples, pears etc. Tom bought them.\n

case: -l with an unknown language is a usage error
args: -l fr
in: Text is here.\n
out:
exit: 2
err: usage: ntx-split

case: --lang= with an empty value is a usage error
args: --lang=
in: Text is here.\n
out:
exit: 2
err: usage: ntx-split

case: -l without its argument is a usage error
args: -l
in: Text is here.\n
out:
exit: 2
err: usage: ntx-split

# ======================================================================
# Usage, --help, --version
# ======================================================================

case: an unknown short option
args: -x
in: Text is here.\n
out:
exit: 2
err: usage: ntx-split

case: an unknown long option
args: --frobnicate
in: Text is here.\n
out:
exit: 2
err: usage: ntx-split

case: --help prints the usage, which mentions --lang, on standard output
args: --help
check: grep -q 'ntx-split' "$OUT" && grep -q -e '--lang' "$OUT"

case: -h is --help
args: -h
check: grep -q 'ntx-split' "$OUT" && grep -q -e '--lang' "$OUT"

case: --version names ntx-split
args: --version
check: grep -q '^ntx-split ' "$OUT"

case: -V is --version
args: -V
check: grep -q '^ntx-split ' "$OUT"

# ======================================================================
# -a/--abbrev: more abbreviations
# ======================================================================

# Kpt. is in no built-in list: without -a it ends a sentence before a
# capital.
case: without -a an unknown abbreviation before a name is a boundary
args: -l en
in: The ship was led by Kpt. Nowak for years.\n
out: The ship was led by Kpt.\nNowak for years.\n

case: -a adds a title abbreviation
setup: printf '[title]\nKpt.\n' > extra.txt
args: -l en -a extra.txt
in: The ship was led by Kpt. Nowak for years.\n
out: The ship was led by Kpt. Nowak for years.\n

case: --abbrev adds a general abbreviation, a boundary only before a sentence starter
setup: printf '[general]\nBhd.\n' > extra.txt
args: -l en --abbrev=extra.txt
in: Petronas Bhd. Chief Executive Tengku Taufik spoke. The deal went to Petronas Bhd. The terms were not disclosed.\n
out: Petronas Bhd. Chief Executive Tengku Taufik spoke.\nThe deal went to Petronas Bhd.\nThe terms were not disclosed.\n

case: -a adds a number abbreviation
setup: printf '[number]\nRn.\n' > extra.txt
args: -l en -a extra.txt
in: See Rn. 12 of the ruling.\n
out: See Rn. 12 of the ruling.\n

case: -a twice adds both files
setup: printf '[title]\nKpt.\n' > one.txt; printf '[number]\nRn.\n' > two.txt
args: -l en -a one.txt -a two.txt
in: The log of Kpt. Nowak is cited in Rn. 12 of the ruling.\n
out: The log of Kpt. Nowak is cited in Rn. 12 of the ruling.\n

case: a missing abbreviation file is an error that names it
args: -l en -a nosuch.abbr
in: Text is here.\n
check: [ ! -s "$OUT" ] || [ "$(cat "$OUT")" = 'Text is here.' ]
exit: 1
err: nosuch.abbr

# ======================================================================
# -m/--max-paragraph: a longer paragraph is reported and copied through
# ======================================================================

# The middle paragraph is 320 bytes in three lines, seven sentences.
case: -m 100: a 320-byte paragraph is copied with its lines as they are
args: -l en -m 100
in: Short one here. Short two here.\n\n
in: The first sentence of the long paragraph is here. The second sentence of the long paragraph follows it. The third sentence ends the line.\n
in: The fourth sentence starts the next line. The fifth sentence of the paragraph comes after it.\n
in: The sixth sentence is on the last line. The seventh sentence closes the long paragraph.\n
in: \nAfter one here. After two here.\n
out: Short one here.\nShort two here.\n\n
out: The first sentence of the long paragraph is here. The second sentence of the long paragraph follows it. The third sentence ends the line.\n
out: The fourth sentence starts the next line. The fifth sentence of the paragraph comes after it.\n
out: The sixth sentence is on the last line. The seventh sentence closes the long paragraph.\n
out: \nAfter one here.\nAfter two here.\n
exit: 1
err: paragraph longer than

case: --max-paragraph=100: the long paragraph's lines are in the output unchanged
args: -l en --max-paragraph=100
in: The first sentence of the long paragraph is here. The second sentence of the long paragraph follows it. The third sentence ends the line.\n
in: The fourth sentence starts the next line. The fifth sentence of the paragraph comes after it.\n
in: The sixth sentence is on the last line. The seventh sentence closes the long paragraph.\n
check: grep -qxF 'The first sentence of the long paragraph is here. The second sentence of the long paragraph follows it. The third sentence ends the line.' "$OUT" && grep -qxF 'The sixth sentence is on the last line. The seventh sentence closes the long paragraph.' "$OUT" && [ "$(wc -l < "$OUT")" = 3 ]
exit: 1
err: paragraph

# 70 sentences of 12 bytes on one line: 910 bytes
case: -m 1K: a 910-byte paragraph is segmented
args: -l en -m 1K
in-cmd: yes 'Prices rose.' | head -n 70 | tr '\n' ' '
check: [ "$(wc -l < "$OUT")" = 70 ] && [ "$(sort -u "$OUT")" = 'Prices rose.' ]

# 90 sentences on one line: 1170 bytes
case: -m 1K: a 1170-byte paragraph is over the cap
args: -l en -m 1K
in-cmd: yes 'Prices rose.' | head -n 89 | tr '\n' ' '; printf 'Prices rose.\n'
check: { yes 'Prices rose.' | head -n 89 | tr '\n' ' '; printf 'Prices rose.\n'; } | cmp - "$OUT"
exit: 1
err: paragraph longer than

# 200000 lines of two sentences, 5000000 bytes in one paragraph
case: the default cap of 4M: a 5 MB paragraph is copied through
args: -l en
in-cmd: yes 'Prices rose. Wages fell.' | head -n 200000
check: yes 'Prices rose. Wages fell.' | head -n 200000 | cmp - "$OUT"
exit: 1
err: paragraph longer than

case: -m with a bad size is a usage error
args: -l en -m 12Q
in: Text is here.\n
out:
exit: 2
err: usage: ntx-split

# ======================================================================
# Bad input
# ======================================================================

case: an invalid byte becomes U+FFFD with a warning
args: -l en
in: Caf\xff bar is open. Next one is here.\n
out: Caf\xef\xbf\xbd bar is open.\nNext one is here.\n
err: invalid UTF-8 replaced with U+FFFD

case: a sequence cut at the end of the input becomes one U+FFFD
args: -l en
in: Rates rose in Vi\xe1\xbb
out: Rates rose in Vi\xef\xbf\xbd\n
err: invalid UTF-8 replaced with U+FFFD

case: a sequence cut before a space becomes one U+FFFD
args: -l en
in: Rates rose in Vi\xe1\xbb t Nam. Stocks fell.\n
out: Rates rose in Vi\xef\xbf\xbd t Nam.\nStocks fell.\n
err: invalid UTF-8 replaced with U+FFFD

case: the warning names the file, the line and the number of sequences
setup: printf 'Bad \377 and \303 here.\n' > bad.txt
args: -l en bad.txt
out: Bad \xef\xbf\xbd and \xef\xbf\xbd here.\n
err: bad.txt:1: invalid UTF-8 replaced with U+FFFD (2 sequences)

case: NUL bytes are kept
args: -l en
in: One\x00two is here. Three\x00 is here.\n
out: One\x00two is here.\nThree\x00 is here.\n

# 80000 sentences of 27 bytes on one line: 2240000 bytes (over 2 MiB)
case: a 2 MiB one-line paragraph of 80000 sentences
args: -l en
in-cmd: yes 'The index rose again today.' | head -n 80000 | tr '\n' ' '
check: [ "$(wc -l < "$OUT")" = 80000 ] && [ "$(sort -u "$OUT")" = 'The index rose again today.' ]

# the same 80000 sentences, each on two lines of one paragraph
case: a 2 MiB paragraph of 160000 lines, each sentence on two lines
args: -l en
in-cmd: yes $'The index rose\nagain today.' | head -n 160000
check: [ "$(wc -l < "$OUT")" = 80000 ] && [ "$(sort -u "$OUT")" = 'The index rose again today.' ]

# "word word ... word " with no terminator: 2500000 bytes on one line
case: a 2.5 MB line without any terminator is one sentence
args: -l en
in-cmd: yes word | head -n 500000 | tr '\n' ' '
check: [ "$(wc -l < "$OUT")" = 1 ] && [ "$(wc -c < "$OUT")" = 2500000 ] && [ "$(tr ' ' '\n' < "$OUT" | sort | uniq -c | tr -s ' ')" = ' 500000 word' ]

# ======================================================================
# Failed output
# ======================================================================

case: a write error on a tiny output
args: -l en
in: Text is here.\n
stdout: /dev/full
exit: 1
err: write error

case: a write error on an output larger than the buffer
args: -l en
in-cmd: yes 'Prices rose. Wages fell.' | head -n 20000
stdout: /dev/full
exit: 1
err: write error

case: a write error on --help
args: --help
stdout: /dev/full
exit: 1
err: write error

# ======================================================================
# Nothing lost, and the output is a fixed point
# ======================================================================

# Without spaces, tabs, newlines and no-break spaces the output is the
# input; paragraphs stay paragraphs (one blank line between them), and no
# output line starts or ends with a space or tab.
case: nothing is lost in samples/seed-langson.txt
args: -l vi
in-file: samples/seed-langson.txt
check: tr -d ' \t\n' < "$R/samples/seed-langson.txt" | LC_ALL=C sed 's/\xc2\xa0//g' > a && tr -d ' \t\n' < "$OUT" | LC_ALL=C sed 's/\xc2\xa0//g' > b && cmp a b && [ "$(grep -c '^$' "$OUT")" = "$(($(awk 'BEGIN { RS = "" } END { print NR }' "$R/samples/seed-langson.txt") - 1))" ] && ! LC_ALL=C grep -q '^[[:blank:]]\|[[:blank:]]$' "$OUT" && [ "$(tail -c 1 "$OUT" | od -An -c | tr -d ' ')" = '\n' ]

case: nothing is lost in samples/vi-plain-article.txt
args: -l vi
in-file: samples/vi-plain-article.txt
check: tr -d ' \t\n' < "$R/samples/vi-plain-article.txt" | LC_ALL=C sed 's/\xc2\xa0//g' > a && tr -d ' \t\n' < "$OUT" | LC_ALL=C sed 's/\xc2\xa0//g' > b && cmp a b && [ "$(grep -c '^$' "$OUT")" = "$(($(awk 'BEGIN { RS = "" } END { print NR }' "$R/samples/vi-plain-article.txt") - 1))" ] && ! LC_ALL=C grep -q '^[[:blank:]]\|[[:blank:]]$' "$OUT"

case: nothing is lost in samples/seed-langson.txt read with -w
args: -l vi -w
in-file: samples/seed-langson.txt
check: tr -d ' \t\n' < "$R/samples/seed-langson.txt" | LC_ALL=C sed 's/\xc2\xa0//g' > a && tr -d ' \t\n' < "$OUT" | LC_ALL=C sed 's/\xc2\xa0//g' > b && cmp a b

# Text that is already one sentence per line comes out byte for byte.
case: English text already split is left as it is
args: -l en
in: \flang=en\ttitle=Fed holds rates\nFed Holds Rates Steady\n\n
in: WASHINGTON (Reuters) - The Federal Reserve held rates steady on Wednesday.\nMr. Powell said inflation was easing.\n"We are not there yet," he said.\n\n
in: Shares of Apple Inc. rose 1.2% to $189.50.\nThe Dow closed at 31,250.55.\n
out: \flang=en\ttitle=Fed holds rates\nFed Holds Rates Steady\n\n
out: WASHINGTON (Reuters) - The Federal Reserve held rates steady on Wednesday.\nMr. Powell said inflation was easing.\n"We are not there yet," he said.\n\n
out: Shares of Apple Inc. rose 1.2% to $189.50.\nThe Dow closed at 31,250.55.\n

case: Vietnamese text already split is left as it is
args: -l vi
in: \flang=vi\tsource=a.txt\nLạng Sơn triển khai nhiệm vụ năm 2023\n\n
in: Năm 2022, tốc độ tăng trưởng đạt 12,2% (mục tiêu 10-11%).\nTS. Nguyễn Văn Minh phát biểu tại hội nghị.\nThu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán.\n\n
in: Ảnh: Trí Dũng\n
out: \flang=vi\tsource=a.txt\nLạng Sơn triển khai nhiệm vụ năm 2023\n\n
out: Năm 2022, tốc độ tăng trưởng đạt 12,2% (mục tiêu 10-11%).\nTS. Nguyễn Văn Minh phát biểu tại hội nghị.\nThu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán.\n\n
out: Ảnh: Trí Dũng\n
