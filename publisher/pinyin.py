"""Pinyin readings in context: the one place that decides how a Han character is read.

Both the ruby in the pinyin EPUB and the offline speech engine use these
readings, so what a child sees over a character is what the audio says.

INTERFACE STUB (the lead's contract; the pinyin helper implements it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

PinyinStyle = Literal["marks", "numbers"]


@dataclass(frozen=True)
class PinyinOptions:
    style: PinyinStyle = "marks"  # píng | ping2
    sandhi: bool = False  # show the changed tones of 一 / 不 (yì, bú)
    extra_dictionaries: tuple[Path, ...] = ()  # user phrase files, same format as assets/pinyin/phrases.txt


def readings(text: str, options: PinyinOptions = PinyinOptions()) -> list[str | None]:
    """One entry per character of ``text``: its reading if it is a Han character, else None."""
    raise NotImplementedError
