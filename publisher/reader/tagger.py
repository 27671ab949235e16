"""A learned line tagger: how likely an item (article, photo, notice…) starts at a line.

The rules decide most boundaries on their own; where they are unsure (a short line over prose
inside an open story: its subhead, or the next story's head?) the page parser asks this model.
Its features are the line shapes the rules already test (kind, head shape, sentence end,
length, marks, blank lines) for the line and its neighbours: nothing of any page's words.

The model is a small set of regression trees trained offline (tools/train_line_tagger.py, on
the blind rounds' gold) and shipped as JSON in ``assets/line_tagger.json``; it is evaluated
here in plain Python (no numpy at parse time), loaded on first use.  ``PINGHU_LINE_TAGGER=off``
parses with the rules alone, ``PINGHU_LINE_TAGGER=FILE`` with other weights (cross-validation
trains one per held-out round).
"""

from __future__ import annotations

import errno
import json
import math
import os
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeAlias

from publisher.punctuation import compact, ends_sentence
from publisher.reader.line_kinds import (
    BRIEF_COLUMN,
    BRIEF_MARKS,
    KINDS,
    LIST,
    MASTHEAD,
    NEWS_LEAD,
    PHOTO_COLUMN,
    TEXT,
    clause_punctuated,
)
from publisher.reader.lines import (
    Line,
    headline_like,
    subhead_shaped,
)

_SHAPES = (
    "gap",
    "length",
    "short",  # up to 12 characters: a label, a name, a kicker
    "ends_sentence",
    "headline_like",
    "subhead_shaped",
    "clause_punctuated",
    "marked",  # a column's bullet (● ■ ◆) before it
    "bracket_label",  # 【…】 leads it
    "bracketed",  # opens with a parenthesis: a note, a credit
    "digits",
    "colon_end",
    "news_lead",  # 12月2日，… / 近日，…: a lead that says when
    "column_name",  # 简讯, 区县快讯: a column of briefs' label
    "photo_column",  # 图片新闻
    "wide_gap",  # cells set apart by wide spaces: a table's row
)
_NEIGHBOURS = ("prev", "next")
FEATURES: tuple[str, ...] = (
    tuple(f"kind={k}" for k in KINDS)
    + _SHAPES
    + ("gap_after", "position", "top")
    + tuple(f"{n}.{f}" for n in _NEIGHBOURS for f in ("none", *(f"kind={k}" for k in KINDS), *_SHAPES))
)


def _shape(line: Line) -> list[float]:
    text = line.text
    flat = compact(text)
    return [
        float(line.gap),
        min(len(flat), 120) / 10,
        float(len(flat) <= 12),
        float(ends_sentence(text)),
        float(headline_like(line)),
        float(subhead_shaped(line)),
        float(clause_punctuated(text)),
        float(line.marked or text[0] in BRIEF_MARKS),
        float(text.startswith("【")),
        float(text.startswith(("（", "("))),
        float(any(map(str.isdigit, text))),
        float(text.endswith(("：", ":"))),
        float(bool(NEWS_LEAD.match(text))),
        float(bool(BRIEF_COLUMN.match(flat))),
        float(flat in PHOTO_COLUMN),
        float("  " in text or "\u3000" in text.strip() or "\t" in text),
    ]


def _own(line: Line) -> list[float]:
    return [float(line.kind == k) for k in KINDS] + _shape(line)


_NONE = [1.0] + [0.0] * (len(KINDS) + len(_SHAPES))


def line_features(
    lines: Sequence[Line], i: int, own: Callable[[int], list[float]] | None = None
) -> list[float]:
    """The features of line ``i`` of a page's lines (in FEATURES order): its own shape, where it
    stands, and its neighbours' shapes.  Pure; a function of the lines only.  ``own(k)`` may give
    line k's own features from a store (a line is the neighbour of two others)."""
    shape = own or (lambda k: _own(lines[k]))
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    # the first line under the masthead
    top = float(all(x.kind == MASTHEAD for x in lines[:i]))
    out = [*shape(i), float(nxt is None or nxt.gap), i / max(len(lines) - 1, 1), top]
    for k in (i - 1, i + 1):
        out += [0.0, *shape(k)] if 0 <= k < len(lines) else _NONE
    return out


