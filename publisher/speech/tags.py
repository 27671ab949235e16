"""ID3v2.3 tags for the audio edition's MP3s."""

from __future__ import annotations

import io
from dataclasses import dataclass


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
    id3.update_to_v23()  # TDRC → TYER + TDAT, the frames v2.3 players read
    buf = io.BytesIO(mp3)
    id3.save(buf, v2_version=3, padding=lambda info: 0)
    return buf.getvalue()
