"""Our readings → the phoneme strings Kokoro-82M v1.0 was trained on for Mandarin.

Kokoro v1.0 learnt Mandarin from misaki's ``ZHG2P`` (hexgrad, Apache-2.0) in its
v1.0 ("legacy") mode: jieba words separated by spaces, each syllable in IPA after
stefantaubert's pinyin-to-ipa tables (MIT), first variant, the tone as an arrow
after the syllable's nucleus (→ ↗ ↓ ↘, nothing for the neutral tone), ``̯``
dropped and the apical vowels of 资/知 written ``ɨ``; Chinese punctuation as
ASCII pause marks.  The tables below reproduce that convention, but the
syllables are ours: :func:`publisher.pinyin.readings` decides 长 cháng/zhǎng,
为 wéi/wèi and 一/不, so what is heard is what the pinyin EPUB shows.  On top,
the third-tone change is applied as a speaker makes it (你好 ní hǎo), Latin
letters are named the Chinese way (:mod:`publisher.speech.letters`) and a
sentence longer than the model's 510 symbols is cut at clause punctuation.

Pure functions; the only state is jieba's dictionary, loaded on first use.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from publisher.pinyin import PinyinOptions, readings
from publisher.records import record
from publisher.speech.letters import LETTER_NAMES
from publisher.speech.normalize import DIGITS

MAX_PHONEMES = 510  # the model's context is 512 tokens, two of them the pads around the text

TONE_MARKS = {1: "→", 2: "↗", 3: "↓", 4: "↘", 5: ""}

# pinyin initial → IPA (pinyin-to-ipa's first variant: h is x, r is ɻ; ʈʂ written ꭧ)
INITIALS = {
    "b": "p", "p": "pʰ", "m": "m", "f": "f", "d": "t", "t": "tʰ", "n": "n", "l": "l",
    "g": "k", "k": "kʰ", "h": "x", "j": "ʨ", "q": "ʨʰ", "x": "ɕ",
    "zh": "ꭧ", "ch": "ꭧʰ", "sh": "ʂ", "r": "ɻ", "z": "ʦ", "c": "ʦʰ", "s": "s",
}  # fmt: skip
# Longest first, so zh is found before z.
_INITIAL_ORDER = sorted(INITIALS, key=len, reverse=True)

# final (strict form: iou, uei, uen, ü…) → (up to and including the nucleus, coda); the tone goes between
FINALS = {
    "a": ("a", ""), "ai": ("ai", ""), "an": ("a", "n"), "ang": ("a", "ŋ"), "ao": ("au", ""),
    "e": ("ɤ", ""), "ei": ("ei", ""), "en": ("ə", "n"), "eng": ("ə", "ŋ"),
    "i": ("i", ""), "ia": ("ja", ""), "ian": ("jɛ", "n"), "iang": ("ja", "ŋ"), "iao": ("jau", ""),
    "ie": ("je", ""), "in": ("i", "n"), "ing": ("i", "ŋ"), "iong": ("jʊ", "ŋ"), "iou": ("jou", ""),
    "io": ("jɔ", ""), "o": ("wo", ""), "ong": ("ʊ", "ŋ"), "ou": ("ou", ""),
    "u": ("u", ""), "ua": ("wa", ""), "uai": ("wai", ""), "uan": ("wa", "n"), "uang": ("wa", "ŋ"),
    "uei": ("wei", ""), "uen": ("wə", "n"), "ueng": ("wə", "ŋ"), "uo": ("wo", ""),
    "ü": ("y", ""), "üe": ("ɥe", ""), "üan": ("ɥɛ", "n"), "ün": ("y", "n"),
}  # fmt: skip
# Syllables without an initial that are not spelt like a final: interjections and syllabic nasals.
WHOLE_SYLLABLES = {
    "er": ("ɚ", ""), "o": ("ɔ", ""), "ê": ("ɛ", ""), "m": ("m", ""), "n": ("n", ""), "ng": ("ŋ", ""),
    "hm": ("hm", ""), "hng": ("hŋ", ""),
}  # fmt: skip
_APICAL = {"zh", "ch", "sh", "r", "z", "c", "s"}  # their i is the apical vowel ɨ

# Kokoro's pause and quote symbols (all in its vocabulary), as misaki maps Chinese punctuation.
PAUSES = {
    "，": ",", "、": ",", ",": ",", "。": ".", "．": ".", ".": ".", "！": "!", "!": "!",
    "？": "?", "?": "?", "：": ":", ":": ":", "；": ";", ";": ";", "…": "…", "—": "—", "─": "—",
    "\n": ".",
}  # fmt: skip
OPENERS = {"“": "“", "‘": "“", "《": "“", "「": "“", "『": "“", "【": "“", "〈": "“", "（": "(", "(": "("}
CLOSERS = {"”": "”", "’": "”", "》": "”", "」": "”", "』": "”", "】": "”", "〉": "”", "）": ")", ")": ")"}
_FINAL_STOPS = {".", "!", "?", "…"}
_CLAUSE_STOPS = {",", ";", ":", "—", *_FINAL_STOPS}
_NUMBERED = re.compile(r"([a-zêü]+)([1-5])")


def split_syllable(syllable: str) -> tuple[str, str]:
    """'zhuang1' → ('zh', 'uang'); 'you3' → ('', 'iou'); 'ju4' → ('j', 'ü'); 'er2' → ('', 'er').

    The final in its strict form (iou, uei, uen, ü…), as pinyin-to-ipa's tables expect.
    Raises ValueError for what is not a pinyin syllable.
    """
    m = _NUMBERED.fullmatch(syllable.replace("v", "ü"))
    if m is None:
        raise ValueError(f"not a numbered pinyin syllable: {syllable!r}")
    base = m.group(1)
    if base in WHOLE_SYLLABLES:
        return "", base
    if base[0] == "y":
        rest = base[1:]
        if rest.startswith("u"):  # yu yue yuan yun: ü
            final = "ü" + rest[1:]
        elif rest.startswith("i"):  # yi yin ying
            final = rest
        elif rest == "o":  # 哟 yo: wo, as pinyin-to-ipa reads it
            final = "uo"
        else:  # ya yan yang yao ye you yong
            final = "i" + rest
        initial = ""
    elif base[0] == "w":
        rest = base[1:]
        final = rest if rest in {"u", "ong"} else "u" + rest  # wong (a rare spelling of weng) as ong
        initial = ""
    else:
        initial = next((i for i in _INITIAL_ORDER if base.startswith(i) and len(base) > len(i)), "")
        final = base[len(initial) :]
        if initial in {"j", "q", "x"} and final.startswith("u"):
            final = "ü" + final[1:]
        final = {"iu": "iou", "ui": "uei", "un": "uen"}.get(final, final)
    if final not in FINALS and final not in WHOLE_SYLLABLES:
        raise ValueError(f"not a numbered pinyin syllable: {syllable!r}")
    return initial, final


def syllable_ipa(syllable: str) -> str:
    """One numbered syllable in Kokoro's notation: 'chang2' → 'ꭧʰa↗ŋ', 'shi4' → 'ʂɨ↘', 'de5' → 'tɤ'."""
    initial, final = split_syllable(syllable)
    tone = TONE_MARKS[int(syllable[-1])]
    if initial in _APICAL and final == "i":
        nucleus, coda = "ɨ", ""
    elif not initial and final in WHOLE_SYLLABLES:
        nucleus, coda = WHOLE_SYLLABLES[final]
    else:
        nucleus, coda = FINALS[final]
    return INITIALS.get(initial, "") + nucleus + tone + coda


