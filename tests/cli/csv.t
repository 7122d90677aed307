# ntx-csv: format in tests/cli/README.md.
#
# The expected bytes follow the man page, filters/csv/ntx-csv.1, and were
# worked out from it by hand.  In `in:` a single backslash escape is what
# printf %b makes of it (`\t` is a TAB, the TSV's separator), and a
# doubled backslash is one backslash in the TSV: `\\t` is the two bytes \
# and t, the TSV's own escape, which ntx-csv turns into a TAB in the cell.
# Most cases use a table of two columns, a and b, so that only the thing
# under test varies.
#
# tests/run runs every case twice on the same scratch directory (once per
# locale) after one setup, so the --append cases that change their file
# put it back as the setup left it once they have compared it.
# Generated inputs (in-cmd, setup) use bash, coreutils and printf; the
# round-trip checks read the CSV back with python3's csv module, the
# strongest test that the quoting is right.

# ======================================================================
# The shape: comma between fields, a line feed after every row
# ======================================================================

# The first line of the TSV is the header line and is written like a row.

case: a header line and one row
in: a\tb\n1\t2\n
out: a,b\n1,2\n

case: one column
in: name\nx\ny\n
out: name\nx\ny\n

case: three columns and three rows
in: id\tkind\tvalue\n1\tdate\t2023\n2\tpercent\t12.2\n3\tmoney\t465000000000\n
out: id,kind,value\n1,date,2023\n2,percent,12.2\n3,money,465000000000\n

case: the last row without a line feed still ends with one
in: a\tb\n1\t2
out: a,b\n1,2\n

case: a header line only gives the header line
in: a\tb\n
out: a,b\n

case: a header line without a line feed gives the header line with one
in: a\tb
out: a,b\n

# "An empty input (no bytes at all) is a table without rows or columns;
# when every input is empty, nothing is written."
case: an empty input gives nothing
in:
out:

case: 500 columns
in-cmd: seq 1 500 | paste -sd '\t'; seq 501 1000 | paste -sd '\t'
out-cmd: seq 1 500 | paste -sd ,; seq 501 1000 | paste -sd ,

# Only --guard changes a cell's text.
case: without --guard a formula is copied as it is
in: f\n=1+2\n-x\n@A1\n+A1\n
out: f\n=1+2\n-x\n@A1\n+A1\n

# ======================================================================
# Minimal quoting: only the delimiter, ", CR and LF make a field quoted
# ======================================================================

# Quoting more than that would turn 007 into text in some readers and
# make every diff of two tables noisy; quoting less breaks the CSV.

case: a comma makes a field quoted
in: a\tb\nx,y\tz\n
out: a,b\n"x,y",z\n

case: a field of one comma
in: a\tb\n,\tz\n
out: a,b\n",",z\n

case: a double quote is doubled and the field quoted
in: a\tb\nsay "hi"\tz\n
out: a,b\n"say ""hi""",z\n

case: a field of one double quote
in: a\tb\n"\tz\n
out: a,b\n"""",z\n

case: a double quote at the start of a field
in: a\tb\n"a\tz\n
out: a,b\n"""a",z\n

# The TSV has no quoting of its own: its quotes are data.
case: a field in double quotes keeps them, doubled
in: a\tb\n"x"\tz\n
out: a,b\n"""x""",z\n

case: a double quote and a comma in one field
in: a\tb\n"a",b\tz\n
out: a,b\n"""a"",b",z\n

case: a line feed (from \n) makes a field quoted
in: a\tb\nline 1\\nline 2\tz\n
out: a,b\n"line 1\nline 2",z\n

case: a carriage return (from \r) makes a field quoted
in: a\tb\nx\\ry\tz\n
out: a,b\n"x\ry",z\n

case: \r\n in a field is kept as CR LF, quoted
in: a\tb\nx\\r\\ny\tz\n
out: a,b\n"x\r\ny",z\n

case: a field that needs no quotes is not quoted
in: a\tb\nHello world\tit's fine; really | yes = no\n
out: a,b\nHello world,it's fine; really | yes = no\n

case: spaces at the start and end of a field are kept, unquoted
in: a\tb\n\x20 lead\ttrail \x20\n
out: a,b\n  lead,trail  \n

case: a field of spaces only is kept, unquoted
in: a\tb\n\x20  \t1\n
out: a,b\n   ,1\n

case: leading zeros stay
in: zip\tcode\n007\t0012\n
out: zip,code\n007,0012\n

case: long digit strings stay as they are
in: n\tm\n12345678901234567890\t000000000000000000000123456789012345678901234567890\n
out: n,m\n12345678901234567890,000000000000000000000123456789012345678901234567890\n

case: numbers with a point or an exponent stay as they are
in: a\tb\tc\n0.50\t1e5\t-0\n
out: a,b,c\n0.50,1e5,-0\n

case: a number with a decimal comma is quoted, not changed
in: v\tw\n12,2\t1.234,5\n
out: v,w\n"12,2","1.234,5"\n

case: empty fields stay empty and unquoted
in: a\tb\tc\n\t\t\n
out: a,b,c\n,,\n

case: an empty field in the middle
in: a\tb\tc\nx\t\tz\n
out: a,b,c\nx,,z\n

case: an empty last field
in: a\tb\nx\t\n
out: a,b\nx,\n

case: an empty first field
in: a\tb\n\tx\n
out: a,b\n,x\n

# In a table of one column an empty line is a row of one empty field.
# RFC 4180 allows it as an empty line; some writers quote it ("") so that
# readers that skip blank lines keep it.  The man page's "quoted only when
# it must be" allows both; what must not happen is losing the row.
case: a row of one empty field is kept
in: c\n\nz\n
check: printf 'c\n\nz\n' | cmp -s - "$OUT" || printf 'c\n""\nz\n' | cmp - "$OUT"

case: control characters other than CR and LF are copied, unquoted
in: a\tb\nx\x01y\x1bz\tq\x7f\n
out: a,b\nx\x01y\x1bz,q\x7f\n

case: header names are quoted like other fields
in: x,y\tsay "z"\n1\t2\n
out: "x,y","say ""z"""\n1,2\n

case: a no-break space inside a number is copied
in: a\n1\xc2\xa0000\n
out: a\n1\xc2\xa0000\n

# ======================================================================
# The TSV's escapes: \t \n \r \\ become the characters; \ before anything
# else is kept
# ======================================================================

# The facts table escapes its fields this way; a wrong reading either
# leaves "\n" in a cell or eats the backslashes of a path or a regex.

case: \t becomes a TAB, which needs no quotes
in: a\tb\nx\\ty\tz\n
out: a,b\nx\ty,z\n

