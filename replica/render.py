"""HTML of the replica's pages: article, listing, home, error pages.

A :class:`Site` renders one state of the content (one list of articles).
Pages are plain strings assembled from fragments; fragments that do not
depend on the article (menu, sidebar, footer) are built once per
(locale, host) and reused, so a page costs a few string joins.

Links to articles take every form the real portal uses, on purpose: both
locales, ``?redirect=`` and ``?_101_INSTANCE_xx_redirect=`` query strings,
absolute URLs, the old ``/web/guest/...`` form. A crawler must know an
article by its id whichever way it is reached.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from html.entities import codepoint2name
from urllib.parse import quote

from replica.chrome import (
    ANALYTICS,
    LABELS,
    LANG_ATTR,
    LANGUAGE_ID,
    MENU,
    NEW_DOCUMENTS,
    OFFSITE_LINKS,
    POLL_OPTIONS,
    PORTLET_ID,
    SITE_NAME,
    THEME_CSS,
    attr,
    body_end_scripts,
    esc,
    head_scripts,
)
from replica.content import (
    SECTION,
    SECTION_PATH,
    Para,
    Photo,
    ReplicaArticle,
    Signature,
    Spacer,
)

PAGE_SIZE = 10
PLID = 10183
LISTING_QUERY = (
    f"p_p_id={PORTLET_ID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_{PORTLET_ID}_cur="
)
LISTING_CUR_PARAM = f"_{PORTLET_ID}_cur"

Encoder = Callable[[str], str]


def prefix(lang: str) -> str:
    return "/en" if lang == "en" else ""


def listing_path(page: int, lang: str = "vi") -> str:
    """Path (with query) of listing page ``page``; page 1 also answers at /dang-doan-the."""
    return f"{prefix(lang)}{SECTION_PATH}?{LISTING_QUERY}{page}"


def thousands(n: int) -> str:
    """1234 -> '1.234', as the portal writes numbers."""
    return f"{n:,}".replace(",", ".")


def day(article: ReplicaArticle) -> str:
    return article.published.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------
# Text encodings of stored content
# --------------------------------------------------------------------------


def encoder(article: ReplicaArticle) -> Encoder:
    """How the article's text is stored: UTF-8, HTML entities, or NFD."""
    if article.encoding == "nfd":
        return lambda text: unicodedata.normalize("NFD", esc(text))
    if article.encoding == "entities":
        style = article.entity_style

        def entities(text: str) -> str:
            out = []
            for ch in esc(text):
                cp = ord(ch)
                if cp < 128:
                    out.append(ch)
                elif cp in codepoint2name:
                    out.append(f"&{codepoint2name[cp]};")
                elif style == "decimal" or (style == "mixed" and cp % 2 == 0):
                    out.append(f"&#{cp};")
                else:
                    out.append(f"&#x{cp:X};")
            return "".join(out)

        return entities
    return esc


def _enc_attr(enc: Encoder, text: str) -> str:
    return enc(text).replace('"', "&quot;")


# --------------------------------------------------------------------------
# Article body
# --------------------------------------------------------------------------

_PARA_STYLE = {
    "justify": ' style="text-align: justify;"',
    "justify-indent": ' style="text-align: justify; text-indent: 1.5em;"',
    "none": "",
}


