"""Look for pages the reader cannot read: mutate every page of ``tests/blind`` and the seed the way a
real export damages a page, read each mutant with ``publisher.reader.parse_page``, and list the
distinct places the reader raised.

A page that makes the reader raise stops the whole command, so the scorer shows it as "(the command
failed)"; one crash costs a page's every field. The mutations are those a real export produces:
drop a line, duplicate a line, join two lines, split a line, delete a blank line, insert a blank
line, truncate the page, swap two blocks, strip or add indents, a form feed.

Deterministic: the random generator is seeded (``--seed``), and each page's mutants depend only on
the seed and the page's name. Usage::

    python benchmarks/reader_fuzz.py --pages 0 --mutations 20 --jobs 2

``--pages N`` reads the first N pages in name order (0: all), ``--mutations M`` mutants per page;
``--round roundNN`` (repeatable) only that round's pages, ``--blind-dir`` rounds kept elsewhere
(a new round is fuzzed before it is scored, so a page the reader cannot read is known at once).
Each crash site (file, line, exception type) is printed once, with a count and the first page
and mutation that reached it.
"""

from __future__ import annotations

import argparse
import random
import sys
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_PAGE = ROOT / "seeds" / "000_9b8e91649bcfa4b4.txt"

Lines = list[str]


def _drop_line(lines: Lines, rng: random.Random) -> Lines:
    i = rng.randrange(len(lines))
    return lines[:i] + lines[i + 1 :]


def _duplicate_line(lines: Lines, rng: random.Random) -> Lines:
    i = rng.randrange(len(lines))
    return lines[: i + 1] + lines[i:]


def _join_lines(lines: Lines, rng: random.Random) -> Lines:
    if len(lines) < 2:
        return lines
    i = rng.randrange(len(lines) - 1)
    return [*lines[:i], lines[i] + lines[i + 1], *lines[i + 2 :]]


def _split_line(lines: Lines, rng: random.Random) -> Lines:
    i = rng.randrange(len(lines))
    if len(lines[i]) < 2:
        return lines
    cut = rng.randrange(1, len(lines[i]))
    return [*lines[:i], lines[i][:cut], lines[i][cut:], *lines[i + 1 :]]


def _delete_blank(lines: Lines, rng: random.Random) -> Lines:
    blanks = [i for i, line in enumerate(lines) if not line.strip()]
    if not blanks:
        return lines
    i = rng.choice(blanks)
    return lines[:i] + lines[i + 1 :]


def _insert_blank(lines: Lines, rng: random.Random) -> Lines:
    i = rng.randrange(len(lines) + 1)
    return [*lines[:i], "", *lines[i:]]


def _truncate(lines: Lines, rng: random.Random) -> Lines:
    return lines[: rng.randrange(len(lines) + 1)]


def _swap_blocks(lines: Lines, rng: random.Random) -> Lines:
    starts = [0] + [i + 1 for i, line in enumerate(lines) if not line.strip()]
    if len(starts) < 3:
        return lines
    a, b = sorted(rng.sample(range(len(starts) - 1), 2))
    first = lines[starts[a] : starts[a + 1]]
    second = lines[starts[b] : starts[b + 1]]
    return lines[: starts[a]] + second + lines[starts[a + 1] : starts[b]] + first + lines[starts[b + 1] :]


def _strip_indents(lines: Lines, rng: random.Random) -> Lines:
    return [line.lstrip(" \u3000\t") for line in lines]


def _add_indent(lines: Lines, rng: random.Random) -> Lines:
    i = rng.randrange(len(lines))
    return [*lines[:i], rng.choice(("\u3000\u3000", "    ", "\t")) + lines[i], *lines[i + 1 :]]


def _form_feed(lines: Lines, rng: random.Random) -> Lines:
    i = rng.randrange(len(lines) + 1)
    if rng.random() < 0.5 or i == len(lines):
        return [*lines[:i], "\x0c", *lines[i:]]
    return [*lines[:i], "\x0c" + lines[i], *lines[i + 1 :]]


