"""Print pages in the e-book: page-break markers, the page list, the print source.

EPUBCheck and Ace run on these books in test_epub.py (the multi-page edition and
the run-on jump below are in its batch); here the markers are read back.
"""

from __future__ import annotations

import dataclasses

import pytest

from publisher.epub import build_epub
from publisher.epub.printpages import page_labels
from publisher.inputs import load_edition_inputs
from publisher.model import Article, Edition, PageInfo, SourceLines, Weather
from tests.test_epub import MULTI_PAGES, NS, Book, X, base_text, body, run_on_edition

EPUB_TYPE = f"{{{NS['epub']}}}type"


def page_list(book: Book) -> list[tuple[str, str]]:
    nav = next(n for n in book.nav.iter(f"{X}nav") if n.get(EPUB_TYPE) == "page-list")
    assert nav.get("role") == "doc-pagelist"
    return [(a.get("href"), "".join(a.itertext())) for a in nav.iter(f"{X}a")]


def markers(book: Book) -> list[tuple[str, str, str]]:
    """(href#id, aria-label, text after the marker up to its parent's end) in reading order."""
    found = []
    for href, page in book.pages():
        parents = {child: parent for parent in page.iter() for child in parent}
        for el in page.iter():
            if el.get(EPUB_TYPE) == "pagebreak":
                assert el.get("role") == "doc-pagebreak" and not base_text(el)
                parent = parents[el]
                siblings = list(parent)
                after = (el.tail or "") + "".join(
                    base_text(s) + (s.tail or "") for s in siblings[siblings.index(el) + 1 :]
                )
                found.append((f"{href}#{el.get('id')}", el.get("aria-label"), after))
    return found


@pytest.fixture(scope="module")
def multi_edition() -> Edition:
    return load_edition_inputs(MULTI_PAGES)


@pytest.fixture(scope="module")
def multi_plain(multi_edition: Edition) -> Book:
    return Book(build_epub(multi_edition))


def test_a_page_begins_inside_a_jumped_article(multi_plain: Book, multi_edition: Edition) -> None:
    entries = page_list(multi_plain)
    found = markers(multi_plain)
    assert [href for href, _ in entries] == [
        href for href, _, _ in found
    ]  # every marker listed, in reading order
    assert [label for _, label in entries] == [label for _, label, _ in found] == ["1", "2"]
    first, rest = [a for a in multi_edition.articles() if a.headline == "平湖前10个月实际利用外资4.6亿美元"]
    (p1, _, _), (p2, _, after) = found
    assert p1 == f"{first.id}.xhtml#page-1" and p2 == f"{first.id}.xhtml#page-2"
    assert after == rest.paragraphs[0]  # the marker opens page 2's first paragraph
    assert multi_plain.dc("source") == ["嘉兴日报·平湖版（印刷版）2024年11月25日"]
    assert multi_plain.meta("pageBreakSource") == multi_plain.dc("source")  # what Ace looks for
    assert {"pageBreakMarkers", "pageNavigation"} <= set(multi_plain.meta("schema:accessibilityFeature"))
    assert "（1、2）" in multi_plain.meta("schema:accessibilitySummary")[0]


def test_a_sentence_broken_at_the_jump_carries_the_marker_where_print_turned() -> None:
    book = Book(build_epub(run_on_edition()))
    found = markers(book)
    assert [(href, label) for href, label, _ in found] == page_list(book)
    assert [href for href, _, _ in found] == ["a1.xhtml#page-1", "a1.xhtml#page-2"]
    paragraph = next(p for p in body(book.xhtml("a1.xhtml")).iter(f"{X}p") if "全市" in base_text(p))
    assert base_text(paragraph) == "今年1至10月，全市外资企业增资23个。"
    assert found[1][2] == "外资企业增资23个。"  # the marker sits between 全市 and 外资
    # page 2's own story comes later in reading order: its page already began in the jump
    assert "pagebreak" not in book.read("b1.xhtml").decode()


def test_a_page_that_only_has_other_items_begins_on_the_other_page() -> None:
    src1, src2 = SourceLines(1, 1, 1), SourceLines(2, 1, 1)
    edition = Edition(items=(Article("a", src2, "标题", ("正文。",)), Weather("w", src1, "今天晴。")))
    book = Book(build_epub(edition))
    assert page_list(book) == [("a.xhtml#page-2", "2"), ("others.xhtml#page-1", "1")]
    others = book.read("others.xhtml").decode()
    assert others.index('id="page-1"') < others.index('id="w"')


def test_page_labels_are_printed_labels_or_the_position() -> None:
    assert page_labels(run_on_edition()) == {1: "1", 2: "2"}
    labelled = dataclasses.replace(run_on_edition(), pages=(PageInfo(1, "第 6 版", "要闻"), PageInfo(2)))
    assert page_labels(labelled) == {1: "第 6 版", 2: "2"}
    book = Book(build_epub(labelled))
    assert page_list(book) == [("a1.xhtml#page-1", "第 6 版"), ("a1.xhtml#page-2", "2")]
    assert 'aria-label="第 6 版"' in book.read("a1.xhtml").decode()
