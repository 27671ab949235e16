"""Phrase dictionaries: the project's files, the user's, the light-tone list; the merged lexicon."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pypinyin.constants import PINYIN_DICT
from pypinyin.seg import mmseg

from publisher.errors import InputError
from publisher.pinyin.options import COMMON_WORDS, LIGHT_TONES, PROJECT_DICTIONARY, PinyinOptions, PinyinTones
from publisher.pinyin.syllables import _to_numbered
from publisher.punctuation import is_han

Dictionary = dict[str, tuple[str, ...]]


def _is_han(ch: str) -> bool:
    """A Han character pypinyin knows a reading for (〇 counts: it is read líng)."""
    return (is_han(ch) or ch == "\u3007") and ord(ch) in PINYIN_DICT


# 现汉's dot before a light syllable: "热闹 rè ·nào" (see assets/pinyin/light_tones.txt).
_LIGHT_DOT = "·"


def parse_dictionary(text: str, source: str, tones: PinyinTones = "light") -> Dictionary:
    """Parse the phrase-file format (see assets/pinyin/phrases.txt); InputError names file and line.

    A syllable written after 现汉's dot (``·nào``) is light: tone 5 with ``tones="light"``,
    the written tone with ``tones="full"``.
    """
    entries: Dictionary = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word, *syllables = line.split()
        where = f"{source}:{number}"
        if not all(_is_han(ch) for ch in word):
            raise InputError(f"{where}: pinyin dictionary entry {word!r} must be Han characters only")
        if len(syllables) != len(word):
            raise InputError(
                f"{where}: {word!r} has {len(word)} characters but {len(syllables)} pinyin syllables"
            )
        light = [s.startswith(_LIGHT_DOT) for s in syllables]
        syllables = [s.removeprefix(_LIGHT_DOT) for s in syllables]
        numbered = [_to_numbered(s) for s in syllables]
        bad = [s for s, n in zip(syllables, numbered, strict=True) if n is None]
        if bad:
            raise InputError(f"{where}: {bad[0]!r} is not a pinyin syllable (use píng or ping2)")
        entries[word] = tuple(
            f"{n[:-1]}5" if dot and tones == "light" else n
            for n, dot in zip(numbered, light, strict=True)
            if n is not None
        )
    return entries


@lru_cache(maxsize=32)
def _load_dictionary_cached(path: Path, mtime_ns: int, size: int, tones: PinyinTones) -> Dictionary:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read pinyin dictionary ({exc.__class__.__name__})") from exc
    return parse_dictionary(text, str(path), tones)


def load_dictionary(path: Path, tones: PinyinTones = "light") -> Dictionary:
    """Read a phrase file once per (path, mtime, size); the result must not be mutated."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: cannot read pinyin dictionary ({exc.strerror})") from exc
    return _load_dictionary_cached(path.resolve(), stat.st_mtime_ns, stat.st_size, tones)


class _Lexicon:
    """The project's merged dictionary, the common-word list, and a prefix set for maximum matching."""

    def __init__(
        self,
        dictionaries: Sequence[Dictionary],
        common: frozenset[str] = frozenset(),
        light: frozenset[str] = frozenset(),
    ) -> None:
        self.light = light  # the must-light words: a rare phrase must not take their first character
        self.entries: Dictionary = {}
        for d in dictionaries:
            self.entries.update(d)  # later files override earlier ones
        # Words known only from the common-word list guide segmentation; many are also given
        # names (建国, 海军, 志强), so they do not count as "a phrase, not a name".
        self.common = common - self.entries.keys()
        self.prefixes = {word[:i] for word in (*self.entries, *self.common) for i in range(1, len(word) + 1)}


@lru_cache(maxsize=4)
def _load_word_list(path: Path, mtime_ns: int, size: int) -> frozenset[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read word list ({exc.__class__.__name__})") from exc
    return frozenset(w for raw in text.splitlines() if (w := raw.split("#", 1)[0].strip()))


def load_word_list(path: Path) -> frozenset[str]:
    """The common-word list: one word per line, read as its characters read alone."""
    stat = path.stat()
    return _load_word_list(path.resolve(), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _lexicon(paths: tuple[Path, ...], stamps: tuple[tuple[int, int], ...], tones: PinyinTones) -> _Lexicon:
    del stamps  # part of the cache key only: a changed file gives a new lexicon
    common, *rest = paths
    dictionaries = {p: load_dictionary(p, tones) for p in rest}
    light = frozenset(dictionaries.get(LIGHT_TONES.resolve(), {}))
    return _Lexicon(list(dictionaries.values()), load_word_list(common), light)


def shipped_dictionaries() -> tuple[Path, ...]:
    """The project's own files, lowest priority first (a user's --pinyin-dict comes after them);
    the first is the common-word list."""
    return (COMMON_WORDS, PROJECT_DICTIONARY, LIGHT_TONES)


def _lexicon_for(options: PinyinOptions) -> _Lexicon:
    paths = (*shipped_dictionaries(), *(Path(p) for p in options.extra_dictionaries))
    stamps = []
    for p in paths:
        try:
            st = p.stat()
        except OSError as exc:
            raise InputError(f"{p}: cannot read pinyin dictionary ({exc.strerror})") from exc
        stamps.append((st.st_mtime_ns, st.st_size))
    return _lexicon(tuple(p.resolve() for p in paths), tuple(stamps), options.tones)


# pypinyin's own prefix set of its phrase list, built when pypinyin is imported; read-only use.
_PYPINYIN_PREFIXES = mmseg.p_set
