"""English page templates: each takes an Article and a seeded Random and
returns (html, answer lines)."""

from boiler import EN_COMMENTS, EN_FOOTER, EN_HEADLINES, EN_TEASERS, ads_js, app_state_js, pick, slug
from common import en_news_list, head, menu
from core import Style, esc, gold_body, interleave, text


def en_comments(rnd, n, item):
    return "\n".join(item.format(name=esc(nm), text=esc(tx), likes=rnd.randrange(0, 300), h=rnd.randrange(1, 23))
                     for nm, tx in pick(rnd, EN_COMMENTS, n))


# --------------------------------------------------------------------------
# BBC: hashed "ssrcss-" classes, data-component blocks, a visually hidden
# "Image caption, " before captions, then Related Topics, Top Stories,
# Features and Most Read.

def bbc(a, rnd):
    def ss(name):
        return f"ssrcss-{rnd.randrange(36 ** 6):06x}-{name} e{rnd.randrange(10**6):x}{rnd.randrange(10)}"
    cp, ctb, crt = ss("Paragraph"), ss("RichTextComponentWrapper"), ss("RichTextContainer")
    st = Style(img_base="https://ichef.bbci.example/news/976/cpsprodpb")
    st.p = lambda t: f'<div data-component="text-block" class="{ctb}"><div class="{crt}"><p class="{cp}">{t}</p></div></div>'
    st.h = lambda t: f'<div data-component="subheadline-block" class="{ss("ComponentWrapper")}"><h2 class="{ss("StyledHeading")}">{t}</h2></div>'
    st.fig = lambda t: (f'<div data-component="image-block" class="{ss("ComponentWrapper")}"><figure class="{ss("Figure")}"><div class="{ss("ImageWrapper")}"><img sizes="(min-width: 1280px) 50vw, 100vw" srcset="{st.img()} 240w, {st.img()} 800w" src="{st.img()}" alt="" width="976" height="549" class="{ss("Image")}"><span class="{ss("Copyright")}">Environment Agency</span></div>'
                        f'<figcaption class="{ss("Caption")}"><span class="{ss("VisuallyHidden")}">Image caption, </span>{t}</figcaption></figure></div>')
    body = st.render(a.body)
    body[0] = body[0].replace(f'<p class="{cp}">', f'<p class="{cp}"><b class="{ss("BoldText")}">', 1).replace("</p>", "</b></p>", 1)
    name, _, role = text(a.author)[3:].partition(", ")
    most = "".join(f'<li class="{ss("ListItem")}"><div class="{ss("Promo")}"><span class="{ss("Rank")}">{i}</span><a href="/news/uk-{rnd.randrange(10**7, 10**8)}" class="{ss("PromoLink")}"><span>{esc(h)}</span></a></div></li>'
                   for i, h in enumerate(pick(rnd, EN_HEADLINES, 10), 1))

    def promos(n, teaser):
        return "".join(f'<div type="article" class="{ss("Promo")}"><div class="{ss("PromoImage")}"><img src="https://ichef.bbci.example/ace/standard/240/x{i}.jpg" alt=""></div><div class="{ss("PromoContent")}"><a href="/news/world-{rnd.randrange(10**7, 10**8)}" class="{ss("PromoLink")}"><p class="{ss("PromoHeadline")}"><span>{esc(h)}</span></p></a>'
                       + (f'<p class="{ss("PromoParagraph")}">{esc(rnd.choice(EN_TEASERS))}</p>' if teaser else "") + f'<ul class="{ss("MetadataStripContainer")}"><li><span class="{ss("MetadataSnippet")}">{rnd.randrange(1, 23)} hours ago</span></li><li>{rnd.choice(["UK", "World", "Business", "England"])}</li></ul></div></div>'
                       for i, h in enumerate(pick(rnd, EN_HEADLINES, n)))
    html = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
{head(a, rnd, lang="en", site="BBC News", domain="bbc.example", section="news/uk-england-shropshire", title_sep=" - BBC News", published="2023-11-14T06:12:34.000Z", css_rules=30, font="ReithSans,Helvetica,Arial,sans-serif")}
<body>
<div id="__next">
<a href="#main-content" class="{ss("SkipLink")}">Skip to content</a>
<header role="banner" class="{ss("GlobalNavigation")}"><div class="{ss("NavigationWrapper")}"><a href="https://www.bbc.example" class="{ss("BrandLink")}"><svg aria-label="BBC" viewBox="0 0 84 24"><path d="M0 0h24v24H0z"/></svg></a>
 <nav aria-label="BBC"><ul>{''.join(f'<li><a href="https://www.bbc.example/{slug(x)}">{x}</a></li>' for x in ["Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Bitesize", "CBeebies", "CBBC", "Food"])}</ul></nav>
 <a href="https://session.bbc.example/signin" class="{ss("AccountLink")}">Sign in</a></div>
 <nav aria-label="News" class="{ss("StyledNav")}"><ul>{''.join(f'<li><a href="/news/{slug(x)}"><span>{x}</span></a></li>' for x in ["Home", "Israel-Gaza war", "War in Ukraine", "Climate", "Video", "World", "UK", "Business", "Tech", "Science", "Entertainment & Arts", "Health", "In Pictures", "BBC Verify"])}</ul></nav>
 <nav aria-label="England" class="{ss("SecondaryNav")}"><ul>{''.join(f'<li><a href="/news/england/{slug(x)}">{x}</a></li>' for x in ["England", "N. Ireland", "Scotland", "Alba", "Wales", "Cymru", "Local News"])}</ul></nav>
</header>
<div id="main-content" data-testid="main-content" class="{ss("Wrapper")}">
<main role="main" class="{ss("Main")}">
<article class="{ss("ArticleWrapper")}">
<header class="{ss("HeadingWrapper")}"><h1 id="main-heading" type="headline" tabindex="-1" class="{ss("StyledHeading")}"><span role="text">{a.title}</span></h1></header>
<div data-component="byline-block" class="{ss("ComponentWrapper")}"><div class="{ss("BylineWrapper")}"><div class="{ss("Contributor")}"><div class="{ss("TextContributorName")}">By {esc(name)}</div><div class="{ss("TextContributorRole")}">{esc(role)}</div></div></div></div>
<div data-component="metadata-block" class="{ss("ComponentWrapper")}"><div class="{ss("MetadataStrip")}"><time data-testid="timestamp" datetime="2023-11-14T06:12:34.000Z" class="{ss("MetadataSnippet")}">{a.date}</time></div></div>
{interleave(body, {})}
<div data-component="links-block" class="{ss("ComponentWrapper")}"><div class="{ss("LinksWrapper")}"><h2 class="{ss("StyledHeading")}">More on this story</h2><ul>{''.join(f'<li><a href="/news/uk-england-shropshire-{rnd.randrange(10**7, 10**8)}"><span>{esc(h)}</span></a></li>' for h in pick(rnd, EN_HEADLINES, 3))}</ul></div></div>
<div data-component="links-block" class="{ss("ComponentWrapper")}"><h2 class="{ss("StyledHeading")}">Related Internet Links</h2><ul><li><a href="https://www.gov.example/environment-agency">Environment Agency</a></li><li><a href="https://www.shropshire.example">Shropshire Council</a></li></ul><p class="{ss("Disclaimer")}">The BBC is not responsible for the content of external sites.</p></div>
<div data-component="topic-list" class="{ss("ComponentWrapper")}"><h2 class="{ss("StyledHeading")}">Related Topics</h2><ul><li><a href="/news/topics/flooding">Flooding</a></li><li><a href="/news/topics/environment-agency">Environment Agency</a></li><li><a href="/news/topics/shropshire">Shropshire</a></li></ul></div>
</article>
<section data-e2e="top-stories-heading" class="{ss("Section")}"><h2 class="{ss("StyledHeading")}">Top Stories</h2>{promos(4, True)}</section>
<section data-e2e="features-heading" class="{ss("Section")}"><h2 class="{ss("StyledHeading")}">Features</h2>{promos(8, False)}</section>
<section data-e2e="elsewhere-heading" class="{ss("Section")}"><h2 class="{ss("StyledHeading")}">Elsewhere on the BBC</h2>{promos(4, True)}</section>
<section data-e2e="most-read" class="{ss("Section")}"><h2 class="{ss("StyledHeading")}">Most Read</h2><ol class="{ss("OrderedList")}">{most}</ol></section>
</main>
</div>
<footer data-e2e="footer" role="contentinfo" class="{ss("Footer")}"><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in EN_FOOTER)}</ul><p><span>Copyright 2023 BBC. All rights reserved.</span> The <em>BBC</em> is <em>not responsible for the content of external sites.</em> <a href="#"><strong>Read about our approach to external linking.</strong></a></p></footer>
</div>
<script>window.__INITIAL_DATA__={app_state_js(rnd, 30)!r};</script>
</body>
</html>
"""
    gold = [text(a.title), f"By {name}", role, text(a.date)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# Reuters: every paragraph its own div, ad slots and a newsletter promo
# between them; sign-off and "Our Standards" at the end.

def reuters(a, rnd):
    t = "text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__full_width__ekUdw body__small_body__2vQyf article-body__paragraph__2-BtD"
    items = list(a.body)
    note = items.pop()[1]
    chunks = [f'<div class="article-body__element__2p5pI"><p data-testid="paragraph-{i}" class="{t}">{it[1]}</p></div>' for i, it in enumerate(items)]
    ad = '<div class="article-body__element__2p5pI"><div data-testid="ArticleBodyAd" class="article-body__ad__2Ywsm"><div class="ad-slot__container__FUWaU"><span class="text__text__1FZLe ad-slot__label__3WLQX">Advertisement · Scroll to continue</span><div id="ad-inline-{n}"></div></div></div></div>'
    promo = ('<div class="article-body__element__2p5pI"><div data-testid="promo-box" class="promo-box__container__2kVHc"><p class="text__text__1FZLe">Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. newsletter. '
             '<a href="https://www.reuters.example/newsletters/reuters-morning-bid-us/">Sign up here.</a></p></div></div>')
    html_body = interleave(chunks, {1: ad.format(n=1), 3: promo, 5: ad.format(n=2)})
    authors = text(a.author)[3:]
    au = " and ".join(f'<a href="/authors/{slug(x)}/" class="text__text__1FZLe text__inherit-color__3208F text__inherit-font__1Y8w3 text__inherit-size__1DZJi link__underline_on_hover__2zGL4">{x}</a>' for x in authors.split(" and "))
    d1, d2, d3 = "October 12, 2023", "4:05 PM GMT+7", "Updated 3 hours ago"
    html = f"""<!DOCTYPE html>
