"""The read-aloud edition: the e-book and the audio edition joined by EPUB 3 Media Overlays.

The audio folder's ``manifest.json`` says, for every spoken sentence, the track,
its timing and where it stands in the model's text (item, part, paragraph and
the character span).  Each printed sentence is wrapped in a ``<span id>`` where
the page shows it; a SMIL document per page pairs each id with its stretch of
the MP3, in reading order, and a reading system highlights the span while it
plays.  Nothing is matched by similarity: a sentence is placed only where its
span, cleaned as the speech script cleans it, is exactly its printed text.

* Words the script adds (bylines as read, 图片新闻, the opening's title lines)
  and printed text shown differently (a headline the e-book titles otherwise)
  are highlighted as the whole element that shows them.
* A sentence that cannot be placed still plays: each par's clip runs to the
  next par's start in the same track, so no audio is skipped.
* Track 00, the opening (paper, date, the headlines), plays on the contents page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from publisher.assets import ASSETS_DIR
from publisher.epub.package import Meta, Resource
from publisher.epub.xhtml import CONTENTS_BLOCK, ENTRY, Block, Marks, Page
from publisher.errors import InputError, PublisherError
from publisher.records import record

MANIFEST_SCHEMA = "pinghu-audio-manifest/1"
ACTIVE_CLASS = "ra-active"  # media:active-class: the sentence being read (assets/epub/readaloud.css)
READALOUD_CSS = "css/readaloud.css"
AUDIO_FOLDER = "audio"
SMIL_FOLDER = "smil"


@record
class SpokenSentence:
    """A sentence as the audio edition says it, and where it is shown and heard."""

    text: str  # as printed (decorative marks dropped, whitespace folded)
    item: str | None
    part: str
    paragraph: int | None
    span: tuple[int, int] | None  # in the model's text of (item, part, paragraph)
    begin: float  # seconds in the track's MP3, as heard
    end: float


@record
class AudioTrack:
    """One track of the audio edition, as its manifest and MP3 give it."""

    number: int
    file: str  # MP3 file name in the audio folder
    kind: str  # "opening" or the item's type
    item: str | None
    duration: float
    sentences: tuple[SpokenSentence, ...]
    mp3: bytes


@record
class AudioEdition:
    """The audio edition read from its folder."""

    engine: str
    voice: str
    tracks: tuple[AudioTrack, ...]


# ---------------------------------------------------------------- reading the audio folder


def _fail(where: Path, what: str) -> InputError:
    return InputError(f"{where}: {what}")


def _number(value: Any, where: Path, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise _fail(where, f"{what} must be a non-negative number")
    return float(value)


def _sentence(raw: Any, where: Path, ctx: str) -> SpokenSentence:
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("text"), str)
        or not isinstance(raw.get("part"), str)
    ):
        raise _fail(where, f"{ctx} must be an object with text and part")
    span = raw.get("span")
    if span is not None and not (
        isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) and x >= 0 for x in span)
    ):
        raise _fail(where, f"{ctx}.span must be [begin, end] or null")
    paragraph = raw.get("paragraph")
    item = raw.get("item")
    begin = _number(raw.get("begin"), where, f"{ctx}.begin")
    end = _number(raw.get("end"), where, f"{ctx}.end")
    if end <= begin:
        raise _fail(where, f"{ctx} ends before it begins")
    return SpokenSentence(
        text=raw["text"],
        item=item if isinstance(item, str) else None,
        part=raw["part"],
        paragraph=paragraph if isinstance(paragraph, int) else None,
        span=(span[0], span[1]) if span else None,
        begin=begin,
        end=end,
    )


def load_audio_edition(folder: Path) -> AudioEdition:
    """The folder ``audio`` or ``build`` wrote: its manifest and MP3s; any problem is one InputError."""
    where = folder / "manifest.json"
    try:
        doc = json.loads(where.read_text("utf-8"))
    except FileNotFoundError:
        raise _fail(
            folder, "no manifest.json: not an audio folder written by `pinghu-publish audio`"
        ) from None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise _fail(where, f"cannot read ({e})") from None
    if not isinstance(doc, dict) or doc.get("schema") != MANIFEST_SCHEMA:
        raise _fail(where, f"not a {MANIFEST_SCHEMA} document")
    raw_tracks = doc.get("tracks")
    if not isinstance(raw_tracks, list) or not raw_tracks:
        raise _fail(where, "has no tracks")
    tracks = []
    for n, raw in enumerate(raw_tracks):
        ctx = f"tracks[{n}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("sentences"), list):
            raise _fail(where, f"{ctx} must be an object with sentences")
        file = raw.get("file")
        if not isinstance(file, str) or not re.fullmatch(r"[\w.-]+\.mp3", file, re.ASCII):
            raise _fail(where, f"{ctx}.file must be an MP3 file name in the folder")
        try:
            mp3 = (folder / file).read_bytes()
        except OSError as e:
            raise _fail(folder / file, f"cannot read ({e.strerror or e})") from None
        item = raw.get("item")
        tracks.append(
            AudioTrack(
                number=int(_number(raw.get("number"), where, f"{ctx}.number")),
                file=file,
                kind=str(raw.get("kind")),
                item=item if isinstance(item, str) else None,
                duration=_number(raw.get("duration"), where, f"{ctx}.duration"),
                sentences=tuple(
                    _sentence(s, where, f"{ctx}.sentences[{k}]") for k, s in enumerate(raw["sentences"])
                ),
                mp3=mp3,
            )
        )
    return AudioEdition(str(doc.get("engine") or ""), str(doc.get("voice") or ""), tuple(tracks))


# ---------------------------------------------------------------- placing the sentences


def shown_at(track: AudioTrack, sentence: SpokenSentence) -> Block:
    """The block of the e-book that shows what ``sentence`` says."""
    if track.kind == "opening":
        return (sentence.item, ENTRY, None) if sentence.item else CONTENTS_BLOCK
    if sentence.part == "label" and track.kind == "photo":
        return (sentence.item or "", "title", None)  # 图片新闻 is said before the photo's title
    return (sentence.item or "", sentence.part, sentence.paragraph)


@dataclass
class _Par:
    """One highlighted stretch: an id in the text and the sentences it plays."""

    id: str
    track: AudioTrack
    sentences: list[SpokenSentence]
    own_text: bool  # one sentence wrapped exactly (not an element standing for several or for words added)


@record
class Clip:
    """A SMIL ``par``: the element shown while a stretch of a track plays."""

    text_id: str
    audio: str  # file name in the audio folder
    begin: float
    end: float


@record
class SyncReport:
    """How many of the spoken sentences are highlighted on their own text."""

    spoken: int  # sentences in the audio edition
    synced: int  # each highlighted on its own printed text
    shared: int  # highlighted with an element that shows several (or words the script adds)
    unplaced: int  # heard, but nothing highlighted for them
    printed: int  # sentences read from the printed text (the others are words the script adds)
    exact: int  # of those, found exactly as printed where the e-book shows them


@dataclass
class ReadAloud:
    """The sentence ids of one book: a :class:`~publisher.epub.xhtml.Marker` for the renderer."""

    audio: AudioEdition
    _by_block: dict[Block, list[tuple[AudioTrack, SpokenSentence]]] = field(default_factory=dict)
    _pars: dict[str, _Par] = field(default_factory=dict)
    _exact: set[int] = field(default_factory=set)  # printed sentences found exactly where they are shown

    def __post_init__(self) -> None:
        for track in self.audio.tracks:
            for sentence in track.sentences:
                self._by_block.setdefault(shown_at(track, sentence), []).append((track, sentence))

    def before(self, item_id: str) -> str:
        return ""

    def marks(self, at: Block, text: str) -> Marks:
        here = self._by_block.get(at)
        if not here:
            return Marks()
        placed = [(t, s, self._span(s, text)) for t, s in here]
        pars: list[tuple[_Par, tuple[int, int]]] = []
        self._exact.update(id(s) for _, s, span in placed if span is not None)
        if not any(span for _, _, span in placed):
            # shown otherwise than said (a byline, a label, a retitled headline): the whole text;
            # a printed sentence that is not there as printed (edited since) only shares it
            track, first = here[0]
            own = len(here) == 1 and first.span is None
            pars.append(
                (self._par(track, first, [s for t, s in here if t is track], own_text=own), (0, len(text)))
            )
        else:
            for n, (track, sentence, span) in enumerate(placed):
                if span is not None:
                    pars.append((self._par(track, sentence, [sentence], own_text=True), span))
                elif pars and pars[-1][0].track is track:  # said within the sentence before it
                    pars[-1][0].sentences.append(sentence)
                    pars[-1][0].own_text = False
                else:  # before the first placed sentence: with the next one
                    following = next(s for t, s, sp in placed[n:] if sp is not None)
                    nxt = self._par(track, following, [sentence], own_text=False)
                    nxt.sentences.append(following)
        return Marks(spans=tuple((b, e, par.id) for par, (b, e) in pars))

    def _par(
        self, track: AudioTrack, first: SpokenSentence, sentences: list[SpokenSentence], *, own_text: bool
    ) -> _Par:
        pid = f"s{track.number}-{track.sentences.index(first)}"
        par = self._pars.get(pid)
        if par is None:
            par = self._pars[pid] = _Par(pid, track, [], own_text)
        par.sentences.extend(s for s in sentences if s not in par.sentences)
        par.own_text = par.own_text and own_text and len(par.sentences) == 1
        return par

    @staticmethod
    def _span(sentence: SpokenSentence, text: str) -> tuple[int, int] | None:
        """The sentence's span, if ``text`` really prints it there."""
        if sentence.span is None:
            return None
        # here, not at the top: the speech script loads pypinyin, which the plain e-book never needs
        from publisher.speech.script import clean as spoken_clean

        begin, end = sentence.span
        if end > len(text) or spoken_clean(text[begin:end]) != sentence.text:
            return None
        return begin, end

    # ------------------------------------------------------------ after rendering

    def clips(self, page: Page) -> list[Clip]:
        """The page's pars in document order, each clip running on to the next par of its track."""
        ids = [i for i in re.findall(r'<span id="([^"]+)"', page.body) if i in self._pars]
        return [self._clip(self._pars[i]) for i in ids]

    def _clip(self, par: _Par) -> Clip:
        track = par.track
        first = min(track.sentences.index(s) for s in par.sentences)
        later = [
            p
            for p in self._pars.values()
            if p.track is track and min(track.sentences.index(s) for s in p.sentences) > first
        ]
        # on to the next par of the track (its pause and anything not shown plays too), or to the end
        end = min(min(s.begin for s in p.sentences) for p in later) if later else track.sentences[-1].end
        begin = min(s.begin for s in par.sentences)
        return Clip(par.id, track.file, begin, min(max(end, begin + 0.001), track.duration))

    def report(self, rendered: Sequence[str]) -> SyncReport:
        """Counts over the sentences of the ids that made it into the pages (``rendered``)."""
        shown = [self._pars[i] for i in rendered if i in self._pars]
        synced = sum(len(p.sentences) for p in shown if p.own_text)
        shared = sum(len(p.sentences) for p in shown if not p.own_text)
        spoken = sum(len(t.sentences) for t in self.audio.tracks)
        printed = sum(s.span is not None for t in self.audio.tracks for s in t.sentences)
        return SyncReport(spoken, synced, shared, spoken - synced - shared, printed, len(self._exact))