case: two \t in one field are two TABs, not separators
in: a\tb\nx\\ty\\tz\tw\n
out: a,b\nx\ty\tz,w\n

# x \ \ y -> x \ y
case: \\ becomes one backslash
in: a\tb\nx\\\\y\tz\n
out: a,b\nx\\y,z\n

# x \ \ t y -> x \ t y: an escaped backslash, then the letter t
case: \\ then t is a backslash and a t, not a TAB
in: a\tb\nx\\\\ty\tz\n
out: a,b\nx\\ty,z\n

case: \\ then n is a backslash and an n, not a line feed
in: a\tb\nx\\\\ny\tz\n
out: a,b\nx\\ny,z\n

case: four backslashes become two
in: a\tb\nx\\\\\\\\y\tz\n
out: a,b\nx\\\\y,z\n

# x \ \ \ t y -> x \ TAB y
case: three backslashes and t are a backslash and a TAB
in: a\tb\nx\\\\\\ty\tz\n
out: a,b\nx\\\ty,z\n

# \t \n \r \\ -> TAB LF CR \ : quoted for the LF and the CR
case: the four escapes in one field
in: a\tb\n\\t\\n\\r\\\\\tz\n
out: a,b\n"\t\n\r\\",z\n

# A regex and a Windows path: \d \s \U \a are no escapes.
case: a backslash before another letter is kept
in: a\tb\tc\n\\d+\\s\t\\N\tC:\\Users\\an\n
out: a,b,c\n\\d+\\s,\\N,C:\\Users\\an\n

# Only the four lowercase escapes are escapes: \T is no TAB, \N no line
# feed (nor PostgreSQL's NULL), \x41 no A.
case: capital T, N, R and x after a backslash are not escapes
in: a\tb\tc\td\n\\T\t\\N\t\\R\t\\x41\n
out: a,b,c,d\n\\T,\\N,\\R,\\x41\n

case: a backslash before a digit is kept
in: a\tb\n\\0\t\\1\n
out: a,b\n\\0,\\1\n

# \" -> \" in the cell, which holds a double quote: "\"""
case: a backslash before a double quote is kept and the field quoted
in: a\tb\n\\"\tz\n
out: a,b\n"\\""",z\n

case: a backslash before a comma is kept and the field quoted
in: a\tb\n\\,\tz\n
out: a,b\n"\\,",z\n

case: a backslash before a space is kept
in: a\tb\nx\\ y\tz\n
out: a,b\nx\\ y,z\n

case: a backslash before a Vietnamese letter is kept
in: a\tb\n\\đ\tz\n
out: a,b\n\\đ,z\n

# x \ TAB y: the TAB after the backslash still separates two fields.
case: a backslash at the end of a field does not escape the TAB after it
in: a\tb\nx\\\ty\n
out: a,b\nx\\,y\n

case: a backslash at the end of a line is kept
in: a\tb\nx\ty\\\n
out: a,b\nx,y\\\n

case: a backslash at the end of the input is kept
in: a\tb\nx\ty\\
out: a,b\nx,y\\\n

case: a field of one backslash
in: a\tb\n\\\t\\\n
out: a,b\n\\,\\\n

case: escapes in the header line are undone too
in: x\\ny\tz\n1\t2\n
out: "x\ny",z\n1,2\n

# ======================================================================
# UTF-8: copied byte for byte; invalid bytes become U+FFFD with a warning
# ======================================================================

case: Vietnamese text is copied byte for byte
in: đơn vị\tgiá trị\nLạng Sơn\t1,117 lượt xem\n
out: đơn vị,giá trị\nLạng Sơn,"1,117 lượt xem"\n

# Vie + U+0323 + U+0302 + t: ntx-csv is no normalizer.
case: NFD text is not normalized
in: a\nVie\xcc\xa3\xcc\x82t Nam\n
out: a\nVie\xcc\xa3\xcc\x82t Nam\n

case: the NFC and the NFD of one word stay two different fields
in: a\tb\nVi\xe1\xbb\x87t\tVie\xcc\xa3\xcc\x82t\n
out: a,b\nVi\xe1\xbb\x87t,Vie\xcc\xa3\xcc\x82t\n

case: characters of three and four bytes are copied
in: a\n\xf0\x9f\x93\x88 \xe4\xb8\xad\xe6\x96\x87 \xe2\x82\xab\n
out: a\n\xf0\x9f\x93\x88 \xe4\xb8\xad\xe6\x96\x87 \xe2\x82\xab\n

# Repaired input is read and written: exit 0 (EXIT STATUS lists no
# invalid UTF-8 among the failures).
case: an invalid byte becomes U+FFFD with a warning
in: a\tb\nCaf\xff\tz\n
out: a,b\nCaf\xef\xbf\xbd,z\n
err: invalid UTF-8

case: an invalid byte in the header line becomes U+FFFD
in: a\xfe\tb\n1\t2\n
out: a\xef\xbf\xbd,b\n1,2\n
err: invalid UTF-8

case: an invalid byte in a field that needs quotes
in: a\tb\n\xff,x\tz\n
out: a,b\n"\xef\xbf\xbd,x",z\n
err: invalid UTF-8

case: the rows after an invalid byte are written
in: a\n\xff\nok\n
out: a\n\xef\xbf\xbd\nok\n
err: invalid UTF-8

# The library's rule (filters/lib/ntx.h, as in Unicode and WHATWG): each
# maximal invalid subpart is one U+FFFD.  E1 BB is the start of a
# three-byte sequence cut short by the TAB, which is no part of it.
case: a sequence cut short by a TAB is one U+FFFD and the TAB still separates
in: a\tb\n\xe1\xbb\tz\n
out: a,b\n\xef\xbf\xbd,z\n
err: invalid UTF-8

case: a sequence cut short by the line end
in: a\nx\xc3\n
out: a\nx\xef\xbf\xbd\n
err: invalid UTF-8

# C0 is never a lead byte: C0 and AF are two U+FFFD.
case: an overlong encoding gives a U+FFFD for each byte
in: a\n\xc0\xaf\n
out: a\n\xef\xbf\xbd\xef\xbf\xbd\n
err: invalid UTF-8

case: an encoded surrogate gives three U+FFFD
in: a\n\xed\xa0\x80\n
out: a\n\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\n
err: invalid UTF-8

case: a backslash before an invalid byte is kept
in: a\n\\\xff\n
out: a\n\\\xef\xbf\xbd\n
err: invalid UTF-8

case: a byte order mark at the start is dropped
in: \xef\xbb\xbfa\tb\n1\t2\n
out: a,b\n1,2\n

