"""Failure classes rounds 34-36 showed on sports pages' tables set as text (issue 10), fixer
``fixtable36``: a results table in groups (男子组 / rows / 女子组 / rows), a kicker or a wrapped
first line over a table's title, a first cell spanning the rows printed indented under it, a
name padded to a cell's width.  Snippets written for these tests in the style of city papers'
sports pages (invented names, places and figures, no blind page's); each class is a shape that
holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """2026年9月7日　星期一
青溪晚报
08
体育
编辑：周　南
"""

_STORY = """
青溪半程马拉松昨日鸣枪
记者　许文杰
    昨天上午，2026青溪半程马拉松在滨江公园起跑，八千名跑者参赛。
    赛道沿线设置了12个补给点，比赛平稳有序。
"""

# ------------------------------------------------------------ a results table in groups

_GROUPED = (
    _TOP
    + _STORY
    + """
青溪半程马拉松前三名
男子组
名次　姓名　　　　单位　　　　成绩
1　　陈志远　　　东湖区　　　1:08:12
2　　何　亮　　　西岭县　　　1:09:40
3　　孙立行　　　东湖区　　　1:10:05
女子组
1　　林晓雯　　　南港镇　　　1:19:33
2　　赵　敏　　　东湖区　　　1:21:02
3　　韩雪梅　　　西岭县　　　1:22:47

体育短讯
全市少儿围棋赛落幕
    9月6日，全市少儿围棋赛在青少年宫落幕，120名小棋手参赛。
（记者　许文杰）
"""
)


def test_a_table_in_groups_reads_each_groups_label_and_rows_as_its_paragraphs() -> None:
    # a group's name alone on its line heads the rows under it: the table goes on past it, the
    # label one of its printed lines, and ends where the blank line and the next brief stand
    parsed = parse_page(_GROUPED, 1)
    assert _layout(parsed.items) == [("article", 7, 10), ("article", 12, 21), ("article", 23, 26)]
    table = parsed.items[1]
    assert isinstance(table, Article)
    assert table.headline == "青溪半程马拉松前三名"
    assert table.paragraphs[0] == "男子组"
    assert table.paragraphs[5] == "女子组"
    assert len(table.paragraphs) == 9
    assert_nothing_lost(_GROUPED, parsed)


# --------------------------------------------- a kicker or a wrapped first line over the title

_HEADED = (
    _TOP
    + """
赛事预告
青溪市第三届全民健身运动会后续赛程
9月8日　09:00　羽毛球团体赛　　　市体育馆
9月9日　08:30　门球比赛　　　　　滨江门球场
9月10日　19:30　广场舞展演　　　　人民广场

2026青溪市“乡村杯”业余篮球
联赛第三轮赛程
9月12日　15:00　东湖区队—西岭县队　　东湖体育中心
9月12日　19:00　南港镇队—北山镇队　　南港文体中心
9月13日　15:00　青溪一中队—滨江队　　市体育馆
（记者　宋　雨）
"""
)


def test_a_line_set_apart_over_a_tables_title_is_its_kicker_or_the_titles_first_line() -> None:
    # a short name over the title is the table's kicker; a long first line over the rest of the
    # title is the title wrapped, one headline; a bracketed byline under the rows closes the table
    parsed = parse_page(_HEADED, 1)
    assert _layout(parsed.items) == [("article", 7, 11), ("article", 13, 18)]
    first, second = parsed.items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("赛事预告", "青溪市第三届全民健身运动会后续赛程")
    assert len(first.paragraphs) == 3
    assert second.kicker is None
    assert second.headline == "2026青溪市“乡村杯”业余篮球联赛第三轮赛程"
    assert len(second.paragraphs) == 3
    assert second.byline is not None and second.byline.reporters == ("宋雨",)
    assert_nothing_lost(_HEADED, parsed)


# -------------------------------------------- a first cell spanning the rows indented under it

_SPANNED = (
    _TOP
    + _STORY
    + """