MUTATIONS: dict[str, Callable[[Lines, random.Random], Lines]] = {
    "drop_line": _drop_line,
    "duplicate_line": _duplicate_line,
    "join_lines": _join_lines,
    "split_line": _split_line,
    "delete_blank": _delete_blank,
    "insert_blank": _insert_blank,
    "truncate": _truncate,
    "swap_blocks": _swap_blocks,
    "strip_indents": _strip_indents,
    "add_indent": _add_indent,
    "form_feed": _form_feed,
}


def mutants(text: str, seed: str, count: int) -> list[tuple[str, str]]:
    """``count`` mutants of a page, each one to three mutations deep, named by what was done."""
    rng = random.Random(seed)
    names = sorted(MUTATIONS)
    out: list[tuple[str, str]] = []
    for _ in range(count):
        lines = text.split("\n")
        done: list[str] = []
        for _ in range(rng.randint(1, 3)):
            if not lines:
                break
            name = rng.choice(names)
            lines = MUTATIONS[name](lines, rng)
            done.append(name)
        out.append(("+".join(done), "\n".join(lines)))
    return out


def crash_site(error: BaseException) -> str:
    """Where in the package an exception was raised: its innermost frame under ``publisher``."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "publisher" in f.filename]
    where = frames[-1] if frames else traceback.extract_tb(error.__traceback__)[-1]
    name = Path(where.filename).relative_to(ROOT) if ROOT in Path(where.filename).parents else where.filename
    return f"{name}:{where.lineno} {where.name}: {type(error).__name__}: {str(error)[:80]}"


def fuzz_page(job: tuple[str, int, int]) -> list[tuple[str, str, str]]:
    """The crashes of one page's mutants: (site, page, mutation)."""
    sys.path.insert(0, str(ROOT))
    from publisher.reader import parse_page

    path, count, seed = job
    text = Path(path).read_text(encoding="utf-8")
    crashes: list[tuple[str, str, str]] = []
    for what, mutant in mutants(text, f"{seed}:{Path(path).name}", count):
        try:
            parse_page(mutant)
        except Exception as error:  # every raise is a finding
            crashes.append((crash_site(error), Path(path).name, what))
    return crashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=0, help="the first N pages (0: all)")
    parser.add_argument("--mutations", type=int, default=10, help="mutants per page")
    parser.add_argument("--seed", type=int, default=70)
    parser.add_argument("--jobs", type=int, default=2)
    blind = ROOT / "tests" / "blind"
    parser.add_argument("--blind-dir", type=Path, default=blind, help="rounds kept elsewhere")
    parser.add_argument("--round", action="append", default=[], help="only this round (repeatable)")
    args = parser.parse_args(argv)
    rounds = args.round or ["round*"]
    found = sorted({p for r in rounds for p in args.blind_dir.glob(f"{r}/*.txt")})
    pages = [SEED_PAGE, *found]
    if args.pages:
        pages = pages[: args.pages]
    jobs = [(str(p), args.mutations, args.seed) for p in pages]
    sites: dict[str, list[tuple[str, str]]] = {}
    with ProcessPoolExecutor(max_workers=max(args.jobs, 1)) as pool:
        for crashes in pool.map(fuzz_page, jobs, chunksize=4):
            for site, page, what in crashes:
                sites.setdefault(site, []).append((page, what))
    print(f"{len(pages)} pages x {args.mutations} mutations = {len(pages) * args.mutations} reads")
    print(f"{len(sites)} distinct crash sites")
    for site, hits in sorted(sites.items(), key=lambda kv: -len(kv[1])):
        page, what = hits[0]
        print(f"{len(hits):5d}  {site}\n       first: {page} ({what})")
    return 1 if sites else 0


if __name__ == "__main__":
    sys.exit(main())