case: after a byte order mark the first column is found by -f
args: -f a
in: \xef\xbb\xbfa\tb\n1\t2\n
out: a\n1\n

case: a byte order mark on a header-only input is dropped
in: \xef\xbb\xbfa\n
out: a\n

# Only "at the start of an input": anywhere else U+FEFF is text.
case: a byte order mark inside a row is kept
in: a\tb\n\xef\xbb\xbfx\t1\n
out: a,b\n\xef\xbb\xbfx,1\n

# ======================================================================
# Line ends of the input
# ======================================================================

# A field never holds a line end, so the CR of a CRLF input is no data:
# kept, it would make the last field of every row a quoted "2\r".

case: CRLF line ends: no CR in any field
in: a\tb\r\n1\t2\r\n
out: a,b\n1,2\n

case: CRLF after an empty last field: the field stays empty and unquoted
in: a\tb\r\nx\t\r\n
out: a,b\nx,\n

case: CRLF without a line end after the last row
in: a\tb\r\n1\t2
out: a,b\n1,2\n

case: CRLF input with --crlf
args: --crlf
in: a\tb\r\n1\t2\r\n
out: a,b\r\n1,2\r\n

# ======================================================================
# Several inputs: one header line, the same columns in every input
# ======================================================================

# The tables of several runs make one CSV; a table with other columns
# must not be glued under the first one's header line.

case: two files with the same header line: the header line once
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\n3\t4\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n3,4\n

case: three files
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\n3\t4\n' > b.tsv; printf 'a\tb\n5\t6\n' > c.tsv
args: a.tsv b.tsv c.tsv
out: a,b\n1,2\n3,4\n5,6\n

case: - is standard input among files
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\n3\t4\n' > b.tsv
args: a.tsv - b.tsv
in: a\tb\nx\ty\n
out: a,b\n1,2\nx,y\n3,4\n

case: - alone is standard input
args: -
in: a\tb\n1\t2\n
out: a,b\n1,2\n

case: a file named twice gives its rows twice
setup: printf 'a\tb\n1\t2\n' > a.tsv
args: a.tsv a.tsv
out: a,b\n1,2\n1,2\n

case: a later file with other column names is an error naming it
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'x\ty\n3\t4\n' > b.tsv; printf 'a\tb\n5\t6\n' > c.tsv
args: a.tsv b.tsv c.tsv
out: a,b\n1,2\n5,6\n
exit: 1
err: b.tsv

case: the same names in another order are an error
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'b\ta\n4\t3\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n
exit: 1
err: b.tsv

case: a later file with one column more is an error
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\tc\n3\t4\t5\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n
exit: 1
err: b.tsv

case: a later file with one column fewer is an error
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\n3\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n
exit: 1
err: b.tsv

case: names that differ only in case are other names
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'A\tb\n3\t4\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n
exit: 1
err: b.tsv

case: a name with a space after it is another name
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a \tb\n3\t4\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n
exit: 1
err: b.tsv

case: standard input with other columns is an error
setup: printf 'a\tb\n1\t2\n' > a.tsv
args: a.tsv -
in: x\ty\n3\t4\n
out: a,b\n1,2\n
exit: 1
err: ntx-csv:

case: -H does not skip the check of a later header line
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'x\ty\n3\t4\n' > b.tsv
args: -H a.tsv b.tsv
out: 1,2\n
exit: 1
err: b.tsv

case: a later file with a byte order mark has the same header line
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf '\357\273\277a\tb\n3\t4\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n3,4\n

case: a later file with CRLF line ends has the same header line
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\r\n3\t4\r\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n3,4\n

case: a later file with its header line only adds nothing
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n

case: a file without a final line feed does not run into the next
setup: printf 'a\tb\n1\t2' > a.tsv; printf 'a\tb\n3\t4\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n3,4\n

# An empty input is "a table without rows or columns": it adds nothing
# and has no columns to differ from the others'.
case: an empty first file changes nothing
setup: : > e.tsv; printf 'a\tb\n1\t2\n' > a.tsv
args: e.tsv a.tsv
out: a,b\n1,2\n

case: an empty last file changes nothing
setup: : > e.tsv; printf 'a\tb\n1\t2\n' > a.tsv
args: a.tsv e.tsv
out: a,b\n1,2\n

case: only empty inputs: nothing is written
setup: : > e.tsv; : > f.tsv
args: e.tsv - f.tsv
in:
out:

case: -H with two files gives their rows only
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\n3\t4\n' > b.tsv
args: -H a.tsv b.tsv
out: 1,2\n3,4\n

case: a missing file is reported and the other files are written
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\n3\t4\n' > b.tsv
args: a.tsv nosuch.tsv b.tsv
out: a,b\n1,2\n3,4\n
exit: 1
err: ntx-csv: cannot open 'nosuch.tsv'

case: a missing first file: the next file's header line is written
setup: printf 'a\tb\n1\t2\n' > a.tsv
args: nosuch.tsv a.tsv
out: a,b\n1,2\n
exit: 1
err: nosuch.tsv

case: only a missing file: nothing is written, exit 1
args: nosuch.tsv
out:
exit: 1
err: nosuch.tsv

case: a directory is an error and the other files are written
setup: mkdir somedir; printf 'a\tb\n1\t2\n' > a.tsv
args: somedir a.tsv
out: a,b\n1,2\n
exit: 1
err: somedir

case: -- ends the options: a file named -H
setup: printf 'a\tb\n1\t2\n' > ./-H
args: -- -H
out: a,b\n1,2\n

# ======================================================================
# Rows of the wrong length: an error naming file and line, the row left
# out, the others written
# ======================================================================

# Lines are counted from 1, the header line being line 1.

case: a row with too few fields is an error naming the file and line
setup: printf 'a\tb\n1\t2\n3\n5\t6\n' > a.tsv
args: a.tsv
out: a,b\n1,2\n5,6\n
exit: 1
err: a.tsv:3:

case: a row with too many fields is an error naming the file and line
setup: printf 'a\tb\n1\t2\n3\t4\t5\n6\t7\n' > a.tsv
args: a.tsv
out: a,b\n1,2\n6,7\n
exit: 1
err: a.tsv:3:

case: a row with an empty field too many is an error
setup: printf 'a\tb\n1\t2\n3\t4\t\n6\t7\n' > a.tsv
args: a.tsv
out: a,b\n1,2\n6,7\n
exit: 1
err: a.tsv:3:

case: a ragged row on standard input names its line
in: a\tb\n1\t2\n3\n5\t6\n
out: a,b\n1,2\n5,6\n
exit: 1
err: :3:

