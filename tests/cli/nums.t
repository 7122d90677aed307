# ntx-nums: the program itself (format in tests/cli/README.md).
#
# The facts table's frame: the header line, -H, sentence numbering, the
# metadata columns, several inputs, -l, usage, hostile input and failed
# output.  The language rules are in nums-en.t.  Most cases use the same
# few sentences ("Rates rose 5%." gives one percent row) so that only the
# thing under test varies.  Generated inputs (in-cmd, setup) use only bash,
# coreutils and printf.

# ======================================================================
# The header line: always first, also when there are no rows
# ======================================================================

# A table with no rows is still a table: a spreadsheet opens it with its
# columns, and a script that reads the header line does not fail.

case: the header line names the fourteen columns in order
args: -l en
in: Rates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n

case: an empty input gives the header line only
args: -l en
in:
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: sentences without numbers give the header line only
args: -l en
in: The council met again.\nNo decision was made.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: blank lines only give the header line only
args: -l en
in: \n \n\t\n\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a header line only gives the header line only
args: -l en
in: \ftitle=Rates\tlang=en\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# ======================================================================
# -H / --no-header: rows only, so parts concatenate
# ======================================================================

case: -H leaves out the header line
args: -l en -H
in: Rates rose 5%.\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n

case: --no-header is -H
args: -l en --no-header
in: Rates rose 5%.\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n

case: -H with an empty input gives an empty output
args: -l en -H
in:
out:

case: -H with sentences without numbers gives an empty output
args: -l en -H
in: The council met again.\n

# ======================================================================
# sentence_no: per document, counting non-blank, non-header lines
# ======================================================================

case: sentences without numbers are counted
args: -l en
in: The council met again.\nNo decision was made.\nWages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 3\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n

case: blank lines are not counted
args: -l en
in: The council met again.\n\n\nWages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 2\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n

case: leading blank lines and lines of spaces and tabs are not counted
args: -l en
in: \n \t\n  \nRates rose 5%.\n\t\nWages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n
out: 2\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n

case: the rows of one sentence share its number
args: -l en
in: The council met again.\nRates rose 5% and wages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 2\t5%\tpercent\t5\t%\t\tRates rose 5% and wages fell 3%.\t\t\t\t\t\t\t\n
out: 2\t3%\tpercent\t3\t%\t\tRates rose 5% and wages fell 3%.\t\t\t\t\t\t\t\n

case: a header line restarts the numbering
args: -l en
in: \ftitle=A\nThe council met again.\nRates rose 5%.\n\ftitle=B\nWages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 2\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tA\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\tB\t\t\t\t\t\n

case: text before the first header line is a document without metadata
args: -l en
in: The council met again.\nRates rose 5%.\n\ftitle=B\nWages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 2\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\tB\t\t\t\t\t\n

case: a document without sentences between two header lines
args: -l en
in: \ftitle=A\n\ftitle=B\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tB\t\t\t\t\t\n

case: a header line without keys starts a document with empty metadata
args: -l en
in: \ftitle=A\nRates rose 5%.\n\f\nWages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tA\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n

case: blank lines around a header line change nothing
args: -l en
in: \ftitle=A\n\nRates rose 5%.\n\n\ftitle=B\n\nWages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tA\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\tB\t\t\t\t\t\n

# The sentence field has no newline either.
case: a line without a final newline is a sentence
args: -l en
in: Rates rose 5%.
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n

# ======================================================================
# Metadata columns: url title published author lang site source
# ======================================================================

# Filled from the document's header line; the spec's escapes \t \n \\
# undone, then a TAB or newline made a space; a missing key is empty.

case: all seven keys fill their columns
args: -l en
in: \furl=https://example.com/a\ttitle=Rates rise\tpublished=2024-05-02\tauthor=Jane Doe\tlang=en\tsite=Example News\tsource=a.html\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\thttps://example.com/a\tRates rise\t2024-05-02\tJane Doe\ten\tExample News\ta.html\n

