"""The offline engine, for real: libespeak-ng from the espeakng-loader wheel through ctypes."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from publisher.pinyin import PinyinOptions
from publisher.speech.espeak import EspeakEngine, pinyin_for_voice, rate_to_wpm
from publisher.speech.normalize import normalize


def test_voice_reads_the_projects_pinyin_with_polyphones_and_letters() -> None:
    spoken = pinyin_for_voice(normalize("长三角的沈家弄村用上了手机APP。"), PinyinOptions())
    assert spoken.startswith("chang2 san1 jiao3 de5 shen3 jia1 long4 cun1")
    assert "ei1 pi4 pi4" in spoken and spoken.endswith(".")
    assert pinyin_for_voice("“低散乱”（作坊）", PinyinOptions()) == "di1 san3 luan4 zuo1 fang5"


@pytest.mark.parametrize(("rate", "wpm"), [("+0%", 175), ("+10%", 193), ("-20%", 140), ("+500%", 450)])
def test_rate_option_maps_to_words_per_minute(rate: str, wpm: int) -> None:
    assert rate_to_wpm(rate) == wpm


def test_rate_needs_a_sign() -> None:
    with pytest.raises(ValueError, match="signed"):
        rate_to_wpm("10%")


def test_synthesis_is_real_speech_deterministic_and_rate_changes_length() -> None:
    text = normalize("平湖入选第六届全国文明城市名单。")
    normal = EspeakEngine()
    clip = asyncio.run(normal.synthesize(text))
    assert clip.kind == "pcm_s16le" and clip.sample_rate == 22050
    samples = np.frombuffer(clip.data, dtype="<i2").astype(np.float64) / 32768
    seconds = samples.size / clip.sample_rate
    assert 2.0 < seconds < 6.0  # 15 syllables
    assert np.sqrt(np.mean(samples**2)) > 0.03
    assert asyncio.run(normal.synthesize("天气。")) != clip
    assert asyncio.run(normal.synthesize(text)) == clip  # no state carried between sentences
    fast = asyncio.run(EspeakEngine(rate="+50%").synthesize(text))
    assert len(fast.data) < 0.8 * len(clip.data)


def test_cache_key_changes_with_voice_rate_and_dictionaries(tmp_path) -> None:
    extra = tmp_path / "extra.txt"
    extra.write_text("平湖 píng hú\n", encoding="utf-8")
    keys = {
        EspeakEngine().cache_key(),
        EspeakEngine(rate="+10%").cache_key(),
        EspeakEngine(voice="yue").cache_key(),
        EspeakEngine(pinyin=PinyinOptions(extra_dictionaries=(extra,))).cache_key(),
        EspeakEngine(pinyin=PinyinOptions(tones="full")).cache_key(),
    }
    assert len(keys) == 5
    assert EspeakEngine().cache_key() == EspeakEngine().cache_key()


def test_synchronous_output_gives_the_samples_the_threaded_retrieval_gave() -> None:
    """espeak-ng runs in the calling thread (AUDIO_OUTPUT_SYNCHRONOUS); its own thread gave the same."""
    import hashlib
    import subprocess
    import sys

    texts = [normalize("平湖入选第六届全国文明城市名单。"), normalize("今天晴到少云，偏东风3到4级。")]
    code = (
        "import asyncio, hashlib, sys; from publisher.speech import espeak; "
        "espeak._AUDIO_OUTPUT_SYNCHRONOUS = 1; engine = espeak.EspeakEngine(); "
        "print(' '.join(hashlib.sha256(asyncio.run(engine.synthesize(t)).data).hexdigest() "
        "for t in sys.argv[1:]))"
    )
    threaded = subprocess.run(
        [sys.executable, "-c", code, *texts], capture_output=True, text=True, check=True
    ).stdout.split()
    engine = EspeakEngine()
    here = [hashlib.sha256(asyncio.run(engine.synthesize(t)).data).hexdigest() for t in texts]
    assert here == threaded and len(set(here)) == 2
