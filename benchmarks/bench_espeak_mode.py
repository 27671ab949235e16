"""Benchmark: espeak-ng's output modes on the seed's sentences, each in a fresh process.

AUDIO_OUTPUT_SYNCHRONOUS (2, what the engine uses) synthesises in the calling
thread; AUDIO_OUTPUT_RETRIEVAL (1, what it used) hands every buffer to espeak's
own thread.  Prints, per mode, the CPU and wall time of synthesising the first 60 distinct
sentences of the seed's audio script and a hash of the samples (they must agree).

    python benchmarks/bench_espeak_mode.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import asyncio, hashlib, sys, time
from pathlib import Path
from publisher.inputs import load_edition_inputs
from publisher.pinyin import PinyinOptions
from publisher.speech import espeak
from publisher.speech.script import build_script
espeak._AUDIO_OUTPUT_SYNCHRONOUS = int(sys.argv[1])
edition = load_edition_inputs([Path(sys.argv[2])])
script = build_script(edition, pinyin=PinyinOptions(style="numbers"))
texts = sorted({s.spoken for t in script.tracks for s in t.segments})[:60]
engine = espeak.EspeakEngine()
asyncio.run(engine.synthesize(texts[0]))  # start the library outside the timing
digest, start, wall = hashlib.sha256(), time.process_time(), time.perf_counter()
for text in texts:
    digest.update(asyncio.run(engine.synthesize(text)).data)
print(f"{time.process_time() - start:.2f} {time.perf_counter() - wall:.2f} {digest.hexdigest()[:16]}")
"""


def main() -> int:
    seed = ROOT / "seeds" / "000_9b8e91649bcfa4b4.txt"
    hashes = set()
    for mode, name in ((1, "retrieval (espeak's thread)"), (2, "synchronous (calling thread)")):
        runs = [subprocess.run([sys.executable, "-c", CHILD, str(mode), str(seed)], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.split()
                for _ in range(3)]  # fmt: skip
        hashes |= {h for _cpu, _wall, h in runs}
        cpu = sorted(float(c) for c, _w, _h in runs)
        wall = sorted(float(w) for _c, w, _h in runs)
        print(f"{name:30s} CPU {cpu[1]:.2f} s, wall {wall[1]:.2f} s (medians of 3)")
    print(f"identical samples in both modes: {len(hashes) == 1}")
    return 0 if len(hashes) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