case: keys in another order fill the same columns
args: -l en
in: \fsource=a.html\tsite=Example News\tlang=en\tauthor=Jane Doe\tpublished=2024-05-02\ttitle=Rates rise\turl=https://example.com/a\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\thttps://example.com/a\tRates rise\t2024-05-02\tJane Doe\ten\tExample News\ta.html\n

case: other keys are ignored and their numbers give no rows
args: -l en
in: \fid=7\tword_count=300\ttitle=Rates rise\timage=https://example.com/1.jpg\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tRates rise\t\t\t\t\t\n

case: missing keys are empty
args: -l en
in: \ftitle=Rates rise\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tRates rise\t\t\t\t\t\n

case: an empty value is empty and a pair without = is ignored
args: -l en
in: \fbogus\ttitle=Rates rise\tauthor=\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tRates rise\t\t\t\t\t\n

case: a value keeps every = after the first
args: -l en
in: \furl=https://example.com/a?id=7&p=2\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\thttps://example.com/a?id=7&p=2\t\t\t\t\t\t\n

case: every row of a document carries its metadata
args: -l en
in: \ftitle=Rates rise\tsource=a.html\nRates rose 5%.\nWages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tRates rise\t\t\t\t\ta.html\n
out: 2\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\tRates rise\t\t\t\t\ta.html\n

case: each document carries its own metadata
args: -l en
in: \ftitle=A\tauthor=Ann\nRates rose 5%.\n\ftitle=B\tsource=b.html\nWages fell 3%.\nPrices rose 2%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tA\t\tAnn\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\tB\t\t\t\t\tb.html\n
out: 2\t2%\tpercent\t2\t%\t\tPrices rose 2%.\t\tB\t\t\t\t\tb.html\n

case: a key name is matched whole
args: -l en
in: \furls=https://example.com/b\tsource_2=b.html\tsource=a.html\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\ta.html\n

case: a title in Vietnamese is copied as it is
in: \ftitle=Lãi suất tăng\tlang=vi\nLãi suất tăng 0,5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0,5%\tpercent\t0.5\t%\t\tLãi suất tăng 0,5%.\t\tLãi suất tăng\t\t\tvi\t\t\n

case: an escaped TAB in a value becomes a space
args: -l en
in: \ftitle=Rates\\tWages\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tRates Wages\t\t\t\t\t\n

case: an escaped newline in a value becomes a space
args: -l en
in: \ftitle=Rates\\nWages\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tRates Wages\t\t\t\t\t\n

case: an escaped backslash in a value becomes one backslash
args: -l en
in: \ftitle=A\\\\B\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tA\\B\t\t\t\t\t\n

# The header holds A \ \ t B: an escaped backslash, then the letter t, so
# the value is the three characters A \ t B, not a TAB.
case: an escaped backslash before t is a backslash and a t
args: -l en
in: \ftitle=A\\\\tB\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tA\\tB\t\t\t\t\t\n

# ======================================================================
# Several inputs: each file starts a new document, - is standard input
# ======================================================================

# The spec says input without a header line is one document; with several
# files it does not say whether a file is one.  Chosen: each file operand
# starts a document (numbering from 1, no metadata until its own header
# line), so one file's metadata never lands on another file's rows, and
# "ntx-nums a b" gives the same rows as "ntx-nums a; ntx-nums -H b".  The
# source column comes from header lines only, never from the file name.

case: two files are two documents
setup: printf '%s\n' 'The council met again.' 'Rates rose 5%.' > a; printf '%s\n' 'Wages fell 3%.' > b
args: -l en a b
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 2\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n

case: the second file does not take the first file's metadata
setup: printf '\ftitle=A\tsource=a.html\nRates rose 5%%.\n' > a; printf '%s\n' 'Wages fell 3%.' > b
args: -l en a b
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tA\t\t\t\t\ta.html\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n

case: a file without a final newline does not run into the next one
setup: printf 'Rates rose 5%%.' > a; printf '%s\n' 'Wages fell 3%.' > b
args: -l en a b
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n

