"""Two-block heads (issue 10, class 1): kicker over headline or headline over deck, on snippets
written for these tests (invented text, no blind page's); the learned reading's seam (a weights
file named by PINGHU_HEAD_MODEL), its trainer and the gold extraction that feeds it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import head_roles as data
from publisher.model import Article
from publisher.reader import head_roles
from publisher.reader.heads import MODEL_ENV, fixed_reading, kicker_over_headline
from tests.test_structure_columns import _items
from tools import train_head_roles as trainer

_STORY = """{upper}
{lower}
■记者 王晓林 通讯员 陈一鸣
本报讯 昨天上午，新区文体中心正式对外开放，市民可以通过小程序预约场馆。
"""


def _head(upper: str, lower: str) -> tuple[str | None, str, str | None]:
    (article,) = [i for i in _items(_STORY.format(upper=upper, lower=lower)) if isinstance(i, Article)]
    return article.kicker, article.headline, article.subheadline


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, "off")


@pytest.mark.usefixtures("rules_only")
def test_a_dash_closing_the_upper_line_leads_into_the_headline() -> None:
    assert _head("冬季用电高峰来临——", "这份安全用电指南请收好") == (
        "冬季用电高峰来临",
        "这份安全用电指南请收好",
        None,
    )


@pytest.mark.usefixtures("rules_only")
def test_a_dash_opening_the_lower_line_is_a_deck() -> None:
    assert _head("新区文体中心开放", "——三个场馆可免费预约") == (
        None,
        "新区文体中心开放",
        "——三个场馆可免费预约",
    )


@pytest.mark.usefixtures("rules_only")
def test_a_quotation_over_the_news_is_the_kicker() -> None:
    assert _head("“家门口就有好去处”", "新区文体中心正式对外开放") == (
        "“家门口就有好去处”",
        "新区文体中心正式对外开放",
        None,
    )


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("upper", "lower", "kicker"),
    [
        # a slogan over the line that tells the news: kicker and headline
        ("运动惠民生 健康进万家", "新区文体中心正式对外开放", True),
        # the news over its details (figures, clauses): headline and deck
        ("新区文体中心正式对外开放", "三个场馆每周开放60小时，学生半价", False),
    ],
)
def test_two_blocks_read_by_their_shapes(upper: str, lower: str, kicker: bool) -> None:
    assert fixed_reading(upper, lower) is None  # no print mark decides these
    assert kicker_over_headline(upper, lower) is kicker
    printed = upper.replace(" ", "")  # the print space between slogan halves is not text
    assert _head(upper, lower) == ((printed, lower, None) if kicker else (None, printed, lower))


def test_a_weights_file_named_by_the_variable_decides_the_open_heads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an invented model: a lower line with figures is a deck, any other lower line a headline
    weights = tmp_path / "w.json"
    weights.write_text(json.dumps({"weights": {"lower_digit": -4.0, "bias": 2.0}}), encoding="utf-8")
    monkeypatch.setenv(MODEL_ENV, str(weights))
    assert _head("新区文体中心正式对外开放", "群众健身有了新去处") == (
        "新区文体中心正式对外开放",
        "群众健身有了新去处",
        None,
    )
    assert _head("新区文体中心正式对外开放", "三个场馆每周开放60小时") == (
        None,
        "新区文体中心正式对外开放",
        "三个场馆每周开放60小时",
    )
    # what print marks decide stays decided whatever the weights say
    assert _head("冬季用电高峰来临——", "这份安全用电指南请收好")[0] == "冬季用电高峰来临"
    monkeypatch.setenv(MODEL_ENV, "off")
    assert _head("新区文体中心正式对外开放", "群众健身有了新去处")[0] is None  # the rules' reading


def test_the_features_are_plain_numbers_of_the_two_blocks_and_the_line_under_them() -> None:
    f = head_roles.head_features("前三季度全县工业产值增长8.5%", "“制造强县”底气更足", None)
    assert f["upper_digit"] == f["upper_percent"] == 1.0
    assert f["lower_quote"] == 1.0 and f["lower_digit"] == 0.0
    assert f["log_ratio"] < 0  # the lower block is the shorter
    assert all(isinstance(v, float) for v in f.values())
    assert f == head_roles.head_features("前三季度全县工业产值增长8.5%", "“制造强县”底气更足", None)


def test_the_trainer_fits_a_separable_rule_and_is_deterministic() -> None:
    # kicker (1) when the first feature is on, deck (0) when it is off
    rows = [[1.0, 0.0, 1.0], [1.0, 1.0, 1.0], [0.0, 1.0, 1.0], [0.0, 0.0, 1.0]] * 3
    labels = [1, 1, 0, 0] * 3
    w = trainer.fit(rows, labels, l2=0.1)
    assert w == trainer.fit(rows, labels, l2=0.1)
    assert w[0] > 2 and abs(w[1]) < 0.5


_GOLD_PAGE = """新区文体中心正式对外开放
三个场馆每周开放60小时，学生半价
■记者 王晓林
本报讯 昨天上午，新区文体中心正式对外开放。

冬季用电高峰来临——
这份安全用电指南请
收好
本报讯 入冬以来，全市用电负荷持续攀升。
"""


def test_the_gold_extraction_maps_fields_to_their_lines(tmp_path: Path) -> None:
    page = tmp_path / "001_invented.txt"
    page.write_text(_GOLD_PAGE, encoding="utf-8")
    gold = {
        "items": [
            {
                "type": "article",
                "lines": [1, 4],
                "kicker": None,
                "headline": "新区文体中心正式对外开放",
                "subheadline": "三个场馆每周开放60小时，学生半价",
            },
            {
                "type": "article",
                "lines": [6, 9],
                "kicker": "冬季用电高峰来临",
                "headline": "这份安全用电指南请收好",
                "subheadline": None,
            },
        ]
    }
    examples, missed = data.page_examples(page, gold, "roundX")
    assert missed == 0
    assert [(e.upper, e.lower, e.reading, e.after.kind if e.after else None) for e in examples] == [
        ("新区文体中心正式对外开放", "三个场馆每周开放60小时，学生半价", data.HEADLINE_DECK, "byline"),
        ("冬季用电高峰来临——", "这份安全用电指南请收好", data.KICKER_HEADLINE, "dateline"),
    ]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("upper", "lower", "kicker"),
    [
        # a colon, like a dash, leads into the headline
        ("乡村里的“共享菜园”：", "城里孩子也能体验春耕秋收", True),
        # the name of an event (and its stage) over what happened at it
        ("全省第七届老年人运动会", "门球比赛收官 嘉善队夺得团体冠军", True),
        ("全国青年排球联赛（绍兴站）", "浙江男排三战全胜晋级决赛", True),
        # an event held is news of its own: headline over its deck
        ("我市举办第三届乡村艺术节", "32支农民文艺队登台献艺，吸引观众2万余人次", False),
    ],
)
def test_what_leads_into_a_headline(upper: str, lower: str, kicker: bool) -> None:
    assert kicker_over_headline(upper, lower) is kicker