<html lang="en">
{head(a, rnd, lang="en", site="Reuters", domain="reuters.example", section="business/autos-transportation", title_sep=" | Reuters", published="2023-10-12T09:05:00Z", css_rules=30)}
<body>
<div id="fusion-app" class="fusion-app">
<a href="#main-content" class="skip-link__link__27xOK">Skip to main content</a>
<header class="site-header__container__2o9Vn"><nav class="site-header__nav__1bh5O" aria-label="Main navigation"><a href="/" class="site-header__logo__3nZRZ" aria-label="Reuters home"><svg viewBox="0 0 120 30"><path d="M0 0h10v30H0z"/></svg></a>
 <ul class="nav-bar__list__2iEAl">{''.join(f'<li><a href="/{slug(x)}/" class="nav-bar__link__2yNQy">{x}</a></li>' for x in ["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations", "More"])}</ul>
 <a href="/account/register/" class="site-header__button__1kcEx">Register</a></nav></header>
<main id="main-content" class="regular-article-layout__main__1tnMS">
<article class="article__container__2UJhh">
<div class="article__content__6hMn9">
<header class="article-header__container__3QTlD">
 <div class="article-header__tags__1K-FO"><nav aria-label="Tags"><ul><li><a href="/business/">Business</a></li><li><a href="/business/autos-transportation/">Autos &amp; Transportation</a></li><li><a href="/markets/commodities/">Commodities</a></li></ul></nav></div>
 <h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j heading__heading_2__3Fcw5">{a.title}</h1>
 <div class="article-header__dateline-wrapper__1Bbo-"><div class="info-content__author-date__1Epi_"><address class="info-content__author__3Vnmy">By {au}</address>
  <div class="date-line__date-line__3MBAj"><time datetime="2023-10-12T09:05:00Z">
   <span class="date-line__date__23Ge-">{d1}</span>
   <span class="date-line__date__23Ge-">{d2}</span>
   <span class="date-line__date__23Ge-">{d3}</span>
  </time></div></div></div>
 <div class="article-header__toolbar__3C-pc"><button class="share-button">Share</button><a href="/info-pages/reprints-and-licensing/" class="article-header__licensing__2hUXZ">Acquire Licensing Rights</a></div>
</header>
<div class="article-body__container__3ypuX">
 <figure class="article-body__figure__2i3pB"><div class="styles__image-container__3hkY5"><img src="https://www.reuters.example/resizer/v2/ship.jpg" alt="A container ship transits the canal"></div><figcaption class="text__text__1FZLe">A container ship transits the canal, October 5, 2023. REUTERS/Aris Martinez/File Photo <a href="/info-pages/reprints-and-licensing/">Purchase Licensing Rights</a></figcaption></figure>
 <div class="article-body__content__17Yit paywall-article">
{html_body}
  <p data-testid="SignOff" class="text__text__1FZLe text__dark-grey__3Ml43 sign-off__text__PU3Ap">{note}</p>
  <p class="text__text__1FZLe trust-badge__text__2Nkmm">Our Standards: <a href="https://www.thomsonreuters.example/en/about-us/trust-principles.html">The Thomson Reuters Trust Principles.</a></p>
 </div>
