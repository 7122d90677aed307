"""Vietnamese page templates: each takes an Article and a seeded Random and
returns (html, answer lines)."""

from boiler import (VI_COMMENTS, VI_FOOTER, VI_HEADLINES, VI_MENU, VI_SUBMENU, VI_TEASERS,
                    ads_js, app_state_js, pick, slug)
from common import head, hashed, menu, vi_news_list
from core import Style, esc, gold_body, interleave, text


def vi_comments(rnd, n, *, item='<div class="comment_item"><p class="full_content"><span class="txt-name"><a href="#" class="nickname">{name}</a></span>{text}</p><div class="user-status"><a class="link_thich" href="#">Thích</a> <span class="txt_666">{likes}</span> <a href="#" class="link_reply">Trả lời</a> <span class="time-com">{h}h trước</span></div></div>'):
    return "\n".join(item.format(name=esc(nm), text=esc(tx), likes=rnd.randrange(0, 400), h=rnd.randrange(1, 23))
                     for nm, tx in pick(rnd, VI_COMMENTS, n))


# --------------------------------------------------------------------------
# VnExpress: section.page-detail > .sidebar-1 (date, h1.title-detail,
# p.description, article.fck_detail with p.Normal) and .sidebar-2.

def vnexpress(a, rnd, sidebar=12, comments=6, more=10):
    st = Style(img_base="https://i1-kinhdoanh.vnecdn.example/2023/10/12")
    st.p = lambda t: f'<p class="Normal">{t}</p>'
    st.h = lambda t: f'<h2 class="Normal"><strong>{t}</strong></h2>'
    st.fig = lambda t: (f'<figure data-size="true" itemprop="associatedMedia image" itemscope itemtype="http://schema.org/ImageObject" class="tplCaption action_thumb_added">'
                        f'<meta itemprop="url" content="{st.img()}"><div class="fig-picture"><picture><source data-srcset="{st.img()} 1x" srcset="{st.img()} 1x"><img itemprop="contentUrl" loading="lazy" intrinsicsize="680x0" alt="{esc(text(t))}" class="lazy" src="{st.img()}"></picture></div>'
                        f'<figcaption itemprop="description"><p class="Image">{t}</p></figcaption></figure>')
    body = st.render(a.body)
    rel = pick(rnd, VI_HEADLINES, 3)
    inserts = {3: f'<p class="Normal"><strong>Xem thêm: <a href="https://vnexpress.example/{slug(rel[0])}-4660{rnd.randrange(100, 999)}.html">{esc(rel[0])}</a></strong></p>'}
    if len(body) > 7:
        inserts[-3] = ('<div class="box_brief_info"><div class="box-tinlienquanv2"><article class="item-news item-news-common"><h4 class="title-news">'
                       f'<a href="https://vnexpress.example/{slug(rel[1])}.html">{esc(rel[1])}</a></h4><p class="description">{esc(rnd.choice(VI_TEASERS))}</p></article></div></div>')
    author = f'<p class="Normal" style="text-align:right;"><strong>{a.author}</strong></p>'
    html = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
{head(a, rnd, site="VnExpress", domain="vnexpress.example", section="kinh-doanh", title_sep=" - VnExpress Kinh doanh")}
<body class="page-detail">
<div id="fb-root"></div>
<header class="header-v2" id="header">
 <div class="container flexbox">
  <div class="logo"><a href="/" title="VnExpress - Báo tiếng Việt nhiều người xem nhất"><img src="https://s1.vnecdn.example/logo.svg" alt="VnExpress"></a></div>
  <span class="time-now">{a.date.split(',')[0]}, {a.date.split(',')[1].strip()}</span>
  <div class="search-header"><form action="https://timkiem.vnexpress.example/" method="get"><input type="text" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div>
  <a class="login-header" href="#">Đăng nhập</a>
 </div>
 <nav class="main-nav">{menu(VI_MENU, ul_class="parent", active="Kinh doanh", sub=VI_SUBMENU)}</nav>
