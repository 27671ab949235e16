"""Pages to an edition: each page parsed on its own, then joined in print order into one
:class:`~publisher.model.Edition` (the first printed name and date win; a page that prints another
date is reported)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from publisher.model import Edition, Item, PageInfo, SourceFile, SourceLines, Unclassified
from publisher.punctuation import normalise_punctuation
from publisher.reader.lines import split_lines
from publisher.reader.masthead import Masthead
from publisher.reader.page import PageParse, parse_page
from publisher.reading import PageText


def structure_pages(
    pages: Sequence[PageText], date: str | None = None, warn: Callable[[str], None] | None = None
) -> Edition:
    """One edition from pages in order.  A printed date wins over ``date``; neither means None."""
    items: list[Item] = []
    newspaper = newspaper_en = edition = printed = None
    brands: list[str] = []
    infos: list[PageInfo] = []
    for number, page in enumerate(pages, start=1):
        parsed = _read_or_keep(page.text, number)
        infos.append(
            PageInfo(number, parsed.masthead.page_label, parsed.masthead.section, parsed.masthead.imprint)
        )
        m = parsed.masthead
        newspaper = newspaper or m.newspaper
        newspaper_en = newspaper_en or m.newspaper_en
        edition = edition or m.edition
        if m.date is not None and printed is not None and m.date != printed and warn is not None:
            warn(
                f"{page.path}: printed date {m.date} differs from {printed} on an earlier page; "
                f"using {printed}"
            )
        printed = printed or m.date
        brands.extend(b for b in m.brands if b not in brands)
        items.extend(parsed.items)
        if warn is not None:
            for message in parsed.warnings:
                warn(f"{page.path}: {message}")
    if printed is not None and date is not None and printed != date and warn is not None:
        warn(f"the page prints the date {printed}; it wins over --date {date}")
    return Edition(
        items=tuple(items),
        newspaper=newspaper,
        newspaper_en=newspaper_en,
        edition=edition,
        date=printed or date,
        brands=tuple(brands),
        sources=tuple(
            SourceFile(path=_display_path(p.path), sha256=p.sha256, encoding=p.encoding) for p in pages
        ),
        pages=tuple(infos),
    )


def _read_or_keep(text: str, number: int) -> PageParse:
    """The page read, or, should a rule of the reader fail on a layout it was never shown, the
    page's text kept whole as one unclassified block with a warning: the desk still gets the
    edition, its other pages read, and nothing of this one is lost.  (The tests call
    :func:`parse_page` itself, so such a failure still fails them.)"""
    try:
        return parse_page(text, number)
    except Exception as failure:  # (any rule's fault: reported and contained below)
        lines = [ln for ln in split_lines(text) if ln.text.strip()]
        if not lines:
            raise
        kept = Unclassified(
            id=f"p{number}-01",
            source=SourceLines(number, lines[0].number, lines[-1].number),
            lines=tuple(normalise_punctuation(ln.mark + ln.text) for ln in lines),
        )
        warning = (
            f"page {number}: the reader failed on this page ({type(failure).__name__}: {failure}); "
            "its text is kept as one unclassified block"
        )
        return PageParse(page=number, masthead=Masthead(), items=(kept,), warnings=(warning,))


def _display_path(path: Path) -> str:
    return path.as_posix()
