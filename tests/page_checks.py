"""What the exact page tests share: a strict parse of one page and the views they compare."""

from __future__ import annotations

from pathlib import Path

from publisher.model import Byline, Edition
from publisher.reader import structure_pages
from publisher.reading import read_page
from tests.conftest import ROOT

PAGES = ROOT / "tests" / "pages"
PINGHU = ("嘉兴日报", "JIAXING DAILY", "平湖版", ("平湖发布", "今平湖客户端"))


def strict_edition_of(path: Path) -> Edition:
    """The edition of one page, which must parse without a warning (every line classified)."""
    warnings: list[str] = []
    edition = structure_pages([read_page(path)], warn=warnings.append)
    assert warnings == []
    return edition


def layout(edition: Edition) -> list[tuple[str, int, int]]:
    return [(i.type, i.source.first, i.source.last) for i in edition.items]


def heads(edition: Edition) -> list[tuple[str | None, str, str | None, Byline | None, str | None, int]]:
    return [
        (a.kicker, a.headline, a.subheadline, a.byline, a.dateline, len(a.paragraphs))
        for a in edition.articles()
    ]
