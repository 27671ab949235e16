"""Per-line item-boundary labels from the blind gold, and how the rule parser does on them.

Every non-blank line of a gold page gets one label: ``B-<type>`` if a gold item (article, photo,
notice, weather, advertisement, qr_prompt) starts there, ``I`` if it is inside one, ``O`` if it
is outside every item (masthead and page furniture).  The parser's items give the same labelling
(its ``unclassified`` items count as items of that type), so its item boundaries can be scored
line by line: precision and recall of the first lines, untyped and typed.

tests/pages have no gold in this form: their expectations live in the tests, which hold the
parser's output on them exact, so ``pages_labels`` labels them from the parser's own items.

    python tools/line_labels.py                  # boundary precision/recall per round
    python tools/line_labels.py --round round10 --misses
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from publisher.reader import parse_page  # noqa: E402
from publisher.reader.lines import Line, split_lines  # noqa: E402
from publisher.reading import read_page  # noqa: E402

BLIND = ROOT / "tests" / "blind"
PAGES = ROOT / "tests" / "pages"
OUTSIDE, INSIDE = "O", "I"


@dataclass(frozen=True)
class LabelledPage:
    name: str
    text: str
    lines: list[Line]  # the reader's non-blank lines (split_lines), in order
    labels: list[str]  # one per line: B-<type>, I or O


def rounds(blind: Path = BLIND) -> list[str]:
    return sorted(d.name for d in blind.iterdir() if d.is_dir())


def _labels(lines: list[Line], spans: list[tuple[str, int, int]]) -> list[str]:
    """Label each line from items given as (type, first line, last line)."""
    where: dict[int, str] = {}
    for kind, first, last in spans:
        for n in range(first, last + 1):
            where.setdefault(n, INSIDE)
        where[first] = f"B-{kind}"
    return [where.get(ln.number, OUTSIDE) for ln in lines]


def gold_page(page: Path) -> LabelledPage:
    text = read_page(page).text
    gold = json.loads(page.with_name(page.stem + ".gold.json").read_text(encoding="utf-8"))
    lines = split_lines(text)
    spans = [(g["type"], g["lines"][0], g["lines"][1]) for g in gold["items"]]
    return LabelledPage(page.stem, text, lines, _labels(lines, spans))


def predicted_labels(text: str, lines: list[Line]) -> list[str]:
    """The rule parser's labelling of the same lines."""
    items = parse_page(text).items
    return _labels(lines, [(it.type, it.source.first, it.source.last) for it in items])


def round_pages(name: str, blind: Path = BLIND) -> Iterator[LabelledPage]:
    for page in sorted((blind / name).glob("*.txt")):
        yield gold_page(page)


def pages_labels() -> Iterator[LabelledPage]:
    """tests/pages, labelled by the parser's own items (the tests hold those exact)."""
    for page in sorted(PAGES.glob("*.txt")):
        text = read_page(page).text
        lines = split_lines(text)
        yield LabelledPage(page.stem, text, lines, predicted_labels(text, lines))


@dataclass
class Boundaries:
    gold: int = 0
    predicted: int = 0
    right: int = 0  # a predicted start on a gold start
    typed: int = 0  # ... of the same type

    def add(self, gold: list[str], got: list[str]) -> None:
        for g, p in zip(gold, got, strict=True):
            self.gold += g.startswith("B-")
            self.predicted += p.startswith("B-")
            self.right += g.startswith("B-") and p.startswith("B-")
            self.typed += g.startswith("B-") and g == p

    def row(self, name: str) -> str:
        p = self.right / max(self.predicted, 1)
        r = self.right / max(self.gold, 1)
        return (
            f"{name:12} gold {self.gold:4}  predicted {self.predicted:4}  precision {p:6.1%}  "
            f"recall {r:6.1%}  typed recall {self.typed / max(self.gold, 1):6.1%}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--round", action="append", help="only this round (default: every round)")
    ap.add_argument("--misses", action="store_true", help="list each boundary the parser gets wrong")
    args = ap.parse_args(argv)
    total = Boundaries()
    for name in args.round or sorted(rounds(), key=lambda r: (len(r), r)):
        per_round = Boundaries()
        for page in round_pages(name):
            got = predicted_labels(page.text, page.lines)
            per_round.add(page.labels, got)
            if args.misses:
                for ln, g, p in zip(page.lines, page.labels, got, strict=True):
                    if g != p and (g.startswith("B-") or p.startswith("B-")):
                        print(f"  {page.name[:28]:28} {ln.number:4} gold {g:15} got {p:15} {ln.text[:40]}")
        print(per_round.row(name))
        total.gold += per_round.gold
        total.predicted += per_round.predicted
        total.right += per_round.right
        total.typed += per_round.typed
    print(total.row("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