case: - is standard input among files
setup: printf '%s\n' 'Rates rose 5%.' > a
args: -l en a - a
in: Wages fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n

case: -H with two files gives the rows only
setup: printf '%s\n' 'The council met again.' 'Rates rose 5%.' > a; printf '%s\n' 'Wages fell 3%.' > b
args: -l en -H a b
out: 2\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n

case: -- ends the options: a file named -H
setup: printf '%s\n' 'Rates rose 5%.' > ./-H
args: -l en -- -H
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n

case: a missing file is reported and the other files are read
setup: printf '%s\n' 'The council met again.' 'Rates rose 5%.' > a; printf '%s\n' 'Wages fell 3%.' > b
args: -l en a nosuch.txt b
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 2\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tWages fell 3%.\t\t\t\t\t\t\t\n
exit: 1
err: nosuch.txt

# The table is written even when every input failed (the header line always
# first); the exit status tells the failure.
case: only a missing file: the header line, exit 1
args: -l en nosuch.txt
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
exit: 1
err: nosuch.txt

case: a directory among files is an error and the other files are read
setup: mkdir sub; printf '%s\n' 'Rates rose 5%.' > a
args: -l en sub a
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n
exit: 1
err: sub

# ======================================================================
# -l/--lang vi|en|auto: which separators a number uses
# ======================================================================

# "1.234" is 1234 in Vietnamese (a dot and three digits group thousands)
# and 1.234 in English; "1,5" is 1.5 in Vietnamese.  The lang column is the
# header's value only: -l and the guess do not fill it.

case: -l en: 1.234 is a decimal
args: -l en
in: The index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1.234\t\t\tThe index closed at 1.234.\t\t\t\t\t\t\t\n

case: -l vi: 1.234 is one thousand two hundred and thirty-four
args: -l vi
in: The index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1234\t\t\tThe index closed at 1.234.\t\t\t\t\t\t\t\n

case: --lang=vi is -l vi
args: --lang=vi
in: The index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1234\t\t\tThe index closed at 1.234.\t\t\t\t\t\t\t\n

case: -l vi: 1,5 is a decimal
args: -l vi
in: The index closed at 1,5.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,5\tnumber\t1.5\t\t\tThe index closed at 1,5.\t\t\t\t\t\t\t\n

# English has no decimal comma and no thousands group of one digit.  What
# it reads instead (two numbers, or none) is left open; it is never 1.5 or 15.
case: -l en: 1,5 is neither 1.5 nor 15
args: -l en
in: The index closed at 1,5.\n
check: head -n 1 "$OUT" | grep -q '^sentence_no' && ! cut -f4 "$OUT" | grep -qx -e 1.5 -e 15

case: auto is the default: English text reads 1.234 as a decimal
in: The index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1.234\t\t\tThe index closed at 1.234.\t\t\t\t\t\t\t\n

case: --lang=auto: Vietnamese letters make 1.234 a grouped number
args: --lang=auto
in: Chỉ số đạt 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1234\t\t\tChỉ số đạt 1.234.\t\t\t\t\t\t\t\n

case: auto: Vietnamese letters make 1,5 a decimal
in: Chỉ số đạt 1,5.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,5\tnumber\t1.5\t\t\tChỉ số đạt 1,5.\t\t\t\t\t\t\t\n

case: auto: a lang=vi header beats the English text
in: \flang=vi\nThe index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1234\t\t\tThe index closed at 1.234.\t\t\t\t\tvi\t\t\n

case: auto: lang=vi-VN is Vietnamese
in: \flang=vi-VN\nThe index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1234\t\t\tThe index closed at 1.234.\t\t\t\t\tvi-VN\t\t\n

case: auto: a lang=en header beats the Vietnamese text
in: \flang=en\nChỉ số đạt 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1.234\t\t\tChỉ số đạt 1.234.\t\t\t\t\ten\t\t\n

case: auto: any other language uses the English separators
in: \flang=fr\nThe index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1.234\t\t\tThe index closed at 1.234.\t\t\t\t\tfr\t\t\n

