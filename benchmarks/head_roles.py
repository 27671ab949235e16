"""Two-block heads in the gold: which block is the kicker, the headline and the deck.

A head of two blocks with no —— or quote mark reads two ways in plain text: kicker over headline
or headline over deck.  This collects every gold article head with two or more of kicker /
headline / subheadline, maps each field to the page lines it was printed on (whitespace-free
comparison, from the item's first line down), and reports how often each reading occurs per round
and how the reader's head rules (``head_fields``) read the same two blocks.  The examples it
collects are what ``tools/train_head_roles.py`` trains on.

    python benchmarks/head_roles.py                  # base rates and the rules' accuracy per round
    python benchmarks/head_roles.py --list           # every two-block head, gold vs the rules
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from publisher.punctuation import clean_text, compact  # noqa: E402
from publisher.reader.head_roles import kicker_probability  # noqa: E402
from publisher.reader.heads import MODEL_ENV, kicker_over_headline  # noqa: E402
from publisher.reader.lines import Line, split_lines  # noqa: E402
from publisher.reading import read_page  # noqa: E402

BLIND = ROOT / "tests" / "blind"
PAGES = ROOT / "tests" / "pages"
SEEDS = ROOT / "seeds"
KICKER_HEADLINE = "kicker+headline"
HEADLINE_DECK = "headline+deck"


@dataclass(frozen=True)
class HeadExample:
    """One two-block head as printed: its blocks (a block may be a headline wrapped over two
    lines, joined), the line after the head, and which reading the gold gives."""

    source: str  # round/page:line
    group: str  # the round (or "pages") it comes from: the unit of cross-validation
    upper: str
    lower: str
    after: Line | None  # the first line under the head (byline, dateline, paragraph…)
    reading: str  # KICKER_HEADLINE or HEADLINE_DECK
    of_three: bool = False  # two neighbouring blocks of a three-block head (training only)

    @property
    def dashed(self) -> bool:
        """A —— deck or a quote-led kicker: the rules decide these without doubt."""
        return self.lower.startswith(("——", "—", "--"))


def _norm(text: str) -> str:
    return compact(clean_text(text))


def _blocks(lines: list[Line], start: int, fields: list[str]) -> tuple[list[str], int] | None:
    """The page lines from index ``start`` that print ``fields`` in order (a field may take
    several lines); the texts of the blocks and the index after the last, or None."""
    out: list[str] = []
    i = start
    for f in fields:
        want, got, parts = _norm(f), "", []
        while i < len(lines) and len(got) < len(want):
            got += _norm(lines[i].text)
            parts.append(lines[i].text)
            i += 1
        # 入冬后流感进入高发期—— over its headline: the kicker's dash is print, not its text
        if got != want and got.rstrip("—-") != want:
            return None
        out.append("".join(parts) if len(parts) > 1 else parts[0])
    return out, i


def page_examples(page: Path, gold: dict, group: str) -> tuple[list[HeadExample], int]:
    """Two-block heads of one gold page, and how many multi-field heads could not be mapped."""
    lines = split_lines(read_page(page).text)
    index = {ln.number: k for k, ln in enumerate(lines)}
    out: list[HeadExample] = []
    missed = 0
    for item in gold["items"]:
        if item["type"] != "article":
            continue
        named = [(k, item.get(k)) for k in ("kicker", "headline", "subheadline") if item.get(k)]
        if len(named) < 2:
            continue
        first = index.get(item["lines"][0])
        found = None
        # a standfirst or a column's label may come first: the head starts within a few lines
        for start in range(first, min(first + 4, len(lines))) if first is not None else ():
            found = _blocks(lines, start, [v for _, v in named])
            if found is not None:
                break
        if found is None or [k for k, _ in named] == ["kicker", "subheadline"]:
            missed += 1  # (kicker over deck without a headline is no reading of two blocks)
            continue
        blocks, end = found
        after = lines[end] if end < len(lines) else None
        where = f"{group}/{page.stem}:{item['lines'][0]}"
        if len(blocks) == 2:
            reading = KICKER_HEADLINE if named[0][0] == "kicker" else HEADLINE_DECK
            out.append(HeadExample(where, group, blocks[0], blocks[1], after, reading))
        else:  # kicker, headline and deck: each pair of neighbours shows one reading's shapes
            out.append(HeadExample(where + "/kh", group, blocks[0], blocks[1], after, KICKER_HEADLINE, True))
            out.append(HeadExample(where + "/hd", group, blocks[1], blocks[2], after, HEADLINE_DECK, True))
    return out, missed


def gold_examples(blind: Path = BLIND) -> tuple[list[HeadExample], Counter[str]]:
    """Every two-block head of every gold page under ``blind``; unmapped heads counted by round."""
    examples: list[HeadExample] = []
    missed: Counter[str] = Counter()
    for round_dir in sorted(d for d in blind.iterdir() if d.is_dir()):
        for gold_file in sorted(round_dir.glob("*.gold.json")):
            page = gold_file.with_name(gold_file.name.removesuffix(".gold.json") + ".txt")
            got, lost = page_examples(page, json.loads(gold_file.read_text(encoding="utf-8")), round_dir.name)
            examples += got
            missed[round_dir.name] += lost
    return examples, missed


@contextlib.contextmanager
def rules_only() -> Iterator[None]:
    """The reader without a learned head model, whatever the environment says."""
    before = os.environ.get(MODEL_ENV)
    os.environ[MODEL_ENV] = "off"
    try:
        yield
    finally:
        if before is None:
            del os.environ[MODEL_ENV]
        else:
            os.environ[MODEL_ENV] = before


def page_test_examples(folders: tuple[Path, ...] = (SEEDS, PAGES)) -> list[HeadExample]:
    """Two-block heads of the seed and the project's own pages (tests/pages), read by the
    parser: the tests hold the parser's heads on these pages exact, so its reading is their gold."""
    from publisher.reader import structure_pages

    out: list[HeadExample] = []
    for page in [p for folder in folders for p in sorted(folder.glob("*.txt"))]:
        with rules_only():  # the heads the tests hold, not a model's reading of them
            edition = structure_pages([read_page(page)])
        items = [
            {
                "type": "article",
                "lines": [a.source.first, a.source.last],
                "kicker": a.kicker,
                "headline": a.headline,
                "subheadline": a.subheadline,
            }
            for a in edition.articles()
        ]
        out += page_examples(page, {"items": items}, "pages")[0]
    return out


