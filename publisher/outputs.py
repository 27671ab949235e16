"""What the commands write into an output folder, and removing what an earlier run wrote.

A folder is shared with the user's own files, so only files this program is known
to have written are ever deleted: the ones an audio manifest of ours lists (tracks,
lyrics, the playlist, the whole-issue MP3) and the manifest itself.
"""

from __future__ import annotations

import json
from pathlib import Path

# The audio edition's files, as globs (track and playlist names change with the edition).
AUDIO_FILES = ("*.mp3", "*.lrc", "*.m3u8", "manifest.json")


def remove_audio_edition(folder: Path) -> bool:
    """Delete an audio edition an earlier run wrote in ``folder`` (and the folder, if that empties it);
    whether there was one."""
    from publisher.speech.companions import MANIFEST_SCHEMA, remove_stale

    manifest = folder / "manifest.json"
    try:
        schema = json.loads(manifest.read_text("utf-8")).get("schema")
    except (OSError, ValueError, AttributeError):
        return False
    if schema != MANIFEST_SCHEMA:
        return False  # not ours: leave the folder alone
    remove_stale(folder, keep=set())
    manifest.unlink(missing_ok=True)
    if not any(folder.iterdir()):
        folder.rmdir()
    return True
