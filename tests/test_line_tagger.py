"""The learned line tagger (publisher/reader/tagger.py): the shipped weights, the decisions it
changes on snippets written for these tests (invented text in the style of county papers), the
guarantees the rules keep whatever it says, and training that gives the same file twice."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from publisher.assets import ASSETS_DIR
from publisher.model import Article
from publisher.reader import parse_page
from publisher.reader.lines import split_lines
from publisher.reader.tagger import FEATURES, LineTagger, line_features, line_tagger
from tests.nothing_lost import assert_nothing_lost

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))

# A story in two parts under subheads, and a second story under a one-line head of its own.
_SUBHEADED_STORY = """农技课堂开进田间地头
本报讯（记者 周雨晴）入冬以来，县农业农村局组织农技人员走村入户，为种植户讲解冬季管护要点。

田间课堂
农技人员在大棚里现场示范保温覆膜，手把手教种植户调节棚内湿度。

线上课程
不方便到场的种植户，可以通过手机观看直播课程，随时留言提问。
"""
_TWO_STORIES = """农技课堂开进田间地头
本报讯（记者 周雨晴）入冬以来，县农业农村局组织农技人员走村入户，为种植户讲解冬季管护要点。

东湖村建起共享菜园
村里把闲置地块改建成共享菜园，村民认领后可自行种植，收获的蔬菜部分送给独居老人。
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


def _heads_start_model(tmp_path: Path) -> Path:
    """One tree: an item starts at every headline-shaped line, nowhere else."""
    split = FEATURES.index("headline_like")
    tree = {"feature": [split, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1]}
    tree["value"] = [0.0, -20.0, 20.0]
    path = tmp_path / "heads.json"
    path.write_text(json.dumps({"features": list(FEATURES), "base": 0.0, "rate": 1.0, "trees": [tree]}))
    return path


def test_the_shipped_weights_load_and_read_the_features_the_reader_computes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = json.loads((ASSETS_DIR / "line_tagger.json").read_text(encoding="utf-8"))
    assert model["features"] == list(FEATURES)
    monkeypatch.setenv("PINGHU_LINE_TAGGER", "off")
    assert line_tagger() is None
    monkeypatch.delenv("PINGHU_LINE_TAGGER")  # on by default
    tagger = line_tagger()
    assert tagger is not None and len(tagger.trees) == len(model["trees"]) > 0
    lines = split_lines(_TWO_STORIES)
    assert all(len(line_features(lines, i)) == len(FEATURES) for i in range(len(lines)))
    # a headline over its dateline starts an item; the dateline under it does not
    assert tagger.start_probability(lines, 0) > 0.5 > tagger.start_probability(lines, 1)
    parsed = parse_page(_TWO_STORIES)
    assert [(i.type, i.source.first) for i in parsed.items] == [("article", 1), ("article", 4)]


def test_a_weights_file_that_is_not_there_is_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PINGHU_LINE_TAGGER", str(tmp_path / "missing.json"))
    with pytest.raises(FileNotFoundError, match="names no weights file"):
        parse_page(_TWO_STORIES)


def test_weights_trained_on_other_features_are_refused() -> None:
    with pytest.raises(ValueError, match="other features"):
        LineTagger({"features": ["length"], "base": 0.0, "rate": 0.1, "trees": []})


def test_a_tagger_sure_of_a_start_splits_a_story_at_its_subheads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for weights in ("off", "shipped"):  # the rules alone, and with the shipped tagger: one story
        monkeypatch.setenv("PINGHU_LINE_TAGGER", weights)
        (story,) = parse_page(_SUBHEADED_STORY).items
        assert isinstance(story, Article) and [h.text for h in story.subheads] == ["田间课堂", "线上课程"]
    monkeypatch.setenv("PINGHU_LINE_TAGGER", str(_heads_start_model(tmp_path)))
    assert _layout(_SUBHEADED_STORY) == [("article", 1, 2), ("article", 4, 5), ("article", 7, 8)]
    first = parse_page(_SUBHEADED_STORY).items[0]
    assert isinstance(first, Article) and first.dateline == "本报讯" and first.byline is not None


def test_a_tagger_sure_of_no_start_leaves_the_rules_their_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tagger only adds item starts: one sure there is none changes nothing."""
    monkeypatch.setenv("PINGHU_LINE_TAGGER", "off")
    rules = parse_page(_TWO_STORIES)
    assert _layout(_TWO_STORIES) == [("article", 1, 2), ("article", 4, 5)]
    monkeypatch.setenv("PINGHU_LINE_TAGGER", str(_constant_model(tmp_path, -20.0)))
    assert parse_page(_TWO_STORIES) == rules


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
    for text in (_SUBHEADED_STORY, _TWO_STORIES):
        first = parse_page(text).items[0]  # the head keeps its dateline paragraph under it
        assert isinstance(first, Article) and first.dateline == "本报讯" and first.paragraphs


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
