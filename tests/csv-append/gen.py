#!/usr/bin/env python3
"""Prints a TSV table for the --append tests (tests/csv-append/run).

    gen.py WRITER ROWS [RAGGED]

A header line "writer<TAB>no<TAB>text", then ROWS rows that no other
writer prints: the writer's name, the row's number, and a text that holds
what CSV must quote (commas, double quotes, line feeds and tabs through the
TSV escapes, backslashes) and Vietnamese.  With RAGGED, row number RAGGED
has two fields instead of three: an input error in the middle.
"""
import sys

TEXTS = [
    "Hà Nội công bố {} ca, tăng 12,5%",
    'Trích dẫn "thẳng" và dấu phẩy, {}',
    "dòng một\\ndòng hai {}",
    "cột\\tcột {}",
    "gạch chéo \\\\ và \\x giữ nguyên {}",
    "=1+2 không phải công thức {}",
    "   khoảng trắng ở đầu {}",
]


def main():
    writer, rows = sys.argv[1], int(sys.argv[2])
    ragged = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    out = ["writer\tno\ttext"]
    for i in range(1, rows + 1):
        text = TEXTS[i % len(TEXTS)].format(f"{writer}-{i}")
        # Longer rows, so that a writer's rows fill many stdio buffers
        # and unlocked writers would surely interleave.
        text += " " + "Lạng Sơn " * (i % 9)
        if i == ragged:
            out.append(f"{writer}\t{i}")
        else:
            out.append(f"{writer}\t{i}\t{text}")
    sys.stdout.write("\n".join(out) + "\n")


main()
