"""The document model: the only thing the stages share.

A reader (``structure``) builds an :class:`Edition`; writers (EPUB, audio) take
one as their only input.  ``edition_to_json`` / ``edition_from_json`` are the
JSON form documented in the README (schema ``pinghu-edition/1.1``; a
``pinghu-edition/1`` file still loads, its missing fields taking their
defaults); the loader validates, so a hand-edited or foreign ``edition.json``
fails with one clear line instead of a traceback deep inside a writer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, TypeAlias

from publisher.errors import InputError
from publisher.records import record

SCHEMA = "pinghu-edition/1.1"
# Every schema the loader reads: 1.1 added pages, subheads, pull quotes and standfirst labels,
# all with defaults, so a 1.0 document is a 1.1 document without them.
READABLE_SCHEMAS = ("pinghu-edition/1", SCHEMA)

ItemType = Literal["article", "photo", "advertisement", "notice", "weather", "qr_prompt", "unclassified"]


@record
class SourceLines:
    """Where an item stood: 1-based page index and 1-based first/last line."""

    page: int
    first: int
    last: int


@record
class Credit:
    """A byline role other than reporter / correspondent / photographer."""

    role: str
    names: tuple[str, ...]


@record
class Byline:
    """Who signed an item, by role, names as printed."""

    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    others: tuple[Credit, ...] = ()

    def is_empty(self) -> bool:
        return not (self.reporters or self.correspondents or self.photographers or self.others)

    def credits(self) -> list[tuple[str, tuple[str, ...]]]:
        """(role label, names) pairs in print order, for writers that spell roles out.

        A role printed in its own wording (全媒体记者) is kept in ``others`` without names; it
        names its kind's group here (全媒体记者 潘婷) instead of the plain 记者 / 通讯员 / 摄影."""
        printed = {c.role: c for c in self.others if not c.names}
        pairs: list[tuple[str, tuple[str, ...]]] = []
        used: set[str] = set()
        for names, plain, endings in (
            (self.reporters, "记者", ("记者",)),
            (self.correspondents, "通讯员", ("通讯员",)),
            (self.photographers, "摄影", ("摄影记者", "摄影")),
        ):
            if not names:
                continue
            label = next(
                (r for r in printed if r.endswith(endings) and (plain != "记者" or "摄影" not in r)), plain
            )
            used.add(label)
            pairs.append((label, names))
        pairs.extend((c.role, c.names) for c in self.others if c.names or c.role not in used)
        return pairs


@record
class PageInfo:
    """What a page prints about itself, outside any item."""

    page: int  # 1-based index of the page file in the edition
    page_label: str | None = None  # the page number as printed: 第6版, B03, 12; None if not printed
    section: str | None = None  # the page's printed name: 要闻, 区县新闻, 人物·专访; None if not printed
    # the masthead's other lines, as printed: 中共临朐县委机关报, 第3215期, 国内统一连续出版物号 CN…
    imprint: tuple[str, ...] = ()


@record
class Subhead:
    """A subhead inside an article's body; its text is not also a paragraph."""

    text: str
    before: int  # index in Article.paragraphs of the paragraph it precedes


@record
class PullQuote:
    """A quotation set large inside a story: neither a headline nor a paragraph."""

    text: str
    attribution: str | None  # who said it (the ——某某 under it, without the dashes)
    before: int  # index in Article.paragraphs of the paragraph it stands before


@record
class Article:
    """A story: its head (kicker, headline, subheadline, standfirst), byline and paragraphs."""

    id: str
    source: SourceLines
    headline: str
    paragraphs: tuple[str, ...] = ()
    kicker: str | None = None
    subheadline: str | None = None
    standfirst: str | None = None
    byline: Byline | None = None
    dateline: str | None = None
    continuation: tuple[str, ...] = ()
    subheads: tuple[Subhead, ...] = ()
    pull_quotes: tuple[PullQuote, ...] = ()
    standfirst_label: str | None = None  # 核心提示 / 编者按 / 内容提要 / 导读, as printed
    type: Literal["article"] = "article"


@record
class Photo:
    """A news photo's caption and title (the picture itself is not on the text page)."""

    id: str
    source: SourceLines
    caption: str
    title: str | None = None
    byline: Byline | None = None
    type: Literal["photo"] = "photo"