case: auto: each document follows its own lang header
in: \flang=vi\nThe index closed at 1.234.\n\flang=en\nThe index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1234\t\t\tThe index closed at 1.234.\t\t\t\t\tvi\t\t\n
out: 1\t1.234\tnumber\t1.234\t\t\tThe index closed at 1.234.\t\t\t\t\ten\t\t\n

case: -l en is used even under a lang=vi header
args: -l en
in: \flang=vi\nThe index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1.234\t\t\tThe index closed at 1.234.\t\t\t\t\tvi\t\t\n

case: -l vi is used even under a lang=en header
args: -l vi
in: \flang=en\nThe index closed at 1.234.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.234\tnumber\t1234\t\t\tThe index closed at 1.234.\t\t\t\t\ten\t\t\n

# Usage errors write no table at all, like the other filters.
case: -l with an unknown language is a usage error
args: -l fr
in: Rates rose 5%.\n
out:
exit: 2
err: usage: ntx-nums

case: --lang= with an empty value is a usage error
args: --lang=
in: Rates rose 5%.\n
out:
exit: 2
err: usage: ntx-nums

case: -l without its argument is a usage error
args: -l
in: Rates rose 5%.\n
out:
exit: 2
err: usage: ntx-nums

# ======================================================================
# Usage, --help, --version
# ======================================================================

case: an unknown short option
args: -x
in: Rates rose 5%.\n
out:
exit: 2
err: usage: ntx-nums

case: an unknown long option
args: --frobnicate
in: Rates rose 5%.\n
out:
exit: 2
err: usage: ntx-nums

case: --help prints the usage, which mentions --lang, on standard output
args: --help
check: grep -q 'ntx-nums' "$OUT" && grep -q -e '--lang' "$OUT" && grep -q -e '--no-header' "$OUT"

# -h is the house style for every filter (STYLE.md).
case: -h is --help
args: -h
check: grep -q 'ntx-nums' "$OUT" && grep -q -e '--lang' "$OUT"

case: --version names ntx-nums
args: --version
check: grep -q '^ntx-nums ' "$OUT"

case: a write error on --help
args: --help
stdout: /dev/full
exit: 1
err: write error

# ======================================================================
# Bad input: repaired and counted, never a crash
# ======================================================================

case: an invalid byte becomes U+FFFD with a warning
args: -l en
in: Caf\xff sales rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tCaf\xef\xbf\xbd sales rose 5%.\t\t\t\t\t\t\t\n
err: invalid UTF-8

case: an invalid byte in a header value becomes U+FFFD
args: -l en
in: \ftitle=Caf\xff\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tCaf\xef\xbf\xbd\t\t\t\t\t\n
err: invalid UTF-8

# The number after the NUL is found and the sentence is not cut there.
# Whether the NUL is kept in the sentence field (as ntx-split keeps it) or
# made a space is left open; the check accepts both.
case: NUL bytes do not cut the line
args: -l en
in: One\x00two rose 5%.\n
check: tr '\000' ' ' < "$OUT" > a && printf 'sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n1\t5%%\tpercent\t5\t%%\t\tOne two rose 5%%.\t\t\t\t\t\t\t\n' > b && cmp a b

case: CRLF line ends: no CR in any field
args: -l en
in: \ftitle=A\tsource=a.txt\r\nThe council met again.\r\n\r\nRates rose 5%.\r\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 2\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tA\t\t\t\t\ta.txt\n

case: a byte order mark at the start is dropped
args: -l en
in: \xef\xbb\xbfRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\t\t\t\t\t\t\n

case: a header line after a byte order mark is still a header line
args: -l en
in: \xef\xbb\xbf\ftitle=A\nRates rose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5%.\t\tA\t\t\t\t\t\n

# ======================================================================
# TSV safety: fields never hold a TAB or a newline
# ======================================================================

# The spec says so of every field; the sentence field is "the whole
# sentence line, as it is".  Chosen: each TAB in the sentence becomes one
# space (not removed, not squeezed), so the field keeps the line's length
# and everything else in it is as it is.