def rules_reading(ex: HeadExample) -> str:
    """How the reader's head rules (no learned model) read the two blocks."""
    with rules_only():
        kicker = kicker_over_headline(ex.upper, ex.lower, ex.after)
    return KICKER_HEADLINE if kicker else HEADLINE_DECK


def _model_right(e: HeadExample, model: dict[str, float]) -> bool:
    return (kicker_probability(e.upper, e.lower, e.after, model) > 0.5) == (e.reading == KICKER_HEADLINE)


ROLES = ("kicker", "headline", "subheadline")


def _role_models(exclude: str, l2: float = 0.3) -> dict[str, list[float]]:
    """One logistic regression per role over single head lines (every gold kicker, headline and
    deck of the rounds but ``exclude``): how much a line looks like each role."""
    from tools.train_head_roles import fit

    lines: list[tuple[str, str]] = []
    for gold_file in sorted(BLIND.glob("*/*.gold.json")):
        if gold_file.parent.name != exclude:
            items = json.loads(gold_file.read_text(encoding="utf-8"))["items"]
            lines += [(i[r], r) for i in items if i["type"] == "article" for r in ROLES if i.get(r)]
    rows = [_line_row(t) for t, _ in lines]
    return {role: fit(rows, [int(r == role) for _, r in lines], l2) for role in ROLES}


def _line_row(text: str) -> list[float]:
    from publisher.reader.head_roles import block_features

    f = block_features(text)
    return [f[n] for n in sorted(f)] + [1.0]


