"""Progress of an audio run: one line for the whole edition, on a terminal only.

    audio ━━━━━━━━━━╸━━━━━━━━  4/10 tracks · 180/452 sentences · 0:35 · about 0:48 left

Silent with --quiet or when stderr is not a terminal (a log, a pipe, a cron job): the
run's result then speaks for itself.  Tracks run concurrently, so progress is counted
in sentences and tracks rendered (a track taken whole from the cache counts all of its
sentences at once).
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from publisher.speech.script import Track

_REDRAW = 0.1  # seconds between redraws: a fast cached run does not flood the terminal
_ETA_AFTER = 2.0  # seconds before the first estimate (the first sentences say little)


def _clock(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class Progress:
    def __init__(self, tracks: Sequence[Track], enabled: bool, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.shown = enabled and self.stream.isatty()
        self.tracks = len(tracks)
        self.sentences = sum(len(t.segments) for t in tracks)
        self.tracks_done = self.sentences_done = self.failed = 0
        self._counted: dict[int, int] = {}  # sentences counted per track
        self._sizes = {t.number: len(t.segments) for t in tracks}
        self._start = time.monotonic()
        self._drawn = 0.0

    def line(self, now: float | None = None) -> str:
        """The progress line as it stands (also without a terminal, for tests)."""
        now = time.monotonic() if now is None else now
        elapsed = now - self._start
        # a sentence synthesised and a track rendered are each one unit of work: the bar does
        # not sit full while the last tracks are still being encoded
        units = self.sentences + self.tracks
        done = (self.sentences_done + self.tracks_done) / units if units else 1.0
        parts = [
            f"{self.tracks_done}/{self.tracks} tracks",
            f"{self.sentences_done}/{self.sentences} sentences",
            _clock(elapsed),
        ]
        if self.failed:
            parts.insert(1, f"{self.failed} failed")
        if 0 < done < 1 and elapsed >= _ETA_AFTER:
            parts.append(f"about {_clock(elapsed / done - elapsed)} left")
        text = " · ".join(parts)
        width = shutil.get_terminal_size((80, 24)).columns
        bar = max(0, min(30, width - len(text) - 10))
        filled = round(bar * done)
        return f"audio {'━' * filled}{' ' * (bar - filled)}  {text}"[: max(1, width - 1)]

    def _draw(self, force: bool = False) -> None:
        if not self.shown:
            return
        now = time.monotonic()
        if force or now - self._drawn >= _REDRAW:
            self._drawn = now
            self.stream.write("\r\033[K" + self.line(now))
            self.stream.flush()

    def advance(self, track: Track) -> None:
        """One more sentence of ``track`` is ready."""
        self._counted[track.number] = self._counted.get(track.number, 0) + 1
        self.sentences_done += 1
        self._draw()

    def done(self, track: Track, failed: bool = False) -> None:
        """``track`` is finished (written, taken from the cache, or failed)."""
        rest = self._sizes.get(track.number, 0) - self._counted.get(track.number, 0)
        self._counted[track.number] = self._sizes.get(track.number, 0)
        self.sentences_done += max(0, rest)
        self.tracks_done += 1
        self.failed += failed
        self._draw(force=self.tracks_done == self.tracks)

    def say(self, line: str) -> None:
        """A notice or warning during the run, on a line of its own above the bar."""
        if self.shown:
            self.stream.write("\r\033[K")
        print(line, file=self.stream, flush=True)
        self._draw(force=True)

    def clear(self) -> None:
        """Take the bar off the line (before an interruption's message)."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self._draw(force=True)
            self.stream.write("\n")
            self.stream.flush()
