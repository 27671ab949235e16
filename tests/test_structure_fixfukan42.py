"""Failure class round 42 showed on a literary page (副刊; issue 10): a poem group's author line set
solid over its first poem's ◇-marked title.  A marked line under a byline opens a title or a
subhead, never a name the credit runs on to; read as one, the group lost its first title, its
titles after and the picture's caption under it.
Snippets written for these tests in the style of city papers' supplements (invented text, no blind
page's); the class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.test_structure_columns import _items, _layout

_GROUP_UNDER_A_CREDIT = """江南小札（组诗）
文/许　晴
◇ 晒秋
竹匾里的辣椒红了
屋檐下的玉米黄了
◇ 渡口
一条船
把黄昏摆到对岸
◇ 归雁
它们排成一行字
写给还没回家的人

《秋山晚照》（国画）　林一舟　作

老井
□　方小禾
　　村口的老井已经封了十多年，井沿的青石上还留着绳子磨出的沟。
　　小时候，挑水是每天清早的第一件事。
"""


def test_a_marked_title_under_a_credit_is_no_name_the_credit_runs_on_to() -> None:
    items = _items(_GROUP_UNDER_A_CREDIT)
    assert _layout(items) == [("article", 1, 11), ("photo", 13, 13), ("article", 15, 18)]
    group = items[0]
    assert isinstance(group, Article)
    assert [s.text for s in group.subheads] == ["晒秋", "渡口", "归雁"]
    assert group.byline is not None and "晒秋" not in str(group.byline)
    assert group.paragraphs[0] == "竹匾里的辣椒红了"
    assert isinstance(items[1], Photo)
    assert items[1].caption == "《秋山晚照》（国画）"


def test_a_name_run_on_under_a_credit_still_joins_it() -> None:
    items = _items("""镇里来了新书屋
■记者 李雨婷 通讯员 沈佳怡
钱伟
　　近日，镇图书馆分馆在老街开放，藏书三千余册，周末还有亲子阅读活动。
""")
    art = items[0]
    assert isinstance(art, Article) and art.byline is not None
    assert "钱伟" in art.byline.correspondents
