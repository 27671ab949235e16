"""The blind pages (tests/blind/<round>/): nothing lost, gold files well formed, the scorer real.

The blind score itself is a figure, not a test (``python benchmarks/structure_blind.py``): these
pages were written for measuring the parser on layouts it was not tuned on, so no exact
expectation of the parse is asserted here.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks import structure_blind as scorer
from publisher.reader import parse_page
from publisher.reading import read_page
from tests.conftest import ROOT
from tests.nothing_lost import assert_nothing_lost

BLIND_PAGES = sorted((ROOT / "tests" / "blind").glob("*/*.txt"))

# Pages on which the parser, when the round was written, lost characters: issue 10's known classes.
# Strict, so a parser that stops losing them fails here until its page is taken off this list.
KNOWN_LOSSES: dict[str, str] = {}


def _gold(page: Path) -> dict[str, Any]:
    return json.loads(scorer.gold_path(page).read_text(encoding="utf-8"))


def _page_id(p: Path) -> str:
    return f"{p.parent.name}/{p.name}"


def test_there_are_blind_rounds() -> None:
    rounds = {p.parent.name for p in BLIND_PAGES}
    assert "round5" in rounds
    # (a round is a sample of new papers: eight pages at least, as round50 holds)
    assert all(sum(p.parent.name == r for p in BLIND_PAGES) >= 8 for r in rounds)


def _known_loss(path: Path) -> Any:
    reason = KNOWN_LOSSES.get(_page_id(path))
    marks = [pytest.mark.xfail(strict=True, reason=f"issue 10: {reason}")] if reason else []
    return pytest.param(path, marks=marks, id=_page_id(path))


@pytest.mark.parametrize("path", [_known_loss(p) for p in BLIND_PAGES])
def test_blind_page_loses_nothing(path: Path) -> None:
    text = read_page(path).text
    assert_nothing_lost(text, parse_page(text, 1))


@pytest.mark.parametrize("path", BLIND_PAGES, ids=_page_id)
def test_blind_gold_is_valid(path: Path) -> None:
    gold = _gold(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert set(scorer.EDITION_FIELDS) <= set(gold)
    assert all(gold[k] is None or isinstance(gold[k], str) for k in scorer.EDITION_FIELDS)
    previous_last = 0
    for item in gold["items"]:
        kind = item["type"]
        assert kind in scorer.ITEM_TYPES
        first, last = item["lines"]
        where = f"{kind} {first}-{last}"
        assert previous_last < first <= last <= len(lines), f"{where}: out of the page or overlapping"
        assert lines[first - 1].strip() and lines[last - 1].strip(), f"{where}: starts or ends on a blank"
        previous_last = last
        assert set(scorer.ITEM_FIELDS[kind]) <= set(item), f"{where}: fields missing"
        for name in scorer.ITEM_FIELDS[kind]:
            value = item[name]
            if name == "byline":
                assert value is None or set(value) == set(scorer.ROLES), where
                assert all(isinstance(n, str) and n and " " not in n for r in value or {} for n in value[r])
            elif name in ("paragraphs", "subheads"):
                assert isinstance(value, list) and all(isinstance(v, str) and v for v in value), where
            else:
                assert value is None or isinstance(value, str), f"{where} {name}"
        if kind == "article":
            assert item["paragraphs"] or item["headline"], f"{where}: an empty article"
            if item["dateline"]:
                assert not item["paragraphs"][0].startswith(item["dateline"]), f"{where}: dateline kept"


def _perfect_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """The edition JSON a parser would print if it got every field right."""
    items = []
    for n, g in enumerate(gold["items"], start=1):
        item = {k: v for k, v in g.items() if k != "lines"}
        item.update(id=f"p1-{n:02d}", page=1, source_lines=list(g["lines"]))
        if "subheads" in item:  # the model's form: text and the paragraph it stands before
            item["subheads"] = [{"text": s, "before": 0} for s in item["subheads"]]
        items.append(item)
    page = {"page": 1, "page_label": gold["page_label"], "section": gold["section"]}
    top = {k: gold[k] for k in ("newspaper", "edition", "date")}
    return {"schema": "pinghu-edition/1.1", **top, "pages": [page], "items": items}


@pytest.mark.parametrize("path", BLIND_PAGES[:3], ids=_page_id)
def test_scorer_gives_a_perfect_prediction_one(path: Path) -> None:
    gold = _gold(path)
    result = scorer.score_page(path.stem, gold, _perfect_prediction(gold))
    assert (result.score, result.wrong) == (1.0, [])
    assert result.total > 5 * len(gold["items"])


def test_scorer_counts_each_kind_of_error() -> None:
    path = BLIND_PAGES[0]
    gold = _gold(path)
    perfect = _perfect_prediction(gold)
    total = scorer.score_page("p", gold, perfect).total
    article = next(i for i, g in enumerate(gold["items"]) if g["type"] == "article")

    def score_with(change: Any) -> Any:
        predicted = copy.deepcopy(perfect)
        change(predicted)
        return scorer.score_page("p", gold, predicted)

    def headline(p: dict[str, Any]) -> None:
        p["items"][article]["headline"] += "之后"

    def spaced_headline(p: dict[str, Any]) -> None:  # whitespace is not a difference
        p["items"][article]["headline"] = " ".join(p["items"][article]["headline"])

    def byline(p: dict[str, Any]) -> None:
        p["items"][article]["byline"] = None

    def last_line(p: dict[str, Any]) -> None:
        p["items"][article]["source_lines"][1] += 1

    def shifted(p: dict[str, Any]) -> None:  # an item found one line late is not found
        p["items"][article]["source_lines"][0] += 1

    def extra(p: dict[str, Any]) -> None:
        p["items"].append({"type": "unclassified", "page": 1, "source_lines": [1, 1], "lines": ["x"]})

    def section(p: dict[str, Any]) -> None:
        del p["pages"]

    assert score_with(spaced_headline).score == 1.0
    fields = len(scorer.ITEM_FIELDS["article"]) + 2  # the byline is three fields
    byline_roles = sum(bool(r) for r in (gold["items"][article]["byline"] or {}).values())
    expected = {
        headline: (total - 1, total),
        byline: (total - byline_roles, total),
        last_line: (total - 1, total),
        shifted: (total - (fields + 2), total + 1),
        extra: (total, total + 1),
        section: (total - bool(gold["page_label"]) - bool(gold["section"]), total),
    }
    for change, (right, all_) in expected.items():
        result = score_with(change)
        assert (result.right, result.total) == (right, all_), change.__name__
        assert result.score < 1.0 or right == total, change.__name__
    assert scorer.score_page("p", gold, None).right == sum(gold[k] is None for k in scorer.EDITION_FIELDS)


def test_scorer_runs_the_public_command(tmp_path: Path) -> None:
    page = BLIND_PAGES[0]
    (tmp_path / "r").mkdir()
    for source in (page, scorer.gold_path(page)):
        (tmp_path / "r" / source.name).write_bytes(source.read_bytes())
    predicted = scorer.predict(tmp_path / "r" / page.name)
    assert predicted is not None and predicted["items"]
    assert scorer.main(["--blind-dir", str(tmp_path), "--verbose"]) == 0
