"""Conventions the blind golds hold by a clear majority (issue 10, fixer ``golddecide79c``): a
column's label over items each led by a mark and a head of its own line is each item's kicker, the
items separate articles (not one story under the label with the heads as subheads); a page's number
printed 第 2 版 with spaces is the page label 第2版.  Snippets written for these tests in the style of
city and county papers (invented names, places and figures, no blind page's text).
"""

from __future__ import annotations

from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, read_articles

# ------------------------------------------- a column's label over marked items, each head on its own line

_CASES_UNDER_A_LABEL = """
维权案例
■网购“原装”耳机　到手是翻新机
　　青川区市民李女士在某网店以599元购买了一副标称
“全新原装”的耳机，收到后发现外壳有明显划痕。经检测，
该耳机为翻新机。
　　处理结果：商家退还货款并赔偿600元。
■装修公司延期三个月　业主获赔违约金
　　东坪镇的赵先生与一家装修公司约定60天完工，实际
拖延了三个月。经调解，装修公司按合同支付违约金4500元。
"""


def test_a_labels_marked_items_are_separate_articles_the_label_each_ones_kicker() -> None:
    # the cases are told one by one, each its own head and outcome: the label names the column (the
    # space between a head's two halves is set, not read)
    first, second = read_articles(_CASES_UNDER_A_LABEL)
    assert (first.kicker, first.headline) == ("维权案例", "网购“原装”耳机到手是翻新机")
    assert (second.kicker, second.headline) == ("维权案例", "装修公司延期三个月业主获赔违约金")
    assert not first.subheads and not second.subheads
    assert first.paragraphs[-1].startswith("处理结果")
    assert second.paragraphs[0].startswith("东坪镇的赵先生")


# ------------------------------------------------------------------ the page's number spaced in 第 … 版

_SPACED_PAGE_NUMBER = """青川新闻
2026年5月12日　星期二
第 4 版
社会民生
责任编辑：陈　静

社区食堂开到家门口
本报讯　近日，东坪社区食堂正式开业，60岁以上老人用餐可享八折优惠。
"""


def test_a_page_number_printed_with_spaces_inside_di_and_ban_is_read_without_them() -> None:
    parsed = parse_page(_SPACED_PAGE_NUMBER, 1)
    assert parsed.masthead.page_label == "第4版"
    assert_nothing_lost(_SPACED_PAGE_NUMBER, parsed)