</header>
<div class="banner-ads" id="banner_top"><div id="div-gpt-ad-top"></div></div>
<section class="section page-detail top-detail">
 <div class="container">
  <div class="sidebar-1">
   <div class="header-content width_common">
    <ul class="breadcrumb" data-campaign="Header"><li><a href="/kinh-doanh" title="Kinh doanh">Kinh doanh</a></li><li><a href="/kinh-doanh/ebank" title="Ebank">Ebank</a></li></ul>
    <span class="date">{a.date}</span>
   </div>
   <h1 class="title-detail">{a.title}</h1>
   <p class="description">{a.lead}</p>
   <article class="fck_detail ">
{interleave(body, inserts)}
{author}
   </article>
   <div class="footer-content">
    <div class="width_common box-tinlienquanv2">
     {vi_news_list(rnd, 3, ul_class="list-tinlienquan", teaser=True, domain="vnexpress.example")}
    </div>
    <div class="tags"><h4 class="item-tag"><a href="/chu-de/lai-suat-1">Lãi suất</a></h4><h4 class="item-tag"><a href="/chu-de/vay-mua-nha-2">Vay mua nhà</a></h4><h4 class="item-tag"><a href="/chu-de/ngan-hang-3">Ngân hàng</a></h4></div>
    <div class="social_pin"><a href="#" class="btn_facebook" title="Chia sẻ lên Facebook">Facebook</a><a href="#" class="btn_twitter">Twitter</a><a href="#" class="link_copy" title="Copy link">Copy link</a></div>
   </div>
   <div class="box_comment_vne width_common" id="box_comment_vne">
    <div class="ykien_vne"><h3 class="title_box_category"><strong>Ý kiến</strong> <span class="count_cmt">({comments})</span></h3>
     <div class="input_comment"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea></div>
     <div class="main_show_comment width_common" id="list_comment">
{vi_comments(rnd, comments)}
     </div>
     <a class="view_all_reply" href="#">Xem thêm ý kiến</a>
    </div>
   </div>
  </div>
  <div class="sidebar-2">
   <div id="div-gpt-ad-right-1" class="banner_300x600"></div>
   <div class="box-category box-xemnhieu"><h3 class="title-box-category"><a href="/tin-xem-nhieu">Xem nhiều</a></h3>
    {vi_news_list(rnd, sidebar, ul_class="list-news-subfolder", thumb=False, domain="vnexpress.example")}
   </div>
   <div class="box-category"><h3 class="title-box-category"><a href="/tin-tuc-24h">Tin mới nhất</a></h3>
    {vi_news_list(rnd, sidebar, ul_class="list-news-subfolder", teaser=True, domain="vnexpress.example")}
   </div>
   <div class="box-category box-podcast"><h3 class="title-box-category">Podcasts</h3>
    {vi_news_list(rnd, max(3, sidebar // 3), ul_class="list-podcast", domain="vnexpress.example")}
   </div>
  </div>
 </div>
</section>
<section class="section section_topstory"><div class="container">
 <h2 class="title_box_category">Tin khác</h2>
 {vi_news_list(rnd, more, ul_class="width_common list-news-subfolder", teaser=True, domain="vnexpress.example")}
</div></section>
<footer id="footer" class="footer">
 <div class="container">
  {menu(VI_MENU, ul_class="menu_footer")}
  <div class="copyright"><p>{'</p><p>'.join(esc(x) for x in VI_FOOTER)}</p></div>
 </div>
</footer>
{ads_js(rnd, ["top", "right-1", "inread", "bottom"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.lead)] + gold_body(a.body) + [text(a.author)]
    return html, gold


# --------------------------------------------------------------------------
# Tuổi Trẻ: .detail-content.afcbc-body[data-role=content] with
# VCSortableInPreviewMode photo blocks and an in-body RelatedNewsBox.

def tuoitre(a, rnd, comments=8, related=6):
    st = Style(img_base="https://cdn.tuoitre.example/thumb_w/730/471584112211")
    st.fig = lambda t: (f'<figure class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="{st.img()}" data-fancybox-group="img-lightbox" title="{esc(text(t))}" target="_blank" class="detail-img-lightbox">'
                        f'<img src="{st.img()}" id="img_{rnd.randrange(10**8)}" w="1280" h="853" alt="{esc(text(t))}" title="{esc(text(t))}" rel="lightbox" photoid="{rnd.randrange(10**8)}" type="photo" style="max-width:100%;" width="" height=""></a></div>'
                        f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh" class="">{t}</p></figcaption></figure>')
    body = st.render(a.body)
    rel = pick(rnd, VI_HEADLINES, 2)
    box = ('<div class="VCSortableInPreviewMode link-content-footer IMSCurrentEditorEditObject" type="RelatedNewsBox" data-style="align-center"><div class="kbwscwl-relatedbox type-1"><strong class="kbwscwlrl-title">Đọc tiếp</strong><ul class="kbwscwlrl-list">'
           + "".join(f'<li class="kbwscwlrl"><a class="kbwscwlrl-title" href="https://tuoitre.example/{slug(h)}-2023{rnd.randrange(10**8)}.htm" title="{esc(h)}">{esc(h)}</a></li>' for h in rel)
           + "</ul></div></div>")
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="TUOI TRE ONLINE", domain="tuoitre.example", section="thoi-su", title_sep=" - Tuổi Trẻ Online", published="2023-11-14T07:45:00+07:00")}
<body>
<div class="header">
 <div class="header__top"><div class="header__logo"><a href="/" title="Tuổi Trẻ Online"><img src="https://static.tuoitre.example/logo.svg" alt="Tuổi Trẻ Online"></a></div>
  <ul class="header__top-right"><li><a href="/tuoi-tre-sao">Tuổi Trẻ Sao</a></li><li><a href="/dang-ky">Đăng ký</a></li><li><a href="/dang-nhap">Đăng nhập</a></li></ul></div>
 <div class="header__nav">{menu(["Mới nhất", "Thời sự", "Thế giới", "Pháp luật", "Kinh doanh", "Công nghệ", "Xe", "Du lịch", "Nhịp sống trẻ", "Văn hóa", "Giải trí", "Thể thao", "Giáo dục", "Nhà đất", "Sức khỏe", "Giả thật", "Bạn đọc"], ul_class="menu-nav", active="Thời sự")}</div>
</div>
<div class="main-detail">
 <div class="detail-container">
  <div class="detail-top">
   <div class="detail-cate"><a href="/thoi-su.htm" title="Thời sự" data-role="cate-name">Thời sự</a></div>
   <div class="detail-time"><div data-role="publishdate">{a.date}</div></div>
  </div>
  <h1 class="detail-title article-title" data-role="title">{a.title}</h1>
  <div class="detail-author-bot"><div class="author-info"><a href="/tac-gia/{slug(text(a.author))}.htm" class="name" title="{esc(text(a.author))}">{a.author}</a></div>
   <div class="detail-social"><a class="facebook" href="#">Chia sẻ</a><a class="zalo" href="#">Zalo</a><a class="copylink" href="#">Sao chép liên kết</a></div>
   <a class="follow-google" href="https://news.google.example/publications/tuoitre" rel="nofollow">Theo dõi Tuổi Trẻ trên Google News</a></div>
  <div class="detail-cmain">
   <h2 class="detail-sapo" data-role="sapo">{a.lead}</h2>
   <div class="detail-content afcbc-body" data-role="content">
{interleave(body, {2: box})}
   </div>
   <div class="detail-tab"><ul class="detail-tag-list"><li><a href="/xe-buyt.html" title="xe buýt">xe buýt</a></li><li><a href="/metro.html">metro số 1</a></li><li><a href="/giao-thong.html">giao thông công cộng</a></li></ul></div>
   <div class="detail-vote"><span>Tuổi Trẻ Sao</span> <a class="btn-star" href="#">Tặng sao</a> <span class="count">{rnd.randrange(5, 90)} sao</span></div>
  </div>
  <div class="box-related">
   <div class="box-heading"><h3 class="title">Tin liên quan</h3></div>
   {vi_news_list(rnd, related, ul_class="box-related-list", li_class="box-category-item", teaser=True, domain="tuoitre.example")}
  </div>
  <div class="comment-wrapper" id="comment-area">
   <div class="box-heading"><h3 class="title">Bình luận ({comments})</h3></div>
   <div class="lstcommentpopup">
{vi_comments(rnd, comments, item='<div class="item-comment"><div class="avatar"><span>{name}</span></div><div class="contentcomment">{text}</div><div class="tools"><span class="time">{h} giờ trước</span> <a class="reply" href="#">Trả lời</a> <span class="total-like">{likes}</span> Thích</div></div>')}
   </div>
   <a href="#" class="viewmore-comment">Xem thêm bình luận</a>
  </div>
 </div>
 <div class="detail-aside">
  <div class="box-category"><div class="box-category-top"><h3 class="box-category-title">Đọc nhiều</h3></div>
   {vi_news_list(rnd, 10, ul_class="box-category-middle", thumb=False, domain="tuoitre.example")}</div>
  <div class="box-category"><div class="box-category-top"><h3 class="box-category-title">Tin mới</h3></div>
   {vi_news_list(rnd, 8, ul_class="box-category-middle", domain="tuoitre.example", time=True)}</div>
 </div>
</div>
<div class="footer">
 {menu(["Thời sự", "Thế giới", "Pháp luật", "Kinh doanh", "Công nghệ", "Giáo dục", "Sức khỏe", "Thể thao"], ul_class="footer-menu")}
 <div class="footer-info"><p>Tổng biên tập: Lê Thế Chữ (hư cấu)</p><p>Giấy phép số 571/GP-BTTTT ngày 04-11-2022</p><p>Trụ sở: 60A Hoàng Văn Thụ, phường 9, quận Phú Nhuận, TP.HCM (địa chỉ ví dụ)</p><p>© Copyright 2023 TuoiTre Online, All rights reserved</p></div>
</div>
{ads_js(rnd, ["sticky", "detail-inread"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.author), text(a.lead)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# Thanh Niên (older layout): #abody[itemprop=articleBody], images in
# table.imagefull, an in-body "Xem thêm" box and a long footer of lists.

def thanhnien(a, rnd):
    st = Style(img_base="https://image.thanhnien.example/w660/Uploaded/2023/bpivpjbp")
    st.fig = lambda t: (f'<table class="imagefull" cellspacing="0" cellpadding="3"><tbody><tr><td><div id="img_{rnd.randrange(10**6)}"><img alt="{esc(text(t))}" src="{st.img()}" class="storyimage"></div></td></tr>'
                        f'<tr><td><div class="imgcaption"><p>{t}</p></div></td></tr></tbody></table>')
    st.h = lambda t: f"<h2><strong>{t}</strong></h2>"
    st.p = lambda t: f"<div>{t}</div>" if rnd.random() < 0.3 else f"<p>{t}</p>"
    body = st.render(a.body)
    rel = pick(rnd, VI_HEADLINES, 3)
    more = ('<div class="details__morenews"><span class="title">Xem thêm</span><ul>'
            + "".join(f'<li><a href="https://thanhnien.example/{slug(h)}-post{rnd.randrange(10**6)}.html">{esc(h)}</a></li>' for h in rel)
            + "</ul></div>")
    html = f"""<!DOCTYPE html>
<html lang="vi-VN">
{head(a, rnd, site="thanhnien.vn", domain="thanhnien.example", section="suc-khoe", title_sep=" | Báo Thanh Niên", published="2023-09-18T10:20:00+07:00")}
<body class="site-details">
<div class="site-header">
 <div class="header__top"><a class="header__logo" href="/"><img src="https://static.thanhnien.example/logo.png" alt="Báo Thanh Niên"></a>
  <div class="header__weather"><span class="city">Hà Nội</span> <span class="temp">27°C</span></div>
  <div class="header__links"><a href="/tieu-dung-thong-minh.htm">Tiêu dùng thông minh</a> <a href="/thanh-nien-viet.htm">Thanh Niên Việt</a> <a href="/e-paper.htm">Báo in</a></div></div>
 <nav class="header__menu">{menu(["Thời sự", "Thế giới", "Kinh tế", "Đời sống", "Sức khỏe", "Giới trẻ", "Giáo dục", "Du lịch", "Văn hóa", "Giải trí", "Thể thao", "Công nghệ", "Xe", "Video", "Tiêu dùng"], ul_class="menu__list", active="Sức khỏe")}</nav>
</div>
<div class="l-content">
 <div class="breadcrumbs"><a href="/suc-khoe.htm">Sức khỏe</a> <span>›</span> <a href="/suc-khoe/song-vui-khoe.htm">Sống vui khỏe</a></div>
 <div class="l-grid">
  <div class="l-grid__main">
   <div class="details">
    <h1 class="details__headline cms-title">{a.title}</h1>
    <div class="details__meta"><div class="meta"><span class="author"><a href="/tac-gia/{slug(text(a.author))}.htm" class="cms-author">{a.author}</a></span> <time class="time" datetime="2023-09-18T10:20:00+07:00">{a.date}</time></div>
     <div class="details__meta-share"><a class="fb" href="#">Facebook</a> <a class="zl" href="#">Zalo</a> <a class="cmt" href="#comment">Bình luận</a> <a class="save" href="#">Lưu</a></div></div>
    <div class="sapo cms-desc" id="chapeau">{a.lead}</div>
    <div class="details__content cms-body" id="abody" itemprop="articleBody">
{interleave(body, {4: more})}
    </div>
    <div class="details__tags"><span>Tin liên quan</span>{vi_news_list(rnd, 3, ul_class="story__list", thumb=False, domain="thanhnien.example")}</div>
    <div class="details__keywords"><a href="/dau-dau-tag1.htm">đau đầu</a>, <a href="/giao-mua-tag2.htm">giao mùa</a>, <a href="/dau-nua-dau-tag3.htm">đau nửa đầu</a></div>
    <div class="details__comments" id="comment"><h3>Bình luận (4)</h3>
{vi_comments(rnd, 4, item='<div class="comment"><b class="name">{name}</b><p class="content">{text}</p><span class="like">{likes} thích</span></div>')}
    </div>
   </div>
  </div>
  <div class="l-grid__sub">
   <div class="box-most"><h3 class="box-title">Đọc nhiều</h3>{vi_news_list(rnd, 8, ul_class="story__list", thumb=False, domain="thanhnien.example")}</div>
   <div class="box-focus"><h3 class="box-title">Tiêu điểm</h3>{vi_news_list(rnd, 5, ul_class="story__list", teaser=True, domain="thanhnien.example")}</div>
  </div>
 </div>
 <div class="box-cate-bottom"><h3 class="box-title"><a href="/suc-khoe.htm">Sức khỏe</a></h3>{vi_news_list(rnd, 12, ul_class="story__list", teaser=True, domain="thanhnien.example")}</div>
</div>
<div class="site-footer">
 <div class="footer__menu">{menu(["Thời sự", "Thế giới", "Kinh tế", "Đời sống", "Sức khỏe", "Giới trẻ", "Giáo dục", "Du lịch", "Văn hóa"], ul_class="footer__list")}</div>
 <div class="footer__info"><p>Cơ quan chủ quản: Trung ương Hội LHTN Việt Nam (mẫu)</p><p>Tổng biên tập: Nguyễn Ngọc Toàn (hư cấu)</p><p>Giấy phép số 462/GP-BTTTT</p><p>Địa chỉ: 268-270 Nguyễn Đình Chiểu, P.Võ Thị Sáu, Q.3, TP.HCM (ví dụ)</p></div>
</div>
{ads_js(rnd, ["masthead", "inpage", "right1"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date), text(a.lead)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# Dân Trí: article.singular-container, h1.title-page, time.author-time,
# h2.singular-sapo, div.singular-content; related box inside the content.

def dantri(a, rnd, related_in_body=True):
    st = Style(img_base="https://icdn.dantri.example/thumb_w/680/2023/10/08")
    st.fig = lambda t: (f'<figure class="image align-center" contenteditable="false"><img title="{esc(text(t))}" src="{st.img()}" alt="{esc(text(t))}" data-width="1280" data-height="853">'
                        f"<figcaption><p>{t}</p></figcaption></figure>")
    st.table = lambda cap, rows: (
        f'<figure class="table"><table class="table-content"><tbody>'
        + (f'<tr><td colspan="{len(rows[0])}" style="text-align:center"><strong>{cap}</strong></td></tr>' if cap else "")
        + "".join("<tr>" + "".join(f"<td><strong>{c}</strong></td>" if i == 0 else f"<td>{c}</td>" for c in r) + "</tr>" for i, r in enumerate(rows))
        + "</tbody></table></figure>")
    body = st.render(a.body)
    ins = {}
    if related_in_body:
        h = pick(rnd, VI_HEADLINES, 1)[0]
        ins[2] = (f'<article class="article-related"><a class="article-thumb" href="https://dantri.example/{slug(h)}-2023{rnd.randrange(10**8)}.htm"><img src="https://icdn.dantri.example/thumb/{slug(h)[:30]}.jpg" alt=""></a>'
                  f'<div class="article-content"><h3 class="article-title"><a href="https://dantri.example/{slug(h)}.htm">{esc(h)}</a></h3><div class="article-excerpt">{esc(rnd.choice(VI_TEASERS))}</div></div></article>')
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="Báo điện tử Dân Trí", domain="dantri.example", section="xa-hoi", title_sep=" | Báo Dân trí", published="2023-10-08T07:30:00+07:00")}
<body>
<header class="site-header">
 <div class="header-top grid-container"><a class="logo" href="/"><img src="https://cdnweb.dantri.example/logo.svg" alt="Dân Trí"></a>
  <div class="header-weather">Hà Nội 27°C</div><a class="header-login" href="/dang-nhap">Đăng nhập</a> <a href="/dantri-plus">DTi</a></div>
 <nav class="menu-wrap">{menu(["Xã hội", "Thế giới", "Kinh doanh", "Bất động sản", "Thể thao", "Lao động - Việc làm", "Tấm lòng nhân ái", "Sức khỏe", "Văn hóa", "Giải trí", "Giáo dục", "Pháp luật", "Nội vụ", "Tình yêu - Giới tính", "Bạn đọc", "Du lịch"], ul_class="menu-wrap__list", active="Xã hội")}</nav>
</header>
<main class="body">
 <div class="grid-container">
  <div class="singular-wrap">
   <article class="singular-container">
    <ul class="dt-text-MineShaft breadcrumbs"><li><a href="/xa-hoi.htm" title="Xã hội">Xã hội</a></li><li><a href="/xa-hoi/doi-song.htm">Đời sống</a></li></ul>
    <h1 class="title-page detail">{a.title}</h1>
    <div class="author-wrap">
     <div class="author-avatar"><img src="https://icdn.dantri.example/avatar/{slug(text(a.author))}.jpg" alt="{esc(text(a.author))}"></div>
     <div class="author-name"><a href="/tac-gia/{slug(text(a.author))}.htm"><b>{a.author}</b></a></div>
     <time class="author-time" datetime="2023-10-08 07:30">{a.date}</time>
    </div>
    <div class="singular-action"><a class="btn-share" href="#">Chia sẻ</a> <a href="#" class="btn-bookmark">Lưu</a> <a href="#" class="btn-font">Cỡ chữ</a></div>
    <h2 class="singular-sapo">{a.lead}</h2>
    <div class="singular-content">
{interleave(body, ins)}
    </div>
    <div class="author-wrap bottom"><div class="author-name"><b>{a.author}</b></div></div>
    <div class="tags-container"><span class="tags-label">Tags:</span><ul class="tags-wrap"><li><a href="/chu-de/nghia-cu.htm">nghĩa cử</a></li><li><a href="/chu-de/cho-lop.htm">tấm lòng</a></li><li><a href="/chu-de/can-tho.htm">Cần Thơ</a></li></ul></div>
   </article>
   <div class="article-lien-quan"><h3 class="title">Tin liên quan</h3>{vi_news_list(rnd, 4, ul_class="article-list", teaser=True, domain="dantri.example")}</div>
   <div class="article-binh-luan" id="comment-box"><h3 class="title">Bình luận (5)</h3>
{vi_comments(rnd, 5, item='<div class="comment-item"><span class="comment-name">{name}</span><div class="comment-text">{text}</div><span class="comment-like">{likes} thích</span> · <a href="#">Trả lời</a> · <span>{h} giờ trước</span></div>')}
   </div>
  </div>
  <aside class="sidebar">
   <div class="sidebar-box"><h3 class="title">Đọc nhiều</h3>{vi_news_list(rnd, 10, ul_class="article-list", thumb=False, domain="dantri.example")}</div>
   <div class="sidebar-box"><h3 class="title">Tiêu điểm</h3>{vi_news_list(rnd, 6, ul_class="article-list", domain="dantri.example")}</div>
  </aside>
 </div>
 <div class="grid-container article-news-more"><h3 class="title">Tin mới nhất</h3>{vi_news_list(rnd, 12, ul_class="article-list", teaser=True, domain="dantri.example")}</div>
</main>
<footer class="site-footer">
 {menu(["Xã hội", "Thế giới", "Kinh doanh", "Thể thao", "Sức khỏe", "Giáo dục", "Pháp luật", "Du lịch"], ul_class="footer-menu")}
 <div class="footer-info"><p>Cơ quan của Bộ Lao động - Thương binh và Xã hội (mẫu)</p><p>Giấy phép hoạt động báo điện tử số 298/GP-BTTTT</p><p>Tổng biên tập: Phạm Tuấn Anh (hư cấu)</p><p>© Bản quyền thuộc về Báo điện tử Dân trí. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></div>
</footer>
{ads_js(rnd, ["sticky", "inpage"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date), text(a.lead)] + gold_body(a.body) + [text(a.author)]
    return html, gold


# --------------------------------------------------------------------------
# VietnamNet: .content-detail with #maincontent; below it, infinite
# scroll has already appended the next article's beginning.

def vietnamnet(a, rnd):
    st = Style(img_base="https://static-images.vnncdn.example/files/publish/2023/9/15")
    st.fig = lambda t: (f'<figure class="image vnn-content-image"><img src="{st.img()}" alt="{esc(text(t))}" width="760" height="507" loading="lazy">'
                        f'<figcaption><p>{t}</p></figcaption></figure>')
    body = st.render(a.body)
    rel = pick(rnd, VI_HEADLINES, 3)
    relbox = ('<div class="vnn-tin-lien-quan article-relate"><h3 class="vnn-title">Tin liên quan</h3><ul>'
              + "".join(f'<li><a href="https://vietnamnet.example/{slug(h)}-{rnd.randrange(10**6)}.html" title="{esc(h)}">{esc(h)}</a></li>' for h in rel) + "</ul></div>")
    nxt_title, nxt_lead, nxt_p = a.get("x-next-title"), a.get("x-next-lead"), a.xs("next-p")
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="Báo VietNamNet", domain="vietnamnet.example", section="kinh-doanh", title_sep=" | Báo VietNamNet", published="2023-09-15T06:00:00+07:00", css_rules=30)}
<body>
<header class="header">
 <div class="header__top container"><a href="/" class="header__logo"><img src="https://static.vnncdn.example/logo.svg" alt="VietNamNet"></a>
  <div class="header__date">Thứ Sáu, 15/09/2023</div><a class="header__login" href="/dang-nhap">Đăng nhập</a></div>
 <div class="mainNav">{menu(["Chính trị", "Thời sự", "Kinh doanh", "Dân tộc và Tôn giáo", "Thể thao", "Giáo dục", "Thế giới", "Đời sống", "Văn hóa - Giải trí", "Sức khỏe", "Công nghệ", "Pháp luật", "Xe", "Bất động sản", "Du lịch", "Bạn đọc"], ul_class="mainNav__list", active="Kinh doanh")}</div>
</header>
<div class="container detail-page" data-infinite-scroll="true">
 <div class="content-detail" data-id="2183{rnd.randrange(1000, 9999)}">
  <div class="bread-crumb-detail sm-show-time">
   <ul><li><a href="/kinh-doanh">Kinh doanh</a></li><li><a href="/kinh-doanh/doanh-nghiep">Doanh nghiệp</a></li></ul>
   <div class="bread-crumb-detail__time">{a.date}</div>
  </div>
  <h1 class="content-detail-title">{a.title}</h1>
  <h2 class="content-detail-sapo sm-sapo-mb-0">{a.lead}</h2>
  <div class="maincontent main-content" id="maincontent">
{interleave(body, {3: relbox})}
   <p style="text-align: right;"><strong>{a.author}</strong></p>
  </div>
  <div class="article-detail-tag"><span>Từ khóa:</span> <a href="/chuyen-doi-so-tag1.html">chuyển đổi số</a> <a href="/doanh-nghiep-nho-va-vua-tag2.html">doanh nghiệp nhỏ và vừa</a></div>
  <div class="vnn-share-social"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a> <a href="#">Copy link</a></div>
  <div class="vnn-comment" id="vnn-comment"><h3>Bình luận</h3><p class="note">Gửi bình luận của bạn. Bình luận sẽ được biên tập trước khi đăng.</p>
{vi_comments(rnd, 3, item='<div class="vnn-comment__item"><strong>{name}</strong><p>{text}</p></div>')}
  </div>
  <div class="vnn-cung-chuyen-muc"><h3 class="vnn-title">Cùng chuyên mục</h3>{vi_news_list(rnd, 8, ul_class="vnn-list", teaser=True, domain="vietnamnet.example")}</div>
 </div>
 <aside class="sidebar-right">
  <div class="vnn-doc-nhieu"><h3 class="vnn-title">Đọc nhiều</h3>{vi_news_list(rnd, 10, ul_class="vnn-list-number", thumb=False, domain="vietnamnet.example")}</div>
 </aside>
 <div class="content-detail next-article" data-id="2183{rnd.randrange(1000, 9999)}" data-url="https://vietnamnet.example/kinh-doanh/{slug(nxt_title)}.html">
  <div class="bread-crumb-detail sm-show-time"><ul><li><a href="/kinh-doanh">Kinh doanh</a></li></ul><div class="bread-crumb-detail__time">15/09/2023 05:30</div></div>
  <h2 class="content-detail-title">{nxt_title}</h2>
  <h2 class="content-detail-sapo sm-sapo-mb-0">{nxt_lead}</h2>
  <div class="maincontent main-content">
   {''.join(f'<p>{x}</p>' for x in nxt_p)}
  </div>
  <a class="read-full" href="https://vietnamnet.example/kinh-doanh/{slug(nxt_title)}.html">Đọc tiếp bài viết</a>
 </div>
</div>
<footer class="footer">
 {menu(["Chính trị", "Thời sự", "Kinh doanh", "Thể thao", "Giáo dục", "Thế giới", "Đời sống", "Sức khỏe"], ul_class="footer__menu")}
 <div class="footer__info"><p>Báo VietNamNet - Cơ quan chủ quản: Bộ Thông tin và Truyền thông (mẫu)</p><p>Giấy phép số 23/GP-BTTTT</p><p>Tổng Biên tập: Nguyễn Văn Bá (hư cấu)</p></div>
</footer>
<script>window.__NEXT_ARTICLES__ = {app_state_js(rnd, 25)};</script>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.lead)] + gold_body(a.body) + [text(a.author)]
    return html, gold


MORE = [
    ("vi-thanhnien-suckhoe", thanhnien, {}),
    ("vi-dantri-xahoi", dantri, {}),
    ("vi-dantri-diemchuan", dantri, {"related_in_body": False}),
    ("vi-vietnamnet-infinite", vietnamnet, {}),
]


# --------------------------------------------------------------------------
# A provincial paper in the style of baolangson.vn: date line with a
# "|", a view counter, images in table.image, the byline in capitals, a
# permalink line and "Từ khóa".

def provincial(a, rnd):
    st = Style(img_base="https://baolangson.example/uploads/news/2023_03")
    st.fig = lambda t: (f'<table class="image center" align="center"><tbody><tr><td><img src="{st.img()}" alt="" width="600"></td></tr>'
                        f'<tr><td class="image_desc"><em>{t} </em></td></tr></tbody></table>')
    st.p = lambda t: f'<p style="text-align: justify;">{t}</p>'
    body_items = [it for it in a.body]
    byline = body_items[-1][1]
    body = st.render(body_items[:-1])
    url = f"https://baolangson.example/kinh-te/{rnd.randrange(540000, 560000)}-{slug(text(a.title))}.html"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
{head(a, rnd, site="Báo Lạng Sơn", domain="baolangson.example", section="kinh-te", title_sep=" - Báo Lạng Sơn", published="2023-03-14T09:20:41+07:00", jsonld=False, css_rules=18)}
<body>
<div id="wrapper">
 <div id="header"><div class="banner"><a href="/"><img src="/images/banner-top.jpg" alt="Báo Lạng Sơn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn"></a></div>
  <div class="topbar"><span class="today">Thứ Ba, ngày 14/03/2023</span> <a href="/rss">RSS</a> <a href="/lien-he">Liên hệ</a> <a href="/bao-in">Báo in</a></div>
  <div class="menu-top">{menu(["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa - Thể thao", "Quốc phòng - An ninh", "Pháp luật", "Xây dựng Đảng", "Vùng biên", "Du lịch", "Bạn đọc", "Multimedia", "Báo in"], ul_class="nav", active="Kinh tế")}</div>
  <div class="marquee"><marquee scrollamount="3">Chào mừng kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2023) ***** Thi đua lập thành tích chào mừng các ngày lễ lớn trong năm</marquee></div>
 </div>
 <div id="content">
  <div class="col-left">
   <div class="path"><a href="/">Trang chủ</a> &raquo; <a href="/kinh-te">Kinh tế</a></div>
   <div class="detail-news">
    <h1 class="title-detail">{a.title}</h1>
    <div class="info-detail"><span class="date-detail">{a.date}</span><br><span class="view-detail">{rnd.randrange(300, 3000):,} lượt xem</span></div>
    <div class="tool-detail"><a href="javascript:window.print()">In bài viết</a> | <a href="#" class="send-mail">Gửi email</a> | <a href="#" class="font-size">A+</a> <a href="#">A-</a></div>
    <div class="content-detail">
     <p style="text-align: justify;"><strong>{a.lead}</strong></p>
{chr(10).join(body)}
     <p style="text-align: right;"><strong>{byline}</strong></p>
    </div>
    <div class="url-detail">{url}</div>
    <div class="keyword-detail"><span>Từ khóa</span> <a href="/tag/cay-hoi">cây hồi</a>, <a href="/tag/cao-loc">Cao Lộc</a>, <a href="/tag/ocop">OCOP</a></div>
    <div class="other-news"><h3>Các tin khác</h3>
     <ul>{''.join(f'<li><a href="/kinh-te/{slug(h)}.html">{esc(h)}</a> <span class="date">({rnd.randrange(1, 13):02d}/03/2023)</span></li>' for h in pick(rnd, VI_HEADLINES, 12))}</ul>
    </div>
   </div>
  </div>
  <div class="col-right">
   <div class="box-right"><h3>Tin đọc nhiều</h3>{vi_news_list(rnd, 8, ul_class="list-right", thumb=False, domain="baolangson.example")}</div>
   <div class="box-right"><h3>Thời tiết</h3><p>Lạng Sơn: 14°C - 22°C, có mưa nhỏ</p><p>Mẫu Sơn: 8°C - 15°C, sương mù</p></div>
   <div class="box-right"><h3>Liên kết website</h3><select><option>Cổng thông tin điện tử tỉnh</option><option>Báo Nhân Dân</option></select></div>
  </div>
 </div>
 <div id="footer"><p>BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN (mẫu)</p><p>Giấy phép số 12/GP-BTTTT. Tổng Biên tập: Hoàng Văn Tuấn (hư cấu)</p><p>Địa chỉ: Số 20 Đường Tam Thanh, TP Lạng Sơn (ví dụ). ĐT: 0205.3812.xxx</p><p>Ghi rõ nguồn "Báo Lạng Sơn" khi phát hành lại thông tin từ website này.</p></div>
</div>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.lead)] + gold_body(body_items[:-1]) + [text(byline)]
    return html, gold


# --------------------------------------------------------------------------
# An old provincial site: table layout, <font>, windows-1258, and the
# charset declared only after 6 KB of head.

def oldtable_vi(a, rnd):
    st = Style(img_base="http://baotinh.example/Upload/Images/2023/6")
    st.fig = lambda t: (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center"><img src="{st.img()}" width="450" border="0"></td></tr>'
                        f'<tr><td align="center"><font face="Arial" size="2"><i>{t}</i></font></td></tr></table>')
    st.p = lambda t: f'<p align="justify"><font face="Times New Roman" size="3">{t}</font></p>'
    body_items = list(a.body)
    byline = body_items.pop()[1]
    # A photo after the second paragraph, as the old CMS put it.
    photos = [["fig", "Một góc trung tâm xã Tân Thành hôm nay"], ["fig", "Đường bê tông nông thôn ở thôn Khuôn Thê"]]
    body_items[2:2] = [photos[0]]
    body_items[6:6] = [photos[1]]
    body = st.render(body_items)
    left = "".join(f'<tr><td class="menuleft" height="24">&nbsp;&nbsp;<a href="/default.asp?cat={i}" class="link_menu">{esc(m)}</a></td></tr>'
                   for i, m in enumerate(["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Nông thôn mới", "Người tốt việc tốt", "Bạn đọc viết", "Ảnh", "Video"]))
    other = "".join(f'<tr><td valign="top" width="10"><img src="/images/arrow.gif"></td><td><a href="/news.asp?id={rnd.randrange(10000, 99999)}" class="link_other">{esc(h)}</a> <font color="#999999" size="1">({rnd.randrange(1, 18):02d}/6)</font></td></tr>'
                    for h in pick(rnd, VI_HEADLINES, 15))
    html = f"""<html>
{head(a, rnd, site="Báo Tỉnh", domain="baotinh.example", section="nong-thon-moi", charset_late=True, charset="windows-1258", jsonld=False, published="2023-06-19T08:45:00+07:00", font="Times New Roman")}
<body topmargin="0" leftmargin="0" bgcolor="#E6E6E6">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
 <tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="150" alt="Báo Tỉnh điện tử"></td></tr>
 <tr><td colspan="3" bgcolor="#B40000" height="26"><font color="#FFFFFF" face="Arial" size="2">&nbsp;Thứ Hai, ngày 19 tháng 6 năm 2023 &nbsp;|&nbsp; <a href="/" class="link_top">Trang chủ</a> | <a href="/lienhe.asp" class="link_top">Liên hệ</a> | <a href="/sitemap.asp" class="link_top">Sơ đồ site</a></font></td></tr>
 <tr>
  <td width="180" valign="top" bgcolor="#F4F4F4">
   <table width="100%" border="0" cellspacing="0" cellpadding="0">{left}</table>
   <table width="100%"><tr><td class="title_box">Thăm dò ý kiến</td></tr><tr><td><font size="2">Bạn đánh giá thế nào về chất lượng báo điện tử?</font><br><input type="radio" name="vote"> Tốt<br><input type="radio" name="vote"> Bình thường<br><input type="submit" value="Biểu quyết"></td></tr></table>
  </td>
  <td width="600" valign="top">
   <table width="100%" border="0" cellspacing="0" cellpadding="6">
    <tr><td><font face="Arial" size="2"><a href="/" class="link_path">Trang chủ</a> &gt; <a href="/default.asp?cat=8" class="link_path">Nông thôn mới</a></font></td></tr>
    <tr><td><font face="Arial" size="2" color="#666666">{a.date}</font></td></tr>
    <tr><td><font face="Arial" size="5" color="#B40000"><b>{a.title}</b></font></td></tr>
    <tr><td><font face="Arial" size="3"><b>{a.lead}</b></font></td></tr>
    <tr><td>
{chr(10).join(body)}
     <p align="right"><font face="Times New Roman" size="3"><b>{byline}</b></font></p>
    </td></tr>
    <tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> In trang</a> &nbsp; <a href="/sendmail.asp"><img src="/images/email.gif" border="0"> Gửi bài viết</a> &nbsp; <a href="javascript:history.back()">Quay lại</a></td></tr>
    <tr><td class="title_box">Các tin bài khác</td></tr>
    <tr><td><table width="100%" border="0" cellspacing="2" cellpadding="2">{other}</table></td></tr>
   </table>
  </td>
  <td width="200" valign="top">
   <table width="100%"><tr><td class="title_box">Tin đọc nhiều</td></tr>{''.join(f'<tr><td><a href="/news.asp?id={rnd.randrange(10000, 99999)}">{esc(h)}</a></td></tr>' for h in pick(rnd, VI_HEADLINES, 8))}</table>
   <table width="100%"><tr><td class="title_box">Quảng cáo</td></tr><tr><td><a href="http://quangcao.example/"><img src="/adv/banner1.gif" width="200"></a></td></tr></table>
   <table width="100%"><tr><td class="title_box">Lượt truy cập</td></tr><tr><td><font size="2">Đang truy cập: {rnd.randrange(50, 400)}<br>Tổng lượt truy cập: {rnd.randrange(10**6, 10**7):,}</font></td></tr></table>
  </td>
 </tr>
 <tr><td colspan="3" bgcolor="#B40000" align="center"><font color="#FFFFFF" face="Arial" size="2">BÁO TỈNH ĐIỆN TỬ (mẫu) - Giấy phép số 45/GP-BTTTT<br>Tổng biên tập: Nguyễn Văn Minh (hư cấu) - Địa chỉ: Số 2, đường 17/8, TP (ví dụ)<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này</font></td></tr>
</table>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.lead)] + gold_body(body_items) + [text(byline)]
    return html, gold


# --------------------------------------------------------------------------
# A government portal on ASP.NET WebForms: the whole body is one <form>
# with a large __VIEWSTATE; ids like ctl00_cphMain_...; Vietnamese class
# names (tieu-de, tom-tat, noi-dung, tin-lien-quan).

def govportal(a, rnd):
    import base64
    vs = base64.b64encode(bytes(rnd.randrange(256) for _ in range(6000))).decode()
    body_items = list(a.body)
    byline = body_items.pop()[1]
    st = Style()
    st.p = lambda t: f'<p style="text-align: justify;">{t}</p>'
    body = st.render(body_items)
    others = "".join(f'<li><a id="ctl00_cphMain_rptTinKhac_ctl{i:02d}_lnkTitle" href="/chi-tiet.aspx?id={rnd.randrange(10**5, 10**6)}">{esc(h)}</a> <span class="ngay">({rnd.randrange(1, 15):02d}/05/2023)</span></li>'
                     for i, h in enumerate(pick(rnd, VI_HEADLINES, 14)))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
{head(a, rnd, site="Cổng Thông tin điện tử Chính phủ", domain="chinhphu.example", section="chinh-sach-moi", published="2023-05-15T16:30:00+07:00", title_sep=" | Cổng thông tin điện tử Chính phủ")}
<body>
<form name="aspnetForm" method="post" action="./chi-tiet.aspx?id={rnd.randrange(10**5, 10**6)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="ctl00_divHeader" class="header">
 <div class="banner"><a href="/"><img src="/images/banner-cpvn.png" alt="Cổng Thông tin điện tử Chính phủ"></a></div>
 <div class="lien-ket-nhanh"><a href="/en">English</a> | <a href="/cn">中文</a> | <a href="/so-do">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a></div>
 <div id="ctl00_ucMenu_pnlMenu" class="menu-chinh">{menu(["Trang chủ", "Chính phủ", "Công dân", "Doanh nghiệp", "Kiều bào", "Văn bản", "Chính sách mới", "Thông cáo báo chí", "Hỏi đáp", "Dư luận quan tâm", "Chuyển đổi số", "Multimedia"], ul_class="menu-ngang", active="Chính sách mới")}</div>
 <div class="tim-kiem"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" placeholder="Tìm kiếm"><input type="submit" name="ctl00$btnSearch" value="Tìm" id="ctl00_btnSearch"></div>
</div>
<div id="ctl00_divMain" class="khung-chinh">
 <div class="cot-trai">
  <div id="ctl00_cphMain_pnlChiTiet" class="chi-tiet">
   <div class="duong-dan"><a href="/">Trang chủ</a> / <a href="/chinh-sach-moi">Chính sách mới</a></div>
   <span id="ctl00_cphMain_lblNgay" class="ngay-dang">{a.date}</span>
   <h1><span id="ctl00_cphMain_lblTieuDe" class="tieu-de">{a.title}</span></h1>
   <div id="ctl00_cphMain_divTomTat" class="tom-tat"><strong>{a.lead}</strong></div>
   <div class="cong-cu"><a id="ctl00_cphMain_lnkIn" href="javascript:__doPostBack('ctl00$cphMain$lnkIn','')">Bản in</a> | <a id="ctl00_cphMain_lnkGuiEmail" href="#">Gửi email</a> | <a href="#">Cỡ chữ</a> <a href="#">A+</a> <a href="#">A-</a></div>
   <div id="ctl00_cphMain_divNoiDung" class="noi-dung">
{chr(10).join(body)}
    <p style="text-align: right;"><strong>{byline}</strong></p>
   </div>
   <div class="van-ban-lien-quan"><strong>Văn bản liên quan:</strong> <a href="/van-ban?id=1">Nghị quyết số 68/NQ-CP ngày 12/5/2023</a></div>
   <div id="ctl00_cphMain_divTinLienQuan" class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{''.join(f'<li><a href="/chi-tiet.aspx?id={rnd.randrange(10**5, 10**6)}">{esc(h)}</a></li>' for h in pick(rnd, VI_HEADLINES, 5))}</ul></div>
   <div id="ctl00_cphMain_divTinKhac" class="tin-khac"><h3>Các tin khác</h3><ul>{others}</ul></div>
  </div>
 </div>
 <div class="cot-phai">
  <div class="khoi"><h3>Văn bản mới</h3><ul>{''.join(f'<li><a href="/van-ban?id={i}">{esc(t)}</a></li>' for i, t in enumerate(["Nghị định số 12/2023/NĐ-CP về gia hạn thời hạn nộp thuế", "Quyết định số 541/QĐ-TTg phê duyệt đề án", "Chỉ thị số 07/CT-TTg về tăng cường công tác phòng cháy", "Nghị quyết số 58/NQ-CP về chính sách hỗ trợ doanh nghiệp", "Thông tư số 03/2023/TT-BTC hướng dẫn"]))}</ul></div>
  <div class="khoi"><h3>Dịch vụ công</h3><p><a href="https://dichvucong.example/">Cổng dịch vụ công quốc gia</a></p><p><a href="#">Tra cứu hồ sơ</a></p><p><a href="#">Phản ánh kiến nghị</a></p></div>
  <div class="khoi"><h3>Thăm dò ý kiến</h3><p>Bạn quan tâm nhất đến chính sách nào?</p><input type="radio" name="ctl00$rdVote" value="1"> Thuế <input type="radio" name="ctl00$rdVote" value="2"> Giáo dục <input type="submit" name="ctl00$btnVote" value="Biểu quyết"></div>
 </div>
</div>
<div id="ctl00_divFooter" class="chan-trang">
 <p>Cổng Thông tin điện tử Chính phủ (trang mẫu)</p><p>Cơ quan chủ quản: Văn phòng Chính phủ - Giấy phép số 73/GP-TTĐT</p><p>Địa chỉ: 16 Lê Hồng Phong, Ba Đình, Hà Nội (ví dụ). Điện thoại: 080.43162. Email: thongtinchinhphu@chinhphu.example</p><p>Ghi rõ nguồn "Cổng Thông tin điện tử Chính phủ" khi phát hành lại thông tin từ các nguồn này.</p>
</div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{vs[:600]}"></div>
</form>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.lead)] + gold_body(body_items) + [text(byline)]
    return html, gold


# --------------------------------------------------------------------------
# A ministry portal on Liferay: portlets everywhere; the article in
# .journal-content-article inside an asset publisher; view counter next
# to the date.

def liferay(a, rnd):
    def portlet(pid, title, inner, cls="portlet-static"):
        return (f'<div class="portlet-boundary portlet-boundary_{pid}_ portlet-static-end {cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
                f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{title}</span></h2></header>'
                f'<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">{inner}</div></div></div></section></div>')
    st = Style(img_base="https://moh.example/documents/20182/0")
    body = st.render(a.body)
    pid = f"101_INSTANCE_{''.join(rnd.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(12))}"
    article = (f'<div class="asset-full-content default-asset-publisher show-asset-title"><div class="asset-content">'
               f'<h3 class="asset-title header-title"><span>{a.title}</span></h3>'
               f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{a.date}</span> | <span class="metadata-entry metadata-view-count">Lượt xem: {rnd.randrange(300, 3000):,}</span></div>'
               f'<div class="journal-content-article" data-analytics-asset-id="{rnd.randrange(10**7)}">'
               f'<p class="sapo"><strong>{a.lead}</strong></p>\n' + "\n".join(body) + '</div>'
               f'<div class="taglib-ratings"><span>Đánh giá:</span> <a href="#">★</a><a href="#">★</a><a href="#">★</a></div>'
               f'<div class="asset-links"><h4>Tin liên quan</h4><ul>{"".join(f"<li><a href=/tin-tuc?id={rnd.randrange(10**5)}>{esc(h)}</a></li>" for h in pick(rnd, VI_HEADLINES, 6))}</ul></div>'
               f'</div></div>')
    html = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
{head(a, rnd, site="Bộ Y tế - Cổng thông tin điện tử", domain="moh.example", section="tin-tong-hop", title_sep=" - Bộ Y tế - Cổng thông tin điện tử", published="2023-06-02T09:00:00+07:00", jsonld=False)}
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
 <header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="Đi đến Bộ Y tế"><img alt="Bộ Y tế" src="/image/layout_set_logo"></a></h1></div>
  <nav class="sort-pages modify-pages" id="navigation" role="navigation"><h1 class="hide-accessible">Điều hướng</h1>{menu(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản quy phạm pháp luật", "Thủ tục hành chính", "Dịch vụ công trực tuyến", "Hỏi đáp", "Thống kê y tế", "Liên hệ"], ul_class="nav-menu", active="Tin tức - Sự kiện")}</nav></header>
 <div id="content">
  <div class="columns-2" id="main-content" role="main">
   <div class="portlet-layout row-fluid">
    <div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
     {portlet("73", "Đường dẫn", '<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/">Trang chủ</a></li><li><a href="/tin-tong-hop">Tin tổng hợp</a></li></ul>')}
     {portlet(pid, "Tin tổng hợp", article, "portlet-asset-publisher")}
     {portlet("3_INSTANCE_x", "Tin khác", vi_news_list(rnd, 10, ul_class="list-unstyled", thumb=False, domain="moh.example", time=True), "portlet-asset-publisher")}
    </div></div>
    <div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">
     {portlet("101_INSTANCE_vbm", "Văn bản mới", '<ul>' + ''.join(f'<li><a href="#">{t}</a></li>' for t in ["Thông tư 05/2023/TT-BYT quy định chi tiết danh mục thuốc", "Quyết định 1890/QĐ-BYT về hướng dẫn chẩn đoán", "Công văn 2715/BYT-DP về tăng cường phòng chống dịch", "Thông tư 12/2023/TT-BYT sửa đổi quy định giá dịch vụ"]) + '</ul>')}
     {portlet("56_INSTANCE_tk", "Thống kê truy cập", f'<p>Đang truy cập: {rnd.randrange(100, 900)}</p><p>Hôm nay: {rnd.randrange(10**4, 10**5):,}</p><p>Tổng số: {rnd.randrange(10**7, 10**8):,}</p>')}
     {portlet("56_INSTANCE_lk", "Liên kết", '<select onchange="window.open(this.value)"><option>-- Liên kết website --</option><option value="https://chinhphu.example">Chính phủ</option><option value="https://who.example">WHO</option></select>')}
    </div></div>
   </div>
  </div>
 </div>
 <footer id="footer" role="contentinfo"><p>Cổng thông tin điện tử Bộ Y tế (trang mẫu)</p><p>Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội (ví dụ)</p><p>Ghi rõ nguồn "Cổng thông tin điện tử Bộ Y tế" khi phát hành lại thông tin từ website này.</p></footer>
</div>
<script>AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{ Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) {{ Liferay.Util.addInputType(node); }}); }});</script>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.lead)] + gold_body(a.body)
    return html, gold


