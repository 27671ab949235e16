"""A paper's motto set under its name in the masthead (issue 10, the stop of 2026-12-05, night):
三峡商报 / 宜昌市主流都市媒体 / the date / 今日16版 / the serial number / A01 要闻 / the desk's line.
The masthead reads on past the motto (kept as imprint) to the page's number and name under it.
Snippets invented in the style of city papers."""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

_MOTTO_UNDER_NAME = """江川晚报
JIANGCHUAN WANBAO
江川市权威都市媒体
2026年2月3日　星期二　农历乙巳年腊月十六
今日12版　第3518期
国内统一连续出版物号：CN35-0071
A01　要闻
责任编辑：罗文清　版式：周　敏　校对：韩晓雪

江川新区首批人才公寓交付
本报记者　郑　宁
　　2月2日，江川新区首批人才公寓交付使用，186户青年人才领到钥匙。
"""

_HEAD_OVER_STORY = """江川晚报
2026年2月3日　星期二
新春市集开进老街坊
　　2月2日，江川老街新春市集开市，60余个摊位售卖年货。
"""


def test_a_motto_under_the_papers_name_leaves_the_masthead_reading_on() -> None:
    parsed = parse_page(_MOTTO_UNDER_NAME)
    assert_nothing_lost(_MOTTO_UNDER_NAME, parsed)
    assert parsed.masthead.newspaper == "江川晚报"
    assert parsed.masthead.page_label == "A01"
    assert parsed.masthead.section == "要闻"
    assert "江川市权威都市媒体" in parsed.masthead.imprint
    assert len(parsed.items) == 1
    story = parsed.items[0]
    assert isinstance(story, Article) and story.headline == "江川新区首批人才公寓交付"


def test_a_head_set_solid_under_the_date_is_no_motto() -> None:
    parsed = parse_page(_HEAD_OVER_STORY)
    assert_nothing_lost(_HEAD_OVER_STORY, parsed)
    story = parsed.items[0]
    assert isinstance(story, Article) and story.headline == "新春市集开进老街坊"
