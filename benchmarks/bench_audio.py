"""Benchmark: the whole seed audio edition with the offline engine (espeak-ng), cold and cached.

Runs the real command, ``pinghu-publish audio SEED -o OUT --engine espeak --quiet
--cache-dir CACHE``, as a child process each time, so the figures include start-up
and imports, as a user sees them:

* cold: an empty cache, every sentence synthesised;
* cached: the same command again (nothing to synthesise, tracks come from the cache);
* loudness: the CPU time of normalising (loudness, limiter, true peak) the cold run's
  tracks again, decoded from its MP3s, in this process.

Reports wall time, the child's CPU time (user + system, all its threads: the
figure to compare on a busy shared machine, where wall time mostly measures the
others), audio seconds per wall second and the child's peak memory, and checks
the targets for this 2-core machine (cold < 20 s, cached < 2 s, cold peak RSS <
400 MiB).  Run it when the machine is quiet, and look at the load it prints.

    python benchmarks/bench_audio.py [--keep DIR]
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
TARGETS = {"cold": 20.0, "cached": 2.0}
# Peak RSS of the cold run.  About 170 MiB of it is the imports alone (pypinyin's
# dictionaries, scipy, numpy) and libespeak-ng; the rest is the tracks in flight.
# The renderer used to keep ~9 float copies of each track (two at once): 700 MiB.
MEMORY_TARGET_MIB = 400


def run_cli(out: Path, cache: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in MiB) of one `pinghu-publish audio` run."""
    argv = [sys.executable, "-c", "from publisher.cli import main; main()",
            "audio", str(SEED), "-o", str(out),
            "--engine", "espeak", "--quiet", "--cache-dir", str(cache)]  # fmt: skip
    start = time.perf_counter()
    pid = os.spawnv(os.P_NOWAIT, sys.executable, argv)
    _pid, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench_audio: the audio command failed (exit {os.waitstatus_to_exitcode(status)})")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024  # Linux reports KiB


def loudness_seconds(folder: Path) -> tuple[float, float]:
    """(CPU seconds of normalise_track over the tracks in ``folder``, seconds of audio)."""
    import miniaudio
    import numpy as np

    from publisher.speech.loudness import normalise_track
    from publisher.speech.mp3 import LAME_SCALE_DB
    from publisher.speech.render import LIMITER_CEILING_DBTP, TARGET_LUFS

    tracks = []
    for mp3 in sorted(folder.glob("[0-9][0-9]-*.mp3")):
        decoded = miniaudio.decode_file(str(mp3), output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1)
        tracks.append((np.frombuffer(decoded.samples, dtype=np.int16), decoded.sample_rate))
    normalise_track(tracks[0][0][:44100], tracks[0][1], -16.0, -2.0)  # imports outside the timing
    start = time.process_time()
    for pcm, rate in tracks:
        normalise_track(pcm, rate, TARGET_LUFS - LAME_SCALE_DB, LIMITER_CEILING_DBTP - LAME_SCALE_DB)
    return time.process_time() - start, sum(pcm.size / rate for pcm, rate in tracks)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--keep", type=Path, help="Keep the output and cache here instead of a temporary folder."
    )
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-audio-"))
    shutil.rmtree(base / "cache", ignore_errors=True)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    results = {}
    for phase in ("cold", "cached"):
        wall, cpu, peak = run_cli(base / phase, base / "cache")
        manifest = json.loads((base / phase / "manifest.json").read_text("utf-8"))
        audio = sum(t["duration"] for t in manifest["tracks"])
        results[phase] = (wall, peak, audio)
        verdict = "ok" if wall < TARGETS[phase] else "MISSED"
        print(
            f"{phase:7s} wall {wall:6.2f} s  CPU {cpu:6.2f} s  "
            f"audio {audio:7.1f} s  {audio / wall:7.1f} audio s/wall s  "
            f"peak RSS {peak:5d} MiB  tracks {len(manifest['tracks'])}  "
            f"target < {TARGETS[phase]:.0f} s: {verdict}"
        )
    same = all(
        (base / "cold" / t["file"]).read_bytes() == (base / "cached" / t["file"]).read_bytes()
        for t in json.loads((base / "cold" / "manifest.json").read_text("utf-8"))["tracks"]
    )
    print(f"cached run byte-identical to cold run: {same}")
    cpu, seconds = loudness_seconds(base / "cold")
    print(f"loudness: normalising {seconds:.0f} s of audio took {cpu:.2f} s CPU")
    memory_ok = results["cold"][1] < MEMORY_TARGET_MIB
    verdict = "ok" if memory_ok else "MISSED"
    print(f"cold peak RSS {results['cold'][1]} MiB, target < {MEMORY_TARGET_MIB} MiB: {verdict}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if same and memory_ok and all(results[p][0] < TARGETS[p] for p in TARGETS) else 1


if __name__ == "__main__":
    sys.exit(main())