MORE += [
    ("vi-baolangson-nongnghiep", provincial, {}),
    ("vi-baotinh-bang-1258", oldtable_vi, {"encoding": "windows-1258"}),
    ("vi-chinhphu-aspnet", govportal, {}),
    ("vi-bo-quyetdinh", liferay, {}),
]


# --------------------------------------------------------------------------
# A Vietnamese WordPress travel blog: article.post > .entry-content with a
# table of contents and Jetpack's sharing and related posts inside it;
# threaded comments; widgets in aside#secondary.

BLOG_COMMENTS_VI = [
    ("Thảo Nguyên", "Bài viết chi tiết quá chị ơi! Cho em hỏi đi xe số thì có ổn không hay nhất định phải thuê xe côn tay ạ?",
     ("Minh Thư", "Xe số vẫn đi tốt em nhé, chỉ cần xe còn mới, phanh ăn là được. Đoạn Mã Pí Lèng em đi chậm là ổn.")),
    ("Lê Hoàng", "Mình định đi vào giữa tháng 11, không biết lúc đó hoa còn đẹp không bạn?",
     ("Minh Thư", "Giữa tháng 11 là đẹp nhất luôn bạn, nhưng đông khách, bạn nhớ đặt homestay trước nhé.")),
    ("Ngọc Trâm", "Năm ngoái mình cũng đi đúng lịch trình này, công nhận cháo ấu tẩu ăn buổi tối ở Đồng Văn ngon thật sự. Đọc bài mà muốn đi lại ghê.", None),
    ("Phan Anh Tú", "Cho mình xin tên homestay ở Sủng Là với bạn ơi, mình tìm trên mạng nhiều quá không biết chọn chỗ nào.",
     ("Minh Thư", "Mình ở một homestay nhỏ ngay đầu làng, chủ nhà người Mông rất dễ thương. Bạn inbox fanpage mình gửi số điện thoại nhé.")),
    ("Hồng Nhung", "Cảm ơn bài chia sẻ rất có tâm. Mình đi một mình thì có nên đi tour ghép không hay tự đi vẫn an toàn?",
     ("Minh Thư", "Nếu bạn chưa quen đi đèo dốc thì nên thuê xe kèm người lái địa phương, giá khoảng 600-800 nghìn một ngày, an toàn hơn nhiều.")),
    ("Đức Mạnh", "Mình vừa đi về tuần trước, đường từ Yên Minh lên Đồng Văn đang sửa vài đoạn, bụi lắm, mọi người nhớ mang khẩu trang nha.", None),
    ("Vân Anh", "Ảnh sông Nho Quế đẹp quá, chị chụp bằng máy gì vậy ạ?", ("Minh Thư", "Chị chụp bằng điện thoại thôi em, trời hôm đó nắng đẹp nên ảnh lên màu đẹp.")),
    ("Quang Huy", "Bài viết quá hữu ích, đã lưu lại để tháng sau đi. Cảm ơn bạn nhiều!", None),
]


