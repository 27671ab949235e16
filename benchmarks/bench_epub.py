"""EPUB build time and peak memory, in-process.

Targets (issue 3): the seed's plain edition under 150 ms, its pinyin edition
under 500 ms.  Also measured: a 50-page edition (the seed and the test pages,
repeated), to see that cost grows with the text and nothing worse.

    python benchmarks/bench_epub.py [--repeat N]

"cold" is the first build in a fresh process (font discovery, the pinyin
dictionaries, imports of the writer); "warm" is the median of the next N builds,
what a desk running many pages a day sees.  Peak memory is measured in a fresh
child process per case, so the timings are not slowed by tracing: "py peak" is
the peak of Python allocations during the first build (tracemalloc), "RSS +" how
much the process's peak resident size grew during it (this also counts Pillow's
image buffer, lxml, the fonts and the pinyin dictionaries loaded on first use,
which tracemalloc does not see), "RSS" the process's peak.  Exits 1 if a seed target is
missed.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from itertools import cycle, islice
from multiprocessing.connection import Connection
from pathlib import Path

from publisher.epub import build_epub
from publisher.inputs import load_edition_inputs
from publisher.model import Edition, edition_to_json
from publisher.pinyin import PinyinOptions

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9b8e91649bcfa4b4.txt"
TARGETS_MS = {"seed plain": 150.0, "seed pinyin": 500.0}


def timed(build: Callable[[], bytes]) -> tuple[float, int]:
    start = time.perf_counter()
    size = len(build())
    return (time.perf_counter() - start) * 1000, size


def _edition_for(case: str) -> Edition:
    if case.startswith("seed"):
        return load_edition_inputs([SEED])
    pages = [SEED, *sorted((ROOT / "tests" / "pages").glob("*.txt"))]
    return load_edition_inputs(list(islice(cycle(pages), 50)))


def _vm_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _memory_child(case: str, out: Connection) -> None:
    edition = _edition_for(case)
    pinyin = PinyinOptions() if case.endswith("pinyin") else None
    before = _vm_kib("VmRSS")
    # reset the peak-RSS mark (Linux), so the peak is the build's and not the parser's
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    tracemalloc.start()
    build_epub(edition, pinyin=pinyin)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    hwm = _vm_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out.send((peak / 2**20, (hwm - before) / 1024, hwm / 1024))


def memory(case: str) -> tuple[float, float, float]:
    """(Python peak MiB, RSS growth MiB, RSS peak MiB) of a first build, in a fresh process."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_memory_child, args=(case, send))
    child.start()
    result = receive.recv()
    child.join()
    return result


def han_count(edition: Edition) -> int:
    return sum("\u4e00" <= c <= "\u9fff" for c in edition_to_json(edition))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="warm builds per case (median reported)")
    args = parser.parse_args()

    seed = _edition_for("seed")
    fifty = _edition_for("50 pages")
    pinyin = PinyinOptions()
    cases: list[tuple[str, Callable[[], bytes], int]] = [
        ("seed plain", lambda: build_epub(seed), args.repeat),
        ("seed pinyin", lambda: build_epub(seed, pinyin=pinyin), args.repeat),
        ("50 pages plain", lambda: build_epub(fifty), max(2, args.repeat // 3)),
        ("50 pages pinyin", lambda: build_epub(fifty, pinyin=pinyin), max(2, args.repeat // 3)),
    ]
    print(f"seed: {len(seed.items)} items, ~{han_count(seed)} Han characters")
    print(f"50-page edition: {len(fifty.items)} items, ~{han_count(fifty)} Han characters")
    print(f"{'case':<17}{'cold ms':>9}{'warm ms':>9}{'py peak':>9}{'RSS +':>7}{'RSS':>6}{'EPUB':>8}  target")
    missed = False
    for name, build, repeat in cases:
        cold, size = timed(build)
        warm = statistics.median(timed(build)[0] for _ in range(repeat))
        py_peak, rss_growth, rss = memory(name)
        target = TARGETS_MS.get(name)
        verdict = "" if target is None else f"< {target:.0f} ms {'ok' if warm < target else 'MISSED'}"
        missed |= target is not None and warm >= target
        print(
            f"{name:<17}{cold:>9.1f}{warm:>9.1f}{py_peak:>6.1f}MiB{rss_growth:>4.0f}MiB{rss:>4.0f}MiB"
            f"{size / 1024:>5.0f}KiB  {verdict}"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
