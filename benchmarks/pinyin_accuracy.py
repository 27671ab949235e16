"""Accuracy of publisher.pinyin.readings() against a hand-checked gold reading.

    python benchmarks/pinyin_accuracy.py [GOLD.tsv ...] [--errors] [--baseline-errors] [--document]

Without arguments it scores every gold file: tests/data/pinyin_gold.tsv and the held-out
batches tests/data/pinyin_heldout_*.tsv (news prose written after the rules, each scored before
any fix was made for it), one line per file and then the union.

Reports the share of Han characters read right by ``readings()`` (default options:
citation tones for 一/不, 现汉 light tones)
and by plain pypinyin (``lazy_pinyin`` with
``Style.TONE3`` over whole sentences), and with ``--errors`` lists every miss in context.
Two figures each: **strict** takes the gold's first reading, **lenient** accepts any of the
alternatives the gold gives at a debatable position (``fen4|fen5``: 部分, where 现汉's marking of
the light tone is in doubt).  Each sentence is read on
its own; ``--document`` reads each file as one text instead (as a page is read, so a name given
with its role in one sentence is known in the next).

Gold format (tests/data/pinyin_gold.tsv): ``sentence<TAB>reading reading …``, one numbered
reading per Han character of the sentence (``a|b``: strict wants ``a``, lenient takes either);
``#`` lines are comments.  Light tones follow 现代汉语词典 (7th ed.): the syllables it prints
without a tone mark (热闹 rè·nao, 告诉 gào·su, particles, suffixes) are tone 5; syllables it
marks "usually light, at times stressed" keep their tone (see assets/pinyin/light_tones.txt).
Readings compare after normalising ü/v/u: and a missing neutral tone number (``de`` == ``de5``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pypinyin import Style, lazy_pinyin

from publisher.pinyin import PinyinOptions, readings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "data" / "pinyin_gold.tsv"
ALL_GOLD = [DEFAULT_GOLD, *sorted((ROOT / "tests" / "data").glob("pinyin_heldout_*.tsv"))]
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass(frozen=True)
class GoldSentence:
    text: str
    readings: tuple[str, ...]  # one per Han character
    line: int


@dataclass
class Score:
    total: int = 0
    right: int = 0  # strict: the gold's first reading
    lenient_right: int = 0  # any of the gold's alternatives
    misses: list[tuple[GoldSentence, int, str, str | None]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def lenient(self) -> float:
        return self.lenient_right / self.total if self.total else 0.0

    def add(self, sentence: GoldSentence, k: int, want: str, got: str | None) -> None:
        self.total += 1
        alternatives = [normalise(a) for a in want.split("|")]
        mine = normalise(got)
        if mine == alternatives[0]:
            self.right += 1
        else:
            self.misses.append((sentence, k, want, got))
        if mine in alternatives:
            self.lenient_right += 1


def normalise(reading: str | None) -> str | None:
    if reading is None:
        return None
    r = reading.strip().lower().replace("u:", "ü").replace("v", "ü")
    return r if r[-1:].isdigit() else r + "5"


def load_all_gold() -> list[GoldSentence]:
    return [s for path in ALL_GOLD for s in load_gold(path)]


def load_gold(path: Path = DEFAULT_GOLD) -> list[GoldSentence]:
    sentences = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        text, _, gold = line.partition("\t")
        syllables = tuple(gold.split())
        han = _HAN.findall(text)
        if len(han) != len(syllables):
            raise ValueError(f"{path}:{number}: {len(han)} Han characters but {len(syllables)} readings")
        sentences.append(GoldSentence(text, syllables, number))
    return sentences


Reader = Callable[[str], Sequence[str | None]]


def ours(text: str) -> list[str | None]:
    return readings(text, PinyinOptions(style="numbers"))


def plain_pypinyin(text: str) -> list[str | None]:
    # errors → one empty item per character keeps the output aligned with the text.
    out = lazy_pinyin(text, style=Style.TONE3, errors=lambda chars: ["" for _ in chars])
    return [r or None for r in out]


def score(reader: Reader, gold: Sequence[GoldSentence]) -> Score:
    result = Score()
    for sentence in gold:
        got = reader(sentence.text)
        han_positions = [i for i, ch in enumerate(sentence.text) if _HAN.match(ch)]
        for k, (pos, want) in enumerate(zip(han_positions, sentence.readings, strict=True)):
            result.add(sentence, k, want, got[pos])
    return result


def score_document(reader: Reader, gold: Sequence[GoldSentence]) -> Score:
    """Like ``score``, but read the sentences as one text (joined by newlines), as the publisher
    reads a page: what one sentence tells (a name with its role) can serve the next."""
    result = Score()
    text = "\n".join(sentence.text for sentence in gold)
    got = reader(text)
    offset = 0
    for sentence in gold:
        han_positions = [i for i, ch in enumerate(sentence.text) if _HAN.match(ch)]
        for k, (pos, want) in enumerate(zip(han_positions, sentence.readings, strict=True)):
            result.add(sentence, k, want, got[offset + pos])
        offset += len(sentence.text) + 1
    return result


def _show_miss(sentence: GoldSentence, k: int, want: str, got: str | None) -> str:
    pos = [i for i, ch in enumerate(sentence.text) if _HAN.match(ch)][k]
    context = (
        sentence.text[max(0, pos - 8) : pos]
        + "["
        + sentence.text[pos]
        + "]"
        + sentence.text[pos + 1 : pos + 9]
    )
    return f"  line {sentence.line}: {context}  gold {want}  got {got}"


def _pooled(scores: Sequence[Score]) -> Score:
    return Score(
        sum(s.total for s in scores),
        sum(s.right for s in scores),
        sum(s.lenient_right for s in scores),
        [m for s in scores for m in s.misses],
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=ALL_GOLD)
    parser.add_argument("--errors", action="store_true", help="list every miss of readings()")
    parser.add_argument("--baseline-errors", action="store_true", help="list every miss of plain pypinyin")
    parser.add_argument(
        "--document", action="store_true", help="read each gold file as one text, not sentence by sentence"
    )
    args = parser.parse_args(argv)
    scorer = score_document if args.document else score
    if len(args.gold) > 1:
        for path in args.gold:
            part = load_gold(path)
            m, b = scorer(ours, part), scorer(plain_pypinyin, part)
            print(
                f"{path.name:26} {m.total:6} Han  readings() {m.accuracy:.2%} strict {m.lenient:.2%} lenient"
                f" ({m.total - m.right} wrong)  pypinyin {b.accuracy:.2%} / {b.lenient:.2%}"
                f" ({b.total - b.right} wrong)"
            )
    gold = [s for path in args.gold for s in load_gold(path)]
    if args.document:  # one text per file, then pooled
        parts = [load_gold(path) for path in args.gold]
        mine, base = (
            _pooled([scorer(ours, p) for p in parts]),
            _pooled([scorer(plain_pypinyin, p) for p in parts]),
        )
    else:
        mine, base = score(ours, gold), score(plain_pypinyin, gold)
    print(f"gold: {len(gold)} sentences, {mine.total} Han characters")
    for name, result in (("readings():", mine), ("plain pypinyin:", base)):
        print(
            f"{name:16} {result.accuracy:.4%} strict  {result.lenient:.4%} lenient"
            f"  ({result.total - result.right} wrong)"
        )
    for flag, result in ((args.errors, mine), (args.baseline_errors, base)):
        if flag:
            for miss in result.misses:
                print(_show_miss(*miss))
    return 0


if __name__ == "__main__":
    sys.exit(main())
