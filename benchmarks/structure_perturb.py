"""Format robustness: the blind pages' score when their text is exported differently.

E-paper and pdftotext exports of the same page differ in form, not content: blank lines
dropped or doubled, CRLF, indents of spaces or U+3000, form feeds between columns, ASCII
punctuation, full-width digits, HTML entities, no-break or doubled spaces in bylines, a
headline wrapped over two lines, tabs.  Each perturbation below is a pure function of the
page and its gold that returns the new page and where every old line went; the gold is
moved to the new line numbers and the page scored with benchmarks/structure_blind.py's
scoring.  A perturbation changes the form only, so every field lost is a fault of the
reader, except where the perturbation itself removes information (marked ``ambiguous``).

    python benchmarks/structure_perturb.py               # every perturbation, every round
    python benchmarks/structure_perturb.py --only crlf --verbose
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:
    from benchmarks import structure_blind as scorer
except ImportError:  # run as a script: this folder is on sys.path, the repository may not be
    import structure_blind as scorer  # type: ignore[no-redef]

from publisher.model import edition_to_json
from publisher.reader import structure_pages
from publisher.reading import page_text

# Where each line of the page went: (first, last) new line numbers, None for a removed blank.
LineMap = list[tuple[int, int] | None]
Perturbed = tuple[str, LineMap]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_ROLE = re.compile(r"摄影记者|记者|通讯员|摄影|实习生")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_BRACKETED_END = re.compile(r"[（(][^（）()]*[）)]\s*$")
_BARE_AMPERSAND = re.compile(r"&(?!#?\w+;)")  # an & that does not open a reference already there
_SPACE_RUN = re.compile(r"[ \u3000\u00a0\t]+")


def _han(text: str) -> str:
    return "".join(_HAN.findall(text))


def _in_paragraphs(han: str, paragraphs: str) -> bool:
    """The line's Han text is in the paragraphs, but for a lead (本报讯, ●某某镇：) before it."""
    least = max(4, len(han) // 2)
    return any(han[k:] in paragraphs for k in range(0, len(han) - least + 1))


@dataclass(frozen=True)
class Page:
    """A page's lines (without their ends) and which of them are body or credit lines by its gold."""

    lines: tuple[str, ...]
    body: frozenset[int]  # 0-based: lines of article paragraphs
    credits: frozenset[int]  # lines that carry a byline's names
    headlines: frozenset[int]  # an article's headline printed on one line
    items: tuple[tuple[int, int], ...]  # 0-based first/last line of every gold item

    @classmethod
    def of(cls, text: str, gold: dict[str, Any]) -> Page:
        lines = tuple(text.split("\n"))
        body: set[int] = set()
        credits: set[int] = set()
        headlines: set[int] = set()
        for item in gold["items"]:
            first, last = item["lines"][0] - 1, item["lines"][1] - 1
            names = [n for role in scorer.ROLES for n in (item.get("byline") or {}).get(role, [])]
            heads = {_han(item.get(k) or "") for k in ("kicker", "headline", "subheadline", "title")}
            heads |= {
                _han(s if isinstance(s, str) else s.get("text", "")) for s in item.get("subheads") or []
            }
            paragraphs = _han("".join(item.get("paragraphs") or []))
            for n in range(first, last + 1):
                han = _han(lines[n])
                if not han:
                    continue
                # (a paragraph closed by its credit, ……签了字。（记者 王 蕾）, is body too)
                unsigned = _han(_BRACKETED_END.sub("", lines[n]))
                if item["type"] == "article" and han not in heads and _in_paragraphs(unsigned, paragraphs):
                    body.add(n)
                if names and _ROLE.search(lines[n]) and any(_han(name) in han for name in names):
                    credits.add(n)
                if item["type"] == "article" and han == _han(item.get("headline") or "") and len(han) >= 8:
                    headlines.add(n)
        items = tuple((i["lines"][0] - 1, i["lines"][1] - 1) for i in gold["items"])
        return cls(lines, frozenset(body), frozenset(credits), frozenset(headlines), items)

    def same_item(self, a: int, b: int) -> bool:
        return any(first <= a and b <= last for first, last in self.items)


def _rebuild(pieces: list[list[str]]) -> Perturbed:
    """The page from each old line's new lines (none for a removed blank), and the line map."""
    out: list[str] = []
    where: LineMap = []
    for piece in pieces:
        where.append((len(out) + 1, len(out) + len(piece)) if piece else None)
        out.extend(piece)
    return "\n".join(out), where


def _each_line(page: Page, lines: set[int] | frozenset[int], change: Callable[[str], str]) -> Perturbed:
    return _rebuild([[change(t)] if n in lines else [t] for n, t in enumerate(page.lines)])


def _credit_spans(line: str, change: Callable[[str], str]) -> str:
    """``change`` applied to a line's credit: the whole of a short byline line, else its brackets."""
    if len(line) <= 60 and not _BRACKETED.search(line):
        return change(line)
    return _BRACKETED.sub(lambda m: change(m.group()) if _ROLE.search(m.group()) else m.group(), line)


def _spaces_in_credit(space: str) -> Callable[[str], str]:
    """Every space of a credit as ``space``; a credit set solid gets one after each role word."""

    def change(credit: str) -> str:
        inner = credit.strip()
        lead, trail = credit[: len(credit) - len(credit.lstrip())], credit[len(credit.rstrip()) :]
        if _SPACE_RUN.search(inner):
            return lead + _SPACE_RUN.sub(space, inner) + trail
        return lead + _ROLE.sub(lambda m: m.group() + space, inner) + trail

    return change


# ------------------------------------------------------------------ the perturbations


def no_blanks_between_paragraphs(page: Page) -> Perturbed:
    """Blank lines inside an item dropped (pdftotext without -layout): paragraphs set solid."""
    pieces: list[list[str]] = []
    for n, t in enumerate(page.lines):
        blank = not t.strip()
        before = next((k for k in range(n - 1, -1, -1) if page.lines[k].strip()), None)
        after = next((k for k in range(n + 1, len(page.lines)) if page.lines[k].strip()), None)
        inside = before is not None and after is not None and page.same_item(before, after)
        pieces.append([] if blank and inside else [t])
    return _rebuild(pieces)


def no_blank_lines(page: Page) -> Perturbed:
    """Every blank line dropped: where only a blank line parted two items, that is lost (ambiguous)."""
    return _rebuild([[t] if t.strip() else [] for t in page.lines])


def blank_lines_doubled(page: Page) -> Perturbed:
    return _rebuild([[t] if t.strip() else [t, ""] for t in page.lines])


def crlf(page: Page) -> Perturbed:
    text, where = _rebuild([[t] for t in page.lines])
    return text.replace("\n", "\r\n"), where


def spaces_around_lines(page: Page) -> Perturbed:
    """Leading and trailing ASCII spaces on every line."""
    return _each_line(page, set(range(len(page.lines))), lambda t: f"  {t}   " if t.strip() else t)


def ideographic_indents(page: Page) -> Perturbed:
    """Body paragraphs indented by two U+3000, as the print sets them."""
    return _each_line(page, page.body, lambda t: "\u3000\u3000" + t.lstrip())


def form_feed_between_columns(page: Page) -> Perturbed:
    """A form feed (pdftotext's page break) before a paragraph that opens after a blank line."""
    starts = {n for n in page.body if n > 0 and not page.lines[n - 1].strip()}
    return _each_line(page, starts, lambda t: "\f" + t)


_HALF = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";", "！": "!", "？": "?"})


