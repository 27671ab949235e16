"""Failure classes of literary supplement (副刊) and culture pages (issue 10): the desk line with a
mailbox for contributions, an essay signed 文/name, poems (each printed line a paragraph, a 组诗's
poem titles as subheads, the author's note closing it), paintings and calligraphy credited by
their artist's bare name.  Snippets written for these tests in the style of city papers' 副刊
(invented text, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from tests.test_structure import assert_nothing_lost

# ------------------------------------------------ the desk line naming where to send contributions

_DESK_WITH_MAILBOX = """青川日报
2025年10月12日　星期日
第6版
青川副刊
编辑　马　良　　美编　左　一　　投稿邮箱：qcfk@example.com

秋天的磨坊
文/韦　岚
　　磨坊在河湾里，水车转了几十年，磨出的面粉带着一股河水的清气。
　　如今磨坊不转了，可每到秋天，我还是想起那吱呀吱呀的声音。
"""


def test_a_desk_line_with_a_contributions_mailbox_is_masthead_and_wen_names_the_writer() -> None:
    parsed = parse_page(_DESK_WITH_MAILBOX)
    assert_nothing_lost(_DESK_WITH_MAILBOX, parsed)
    assert (parsed.masthead.newspaper, parsed.masthead.section) == ("青川日报", "青川副刊")
    (essay,) = parsed.items
    assert isinstance(essay, Article)
    assert (essay.source.first, essay.headline) == (7, "秋天的磨坊")
    assert essay.byline is not None and essay.byline.reporters == ("韦岚",)
    assert len(essay.paragraphs) == 2


# ------------------------------------------- a painting or calligraphy captioned with its artist

_ARTWORKS = """晚来的雨
□ 方　晴
　　雨从傍晚下起，檐下的灯笼一盏一盏被打湿了。
　　母亲把晾在院里的萝卜干收进屋，一边收一边说，今年的雨来得晚。

《渔村晓色》（水彩）　孟凡舟

韩愈《进学解》句（隶书）　钟　毅

《松涧清音》　国画　白石溪

书边小记
文/冯　远
　　读一本旧书，像和一位老友对坐，话不多，却句句落在心上。
"""


def test_a_work_titled_in_guillemets_with_its_medium_and_artist_is_a_caption_only_photo() -> None:
    parsed = parse_page(_ARTWORKS)
    assert_nothing_lost(_ARTWORKS, parsed)
    essay, *photos, note = parsed.items
    assert isinstance(essay, Article) and essay.source.last == 4
    assert [(p.type, p.source.first, p.title, p.caption) for p in photos] == [
        ("photo", 6, None, "《渔村晓色》（水彩）"),
        ("photo", 8, None, "韩愈《进学解》句（隶书）"),
        ("photo", 10, None, "《松涧清音》国画"),
    ]
    for photo in photos:
        # the artist is printed with no role word: no scored role (as a drawing's 作 or 绘)
        assert isinstance(photo, Photo) and photo.byline is not None
        assert (photo.byline.reporters, photo.byline.photographers) == ((), ())
        assert [c.names for c in photo.byline.others] in ([("孟凡舟",)], [("钟毅",)], [("白石溪",)])
    assert isinstance(note, Article) and note.headline == "书边小记"
    assert note.byline is not None and note.byline.reporters == ("冯远",)


def test_a_book_title_and_a_name_after_a_wide_space_is_no_artwork() -> None:
    # no medium in the caption's place: a line of prose that names a book stays prose
    text = "读书\n　　他又读了《山乡巨变》　周立波\n　　读完，窗外天已亮了。\n"
    parsed = parse_page(text)
    assert [item.type for item in parsed.items] == ["article"]
