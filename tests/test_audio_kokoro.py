"""The Kokoro-82M engine: our readings as Kokoro's phonemes, the model on real text, the engine choice.

Only the tests marked ``kokoro_model`` run the real model (a sentence each, a
few seconds); the phoneme conversion and the engine's own logic use the
conversion functions or a stand-in model, so they stay fast.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import numpy as np
import pytest

from publisher.errors import PublisherError
from publisher.pinyin import PinyinOptions
from publisher.speech.kokoro.engine import KokoroEngine, rate_to_speed
from publisher.speech.kokoro.model import (
    DEFAULT_KOKORO_VOICE,
    MODEL_SHA256,
    SAMPLE_RATE,
    kokoro_voices,
    model_file,
    vocabulary,
    voice_pack,
)
from publisher.speech.kokoro.phonemes import MAX_PHONEMES, phoneme_chunks, syllable_ipa, third_tone_sandhi
from publisher.speech.normalize import normalize

DATA = Path(__file__).parent / "data"
OPTIONS = PinyinOptions()


def phonemes(text: str) -> str:
    chunks = phoneme_chunks(normalize(text), OPTIONS)
    assert len(chunks) == 1
    return chunks[0]


# ---------------------------------------------------------------- syllables


def test_every_syllable_is_written_as_misaki_wrote_kokoros_training_text() -> None:
    reference = json.loads((DATA / "kokoro_misaki_syllables.json").read_text("utf-8"))["syllables"]
    assert len(reference) > 1500
    wrong = {s: (ipa, syllable_ipa(s)) for s, ipa in reference.items() if syllable_ipa(s) != ipa}
    assert wrong == {}


@pytest.mark.parametrize(
    ("syllable", "ipa"),
    [
        ("chang2", "ꭧʰa↗ŋ"),
        ("zhang3", "ꭧa↓ŋ"),
        ("shi4", "ʂɨ↘"),  # apical vowel
        ("si1", "sɨ→"),
        ("de5", "tɤ"),  # neutral tone: no arrow
        ("lü4", "ly↘"),
        ("lv4", "ly↘"),
        ("jue2", "ʨɥe↗"),
        ("you3", "jou↓"),
        ("gui4", "kwei↘"),
        ("er4", "ɚ↘"),
    ],
)
def test_syllables(syllable: str, ipa: str) -> None:
    assert syllable_ipa(syllable) == ipa


@pytest.mark.parametrize("bad", ["", "ping", "xx3", "zh1", "ping6"])
def test_a_non_syllable_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not a numbered pinyin syllable"):
        syllable_ipa(bad)


# ---------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # our readings drive the voice: misaki (pypinyin alone) says zhǎng here
        ("长三角一体化", "ꭧʰa↗ŋsa→nʨjau↓"),
        ("他被评为先进个人。", "wei↗"),
        ("为人民服务。", "wei↘ ɻə↗nmi↗n"),
        # tone 5 (neutral) has no tone mark
        ("我的桌子。", "tɤ"),
        # third-tone change inside a word and with a one-syllable word; 一 and 不 as said
        ("你好。", "ni↗xau↓"),
        ("展览馆。", "ꭧa↗nla↗nkwa↓n"),
        ("不要怕。", "pu↗jau↘"),
        ("一起去。", "i↘ʨʰi↓"),
        # Latin letters named the Chinese way, never read as Kokoro symbols
        ("用上了APP。", "lɤ ei→ pʰi↘ pʰi↘."),
        ("K101路公交车。", "kʰai↘"),
    ],
)
def test_text_to_phonemes(text: str, expected: str) -> None:
    assert expected in phonemes(text)


def test_punctuation_becomes_kokoros_pause_and_quote_marks() -> None:
    said = phonemes("据《平湖日报》报道：“好”，大家都来了！")
    assert "“pʰi↗ŋxu↗" in said and "” pau↘tau↘: “xau↓”," in said
    assert said.endswith("!")
    assert not re.search(r"[，。：！“”《》]", said.replace("“", "").replace("”", ""))


def test_a_headline_ends_as_a_statement_and_a_cut_sentence_keeps_its_comma() -> None:
    assert phonemes("平湖入选全国文明城市").endswith(".")
    assert phonemes("会议指出，").endswith(",")


def test_every_symbol_is_in_the_models_vocabulary() -> None:
    vocab = vocabulary()
    text = normalize("2024年11月25日，平湖市（嘉兴）的GDP增长了6.5%；“长三角”——一体化……好吗？嗯！")
    for chunk in phoneme_chunks(text, OPTIONS):
        assert set(chunk) <= set(vocab), set(chunk) - set(vocab)


def test_nothing_speakable_gives_no_chunks() -> None:
    assert phoneme_chunks("，。——", OPTIONS) == []


def test_third_tone_change_stays_within_its_stretch() -> None:
    assert third_tone_sandhi([["ni3", "hao3"]]) == [["ni2", "hao3"]]
    assert third_tone_sandhi([["zhan3", "lan3", "guan3"]]) == [["zhan2", "lan2", "guan3"]]
    # two words of two syllables: only inside each
    assert third_tone_sandhi([["ling3", "dao3"], ["xuan3", "ju3"]]) == [["ling2", "dao3"], ["xuan2", "ju3"]]
    # a comma ends the stretch: 好，我 keeps 好's third tone
    assert phonemes("很好，我想。").startswith("xə↗n xau↓, wo↗ ɕja↓ŋ")


def test_long_sentences_are_cut_at_clauses_within_the_limit() -> None:
    clause = "平湖市当湖街道举办了第六届全国文明城市创建工作推进会，"
    text = normalize(clause * 12 + "大家都来了。")
    whole = phoneme_chunks(text, OPTIONS, limit=100_000)[0]
    chunks = phoneme_chunks(text, OPTIONS)
    assert len(whole) > MAX_PHONEMES and len(chunks) > 1
    assert all(len(c) <= MAX_PHONEMES for c in chunks)
    assert all(c.endswith((",", ".")) for c in chunks)  # cut after a clause, never inside one
    # nothing lost: the same syllables in the same order
    assert re.sub(r"[ ,.]", "", "".join(chunks)) == re.sub(r"[ ,.]", "", whole)
    # a clause longer than the limit is cut between words
    one_clause = normalize("平湖市当湖街道举办了第六届全国文明城市创建工作推进会。")
    small = phoneme_chunks(one_clause, OPTIONS, limit=40)
    assert len(small) > 1 and all(len(c) <= 40 for c in small)


# ---------------------------------------------------------------- the engine without the model


class CountingModel:
    """Stands in for onnxruntime: a second of tone per chunk, and what it was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []

    def run(self, phonemes: str, style: np.ndarray, speed: float) -> np.ndarray:
        assert style.shape == (510, 256)
        self.calls.append((phonemes, speed))
        return np.full(SAMPLE_RATE, 0.25, dtype=np.float32)


