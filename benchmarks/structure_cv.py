"""Leave one round out: a learned part of the reader judged on the round it was not trained on.

For each blind round R, a training command writes a model trained without R; the round is then
scored by ``structure_blind`` twice, once with the reader pointed at that model through an
environment variable, once with the variable set to the baseline (``off``: the rules alone).
Any learned part can use it if its training script takes the held-out round and an output
path, and the reader reads the model from the variable (``off`` meaning no model).  The fit on
the training rounds is not the figure; the held-out score is.

    python benchmarks/structure_cv.py \\
        --train "python tools/train_head_roles.py --exclude {round} --out {model}" \\
        --env PINGHU_HEAD_MODEL --fields article.kicker,article.headline,article.subheadline

Prints per round: all fields right / total (baseline, model), and the accuracy of ``--fields``
(every gold item of the field's type counts; an item not found counts its fields wrong).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.structure_blind import BLIND, gold_path, predict, round_pages, score_page  # noqa: E402


@dataclass
class RoundScore:
    right: int = 0
    total: int = 0
    field_right: int = 0
    field_total: int = 0

    def __iadd__(self, other: RoundScore) -> RoundScore:
        self.right += other.right
        self.total += other.total
        self.field_right += other.field_right
        self.field_total += other.field_total
        return self

    def cells(self) -> str:
        fields = f"{self.field_right}/{self.field_total}" if self.field_total else "-"
        return f"{self.right:4}/{self.total:<4} {self.right / max(self.total, 1):7.2%}  {fields:>9}"


def _wrong_label(wrong: str) -> tuple[str, str] | None:
    """(item type, field label) of a wrong-field line (``article 12-25 kicker: …``)."""
    head = wrong.split(": ", 1)[0].split(" ")
    return (head[0], head[2]) if len(head) == 3 else None


def score_round(round_dir: Path, fields: list[tuple[str, str]], env: dict[str, str]) -> RoundScore:
    """The round's score through the public command, with ``env`` set for the reader."""
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        result = RoundScore()
        for page in round_pages(round_dir):
            gold = json.loads(gold_path(page).read_text(encoding="utf-8"))
            s = score_page(page.stem, gold, predict(page))
            result.right += s.right
            result.total += s.total
            wrong = [_wrong_label(w) for w in s.wrong]
            for kind, label in fields:
                n = sum(1 for item in gold["items"] if item["type"] == kind)
                result.field_total += n
                result.field_right += n - wrong.count((kind, label))
        return result
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", required=True, help="training command; {round} and {model} are filled in")
    ap.add_argument("--env", required=True, help="the variable that points the reader at a model file")
    ap.add_argument("--baseline", default="off", help="the variable's value for the baseline (default off)")
    ap.add_argument("--fields", default="", help="type.field labels to report on (article.kicker,…)")
    ap.add_argument("--round", action="append", help="hold out only this round (default: every round)")
    ap.add_argument("--blind-dir", type=Path, default=BLIND, help="where the rounds are")
    args = ap.parse_args(argv)

    rounds = args.round or sorted(
        (d.name for d in args.blind_dir.iterdir() if d.is_dir()), key=lambda r: (len(r), r)
    )
    fields = [tuple(f.split(".", 1)) for f in args.fields.split(",") if f]
    if any(len(f) != 2 for f in fields):
        print("error: --fields takes type.field labels, e.g. article.kicker", file=sys.stderr)
        return 2
    print(f"{'held out':10} {'baseline':>19}  {'fields':>9}   {'model':>19}  {'fields':>9}")
    base_all, model_all = RoundScore(), RoundScore()
    with tempfile.TemporaryDirectory() as tmp:
        for r in rounds:
            round_dir = args.blind_dir / r
            if not round_dir.is_dir():
                print(f"error: no such round in {args.blind_dir}: {r}", file=sys.stderr)
                return 2
            model = Path(tmp) / f"model-without-{r}.json"
            command = [part.format(round=r, model=model) for part in shlex.split(args.train)]
            run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"error: training without {r} failed: {run.stderr.strip()[-300:]}", file=sys.stderr)
                return 1
            base = score_round(round_dir, fields, {args.env: args.baseline})
            learned = score_round(round_dir, fields, {args.env: str(model)})
            base_all += base
            model_all += learned
            print(f"{r:10} {base.cells()}   {learned.cells()}", flush=True)
    print(f"{'overall':10} {base_all.cells()}   {model_all.cells()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
