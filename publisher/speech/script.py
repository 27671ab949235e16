"""What the audio edition says, in what order, with which pauses: a pure function of the Edition.

Track 00 is the opening (newspaper, edition, date and the headlines, so a
listener can skim as on a NEWSLINE service); then one track per article in
page order, photo news as tracks of their own, notices, the advertisement only
when asked for, and the weather last.  QR prompts are never read.

Every segment is one sentence (long ones are cut at a comma) and remembers the
item and paragraph it came from, which the manifest and the read-aloud EPUB use.
"""

from __future__ import annotations

import dataclasses
import re

from publisher.dates import chinese_date
from publisher.jumps import join_jumps
from publisher.model import Advertisement, Article, Byline, Edition, Notice, Photo, Weather
from publisher.pinyin import PinyinOptions, readings
from publisher.records import record
from publisher.speech.normalize import DECORATIVE, normalize
from publisher.titles import article_title, short_title

# Pauses in seconds: the listener's only cue for structure.
PAUSE_SENTENCE = 0.35
PAUSE_PARAGRAPH = 0.8
PAUSE_PART = 0.6  # between kicker, deck, byline and dateline
PAUSE_HEADLINE = 1.2  # after the headline, and between the title block and the body
PAUSE_LIST = 0.6  # between headlines in the opening

SLUG_MAX = (
    40  # characters of the slug; with "NN-", a "-2" and ".mp3" a name stays under 56, far inside FAT32's 255
)
LONG_SENTENCE = 90  # longer sentences are cut at commas into lines a player can show
CHUNK_TARGET = 50


@record
class Segment:
    """One sentence: as printed (``text``) and as spoken (``spoken``)."""

    text: str
    spoken: str
    item_id: str | None
    part: str  # opening, kicker, headline, subheadline, byline, dateline, paragraph, title, caption…
    paragraph: int | None  # index into the item's paragraphs, for body text
    pause_after: float
    # [begin, end) of the sentence in the model's text it was read from (the part's field, or
    # paragraph ``paragraph``); None for words the script adds (bylines as read, labels, the opening).
    # The read-aloud e-book wraps exactly this stretch of the printed text.
    span: tuple[int, int] | None = None


@record
class Track:
    """One MP3 of the audio edition: what it is and the segments spoken in it."""

    number: int
    filename: str  # NN-ascii-slug.mp3
    title: str
    kind: str  # "opening" or the item's type
    item_id: str | None
    comment: str | None  # the deck, for the ID3 comment
    segments: tuple[Segment, ...]

    @property
    def stem(self) -> str:
        return self.filename.rsplit(".", 1)[0]


@record
class SpeechScript:
    """Everything the audio edition says, track by track."""

    album: str  # newspaper, edition and date
    artist: str  # the newspaper
    date: str | None  # ISO
    tracks: tuple[Track, ...]


# ---------------------------------------------------------------- sentences

_CLOSERS = "”’」』）)》〉】\"'"
_SENTENCE = re.compile(rf"[^。！？!?；;…]*(?:[。！？!?；;]+|…+)[{re.escape(_CLOSERS)}]*|[^。！？!?；;…]+$")


def clean(text: str) -> str:
    """Printed text without decorative marks and with whitespace collapsed."""
    return re.sub(r"\s+", " ", DECORATIVE.sub("", text)).strip()


def split_sentences(text: str) -> list[str]:
    """Sentences, closing quotes kept with their sentence; very long ones cut at commas."""
    out: list[str] = []
    for m in _SENTENCE.finditer(clean(text)):
        sentence = m.group(0).strip()
        if not sentence:
            continue
        if len(sentence) <= LONG_SENTENCE:
            out.append(sentence)
            continue
        chunk = ""
        for piece in re.findall(r"[^，,：:]*[，,：:]?", sentence):
            if not piece:
                continue
            if len(chunk) >= CHUNK_TARGET and len(piece) > 1:
                out.append(chunk)
                chunk = ""
            chunk += piece
        if chunk:
            out.append(chunk)
    # a fragment of punctuation alone (a stray 」) belongs to the sentence before it
    merged: list[str] = []
    for s in out:
        if merged and not re.search(r"\w", s):
            merged[-1] += s
        else:
            merged.append(s)
    return merged


