"""Blind structure score: the parser's fields against hand-written gold on pages it never saw.

Every page ``tests/blind/<round>/<name>.txt`` has its gold ``<name>.gold.json`` beside it (format
and rules in README, "Blind rounds").  Each page is read by what the public command runs
(``pinghu-publish structure PAGE``: ``load_edition_inputs``, then ``edition_to_json``), in worker
processes that import the package once, so the score does not depend on internals; ``predict`` runs
the command itself, one process per page (for callers that set the reader's environment per call).

Scoring, per page: the edition fields (newspaper, edition, date, page_label, section) are one
field each.  A gold item is matched to the predicted item of the same type whose first source line
is the gold's first line; a match scores 1, plus 1 per equal field (compared with all whitespace
removed and punctuation folded to one width, so a page printed with ASCII ``,:;!?()"`` scores
the same whether its gold keeps them or not; a byline is three fields, one list of names per
role; paragraphs and subheads are one field each, as whole lists), plus 1 if the last line is
equal.  An unmatched gold item scores 0 on all of those.  Every predicted item that matches no
gold item adds 1 to the total.

    python benchmarks/structure_blind.py                 # every round, per page and overall
    python benchmarks/structure_blind.py --round round5 --verbose
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "blind"

EDITION_FIELDS = ("newspaper", "edition", "date", "page_label", "section")
ROLES = ("reporters", "correspondents", "photographers")
ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    "article": (
        "kicker",
        "headline",
        "subheadline",
        "standfirst",
        "standfirst_label",
        "byline",
        "dateline",
        "paragraphs",
        "subheads",
    ),
    "photo": ("title", "caption", "byline"),
    "notice": ("label", "text"),
    "weather": ("text",),
    "advertisement": (),
    "qr_prompt": (),
}
ITEM_TYPES = tuple(ITEM_FIELDS)
_SPACE = re.compile(r"\s+")
# Width is typography, not structure: the reader sets ASCII punctuation between Chinese full-width
# (as the e-book and the voice want it), while a gold may keep the page's ASCII marks.
_ONE_WIDTH = str.maketrans(
    {
        ",": "，",
        ":": "：",
        ";": "；",
        "!": "！",
        "?": "？",
        "(": "（",
        ")": "）",
        "\u201c": '"',
        "\u201d": '"',
        "\u2018": "'",
        "\u2019": "'",
    }
)
# ``pinghu-publish`` as installed, run by this interpreter (publisher.cli has no __main__ guard)
COMMAND = "from publisher.cli import main; main()"


def _text(value: Any) -> str:
    """A scalar text field as compared: None and "" are both nothing printed."""
    return "" if value is None else _SPACE.sub("", str(value)).translate(_ONE_WIDTH)


def _texts(values: Any) -> list[str]:
    """A list field as compared; subheads may be printed as {"text": …} objects."""
    out = []
    for v in values or []:
        out.append(_text(v.get("text") if isinstance(v, dict) else v))
    return out


def _names(byline: Any, role: str) -> list[str]:
    return _texts((byline or {}).get(role))


def field_values(item: dict[str, Any], name: str) -> list[tuple[str, Any]]:
    """(field label, comparable value) pairs for one scored field of an item."""
    if name == "byline":
        return [(f"byline.{role}", _names(item.get("byline"), role)) for role in ROLES]
    if name in ("paragraphs", "subheads"):
        return [(name, _texts(item.get(name)))]
    return [(name, _text(item.get(name)))]


@dataclass
class PageScore:
    name: str
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)
    lost: Counter[str] = field(default_factory=Counter)  # fields lost, by kind

    @property
    def score(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, ok: bool, what: str, kind: str = "") -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.wrong.append(what)
            self.lost[kind] += 1


def _short(value: Any, limit: int = 70) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _difference(want: Any, got: Any) -> str:
    """Expected vs got; for lists, their lengths and the first element that differs."""
    if isinstance(want, list) and isinstance(got, list) and want and got:
        n = next(
            (i for i, (w, g) in enumerate(zip(want, got, strict=False)) if w != g), min(len(want), len(got))
        )
        at = f"[{n}] expected {_short(want[n : n + 1])}, got {_short(got[n : n + 1])}"
        return f"{len(want)} expected, {len(got)} got; {at}"
    return f"expected {_short(want)}, got {_short(got)}"


def score_page(name: str, gold: dict[str, Any], predicted: dict[str, Any] | None) -> PageScore:
    """Score one page's predicted edition JSON (None: the command failed) against its gold."""
    result = PageScore(name)
    pred = predicted or {}
    pages = pred.get("pages") or [{}]
    got_edition = {k: pred.get(k) for k in ("newspaper", "edition", "date")}
    got_edition.update(page_label=pages[0].get("page_label"), section=pages[0].get("section"))
    for key in EDITION_FIELDS:
        ok = _text(gold.get(key)) == _text(got_edition.get(key))
        result.add(ok, f"{key}: expected {_short(gold.get(key))}, got {_short(got_edition.get(key))}", key)

    unmatched = [i for i in pred.get("items", []) if i.get("page", 1) == 1]
    for g in gold["items"]:
        first, last = g["lines"]
        where = f"{g['type']} {first}-{last}"
        match = next(
            (p for p in unmatched if p.get("type") == g["type"] and p.get("source_lines", [0])[0] == first),
            None,
        )
        if match is None:
            lines = [p for p in pred.get("items", []) if p.get("source_lines", [0, 0])[0] <= first]
            near = f"{lines[-1]['type']} {lines[-1]['source_lines']}" if lines else "nothing"
            missed = f"{g['type']} not found"
            result.add(False, f"{where}: not found (the line is in {near})", missed)
            for name in ITEM_FIELDS[g["type"]]:
                for label, _ in field_values(g, name):
                    result.add(False, f"{where} {label}: item not found", missed)
            result.add(False, f"{where} last line: item not found", missed)
            continue
        unmatched.remove(match)
        result.add(True, "")
        for name in ITEM_FIELDS[g["type"]]:
            for (label, want), (_, got) in zip(field_values(g, name), field_values(match, name), strict=True):
                result.add(want == got, f"{where} {label}: {_difference(want, got)}", f"{g['type']}.{label}")
        got_last = match.get("source_lines", [0, 0])[1]
        result.add(
            got_last == last, f"{where} last line: expected {last}, got {got_last}", f"{g['type']}.last_line"
        )
    for p in unmatched:
        result.add(False, f"extra {p.get('type')} {p.get('source_lines')}", "extra item")
    return result


