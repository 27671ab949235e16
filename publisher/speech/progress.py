"""Progress of an audio run on the terminal."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from publisher.speech.script import Track


class Progress:
    """One bar per track on a terminal (tqdm when installed, else a line per finished track).

    All bars are laid out at the start and closed together at the end: tracks
    run concurrently, and a bar closed early would make the others jump.
    Silent with --quiet or when stderr is not a terminal.
    """

    def __init__(self, tracks: Sequence[Track], enabled: bool) -> None:
        self.bars: dict[int, Any] = {}
        self.lines = enabled and sys.stderr.isatty()
        if not self.lines:
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        for position, track in enumerate(tracks):
            self.bars[track.number] = tqdm(
                total=len(track.segments) + 1,  # every sentence, then the encoding
                desc=f"{track.filename[:34]:34s}",
                unit="句",
                position=position,
                leave=True,
                file=sys.stderr,
                dynamic_ncols=True,
            )

    def advance(self, track: Track) -> None:
        if track.number in self.bars:
            self.bars[track.number].update(1)

    def done(self, track: Track, status: str = "") -> None:
        bar = self.bars.get(track.number)
        if bar is not None:
            bar.update(bar.total - bar.n)
            if status:
                bar.set_postfix_str(status)
        elif self.lines:
            print(f"{track.filename} {status or 'done'}", file=sys.stderr)

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()
