"""Failure classes rounds 31-33 showed on photo pages (issue 10, fixphoto31): photo essays headed
by their 文/图 byline, captions wrapped over lines, titled sets credited photo by photo.  Snippets
written for these tests in the style of city papers' photo pages (invented text, no blind page's);
each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------- a photo essay: title, 文/图 byline, its words, numbered captions

_ESSAY = """湖畔秋色　层林尽染
本报记者　林晓舟　文/图
　　霜降过后，西溪湿地的水杉林渐次转红，倒映在
湖面上，引来不少市民前来拍照。今年湿地新增观景
步道3公里，游客量比去年同期增长两成。
{more}
①　水杉林倒映在湖面上。
②　游客在栈道上拍照留念。
③　摄影爱好者在湖边等待日落，镜头对准远处的
水杉林。

新城区首座口袋公园开放
　　本报讯（记者 周一帆）11月2日，新城区首座口袋公园建成开放，占地1200平方米。
"""


def test_a_photo_essay_headed_by_its_文图_byline_is_one_photo_with_its_words() -> None:
    items = _items(_ESSAY.format(more=""))
    assert _layout(items) == [("photo", 1, 10), ("article", 12, 13)]
    essay = items[0]
    assert isinstance(essay, Photo)
    assert essay.title == "湖畔秋色层林尽染"
    assert essay.caption.startswith("霜降过后，西溪湿地") and "增长两成。①" in essay.caption
    assert essay.caption.endswith("镜头对准远处的水杉林。")
    assert essay.byline is not None
    assert (essay.byline.reporters, essay.byline.photographers) == (("林晓舟",), ("林晓舟",))


def test_a_story_of_several_paragraphs_keeps_its_numbered_captions_apart() -> None:
    # a story told in paragraphs is a story printed with its pictures, not an essay's words
    more = "　　据介绍，湿地还将在周末推出夜游项目，市民可通过小程序预约。\n"
    items = _items(_ESSAY.format(more=more))
    assert _layout(items) == [("article", 1, 6), ("photo", 8, 11), ("article", 13, 14)]
    story, photo = items[0], items[1]
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert isinstance(photo, Photo) and photo.caption.startswith("①") and photo.title is None
