"""How Chinese speakers name Latin letters, as numbered pinyin (APP → ei1 pi4 pi4).

One table for every offline engine: espeak-ng reads the pinyin, Kokoro its phonemes.
"""

from __future__ import annotations

LETTER_NAMES = {
    "A": "ei1", "B": "bi4", "C": "xi1", "D": "di4", "E": "yi4", "F": "ai2 fu1", "G": "ji4",
    "H": "ai4 qi1", "I": "ai4", "J": "jie4", "K": "kai4", "L": "ai2 le5", "M": "ai2 mu5",
    "N": "en1", "O": "ou1", "P": "pi4", "Q": "kiu1", "R": "a4", "S": "ai2 si1", "T": "ti4",
    "U": "you1", "V": "wei1", "W": "da2 bu5 liu5", "X": "ai2 ke4 si1", "Y": "wai4", "Z": "zei4",
}  # fmt: skip
