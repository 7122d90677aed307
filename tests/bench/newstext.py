"""newstext - the news-like text of the benchmarks, made once into build/bench/.

    from newstext import prepare_data
    paths, sizes = prepare_data()

About 100 MiB of text from the sentences of the samples (Vietnamese, some
English), shuffled with a fixed seed and with their numbers varied: blank
lines between paragraphs, a form-feed header line every ~50 paragraphs
("\\furl=...\\ttitle=..."), in NFC (news-nfc.txt); the same text in NFD
(news-nfd.txt, the header lines left in NFC); and the first 20 MiB or so of
each (news-nfc-20MiB.txt, news-nfd-20MiB.txt).  Files already there with
the sizes recorded in build/bench/meta.json are reused.

prepare_data() returns the paths and sizes in bytes of the files, by key:
"nfc", "nfd", "nfc20", "nfd20".  Used by norm-bench and split-bench.
"""
import json
import os
import random
import re
import time
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BENCH_DIR = os.path.join(ROOT, "build", "bench")
SAMPLES = os.path.join(ROOT, "samples")

SEED = 20221130
TARGET = 100 << 20          # bytes of NFC text, at least
PREFIX = 20 << 20           # about: the shorter files, for a first try
GEN_VERSION = 2             # bump when the generator's output changes
PARAS_PER_DOC = (40, 60)    # a header line every ~50 paragraphs
ENGLISH_SHARE = 0.12        # of the paragraphs


class ParagraphText(HTMLParser):
    """The text of the article's <p> elements (and the lead), nothing else."""

    KEEP_CLASSES = (None, "sapo", "dek")

    SKIP = ("footer", "nav", "aside")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur, self.skip = [], None, 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag == "p":
            self.flush()
            if not self.skip and dict(attrs).get("class") in self.KEEP_CLASSES:
                self.cur = []

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        if tag in ("p", "div", "article", "section") + self.SKIP:
            self.flush()

    def handle_data(self, data):
        if self.cur is not None:
            self.cur.append(data)

    def flush(self):
        if self.cur is not None:
            text = " ".join("".join(self.cur).split())
            if text:
                self.paras.append(text)
        self.cur = None

    def close(self):
        super().close()
        self.flush()


def html_paragraphs(name, encoding):
    with open(os.path.join(SAMPLES, name), encoding=encoding) as f:
        p = ParagraphText()
        p.feed(f.read())
        p.close()
    return p.paras


