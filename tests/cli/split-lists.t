# ntx-split: every entry of the built-in lists behaves as its class says.
# Format in tests/cli/README.md.
#
# Each case makes one paragraph per entry of one class of one list (with
# the #entries line below) and states the expected lines: a title keeps
# the name after it; a general abbreviation ends the sentence before a
# clear new one and not before a name; a number abbreviation keeps its
# number.  A wrong section, a typo that makes an entry unreadable, or a
# new entry that clashes with another class makes its case fail.
#
#entries() { awk -v c="[$2]" '/^\[/ { s = $0; next } /^#/ || /^[ \t]*$/ { next } s == c { print $1 }' "$R/filters/split/$1"; }
#paras() { awk -v f="$1" 'NR > 1 { print "" } { printf f "\n", $1, $1 }'; }

case: every Vietnamese title keeps the name after it
args: -l vi
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-vi.txt title | paras 'Gặp %s Nguyễn Văn An hôm qua.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-vi.txt title | paras 'Gặp %s Nguyễn Văn An hôm qua.'

case: every Vietnamese number abbreviation keeps its number
args: -l vi
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-vi.txt number | paras 'Xem %s 12 trong báo cáo.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-vi.txt number | paras 'Xem %s 12 trong báo cáo.'

case: every Vietnamese general abbreviation ends a sentence before a capitalised word
args: -l vi
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-vi.txt general | paras 'Có rau, quả %s Sau đó giá tăng.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-vi.txt general | paras 'Có rau, quả %s\nSau đó giá tăng.'

case: every Vietnamese general abbreviation goes on before a lowercase word
args: -l vi
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-vi.txt general | paras 'Có rau, quả %s được bán.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-vi.txt general | paras 'Có rau, quả %s được bán.'

case: every English title keeps the name after it
args: -l en
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-en.txt title | paras 'We met %s Smith yesterday.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-en.txt title | paras 'We met %s Smith yesterday.'

case: every English general abbreviation ends a sentence before a starter
args: -l en
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-en.txt general | paras 'It was in %s The rest followed.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-en.txt general | paras 'It was in %s\nThe rest followed.'

# But for a.m. and p.m., which end a sentence but before a day, a month or
# a time zone (split-en.t).
case: every English general abbreviation goes on before a name
args: -l en
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-en.txt general | grep -vix '[ap]\.m\.' | paras 'It was in %s Smith who won.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-en.txt general | grep -vix '[ap]\.m\.' | paras 'It was in %s Smith who won.'

case: every English number abbreviation keeps its number
args: -l en
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-en.txt number | paras 'See %s 12 for more.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; entries abbrev-en.txt number | paras 'See %s 12 for more.'

case: every English sentence starter starts a sentence after a general abbreviation
args: -l en
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; awk '!/^#/ && NF { print $1 }' filters/split/starters-en.txt | paras 'They moved to the U.S. %s came later.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; awk '!/^#/ && NF { print $1 }' filters/split/starters-en.txt | paras 'They moved to the U.S.\n%s came later.'

case: every Vietnamese sentence starter starts a sentence after a single-letter place prefix
args: -l vi
in-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; awk '!/^#/ && NF { print $1 }' filters/split/starters-vi.txt | paras 'Đó là mạng xã hội X. %s còn lại thì sao.'
out-cmd: R=.; eval "$(sed -n 's/^#entries/entries/p; s/^#paras/paras/p' tests/cli/split-lists.t)"; awk '!/^#/ && NF { print $1 }' filters/split/starters-vi.txt | paras 'Đó là mạng xã hội X.\n%s còn lại thì sao.'
