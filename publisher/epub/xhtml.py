"""The e-book's pages as XHTML: one pure function per page kind, from the Edition model.

Everything a reader sees is text from the model, run through one
:class:`TextRenderer`; in the pinyin edition that renderer puts per-character
ruby over every Han character, in the plain edition it only escapes.  Markup is
built as strings (not a DOM): the pages are small and regular, and this keeps the
plain edition of a page well under the benchmark budget.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeAlias

from publisher.errors import PublisherError
from publisher.jumps import Seam, join_jumps_with_seams
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
from publisher.patterns import compile_pattern
from publisher.punctuation import is_han
from publisher.records import record
from publisher.titles import article_title, short_title

if TYPE_CHECKING:  # pypinyin is heavy to import: only the pinyin edition loads it
    from publisher.pinyin import PinyinOptions

LANG = "zh-CN"
EDITION_CSS = "css/edition.css"
PINYIN_CSS = "css/pinyin.css"
COVER_IMAGE = "images/cover.jpg"

# CJK Unified Ideographs (with extension A and the supplementary planes) and the
# compatibility block: the characters that get a reading. Punctuation, digits,
# Latin letters and full-width forms never carry ruby.
# Characters XML 1.0 forbids; page text from OCR or old encodings can carry them.
_NOT_XML = compile_pattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACES = compile_pattern(r"\s+")
# An English phrase inside Chinese text (WCAG 3.1.2, language of parts): two or
# more Latin words, some in lower case, not part of a URL or an address.  Lone
# words and capitals (APP, AI, PMI, JIAXING DAILY) are left alone: acronyms,
# proper names and loanwords count as part of the Chinese around them, and a
# screen reader switching voice for "APP" would only jar.
_WORD = r"[A-Za-z]+(?:['’-][A-Za-z]+)*"
_ENGLISH_PHRASE = compile_pattern(rf"(?<![\w@./:-]){_WORD}(?:(?:,?[ ]+){_WORD})+(?![\w@/-]|\.\w)", re.ASCII)
_LOWER = compile_pattern("[a-z]{2}")  # a real lower-case word, not "d e"
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)


def escape_markup(text: str) -> str:
    """``html.escape(text, quote=True)``, without importing ``html`` (its entity table costs a plain
    e-book ~1% of its CPU) for the one thing used of it."""
    return text.translate(_ESCAPE_TABLE)


def clean(text: str) -> str:
    """Text as it goes into a page: XML-safe, whitespace runs folded to one space."""
    return _SPACES.sub(" ", _NOT_XML.sub("", text)).strip()


def escape(text: str) -> str:
    return escape_markup(clean(text))


def byline_text(byline: Byline) -> str:
    """记者 李雨婷 · 通讯员 倪颖: roles spelled out, names of one role joined by 、."""
    # a nameless credit (本报评论员) is printed as the role alone
    return " · ".join(" ".join([role, "、".join(names)]).strip() for role, names in byline.credits())


# Where a piece of model text is shown: (item id, part, paragraph index or None).
# Parts are the speech script's names (headline, byline, paragraph…), so the
# read-aloud edition can find where each spoken sentence stands.
Block: TypeAlias = tuple[str, str, int | None]


@record
class Marks:
    """Markup to put into one piece of model text, at offsets into that text as the model holds it."""

    spans: tuple[tuple[int, int, str], ...] = ()  # [begin, end) wrapped in <span id="…">
    points: tuple[tuple[int, str], ...] = ()  # markup inserted before the character at the offset

    def __bool__(self) -> bool:
        return bool(self.spans or self.points)


class Marker(Protocol):
    """Something that adds markup to the pages: print page breaks, read-aloud sentence ids."""

    def marks(self, at: Block, text: str) -> Marks: ...

    def before(self, item_id: str) -> str: ...


_BREAK = compile_pattern(r"\s*\n\s*")


def clean_offset(text: str, offset: int) -> int:
    """Where ``text[offset]`` lands in ``clean(text)``."""
    # the prefix cleaned as it is inside the whole: a trailing space run stays one space
    return min(len(clean(text[:offset] + "x")) - 1, len(clean(text)))


def _weave(parts: list[str], ranges: list[tuple[int, int, str, str]], points: dict[int, list[str]]) -> str:
    """``parts`` (one per character) with nested ranges (begin, end, open, close) and point markup."""
    starts: dict[int, list[tuple[int, int, str, str]]] = {}
    for r in sorted(ranges, key=lambda r: (r[0], -r[1])):
        if r[1] > r[0]:
            starts.setdefault(r[0], []).append(r)
    out: list[str] = []
    stack: list[tuple[int, int, str, str]] = []
    for i in range(len(parts) + 1):
        while stack and stack[-1][1] <= i:
            out.append(stack.pop()[3])
        out.extend(points.get(i, ()))
        for r in starts.get(i, ()):
            out.append(r[2])
            stack.append(r)
        if i < len(parts):
            out.append(parts[i])
    return "".join(out)


class TextRenderer:
    """Turns model text into inline XHTML; with pinyin options, into per-character ruby.

    Readings are decided over the whole string it is given (a paragraph, a
    headline), so pypinyin's phrase matching sees the context.  It also counts
    Han characters with and without ruby, so the package metadata can say
    truthfully whether the ruby is complete.  ``markers`` add page breaks and
    sentence ids to text rendered ``at`` a block.
    """

    def __init__(self, pinyin: PinyinOptions | None, markers: Sequence[Marker] = ()) -> None:
        self.pinyin = pinyin
        self.markers = tuple(markers)
        self.han = 0
        self.han_with_ruby = 0

    def before(self, item_id: str) -> str:
        """Markup that goes before an item (a page break where its printed page begins)."""
        return "".join(m.before(item_id) for m in self.markers)

    def __call__(self, text: str, at: Block | None = None, *, breaks: bool = False) -> str:
        """``breaks``: the text keeps its printed line breaks ("\n", a weather box's lines), shown
        as line breaks; otherwise a break is a space like any other."""
        raw = text
        text = clean(text)
        # where each run of spaces holding a printed break lands in the cleaned text (a space)
        lines = {clean_offset(raw, m.start()) for m in _BREAK.finditer(raw)} if breaks else set()
        lines = {k for k in lines if k < len(text) and text[k] == " "}
        english = [m.span() for m in _ENGLISH_PHRASE.finditer(text) if _LOWER.search(m.group())]
        marks = [m.marks(at, raw) for m in self.markers] if at is not None else []
        spans = [(clean_offset(raw, b), clean_offset(raw, e), i) for m in marks for b, e, i in m.spans]
        points: dict[int, list[str]] = {}
        for m in marks:
            for offset, markup in m.points:
                points.setdefault(clean_offset(raw, offset), []).append(markup)
        if self.pinyin is None:
            if not english and not spans and not points and not lines:
                return escape_markup(text)
            parts = [_ESCAPES.get(c, c) for c in text]
        else:
            parts = self._ruby(text)
        for k in lines:
            parts[k] = "<br/>"
        # a sentence id wins over a language span that crosses it (both cannot nest)
        english = [(b, e) for b, e in english if not any(b < sb < e or b < se < e for sb, se, _ in spans)]
        ranges = [(b, e, '<span lang="en" xml:lang="en">', "</span>") for b, e in english]
        ranges += [(b, e, f'<span id="{i}">', "</span>") for b, e, i in spans]
        return _weave(parts, ranges, points)

    def _ruby(self, text: str) -> list[str]:
        """One piece of XHTML per character: ruby over a Han character with a reading."""
        assert self.pinyin is not None
        from publisher.pinyin import readings

        marks = readings(text, self.pinyin)
        if len(marks) != len(text):
            raise PublisherError(
                f"pinyin readings do not match the text ({len(marks)} readings for {len(text)} characters)"
            )
        parts: list[str] = []
        for char, reading in zip(text, marks, strict=True):
            if not is_han(char):
                parts.append(_ESCAPES.get(char, char))
                continue
            self.han += 1
            if reading:
                self.han_with_ruby += 1
                parts.append(f"<ruby>{char}<rp>(</rp><rt>{escape_markup(reading)}</rt><rp>)</rp></ruby>")
            else:
                parts.append(char)
        return parts


# ------------------------------------------------------------------ the plan


@record
class Page:
    """One XHTML file of the spine."""

    name: str  # file name inside the package folder, e.g. "a1.xhtml"
    uid: str  # manifest id (an XML NCName)
    label: str  # plain-text title: <title>, nav and NCX entry
    body: str  # XHTML inside <body>


@dataclass
class Plan:
    """Which items go where: own pages (articles, photos) and the 本版其他 page."""

    stories: list[Article | Photo] = field(default_factory=list)
    others: list[Weather | Notice | Advertisement | Unclassified] = field(default_factory=list)
    dropped: list[QrPrompt] = field(default_factory=list)
    joined: int = 0  # continued parts joined to the article they continue
    seams: dict[str, tuple[Seam, ...]] = field(default_factory=dict)  # where later pages begin in them


def plan_pages(edition: Edition) -> Plan:
    items, seams = join_jumps_with_seams(edition.items)
    plan = Plan(joined=len(edition.items) - len(items), seams=seams)
    for item in items:
        if isinstance(item, (Article, Photo)):
            plan.stories.append(item)
        elif isinstance(item, QrPrompt):
            plan.dropped.append(item)  # it points at print (scan with a phone); useless in an e-book
        else:
            plan.others.append(item)
    return plan


_NCNAME_BAD = compile_pattern(r"[^A-Za-z0-9_-]")


def stable_names(items: Iterable[Item]) -> dict[str, str]:
    """Item id -> file stem, derived from the id alone so names survive edits elsewhere."""
    names: dict[str, str] = {}
    taken: set[str] = {"cover", "contents", "nav", "others", "toc"}
    for item in items:
        stem = _NCNAME_BAD.sub("_", item.id)
        if not stem or not stem[0].isalpha():
            stem = f"i{stem}"
        candidate, n = stem, 2
        while candidate in taken:
            candidate, n = f"{stem}-{n}", n + 1
        taken.add(candidate)
        names[item.id] = candidate
    return names


def story_label(item: Article | Photo, position: int) -> str:
    """The headline as nav entry; never empty (an empty nav link is invalid and useless)."""
    if isinstance(item, Article):
        paragraphs = tuple(clean(p) for p in item.paragraphs)
        title = article_title(clean(item.headline), item.kicker and clean(item.kicker), paragraphs)
        if not title and item.subheadline:
            title = short_title(clean(item.subheadline))
        return title or f"第{position}篇"
    if item.title and clean(item.title):
        return clean(item.title)
    caption = short_title(clean(item.caption))
    return f"图片：{caption}" if caption else f"图片{position}"


OTHERS_TITLE = "本版其他"
CONTENTS_TITLE = "目录"


def other_label(item: Weather | Notice | Advertisement | Unclassified) -> str:
    if isinstance(item, Weather):
        return "天气"
    if isinstance(item, Notice):
        return clean(item.label) or "启事"
    if isinstance(item, Advertisement):
        return "广告"
    return "其他内容"


# ------------------------------------------------------------------ pages
# The main region is <div role="main">, not <main>: the same landmark for screen
# readers and Ace, but calibre's Kindle (AZW3) writer cannot split a <main> into
# chunks ("Tag main has no aid"), while a div it can.


def document(title: str, body: str, pinyin: bool, extra_css: Sequence[str] = ()) -> bytes:
    """A complete XHTML content document (ebooklib's own templating drops <head> content)."""
    links = f'<link rel="stylesheet" type="text/css" href="{EDITION_CSS}"/>'
    if pinyin:
        links += f'\n<link rel="stylesheet" type="text/css" href="{PINYIN_CSS}"/>'
    for href in extra_css:
        links += f'\n<link rel="stylesheet" type="text/css" href="{href}"/>'
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
        f' lang="{LANG}" xml:lang="{LANG}">\n<head>\n<meta charset="utf-8"/>\n'
        f"<title>{escape(title)}</title>\n{links}\n</head>\n<body>\n{body}</body>\n</html>\n"
    ).encode()


def _named_by(title_id: str, title: str, text: TextRenderer) -> str:
    """The attribute that names a region after its heading.

    With ruby the heading's text content is 平píng湖hú…, and a screen reader
    would announce the region that way; the pinyin edition names it in plain text.
    """
    if text.pinyin is None:
        return f' aria-labelledby="{title_id}"'
    return f' aria-label="{escape(title)}"'


def _p(cls: str | None, inner: str, extra: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}{extra}>{inner}</p>\n"


def article_body(item: Article, sid: str, label: str, text: TextRenderer) -> str:
    head = []
    if item.kicker and clean(item.kicker):
        head.append(_p("kicker", text(item.kicker, (item.id, "kicker", None))))
    head.append(f'<h1 id="{sid}-title">{text(label, (item.id, "headline", None))}</h1>\n')
    if item.subheadline and clean(item.subheadline):
        deck = text(item.subheadline, (item.id, "subheadline", None))
        head.append(_p("deck", deck, ' role="doc-subtitle"'))
    if item.standfirst and clean(item.standfirst):
        head.append(_p("standfirst", text(item.standfirst, (item.id, "standfirst", None))))
    if item.byline is not None and not item.byline.is_empty():
        head.append(_p("byline", text(byline_text(item.byline), (item.id, "byline", None))))
    if item.dateline and clean(item.dateline):
        head.append(_p("dateline", text(item.dateline, (item.id, "dateline", None))))
    # numbered as the speech script numbers them: the paragraphs, then the continuation lines
    body = [(None, para) for para in item.paragraphs] + [("continuation", line) for line in item.continuation]
    paragraphs = []
    for n, (cls, para) in enumerate(body):
        paragraphs.extend(_inside_heads(item, n, text))
        if clean(para):
            paragraphs.append(_p(cls, text(para, (item.id, "paragraph", n))))
    paragraphs.extend(_inside_heads(item, len(body), text, last=True))
    return (
        f'<div role="main">\n{text.before(item.id)}'
        f'<article id="{sid}"{_named_by(f"{sid}-title", label, text)}>\n'
        f"<header>\n{''.join(head)}</header>\n{''.join(paragraphs)}</article>\n</div>\n"
    )


def _inside_heads(item: Article, n: int, text: TextRenderer, *, last: bool = False) -> list[str]:
    """The subheads (h3) and pull quotes set before paragraph ``n`` (or after the last one)."""
    out = []
    for k, q in enumerate(item.pull_quotes):
        if q.before == n or (last and q.before > n):
            said = f"——{q.attribution}" if q.attribution else ""
            inner = text(q.text + said, (item.id, "pull_quote", k))
            out.append(f'<aside class="pullquote" role="doc-pullquote"><p>{inner}</p></aside>\n')
    for k, h in enumerate(item.subheads):
        if (h.before == n or (last and h.before > n)) and clean(h.text):
            out.append(f"<h3>{text(h.text, (item.id, 'subhead', k))}</h3>\n")
    return out


PHOTO_NOTE = "（印刷版此处为照片；电子版只收录照片的文字说明。）"


def photo_body(item: Photo, sid: str, label: str, text: TextRenderer) -> str:
    caption = [_p(None, text(item.caption, (item.id, "caption", 0)))] if clean(item.caption) else []
    if item.byline is not None and not item.byline.is_empty():
        caption.append(_p("credit", text(byline_text(item.byline), (item.id, "byline", None))))
    return (
        f'<div role="main">\n{text.before(item.id)}'
        f'<article id="{sid}"{_named_by(f"{sid}-title", label, text)}>\n'
        f'<header>\n<h1 id="{sid}-title">{text(label, (item.id, "title", None))}</h1>\n</header>\n'
        f"<figure>\n{_p('photo-note', text(PHOTO_NOTE))}"
        f"<figcaption>\n{''.join(caption)}</figcaption>\n</figure>\n</article>\n</div>\n"
    )


def others_body(
    items: list[Weather | Notice | Advertisement | Unclassified], names: dict[str, str], text: TextRenderer
) -> str:
    sections = []
    for item in items:
        sid = names[item.id]
        lines = [item.text] if isinstance(item, (Weather, Notice)) else list(item.lines)
        # a weather box keeps its printed lines: one paragraph, a line break at each
        breaks = isinstance(item, Weather)
        paras = "".join(
            _p(None, text(line, (item.id, "paragraph", n), breaks=breaks))
            for n, line in enumerate(lines)
            if clean(line)
        )
        label = text(other_label(item), (item.id, "label", None))
        sections.append(
            f'{text.before(item.id)}<section class="other" id="{sid}"'
            f"{_named_by(f'{sid}-title', other_label(item), text)}>\n"
            f'<h2 id="{sid}-title">{label}</h2>\n{paras}</section>\n'
        )
    return f'<div role="main">\n<h1 id="others-title">{text(OTHERS_TITLE)}</h1>\n{"".join(sections)}</div>\n'


def cover_body(alt: str) -> str:
    image = f'<img role="doc-cover" src="{COVER_IMAGE}" alt="{escape(alt)}"/>'
    return f'<div class="cover" role="main">\n{image}\n</div>\n'


@record
class ContentsEntry:
    """A line of the contents page: a story's label, kicker and deck."""

    href: str
    label: str
    kicker: str | None = None
    deck: str | None = None
    item_id: str | None = None  # the story it leads to; None for 本版其他


# The contents page's blocks: the edition's title, and each story's entry (item id, ENTRY, None).
CONTENTS_BLOCK: Block = ("", "contents", None)
ENTRY = "entry"


def contents_body(edition_title: str, entries: list[ContentsEntry], text: TextRenderer) -> str:
    rows = []
    for e in entries:
        kicker = _p("toc-kicker", text(e.kicker)) if e.kicker else ""
        deck = _p("toc-deck", text(e.deck)) if e.deck else ""
        label = text(e.label, (e.item_id, ENTRY, None) if e.item_id else None)
        rows.append(f'<li>{kicker}<a href="{e.href}">{label}</a>{deck}</li>\n')
    named = _named_by("contents-title", CONTENTS_TITLE, text)
    return (
        f'<div role="main">\n<h1 id="contents-title">{text(CONTENTS_TITLE)}</h1>\n'
        f"{_p('edition-title', text(edition_title, CONTENTS_BLOCK))}"
        f'<ol class="contents"{named}>\n{"".join(rows)}</ol>\n</div>\n'
    )


PAGE_LIST_TITLE = "印刷版版面"


def nav_document(
    title: str,
    toc: list[tuple[str, str]],
    landmarks: list[tuple[str, str, str]],
    page_list: Sequence[tuple[str, str]] = (),
) -> bytes:
    """The EPUB 3 nav: plain-text entries (ruby in a reader's TOC panel would read 平(píng)…).

    ``page_list`` is (href, printed page label) in reading order.
    """
    toc_items = "".join(f'<li><a href="{href}">{escape(label)}</a></li>\n' for href, label in toc)
    marks = "".join(
        f'<li><a epub:type="{kind}" href="{href}">{escape(label)}</a></li>\n'
        for kind, href, label in landmarks
    )
    body = (
        f'<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">\n'
        f'<h1 id="toc-title">{CONTENTS_TITLE}</h1>\n<ol>\n{toc_items}</ol>\n</nav>\n'
        f'<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden">\n'
        f'<h2 id="landmarks-title">导航</h2>\n<ol>\n{marks}</ol>\n</nav>\n'
    )
    if page_list:
        pages = "".join(f'<li><a href="{href}">{escape(label)}</a></li>\n' for href, label in page_list)
        body += (
            '<nav epub:type="page-list" role="doc-pagelist" id="page-list" aria-labelledby="page-list-title"'
            f' hidden="hidden">\n<h2 id="page-list-title">{PAGE_LIST_TITLE}</h2>\n'
            f"<ol>\n{pages}</ol>\n</nav>\n"
        )
    return document(title, body, pinyin=False)
