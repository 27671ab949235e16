"""Failure classes blind round10 showed, part A (issue 10): a story's bare sign-off, photo news
set under a story, teaser lines, caption-only photos credited to a lender, boxes and QR lines.
Snippets written for these tests in the style of county and city papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Byline, Credit
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------------------------ a story signed off by a pen name

_SIGNED_OFF_THEN_COLUMN = """东城区
老旧小区加装电梯提速
本报讯 今年以来，东城区已完成老旧小区加装电梯46台，另有30台正在施工。（东宣）

街道简讯
■西湖街道为辖区独居老人安装烟感报警器200余个。

■北门社区新设“共享工具箱”，居民扫码即可借用。
"""


def test_a_bare_signoff_closes_the_story_and_the_headless_column_below_is_its_own() -> None:
    items = _items(_SIGNED_OFF_THEN_COLUMN)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 6), ("article", 8, 8)]
    story, first, second = items
    assert isinstance(story, Article) and isinstance(first, Article) and isinstance(second, Article)
    assert story.paragraphs == ("今年以来，东城区已完成老旧小区加装电梯46台，另有30台正在施工。",)
    # kept, but as a credit without a role: not a reporter
    assert story.byline == Byline(others=(Credit(role="", names=("东宣",)),))
    assert (first.kicker, first.headline, first.paragraphs) == (
        "街道简讯",
        "",
        ("西湖街道为辖区独居老人安装烟感报警器200余个。",),
    )
    assert (second.kicker, second.headline) == ("街道简讯", "")


def test_a_bracketed_note_that_names_no_one_stays_in_the_paragraph() -> None:
    text = "古镇的故事\n本报讯 老街的石板路走过了三百年，每一块都有它的来历。（待续）\n"
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert story.paragraphs == ("老街的石板路走过了三百年，每一块都有它的来历。（待续）",)
    assert story.byline is None
