"""`pinghu-publish audio` end to end: the seed edition with espeak, and clear failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import miniaudio
import pytest
from click.testing import CliRunner

from publisher.cli import main
from publisher.inputs import load_edition_inputs
from publisher.model import Article, Notice, Photo, Weather, edition_to_json
from publisher.speech import pipeline
from tests.audio_samples import small_edition
from tests.conftest import SEED
from tests.test_audio_pipeline import CountingEngine


def test_seed_edition_with_espeak(tmp_path: Path) -> None:
    out = tmp_path / "audio"
    result = CliRunner().invoke(
        main,
        [
            "audio",
            str(SEED),
            "-o",
            str(out),
            "--engine",
            "espeak",
            "--quiet",
            "--cache-dir",
            str(tmp_path / "c"),
        ],
    )
    assert result.exit_code == 0, result.output
    edition = load_edition_inputs([SEED])
    read = [i for i in edition.items if isinstance(i, (Article, Photo, Notice, Weather))]
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    tracks = manifest["tracks"]
    assert len(tracks) == len(read) + 1 and manifest["failures"] == []
    assert [t["item"] for t in tracks[1:]] == [i.id for i in read if not isinstance(i, Weather)] + [
        i.id for i in read if isinstance(i, Weather)
    ]
    assert tracks[-1]["kind"] == "weather"
    opening = " ".join(s["text"] for s in tracks[0]["sentences"])
    for article in edition.articles():
        assert article.headline.replace(" ", "") in opening.replace(" ", "")
    spoken = " ".join(s["spoken"] for t in tracks for s in t["sentences"])
    for phrase in ["两千三百零六家", "百分之二百八十八点二五", "二零一八、二零一九、二零二零年", "十一月九日",
                   "三到四级", "十九摄氏度", "二点零版本"]:  # fmt: skip
        assert phrase in spoken, phrase
    assert "交通学校" not in spoken and "扫一扫" not in spoken and "■" not in spoken
    playlist = (out / "playlist.m3u8").read_text("utf-8").splitlines()
    assert playlist[0] == "#EXTM3U" and playlist[2::2] == [t["file"] for t in tracks]
    for t in tracks:
        assert (out / t["file"]).stat().st_size > 10_000 and (out / t["lrc"]).is_file()


def _edition_json(tmp_path: Path) -> Path:
    path = tmp_path / "edition.json"
    path.write_text(edition_to_json(small_edition()), encoding="utf-8")
    return path


def test_a_failed_track_gives_a_summary_and_non_zero_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "make_engine", lambda options, name: CountingEngine(fail_on="天气预报"))
    out = tmp_path / "audio"
    result = CliRunner().invoke(
        main, ["audio", str(_edition_json(tmp_path)), "-o", str(out), "--engine", "espeak", "--quiet",
               "--cache-dir", str(tmp_path / "c")],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "error: 04-tian-qi-yu-bao.mp3 (天气预报): test engine refuses" in result.stderr
    assert "1 of 5 tracks failed" in result.stderr
    assert not (out / "04-tian-qi-yu-bao.mp3").exists()
    assert (out / "03-di-san-luan-zheng-zhi-pi-chu-gao-zhi.mp3").is_file()


def test_engine_edge_unreachable_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from publisher.speech import edge

    async def unreachable(self: object, timeout: float = 3.0) -> bool:
        return False

    monkeypatch.setattr(edge.EdgeEngine, "probe", unreachable)
    result = CliRunner().invoke(main, ["audio", str(_edition_json(tmp_path)), "-o", str(tmp_path / "a"),
                                       "--engine", "edge", "--quiet"])  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr.startswith("error: edge: the online speech service did not answer")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unsigned_rate_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["audio", str(_edition_json(tmp_path)), "-o", str(tmp_path / "a"),
                                       "--engine", "espeak", "--rate", "10%", "--quiet"])  # fmt: skip
    assert result.exit_code == 1
    assert "error: --rate" in result.stderr and "Traceback" not in result.output


def test_two_runs_at_once_on_the_same_cache_and_output_folder(tmp_path: Path) -> None:
    """Two processes race on every cache entry and every output file; both must end well."""
    edition_json = _edition_json(tmp_path)
    out, cache = tmp_path / "audio", tmp_path / "cache"
    argv = [sys.executable, "-c", "from publisher.cli import main; main()", "audio", str(edition_json),
            "-o", str(out), "--engine", "espeak", "--quiet", "--cache-dir", str(cache)]  # fmt: skip
    runs = [subprocess.Popen(argv, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for run in runs:
        _stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr
        assert stderr == ""
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["failures"] == [] and len(manifest["tracks"]) == 5
    expected = {"manifest.json", manifest["playlist"], manifest["whole"]["file"], manifest["whole"]["lrc"]}
    expected |= {t[key] for t in manifest["tracks"] for key in ("file", "lrc")}
    assert {p.name for p in out.iterdir()} == expected  # no temporary or stray file
    assert not [p for p in cache.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]
    # a third run from the cache they left reproduces their files byte for byte
    again = tmp_path / "again"
    result = CliRunner().invoke(main, ["audio", str(edition_json), "-o", str(again), "--engine", "espeak",
                                       "--quiet", "--cache-dir", str(cache)])  # fmt: skip
    assert result.exit_code == 0, result.output
    for name in expected:
        assert (again / name).read_bytes() == (out / name).read_bytes(), name
    for track in manifest["tracks"]:
        decoded = miniaudio.decode_file(str(out / track["file"]))
        assert abs(decoded.duration - track["duration"]) < 0.2


def test_ctrl_c_stops_the_audio_command_at_once_leaving_only_whole_files(tmp_path: Path) -> None:
    """A real process and a real SIGINT, in the middle of synthesising the seed."""
    import signal
    import time

    out, cache = tmp_path / "audio", tmp_path / "cache"
    argv = [sys.executable, "-c", "from publisher.cli import main; main()", "audio", str(SEED),
            "-o", str(out), "--engine", "espeak", "--cache-dir", str(cache)]  # fmt: skip
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        # well into the edition, with tracks rendering (waiting for them took 8.6 s here)
        while len(list(cache.rglob("*.clip"))) < 20 and time.monotonic() < deadline:
            assert child.poll() is None, child.communicate()
            time.sleep(0.05)
        child.send_signal(signal.SIGINT)
        sent = time.monotonic()
        _stdout, stderr = child.communicate(timeout=30)
        stopped = time.monotonic() - sent
    finally:
        child.kill()
    assert child.returncode == 130
    assert stderr == "error: interrupted\n"
    assert stopped < 2.5, stopped  # about a second, on a shared machine
    leftovers = [p for p in [*out.rglob("*"), *cache.rglob("*")] if p.name.startswith(".")]
    assert leftovers == []
    for mp3 in out.glob("*.mp3"):  # whatever was written is whole
        assert miniaudio.mp3_get_info(mp3.read_bytes()).duration > 1
    clips = list(cache.rglob("*.clip"))
    assert len(clips) >= 20  # the next run resumes from every finished sentence