def _tone(syllable: str) -> int:
    return int(syllable[-1])


def third_tone_sandhi(words: Sequence[Sequence[str]]) -> list[list[str]]:
    """A third tone before another third tone is said as a second: 展览馆 zhan2 lan2 guan3.

    Inside a word always; across two words when one of them is a single syllable
    (很好, 我想), as in running speech.  Decided on the dictionary tones, so a
    run of three changes the first two.
    """
    out = [list(w) for w in words]
    for n, word in enumerate(words):
        for i, syllable in enumerate(word):
            if _tone(syllable) != 3:
                continue
            if i + 1 < len(word):
                following = word[i + 1]
            elif n + 1 < len(words) and words[n + 1] and (len(word) == 1 or len(words[n + 1]) == 1):
                following = words[n + 1][0]
            else:
                continue
            if _tone(following) == 3:
                out[n][i] = syllable[:-1] + "2"
    return out


@functools.cache
def _jieba() -> object:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def words_of(run: str) -> list[str]:
    """A run of Han characters cut into words as misaki cut Kokoro's training text (jieba)."""
    return list(_jieba().lcut(run, cut_all=False))  # type: ignore[attr-defined]


@record
class _Word:
    """A word's syllables, as Kokoro's phonemiser takes them."""

    syllables: list[str]
    sandhi: bool  # Han words take part in the third-tone change; spelt letters keep their tones


