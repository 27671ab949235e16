"""Benchmark: the seed's audio edition with Kokoro-82M, cold and cached; the model's join and load.

1. model: joining the four model wheels into the cache folder and checking the
   SHA-256 (once per machine), checking an existing file (once per process), and
   loading the onnxruntime session;
2. cold: ``pinghu-publish audio SEED -o OUT --engine kokoro --quiet --cache-dir CACHE``
   as a child process, every sentence synthesised (the model already joined);
3. cached: the same command again.

For each run: wall time, the child's CPU time (user + system), peak RSS, and the
real-time factor (RTF, seconds of work per second of audio) by wall clock and by
CPU: on a quiet 2-core machine the wall RTF is about CPU RTF / 2.  Targets for
the cold run on 2 cores: RTF ≤ 0.5, peak RSS ≤ 1.5 GiB.  The machine is shared:
run it under ``nice``, look at the load printed before and after, and trust the
CPU figure when the load is high.

    nice -n 10 python benchmarks/bench_kokoro.py [--jobs N] [--voice NAME] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9b8e91649bcfa4b4.txt"
RTF_TARGET = 0.5
MEMORY_TARGET_MIB = 1536


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run_cli(out: Path, cache: Path, jobs: int, voice: str | None) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in MiB) of one `pinghu-publish audio` run."""
    argv = [sys.executable, "-c", "from publisher.cli import main; main()",
            "audio", str(SEED), "-o", str(out), "--engine", "kokoro", "--jobs", str(jobs),
            "--quiet", "--cache-dir", str(cache)]  # fmt: skip
    if voice:
        argv += ["--voice", voice]
    start = time.perf_counter()
    pid = os.spawnv(os.P_NOWAIT, sys.executable, argv)
    _pid, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench_kokoro: the audio command failed (exit {os.waitstatus_to_exitcode(status)})")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024  # Linux reports KiB


def model_figures(cache: Path) -> None:
    from publisher.speech.kokoro import model

    start = time.perf_counter()
    path = model.model_file(cache)
    joined = time.perf_counter() - start
    model._verified.cache_clear()  # what a new process pays for an existing file
    start = time.perf_counter()
    model.model_file(cache)
    checked = time.perf_counter() - start
    start = time.perf_counter()
    model.KokoroModel(path, threads=1)
    loaded = time.perf_counter() - start
    print(
        f"model   join + SHA-256 {joined:5.2f} s (first run on a machine)   check {checked:5.2f} s "
        f"(each process that synthesises)   session load {loaded:5.2f} s   "
        f"({path.stat().st_size / 1e6:.0f} MB, int8)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", type=int, default=4, help="--jobs for the audio command (default 4)")
    parser.add_argument("--voice", help="a Kokoro voice (default: the engine's default)")
    parser.add_argument("--keep", type=Path, help="Keep output and cache here, not in a temporary folder.")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-kokoro-"))
    shutil.rmtree(base / "cache", ignore_errors=True)
    print(f"load average before: {load()} on {os.cpu_count()} cores")
    model_figures(base / "cache")
    results = {}
    for phase in ("cold", "cached"):
        wall, cpu, peak = run_cli(base / phase, base / "cache", args.jobs, args.voice)
        manifest = json.loads((base / phase / "manifest.json").read_text("utf-8"))
        audio = sum(t["duration"] for t in manifest["tracks"])
        results[phase] = (wall, cpu, peak, audio)
        print(
            f"{phase:7s} wall {wall:7.1f} s  CPU {cpu:7.1f} s  audio {audio:7.1f} s  "
            f"RTF wall {wall / audio:5.3f}  RTF CPU {cpu / audio:5.3f}  peak RSS {peak:5d} MiB  "
            f"tracks {len(manifest['tracks'])}  engine {manifest['engine']} {manifest['voice']}  "
            f"load now {load()}"
        )
    same = all(
        (base / "cold" / t["file"]).read_bytes() == (base / "cached" / t["file"]).read_bytes()
        for t in json.loads((base / "cold" / "manifest.json").read_text("utf-8"))["tracks"]
    )
    wall, cpu, peak, audio = results["cold"]
    rtf_ok = wall / audio <= RTF_TARGET
    memory_ok = peak <= MEMORY_TARGET_MIB
    print(f"cached run byte-identical to cold run: {same}")
    print(
        f"cold RTF {wall / audio:.3f} (CPU {cpu / audio:.3f}; on an idle 2-core machine ≈ "
        f"{cpu / audio / min(2, os.cpu_count() or 1):.3f}), target ≤ {RTF_TARGET}: "
        f"{'ok' if rtf_ok else 'MISSED'}"
    )
    print(f"cold peak RSS {peak} MiB, target ≤ {MEMORY_TARGET_MIB} MiB: {'ok' if memory_ok else 'MISSED'}")
    print(f"load average after: {load()}")
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if same and rtf_ok and memory_ok else 1


if __name__ == "__main__":
    sys.exit(main())
