#!/usr/bin/env python3
"""Checks a CSV that ntx-csv --append runs wrote (tests/csv-append/run).

    verify.py CSV BEFORE [--bom] IN... [--absent IN...]

BEFORE is a copy of CSV from before the runs (an empty file, or a path
that does not exist, for a new CSV).  Each IN is the TSV one run appended
(gen.py's output); the rows of the runs after --absent failed and must not
be there.  The CSV must be BEFORE byte for byte, then (for a new CSV; after
a byte order mark with --bom) the header line, then each successful run's
rows: every one exactly once, none torn or interleaved, one run's rows
together and in their order (the lock is held for a whole run).  Prints
what is wrong and exits 1, or exits 0 silently.
"""
import collections
import csv
import io
import os
import re
import sys

BOM = b"\xef\xbb\xbf"


def unescape(field):
    """A TSV field's value: the escapes of ntx-csv(1)."""
    table = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
    return re.sub(r"\\([tnr\\])", lambda m: table[m.group(1)], field)


def table(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rows = [[unescape(x) for x in line.split("\t")] for line in lines]
    return rows[0], rows[1:]


def main():
    args = sys.argv[1:]
    path, before_path = args[0], args[1]
    args = args[2:]
    bom = "--bom" in args
    args = [a for a in args if a != "--bom"]
    absent = []
    if "--absent" in args:
        i = args.index("--absent")
        args, absent = args[:i], args[i + 1:]
    problems = []

    data = open(path, "rb").read()
    before = open(before_path, "rb").read() if os.path.exists(before_path) else b""
    new = before == b""
    if not data.startswith(before):
        problems.append("the file does not start with its old content")
        rest = data
    else:
        rest = data[len(before):]
    if new and bom:
        if not rest.startswith(BOM):
            problems.append("no byte order mark at the start")
        else:
            rest = rest[len(BOM):]
    if BOM in rest:
        problems.append("a byte order mark after the start")
    try:
        text = rest.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"invalid UTF-8: {e}")
        text = rest.decode("utf-8", "replace")

    header, _ = table(args[0])
    expect = {}           # writer -> its rows, in order
    for tsv in args:
        h, rows = table(tsv)
        expect[rows[0][0]] = rows
    gone = set()
    for tsv in absent:
        gone.add(table(tsv)[1][0][0])

    try:
        got = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as e:
        print(f"not valid CSV: {e}")
        return 1
    headers = [i for i, r in enumerate(got) if r == header]
    if new and headers != [0]:
        problems.append(f"header lines at rows {headers[:5]}, expected one, first")
    if not new and headers:
        problems.append(f"a header line added at rows {headers[:5]}")
    rows = [r for r in got if r != header]
    torn = [r for r in rows if len(r) != len(header)]
    if torn:
        problems.append(f"{len(torn)} torn rows, the first: {torn[0]!r:.200}")

    want = collections.Counter()
    for w in expect.values():
        want.update(tuple(r) for r in w)
    have = collections.Counter(tuple(r) for r in rows)
    missing = want - have
    extra = have - want
    if missing:
        problems.append(f"{sum(missing.values())} rows missing, e.g. {next(iter(missing))!r:.200}")
    if extra:
        problems.append(f"{sum(extra.values())} rows extra or repeated, e.g. {next(iter(extra))!r:.200}")
    for w in gone:
        n = sum(1 for r in rows if r and r[0] == w)
        if n:
            problems.append(f"{n} rows of the failed run {w} are there")

    # Each run's rows together and in order.
    for w, wrows in expect.items():
        at = [i for i, r in enumerate(rows) if r and r[0] == w]
        if at and at != list(range(at[0], at[0] + len(at))):
            gaps = sum(1 for a, b in zip(at, at[1:]) if b != a + 1)
            problems.append(f"the rows of {w} are interleaved with others ({gaps} breaks)")
        elif [rows[i] for i in at] != wrows and not missing and not extra:
            problems.append(f"the rows of {w} are out of order")

    for p in problems[:10]:
        print(p)
    return 1 if problems else 0


sys.exit(main())
