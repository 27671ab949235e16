"""A headline printed over two lines whose first line cannot end a head (fixwrap, rounds 31-33).

A kicker or a headline is a phrase that closes; a line that stops on a comma, on a verb still
waiting for its object (…引进 / 亿元以上项目42个), or a line under it that is only a measure's
predicate (…开工率 / 同比提升11个百分点) has been cut by the column, not set as a block of its own.
A town's village closed by its colon (某某镇某某村：) leads its headline as the town itself does.
Snippets written for these tests (invented places and figures, in the papers' style).
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader.heads import wraps
from publisher.reader.lines import split_lines
from tests.test_structure_columns import _items


def _wraps(upper: str, lower: str, after: str = "记者　王　明") -> bool:
    a, b, c = split_lines(f"\n{upper}\n{lower}\n{after}\n")
    return wraps(a, b, c)


def test_line_ending_on_a_comma_goes_on() -> None:
    assert _wraps("邻居装修噪音扰民，", "物业能不能管？")


def test_verb_waiting_for_its_object_goes_on() -> None:
    assert _wraps("我县上半年引进", "亿元以上项目17个")
    assert _wraps("今冬，全市新增", "公共停车位3000个")
    assert _wraps("江滩公园里搭起", "“露天读书角”")


def test_measure_predicate_alone_is_the_line_above() -> None:
    assert _wraps("今年全县粮食单产", "突破650公斤")
    assert _wraps("一季度外贸进出口额", "同比增长9个百分点")
    # a deck that says more than the figure stays a deck
    assert not _wraps("全市快递业务量突破2亿件", "同比增长15.2%，农村网点全覆盖")


def test_a_line_closed_by_its_colon_leads_in_on_its_own() -> None:
    # a village under its town, closed by its colon, is the kicker over the headline as any lead
    # closed by a colon is (the brief's convention since round 37: fixnews43)
    assert not _wraps("石桥镇东岭村：", "“积分超市”兑出文明新风")
    assert not _wraps("文明实践进村：", "“积分超市”兑出文明新风")


_PAGE = """江城日报
2026年5月12日　星期二
要闻
3

河西镇今年引进
农业产业化项目9个
本报记者　刘　洋
　　今年以来，河西镇围绕特色种养，先后引进农业产业化项目9个，总投资6.2亿元。
"""


def test_wrapped_headline_on_a_page_is_one_headline() -> None:
    story = next(item for item in _items(_PAGE) if isinstance(item, Article))
    assert story.headline == "河西镇今年引进农业产业化项目9个"
    assert story.kicker is None and story.subheadline is None


def test_line_opening_on_a_predicate_is_the_line_above_s() -> None:
    assert _wraps("城东街道便民服务中心", "实现“一窗通办”")
    assert _wraps("桃花溪生态农业项目", "集中签约开工")
    assert _wraps("南山茶叶产业联盟", "“茶”出致富新路")
    # a column's label over a headline that calls for action is a kicker
    assert not _wraps("时评", "让“口袋公园”更贴心")
    assert not _wraps("今日短评", "实现共同富裕要久久为功")
