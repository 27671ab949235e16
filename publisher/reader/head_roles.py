"""Kicker over headline, or headline over deck: a learned reading of a two-block head.

Plain text has no font sizes, so two head blocks with no —— or quote mark read two ways.  The
shape of each block (its length, figures, quote marks, a colon, a space between slogan halves,
an event or reporting verb, a place or body leading it, 的-phrases, a closing mark) and the
line under the head decide it, weighed by a logistic regression trained offline on the gold
pages (``tools/train_head_roles.py``) into a small JSON table, read once and evaluated in plain
Python.  ``PINGHU_HEAD_MODEL`` names the weights file (cross-validation trains one per held-out
round); unset or ``off``, the reader keeps its rules and never imports this module.  No weights
ship: held out round by round, the model did not beat the rules (benchmarks/structure_blind_rounds.md).
"""

from __future__ import annotations

import json
import math
import os
from functools import cache
from pathlib import Path

from publisher.patterns import compile_pattern
from publisher.punctuation import compact, is_han
from publisher.reader.heads import MODEL_ENV, PLACE_LEAD
from publisher.reader.line_kinds import (
    BYLINE,
    DATELINE,
    PHOTO_CREDIT,
    STANDFIRST,
    clause_punctuated,
)
from publisher.reader.lines import (
    Line,
)

# General news verbs: a line that says something happened (召开 / 举行 / 出炉 / 发布 …)
_NEWS_VERB = compile_pattern(
    r"召开|举行|举办|开展|启动|出炉|发布|开幕|闭幕|落幕|亮相|签约|揭牌|开工|竣工|投用|开通|通车|开业"
    r"|成立|获评|入选|荣获|获得|上线|出台|印发|部署|调研|考察|会见|检查|督导|推进|完成|实现|突破|增长|下降"
)
_EVENT_END = compile_pattern(
    r"(?:会|会议|大会|活动|仪式|论坛|比赛|大赛|节|展|典礼|晚会)(?:召开|举行|开幕|闭幕)?$"
)


def block_features(text: str) -> dict[str, float]:
    """Shape features of one head block."""
    t = compact(text)
    han = sum(map(is_han, t))
    parts = text.split()
    return {
        "len": min(han, 30) / 10,
        "short": float(han <= 8),
        "long": float(han >= 14),
        "digit": float(any(c.isdigit() for c in t)),
        "percent": float("%" in t or "％" in t or "成" in t[-2:]),
        "quote": float("“" in t or '"' in t),
        "quoted": float(t.startswith("“") and t.endswith("”")),
        "title_marks": float("《" in t),
        "space": float(len(parts) >= 2),
        "colon": float("：" in t or ":" in t),
        "clause": float(clause_punctuated(t)),
        "exclaim": float(t.endswith(("！", "!"))),
        "question": float(t.endswith(("？", "?"))),
        "le": float(t.endswith(("了", "啦"))),
        "news_verb": float(bool(_NEWS_VERB.search(t))),
        "event_end": float(bool(_EVENT_END.search(t))),
        "place": float(bool(PLACE_LEAD.match(t))),
        "de": float("的" in t),
        "dot": float("·" in t or "•" in t),
    }


def head_features(upper: str, lower: str, after: Line | None) -> dict[str, float]:
    """Features of a two-block head: each block's shape, how they compare, the line under it."""
    a, b = block_features(upper), block_features(lower)
    out = {f"upper_{k}": v for k, v in a.items()}
    out.update({f"lower_{k}": v for k, v in b.items()})
    la, lb = max(len(compact(upper)), 1), max(len(compact(lower)), 1)
    out["log_ratio"] = math.log(lb / la)
    out["lower_longer"] = float(lb > la)
    kind = after.kind if after is not None else None
    out["after_byline"] = float(kind in (BYLINE, PHOTO_CREDIT))
    out["after_dateline"] = float(kind == DATELINE)
    out["after_standfirst"] = float(kind == STANDFIRST)
    out["after_gap"] = float(after is not None and after.gap)
    return out


Model = dict[str, float]


def read_model(path: Path) -> Model:
    """The weights of a trained model: {feature: weight, "bias": b}."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}


_read_once = cache(read_model)


def kicker_probability(upper: str, lower: str, after: Line | None, model: Model) -> float:
    """P(kicker over headline) for two head blocks under ``model``."""
    z = model.get("bias", 0.0)
    for name, value in head_features(upper, lower, after).items():
        z += model.get(name, 0.0) * value
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def learned_kicker(upper: str, lower: str, after: Line | None) -> bool:
    """Whether the upper block is a kicker over the headline, by the weights file
    ``PINGHU_HEAD_MODEL`` names (read once)."""
    model = _read_once(Path(os.environ[MODEL_ENV]))
    return kicker_probability(upper, lower, after, model) > 0.5
