"""Edge throughput against the local fake service with a fixed latency per request.

The real service is latency-bound: each sentence is one websocket round trip.
This measures how well ``--jobs`` hides that latency on the whole seed edition:

    python benchmarks/bench_audio_edge.py                 # 300 ms per request, --jobs 1 and 4
    python benchmarks/bench_audio_edge.py --mode engine --jobs 1 4 8

Two measurements, each run with a fresh temporary cache dir:

* ``engine``: the edge engine alone over the sentences of the pipeline's script
  of the seed, under an ``asyncio.Semaphore(jobs)`` as the pipeline uses;
* ``pipeline``: ``write_audio_edition`` with engine edge, everything included
  (normalisation, loudness, MP3 encoding, tags, files).  Besides its wall time
  it reports "synth s", from the start to the fake's last answered request: the
  latency-bound part that ``--jobs`` is for; rendering finishes after it.

Before the timed runs one warm-up pass fills the fake's per-length MP3 cache:
the fake encodes its tone with lameenc, work the real service does on its own
machines, which must not be billed to the client.  Target: with ``--jobs 4``
the latency-bound synthesis at least 3x faster than with ``--jobs 1``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import edge_tts.communicate  # noqa: E402
import edge_tts.drm  # noqa: E402
import edge_tts.voices  # noqa: E402

from publisher.speech.edge import EdgeEngine  # noqa: E402
from tests.fake_edge_server import FakeEdgeServer  # noqa: E402

SEED = ROOT / "seeds" / "000_9b8e91649bcfa4b4.txt"
TARGET_SPEEDUP = 3.0


@dataclass
class Run:
    mode: str
    jobs: int
    wall: float
    synth: float  # start to the fake's last answer
    requests: int
    audio_seconds: float
    failures: int


def point_client_at(server: FakeEdgeServer) -> None:
    edge_tts.communicate.WSS_URL = server.wss_url  # type: ignore[attr-defined]
    edge_tts.voices.VOICE_LIST = server.voice_list_url  # type: ignore[attr-defined]
    edge_tts.drm.DRM.clock_skew_seconds = 0.0
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "WS_PROXY", "WSS_PROXY", "ALL_PROXY"):
        os.environ.pop(name, None)
        os.environ.pop(name.lower(), None)
    os.environ["NO_PROXY"] = "127.0.0.1,localhost"


def load_seed_edition() -> Any | None:
    try:
        from publisher.inputs import load_edition_inputs

        return load_edition_inputs([SEED])
    except ImportError:
        return None


def seed_sentences(edition: Any | None) -> tuple[list[str], str]:
    """What the pipeline would send: the script's spoken sentences, else the seed's own sentences."""
    if edition is not None:
        try:
            from publisher.speech.script import build_script

            script = build_script(edition)
            spoken = [s.spoken for t in script.tracks for s in t.segments if s.spoken.strip()]
            return spoken, "the pipeline's script of the seed edition"
        except (ImportError, TypeError, AttributeError):
            pass
    text = SEED.read_text(encoding="utf-8")
    sentences = [s.strip() for s in re.findall(r"[^。！？\n]+[。！？]?", text)]
    return [s for s in sentences if len(s) >= 4], "the seed's raw sentences (no pipeline yet)"


def run_engine(sentences: list[str], jobs: int) -> tuple[int, float]:
    engine = EdgeEngine()

    async def everything() -> list[Any]:
        gate = asyncio.Semaphore(jobs)

        async def one(text: str) -> bytes:
            async with gate:
                return (await engine.synthesize(text)).data

        return await asyncio.gather(*(one(s) for s in sentences), return_exceptions=True)

    results = asyncio.run(everything())
    failures = sum(isinstance(r, BaseException) for r in results)
    audio_bytes = sum(len(r) for r in results if isinstance(r, bytes))
    return failures, audio_bytes * 8 / 48_000


def run_pipeline(edition: Any, jobs: int, work: Path) -> tuple[int, float]:
    from publisher.commands.common import make_audio_options, make_pinyin_options
    from publisher.speech.pipeline import write_audio_edition

    options = make_audio_options(
        engine="edge",
        voice=None,
        rate="+0%",
        volume="+0%",
        pitch="+0Hz",
        jobs=jobs,
        cache_dir=work / "cache",
        include_ads=False,
        quiet=True,
        pinyin=make_pinyin_options((), "numbers", False),
    )
    report = write_audio_edition(edition, work / "audio", options)
    audio_seconds = 0.0
    for line in (work / "audio" / "playlist.m3u8").read_text(encoding="utf-8").splitlines():
        if line.startswith("#EXTINF:"):
            audio_seconds += float(line[len("#EXTINF:") :].split(",", 1)[0])
    return len(report.failures), audio_seconds


def measure(server: FakeEdgeServer, mode: str, edition: Any, sentences: list[str], jobs: int) -> Run:
    server.reset_counters()
    with tempfile.TemporaryDirectory(prefix="bench-edge-") as tmp:
        start = time.perf_counter()
        if mode == "pipeline":
            failures, audio_seconds = run_pipeline(edition, jobs, Path(tmp))
        else:
            failures, audio_seconds = run_engine(sentences, jobs)
        wall = time.perf_counter() - start
    synth = server.counters.last_completed_at - start
    return Run(mode, jobs, wall, synth, server.counters.requests, audio_seconds, failures)


def report(runs: list[Run]) -> bool:
    """Print a table per mode; True if every run succeeded and jobs 4 met the target."""
    ok = True
    print("mode      jobs   wall s  synth s requests  audio s  speedup(wall)  speedup(synth)  failures")
    for mode in dict.fromkeys(r.mode for r in runs):
        mine = [r for r in runs if r.mode == mode]
        base = mine[0]
        for r in mine:
            cells = [
                f"{r.mode:<8}",
                f"{r.jobs:>5}",
                f"{r.wall:>8.2f}",
                f"{r.synth:>8.2f}",
                f"{r.requests:>8}",
            ]
            cells += [f"{r.audio_seconds:>8.1f}", f"{base.wall / r.wall:>13.2f}x"]
            cells += [f"{base.synth / r.synth:>14.2f}x", f"{r.failures:>9}"]
            print(" ".join(cells))
            ok = ok and r.failures == 0
        by_jobs = {r.jobs: r for r in mine}
        if 1 in by_jobs and 4 in by_jobs:
            speedup = by_jobs[1].synth / by_jobs[4].synth
            verdict = "meets" if speedup >= TARGET_SPEEDUP else "MISSES"
            print(
                f"{mode}: synthesis with jobs 4 is {speedup:.2f}x jobs 1"
                f" ({verdict} the {TARGET_SPEEDUP:.0f}x target)"
            )
            ok = ok and speedup >= TARGET_SPEEDUP
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--latency", type=float, default=0.3, help="seconds the fake waits per request")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--mode", choices=["both", "pipeline", "engine"], default="both")
    args = parser.parse_args()

    edition = load_seed_edition()
    modes = ["engine", "pipeline"] if args.mode == "both" else [args.mode]
    if edition is None and "pipeline" in modes:
        print("no edition (parser missing): engine mode only")
        modes = ["engine"]
    sentences, source = seed_sentences(edition)

    with FakeEdgeServer(latency=0.0) as server:
        point_client_at(server)
        measure(server, "engine", edition, sentences, max(args.jobs))  # warm the fake's MP3 cache
        server.configure(latency=args.latency)
        print(
            f"{len(sentences)} sentences from {source}; fake latency {args.latency * 1000:.0f} ms per request"
        )
        runs = [measure(server, mode, edition, sentences, jobs) for mode in modes for jobs in args.jobs]
    return 0 if report(runs) else 1


if __name__ == "__main__":
    sys.exit(main())