@record
class Advertisement:
    """An advertisement's lines as printed."""

    id: str
    source: SourceLines
    lines: tuple[str, ...]
    type: Literal["advertisement"] = "advertisement"


@record
class Notice:
    """A notice set apart from the stories (公告, 出版信息…): its label and its text."""

    id: str
    source: SourceLines
    label: str
    text: str
    type: Literal["notice"] = "notice"


@record
class Weather:
    """A weather box's text."""

    id: str
    source: SourceLines
    text: str
    type: Literal["weather"] = "weather"


@record
class QrPrompt:
    """A prompt to scan a QR code: left out of the e-book, kept in the edition."""

    id: str
    source: SourceLines
    text: str
    type: Literal["qr_prompt"] = "qr_prompt"


@record
class Unclassified:
    """Lines the reader could not place in any other kind of item."""

    id: str
    source: SourceLines
    lines: tuple[str, ...]
    type: Literal["unclassified"] = "unclassified"


Item: TypeAlias = Article | Photo | Advertisement | Notice | Weather | QrPrompt | Unclassified


@record
class SourceFile:
    """A page file the edition was read from, and how."""

    path: str
    sha256: str
    encoding: str


@record
class Edition:
    """One edition: the items of its pages in reading order, and what the pages print about it."""

    items: tuple[Item, ...]
    newspaper: str | None = None
    newspaper_en: str | None = None
    edition: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD, printed or given; never guessed
    brands: tuple[str, ...] = ()
    sources: tuple[SourceFile, ...] = ()
    pages: tuple[PageInfo, ...] = ()  # one per page file, in order
    schema: str = SCHEMA

    def articles(self) -> list[Article]:
        return [i for i in self.items if isinstance(i, Article)]

    def title(self) -> str:
        """Human title, e.g. 嘉兴日报·平湖版 2020年11月11日 (no date part when unknown)."""
        name = "·".join(p for p in (self.newspaper, self.edition) if p) or "报纸"
        if self.date:
            y, m, d = (int(x) for x in self.date.split("-"))
            return f"{name} {y}年{m}月{d}日"
        return name


# ---------------------------------------------------------------- JSON form

_ITEM_CLASSES: dict[str, type] = {
    "article": Article,
    "photo": Photo,
    "advertisement": Advertisement,
    "notice": Notice,
    "weather": Weather,
    "qr_prompt": QrPrompt,
    "unclassified": Unclassified,
}


def _byline_to_json(b: Byline | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {
        "reporters": list(b.reporters),
        "correspondents": list(b.correspondents),
        "photographers": list(b.photographers),
        "others": [{"role": c.role, "names": list(c.names)} for c in b.others],
    }


def item_to_json(item: Item) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.id,
        "type": item.type,
        "page": item.source.page,
        "source_lines": [item.source.first, item.source.last],
    }
    if isinstance(item, Article):
        out.update(
            kicker=item.kicker,
            headline=item.headline,
            subheadline=item.subheadline,
            standfirst=item.standfirst,
            standfirst_label=item.standfirst_label,
            byline=_byline_to_json(item.byline),
            dateline=item.dateline,
            paragraphs=list(item.paragraphs),
            subheads=[{"text": h.text, "before": h.before} for h in item.subheads],
            pull_quotes=[
                {"text": q.text, "attribution": q.attribution, "before": q.before} for q in item.pull_quotes
            ],
            continuation=list(item.continuation),
        )
    elif isinstance(item, Photo):
        out.update(title=item.title, caption=item.caption, byline=_byline_to_json(item.byline))
    elif isinstance(item, (Advertisement, Unclassified)):
        out["lines"] = list(item.lines)
    elif isinstance(item, Notice):
        out.update(label=item.label, text=item.text)
    else:  # Weather, QrPrompt
        out["text"] = item.text
    return out


def _page_json(page: PageInfo) -> dict[str, Any]:
    out: dict[str, Any] = {"page": page.page, "page_label": page.page_label, "section": page.section}
    if page.imprint:  # printed by few pages; the others' JSON stays as it was
        out["imprint"] = list(page.imprint)
    return out