def wordpress_vi(a, rnd):
    st = Style(img_base="https://xachbalolen.example/wp-content/uploads/2023/10")
    st.fig = lambda t: (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{st.img()}" alt="" class="wp-image-{rnd.randrange(1000, 9999)}" srcset="{st.img()} 1024w" sizes="(max-width: 1024px) 100vw, 1024px"/>'
                        f'<figcaption class="wp-element-caption">{t}</figcaption></figure>')
    st.h = lambda t: f'<h2 class="wp-block-heading" id="{slug(text(t))}">{t}</h2>'
    st.p = lambda t: f"<p>{t}</p>"
    body = st.render(a.body)
    heads = [text(it[1]) for it in a.body if it[0] == "h"]
    toc = ('<div id="ez-toc-container" class="ez-toc-v2_0_56 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title">Mục lục</p>'
           '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn" aria-label="Toggle Table of Content">Ẩn</a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">'
           + "".join(f'<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-{i + 1}" href="#{slug(h)}" title="{esc(h)}">{esc(h)}</a></li>' for i, h in enumerate(heads))
           + "</ul></nav></div>")
    posts = ["Review chi tiết homestay ở Mộc Châu: đẹp, rẻ và yên tĩnh", "Ăn gì ở Đà Lạt? 15 quán ngon được dân địa phương giới thiệu",
             "Đi Côn Đảo tự túc 3 ngày 2 đêm với 4 triệu đồng", "Kinh nghiệm săn mây Tà Xùa cho người lần đầu", "Ninh Bình mùa lúa chín: nên đi Tam Cốc hay Tràng An?",
             "Hành trang cho chuyến trekking đầu tiên: checklist đầy đủ nhất", "Phú Quốc mùa mưa có nên đi không?"]
    related = "".join(f'<div class="jp-relatedposts-post jp-relatedposts-post{i}" data-post-id="{rnd.randrange(1000, 9999)}"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/{slug(p)}/" title="{esc(p)}">{esc(p)}</a></h4><p class="jp-relatedposts-post-date">Tháng Chín {rnd.randrange(1, 28)}, 2023</p><p class="jp-relatedposts-post-context">Trong &quot;Du lịch&quot;</p></div>' for i, p in enumerate(posts[:3]))

    def comment(c, depth=1):
        name, body_, reply = c
        cid = rnd.randrange(10**4, 10**5)
        s = (f'<li id="comment-{cid}" class="comment {"byuser comment-author-minhthu bypostauthor" if name == "Minh Thư" else ""} depth-{depth}">'
             f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{cid:x}?s=42" class="avatar avatar-42 photo" height="42" width="42"><b class="fn">{esc(name)}</b> <span class="says">viết:</span></div>'
             f'<div class="comment-metadata"><a href="#comment-{cid}"><time datetime="2023-10-{rnd.randrange(26, 31)}T{rnd.randrange(7, 23):02d}:15:00+07:00">{rnd.randrange(26, 31)} Tháng Mười, 2023 lúc {rnd.randrange(1, 12)}:{rnd.randrange(10, 59)} {rnd.choice(["sáng", "chiều", "tối"])}</time></a></div></footer>'
             f'<div class="comment-content"><p>{esc(body_)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Trả lời</a></div></article>')
        if reply:
            s += '<ol class="children">' + comment((reply[0], reply[1], None), depth + 1) + "</ol>"
        return s + "</li>"
    comments = "\n".join(comment(c) for c in BLOG_COMMENTS_VI)
    html = f"""<!doctype html>
<html lang="vi">
{head(a, rnd, site="Xách Ba Lô Lên", domain="xachbalolen.example", section="du-lich", title_sep=" - Xách Ba Lô Lên", published="2023-10-25T20:00:00+07:00", css_rules=24)}
<body class="post-template-default single single-post postid-2481 single-format-standard wp-embed-responsive right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<header class="site-header" id="masthead" aria-label="Site">
 <div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Xách Ba Lô Lên</a></p><p class="site-description" itemprop="description">Blog du lịch bụi, ăn ngon, ở rẻ, đi xa</p></div>
 <nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary">{menu(["Trang chủ", "Du lịch miền Bắc", "Du lịch miền Trung", "Du lịch miền Nam", "Nước ngoài", "Ẩm thực", "Review homestay", "Giới thiệu", "Liên hệ"], ul_class="main-nav menu sf-menu", active="Du lịch miền Bắc")}</nav></div>
</header>
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2481" class="post-2481 post type-post status-publish format-standard has-post-thumbnail hentry category-du-lich-mien-bac tag-ha-giang tag-tam-giac-mach">
 <div class="inside-article">
  <header class="entry-header"><h1 class="entry-title" itemprop="headline">{a.title}</h1>
   <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2023-10-25T20:00:00+07:00" itemprop="datePublished">{a.date}</time></span> <span class="byline">bởi <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/minhthu/" title="Xem tất cả bài viết của {esc(text(a.author))}" rel="author"><span class="author-name">{a.author}</span></a></span></span></div>
  </header>
  <div class="featured-image page-header-image-single"><img width="1200" height="800" src="https://xachbalolen.example/wp-content/uploads/2023/10/ha-giang-cover.jpg" class="attachment-full size-full wp-post-image" alt="" decoding="async"></div>
  <div class="entry-content" itemprop="text">
{interleave(body, {0: toc})}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank" title="Nhấn vào chia sẻ trên Facebook"><span>Facebook</span></a></li><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="?share=twitter"><span>X</span></a></li><li class="share-pinterest"><a class="sd-button" href="?share=pinterest"><span>Pinterest</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-1-2481" data-name="like-post-frame"><h3 class="sd-title">Thích điều này:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Thích</span></span> <span class="loading">Đang tải...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">{related}</div></div>
  </div>
  <footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Chuyên mục </span><a href="/category/du-lich-mien-bac/" rel="category tag">Du lịch miền Bắc</a></span> <span class="tags-links"><span class="screen-reader-text">Thẻ </span><a href="/tag/ha-giang/" rel="tag">Hà Giang</a>, <a href="/tag/tam-giac-mach/" rel="tag">tam giác mạch</a></span>
   <nav id="nav-below" class="post-navigation" aria-label="Bài viết"><div class="nav-previous"><span class="prev"><a href="/{slug(posts[3])}/" rel="prev">{esc(posts[3])}</a></span></div><div class="nav-next"><span class="next"><a href="/{slug(posts[4])}/" rel="next">{esc(posts[4])}</a></span></div></nav></footer>
 </div>
</article>
<div class="comments-area"><div id="comments">
 <h3 class="comments-title">{len(BLOG_COMMENTS_VI) + sum(1 for c in BLOG_COMMENTS_VI if c[2])} bình luận về “{a.title}”</h3>
 <ol class="comment-list">
{comments}
 </ol>
 <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
  <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
  <p class="comment-form-comment"><label for="comment" class="screen-reader-text">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
  <label for="author" class="screen-reader-text">Tên</label><input placeholder="Tên *" id="author" name="author" type="text" value="" size="30" required>
  <p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.</label></p>
  <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"></p></form></div>
</div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
 <aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm …" name="s"></label><button class="search-submit">Tìm kiếm</button></form></aside>
 <aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{''.join(f'<li><a href="/{slug(p)}/">{esc(p)}</a></li>' for p in posts)}</ul></aside>
 <aside id="recent-comments-2" class="widget inner-padding widget_recent_comments"><h2 class="widget-title">Bình luận gần đây</h2><ul id="recentcomments">{''.join(f'<li class="recentcomments"><span class="comment-author-link">{esc(c[0])}</span> trong <a href="/{slug(p)}/#comments">{esc(p)}</a></li>' for c, p in zip(BLOG_COMMENTS_VI, posts))}</ul></aside>
 <aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{''.join(f'<li><a href="/2023/{m:02d}/">Tháng {["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"][m - 1]} 2023</a></li>' for m in range(10, 0, -1))}</ul></aside>
 <aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>{''.join(f'<li class="cat-item"><a href="/category/{slug(c)}/">{c}</a> ({rnd.randrange(3, 40)})</li>' for c in ["Du lịch miền Bắc", "Du lịch miền Trung", "Du lịch miền Nam", "Nước ngoài", "Ẩm thực", "Review homestay"])}</ul></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemscope itemtype="https://schema.org/WPFooter"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2023 Xách Ba Lô Lên &bull; Xây dựng với <a href="https://generatepress.example" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-a11y">!function(){{"use strict";if("querySelector"in document&&"addEventListener"in window){{var e=document.body;e.addEventListener("mousedown",function(){{e.classList.add("using-mouse")}}),e.addEventListener("keydown",function(){{e.classList.remove("using-mouse")}})}}}}();</script>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.author)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# Blogger (Blogspot): div.post-body.entry-content with paragraphs made of
# <br> pairs; the date as h2.date-header; sidebar widgets with the
# snippets of popular posts.

def blogger_vi(a, rnd):
    paras = [text(it[1]) if False else it[1] for it in a.body if it[0] == "p"]
    img = ('<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsE/s1600/com-lang-vong.jpg" style="margin-left: 1em; margin-right: 1em;">'
           '<img border="0" data-original-height="1067" data-original-width="1600" height="427" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsE/w640-h427/com-lang-vong.jpg" width="640" /></a></div>')
    # Blogger's editor: text runs with <br /><br /> between paragraphs,
    # some paragraphs in their own <div>.
    chunks = []
    for i, p in enumerate(paras):
        if i == 2:
            chunks.append(img)
        chunks.append(f"<div>{p}</div>" if i % 3 == 1 else p + "<br /><br />")
    popular = [
        ("Những buổi chiều ở chợ Long Biên", "Chợ Long Biên lúc ba giờ chiều vắng hoe, chỉ có vài người phu khuân vác ngồi hút thuốc lào dưới gầm cầu. Tôi hay ra đây ngồi, nghe tiếng tàu chạy trên đầu mà nhớ những ngày còn bé..."),
        ("Bánh trôi tết Hàn thực của mẹ", "Mùng ba tháng ba năm nào mẹ cũng dậy từ sớm, ngâm gạo nếp, giã đỗ, thắng đường. Cả nhà quây quần bên mâm bánh trôi nóng hổi, thơm mùi gừng và vừng rang..."),
        ("Gửi con, mùa thi đầu tiên", "Con yêu, mai là ngày con bước vào kỳ thi đầu tiên của cuộc đời. Mẹ biết con lo lắm, dù con chẳng nói ra. Mẹ chỉ muốn nói với con rằng, dù kết quả thế nào thì..."),
        ("Phố Hàng Mã những ngày giáp Trung thu", "Năm nào cũng vậy, cứ gần rằm tháng tám là phố Hàng Mã lại rực rỡ sắc màu đèn lồng, đầu sư tử, mặt nạ giấy bồi. Lũ trẻ con chen chân giữa dòng người..."),
    ]
    archive = "".join(f"<li><a class='post-count-link' href='/2023/{m:02d}/'>tháng {m}</a> <span class='post-count' dir='ltr'>({rnd.randrange(1, 6)})</span></li>" for m in range(9, 0, -1))
    comments = [("Hương Giang", "Đọc bài của chị mà nhớ Hà Nội quá. Em xa nhà mấy năm rồi, mùa thu nào cũng thèm một gói cốm làng Vòng."),
                ("Ẩn danh", "Văn chị viết nhẹ nhàng mà thấm. Chờ bài mới của chị."),
                ("Tuấn Anh", "Cảm ơn chị, bài viết làm em nhớ bà ngoại em. Bà cũng hay mua cốm cho em hồi bé như thế."),
                ("Phạm Thu Hà", "Cảm ơn các bạn đã đọc và chia sẻ nhé. Chúc mọi người một mùa thu thật dịu dàng.")]
    cm = "".join(f"<dt class='comment-author' id='c{rnd.randrange(10**9)}'><a name='c1'></a><a href='https://www.blogger.example/profile/{rnd.randrange(10**9)}' rel='nofollow'>{esc(n)}</a> đã nói...</dt><dd class='comment-body' id='Blog1_cmt-{rnd.randrange(10**9)}'><p>{esc(t)}</p></dd><dd class='comment-footer'><span class='comment-timestamp'><a href='#c1' title='comment permalink'>14 tháng 10, 2023 lúc {rnd.randrange(9, 23)}:{rnd.randrange(10, 59)}</a></span></dd>" for n, t in comments)
    html = f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
{head(a, rnd, site="Góc nhỏ của Hà", domain="gocnhocuaha.blogspot.example", section="2023/10", title_sep=": ", published="2023-10-14T08:30:00+07:00", jsonld=False, css_rules=20, font="Georgia,serif")}
<body class='variant-simplysimple'>
<div class='navbar section' id='navbar' name='Thanh điều hướng'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}</script><div id="navbar-iframe-container"></div></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header section' id='header' name='Tiêu đề'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://gocnhocuaha.blogspot.example/'>Góc nhỏ của Hà</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Những ghi chép vụn vặt về Hà Nội, về gia đình và những điều bình dị</span></p></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol' name='Tất cả các cột'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul><li class='selected'><a href='https://gocnhocuaha.blogspot.example/'>Trang chủ</a></li><li><a href='/p/gioi-thieu.html'>Giới thiệu</a></li><li><a href='/search/label/Tản văn'>Tản văn</a></li><li><a href='/search/label/Ẩm thực'>Ẩm thực</a></li></ul></div></div></div></div>
<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Chính'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{a.date}</span></h2>
<div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsE/w640-h427/com-lang-vong.jpg' itemprop='image_url'>
<a name='{rnd.randrange(10**18)}'></a>
<h3 class='post-title entry-title' itemprop='name'>{a.title}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{rnd.randrange(10**18)}' itemprop='description articleBody'>
{chr(10).join(chunks)}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>{a.author}</span></span></span> <span class='post-timestamp'>vào lúc <meta content='https://gocnhocuaha.blogspot.example/2023/10/mua-thu.html' itemprop='url'><a class='timestamp-link' href='#' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2023-10-14T08:30:00+07:00'>08:30</abbr></a></span></div>
<div class='post-footer-line post-footer-line-2'><span class='post-comment-link'><a class='comment-link' href='#comment-form'>{len(comments)} nhận xét</a></span> <span class='post-icons'><span class='item-control blog-admin pid-{rnd.randrange(10**9)}'><a href='https://www.blogger.example/post-edit.g' title='Sửa Bài đăng'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.example/img/icon18_edit_allbkg.gif' width='18'></a></span></span>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#' target='_blank' title='Gửi email bài đăng này'><span class='share-button-link-text'>Gửi email bài đăng này</span></a><a class='goog-inline-block share-button sb-blog' href='#' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='#' title='Chia sẻ lên X'><span class='share-button-link-text'>Chia sẻ lên X</span></a><a class='goog-inline-block share-button sb-facebook' href='#' title='Chia sẻ lên Facebook'><span class='share-button-link-text'>Chia sẻ lên Facebook</span></a></div></div>
<div class='post-footer-line post-footer-line-3'><span class='post-labels'>Nhãn: <a href='/search/label/H%C3%A0%20N%E1%BB%99i' rel='tag'>Hà Nội</a>, <a href='/search/label/T%E1%BA%A3n%20v%C4%83n' rel='tag'>Tản văn</a></span></div>
</div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>{len(comments)} nhận xét:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>{cm}</dl></div>
<p class='comment-footer'><a href='https://www.blogger.example/comment/fullpage/post/1' onclick=''>Đăng nhận xét</a></p></div>
</div></div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='/2023/10/moi.html' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='/2023/10/cu.html' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span><a class='home-link' href='/'>Trang chủ</a></div>
<div class='clear'></div><div class='post-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' href='/feeds/1/comments/default' target='_blank' type='application/atom+xml'>Đăng Nhận xét (Atom)</a></div></div>
</div></div>
</div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside>
<div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>Giới thiệu về tôi</h2><div class='widget-content'><a href='/profile'><img alt='Ảnh của tôi' class='profile-img' height='80' src='/avatar.jpg' width='80'></a><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='/profile' rel='author'>Phạm Thu Hà</a></dt><dd class='profile-textblock'>Một người Hà Nội thích viết lách, thích ăn ngon và thích đi bộ dưới những hàng cây cổ thụ.</dd></dl><a class='profile-link' href='/profile' rel='author'>Xem hồ sơ hoàn chỉnh của tôi</a></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Bài đăng phổ biến</h2><div class='widget-content popular-posts'><ul>{''.join(f"<li><div class='item-content'><div class='item-title'><a href='/{slug(t)}.html'>{esc(t)}</a></div><div class='item-snippet'>{esc(s)}</div></div><div style='clear: both;'></div></li>" for t, s in popular)}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Lưu trữ Blog</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='/2023/'>2023</a> <span class='post-count' dir='ltr'>(31)</span><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='/2023/10/'>tháng 10</a> <span class='post-count' dir='ltr'>(3)</span><ul class='posts'><li><a href='/2023/10/mua-thu.html'>{a.title}</a></li><li><a href='/2023/10/pho-hang-ma.html'>Phố Hàng Mã những ngày giáp Trung thu</a></li><li><a href='/2023/10/me.html'>Bánh trôi tết Hàn thực của mẹ</a></li></ul></li>{archive}</ul></li><li class='archivedate collapsed'><a class='post-count-link' href='/2022/'>2022</a> <span class='post-count' dir='ltr'>(47)</span></li><li class='archivedate collapsed'><a class='post-count-link' href='/2021/'>2021</a> <span class='post-count' dir='ltr'>(52)</span></li></ul></div></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Nhãn</h2><div class='widget-content list-label-widget-content'><ul>{''.join(f"<li><a dir='ltr' href='/search/label/{slug(l)}'>{l}</a><span dir='ltr'>({rnd.randrange(2, 30)})</span></li>" for l in ["Ẩm thực", "Gia đình", "Hà Nội", "Sách", "Tản văn", "Du lịch"])}</ul></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Chủ đề Đơn giản. Được tạo bởi <a href='https://www.blogger.example' target='_blank'>Blogger</a>.</div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/2975350028-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY5'; _WidgetManager._Init('//www.blogger.example/rearrange?blogID=1', '//gocnhocuaha.blogspot.example/2023/10/mua-thu.html', '1');</script>
</body>
</html>
"""
    gold = [text(a.title), text(a.date)] + [text(p) for p in paras] + [f"Đăng bởi {text(a.author)} vào lúc 08:30"]
    return html, gold


