"""Brief columns on county and city pages (issue 10, rounds 21–24), on snippets written for these
tests in the style of county and city papers (invented text, no blind page's).

A column of briefs prints its label once and a bullet before each item; every brief takes the
column's label as its kicker, however its bullet is set off from the text.
"""

from __future__ import annotations

import pytest

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _briefs, _items, _layout

# ------------------------------------------------------------------ a bullet set off by a wide space

_WIDE_BULLETS = """东城区今年新增停车泊位3000个
　　本报讯　今年以来，东城区在老旧小区周边挖潜新增停车泊位3000个，缓解居民停车难。（记者 周 明）

城乡速览
{m}　县游泳馆暑期延长开放时间，每晚开放至21时。
{m}　第五届乡村摄影大赛即日起征稿，截止日期为10月31日。
{m}　东湖公园菊花展本周六开幕，展出菊花200余个品种。（记者 林 雪）
{m}　县体育中心8月将举办全民健身篮球赛，报名至7月28日。
"""


@pytest.mark.parametrize("mark", list("■●◆▲"))
def test_bullets_set_off_by_a_wide_space_are_briefs_not_a_tables_rows(mark: str) -> None:
    # ■　text set solid one under another: the wide space after the bullet is no gap between a
    # table's cells (a table's row opens with a name or a figure, not a mark)
    items = _items(_WIDE_BULLETS.format(m=mark))
    assert _layout(items) == [
        ("article", 1, 2),
        ("article", 4, 5),
        ("article", 6, 6),
        ("article", 7, 7),
        ("article", 8, 8),
    ]
    briefs = _briefs(items)[1:]
    assert [(k, h) for k, h, _, _ in briefs] == [("城乡速览", "")] * 4
    assert briefs[0][2] == ("县游泳馆暑期延长开放时间，每晚开放至21时。",)
    assert briefs[2][2] == ("东湖公园菊花展本周六开幕，展出菊花200余个品种。",)


# ------------------------------------------------------------------ an arrow before a place lead

_ARROW_PLACES = """乡镇动态
▶龙泉镇　该镇近日举办首届“稻田音乐节”，吸引游客8000余人次，带动农产品销售12万元。
▶白石乡{sep}该乡组织农技人员进村入户，指导农户开展秋冬种，计划种植油菜1.5万亩。
▶城南街道{sep}10月20日，街道举办老年人防诈骗讲座，200余名居民参加。（通讯员 马 丽）
"""


@pytest.mark.parametrize("sep", ["\u3000", "："])
def test_an_arrow_before_a_place_lead_marks_a_brief_of_the_column(sep: str) -> None:
    items = _items(_ARROW_PLACES.format(sep=sep))
    assert _layout(items) == [("article", 1, 2), ("article", 3, 3), ("article", 4, 4)]
    briefs = _briefs(items)
    assert [(k, h) for k, h, _, _ in briefs] == [
        ("乡镇动态", "龙泉镇"),
        ("乡镇动态", "白石乡"),
        ("乡镇动态", "城南街道"),
    ]
    assert briefs[0][2] == ("该镇近日举办首届“稻田音乐节”，吸引游客8000余人次，带动农产品销售12万元。",)


def test_an_arrow_before_a_lists_point_is_no_brief() -> None:
    # ▶ before a figure's phrase, no place leading it: a point of the story's list, not a brief
    text = """全县经济运行稳中向好
　　本报讯　今年前三季度，全县经济运行稳中向好，主要指标增速高于全市平均水平。
　　▶规上工业增加值同比增长5.2%
　　▶固定资产投资增长8.1%
　　▶社会消费品零售总额增长6.4%
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 5)]


# ------------------------------------------------------------------ a run-in head over a back-reference

_NARROW_COLUMN = """区县简讯
●南山区：8月3日，该区举办首届“社区运动会”，30个
社区的1200余名居民参加。
●青石县：该县投资800万元改造城区雨污分流管
网，涉及街道9条，预计年底完工。
●北湖开发区：近日，区内新建2处人才公寓投入使
用，可提供房源300余套。（通讯员　郑　阳）
"""


def test_a_run_in_place_over_a_back_reference_is_a_brief_cut_by_the_column() -> None:
    # ●某县：该县… — the text after the place names no head's phrase of its own (该县 points back
    # to it): the brief's sentence, cut short by a narrow column, goes on on the line below
    items = _items(_NARROW_COLUMN)
    assert _layout(items) == [("article", 1, 3), ("article", 4, 5), ("article", 6, 7)]
    briefs = _briefs(items)
    assert [(k, h) for k, h, _, _ in briefs] == [
        ("区县简讯", "南山区"),
        ("区县简讯", "青石县"),
        ("区县简讯", "北湖开发区"),
    ]
    assert briefs[1][2] == ("该县投资800万元改造城区雨污分流管网，涉及街道9条，预计年底完工。",)


# ------------------------------------------------------------------ signed pieces set solid under a label

_SIGNED_PIECES = """县城新建三处口袋公园
　　本报讯　今年以来，县城利用边角地新建三处口袋公园，居民出门就能休闲健身。（记者 何 平）

百姓说事
小区充电桩该多建些
　　电动车越来越多，小区里的充电桩却不够用，不少居民只好“飞线”充电，存在安全隐患。（王　强）
公交末班车能否延后
　　晚上加班回家，常常赶不上末班车，希望有关部门根据客流适当延后发车时间。（李　娟）
菜市场地面要勤清扫
　　一到雨天，菜市场地面又湿又滑，老人买菜容易摔倒，管理方要多费点心。（陈　浩）
"""


def test_signed_pieces_set_solid_under_a_label_all_take_it_as_their_kicker() -> None:
    items = _items(_SIGNED_PIECES)
    assert _layout(items) == [("article", 1, 2), ("article", 4, 6), ("article", 7, 8), ("article", 9, 10)]
    assert [(k, h) for k, h, _, _ in _briefs(items)] == [
        (None, "县城新建三处口袋公园"),
        ("百姓说事", "小区充电桩该多建些"),
        ("百姓说事", "公交末班车能否延后"),
        ("百姓说事", "菜市场地面要勤清扫"),
    ]


def test_a_story_set_apart_under_a_signed_piece_keeps_no_kicker() -> None:
    # a blank line between the signed piece and the next head: the label's column ended there
    text = _SIGNED_PIECES.replace("（王　强）\n", "（王　强）\n\n")
    heads = [(k, h) for k, h, _, _ in _briefs(_items(text))]
    assert heads[2] == (None, "公交末班车能否延后")


# ------------------------------------------------------------------ the running head printed again mid-page

_RUNNING_HEAD_PAGE = """5
青田日报
2026年3月12日　星期四
乡镇

东源镇杨梅基地迎来首批游客
　　本报讯（记者 叶 飞）3月10日，东源镇杨梅基地迎来今年首批研学游客，200余名学生走进果园。

