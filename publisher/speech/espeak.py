"""The offline engine: libespeak-ng 1.52 from the ``espeakng-loader`` wheel, driven through ctypes.

The wheel's library and data are used, never a system ``espeak-ng`` (Debian 12's
1.51 reads Han characters as spelled-out pinyin).  Han text is fed to the
``cmn-latn-pinyin`` voice as numbered pinyin from :mod:`publisher.pinyin`, the
readings the pinyin EPUB shows as ruby, so a polyphone (长三角, 沈家弄) sounds
the way the child sees it written.

libespeak-ng keeps its state in process globals and is not thread-safe: one
lock serialises every call, and synthesis runs in a worker thread so the event
loop (and the encoding of other tracks) keeps going meanwhile.
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from publisher.pinyin import PinyinOptions, readings_fingerprint, spoken_pinyin
from publisher.speech.engine import Clip, SynthesisError, rate_factor
from publisher.speech.letters import LETTER_NAMES

DEFAULT_VOICE = "cmn-latn-pinyin"
PINYIN_VOICES = frozenset({"cmn-latn-pinyin"})
DEFAULT_WPM = 175  # espeak-ng's own default rate, the "+0%" point

# Synthesis in the calling thread, the callback called from it: the same samples as
# AUDIO_OUTPUT_RETRIEVAL (1), without handing every buffer to espeak's own thread and back
# (13% less CPU on the seed's sentences; no thread of espeak's own left to stop on Ctrl-C).
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_ESPEAK_CHARS_UTF8 = 1
_ESPEAK_RATE = 1
_EE_OK = 0


_SYNTH_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


class _Library:
    """The one libespeak-ng of this process; every method must be called with ``lock`` held."""

    lock = threading.Lock()
    _instance: _Library | None = None

    def __init__(self) -> None:
        import espeakng_loader

        self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
        self.data_path = _steady_data_overlay(Path(espeakng_loader.get_data_path()))
        lib = self.lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SYNTH_CALLBACK]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
            ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
        ]  # fmt: skip
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_ng_SetRandSeed.argtypes = [ctypes.c_long]
        lib.espeak_ng_SetRandSeed.restype = None
        self.sample_rate = lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, 0, str(self.data_path).encode(), 0
        )
        if self.sample_rate <= 0:
            raise SynthesisError(f"espeak-ng could not start (data in {self.data_path})")
        self._pcm = bytearray()
        # kept on the instance: ctypes must not collect the callback while C holds it
        self._callback = _SYNTH_CALLBACK(self._collect)
        lib.espeak_SetSynthCallback(self._callback)
        self._voice: str | None = None
        self._rate: int | None = None
        self._srand = _c_srand()

    @classmethod
    def get(cls) -> _Library:
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def _collect(self, wav: ctypes._Pointer[ctypes.c_short] | None, count: int, _events: int) -> int:
        if wav and count > 0:
            self._pcm += ctypes.string_at(wav, count * 2)
        return 0  # 0 = go on

    def synth(self, text: str, voice: str, wpm: int) -> bytes:
        if voice != self._voice:
            if self.lib.espeak_SetVoiceByName(f"{voice}+{STEADY_VARIANT}".encode()) != _EE_OK:
                raise SynthesisError(f"espeak-ng has no voice {voice!r} (see `pinghu-publish voices`)")
            self._voice, self._rate = voice, None
        if wpm != self._rate:
            self.lib.espeak_SetParameter(_ESPEAK_RATE, wpm, 0)
            self._rate = wpm
        data = text.encode("utf-8")
        self._pcm = bytearray()
        # espeak-ng draws noise from its own generator (and C rand()): reseed both, so
        # the same text always gives the same samples
        self.lib.espeak_ng_SetRandSeed(0)
        if self._srand is not None:
            self._srand(0)
        status = self.lib.espeak_Synth(
            data, len(data) + 1, 0, _POS_CHARACTER, 0, _ESPEAK_CHARS_UTF8, None, None
        )
        self.lib.espeak_Synchronize()
        if status != _EE_OK:
            raise SynthesisError(f"espeak-ng failed on {text[:30]!r} (status {status})")
        return bytes(self._pcm)


STEADY_VARIANT = "pinghu-steady"


def _c_srand() -> Any:
    """The C library's srand, which libespeak-ng's rand() shares; None where it cannot be found."""
    import ctypes.util

    name = ctypes.util.find_library("c") or ("msvcrt" if sys.platform == "win32" else None)
    try:
        return ctypes.CDLL(name).srand if name else None
    except (OSError, AttributeError):
        return None


def _steady_data_overlay(data: Path) -> Path:
    """The wheel's data plus one voice variant with ``flutter 0`` and ``roughness 0``.

    espeak-ng's pitch flutter and voice roughness keep their position in the
    library between calls, so the same sentence came out different each time
    (and the MP3s with it).  Without them a text always gives the same samples.
    The overlay links to the wheel's files (copies where links are
    not allowed) in a temporary folder removed at exit; the wheel is not touched.
    """
    import atexit
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="pinghu-espeak-"))
    atexit.register(shutil.rmtree, root, True)

    def link(src: Path, dst: Path) -> None:
        try:
            dst.symlink_to(src, target_is_directory=src.is_dir())
        except OSError:
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, dst)

    for entry in data.iterdir():
        if entry.name != "voices":
            link(entry, root / entry.name)
    variants = root / "voices" / "!v"
    variants.mkdir(parents=True)
    for entry in (data / "voices" / "!v").iterdir():
        link(entry, variants / entry.name)
    (variants / STEADY_VARIANT).write_text(
        f"language variant\nname {STEADY_VARIANT}\nflutter 0\nroughness 0\n"
    )
    return root


@functools.cache
def library_version() -> str:
    """libespeak-ng's version, without starting it (a run served from the cache never does)."""
    import espeakng_loader

    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    lib.espeak_Info.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
    lib.espeak_Info.restype = ctypes.c_char_p
    return (lib.espeak_Info(None) or b"?").decode()


