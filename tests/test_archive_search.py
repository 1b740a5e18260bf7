"""Full-text search: folding of Vietnamese, query syntax, hostile input, snippets."""

from __future__ import annotations

import itertools
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from archive import Archive, DateError, QueryError
from archive.search import build_match, parse_query
from archive.snippets import fold
from archive_helpers import fetched, make_article, page_for, tables_checksum

ARTICLES = {
    1: ("Đảng bộ quận Cầu Giấy tổ chức Hội nghị", "Ban Chấp hành Đảng bộ quận Cầu Giấy họp."),
    2: (
        "Hội nghị tổng kết công tác dân vận",
        "Đồng chí Bí thư dự hội nghị. Tình hình dịch COVID-19.",
    ),
    3: ("Dạng bài khác", "Đang triển khai Nghị định 15/2024/NĐ-CP về dáng vẻ đô thị."),
    4: ("Tin văn hóa", "Quang cảnh lễ hội mùa xuân; không có từ nào liên quan."),
    5: ("Chi đoàn học tập Nghị quyết", "Cầu Giấy: các đảng viên học tập nghị quyết, dang dở."),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("search") / "archive.db"
    with Archive.open(path, create=True) as opened:
        for article_id, (title, body) in ARTICLES.items():
            article = make_article(
                article_id,
                title=title,
                body=body,
                body_html=f"<p>{body}</p>",
                published_at=f"2022-0{article_id}-15T10:00:00+07:00",
                captions=(),
            )
            opened.store(article, page_for(article), fetched(article_id), article.url)
        yield opened


def ids(archive: Archive, query: str, **kwargs: Any) -> set[int]:
    return {hit.article_id for hit in archive.search(query, limit=100, **kwargs)}


# -- folding ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "dang bo cau giay",
        "Đảng bộ Cầu Giấy",
        "ĐẢNG BỘ CẦU GIẤY",
        unicodedata.normalize("NFD", "Đảng bộ Cầu Giấy"),
        unicodedata.normalize("NFD", "ĐẢNG BỘ CẦU GIẤY"),
        "DANG BO CAU GIAY",
        "đang bo câu giay",  # wrong marks count as no marks
    ],
)
def test_diacritics_case_and_d_do_not_matter(archive: Archive, query: str) -> None:
    assert ids(archive, query) == {1}


def test_d_finds_d_and_đ_both_ways(archive: Archive) -> None:
    # dang: Đảng (1), Đang (3), Dạng (3), dang (5), đảng viên (5)
    assert ids(archive, "dang") == {1, 3, 5}
    assert ids(archive, "đảng") == ids(archive, "dang") == ids(archive, "DẠNG")
    assert ids(archive, "NĐ-CP") == ids(archive, "nd-cp") == {3}
    assert ids(archive, "15/2024/NĐ-CP") == {3}


def test_two_mark_letters_fold(archive: Archive) -> None:
    assert ids(archive, "tong ket") == ids(archive, "tổng kết") == {2}
    assert ids(archive, "quang canh") == {4}
    assert ids(archive, "hoc tap nghi quyet") == {5}


def test_phrases_prefixes_and_operators(archive: Archive) -> None:
    assert ids(archive, '"cau giay"') == {1, 5}
    assert ids(archive, '"giay cau"') == set()
    assert ids(archive, "hoi nghi") == {1, 2}
    assert ids(archive, 'hoi "nghi quyet"') == set()
    assert ids(archive, "nghi*") == {1, 2, 3, 5}
    assert ids(archive, '"ban chap"*') == {1}
    assert ids(archive, "covid OR dan van") == {2}
    assert ids(archive, "tuyet OR nghi quyet") == {5}
    assert ids(archive, "cau giay NOT hoi nghi") == {5}
    assert ids(archive, "cau AND giay") == {1, 5}
    assert ids(archive, "COVID-19") == {2}
    # An unbalanced quote runs to the end.
    assert ids(archive, '"cau giay') == {1, 5}


def test_ranking_puts_title_matches_first(archive: Archive) -> None:
    # "hội nghị" is in the titles of 1 and 2 and only in the body of 2 besides.
    hits = archive.search("cau giay")
    assert [hit.article_id for hit in hits] == [1, 5]
    assert hits[0].score > hits[1].score > 0