def _role_fit(models: dict[str, list[float]], text: str, role: str) -> float:
    z = sum(w * x for w, x in zip(models[role], _line_row(text), strict=True))
    return -math.log1p(math.exp(-max(-30.0, min(30.0, z))))  # log P(role)


def _roles_right(e: HeadExample, models: dict[str, list[float]]) -> bool:
    """The reading whose two lines fit their roles best."""
    kh = _role_fit(models, e.upper, "kicker") + _role_fit(models, e.lower, "headline")
    hd = _role_fit(models, e.upper, "headline") + _role_fit(models, e.lower, "subheadline")
    return (kh > hd) == (e.reading == KICKER_HEADLINE)


def cross_validate() -> None:
    """Leave one round out at the level of heads: train on the other rounds and the project's
    pages, read the held-out round's open heads (those no print mark decides).  ``pair`` is the
    model the reader can load (tools/train_head_roles.py); ``roles`` a second form, one model per
    role over single lines."""
    from tools.train_head_roles import open_examples, train

    pool = open_examples()
    print(f"\nleave-one-round-out, open heads only ({len(pool)} in all): rules vs learned")
    both = Counter[str]()
    for group in sorted({e.group for e in pool if e.group != "pages"}, key=lambda g: (len(g), g)):
        model = train([e for e in pool if e.group != group])
        roles = _role_models(group)
        held = [e for e in pool if e.group == group and not e.of_three]
        row = Counter(
            n=len(held),
            rules=sum(rules_reading(e) == e.reading for e in held),
            pair=sum(_model_right(e, model) for e in held),
            roles=sum(_roles_right(e, roles) for e in held),
        )
        both += row
        wrong = ", ".join(e.source.split("/")[1] for e in held if not _model_right(e, model))
        print(f"{group:10} {_cells(row)}  pair wrong: {wrong}")
    print(f"{'all':10} {_cells(both)}")


def _cells(row: Counter[str]) -> str:
    return "  ".join(f"{k} {row[k]:3}/{row['n']:<3}" for k in ("rules", "pair", "roles"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="every two-block head, gold vs the rules")
    ap.add_argument("--cv", action="store_true", help="leave one round out: the rules vs the learned model")
    args = ap.parse_args(argv)
    examples, missed = gold_examples()
    examples += page_test_examples()
    pairs = [e for e in examples if e.of_three]
    examples = [e for e in examples if not e.of_three]
    print(f"{'round':10} {'heads':>5} {'dashed':>6} {'K+H':>4} {'H+D':>4} {'rules right':>12}")
    totals = Counter[str]()
    for group in sorted({e.group for e in examples}, key=lambda g: (g == "pages", len(g), g)):
        mine = [e for e in examples if e.group == group]
        open_ = [e for e in mine if not e.dashed]
        kh = sum(e.reading == KICKER_HEADLINE for e in open_)
        right = sum(rules_reading(e) == e.reading for e in open_)
        row = Counter(heads=len(mine), dashed=len(mine) - len(open_), kh=kh, hd=len(open_) - kh, right=right)
        totals += row
        print(
            f"{group:10} {len(mine):5} {row['dashed']:6} {kh:4} {row['hd']:4} "
            f"{right:5}/{len(open_):<3} (unmapped {missed[group]})"
        )
    n = totals["kh"] + totals["hd"]
    print(
        f"{'all':10} {totals['heads']:5} {totals['dashed']:6} {totals['kh']:4} {totals['hd']:4} "
        f"{totals['right']:5}/{n:<3} (unmapped {sum(missed.values())})"
    )
    if args.list:
        for e in examples:
            if e.dashed:
                continue
            mark = "ok " if rules_reading(e) == e.reading else "BAD"
            after = e.after.kind if e.after else "-"
            print(f"{mark} {e.reading:15} {e.source:60} {e.upper} | {e.lower} | {after}")
    print(f"(and {len(pairs)} pairs of neighbouring blocks of three-block heads, for training)")
    if args.cv:
        cross_validate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
