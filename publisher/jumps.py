"""Articles that print continues on a later page, joined for readers who read on.

The structured edition keeps each printed part as its own item (each has its
own page and source lines, so nothing is lost).  The e-book and the audio
edition are read straight through, so both writers take the joined view from
here: one article, one page, one track.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from publisher.model import Article, Item
from publisher.punctuation import ends_sentence
from publisher.records import record


def jumps_on(article: Article) -> bool:
    return any("转" in marker for marker in article.continuation)  # 下转第2版, 转至第A3版


def jumped_from(article: Article) -> bool:
    return any("接" in marker for marker in article.continuation)  # 上接第1版, 紧接第3版


@record
class Seam:
    """Where a later printed page's part begins inside a joined article.

    ``paragraph`` indexes the joined article's paragraphs; ``offset`` is the
    character in that paragraph's text where the part begins (0 unless print
    broke a sentence at the jump and the two halves were made one paragraph).
    """

    page: int
    paragraph: int
    offset: int


def _run_on(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[tuple[str, ...], int, int]:
    """Paragraphs of two parts, a sentence print broke off at the jump made whole;
    and where the second part begins (paragraph, offset)."""
    if before and after and not ends_sentence(before[-1]):
        head = before[-1].rstrip()
        return (*before[:-1], head + after[0].lstrip(), *after[1:]), len(before) - 1, len(head)
    return before + after, len(before), 0


def join_jumps(items: Iterable[Item]) -> list[Item]:
    """Items in reading order, each jumped article joined into its first part (join_jumps_with_seams)."""
    return join_jumps_with_seams(items)[0]


def join_jumps_with_seams(items: Iterable[Item]) -> tuple[list[Item], dict[str, tuple[Seam, ...]]]:
    """Items in reading order, with each jumped article joined into its first part;
    and, by the joined article's id, where each later page's part begins in it.

    Print says （下转第2版） and repeats the headline over （上接第1版） on page 2.
    A part is joined only to an earlier article with the same headline on an
    earlier page that says it jumps; anything less certain stays as printed.
    The jump markers, which point at print, are dropped from the joined article.
    """
    joined: list[Item] = []
    seams: dict[str, tuple[Seam, ...]] = {}
    open_jumps: dict[str, int] = {}  # headline -> index in ``joined`` of the part that jumps on
    for item in items:
        if isinstance(item, Article) and (headline := " ".join(item.headline.split())):
            at = open_jumps.get(headline)
            first = joined[at] if at is not None else None
            if (
                at is not None
                and isinstance(first, Article)
                and first.source.page < item.source.page
                and jumped_from(item)
            ):
                paragraphs, paragraph, offset = _run_on(first.paragraphs, item.paragraphs)
                seams[first.id] = (*seams.get(first.id, ()), Seam(item.source.page, paragraph, offset))
                joined[at] = dataclasses.replace(
                    first,
                    paragraphs=paragraphs,
                    byline=first.byline or item.byline,
                    continuation=(
                        *(m for m in first.continuation if "转" not in m),
                        *(m for m in item.continuation if "接" not in m),
                    ),
                )
                open_jumps.pop(headline)
                if jumps_on(item):  # it jumps again (1 → 2 → 3)
                    open_jumps[headline] = at
                continue
            if jumps_on(item):
                open_jumps[headline] = len(joined)
        joined.append(item)
    return joined, seams
