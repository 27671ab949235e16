"""Failure classes round 46 showed on a city page (issue 10), fixer ``post46city``: the page's
label and section printed again over a column, with no date.  Snippets written for these tests
in the style of city papers' local pages (invented names, places and figures, no blind page's);
each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from publisher.reader.line_kinds import photo_column_lead
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪晚报　QINGXI EVENING NEWS
B03　民生　　2026年6月8日　星期一
编辑：周　岚　　美编：陈　立

东湖社区新建便民菜场开业
    本报讯（记者　王　平）6月6日，东湖社区便民菜场正式开业，
周边三千余户居民买菜不再绕远路。
"""

# ------------------------------------- the label and section again over a column, no date

_LABEL_AND_SECTION_AGAIN = (
    _TOP
    + """
B03　民生
雨夜抛锚　公交司机下车推车
记者　赵　明
    6月7日晚，一辆小轿车在环城路熄火，路过的公交司机停车
帮忙，将车推到路边安全处。
"""
)


def test_the_label_and_section_again_over_a_column_are_the_mastheads_not_a_kicker() -> None:
    # B03　民生 set apart over a head, on the page whose top prints B03　民生 with its date: the
    # running head printed again, no story's kicker
    parsed = parse_page(_LABEL_AND_SECTION_AGAIN, 1)
    assert _layout(parsed.items) == [("article", 5, 7), ("article", 10, 13)]
    story = parsed.items[1]
    assert isinstance(story, Article)
    assert story.headline.replace("\u3000", "") == "雨夜抛锚公交司机下车推车"
    assert not story.kicker
    assert parsed.masthead.page_label == "B03" and parsed.masthead.section == "民生"
    assert_nothing_lost(_LABEL_AND_SECTION_AGAIN, parsed)


def test_another_sections_name_over_a_column_is_not_the_running_head() -> None:
    # (a label with a section the top does not print is not its running head)
    text = _LABEL_AND_SECTION_AGAIN.replace("\nB03　民生\n雨夜", "\nB03　文体\n雨夜")
    parsed = parse_page(text, 1)
    assert ("article", 10, 13) not in _layout(parsed.items)


# ------------------------- a photo column's label set apart from the title by a wide space

_LABEL_SPACED_FROM_TITLE = (
    _TOP
    + """
图片新闻　荷塘初夏
6月7日，游客在青溪湿地公园荷塘边拍照赏花。（通讯员　孙　悦　摄）
"""
)


def test_a_photo_columns_label_set_apart_by_a_wide_space_is_not_the_titles() -> None:
    # 图片新闻　title on one line: the column's label, then the photo's own title
    parsed = parse_page(_LABEL_SPACED_FROM_TITLE, 1)
    photos = [x for x in parsed.items if isinstance(x, Photo)]
    assert len(photos) == 1
    assert photos[0].title == "荷塘初夏"
    assert_nothing_lost(_LABEL_SPACED_FROM_TITLE, parsed)


def test_a_credit_spaced_from_the_name_is_not_a_photo_columns_label() -> None:
    # (摄影　某某 is the photographer's credit: only the labels a colon may close are read so)
    assert photo_column_lead("摄影　孙悦") is None
    assert photo_column_lead("图说　荷塘初夏") == ("图说", "荷塘初夏")
