"""A place alone on its line, closed by its colon, over a head line (issue 10), on snippets written
for these tests in the style of county and town pages (invented text, no blind page's).

The brief's convention: a place (or unit) printed on a line of its own and closed by "：", set over
the head, is the head's kicker, kept with its colon, and the line under it is the headline. A place
that leads a brief's text on the same line, or a bulleted place lead that is the brief's only title,
is no kicker: it stays the brief's headline.
"""

from __future__ import annotations

import pytest

from publisher.model import Article
from tests.test_structure_columns import _items

_PLACE_OVER_HEAD = """西岭县新建乡村图书室40个
　　本报讯　今年以来，西岭县在40个行政村新建乡村图书室，配送图书两万余册。（记者　林　涛）
{place}
{head}
　　本报讯（记者　孟　晓）近日，该地首批冷链仓库投入使用，可储存果蔬1200吨。
"""


def _second_story(place: str, head: str) -> Article:
    items = _items(_PLACE_OVER_HEAD.format(place=place, head=head))
    story = items[1]
    assert isinstance(story, Article)
    return story


@pytest.mark.parametrize("place", ["河口镇：", "东坪街道：", "桃源乡青山村："])
def test_a_place_line_over_a_head_line_is_the_kicker_with_its_colon(place: str) -> None:
    story = _second_story(place, "冷链仓库让果蔬“鲜”出山")
    assert (story.kicker, story.headline) == (place, "冷链仓库让果蔬“鲜”出山")


def test_a_place_line_over_a_head_cut_over_two_lines_keeps_the_head_whole() -> None:
    # the head's first line runs on into the second (it cannot end at 让): one headline under the kicker
    story = _second_story("河口镇：", "冷链仓库让\n果蔬“鲜”出山")
    assert (story.kicker, story.headline) == ("河口镇：", "冷链仓库让果蔬“鲜”出山")


_BRIEFS = """镇村短讯
●白沙镇：本月起，镇卫生院开设夜间门诊，每晚开诊至21时。（通讯员　何　静）
●石桥街道：辖区12个小区完成雨污分流改造，惠及居民3000余户。（通讯员　宋　阳）
"""


def test_an_inline_place_lead_stays_the_briefs_headline() -> None:
    # the text goes on after the colon on the same line: the place is the brief's own title
    briefs = [item for item in _items(_BRIEFS) if isinstance(item, Article)]
    assert [(brief.kicker, brief.headline) for brief in briefs] == [
        ("镇村短讯", "白沙镇"),
        ("镇村短讯", "石桥街道"),
    ]
    assert briefs[0].paragraphs[0].startswith("本月起")


_BULLETED_LEADS = """镇村短讯
●白沙镇：
　　本月起，镇卫生院开设夜间门诊，每晚开诊至21时。（通讯员　何　静）
●石桥街道：
　　辖区12个小区完成雨污分流改造，惠及居民3000余户。（通讯员　宋　阳）
"""


def test_a_bulleted_place_lead_over_its_text_stays_the_briefs_headline() -> None:
    # a brief column's lead title over the brief's text, no other title: the place is its headline
    briefs = [item for item in _items(_BULLETED_LEADS) if isinstance(item, Article)]
    assert [(brief.kicker, brief.headline) for brief in briefs] == [
        ("镇村短讯", "白沙镇"),
        ("镇村短讯", "石桥街道"),
    ]
