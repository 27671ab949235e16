"""Failure classes blind round11 showed (issue 10): one-line photos and cartoons set between
stories with their credit after a wide space (… 某某 摄, … 某某／绘). Snippets written for these
tests in the style of opinion pages and supplements (invented text, no blind page's); each class is
a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Byline, Credit, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------------ a one-line photo above a headed column

_POEM_PHOTO_COLUMN = """山居小记（组诗）
□林远

晨雾
雾从山脚升起
漫过了整片竹林

石桥镇秋色　陈　远　摄

读书会
《江南小镇志》
　　本书用四十余篇短文写江南小镇的街巷、河埠和手艺人，由某某出版社出版。
"""


def test_a_one_line_caption_closed_by_its_credit_is_a_photo_even_above_a_head() -> None:
    items = _items(_POEM_PHOTO_COLUMN)
    assert [kind for kind, _, _ in _layout(items)] == ["article", "photo", "article"]
    photo = items[1]
    assert isinstance(photo, Photo)
    assert (photo.source.first, photo.source.last) == (8, 8)
    assert (photo.title, photo.caption) == (None, "石桥镇秋色")
    assert photo.byline == Byline(photographers=("陈远",))
    book = items[2]
    assert isinstance(book, Article) and book.source.first == 10


# ------------------------------------------ cartoons: a caption closed by who drew it

_OPINION_CARTOONS = """别让“留痕”变“留难”
■本报评论员

　　基层减负，减的是形式主义，不是责任担当。

“打卡”打出了新花样　　赵小川／绘

表格填了又填
一份材料要报五个部门，每个部门格式还不一样。　孙　禾　绘

来信
　　【小区路灯何时修】小区里三盏路灯坏了一个多月，晚上出行很不方便。（读者 周先生）
"""


def test_a_cartoon_with_its_drawer_after_a_wide_space_is_a_photo_not_a_story() -> None:
    items = _items(_OPINION_CARTOONS)
    layout = _layout(items)
    assert layout[:3] == [("article", 1, 4), ("photo", 6, 6), ("photo", 8, 9)]
    one, two = items[1], items[2]
    assert isinstance(one, Photo) and isinstance(two, Photo)
    assert (one.title, one.caption) == (None, "“打卡”打出了新花样")
    # who drew it is kept with its role, and is no photographer
    assert one.byline == Byline(others=(Credit("绘", ("赵小川",)),))
    assert (two.title, two.caption) == ("表格填了又填", "一份材料要报五个部门，每个部门格式还不一样。")
    assert two.byline == Byline(others=(Credit("绘", ("孙禾",)),))


def test_a_sentence_ending_in_a_word_with_hui_is_no_drawing_credit() -> None:
    text = "画里的乡愁\n本报讯 老画家用十年时间，一笔一笔细细描绘\n家乡的山水。\n"
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert story.paragraphs == ("老画家用十年时间，一笔一笔细细描绘家乡的山水。",)
