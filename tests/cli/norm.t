# ntx-norm: format in tests/cli/README.md.

case: NFD Vietnamese becomes NFC
in: Vie\xcc\xa3\xcc\x82t Nam\n
out: Vi\xe1\xbb\x87t Nam\n

case: empty input gives empty output
in:
out:
