"""Structuring speed and memory: per page, and batches of up to 1,000 pages.

    python benchmarks/bench_structure.py            # full run (~20 s)
    python benchmarks/bench_structure.py --quick    # fewer repeats

Targets (issue 2): the seed in under 20 ms in-process; a batch grows linearly
in time, and the parser's working memory stays flat (the peak while parsing
page after page does not grow with the number of pages; only the finished
Edition itself grows, in proportion to the text it holds).  One line grown to thousands of
words (an export that lost its line breaks) costs time in proportion to its length: four times the
words at most six times the time (exit 1 otherwise).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from publisher.reader import parse_page, structure_pages  # noqa: E402
from publisher.reading import PageText, read_page  # noqa: E402

SEED = ROOT / "seeds" / "000_9b8e91649bcfa4b4.txt"
PAGES = [SEED, *sorted((ROOT / "tests" / "pages").glob("*.txt"))]
TARGET_MS = 20.0


def per_page_ms(page: PageText, repeats: int) -> tuple[float, float]:
    """(median, best) milliseconds for parse_page on one page."""
    parse_page(page.text, 1)  # warm caches (regexes, masthead table)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        parse_page(page.text, 1)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


def batch(pages: list[PageText], n: int) -> list[PageText]:
    return [pages[k % len(pages)] for k in range(n)]


def timed_edition(pages: list[PageText]) -> float:
    t0 = time.perf_counter()
    structure_pages(pages)
    return time.perf_counter() - t0


def _child_peak_rss(mode: str, n: int) -> int:
    """Peak RSS (KiB) of a fresh interpreter that parses n pages: streaming or into one Edition."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forked parent.
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from benchmarks.bench_structure import run_child, peak_rss_kib;"
        "run_child(sys.argv[2], int(sys.argv[3])); print(peak_rss_kib())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), mode, str(n)], check=True, capture_output=True, text=True
    )
    return int(out.stdout.split()[-1])


def peak_rss_kib() -> int:
    """This process's peak resident set size in KiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_child(mode: str, n: int) -> None:
    pages = batch([read_page(p) for p in PAGES], n)
    if mode == "stream":  # what a daily job does: page after page, each result written and dropped
        for number, page in enumerate(pages, start=1):
            parse_page(page.text, number)
    else:
        structure_pages(pages)


def peak_traced_kib(pages: list[PageText]) -> float:
    """tracemalloc peak while parsing the pages one by one, keeping nothing."""
    tracemalloc.start()
    for number, page in enumerate(pages, start=1):
        parse_page(page.text, number)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeats = 20 if args.quick else 100
    pages = [read_page(p) for p in PAGES]

    print("Per page (parse_page, in-process)")
    print(f"{'page':<44}{'chars':>7}{'median ms':>11}{'best ms':>9}")
    seed_median = 0.0
    for page in pages:
        median, best = per_page_ms(page, repeats)
        if page.path == SEED:
            seed_median = median
        print(f"{page.path.name:<44}{len(page.text):>7}{median:>11.2f}{best:>9.2f}")
    verdict = "OK" if seed_median < TARGET_MS else "TOO SLOW"
    print(f"seed: {seed_median:.2f} ms (target < {TARGET_MS:.0f} ms) {verdict}\n")

    print("Batches (seed + test pages repeated)")
    print("  time: structure_pages -> one Edition; RSS: peak of a fresh process (interpreter included)")
    print(f"{'pages':>6}{'total ms':>10}{'ms/page':>9}{'RSS stream KiB':>16}{'RSS edition KiB':>17}")
    rows = []
    for n in (1, 10, 100, 250, 500, 1000):
        group = batch(pages, n)
        total = min(timed_edition(group) for _ in range(3 if n <= 250 else 1))
        stream, whole = _child_peak_rss("stream", n), _child_peak_rss("edition", n)
        rows.append((n, total, stream))
        print(f"{n:>6}{total * 1000:>10.1f}{total * 1000 / n:>9.2f}{stream:>16}{whole:>17}")
    (n0, t0, s0), (n1, t1, s1) = rows[2], rows[-1]
    traced = peak_traced_kib(batch(pages, 100)), peak_traced_kib(batch(pages, 400))
    print(
        f"\ntime {n0}->{n1} pages: x{t1 / t0:.1f} for x{n1 / n0:.0f} pages (linear = x{n1 / n0:.0f}); "
        f"streaming RSS {s0} -> {s1} KiB (flat); "
        f"tracemalloc peak while streaming 100 / 400 pages: {traced[0]:.0f} / {traced[1]:.0f} KiB"
    )
    long_ratio = long_line_scaling(pages[0].text)
    linear = seed_median < TARGET_MS and long_ratio < LONG_LINE_RATIO_MAX
    return 0 if linear else 1


# One line of the page grown to n words (a PDF export that lost its line breaks): the time
# must grow with n, not n squared.  x4 words may cost at most this much more.
LONG_LINE_RATIO_MAX = 6.0


def long_line_scaling(text: str) -> float:
    print("\nOne long line inside the seed (words of 'abc 平湖 ')")
    times = []
    for words in (5_000, 20_000):
        page = text.replace("\n\n", "\n" + "abc 平湖 " * (words // 2) + "\n", 1)
        t0 = time.perf_counter()
        parse_page(page, 1)
        times.append(time.perf_counter() - t0)
        print(f"{words:>8} words: {times[-1] * 1000:9.1f} ms")
    ratio = times[1] / times[0]
    verdict = "OK" if ratio < LONG_LINE_RATIO_MAX else "SUPERLINEAR"
    print(f"x4 words: x{ratio:.1f} time (linear = x4, at most x{LONG_LINE_RATIO_MAX:.0f}) {verdict}")
    return ratio


if __name__ == "__main__":
    raise SystemExit(main())
