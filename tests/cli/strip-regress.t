# ntx-strip on every input fuzzing once crashed it with (tests/fuzz/regress-strip/):
# a document each, valid UTF-8, exit 0, in both modes.

case: the fuzzers' crash inputs, main-content mode
args: $R/tests/fuzz/regress-strip/*
err: invalid WINDOWS-1252 sequence
check: iconv -f UTF-8 -t UTF-8 "$OUT" >/dev/null && [ "$(grep -c $'^\f' "$OUT")" = "$(ls "$R/tests/fuzz/regress-strip" | wc -l)" ]

case: the fuzzers' crash inputs, --all
args: -a $R/tests/fuzz/regress-strip/*
err: invalid WINDOWS-1252 sequence
check: iconv -f UTF-8 -t UTF-8 "$OUT" >/dev/null && [ "$(grep -c $'^\f' "$OUT")" = "$(ls "$R/tests/fuzz/regress-strip" | wc -l)" ]