# --------------------------------------------------------------------------
# A Next.js news site whose markup has only hashed class names: no
# <article>, no "content" or "detail" anywhere; the story is also in
# __NEXT_DATA__ (a script, so not text).

def hashed_vi(a, rnd):
    import json
    H = lambda: hashed(rnd)  # noqa: E731
    cp, cfig, ccap, ch = H(), H(), H(), H()
    st = Style(img_base="https://znews-photo.example/w660/Uploaded/2023_11_25")
    st.p = lambda t: f'<p class="{cp}">{t}</p>'
    st.fig = lambda t: f'<figure class="{cfig}"><div class="{H()}"><img src="{st.img()}" alt="" class="{H()}"></div><figcaption class="{ccap}"><span>{t}</span></figcaption></figure>'
    body = st.render(a.body)

    def cards(n, teaser):
        cl, ci = H(), H()
        return "".join(f'<div class="{cl}"><a href="/{slug(h)}-post{rnd.randrange(10**6)}.html" class="{H()}"><div class="{ci}"><img src="https://znews-photo.example/thumb/{slug(h)[:20]}.jpg" alt=""></div><h3 class="{H()}">{esc(h)}</h3>' + (f'<p class="{H()}">{esc(rnd.choice(VI_TEASERS))}</p>' if teaser else "") + '</a></div>'
                       for h in pick(rnd, VI_HEADLINES, n))
    next_data = json.dumps({"props": {"pageProps": {"article": {"title": text(a.title), "lead": text(a.lead),
                            "body": [text(it[1]) for it in a.body if it[0] == "p"], "author": text(a.author)},
                            "state": json.loads(app_state_js(rnd, 30))}}, "page": "/[slug]", "buildId": "%08x" % rnd.randrange(1 << 32)}, ensure_ascii=False)
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="ZNEWS.VN", domain="znews.example", section="the-thao", title_sep=" - Thể thao - ZNEWS.VN", published="2023-11-25T20:45:00+07:00", css_rules=10)}
<body>
<div id="__next">
<div class="{H()}">
 <div class="{H()}"><a href="/" class="{H()}"><img src="/logo.svg" alt="Znews"></a>
  <div class="{H()}">{''.join(f'<a class="{H()}" href="/{slug(m)}.html">{m}</a>' for m in ["Xuất bản", "Sách hay", "Thời sự", "Thế giới", "Kinh doanh", "Công nghệ", "Giải trí", "Thể thao", "Đời sống", "Sức khỏe", "Xe", "Du lịch", "Pháp luật"])}</div></div>
 <div class="{H()}">
  <div class="{H()}">
   <div class="{H()}"><a href="/the-thao.html" class="{H()}">Thể thao</a> <a href="/bong-da-viet-nam.html" class="{H()}">Bóng đá Việt Nam</a></div>
   <h1 class="{H()}">{a.title}</h1>
   <div class="{H()}"><span class="{H()}">{a.author}</span> <span class="{H()}">{a.date}</span></div>
   <div class="{H()}"><button class="{H()}" type="button">Chia sẻ</button><button class="{H()}" type="button">Lưu bài</button></div>
   <p class="{H()}"><strong>{a.lead}</strong></p>
   <div class="{H()}">
{interleave(body, {2: f'<div class="{H()}"><div id="znews-inarticle-1" class="{H()}"></div></div>'})}
   </div>
   <div class="{H()}"><span class="{H()}">Tags:</span> <a href="/tieu-diem/ha-noi-fc.html" class="{H()}">Hà Nội FC</a> <a href="/tieu-diem/v-league.html" class="{H()}">V.League</a></div>
   <div class="{H()}"><h2 class="{H()}">Đọc tiếp</h2>{cards(6, True)}</div>
  </div>
  <div class="{H()}">
   <div class="{H()}"><h2 class="{H()}">Đọc nhiều</h2>{cards(8, False)}</div>
   <div class="{H()}"><h2 class="{H()}">Bảng xếp hạng</h2><table class="{H()}"><tr><th>#</th><th>Đội</th><th>Trận</th><th>Điểm</th></tr>{''.join(f'<tr><td>{i}</td><td>{t}</td><td>4</td><td>{p}</td></tr>' for i, (t, p) in enumerate([("Nam Định", 11), ("Hà Nội FC", 9), ("Bình Định", 8), ("Hải Phòng", 7), ("Thanh Hóa", 7)], 1))}</table></div>
  </div>
 </div>
 <div class="{H()}"><div class="{H()}">{cards(9, True)}</div></div>
 <div class="{H()}"><p class="{H()}">Cơ quan chủ quản: Hội Xuất bản Việt Nam (mẫu)</p><p class="{H()}">Tổng biên tập: Nguyễn Văn Quang (hư cấu)</p><p class="{H()}">Giấy phép số 66/GP-BTTTT</p></div>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{next_data}</script>
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date), text(a.lead)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# Người Lao Động-like page whose body is cut into sibling divs by ads and
# an inline related box.

