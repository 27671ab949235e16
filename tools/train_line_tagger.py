"""Train the line tagger (publisher/reader/tagger.py): does an item start at this line?

Data: every blind round's gold (tools/line_labels.py), except the rounds left out, plus
tests/pages labelled by the parser's own items (the tests hold those exact).  Model: a small
set of gradient-boosted regression trees (scikit-learn, the ``train`` extra), exported to the
JSON the parser evaluates in plain Python.  Deterministic: the same data gives the same file.

    python tools/train_line_tagger.py                                # assets/line_tagger.json
    python tools/train_line_tagger.py --exclude round10 --out /tmp/no10.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from line_labels import ROOT, LabelledPage, pages_labels, round_pages, rounds

from publisher.fileio import write_text_atomic
from publisher.reader.lines import Line
from publisher.reader.page import _PageParser
from publisher.reader.tagger import FEATURES, LineTagger, line_features

# A few shallow trees: the data is a few thousand lines; deeper or more trees fit the rounds'
# own pages, not the next page.
TREES = 60
DEPTH = 3
RATE = 0.1
MIN_LEAF = 5


@contextmanager
def _rules_alone() -> Iterator[None]:
    """The pages' labels and lines come from the rules alone, whatever tagger is installed."""
    saved = os.environ.get("PINGHU_LINE_TAGGER")
    os.environ["PINGHU_LINE_TAGGER"] = "off"
    try:
        yield
    finally:
        if saved is None:
            del os.environ["PINGHU_LINE_TAGGER"]
        else:
            os.environ["PINGHU_LINE_TAGGER"] = saved


def parsed_lines(page: LabelledPage) -> list[Line]:
    """The page's lines as the parser sees them after reading its masthead (the run re-types
    masthead-shaped lines below the top as text)."""
    parser = _PageParser(list(page.lines), 1)
    parser.run()
    return parser.lines


def dataset(exclude: set[str], with_pages: bool = True) -> tuple[list[list[float]], list[int]]:
    """Features and labels (1: an item starts at the line) of every line of the training pages."""
    xs: list[list[float]] = []
    ys: list[int] = []
    with _rules_alone():
        pages = [p for r in rounds() if r not in exclude for p in round_pages(r)]
        if with_pages:
            pages += list(pages_labels())
        for page in pages:
            lines = parsed_lines(page)
            for i, label in enumerate(page.labels):
                xs.append(line_features(lines, i))
                ys.append(int(label.startswith("B-")))
    return xs, ys


def train(xs: list[list[float]], ys: list[int]) -> dict:
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(
        n_estimators=TREES, max_depth=DEPTH, learning_rate=RATE, min_samples_leaf=MIN_LEAF, random_state=0
    ).fit(xs, ys)
    trees = []
    for (estimator,) in model.estimators_:
        t = estimator.tree_
        trees.append(
            {
                "feature": [int(f) if f >= 0 else -1 for f in t.feature],
                "threshold": [round(float(v), 6) for v in t.threshold],
                "left": [int(v) for v in t.children_left],
                "right": [int(v) for v in t.children_right],
                "value": [round(float(v), 6) for v in t.value[:, 0, 0]],
            }
        )
    base = float(model._raw_predict_init([xs[0]])[0, 0])
    exported = {"features": list(FEATURES), "base": round(base, 6), "rate": RATE, "trees": trees}
    # the plain-Python evaluation must agree with scikit-learn's own
    ours = LineTagger(exported)
    theirs = model.decision_function(xs[:200])
    worst = max(abs(ours.log_odds(x) - t) for x, t in zip(xs[:200], theirs, strict=True))
    if worst > 1e-3:
        raise SystemExit(f"error: exported trees disagree with scikit-learn by {worst:.4f}")
    return exported


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exclude", action="append", default=[], help="leave this round out of training")
    ap.add_argument("--out", type=Path, default=ROOT / "assets" / "line_tagger.json")
    args = ap.parse_args(argv)
    xs, ys = dataset(set(args.exclude))
    model = train(xs, ys)
    write_text_atomic(args.out, json.dumps(model, separators=(",", ":")) + "\n")
    print(f"{args.out}: {len(ys)} lines, {sum(ys)} item starts, {len(model['trees'])} trees")
    return 0


if __name__ == "__main__":
    sys.exit(main())