def test_engine_hands_each_chunk_to_the_model_and_joins_them_with_a_short_pause() -> None:
    model = CountingModel()
    engine = KokoroEngine(rate="+10%", model=model)  # type: ignore[arg-type]
    text = normalize("平湖市当湖街道举办了第六届全国文明城市创建工作推进会，" * 12)
    clip = asyncio.run(engine.synthesize(text))
    assert clip.kind == "pcm_s16le" and clip.sample_rate == SAMPLE_RATE
    assert len(model.calls) == len(engine.prepare(text)) > 1
    assert {speed for _, speed in model.calls} == {1.1}
    samples = np.frombuffer(clip.data, dtype="<i2")
    gaps = len(model.calls) - 1
    assert samples.size == len(model.calls) * SAMPLE_RATE + gaps * round(0.15 * SAMPLE_RATE)
    assert asyncio.run(engine.synthesize("，。")).data == b""


@pytest.mark.parametrize(("rate", "speed"), [("+0%", 1.0), ("+10%", 1.1), ("-20%", 0.8), ("+500%", 2.0)])
def test_rate_is_kokoros_speed(rate: str, speed: float) -> None:
    assert rate_to_speed(rate) == speed


def test_voices_are_vendored_female_and_male() -> None:
    voices = kokoro_voices()
    assert DEFAULT_KOKORO_VOICE in voices
    assert any(v.startswith("zf_") for v in voices) and any(v.startswith("zm_") for v in voices)
    for voice in voices:
        assert voice_pack(voice).shape == (510, 256)
    with pytest.raises(PublisherError, match="no voice 'zf_nobody'"):
        KokoroEngine(voice="zf_nobody")


def test_cache_key_names_model_voice_speed_and_readings(tmp_path: Path) -> None:
    extra = tmp_path / "extra.txt"
    extra.write_text("平湖 píng hú\n", encoding="utf-8")
    keys = {
        KokoroEngine().cache_key(),
        KokoroEngine(rate="+10%").cache_key(),
        KokoroEngine(voice="zm_yunxi").cache_key(),
        KokoroEngine(pinyin=PinyinOptions(extra_dictionaries=(extra,))).cache_key(),
    }
    assert len(keys) == 4
    assert KokoroEngine().cache_key() == KokoroEngine(workers=1).cache_key()  # threads do not change samples
    assert MODEL_SHA256[:16] in KokoroEngine().cache_key()


# ---------------------------------------------------------------- the engine choice


def choose(monkeypatch: pytest.MonkeyPatch, *, edge_up: bool = False, kokoro: bool = True, **options: str):
    """choose_engine with the edge service up or not and Kokoro installed or not; (engine, notices)."""
    from publisher.speech import edge
    from publisher.speech.kokoro import model
    from publisher.speech.pipeline import AudioOptions, choose_engine

    async def probe(self: object, timeout: float = 3.0) -> bool:
        return edge_up

    monkeypatch.setattr(edge.EdgeEngine, "probe", probe)
    monkeypatch.setattr(model, "missing_parts", lambda: [] if kokoro else ["onnxruntime"])
    notices: list[str] = []
    engine = asyncio.run(choose_engine(AudioOptions(**options), notices.append))  # type: ignore[arg-type]
    return engine, notices