# ---------------------------------------------------------------- SMIL and package metadata


def clock(seconds: float) -> str:
    """A SMIL clock value, h:mm:ss.fff."""
    millis = round(seconds * 1000)
    return f"{millis // 3_600_000}:{millis // 60_000 % 60:02d}:{millis // 1000 % 60:02d}.{millis % 1000:03d}"


def smil_document(page: Page, clips: Sequence[Clip]) -> bytes:
    """The Media Overlay of one page: a par per highlighted stretch, in reading order."""
    pars = "".join(
        f'<par id="par-{c.text_id}"><text src="../{page.name}#{c.text_id}"/>'
        f'<audio src="../{AUDIO_FOLDER}/{c.audio}"'
        f' clipBegin="{clock(c.begin)}" clipEnd="{clock(c.end)}"/></par>\n'
        for c in clips
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">\n'
        f'<body>\n<seq id="seq-{page.uid}" epub:textref="../{page.name}">\n{pars}</seq>\n</body>\n</smil>\n'
    ).encode()


def overlay_duration(clips: Sequence[Clip]) -> float:
    """What the overlay plays, rounded as media:duration states it (the total is the sum of these)."""
    return round(sum(c.end - c.begin for c in clips), 3)


@record
class Overlays:
    """What the read-aloud edition adds to the package."""

    resources: list[Resource]  # the stylesheet, the MP3s, a SMIL per page that has pars
    overlay_of: dict[str, str]  # page file name -> its SMIL's manifest id
    metas: list[Meta]  # media:duration per overlay and in total, media:active-class, media:narrator
    report: SyncReport


