"""The parser on the real pages of the portal's platform (../shared/realpages).

The same evaluation as ``python bench/realpages.py``: every page run through
the parser with its original URL, each field compared with the expected
one, and the issue's targets asserted (no article refused, every
non-article refused, no exception, title/date/views right on 99.5% of
pages, the other fields on 98%).
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REALPAGES = ROOT.parent / "shared" / "realpages"

pytestmark = pytest.mark.skipif(
    not (REALPAGES / "index.tsv").is_file(), reason=f"no real pages at {REALPAGES}"
)


def _load_evaluation() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("realpages_eval", ROOT / "bench" / "realpages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report():
    return _load_evaluation().evaluate(REALPAGES)


def test_every_page_is_read_and_every_target_met(report) -> None:
    assert report.failures() == []


def test_no_exception_escapes_on_any_page(report) -> None:
    assert [(r.page.file.name, r.exception) for r in report.exceptions] == []


def test_articles_are_parsed_and_non_articles_refused(report) -> None:
    assert [r.page.file.name for r in report.articles_refused] == []
    assert [r.page.file.name for r in report.non_articles_accepted] == []
    non_articles = [r for r in report.results if not r.page.is_article]
    assert len(non_articles) >= 20 and all(r.refused for r in non_articles)