def test_auto_takes_kokoro_when_edge_is_unreachable_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    engine, notices = choose(monkeypatch)
    assert engine.name == "kokoro" and engine.voice == DEFAULT_KOKORO_VOICE
    assert notices == [
        "notice: the online voices (edge) are unreachable; using the offline Kokoro voice zf_xiaobei"
    ]
    engine, notices = choose(monkeypatch, edge_up=True)
    assert engine.name == "edge" and notices == []


def test_auto_without_kokoro_takes_espeak_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    engine, notices = choose(monkeypatch, kokoro=False, voice="zh-CN-YunxiNeural")
    assert engine.name == "espeak"
    assert notices == [
        "notice: the online voices (edge) are unreachable and Kokoro cannot run (onnxruntime not installed); "
        "using the offline espeak-ng voice cmn-latn-pinyin"
    ]


def test_a_kokoro_voice_picks_kokoro_and_an_espeak_voice_espeak(monkeypatch: pytest.MonkeyPatch) -> None:
    engine, notices = choose(monkeypatch, voice="zm_yunxi")
    assert (engine.name, engine.voice) == ("kokoro", "zm_yunxi")
    assert notices == ["notice: --voice zm_yunxi is a Kokoro voice; using the offline Kokoro voice zm_yunxi"]
    engine, notices = choose(monkeypatch, voice="yue")
    assert (engine.name, engine.voice, notices) == ("espeak", "yue", [])


def test_engine_kokoro_is_forced_and_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    engine, notices = choose(monkeypatch, engine="kokoro", edge_up=True, pitch="+5Hz")
    assert engine.name == "kokoro"
    assert notices == ["notice: --pitch +5Hz apply to the edge voices only; Kokoro ignores them"]
    with pytest.raises(PublisherError, match=r"^kokoro: onnxruntime not installed; run ./install.sh"):
        choose(monkeypatch, engine="kokoro", kokoro=False)
    with pytest.raises(PublisherError, match="Kokoro has no voice 'cmn'"):
        choose(monkeypatch, engine="kokoro", voice="cmn")


def test_jobs_share_the_cores_with_onnxruntime_threads() -> None:
    from publisher.speech.kokoro.model import cores

    n = cores()
    for jobs in (1, 2, 4, 16):
        engine = KokoroEngine(workers=jobs)
        assert engine.workers == min(jobs, n) and engine.workers * engine.threads <= max(n, 1)


# ---------------------------------------------------------------- the real model


@pytest.fixture(scope="module")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("kokoro-cache")


@pytest.mark.kokoro_model
def test_model_is_joined_once_checked_and_rebuilt_when_damaged(model_cache: Path) -> None:
    path = model_file(model_cache)
    assert path.stat().st_size > 80_000_000 and MODEL_SHA256[:16] in path.name
    assert list(path.parent.iterdir()) == [path]  # no temporary left behind
    assert model_file(model_cache) == path
    with path.open("r+b") as f:  # damage it: the next use joins it again
        f.seek(1000)
        f.write(b"\0" * 16)
    assert model_file(model_cache) == path
    import hashlib

    assert hashlib.sha256(path.read_bytes()).hexdigest() == MODEL_SHA256


@pytest.mark.kokoro_model
def test_real_model_speaks_a_sentence_deterministically(model_cache: Path) -> None:
    text = normalize("平湖入选文明城市。")
    engine = KokoroEngine(cache_dir=model_cache)
    clip = asyncio.run(engine.synthesize(text))
    assert clip.kind == "pcm_s16le" and clip.sample_rate == 24000
    samples = np.frombuffer(clip.data, dtype="<i2").astype(np.float64) / 32768
    seconds = samples.size / clip.sample_rate
    assert 1.2 < seconds < 4.0  # 8 syllables
    assert np.sqrt(np.mean(samples**2)) > 0.03 and np.abs(samples).max() < 1.0
    # speech, not a tone: the level moves between syllables and pauses
    frames = samples[: samples.size // 480 * 480].reshape(-1, 480)
    levels = np.sqrt(np.mean(frames**2, axis=1))
    assert (levels < 0.1 * levels.max()).mean() > 0.05
    assert asyncio.run(engine.synthesize(text)) == clip  # same text, same samples
    one_worker = KokoroEngine(cache_dir=model_cache, workers=1)  # all cores on one sentence
    assert asyncio.run(one_worker.synthesize(text)) == clip
    female = asyncio.run(engine.synthesize("你好。"))
    male = asyncio.run(KokoroEngine(voice="zm_yunxi", cache_dir=model_cache).synthesize("你好。"))
    assert male.data != female.data
