"""Pinyin readings in context: the one place that decides how a Han character is read.

Both the ruby in the pinyin EPUB and the offline speech engine use these
readings, so what a child sees over a character is what the audio says.

How a reading is decided, per maximal run of Han characters:

1. The run is cut into words by forward maximum matching over the union of
   pypinyin's phrase dictionary and the project's phrase dictionaries
   (``assets/pinyin/phrases.txt`` plus any ``extra_dictionaries``).  This is the
   algorithm pypinyin itself uses, but on our own merged lookup, so pypinyin's
   global state (``load_phrases_dict``) is never touched and results do not
   depend on what else ran in the process.
2. A word found in a project dictionary takes its reading from there (later
   dictionaries override earlier ones); otherwise pypinyin's phrase reading,
   otherwise the character's default reading.
3. Small context rules fix what no dictionary can (``_apply_context_rules``): a lone 为 is
   wéi after 以… in the same clause, after 列/评/称/约… and before a number, else wèi; a lone
   得 after a verb is de; 地 after an adverbial (reduplication, 有…地, …性地, a known
   adverb, before 说) is de; 只 after a numeral is zhī; 场 after a numeral is chǎng for
   shows and matches, cháng for rain, illness, battles; surnames (单 shàn, 曾 zēng, 解 xiè…) in
   bylines (记者 华婷婷), after a role (市长解海平在…, 负责人朴志勋说), before a form of address
   (任阿姨, 单先生) or before a verb of saying (据朴振华介绍); a name found so is read alike
   wherever it recurs in the text.
4. 一 and 不 are normalised to their citation tones (yī, bù): pypinyin's
   dictionary mixes citation and changed tones.  With ``sandhi=True`` the
   changed tones are applied by rule (不 before a 4th tone → bú; 一 before a
   4th tone → yí, before 1st/2nd/3rd → yì; 一 keeps yī as an ordinal, in a
   number, or at the end of a word or phrase).

Internally a reading is numbered pinyin with ``ü`` and the neutral tone as 5
("ping2", "lü4", "de5").  ``style="numbers"`` returns exactly that;
``style="marks"`` returns tone marks ("píng", "lǜ", "de").  ``spoken_pinyin`` turns text into
the space-separated numbered string a pinyin voice reads (espeak-ng cmn-latn-pinyin), with
the changed tones of 一/不 as they are spoken.

Dictionary format: see the header of ``assets/pinyin/phrases.txt``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from publisher.pinyin.dictionary import _is_han, _lexicon_for, load_dictionary, shipped_dictionaries
from publisher.pinyin.light import apply_light_rules
from publisher.pinyin.names import _byline_surnames, _names_in_run
from publisher.pinyin.options import (
    COMMON_WORDS,
    LIGHT_TONES,
    PROJECT_DICTIONARY,
    PinyinOptions,
    PinyinStyle,
    PinyinTones,
)
from publisher.pinyin.rules import _apply_context_rules
from publisher.pinyin.segment import _char_reading, _segment
from publisher.pinyin.syllables import _to_marks
from publisher.pinyin.yibu import _citation_yi_bu, _sandhi_yi_bu

DEFAULT_OPTIONS = PinyinOptions()


def readings_fingerprint(options: PinyinOptions) -> str:
    """A digest of everything the readings depend on: pypinyin's data, this package's rules, the
    shipped and the user's dictionaries, and the tones option.  Caches of spoken audio key on it,
    so a changed reading is never served from a cache."""
    import pypinyin

    h = hashlib.sha256(f"pypinyin {pypinyin.__version__}\ntones {options.tones}\n".encode())
    rules = sorted(Path(__file__).parent.glob("*.py"))
    for path in (*rules, *shipped_dictionaries(), *(Path(p) for p in options.extra_dictionaries)):
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(f"missing {path}".encode())
    return h.hexdigest()[:16]


# --- API --------------------------------------------------------------------------------------------------


def _numbered_readings(text: str, options: PinyinOptions) -> list[str | None]:
    lexicon = _lexicon_for(options)
    out: list[str | None] = [None] * len(text)
    i = 0
    n = len(text)
    sentence_start = 0
    lone_yi_abs: set[int] = set()  # offsets of a lone preposition 以, for 以…为
    multi: list[tuple[int, int]] = []  # first and last offsets of the words of two or more characters
    names: dict[str, str] = {}  # three-character names seen with a role or in a byline → surname reading
    while i < n:
        ch = text[i]
        if not _is_han(ch):
            if ch in "。！？\n":
                sentence_start = i + 1
            i += 1
            continue
        j = i
        while j < n and _is_han(text[j]):
            j += 1
        run = text[i:j]
        words = _segment(run, lexicon)
        multi.extend((i + w.start, i + w.start + len(w.text) - 1) for w in words if len(w.text) > 1)
        run_out: list[str | None] = []
        for w in words:
            run_out.extend(r or None for r in w.readings)
        before = text[sentence_start:i]
        lone_yi = {p - sentence_start for p in lone_yi_abs if p >= sentence_start}
        _apply_context_rules(run, words, run_out, before, text[j : j + 40], lone_yi, lexicon)
        if options.tones == "light":
            apply_light_rules(run, words, run_out)
        lone_yi_abs.update(i + w.start for w in words if w.text == "以")
        _citation_yi_bu(run, run_out)
        if options.sandhi:
            _sandhi_yi_bu(run, words, run_out)
        for p, reading in _names_in_run(run, words, lexicon, before, text[j : j + 1], names).items():
            run_out[p] = reading
            if p + 3 <= len(run):
                names[run[p : p + 3]] = reading
        out[i:j] = run_out
        i = j
    for pos, reading in _byline_surnames(text, names).items():
        out[pos] = reading
    # A name found once (byline, role) is the same name wherever it recurs: 华建国说, 缪金根一边…
    # A word that ran across the end of the name (朴志|强笑|着说) gave its last character the word's
    # reading; a given name takes the character's own: 志强 qiáng.
    for name, reading in names.items():
        start = text.find(name)
        while start >= 0:
            out[start] = reading
            last = start + len(name) - 1
            if any(first <= last < end for first, end in multi):
                out[last] = _char_reading(text[last])
            start = text.find(name, start + 3)
    return out


def readings(text: str, options: PinyinOptions = DEFAULT_OPTIONS) -> list[str | None]:
    """One entry per character of ``text``: its reading if it is a Han character, else None.

    ``style="numbers"`` gives "ping2", "lü4" and the neutral tone as 5 ("de5");
    ``style="marks"`` gives "píng", "lǜ", "de".
    """
    numbered = _numbered_readings(text, options)
    if options.style == "numbers":
        return numbered
    return [_to_marks(r) if r else None for r in numbered]


# Punctuation kept in the spoken string as pause marks for the speech engine.
_PAUSES = {
    "，": ",", "、": ",", "；": ";", "：": ":", "。": ".", "！": "!", "？": "?",
    ",": ",", ";": ";", ":": ":", ".": ".", "!": "!", "?": "?", "…": ".", "—": ",", "\n": ".",
}  # fmt: skip


def spoken_pinyin(
    text: str, options: PinyinOptions = DEFAULT_OPTIONS, *, sandhi: bool = True, v_for_u: bool = True
) -> str:
    """Text as space-separated numbered pinyin for a pinyin TTS voice (espeak-ng cmn-latn-pinyin).

    Punctuation becomes ``, . ; : ! ?`` so the voice pauses; other non-Han text
    (digits, Latin) is passed through as its own token.  ``sandhi`` defaults to True
    because 一/不 are spoken with their changed tones; ``v_for_u`` writes ü as v.
    """
    spoken_options = replace(options, style="numbers", sandhi=sandhi)
    tokens: list[str] = []
    other: list[str] = []

    def flush() -> None:
        if other:
            word = "".join(other).strip()
            if word:
                tokens.append(word)
            other.clear()

    for idx, (ch, r) in enumerate(zip(text, readings(text, spoken_options), strict=True)):
        if r is not None:
            flush()
            tokens.append(r.replace("ü", "v") if v_for_u else r)
        elif ch in ".,:" and other and other[-1].isdigit() and text[idx + 1 : idx + 2].isdigit():
            other.append(ch)  # 11.1, 1,000, 8:30 stay one token
        elif ch in _PAUSES:
            flush()
            if tokens and tokens[-1] in _PAUSES.values():
                continue
            tokens.append(_PAUSES[ch])
        elif ch.isalnum() or ch in "%‰":
            other.append(ch)  # digits and Latin pass through for the voice to read
        else:
            flush()  # spaces, quotes, brackets, symbols (■): no pause mark, but they split tokens
    flush()
    return " ".join(tokens)


__all__: Iterable[str] = [
    "COMMON_WORDS",
    "DEFAULT_OPTIONS",
    "LIGHT_TONES",
    "PROJECT_DICTIONARY",
    "PinyinOptions",
    "PinyinStyle",
    "PinyinTones",
    "load_dictionary",
    "readings",
    "readings_fingerprint",
    "shipped_dictionaries",
    "spoken_pinyin",
]