case: an empty line among the rows of two columns is a row of one field
in: a\tb\n1\t2\n\n5\t6\n
out: a,b\n1,2\n5,6\n
exit: 1
err: :3:

case: every ragged row is reported and left out
setup: printf 'a\tb\n1\n2\t3\n4\t5\t6\n7\t8\n' > a.tsv
args: a.tsv
out: a,b\n2,3\n7,8\n
exit: 1
err: a.tsv:4:

case: a ragged row in a later file is numbered in that file
setup: printf 'a\tb\n1\t2\n3\t4\n5\t6\n' > a.tsv; printf 'a\tb\n9\n7\t8\n' > b.tsv
args: a.tsv b.tsv
out: a,b\n1,2\n3,4\n5,6\n7,8\n
exit: 1
err: b.tsv:2:

case: line numbers count CRLF lines, after a byte order mark
in: \xef\xbb\xbfa\tb\r\n1\t2\r\n3\r\n4\t5\r\n
out: a,b\n1,2\n4,5\n
exit: 1
err: :3:

case: an escaped TAB separates nothing: x\ty alone is a row of one field
in: a\tb\nx\\ty\n1\t2\n
out: a,b\n1,2\n
exit: 1
err: :2:

# -f does not make a short row fit: it is still not a row of the table.
case: a ragged row is an error with -f too
args: -f a
in: a\tb\tc\n1\t2\n3\t4\t5\n
out: a\n3\n
exit: 1
err: :2:

# ======================================================================
# -f: which columns, in which order
# ======================================================================

case: -f chooses one column
args: -f b
in: a\tb\tc\n1\t2\t3\n
out: b\n2\n

case: -f chooses the last column
args: -f c
in: a\tb\tc\n1\t2\t3\n
out: c\n3\n

case: -f puts the columns in its order
args: -f c,a
in: a\tb\tc\n1\t2\t3\n
out: c,a\n3,1\n

case: -f reverses all the columns
args: -f c,b,a
in: a\tb\tc\n1\t2\t3\n4\t5\t6\n
out: c,b,a\n3,2,1\n6,5,4\n

case: -f may name a column twice
args: -f a,b,a
in: a\tb\tc\n1\t2\t3\n
out: a,b,a\n1,2,1\n

case: --fields= is -f
args: --fields=c,a
in: a\tb\tc\n1\t2\t3\n
out: c,a\n3,1\n

case: --fields with its value as the next word
args: --fields c,a
in: a\tb\tc\n1\t2\t3\n
out: c,a\n3,1\n

# A missing column fails every input (they all have the first one's
# columns), so no row and no header line can be written.
case: -f with a name not in the header line is an error naming it
args: -f a,zz
in: a\tb\n1\t2\n
out:
exit: 1
err: zz

case: -f with the start of a name is an error
args: -f val
in: value\tunit\n1\t%\n
out:
exit: 1
err: val

case: -f names are matched with their case
args: -f A
in: a\tb\n1\t2\n
out:
exit: 1
err: ntx-csv:

case: -f keeps the quoting of the chosen fields
args: -f b
in: a\tb\n1\tx,y\n
out: b\n"x,y"\n

case: -f on a header-only input
args: -f b,a
in: a\tb\n
out: b,a\n

case: -f with a Vietnamese name
args: -f 'giá trị'
in: đơn vị\tgiá trị\nhộ\t12\n
out: giá trị\n12\n

case: -f with a name holding a space
args: -f 'my col'
in: id\tmy col\n1\tx\n
out: my col\nx\n

case: -f chooses the same columns in every file
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\n3\t4\n' > b.tsv
args: -f b a.tsv b.tsv
out: b\n2\n4\n

# "each later input must have the same columns": all of them, not only
# the chosen ones.
case: -f does not loosen the check of a later header line
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tc\n3\t4\n' > b.tsv
args: -f a a.tsv b.tsv
out: a\n1\n
exit: 1
err: b.tsv

case: -f with -H
args: -H -f b
in: a\tb\n1\t2\n
out: 2\n

case: -f without its argument is a usage error
args: -f
in: a\tb\n1\t2\n
out:
exit: 2
err: usage: ntx-csv

# ======================================================================
# -d: another delimiter, and then quoting follows it
# ======================================================================

case: -d ';' separates fields with semicolons
args: -d ';'
in: a\tb\n1\t2\n
out: a;b\n1;2\n

# The point of -d ';': decimal commas stay unquoted.
case: -d ';': a comma needs no quotes
args: -d ';'
in: a\tb\n0,2\t1.234,5\n
out: a;b\n0,2;1.234,5\n

case: -d ';': a semicolon needs quotes
args: -d ';'
in: a\tb\nx;y\tz\n
out: a;b\n"x;y";z\n

case: -d ';': double quotes and line feeds still need quotes
args: -d ';'
in: a\tb\nsay "x"\tp\\nq\n
out: a;b\n"say ""x""";"p\nq"\n

case: --delimiter= is -d
args: --delimiter=';'
in: a\tb\n1,5\t2\n
out: a;b\n1,5;2\n

case: -d tab separates fields with TABs
args: -d tab
in: a\tb\n1,5\t2\n
out: a\tb\n1,5\t2\n

case: -d with a TAB character is -d tab
args: -d $'\t'
in: a\tb\n1,5\t2\n
out: a\tb\n1,5\t2\n

case: -d tab: a field holding a TAB (from \t) is quoted
args: -d tab
in: a\tb\nx\\ty\tz\n
out: a\tb\n"x\ty"\tz\n

case: -d '|'
args: -d '|'
in: a\tb\nx|y\t1,2\n
out: a|b\n"x|y"|1,2\n

# Only the word tab means a TAB: t is a letter like any other.
case: -d t separates with the letter t
args: -d t
in: x\ty\nt\tu\n
out: xty\n"t"tu\n

case: -d ' ': fields with spaces are quoted
args: -d ' '
in: a\tb\nx y\t1,2\n
out: a b\n"x y" 1,2\n

# Usage errors write nothing, whatever the input.
case: -d with a double quote is a usage error
args: -d '"'
in: a\tb\n1\t2\n
out:
exit: 2
err: ntx-csv

case: -d with an empty value is a usage error
args: -d ''
in: a\tb\n1\t2\n
out:
exit: 2
err: ntx-csv

case: -d with two characters is a usage error
args: -d ab
in: a\tb\n1\t2\n
out:
exit: 2
err: ntx-csv

case: -d with a line feed is a usage error
args: -d $'\n'
in: a\tb\n1\t2\n
out:
exit: 2
err: ntx-csv

case: -d with a carriage return is a usage error
args: -d $'\r'
in: a\tb\n1\t2\n
out:
exit: 2
err: ntx-csv

