"""Failure classes the front pages of rounds 53-54 showed (issue 10, post52front): a 导读 box whose
items give their lettered page set apart with no 版 (…　A3), one item with a summary of a phrase under
it; and a masthead's 机关报 line whose serial number prints its CN prefix a space before the digits,
which stopped the masthead before the issue, the page's number and its section.  Snippets written for
these tests (invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import read_items

_TEASERS_BY_LETTERED_PAGE = """抓紧抓实春耕备播
　　春分已过，农时不等人。各地要抓紧抓实春耕备播，
确保良种、农资、农机及时到位，不误农时。（本报评论员）

导读
▶青溪人的“周末集市”　A2
▶老城区8条小巷完成改造　A3
　　路面更平整，雨天不再积水
▶南山森林公园4月1日恢复开放　A5
▶民间剪纸走进社区课堂　A7

扫码关注本报客户端
"""


def test_each_teaser_pointed_to_a_lettered_page_is_an_article_of_its_own() -> None:
    items = read_items(_TEASERS_BY_LETTERED_PAGE)
    teasers = [it for it in items if isinstance(it, Article) and it.kicker == "导读"]
    assert [t.headline for t in teasers] == [
        "青溪人的“周末集市”",
        "老城区8条小巷完成改造",
        "南山森林公园4月1日恢复开放",
        "民间剪纸走进社区课堂",
    ]
    # the phrase under the second title is its summary, not a title of its own
    assert teasers[1].paragraphs == ("路面更平整，雨天不再积水",)
    assert all(not t.paragraphs for k, t in enumerate(teasers) if k != 1)


_MASTHEAD_WITH_SPACED_CN = """青溪日报
2026年4月8日　星期三　农历丙午年二月廿一
中共青溪市委机关报　　国内统一连续出版物号：CN 35－0042
今日12版　第9876期
01
要闻

青溪新开工重大项目26个
本报记者　林　远
　　本报讯　4月7日，全市二季度重大项目集中开工，总投资120亿元。
"""


def test_a_serial_number_with_its_prefix_set_apart_keeps_the_masthead_going() -> None:
    masthead = parse_page(_MASTHEAD_WITH_SPACED_CN, 1).masthead
    assert masthead.page_label == "01"
    assert masthead.section == "要闻"
    items = read_items(_MASTHEAD_WITH_SPACED_CN)
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].headline == "青溪新开工重大项目26个"
    assert items[0].source.first == 8


_AD_OVER_THE_DESK_LINE = """青溪农商银行 · 助农贷款进万家
“兴农贷”最高额度30万元
全市各网点均可办理　客服热线：96123

总编辑：林　远　　值班编委：周　敏　　责任编辑：陈　晨
"""


def test_the_desk_line_led_by_the_editor_in_chief_is_no_part_of_the_ad_above_it() -> None:
    items = read_items(_AD_OVER_THE_DESK_LINE)
    assert [(type(it).__name__, it.source.first, it.source.last) for it in items] == [("Advertisement", 1, 3)]