def split_vi(a, rnd):
    st = Style(img_base="https://nld.mediacdn.example/291774122806476800/2023/11/3")
    st.fig = lambda t: (f'<div class="VCSortableInPreviewMode" type="Photo"><div><img src="{st.img()}" alt="" w="1200" h="800"></div>'
                        f'<div class="PhotoCMS_Caption"><p>{t}</p></div></div>')
    body = st.render(a.body)
    n = len(body)
    parts = [body[:3], body[3:6], body[6:]]
    rel = pick(rnd, VI_HEADLINES, 3)
    ads = [f'<div class="box-quang-cao" id="admzone{rnd.randrange(10**5)}"><span class="qc-label">Quảng cáo</span><div class="qc-slot"></div></div>',
           '<div class="tin-lien-quan-inline"><p class="tlq-title">TIN LIÊN QUAN</p><ul>' + "".join(f'<li><a href="https://nld.example/{slug(h)}.htm">{esc(h)}</a></li>' for h in rel) + "</ul></div>"]
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="Báo Người Lao Động", domain="nld.example", section="cong-doan", title_sep=" - Báo Người Lao Động Online", published="2023-11-03T19:05:00+07:00")}
<body>
<div class="header"><div class="w1160"><a class="logo" href="/"><img src="/logo.png" alt="Người Lao Động"></a><div class="header-right"><a href="/dang-ky">Đăng ký</a> | <a href="/dang-nhap">Đăng nhập</a> | <a href="/nld-plus">NLĐ+</a></div></div>
 <div class="menu-main">{menu(["Thời sự", "Quốc tế", "Lao động", "Công đoàn", "Bạn đọc", "Kinh tế", "Sức khỏe", "Giáo dục", "Pháp luật", "Văn hóa - Văn nghệ", "Giải trí", "Thể thao", "Ai Cập", "Gia đình", "Du lịch"], ul_class="menu-list", active="Công đoàn")}</div></div>
<div class="w1160 detail-page">
 <div class="detail-main">
  <div class="detail-cate"><a href="/cong-doan.htm">Công đoàn</a></div>
  <h1 class="title-content" data-role="title">{a.title}</h1>
  <div class="author-time"><span class="author" data-role="author">{a.author}</span> <span class="time" data-role="publishdate">{a.date}</span></div>
  <div class="share-top"><a href="#">Chia sẻ</a> <a href="#">Zalo</a> <a href="#">In</a></div>
  <h2 class="sapo-detail" data-role="sapo">{a.lead}</h2>
  <div class="noi-dung noi-dung-1">
{chr(10).join(parts[0])}
  </div>
{ads[0]}
  <div class="noi-dung noi-dung-2">
{chr(10).join(parts[1])}
  </div>
{ads[1]}
  <div class="noi-dung noi-dung-3">
{chr(10).join(parts[2])}
  </div>
  <div class="tags-detail"><span>Từ khóa:</span> <a href="/luong-toi-thieu-vung.html">lương tối thiểu vùng</a> <a href="/hoi-dong-tien-luong.html">Hội đồng Tiền lương quốc gia</a></div>
  <div class="binh-luan-nld"><p class="bl-title">Ý kiến bạn đọc</p>
{vi_comments(rnd, 6, item='<div class="bl-item"><p class="bl-name">{name}</p><p class="bl-text">{text}</p><p class="bl-meta">{h} giờ trước · {likes} thích</p></div>')}
  <a href="#" class="bl-more">Xem thêm bình luận</a></div>
  <div class="tin-cung-chuyen-muc"><p class="tccm-title">Tin cùng chuyên mục</p>{vi_news_list(rnd, 10, ul_class="list-tccm", teaser=True, domain="nld.example")}</div>
 </div>
 <div class="detail-right">
  <div class="doc-nhieu"><p class="dn-title">Đọc nhiều nhất</p>{vi_news_list(rnd, 10, ul_class="list-dn", thumb=False, domain="nld.example")}</div>
  <div class="box-quang-cao"><span class="qc-label">Quảng cáo</span></div>
 </div>