def predict(page: Path) -> dict[str, Any] | None:
    """The parser's edition for one page, through the public command; None if it fails."""
    run = subprocess.run(
        [sys.executable, "-c", COMMAND, "structure", str(page)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if run.returncode != 0:
        return None
    try:
        return json.loads(run.stdout)
    except json.JSONDecodeError:
        return None


def _import_from_root() -> None:
    # the package of this checkout (a worktree's), not one installed into the interpreter
    sys.path.insert(0, str(ROOT))


def read_page(page: Path) -> dict[str, Any] | None:
    """What ``predict`` gives, without a process per page; None where the command would fail."""
    from publisher.inputs import InputLimits, load_edition_inputs
    from publisher.model import edition_to_json

    try:
        edition = load_edition_inputs(
            [page], date=None, warn=lambda _: None, limits=InputLimits(), outputs=[]
        )
        return json.loads(edition_to_json(edition))
    except (Exception, SystemExit):  # the command's own errors end in an exit status
        return None


def gold_path(page: Path) -> Path:
    return page.with_name(page.stem + ".gold.json")


def round_pages(round_dir: Path) -> list[Path]:
    return sorted(p for p in round_dir.glob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--round", action="append", help="score only this round (a folder under tests/blind)")
    ap.add_argument("--verbose", action="store_true", help="list every wrong field, expected vs got")
    ap.add_argument(
        "--blind-dir", type=Path, default=BLIND, help="where the rounds are (default tests/blind)"
    )
    ap.add_argument("--jobs", type=int, default=1, help="pages parsed at once (default 1)")
    args = ap.parse_args(argv)

    rounds = sorted(d for d in args.blind_dir.iterdir() if d.is_dir()) if args.blind_dir.is_dir() else []
    if args.round:
        rounds = [args.blind_dir / r for r in args.round]
    missing = [r.name for r in rounds if not r.is_dir()]
    if missing:
        print(f"error: no such round in {args.blind_dir}: {', '.join(missing)}", file=sys.stderr)
        return 2
    pages = [page for round_dir in rounds for page in round_pages(round_dir)]
    with ProcessPoolExecutor(max_workers=max(args.jobs, 1), initializer=_import_from_root) as pool:
        predictions = dict(zip(pages, pool.map(read_page, pages, chunksize=8), strict=True))
    all_right = all_total = 0
    for round_dir in rounds:
        right = total = 0
        lost: Counter[str] = Counter()
        print(f"== {round_dir.name}")
        for page in round_pages(round_dir):
            gold = json.loads(gold_path(page).read_text(encoding="utf-8"))
            predicted = predictions[page]
            s = score_page(page.stem, gold, predicted)
            failed = "  (the command failed)" if predicted is None else ""
            print(f"{s.name:45} {s.right:4}/{s.total:<4} {s.score:7.2%}{failed}")
            if args.verbose:
                for w in s.wrong:
                    print(f"    - {w}")
            right += s.right
            total += s.total
            lost += s.lost
        print(f"{'round ' + round_dir.name:45} {right:4}/{total:<4} {right / max(total, 1):7.2%}")
        if args.verbose:
            print("fields lost, by kind: " + ", ".join(f"{k} {n}" for k, n in lost.most_common()))
        all_right += right
        all_total += total
    print(f"{'overall':45} {all_right:4}/{all_total:<4} {all_right / max(all_total, 1):7.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
