# ntx-split on hostile input: format in tests/cli/README.md.
#
# Each input is made to drive one part of the segmenter to its worst case
# (a token without end, a run of candidates, brackets that never close);
# the runner's time limit catches a hang, the checks that nothing is lost:
# the #same line below compares input and output without their whitespace.
# The inputs are generated with printf, yes, head and tr.
#
#same cmp -s <(tr -d ' \n' < "$T/in") <(tr -d ' \n' < "$OUT")

case: four megabytes of one token with glued periods stay one line
args: -l vi -m 64M
in-cmd: yes ab.Cd | head -n 800000 | tr -d '\n'; echo
check: [ "$(wc -l < "$OUT")" = 1 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: a million initials are one sentence
args: -l en -m 64M
in-cmd: printf 'x '; yes 'A.' | head -n 1000000 | tr '\n' ' '; echo
check: [ "$(wc -l < "$OUT")" = 1 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: a hundred and fifty thousand general abbreviations before a name
args: -l en -m 64M
in-cmd: yes 'The U.S. Government' | head -n 150000 | tr '\n' ' '; echo
check: [ "$(wc -l < "$OUT")" = 1 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: a million opening quotes before initials
args: -l en -m 64M
in-cmd: yes '“' | head -n 1000000 | tr -d '\n'; printf ' A. B.\n'
check: [ "$(wc -l < "$OUT")" = 1 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: two million brackets that never close
args: -l vi -m 64M
in-cmd: yes '(' | head -n 2000000 | tr -d '\n'; printf ' Xong. Hết.\n'
check: [ "$(wc -l < "$OUT")" = 2 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: a spaced ellipsis of a million and a half dots
args: -l en -m 64M
in-cmd: printf 'Wait'; yes ' .' | head -n 1500000 | tr -d '\n'; printf ' Then more.\n'
check: [ "$(wc -l < "$OUT")" = 2 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: four hundred thousand closed brackets with periods inside
args: -l en -m 64M
in-cmd: yes '(a. B)' | head -n 400000 | tr '\n' ' '; echo
check: [ "$(wc -l < "$OUT")" = 1 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: a paragraph of a million lines, each a block
args: -l en -m 64M
in-cmd: yes 'a sentence with no end' | head -n 1000000 | sed 's/^a/A/'
check: [ "$(wc -l < "$OUT")" = 1000000 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: a paragraph of a million wrapped lines is one sentence
args: -l en -m 64M
in-cmd: printf 'Start\n'; yes 'and it goes on' | head -n 999999
check: [ "$(wc -l < "$OUT")" = 1 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: a Vietnamese sentence of a million characters
args: -l vi
in-cmd: yes 'tăng trưởng kinh tế' | head -n 50000 | tr '\n' ' '; printf 'đạt 12,2%%.\n'
check: [ "$(wc -l < "$OUT")" = 1 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: a paragraph over the default cap of 4M is copied, an error
in-cmd: yes 'Câu thứ nhất. Câu thứ hai.' | head -n 200000
exit: 1
err: paragraph longer than 4194304 bytes
check: [ "$(wc -l < "$OUT")" = 200000 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: a million sentences in one paragraph
args: -l vi -m 64M
in-cmd: yes 'Có 1 câu.' | head -n 1000000 | tr '\n' ' '; echo
check: [ "$(wc -l < "$OUT")" = 1000000 ] && [ "$(sort -u "$OUT")" = 'Có 1 câu.' ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

case: ten thousand digits with periods are one number
args: -l vi
in-cmd: printf 'Số '; yes 1234.5678 | head -n 2000 | tr '\n' '.'; printf ' Hết.\n'
check: [ "$(wc -l < "$OUT")" = 2 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

# A marker has at most three digits: item 1000 and after go on the 999th.
case: a list of three hundred thousand markers in sequence
args: -l en -m 64M
in-cmd: for i in $(seq 1 300000); do printf '%d. item ' $i; done; echo
check: [ "$(wc -l < "$OUT")" = 999 ] && eval "$(sed -n 's/^#same //p' "$R/tests/cli/split-hostile.t")"

# Found by fuzz-split: trimming the spaces before a form feed made a text
# line look like a header line.  A form feed in text is a space.
case: a text line starting with spaces and form feeds does not become a header
args: -l en
in:   \f\fHidden. Text.\nMore\f. \fAnd more.\n
out: Hidden.\nText.\nMore\f.\nAnd more.\n
