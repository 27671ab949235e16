"""Failure classes blind rounds 21-24 showed on pages of notices (issue 10): the first notice's
title, set solid under the masthead, read as a second section word.
Snippets written for these tests in the style of city and county papers' notice pages (invented
names, places and figures, no blind page's); each class is a shape that holds on any paper, not one
page's words.
"""

from __future__ import annotations

import pytest

from publisher.model import Notice
from publisher.reader import parse_page
from tests.test_structure import assert_nothing_lost
from tests.test_structure_columns import _layout

# ---------------------------------------- the first notice's title set solid under the masthead

_TOP = """青溪晚报　QINGXI EVENING NEWS
12
{section}
2026年5月20日　星期三　　责任编辑：周　雯
{title}
　　受委托，我公司定于2026年6月3日上午9时30分在公司拍卖厅公开拍卖青溪市东湖路商铺一间，参考价96万元。
　　咨询电话：0576-8830123
青溪恒通拍卖有限公司
2026年5月20日
"""


@pytest.mark.parametrize("section", ["公告·分类", "分类广告", "公告"])
@pytest.mark.parametrize("title", ["拍卖公告", "遗失声明", "清算公告"])
def test_a_notice_title_set_solid_under_the_masthead_is_the_first_notice_not_the_section(
    section: str, title: str
) -> None:
    text = _TOP.format(section=section, title=title)
    parsed = parse_page(text, 1)
    assert parsed.masthead.section == section
    assert parsed.masthead.date == "2026-05-20"
    assert _layout(parsed.items) == [("notice", 5, 9)]
    notice = parsed.items[0]
    assert isinstance(notice, Notice) and notice.label == title
    assert notice.text.splitlines()[-2:] == ["青溪恒通拍卖有限公司", "2026年5月20日"]
    assert_nothing_lost(text, parsed)


_LABEL_SECTION = """青溪晚报　QINGXI EVENING NEWS
12
2026年5月20日　星期三
公告
拍卖公告
　　受委托，我公司定于2026年6月3日上午9时30分在公司拍卖厅公开拍卖青溪市东湖路商铺一间，参考价96万元。
　　咨询电话：0576-8830123
青溪恒通拍卖有限公司
2026年5月20日
"""


def test_a_section_printed_as_a_notice_label_over_the_first_title_stays_the_section() -> None:
    # (公告 over 拍卖公告: the page's name over the first notice's title, not a notice of its own)
    parsed = parse_page(_LABEL_SECTION, 1)
    assert parsed.masthead.section == "公告"
    assert _layout(parsed.items) == [("notice", 5, 9)]
    assert_nothing_lost(_LABEL_SECTION, parsed)
