"""The files beside the MP3s: a lyrics file (.lrc) per track, the playlist and the manifest.

Every .lrc starts with a UTF-8 byte order mark.  Players and car stereos sold in
China commonly read a BOM-less lyrics file as GBK (the Windows code page) and show
mojibake; with the BOM they all take it as UTF-8, and a player that does not
expect one loses at most the first line, the ``[ti:]`` tag, never a timed line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from publisher.model import Edition
from publisher.records import record
from publisher.speech.chapters import Chapter
from publisher.speech.render import TrackResult
from publisher.speech.script import SpeechScript

MANIFEST_SCHEMA = "pinghu-audio-manifest/1"
LRC_BOM = "\ufeff"


@record
class EditionFiles:
    """Names of the files for the whole issue; dated, so that several days fit in one folder."""

    playlist: str
    mp3: str  # the whole issue in one file, a chapter per track
    lrc: str  # its lyrics

    @classmethod
    def for_date(cls, date: str | None) -> EditionFiles:
        suffix = f"-{date}" if date else ""
        return cls(f"playlist{suffix}.m3u8", f"edition{suffix}.mp3", f"edition{suffix}.lrc")


@record
class WholeEdition:
    """The whole-issue MP3 as written: its chapters (one per track, in order) and sample rate."""

    files: EditionFiles
    chapters: list[Chapter]
    sample_rate: int


def _lrc_time(seconds: float) -> str:
    centis = round(seconds * 100)
    return f"{centis // 6000:02d}:{centis // 100 % 60:02d}.{centis % 100:02d}"


def _lrc(title: str, album: str, artist: str, length: float, timed: list[tuple[float, str]]) -> str:
    lines = [f"[ti:{title}]", f"[ar:{artist}]", f"[al:{album}]", "[by:pinghu-publish]",
             f"[length:{_lrc_time(length)[:5]}]"]  # fmt: skip
    lines += [f"[{_lrc_time(begin)}]{text}" for begin, text in timed]
    return LRC_BOM + "\n".join(lines) + "\n"


def render_lrc(result: TrackResult, album: str, artist: str) -> str:
    track = result.track
    timed = [(t.begin, s.text) for s, t in zip(track.segments, result.timings, strict=True)]
    return _lrc(track.title, album, artist, result.duration, timed)


def render_edition_lrc(results: Sequence[TrackResult], whole: WholeEdition, album: str, artist: str) -> str:
    """The whole issue's lyrics: every sentence at its time in the joined file."""
    timed = []
    for result, chapter in zip(results, whole.chapters, strict=True):
        offset = chapter.start_sample / whole.sample_rate
        timed += [
            (offset + t.begin, s.text) for s, t in zip(result.track.segments, result.timings, strict=True)
        ]
    length = whole.chapters[-1].end_sample / whole.sample_rate if whole.chapters else 0.0
    return _lrc(album, album, artist, length, timed)


def render_playlist(results: Sequence[TrackResult]) -> str:
    lines = ["#EXTM3U"]
    for r in results:
        lines.append(f"#EXTINF:{round(r.duration)},{r.track.title}")
        lines.append(r.track.filename)
    return "\n".join(lines) + "\n"


def render_manifest(
    script: SpeechScript,
    edition: Edition,
    *,
    engine: str,
    voice: str,
    results: Sequence[TrackResult],
    failures: Sequence[str],
    files: EditionFiles,
    whole: WholeEdition | None,
) -> str:
    rate = whole.sample_rate if whole else 1
    doc = {
        "schema": MANIFEST_SCHEMA,
        "title": script.album,
        "newspaper": edition.newspaper,
        "edition": edition.edition,
        "date": edition.date,
        "engine": engine,
        "voice": voice,
        "playlist": files.playlist,
        "whole": None
        if whole is None
        else {
            "file": files.mp3,
            "lrc": files.lrc,
            "chapters": [
                {
                    "title": c.title,
                    "begin": round(c.start_sample / rate, 3),
                    "end": round(c.end_sample / rate, 3),
                }
                for c in whole.chapters
            ],
        },
        "tracks": [
            {
                "number": r.track.number,
                "file": r.track.filename,
                "lrc": r.track.stem + ".lrc",
                "title": r.track.title,
                "kind": r.track.kind,
                "item": r.track.item_id,
                "duration": round(r.duration, 3),
                "sentences": [
                    {
                        "text": s.text,
                        "spoken": s.spoken,
                        "item": s.item_id,
                        "part": s.part,
                        "paragraph": s.paragraph,
                        "span": list(s.span) if s.span else None,
                        "begin": round(t.begin, 3),
                        "end": round(t.end, 3),
                    }
                    for s, t in zip(r.track.segments, r.timings, strict=True)
                ],
            }
            for r in results
        ],
        "failures": list(failures),
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def remove_stale(out_dir: Path, keep: set[str]) -> None:
    """Delete files that our previous manifest listed and this run did not write (only those)."""
    try:
        previous = json.loads((out_dir / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return
    if not isinstance(previous, dict) or previous.get("schema") != MANIFEST_SCHEMA:
        return
    whole = previous.get("whole")
    entries = [*previous.get("tracks", []), whole if isinstance(whole, dict) else {}]
    names = [previous.get("playlist", "playlist.m3u8")]  # manifests before dated names had no key
    names += [entry.get(key) for entry in entries if isinstance(entry, dict) for key in ("file", "lrc")]
    for name in names:
        if isinstance(name, str) and name not in keep and "/" not in name and "\\" not in name:
            (out_dir / name).unlink(missing_ok=True)
