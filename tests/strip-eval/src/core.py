"""Articles (src/articles/NAME.art) and what pages make of them.

An .art file is one item a line, "key: text"; '#' starts a comment line.

    title:  the headline           date:   the date line, as the page shows it
    author: the byline             lead:   the lead (sapo, standfirst)
    p:      a paragraph            h:      a subheading
    fig:    an image's caption     ul:/ol: an item of a list
    table:  a table's caption (may be empty); the row: lines that follow
    row:    cells, separated by " | "; a table's first row is its header
    quote:  a quotation            cite:   who said it (after a quote)
    note:   a closing line of the article (source, "Reporting by ...")
    x-KEY:  anything else a template wants (kicker, next article...)

Text is an HTML fragment: inline tags (<a>, <strong>, <em>) and character
references may be used; the answer is the text without tags.
"""

import html
import zlib
import os
import re

SRC = os.path.dirname(os.path.abspath(__file__))


class Article:
    def __init__(self, name):
        self.name = name
        self.meta = {}
        self.body = []
        path = os.path.join(SRC, "articles", name + ".art")
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                key, sep, val = line.partition(": ")
                if not sep:
                    raise SystemExit(f"{path}:{n}: no 'key: '")
                self.add(key, val.strip(), path, n)

    def add(self, key, val, path, n):
        b = self.body
        if key in ("p", "h", "fig", "note"):
            b.append([key, val])
        elif key in ("ul", "ol"):
            if b and b[-1][0] == key:
                b[-1][1].append(val)
            else:
                b.append([key, [val]])
        elif key == "table":
            b.append(["table", val, []])
        elif key == "row":
            if not b or b[-1][0] != "table":
                raise SystemExit(f"{path}:{n}: row outside a table")
            b[-1][2].append([c.strip() for c in val.split(" | ")])
        elif key == "quote":
            b.append(["quote", val, ""])
        elif key == "cite":
            if not b or b[-1][0] != "quote":
                raise SystemExit(f"{path}:{n}: cite without a quote")
            b[-1][2] = val
        elif key in ("title", "date", "author", "lead") or key.startswith("x-"):
            if key in self.meta and key.startswith("x-"):
                if not isinstance(self.meta[key], list):
                    self.meta[key] = [self.meta[key]]
                self.meta[key].append(val)
            else:
                self.meta[key] = val
        else:
            raise SystemExit(f"{path}:{n}: unknown key {key!r}")

    def __getattr__(self, k):
        try:
            return self.__dict__["meta"][k]
        except KeyError:
            raise AttributeError(k)

    def get(self, k, default=None):
        return self.meta.get(k, default)

    def xs(self, k):
        v = self.meta.get("x-" + k, [])
        return v if isinstance(v, list) else [v]

    def paragraphs(self):
        return [i for i, it in enumerate(self.body) if it[0] == "p"]


TAG = re.compile(r"<[^>]*>")


def text(fragment):
    """What a reader sees of an HTML fragment."""
    t = html.unescape(TAG.sub("", fragment)).replace("\xa0", " ")
    return re.sub(r"\s+", " ", t).strip()


def esc(s):
    return html.escape(s, quote=True)


def attr_text(fragment):
    return esc(text(fragment))


def gold_body(body, skip=()):
    out = []
    for it in body:
        k = it[0]
        if k in skip:
            continue
        if k in ("p", "h", "fig", "note"):
            out.append(text(it[1]))
        elif k in ("ul", "ol"):
            out += [text(x) for x in it[1]]
        elif k == "table":
            if it[1]:
                out.append(text(it[1]))
            out += [" | ".join(text(c) for c in row) for row in it[2]]
        elif k == "quote":
            out.append(text(it[1]))
            if it[2]:
                out.append(text(it[2]))
    return out


class Style:
    """How a site writes each kind of body item; override per site."""

    def __init__(self, **kw):
        self.img_base = "https://cdn.example/img"
        self.n = 0
        for k, v in kw.items():
            setattr(self, k, v)

    def p(self, t):
        return f"<p>{t}</p>"

    def h(self, t):
        return f"<h2>{t}</h2>"

    def img(self):
        self.n += 1
        return f"{self.img_base}/2023/{self.n:02d}/photo-{self.n}-{zlib.crc32(self.img_base.encode()) % 99999:05d}.jpg"

    def fig(self, t):
        return (f'<figure><img src="{self.img()}" alt="{attr_text(t)[:80]}" width="680" height="453" loading="lazy">'
                f"<figcaption>{t}</figcaption></figure>")

    def ul(self, items):
        return "<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>"

    def ol(self, items):
        return "<ol>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ol>"

    def table(self, cap, rows):
        head, *rest = rows
        s = "<table>\n"
        if cap:
            s += f"<caption>{cap}</caption>\n"
        s += "<thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead>\n<tbody>\n"
        s += "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rest)
        return s + "\n</tbody>\n</table>"

    def quote(self, t, cite):
        c = f"<footer><cite>{cite}</cite></footer>" if cite else ""
        return f"<blockquote><p>{t}</p>{c}</blockquote>"

    def note(self, t):
        return self.p(t)

    def item(self, it):
        k = it[0]
        if k == "table":
            return self.table(it[1], it[2])
        if k == "quote":
            return self.quote(it[1], it[2])
        return getattr(self, k)(it[1])

    def render(self, body):
        return [self.item(it) for it in body]


def interleave(chunks, inserts):
    """chunks with inserts[i] put after chunk i (i < 0: from the end)."""
    n = len(chunks)
    at = {}
    for i, s in inserts.items():
        at.setdefault(i if i >= 0 else n + i, []).append(s)
    out = []
    for i, c in enumerate(chunks):
        out.append(c)
        out += at.get(i, [])
    return "\n".join(out)
