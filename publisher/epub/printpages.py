"""Print pages in the e-book: a page-break marker where each printed page begins, and the page list.

Students and print-disabled readers cite the printed page.  The e-book reads
the pages' items in order (each story on its own XHTML page, then 本版其他), so
a printed page begins where its first item is read: before a story, inside a
jumped article where the part print continued on a later page begins, or before
an item on the 本版其他 page.  One marker per printed page, at that first place,
so the page list runs in reading order and every marker is in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from publisher.epub.xhtml import Block, Marks, Plan, clean, escape_markup
from publisher.model import Article, Edition
from publisher.records import record


def page_labels(edition: Edition) -> dict[int, str]:
    """Printed page label by page index; the page's position ("1", "2"…) when none is printed."""
    printed = {info.page: clean(info.page_label) for info in edition.pages if info.page_label}
    pages = {item.source.page for item in edition.items} | {info.page for info in edition.pages}
    return {page: printed.get(page) or str(page) for page in sorted(pages)}


@record
class PageBreak:
    """Where a printed page begins in the book."""

    page: int
    label: str  # as printed: 第6版, B03, 12 (or the page's position)
    href: str  # file#id of the marker

    @property
    def id(self) -> str:
        return self.href.split("#", 1)[1]


def pagebreak_markup(marker_id: str, label: str) -> str:
    """An empty marker: a screen reader announces the label; it takes no room on the screen."""
    return (
        f'<span epub:type="pagebreak" role="doc-pagebreak" id="{marker_id}"'
        f' aria-label="{escape_markup(label)}"></span>'
    )


@dataclass
class PrintPages:
    """The page breaks of one book: a :class:`~publisher.epub.xhtml.Marker` for the renderer."""

    breaks: list[PageBreak] = field(default_factory=list)
    _before: dict[str, str] = field(default_factory=dict)  # item id -> marker markup
    _inside: dict[Block, list[tuple[int, str]]] = field(default_factory=dict)

    def before(self, item_id: str) -> str:
        return self._before.get(item_id, "")

    def marks(self, at: Block, text: str) -> Marks:
        return Marks(points=tuple(self._inside.get(at, ())))

    def page_list(self) -> list[tuple[str, str]]:
        return [(b.href, b.label) for b in self.breaks]


def plan_print_pages(edition: Edition, plan: Plan, names: dict[str, str]) -> PrintPages:
    """Where each printed page begins in reading order (see the module's docstring)."""
    labels = page_labels(edition)
    pages = PrintPages()

    def begins(page: int, file: str) -> str | None:
        if page not in labels or any(b.page == page for b in pages.breaks):
            return None
        marker_id = f"page-{page}"
        pages.breaks.append(PageBreak(page, labels[page], f"{file}#{marker_id}"))
        return pagebreak_markup(marker_id, labels[page])

    for story in plan.stories:
        file = f"{names[story.id]}.xhtml"
        if markup := begins(story.source.page, file):
            pages._before[story.id] = markup
        paragraphs = story.paragraphs if isinstance(story, Article) else ()
        for seam in plan.seams.get(story.id, ()):
            # a part with no text of its own shows nothing where its page would begin
            shown = seam.paragraph < len(paragraphs) and clean(paragraphs[seam.paragraph])
            if shown and (markup := begins(seam.page, file)):
                pages._inside.setdefault((story.id, "paragraph", seam.paragraph), []).append(
                    (seam.offset, markup)
                )
    for other in plan.others:
        if markup := begins(other.source.page, "others.xhtml"):
            pages._before[other.id] = markup
    return pages