{foot}
北山镇新建农村公路12公里
　　本报讯　今年以来，北山镇新建和改造农村公路12公里，连通5个行政村。（通讯员 潘 婷）
"""


@pytest.mark.parametrize(
    "foot",
    [
        "05　乡镇　2026年3月12日　星期四",
        "2026年3月12日　星期四　青田日报　5",
        "5　乡镇　　青田日报　2026年3月12日　星期四",
    ],
)
def test_the_running_head_printed_again_mid_page_is_furniture_not_a_kicker(foot: str) -> None:
    parsed = parse_page(_RUNNING_HEAD_PAGE.format(foot=foot))
    assert 9 in parsed.masthead.lines
    stories = [i for i in parsed.items if isinstance(i, Article)]
    assert [(a.kicker, a.headline, a.source.first) for a in stories] == [
        (None, "东源镇杨梅基地迎来首批游客", 6),
        (None, "北山镇新建农村公路12公里", 10),
    ]


def test_a_line_giving_the_date_and_another_section_is_no_running_head() -> None:
    # the date the top printed, but a section the top never named: not the page's running head
    parsed = parse_page(_RUNNING_HEAD_PAGE.format(foot="05　体育　2026年3月12日　星期四"))
    assert 9 not in parsed.masthead.lines


# ------------------------------------------------------------------ a place alone over its headline

_PLACE_OVER_HEAD = """南溪县今年新建农村公路86公里
　　本报讯　今年以来，南溪县新建和改造农村公路86公里，打通23条断头路。（记者　王　林）
{place}
老茶园焕发新生机
　　本报讯（记者　吴　敏　通讯员　周　宁）日前，该地200亩老茶园完成改造，亩产预计提高三成。
"""


@pytest.mark.parametrize("place", ["青石县：", "城南街道："])
def test_a_place_alone_over_a_headline_is_its_kicker(place: str) -> None:
    # (a lead-in line of its own, as the brief's convention reads it since round 37: fixnews43)
    items = _items(_PLACE_OVER_HEAD.format(place=place))
    assert _layout(items) == [("article", 1, 2), ("article", 3, 5)]
    story = items[1]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == (place, "老茶园焕发新生机")
    assert story.byline is not None and story.byline.reporters == ("吴敏",)


def test_a_colon_lead_that_names_no_place_stays_a_kicker() -> None:
    # a phrase closed by its colon, set apart over the headline, leads into it as its kicker
    text = "\n" + _PLACE_OVER_HEAD.format(place="\n寒假里的“书法课”：")
    story = _items(text)[1]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("寒假里的“书法课”：", "老茶园焕发新生机")


# ------------------------------------------------------------------ the desk's credits, then the date

_DESK_THEN_DATE = """第6版
乡镇新闻
{desk}
石门镇柑橘喜获丰收
本报记者　杨　帆
　　11月上旬，石门镇5万亩柑橘进入采摘期，果农们忙着采摘、分拣、装车。
"""


@pytest.mark.parametrize(
    "desk",
    ["编辑　李　红　　美编　赵　乐　　｜　2026年11月12日　星期四", "责任编辑：李红 | 2026年11月12日 星期四"],
)
def test_the_desks_credits_then_the_date_on_one_line_are_the_masthead(desk: str) -> None:
    text = _DESK_THEN_DATE.format(desk=desk)
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert parsed.masthead.date == "2026-11-12"
    assert 3 in parsed.masthead.lines
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert (story.headline, story.source.first) == ("石门镇柑橘喜获丰收", 4)


# ------------------------------------------------------------------ a sum in Chinese numerals

_SLOGAN_OVER_SUM = """一片小茶叶做成了大文章
{second}
□本报记者　罗　明
　　初冬时节，走进某县茶叶交易市场，各地客商正忙着看样、议价、装车。
"""


def test_a_phrase_over_a_place_and_a_sum_in_chinese_numerals_is_the_kicker() -> None:
    # the line naming the place and the sum (…突破十亿元) tells the news: the headline, the
    # phrase above it the kicker, as with a sum in figures
    for second in ("青溪县茶产业综合产值突破十亿元", "青溪县茶产业综合产值突破10亿元"):
        (story,) = _items(_SLOGAN_OVER_SUM.format(second=second))
        assert isinstance(story, Article)
        assert (story.kicker, story.headline, story.subheadline) == ("一片小茶叶做成了大文章", second, None)


def test_a_figure_of_speech_in_chinese_numerals_is_no_sum() -> None:
    # 千万里 is no sum (no unit a sum is told in): the long first line tells the news and the
    # line under it is its deck
    (story,) = _items(_SLOGAN_OVER_SUM.format(second="青溪县茶香飘过千万里"))
    assert isinstance(story, Article)
    assert (story.kicker, story.headline, story.subheadline) == (
        None,
        "一片小茶叶做成了大文章",
        "青溪县茶香飘过千万里",
    )


# ------------------------------------------------------------------ a label framed by its marks

_FRAMED_LABEL = """{m}乡村快讯{m}
南湖村稻田画吸引游客打卡
　　近日，南湖村300亩稻田画进入最佳观赏期，每天吸引游客2000余人次。
北塘镇新建冷链仓储中心
　　日前，北塘镇冷链仓储中心投入使用，可储存果蔬5000吨。（通讯员　许　敏）
"""


@pytest.mark.parametrize("mark", list("◆■●★"))
def test_a_label_framed_by_the_same_mark_on_both_sides_heads_every_brief(mark: str) -> None:
    items = _items(_FRAMED_LABEL.format(m=mark))
    assert _layout(items) == [("article", 1, 3), ("article", 4, 5)]
    assert [(k, h) for k, h, _, _ in _briefs(items)] == [
        ("乡村快讯", "南湖村稻田画吸引游客打卡"),
        ("乡村快讯", "北塘镇新建冷链仓储中心"),
    ]
