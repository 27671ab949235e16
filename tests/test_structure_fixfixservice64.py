"""Failure classes of service pages (tips, guides, weekly education pages), fixer ``fixservice64``:
a tip's or guide's first line run to the measure under its head, its sentence closed on the line
under it, read as the deck; the running head (the paper's name and section as one line of the top
printed them) printed again over a column's head, read as its kicker; a tip's numbered points run
on flush under the first, where the column broke, split into paragraphs.  Snippets written for
these tests in the style of city and county papers (invented names, places and figures, no blind
page's); each is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_items

# --------------------------------- the body's first line cut at the measure under the head: no deck

_TIP_CUT_UNDER_HEAD = """青禾晚报
2026年7月16日　星期四
A08
健康
"""
_TIP_STORY = """
三伏天养生有讲究
本报记者　邵　宁
　　本报讯　入伏以来，我市持续高温，市中医院治未病科门诊量较上月
增长三成。专家提醒，三伏天养生要顺应时令，饮食宜清淡，少吃生冷，
注意补充水分，适当午休，避免在正午时段长时间户外活动，老年人和
慢性病患者更要做好防暑降温，出现头晕乏力等症状应及时就医。
"""


def _tip(box: str) -> str:
    return _TIP_CUT_UNDER_HEAD + _TIP_STORY + "\n" + box


def test_body_cut_at_the_measure_under_a_labelled_head_is_its_paragraph_no_deck() -> None:
    # (a deck stops short of the measure where its phrase ends; a line that runs to the measure
    # and whose sentence closes on the line under it is the body's first)
    items = read_items(
        _tip(
            "健康小贴士\n"
            "吹空调也要防“空调病”\n"
            "室内外温差最好不超过8℃，空调温度宜设在26℃左右；每隔两小\n"
            "时开窗通风一次；出风口不要正对人体，空调滤网应定期清\n"
            "洗。\n"
        )
    )
    tip = items[-1]
    assert isinstance(tip, Article)
    assert (tip.kicker, tip.headline, tip.subheadline) == ("健康小贴士", "吹空调也要防“空调病”", None)
    assert tip.paragraphs == (
        "室内外温差最好不超过8℃，空调温度宜设在26℃左右；每隔两小时开窗通风一次；出风口不要正对人体，空调滤网应定期清洗。",
    )


def test_field_cut_at_the_measure_under_a_guide_head_is_its_paragraph_no_deck() -> None:
    items = read_items(
        _tip(
            "办事指南\n"
            "异地就医备案怎么办\n"
            "适用对象：参加本市城镇职工基本医疗保险并长期在外地居住的参保\n"
            "人员。\n"
            "办理渠道：“青禾医保”小程序，或到参保地医保经办窗口。\n"
            "办理时限：即时办结。\n"
        )
    )
    guide = items[-1]
    assert isinstance(guide, Article)
    assert (guide.kicker, guide.headline, guide.subheadline) == ("办事指南", "异地就医备案怎么办", None)
    assert guide.paragraphs[0] == "适用对象：参加本市城镇职工基本医疗保险并长期在外地居住的参保人员。"
    assert len(guide.paragraphs) == 3


def test_a_deck_short_of_the_measure_stays_the_deck() -> None:
    deck = "错峰用电、安全用电，供电部门发布提示"
    items = read_items(_tip(f"夏季用电高峰来临\n{deck}\n　　入夏以来，全市用电负荷持续攀升。\n"))
    story = items[-1]
    assert isinstance(story, Article)
    assert (story.headline, story.subheadline) == ("夏季用电高峰来临", "错峰用电、安全用电，供电部门发布提示")


# --------------------------------- the running head printed again over a column: no kicker

_WEEKLY = """今日青禾　　　　　　　　　　　　教育周刊
2026年9月10日　星期四　　6
编辑：沈　念　　校对：许　可

秋季学期开学平稳有序
本报记者　邵　宁
　　本报讯　9月1日，全县中小学、幼儿园迎来秋季开学，共有4.2万余名
学生返校报到。

今日青禾　教育周刊
新学期全县新增公办学位1800个
　　本报讯　今年秋季，县城第三小学、南湖幼儿园等4所新建学校投入使
用，共新增公办学位1800个。
"""


def test_running_head_printed_again_over_a_story_is_no_kicker() -> None:
    items = read_items(_WEEKLY)
    story = items[-1]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == (None, "新学期全县新增公办学位1800个")
    assert story.source.first == 11


# --------------------------------- a tip's points run on in one paragraph, cut at the measure

_POINTS_RUN_ON = """
生活小贴士
雨雪天出行“三提醒”
　　一是出门前关注天气和路况信息，尽量错峰出行；
二是骑电动车时戴好头盔，减速慢行，不要抢道；三是老
人和孩子出门注意防滑，路面结冰时尽量少出门。
"""


def test_numbered_points_run_on_flush_under_the_indented_first_are_one_paragraph() -> None:
    # (the story opens its paragraph on the indent; the next point set flush under a line at the
    # measure is where the column broke, no point of its own)
    items = read_items(_TIP_CUT_UNDER_HEAD + _TIP_STORY + _POINTS_RUN_ON)
    tip = items[-1]
    assert isinstance(tip, Article)
    assert tip.headline == "雨雪天出行“三提醒”"
    assert len(tip.paragraphs) == 1
    assert tip.paragraphs[0].startswith("一是") and tip.paragraphs[0].endswith("尽量少出门。")


_POINTS_EACH_INDENTED = _POINTS_RUN_ON.replace("\n二是", "\n　　二是")


def test_numbered_points_each_on_the_indent_stay_paragraphs_of_their_own() -> None:
    tip = read_items(_TIP_CUT_UNDER_HEAD + _TIP_STORY + _POINTS_EACH_INDENTED)[-1]
    assert isinstance(tip, Article)
    assert len(tip.paragraphs) == 2
