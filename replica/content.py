"""What the replica's articles say: the ground truth, and how each is marked up.

Every article is a :class:`ReplicaArticle`: the fields a correct parser must
extract (NFC text, whitespace collapsed) plus ``blocks``, the recipe the
renderer follows to produce the body HTML (which markup habit each photo
uses, which paragraph gets a ``<span>`` or an ``&nbsp;``...). Tests compare
parser output with the truth fields; only the renderer reads ``blocks``.

Generation is deterministic: the same ``(n_articles, seed)`` always gives
the same articles, whatever the date or the machine. Two articles are real:
5402817 (verbatim from ``real_article_5402817.txt``, the page text the
project was given) and 5211375 (title, date and views are real, its body is
synthesised here).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from replica import vocab

HANOI = timezone(timedelta(hours=7))
SECTION = "CÔNG TÁC ĐẢNG"
SECTION_PATH = "/dang-doan-the"

#: The photo markup habits of FACTS.md, as named in ``ReplicaArticle.habits``,
#: with the FACTS.md habit number each belongs to.
HABITS: dict[str, int] = {
    "centred_em": 1,  # image in its own centred <p>, caption in the next centred <p><em>
    "centred_i": 2,  # same, caption in <i>
    "centred_plain": 2,  # same, caption paragraph centred without italics
    "figure": 3,  # <figure><img><figcaption>
    "table": 4,  # one-column table: image row, caption row
    "same_paragraph_br": 5,  # image<br>caption in one centred <p>
    "no_caption": 6,  # photo, then an ordinary justified body paragraph
    "lazy": 7,  # <img src="/images/loading.gif" data-src="real.jpg">, caption below
}

REAL_ARTICLE_ID = 5402817
REAL_ARTICLE_2_ID = 5211375
_REAL_FILE = Path(__file__).with_name("real_article_5402817.txt")


# --------------------------------------------------------------------------
# Body recipe: what the renderer turns into HTML
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Para:
    """A body paragraph. ``text`` is the truth; the rest is how it is marked up."""

    text: str
    tag: str = "p"  # "p" or "div" (old content)
    style: str = "justify"  # "justify", "justify-indent", "none"
    inline: str = "plain"  # plain, span, strong_lead, nbsp, wrap, indent, dash_nbsp, link
    link: str | None = None  # document href for inline == "link"
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Photo:
    habit: str  # a key of HABITS
    src: str  # root-relative path, or an absolute off-host URL
    url_style: str  # relative, absolute, protocol, offhost (how src is written)
    caption: str | None
    variant: int = 0  # sub-variant of the habit's markup
    alt: str | None = ""  # None: no alt attribute
    width: int = 600
    height: int = 400
    linked: bool = False  # wrapped in <a href=image>


@dataclass(frozen=True, slots=True)
class Spacer:
    """A stray ``<p>&nbsp;</p>`` left by the editor."""


@dataclass(frozen=True, slots=True)
class Signature:
    text: str
    style: str  # right_bold, right, bold, align_right_b, right_em


Block = Para | Photo | Spacer | Signature


# --------------------------------------------------------------------------
# The truth
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplicaArticle:
    """One article of the replica and what a parser must extract from its page.

    Text fields are NFC with whitespace collapsed, whatever the page's
    encoding (entities, NFD). ``paragraphs`` excludes captions and the
    signature; list items keep their leading ``"- "``. ``captions`` holds
    ``(src, text)`` per photo in reading order: ``src`` is the image path
    (``/documents/...``) or, for an off-host photo, its absolute URL; ``text``
    is None for a photo without caption. Use :meth:`expected_captions` for
    absolute URLs.
    """

    article_id: int
    slug: str
    title: str
    published_at: str  # ISO 8601, +07:00
    view_count: int | None
    paragraphs: tuple[str, ...]
    captions: tuple[tuple[str, str | None], ...]
    author: str | None
    section: str = SECTION
    habits: tuple[str, ...] = ()  # one per photo, in order
    encoding: str = "utf8"  # utf8, entities (HTML entities), nfd (decomposed)
    date_label: str = "Ngày đăng"  # or "Ngày xuất bản" (some old articles, vi UI)
    origin: str = "synthetic"  # real, real-synthesised-body, synthetic
    summary: str = ""  # the one sentence listing pages show
    blocks: tuple[Block, ...] = field(default=(), repr=False, compare=False)
    entity_style: str = field(default="mixed", repr=False, compare=False)

    @property
    def published(self) -> datetime:
        return datetime.fromisoformat(self.published_at)

    def path(self, lang: str = "vi") -> str:
        prefix = "/en" if lang == "en" else ""
        return f"{prefix}{SECTION_PATH}/-/view_content/{self.article_id}-{self.slug}.html"

    def url(self, base_url: str, lang: str = "vi") -> str:
        """The canonical article URL (Vietnamese UI unless ``lang='en'``)."""
        return base_url.rstrip("/") + self.path(lang)

    def expected_body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def expected_captions(self, base_url: str) -> list[dict[str, Any]]:
        base = base_url.rstrip("/") + "/"
        return [{"image_url": urljoin(base, src), "text": text} for src, text in self.captions]

    def expected(self, base_url: str, lang: str = "vi") -> dict[str, Any]:
        """The Article a parser must produce for this page, without ``body_html``."""
        return {
            "article_id": self.article_id,
            "url": self.url(base_url),
            "lang": lang,
            "section": self.section,
            "title": self.title,
            "published_at": self.published_at,
            "view_count": self.view_count,
            "body": self.expected_body(),
            "captions": self.expected_captions(base_url),
            "author": self.author,
        }


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def slugify(title: str) -> str:
    """ASCII slug of a Vietnamese title, the way the portal builds its URLs."""
    text = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def iso(dt: datetime) -> str:
    return dt.replace(tzinfo=HANOI).isoformat()


def first_sentence(text: str) -> str:
    match = re.search(r"[.!?](\s|$)", text)
    return text[: match.start() + 1] if match else text


# --------------------------------------------------------------------------
# The two real articles
# --------------------------------------------------------------------------

_REAL_CAPTIONS = (
    "Đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực "
    "Quận ủy - Chủ tịch HĐND quận phát biểu tai Hội nghị",
    "Quang cảnh Hội nghị",
)


def real_article() -> ReplicaArticle:
    """Article 5402817, every line as the reader saw it (see the .txt file)."""
    lines = [line for line in _REAL_FILE.read_text(encoding="utf-8").split("\n") if line.strip()]
    section, title, meta, *body, signature = lines
    match = re.search(r"(\d\d)/(\d\d)/(\d{4}) \| (\d\d):(\d\d).*View count: ([\d.]+)", meta)
    assert match, meta
    day, month, year, hour, minute, views = match.groups()
    published = datetime(int(year), int(month), int(day), int(hour), int(minute))
    blocks: list[Block] = []
    paragraphs: list[str] = []
    captions: list[tuple[str, str | None]] = []
    for line in body:
        if line in _REAL_CAPTIONS:
            src = f"/documents/20182/5402795/hoi-nghi-bch-lan-thu-12-{len(captions) + 1}.jpg"
            blocks.append(
                Photo("centred_em", src, "relative", line, variant=0, alt="", width=700, height=467)
            )
            captions.append((src, collapse(line)))
        else:
            blocks.append(Para(line))
            paragraphs.append(collapse(line))
    blocks.append(Signature(signature, "right_bold"))
    assert section == SECTION and len(captions) == 2
    return ReplicaArticle(
        article_id=REAL_ARTICLE_ID,
        slug=slugify(title),
        title=collapse(title),
        published_at=iso(published),
        view_count=int(views.replace(".", "")),
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        author=signature,
        habits=("centred_em", "centred_em"),
        origin="real",
        summary=first_sentence(paragraphs[0]),
        blocks=tuple(blocks),
    )


# Synthesised: the title, date, view count and caption of 5211375 are real
# (FACTS.md); nobody here has seen its body, so these paragraphs are written
# for the replica.
_ARTICLE_2_BODY = (
    "Chiều ngày 03/3, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa V) tổ chức Hội nghị lần thứ 36 để "
    "thảo luận, cho ý kiến vào các dự thảo văn kiện trình Đại "
    "hội đại biểu Đảng bộ quận lần thứ VI, nhiệm kỳ 2020 - 2025.",
    "Hội nghị đã nghe báo cáo tiến độ chuẩn bị Đại hội đảng bộ, chi bộ cơ sở; kết quả thực hiện "
    "nhiệm vụ 2 tháng đầu năm 2020 và công tác phòng, chống dịch bệnh viêm "
    "đường hô hấp cấp do chủng mới của vi rút Corona gây ra trên địa bàn quận.",
    "- Các cấp ủy tiếp tục chỉ đạo tổ chức tốt đại hội chi "
    "bộ, đảng bộ cơ sở bảo đảm đúng tiến độ, chất lượng.",
    "- Tăng cường tuyên truyền, hướng dẫn nhân dân chủ "
    "động phòng, chống dịch bệnh, không hoang mang, lo lắng.",
    "Phát biểu kết luận Hội nghị, đồng chí Bí thư Quận ủy đề nghị các cấp ủy, tổ chức đảng, chính "
    "quyền các cấp tập trung cao độ, vừa làm tốt công tác chuẩn bị Đại "
    "hội, vừa triển khai quyết liệt các biện pháp phòng, chống dịch.",
)


def real_article_2() -> ReplicaArticle:
    title = "Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36"
    caption = "Toàn cảnh Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ 36"
    src = "/documents/20182/5211360/hoi-nghi-bch-lan-thu-36.jpg"
    body = _ARTICLE_2_BODY
    blocks: list[Block] = [
        Para(body[0], inline="strong_lead"),
        Photo("table", src, "relative", caption, variant=0, alt=title, width=640, height=427),
        Para(body[1]),
        Para(body[2], inline="dash_nbsp"),
        Para(body[3]),
        Spacer(),
        Para(body[4]),
        Signature("VĂN PHÒNG QUẬN ỦY", "right_bold"),
    ]
    return ReplicaArticle(
        article_id=REAL_ARTICLE_2_ID,
        slug="hoi-nghi-ban-chap-hanh-dang-bo-quan-cau-giay-lan-thu-36",
        title=title,
        published_at=iso(datetime(2020, 3, 3, 14, 0)),
        view_count=490,
        paragraphs=body,
        captions=((src, caption),),
        author="VĂN PHÒNG QUẬN ỦY",
        habits=("table",),
        origin="real-synthesised-body",
        summary=first_sentence(body[0]),
        blocks=tuple(blocks),
    )


# --------------------------------------------------------------------------
# Synthetic articles
# --------------------------------------------------------------------------

_HABIT_ORDER = tuple(HABITS)
_PHOTO_COUNTS = (1, 2, 1, 0, 3, 1, 2, 1, 1, 2)
_URL_STYLES = (
    "relative",
    "relative",
    "absolute",
    "relative",
    "protocol",
    "relative",
    "absolute",
    "offhost",
    "relative",
    "relative",
    "absolute",
)
_UPPER_SIG_STYLES = ("right_bold", "right", "bold", "align_right_b")
_ROMAN = ("I", "II", "III", "IV")
_KHOA_V_ANCHOR = (datetime(2020, 3, 3), 36)  # the real lần thứ 36, khóa V
_KHOA_VI_ANCHOR = (datetime(2022, 1, 7), 12)  # the real lần thứ 12, khóa VI

MAX_ARTICLES = 100_000
#: Ban Chấp hành sessions the two real articles report on.
RESERVED_SESSIONS = ("bch:V:36", "bch:VI:12")


@dataclass
class _Cursor:
    """Round-robin positions shared across articles so every habit recurs."""

    habit: int = 0
    url_style: int = 0
    photo: int = 0


def _period(dt: datetime) -> str:
    if dt.month <= 3:
        return f"năm {dt.year - 1}"
    if dt.month <= 6:
        return f"quý I năm {dt.year}"
    if dt.month <= 9:
        return f"6 tháng đầu năm {dt.year}"
    return f"9 tháng đầu năm {dt.year}"


def _bch_session(dt: datetime) -> tuple[str, int] | None:
    """Which Ban Chấp hành session (khóa, lần thứ) a date falls in, if any."""
    if dt <= datetime(2020, 7, 31):
        anchor, lan = _KHOA_V_ANCHOR
        return "V", max(1, lan + round((dt - anchor).days / 30 * 1.2))
    if dt >= datetime(2020, 10, 1):
        anchor, lan = _KHOA_VI_ANCHOR
        return "VI", max(1, lan + round((dt - anchor).days / 30 * 0.6))
    return None


def _event_allowed(event: vocab.Event, dt: datetime) -> bool:
    if "months" in event and dt.month not in event["months"]:
        return False
    if "dates" in event:
        lo, hi = (datetime.fromisoformat(d) for d in event["dates"])
        if not lo <= dt <= hi:
            return False
    return not (event["key"] == "bch" and _bch_session(dt) is None)


def _official(rng: random.Random, ward: str, exclude: str = "") -> str:
    while True:
        name, role = rng.choice(vocab.OFFICIALS)
        if name != exclude:
            return f"{name} - {role.format(ward=ward)}"


def _values(rng: random.Random, dt: datetime) -> dict[str, Any]:
    event_day = dt - timedelta(days=rng.choice((0, 0, 1, 1, 2)))
    if event_day.date() == dt.date() and dt.hour < 9:
        event_day -= timedelta(days=1)
    if event_day.date() == dt.date() and dt.hour < 14:
        buoi = "Sáng"
    else:
        buoi = rng.choice(("Sáng", "Chiều"))
    if rng.random() < 0.5:
        dm = f"{event_day.day}/{event_day.month}"
    else:
        dm = f"{event_day.day:02d}-{event_day.month:02d}"
    ward = rng.choice(vocab.WARDS)
    p1 = _official(rng, ward)
    p2 = _official(rng, ward, exclude=p1.split(" - ")[0])
    valid_docs = [
        doc
        for lo, hi, doc in vocab.RESOLUTIONS
        if datetime.fromisoformat(lo) <= dt <= datetime.fromisoformat(hi)
    ]
    quarter = (dt.month - 1) // 3  # the quarter just ended (0: last year's IV)
    report_year = dt.year - 1 if dt.month <= 2 else dt.year
    dot = ("3/2", "19/5", "2/9", "7/11")[(dt.month - 1) // 3]
    session = _bch_session(dt) or ("VI", 1)
    return {
        "buoi": buoi,
        "buoi_lower": buoi.lower(),
        "dm": dm,
        "year": dt.year,
        "prev_year": dt.year - 1,
        "ky": _period(dt),
        "q": _ROMAN[quarter - 1] if quarter else "IV",
        "q_year": dt.year if quarter else dt.year - 1,
        "report_year": report_year,
        "report_year_next": report_year + 1,
        "n_small": rng.randint(15, 70),
        "n_voters": rng.randint(8, 30) * 1000,
        "ward": ward,
        "chibo": rng.choice(vocab.CHI_BO).format(n=rng.randint(1, 30), ward=ward),
        "p1": p1,
        "p2": p2,
        "khoa": session[0],
        "lan": session[1],
        "n": rng.randint(40, 250),
        "n_dv": rng.randint(300, 1600),
        "n_cb": rng.randint(15, 45),
        "pct": rng.randint(85, 99),
        "k": rng.randint(3, 25),
        "topic": rng.choice(vocab.TOPICS),
        "doc": rng.choice(valid_docs) if valid_docs else vocab.RESOLUTIONS[0][2],
        "yn": dt.year - 1930,
        "n5": dt.year - 2016,
        "dot": dot,
        "roman": rng.choice(("XVI", "XVII", "XVIII", "XIX", "XX")),
    }


def _fill(template: str, values: dict[str, Any]) -> str:
    return template.format(**values)


def _write_text(rng: random.Random, dt: datetime, used_titles: set[str]) -> dict[str, Any]:
    """Title, paragraphs, captions and summary of one synthetic article."""
    events = [e for e in vocab.EVENTS if _event_allowed(e, dt)]
    # Titles are unique while the pools allow (a few thousand articles);
    # past that a title repeats, as it does on real portals.
    for _attempt in range(40):
        event = rng.choice(events)
        values = _values(rng, dt)
        title_form, lead_form = rng.choice(event["forms"])
        title = _fill(title_form, values)
        # One article per Ban Chấp hành session, the real ones included.
        session = f"bch:{values['khoa']}:{values['lan']}" if event["key"] == "bch" else title
        if title not in used_titles and session not in used_titles:
            break
    used_titles.update((title, session))
    short = event["short"]
    values["short"] = short
    values["short_lower"] = short[0].lower() + short[1:]

    paragraphs: list[str] = [_fill(lead_form, values)]
    if rng.random() < 0.7:
        who = rng.sample(vocab.ATTENDEES, rng.randint(2, 3))
        paragraphs.append(
            f"Tham dự {values['short_lower']} có " + "; ".join(_fill(w, values) for w in who) + "."
        )
    pool = list(event["body"])
    rng.shuffle(pool)
    generic = list(vocab.GENERIC)
    rng.shuffle(generic)
    pool += generic
    for _ in range(rng.randint(1, 5)):
        take = rng.randint(1, 3)
        sentences, pool = pool[:take], pool[take:]
        if sentences:
            paragraphs.append(" ".join(_fill(s, values) for s in sentences))
    if event["list"] and rng.random() < 0.5:
        paragraphs.append(_fill(rng.choice(event["list_intro"]), values))
        items = rng.sample(event["list"], min(len(event["list"]), rng.randint(2, 4)))
        paragraphs += ["- " + _fill(item, values) for item in items]
    if rng.random() < 0.85:
        paragraphs.append(_fill(rng.choice(vocab.GENERIC_CLOSE), values))
    while len(paragraphs) > 10:
        del paragraphs[-2]
    while len(paragraphs) < 3 and pool:
        paragraphs.insert(-1, _fill(pool.pop(), values))

    captions = [_fill(c, values) for c in event["captions"]]
    captions += [
        _fill(c, values) for c in vocab.GENERIC_CAPTIONS if _fill(c, values) not in captions
    ]
    return {
        "title": title,
        "paragraphs": paragraphs,
        "captions": captions,
        "ward": values["ward"],
        "summary": first_sentence(paragraphs[0]),
    }


def _image_src(
    rng: random.Random, article_id: int, slug: str, k: int, style: str, dt: datetime
) -> str:
    folder = article_id - 17 - rng.randint(0, 40)
    name = rng.choice(
        (
            f"{slug[:40].strip('-')}-{k + 1}.jpg",
            f"anh-{k + 1}.jpg",
            f"IMG_{rng.randint(1000, 9999)}.JPG",
            f"{slug[:24].strip('-')}_{k + 1}.png",
        )
    )
    if style == "offhost":
        return f"https://hanoi.gov.vn/documents/20182/{folder}/{name}"
    path = f"/documents/20182/{folder}/{name}"
    if rng.random() < 0.25:  # Liferay's document URLs: /title/uuid?t=millis
        uuid = "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}".format(
            *(rng.getrandbits(bits) for bits in (32, 16, 16, 16, 48))
        )
        millis = int(dt.replace(tzinfo=HANOI).timestamp() * 1000) - rng.randint(60_000, 3_600_000)
        path = f"{path}/{uuid}?t={millis}"
    return path


def synthesise(
    rng: random.Random,
    article_id: int,
    published: datetime,
    index: int,
    cursor: _Cursor,
    used_titles: set[str],
) -> ReplicaArticle:
    """One synthetic article. ``index`` picks its features round-robin, so
    every encoding, signature and view-count style recurs in any long run."""
    text = _write_text(rng, published, used_titles)
    title = text["title"]
    slug = slugify(title)
    paragraphs: list[str] = text["paragraphs"]

    # Features, round-robin by index.
    if published.year <= 2020 and index % 3 == 1:
        encoding = "entities"
    elif index % 10 == 5:
        encoding = "nfd"
    else:
        encoding = "utf8"
    entity_style = ("decimal", "hex", "mixed")[index % 3]
    if index % 10 == 0:
        view_count: int | None = None
    elif index % 3 == 1:
        view_count = rng.randint(1000, 25000)
    else:
        view_count = rng.randint(15, 999)
    date_label = (
        "Ngày xuất bản" if published < datetime(2019, 9, 1) and index % 2 == 0 else "Ngày đăng"
    )
    tag = "div" if index % 13 == 6 else "p"

    # Paragraph markup.
    paras: list[Para] = []
    for n, ptext in enumerate(paragraphs):
        if ptext.startswith("- "):
            inline = rng.choice(("plain", "plain", "dash_nbsp", "span"))
        else:
            inline = rng.choice(
                ("plain", "plain", "plain", "span", "strong_lead", "nbsp", "wrap", "indent")
            )
        style = "justify-indent" if (index % 4 == 3) else ("none" if index % 17 == 8 else "justify")
        paras.append(
            Para(ptext, tag=tag, style=style, inline=inline, bold=(n == 0 and index % 5 == 2))
        )
    if index % 12 == 3:  # a link to a document in the body
        href, label = vocab.DOCUMENT_LINKS[index % len(vocab.DOCUMENT_LINKS)]
        ptext = f"Toàn văn {label} xem tại đây."
        paras.insert(max(1, len(paras) - 1), Para(ptext, tag=tag, inline="link", link=href))
        if len(paras) > 10:
            del paras[-3]

    # Photos: before paragraph k (k >= 1), so each is followed by a paragraph.
    n_photos = min(_PHOTO_COUNTS[index % len(_PHOTO_COUNTS)], len(paras) - 1)
    positions = sorted(rng.sample(range(1, len(paras)), n_photos))
    photos: dict[int, Photo] = {}
    caption_pool = list(text["captions"])
    for k, pos in enumerate(positions):
        habit = _HABIT_ORDER[cursor.habit % len(_HABIT_ORDER)]
        cursor.habit += 1
        url_style = _URL_STYLES[cursor.url_style % len(_URL_STYLES)]
        cursor.url_style += 1
        caption = None if habit == "no_caption" else caption_pool.pop(0)
        src = _image_src(rng, article_id, slug, k, url_style, published)
        alt_choice = cursor.photo % 4
        alt = ("", title, None, "ảnh")[alt_choice]
        width, height = rng.choice(((600, 400), (700, 467), (800, 533), (500, 375)))
        photos[pos] = Photo(
            habit=habit,
            src=src,
            url_style=url_style,
            caption=caption,
            variant=cursor.photo % 3,
            alt=alt,
            width=width,
            height=height,
            linked=(url_style == "relative" and cursor.photo % 5 == 2),
        )
        cursor.photo += 1

    blocks: list[Block] = []
    for n, para in enumerate(paras):
        if n in photos:
            blocks.append(photos[n])
        blocks.append(para)
    # Stray empty paragraphs, anywhere between blocks.
    for _ in range((1 if index % 3 == 1 else 0) + (1 if index % 7 == 2 else 0)):
        blocks.insert(rng.randint(1, len(blocks)), Spacer())

    # Signature: mostly upper case, some mixed case (right-aligned), some none.
    sig_kind = index % 8
    author: str | None
    if sig_kind == 7:
        author = None
    elif sig_kind == 5:
        author = rng.choice(vocab.MIXED_SIGNATURES).format(ward=text["ward"])
        blocks.append(Signature(author, ("right_em", "right")[index % 2]))
    else:
        author = rng.choice(vocab.UPPER_SIGNATURES)
        blocks.append(Signature(author, _UPPER_SIG_STYLES[index % len(_UPPER_SIG_STYLES)]))
    if index % 9 == 4:  # the editor left an empty paragraph after the signature
        blocks.append(Spacer())

    photo_list = [photos[p] for p in positions]
    return ReplicaArticle(
        article_id=article_id,
        slug=slug,
        title=collapse(title),
        published_at=iso(published),
        view_count=view_count,
        paragraphs=tuple(collapse(p.text) for p in paras),
        captions=tuple((ph.src, collapse(ph.caption) if ph.caption else None) for ph in photo_list),
        author=author,
        habits=tuple(ph.habit for ph in photo_list),
        encoding=encoding,
        date_label=date_label,
        summary=text["summary"],
        blocks=tuple(blocks),
        entity_style=entity_style,
    )


def _timeline(rng: random.Random, count: int) -> list[datetime]:
    start = datetime(2019, 1, 2)
    days = (datetime(2022, 11, 30) - start).days
    moments = []
    for _ in range(count):
        day = start + timedelta(days=rng.randrange(days + 1))
        moments.append(day.replace(hour=rng.randint(7, 20), minute=rng.randrange(60)))
    return sorted(moments)


def build_articles(n_articles: int = 64, seed: int = 20220107) -> tuple[ReplicaArticle, ...]:
    """The replica's articles, newest first. Ids increase with publish date.

    The real article 5402817 is always there; 5211375 too from two articles on.
    """
    if not 1 <= n_articles <= MAX_ARTICLES:
        raise ValueError(f"n_articles must be between 1 and {MAX_ARTICLES}, not {n_articles}")
    if n_articles == 1:
        return (real_article(),)
    rng = random.Random(seed)
    real_a, real_b = real_article_2(), real_article()
    dt_a, dt_b = real_a.published.replace(tzinfo=None), real_b.published.replace(tzinfo=None)
    moments = [
        m - timedelta(minutes=1) if m in (dt_a, dt_b) else m for m in _timeline(rng, n_articles - 2)
    ]
    before = [m for m in moments if m < dt_a]
    between = [m for m in moments if dt_a < m < dt_b]
    after = [m for m in moments if m > dt_b]
    id_a, id_b = real_a.article_id, real_b.article_id
    ids = (
        sorted(rng.sample(range(id_a - max(180_000, 40 * len(before)), id_a), len(before)))
        + sorted(rng.sample(range(id_a + 1, id_b), len(between)))
        + sorted(rng.sample(range(id_b + 1, id_b + 1 + max(160_000, 40 * len(after))), len(after)))
    )
    used_titles = {real_a.title, real_b.title, *RESERVED_SESSIONS}
    cursor = _Cursor()
    synthetic = [
        synthesise(rng, article_id, moment, index, cursor, used_titles)
        for index, (article_id, moment) in enumerate(
            zip(ids, before + between + after, strict=True)
        )
    ]
    articles = [*synthetic, real_a, real_b]
    articles.sort(key=lambda a: (a.published_at, a.article_id), reverse=True)
    return tuple(articles)


def added_article(
    seed: int, k: int, newest: ReplicaArticle, used_titles: set[str]
) -> ReplicaArticle:
    """The k-th article published after the replica started (``add_articles``).

    Depends only on (seed, k, newest), so adding 2 then 2 gives the same
    articles as adding 4.
    """
    rng = random.Random(f"{seed}:added:{k}")
    published = newest.published.replace(tzinfo=None) + timedelta(hours=rng.randint(2, 40))
    published = published.replace(minute=rng.randrange(60))
    article_id = newest.article_id + rng.randint(40, 400)
    cursor = _Cursor(habit=k, url_style=k, photo=k)
    return synthesise(rng, article_id, published, 1000 + k, cursor, used_titles)