case: -d with a character outside ASCII is a usage error
args: -d 'é'
in: a\tb\n1\t2\n
out:
exit: 2
err: ntx-csv

case: -d tabs is not tab
args: -d tabs
in: a\tb\n1\t2\n
out:
exit: 2
err: ntx-csv

case: --delimiter= with an empty value is a usage error
args: --delimiter=
in: a\tb\n1\t2\n
out:
exit: 2
err: ntx-csv

case: -d without its argument is a usage error
args: -d
in: a\tb\n1\t2\n
out:
exit: 2
err: usage: ntx-csv

# ======================================================================
# -H: no header line, so chunks concatenate
# ======================================================================

case: -H leaves out the header line
args: -H
in: a\tb\n1\t2\n3\t4\n
out: 1,2\n3,4\n

case: --no-header is -H
args: --no-header
in: a\tb\n1\t2\n
out: 1,2\n

case: -H with a header-only input gives nothing
args: -H
in: a\tb\n
out:

# ======================================================================
# --crlf: CR LF after every row, and only there
# ======================================================================

case: --crlf ends every row with CR LF
args: --crlf
in: a\tb\n1\t2\n3\t4\n
out: a,b\r\n1,2\r\n3,4\r\n

# A line feed inside a cell is data: turning it into CR LF changes the
# cell.
case: --crlf: a line feed inside a cell stays a line feed
args: --crlf
in: a\tb\nx\\ny\tz\n
out: a,b\r\n"x\ny",z\r\n

case: --crlf with -H
args: --crlf -H
in: a\tb\n1\t2\n
out: 1,2\r\n

case: --crlf with an empty input writes nothing
args: --crlf
in:
out:

# ======================================================================
# --bom: one byte order mark at the start of the output
# ======================================================================

case: --bom starts the output with a byte order mark
args: --bom
in: a\tb\n1\t2\n
out: \xef\xbb\xbfa,b\n1,2\n

case: --bom with several inputs: one byte order mark
setup: printf 'a\tb\n1\t2\n' > a.tsv; printf 'a\tb\n3\t4\n' > b.tsv
args: --bom a.tsv b.tsv
out: \xef\xbb\xbfa,b\n1,2\n3,4\n

case: --bom on inputs with a byte order mark: one byte order mark
setup: printf '\357\273\277a\tb\n1\t2\n' > a.tsv; printf '\357\273\277a\tb\n3\t4\n' > b.tsv
args: --bom a.tsv b.tsv
out: \xef\xbb\xbfa,b\n1,2\n3,4\n

# The mark goes with the header line: -H output continues a file, and a
# mark in the middle of one would be a character of its first cell.
case: --bom with -H: no byte order mark
args: --bom -H
in: a\tb\n1\t2\n
out: 1,2\n

case: --excel with -H: CRLF and the guard, no byte order mark
args: --excel -H
in: a\tb\n=1\t2\n
out: '=1,2\r\n

# "when every input is empty, nothing is written": not a lone BOM.
case: --bom with an empty input writes nothing
args: --bom
in:
out:

# ======================================================================
# --guard: a ' before a cell a spreadsheet would evaluate
# ======================================================================

# Each trigger of the man page, where it may stand (after spaces and
# no-break spaces, on any line of the cell), and the plain numbers that
# must keep their sign: a guard on -0,2 would turn data into text.

case: --guard: =
args: --guard
in: f\n=1+2\n
out: f\n'=1+2\n

case: --guard: + before something other than a number
args: --guard
in: f\n+A1\n
out: f\n'+A1\n

case: --guard: - before something other than a number
args: --guard
in: f\n-x\n
out: f\n'-x\n

case: --guard: @
args: --guard
in: f\n@SUM(A1:A2)\n
out: f\n'@SUM(A1:A2)\n

case: --guard: a TAB at the start (from \t)
args: --guard
in: f\n\\tx\n
out: f\n'\tx\n

case: --guard: a carriage return at the start, guarded and quoted
args: --guard
in: f\n\\rx\n
out: f\n"'\rx"\n

case: --guard: a line feed at the start, guarded and quoted
args: --guard
in: f\n\\nx\n
out: f\n"'\nx"\n

case: --guard: = after spaces
args: --guard
in: f\n\x20 =1\n
out: f\n'  =1\n

case: --guard: = after a no-break space
args: --guard
in: f\n\xc2\xa0=1\n
out: f\n'\xc2\xa0=1\n

case: --guard: @ after spaces and no-break spaces mixed
args: --guard
in: f\n\x20\xc2\xa0 \xc2\xa0@x\n
out: f\n' \xc2\xa0 \xc2\xa0@x\n

case: --guard: - after spaces
args: --guard
in: f\n\x20  -x\n
out: f\n'   -x\n

case: --guard: = on the second line of a cell
args: --guard
in: f\nok\\n=1\n
out: f\n"'ok\n=1"\n

case: --guard: @ after spaces on the second line of a cell
args: --guard
in: f\nok\\n  @x\n
out: f\n"'ok\n  @x"\n

case: --guard: - on the third line of a cell
args: --guard
in: f\na\\nb\\n-c\n
out: f\n"'a\nb\n-c"\n

case: --guard: + after a no-break space on the second line
args: --guard
in: f\nok\\n\xc2\xa0+x\n
out: f\n"'ok\n\xc2\xa0+x"\n

# The exception is for a cell that is a plain number; 1 LF -2 is not one.
case: --guard: a cell of two lines, the second a negative number
args: --guard
in: f\n1\\n-2\n
out: f\n"'1\n-2"\n

case: --guard: a trigger character inside a cell is left alone
args: --guard
in: f\na=b\n1+2\nx-y\nname@example.com\nx\\ty\n
out: f\na=b\n1+2\nx-y\nname@example.com\nx\ty\n

case: --guard: the plain numbers of the man page are left alone
args: --guard
in: f\n-0,2\n+41\n-1.234,5\n-5..-3\n
out: f\n"-0,2"\n+41\n"-1.234,5"\n-5..-3\n

case: --guard: other plain numbers are left alone
args: --guard
in: f\n-5\n-1.5\n+0.5\n-12345678901234567890\n-007\n
out: f\n-5\n-1.5\n+0.5\n-12345678901234567890\n-007\n

case: --guard: - alone
args: --guard
in: f\n-\n
out: f\n'-\n

case: --guard: + alone
args: --guard
in: f\n+\n
out: f\n'+\n

case: --guard: @ alone
args: --guard
in: f\n@\n
out: f\n'@\n

