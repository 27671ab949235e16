"""Failure classes rounds 37-39 showed on literary supplements (副刊, issue 10), fixer
``fixfukan39``: a group of poems whose titles take a title mark (◆) and read like a name, a painting
titled with no maker over the note on its maker, a line of verse that holds a colon leading the
words said.  Snippets written for these tests in the style of city papers' supplements (invented
names, places and poems, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_SUPPLEMENT = """青溪晚报
2026年10月8日　星期四
青溪·副刊
第12版
编辑：林　岚

山行小记（组诗）
□ 周望舒
◆ 松岭
　　松针落满石阶
　　一只鸟叫醒了整座山
　　雾从谷底升起来
　　又慢慢散开
◆ 溪口
　　溪水绕过村子
　　把白墙洗得更白
　　老人坐在桥头
◆ 晚钟
　　钟声从寺里出来
　　走了很远的路
　　才落进我的杯中

青山远眺（国画）
　　作者吴一帆，青溪县美术家协会会员，擅长
山水画，作品曾入选市级美术展览。

落　叶
◎ 许　言
　　落叶是轻轻来的
　　像一封迟到的信
　　贴着窗户
　　慢慢滑到地上

　　父亲抬起头
　　说了一句：秋深了
　　那声音
　　和很多年前一样
"""


def test_a_groups_titles_behind_a_title_mark_are_subheads_even_where_one_reads_like_a_name() -> None:
    # ◆ 溪口 has the shape of an author line (a mark, two characters): under a group already signed
    # by its poet, a title mark leads each poem's title, so it is a subhead, not the next piece's author
    parsed = parse_page(_SUPPLEMENT, 1)
    assert_nothing_lost(_SUPPLEMENT, parsed)
    group = parsed.items[0]
    assert isinstance(group, Article)
    assert group.headline == "山行小记（组诗）"
    assert [s.text for s in group.subheads] == ["松岭", "溪口", "晚钟"]
    assert len(group.paragraphs) == 10
    assert group.paragraphs[3] == "又慢慢散开"


def test_a_painting_titled_with_no_maker_over_the_note_naming_him_is_one_photo() -> None:
    # 青山远眺（国画） names its medium and no maker; the note under it opens 作者X，…: the note is
    # the picture's caption and the work its title, no piece of prose
    parsed = parse_page(_SUPPLEMENT, 1)
    photos = [item for item in parsed.items if isinstance(item, Photo)]
    assert len(photos) == 1
    assert photos[0].title == "青山远眺（国画）"
    assert photos[0].caption.startswith("作者吴一帆，")


def test_a_line_of_verse_may_hold_a_colon_leading_the_words_said() -> None:
    # 说了一句：秋深了: the colon leads the words said on the same line, so the stanza is verse and
    # the poem runs on to its last line
    parsed = parse_page(_SUPPLEMENT, 1)
    assert _layout(parsed.items)[-1] == ("article", 27, 37)
    poem = parsed.items[-1]
    assert isinstance(poem, Article)
    assert list(poem.paragraphs[-3:]) == ["说了一句：秋深了", "那声音", "和很多年前一样"]
