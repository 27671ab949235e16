"""The speech cache: bounded, least recently used out first, XDG's place, and never fatal."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from publisher.cli import main
from publisher.speech.cache import (
    ClipCache,
    cache_usage,
    clear_cache,
    default_cache_dir,
    parse_size,
    prune_cache,
)
from publisher.speech.engine import Clip
from publisher.speech.pipeline import AudioOptions, write_audio_edition
from tests.audio_samples import small_edition
from tests.test_audio_pipeline import CountingEngine


def _weather_only():  # type: ignore[no-untyped-def]
    return dataclasses.replace(small_edition(), items=small_edition().items[-1:])


def _fill(root: Path, count: int, size: int = 10_000) -> ClipCache:
    """``count`` clips of ``size`` bytes, the first used longest ago."""
    cache = ClipCache(root)
    for n in range(count):
        key = ClipCache.sentence_key("test", str(n))
        cache.put_clip(key, Clip(bytes([n]) * size, "pcm_s16le", 22050))
        os.utime(cache._clip_path(key), (1_000_000 + n, 1_000_000 + n))
    return cache


def test_prune_removes_the_least_recently_used_first_and_a_hit_counts_as_a_use(tmp_path: Path) -> None:
    cache = _fill(tmp_path, 10)
    keys = [ClipCache.sentence_key("test", str(n)) for n in range(10)]
    assert cache.get_clip(keys[0]) is not None  # the oldest, used again now
    per_entry = cache._clip_path(keys[0]).stat().st_size
    removed, freed = prune_cache(tmp_path, 6 * per_entry)
    assert (removed, freed) == (4, 4 * per_entry)
    present = [n for n, key in enumerate(keys) if cache._clip_path(key).exists()]
    assert present == [0, 5, 6, 7, 8, 9]
    assert cache_usage(tmp_path).total <= 6 * per_entry


def test_clear_removes_only_what_the_cache_owns(tmp_path: Path) -> None:
    _fill(tmp_path, 3)
    (tmp_path / "kokoro").mkdir()
    (tmp_path / "kokoro" / "model.onnx").write_bytes(b"weights")  # an engine's own files stay
    removed, freed = clear_cache(tmp_path)
    assert removed == 3 and freed > 30_000
    assert cache_usage(tmp_path).total == 0
    assert (tmp_path / "kokoro" / "model.onnx").read_bytes() == b"weights"


def test_sizes_are_read_as_people_write_them() -> None:
    assert parse_size("500M") == parse_size("500MB") == parse_size("500 mb") == 500_000_000
    assert parse_size("1.5G") == 1_500_000_000 and parse_size("0") == 0 and parse_size("4096") == 4096
    for bad in ["lots", "-5M", "5X", ""]:
        with pytest.raises(Exception, match="--cache-max"):
            parse_size(bad)


def test_the_cache_lives_in_xdg_cache_home_when_it_is_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "pinghu-publish"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the spec says: ignore it
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "pinghu-publish"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "pinghu-publish"


def test_a_run_keeps_the_cache_under_its_bound(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _fill(cache, 20, size=150_000)  # 3 MB of old entries
    options = AudioOptions(engine="espeak", cache_dir=cache, quiet=True, cache_max=2_000_000)
    report = write_audio_edition(_weather_only(), tmp_path / "out", options, engine=CountingEngine())
    assert report.failures == [] and report.synthesized == 4
    usage = cache_usage(cache)
    assert 1_500_000 < usage.total <= 2_000_000
    # this run's entries are the newest: they all stay, and old ones make up the rest
    assert usage.tracks == 2 and 4 < usage.sentences < 20


def test_an_unwritable_cache_is_one_warning_and_the_run_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    options = AudioOptions(engine="espeak", cache_dir=blocker / "cache", quiet=True)
    report = write_audio_edition(small_edition(), tmp_path / "out", options, engine=CountingEngine())
    assert report.failures == [] and len(report.tracks) == report.total
    warnings = capsys.readouterr().err.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("warning: cannot write the cache in ")
    assert "going on without it" in warnings[0]


def test_cache_max_0_means_no_cache(tmp_path: Path) -> None:
    options = AudioOptions(engine="espeak", cache_dir=tmp_path / "cache", quiet=True, cache_max=0)
    for _ in range(2):
        engine = CountingEngine()
        write_audio_edition(_weather_only(), tmp_path / "out", options, engine=engine)
        assert len(engine.calls) == 4  # synthesised again: nothing was kept
    assert not (tmp_path / "cache").exists()


def test_cache_command_info_prune_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    root = tmp_path / "pinghu-publish"
    _fill(root, 10)
    runner = CliRunner()
    info = runner.invoke(main, ["cache"])
    assert info.exit_code == 0, info.output
    assert info.stdout.splitlines() == [
        f"cache: {root}",
        "sentences: 10 clips, 101.2 kB",
        "tracks: 0 finished tracks, 0 B",
        "total: 101.2 kB of at most 500.0 MB (--cache-max)",
    ]
    assert runner.invoke(main, ["cache", "info"]).stdout == info.stdout
    (root / "kokoro").mkdir()
    (root / "kokoro" / "model.onnx").write_bytes(b"w" * 2000)
    assert runner.invoke(main, ["cache", "info"]).stdout == info.stdout + (
        "also here, not part of it: kokoro (2.0 kB)\n"
    )
    pruned = runner.invoke(main, ["cache", "prune", "--cache-max", "50k"])
    assert pruned.exit_code == 0 and pruned.stdout.startswith("removed 6 entries (")
    assert cache_usage(root).sentences == 4
    cleared = runner.invoke(main, ["cache", "clear"])
    assert cleared.exit_code == 0 and cleared.stdout.startswith("removed 4 entries (")
    assert cache_usage(root).total == 0
    bad = runner.invoke(main, ["cache", "prune", "--cache-max", "lots"])
    assert bad.exit_code == 2
    assert bad.stderr == "error: --cache-max 'lots' is not a size; write it like 500M or 2G (0: no cache)\n"


def test_an_unwritable_cache_puts_the_kokoro_model_in_a_temporary_folder(tmp_path: Path) -> None:
    from publisher.speech.kokoro.model import _model_folder

    assert _model_folder(tmp_path / "cache") == tmp_path / "cache" / "kokoro"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    elsewhere = _model_folder(blocker / "cache")
    assert elsewhere.is_dir() and not elsewhere.is_relative_to(tmp_path)
