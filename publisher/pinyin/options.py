"""Options of the readings: style, tones, sandhi, user dictionaries."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from publisher.assets import ASSETS_DIR
from publisher.records import record

PinyinStyle = Literal["marks", "numbers"]
PinyinTones = Literal["light", "full"]

PROJECT_DICTIONARY = ASSETS_DIR / "pinyin" / "phrases.txt"
# 现代汉语词典's must-light words (热闹 rè·nao); see its header.
LIGHT_TONES = ASSETS_DIR / "pinyin" / "light_tones.txt"
# Common words missing from pypinyin's phrase list (tools/make_common_words.py); see its header.
COMMON_WORDS = ASSETS_DIR / "pinyin" / "common_words.txt"


@record
class PinyinOptions:
    """How the pinyin is written (the CLI's pinyin options)."""

    style: PinyinStyle = "marks"  # píng | ping2
    sandhi: bool = False  # show the changed tones of 一 / 不 (yì, bú)
    extra_dictionaries: tuple[Path, ...] = ()  # user phrase files, same format as assets/pinyin/phrases.txt
    # light: 现汉's must-light syllables in the neutral tone (热闹 rè nao, 去过 qù guo);
    # full: those syllables keep their citation tone (rè nào, qù guò).
    tones: PinyinTones = "light"