def _match(text: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Where ``sentence`` (cut from ``clean(text)``) stands in ``text`` from ``start`` on.

    ``clean`` only drops decorative marks and folds whitespace, so the sentence's
    other characters appear in ``text`` in order with nothing else between them.
    """
    i, begin = start, None
    for ch in sentence:
        if ch.isspace():
            continue
        while i < len(text) and text[i] != ch and (text[i].isspace() or DECORATIVE.match(text[i])):
            i += 1
        if i >= len(text) or text[i] != ch:
            return None
        begin = i if begin is None else begin
        i += 1
    return None if begin is None else (begin, i)


def source_spans(text: str, sentences: list[str]) -> list[tuple[int, int] | None]:
    """Each sentence's [begin, end) in ``text``, the sentences being ``split_sentences(text)``."""
    spans: list[tuple[int, int] | None] = []
    start = 0
    for sentence in sentences:
        span = _match(text, sentence, start)
        spans.append(span)
        start = span[1] if span else start
    return spans


def _segments(
    text: str | None,
    item_id: str | None,
    part: str,
    pause: float,
    paragraph: int | None = None,
    *,
    printed: bool = True,
) -> list[Segment]:
    """The sentences of ``text``; ``printed``: it is the model's text, so each keeps its span in it."""
    if not text or not clean(text):
        return []
    sentences = split_sentences(text)
    spans = source_spans(text, sentences) if printed else [None] * len(sentences)
    segs = [
        Segment(s, normalize(s), item_id, part, paragraph, PAUSE_SENTENCE, span)
        for s, span in zip(sentences, spans, strict=True)
        if normalize(s).strip(" ，,。.、")
    ]
    if segs:
        segs[-1] = dataclasses.replace(segs[-1], pause_after=pause)
    return segs


# Fields of a box line set apart by spaces (沈阳 晴 －14～－3℃): said with a short pause each.
_FIELD_GAP = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")


def _printed_lines(text: str, item_id: str, part: str, pause: float, paragraph: int) -> list[Segment]:
    """A box the model keeps as printed, line by line (a weather box: its breaks kept as "\n",
    no punctuation added): each line's sentences, a pause at every printed line break, and the
    fields a line sets apart by spaces said with a comma's pause, so the listener hears the
    box's structure as the reader sees it."""
    segs: list[Segment] = []
    offset = 0
    for line in text.split("\n"):
        for seg in _segments(line, item_id, part, PAUSE_SENTENCE, paragraph):
            span = (seg.span[0] + offset, seg.span[1] + offset) if seg.span else None
            spoken = normalize(_FIELD_GAP.sub("，", seg.text))
            segs.append(dataclasses.replace(seg, spoken=spoken, span=span))
        offset += len(line) + 1
    if segs:
        segs[-1] = dataclasses.replace(segs[-1], pause_after=pause)
    return segs


def spoken_byline(byline: Byline | None, *, reported: bool) -> str | None:
    """记者李雨婷 通讯员倪颖 报道: roles and names as a presenter reads them."""
    if byline is None or byline.is_empty():
        return None
    # a nameless credit (本报评论员) is still read: it says who speaks
    parts = [role + "、".join(names) for role, names in byline.credits()]
    if reported and (byline.reporters or byline.correspondents):
        parts.append("报道")
    return " ".join(parts)


def _with_pause(segs: list[Segment], pause: float) -> list[Segment]:
    if segs:
        segs[-1] = dataclasses.replace(segs[-1], pause_after=max(segs[-1].pause_after, pause))
    return segs


# ---------------------------------------------------------------- tracks


def _article_segments(a: Article) -> list[Segment]:
    segs: list[Segment] = []
    segs += _segments(a.kicker, a.id, "kicker", PAUSE_PART)
    segs += _segments(a.headline, a.id, "headline", PAUSE_HEADLINE)
    segs += _segments(a.subheadline, a.id, "subheadline", PAUSE_PART)
    segs += _segments(a.standfirst, a.id, "standfirst", PAUSE_PART)
    segs += _segments(spoken_byline(a.byline, reported=True), a.id, "byline", PAUSE_PART, printed=False)
    segs = _with_pause(segs, PAUSE_HEADLINE)
    segs += _segments(a.dateline, a.id, "dateline", PAUSE_SENTENCE)
    body = (*a.paragraphs, *a.continuation)
    for n, paragraph in enumerate(body):
        # a subhead is read before its paragraph; a pull quote repeats the text and is not read
        for k, head in enumerate(a.subheads):
            if head.before == n or (n == len(body) - 1 and head.before > n):
                segs += _segments(head.text, a.id, "subhead", PAUSE_PART, paragraph=k)
        segs += _segments(paragraph, a.id, "paragraph", PAUSE_PARAGRAPH, paragraph=n)
    return segs


def _photo_title(p: Photo) -> str:
    if p.title and clean(p.title):
        return clean(p.title)
    return short_title(p.caption) or "图片新闻"


def _photo_segments(p: Photo) -> list[Segment]:
    segs = _segments("图片新闻", p.id, "label", PAUSE_PART, printed=False)
    segs += _segments(p.title, p.id, "title", PAUSE_HEADLINE)
    segs += _segments(p.caption, p.id, "caption", PAUSE_PARAGRAPH, paragraph=0)
    segs += _segments(spoken_byline(p.byline, reported=False), p.id, "byline", PAUSE_PART, printed=False)
    return segs


def ascii_slug(text: str, pinyin: PinyinOptions, limit: int = SLUG_MAX) -> str:
    """A FAT32- and zip-safe name from the pinyin of ``text``: ``ping-hu-ru-xuan``."""
    options = PinyinOptions(style="numbers", extra_dictionaries=pinyin.extra_dictionaries)
    words: list[str] = []
    latin = ""
    for ch, reading in zip(text, readings(text, options), strict=True):
        if reading is not None:
            if latin:
                words.append(latin)
                latin = ""
            words.append(re.sub(r"[^a-z]", "", reading.replace("ü", "v")))
        elif ch.isascii() and ch.isalnum():
            latin += ch.lower()
        elif latin:
            words.append(latin)
            latin = ""
    if latin:
        words.append(latin)
    slug = ""
    for w in (w for w in words if w):
        candidate = f"{slug}-{w}" if slug else w
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or "track"


def build_script(
    edition: Edition, *, include_ads: bool = False, pinyin: PinyinOptions | None = None
) -> SpeechScript:
    """The tracks of the audio edition, in listening order."""
    pinyin = pinyin or PinyinOptions(style="numbers")
    newspaper = "".join(p for p in (edition.newspaper, edition.edition) if p) or "报纸"
    album = edition.title()
    artist = edition.newspaper or newspaper

    # (kind, item id, title, comment, segments)
    bodies: list[tuple[str, str, str, str | None, list[Segment]]] = []
    weather: list[tuple[str, str, str, str | None, list[Segment]]] = []
    # a story print continues on a later page is one track, as it is one page in the e-book
    for item in join_jumps(edition.items):
        if isinstance(item, Article):
            deck = item.subheadline or item.standfirst
            bodies.append(
                (
                    "article",
                    item.id,
                    clean(article_title(item.headline, item.kicker, item.paragraphs)) or "新闻",
                    deck and clean(deck),
                    _article_segments(item),
                )
            )
        elif isinstance(item, Photo):
            bodies.append(("photo", item.id, _photo_title(item), None, _photo_segments(item)))
        elif isinstance(item, Notice):
            segs = _segments(item.label, item.id, "label", PAUSE_PART)
            segs += _segments(item.text, item.id, "paragraph", PAUSE_PARAGRAPH, paragraph=0)
            bodies.append(("notice", item.id, clean(item.label), None, segs))
        elif isinstance(item, Advertisement) and include_ads:
            segs = _segments("广告", item.id, "label", PAUSE_PART, printed=False)
            for n, line in enumerate(item.lines):
                segs += _segments(line, item.id, "paragraph", PAUSE_PARAGRAPH, paragraph=n)
            bodies.append(("advertisement", item.id, "广告", None, segs))
        elif isinstance(item, Weather):
            segs = _segments("天气预报", item.id, "label", PAUSE_HEADLINE, printed=False)
            segs += _printed_lines(item.text, item.id, "paragraph", PAUSE_PARAGRAPH, paragraph=0)
            weather.append(("weather", item.id, "天气预报", None, segs))
        # QR prompts and unclassified fragments are never read
    bodies = [b for b in bodies if b[4]] + [w for w in weather if w[4]]

    opening: list[Segment] = _segments(newspaper, None, "opening", PAUSE_PART, printed=False)
    if edition.date:
        opening += _segments(chinese_date(edition.date), None, "opening", PAUSE_PART, printed=False)
    headlines = [(item_id, title) for kind, item_id, title, _c, _s in bodies if kind in ("article", "photo")]
    if headlines:
        opening = _with_pause(opening, PAUSE_HEADLINE)
        opening += _segments("本期要目", None, "opening", PAUSE_PART, printed=False)
        for item_id, title in headlines:
            opening += _segments(title, item_id, "headline", PAUSE_LIST, printed=False)

    entries = [("opening", None, f"{album} 要目", None, opening), *bodies]
    width = max(2, len(str(len(entries) - 1)))
    used: set[str] = set()
    tracks = []
    for number, (kind, item_id, title, comment, segs) in enumerate(entries):
        if kind == "opening" and edition.date:
            base = ascii_slug(newspaper, pinyin, SLUG_MAX - 9) + "-" + edition.date.replace("-", "")
        else:
            base = ascii_slug(newspaper if kind == "opening" else title, pinyin)
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        tracks.append(
            Track(
                number=number,
                filename=f"{number:0{width}d}-{slug}.mp3",
                title=title,
                kind=kind,
                item_id=item_id,
                comment=comment,
                segments=tuple(segs),
            )
        )
    return SpeechScript(album=album, artist=artist, date=edition.date, tracks=tuple(tracks))