</div>
<div class="footer"><p>Báo Người Lao Động điện tử - Cơ quan của Thành ủy TP HCM (mẫu)</p><p>Giấy phép số 115/GP-BTTTT. Tổng Biên tập: Tô Đình Tuân (hư cấu)</p><p>Địa chỉ: 127 Võ Văn Tần, Phường Võ Thị Sáu, Quận 3, TP HCM (ví dụ)</p></div>
{ads_js(rnd, ["inpage", "right"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date), text(a.lead)] + gold_body(a.body)
    return html, gold


MORE += [
    ("vi-blog-wordpress-dulich", wordpress_vi, {}),
    ("vi-blogspot-kyniem", blogger_vi, {}),
    ("vi-znews-hashed", hashed_vi, {}),
    ("vi-nld-tachdoan", split_vi, {}),
]


# --------------------------------------------------------------------------
# Tiền Phong-like page: a short story drowned in lists of long link
# titles, most with teasers (related, most read, latest, same section).

def biglists_vi(a, rnd):
    st = Style(img_base="https://image.tienphong.example/w860/Uploaded/2023/11/22")
    st.fig = lambda t: (f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="{st.img()}" alt="{esc(text(t))}" data-image-id="{rnd.randrange(10**6)}"></td></tr>'
                        f'<tr><td class="caption"><p>{t}</p></td></tr></tbody></table>')
    body = st.render(a.body)

    def numbered(n):
        return '<ol class="rank-list">' + "".join(f'<li><span class="rank">{i}</span><h3 class="story__heading"><a class="cms-link" href="/{slug(h)}-post{rnd.randrange(10**6)}.tpo" title="{esc(h)}">{esc(h)}</a></h3></li>'
                                                  for i, h in enumerate(pick(rnd, VI_HEADLINES, n), 1)) + "</ol>"
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="Báo Tiền Phong", domain="tienphong.example", section="phap-luat", title_sep=" | Báo điện tử Tiền Phong", published="2023-11-22T15:40:00+07:00")}
<body>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/logo.svg" alt="Tiền Phong"></a><span class="today">Thứ Tư, 22/11/2023</span></div>
 <nav class="site-nav">{menu(["Xã hội", "Kinh tế", "Thế giới", "Pháp luật", "Giáo dục", "Sức khỏe", "Giới trẻ", "Văn hóa", "Giải trí", "Thể thao", "Hoa hậu", "Xe", "Bạn đọc", "Địa ốc", "Hàng không - Du lịch", "Chuyển động"], ul_class="menu", active="Pháp luật", sub=VI_SUBMENU)}</nav></header>
<main class="container main-article">
 <div class="col-left">
  <div class="breadcrumb"><a href="/phap-luat/">Pháp luật</a> › <a href="/phap-luat/ban-tin-113/">Bản tin 113</a></div>
  <article class="article">
   <h1 class="article__title cms-title">{a.title}</h1>
   <div class="article__meta"><span class="author cms-author">{a.author}</span> <time class="time" datetime="2023-11-22T15:40:00+07:00">{a.date}</time></div>
   <div class="article__sapo cms-desc">{a.lead}</div>
   <div class="article__body cms-body">
{chr(10).join(body)}
   </div>
   <div class="article__tag"><a href="/tag/my-pham-gia">mỹ phẩm giả</a> <a href="/tag/quan-ly-thi-truong">quản lý thị trường</a> <a href="/tag/bac-giang">Bắc Giang</a></div>
  </article>
  <div class="box-related"><h2 class="box-heading">Tin liên quan</h2>{vi_news_list(rnd, 10, ul_class="story-list", teaser=True, domain="tienphong.example")}</div>
  <div class="box-interest"><h2 class="box-heading">Có thể bạn quan tâm</h2>{vi_news_list(rnd, 12, ul_class="story-list", teaser=True, domain="tienphong.example")}</div>
  <div class="box-samecate"><h2 class="box-heading">Cùng chuyên mục</h2>{vi_news_list(rnd, 15, ul_class="story-list", teaser=True, domain="tienphong.example")}</div>
 </div>
 <div class="col-right">
  <div class="box-mostview"><h2 class="box-heading">Đọc nhiều</h2>{numbered(15)}</div>
  <div class="box-latest"><h2 class="box-heading">Tin mới</h2>{vi_news_list(rnd, 20, ul_class="story-list", thumb=False, domain="tienphong.example", time=True)}</div>
 </div>
</main>
<footer class="site-footer"><div class="container">{menu(["Xã hội", "Kinh tế", "Thế giới", "Pháp luật", "Giáo dục", "Sức khỏe", "Giới trẻ", "Văn hóa"], ul_class="footer-menu")}<p>Cơ quan chủ quản: Trung ương Đoàn TNCS Hồ Chí Minh (mẫu)</p><p>Tổng Biên tập: Phùng Công Sưởng (hư cấu)</p><p>Giấy phép số 76/GP-BTTTT</p></div></footer>
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date), text(a.lead)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# An e-magazine long read: sibling <section>s of text, full-width photos
# and pull quotes; a slim header and a credits line.

def emagazine_vi(a, rnd):
    st = Style(img_base="https://emagazine.baomau.example/images/2023/09/10")
    st.p = lambda t: f'<div class="e-text"><p>{t}</p></div>'
    st.fig = lambda t: (f'<div class="e-photo full-width"><img src="{st.img()}" alt="" class="lazy" data-src="{st.img()}">'
                        f'<p class="e-photo-caption">{t}</p></div>')
    st.quote = lambda t, c: (f'<div class="e-quote"><svg class="icon-quote" viewBox="0 0 24 24"><path d="M6 17h3l2-4V7H5v6h3z"/></svg>'
                             f'<blockquote class="pull-quote">{t}</blockquote><p class="quote-author">{c}</p></div>')
    st.h = lambda t: f'<div class="e-heading"><h2>{t}</h2></div>'
    body = st.render(a.body)
    # sections: cut at headings
    sections, cur = [], []
    for it, h in zip(a.body, body):
        if it[0] == "h" and cur:
            sections.append(cur)
            cur = []
        cur.append(h)
    sections.append(cur)
    secs = "\n".join(f'<section class="e-section e-section-{i}" data-aos="fade-up">\n' + "\n".join(s) + "\n</section>" for i, s in enumerate(sections, 1))
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="Báo Mẫu eMagazine", domain="baomau.example", section="emagazine", title_sep=" | eMagazine", published="2023-09-10T08:00:00+07:00", css_rules=20, font="'Playfair Display',serif")}
<body class="emagazine">
<div class="e-topbar"><a href="/" class="e-logo"><img src="/logo-white.svg" alt="Báo Mẫu"></a><a href="/emagazine" class="e-back">← eMagazine</a><div class="e-share"><a href="#">Facebook</a><a href="#">Zalo</a></div></div>
<div class="e-cover" style="background-image:url(https://emagazine.baomau.example/images/2023/09/10/cover.jpg)">
 <div class="e-cover-inner"><span class="e-kicker">Di sản</span><h1 class="e-title">{a.title}</h1></div>
</div>
<div class="e-body">
 <div class="e-meta"><p class="e-date">{a.date}</p></div>
 <div class="e-sapo"><p>{a.lead}</p></div>
{secs}
 <div class="e-credit"><p>{a.author}</p></div>
</div>
<div class="e-more"><h3>eMagazine khác</h3>{vi_news_list(rnd, 6, ul_class="e-more-list", teaser=True, domain="baomau.example")}</div>
<div class="e-footer"><p>© Báo Mẫu. Bản quyền nội dung eMagazine thuộc về tòa soạn.</p></div>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.lead)] + gold_body(a.body) + [text(a.author)]
    return html, gold


# --------------------------------------------------------------------------
# Kenh14-like entertainment page: in-body "Xem thêm" cards, an embedded
# video, a date picker, many boxes of stories.

def kenh14_vi(a, rnd):
    st = Style(img_base="https://kenh14cdn.example/thumb_w/620/203336854389633024/2023/10/18")
    st.fig = lambda t: (f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="{st.img()}" data-fancybox="img-lightbox" target="_blank"><img src="{st.img()}" alt="" width="" height="" w="1440" h="960"></a></div>'
                        f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{t}</p></div></div>')
    body = st.render(a.body)
    rel = pick(rnd, VI_HEADLINES, 2)
    ins = {1: ('<div class="VCSortableInPreviewMode link-content-footer" type="RelatedOneNews"><a class="show-popup visit-popup" href="https://kenh14.example/' + slug(rel[0]) + '.chn"><img src="https://kenh14cdn.example/thumb/x.jpg" alt=""></a>'
               f'<div class="rnow-title"><p class="label">Xem thêm</p><a href="https://kenh14.example/{slug(rel[0])}.chn" title="{esc(rel[0])}">{esc(rel[0])}</a></div></div>'),
           4: ('<div class="VCSortableInPreviewMode" type="VideoStream" embed-type="4"><iframe width="620" height="349" src="https://www.youtube.example/embed/a1B2c3D4" title="Mùa mưa năm ấy - Official MV" frameborder="0" allowfullscreen></iframe>'
               '<div class="VideoCMS_Caption"><p>MV "Mùa mưa năm ấy" - Hà My</p></div></div>')}
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="kenh14.vn", domain="kenh14.example", section="musik", title_sep=" - Kenh14.vn", published="2023-10-18T10:05:00+07:00")}
<body>
<div class="kbw-header"><div class="khw-top"><a href="/" class="kbwh-logo"><img src="/logo.png" alt="Kenh14"></a><div class="kbwh-hot"><span>Nóng</span> <a href="/tag/mv-moi">#MV mới</a> <a href="/tag/sao-viet">#Sao Việt</a> <a href="/tag/trend">#Trend</a></div></div>
 <div class="kbwh-menu">{menu(["Star", "TV Show", "Ciné", "Musik", "Beauty & Fashion", "Đời sống", "Money-Z", "Ăn - Quẩy - Đi", "Xã hội", "Sức khỏe", "Tek-It", "Học đường", "Xem Mua Luôn", "Thế giới đó đây", "Sport", "Video"], ul_class="kbwhm-list", active="Musik")}</div></div>
<div class="kbwc-wrapper">
 <div class="adm-mainsection">
  <div class="kbwc-header"><ul class="kbwc-breadcrumb"><li><a href="/musik.chn">Musik</a></li><li><a href="/musik/chau-a.chn">Âu-Mỹ-Á</a></li></ul>
   <h1 class="kbwc-title">{a.title}</h1>
   <div class="kbwc-meta"><span class="kbwcm-author">{a.author},</span> <span class="kbwcm-time" title="2023-10-18T10:05:00">{a.date}</span> <span class="kbwcm-source">Theo Trí Thức Trẻ</span></div>
   <div class="kbwc-socials"><a class="kbwcs-fb" href="#">Chia sẻ</a> <a class="kbwcs-like" href="#">Thích {rnd.randrange(50, 999)}</a> <a class="kbwcs-gnews" href="https://news.google.example/kenh14">Theo dõi Kenh14 trên Google News</a></div></div>
  <div class="knc-content">
   <h2 class="knc-sapo">{a.lead}</h2>
   <div class="knc-content-body">
{interleave(body, ins)}
   </div>
  </div>
  <div class="knc-rate-link"><span>Tags:</span> <a href="/ha-my.html">Hà My</a> <a href="/mv-moi.html">MV mới</a> <a href="/vpop.html">Vpop</a></div>
  <div class="knc-relate-wrapper"><div class="krw-title">Tin cùng chuyên mục</div><div class="krw-date"><select name="ngay"><option>Ngày</option></select> <select name="thang"><option>Tháng</option></select> <select name="nam"><option>2023</option></select> <a class="kbtn" href="#">Xem</a></div>
   {vi_news_list(rnd, 14, ul_class="krw-list", teaser=True, domain="kenh14.example")}</div>
  <div class="knc-hot"><div class="krw-title">Đang được quan tâm</div>{vi_news_list(rnd, 10, ul_class="krw-list", domain="kenh14.example")}</div>
 </div>
 <div class="adm-sidebar"><div class="kbwcs-box"><div class="kbwcs-title">Đọc nhiều nhất</div>{vi_news_list(rnd, 10, ul_class="kbwcs-list", thumb=False, domain="kenh14.example")}</div></div>
