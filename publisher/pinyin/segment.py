"""Cutting a run of Han characters into words, and each word's base reading."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

from publisher.pinyin.dictionary import _PYPINYIN_PREFIXES, _Lexicon
from publisher.pinyin.syllables import _to_numbered
from publisher.records import record

# --- segmentation and base readings -----------------------------------------------------------------------


@record
class _Word:
    """A word of a Han run with its readings, and where they came from."""

    text: str
    start: int  # index in the run
    readings: tuple[str, ...]
    source: Literal["project", "pypinyin", "common", "char"]


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Characters whose first pypinyin reading is the rarer one when the character stands alone
# (its words, 挣扎 / 心脏 / 削减 / 湖泊 / 似的 / 弯曲, come from the phrase list): 能挣一千多元.
# 缪 and 覃 outside their words (绸缪, 覃思) are the surnames Miào and Qín: 律师缪晓峰, 小覃;
# so is 肖 outside 肖像 / 生肖 (Xiāo: 肖阿姨), and 翟 (Zhái; Dí is archaic).  颇 is only pō in
# 现汉 (降幅颇大).
_CHAR_DEFAULTS = {
    "挣": "zheng4", "脏": "zang1", "削": "xiao1", "泊": "bo2", "似": "si4", "曲": "qu3",
    "缪": "miao4", "覃": "qin2", "肖": "xiao1", "颇": "po1", "翟": "zhai2",
}  # fmt: skip


@lru_cache(maxsize=8192)
def _char_reading(ch: str) -> str | None:
    if ch in _CHAR_DEFAULTS:
        return _CHAR_DEFAULTS[ch]
    raw = PINYIN_DICT.get(ord(ch))
    return _to_numbered(raw.split(",")[0]) if raw else None


# pypinyin phrases that start with the particles 的 / 了 but mostly match across a word boundary
# in prose (落成|的当湖 read dí dàng, 出了|结果 read liǎo jié); only these are trusted:
_PARTICLE_PHRASES_KEPT = _word_set(
    "的确 的确良 了解 了不起 了不得 了如指掌 了若指掌 了然 了然于胸 了却 了无 了望台"
)


@lru_cache(maxsize=8192)
def _phrase_reading(word: str) -> tuple[str, ...] | None:
    if word[0] in "的了" and word not in _PARTICLE_PHRASES_KEPT:
        return None
    raw = PHRASES_DICT.get(word)
    if raw is None:
        return None
    out = tuple(_to_numbered(alts[0]) for alts in raw)
    if any(r is None for r in out) or len(out) != len(word):
        return None
    return out  # type: ignore[return-value]


def _word_at(piece: str, start: int, lexicon: _Lexicon) -> _Word | None:
    """``piece`` as a dictionary word (the project's first, then pypinyin's phrases), else None."""
    if piece in lexicon.entries:
        return _Word(piece, start, lexicon.entries[piece], "project")
    if len(piece) >= 2 and piece in PHRASES_DICT:
        phrase = _phrase_reading(piece)
        if phrase is not None:
            return _Word(piece, start, phrase, "pypinyin")
    if piece in lexicon.common:  # plain characters only: each reads as it does alone
        return _Word(piece, start, tuple(_char_reading(ch) or "" for ch in piece), "common")
    return None


def _single(run: str, i: int) -> _Word:
    reading = _char_reading(run[i])
    return _Word(run[i], i, (reading,) if reading else ("",), "char")


def _forward(run: str, lexicon: _Lexicon) -> list[_Word]:
    """Forward maximum matching (pypinyin's own algorithm) over both dictionaries."""
    words: list[_Word] = []
    i, n = 0, len(run)
    while i < n:
        best: _Word | None = None
        for j in range(i + 1, n + 1):
            piece = run[i:j]
            if piece not in lexicon.prefixes and piece not in _PYPINYIN_PREFIXES:
                break
            best = _word_at(piece, i, lexicon) or best
        best = best or _single(run, i)
        if best.source == "pypinyin" and len(best.text) == 2 and run[i + 1 : i + 3] in lexicon.light:
            best = _single(run, i)  # 有|盼头, not the rare phrase 有盼 + 头
        words.append(best)
        i += len(best.text)
    return words


def _segment(run: str, lexicon: _Lexicon) -> list[_Word]:
    """Forward maximum matching over pypinyin's phrases ∪ the project's (project wins on equal words).

    Backward or bidirectional matching was tried and measured worse: pypinyin's phrase list
    holds many rare words (标的, 中的, 便了) that backward matching picks up.  Known overlaps
    that forward matching gets wrong (人参|与, 有着|落) are fixed with dictionary entries.
    """
    return _forward(run, lexicon)
