"""The files beside the MP3s: a lyrics file (.lrc) per track, the playlist and the manifest."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from publisher.model import Edition
from publisher.speech.render import TrackResult
from publisher.speech.script import SpeechScript

MANIFEST_SCHEMA = "pinghu-audio-manifest/1"


def _lrc_time(seconds: float) -> str:
    centis = round(seconds * 100)
    return f"{centis // 6000:02d}:{centis // 100 % 60:02d}.{centis % 100:02d}"


def render_lrc(result: TrackResult, album: str, artist: str) -> str:
    track = result.track
    lines = [f"[ti:{track.title}]", f"[ar:{artist}]", f"[al:{album}]", "[by:pinghu-publish]",
             f"[length:{_lrc_time(result.duration)[:5]}]"]  # fmt: skip
    for segment, timing in zip(track.segments, result.timings, strict=True):
        lines.append(f"[{_lrc_time(timing.begin)}]{segment.text}")
    return "\n".join(lines) + "\n"


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
) -> str:
    doc = {
        "schema": MANIFEST_SCHEMA,
        "title": script.album,
        "newspaper": edition.newspaper,
        "edition": edition.edition,
        "date": edition.date,
        "engine": engine,
        "voice": voice,
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
    for entry in previous.get("tracks", []):
        for key in ("file", "lrc"):
            name = entry.get(key) if isinstance(entry, dict) else None
            if isinstance(name, str) and name not in keep and "/" not in name and "\\" not in name:
                (out_dir / name).unlink(missing_ok=True)
