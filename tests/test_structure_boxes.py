"""Boxes printed beside the stories (issue 10, wave 3), on snippets written for these tests
in the style of county and city papers (invented text, no blind page's).

A teaser box (导读) is a column of briefs: each teaser's title, its summary and the pointer to
the page printing the story (（详见第N版）), which is where the story is, not text to read.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Item
from publisher.reader import parse_page


def _items(text: str) -> tuple[Item, ...]:
    parsed = parse_page(text)
    assert parsed.warnings == ()
    return parsed.items


def _layout(items: tuple[Item, ...]) -> list[tuple[str, int, int]]:
    return [(i.type, i.source.first, i.source.last) for i in items]


_LEAD = """南溪县城区智慧停车系统上线
新增泊位2300个
记者 吴 涛

本报讯 昨日，城区智慧停车系统正式上线，市民可通过手机查询空余泊位，
预约停车并在线缴费。

据介绍，系统覆盖城区主要商圈和医院周边，新增泊位2300个。

"""

_POINTER_ON_ITS_OWN = """{label}
{m}南溪茶园迎来采摘季

全县12万亩茶园陆续开采，明前茶收购价与去年持平。

详见第3版

{m}县运会开幕

18支代表队1200余名运动员参赛。

详见第6版
"""

_POINTER_CLOSING = """{label}
{m}南溪茶园迎来采摘季

全县12万亩茶园陆续开采，明前茶收购价与去年持平。（详见第3版）

{m}县运会开幕

18支代表队1200余名运动员参赛。（详见第6版）
"""


@pytest.mark.parametrize("box", [_POINTER_ON_ITS_OWN, _POINTER_CLOSING])
@pytest.mark.parametrize(("label", "mark"), [("导读", "▶"), ("今日导读", ""), ("导 读", "●")])
def test_a_teaser_box_is_a_column_of_briefs_not_the_lead_storys_tail(box: str, label: str, mark: str) -> None:
    items = _items(_LEAD + box.format(label=label, m=mark))
    lead, *teasers = items
    assert isinstance(lead, Article)
    assert lead.source.last == 8
    assert lead.paragraphs[-1] == "据介绍，系统覆盖城区主要商圈和医院周边，新增泊位2300个。"
    pointer_line = 15 if box is _POINTER_ON_ITS_OWN else 13
    assert [(a.kicker, a.headline, a.paragraphs) for a in teasers if isinstance(a, Article)] == [
        (label.replace(" ", ""), "南溪茶园迎来采摘季", ("全县12万亩茶园陆续开采，明前茶收购价与去年持平。",)),
        (label.replace(" ", ""), "县运会开幕", ("18支代表队1200余名运动员参赛。",)),
    ]
    # the first teaser starts at the box's label; each ends at its pointer, kept as where the story is
    assert _layout(items)[1] == ("article", 10, pointer_line)
    assert all(isinstance(a, Article) and a.continuation and "版" in a.continuation[0] for a in teasers)


def test_a_story_that_mentions_a_teaser_word_is_no_box() -> None:
    text = _LEAD + "导读\n\n阅读推广活动将持续到年底，详情可关注县图书馆公众号。\n"
    items = _items(text)
    assert not any(isinstance(a, Article) and a.kicker == "导读" for a in items)
