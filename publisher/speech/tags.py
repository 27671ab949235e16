"""ID3v2.3 tags for the audio edition's MP3s, and the cover as players show it."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from publisher.records import record
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


@record
class TrackTags:
    """The ID3 tags of one track."""

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
    """The whole issue's tags, then a CTOC and one CHAP per track (ID3v2 Chapter Frame Addendum 1.0).

    The chapter frames are written here, in time order, after mutagen's frames:
    mutagen sorts frames by size, and ffmpeg (so mpv) lists chapters in the order
    their frames stand in the tag, not by time.  Each CHAP carries its start and
    end in milliseconds and the byte offsets of its first frame and of the frame
    after its last, counted from the start of the file, tag included; the tag's
    size does not depend on the offsets' values, so it is measured once.
    """
    base = _save(_id3(tags, duration), b"")  # header and frames, no padding
    frames = base[10:]

    def ms(sample: int) -> int:
        return round(sample * 1000 / sample_rate)

    def chapter_frames(tag_size: int) -> bytes:
        ids = [f"chp{n:03d}".encode() for n in range(len(chapters))]
        listed = ids[:255]  # a CTOC counts its entries in one byte; no edition comes near
        toc = b"toc\0" + bytes([0x03, len(listed)]) + b"".join(i + b"\0" for i in listed)
        out = [_v23_frame(b"CTOC", toc + _v23_text_frame(b"TIT2", tags.title))]
        for element_id, chapter in zip(ids, chapters, strict=True):
            times = (ms(chapter.start_sample), ms(chapter.end_sample))
            offsets = (tag_size + chapter.start_byte, tag_size + chapter.end_byte)
            fields = b"".join(v.to_bytes(4, "big") for v in (*times, *offsets))
            out.append(
                _v23_frame(b"CHAP", element_id + b"\0" + fields + _v23_text_frame(b"TIT2", chapter.title))
            )
        return b"".join(out)

    size = 10 + len(frames) + len(chapter_frames(0))
    body = frames + chapter_frames(size)
    if 10 + len(body) != size:  # cannot happen: offsets are fixed-width fields
        raise AssertionError("the chapter frames changed size with their offsets")
    return b"ID3\x03\x00\x00" + _syncsafe(len(body)) + body + audio


def _syncsafe(n: int) -> bytes:
    return bytes((n >> shift) & 0x7F for shift in (21, 14, 7, 0))


def _v23_frame(frame_id: bytes, payload: bytes) -> bytes:
    """An ID3v2.3 frame: id, 32-bit size, no flags."""
    return frame_id + len(payload).to_bytes(4, "big") + b"\0\0" + payload


def _v23_text_frame(frame_id: bytes, text: str) -> bytes:
    """A text frame in UTF-16 with a BOM, the Unicode encoding ID3v2.3 has (as mutagen writes it)."""
    return _v23_frame(frame_id, b"\x01" + ("\ufeff" + text).encode("utf-16-le") + b"\0\0")


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