_Node: TypeAlias = "tuple[int, float, _Node, _Node] | float"


def _nested(tree: dict[str, list[Any]], rate: float, k: int = 0) -> _Node:
    """Node k of a stored tree (parallel lists) and all below it, as nested tuples."""
    if tree["feature"][k] < 0:
        return rate * tree["value"][k]  # type: ignore[no-any-return]
    left, right = _nested(tree, rate, tree["left"][k]), _nested(tree, rate, tree["right"][k])
    return (tree["feature"][k], tree["threshold"][k], left, right)


class LineTagger:
    """Regression trees over FEATURES: the log-odds that an item starts at a line."""

    def __init__(self, model: dict) -> None:
        if tuple(model["features"]) != FEATURES:
            raise ValueError("the line tagger's weights were trained on other features")
        self.base: float = model["base"]
        self.rate: float = model["rate"]
        # the stored trees are parallel lists (feature, threshold, left, right, value; feature -1 a
        # leaf); walked here as nested nodes (feature, threshold, left, right) down to a leaf's
        # rate · value, the same sum at a fraction of the lookups (the tagger is asked per line)
        self.trees: list[_Node] = [_nested(t, self.rate) for t in model["trees"]]

    def log_odds(self, x: Sequence[float]) -> float:
        score = self.base
        for node in self.trees:
            while type(node) is tuple:
                feature, threshold, left, right = node
                node = left if x[feature] <= threshold else right
            score += node  # type: ignore[operator]
        return score

    def start_probability(
        self, lines: Sequence[Line], i: int, own: Callable[[int], list[float]] | None = None
    ) -> float:
        return 1 / (1 + math.exp(-self.log_odds(line_features(lines, i, own))))


def _weights_path() -> Path | None:
    """The shipped weights (assets/line_tagger.json) unless PINGHU_LINE_TAGGER names another
    file or is ``off`` (the rules alone)."""
    named = os.environ.get("PINGHU_LINE_TAGGER", "shipped")
    if named == "off":
        return None
    if named == "shipped":
        from publisher.assets import ASSETS_DIR

        return ASSETS_DIR / "line_tagger.json"
    return Path(named)


@cache
def _load(path: Path | None) -> LineTagger | None:
    if path is None:
        return None
    if not path.is_file():  # a misspelt name must not quietly score the rules alone
        raise FileNotFoundError(errno.ENOENT, "PINGHU_LINE_TAGGER names no weights file", str(path))
    return LineTagger(json.loads(path.read_text(encoding="utf-8")))


def line_tagger() -> LineTagger | None:
    """The tagger in use (PINGHU_LINE_TAGGER's weights), None when there is none."""
    return _load(_weights_path())


# How sure the tagger must be to overrule the rules: only where they are unsure of themselves,
# and only on lines that are plain text (a byline, dateline or credit keeps its rule).  It only
# ever adds a start: a start missed loses a whole item, a start too many a field or two, and
# held out on round11 its "sure to go on" merged stories the rules had right.
START_SURE = 0.9


class PageTags:
    """The tagger's view of one page's lines, asked lazily (most lines are never in doubt)."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.tagger = line_tagger()
        self._seen: dict[int, float] = {}
        self._shapes: dict[int, list[float]] = {}

    def _own(self, k: int) -> list[float]:
        """Line k's own features, worked out once: each line is also its neighbours' context."""
        if k not in self._shapes:
            self._shapes[k] = _own(self.lines[k])
        return self._shapes[k]

    def _probability(self, i: int) -> float | None:
        if self.tagger is None or self.lines[i].kind not in (TEXT, LIST):
            return None
        if i not in self._seen:
            self._seen[i] = self.tagger.start_probability(self.lines, i, self._own)
        return self._seen[i]

    def starts_item(self, i: int) -> bool:
        """The tagger is sure an item starts at line i."""
        p = self._probability(i)
        return p is not None and p >= START_SURE