def test_hits_carry_what_the_cli_prints(archive: Archive) -> None:
    (hit,) = archive.search("dân vận")
    assert hit.article_id == 2
    assert hit.title == "Hội nghị tổng kết công tác dân vận"
    assert hit.published_at == "2022-02-15T10:00:00+07:00"
    assert hit.url.endswith("/2-hoi-nghi.html")
    assert hit.snippet == "Hội nghị tổng kết công tác [dân] [vận]"


def test_snippets_show_the_stored_text_marked(archive: Archive) -> None:
    (hit,) = archive.search("dang bo cau giay", limit=1)
    assert hit.snippet == "Ban Chấp hành [Đảng] [bộ] quận [Cầu] [Giấy] họp."
    (hit,) = archive.search('"nghi dinh"')
    assert "[Nghị định]" in hit.snippet
    assert hit.snippet.startswith("Đang triển khai")


def test_snippet_of_a_long_body_has_ellipses(tmp_path: Path) -> None:
    body = " ".join(["lời"] * 60) + " Đảng bộ quận Cầu Giấy " + " ".join(["kết"] * 60)
    article = make_article(1, body=body)
    with Archive.open(tmp_path / "a.db", create=True) as archive:
        archive.store(article, b"x", fetched(), article.url)
        (hit,) = archive.search("dang bo cau giay")
    assert (
        hit.snippet
        == "…lời lời [Đảng] [bộ] [quận] [Cầu] [Giấy] kết kết kết kết kết kết kết kết kết…".replace(
            "[quận]", "quận"
        )
    )


def test_snippet_of_text_stored_decomposed_comes_from_fts5(tmp_path: Path) -> None:
    # The parser promises NFC; should NFD slip through, search still works
    # and FTS5's own snippet() marks the match.
    body = unicodedata.normalize("NFD", "Hội nghị Ban Chấp hành Đảng bộ")
    article = make_article(1, body=body, title="Tiêu đề", captions=())
    with Archive.open(tmp_path / "a.db", create=True) as archive:
        archive.store(article, b"x", fetched(), article.url)
        (hit,) = archive.search("chap hanh")
    assert hit.snippet == unicodedata.normalize("NFD", "Hội nghị Ban [Chấp] [hành] Đảng bộ")


def test_dates_are_inclusive_hanoi_days(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.db", create=True) as archive:
        for article_id, published in [
            (1, "2022-03-31T23:59:00+07:00"),
            (2, "2022-04-01T00:00:00+07:00"),
            (3, "2022-04-30T23:59:59+07:00"),
            (4, "2022-05-01T00:00:00+07:00"),
        ]:
            article = make_article(article_id, published_at=published)
            archive.store(article, b"x", fetched(), article.url)
        assert ids(archive, "hoi nghi", since="2022-04-01", until="2022-04-30") == {2, 3}
        assert ids(archive, "hoi nghi", since="2022-04-01") == {2, 3, 4}
        assert ids(archive, "hoi nghi", until="2022-03-31") == {1}
        assert ids(archive, "hoi nghi", since="2022-04-30", until="2022-04-30") == {3}
        with pytest.raises(DateError, match="since '2022-4-1' is not a date; use YYYY-MM-DD"):
            archive.search("x", since="2022-4-1")
        with pytest.raises(DateError, match="until '2022-02-30' is not a calendar date"):
            archive.search("x", until="2022-02-30")
        with pytest.raises(DateError, match="is after until"):
            archive.search("x", since="2022-05-01", until="2022-04-01")


def test_limit(archive: Archive) -> None:
    assert len(archive.search("dang", limit=2)) == 2
    for bad in (0, -1, True, 2.5):
        with pytest.raises(QueryError, match="limit must be a positive whole number"):
            archive.search("dang", limit=bad)  # type: ignore[arg-type]  # wrong on purpose


# -- what reaches MATCH -------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dang", '"dang"'),
        ("Đảng", '"Dảng"'),
        ("cau giay", '"cau" AND "giay"'),
        ('"đảng dân"', '"dảng dân"'),
        ("cau*", '"cau"*'),
        ("a OR b", '("a") OR ("b")'),
        ("a NOT b c", '("a" AND "c") NOT ("b")'),
        ("title:", '"title:"'),
        ("NEAR(a b)", '"NEAR(a" AND "b)"'),
        ("x'; DROP TABLE articles; --", '"x\';" AND "DROP" AND "TABLE" AND "articles;"'),
    ],
)
def test_match_expressions(query: str, expected: str) -> None:
    assert build_match(query) == expected


