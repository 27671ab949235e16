"""Credits rounds 17-18 showed (issue 10, tuned on), on snippets written for these tests in the
style of city and county papers (invented text, no blind page's):

- a three-character name padded like a two-character one (孙 晓 婷) is one name, while four lone
  characters are two names (王 强 李 明) and a surname before a credit word stays one (方 文);
- the credit run into its names between the dateline and its colon (本报讯　记者蒋　帆报道：,
  the 经济日报 style) is the byline, not the paragraph's opening;
- a dateline's credit bracket broken over two lines (本报讯（记者刘念　通讯员王涛 / 熊曼）) is the
  byline, the line break parting two names;
- a sign-off padded after a one-character surname whose second character is a credit word
  (（丛　文）) is a sign-off: out of the paragraph, in no role;
- 本报记者 X 整理 names the reporter, set under the head or closing the piece in brackets
  （本报记者 X 整理） alike (the golds 4207, 4703, 6610, 7603); X 整理 with no role word is a credit.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Byline, Credit
from publisher.reader.bylines import parse_byline
from publisher.reader.signoffs import split_signoff
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------------------ spaced three-character names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者 林 若 溪", Byline(reporters=("林若溪",))),
        ("（记者 林 若 溪）", Byline(reporters=("林若溪",))),
        ("记者 周 远  通讯员 郑 一 帆", Byline(reporters=("周远",), correspondents=("郑一帆",))),
        ("记者 郑 一 帆  通讯员 周 远", Byline(reporters=("郑一帆",), correspondents=("周远",))),
        # four lone characters are two padded names; a full name before two is two names
        ("记者 王 强 李 明", Byline(reporters=("王强", "李明"))),
        ("记者 李明 王 强", Byline(reporters=("李明", "王强"))),
        ("记者 李明 郑 一 帆", Byline(reporters=("李明", "郑一帆"))),
        # the credit word after a padded surname is the name's second character
        ("记者 方 文 摄", Byline(photographers=("方文",))),
        ("记者 陈 图", Byline(reporters=("陈图",))),
        # the credit word is the padded name's surname: 文 舟 is one name, not 文 and a lone 舟
        ("记者 文 舟", Byline(reporters=("文舟",))),
        ("记者 梁 晨 文 周 斌 图", Byline(reporters=("梁晨",), photographers=("周斌",))),
        ("记者 孙 小蕾", Byline(reporters=("孙小蕾",))),
    ],
)
def test_a_padded_three_character_name_is_one_name(text: str, expected: Byline) -> None:
    assert parse_byline(text) == expected


_PADDED_THREE = """水蜜桃"直播季"再升温
——溪头镇桃农直播基地单日销售额破50万元
记者 钱 朵&nbsp;&nbsp;通讯员 郑 一 帆

    6月20日，记者走进溪头镇水蜜桃直播基地，十几个直播间里，主播们正对着镜头介绍刚采
摘的水蜜桃。

