"""A rule of the reader that fails on a layout it was never shown must not cost the desk its edition:
the page's text is kept whole as one unclassified block, with a warning, and the other pages read as
before.  The failure is injected where the reader is called (the known failures are fixed; a hidden
page once stopped the command with a traceback): a fault injected, not a result faked."""

from __future__ import annotations

from pathlib import Path

import pytest

import publisher.reader.edition as edition_module
from publisher.model import Article, Unclassified
from publisher.reader import PageParse, structure_pages
from publisher.reading import PageText

_GOOD = "固岭报\n2025年6月3日 星期二\n\n全县春播工作推进会召开\n\n本报讯 昨日，会议召开。\n"
_FAILING = (
    "固岭报\n2025年6月3日 星期二\n\n\f城南新桥今日通车\n\n本报讯 今天上午，新桥通车。\n"
    + "市民：方便多了。\n"
)


def _page(name: str, text: str) -> PageText:
    return PageText(path=Path(name), text=text, encoding="utf-8", sha256="0" * 64)


def test_a_page_the_reader_fails_on_is_kept_and_the_others_read(monkeypatch: pytest.MonkeyPatch) -> None:
    real = edition_module.parse_page

    def failing_on_page_two(text: str, page: int = 1) -> PageParse:
        if page == 2:
            raise ValueError("min() arg is an empty sequence")
        return real(text, page)

    monkeypatch.setattr(edition_module, "parse_page", failing_on_page_two)
    warnings: list[str] = []
    edition = structure_pages([_page("a.txt", _GOOD), _page("b.txt", _FAILING)], warn=warnings.append)
    first, kept = edition.items[0], edition.items[-1]
    assert isinstance(first, Article) and first.headline == "全县春播工作推进会召开"
    assert isinstance(kept, Unclassified) and kept.id == "p2-01"
    # every printed line of the failed page is kept, numbered as printed (the form feed shifts nothing)
    printed = [ln for ln in _FAILING.replace("\f", "").split("\n") if ln.strip()]
    assert list(kept.lines) == printed
    assert (kept.source.page, kept.source.first, kept.source.last) == (2, 1, 7)
    assert any("b.txt: page 2: the reader failed on this page (ValueError" in w for w in warnings)


def test_without_a_failure_the_barrier_changes_nothing() -> None:
    edition = structure_pages([_page("a.txt", _GOOD)])
    assert [type(item).__name__ for item in edition.items] == ["Article"]