def test_many_ds_in_one_word_cost_nothing_more(archive: Archive) -> None:
    # Folding, not spelling out every d/đ combination: one term per word.
    assert build_match('"đa de đi do du dy dă"') == '"da de di do du dy dă"'
    assert archive.search("dddddd đđđđđđ") == []


HOSTILE = [
    '"',
    '""',
    '"unbalanced',
    "AND",
    "OR",
    "NOT",
    "a OR",
    "OR a",
    "a AND OR b",
    "NOT a",
    "a NOT",
    "COVID-19",
    "15/2024/NĐ-CP",
    "title:",
    "title:đảng",
    "*",
    "**",
    "dang*",
    "*dang",
    "(",
    ")",
    "(dang)",
    "-",
    "-dang",
    "^",
    "^dang",
    "NEAR(",
    "NEAR(dang bo, 2)",
    "'; DROP TABLE articles; --",
    "articles_fts MATCH 'x'",
    "1=1 OR 1",
    "",
    "   ",
    "\t\n",
    "\x00",
    "a\x00b",
    "dang\x1bbo",
    "\u200bdang\u200b",
    "😀",
    "Đảng 😀 bộ",
    "ดาง",
    "党",
    "\ufeffdang",
    "dang " * 64,
    "dang " * 65,
    "x" * 1999,
    "x" * 5000,
    "ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ",
    '"' * 101,
    ":",
    "{title body}: dang",
    "dang + bo",
    "\\",
    "%",
    "_",
    "a'b",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_give_results_or_one_clean_error(archive: Archive, query: str) -> None:
    before = tables_checksum(archive.connection)
    try:
        hits = archive.search(query)
    except QueryError as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) < 300
    else:
        assert isinstance(hits, list)
    assert tables_checksum(archive.connection) == before


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "nothing to search for"),
        ("   ", "nothing to search for"),
        ("*", "nothing to search for"),
        ("😀", "nothing to search for"),
        ("OR", 'nothing to search for besides OR; write "OR" in quotes'),
        ("a OR", 'OR needs a word on each side; write "OR" in quotes'),
        ("NOT a", "NOT needs a word on each side"),
        ("x" * 2001, "query too long"),
        ("dang " * 65, "too many words"),
    ],
)
def test_error_messages(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message.replace("(", r"\(")):
        parse_query(query)


def test_quoted_operator_is_a_word(archive: Archive) -> None:
    assert archive.search('"OR"') == []


@pytest.fixture(scope="module")
def bare_index() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, captions_text,"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO articles_fts VALUES ('Đảng bộ', 'dang bo', NULL)")
    return conn


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=st.text(max_size=80))
def test_any_text_is_a_query_or_a_query_error(bare_index: sqlite3.Connection, query: str) -> None:
    conn = bare_index
    try:
        match = build_match(query)
    except QueryError as exc:
        error = str(exc)
    else:
        conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (match,)
        ).fetchall()
        return
    assert "\n" not in error


# -- properties: whatever Vietnamese is stored comes back and is found ----------------------

ONSETS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gh",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "p",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
VOWELS = [
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "y",
    "ia",
    "iê",
    "oa",
    "ua",
    "uô",
    "ươ",
    "uy",
]
CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


@st.composite
def syllables(draw: st.DrawFn) -> str:
    vowel = draw(st.sampled_from(VOWELS))
    mark_at = draw(st.integers(0, len(vowel) - 1))
    tone = draw(st.sampled_from(TONES))
    text = draw(st.sampled_from(ONSETS)) + vowel[: mark_at + 1] + tone + vowel[mark_at + 1 :]
    text += draw(st.sampled_from(CODAS))
    text = unicodedata.normalize("NFC", text)
    if draw(st.booleans()):
        text = text.capitalize()
    return text