case: a TAB in the sentence becomes a space
args: -l en
in: Rates rose\t5% on Friday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates rose 5% on Friday.\t\t\t\t\t\t\t\n
out: 1\tFriday\tdate\tXXXX-WXX-5\t\t\tRates rose 5% on Friday.\t\t\t\t\t\t\t\n

case: two TABs become two spaces
args: -l en
in: Rates\t\trose 5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tRates  rose 5%.\t\t\t\t\t\t\t\n

case: the sentence field is the whole line on every row
args: -l en
in: After a long meeting, rates rose 5% and wages fell 3% while prices rose 2%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tAfter a long meeting, rates rose 5% and wages fell 3% while prices rose 2%.\t\t\t\t\t\t\t\n
out: 1\t3%\tpercent\t3\t%\t\tAfter a long meeting, rates rose 5% and wages fell 3% while prices rose 2%.\t\t\t\t\t\t\t\n
out: 1\t2%\tpercent\t2\t%\t\tAfter a long meeting, rates rose 5% and wages fell 3% while prices rose 2%.\t\t\t\t\t\t\t\n

case: spaces at the start and end of a sentence are kept
args: -l en
in: \x20 Rates rose 5%. \x20\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\t  Rates rose 5%.  \t\t\t\t\t\t\t\n

# ======================================================================
# Large input: streams, and one long line is no problem
# ======================================================================

case: 100000 sentences, numbered to the last
args: -l en
in-cmd: yes 'Rates rose 5%.' | head -n 100000
check: [ "$(wc -l < "$OUT")" = 100001 ] && [ "$(tail -n 1 "$OUT" | cut -f1)" = 100000 ] && [ "$(tail -n +2 "$OUT" | cut -f2-7 | sort -u)" = "$(printf '5%%\tpercent\t5\t%%\t\tRates rose 5%%.')" ]

# 200000 words of 5 bytes and "rose 5%.": a 1000008-byte sentence.  Past
# 4096 bytes a row carries the 2048 bytes either side of its expression,
# from the next word on: "5%" starts at byte 1000005, 2048 bytes before is
# inside a word whose space is at 997959, so the cell is "…" and bytes
# 997960 to the end, 3 + 2048 bytes.
case: a sentence of 1 MB with one number at its end
args: -l en
in-cmd: yes word | head -n 200000 | tr '\n' ' '; printf 'rose 5%%.\n'
check: [ "$(wc -l < "$OUT")" = 2 ] && [ "$(tail -n 1 "$OUT" | cut -f1-6)" = "$(printf '1\t5%%\tpercent\t5\t%%\t')" ] && [ "$(tail -n 1 "$OUT" | cut -f7 | wc -c)" = 2052 ] && tail -n 1 "$OUT" | cut -f7 | grep -q '^…word word .* rose 5%\.$'
err: ntx-nums: (standard input): 1 sentence longer than 4096 bytes, shown in part in the sentence column

# The part of a long sentence in the middle: ellipses at both ends, cut
# at whole words.
case: a long sentence shown in part around its expression
args: -l vi
in-cmd: yes 'hệ' | head -n 2000 | tr '\n' ' '; printf 'tăng 5%% '; yes 'hệ' | head -n 2000 | tr '\n' ' '; echo
check: c=$(tail -n 1 "$OUT" | cut -f7); case $c in '…hệ '*' hệ tăng 5% hệ '*' hệ…') ;; *) exit 1 ;; esac && [ ${#c} -le 4100 ] && printf %s "$c" | iconv -f UTF-8 -t UTF-8 > /dev/null
err: 1 sentence longer than 4096 bytes

# A sentence at the limit is whole: 14 + 4082 = 4096 bytes; one more
# byte, and the row has the 2048 bytes after "5%" (which has no space to
# stop at) and an ellipsis.
case: a sentence of 4096 bytes is whole
args: -l en
in-cmd: printf 'Rates rose 5%% '; head -c 4082 /dev/zero | tr '\0' a; echo
check: [ "$(tail -n 1 "$OUT" | cut -f7 | wc -c)" = 4097 ]

case: a sentence of 4097 bytes is shown in part
args: -l en
in-cmd: printf 'Rates rose 5%% '; head -c 4083 /dev/zero | tr '\0' a; echo
check: c=$(tail -n 1 "$OUT" | cut -f7); [ "$(printf %s "$c" | wc -c)" = $((13 + 2048 + 3)) ] && case $c in 'Rates rose 5% aaa'*'a…') ;; *) exit 1 ;; esac
err: 1 sentence longer than 4096 bytes

