"""The learned line tagger (publisher/reader/tagger.py): the shipped weights, the decisions it
changes on snippets written for these tests (invented text in the style of county papers), the
guarantees the rules keep whatever it says, and training that gives the same file twice."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from publisher.assets import ASSETS_DIR
from publisher.model import Article, Weather
from publisher.reader import parse_page
from publisher.reader.lines import split_lines
from publisher.reader.tagger import FEATURES, LineTagger, line_features, line_tagger
from tests.test_structure import assert_nothing_lost

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))

# A story closed by its editor's credit, then a box's label over one paragraph.
_BOX_AFTER_STORY = """秋冬季节谨防流感
本报讯 随着气温下降，流感进入高发期。县疾控中心提醒，老人和儿童应尽早接种流感疫苗。

外出时尽量佩戴口罩，回家后及时洗手，保持室内通风。（王敏 整理）

讲座预告
12月6日（星期六）下午2:00，县图书馆将在二楼报告厅举办“老年人防跌倒”健康讲座，市民可免费参加。
"""
# A label the rules do not know over a box of pointers (unclassified text, no full stop at its
# end), then a forecast under its heading: the rules alone run the text on into the heading.
_FORECAST_UNDER_POINTERS = """导读

　　▶城南菜市场改造完成 见第2版

　　▶县城新增三条公交线路 见第3版

天气预报
今天：多云转阴 11℃～19℃ 东北风3级
明天：小雨 10℃～15℃
"""


def _layout(text: str) -> list[tuple[str, int, int]]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    return [(i.type, i.source.first, i.source.last) for i in parsed.items]


def _constant_model(tmp_path: Path, log_odds: float) -> Path:
    """A model that says the same of every line (no trees, only its base)."""
    path = tmp_path / f"constant{log_odds}.json"
    path.write_text(json.dumps({"features": list(FEATURES), "base": log_odds, "rate": 0.1, "trees": []}))
    return path


def test_the_shipped_weights_load_and_read_the_features_the_reader_computes() -> None:
    model = json.loads((ASSETS_DIR / "line_tagger.json").read_text(encoding="utf-8"))
    assert model["features"] == list(FEATURES)
    tagger = line_tagger()
    assert tagger is not None and len(tagger.trees) == len(model["trees"]) > 0
    lines = split_lines(_BOX_AFTER_STORY)
    assert all(len(line_features(lines, i)) == len(FEATURES) for i in range(len(lines)))
    # a headline over its dateline starts an item; the dateline under it does not
    assert tagger.start_probability(lines, 0) > 0.5 > tagger.start_probability(lines, 1)


def test_weights_trained_on_other_features_are_refused() -> None:
    with pytest.raises(ValueError, match="other features"):
        LineTagger({"features": ["length"], "base": 0.0, "rate": 0.1, "trees": []})


def test_unclassified_text_stops_where_the_tagger_is_sure_an_item_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PINGHU_LINE_TAGGER", "off")
    assert _layout(_FORECAST_UNDER_POINTERS) == [("unclassified", 1, 7), ("weather", 8, 9)]
    monkeypatch.delenv("PINGHU_LINE_TAGGER")
    assert _layout(_FORECAST_UNDER_POINTERS) == [("unclassified", 1, 5), ("weather", 7, 9)]
    forecast = parse_page(_FORECAST_UNDER_POINTERS).items[-1]
    assert isinstance(forecast, Weather) and forecast.text.startswith("天气预报：今天：多云转阴")


@pytest.mark.parametrize("log_odds", [20.0, -20.0])
def test_a_model_wrong_everywhere_keeps_the_rules_guarantees(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, log_odds: float
) -> None:
    """Sure of a start on every line, or of none: nothing is lost, the parse is deterministic,
    and the hard constraints hold (a dateline paragraph and a byline stay with their head)."""
    monkeypatch.setenv("PINGHU_LINE_TAGGER", str(_constant_model(tmp_path, log_odds)))
    for page in PAGES[:8]:
        text = page.read_text(encoding="utf-8")
        parsed = parse_page(text)
        assert_nothing_lost(text, parsed)
        assert parse_page(text) == parsed
        for item in parsed.items:
            if isinstance(item, Article) and item.dateline:
                assert item.paragraphs, f"{page.name}: {item.headline} lost its dateline paragraph"
    layout = _layout(_BOX_AFTER_STORY)
    assert layout[0][:2] == ("article", 1)  # the head keeps its dateline paragraph under it


def test_training_is_reproducible() -> None:
    """The same data gives the same weights file, byte for byte (one round and the project's
    pages here, to stay quick; tools/train_line_tagger.py trains on them all)."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_line_tagger as training
    finally:
        sys.path.remove(str(ROOT / "tools"))
    xs, ys = training.dataset({"round5", "round6", "round7", "round8", "round9"})
    first, second = training.train(xs, ys), training.train(xs, ys)
    assert json.dumps(first) == json.dumps(second)
    assert first["features"] == list(FEATURES) and len(first["trees"]) == training.TREES
    assert 0 < sum(ys) < len(ys)