def espeak_data_path() -> Path:
    import espeakng_loader

    return Path(espeakng_loader.get_data_path())


def rate_to_wpm(rate: str) -> int:
    """``+10%`` → 193 words per minute: a percentage of espeak's default, clamped to what it can say."""
    return max(80, min(450, round(DEFAULT_WPM * rate_factor(rate))))


_TONE = re.compile(r"^[a-zv]+[1-5]$")
_PAUSE_TOKENS = {",", ".", ";", ":", "!", "?"}
_TRANSPARENT = re.compile(r"^[“”‘’\"'《》〈〉「」『』【】]+$")


def pinyin_for_voice(text: str, options: PinyinOptions) -> str:
    """Normalised Chinese text → what the ``cmn-latn-pinyin`` voice reads.

    Han characters become the project's pinyin; Latin letters are named the
    Chinese way (A → ei1); quotes vanish; brackets and dots become short pauses.
    """
    out: list[str] = []
    for token in spoken_pinyin(text, options).split():
        if _TONE.match(token) or token in _PAUSE_TOKENS:
            out.append(token)
        elif _TRANSPARENT.match(token):
            continue
        elif re.fullmatch(r"[A-Za-z]+", token):
            if token.isupper() or len(token) <= 3:
                out.extend(LETTER_NAMES[c] for c in token.upper())
            else:
                out.append(token.lower())  # a Latin word: the voice reads it as best it can
        else:
            letters = [LETTER_NAMES[c] for c in token.upper() if c in LETTER_NAMES]
            out.extend(letters or [","])
    # collapse runs of pauses and drop a leading one
    cleaned: list[str] = []
    for token in out:
        if token in _PAUSE_TOKENS and (not cleaned or cleaned[-1] in _PAUSE_TOKENS):
            continue
        cleaned.append(token)
    return " ".join(cleaned)


@dataclass
class EspeakEngine:
    """SpeechEngine for espeak-ng; ``rate`` like ``+10%``."""

    voice: str = DEFAULT_VOICE
    rate: str = "+0%"
    pinyin: PinyinOptions = field(default_factory=PinyinOptions)
    name: str = "espeak"
    # one libespeak-ng per process, one text at a time: the pipeline need not queue many
    serial: ClassVar[bool] = True

    def __post_init__(self) -> None:
        self.voice = self.voice.lower()
        self.wpm = rate_to_wpm(self.rate)

    def cache_key(self) -> str:
        version = library_version()
        reader = f"pinyin:{readings_fingerprint(self.pinyin)}" if self.voice in PINYIN_VOICES else "text"
        return f"espeak-ng {version}|voice={self.voice}+{STEADY_VARIANT}|wpm={self.wpm}|{reader}|v2"

    def prepare(self, text: str) -> str:
        """What is actually handed to espeak for ``text``."""
        return pinyin_for_voice(text, self.pinyin) if self.voice in PINYIN_VOICES else text

    def synthesize_sync(self, text: str) -> Clip:
        prepared = self.prepare(text)
        with _Library.lock:
            library = _Library.get()
            pcm = library.synth(prepared, self.voice, self.wpm) if prepared.strip(" ,.;:!?") else b""
            rate = library.sample_rate
        return Clip(data=pcm, kind="pcm_s16le", sample_rate=rate)

    async def synthesize(self, text: str) -> Clip:
        return await asyncio.to_thread(self.synthesize_sync, text)


@functools.cache
def espeak_voice_names() -> frozenset[str]:
    """Every voice name the shipped data has (the file names under lang/), lower-case."""
    return frozenset(p.name.lower() for p in (espeak_data_path() / "lang").rglob("*") if p.is_file())


def espeak_chinese_voices() -> list[str]:
    """The Chinese-family voices in the shipped espeak-ng data (file names under lang/)."""
    found: list[str] = []
    for path in sorted((espeak_data_path() / "lang").rglob("*")):
        if not path.is_file():
            continue
        try:
            text = path.read_text("utf-8", errors="replace")
        except OSError:
            continue
        langs = re.findall(r"^language\s+(\S+)", text, flags=re.M)
        if any(lang.split("-")[0] in {"zh", "cmn", "yue", "hak"} for lang in langs):
            name = path.name.lower()  # what espeak_SetVoiceByName accepts
            title = re.search(r"^name\s+(.+)$", text, flags=re.M)
            found.append(f"{name}\t{title.group(1).strip() if title else ''}")
    return found