def _para_html(para: Para, enc: Encoder) -> str:
    text = para.text
    inline = para.inline
    inner = None
    if inline == "span":
        inner = (
            '<span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;">'
            f"{enc(text)}</span></span>"
        )
    elif inline == "strong_lead":
        cut = text.find(", ")  # bold the opener: "Sáng ngày 24/12,"
        if 0 < cut < 25:
            inner = f"<strong>{enc(text[: cut + 1])}</strong> {enc(text[cut + 2 :])}"
    elif inline == "nbsp":
        words = text.split(" ")
        if len(words) > 4:
            inner = (
                enc(" ".join(words[:3]))
                + "&nbsp;"
                + enc(" ".join(words[3:-1]))
                + "&nbsp;"
                + enc(words[-1])
            )
    elif inline == "wrap":  # CKEditor 3 source formatting
        cut = text.find(" ", len(text) // 2)
        if cut > 0:
            inner = "\n\t" + enc(text[:cut]) + "\n\t" + enc(text[cut + 1 :])
    elif inline == "indent":
        inner = "&nbsp; &nbsp; &nbsp;" + enc(text)
    elif inline == "dash_nbsp" and text.startswith("- "):
        inner = "-&nbsp;" + enc(text[2:])
    elif inline == "link" and para.link and "tại đây" in text:
        head, _, tail = text.rpartition("tại đây")
        inner = f'{enc(head)}<a href="{attr(para.link)}" target="_blank">{enc("tại đây")}</a>{enc(tail)}'
    if inner is None:
        inner = enc(text)
    if para.bold:
        inner = f"<strong>{inner}</strong>"
    return f"<{para.tag}{_PARA_STYLE[para.style]}>{inner}</{para.tag}>"


def _img_html(photo: Photo, enc: Encoder, host: str, lazy: bool = False) -> str:
    src = photo.src
    if photo.url_style == "absolute":
        src = f"http://{host}{src}"
    elif photo.url_style == "protocol":
        src = f"//{host}{src}"
    attrs = []
    if photo.alt is not None:
        attrs.append(f'alt="{_enc_attr(enc, photo.alt)}"')
    if lazy:
        attrs += ['class="lazy"', f'data-src="{attr(src)}"', 'src="/images/loading.gif"']
    else:
        attrs.append(f'src="{attr(src)}"')
    attrs.append(f'style="width: {photo.width}px; height: {photo.height}px;"')
    if photo.variant == 1:
        attrs.append(f'width="{photo.width}" height="{photo.height}"')
    tag = "<img " + " ".join(attrs) + (">" if photo.variant == 2 else " />")
    if photo.linked:
        tag = f'<a href="{attr(src)}" target="_blank">{tag}</a>'
    return tag


_CENTRE = ('<p style="text-align: center;">', '<p align="center">', '<p style="text-align:center">')


def _photo_html(photo: Photo, enc: Encoder, host: str) -> str:
    v = photo.variant
    habit = photo.habit
    img = _img_html(photo, enc, host, lazy=(habit == "lazy"))
    cap = enc(photo.caption) if photo.caption else ""
    p = _CENTRE[v]
    if habit == "centred_em":
        if v == 2:
            return (
                f'{p}<span style="font-size:14px;">{img}</span></p>\n'
                f'{p}<span style="font-size:12px;"><em>{cap}</em></span></p>'
            )
        return f"{p}{img}</p>\n{p}<em>{cap}</em></p>"
    if habit == "centred_i":
        if v == 1:
            return f'{p}{img}</p>\n{p}<span style="color:#0000cd;"><i>{cap}</i></span></p>'
        return f'{p}{img}</p>\n{p}<i><span style="font-size:12px;">{cap}</span></i></p>'
    if habit == "centred_plain":
        if v == 1:
            return f'{p}{img}</p>\n{p}<span style="font-size:13px;">{cap}</span></p>'
        return f"{p}{img}</p>\n{p}{cap}</p>"
    if habit == "figure":
        if v == 1:
            return (
                f'<figure class="image" style="display:inline-block">\n{img}\n'
                f"<figcaption><em>{cap}</em></figcaption>\n</figure>"
            )
        if v == 2:
            return (
                f'<div style="text-align:center"><figure class="image">{img}'
                f"<figcaption>{cap}</figcaption></figure></div>"
            )
        return f'<figure class="image">{img}<figcaption>{cap}</figcaption></figure>'
    if habit == "table":
        if v == 1:
            return (
                f'<table class="image-table" style="margin: 0 auto; width: {photo.width}px;">\n'
                f"<tbody>\n<tr>\n<td>{img}</td>\n</tr>\n<tr>\n"
                f'<td style="text-align: center;"><p style="text-align: center;"><i>{cap}</i></p></td>\n'
                "</tr>\n</tbody>\n</table>"
            )
        if v == 2:
            return (
                f'<table align="center" border="0" cellpadding="0" cellspacing="0">'
                f"<tr><td>{img}</td></tr><tr><td>{cap}</td></tr></table>"
            )
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 100%;">'
            f'<tbody><tr><td style="text-align: center;">{img}</td></tr>'
            f'<tr><td style="text-align: center;"><em>{cap}</em></td></tr></tbody></table>'
        )
    if habit == "same_paragraph_br":
        if v == 1:
            return f"{p}{img}<br>{cap}</p>"
        if v == 2:
            return f'{p}{img}<br />\n<span style="font-size:12px;"><i>{cap}</i></span></p>'
        return f"{p}{img}<br />\n<em>{cap}</em></p>"
    if habit == "no_caption":
        if v == 2:
            return f'<div style="text-align: center;">{img}</div>'
        return f"{p}{img}</p>"
    if habit == "lazy":
        if v == 2:
            return f'<figure class="image">{img}<figcaption>{cap}</figcaption></figure>'
        tag = "em" if v == 0 else "i"
        return f"{_CENTRE[0]}{img}</p>\n{_CENTRE[0]}<{tag}>{cap}</{tag}></p>"
    raise ValueError(f"unknown habit {habit!r}")


_SIGNATURE = {
    "right_bold": '<p style="text-align: right;"><strong>{}</strong></p>',
    "right": '<p style="text-align: right;">{}</p>',
    "bold": '<p style="text-align: justify;"><strong>{}</strong></p>',
    "align_right_b": '<p align="right"><b>{}</b></p>',
    "right_em": '<p style="text-align: right;"><em>{}</em></p>',
}


