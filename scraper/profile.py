"""Everything this project knows about the portal: URLs, labels, time zone.

This is the one place that knows the portal. Another district's Liferay
portal should need only another ``SiteProfile`` (or just another start URL):
the parser and the spider read their patterns and labels from here.

Labels are matched on text that has been NFC-normalised, whitespace-collapsed
and lower-cased, in both UI locales (vi and en).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta, timezone

#: Hanoi time: UTC+7 all year, no daylight saving.
HANOI = timezone(timedelta(hours=7), "ICT")


@dataclass(frozen=True)
class SiteProfile:
    name: str
    #: Listing page(s) of the section, used when the user gives no --start-url.
    start_urls: tuple[str, ...]
    #: The section name as the portal shows it (documentation only; the parser
    #: reads the name from each page).
    section_name: str
    #: Captures the numeric content id of an article URL's path.
    article_path: re.Pattern[str] = field(
        default=re.compile(r"/-/view_content/(?:pop_up/)?(\d+)(?:[-/][^/?#]*)?/?$")
    )
    #: The part of an article's path that makes it the print view (Liferay's
    #: ``/view_content/pop_up/<id>``): dropped from the canonical URL.
    print_segment: re.Pattern[str] = field(default=re.compile(r"(?<=/view_content/)pop_up/"))
    #: Class names of the platform's article template (Liferay 6.2's asset
    #: publisher full content, as the Hanoi portals run it). Signals beside the
    #: general heuristics, which read pages without them: the title block (a
    #: <div>), the article's content root, its lead paragraph and the CMS
    #: account line.
    title_class: str = "asset-full-content-title"
    content_class: str = "asset-content"
    lead_class: str = "sapo"
    account_class: str = "view-content-author"
    #: A leading locale segment of a path (Liferay's locale switch): /en/, /vi/, /en_US/.
    locale_prefix: re.Pattern[str] = field(
        default=re.compile(r"^/(en|vi)(?:[_-][A-Za-z]{2})?(?=/|$)", re.IGNORECASE)
    )
    #: Query parameters that carry a listing's page number (Liferay: ``_<portlet>_cur``).
    page_param: re.Pattern[str] = field(
        default=re.compile(r"(?:^|_)(?:cur|page|trang|p)$", re.IGNORECASE)
    )


CAU_GIAY = SiteProfile(
    name="caugiay",
    start_urls=("https://caugiay.hanoi.gov.vn/dang-doan-the",),
    section_name="CÔNG TÁC ĐẢNG",
)

DEFAULT_PROFILE = CAU_GIAY

# --- Labels, both locales -------------------------------------------------
# Publish date label of the meta line.
DATE_LABELS_VI = (
    r"ngày\s*đăng(?:\s*tin|\s*bài)?",
    r"ngày\s*xuất\s*bản",
    r"ngày\s*đưa\s*tin",
    r"ngày\s*phát\s*hành",
    r"thời\s*gian\s*đăng",
    r"đăng\s*(?:lúc|ngày)",
)
DATE_LABELS_EN = (
    r"publish(?:ed)?\s*(?:date|on|at)?",
    r"date\s*(?:published|posted)",
    r"post(?:ed)?\s*(?:date|on)",
    r"release\s*date",
)
#: "Updated" labels: a date, but maybe not the publish date (a site header's
#: "last updated"); weaker than the labels above and than a view count.
#: The platform's login pages (Liferay's own, and the portal's): never an
#: article, never asked for; a redirect there means the page wants a session.
LOGIN_URL_RE = re.compile(
    r"(?:/c/portal/login|/login\b|/dang-nhap\b|/signin\b|p_p_id=58\b)", re.IGNORECASE
)

UPDATE_LABEL_RE = re.compile(r"cập\s*nhật|\b(?:last\s*)?(?:updated|modified)\b")
VIEW_LABELS_VI = (
    r"số\s*lượt\s*xem",
    r"lượt\s*xem",
    r"lượt\s*đọc",
    r"lượt\s*truy\s*cập",
    r"số\s*lần\s*xem",
    r"đã\s*xem",
)
VIEW_LABELS_EN = (r"view\s*count", r"views?", r"hits", r"reads?")

DATE_LABEL_VI_RE = re.compile("|".join(DATE_LABELS_VI))
DATE_LABEL_EN_RE = re.compile(r"\b(?:" + "|".join(DATE_LABELS_EN) + r")\b")
VIEW_LABEL_RE = re.compile(
    r"(?:" + "|".join(VIEW_LABELS_VI) + r"|\b(?:" + "|".join(VIEW_LABELS_EN) + r")\b)"
)

#: Headings that open a related-news list under the article: the body ends there.
RELATED_LABEL_RE = re.compile(
    r"^(?:các\s+)?(?:tin|bài|bài\s+viết|tin\s+bài)\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|đã\s+đưa)"
    r"|^(?:xem\s+thêm|đọc\s+thêm)"
    r"|^(?:related|other|more|see\s+also|latest)\b.{0,20}(?:news|articles|posts|stories)?"
    r"|^(?:tags?|từ\s*kh(?:óa|oá)|chủ\s*đề|keywords?)\s*[:：]"
    # the foot of a print view or of the page
    r"|^(?:địa\s*chỉ\s*(?:bài\s*viết|trang)|url\s*bài\s*viết|article\s*(?:url|address)|ngày\s*in\b"
    r"|printed\s*on|©|copyright|bản\s*quyền)"
)
#: Share / print / mail buttons and similar page furniture inside the article.
SHARE_WORDS = (
    r"gửi\s*bài\s*viết|lưu\s*bài\s*viết|phiên\s*bản\s*in|print\s*version|printer\s*friendly|"
    r"save|send|bookmark|"
    r"chia\s*sẻ|share|facebook|zalo|twitter|tweet|linkedin|in\s*bài(?:\s*viết)?|in\s*trang|print|"
    r"gửi\s*(?:email|e-mail|mail|bài|cho\s*bạn\s*bè)|email|e-mail|bản\s*in|lưu\s*bài|lưu|"
    r"quay\s*(?:lại|về)|trở\s*(?:lại|về)|back|về\s*đầu\s*trang|đầu\s*trang|top|like|thích|"
    r"bình\s*luận|comment|góp\s*ý|cỡ\s*chữ|font\s*size|tải\s*về|download|đọc\s*bài|nghe\s*bài|in"
)
SHARE_LABEL_RE = re.compile(r"^(?:" + SHARE_WORDS + r"|[a+\-]+)$")
#: A line made only of share buttons, once their labels and punctuation are removed.
SHARE_WORDS_RE = re.compile(r"\b(?:" + SHARE_WORDS + r")\b")

#: A credit line ending an article: "Nguồn: Báo Kinh tế Đô thị", "Theo
#: mic.gov.vn", "Bài và ảnh: Phạm Linh", "(Nguồn HNP)", "Source: …".
CREDIT_RE = re.compile(
    r"^\(?\s*(nguồn|theo|bài\s*(?:và|,)\s*ảnh|bài|ảnh|tin\s*(?:và|,)\s*ảnh|source|photos?)\b"
)

#: The first item of a breadcrumb trail, both locales.
HOME_LABELS = frozenset({"trang chủ", "trang chu", "home", "home page", "homepage"})
#: A word every home label holds, in lower-case ASCII: raw bytes without any
#: (and without a character reference) hold no home link.
HOME_WORDS = (b"trang", b"home")
assert all(any(w.decode() in label for w in HOME_WORDS) for label in HOME_LABELS)

#: Pager links: "next page" in both locales, and the ones that are not "next".
NEXT_LABELS = frozenset(
    {
        "sau",
        "trang sau",
        "tiếp",
        "tiếp theo",
        "trang tiếp",
        "trang tiếp theo",
        "xem tiếp",
        "next",
        "next page",
        "next »",
        "next ›",
        "›",
        "»",
        ">",
        "→",
        "sau »",
        "sau ›",
        "tiếp »",
    }
)
