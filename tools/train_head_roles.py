"""Train the reading of two-block heads (kicker over headline, or headline over deck).

The examples are the gold pages' two-block heads (tests/blind/<round>/*.gold.json, mapped to
their lines by ``benchmarks/head_roles.py``) plus the seed's and tests/pages' heads, which the
tests hold exact.  Heads the print marks decide (a —— deck, a column's label, a quoted kicker:
``heads.fixed_reading``) are left out: the model only ever sees the others.  The model is an
L2-regularised logistic regression over ``head_roles.head_features``, fitted by Newton's method
in plain Python (a few dozen features, about a hundred examples): deterministic, no
scikit-learn or numpy needed, so a test may retrain it and compare with the shipped weights.

    python tools/train_head_roles.py --out model.json                      # every round
    python tools/train_head_roles.py --exclude round10 --out /tmp/w.json   # hold a round out
    PINGHU_HEAD_MODEL=model.json pinghu-publish structure PAGE             # read heads with it
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.head_roles import (  # noqa: E402
    KICKER_HEADLINE,
    HeadExample,
    gold_examples,
    page_test_examples,
)
from publisher.fileio import write_text_atomic  # noqa: E402
from publisher.reader.head_roles import head_features  # noqa: E402
from publisher.reader.heads import fixed_reading  # noqa: E402

L2 = 1.0  # the penalty on the squared weights (the bias is not penalised)
ITERATIONS = 50


def open_examples(exclude: tuple[str, ...] = ()) -> list[HeadExample]:
    """The two-block heads only the shapes can decide, from every round but ``exclude``."""
    examples = gold_examples()[0] + page_test_examples()
    return [
        e
        for e in examples
        if e.group not in exclude and not e.dashed and fixed_reading(e.upper, e.lower) is None
    ]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b (Gaussian elimination with partial pivoting; a is positive definite)."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def fit(rows: list[list[float]], labels: list[int], l2: float = L2) -> list[float]:
    """Weights of an L2-regularised logistic regression; the last column of ``rows`` is the
    bias (1.0), not penalised.  Newton's method from zero: the same data give the same weights."""
    d = len(rows[0])
    w = [0.0] * d
    for _ in range(ITERATIONS):
        grad = [l2 * w[j] if j < d - 1 else 0.0 for j in range(d)]
        hess = [[(l2 if i == j and j < d - 1 else 0.0) for j in range(d)] for i in range(d)]
        for x, y in zip(rows, labels, strict=True):
            z = sum(wj * xj for wj, xj in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            s = p * (1 - p)
            for i, xi in enumerate(x):
                if xi:
                    grad[i] += (p - y) * xi
                    hi = hess[i]
                    for j, xj in enumerate(x):
                        if xj:
                            hi[j] += s * xi * xj
        step = _solve(hess, grad)
        w = [wj - sj for wj, sj in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def train(examples: list[HeadExample], l2: float = L2) -> dict[str, float]:
    """{feature: weight, "bias": b} fitted to ``examples`` (kicker over headline = 1)."""
    names = sorted(head_features(examples[0].upper, examples[0].lower, examples[0].after))
    rows, labels = [], []
    for e in examples:
        f = head_features(e.upper, e.lower, e.after)
        rows.append([f[n] for n in names] + [1.0])
        labels.append(int(e.reading == KICKER_HEADLINE))
    w = fit(rows, labels, l2)
    weights = {n: round(v, 6) for n, v in zip(names, w, strict=False)}
    weights["bias"] = round(w[-1], 6)
    return weights


def model_json(examples: list[HeadExample], l2: float = L2) -> str:
    """The weights file: the weights and what they were trained on, byte-stable."""
    data = {
        "model": "logistic regression over reader.head_roles.head_features: P(kicker over headline)",
        "trained_on": sorted({e.group for e in examples}),
        "examples": len(examples),
        "l2": l2,
        "weights": train(examples, l2),
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exclude", action="append", default=[], help="leave this round out (repeatable)")
    ap.add_argument("--out", type=Path, required=True, help="weights file to write")
    ap.add_argument("--l2", type=float, default=L2, help=f"L2 penalty (default {L2})")
    args = ap.parse_args(argv)
    examples = open_examples(tuple(args.exclude))
    if not examples:
        print("error: no training examples", file=sys.stderr)
        return 2
    write_text_atomic(args.out, model_json(examples, args.l2))
    kh = sum(e.reading == KICKER_HEADLINE for e in examples)
    print(f"{args.out}: {len(examples)} heads ({kh} kicker+headline, {len(examples) - kh} headline+deck)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