def edition_to_dict(edition: Edition) -> dict[str, Any]:
    return {
        "schema": edition.schema,
        "newspaper": edition.newspaper,
        "newspaper_en": edition.newspaper_en,
        "edition": edition.edition,
        "date": edition.date,
        "brands": list(edition.brands),
        "sources": [{"path": s.path, "sha256": s.sha256, "encoding": s.encoding} for s in edition.sources],
        "pages": [_page_json(p) for p in edition.pages],
        "items": [item_to_json(i) for i in edition.items],
    }


def edition_to_json(edition: Edition) -> str:
    """Deterministic JSON text (UTF-8 friendly, stable key order, trailing newline)."""
    return json.dumps(edition_to_dict(edition), ensure_ascii=False, indent=2) + "\n"


class _Reader:
    """Typed accessors that turn a malformed document into one InputError line."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, what: str) -> InputError:
        return InputError(f"{self.where}: {what}")

    def obj(self, d: Any, ctx: str) -> dict[str, Any]:
        if not isinstance(d, dict):
            raise self.fail(f"{ctx} must be an object")
        return d

    def text(self, d: dict[str, Any], key: str, ctx: str, *, optional: bool = False) -> Any:
        v = d.get(key)
        if v is None and optional:
            return None
        if not isinstance(v, str):
            raise self.fail(f"{ctx}.{key} must be a string")
        return v

    def texts(self, d: dict[str, Any], key: str, ctx: str) -> tuple[str, ...]:
        v = d.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise self.fail(f"{ctx}.{key} must be a list of strings")
        return tuple(v)

    def integer(self, v: Any, ctx: str, *, least: int = 1) -> int:
        if not isinstance(v, int) or isinstance(v, bool) or v < least:
            raise self.fail(f"{ctx} must be {'a positive' if least else 'a non-negative'} integer")
        return v

    def objects(self, d: dict[str, Any], key: str, ctx: str) -> list[tuple[str, dict[str, Any]]]:
        """(context, object) for each entry of an optional list of objects."""
        v = d.get(key, [])
        if not isinstance(v, list):
            raise self.fail(f"{ctx}.{key} must be a list")
        return [(f"{ctx}.{key}[{n}]", self.obj(o, f"{ctx}.{key}[{n}]")) for n, o in enumerate(v)]

    def subheads(self, d: dict[str, Any], ctx: str) -> tuple[Subhead, ...]:
        return tuple(
            Subhead(
                text=self.text(o, "text", c), before=self.integer(o.get("before"), f"{c}.before", least=0)
            )
            for c, o in self.objects(d, "subheads", ctx)
        )

    def pull_quotes(self, d: dict[str, Any], ctx: str) -> tuple[PullQuote, ...]:
        return tuple(
            PullQuote(
                text=self.text(o, "text", c),
                attribution=self.text(o, "attribution", c, optional=True),
                before=self.integer(o.get("before"), f"{c}.before", least=0),
            )
            for c, o in self.objects(d, "pull_quotes", ctx)
        )

    def page_info(self, c: str, o: dict[str, Any]) -> PageInfo:
        return PageInfo(
            page=self.integer(o.get("page"), f"{c}.page"),
            page_label=self.text(o, "page_label", c, optional=True),
            section=self.text(o, "section", c, optional=True),
            imprint=self.texts(o, "imprint", c),
        )

    def byline(self, d: dict[str, Any], ctx: str) -> Byline | None:
        raw = d.get("byline")
        if raw is None:
            return None
        b = self.obj(raw, f"{ctx}.byline")
        others = []
        for n, o in enumerate(b.get("others", [])):
            o = self.obj(o, f"{ctx}.byline.others[{n}]")
            others.append(
                Credit(
                    role=self.text(o, "role", f"{ctx}.byline.others[{n}]"),
                    names=self.texts(o, "names", f"{ctx}.byline.others[{n}]"),
                )
            )
        return Byline(
            reporters=self.texts(b, "reporters", f"{ctx}.byline"),
            correspondents=self.texts(b, "correspondents", f"{ctx}.byline"),
            photographers=self.texts(b, "photographers", f"{ctx}.byline"),
            others=tuple(others),
        )

    def item(self, raw: Any, n: int) -> Item:
        ctx = f"items[{n}]"
        d = self.obj(raw, ctx)
        kind = d.get("type")
        if kind not in _ITEM_CLASSES:
            raise self.fail(f"{ctx}.type must be one of {', '.join(_ITEM_CLASSES)}")
        lines = d.get("source_lines")
        if not isinstance(lines, list) or len(lines) != 2:
            raise self.fail(f"{ctx}.source_lines must be [first, last]")
        first = self.integer(lines[0], f"{ctx}.source_lines[0]")
        last = self.integer(lines[1], f"{ctx}.source_lines[1]")
        if last < first:
            raise self.fail(f"{ctx}.source_lines ends before it starts")
        source = SourceLines(page=self.integer(d.get("page"), f"{ctx}.page"), first=first, last=last)
        item_id = self.text(d, "id", ctx)
        if kind == "article":
            return Article(
                id=item_id,
                source=source,
                kicker=self.text(d, "kicker", ctx, optional=True),
                headline=self.text(d, "headline", ctx),
                subheadline=self.text(d, "subheadline", ctx, optional=True),
                standfirst=self.text(d, "standfirst", ctx, optional=True),
                standfirst_label=self.text(d, "standfirst_label", ctx, optional=True),
                byline=self.byline(d, ctx),
                dateline=self.text(d, "dateline", ctx, optional=True),
                paragraphs=self.texts(d, "paragraphs", ctx),
                subheads=self.subheads(d, ctx),
                pull_quotes=self.pull_quotes(d, ctx),
                continuation=self.texts(d, "continuation", ctx),
            )
        if kind == "photo":
            return Photo(
                id=item_id,
                source=source,
                title=self.text(d, "title", ctx, optional=True),
                caption=self.text(d, "caption", ctx),
                byline=self.byline(d, ctx),
            )
        if kind == "advertisement":
            return Advertisement(id=item_id, source=source, lines=self.texts(d, "lines", ctx))
        if kind == "unclassified":
            return Unclassified(id=item_id, source=source, lines=self.texts(d, "lines", ctx))
        if kind == "notice":
            return Notice(
                id=item_id, source=source, label=self.text(d, "label", ctx), text=self.text(d, "text", ctx)
            )
        if kind == "weather":
            return Weather(id=item_id, source=source, text=self.text(d, "text", ctx))
        return QrPrompt(id=item_id, source=source, text=self.text(d, "text", ctx))


def edition_from_dict(data: Any, where: str = "edition") -> Edition:
    r = _Reader(where)
    d = r.obj(data, "the document")
    if d.get("schema") not in READABLE_SCHEMAS:
        raise r.fail(f"not a {SCHEMA} document (schema is {d.get('schema')!r})")
    date = r.text(d, "date", "edition", optional=True)
    if date is not None:
        from publisher.dates import parse_iso_date  # one place for date validation

        date = parse_iso_date(date, where)
    raw_items = d.get("items")
    if not isinstance(raw_items, list):
        raise r.fail("items must be a list")
    sources = []
    for n, s in enumerate(d.get("sources", [])):
        s = r.obj(s, f"sources[{n}]")
        sources.append(
            SourceFile(
                path=r.text(s, "path", f"sources[{n}]"),
                sha256=r.text(s, "sha256", f"sources[{n}]"),
                encoding=r.text(s, "encoding", f"sources[{n}]"),
            )
        )
    items = tuple(r.item(raw, n) for n, raw in enumerate(raw_items))
    pages = tuple(r.page_info(c, o) for c, o in r.objects(d, "pages", "edition"))
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids):
        raise r.fail("item ids are not unique")
    return Edition(
        items=items,
        newspaper=r.text(d, "newspaper", "edition", optional=True),
        newspaper_en=r.text(d, "newspaper_en", "edition", optional=True),
        edition=r.text(d, "edition", "edition", optional=True),
        date=date,
        brands=r.texts(d, "brands", "edition"),
        sources=tuple(sources),
        pages=pages,
    )


def load_edition(path: Path) -> Edition:
    """Read and validate an ``edition.json``; any problem is one InputError line."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"{path}: not valid JSON ({e})") from None
    return edition_from_dict(data, str(path))
