"""Pieces several page templates use."""

import json

from boiler import VI_HEADLINES, EN_HEADLINES, VI_TEASERS, EN_TEASERS, pick, slug, css, tracking_js
from core import esc, text


def head(a, rnd, *, lang="vi", site="Báo Mẫu", domain="baomau.example", section="thoi-su",
         published="2023-10-12T14:05:00+07:00", charset_late=False, charset="utf-8",
         extra="", title_sep=" - ", font="Arial,sans-serif", css_rules=30, jsonld=True):
    """A news page's <head>.  With charset_late, the charset declaration
    comes after more than 6 KB of head (scripts, styles, JSON-LD)."""
    title = text(a.title)
    desc = text(a.get("lead", a.title))
    url = f"https://{domain}/{section}/{slug(title)}-{rnd.randrange(10**6, 10**7)}.html"
    meta_cs = f'<meta charset="{charset}">' if charset.lower() == "utf-8" else \
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    ld = ""
    if jsonld:
        ld = '<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": title, "description": desc,
            "image": [f"https://cdn.{domain}/images/{slug(title)[:40]}.jpg"],
            "datePublished": published, "dateModified": published,
            "author": {"@type": "Person", "name": text(a.get("author", site))},
            "publisher": {"@type": "Organization", "name": site,
                          "logo": {"@type": "ImageObject", "url": f"https://{domain}/logo.png"}},
        }, ensure_ascii=False, indent=1) + "</script>"
    heavy = f"""<style>
{css(rnd, css_rules, font=font)}
</style>
{ld}
{tracking_js(rnd, domain)}
<script>
var PAGE_CONFIG = {{"site":"{domain}","section":"{section}","lang":"{lang}","ts":{rnd.randrange(1690000000, 1700000000)},
  "labels":{{"more":"{'Xem thêm' if lang == 'vi' else 'Read more'}","share":"{'Chia sẻ' if lang == 'vi' else 'Share'}"}}}};
</script>"""
    parts = []
    if not charset_late:
        parts.append(meta_cs)
    parts += [
        f"<title>{esc(title)}{title_sep}{esc(site)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{esc(desc)}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{esc(site)}">',
        f'<meta property="og:title" content="{esc(title)}">',
        f'<meta property="og:description" content="{esc(desc)}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="https://cdn.{domain}/images/{slug(title)[:40]}.jpg">',
        f'<meta property="article:published_time" content="{published}">',
        f'<link rel="canonical" href="{url}">',
        f'<link rel="stylesheet" href="https://cdn.{domain}/css/main.{rnd.randrange(1 << 32):08x}.css">',
        heavy,
    ]
    if charset_late:
        parts.append(filler_script(rnd, 6200 - sum(len(p.encode()) for p in parts)))
        parts.append(meta_cs)
    if extra:
        parts.append(extra)
    return "<head>\n" + "\n".join(parts) + "\n</head>"


def filler_script(rnd, nbytes):
    """An inline script (a consent manager's config, say) of about nbytes."""
    lines = ["<script>", "/* consent manager configuration - generated, do not edit */",
             "window.__cmp_config = {"]
    i = 0
    size = 0
    while size < max(nbytes, 200):
        line = f'  "vendor_{i}": {{"id": {rnd.randrange(1, 999)}, "purposes": [{", ".join(str(rnd.randrange(1, 11)) for _ in range(4))}], "legInt": {str(rnd.random() < .5).lower()}, "policy": "https://vendor{i}.example/privacy"}},'
        lines.append(line)
        size += len(line) + 1
        i += 1
    lines += ["  \"_v\": 2", "};", "</script>"]
    return "\n".join(lines)


def vi_news_list(rnd, n, *, ul_class="list-news", li_class="item-news", title_tag="h3", title_class="title-news",
                 teaser=False, thumb=True, domain="baomau.example", time=False, pool=None):
    pool = pool or VI_HEADLINES
    items = []
    for h in pick(rnd, pool, n):
        href = f"https://{domain}/{slug(h)}-{rnd.randrange(10**6, 10**7)}.html"
        s = f'<li class="{li_class}">'
        if thumb:
            s += f'<a class="thumb" href="{href}"><img src="https://cdn.{domain}/thumb/{slug(h)[:30]}.jpg" alt="{esc(h)}" loading="lazy"></a>'
        s += f'<{title_tag} class="{title_class}"><a href="{href}" title="{esc(h)}">{esc(h)}</a></{title_tag}>'
        if teaser:
            s += f'<p class="description">{esc(rnd.choice(VI_TEASERS))}</p>'
        if time:
            s += f'<span class="time">{rnd.randrange(1, 23)} giờ trước</span>'
        items.append(s + "</li>")
    return f'<ul class="{ul_class}">\n' + "\n".join(items) + "\n</ul>"


def en_news_list(rnd, n, *, ul_class="story-list", li_class="story", title_tag="h3", title_class="headline",
                 teaser=False, thumb=True, domain="news.example", pool=None):
    pool = pool or EN_HEADLINES
    items = []
    for h in pick(rnd, pool, n):
        href = f"https://{domain}/news/{slug(h)}"
        s = f'<li class="{li_class}">'
        if thumb:
            s += f'<a href="{href}"><img src="https://static.{domain}/img/{slug(h)[:30]}.jpg" alt="" loading="lazy"></a>'
        s += f'<{title_tag} class="{title_class}"><a href="{href}">{esc(h)}</a></{title_tag}>'
        if teaser:
            s += f'<p class="summary">{esc(rnd.choice(EN_TEASERS))}</p>'
        items.append(s + "</li>")
    return f'<ul class="{ul_class}">\n' + "\n".join(items) + "\n</ul>"


def menu(items, *, ul_class="menu", active=None, sub=None, base="/"):
    out = [f'<ul class="{ul_class}">']
    for it in items:
        cls = ' class="active"' if it == active else ""
        s = f'<li{cls}><a href="{base}{slug(it)}" title="{esc(it)}">{esc(it)}</a>'
        if sub and it in sub:
            s += '<ul class="sub-menu">' + "".join(
                f'<li><a href="{base}{slug(it)}/{slug(x)}">{esc(x)}</a></li>' for x in sub[it]) + "</ul>"
        out.append(s + "</li>")
    out.append("</ul>")
    return "\n".join(out)


def hashed(rnd, prefix="css-"):
    return prefix + "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