case: --guard: + and a space before a number
args: --guard
in: f\n+ 1\n
out: f\n'+ 1\n

case: --guard: a sum of numbers is no plain number
args: --guard
in: f\n-2+3\n
out: f\n'-2+3\n

case: --guard: two minus signs are no plain number
args: --guard
in: f\n--5\n
out: f\n'--5\n

case: --guard: = before a number
args: --guard
in: f\n=5\n
out: f\n'=5\n

case: --guard: a guarded cell with a comma is quoted, the ' inside
args: --guard
in: f\n=SUM(A1,B1)\n
out: f\n"'=SUM(A1,B1)"\n

case: --guard: a guarded cell with double quotes
args: --guard
in: f\n=HYPERLINK("http://x")\n
out: f\n"'=HYPERLINK(""http://x"")"\n

case: --guard: header cells are guarded too
args: --guard
in: =x\tb\n1\t2\n
out: '=x,b\n1,2\n

case: --guard: empty cells and cells of spaces are left alone
args: --guard
in: a\tb\n\t\x20\x20\n
out: a,b\n,  \n

case: --guard: a cell starting with a digit or a letter is left alone
args: --guard
in: f\n1=2\nA-1\n
out: f\n1=2\nA-1\n

case: --guard: a cell already starting with ' is left alone
args: --guard
in: f\n'=1\n
out: f\n'=1\n

case: --guard: a Vietnamese list dash
args: --guard
in: f\n- Hà Nội\n
out: f\n'- Hà Nội\n

case: --guard with -d ';': -0,2 needs no quotes and no guard
args: --guard -d ';'
in: f\tg\n-0,2\t=1;2\n
out: f;g\n-0,2;"'=1;2"\n

# ======================================================================
# --excel: --bom, --crlf and --guard
# ======================================================================

case: --excel is --bom, --crlf and --guard together
args: --excel
in: f\tg\n=1\t-0,2\n
out: \xef\xbb\xbff,g\r\n'=1,"-0,2"\r\n

case: --excel with -d ';'
args: --excel -d ';'
in: f\tg\n@x\t1,5\n
out: \xef\xbb\xbff;g\r\n'@x;1,5\r\n

case: --excel: LF inside a guarded cell, CR LF between rows
args: --excel
in: f\nx\\n=y\nz\n
out: \xef\xbb\xbff\r\n"'x\n=y"\r\nz\r\n

# ======================================================================
# --append: rows added to a CSV file, all or nothing
# ======================================================================

case: --append to a new file writes the header line and the rows, nothing on stdout
args: --append new.csv
in: a\tb\n1\t2\n
check: [ ! -s "$OUT" ] && printf 'a,b\n1,2\n' | cmp - new.csv && rm new.csv

case: --append to a file with the same columns adds the rows only
setup: printf 'a,b\n0,0\n' > old.csv
args: --append old.csv
in: a\tb\n1\t2\n3\t4\n
check: [ ! -s "$OUT" ] && printf 'a,b\n0,0\n1,2\n3,4\n' | cmp - old.csv && printf 'a,b\n0,0\n' > old.csv

case: --append to a file of its header line only
setup: printf 'a,b\n' > h.csv
args: --append h.csv
in: a\tb\n1\t2\n
check: [ ! -s "$OUT" ] && printf 'a,b\n1,2\n' | cmp - h.csv && printf 'a,b\n' > h.csv

case: --append to an empty file writes the header line first
setup: : > empty.csv
args: --append empty.csv
in: a\tb\n1\t2\n
check: [ ! -s "$OUT" ] && printf 'a,b\n1,2\n' | cmp - empty.csv && : > empty.csv

case: --append to a file with other columns: exit 1, the file untouched
setup: printf 'x,y\n0,0\n' > old.csv; cp old.csv orig.csv
args: --append old.csv
in: a\tb\n1\t2\n
exit: 1
err: old.csv
check: [ ! -s "$OUT" ] && cmp old.csv orig.csv

case: --append to a file with the columns in another order is an error
setup: printf 'b,a\n0,0\n' > old.csv; cp old.csv orig.csv
args: --append old.csv
in: a\tb\n1\t2\n
exit: 1
err: old.csv
check: [ ! -s "$OUT" ] && cmp old.csv orig.csv

case: --append to a file with one column more is an error
setup: printf 'a,b,c\n0,0,0\n' > old.csv; cp old.csv orig.csv
args: --append old.csv
in: a\tb\n1\t2\n
exit: 1
err: old.csv
check: [ ! -s "$OUT" ] && cmp old.csv orig.csv

case: --append --bom to a new file starts it with a byte order mark
args: --bom --append new.csv
in: a\tb\n1\t2\n
check: [ ! -s "$OUT" ] && printf '\357\273\277a,b\n1,2\n' | cmp - new.csv && rm new.csv

# "its header line must name the same columns as the output": with -f
# the output's columns are the chosen ones.
case: --append with -f compares the chosen columns
setup: printf 'b,a\n0,0\n' > old.csv
args: -f b,a --append old.csv
in: a\tb\n1\t2\n
check: [ ! -s "$OUT" ] && printf 'b,a\n0,0\n2,1\n' | cmp - old.csv && printf 'b,a\n0,0\n' > old.csv

# The file's header line is CSV: "x,y" is one column named x,y.
case: --append to a file whose header line has a quoted name
setup: printf '"x,y",z\n' > q.csv
args: --append q.csv
in: x,y\tz\n1\t2\n
check: [ ! -s "$OUT" ] && printf '"x,y",z\n1,2\n' | cmp - q.csv && printf '"x,y",z\n' > q.csv

# The daily use of --excel --append: the file it made yesterday (a BOM,
# CR LF) names the same columns today.
case: --append --excel to a file made by --excel
setup: printf '\357\273\277a,b\r\n0,0\r\n' > x.csv
args: --excel --append x.csv
in: a\tb\n=1\t2\n
check: [ ! -s "$OUT" ] && printf "\357\273\277a,b\r\n0,0\r\n'=1,2\r\n" | cmp - x.csv && printf '\357\273\277a,b\r\n0,0\r\n' > x.csv

# The file ntx-csv made on the first day, when a column name needs
# quotes: the header line of the file names the column say "z".
case: --append to a file whose column name holds a double quote
setup: printf '"say ""z""",b\n0,0\n' > q.csv
args: --append q.csv
in: say "z"\tb\n1\t2\n
check: [ ! -s "$OUT" ] && printf '"say ""z""",b\n0,0\n1,2\n' | cmp - q.csv && printf '"say ""z""",b\n0,0\n' > q.csv