南湖镇：西瓜种植户提前备好"夏管料"
本报讯（记者 林 若 溪）眼下，南湖镇各农资门店迎来销售旺季，前来选购化肥的农户络绎不绝。
"""


def test_padded_three_character_names_on_a_page() -> None:
    items = _items(_PADDED_THREE)
    assert _layout(items) == [("article", 1, 6), ("article", 8, 9)]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.byline == Byline(reporters=("钱朵",), correspondents=("郑一帆",))
    assert second.byline == Byline(reporters=("林若溪",))
    assert second.paragraphs[0].startswith("眼下，南湖镇")


# ------------------------------------------------- a credit run into its names after a dateline

_CREDIT_REPORTED = """上游材料
多晶硅价格止跌企稳
　　本报讯　记者林　舟报道：4月以来，多晶硅现货价格止跌企稳。据行业协会数据，均价小幅上涨。
　　业内人士表示，下游装机需求回暖，推动价格企稳。
"""


def test_a_credit_run_into_its_names_after_the_dateline_is_the_byline() -> None:
    (story,) = _items(_CREDIT_REPORTED)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline, story.dateline) == ("上游材料", "多晶硅价格止跌企稳", "本报讯")
    assert story.byline == Byline(reporters=("林舟",))
    assert story.paragraphs[0].startswith("4月以来，多晶硅")
    assert len(story.paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者林　舟报道", Byline(reporters=("林舟",))),
        ("记者林舟报道", Byline(reporters=("林舟",))),
        ("记者 林舟 通讯员 余 宁 报道", Byline(reporters=("林舟",), correspondents=("余宁",))),
    ],
)
def test_a_dateline_credit_closed_by_its_word(text: str, expected: Byline) -> None:
    assert parse_byline(text, credit=True) == expected


def test_prose_closed_by_the_word_is_no_credit() -> None:
    assert parse_byline("记者从市统计局了解到今年一季度报道", credit=True) is None


# ------------------------------------------------ a dateline's credit bracket over two lines

_BRACKET_BROKEN = """南坪街道老旧小区改造惠及2000余户
　　本报讯（记者陈晓　通讯员李强
周敏）5月12日，南坪街道桂花社区，施工人员正在为老旧小区加装电梯、铺设雨污分流
管网。今年，该街道共有9个老旧小区纳入改造计划。
　　改造前，街道通过“居民议事会”逐户征求意见，把居民呼声最高的事项列入改造清单。
"""


def test_a_dateline_credit_broken_over_two_lines_is_the_byline() -> None:
    (story,) = _items(_BRACKET_BROKEN)
    assert isinstance(story, Article)
    assert story.dateline == "本报讯"
    assert story.byline == Byline(reporters=("陈晓",), correspondents=("李强", "周敏"))
    assert story.paragraphs[0].startswith("5月12日，南坪街道")
    assert story.paragraphs[0].endswith("纳入改造计划。")
    assert len(story.paragraphs) == 2


_BRACKET_NOT_A_CREDIT = """南坪街道举办邻里节
　　本报讯（南坪街道2025年第三届
邻里节）近日开幕，居民们自带家常菜同桌共餐。
"""


def test_a_broken_bracket_that_is_no_credit_stays_in_the_paragraph() -> None:
    (story,) = _items(_BRACKET_NOT_A_CREDIT)
    assert isinstance(story, Article)
    assert story.byline is None
    assert story.paragraphs == ("（南坪街道2025年第三届邻里节）近日开幕，居民们自带家常菜同桌共餐。",)


# ------------------------------------------- a padded sign-off whose last character is 文 or 图

_PADDED_SIGNOFF = """渔港快讯
◆石岛渔港完成冬季清淤　近日，石岛渔港完成港池清淤作业，清出淤泥3万余立方米，港池水深
恢复至5米。（毕　文）
◆荣成开展渔船消防检查　市海洋局对靠港渔船开展消防设备专项检查，已排查渔船600余艘。（曲　图）
"""


def test_a_padded_signoff_ending_in_a_credit_word_is_out_of_the_paragraph() -> None:
    first, second = _items(_PADDED_SIGNOFF)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.paragraphs == ("近日，石岛渔港完成港池清淤作业，清出淤泥3万余立方米，港池水深恢复至5米。",)
    assert first.byline == Byline(others=(Credit("", ("毕文",)),))
    assert second.paragraphs == ("市海洋局对靠港渔船开展消防设备专项检查，已排查渔船600余艘。",)
    assert second.byline == Byline(others=(Credit("", ("曲图",)),))


@pytest.mark.parametrize("text", ["完成。（王强 文）", "完成。（文）", "完成。（记者）"])
def test_a_credit_word_is_no_signoff_name(text: str) -> None:
    assert split_signoff(text) is None


# ------------------------------------------------------------ who compiled the piece


def test_a_reporter_compiling_under_the_head_is_the_reporter() -> None:
    assert parse_byline("本报记者　何　悦　整理") == Byline(reporters=("何悦",), others=(Credit("整理", ()),))
    # in brackets closing the piece: the reporter who compiled it, all the same
    closing = parse_byline("（本报记者 何 悦 整理）")
    assert closing == Byline(reporters=("何悦",), others=(Credit("整理", ()),))
    assert parse_byline("何悦 整理") == Byline(others=(Credit("整理", ("何悦",)),))


_COMPILED_QA = """政策解读
新学期学生医保怎么交？
——我市2026年学生医保政策问答
本报记者　何　悦　整理

    问：学生医保个人缴费标准是多少？
    答：每人每年380元，可通过线上渠道缴纳。
"""


def test_a_compiled_qa_under_its_reporters_byline() -> None:
    (story,) = _items(_COMPILED_QA)
    assert isinstance(story, Article)
    assert story.byline is not None and story.byline.reporters == ("何悦",)
    assert story.paragraphs[0] == "问：学生医保个人缴费标准是多少？"


def test_a_sign_off_whose_surname_is_a_credit_word_keeps_its_name() -> None:
    signed = split_signoff("建议定期检查设施，让驿站真正暖到人心。（文　舟）")
    assert signed is not None
    text, byline = signed
    assert text == "建议定期检查设施，让驿站真正暖到人心。"
    assert byline == Byline(others=(Credit(role="", names=("文舟",)),))
