"""ID3v2.3 tags for the audio edition's MP3s, and the cover as players show it."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from publisher.speech.chapters import Chapter

if TYPE_CHECKING:
    from mutagen.id3 import ID3

THUMBNAIL_SIDE = 500  # pixels: album art on a phone or a car's screen, sharp enough to read the masthead
THUMBNAIL_MAX_BYTES = 30_000  # it is in every track: 151 KB each made a 46-track week 7 MB heavier


def cover_thumbnail(cover: bytes) -> bytes:
    """The cover as a square JPEG of at most THUMBNAIL_MAX_BYTES for the MP3s (the e-book keeps the full one).

    Players show album art square: the portrait cover is fitted whole into the square, on
    its own background colour (the left edge half-way down), so nothing is cut off and no
    layout is assumed.  A cover that already is a small square is kept as it is.
    """
    from PIL import Image

    with Image.open(io.BytesIO(cover)) as image:
        width, height = image.size
        if width == height <= THUMBNAIL_SIDE and len(cover) <= THUMBNAIL_MAX_BYTES:
            return cover
        image = image.convert("RGB")
        background = image.getpixel((0, height // 2))
        scale = THUMBNAIL_SIDE / max(width, height)
        fitted = image.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.LANCZOS)
    square = Image.new("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE), background)
    square.paste(fitted, ((THUMBNAIL_SIDE - fitted.width) // 2, (THUMBNAIL_SIDE - fitted.height) // 2))
    for quality in (85, 75, 65, 55, 45):
        out = io.BytesIO()
        square.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= THUMBNAIL_MAX_BYTES:
            break
    return out.getvalue()


@dataclass(frozen=True)
class TrackTags:
    title: str
    album: str
    artist: str
    track: int  # 1-based: players number from 1 (file 00 is track 1)
    tracks: int
    date: str | None
    comment: str | None
    cover: bytes | None


def tag_mp3(mp3: bytes, tags: TrackTags, duration: float) -> bytes:
    """ID3v2.3 tags common players read; the bytes depend only on the arguments."""
    return _save(_id3(tags, duration), mp3)


def tag_chaptered_mp3(
    audio: bytes, tags: TrackTags, duration: float, chapters: Sequence[Chapter], sample_rate: int
) -> bytes:
    """The whole issue's tags, plus a CTOC listing one CHAP per track (ID3v2 chapter frames 1.0).

    Each CHAP carries its start and end in milliseconds and the byte offsets of its
    first and last frame counted from the start of the file, tag included; the
    tag's size does not depend on the offsets' values, so it is measured once.
    """
    from mutagen.id3 import CHAP, CTOC, TIT2, CTOCFlags

    def ms(sample: int) -> int:
        return round(sample * 1000 / sample_rate)

    def tagged(tag_size: int) -> bytes:
        id3 = _id3(tags, duration)
        ids = [f"chp{n:03d}" for n in range(len(chapters))]
        id3.add(
            CTOC(
                element_id="toc",
                flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                child_element_ids=ids,
                sub_frames=[TIT2(encoding=3, text=[tags.title])],
            )
        )
        for element_id, chapter in zip(ids, chapters, strict=True):
            id3.add(
                CHAP(
                    element_id=element_id,
                    start_time=ms(chapter.start_sample),
                    end_time=ms(chapter.end_sample),
                    start_offset=tag_size + chapter.start_byte,
                    end_offset=tag_size + chapter.end_byte,
                    sub_frames=[TIT2(encoding=3, text=[chapter.title])],
                )
            )
        return _save(id3, audio)

    size = len(tagged(0)) - len(audio)
    out = tagged(size)
    if len(out) - len(audio) != size:  # cannot happen: offsets are fixed-width fields
        raise AssertionError("the chapter tag changed size with its offsets")
    return out


def _save(id3: ID3, mp3: bytes) -> bytes:
    id3.update_to_v23()  # TDRC → TYER + TDAT, the frames v2.3 players read
    buf = io.BytesIO(mp3)
    id3.save(buf, v2_version=3, padding=lambda info: 0)
    return buf.getvalue()


def _id3(tags: TrackTags, duration: float) -> ID3:
    from mutagen.id3 import APIC, COMM, ID3, TALB, TCON, TDRC, TIT2, TLAN, TLEN, TPE1, TPE2, TRCK

    id3 = ID3()
    id3.add(TIT2(encoding=3, text=tags.title))
    id3.add(TALB(encoding=3, text=tags.album))
    id3.add(TPE1(encoding=3, text=tags.artist))
    id3.add(TPE2(encoding=3, text=tags.artist))
    id3.add(TRCK(encoding=3, text=f"{tags.track}/{tags.tracks}"))
    id3.add(TCON(encoding=3, text="Speech"))
    id3.add(TLAN(encoding=3, text="chi"))
    id3.add(TLEN(encoding=3, text=str(round(duration * 1000))))
    if tags.date:
        id3.add(TDRC(encoding=3, text=tags.date))  # saved as TYER + TDAT in v2.3
    if tags.comment:
        id3.add(COMM(encoding=3, lang="chi", desc="", text=tags.comment))
    if tags.cover:
        mime = "image/png" if tags.cover.startswith(b"\x89PNG") else "image/jpeg"
        id3.add(APIC(encoding=3, mime=mime, type=3, desc="Cover", data=tags.cover))
    return id3
