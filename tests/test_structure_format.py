"""The same page exported differently reads the same (benchmarks/structure_perturb.py).

Each perturbation changes the form of a page only (line ends, blank lines, indents, widths,
entities, spaces in a byline, a wrapped headline); the page's parse, moved to the new line
numbers, must not change in any scored field.  The page's own parse stands as its gold, so
these hold on pages without gold too; the blind pages' figures are the benchmark's.
"""

from __future__ import annotations

import pytest

from benchmarks import structure_blind as scorer
from benchmarks import structure_perturb as perturbations
from publisher.reading import decode_page
from tests.conftest import ROOT, SEED

PAGES = [
    SEED,
    ROOT / "tests" / "pages" / "105_qianjiang_evening_city_2023-06-12.txt",
    ROOT / "tests" / "pages" / "122_haixia_metro_b02_2025-04-08.txt",
    ROOT / "tests" / "blind" / "round5" / "507_jiaxing_pinghu_2025-03-04.txt",
    ROOT / "tests" / "blind" / "round5" / "510_huaxi_metro_b03_economy_2025-03-14.txt",
]
# Each perturbation keeps all a reader needs; the ambiguous ones remove some of it.
FORM_ONLY = [name for name in perturbations.PERTURBATIONS if name not in perturbations.AMBIGUOUS]
# Classes the reader still gets wrong (issue 10): strict, so a fix must take them off the list.
KNOWN = {"headline_wrapped": "a headline wrapped over two lines is read as headline and deck"}


def _known(name: str) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
    return pytest.param(name, marks=marks, id=name)


@pytest.fixture(scope="module")
def parses() -> dict[str, tuple[str, dict]]:
    out = {}
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        out[page.stem] = (text, perturbations.gold_of(perturbations.predict_text(text, page.name)))
    return out


@pytest.mark.parametrize("perturbation", [_known(name) for name in FORM_ONLY])
def test_a_page_exported_differently_reads_the_same(parses: dict, perturbation: str) -> None:
    lost = []
    for name, (text, gold) in parses.items():
        changed_text, moved, _ = perturbations.perturb(text, gold, perturbation)
        result = scorer.score_page(name, moved, perturbations.predict_text(changed_text))
        lost += [f"{name[:3]} {w}" for w in result.wrong]
    assert not lost, "\n".join(lost)


def test_the_perturbations_change_the_pages() -> None:
    """Each perturbation touches lines of these pages (a no-op would pass the test above)."""
    for perturbation in FORM_ONLY:
        changed = 0
        for page in PAGES:
            text = page.read_text(encoding="utf-8")
            gold = perturbations.gold_of(perturbations.predict_text(text))
            changed += perturbations.perturb(text, gold, perturbation)[2]
        assert changed >= 3, perturbation


def test_full_width_digits_and_letters_read_as_ascii() -> None:
    raw = "２０２５年３月４日 Ａ０６版\n\n同比增长９．６％，ＰＭ２．５下降。1．2025年起"
    text, _ = decode_page(raw.encode("utf-8"), "page.txt")
    # a full-width point or percent goes with its full-width digits; an ASCII list number's mark stays
    assert text == "2025年3月4日 A06版\n\n同比增长9.6%，PM2.5下降。1．2025年起"
