"""Time publisher.pinyin.readings() over the seed page (the pinyin EPUB budget is 500 ms in total).

    python benchmarks/bench_pinyin.py [--repeat N]

Reports the first call in a fresh process (dictionary load, pypinyin import and prefix set
included) and the best of N warm calls.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9b8e91649bcfa4b4.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    text = SEED.read_text(encoding="utf-8")

    start = time.perf_counter()
    from publisher.pinyin import PinyinOptions, readings, spoken_pinyin

    import_s = time.perf_counter() - start
    start = time.perf_counter()
    readings(text)
    cold_s = time.perf_counter() - start

    warm = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        readings(text, PinyinOptions(style="marks"))
        warm.append(time.perf_counter() - start)
    start = time.perf_counter()
    spoken_pinyin(text)
    spoken_s = time.perf_counter() - start

    han = sum(r is not None for r in readings(text))
    print(f"seed: {len(text)} characters, {han} Han")
    print(f"import publisher.pinyin:      {import_s * 1000:7.1f} ms")
    print(f"first readings() (cold):      {cold_s * 1000:7.1f} ms")
    print(f"readings() warm, best of {args.repeat}: {min(warm) * 1000:7.1f} ms")
    print(f"spoken_pinyin() warm:         {spoken_s * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