def media_overlays(read_aloud: ReadAloud, pages: Sequence[Page]) -> Overlays:
    """The overlays of the rendered ``pages`` (every page's sentence ids are in its body by now)."""
    css = (ASSETS_DIR / "epub" / "readaloud.css").read_bytes()
    resources = [Resource(READALOUD_CSS, "css-readaloud", "text/css", css)]
    overlay_of: dict[str, str] = {}
    metas: list[Meta] = []
    used: dict[str, AudioTrack] = {}
    rendered: list[str] = []
    total = 0.0
    for page in pages:
        clips = read_aloud.clips(page)
        if not clips:
            continue
        uid = f"mo-{page.uid}"
        overlay_of[page.name] = uid
        resources.append(
            Resource(
                f"{SMIL_FOLDER}/{page.uid}.smil", uid, "application/smil+xml", smil_document(page, clips)
            )
        )
        duration = overlay_duration(clips)
        total += duration
        metas.append(Meta("media:duration", clock(duration), refines=f"#{uid}"))
        rendered += [c.text_id for c in clips]
        for c in clips:
            used.setdefault(c.audio, next(t for t in read_aloud.audio.tracks if t.file == c.audio))
    for track in sorted(used.values(), key=lambda t: t.number):
        uid = f"audio-{track.number:02d}"
        resources.append(Resource(f"{AUDIO_FOLDER}/{track.file}", uid, "audio/mpeg", track.mp3))
    report = read_aloud.report(rendered)
    if report.exact * 2 < report.printed or not overlay_of:
        raise PublisherError(
            f"the audio folder does not belong to this edition: only {report.exact} of its"
            f" {report.printed} printed sentences are in the e-book's text; make the audio from this edition"
        )
    metas.append(Meta("media:duration", clock(total)))
    metas.append(Meta("media:active-class", ACTIVE_CLASS))
    narrator = " ".join(p for p in (read_aloud.audio.engine, read_aloud.audio.voice) if p)
    if narrator:
        metas.append(Meta("media:narrator", narrator))
    return Overlays(resources, overlay_of, metas, report)
