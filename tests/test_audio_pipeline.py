"""The audio edition rendered for real with espeak-ng: decodable, loud enough, consistent, cached, robust."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import miniaudio
import numpy as np
import pyloudnorm
import pytest
from mutagen.id3 import ID3
from scipy.signal import resample_poly

from publisher.errors import PublisherError
from publisher.model import Edition, Weather
from publisher.speech import loudness
from publisher.speech.engine import Clip, SynthesisError
from publisher.speech.espeak import EspeakEngine
from publisher.speech.loudness import integrated_lufs, true_peak_dbtp
from publisher.speech.pipeline import AudioOptions, AudioReport, write_audio_edition
from publisher.speech.render import render_track
from publisher.speech.script import Segment, Track
from publisher.speech.tags import TrackTags
from tests.audio_samples import small_edition

# A 1×1 PNG: the cover only has to arrive in the tags unchanged.
COVER = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2217bc50000000049454e44ae426082"
)


class CountingEngine:
    """The real espeak engine, counting the texts it is asked for; optionally failing some."""

    def __init__(self, fail_on: str | None = None, fail_after: int | None = None) -> None:
        self.inner = EspeakEngine()
        self.name, self.voice = self.inner.name, self.inner.voice
        self.calls: list[str] = []
        self.fail_on, self.fail_after = fail_on, fail_after

    def cache_key(self) -> str:
        return self.inner.cache_key()

    async def synthesize(self, text: str) -> Clip:
        if self.fail_on and self.fail_on in text:
            raise SynthesisError(f"test engine refuses {text[:8]!r}")
        if self.fail_after is not None and len(self.calls) >= self.fail_after:
            raise SynthesisError("test engine stopped (simulated interruption)")
        self.calls.append(text)
        return await self.inner.synthesize(text)


def render(
    edition: Edition, out: Path, cache: Path, engine: CountingEngine, cover: bytes | None = None
) -> AudioReport:
    options = AudioOptions(engine="espeak", cache_dir=cache, quiet=True)
    return write_audio_edition(edition, out, options, cover=cover, engine=engine)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, AudioReport, CountingEngine]:
    base = tmp_path_factory.mktemp("audio")
    engine = CountingEngine()
    report = render(small_edition(), base / "out", base / "cache", engine, cover=COVER)
    return base / "out", base / "cache", report, engine


def decode(path: Path) -> tuple[np.ndarray, int]:
    info = miniaudio.mp3_get_file_info(str(path))
    assert info.nchannels == 1
    decoded = miniaudio.decode_file(
        str(path), output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=info.sample_rate
    )
    return np.frombuffer(decoded.samples, dtype=np.int16).astype(np.float64) / 32768.0, info.sample_rate


def test_every_track_decodes_with_plausible_duration_and_is_not_silent(rendered) -> None:
    out, _cache, report, _engine = rendered
    assert report.failures == [] and len(report.tracks) == report.total == 5
    for result in report.tracks:
        samples, rate = decode(out / result.track.filename)
        seconds = samples.size / rate
        assert abs(seconds - result.duration) < 0.2
        han = sum(len(re.findall(r"[\u4e00-\u9fff]", s.spoken)) for s in result.track.segments)
        speech = sum(t.end - t.begin for t in result.timings)
        assert 2.0 < han / speech < 9.0, (result.track.filename, han, speech)  # Mandarin: 3–6 syllables/s
        assert np.sqrt(np.mean(samples**2)) > 0.02


def test_loudness_is_minus_16_lufs_and_true_peak_under_minus_1_dbtp(rendered) -> None:
    out, _cache, report, _engine = rendered
    for result in report.tracks:
        samples, rate = decode(out / result.track.filename)
        loudness = pyloudnorm.Meter(rate).integrated_loudness(samples)
        true_peak = 20 * np.log10(np.abs(resample_poly(samples, 4, 1)).max())
        assert -17.0 <= loudness <= -15.0, (result.track.filename, loudness)
        assert true_peak <= -1.0, (result.track.filename, true_peak)


def test_our_meters_agree_with_pyloudnorm_and_oversampling(rendered) -> None:
    out, _cache, report, _engine = rendered
    samples, rate = decode(out / report.tracks[1].track.filename)
    assert integrated_lufs(samples, rate) == pytest.approx(
        pyloudnorm.Meter(rate).integrated_loudness(samples), abs=0.01
    )
    reference = 20 * np.log10(np.abs(resample_poly(samples, 4, 1)).max())
    assert true_peak_dbtp(samples) == pytest.approx(reference, abs=0.3)


def test_tags_playlist_lyrics_and_manifest_agree(rendered) -> None:
    out, _cache, _report, _engine = rendered
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["playlist"] == "playlist-2020-11-11.m3u8"  # dated: several days fit in one folder
    playlist = (out / manifest["playlist"]).read_text("utf-8").splitlines()
    assert playlist[0] == "#EXTM3U"
    entries = list(zip(playlist[1::2], playlist[2::2], strict=True))
    assert len(entries) == len(manifest["tracks"]) == 5
    item_ids = {i.id for i in small_edition().items}
    for n, (track, (extinf, name)) in enumerate(zip(manifest["tracks"], entries, strict=True)):
        samples, rate = decode(out / name)
        seconds = samples.size / rate
        assert name == track["file"] and "/" not in name
        assert extinf == f"#EXTINF:{round(track['duration'])},{track['title']}"
        assert abs(track["duration"] - seconds) < 0.2
        tags = ID3(out / name, translate=False)  # the frames as stored, not upgraded to v2.4
        assert tags.version[:2] == (2, 3)
        assert str(tags["TIT2"]) == track["title"]
        assert str(tags["TALB"]) == "嘉兴日报·平湖版 2020年11月11日" == manifest["title"]
        assert str(tags["TPE1"]) == "嘉兴日报"
        assert str(tags["TRCK"]) == f"{n + 1}/5"
        assert str(tags["TCON"]) == "Speech" and str(tags["TLAN"]) == "chi"
        assert str(tags["TYER"]) == "2020" and str(tags["TDAT"]) == "1111"
        assert tags.getall("APIC")[0].data == COVER
        assert (out / track["lrc"]).read_bytes().startswith(b"\xef\xbb\xbf[ti:")  # UTF-8 with a BOM
        lrc = (out / track["lrc"]).read_text("utf-8-sig").splitlines()
        assert lrc[0] == f"[ti:{track['title']}]"
        timed = [line for line in lrc if re.match(r"\[\d\d:\d\d\.\d\d\]", line)]
        assert len(timed) == len(track["sentences"])
        previous_end = 0.0
        for line, sentence in zip(timed, track["sentences"], strict=True):
            minutes, secs = int(line[1:3]), float(line[4:9])
            assert abs(minutes * 60 + secs - sentence["begin"]) < 0.006
            assert line[10:] == sentence["text"]
            assert previous_end <= sentence["begin"] < sentence["end"] <= track["duration"]
            previous_end = sentence["end"]
            assert sentence["item"] is None or sentence["item"] in item_ids
    deck = ID3(out / manifest["tracks"][3]["file"]).getall("COMM")
    assert [c.text[0] for c in deck] == ["前三季度整治完成206.7%"]
    assert manifest["tracks"][-1]["kind"] == "weather"
    paragraphs = [s for s in manifest["tracks"][1]["sentences"] if s["part"] == "paragraph"]
    assert [s["paragraph"] for s in paragraphs] == [0, 1] and paragraphs[1]["spoken"].startswith(
        "自二零一八年"
    )


def test_rerun_synthesises_nothing_and_only_changed_text_is_new(rendered, tmp_path: Path) -> None:
    out, cache, report, _first = rendered
    again = CountingEngine()
    second = render(small_edition(), tmp_path / "again", cache, again, cover=COVER)
    assert again.calls == [] and second.synthesized == 0
    for result in report.tracks:
        name = result.track.filename
        assert (tmp_path / "again" / name).read_bytes() == (out / name).read_bytes()
    edited = CountingEngine()
    render(small_edition(paragraph="今年前三季度，我市整治企业2307家。"), tmp_path / "edited", cache, edited)
    assert edited.calls == ["今年前三季度，我市整治企业两千三百零七家。"]


def test_output_is_byte_identical_without_any_cache(rendered, tmp_path: Path) -> None:
    out, _cache, report, _engine = rendered
    fresh = render(
        small_edition(), tmp_path / "fresh", tmp_path / "fresh-cache", CountingEngine(), cover=COVER
    )
    # every distinct sentence once, though headlines are said in the opening and in their track
    assert fresh.synthesized == len({s.spoken for r in report.tracks for s in r.track.segments})
    whole = ["edition-2020-11-11.mp3", "edition-2020-11-11.lrc"]
    for name in [
        "playlist-2020-11-11.m3u8",
        *whole,
        "manifest.json",
        *(r.track.filename for r in report.tracks),
    ]:
        assert (tmp_path / "fresh" / name).read_bytes() == (out / name).read_bytes(), name


def test_failed_article_leaves_no_file_and_others_finish(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = render(small_edition(), out, tmp_path / "cache", CountingEngine(fail_on="书画"))
    # the photo's title is also read in the opening, so both tracks fail
    failed = {f.split(" ")[0] for f in report.failures}
    assert failed == {"00-jia-xing-ri-bao-ping-hu-ban-20201111.mp3", "02-shu-hua-zuo-pin-qing-feng-shou.mp3"}
    assert all("test engine refuses" in f for f in report.failures)
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.startswith(".") or n.endswith(".tmp")]
    assert "02-shu-hua-zuo-pin-qing-feng-shou.mp3" not in names
    assert "02-shu-hua-zuo-pin-qing-feng-shou.lrc" not in names
    assert "01-ping-hu-ru-xuan-di-liu-jie-quan-guo-wen.mp3" in names
    playlist = (out / "playlist-2020-11-11.m3u8").read_text("utf-8")
    assert "shu-hua" not in playlist and playlist.count(".mp3") == 3
    assert json.loads((out / "manifest.json").read_text("utf-8"))["failures"] == report.failures


def test_interrupted_run_resumes_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    stopped = render(small_edition(), tmp_path / "a", cache, CountingEngine(fail_after=9))
    assert stopped.failures
    resumed_engine = CountingEngine()
    resumed = render(small_edition(), tmp_path / "b", cache, resumed_engine)
    assert resumed.failures == []
    # a stale partial run's tracks are replaced, and nothing is synthesised twice
    total_unique = len({s.spoken for r in resumed.tracks for s in r.track.segments})
    assert len(resumed_engine.calls) == total_unique - 9


def test_engine_choice_edge_never_falls_back_auto_does(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from publisher.speech import edge
    from publisher.speech.kokoro import model as kokoro_model

    async def unreachable(self: object, timeout: float = 3.0) -> bool:
        return False

    monkeypatch.setattr(edge.EdgeEngine, "probe", unreachable)
    # without Kokoro, as on a machine where it cannot run (its own tests: test_audio_kokoro.py)
    monkeypatch.setattr(kokoro_model, "missing_parts", lambda: ["onnxruntime"])
    weather_only = Edition(items=(Weather(id="w", source=small_edition().items[-1].source, text="今天晴。"),))
    with pytest.raises(PublisherError, match="--engine espeak"):
        write_audio_edition(
            weather_only, tmp_path / "e", AudioOptions(engine="edge", cache_dir=tmp_path, quiet=True)
        )
    assert not (tmp_path / "e" / "playlist.m3u8").exists()
    notices: list[str] = []
    options = AudioOptions(engine="auto", voice="zh-CN-YunxiNeural", cache_dir=tmp_path, quiet=True)
    report = write_audio_edition(weather_only, tmp_path / "a", options, notice=notices.append)
    assert report.engine == "espeak" and report.voice == "cmn-latn-pinyin" and report.failures == []
    assert len(notices) == 1 and "espeak" in notices[0]


def test_stale_tracks_of_a_previous_run_are_removed(rendered, tmp_path: Path) -> None:
    out, cache, _report, _engine = rendered
    target = tmp_path / "out"
    shutil.copytree(out, target)
    (target / "notes.txt").write_text("mine")
    smaller = dataclasses.replace(small_edition(), items=small_edition().items[:1])
    render(smaller, target, cache, CountingEngine())
    names = sorted(p.name for p in target.iterdir())
    assert "notes.txt" in names  # never touch files we did not write
    assert not [n for n in names if n.startswith(("02-", "03-", "04-"))]


class Mp3Engine(CountingEngine):
    """Hands over MP3 clips, as the edge engine does, to exercise the decoding path for real."""

    async def synthesize(self, text: str) -> Clip:
        import lameenc

        pcm = await super().synthesize(text)
        encoder = lameenc.Encoder()
        encoder.set_bit_rate(48)
        encoder.set_in_sample_rate(pcm.sample_rate)
        encoder.set_channels(1)
        return Clip(bytes(encoder.encode(pcm.data) + encoder.flush()), "mp3", pcm.sample_rate)


def test_mp3_clips_are_decoded_and_normalised(tmp_path: Path) -> None:
    edition = dataclasses.replace(small_edition(), items=small_edition().items[-1:])
    report = render(edition, tmp_path / "out", tmp_path / "cache", Mp3Engine())
    assert report.failures == []
    assert report.synthesized == len({s.spoken for r in report.tracks for s in r.track.segments}) == 4
    weather = report.tracks[-1]
    samples, rate = decode(tmp_path / "out" / weather.track.filename)
    assert -17.0 <= pyloudnorm.Meter(rate).integrated_loudness(samples) <= -15.0
    assert 2.0 < sum(t.end - t.begin for t in weather.timings) < 12.0


def test_a_damaged_cache_entry_is_synthesised_again(tmp_path: Path) -> None:
    edition = dataclasses.replace(small_edition(), items=small_edition().items[-1:])
    cache = tmp_path / "cache"
    render(edition, tmp_path / "a", cache, CountingEngine())
    clips = sorted((cache / "sentences").rglob("*.clip"))
    clips[0].write_bytes(clips[0].read_bytes()[:-100])  # a crash mid-write elsewhere, a full disk…
    shutil.rmtree(cache / "tracks")
    again = CountingEngine()
    render(edition, tmp_path / "b", cache, again)
    assert len(again.calls) == 1
    assert (tmp_path / "b" / "01-tian-qi-yu-bao.mp3").read_bytes() == (
        tmp_path / "a" / "01-tian-qi-yu-bao.mp3"
    ).read_bytes()


def _rms(samples: np.ndarray, rate: int, start: float, end: float) -> float:
    return float(np.sqrt(np.mean(samples[int(start * rate) : int(end * rate)] ** 2)))


def test_sentence_timings_match_what_is_heard(rendered) -> None:
    out, _cache, report, _engine = rendered
    for result in report.tracks:
        samples, rate = decode(out / result.track.filename)
        for t in result.timings:
            # silence (our pause) just before each sentence, speech right after it begins
            assert _rms(samples, rate, t.begin - 0.2, t.begin - 0.03) < 0.01
            assert _rms(samples, rate, t.begin + 0.03, t.begin + 0.3) > 0.05
            assert _rms(samples, rate, t.end + 0.03, t.end + 0.25) < 0.01


# ---------------------------------------------------------------- rendering in blocks, memory


def _long_track(clip: Clip, sentences: int) -> tuple[Track, list[Clip]]:
    segments = tuple(
        Segment("句子。", "句子。", "a1", "paragraph", n // 4, 0.8 if n % 4 == 3 else 0.35)
        for n in range(sentences)
    )
    return Track(1, "01-long.mp3", "长文", "article", "a1", None, segments), [clip] * sentences


@pytest.fixture(scope="module")
def loud_clip() -> Clip:
    """A real espeak sentence, about 5 s, loud enough that the limiter has work to do."""
    text = "今年前三季度，我市整治低散乱企业两千三百零六家，完成年度目标的百分之二百八十八点二五。"
    return asyncio.run(EspeakEngine().synthesize(text))


def test_rendering_in_blocks_gives_the_same_bytes_as_the_whole_track(
    loud_clip: Clip, monkeypatch: pytest.MonkeyPatch
) -> None:
    track, _clips = _long_track(loud_clip, 6)
    tags = TrackTags("长文", "专辑", "嘉兴日报", 2, 3, "2020-11-11", None, None)
    whole_size = 1 << 30
    monkeypatch.setattr(loudness, "BLOCK", whole_size)  # one block: the whole-array computation
    whole = render_track(track, [loud_clip] * 6, tags)
    monkeypatch.setattr(loudness, "BLOCK", 4099)  # blocks cutting through steps, peaks and limiter stretches
    blocked = render_track(track, [loud_clip] * 6, tags)
    assert blocked == whole
    samples, rate = decode_bytes(blocked[0])
    assert -17.0 <= pyloudnorm.Meter(rate).integrated_loudness(samples) <= -15.0
    assert 20 * np.log10(np.abs(resample_poly(samples, 4, 1)).max()) <= -1.0


def test_rendering_a_long_track_holds_it_about_once_in_memory(loud_clip: Clip) -> None:
    """The old renderer kept ~9 float copies of a track alive (a 5-minute article: 240 MB)."""
    import tracemalloc

    track, clips = _long_track(loud_clip, 24)
    tags = TrackTags("长文", "专辑", "嘉兴日报", 2, 3, None, None, None)
    render_track(*_long_track(loud_clip, 1), tags)  # imports (scipy) outside the measurement
    tracemalloc.start()
    try:
        _mp3, duration, _timings = render_track(track, clips, tags)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    track_bytes = duration * loud_clip.sample_rate * 2  # the track as 16-bit samples
    assert duration > 100
    assert peak < 3 * track_bytes + 8e6, (peak / 1e6, track_bytes / 1e6)


def decode_bytes(mp3: bytes) -> tuple[np.ndarray, int]:
    decoded = miniaudio.decode(mp3, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1)
    return np.frombuffer(decoded.samples, dtype=np.int16).astype(np.float64) / 32768.0, decoded.sample_rate


# ---------------------------------------------------------------- progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_one_progress_line_for_the_edition_on_a_terminal_none_when_quiet_or_piped(
    rendered, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _out, cache, report, _engine = rendered
    sentences = sum(len(r.track.segments) for r in report.tracks)
    for quiet, stream in ((False, _Terminal()), (True, _Terminal()), (False, io.StringIO())):
        monkeypatch.setattr(sys, "stderr", stream)
        options = AudioOptions(engine="espeak", cache_dir=cache, quiet=quiet)
        write_audio_edition(
            small_edition(), tmp_path / str(quiet), options, cover=COVER, engine=CountingEngine()
        )
        shown = stream.getvalue()
        if quiet or not stream.isatty():
            assert shown == ""
            continue
        # one line, redrawn in place: no line per track, and it ends complete
        assert shown.count("\n") == 1 and shown.endswith("\n")
        final = shown.rsplit("\r\033[K", 1)[-1]
        assert final.startswith("audio ")
        assert f"5/5 tracks · {sentences}/{sentences} sentences" in final
        assert not any(r.track.filename in shown for r in report.tracks)


def test_the_progress_line_counts_sentences_and_estimates_the_time_left() -> None:
    from publisher.speech.progress import Progress

    tracks = [_long_track(Clip(b"", "pcm_s16le", 22050), n)[0] for n in (4, 6)]
    tracks[1] = dataclasses.replace(tracks[1], number=2)
    progress = Progress(tracks, enabled=True, stream=_Terminal())
    start = progress._start
    assert progress.line(start).endswith("0/2 tracks · 0/10 sentences · 0:00")
    for _ in range(3):
        progress.advance(tracks[0])
    progress.done(tracks[1])  # taken whole from the cache: all six sentences at once
    line = progress.line(start + 45)
    assert "1/2 tracks · 9/10 sentences · 0:45 · about 0:09 left" in line  # 10 of 12 units done
    progress.done(tracks[0], failed=True)
    assert "2/2 tracks · 1 failed · 10/10 sentences" in progress.line(start + 50)


def test_espeak_validates_every_prosody_option_and_its_voice(tmp_path: Path) -> None:
    weather_only = dataclasses.replace(small_edition(), items=small_edition().items[-1:])
    for bad, message in [
        ({"rate": "10%"}, "--rate '10%' needs a sign"),
        ({"volume": "+5"}, "--volume '+5' needs a sign"),
        ({"pitch": "5Hz"}, "--pitch '5Hz' needs a sign"),
        ({"voice": "no-such-voice"}, "espeak-ng has no voice 'no-such-voice'"),
    ]:
        for engine in ("espeak", "auto"):
            options = AudioOptions(engine=engine, cache_dir=tmp_path / "c", quiet=True, **bad)
            with pytest.raises(PublisherError, match=re.escape(message)) as error:
                write_audio_edition(weather_only, tmp_path / "out", options)
            assert "\n" not in str(error.value)
    assert not (tmp_path / "out").exists()  # nothing written, not even the folder
    notices: list[str] = []
    options = AudioOptions(engine="espeak", pitch="+5Hz", cache_dir=tmp_path / "c", quiet=True)
    report = write_audio_edition(weather_only, tmp_path / "ok", options, notice=notices.append)
    assert report.failures == [] and report.engine == "espeak"
    assert notices == ["notice: --pitch +5Hz apply to the edge voices only; espeak-ng ignores them"]


def test_the_mp3s_carry_the_cover_as_a_small_square_thumbnail(tmp_path: Path) -> None:
    from PIL import Image

    from publisher.epub import cover_image

    cover = cover_image(small_edition())
    weather_only = dataclasses.replace(small_edition(), items=small_edition().items[-1:])
    report = render(weather_only, tmp_path / "out", tmp_path / "cache", CountingEngine(), cover=cover)
    art = ID3(tmp_path / "out" / report.tracks[-1].track.filename).getall("APIC")[0]
    assert art.mime == "image/jpeg" and len(art.data) <= 30_000 < len(cover)
    with Image.open(io.BytesIO(art.data)) as thumb, Image.open(io.BytesIO(cover)) as full:
        assert thumb.size == (500, 500) and full.size[0] < full.size[1]
        # the whole portrait cover, fitted in: its masthead colour is at the top centre
        assert thumb.convert("RGB").getpixel((250, 30)) == pytest.approx(
            full.convert("RGB").getpixel((full.size[0] // 2, 30)), abs=24
        )


# ---------------------------------------------------------------- loudness measured once


def test_re_measuring_only_the_limiters_regions_equals_a_full_pass(loud_clip: Clip) -> None:
    from publisher.speech.loudness import (
        Chain,
        _gated_loudness,
        _step_bounds,
        _step_energies,
        _streamed_lufs,
        limiter_stretches,
    )

    _track, clips = _long_track(loud_clip, 6)
    pcm = np.concatenate([np.frombuffer(c.data, dtype="<i2") for c in clips])
    rate = loud_clip.sample_rate
    chain = Chain(pcm, gain=2.0)
    bounds = _step_bounds(chain.size, rate)
    base = _step_energies(Chain(pcm), bounds, 0, bounds.size - 1, rate)
    where, peaks = chain.peaks(0.5, 0.4)
    over = peaks > 0.5
    stretches = limiter_stretches(where[over], peaks[over], chain.size, rate, 0.5)
    for some in (stretches[:1], stretches[::7], stretches):  # a few regions, and limiting everywhere
        chain.limiter = some
        regional = _gated_loudness(chain.limited_steps(base, bounds, rate), rate)
        assert regional == pytest.approx(_streamed_lufs(chain, chain.size, rate), abs=1e-6)
    assert len(stretches) > 20


def test_the_filters_are_scipys_without_importing_scipy_signal() -> None:
    from scipy.ndimage import minimum_filter1d, uniform_filter1d
    from scipy.signal import sosfilt

    from publisher.speech.loudness import _filter, _k_weighting, _moving_average, _moving_min

    rng = np.random.default_rng(7)
    x = rng.standard_normal(50_000).astype(np.float32)
    sos, state = _k_weighting(22050), rng.standard_normal((2, 2)).astype(np.float32)
    expected, expected_state = sosfilt(sos, x, zi=state)
    got, got_state = _filter(sos, x, state)
    assert np.array_equal(got, expected) and np.array_equal(got_state, expected_state)
    for n, half in [(1, 3), (9, 4), (700, 88), (1234, 96)]:
        need = rng.random(n).astype(np.float32)
        assert np.array_equal(_moving_min(need, half), minimum_filter1d(need, 2 * half + 1, mode="nearest"))
        average = uniform_filter1d(need, 2 * half + 1, mode="nearest")
        assert np.allclose(_moving_average(need, half), average, rtol=0, atol=1e-6)
    code = (
        "import sys, asyncio; from publisher.speech.render import render_track; "
        "from publisher.speech.espeak import EspeakEngine; from publisher.speech.tags import TrackTags; "
        "from publisher.speech.script import Segment, Track; "
        "clip = asyncio.run(EspeakEngine().synthesize('今天晴。')); "
        "segment = Segment('x', 'x', 'a', 'paragraph', 0, 0.3); "
        "track = Track(1, 'a.mp3', 't', 'article', 'a', None, (segment,)); "
        "render_track(track, [clip], TrackTags('t', 'a', 'b', 1, 1, None, None, None)); "
        "print(sorted(m for m in sys.modules if m.startswith(('scipy.signal', 'scipy.ndimage'))))"
    )
    import subprocess

    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "['scipy.signal._sosfilt']"  # the compiled filter alone: 0.05 s, not 1.25 s


def test_the_loudness_filter_loads_once_when_tracks_are_measured_from_threads_at_once() -> None:
    """Tracks are rendered from worker threads; their first loudness measurements at once must
    not import scipy from two threads (a partly initialised scipy failed a whole audio run)."""
    code = (
        "import threading\n"
        "from publisher.speech import loudness\n"
        "gate = threading.Barrier(6)\n"
        "kernels, errors = [], []\n"
        "def first_call():\n"
        "    gate.wait()\n"
        "    try:\n"
        "        kernels.append(loudness._sosfilt_kernel())\n"
        "    except Exception as e:\n"
        "        errors.append(repr(e))\n"
        "threads = [threading.Thread(target=first_call) for _ in range(6)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "assert not errors, errors\n"
        "assert len(kernels) == 6 and len({id(k) for k in kernels}) == 1\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