def half_width_punctuation(page: Page) -> Perturbed:
    """，：（）；！？ and “” printed as ASCII in body paragraphs."""
    return _each_line(page, page.body, lambda t: t.translate(_HALF).replace("“", '"').replace("”", '"'))


_FULL_ALNUM = {
    c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
}
_FULL = str.maketrans(_FULL_ALNUM)


def full_width_alphanumerics(page: Page) -> Perturbed:
    """ＡＢ１２: every ASCII digit and letter of the page in its full-width form."""
    return _each_line(page, set(range(len(page.lines))), lambda t: t.translate(_FULL))


def html_entities(page: Page) -> Perturbed:
    """A CMS export: &#12288; indents, &quot; for quotes, &nbsp; for spaces, &amp; for &."""

    def change(t: str) -> str:
        t = _BARE_AMPERSAND.sub("&amp;", t).replace("“", "&quot;").replace("”", "&quot;")
        return "&#12288;&#12288;" + t.replace(" ", "&nbsp;")

    return _each_line(page, page.body | page.credits, change)


def nbsp_in_bylines(page: Page) -> Perturbed:
    return _each_line(page, page.credits, lambda t: _credit_spans(t, _spaces_in_credit("\u00a0")))


def spaced_bylines(page: Page) -> Perturbed:
    """记者  张三  李四: two spaces between role and names and between names."""
    return _each_line(page, page.credits, lambda t: _credit_spans(t, _spaces_in_credit("  ")))