</div>
</div>
</article>
<div class="read-next__container__3CIG2"><h2 class="read-next__heading__1fGyy">Read Next</h2>{en_news_list(rnd, 4, ul_class="read-next__list__3s4Zx", teaser=True, domain="reuters.example")}</div>
<div class="more-from-reuters__container__2FGh6"><h2>More from Reuters</h2>{en_news_list(rnd, 8, ul_class="media-story-card__list", domain="reuters.example")}</div>
<div class="sponsored__container__3e4Bk"><h2>Sponsored Content</h2><ul><li><a href="https://ads.example/1">Five retirement mistakes that cost investors thousands</a></li><li><a href="https://ads.example/2">The smartest way to book hotels in 2023</a></li></ul></div>
</main>
<footer class="site-footer__container__1SL8p"><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in ["Browse", "World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "About Reuters", "Careers", "Reuters News Agency", "Brand Attribution Guidelines"])}</ul><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>© 2023 Reuters. All rights reserved</p></footer>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.globalContent={app_state_js(rnd, 40)};</script>
</body>
</html>
"""
    gold = [text(a.title), text(a.author), f"{d1} {d2} {d3}"] + gold_body(items) + [text(note)]
    return html, gold


# --------------------------------------------------------------------------
# AP: .RichTextStoryBody with ad slots between paragraphs; lead photo
# with caption; "Most read" and more below.

def ap(a, rnd):
    items = list(a.body)
    lead_fig = items.pop(0)[1] if items[0][0] == "fig" else None
    note = items.pop()[1] if items[-1][0] == "note" else None
    st = Style()
    body = st.render(items)
    ad = '<div class="Advertisement  ad-article-body" data-ad-placeholder="" data-slot="{n}"><div class="htlad-article-body"><div>ADVERTISEMENT</div></div></div>'
    html = f"""<!DOCTYPE html>
<html class="Page" lang="en">
{head(a, rnd, lang="en", site="AP News", domain="apnews.example", section="article", title_sep=" | AP News", published="2023-05-18T22:42:00Z", css_rules=26)}
<body class="Page-body">
<bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/" aria-label="AP Logo"><svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg></a>
 <nav class="Page-header-navigation">{menu(["World", "U.S.", "Election 2024", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check", "Oddities", "Be Well", "Newsletters", "Photography", "Climate"], ul_class="Page-header-navigation-items")}</nav>
 <a class="Page-header-donate" href="/donate">SUPPORT INDEPENDENT JOURNALISM</a></div></bsp-header>
<main class="Page-main"><div class="Page-content">
<bsp-story-page class="StoryPage">
 <div class="Page-breadcrumbs"><a class="Link" href="/hub/us-news">U.S. News</a></div>
 <div class="Page-lead"><h1 class="Page-headline">{a.title}</h1>
  <div class="Page-byline"><div class="Page-authors"><span class="Link">{a.author}</span></div>
   <div class="Page-dateModified"><bsp-timestamp data-timestamp="1684449720000" data-template="Updated h:mm A z, MMMM D, YYYY"><span>{a.date}</span></bsp-timestamp></div></div>
  <div class="Page-actions"><bsp-share-bar><div class="ActionBar-items"><a class="ActionLink" href="#">Share</a><a class="ActionLink" href="#">Copy Link copied</a><a href="mailto:" class="ActionLink">Email</a><a href="#" class="ActionLink">Facebook</a><a href="#" class="ActionLink">X</a><a href="#" class="ActionLink">LinkedIn</a><a href="#" class="ActionLink">Reddit</a><a href="#" class="ActionLink">Print</a></div></bsp-share-bar></div>
  {f'<figure class="Figure"><div class="Figure-image"><picture><img class="Image" src="https://dims.apnews.example/dims4/default/farm.jpg" alt=""></picture></div><figcaption class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>{lead_fig}</p></div></figcaption></figure>' if lead_fig else ''}
 </div>
 <div class="RichTextStoryBody RichTextBody">
{interleave(body, {1: ad.format(n=1), 4: ad.format(n=2), 6: ad.format(n=3)})}
{f'<p>{note}</p>' if note else ''}
 </div>
 <div class="Page-below">
  <bsp-list-loadmore class="PageListRightRailA"><div class="PageList-header"><h2 class="PageList-header-title">Most Read</h2></div>{en_news_list(rnd, 5, ul_class="PageList-items", domain="apnews.example")}</bsp-list-loadmore>
  <div class="PageList"><div class="PageList-header"><h2 class="PageList-header-title">Related Stories</h2></div>{en_news_list(rnd, 4, ul_class="PageList-items", teaser=True, domain="apnews.example")}</div>
  <div class="PageList"><div class="PageList-header"><h2 class="PageList-header-title">The Latest</h2></div>{en_news_list(rnd, 10, ul_class="PageList-items", thumb=False, domain="apnews.example")}</div>
 </div>
</bsp-story-page>
</div></main>
<footer class="Page-footer"><div class="Page-footer-info"><p>The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats.</p></div><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in ["About", "Contact Us", "Accessibility Statement", "Terms of Use", "Privacy Policy", "Cookie Settings", "Do Not Sell or Share My Personal Information"])}</ul><p>Copyright 2023 The Associated Press. All Rights Reserved.</p></footer>
{ads_js(rnd, ["ap-article-1", "ap-article-2", "ap-article-3"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date)] + ([text(lead_fig)] if lead_fig else []) + gold_body(items) + ([text(note)] if note else [])
    return html, gold


# --------------------------------------------------------------------------
# The Guardian: dcr- classes, data-gu-name areas, a pull quote figure in
# the body, the long "support us" epic after it, comments, most viewed.

def guardian(a, rnd):
    d = lambda: f"dcr-{rnd.randrange(36 ** 6):06x}"[:10]  # noqa: E731
    cp = d()
    st = Style(img_base="https://i.guim.example/img/media")
    st.p = lambda t: f'<p class="{cp}">{t}</p>'
    st.quote = lambda t, c: (f'<figure data-spacefinder-role="supporting" class="element element-pullquote {d()}"><blockquote class="{d()}"><svg viewBox="0 0 22 14" class="{d()}"><path d="M5.255 0h4.75c-.572 4.53-1.077 8.972-1.297 13.941H0C.792 9.104 2.44 4.53 5.255 0z"/></svg>'
                             f'<p>{t}</p><footer><cite>{c}</cite></footer></blockquote></figure>')
    st.fig = lambda t: (f'<figure data-spacefinder-role="inline" class="{d()}"><div class="{d()}"><picture><img alt="" src="{st.img()}" width="445" height="267" loading="lazy" class="{d()}"></picture></div>'
                        f'<figcaption class="{d()}"><span class="{d()}"><svg width="18" height="13" viewBox="0 0 18 13"><path d="M18 3.5v8l-1.5 1.5h-15L0 11.5v-8L1.5 2H5l1.5-2h5L13 2h3.5L18 3.5z"/></svg></span>{t}</figcaption></figure>')
    body = st.render(a.body)
    epic = ("<p>… as you’re joining us today from Vietnam, we have a small favour to ask. Tens of millions have placed their trust in the Guardian’s fearless journalism since we started publishing 200 years ago, turning to us in moments of crisis, uncertainty, solidarity and hope.</p>"
            "<p>Unlike many others, the Guardian has no shareholders and no billionaire owner. Just the determination and passion to deliver high-impact global reporting, always free from commercial or political influence. Reporting like this is vital for democracy, for fairness and to demand better from the powerful.</p>"
            "<p>And we provide all this for free, for everyone to read. We do this because we believe in information equality. Greater numbers of people can keep track of the global events shaping our world, understand their impact on people and communities, and become inspired to take meaningful action.</p>"
            "<p>If you can, please consider supporting the Guardian today. Every contribution, however big or small, powers our journalism and sustains our future. Thank you.</p>")
    name, _, role = text(a.author).partition(" Transport")
    html = f"""<!DOCTYPE html>
<html lang="en">
{head(a, rnd, lang="en", site="the Guardian", domain="theguardian.example", section="world/2023/nov/07", title_sep=" | Transport | The Guardian", published="2023-11-07T07:00:00Z", css_rules=30, font="GuardianTextEgyptian,Georgia,serif")}
<body>
<div id="bannerandheader"><header data-component="nav2" class="{d()}"><a href="https://support.theguardian.example/contribute" class="{d()}">Support the Guardian</a><p class="{d()}">Fund independent journalism with £5 per month</p><a href="https://profile.theguardian.example/signin" class="{d()}">Sign in</a>
 <nav class="{d()}">{menu(["News", "Opinion", "Sport", "Culture", "Lifestyle"], ul_class=d())}</nav>
 <ul class="{d()}">{''.join(f'<li><a href="/{slug(x)}">{x}</a></li>' for x in ["UK", "World", "Climate crisis", "Ukraine", "Environment", "Science", "Global development", "Football", "Tech", "Business", "Obituaries"])}</ul></header></div>
<main data-layout="StandardLayout"><article class="{d()}">
<div class="{d()}"><div data-gu-name="title" class="{d()}"><a href="/uk/transport" class="{d()}"><span>Transport</span></a></div>
<div data-gu-name="headline" class="{d()}"><div class="{d()}"><h1 class="{d()}">{a.title}</h1></div></div>
<div data-gu-name="standfirst" class="{d()}"><div class="{d()}"><p>{a.lead}</p></div></div>
<div data-gu-name="meta" class="{d()}"><address aria-label="Contributor info" class="{d()}"><div class="{d()}"><a rel="author" href="/profile/{slug(name)}" data-link-name="auto tag link">{esc(name)}</a> Transport{esc(role)}</div></address>
 <details class="{d()}"><summary class="{d()}"><span class="{d()}">{a.date}</span></summary><span class="{d()}">Last modified on Tue 7 Nov 2023 10.12 GMT</span></details>
 <div class="{d()}"><ul class="{d()}"><li><a href="#" aria-label="Share on Facebook">Share on Facebook</a></li><li><a href="#">Share on Twitter</a></li><li><a href="#">Share via Email</a></li></ul><span class="{d()}">{rnd.randrange(200, 2000)}</span><span class="{d()}">comments</span></div></div>
<div data-gu-name="body" class="{d()}"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector {d()}">
{interleave(body, {})}
</div>
<div class="{d()}"><div class="{d()}"><h2 class="{d()}">Explore more on these topics</h2><ul><li><a href="/uk/transport">Transport</a></li><li><a href="/lifeandstyle/cycling">Cycling</a></li><li><a href="/society/road-safety">Road safety</a></li><li><a href="/society/local-government">Local government</a></li><li><a href="/tone/news">news</a></li></ul></div>
 <div class="{d()}"><a href="https://syndication.theguardian.example/" class="{d()}">Reuse this content</a></div></div>
<div id="slot-body-end" class="{d()}"><div class="{d()}"><h2 class="{d()}">I hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting the Guardian’s journalism.</h2>{epic}<a href="https://support.theguardian.example/contribute" class="{d()}">Support the Guardian</a></div></div>
</div></div></article>
<section data-component="more-on-this-story" class="{d()}"><h2 class="{d()}">More on this story</h2>{en_news_list(rnd, 4, ul_class=d(), domain="theguardian.example")}</section>
<section data-component="comments" id="comments" class="{d()}"><h2 class="{d()}">Comments ({rnd.randrange(200, 900)})</h2><p class="{d()}">This discussion is closed for comments.</p>
{en_comments(rnd, 8, '<div class="{d}"><div class="{d}"><span class="{d}">{{name}}</span> <span class="{d}">{{h}}h ago</span></div><p class="{d}">{{text}}</p><div class="{d}"><span>{{likes}}</span> <a href="#">Report</a></div></div>'.replace("{d}", d()))}
</section>
<section data-component="most-viewed" class="{d()}"><h2 class="{d()}">Most viewed</h2><ol class="{d()}">{''.join(f'<li><a href="/uk-news/{slug(h)}"><span class="{d()}">{esc(h)}</span></a></li>' for h in pick(rnd, EN_HEADLINES, 10))}</ol></section>
</main>
<footer class="{d()}"><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in ["About us", "Contact us", "Complaints & corrections", "SecureDrop", "Work for us", "Privacy policy", "Cookie policy", "Terms & conditions", "Help"])}</ul><p class="{d()}">© 2023 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</p></footer>
</body>
</html>
"""
    gold = [text(a.title), text(a.lead), text(a.author), text(a.date)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# A local US paper on TownNews BLOX: #article-body[itemprop=articleBody],
# instory ad regions, a newsletter sign-up box inside the body, Most
# Popular tabs, e-Edition and weather.

def blox(a, rnd):
    items = list(a.body)
    lead_fig = items.pop(0)[1]
    st = Style()
    body = st.render(items)
    region = '<div id="tncms-region-article_instory_{w}" class="tncms-region hidden-print"><div id="tncms-block-{n}" class="tncms-block"><div class="tnt-ads-container"><div class="tnt-ads advertisement text-center"><span class="tnt-ads-label">Advertisement</span><div id="tncms-ad-{n}"></div></div></div></div></div>'
    news = ('<div class="tnt-newsletter-signup card"><div class="card-panel"><h4 class="newsletter-title">Daily Headlines</h4><p class="newsletter-desc">Sign up to get the latest local news delivered to your inbox every morning.</p>'
            '<form class="form-inline"><input type="email" class="form-control" placeholder="Email Address"><button class="btn btn-primary" type="submit">Sign up!</button></form><p class="small">* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.</p></div></div>')
    html = f"""<!DOCTYPE html>
<html lang="en">
{head(a, rnd, lang="en", site="Valley Herald", domain="valleyherald.example", section="news/local/education", title_sep=" | Local News | valleyherald.example", published="2024-03-07T05:30:00-05:00", css_rules=30)}
<body class="fixed-nav-enabled app-asset-article asset-type-article">
<div id="site-container">
<div id="site-navbar-container" class="hidden-print"><nav id="main-navigation" class="navbar navbar-default"><div class="navbar-header"><a href="/" class="navbar-brand"><img src="/logo.png" alt="Valley Herald"></a></div>
 {menu(["News", "Local", "Obituaries", "Sports", "Opinion", "Business", "Entertainment", "Lifestyles", "Weather", "e-Edition", "Classifieds", "Jobs", "Subscribe"], ul_class="nav navbar-nav", active="News")}
 <div class="navbar-right"><a class="btn btn-primary" href="/subscribe">Subscribe for $1</a> <a href="/users/login">Log In</a></div></nav></div>
<div id="tncms-region-global-skyline" class="tncms-region"><div class="weather-bar"><span class="temp">41°</span> <span class="conditions">Cloudy</span> <a href="/weather/">Full forecast</a></div></div>
<section id="main-page-container" class="container">
 <div class="row">
  <div class="col-lg-8 col-md-8 main-content">
   <article class="asset card" id="article_{rnd.randrange(10**8):x}" itemscope itemtype="http://schema.org/NewsArticle">
    <header class="asset-header"><div class="meta"><span class="asset-section"><a href="/news/local/education/">Education</a></span></div>
     <h1 class="headline"><span class="asset-headline speakable-headline" itemprop="headline">{a.title}</span></h1>
     <ul class="list-inline asset-byline"><li><span itemprop="author" class="tnt-byline">{a.author}</span></li></ul>
     <ul class="list-inline"><li><time class="asset-date text-muted" datetime="2024-03-07T05:30:00-05:00">{a.date}</time></li></ul>
     <div class="share-container"><a href="#" class="tnt-share-facebook">Facebook</a> <a href="#" class="tnt-share-twitter">Twitter</a> <a href="#" class="tnt-share-email">Email</a> <a href="#" class="tnt-share-print">Print</a> <a href="#" class="tnt-share-save">Save</a></div>
    </header>
    <div class="asset-photo"><figure class="photo"><div class="image"><img src="https://bloximages.example/valleyherald/content/tncms/assets/v3/editorial/lincoln.jpg" alt="Lincoln Elementary" class="img-responsive"></div><figcaption class="caption-container"><div class="caption-text">{lead_fig}</div></figcaption></figure></div>
    <div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
     <div class="subscriber-only encrypted-content">
{interleave(body, {1: region.format(w="top", n=1), 3: news, 5: region.format(w="middle", n=2)})}
     </div>
    </div>
    <div class="asset-tags"><h4>Tags</h4><a href="/search/?k=%22education%22">Education</a> <a href="/search/?k=%22city+council%22">City Council</a> <a href="/search/?k=%22schools%22">Schools</a></div>
    <div class="asset-author"><div class="tnt-author"><img src="/authors/kwhitfield.jpg" alt=""><h5>Karen Whitfield</h5><p>Reporter</p><p>Karen Whitfield covers education and city government for the Valley Herald.</p></div></div>
   </article>
   <div id="comments" class="asset-comments"><h3>Comments</h3><p>Welcome to the discussion.</p><p class="comment-guidelines">Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language. PLEASE TURN OFF YOUR CAPS LOCK. Don't Threaten. Threats of harming another person will not be tolerated. Be Truthful. Don't knowingly lie about anyone or anything. Be Nice. No racism, sexism or any sort of -ism that is degrading to another person. Be Proactive. Use the 'Report' link on each comment to let us know of abusive posts. Share with Us. We'd love to hear eyewitness accounts, the history behind an article.</p>
{en_comments(rnd, 4, '<div class="comment"><strong class="comment-author">{name}</strong> <span class="comment-time">{h} hrs ago</span><p>{text}</p></div>')}
   </div>
  </div>
  <aside class="col-lg-4 col-md-4 hidden-print">
   <div class="card most-popular"><h3 class="card-title">Most Popular</h3><ul class="nav nav-tabs"><li class="active"><a href="#stories">Stories</a></li><li><a href="#videos">Videos</a></li><li><a href="#images">Images</a></li></ul>{en_news_list(rnd, 10, ul_class="list-unstyled", thumb=False, domain="valleyherald.example")}</div>
   <div class="card e-edition"><h3 class="card-title">Today's e-Edition</h3><a href="/eedition/"><img src="/eedition/cover.jpg" alt="e-Edition"></a></div>
   <div class="card"><h3 class="card-title">Latest News</h3>{en_news_list(rnd, 8, ul_class="list-unstyled", domain="valleyherald.example")}</div>
   <div class="card stay-informed"><h3 class="card-title">Stay Informed</h3><p>Sign up for our newsletters to get the latest headlines, breaking news alerts and more.</p><a class="btn" href="/newsletters/">Sign up</a></div>
  </aside>
 </div>
</section>
<footer id="site-footer" class="hidden-print"><div class="container"><p class="site-title">Valley Herald</p><p>123 Main Street, Millbrook, OH 45000 (example)</p><p>Phone: 555-0100 · Email: news@valleyherald.example</p>{menu(["Contact Us", "Terms of Use", "Privacy Policy", "Advertise", "Careers", "Submit a News Tip"], ul_class="list-inline")}<p>© 2024 Valley Herald. Powered by BLOX Content Management System from TownNews.com.</p></div></footer>
</div>
{ads_js(rnd, ["instory-top", "instory-middle", "rail1", "rail2"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date), text(lead_fig)] + gold_body(items)
    return html, gold


# --------------------------------------------------------------------------
# A WordPress food blog (classic theme): .entry-content, a recipe-card
# plugin's "Jump to" buttons, and a comment section far longer than the
# post.

BLOG_COMMENTS_EN = [
    ("Rachel", "This is exactly what I needed! I've been putting off sourdough because I thought it would take over my whole weekend. Trying this on Wednesday.",
     ("Emma Caldwell", "Yay! Let me know how it goes, Rachel. Start with a well-fed starter and you'll be fine.")),
    ("Tom B.", "How cold is your fridge? Mine runs at about 3C and I find the dough barely rises overnight. Should I leave it out longer during the day?",
     ("Emma Caldwell", "Mine is around 4C. If yours is colder, give it an extra hour or two on the counter before shaping. You want it visibly puffy before it goes in.")),
    ("Linda", "I tried this last week and it came out beautifully. The crust was so crackly! My husband couldn't believe I made it on a work day.", None),
    ("Jorge M.", "Can I use all whole wheat flour? We are trying to eat more whole grains.",
     ("Emma Caldwell", "You can, but it will absorb more water and the loaf will be denser. I'd start with 50/50 and add another 20-30g of water.")),
    ("Sophie", "I don't have a Dutch oven. Would a baking stone with a tray of water underneath work?",
     ("Emma Caldwell", "Yes! A stone plus steam works well. Pour boiling water into a hot tray on the lowest shelf just as the loaf goes in.")),
    ("Mark T.", "My loaves always spread out flat like a pancake when I turn them out of the basket. Is that an over-fermentation problem or a shaping problem?",
     ("Emma Caldwell", "Usually a bit of both! Try building more tension when you shape, and cut the counter rise a little shorter if your kitchen is warm.")),
    ("Priya", "Love how simple you've made this. I printed the schedule and stuck it on the fridge.", None),
    ("Hannah W.", "Has anyone tried this with a rye starter? Mine is 100% rye and quite sluggish in winter.", None),
    ("Dave", "Reply to Hannah: I use a rye starter and it works fine, just feed it twice the day before and keep it somewhere warm like the top of the fridge.", None),
    ("Grace", "The tip about the long autolyse overnight changed everything for me. I used to knead for 15 minutes and still got a tight crumb.", None),
    ("Chris O.", "What's the reason for baking with the lid on first? Is it just the steam?",
     ("Emma Caldwell", "Exactly, the lid traps steam from the dough so the crust stays soft long enough for the loaf to expand. Then you take it off to brown.")),
    ("Aisha", "Made this three weekends in a row now. My starter is finally happy and so is my family. Thank you for such a clear write-up!", None),
    ("Ben", "For anyone at high altitude: I had to cut the water by about 20g, otherwise it was too slack to shape.", None),
    ("Maggie R.", "Could I freeze the shaped dough instead of baking it the next morning? Some weeks I just don't have time.",
     ("Emma Caldwell", "I haven't had great results freezing raw sourdough, the yeast doesn't love it. I'd bake it and freeze the loaf instead, sliced.")),
]


def wordpress_en(a, rnd):
    st = Style(img_base="https://crumbandcrust.example/wp-content/uploads/2023/09")
    st.fig = lambda t: (f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="768" src="{st.img()}" alt="sourdough loaf" class="wp-image-{rnd.randrange(1000, 9999)}"/><figcaption class="wp-element-caption">{t}</figcaption></figure>')
    st.h = lambda t: f'<h2 class="wp-block-heading">{t}</h2>'
    body = st.render(a.body)
    jump = ('<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="1" class="wprm-recipe-jump wprm-recipe-link wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent">Jump to Recipe</a> '
            '<a href="#" class="wprm-recipe-print wprm-recipe-link wprm-block-text-normal wprm-recipe-print-inline-button">Print Recipe</a></div>'
            '<p class="disclosure"><em>This post may contain affiliate links. If you buy through them I may earn a small commission at no extra cost to you.</em></p>')

    def comment(c, depth=1):
        name, t, reply = c
        cid = rnd.randrange(10**4, 10**5)
        s = (f'<li class="comment {"byuser bypostauthor" if name == "Emma Caldwell" else ""} even depth-{depth}" id="li-comment-{cid}"><div id="comment-{cid}" class="comment-wrap">'
             f'<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{cid:x}?s=60" class="avatar avatar-60 photo" height="60" width="60"><cite class="fn">{esc(name)}</cite></div>'
             f'<div class="comment-meta commentmetadata"><a href="#comment-{cid}">September {rnd.randrange(3, 30)}, 2023 at {rnd.randrange(1, 12)}:{rnd.randrange(10, 59)} {rnd.choice(["am", "pm"])}</a></div>'
             f'<div class="comment-text"><p>{esc(t)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></div>')
        if reply:
            s += '<ul class="children">' + comment((reply[0], reply[1], None), depth + 1) + "</ul>"
        return s + "</li>"
    ncom = len(BLOG_COMMENTS_EN) + sum(1 for c in BLOG_COMMENTS_EN if c[2])
    html = f"""<!DOCTYPE html>
<html lang="en-US">
{head(a, rnd, lang="en", site="Crumb & Crust", domain="crumbandcrust.example", section="sourdough", title_sep=" - Crumb &amp; Crust", published="2023-09-03T07:00:00-04:00", css_rules=22, font="Lora,serif")}
<body class="post-template-default single single-post postid-1187 single-format-standard">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Crumb &amp; Crust</a></p><p class="site-description">Real bread for real life</p></div>
 <nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>{menu(["Home", "Recipes", "Sourdough", "Starter Guide", "Tools I Use", "About", "Contact"], ul_class="menu nav-menu", active="Sourdough")}</nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-1187" class="post-1187 post type-post status-publish format-standard has-post-thumbnail hentry category-sourdough">
 <header class="entry-header"><h1 class="entry-title">{a.title}</h1>
  <div class="entry-meta"><span class="posted-on">Posted on <a href="/my-no-fuss-sourdough-routine/" rel="bookmark"><time class="entry-date published" datetime="2023-09-03T07:00:00-04:00">{a.date}</time></a></span> <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/emma/">{a.author}</a></span></span> <span class="comments-link"><a href="#comments">{ncom} Comments</a></span></div></header>
 <div class="entry-content">
{jump}
{chr(10).join(body)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/starter-guide/">Read my complete starter guide</a></div></div>
<div class="social-share"><span class="share-label">Share this:</span> <a href="#">Pinterest</a> <a href="#">Facebook</a> <a href="#">Email</a></div>
 </div>
 <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/sourdough/" rel="category tag">Sourdough</a></span> <span class="tags-links">Tagged <a href="/tag/bread/" rel="tag">bread</a>, <a href="/tag/weeknight/" rel="tag">weeknight</a></span></footer>
</article>
<div class="author-box"><img src="/emma.jpg" alt=""><h4>About Emma</h4><p>Emma is a home baker, mum of two and recovering perfectionist. She has been baking sourdough since 2015 and writes about making good bread fit into ordinary life.</p></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/focaccia/" rel="prev"><span class="meta-nav">Previous</span> Overnight focaccia with cherry tomatoes</a></div><div class="nav-next"><a href="/starter-rescue/" rel="next"><span class="meta-nav">Next</span> How to rescue a neglected starter</a></div></div></nav>
<div id="comments" class="comments-area">
 <h2 class="comments-title">{ncom} thoughts on &ldquo;{a.title}&rdquo;</h2>
 <ol class="comment-list">
{chr(10).join(comment(c) for c in BLOG_COMMENTS_EN)}
 </ol>
 <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-cookies-consent"><input type="checkbox"> <label>Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
 <section class="widget widget_text"><h2 class="widget-title">Hi, I'm Emma!</h2><div class="textwidget"><p>Welcome to Crumb &amp; Crust, where I share the bread recipes and routines that actually work in a busy family kitchen.</p></div></section>
 <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{''.join(f'<li><a href="/{slug(p)}/">{p}</a></li>' for p in ["Overnight focaccia with cherry tomatoes", "How to rescue a neglected starter", "The only sandwich loaf you need", "Rye starter vs wheat starter: which is easier?", "Five bread baking tools I use every week"])}</ul></section>
 <section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{''.join(f'<li><a href="/2023/{m:02d}/">{n} 2023</a></li>' for m, n in [(9, "September"), (8, "August"), (7, "July"), (6, "June"), (5, "May")])}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">&copy; 2023 Crumb &amp; Crust · <a href="/privacy-policy/">Privacy Policy</a> · Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.author)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# A Medium-like post: atomic hashed classes everywhere (pw-post-body-
# paragraph is the only meaningful one), claps and follow buttons, "More
# from" and "Recommended" cards with subtitles.

def medium(a, rnd):
    def cls(n=8):
        return " ".join("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.choice((2, 2, 3)))) for _ in range(n))
    pcls = cls(24)
    st = Style(img_base="https://miro.medium.example/v2/resize:fit:1400")
    st.p = lambda t: f'<p id="{rnd.randrange(16 ** 4):04x}" class="pw-post-body-paragraph {pcls}" data-selectable-paragraph="">{t}</p>'
    st.h = lambda t: f'<h2 id="{rnd.randrange(16 ** 4):04x}" class="{cls(14)}" data-selectable-paragraph="">{t}</h2>'
    lic = cls(22)
    st.ol = lambda items: f'<ol class="">' + "".join(f'<li id="{rnd.randrange(16 ** 4):04x}" class="{lic}" data-selectable-paragraph="">{x}</li>' for x in items) + "</ol>"
    body = st.render(a.body)
    cards = lambda n: "".join(  # noqa: E731
        f'<div class="{cls(4)}"><div class="{cls(3)}"><a href="/@someone/{slug(h)}-{rnd.randrange(16 ** 12):012x}"><h2 class="{cls(9)}">{esc(h)}</h2><div class="{cls(5)}"><h3 class="{cls(9)}">{esc(rnd.choice(EN_TEASERS))}</h3></div></a><div class="{cls(4)}"><span>{rnd.randrange(3, 15)} min read</span><span>·</span><span>{rnd.choice(["Mar", "Apr", "May", "Jun", "Jul"])} {rnd.randrange(1, 28)}, 2023</span></div><div class="{cls(3)}"><span>{rnd.randrange(1, 9)}.{rnd.randrange(10)}K</span><span>{rnd.randrange(5, 90)}</span></div></div></div>'
        for h in pick(rnd, EN_HEADLINES, n))
    html = f"""<!doctype html>
<html lang="en">
{head(a, rnd, lang="en", site="Medium", domain="medium.example", section="engineering-at-northwind", title_sep=" | by Priya Raman | Engineering at Northwind | Medium", published="2023-06-12T15:21:00.000Z", css_rules=8)}
<body>
<div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="{cls(6)}"><div class="{cls(4)}"><a href="/" aria-label="Homepage"><svg viewBox="0 0 1043.63 592.71" class="{cls(2)}"><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36"/></svg></a>
 <div class="{cls(3)}"><input role="combobox" placeholder="Search" class="{cls(6)}"></div><a href="/new-story" class="{cls(4)}"><span>Write</span></a><a href="/m/signin" class="{cls(4)}">Sign up</a><a href="/m/signin" class="{cls(4)}">Sign in</a></div></div>
<div class="{cls(5)}"><div class="{cls(6)}"><div class="{cls(4)}">
<article><div class="l"><div class="l"><section><div><div class="{cls(5)}"><div class="{cls(4)}"><div class="{cls(6)}">
<div><h1 id="{rnd.randrange(16 ** 4):04x}" class="pw-post-title {cls(14)}" data-testid="storyTitle" data-selectable-paragraph="">{a.title}</h1></div>
<div><h2 id="{rnd.randrange(16 ** 4):04x}" class="pw-subtitle-paragraph {cls(14)}" data-selectable-paragraph="">{a.lead}</h2></div>
<div class="{cls(4)}"><div class="{cls(4)}"><a href="/@priyaraman" rel="noopener follow"><img alt="Priya Raman" class="{cls(3)}" src="https://miro.medium.example/v2/resize:fill:88:88/avatar.jpg" width="44" height="44"></a>
 <div class="{cls(3)}"><span class="{cls(5)}" data-testid="authorName"><a href="/@priyaraman">{a.author}</a></span> <span class="{cls(3)}">·</span> <button class="{cls(6)}">Follow</button></div>
 <div class="{cls(4)}"><span class="pw-published-date {cls(3)}">{a.date}</span></div></div></div>
<div class="{cls(4)}"><div class="{cls(3)}"><button data-testid="headerClapButton" class="{cls(4)}" aria-label="clap"><svg width="24" height="24"><path d="M11.37.83 12 3.28l.63-2.45h-1.26z"/></svg></button><p class="pw-multi-vote-count {cls(4)}"><button class="{cls(3)}">1.2K</button></p></div><div class="{cls(3)}"><button class="{cls(3)}" aria-label="responses"><svg width="24" height="24"><path d="M18 16.8a7.14 7.14 0 0 0 2.24-5.32c0-4.12-3.53-7.48-8.05-7.48C7.67 4 4 7.36 4 11.48c0 4.13 3.67 7.48 8.2 7.48"/></svg></button><p class="pw-responses-count {cls(3)}">14</p></div>
 <div class="{cls(3)}"><button class="{cls(3)}" aria-label="Add to list">Save</button><button class="{cls(3)}" data-testid="audioPlayButton">Listen</button><button class="{cls(3)}" aria-label="Share Post">Share</button></div></div>
{chr(10).join(body)}
</div></div></div></div></section></div></div></article>
<div class="{cls(4)}"><div class="{cls(3)}"><a href="/tag/software-engineering" class="{cls(3)}"><div class="{cls(4)}">Software Engineering</div></a><a href="/tag/devops" class="{cls(3)}"><div class="{cls(4)}">DevOps</div></a><a href="/tag/workflow" class="{cls(3)}"><div class="{cls(4)}">Workflow</div></a></div>
 <div class="{cls(4)}"><button class="{cls(3)}">1.2K</button><button class="{cls(3)}">14</button></div></div>
</div></div></div>
<div class="{cls(5)}"><div class="{cls(4)}"><div class="{cls(3)}"><a href="/@priyaraman"><img alt="Priya Raman" src="https://miro.medium.example/v2/resize:fill:144:144/avatar.jpg" width="72" height="72"></a>
 <h2 class="{cls(6)}"><a href="/@priyaraman">Written by Priya Raman</a></h2><div class="{cls(3)}"><span class="{cls(4)}"><a href="/@priyaraman/followers">2.1K Followers</a></span> · <span>Writer for <a href="/engineering-at-northwind">Engineering at Northwind</a></span></div>
 <p class="{cls(5)}">Staff engineer. Distributed systems, boring technology and the people who keep it running.</p><button class="{cls(4)}">Follow</button></div>
 <div class="{cls(4)}"><h2 class="{cls(5)}">More from Priya Raman and Engineering at Northwind</h2>{cards(4)}<a href="/@priyaraman" class="{cls(3)}">See all from Priya Raman</a></div>
 <div class="{cls(4)}"><h2 class="{cls(5)}">Recommended from Medium</h2>{cards(6)}<h2 class="{cls(5)}">Lists</h2><div class="{cls(3)}"><a href="/@medium/list/staff-picks"><h2>Staff Picks</h2><p>512 stories · 602 saves</p></a><a href="/@medium/list/stories-to-help-you-level-up-at-work"><h2>Stories to Help You Level-Up at Work</h2><p>19 stories · 425 saves</p></a></div><a href="/" class="{cls(3)}">See more recommendations</a></div></div></div>
<div class="{cls(4)}"><div class="{cls(3)}">{''.join(f'<a href="https://help.medium.example/{slug(x)}" class="{cls(3)}"><p class="{cls(3)}">{x}</p></a>' for x in ["Help", "Status", "About", "Careers", "Blog", "Privacy", "Terms", "Text to speech", "Teams"])}</div></div>
</div></div></div>
<script>window.__APOLLO_STATE__ = {app_state_js(rnd, 40)}</script>
</body>
</html>
"""
    gold = [text(a.title), text(a.lead), text(a.author), text(a.date)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# A wire press release: header with "News provided by", .release-body
# with the About section; the media contact and "Also from this source"
# outside it.

def pressrelease(a, rnd):
    items = list(a.body)
    note = items.pop()[1]
    st = Style()
    st.h = lambda t: f"<p><b>{t}</b></p>"
    body = st.render(items)
    provided, _, when = text(a.date).partition(" Inc. ")
    html = f"""<!DOCTYPE html>
<html lang="en-US">
{head(a, rnd, lang="en", site="PR Newswire", domain="prnewswire.example", section="news-releases", title_sep=" ", published="2024-01-09T13:00:00Z", css_rules=26)}
<body class="news-release-detail">
<header class="prn-header"><div class="container"><a class="logo" href="/"><img src="/logo.svg" alt="PR Newswire: news distribution, targeting and monitoring"></a>
 <nav>{menu(["News", "Products", "Contact", "Blog", "Resources", "Journalists", "Send a Release"], ul_class="nav navbar-nav")}</nav><a class="btn" href="/account/login">Sign In</a></div></header>
<main class="container">
 <div class="breadcrumb"><a href="/news-releases/">News Releases</a> / <a href="/news-releases/energy-latest-news/">Energy</a> / <a href="/news-releases/energy-latest-news/environmental-products-services-list/">Environmental Products &amp; Services</a></div>
 <div class="row"><div class="col-sm-8">
  <header class="release-header"><div class="row"><div class="col-sm-12"><div class="release-source"><span class="release-source-label">NEWS PROVIDED BY</span> <a href="/news/northwind-batteries-inc/" class="font-bold">{esc(provided[len("NEWS PROVIDED BY "):])} Inc.</a> <span class="mb-no">{esc(when)}</span></div></div></div>
   <h1>{a.title}</h1><p class="subtitle">{a.lead}</p>
   <div class="social-share"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></header>
  <section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
{chr(10).join(body)}
   <p>{note}</p>
   <p><a href="https://www.prnewswire.example/news/northwind-batteries-inc/" rel="nofollow">Northwind Batteries Inc.</a></p>
  </div></div></section>
  <div class="also-from-source"><h3>Also from this source</h3>{en_news_list(rnd, 3, ul_class="list", teaser=True, domain="prnewswire.example")}</div>
  <div class="explore"><h3>Explore</h3><p>More news releases in similar topics</p><ul><li><a href="#">Environmental Products &amp; Services</a></li><li><a href="#">Automotive</a></li><li><a href="#">Manufacturing &amp; Engineering</a></li><li><a href="#">New Products &amp; Services</a></li></ul></div>
 </div>
 <div class="col-sm-4"><aside class="release-contact"><h3>Contact</h3><p>Media Contact: Jordan Lee, Northwind Batteries Inc., (313) 555-0142, media@northwindbatteries.example</p></aside>
  <aside class="related-releases"><h3>Latest releases</h3>{en_news_list(rnd, 10, ul_class="list-unstyled", thumb=False, domain="prnewswire.example")}</aside></div>
 </div>
</main>
<footer class="prn-footer"><div class="container">{menu(["Contact", "Terms of Use", "Privacy", "Site Map", "RSS Feeds", "Cookie Settings"], ul_class="list-inline")}<p>Copyright © 2024 Cision US Inc. (example)</p></div></footer>
</body>
</html>
"""
    # The "News provided by" label is the wire's; the date is the release's.
    gold = [text(a.title), text(a.lead), when] + gold_body(items) + [text(note)]
    return html, gold


# --------------------------------------------------------------------------
# A small-town paper from 2005: table layout, <font>, windows-1252, the
# charset declared after 6 KB of head.

def oldpaper_en(a, rnd):
    st = Style()
    st.p = lambda t: f'<p><font face="Georgia, Times" size="3">{t}</font></p>'
    body = st.render(a.body)
    left = "".join(f'<tr><td class="nav" bgcolor="#DDE4EE">&nbsp;<a href="/{slug(x)}.html" class="navlink">{x}</a></td></tr>'
                   for x in ["Front Page", "Local News", "Sports", "Obituaries", "Opinion", "Farm & Ranch", "Church News", "Classifieds", "Legal Notices", "Subscribe", "Contact Us", "Archives"])
    html = f"""<html>
{head(a, rnd, lang="en", site="The Harlan County Courier", domain="harlancourier.example", section="news", charset_late=True, charset="windows-1252", jsonld=False, published="2023-08-14", font="Georgia,serif")}
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="/images/masthead.gif" width="900" height="110" alt="The Harlan County Courier - Serving Harlan County since 1887"></td></tr>
<tr><td colspan="3" bgcolor="#1F3A60" height="22"><font face="Verdana" size="1" color="#FFFFFF">&nbsp;&nbsp;Monday, August 14, 2023 &nbsp;·&nbsp; Weather: 84° Sunny &nbsp;·&nbsp; <a href="/subscribe.html"><font color="#FFFF99">Subscribe to the print edition</font></a></font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#DDE4EE"><table width="150" border="0" cellspacing="0" cellpadding="3">{left}</table>
<br><table width="150"><tr><td><font face="Verdana" size="1"><b>Search the Courier</b></font><br><input type="text" size="12"><input type="submit" value="Go"></td></tr></table></td>
<td width="570" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<font face="Verdana" size="1" color="#666666">{a.date}</font><br>
<font face="Georgia, Times" size="5"><b>{a.title}</b></font><br>
<font face="Verdana" size="2"><i>{a.author}</i></font><br><br>
<table align="right" width="220" border="0" cellpadding="4" bgcolor="#F2F2F2" style="margin-left:10px"><tr><td><img src="/photos/2023/tractor.jpg" width="210"><br><font face="Verdana" size="1">Ray Dobbins’ restored 1952 John Deere took first place in the antique class Saturday night. (Courier photo)</font></td></tr></table>
{chr(10).join(body)}
<br><font face="Verdana" size="1"><a href="/print.asp?id=8812">Printer-friendly version</a> | <a href="/email.asp?id=8812">E-mail this story</a> | <a href="/letters.html">Write a letter to the editor</a></font>
<hr size="1" noshade>
<font face="Verdana" size="2"><b>More Local News</b></font><br>
{''.join(f'<font face="Verdana" size="2">&#149; <a href="/news/{slug(h)}.html">{esc(h)}</a></font><br>' for h in pick(rnd, EN_HEADLINES, 12))}
</td></tr></table></td>
<td width="180" valign="top" bgcolor="#F7F7F7"><table width="180" border="0" cellpadding="4">
<tr><td><font face="Verdana" size="2"><b>Most Read</b></font></td></tr>
{''.join(f'<tr><td><font face="Verdana" size="1"><a href="/news/{slug(h)}.html">{esc(h)}</a></font></td></tr>' for h in pick(rnd, EN_HEADLINES, 8))}
<tr><td><a href="http://ads.example/click?id=1"><img src="/ads/feedstore.gif" width="170" alt="Kessler Feed &amp; Supply"></a></td></tr>
<tr><td><font face="Verdana" size="1"><b>Obituaries</b><br>{'<br>'.join(['Harold J. Benson, 88', 'Mary Ellen Kraus, 92', 'Robert "Bob" Lindgren, 79', 'Dorothy Mae Pruitt, 95'])}</font></td></tr>
</table></td>
</tr>
<tr><td colspan="3" bgcolor="#1F3A60" align="center"><font face="Verdana" size="1" color="#FFFFFF">© 2023 The Harlan County Courier · 212 Main St., Harlan (example) · (555) 555-0199<br>All content copyright The Harlan County Courier. Reproduction without permission prohibited.</font></td></tr>
</table>
</body>
</html>
"""
    cap = "Ray Dobbins’ restored 1952 John Deere took first place in the antique class Saturday night. (Courier photo)"
    gold = [text(a.title), text(a.date), text(a.author), cap] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# A tabloid on WordPress VIP with infinite scroll: the next story is
# already appended below, with the same markup as the first.

def nypost(a, rnd):
    st = Style()
    body = st.render(a.body)
    more_on = ('<div class="more-on"><span class="more-on__heading">More On:</span> <a href="/tag/subway/">subway</a>, <a href="/tag/mta/">MTA</a>, <a href="/tag/commuting/">commuting</a></div>')
    read_more = f'<div class="inline-module inline-module--read-more"><h3 class="inline-module__heading">Read more</h3><ul><li><a href="https://nypost.example/2023/11/01/{slug(pick(rnd, EN_HEADLINES, 1)[0])}/">{esc(pick(rnd, EN_HEADLINES, 1)[0])}</a></li></ul></div>'
    nt, nl, np_ = a.get("x-next-title"), a.get("x-next-lead"), a.xs("next-p")

    def story(title, date, author, lead, inner, cls):
        return f"""<article class="single {cls}" data-infinite-post="{rnd.randrange(10**7)}">
 <div class="single__header"><div class="single__header-primary"><span class="single__section"><a href="/metro/">Metro</a></span>
  <h1 class="headline headline--single">{title}</h1>
  <div class="single__byline"><div class="byline"><span class="byline__author">{author}</span></div><div class="date--updated"><div class="date--updated__item"><span>{date}</span></div></div></div>
  <div class="share-bar"><a class="share-bar__link" href="#">Facebook</a> <a class="share-bar__link" href="#">Twitter</a> <a class="share-bar__link" href="#">Email</a> <a class="share-bar__link" href="#">Copy URL</a></div></div>
  <p class="single__excerpt">{lead}</p></div>
 <div class="single__content entry-content m-bottom">
{inner}
 </div>
</article>"""
    main = story(a.title, a.date, a.author, a.lead, interleave(body, {2: read_more, 4: '<div class="widget_nypost_dfp_ad_widget"><div class="dfp-ad" id="dfp-ad-mid">Advertisement</div></div>'}) + "\n" + more_on, "single--first")
    nxt = story(nt, "Published Nov. 2, 2023, 5:11 p.m. ET", "By Nicole Alvarez", nl, "\n".join(f"<p>{p}</p>" for p in np_) + '\n<a class="button--continue" href="#">Continue reading</a>', "single--next")
    html = f"""<!DOCTYPE html>
<html lang="en-US">
{head(a, rnd, lang="en", site="New York Post", domain="nypost.example", section="2023/11/02/metro", title_sep=" | New York Post", published="2023-11-02T17:58:00-04:00", css_rules=30)}
<body class="post-template-default single single-post">
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/"><img src="/logo.svg" alt="New York Post"></a>
 <nav class="site-header__nav">{menu(["Metro", "US News", "World News", "Sports", "Business", "Opinion", "Entertainment", "Fashion", "Lifestyle", "Real Estate", "Tech", "Video", "Shopping"], ul_class="nav-menu", active="Metro")}</nav>
 <a class="site-header__subscribe" href="/subscribe">Subscribe</a></div></header>
<div class="layout layout--single">
 <main class="layout__main" id="main">
{main}
<div class="comments-teaser"><a href="#comments" class="comments-teaser__link">Comments</a> <span class="comments-teaser__count">{rnd.randrange(20, 400)}</span></div>
<section class="widget widget--recirc"><h2 class="widget__heading">Trending Now</h2>{en_news_list(rnd, 6, ul_class="story-list", domain="nypost.example")}</section>
{nxt}
 </main>
 <aside class="layout__rail"><section class="widget"><h2 class="widget__heading">Most Popular</h2>{en_news_list(rnd, 10, ul_class="story-list", thumb=False, domain="nypost.example")}</section>
  <section class="widget"><h2 class="widget__heading">Sponsored Stories</h2><ul><li><a href="https://sponsor.example/1">Doctors stunned by this simple morning habit</a></li><li><a href="https://sponsor.example/2">The new rule every homeowner should know about</a></li></ul></section></aside>
</div>
<footer class="site-footer"><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in ["About Us", "Contact Us", "Tips", "Careers", "Terms of Use", "Privacy Notice", "Your Ad Choices", "Sitemap", "Accessibility"])}</ul><p>© 2023 NYP Holdings, Inc. All Rights Reserved (example)</p></footer>
{ads_js(rnd, ["mid", "rail", "footer"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date), text(a.lead)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# A hyperlocal site built with CSS modules (styles_Name__hash): results
# tables in the article, no <article> for the text itself.

def patch(a, rnd):
    m = lambda name: f"styles_{name}__{''.join(rnd.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(5))}"  # noqa: E731
    st = Style()
    cp = m("Paragraph")
    st.p = lambda t: f'<p class="{cp}">{t}</p>'
    st.table = lambda cap, rows: (f'<div class="{m("TableWrapper")}"><table class="{m("Table")}"><caption>{cap}</caption><tbody>'
                                  + "".join("<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>" for i, r in enumerate(rows)) + "</tbody></table></div>")
    body = st.render(a.body)
    html = f"""<!DOCTYPE html>
<html lang="en">
{head(a, rnd, lang="en", site="Riverside, WA Patch", domain="patch.example", section="washington/riverside", title_sep=" | Riverside, WA Patch", published="2023-11-09T07:42:00Z", css_rules=16)}
<body>
<div id="__next"><div class="{m("Layout")}">
<header class="{m("Header")}"><a href="/washington/riverside" class="{m("Logo")}">Riverside, WA Patch</a><button class="{m("Button")}">Subscribe</button><a class="{m("Link")}" href="/login">Log in</a></header>
<nav class="{m("Nav")}">{''.join(f'<a class="{m("NavLink")}" href="/washington/riverside/{slug(x)}">{x}</a>' for x in ["News Feed", "Neighbor Posts", "Classifieds", "Calendar", "Elections", "Real Estate", "Business"])}</nav>
<main class="{m("Main")}"><div class="{m("Grid")}"><div class="{m("MainColumn")}">
 <div class="{m("Eyebrow")}"><a href="/washington/riverside/politics">Politics &amp; Government</a></div>
 <h1 class="{m("Title")}">{a.title}</h1>
 <div class="{m("Byline")}"><span class="{m("Author")}">{a.author}</span> <span class="{m("Verified")}">Verified Patch Staff Badge</span></div>
 <div class="{m("Timestamp")}"><time datetime="2023-11-09T07:42:00Z">{a.date}</time></div>
 <div class="{m("ShareBar")}"><button class="{m("ShareButton")}">Reply</button><button class="{m("ShareButton")}">Share</button><button class="{m("ShareButton")}">Thank</button></div>
 <section class="{m("Body")}" data-testid="article-body">
{interleave(body, {1: f'<div class="{m("InlineAd")}"><span>Advertisement</span></div>', 4: f'<div class="{m("NewsletterCta")}"><p>Subscribe to get local election results and more in your inbox.</p><button class="{m("Button")}">Subscribe</button></div>'})}
 </section>
 <div class="{m("Thanks")}"><button class="{m("Button")}">Thank</button> <span>{rnd.randrange(1, 40)} neighbors thanked this</span></div>
 <section class="{m("MoreFromPatch")}"><h2>More from Riverside</h2>{en_news_list(rnd, 8, ul_class=m("List"), teaser=True, domain="patch.example")}</section>
</div>
<aside class="{m("Rail")}"><div class="{m("Weather")}"><span>52°</span> <span>Light rain</span></div><h3>Trending in Riverside</h3>{en_news_list(rnd, 6, ul_class=m("List"), thumb=False, domain="patch.example")}<h3>Upcoming events</h3><ul><li>Veterans Day parade, Nov. 11, 10 a.m.</li><li>Library book sale, Nov. 18</li><li>Holiday tree lighting, Dec. 1</li></ul></aside>
</div></main>
<footer class="{m("Footer")}"><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in ["About Patch", "Careers", "Advertise", "Terms of Use", "Privacy Policy", "Community Guidelines"])}</ul><p>© 2023 Patch Media. All Rights Reserved. (example)</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{app_state_js(rnd, 30)}</script>
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# A wire service brief: three paragraphs beside a rail far longer than
# the story (latest headlines, trending, top stories with teasers).

def upi(a, rnd):
    body = Style().render(a.body)
    html = f"""<!DOCTYPE html>
<html lang="en">
{head(a, rnd, lang="en", site="UPI.com", domain="upi.example", section="Top_News/World-News/2023/09/21", title_sep=" - UPI.com", published="2023-09-21T19:14:00Z", css_rules=24)}
<body>
<div class="header-wrap"><div class="upi-logo"><a href="/"><img src="/logo.svg" alt="UPI"></a></div>
 <div class="nav-primary">{menu(["Top News", "U.S. News", "World News", "Featured", "Odd News", "Entertainment", "Movies", "Music", "TV", "Science", "Health", "Sports", "Archives", "Photos", "Almanac"], ul_class="nav-list", active="World News")}</div></div>
<div class="container">
 <div class="row">
  <div class="col-md-8 l-article">
   <div class="breadcrumb"><a href="/Top_News/">Top News</a> / <a href="/Top_News/World-News/">World News</a></div>
   <h1 class="headline">{a.title}</h1>
   <div class="meta"><div class="author">{a.author}</div><div class="article-date">{a.date}</div></div>
   <div class="social-tools"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
   <div id="article-text" class="st-text">
{chr(10).join(body)}
   </div>
   <div class="copyright">© 2023 United Press International, Inc. All Rights Reserved.</div>
  </div>
  <div class="col-md-4 rail">
   <div class="rail-section"><h3>Latest Headlines</h3>{en_news_list(rnd, 15, ul_class="list-headlines", teaser=True, domain="upi.example")}</div>
   <div class="rail-section"><h3>Trending Stories</h3>{en_news_list(rnd, 10, ul_class="list-trending", thumb=False, domain="upi.example")}</div>
  </div>
 </div>
 <div class="row top-stories"><h3>Top Stories</h3>{en_news_list(rnd, 12, ul_class="list-top", teaser=True, domain="upi.example")}</div>
 <div class="row photo-galleries"><h3>Photo Galleries</h3>{en_news_list(rnd, 6, ul_class="list-photos", domain="upi.example")}</div>
</div>
<div class="footer"><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in ["About UPI", "Contact Us", "Advertisements", "Privacy Policy", "Terms of Use", "Feedback"])}</ul><p>Copyright © 2023 United Press International, Inc. All Rights Reserved. (example)</p></div>
{ads_js(rnd, ["rail-1", "rail-2", "inline"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date)] + gold_body(a.body)
    return html, gold


PAGES = [
    ("en-bbc-flood", bbc, {}),
    ("en-reuters-shipping", reuters, {}),
    ("en-ap-water", ap, {}),
    ("en-guardian-cycling", guardian, {}),
    ("en-localnews-school", blox, {}),
    ("en-wordpress-sourdough", wordpress_en, {}),
    ("en-medium-migration", medium, {}),
    ("en-pressrelease-plant", pressrelease, {}),
    ("en-oldpaper-fair", oldpaper_en, {"encoding": "windows-1252"}),
    ("en-nypost-subway", nypost, {}),
    ("en-election-results", patch, {}),
    ("en-upi-brief", upi, {}),
]