#: Always some of the letters that trip folding: đ/Đ and letters with two marks.
HARD_WORDS = st.sampled_from(
    [
        "Đảng",
        "đồng",
        "ĐẦU",
        "cầu",
        "mặt",
        "trận",
        "tổ",
        "quốc",
        "đặng",
        "ỗ",
        "Đỗ",
        "đẳng",
        "ặc",
        "ĐẠI",
    ]
)
WORDS = st.one_of(syllables(), HARD_WORDS).filter(lambda w: w.upper() not in ("AND", "OR", "NOT"))
TEXTS = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)
PUNCTUATED = st.lists(
    st.tuples(WORDS, st.sampled_from([" ", ", ", ". ", " - ", "\n\n", ": ", " (", ") "])),
    min_size=1,
    max_size=20,
).map(lambda parts: "".join(word + sep for word, sep in parts).strip())

_ids = itertools.count(1)


@pytest.fixture(scope="module")
def property_archive(tmp_path_factory: pytest.TempPathFactory):
    with Archive.open(tmp_path_factory.mktemp("props") / "p.db", create=True) as opened:
        yield opened


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXTS, body=PUNCTUATED, caption=st.one_of(st.none(), PUNCTUATED))
def test_stored_text_comes_back_identical(
    property_archive: Archive, title: str, body: str, caption: str | None
) -> None:
    from archive import Caption

    article = make_article(
        next(_ids),
        title=title,
        body=body,
        body_html=f"<p>{body}</p>",
        captions=(Caption("https://x/i.jpg", caption),),
    )
    property_archive.store(article, page_for(article), fetched(), article.url)
    assert property_archive.get(article.article_id) == article


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=PUNCTUATED, data=st.data())
def test_stored_text_is_found_however_it_is_typed(
    property_archive: Archive, body: str, data: st.DataObject
) -> None:
    article = make_article(next(_ids), title="Tiêu đề", body=body, captions=())
    property_archive.store(article, page_for(article), fetched(), article.url)
    words = body.replace("\n", " ").split()
    start = data.draw(st.integers(0, len(words) - 1))
    typed = " ".join(w.strip(",.:()-") for w in words[start : start + 3]).strip()
    if not typed.strip(" -"):
        return
    forms = {
        "as stored": typed,
        "no diacritics": fold(typed),
        "upper case": typed.upper(),
        "NFD": unicodedata.normalize("NFD", typed),
        "phrase": f'"{typed}"',
    }
    for form, query in forms.items():
        found = {hit.article_id for hit in property_archive.search(query, limit=10_000)}
        assert article.article_id in found, (form, query)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_unicode_round_trips(property_archive: Archive, text: str) -> None:
    article = make_article(next(_ids), title=text, body=text, author=text, section=text)
    property_archive.store(article, text.encode("utf-8"), fetched(), article.url)
    assert property_archive.get(article.article_id) == article


def test_fts5_snippet_shows_the_stored_đ(tmp_path: Path) -> None:
    # Cut from the folded copy (the only column a "dang" query hits), then
    # given back its stored letters: Đảng, not Dảng.
    # "İ" lower-cases to two characters: the Python snippets leave such text
    # to FTS5.
    body = "Đoàn İstanbul dự Hội nghị Ban Chấp hành Đảng bộ quận"
    article = make_article(1, body=body, title="Tiêu đề", captions=())
    with Archive.open(tmp_path / "a.db", create=True) as archive:
        archive.store(article, b"x", fetched(), article.url)
        (hit,) = archive.search("dang bo")
        (other,) = archive.search("doan istanbul")
    assert hit.snippet == "Đoàn İstanbul dự Hội nghị Ban Chấp hành [Đảng] [bộ] quận"
    assert other.snippet == "[Đoàn] [İstanbul] dự Hội nghị Ban Chấp hành Đảng bộ quận"


@pytest.mark.parametrize(
    ("snippet", "original", "expected"),
    [
        ("\x02Dảng\x03 bộ", "Đảng bộ", "\x02Đảng\x03 bộ"),
        ("…hành \x02Dảng\x03…", "Ban Chấp hành Đảng bộ quận", "…hành \x02Đảng\x03…"),
        ("…", "Đảng", "…"),
        ("\x02Dảng\x03", "không có", "\x02Dảng\x03"),  # not found: left folded, never wrong text
    ],
)
def test_unfold_puts_back_the_stored_letters(snippet: str, original: str, expected: str) -> None:
    from archive.search import _unfold

    assert _unfold(snippet, original) == expected