def _headline_split(page: Page, at: Callable[[int], int]) -> Perturbed:
    pieces = []
    for n, t in enumerate(page.lines):
        s = t.strip()
        pieces.append([s[: at(len(s))], s[at(len(s)) :]] if n in page.headlines else [t])
    return _rebuild(pieces)


def headline_wrapped(page: Page) -> Perturbed:
    """A long headline wrapped as a narrow column wraps it: the first line full (two thirds of
    it), the rest under it."""
    return _headline_split(page, lambda n: (2 * n + 2) // 3)


def headline_split_evenly(page: Page) -> Perturbed:
    """A headline cut in two halves, the first no longer than the second: set like that it reads
    as a kicker over a headline (ambiguous)."""
    return _headline_split(page, lambda n: n // 2)


def ideographic_spaces_in_bylines(page: Page) -> Perturbed:
    """记者　张三　李四: U+3000 between a credit's role and names."""
    return _each_line(page, page.credits, lambda t: _credit_spans(t, _spaces_in_credit("\u3000")))


def body_hard_wrapped(page: Page) -> Perturbed:
    """Body paragraphs broken into lines of 20 characters, as a text export of a column breaks
    them; blank lines still part the paragraphs."""
    pieces = []
    for n, t in enumerate(page.lines):
        if n in page.body and len(t) > 20:
            pieces.append([t[k : k + 20] for k in range(0, len(t), 20)])
        else:
            pieces.append([t])
    return _rebuild(pieces)


def tabs(page: Page) -> Perturbed:
    """Tab indents on body paragraphs and tabs between a credit's role and names."""

    def change(n: int, t: str) -> str:
        t = "\t" + t if n in page.body else t
        return _credit_spans(t, _spaces_in_credit("\t")) if n in page.credits else t

    return _rebuild([[change(n, t)] for n, t in enumerate(page.lines)])


PERTURBATIONS: dict[str, Callable[[Page], Perturbed]] = {
    f.__name__: f
    for f in (
        no_blanks_between_paragraphs,
        no_blank_lines,
        blank_lines_doubled,
        crlf,
        spaces_around_lines,
        ideographic_indents,
        form_feed_between_columns,
        half_width_punctuation,
        full_width_alphanumerics,
        html_entities,
        nbsp_in_bylines,
        spaced_bylines,
        ideographic_spaces_in_bylines,
        body_hard_wrapped,
        headline_wrapped,
        headline_split_evenly,
        tabs,
    )
}
AMBIGUOUS = {
    "no_blank_lines",
    "headline_split_evenly",
}  # removes information a reader may need: reported, not a fault


def moved_gold(gold: dict[str, Any], where: LineMap) -> dict[str, Any]:
    """The gold with its items' lines at their new numbers."""
    moved = copy.deepcopy(gold)
    for item in moved["items"]:
        first, last = item["lines"]
        start, end = where[first - 1], where[last - 1]
        assert start is not None and end is not None, "a perturbation removed a line of an item"
        item["lines"] = [start[0], end[1]]
    return moved


def predict_text(text: str, name: str = "page.txt") -> dict[str, Any]:
    """The edition JSON for raw page text, as the structure command makes it from a saved file."""
    page = page_text(Path(name), text.encode("utf-8"))
    return json.loads(edition_to_json(structure_pages([page])))


def perturb(text: str, gold: dict[str, Any], perturbation: str) -> tuple[str, dict[str, Any], int]:
    """A page perturbed, its gold moved with it, and how many of its lines changed."""
    new, where = PERTURBATIONS[perturbation](Page.of(text, gold))
    new_lines = new.split("\n")
    changed = sum(
        1
        for t, w in zip(text.split("\n"), where, strict=True)
        if w is None or new_lines[w[0] - 1 : w[1]] != [t]
    )
    return new, moved_gold(gold, where), changed


def gold_of(edition: dict[str, Any]) -> dict[str, Any]:
    """A page's parse written as gold: to check that another export of the page reads the same."""
    page = (edition.get("pages") or [{}])[0]
    items = [{**item, "lines": item["source_lines"]} for item in edition["items"]]
    return {
        **{k: edition.get(k) for k in ("newspaper", "edition", "date")},
        **{k: page.get(k) for k in ("page_label", "section")},
        "items": items,
    }


def score(path: Path, perturbation: str | None) -> tuple[scorer.PageScore, int]:
    """One blind page scored as it is (None) or perturbed, with the number of lines changed."""
    text = path.read_text(encoding="utf-8")
    gold = json.loads(scorer.gold_path(path).read_text(encoding="utf-8"))
    changed = 0
    if perturbation is not None:
        text, gold, changed = perturb(text, gold, perturbation)
    return scorer.score_page(path.stem, gold, predict_text(text, path.name)), changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--round", action="append", help="only this round (a folder under tests/blind)")
    ap.add_argument("--only", action="append", choices=sorted(PERTURBATIONS), help="only this perturbation")
    ap.add_argument("--verbose", action="store_true", help="list the fields each perturbation loses")
    args = ap.parse_args(argv)
    rounds = [scorer.BLIND / r for r in args.round] if args.round else sorted(scorer.BLIND.iterdir())
    pages = [p for r in rounds if r.is_dir() for p in scorer.round_pages(r)]
    base = {p: score(p, None)[0] for p in pages}
    right, total = sum(s.right for s in base.values()), sum(s.total for s in base.values())
    print(f"{len(pages)} pages, unperturbed {right}/{total} {right / max(total, 1):.2%}")
    print(f"{'perturbation':30} {'lines':>6} {'right/total':>11} {'score':>7} {'vs unperturbed':>15}")
    for name in args.only or PERTURBATIONS:
        results = {p: score(p, name) for p in pages}
        scores = {p: s for p, (s, _) in results.items()}
        changed = sum(c for _, c in results.values())
        r, t = sum(s.right for s in scores.values()), sum(s.total for s in scores.values())
        note = "  (ambiguous: information removed)" if name in AMBIGUOUS else ""
        print(f"{name:30} {changed:6} {r:5}/{t:<5} {r / max(t, 1):7.2%} {r - right:+9d} right{note}")
        if args.verbose:
            for p, s in scores.items():
                if s.right < base[p].right:  # the page's wrong fields (line numbers are the perturbed page's)
                    print(f"    {p.stem}: {base[p].right} -> {s.right} right")
                    for w in s.wrong:
                        print(f"      {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
