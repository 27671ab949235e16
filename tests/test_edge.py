"""The edge engine against a local fake of Microsoft's service (tests/fake_edge_server.py).

The unmodified edge-tts client is pointed at the fake by patching the URLs its
modules copied at import (patching ``edge_tts.constants`` would do nothing).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import socket
import sys
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import TypeVar

import edge_tts
import edge_tts.communicate
import edge_tts.drm
import edge_tts.voices
import miniaudio
import numpy as np
import pytest
from click.testing import CliRunner, Result

from publisher import cli
from publisher.errors import PublisherError
from publisher.model import edition_to_json
from publisher.speech.edge import (
    DEFAULT_EDGE_VOICE,
    MAX_REQUEST_CHARS,
    EdgeEngine,
    PartialAudio,
    RetryPolicy,
    check_complete,
    list_edge_voices,
    split_for_requests,
)
from publisher.speech.engine import Clip, SynthesisError
from publisher.speech.script import build_script
from tests.audio_samples import small_edition
from tests.fake_edge_server import SECONDS_PER_CHAR, FakeEdgeServer, Fault

T = TypeVar("T")

# Short backoff so fault tests take seconds, not minutes; a timeout roomy enough for a
# loaded machine, and a tight one only where a stall or slow frames must run into it.
FAST = RetryPolicy(attempts=3, backoff_base=0.01, backoff_max=0.05, timeout_base=5.0, timeout_per_char=0.0)
TIGHT = dataclasses.replace(FAST, timeout_base=1.5)
HANG_GUARD = 20.0  # a test that needs longer than this has hung
TEXT = "平湖市开展全民健身活动，市民踊跃参加。"  # 19 characters, two clauses
LONG = "全市上下认真学习贯彻党的二十大精神，推动经济社会高质量发展。" * 2

# --- the edge fixture block ---------------------------------------------------------------


@pytest.fixture(scope="module")
def fake_service() -> Iterator[FakeEdgeServer]:
    with FakeEdgeServer() as server:
        yield server


@pytest.fixture
def edge_fake(fake_service: FakeEdgeServer, monkeypatch: pytest.MonkeyPatch) -> FakeEdgeServer:
    """The fake, reset, with the real client pointed at it and no proxy in the way."""
    fake_service.reset()
    # The client appends "&ConnectionId=…&Sec-MS-GEC=…", so each URL keeps a ?query.
    monkeypatch.setattr(sys.modules["edge_tts.communicate"], "WSS_URL", fake_service.wss_url)
    monkeypatch.setattr(sys.modules["edge_tts.voices"], "VOICE_LIST", fake_service.voice_list_url)
    isolate_client(monkeypatch)
    return fake_service


def isolate_client(monkeypatch: pytest.MonkeyPatch) -> None:
    # A 403 makes the client adjust this class-level skew; never carry it between tests.
    monkeypatch.setattr(edge_tts.drm.DRM, "clock_skew_seconds", 0.0)
    # The client's sessions trust the environment: no proxy may stand before 127.0.0.1.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "WS_PROXY", "WSS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def closed_port_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the client at a port nothing listens on: the service is unreachable."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(sys.modules["edge_tts.communicate"], "WSS_URL", f"ws://127.0.0.1:{port}/edge/v1?T=x")
    monkeypatch.setattr(
        sys.modules["edge_tts.voices"], "VOICE_LIST", f"http://127.0.0.1:{port}/voices/list?t=x"
    )
    isolate_client(monkeypatch)


# --- helpers --------------------------------------------------------------------------------


def run(awaitable: Awaitable[T]) -> T:
    async def guarded() -> T:
        async with asyncio.timeout(HANG_GUARD):
            return await awaitable

    return asyncio.run(guarded())


def decode(clip: Clip) -> tuple[np.ndarray, miniaudio.DecodedSoundFile]:
    assert clip.kind == "mp3"
    decoded = miniaudio.mp3_read_s16(clip.data)  # at the stream's own rate and channels
    return np.asarray(decoded.samples, dtype=np.float64), decoded


def assert_whole_answer(clip: Clip, text: str) -> None:
    """A complete answer: 24 kHz mono MP3, as long as the fake speaks ``text``, not silent."""
    samples, decoded = decode(clip)
    assert (decoded.sample_rate, decoded.nchannels) == (24_000, 1)
    assert decoded.duration >= len(text) * SECONDS_PER_CHAR
    assert decoded.duration < len(text) * SECONDS_PER_CHAR + 1.0
    assert np.sqrt(np.mean(samples**2)) > 300


class RecordingSleep:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        await asyncio.sleep(0)


# --- synthesis ------------------------------------------------------------------------------


def test_synthesis_gives_decodable_24khz_mono_mp3(edge_fake: FakeEdgeServer) -> None:
    engine = EdgeEngine(retry=FAST)
    clip = run(engine.synthesize(TEXT))
    assert clip.sample_rate == 24_000
    assert_whole_answer(clip, TEXT)
    assert edge_fake.counters.requests == 1
    seen = edge_fake.seen[0]
    assert engine.voice == DEFAULT_EDGE_VOICE
    assert seen.voice == "Microsoft Server Speech Text to Speech Voice (zh-CN, XiaoxiaoNeural)"
    assert seen.text == TEXT
    assert not seen.word_boundary


def test_voice_rate_volume_pitch_reach_the_ssml(edge_fake: FakeEdgeServer) -> None:
    engine = EdgeEngine("zh-CN-YunxiNeural", rate="+10%", volume="-20%", pitch="-5Hz", retry=FAST)
    text = "A&B <公司> 说：“好”。"
    run(engine.synthesize(text))
    seen = edge_fake.seen[-1]
    assert seen.voice == "Microsoft Server Speech Text to Speech Voice (zh-CN, YunxiNeural)"
    assert (seen.rate, seen.volume, seen.pitch) == ("+10%", "-20%", "-5Hz")
    assert seen.text == text  # escaped on the wire, intact once parsed


def test_one_engine_serves_several_event_loops(edge_fake: FakeEdgeServer) -> None:
    engine = EdgeEngine(retry=FAST, max_connections=1)  # its connection cap is per loop
    assert run(engine.synthesize(TEXT)) == run(engine.synthesize(TEXT))


def test_each_request_is_a_fresh_connection(edge_fake: FakeEdgeServer) -> None:
    engine = EdgeEngine(retry=FAST)

    async def three() -> list[Clip]:
        return [await engine.synthesize(f"第{n}句话。") for n in "一二三"]

    run(three())
    assert edge_fake.counters.handshakes == 3
    assert len({seen.connection_id for seen in edge_fake.seen}) == 3


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("rate", "10%"),
        ("rate", "+10"),
        ("rate", "fast"),
        ("volume", "50%"),
        ("pitch", "+5%"),
        ("pitch", "5Hz"),
    ],
)
def test_prosody_needs_a_sign_and_unit(option: str, value: str) -> None:
    with pytest.raises(PublisherError) as error:
        EdgeEngine(**{option: value})
    message = str(error.value)
    assert f"--{option} {value!r}" in message and "sign" in message
    assert "\n" not in message


def test_a_non_edge_voice_is_refused_in_one_line() -> None:
    with pytest.raises(PublisherError, match="not an edge voice name") as error:
        EdgeEngine("cmn-latn-pinyin")
    assert "\n" not in str(error.value)


def test_cache_key_changes_with_every_setting() -> None:
    keys = {
        EdgeEngine().cache_key(),
        EdgeEngine("zh-CN-YunxiNeural").cache_key(),
        EdgeEngine(rate="+10%").cache_key(),
        EdgeEngine(volume="+10%").cache_key(),
        EdgeEngine(pitch="+10Hz").cache_key(),
    }
    assert len(keys) == 5
    assert all(key.startswith("edge|") for key in keys)
    assert EdgeEngine().cache_key() == EdgeEngine(DEFAULT_EDGE_VOICE).cache_key()


# --- faults ---------------------------------------------------------------------------------


def test_client_returns_partial_audio_without_raising(edge_fake: FakeEdgeServer) -> None:
    """The premise of the partial-audio check: edge-tts 7.3 does not notice a cut itself."""
    edge_fake.queue("close_mid_audio")

    async def raw() -> tuple[int, dict[str, object]]:
        communicate = edge_tts.Communicate(LONG, DEFAULT_EDGE_VOICE)
        size = 0
        async for chunk in communicate.stream():
            size += len(chunk.get("data", b""))
        return size, dict(communicate.state)

    size, state = run(raw())
    assert size > 0
    assert state["chunk_audio_bytes"] == size and state["cumulative_audio_bytes"] == 0
    with pytest.raises(PartialAudio, match=r"turn\.end"):
        check_complete(size, state, 0)


def test_a_cut_in_an_earlier_part_is_caught() -> None:
    """Over 4096 bytes the client streams several parts; a cut part followed by a whole one
    leaves the last turn.end in place, so only the byte count across parts reveals it."""
    after_cut_then_whole = {"chunk_audio_bytes": 0, "cumulative_audio_bytes": 5000}
    with pytest.raises(PartialAudio, match=r"no turn\.end"):
        check_complete(8000, after_cut_then_whole, 0)
    check_complete(5000, after_cut_then_whole, 0)


def test_long_text_goes_out_in_pieces_at_sentence_ends(edge_fake: FakeEdgeServer) -> None:
    """edge-tts never splits text without spaces, and the service stops at 10 minutes."""
    edge_fake.configure(seconds_per_char=0.01)  # keep the fake's MP3s short
    sentence = "平湖市今年新建改建农村公路一百二十公里，惠及沿线群众三万余人。"  # 31 characters
    text = sentence * 60  # 1860 characters, no space anywhere
    clip = run(EdgeEngine(retry=FAST).synthesize(text))
    sent = [seen.text for seen in edge_fake.seen]
    assert len(sent) == 3
    assert all(len(piece) <= MAX_REQUEST_CHARS and piece.endswith("。") for piece in sent)
    assert "".join(sent) == text
    _, decoded = decode(clip)
    assert decoded.duration >= len(text) * 0.01
    assert split_for_requests("好" * 1000) == ["好" * MAX_REQUEST_CHARS, "好" * 200]


def test_boundaries_past_the_audio_mean_partial_audio() -> None:
    complete_state = {"chunk_audio_bytes": 0, "cumulative_audio_bytes": 6000}  # 1.0 s at 48 kbps
    check_complete(6000, complete_state, 1.1 * 10_000_000)
    with pytest.raises(PartialAudio, match=r"sentences run to 3\.00 s"):
        check_complete(6000, complete_state, 3.0 * 10_000_000)


RECOVERABLE: list[tuple[list[Fault], int]] = [
    # faults met by consecutive handshakes, then the handshakes a success takes in all
    (["http403"], 2),  # the client itself retries a 403 once, after fixing its clock
    (["http403", "http403"], 3),
    (["http429"], 2),
    (["http500"], 2),
    (["no_audio"], 2),
    (["close_mid_audio"], 2),
    (["drop_mid_audio"], 2),
    (["stall"], 2),
    (["slow_frames"], 2),
    (["http500", "no_audio"], 3),  # N failures, then success
]


@pytest.mark.parametrize(
    ("faults", "handshakes"), RECOVERABLE, ids=lambda v: "+".join(v) if isinstance(v, list) else str(v)
)
def test_fault_recovers_by_retry(edge_fake: FakeEdgeServer, faults: list[Fault], handshakes: int) -> None:
    edge_fake.configure(slow_frame_delay=0.6)  # ten frames: far longer than TIGHT's timeout
    edge_fake.queue(*faults)
    sleep = RecordingSleep()
    clip = run(EdgeEngine(retry=TIGHT, sleep=sleep).synthesize(LONG[:20]))
    assert_whole_answer(clip, LONG[:20])
    assert edge_fake.counters.handshakes == handshakes
    assert edge_fake.counters.completed >= 1


def test_slow_frames_within_the_timeout_are_fine(edge_fake: FakeEdgeServer) -> None:
    edge_fake.configure(slow_frame_delay=0.05)
    edge_fake.queue("slow_frames")
    clip = run(EdgeEngine(retry=FAST).synthesize(TEXT))
    assert_whole_answer(clip, TEXT)
    assert edge_fake.counters.handshakes == 1


PERSISTENT: list[tuple[Fault, str, int]] = [
    # fault on every request, what the error says, handshakes per attempt
    ("http403", "HTTP 403", 2),
    ("http429", "HTTP 429", 1),
    ("http500", "HTTP 500", 1),
    ("no_audio", "NoAudioReceived", 1),
    ("close_mid_audio", "no turn.end", 1),
    ("drop_mid_audio", "no turn.end", 1),
    ("stall", "no complete answer within 1.5 s", 1),
    ("slow_frames", "no complete answer within 1.5 s", 1),
]


@pytest.mark.parametrize(("fault", "reason", "per_attempt"), PERSISTENT, ids=[p[0] for p in PERSISTENT])
def test_persistent_fault_fails_cleanly_after_bounded_retries(
    edge_fake: FakeEdgeServer, fault: Fault, reason: str, per_attempt: int
) -> None:
    edge_fake.configure(slow_frame_delay=0.6)
    edge_fake.queue(*[fault] * 20)
    sleep = RecordingSleep()
    engine = EdgeEngine(retry=TIGHT, sleep=sleep)
    with pytest.raises(SynthesisError) as error:
        run(engine.synthesize(LONG[:20]))
    message = str(error.value)
    assert message.startswith("edge: ") and "failed after 3 attempts" in message and reason in message
    assert "\n" not in message
    assert edge_fake.counters.handshakes == 3 * per_attempt
    assert len(sleep.delays) == 2  # no sleep after the last attempt


def test_backoff_grows_exponentially_with_jitter(edge_fake: FakeEdgeServer) -> None:
    edge_fake.queue(*["http500"] * 10)
    sleep = RecordingSleep()
    policy = RetryPolicy(attempts=5, backoff_base=0.01, backoff_max=0.06, timeout_base=2.0)
    with pytest.raises(SynthesisError):
        run(EdgeEngine(retry=policy, sleep=sleep).synthesize(TEXT))
    assert len(sleep.delays) == 4
    for attempt, delay in enumerate(sleep.delays, start=1):
        ceiling = min(0.06, 0.01 * 2 ** (attempt - 1))
        assert ceiling / 2 <= delay <= ceiling
    assert len(set(sleep.delays)) == 4


def test_a_429_waits_for_retry_after_up_to_the_cap(edge_fake: FakeEdgeServer) -> None:
    edge_fake.queue("http429")  # the fake says Retry-After: 1
    sleep = RecordingSleep()
    policy = RetryPolicy(attempts=2, backoff_base=0.01, backoff_max=0.5, timeout_base=2.0)
    run(EdgeEngine(retry=policy, sleep=sleep).synthesize(TEXT))
    assert sleep.delays == [0.5]


def test_the_client_fixes_its_clock_from_the_403_date(edge_fake: FakeEdgeServer) -> None:
    edge_fake.configure(clock_skew=3600.0)  # the token the client computes is an hour stale
    clip = run(EdgeEngine(retry=FAST).synthesize(TEXT))
    assert_whole_answer(clip, TEXT)
    assert edge_fake.counters.handshakes == 2
    assert abs(edge_tts.drm.DRM.clock_skew_seconds - 3600.0) < 5


def test_an_unknown_voice_fails_cleanly(edge_fake: FakeEdgeServer) -> None:
    with pytest.raises(SynthesisError, match="NoAudioReceived"):
        run(EdgeEngine("zh-CN-NoSuchVoiceNeural", retry=FAST, sleep=RecordingSleep()).synthesize(TEXT))
    assert edge_fake.counters.requests == 3


# --- concurrency ----------------------------------------------------------------------------


def test_concurrent_requests_never_exceed_the_callers_cap(edge_fake: FakeEdgeServer) -> None:
    edge_fake.configure(latency=0.15)
    engine = EdgeEngine(retry=FAST)

    async def all_at_once() -> list[Clip]:
        jobs = asyncio.Semaphore(3)  # what the pipeline does with --jobs 3

        async def one(n: int) -> Clip:
            async with jobs:
                return await engine.synthesize(f"第{n}条消息。")

        return await asyncio.gather(*(one(n) for n in range(12)))

    clips = run(all_at_once())
    assert len(clips) == 12 and all(clip.data for clip in clips)
    assert edge_fake.counters.max_active == 3
    assert sorted(seen.text for seen in edge_fake.seen) == sorted(f"第{n}条消息。" for n in range(12))


def test_the_engine_caps_connections_itself(edge_fake: FakeEdgeServer) -> None:
    edge_fake.configure(latency=0.1)
    engine = EdgeEngine(retry=FAST, max_connections=2)

    async def unbounded() -> list[Clip]:
        return await asyncio.gather(*(engine.synthesize(f"第{n}条。") for n in range(6)))

    run(unbounded())
    assert edge_fake.counters.max_active == 2


# --- voices and probe -----------------------------------------------------------------------


def test_list_edge_voices_gives_the_chinese_voices(edge_fake: FakeEdgeServer) -> None:
    voices = list_edge_voices()
    assert DEFAULT_EDGE_VOICE in voices and "zh-HK-HiuMaanNeural" in voices
    assert all(v.startswith("zh-") for v in voices)
    assert voices == sorted(voices)
    assert edge_fake.counters.voice_lists == 1


def test_list_edge_voices_fails_in_one_line(edge_fake: FakeEdgeServer) -> None:
    edge_fake.configure(voice_list_fault="http500")
    with pytest.raises(PublisherError, match="cannot list the edge voices: the service answered HTTP 500"):
        list_edge_voices()


def test_list_edge_voices_unreachable(closed_port_urls: None) -> None:
    reason = r"cannot list the edge voices: cannot reach 127\.0\.0\.1:"
    with pytest.raises(PublisherError, match=reason) as error:
        list_edge_voices(timeout=3.0)
    assert "\n" not in str(error.value)
    assert " object at 0x" not in str(error.value)  # no repr of the client's internals


def test_probe_is_true_against_the_service(edge_fake: FakeEdgeServer) -> None:
    assert run(EdgeEngine().probe(timeout=3.0)) is True
    assert edge_fake.counters.completed == 1


def test_probe_is_false_when_the_service_stalls(edge_fake: FakeEdgeServer) -> None:
    edge_fake.queue("stall")
    assert run(EdgeEngine().probe(timeout=0.5)) is False


def test_probe_is_false_quickly_on_a_closed_port(closed_port_urls: None) -> None:
    async def timed() -> tuple[bool, float]:
        loop = asyncio.get_running_loop()
        start = loop.time()
        result = await EdgeEngine().probe(timeout=3.0)
        return result, loop.time() - start

    result, elapsed = run(timed())
    assert result is False
    assert elapsed < 2.0  # refused at once, not left to the timeout


# --- the audio edition over edge (publisher.speech.pipeline) ---------------------------------

FAILING_MARKER = "整治企业"  # only in the second article's first paragraph, as spoken


def mp3_files(folder: Path) -> list[str]:
    """The track MP3s (the whole-issue edition*.mp3 joined from them left out)."""
    return sorted(p.name for p in folder.glob("*.mp3") if not p.name.startswith("edition"))


def run_audio_cli(tmp_path: Path, out: Path, engine: str) -> Result:
    """`pinghu-publish audio` on the small sample edition, with its own cache."""
    edition_json = tmp_path / "edition.json"
    edition_json.write_text(edition_to_json(small_edition()), encoding="utf-8")
    args = ["audio", str(edition_json), "-o", str(out), "--engine", engine, "--quiet"]
    return CliRunner().invoke(cli.main, [*args, "--cache-dir", str(tmp_path / "cache")])


def test_audio_edition_over_edge_isolates_a_failing_article(
    edge_fake: FakeEdgeServer, tmp_path: Path
) -> None:
    from publisher.speech.pipeline import AudioOptions, write_audio_edition

    edge_fake.fail_texts(FAILING_MARKER, "close_mid_audio")  # partial audio on every attempt
    out = tmp_path / "audio"
    options = AudioOptions(engine="edge", jobs=4, cache_dir=tmp_path / "cache", quiet=True)
    report = write_audio_edition(
        small_edition(), out, options, engine=EdgeEngine(retry=FAST, sleep=RecordingSleep())
    )

    assert report.engine == "edge" and report.voice == DEFAULT_EDGE_VOICE
    assert len(report.failures) == 1
    failed = next(t for t in build_script(small_edition()).tracks if t.item_id == "a2")
    assert report.failures[0].startswith(f"{failed.filename} (")
    assert "no turn.end" in report.failures[0]
    # the failed article left nothing behind: no MP3, no lyrics, no temporary file
    assert not (out / failed.filename).exists() and not (out / f"{failed.stem}.lrc").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    # every other track is complete, 24 kHz mono MP3 from the edge clips
    finished = [r.track.filename for r in report.tracks]
    assert finished and failed.filename not in finished
    assert mp3_files(out) == sorted(finished)
    for name in finished:
        decoded = miniaudio.mp3_read_s16((out / name).read_bytes())
        assert decoded.sample_rate == 24_000 and decoded.nchannels == 1 and decoded.duration > 1.0
    playlist = (out / "playlist-2020-11-11.m3u8").read_text(encoding="utf-8")
    assert failed.filename not in playlist and all(name in playlist for name in finished)
    # the failing text was asked for once per attempt; every other request was answered in full
    asked = [seen.text for seen in edge_fake.seen]
    assert sum(FAILING_MARKER in text for text in asked) == FAST.attempts
    assert edge_fake.counters.completed == len(asked) - FAST.attempts


def test_cli_exits_non_zero_with_a_summary_when_an_article_fails(
    edge_fake: FakeEdgeServer, tmp_path: Path
) -> None:
    edge_fake.fail_texts(FAILING_MARKER, "no_audio")
    out = tmp_path / "audio"
    result = run_audio_cli(tmp_path, out, "edge")

    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert "NoAudioReceived" in errors[0] and "failed after" in errors[0]
    total = len(build_script(small_edition()).tracks)
    assert errors[1].startswith(f"error: 1 of {total} tracks failed")
    assert "Traceback" not in result.output
    assert len(mp3_files(out)) == total - 1


def test_cli_engine_edge_fails_clearly_when_unreachable(closed_port_urls: None, tmp_path: Path) -> None:
    out = tmp_path / "audio"
    result = run_audio_cli(tmp_path, out, "edge")

    assert result.exit_code == 1
    assert result.stderr.startswith("error: edge: the online speech service did not answer")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() or not mp3_files(out)  # no silent fallback to espeak


def test_cli_engine_auto_falls_back_to_espeak_with_a_notice(
    closed_port_urls: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from publisher.speech.kokoro import model as kokoro_model

    # without Kokoro, as on a machine where it cannot run (auto → Kokoro: test_audio_kokoro.py)
    monkeypatch.setattr(kokoro_model, "missing_parts", lambda: ["onnxruntime"])
    out = tmp_path / "audio"
    result = run_audio_cli(tmp_path, out, "auto")

    assert result.exit_code == 0, result.output
    notices = [line for line in result.stderr.splitlines() if "unreachable" in line]
    assert len(notices) == 1 and "espeak" in notices[0]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["engine"] == "espeak"
    assert len(mp3_files(out)) == len(build_script(small_edition()).tracks)


def test_cli_voices_lists_the_edge_voices(edge_fake: FakeEdgeServer) -> None:
    result = CliRunner().invoke(cli.main, ["voices", "--engine", "edge"])
    assert result.exit_code == 0, result.output
    names = [line.split("\t")[1].split()[0] for line in result.stdout.splitlines()]
    assert "zh-CN-XiaoxiaoNeural" in names and all(name.startswith("zh-") for name in names)


def test_cli_voices_edge_unreachable_is_one_error_line(closed_port_urls: None) -> None:
    result = CliRunner().invoke(cli.main, ["voices", "--engine", "edge"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: the online speech service (edge) is unreachable")
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_voices_offline_lists_the_espeak_voices_and_one_notice(closed_port_urls: None) -> None:
    result = CliRunner().invoke(cli.main, ["voices"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(("kokoro\t", "espeak\t")) for line in lines)
    names = {line.split("\t")[1] for line in lines}
    assert {"zf_xiaobei", "zm_yunxi", "cmn-latn-pinyin", "cmn", "yue"} <= names
    notice = result.stderr.strip().splitlines()
    assert len(notice) == 1 and notice[0].startswith(
        "notice: the online speech service (edge) is unreachable"
    )
    only_espeak = CliRunner().invoke(cli.main, ["voices", "--engine", "espeak"])
    espeak_lines = "".join(line + "\n" for line in lines if line.startswith("espeak\t"))
    assert only_espeak.exit_code == 0 and only_espeak.stdout == espeak_lines and only_espeak.stderr == ""