def render_body(article: ReplicaArticle, host: str) -> str:
    """The article's body HTML as the rich-text editor stored it."""
    enc = encoder(article)
    parts = []
    for block in article.blocks:
        if isinstance(block, Para):
            parts.append(_para_html(block, enc))
        elif isinstance(block, Photo):
            parts.append(_photo_html(block, enc, host))
        elif isinstance(block, Spacer):
            parts.append("<p>&nbsp;</p>")
        elif isinstance(block, Signature):
            parts.append(_SIGNATURE[block.style].format(enc(block.text)))
    return "\n".join(parts)


# --------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------


class Site:
    """Renders every page of one state of the content (articles newest first)."""

    def __init__(self, articles: Sequence[ReplicaArticle]):
        self.articles = tuple(articles)
        self.index = {a.article_id: i for i, a in enumerate(self.articles)}
        self._fragments: dict[tuple[object, ...], str] = {}

    # -- navigation ---------------------------------------------------------

    @property
    def n_pages(self) -> int:
        return max(1, -(-len(self.articles) // PAGE_SIZE))

    def page_articles(self, page: int) -> tuple[ReplicaArticle, ...]:
        return self.articles[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]

    def _fragment(self, key: tuple[object, ...], build: Callable[[], str]) -> str:
        try:
            return self._fragments[key]
        except KeyError:
            value = self._fragments[key] = build()
            return value

    def _title(self, article: ReplicaArticle) -> str:
        return encoder(article)(article.title)

    # -- shared furniture ---------------------------------------------------

    def _menu(self, lang: str) -> str:
        def build() -> str:
            labels = LABELS[lang]
            p = prefix(lang)
            items = [
                f'\t\t\t<li><a class="home-icon" href="{p or "/"}" role="menuitem"><span>{labels["home"]}</span></a></li>'
            ]
            for vi, en, path, children in MENU:
                label = en if lang == "en" else vi
                selected = " selected" if path == SECTION_PATH else ""
                href = path if path.startswith("http") else p + path
                sub = ""
                if children:
                    rows = []
                    for cvi, cen, cpath in children:
                        chref = cpath if cpath.startswith("http") else p + cpath
                        target = ' target="_blank"' if cpath.startswith("http") else ""
                        rows.append(
                            f'\t\t\t\t\t<li class="child-item"><a href="{attr(chref)}" role="menuitem"{target}>'
                            f"{esc(cen if lang == 'en' else cvi)}</a></li>"
                        )
                    sub = (
                        '\n\t\t\t\t<ul class="child-menu" role="menu">\n'
                        + "\n".join(rows)
                        + "\n\t\t\t\t</ul>\n\t\t\t"
                    )
                items.append(
                    f'\t\t\t<li class="lfr-nav-item{" has-child" if children else ""}{selected}" aria-haspopup="{str(bool(children)).lower()}">'
                    f'\n\t\t\t\t<a href="{attr(href)}" role="menuitem"><span>{esc(label)}</span></a>{sub}</li>'
                )
            return (
                '\t<nav class="sort-pages modify-pages" id="navigation" role="navigation">\n'
                f'\t\t<ul aria-label="{"Site pages" if lang == "en" else "Trang web"}" role="menubar">\n'
                + "\n".join(items)
                + "\n\t\t</ul>\n\t</nav>\n"
            )

        return self._fragment(("menu", lang), build)

    def _header(self, lang: str, vi_path: str, en_path: str) -> str:
        labels = LABELS[lang]
        p = prefix(lang)
        return f"""<a href="#main-content" id="skip-to-content">{labels["skip"]}</a>

<div class="container-fluid" id="wrapper">
	<div class="top-bar clearfix">
		<span class="hotline">{labels["hotline"]} <a href="tel:02437673556">024.3767.3556</a></span>
		<span class="lang-switch">
			<a href="{attr(vi_path)}" hreflang="vi-VN" lang="vi-VN" title="Tiếng Việt"><img alt="Tiếng Việt" src="/html/themes/classic/images/language/vi_VN.png" />Tiếng Việt</a>
			<a href="{attr(en_path)}" hreflang="en-US" lang="en-US" title="English"><img alt="English" src="/html/themes/classic/images/language/en_US.png" />English</a>
			<a href="/c/portal/login?p_l_id={PLID}" rel="nofollow">{labels["login"]}</a>
		</span>
	</div>

	<header id="banner" role="banner">
		<div class="logo" id="heading">
			<a class="logo custom-logo" href="{p or "/"}" title="{SITE_NAME[lang]}">
				<img alt="{SITE_NAME[lang]}" height="110" src="/image/layout_set_logo?img_id=10433&amp;t=1641519960000" width="110" />
			</a>
			<div class="site-title">{esc(SITE_NAME["vi"] if lang == "vi" else SITE_NAME["en"])}<small>{"Thành phố Hà Nội" if lang == "vi" else "Hà Nội City"}</small></div>
		</div>

		<form action="{p}/tim-kiem" class="search-box" method="get" name="searchForm" role="search">
			<input name="q" placeholder="{labels["search_placeholder"]}" title="{labels["search"]}" type="text" value="" />
			<button type="submit" title="{labels["search"]}">{labels["search"]}</button>
		</form>
	</header>

"""

    def _ticker(self, lang: str, host: str) -> str:
        def build() -> str:
            links = [
                f'<a href="{attr(a.path(lang))}">{self._title(a)}</a>' for a in self.articles[:4]
            ]
            label = "Tin mới:" if lang == "vi" else "Latest:"
            return (
                f'\t<div class="news-ticker"><span class="ticker-label">{label}</span>'
                + " &nbsp;&bull;&nbsp; ".join(links)
                + "</div>\n"
            )

        return self._fragment(("ticker", lang, host), build)

    def _breadcrumb(self, lang: str) -> str:
        labels = LABELS[lang]
        p = prefix(lang)
        section = "Party - Unions" if lang == "en" else "Đảng - Đoàn thể"
        leaf = "Party work" if lang == "en" else "Công tác Đảng"
        return f"""		<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">
			<li class="first"><a href="{p or "/"}">{labels["home"]}</a></li>
			<li><a href="{p}{SECTION_PATH}">{section}</a></li>
			<li class="active last">{leaf}</li>
		</ul>
"""

    def _article_link(
        self, article: ReplicaArticle, lang: str, host: str, form: int, redirect_from: str = ""
    ) -> str:
        """One of the many URLs the portal prints for the same article."""
        other = "vi" if lang == "en" else "en"
        if form == 0:
            return article.path(lang)
        if form == 1:
            return (
                article.path(lang)
                + "?redirect="
                + quote(redirect_from or prefix(lang) + SECTION_PATH, safe="")
            )
        if form == 2:
            return article.path(other)
        if form == 3:
            return (
                article.path(other)
                + "?_101_INSTANCE_tinNB_redirect="
                + quote(prefix(other) + SECTION_PATH, safe="")
            )
        if form == 4:
            return f"http://{host}{article.path(lang)}"
        if form == 5:
            return f"/web/guest{SECTION_PATH}/-/view_content/{article.article_id}"
        if form == 6:
            return f"http://{host}{article.path(other)}?redirect=" + quote(
                f"http://{host}/", safe=""
            )
        raise ValueError(form)

    def _thumb(self, article: ReplicaArticle, host: str) -> str:
        for src, _ in article.captions:
            if src.startswith("/"):
                return src
        return "/caugiay-theme/images/no-image.png"

    def _sidebar(self, lang: str, host: str) -> str:
        def build() -> str:
            labels = LABELS[lang]
            p = prefix(lang)
            n = len(self.articles)
            featured = [self.articles[i] for i in (1, 3, 6, 10, 15, 21, 28) if i < n][:7]
            most_read = sorted(
                (a for a in self.articles if a.view_count is not None),
                key=lambda a: (-(a.view_count or 0), a.article_id),
            )[:6]
            feat_rows = []
            for i, a in enumerate(featured):
                href = self._article_link(a, lang, host, (1, 3, 4, 0, 2, 1, 6)[i % 7])
                feat_rows.append(
                    f'\t\t\t\t\t<li><a class="thumb" href="{attr(href)}"><img alt="" src="{attr(self._thumb(a, host))}" /></a>'
                    f'<a href="{attr(href)}">{self._title(a)}</a></li>'
                )
            read_rows = []
            for i, a in enumerate(most_read):
                href = self._article_link(a, lang, host, (2, 1, 0, 3, 2, 1)[i % 6])
                views = (
                    f'<span class="views">{labels["views"]} {thousands(a.view_count)}</span>'
                    if i % 3 != 2 and a.view_count is not None
                    else ""
                )
                read_rows.append(
                    f'\t\t\t\t\t<li><a href="{attr(href)}">{self._title(a)}</a>{views}</li>'
                )
            docs = "\n".join(
                f'\t\t\t\t\t<li><a href="{attr(href)}" target="_blank">{esc(label)}</a></li>'
                for label, href in NEW_DOCUMENTS
            )
            links = "\n".join(
                f'\t\t\t\t\t<li><a href="{attr(href)}" rel="noopener" target="_blank">{esc(label)}</a></li>'
                for label, href in OFFSITE_LINKS
            )
            options = "\n".join(
                f'\t\t\t\t\t\t<label><input name="_25_INSTANCE_poll1_choiceId" type="radio" value="{3001 + k}" /> {esc(o)}</label>'
                for k, o in enumerate(POLL_OPTIONS[lang])
            )
            poll_action = (
                f"{p}{SECTION_PATH}?p_p_id=25_INSTANCE_poll1&amp;p_p_lifecycle=1&amp;p_p_state=normal"
                "&amp;p_p_mode=view&amp;_25_INSTANCE_poll1_struts_action=%2Fpolls_display%2Fview"
            )
            return f"""		<div class="col-md-4 sidebar" id="column-2" role="complementary">
			<div class="box portlet-boundary" id="p_p_id_101_INSTANCE_tinNB_">
				<div class="box-title portlet-title-text">{labels["featured"]}</div>
				<div class="box-body">
					<ul class="featured-list">
{chr(10).join(feat_rows)}
					</ul>
				</div>
			</div>
			<div class="box portlet-boundary" id="p_p_id_101_INSTANCE_docNN_">
				<div class="box-title portlet-title-text">{labels["most_read"]}</div>
				<div class="box-body">
					<ol class="most-read-list">
{chr(10).join(read_rows)}
					</ol>
				</div>
			</div>
			<div class="box portlet-boundary" id="p_p_id_110_INSTANCE_vbMoi_">
				<div class="box-title portlet-title-text">{labels["documents"]}</div>
				<div class="box-body">
					<ul class="document-list">
{docs}
					</ul>
				</div>
			</div>
			<div class="box portlet-boundary" id="p_p_id_25_INSTANCE_poll1_">
				<div class="box-title portlet-title-text">{labels["poll"]}</div>
				<div class="box-body">
					<form action="{poll_action}" class="poll-form" method="post" name="_25_INSTANCE_poll1_fm">
						<p>{esc(labels["poll_question"])}</p>
{options}
						<button class="btn" type="submit">{labels["vote"]}</button>
						<a href="{poll_action}&amp;_25_INSTANCE_poll1_viewResults=1" rel="nofollow">{labels["poll_results"]}</a>
					</form>
				</div>
			</div>
			<div class="box portlet-boundary" id="p_p_id_56_INSTANCE_lkWeb_">
				<div class="box-title portlet-title-text">{labels["links"]}</div>
				<div class="box-body">
					<ul class="link-list">
{links}
					</ul>
					<div class="banner-list">
						<a href="https://hanoi.gov.vn/" target="_blank"><img alt="Cổng giao tiếp điện tử Hà Nội" src="/documents/10180/0/banner-hanoi.png" /></a>
						<a href="https://dichvucong.hanoi.gov.vn/" target="_blank"><img alt="Dịch vụ công trực tuyến" src="/documents/10180/0/banner-dvc.png" /></a>
					</div>
				</div>
			</div>
			<div class="box portlet-boundary" id="p_p_id_56_INSTANCE_stats_">
				<div class="box-title portlet-title-text">{labels["stats"]}</div>
				<div class="box-body">
					<table class="stats-box">
						<tr><td>{labels["online"]}</td><td class="num">128</td></tr>
						<tr><td>{labels["total_visits"]}</td><td class="num">12.345.678</td></tr>
					</table>
					<div class="weather-widget" id="weather-widget"></div>
				</div>
			</div>
		</div>
"""

        return self._fragment(("sidebar", lang, host), build)

    def _footer(self, lang: str) -> str:
        def build() -> str:
            labels = LABELS[lang]
            p = prefix(lang)
            menu = "\n".join(
                f'\t\t\t<li><a href="{attr(path if path.startswith("http") else p + path)}">{esc(en if lang == "en" else vi)}</a></li>'
                for vi, en, path, _ in MENU
            )
            return f"""	<footer id="footer" role="contentinfo">
		<ul class="footer-menu">
{menu}
			<li><a href="/sitemap" rel="nofollow">{"Sơ đồ cổng" if lang == "vi" else "Site map"}</a></li>
		</ul>
		<div class="footer-info">
			<p><strong>{esc(labels["owner"])}</strong></p>
			<p>{esc(labels["address"])}</p>
			<p>{esc(labels["phone"])} - Email: <a href="mailto:vanphong_caugiay@hanoi.gov.vn">vanphong_caugiay@hanoi.gov.vn</a></p>
			<p>{esc(labels["responsible"])}</p>
			<p>{esc(labels["licence"])}</p>
		</div>
		<div class="copyright">{esc(labels["copyright"])}. {esc(labels["reuse"])}</div>
	</footer>
	<a class="back-to-top" href="#wrapper" title="Top"></a>
</div>
"""

        return self._fragment(("footer", lang), build)

    def _page(
        self,
        lang: str,
        host: str,
        title: str,
        vi_path: str,
        en_path: str,
        main: str,
        *,
        description: str = "",
        canonical: str | None = None,
        og_title: str | None = None,
        sidebar: bool = True,
    ) -> str:
        current = en_path if lang == "en" else vi_path
        head_links = ""
        if canonical:
            head_links = (
                f'\t<link data-senna-track="temporary" href="{attr(canonical)}" rel="canonical" />\n'
                f'\t<link data-senna-track="temporary" href="http://{host}{attr(vi_path)}" hreflang="vi-VN" rel="alternate" />\n'
                f'\t<link data-senna-track="temporary" href="http://{host}{attr(en_path)}" hreflang="en-US" rel="alternate" />\n'
                f'\t<link data-senna-track="temporary" href="http://{host}{attr(vi_path)}" hreflang="x-default" rel="alternate" />\n'
            )
        if og_title is not None:
            head_links += (
                f'\t<meta property="og:type" content="article" />\n'
                f'\t<meta property="og:site_name" content="{attr(SITE_NAME[lang])}" />\n'
                f'\t<meta property="og:title" content="{og_title}" />\n'
                f'\t<meta property="og:url" content="{attr(canonical or "")}" />\n'
            )
        side = self._sidebar(lang, host) if sidebar else ""
        col = "col-md-8" if sidebar else "col-md-12"
        language_id = LANGUAGE_ID[lang]
        return f"""<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="{LANG_ATTR[lang]}">

<head>
	<meta charset="utf-8" />
	<title>{SITE_NAME[lang]} - {title}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
	<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
	<meta content="{description.replace('"', "&quot;")}" lang="{LANG_ATTR[lang]}" name="description" />
	<meta content="Cầu Giấy, Quận ủy Cầu Giấy, công tác Đảng, Đảng bộ quận Cầu Giấy, UBND quận Cầu Giấy" lang="{LANG_ATTR[lang]}" name="keywords" />
	<link href="/caugiay-theme/images/favicon.ico" rel="Shortcut Icon" />
{head_links}	<link class="lfr-css-file" href="/caugiay-theme/css/aui.css?browserId=other&amp;themeId=caugiay_WAR_caugiaytheme&amp;minifierType=css&amp;languageId={language_id}&amp;b=6210&amp;t=1641519960000" rel="stylesheet" type="text/css" />
	<link href="/html/css/main.css?browserId=other&amp;themeId=caugiay_WAR_caugiaytheme&amp;minifierType=css&amp;languageId={language_id}&amp;b=6210&amp;t=1641519960000" rel="stylesheet" type="text/css" />
{head_scripts(lang, current, PLID)}
	<style type="text/css">{THEME_CSS}	</style>
{ANALYTICS}</head>

<body class="yui3-skin-sam controls-visible signed-out public-page site">
{self._header(lang, vi_path, en_path)}{self._menu(lang)}{self._ticker(lang, host)}
	<div id="content">
{self._breadcrumb(lang)}
		<div class="row" id="main-content" role="main">
		<div class="{col}" id="column-1">
{main}
		</div>
{side}		</div>
	</div>

{self._footer(lang)}
{body_end_scripts(lang, PLID)}
</body>

</html>
"""

    def _portlet(self, inner: str) -> str:
        return f"""			<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_{PORTLET_ID}_">
				<span id="p_{PORTLET_ID}"></span>
				<section class="portlet" id="portlet_{PORTLET_ID}">
					<header class="portlet-topper">
						<h2 class="portlet-title"><span class="portlet-title-text">{SECTION}</span></h2>
					</header>
					<div class="portlet-content">
						<div class="portlet-content-container">
							<div class="portlet-body">
{inner}
							</div>
						</div>
					</div>
				</section>
			</div>
"""

    # -- article ------------------------------------------------------------

    def article_page(self, article_id: int, lang: str, host: str, view_count: int | None) -> str:
        article = self.articles[self.index[article_id]]
        labels = LABELS[lang]
        title = self._title(article)
        body = self._fragment(("body", article_id, host), lambda: render_body(article, host))
        date_label = article.date_label if lang == "vi" else labels["published"]
        meta = (
            f'<span class="news-date"><span class="label">{date_label}</span> '
            f'<span class="value">{article.published.strftime("%d/%m/%Y | %H:%M")}</span></span>'
        )
        if view_count is not None:
            meta += (
                f' &nbsp;|&nbsp;<span class="news-views"><span class="label">{labels["views"]}</span> '
                f'<span class="value">{thousands(view_count)}</span></span>'
            )
        canonical = article.url(f"http://{host}")
        inner = f"""								<div class="asset-full-content default-asset-publisher show-asset-title">
									<div class="taglib-header">
										<span class="header-back-to"><a href="{prefix(lang)}{SECTION_PATH}" title="{labels["back"]}">&laquo; {labels["back"]}</a></span>
										<h1 class="header-title"><span>{title}</span></h1>
									</div>
									<div class="news-meta">{meta}</div>
									<div class="asset-content" id="_{PORTLET_ID}_{article_id}">
										<div class="journal-content-article" id="article_10154_10180_{article_id}_1.1">
{body}
										</div>
									</div>
{self._tools(article, lang, host)}
								</div>
{self._related(article, lang, host)}"""
        return self._page(
            lang,
            host,
            title,
            article.path("vi"),
            article.path("en"),
            self._portlet(inner),
            description=encoder(article)(article.summary),
            canonical=canonical,
            og_title=title.replace('"', "&quot;"),
        )

    def _tools(self, article: ReplicaArticle, lang: str, host: str) -> str:
        labels = LABELS[lang]
        url = quote(article.url(f"http://{host}", lang), safe="")
        title_q = quote(article.title, safe="")
        return f"""									<div class="news-tools">
										<span class="share-label">{labels["share"]}</span>
										<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="nofollow noopener" target="_blank">Facebook</a>
										<a class="share-zalo zalo-share-button" data-href="{attr(article.url(f"http://{host}", lang))}" data-oaid="579745863508352884" data-layout="2" href="https://sp.zalo.me/share_to_zalo?url={url}" rel="nofollow noopener" target="_blank">Zalo</a>
										<a class="share-twitter" href="https://twitter.com/intent/tweet?url={url}&amp;text={title_q}" rel="nofollow noopener" target="_blank">Twitter</a>
										<a class="print" href="{attr(article.path(lang))}?viewMode=print" onclick="window.print(); return false;" rel="nofollow">{labels["print"]}</a>
										<a class="email" href="mailto:?subject={title_q}&amp;body={url}">{labels["email"]}</a>
										<span class="font-size-controls">{"Cỡ chữ" if lang == "vi" else "Font size"} <button class="btn-font-size" data-size="-1" type="button">A-</button><button class="btn-font-size" data-size="1" type="button">A+</button></span>
									</div>"""

    def _related(self, article: ReplicaArticle, lang: str, host: str) -> str:
        labels = LABELS[lang]
        i = self.index[article.article_id]
        n = len(self.articles)
        older = [self.articles[j] for j in range(i + 1, min(n, i + 4))]
        if len(older) < 3:
            older += [self.articles[j] for j in range(max(0, i - (3 - len(older))), i)]
        others = [
            self.articles[j] for j in (i - 2, i - 1, i + 4, i + 5, i + 6) if 0 <= j < n and j != i
        ]
        others = [a for a in others if a not in older][:5]

        def rows(items: list[ReplicaArticle], forms: tuple[int, ...]) -> str:
            out = []
            for k, a in enumerate(items):
                href = self._article_link(
                    a, lang, host, forms[k % len(forms)], redirect_from=article.path(lang)
                )
                out.append(
                    f'\t\t\t\t\t\t\t\t\t<li><a href="{attr(href)}">{self._title(a)}</a> <span class="date">({day(a)})</span></li>'
                )
            return "\n".join(out)

        return f"""								<div class="related-news">
									<div class="portlet-title-default">{labels["related"]}</div>
									<ul class="related-list">
{rows(older, (5, 0, 6))}
									</ul>
								</div>
								<div class="other-news">
									<div class="portlet-title-default">{labels["other"]}</div>
									<ul class="other-list">
{rows(others, (1, 0, 2, 4, 1))}
									</ul>
								</div>
"""

    # -- listing ------------------------------------------------------------

    def listing_page(self, page: int, lang: str, host: str, loop: bool = False) -> str:
        labels = LABELS[lang]
        last = self.n_pages
        items = []
        current_url = f"http://{host}{listing_path(page, lang)}"
        for k, a in enumerate(self.page_articles(page)):
            plain = a.path(lang) if k % 4 != 3 else f"http://{host}{a.path(lang)}"
            with_query = a.path(lang) + "?redirect=" + quote(current_url, safe="")
            thumb_href, title_href = (with_query, plain) if k % 2 == 0 else (plain, with_query)
            title = self._title(a)
            summary = encoder(a)(a.summary)
            items.append(f"""									<div class="news-item clearfix">
										<div class="news-image"><a href="{attr(thumb_href)}"><img alt="{title.replace('"', "&quot;")}" src="{attr(self._thumb(a, host))}" /></a></div>
										<div class="news-info">
											<h3 class="news-title"><a href="{attr(title_href)}">{title}</a></h3>
											<div class="news-date">{day(a)}</div>
											<div class="news-summary">{summary}</div>
										</div>
									</div>""")
        if not items:
            items.append(
                f'\t\t\t\t\t\t\t\t\t<div class="portlet-msg-info">{labels["no_results"]}</div>'
            )
        start = (page - 1) * PAGE_SIZE + 1
        end = min(page * PAGE_SIZE, len(self.articles))
        showing = (
            labels["showing"].format(a=start, b=end, n=len(self.articles)) if start <= end else ""
        )
        inner = f"""								<div class="asset-publisher-list">
{chr(10).join(items)}
								</div>
{self._pager(page, last, lang, loop)}								<div class="search-results-summary">{showing}</div>
"""
        vi_path = listing_path(page, "vi") if page > 1 else SECTION_PATH
        en_path = listing_path(page, "en") if page > 1 else "/en" + SECTION_PATH
        return self._page(
            lang,
            host,
            "Công tác Đảng" if lang == "vi" else "Party work",
            vi_path,
            en_path,
            self._portlet(inner),
            description=esc("Tin công tác Đảng của Đảng bộ quận Cầu Giấy"),
        )

    def _pager(self, page: int, last: int, lang: str, loop: bool) -> str:
        labels = LABELS[lang]

        def link(cls: str, target: int | None, text: str) -> str:
            if target is None:
                return f'\t\t\t\t\t\t\t\t\t\t<li class="{cls} disabled"><a href="javascript:;">{text}</a></li>'
            return f'\t\t\t\t\t\t\t\t\t\t<li class="{cls}"><a href="{attr(listing_path(target, lang))}">{text}</a></li>'

        rows = [
            link("first", 1 if page > 1 else None, labels["first"]),
            link("previous", page - 1 if page > 1 else None, labels["previous"]),
        ]
        for number in range(max(1, page - 4), min(last, page + 4) + 1):
            if number == page:
                rows.append(f'\t\t\t\t\t\t\t\t\t\t<li class="active"><span>{number}</span></li>')
            else:
                rows.append(link("page", number, str(number)))
        if loop and page >= last:
            # The broken pager of a looping listing: numbers start again at 1.
            rows += [link("page", number, str(number)) for number in range(1, min(last, 3) + 1)]
        if page < last:
            next_target: int | None = page + 1
        else:
            next_target = 1 if loop else None
        rows.append(link("next", next_target, labels["next"]))
        rows.append(link("last", last if page < last else None, labels["last"]))
        page_of = labels["page_of"].format(p=page, n=last)
        return f"""								<div class="taglib-page-iterator" id="_{PORTLET_ID}_pageIterator">
									<div class="clearfix lfr-pagination">
										<div class="lfr-pagination-page-selector">{page_of}</div>
										<ul class="lfr-pagination-buttons pager">
{chr(10).join(rows)}
										</ul>
									</div>
								</div>
"""

    # -- other pages ----------------------------------------------------------

    def home_page(self, lang: str, host: str) -> str:
        labels = LABELS[lang]
        p = prefix(lang)
        rows = []
        for k, a in enumerate(self.articles[:6]):
            href = self._article_link(a, lang, host, (1, 0, 4)[k % 3], redirect_from=p or "/")
            rows.append(
                f'\t\t\t\t<li><a href="{attr(href)}">{self._title(a)}</a> <span class="date">({day(a)})</span></li>'
            )
        sections = "\n".join(
            f'\t\t\t\t<li><a href="{attr(path if path.startswith("http") else p + path)}">{esc(en if lang == "en" else vi)}</a></li>'
            for vi, en, path, _ in MENU
        )
        main = f"""			<section class="portlet home-section">
				<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{SECTION}</span></h2></header>
				<ul class="other-list">
{chr(10).join(rows)}
				</ul>
				<p><a class="more" href="{p}{SECTION_PATH}">{labels["more"]} &raquo;</a></p>
			</section>
			<section class="portlet home-section">
				<div class="portlet-title-default">{"Chuyên mục" if lang == "vi" else "Sections"}</div>
				<ul class="link-list">
{sections}
				</ul>
			</section>
"""
        return self._page(
            lang, host, labels["home"], "/", "/en/", main, description=esc(SITE_NAME[lang])
        )

    def message_page(
        self,
        lang: str,
        host: str,
        heading: str,
        text: str,
        vi_path: str,
        en_path: str,
        section: bool = False,
    ) -> str:
        """An error or notice page (404, 410, soft 404): no article on it."""
        labels = LABELS[lang]
        p = prefix(lang)
        message = f"""								<div class="portlet-msg-error alert alert-error">
									<h3>{esc(heading)}</h3>
									<p>{esc(text)}</p>
									<p><a href="{p or "/"}">{labels["back_home"]}</a></p>
								</div>
"""
        main = self._portlet(message) if section else message
        return self._page(lang, host, heading, vi_path, en_path, main, sidebar=section)

    def not_found_page(self, lang: str, host: str) -> str:
        labels = LABELS[lang]
        return self.message_page(
            lang, host, labels["not_found_title"], labels["not_found_text"], "/", "/en/"
        )

    def gone_page(self, article: ReplicaArticle, lang: str, host: str) -> str:
        labels = LABELS[lang]
        return self.message_page(
            lang,
            host,
            labels["gone_title"],
            labels["gone_text"],
            article.path("vi"),
            article.path("en"),
            section=True,
        )

    def soft_404_page(self, article: ReplicaArticle, lang: str, host: str) -> str:
        labels = LABELS[lang]
        return self.message_page(
            lang,
            host,
            labels["soft_404"],
            labels["soft_404"],
            article.path("vi"),
            article.path("en"),
            section=True,
        )

    def login_page(self, lang: str, host: str) -> str:
        labels = LABELS[lang]
        main = f"""			<section class="portlet login-form">
				<h2>{labels["login_title"]}</h2>
				<form action="/c/portal/login?p_p_lifecycle=1" method="post">
					<label>{labels["username"]}<input name="login" type="text" /></label>
					<label>{labels["password"]}<input name="password" type="password" /></label>
					<button class="btn" type="submit">{labels["login"]}</button>
				</form>
			</section>
"""
        return self._page(
            lang,
            host,
            labels["login_title"],
            "/c/portal/login",
            "/en/c/portal/login",
            main,
            sidebar=False,
        )

    def search_page(self, lang: str, host: str, query: str) -> str:
        labels = LABELS[lang]
        main = f"""			<section class="portlet search-page">
				<h2>{labels["search_results"]}</h2>
				<p>{labels["search_none"]} “{esc(query)}”.</p>
			</section>
"""
        return self._page(lang, host, labels["search_results"], "/tim-kiem", "/en/tim-kiem", main)