def text_paragraphs(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
        lines = [" ".join(l.split()) for l in f.read().splitlines()]
    return [l for l in lines if l and not l.startswith(("http", "•"))]


ABBREV = {"TS.", "PGS.TS.", "ThS.", "TP.", "Dr.", "Mr.", "Mrs.", "St.",
          "N.", "U.S.", "Inc.", "v.v.", "a.m.", "p.m."}
BOUNDARY = re.compile(r"[.!?…][\"”’)]?\s+")


def sentences(paragraph):
    """Splits at ., !, ? or … before a capital, a digit or a quote."""
    out, start = [], 0
    for m in BOUNDARY.finditer(paragraph):
        nxt = paragraph[m.end():m.end() + 1]
        word = paragraph[start:m.end()].split()[-1]
        if word.rstrip("\"”’)") in ABBREV and not word.startswith("v.v"):
            continue
        if nxt and (nxt.isupper() or nxt.isdigit() or nxt in "“\"("):
            out.append(paragraph[start:m.end()].strip())
            start = m.end()
    if paragraph[start:].strip():
        out.append(paragraph[start:].strip())
    return out


def sentence_pools():
    vi, en = [], []
    for para in (text_paragraphs("seed-langson.txt") +
                 text_paragraphs("vi-plain-article.txt") +
                 html_paragraphs("vi-hanoi-budget.html", "utf-8")):
        vi += sentences(para)
    for para in html_paragraphs("en-city-council.latin1.html", "cp1252"):
        en += sentences(para)
    pools = []
    for pool in (vi, en):
        pool = list(dict.fromkeys(unicodedata.normalize("NFC", s) for s in pool))
        # Each sentence as text and digit runs: "ngày ", "30", "/", "11", ...
        pools.append([re.split(r"(\d+)", s) for s in pool])
    return pools


class Dealer:
    """Deals the sentences of a pool in shuffled order, reshuffling when done."""

    def __init__(self, rng, pool):
        self.rng, self.pool, self.deck = rng, pool, []

    def sentence(self):
        if not self.deck:
            self.deck = list(range(len(self.pool)))
            self.rng.shuffle(self.deck)
        parts = self.pool[self.deck.pop()]
        if len(parts) == 1:
            return parts[0]
        rng = self.rng
        out = parts[:]
        for i in range(1, len(parts), 2):
            d = parts[i]
            n = len(d)
            if n == 4 and d[:2] in ("19", "20"):
                out[i] = str(rng.randrange(1995, 2031))        # a year
            elif n > 1 and d[0] == "0":
                out[i] = str(rng.randrange(10 ** n)).zfill(n)  # 05, 08
            else:
                out[i] = str(rng.randrange(10 ** (n - 1) if n > 1 else 0, 10 ** n))
        return "".join(out)


SECTIONS = ("thoi-su", "kinh-te", "xa-hoi", "chinh-tri", "nong-nghiep", "the-gioi")


def generate(paths):
    """Writes the NFC and NFD files and their prefixes; returns their sizes."""
    rng = random.Random(SEED)
    vi_pool, en_pool = sentence_pools()
    vi, en = Dealer(rng, vi_pool), Dealer(rng, en_pool)
    tmp = {k: p + ".tmp" for k, p in paths.items()}
    files = {k: open(p, "wb") for k, p in tmp.items()}
    size = {k: 0 for k in paths}
    docid = 100000
    while size["nfc"] < TARGET:
        docid += rng.randrange(1, 50)
        words = vi.sentence().rstrip(".…").split()
        title = " ".join(words[:rng.randrange(6, 14)])
        slug = "-".join(unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D")).encode(
            "ascii", "ignore").decode().lower().split())
        slug = re.sub(r"[^a-z0-9-]", "", slug)[:60]
        header = "\furl=https://news.example/%s/%s-%d.html\ttitle=%s\n" % (
            rng.choice(SECTIONS), slug, docid, title)
        paras = []
        for _ in range(rng.randint(*PARAS_PER_DOC)):
            dealer = en if rng.random() < ENGLISH_SHARE else vi
            paras.append(" ".join(dealer.sentence()
                                  for _ in range(rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6)))))
        body = "\n\n".join(paras) + "\n\n"
        # Header lines pass through ntx-norm untouched, so they stay NFC in
        # the NFD file too: only the text is decomposed.
        head = header.encode("utf-8")
        data = {"nfc": head + body.encode("utf-8"),
                "nfd": head + unicodedata.normalize("NFD", body).encode("utf-8")}
        in_prefix = size["nfc"] < PREFIX
        for form in ("nfc", "nfd"):
            files[form].write(data[form])
            size[form] += len(data[form])
            if in_prefix:
                files[form + "20"].write(data[form])
                size[form + "20"] += len(data[form])
    for k, f in files.items():
        f.close()
        os.replace(tmp[k], paths[k])
    return size


def prepare_data():
    os.makedirs(BENCH_DIR, exist_ok=True)
    paths = {k: os.path.join(BENCH_DIR, "news-%s.txt" % n) for k, n in
             (("nfc", "nfc"), ("nfd", "nfd"), ("nfc20", "nfc-20MiB"),
              ("nfd20", "nfd-20MiB"))}
    meta_path = os.path.join(BENCH_DIR, "meta.json")
    params = {"version": GEN_VERSION, "seed": SEED, "target": TARGET,
              "prefix": PREFIX}
    try:
        with open(meta_path) as f:
            meta = json.load(f)
        if meta["params"] == params and all(
                os.path.getsize(paths[k]) == meta["sizes"][k] for k in paths):
            print("data: reusing build/bench/ (seed %d)" % SEED)
            return paths, meta["sizes"]
    except (OSError, ValueError, KeyError):
        pass
    t = time.monotonic()
    sizes = generate(paths)
    with open(meta_path, "w") as f:
        json.dump({"params": params, "sizes": sizes}, f)
    os.sync()   # no writeback of the new files during the measurements
    print("data: generated build/bench/ in %.1f s (seed %d)" % (time.monotonic() - t, SEED))
    return paths, sizes