青溪环湖自行车赛主要成绩
男子公路　陈志远（东湖区）　　2:41:08
　　　　　何立行（西岭县）　　2:42:15
　　　　　孙　亮（南港镇）　　2:44:50
女子公路　林晓雯（东湖区）　　2:58:21
　　　　　赵雪梅（北山镇）　　3:01:07
青少年组　韩小川（滨江区）　　1:35:44
"""
)


def test_a_first_cell_spanning_the_rows_under_it_leaves_them_rows_of_the_table() -> None:
    # the rows printed indented past the spanning cell hold one cell fewer: still the table's
    parsed = parse_page(_SPANNED, 1)
    assert _layout(parsed.items) == [("article", 7, 10), ("article", 12, 18)]
    table = parsed.items[1]
    assert isinstance(table, Article)
    assert table.headline == "青溪环湖自行车赛主要成绩"
    assert len(table.paragraphs) == 6
    assert_nothing_lost(_SPANNED, parsed)


# ----------------------------------------- where a table ends: numbered captions set apart below

_TABLE_OVER_CAPTIONS = (
    _TOP
    + """
数说青溪茶叶
    种植面积　　　　　　12万亩
    年产干茶　　　　　　3.6万吨
    加工企业　　　　　　48家
    综合产值　　　　　　21.5亿元


    ①　东岭村茶园里，茶农在采摘春茶。
    ②　加工车间内，工人在揉捻茶叶。
    ③　茶博会上，客商在品鉴新茶。
本版图片均由青溪县农业农村局提供
"""
)


def test_numbered_captions_set_apart_under_a_table_are_a_picture_set_not_its_rows() -> None:
    # the table ends at the blank under its rows; the numbered captions under one credit for the
    # page's pictures are one photo item, uncredited captions read as a set
    parsed = parse_page(_TABLE_OVER_CAPTIONS, 1)
    assert _layout(parsed.items) == [("article", 7, 11), ("photo", 14, 17)]
    table = parsed.items[0]
    assert isinstance(table, Article)
    assert len(table.paragraphs) == 4
    assert_nothing_lost(_TABLE_OVER_CAPTIONS, parsed)


# ---------------------------------------------------- a group of a few rows under its label

_FEW_ROWS = (
    _TOP
    + _STORY
    + """
全市中学生田径运动会团体成绩
初中组
名次　学校　　　　　总分
1　　青溪一中　　　286
2　　东湖中学　　　241
3　　西岭中学　　　198
高中组
1　　青溪二中　　　312
2　　滨江中学　　　265
"""
)


def test_a_group_of_fewer_rows_than_a_table_needs_is_still_the_tables() -> None:
    # under its label, two rows shaped as the table's rows above are the group's whole
    parsed = parse_page(_FEW_ROWS, 1)
    assert _layout(parsed.items) == [("article", 7, 10), ("article", 12, 20)]
    table = parsed.items[1]
    assert isinstance(table, Article)
    assert table.paragraphs[5] == "高中组"
    assert len(table.paragraphs) == 8
    assert_nothing_lost(_FEW_ROWS, parsed)


# ------------------------------------- a note under a table, its number broken from its label

_NUMBER_UNDER_LABEL = (
    _TOP
    + """
青溪市中考录取安排
7月10日　　公布成绩及录取控制线
7月12日—14日　网上填报志愿
7月18日　　第一批次录取
    考生可登录市教育局网站查询成绩。招生咨询电话：
0576-8812345。
"""
)


def test_a_number_broken_from_its_label_ends_the_sentence_it_belongs_to() -> None:
    # the line holding only the number and the full stop is the paragraph's own end
    parsed = parse_page(_NUMBER_UNDER_LABEL, 1)
    assert _layout(parsed.items) == [("article", 7, 12)]
    table = parsed.items[0]
    assert isinstance(table, Article)
    assert table.paragraphs[-1] == "考生可登录市教育局网站查询成绩。招生咨询电话：0576-8812345。"
    assert_nothing_lost(_NUMBER_UNDER_LABEL, parsed)
