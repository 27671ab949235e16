"""Failure classes round 84 showed on community, almanac and sky-watching pages (issue 10), fixer
``fixround84``.  Snippets written for these tests in the style of district and evening papers'
service pages (invented names, places and figures, no blind page's); each class is a shape that
holds on any paper, not one page's words.
"""

from __future__ import annotations

from tests.nothing_lost import read_articles

# ------------------------------------- a board of short notices under its name (公告栏, 信息栏)

_NOTICE_BOARD = """青溪晚报
2026年7月2日　星期四
第05版　社区

小区信息栏
●义务理发
    7月5日上午，青溪街道志愿服务队将在社区广场为
60岁以上老人义务理发。
●旧衣回收
    社区旧衣回收箱已移至3号楼东侧，请居民分类投放。
"""


def test_a_boards_name_over_its_bulleted_notices_heads_each_of_them() -> None:
    # 信息栏, 公告栏: a board of short items, each under its own bulleted head: a column of
    # briefs, the board's name the kicker of every one, never one story with subheads
    articles = read_articles(_NOTICE_BOARD)
    assert [(a.kicker, a.headline) for a in articles] == [
        ("小区信息栏", "义务理发"),
        ("小区信息栏", "旧衣回收"),
    ]
    assert list(articles[1].paragraphs) == ["社区旧衣回收箱已移至3号楼东侧，请居民分类投放。"]