# a\tb in the TSV is the name a TAB b, which needs no quotes.
case: --append to a file whose column name holds a TAB
setup: printf 'a\tb,c\n0,0\n' > t.csv
args: --append t.csv
in: a\\tb\tc\n1\t2\n
check: [ ! -s "$OUT" ] && printf 'a\tb,c\n0,0\n1,2\n' | cmp - t.csv && printf 'a\tb,c\n0,0\n' > t.csv

# With --guard the output's header line is '=x,b, and so is the file's.
case: --append --guard to a file whose header cell was guarded
setup: printf "'=x,b\n0,0\n" > g.csv
args: --guard --append g.csv
in: =x\tb\n1\t2\n
check: [ ! -s "$OUT" ] && printf "'=x,b\n0,0\n1,2\n" | cmp - g.csv && printf "'=x,b\n0,0\n" > g.csv

case: --append: a ragged row leaves the file as it was
setup: printf 'a,b\n0,0\n' > old.csv; cp old.csv orig.csv
args: --append old.csv
in: a\tb\n1\t2\n3\n4\t5\n
exit: 1
err: :3:
check: [ ! -s "$OUT" ] && cmp old.csv orig.csv

case: --append: a missing input leaves the file as it was
setup: printf 'a,b\n0,0\n' > old.csv; cp old.csv orig.csv; printf 'a\tb\n1\t2\n' > a.tsv
args: --append old.csv a.tsv nosuch.tsv
exit: 1
err: nosuch.tsv
check: [ ! -s "$OUT" ] && cmp old.csv orig.csv

case: --append: a later input with other columns leaves the file as it was
setup: printf 'a,b\n0,0\n' > old.csv; cp old.csv orig.csv; printf 'a\tb\n1\t2\n' > a.tsv; printf 'x\ty\n3\t4\n' > b.tsv
args: --append old.csv a.tsv b.tsv
exit: 1
err: b.tsv
check: [ ! -s "$OUT" ] && cmp old.csv orig.csv

case: --append to a file in a missing directory is an error
args: --append nodir/x.csv
in: a\tb\n1\t2\n
out:
exit: 1
err: nodir/x.csv

case: --append without its argument is a usage error
args: --append
in: a\tb\n1\t2\n
out:
exit: 2
err: usage: ntx-csv

# Another writer holds the lock (flock(1), which is flock(2)) for two
# seconds and adds 9,9 before it lets go: ntx-csv must wait and add its
# row after it.  Not waiting gives a,b 1,2 (9,9 comes later).  The second
# run (the other locale) finds the lock free.
case: --append waits for the lock on the file
setup: printf 'a,b\n' > out.csv; (flock out.csv sh -c 'touch locked; sleep 2; printf "9,9\n" >> out.csv') >/dev/null 2>&1 & for i in $(seq 200); do [ -e locked ] && break; sleep 0.05; done
args: --append out.csv
in: a\tb\n1\t2\n
check: [ ! -s "$OUT" ] && printf 'a,b\n9,9\n1,2\n' | cmp - out.csv && printf 'a,b\n9,9\n' > out.csv

# ======================================================================
# A real facts table: ntx-nums on the seed article, read back
# ======================================================================

# 43 rows of Vietnamese sentences full of commas (1,117; 12,2%).  The
# checks parse the CSV with python3's csv module and compare every field
# with the TSV split at its TABs (it has no backslash, so no escape).

case: the facts table reads back as the same fields
in-cmd: bin/ntx-nums tests/cli/seed-langson.split
check: "$R/bin/ntx-nums" "$R/tests/cli/seed-langson.split" > tsv && ! grep -q $'\r' "$OUT" && python3 -c 'import csv,sys; t=[l.split("\t") for l in open(sys.argv[1],encoding="utf-8",newline="").read().split("\n")[:-1]]; c=list(csv.reader(open(sys.argv[2],encoding="utf-8",newline=""))); sys.exit(not(len(t)>40 and all(len(r)==14 for r in t) and not any("\\" in f for r in t for f in r) and c==t))' tsv "$OUT"

case: the facts table: the header line and three rows by hand
in-cmd: bin/ntx-nums tests/cli/seed-langson.split
check: [ "$(wc -l < "$OUT")" = 44 ] && [ "$(head -n 1 "$OUT")" = 'sentence_no,text,kind,value,unit,qualifier,sentence,url,title,published,author,lang,site,source' ] && grep -Fxq '1,năm 2023,date,2023,,,Ban Chấp hành Đảng bộ thành phố Lạng Sơn triển khai nhiệm vụ năm 2023,,,,,,,' "$OUT" && grep -Fxq '2,15:12:13,time,15:12:13,,,"Thứ 5, 01.12.2022 | 15:12:13",,,,,,,' "$OUT" && grep -Fxq '3,"1,117 lượt xem",quantity,1117,lượt xem,,"1,117 lượt xem",,,,,,,' "$OUT"

case: -f of the man page on the facts table
args: -f url,published,kind,value,unit,text,sentence
in-cmd: bin/ntx-nums tests/cli/seed-langson.split
check: "$R/bin/ntx-nums" "$R/tests/cli/seed-langson.split" > tsv && python3 -c 'import csv,sys; t=[l.split("\t") for l in open(sys.argv[1],encoding="utf-8",newline="").read().split("\n")[:-1]]; i=[t[0].index(n) for n in "url,published,kind,value,unit,text,sentence".split(",")]; c=list(csv.reader(open(sys.argv[2],encoding="utf-8",newline=""))); sys.exit(not(len(t)>40 and c==[[r[j] for j in i] for r in t]))' tsv "$OUT"

case: -d ';' on the facts table reads back with a semicolon
args: -d ';'
in-cmd: bin/ntx-nums tests/cli/seed-langson.split
check: "$R/bin/ntx-nums" "$R/tests/cli/seed-langson.split" > tsv && grep -q '^10;12,2%;percent;12.2;%;;' "$OUT" && python3 -c 'import csv,sys; t=[l.split("\t") for l in open(sys.argv[1],encoding="utf-8",newline="").read().split("\n")[:-1]]; c=list(csv.reader(open(sys.argv[2],encoding="utf-8",newline=""),delimiter=";")); sys.exit(not(len(t)>40 and c==t))' tsv "$OUT"

