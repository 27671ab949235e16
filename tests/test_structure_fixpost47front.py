"""Failure classes rounds 46-47 showed on front pages (issue 10), fixer ``post47front``: a
masthead block whose pinyin title is set with a typeset apostrophe (XI’AN RIBAO), and one whose
issue is counted by 号 (第18230号) where others print 期; either ended the masthead's reading
before the page's number and section under it.  Snippets written for these tests in the style of
city papers' front pages (invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

# ------------------------------------- a pinyin title with a typeset apostrophe

_APOSTROPHE_TITLE = """青岚日报
QING’AN RIBAO
中共青岚市委机关报　青岚日报社出版
2026年4月9日　星期四　农历丙午年二月廿二
第10321期　今日8版
01　要闻
责任编辑：周　敏　　版式：李　涛

青岚新区一季度新签项目32个
　　本报讯　记者从青岚新区获悉，一季度新区新签约项目32个，总投资186亿元。
"""


def test_a_pinyin_title_with_a_typeset_apostrophe_keeps_the_masthead_going() -> None:
    parsed = parse_page(_APOSTROPHE_TITLE)
    assert_nothing_lost(_APOSTROPHE_TITLE, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("青岚日报", "2026-04-09", "01", "要闻")
    assert [(i.type, i.source.first) for i in parsed.items] == [("article", 9)]


# ------------------------------------- an issue counted by 号 beside the page count

_ISSUE_BY_NUMBER = """东江日报
DONGJIANG DAILY
中共东江市委机关报
2026年5月12日　星期二
第18230号　　今日12版
第01版：头版

东江港四月货物吞吐量同比增长一成
　　本报讯　四月，东江港完成货物吞吐量1260万吨，同比增长10.2%。
"""


def test_an_issue_counted_by_hao_beside_the_page_count_is_masthead_matter() -> None:
    parsed = parse_page(_ISSUE_BY_NUMBER)
    assert_nothing_lost(_ISSUE_BY_NUMBER, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("东江日报", "2026-05-12", "第01版", "头版")
    assert "第18230号　　今日12版" in m.imprint or "第18230号 今日12版" in m.imprint
    assert [(i.type, i.source.first) for i in parsed.items] == [("article", 8)]


_NOTICE_NUMBER_ALONE = """东江日报
2026年5月12日　星期二
第06版：公告

拆迁公告
第2026015号
　　根据东江市人民政府批复，现对东江路北段实施改造，请相关住户于6月1日前办理手续。
"""


def test_a_notice_number_alone_stays_in_the_notice() -> None:
    parsed = parse_page(_NOTICE_NUMBER_ALONE)
    assert_nothing_lost(_NOTICE_NUMBER_ALONE, parsed)
    assert 5 not in parsed.masthead.lines