# 9000 bytes: each of the 1000 rows carries a part of at most 4 KB.
case: one sentence of 1000 percents
args: -l en
in-cmd: yes 'rose 5%,' | head -n 1000 | tr '\n' ' '; echo
check: [ "$(wc -l < "$OUT")" = 1001 ] && [ "$(tail -n +2 "$OUT" | cut -f1-6 | sort | uniq -c | sed 's/^ *//')" = "$(printf '1000 1\t5%%\tpercent\t5\t%%\t')" ] && [ "$(wc -c < "$OUT")" -lt 5000000 ]
err: 1 sentence longer than 4096 bytes

# ======================================================================
# Failed output
# ======================================================================

case: a write error on a tiny output
args: -l en
in: Rates rose 5%.\n
stdout: /dev/full
exit: 1
err: write error

case: a write error on an empty input: the header line fails
args: -l en
in:
stdout: /dev/full
exit: 1
err: write error

case: a write error on an output larger than the buffer
args: -l en
in-cmd: yes 'Rates rose 5%.' | head -n 20000
stdout: /dev/full
exit: 1
err: write error

# ======================================================================
# -i / --inline: the sentences for reading, each expression marked
# [text]{kind value unit, qualifier}; header lines and blank lines kept;
# colour only on a terminal (never here: stdout is a file).
# ======================================================================

case: --inline marks each expression in its sentence
args: -l vi --inline
in: Chiều 30/11/2022, tỉnh thu 465 tỷ đồng, vượt 29%.\n
out: Chiều [30/11/2022]{date 2022-11-30}, tỉnh thu [465 tỷ đồng]{money 465000000000 VND}, vượt [29%]{percent 29 %}.\n

case: -i keeps header lines, blank lines and sentences without numbers
args: -l en -i
in: \ftitle=T\nNo numbers here.\n\nIt rose more than 5%.\n
out: \ftitle=T\nNo numbers here.\n\nIt rose more than [5%]{percent 5 %, more than}.\n

case: -i writes no table header
args: -i -l en
in: Nothing.\n
out: Nothing.\n

# Found by fuzz-nums: a unit longer than its field was cut in the middle
# of a character.  The cut now falls between characters.
case: a very long per-unit denominator is cut between characters
args: -l vi
in-cmd: printf 'Tỷ giá 23.650 VND/'; printf 'Đ%.0s' $(seq 1 60); printf ' hôm nay.\n'
check: iconv -f UTF-8 -t UTF-8 "$OUT" >/dev/null && [ "$(tail -n +2 "$OUT" | cut -f2-4)" = "$(printf '23.650 VND/%s\tmoney\t23650' "$(printf 'Đ%.0s' $(seq 1 60))")" ]

# Numbers too long for an exact value (more than 36 digits) give no row;
# the rest of the sentence is still read.
case: a number of ten thousand digits gives no row
args: -l vi
in-cmd: printf 'Số '; head -c 10000 /dev/zero | tr '\0' 7; printf ' người và 5%%.\n'
check: [ "$(tail -n +2 "$OUT" | cut -f2-5)" = "$(printf '5%%\tpercent\t5\t%%')" ]
err: 1 sentence longer than 4096 bytes

case: three thousand groups of thousands give no row
args: -l vi
in-cmd: printf 'Số '; for i in $(seq 1 3000); do printf '123.'; done; printf '456 đồng.\n'
check: [ "$(wc -l < "$OUT")" = 1 ]
err: 1 sentence longer than 4096 bytes