# No cell of this table starts with a trigger, so --excel guards none.
case: --excel on the facts table: a BOM, CR LF, the same fields
args: --excel
in-cmd: bin/ntx-nums tests/cli/seed-langson.split
check: "$R/bin/ntx-nums" "$R/tests/cli/seed-langson.split" > tsv && python3 -c 'import csv,io,sys; t=[l.split("\t") for l in open(sys.argv[1],encoding="utf-8",newline="").read().split("\n")[:-1]]; b=open(sys.argv[2],"rb").read(); c=list(csv.reader(io.StringIO(b[3:].decode("utf-8"),newline=""))); sys.exit(not(len(t)>40 and b[:3]==b"\xef\xbb\xbf" and b.count(b"\r\n")==len(t)==b.count(b"\n") and not any(f.lstrip(" \u00a0")[:1] in "=+-@" and f.lstrip(" \u00a0") for r in t for f in r) and c==t))' tsv "$OUT"

case: -H on the facts table: the rows only
args: -H
in-cmd: bin/ntx-nums tests/cli/seed-langson.split
check: "$R/bin/ntx-nums" "$R/tests/cli/seed-langson.split" > tsv && python3 -c 'import csv,sys; t=[l.split("\t") for l in open(sys.argv[1],encoding="utf-8",newline="").read().split("\n")[:-1]]; c=list(csv.reader(open(sys.argv[2],encoding="utf-8",newline=""))); sys.exit(not(len(t)>40 and c==t[1:]))' tsv "$OUT"

# Rows: " x,y" | say "hi" | p LF q CR r, then TAB \ | " | , then two empty
# fields and "end".
case: every special character reads back with python's csv module
in: a\tb\tc\n\x20x,y\tsay "hi"\tp\\nq\\rr\n\\t\\\\\t"\t,\n\t\tend\n
check: python3 -c 'import csv,sys; c=list(csv.reader(open(sys.argv[1],encoding="utf-8",newline=""))); sys.exit(c!=[["a","b","c"],[" x,y","say \"hi\"","p\nq\rr"],["\t\\","\"",","],["","","end"]])' "$OUT"

case: every special character reads back with -d ';' and --crlf
args: -d ';' --crlf
in: a\tb\tc\n\x20x;y\tsay "hi"\tp\\nq\\rr\n\\t\\\\\t"\t,\n\t\tend\n
check: python3 -c 'import csv,sys; c=list(csv.reader(open(sys.argv[1],encoding="utf-8",newline=""),delimiter=";")); sys.exit(c!=[["a","b","c"],[" x;y","say \"hi\"","p\nq\rr"],["\t\\","\"",","],["","","end"]])' "$OUT"

# ======================================================================
# Large input: streams, and a long field is no problem
# ======================================================================

case: 100000 rows
in-cmd: printf 'n\tv\n'; seq 1 100000 | sed 's/$/\tx,y/'
out-cmd: printf 'n,v\n'; seq 1 100000 | sed 's/$/,"x,y"/'

case: a field of 1 MB
in-cmd: printf 'a\tb\n'; head -c 1000000 /dev/zero | tr '\0' x; printf '\t,\n'
out-cmd: printf 'a,b\n'; head -c 1000000 /dev/zero | tr '\0' x; printf ',","\n'

# 500000 escapes \n (1 MB of TSV) are 500000 line feeds in one cell.
case: a field of 500000 escaped line feeds
in-cmd: printf 'a\n'; head -c 500000 /dev/zero | tr '\0' n | sed 's/n/\\n/g'; echo
out-cmd: printf 'a\n"'; head -c 500000 /dev/zero | tr '\0' '\n'; printf '"\n'

# ======================================================================
# Usage, --help, --version
# ======================================================================

case: --help prints the options on standard output
args: --help
check: grep -q 'ntx-csv' "$OUT" && grep -q -e '--crlf' "$OUT" && grep -q -e '--bom' "$OUT" && grep -q -e '--guard' "$OUT" && grep -q -e '--excel' "$OUT" && grep -q -e '--append' "$OUT"

case: -h is --help
args: -h
check: grep -q 'ntx-csv' "$OUT" && grep -q -e '--excel' "$OUT"

case: --version names ntx-csv and libcsv with its version
args: --version
check: grep -q '^ntx-csv ' "$OUT" && grep -q 'libcsv [0-9]' "$OUT"

case: -V is --version
args: -V
check: grep -q '^ntx-csv ' "$OUT" && grep -q 'libcsv [0-9]' "$OUT"

case: an unknown short option is a usage error
args: -x
in: a\tb\n1\t2\n
out:
exit: 2
err: usage: ntx-csv

case: an unknown long option is a usage error
args: --frobnicate
in: a\tb\n1\t2\n
out:
exit: 2
err: usage: ntx-csv

case: a write error on --help
args: --help
stdout: /dev/full
exit: 1
err: ntx-csv:

# ======================================================================
# Failed output: exit 1 with a message, never a silent loss
# ======================================================================

case: a write error on a small output
in: a\tb\n1\t2\n
stdout: /dev/full
exit: 1
err: ntx-csv:

case: a write error on an output larger than any buffer
in-cmd: printf 'n\tv\n'; seq 1 200000 | sed 's/$/\tx/'
stdout: /dev/full
exit: 1
err: ntx-csv:

case: a write error on a header line only
in: a\tb\n
stdout: /dev/full
exit: 1
err: ntx-csv:

case: a write error with --bom
args: --bom
in: a\tb\n1\t2\n
stdout: /dev/full
exit: 1
err: ntx-csv:

# Nothing to write, so nothing fails.
case: an empty input on a full disk: nothing written, exit 0
in:
stdout: /dev/full

# ======================================================================
# --append keeps one kind of line end in a file
# ======================================================================

# A file of LF rows takes no CR LF rows, and the other way round: a
# spreadsheet reading a file of both would show stray CRs.
case: --append --crlf to a file of LF lines is refused, the file unchanged
setup: printf 'a,b\n1,2\n' > f.csv; cp f.csv before.csv
args: --crlf --append f.csv
in: a\tb\n3\t4\n
exit: 1
err: ntx-csv: f.csv: its lines end with LF; nothing added
check: [ ! -s "$OUT" ] && cmp f.csv before.csv

case: --append without --crlf to a file of CR LF lines is refused
setup: printf 'a,b\r\n1,2\r\n' > f.csv; cp f.csv before.csv
args: --append f.csv
in: a\tb\n3\t4\n
exit: 1
err: ntx-csv: f.csv: its lines end with CR LF; nothing added
check: cmp f.csv before.csv

case: --append --excel to a file made with --excel adds CR LF rows
setup: printf '\357\273\277a,b\r\n1,2\r\n' > f.csv
args: --excel --append f.csv
in: a\tb\n=3\t4\n
check: [ ! -s "$OUT" ] && printf '\357\273\277a,b\r\n1,2\r\n'"'"'=3,4\r\n' | cmp - f.csv; r=$?; printf '\357\273\277a,b\r\n1,2\r\n' > f.csv; exit $r
