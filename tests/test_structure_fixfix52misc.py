"""Failure classes round 56 showed on county papers' pages (issue 10), fixer ``fix52misc``.
Snippets written for these tests (invented papers, places, names and figures, no blind page's);
each class is a shape any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

# ------------------------------- a paper named 今日 and its place, on one line with its page's parts

_TODAY_PAPER_TOP = """今日青溪　　　　　　　　　　民生·健康　　　　5
2026年6月3日　星期三
责任编辑　周　敏

社区卫生服务站新增夜间门诊
　　记者从市卫健委获悉，6月1日起，城区8个社区卫生服务站开设夜间门诊，
方便上班族就医。
"""


def test_a_today_paper_beside_its_dotted_section_and_page_number_is_the_masthead() -> None:
    # 今日 and a place, the page's dotted name and its number on the first line, the date on the
    # line under it: the paper's masthead, no line of text
    parsed = parse_page(_TODAY_PAPER_TOP, 1)
    assert_nothing_lost(_TODAY_PAPER_TOP, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.section, m.page_label, m.date) == ("今日青溪", "民生·健康", "5", "2026-06-03")
    assert [item.type for item in parsed.items] == ["article"]


_TODAY_PAPER_RUNNING_HEAD = """6
2026年6月3日　星期三
今日青溪
乡镇新闻

白沙镇建成集中育秧中心
通讯员　方　明
　　本报讯　近日，白沙镇集中育秧中心建成投用，可满足全镇
3000亩早稻育秧需求。中心采用自动化流水线播种，
每小时可播种秧盘800盘。
今日青溪　　2026年6月3日　　乡镇新闻

乡镇快讯
■白沙镇
　　6月1日，白沙镇组织农技人员深入田间，指导农户开展早稻育秧。
"""


def test_a_running_head_naming_the_paper_the_top_prints_alone_is_the_masthead() -> None:
    # the paper's name, the date and the page's name printed again under the story's last
    # line: furniture, no paragraph of the story, however the top set the name (alone on a line)
    parsed = parse_page(_TODAY_PAPER_RUNNING_HEAD, 1)
    assert_nothing_lost(_TODAY_PAPER_RUNNING_HEAD, parsed)
    assert parsed.masthead.newspaper == "今日青溪"
    running_head = _TODAY_PAPER_RUNNING_HEAD.split("\n").index("今日青溪　　2026年6月3日　　乡镇新闻") + 1
    assert running_head in parsed.masthead.lines
    story = parsed.items[0]
    assert story.type == "article"
    assert story.source.last == running_head - 1
    assert len(story.paragraphs) == 1