def _tokens(text: str, pinyin: PinyinOptions) -> list[str | _Word]:
    """Words (syllable lists) and Kokoro punctuation marks, in order."""
    text = re.sub(r"\d", lambda m: DIGITS[int(m.group(0))], text)  # the normaliser left a digit: say it
    options = dataclasses.replace(pinyin, style="numbers", sandhi=True)
    syllables = readings(text, options)
    out: list[str | _Word] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if syllables[i] is not None:
            j = i
            while j < len(text) and syllables[j] is not None:
                j += 1
            start = i
            for word in words_of(text[i:j]):
                said = [s for s in syllables[start : start + len(word)] if s]
                out.append(_Word(said, sandhi=True))
                start += len(word)
            i = j
            continue
        if ch.isascii() and ch.isalpha():
            j = i
            while j < len(text) and text[j].isascii() and text[j].isalpha():
                j += 1
            names = " ".join(LETTER_NAMES[c] for c in text[i:j].upper())
            out.append(_Word(names.split(), sandhi=False))
            i = j
            continue
        mark = PAUSES.get(ch) or OPENERS.get(ch) or CLOSERS.get(ch)
        if mark:
            out.append(mark)
        i += 1
    return out


def _with_sandhi(tokens: Sequence[str | _Word]) -> list[str | list[str]]:
    """Each word's syllables as said: the third-tone change runs within a stretch of Han words,
    never across punctuation or spelt letters."""
    out: list[str | list[str]] = []
    stretch: list[list[str]] = []
    for token in [*tokens, ""]:
        if isinstance(token, _Word) and token.sandhi:
            stretch.append(token.syllables)
            continue
        out += third_tone_sandhi(stretch)
        stretch = []
        if isinstance(token, _Word):
            out.append(token.syllables)
        elif token:
            out.append(token)
    return out


def _join(tokens: Sequence[str | _Word]) -> str:
    """Words spaced, marks attached as misaki writes them: 'a, b “c” d.'"""
    pieces: list[str] = []
    for token in _with_sandhi(tokens):
        if isinstance(token, list):
            ipa = "".join(syllable_ipa(s) for s in token)
            if pieces and pieces[-1] not in {"“", "("}:
                pieces.append(" ")
            pieces.append(ipa)
        elif token in OPENERS.values():
            if pieces:
                pieces.append(" ")
            pieces.append(token)
        elif pieces and not (token in _CLAUSE_STOPS and pieces[-1] in _CLAUSE_STOPS):
            pieces.append(token)  # a stop or a closer right after its word; no doubled pauses
    return "".join(pieces).strip()


def _clauses(tokens: list[str | _Word]) -> list[list[str | _Word]]:
    clauses: list[list[str | _Word]] = [[]]
    for token in tokens:
        clauses[-1].append(token)
        if isinstance(token, str) and token in _CLAUSE_STOPS:
            clauses.append([])
    return [c for c in clauses if c]


def phoneme_chunks(text: str, pinyin: PinyinOptions, limit: int = MAX_PHONEMES) -> list[str]:
    """Normalised Chinese text → Kokoro phoneme strings, each at most ``limit`` symbols.

    Usually one; a longer sentence is cut after clause punctuation (，；：…), a
    clause longer than the limit between words.  A text with no closing stop
    (a headline, a byline) gets one, so it ends as a statement does.  Nothing
    speakable gives [].
    """
    tokens = _tokens(text, pinyin)
    if not any(isinstance(t, _Word) for t in tokens):
        return []
    last_word = max(i for i, t in enumerate(tokens) if isinstance(t, _Word))
    if not any(isinstance(t, str) and t in _CLAUSE_STOPS for t in tokens[last_word:]):
        tokens.append(".")
    whole = _join(tokens)
    if len(whole) <= limit:
        return [whole]
    chunks: list[str] = []
    current: list[str | _Word] = []
    for clause in _clauses(tokens):
        if current and len(_join(current + clause)) > limit:
            chunks.append(_join(current))
            current = []
        if len(_join(clause)) <= limit:
            current += clause
            continue
        for token in clause:  # one clause alone is too long: cut between words
            if current and len(_join([*current, token])) > limit:
                chunks.append(_join(current))
                current = []
            current.append(token)
    if current:
        chunks.append(_join(current))
    return [c for c in chunks if c.strip(" ,.!?;:…—“”()")]