</div>
<div class="kbw-footer"><p>Chịu trách nhiệm quản lý nội dung: Bà Nguyễn Thị Mến (hư cấu)</p><p>Giấy phép MXH số 189/GP-BTTTT</p><p>Địa chỉ: Tầng 21, Tòa nhà Center Building (ví dụ). Email: info@kenh14.example</p><p>© Copyright 2007 - 2023 – Công ty Cổ phần VCCorp (mẫu)</p></div>
{ads_js(rnd, ["k14-sticky", "k14-inread", "k14-right"])}
</body>
</html>
"""
    gold = [text(a.title), text(a.author), text(a.date), "Theo Trí Thức Trẻ", text(a.lead)] + gold_body(a.body)
    return html, gold


# --------------------------------------------------------------------------
# CafeF-like finance page: a ticker bar, #mainContent with a data table,
# author and source at the end.

def cafef_vi(a, rnd):
    st = Style()
    st.table = lambda cap, rows: (
        '<div class="VCSortableInPreviewMode" type="Table"><table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;width:100%">'
        + (f'<caption><em>{cap}</em></caption>' if cap else "")
        + "".join("<tr>" + "".join(f'<td style="border:solid windowtext 1pt;padding:0 5.4pt"><p class="MsoNormal" align="center">{"<b>" + c + "</b>" if i == 0 else c}</p></td>' for c in r) + "</tr>" for i, r in enumerate(rows))
        + "</table></div>")
    items = list(a.body)
    note = items.pop()[1]
    body = st.render(items)
    ticker = "".join(f'<li class="{"down" if d < 0 else "up"}"><span class="name">{n}</span> <span class="val">{v}</span> <span class="chg">{d:+.2f} ({p:+.2f}%)</span></li>'
                     for n, v, d, p in [("VN-INDEX", "1.062,90", -21.40, -1.97), ("VN30", "1.067,35", -22.87, -2.10), ("HNX", "215,78", -4.12, -1.87), ("UPCOM", "82,61", -0.95, -1.14), ("Vàng SJC", "70,50", 0.30, 0.43), ("USD/VND", "24.520", 15, 0.06)])
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="CafeF", domain="cafef.example", section="thi-truong-chung-khoan", title_sep=" - CafeF", published="2023-10-26T15:32:00+07:00")}
<body>
<div class="header"><div class="top-ticker"><ul class="ticker-list">{ticker}</ul></div>
 <div class="logo-bar"><a href="/" class="logo"><img src="/logo.svg" alt="CafeF"></a><div class="search"><input type="text" placeholder="Nhập mã chứng khoán hoặc từ khóa"></div></div>
 <div class="menu">{menu(["Xã hội", "Chứng khoán", "Bất động sản", "Doanh nghiệp", "Ngân hàng", "Tài chính quốc tế", "Vĩ mô - Đầu tư", "Kinh tế số", "Thị trường", "Sống", "Lifestyle", "Dữ liệu"], ul_class="menu-list", active="Chứng khoán")}</div></div>
<div class="main wp1000">
 <div class="left_cate totalcontentdetail">
  <div class="dateandcat"><a class="cat" href="/thi-truong-chung-khoan.chn">Chứng khoán</a> <span class="pdate" data-role="publishdate">{a.date}</span></div>
  <h1 class="title" data-role="title">{a.title}</h1>
  <div class="contentdetail">
   <h2 class="sapo" data-role="sapo">{a.lead}</h2>
   <div class="detail-content afcbc-body" data-role="content" id="mainContent">
{chr(10).join(body)}
   </div>
   <p class="author" data-role="author">{a.author}</p>
   <p class="source" data-role="source">{note}</p>
  </div>
  <div class="tagdetail"><span>Từ khóa:</span> <a href="/vn-index.html">VN-Index</a>, <a href="/khoi-ngoai.html">khối ngoại</a>, <a href="/chung-khoan.html">chứng khoán</a></div>
  <div class="box-tin-lien-quan"><h3>Cùng chuyên mục</h3>{vi_news_list(rnd, 12, ul_class="listchungkhoan", teaser=True, domain="cafef.example")}</div>
 </div>
 <div class="right">
  <div class="box-ma-ck"><h3>Cổ phiếu tăng/giảm mạnh</h3><table class="tbl-ck"><tr><th>Mã</th><th>Giá</th><th>+/-</th></tr>{''.join(f'<tr><td>{m}</td><td>{rnd.randrange(10, 90)},{rnd.randrange(0, 9)}</td><td>{rnd.choice(["-6,9%", "-4,2%", "+2,1%", "-3,5%"])}</td></tr>' for m in ["VHM", "VIC", "SSI", "HPG", "VND", "NVL", "DIG", "STB"])}</table></div>
  <div class="tinmoi"><h3>Tin mới</h3>{vi_news_list(rnd, 18, ul_class="list-tinmoi", thumb=False, domain="cafef.example", time=True)}</div>
 </div>
</div>
<div class="footer"><p>Trang thông tin điện tử CafeF (mẫu) - Giấy phép số 2216/GP-TTĐT</p><p>Chịu trách nhiệm quản lý nội dung: Ông Nguyễn Thế Tùng (hư cấu)</p><p>Liên hệ quảng cáo: 0928 xxx xxx</p><p>Ghi rõ nguồn "CafeF" khi phát hành lại thông tin từ kênh thông tin này.</p></div>
</body>
</html>
"""
    gold = [text(a.date), text(a.title), text(a.lead)] + gold_body(items) + [text(a.author), text(note)]
    gold.insert(0, gold.pop(1))
    return html, gold


# --------------------------------------------------------------------------
# Nhân Dân-like page, charset declared after 6 KB of head (UTF-8), with
# an <article> and "Xem thêm" links inside it.

def nhandan_vi(a, rnd):
    st = Style(img_base="https://image.nhandan.example/w800/Uploaded/2023/11/02")
    st.fig = lambda t: (f'<figure class="picture"><img src="{st.img()}" alt="{esc(text(t))}" class="cms-photo"><figcaption class="caption fig">{t}</figcaption></figure>')
    body = st.render(a.body)
    rel = pick(rnd, VI_HEADLINES, 3)
    inline_more = ('<div class="box-relate-inline"><p class="title-inline">Xem thêm</p><ul>' + "".join(f'<li><a href="https://nhandan.example/{slug(h)}-post{rnd.randrange(10**6)}.html">{esc(h)}</a></li>' for h in rel) + "</ul></div>")
    html = f"""<!DOCTYPE html>
<html lang="vi">
{head(a, rnd, site="Báo Nhân Dân điện tử", domain="nhandan.example", section="the-gioi", title_sep=" | Báo Nhân Dân điện tử", published="2023-11-02T21:10:00+07:00", charset_late=True)}
<body class="detail-page">
<header class="header"><div class="uk-container"><a class="logo" href="/"><img src="/logo.svg" alt="Nhân Dân"></a><div class="lang"><a href="https://en.nhandan.example">English</a> <a href="https://fr.nhandan.example">Français</a> <a href="https://cn.nhandan.example">中文</a></div></div>
 <nav class="main-menu">{menu(["Chính trị", "Kinh tế", "Văn hóa", "Xã hội", "Pháp luật", "Du lịch", "Thế giới", "Thể thao", "Giáo dục", "Y tế", "Khoa học - Công nghệ", "Môi trường", "Bạn đọc", "Media"], ul_class="menu", active="Thế giới")}</nav></header>
<div class="uk-container main-content">
 <div class="uk-grid">
  <div class="uk-width-2-3">
   <div class="breadcrumb"><a href="/the-gioi/">Thế giới</a> <a href="/the-gioi/binh-luan-quoc-te/">Bình luận quốc tế</a></div>
   <article class="article article-detail">
    <div class="article__header"><h1 class="article__title cms-title">{a.title}</h1>
     <div class="article__meta"><time class="time" datetime="2023-11-02T21:10:00+07:00">{a.date}</time></div>
     <div class="article__social"><a href="#" class="fb">Facebook</a> <a href="#" class="tw">Twitter</a> <a href="#" class="copy">Sao chép liên kết</a></div></div>
    <div class="article__sapo cms-desc">{a.lead}</div>
    <div class="article__body zce-content-body cms-body" itemprop="articleBody">
{interleave(body, {2: inline_more})}
    </div>
    <div class="article__author"><span class="name cms-author">{a.author}</span></div>
    <div class="article__tag"><a href="/bien-doi-khi-hau-tag1.html">Biến đổi khí hậu</a> <a href="/cop28-tag2.html">COP28</a> <a href="/lien-hop-quoc-tag3.html">Liên hợp quốc</a></div>
   </article>
   <div class="box-related"><h3 class="box-title">Tin liên quan</h3>{vi_news_list(rnd, 6, ul_class="story-list", teaser=True, domain="nhandan.example")}</div>
   <div class="box-moinhat"><h3 class="box-title">Mới nhất</h3>{vi_news_list(rnd, 10, ul_class="story-list", teaser=True, domain="nhandan.example")}</div>
  </div>
  <aside class="uk-width-1-3">
   <div class="box-xemnhieu"><h3 class="box-title">Xem nhiều</h3>{vi_news_list(rnd, 10, ul_class="story-list", thumb=False, domain="nhandan.example")}</div>
  </aside>
 </div>
</div>
<footer class="footer"><p>Báo Nhân Dân - Cơ quan Trung ương (trang mẫu)</p><p>Tổng Biên tập: Lê Quốc Minh (hư cấu)</p><p>Giấy phép số 488/GP-BTTTT</p><p>Tòa soạn: 71 Hàng Trống, Hoàn Kiếm, Hà Nội (ví dụ)</p></footer>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.lead)] + gold_body(a.body) + [text(a.author)]
    return html, gold


# --------------------------------------------------------------------------
# VOV-like page: a recipe with lists; audio channel list in the sidebar.

def vov_vi(a, rnd):
    st = Style(img_base="https://media.vov.example/sites/default/files/styles/large/public/2023-12")
    st.h = lambda t: f"<p><strong>{t}</strong></p>"
    st.fig = lambda t: (f'<table class="image center"><tbody><tr><td><img src="{st.img()}" alt="" width="700"></td></tr><tr><td class="image_caption">{t}</td></tr></tbody></table>')
    body = st.render(a.body)
    html = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
{head(a, rnd, site="Báo điện tử VOV", domain="vov.example", section="doi-song/am-thuc", title_sep=" | VOV.VN", published="2023-12-09T11:00:00+07:00")}
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header"><div class="container"><a href="/" class="site-logo"><img src="/logo.svg" alt="VOV.VN"></a>
 <div class="header-radio"><span>Nghe trực tuyến:</span> {''.join(f'<a href="/radio/{c.lower()}">{c}</a> ' for c in ["VOV1", "VOV2", "VOV3", "VOV Giao thông", "VOV5", "VOV6"])}</div></div>
 <nav class="main-menu">{menu(["Chính trị", "Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật", "Thể thao", "Văn hóa - Giải trí", "Đời sống", "Sức khỏe", "Công nghệ", "Ô tô - Xe máy", "Du lịch", "Quân sự", "Podcast"], ul_class="menu", active="Đời sống")}</nav></header>
<div class="container layout-main">
 <div class="row">
  <div class="col-md-8 layout-content">
   <div class="breadcrumb"><a href="/doi-song">Đời sống</a> › <a href="/doi-song/am-thuc">Ẩm thực</a></div>
   <div class="article-wrap node node--type-article">
    <div class="article-date">{a.date}</div>
    <h1 class="article-title">{a.title}</h1>
    <div class="article-summary"><strong>{a.lead}</strong></div>
    <div class="article-relate-top"><ul>{''.join(f'<li><a href="/{slug(h)}-post{rnd.randrange(10**6)}.vov">{esc(h)}</a></li>' for h in pick(rnd, VI_HEADLINES, 3))}</ul></div>
    <div class="text-long field field--name-body field--type-text-with-summary">
{chr(10).join(body)}
     <p style="text-align: right;"><strong>{a.author}</strong></p>
    </div>
    <div class="article-tags"><span>Tag:</span> <a href="/tag/canh-chua">canh chua</a> <a href="/tag/mon-ngon-mien-tay">món ngon miền Tây</a></div>
    <div class="article-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Twitter</a> <a href="#">Gửi email</a> <a href="#">In bài viết</a></div>
   </div>
   <div class="block-tin-lien-quan"><h2>Tin liên quan</h2>{vi_news_list(rnd, 8, ul_class="list-news", teaser=True, domain="vov.example")}</div>
  </div>
  <div class="col-md-4 layout-sidebar">
   <div class="block-xem-nhieu"><h2>Xem nhiều nhất</h2>{vi_news_list(rnd, 10, ul_class="list-news", thumb=False, domain="vov.example")}</div>
   <div class="block-podcast"><h2>Podcast</h2><ul>{''.join(f'<li><a href="/podcast/{i}">{t}</a></li>' for i, t in enumerate(["Bản tin thời sự 6h", "Câu chuyện ẩm thực: Hương vị miền Tây", "Góc nhìn kinh tế", "Sức khỏe cho mọi nhà"]))}</ul></div>
  </div>
 </div>
</div>
<footer class="footer"><p>Báo điện tử VOV - Đài Tiếng nói Việt Nam (trang mẫu)</p><p>Tổng biên tập: Phạm Mạnh Hùng (hư cấu)</p><p>Giấy phép số 1223/GP-BTTTT</p><p>Trụ sở: 45 Bà Triệu, Hoàn Kiếm, Hà Nội (ví dụ)</p></footer>
</div>
</body>
</html>
"""
    gold = [text(a.title), text(a.date), text(a.lead)] + gold_body(a.body) + [text(a.author)]
    return html, gold


MORE += [
    ("vi-tienphong-docnhieu", biglists_vi, {}),
    ("vi-emagazine-pullquote", emagazine_vi, {}),
    ("vi-kenh14-giaitri", kenh14_vi, {}),
    ("vi-cafef-chungkhoan", cafef_vi, {}),
    ("vi-nhandan-quocte", nhandan_vi, {}),
    ("vi-vov-amthuc", vov_vi, {}),
]
