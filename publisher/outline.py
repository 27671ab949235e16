"""``--format outline``: a tree a desk editor can check the parse against at a glance."""

from __future__ import annotations

from publisher.model import (
    Advertisement,
    Article,
    Byline,
    Edition,
    Item,
    Notice,
    Photo,
    QrPrompt,
    Unclassified,
    Weather,
)

_PREVIEW = 24  # characters of each paragraph shown


def _preview(text: str, width: int = _PREVIEW) -> str:
    return text if len(text) <= width else text[:width] + "…"


def _byline(b: Byline | None) -> str:
    if b is None or b.is_empty():
        return "(none)"
    return "  ".join(f"{role} {' '.join(names)}".rstrip() for role, names in b.credits())


def _item_lines(item: Item) -> list[str]:
    where = f"p{item.source.page} L{item.source.first}-{item.source.last}"
    head = f"[{item.id}] {item.type} ({where})"
    out: list[str] = []
    if isinstance(item, Article):
        out.append(f"{head}: {item.headline or '(no headline)'}")
        if item.kicker:
            out.append(f"    kicker: {item.kicker}")
        if item.subheadline:
            out.append(f"    subheadline: {item.subheadline}")
        if item.standfirst:
            out.append(f"    standfirst: {_preview(item.standfirst, 40)}")
        out.append(f"    byline: {_byline(item.byline)}")
        if item.dateline:
            out.append(f"    dateline: {item.dateline}")
        out.append(f"    paragraphs: {len(item.paragraphs)}")
        out.extend(f"      {n:>2}. {_preview(p)}" for n, p in enumerate(item.paragraphs, start=1))
        if item.continuation:
            out.append(f"    continuation: {' / '.join(item.continuation)}")
    elif isinstance(item, Photo):
        out.append(f"{head}: {item.title or '(untitled)'}")
        out.append(f"    caption: {_preview(item.caption, 40)}")
        out.append(f"    byline: {_byline(item.byline)}")
    elif isinstance(item, (Advertisement, Unclassified)):
        out.append(f"{head}: {len(item.lines)} lines")
        out.extend(f"      {_preview(line, 40)}" for line in item.lines)
    elif isinstance(item, Notice):
        out.append(f"{head}: {item.label}: {item.text}")
    elif isinstance(item, Weather):  # its printed lines on one line of the tree
        out.append(f"{head}: {' / '.join(item.text.splitlines())}")
    elif isinstance(item, QrPrompt):
        out.append(f"{head}: {item.text}")
    return out


def render_outline(edition: Edition) -> str:
    """The edition as an indented plain-text tree, one item after another."""
    lines = [
        f"{edition.title()}",
        f"  newspaper: {edition.newspaper or '-'}  ({edition.newspaper_en or '-'})",
        f"  edition: {edition.edition or '-'}   date: {edition.date or '-'}",
        f"  brands: {' / '.join(edition.brands) or '-'}",
        f"  sources: {', '.join(f'{s.path} [{s.encoding}]' for s in edition.sources) or '-'}",
        f"  items: {len(edition.items)}",
        "",
    ]
    for item in edition.items:
        lines.extend(_item_lines(item))
    return "\n".join(lines) + "\n"
