"""Pinyin syllables: numbered (ping2, lü4, de5) and marked (píng, lǜ, de) forms."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- syllables ------------------------------------------------------------------------------------------

_MARKED_VOWELS = {
    "a": "āáǎà",
    "e": "ēéěè",
    "i": "īíǐì",
    "o": "ōóǒò",
    "u": "ūúǔù",
    "ü": "ǖǘǚǜ",
}
_UNMARK = {
    marked: (base, tone + 1) for base, row in _MARKED_VOWELS.items() for tone, marked in enumerate(row)
}
# A numbered syllable as we store it: letters (ü for u-umlaut) and a tone 1-5.
_NUMBERED = re.compile(r"^[a-zü]+[1-5]$")
_PLAIN_LETTERS = re.compile(r"^[a-zü]+$")


@lru_cache(maxsize=4096)
def _to_numbered(syllable: str) -> str | None:
    """'píng' / 'ping2' / 'lv4' / 'lu:4' / 'de' → 'ping2' / 'lü4' / 'de5'; None if not a syllable."""
    s = unicodedata.normalize("NFC", syllable.strip().lower()).replace("u:", "ü").replace("v", "ü")
    if not s:
        return None
    tone = 0
    letters = []
    for ch in s:
        if ch in _UNMARK:
            if tone:
                return None  # two tone marks
            base, tone = _UNMARK[ch]
            letters.append(base)
        else:
            letters.append(ch)
    plain = "".join(letters)
    if plain[-1].isdigit():
        if tone:
            return None  # both a mark and a number
        plain, tone = plain[:-1], int(plain[-1])
    if not tone:
        tone = 5
    result = f"{plain}{tone}"
    return result if _NUMBERED.match(result) and _PLAIN_LETTERS.match(plain) else None


@lru_cache(maxsize=4096)
def _to_marks(numbered: str) -> str:
    """'ping2' → 'píng', 'lü4' → 'lǜ', 'de5' → 'de'."""
    plain, tone = numbered[:-1], int(numbered[-1])
    if tone == 5:
        return plain
    # Standard placement: a or e if present; o in "ou"; otherwise the last vowel.
    if "a" in plain:
        i = plain.index("a")
    elif "e" in plain:
        i = plain.index("e")
    elif "ou" in plain:
        i = plain.index("o")
    else:
        i = max((k for k, ch in enumerate(plain) if ch in "aeiouü"), default=-1)
        if i < 0:  # syllabic nasals: m, n, ng (ḿ, ň…) — keep the number, no precomposed mark for all
            return numbered
    return plain[:i] + _MARKED_VOWELS[plain[i]][tone - 1] + plain[i + 1 :]


def _tone(numbered: str | None) -> int:
    return int(numbered[-1]) if numbered else 0
