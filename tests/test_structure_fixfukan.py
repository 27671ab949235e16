"""Failure classes rounds 25-27 showed on literary, feature and interview pages (副刊, 人物, 专版;
issue 10): an author line marked ○ or set apart, a label that only counts the poems under it
(诗二首), an interview's quoted sayings over its turns, a barred box label, the writer's notes
run into their title (记者手记：…).
Snippets written for these tests in the style of county and city papers' supplements (invented
text, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ an author line marked ○ under a poem group's head

_ESSAY_THEN_GROUP = """老屋的门槛
□ 陈文远
　　老屋的门槛是一截枣木，被几代人的脚磨得发亮，中间凹下去一道浅浅的弧。
　　母亲说，门槛高，是为了挡住秋后的风，也挡住孩子们往外跑的心。

山乡小景（组诗）
○ 周晓岚

晒　秋
竹匾里的辣椒红了
屋檐下的玉米黄了
一整个秋天
都挂在了墙上
炊　烟
从瓦缝里慢慢升起来
喊着田里的人
回家吃饭
"""


def test_an_author_line_marked_with_a_white_circle_signs_the_poem_group_over_it() -> None:
    items = _items(_ESSAY_THEN_GROUP)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 17)]
    essay, group = items
    assert isinstance(essay, Article) and isinstance(group, Article)
    assert group.headline == "山乡小景（组诗）"
    assert group.byline is not None and [c.names for c in group.byline.others] == [("周晓岚",)]
    assert [s.text for s in group.subheads] == ["晒秋", "炊烟"]
    assert group.paragraphs[0] == "竹匾里的辣椒红了" and len(group.paragraphs) == 7


# ------------------------------------------------ a label that counts its poems: each a piece of its own

_COUNTED_POEMS = """短诗三首
◎ 林一舟
雨后，山寺
钟声落在青苔上
一层一层
洗亮了石阶

溪桥
流水替我
数过了所有的石头
它们都很安静

夜读
灯下的书页翻过去
窗外的蛙鸣
又翻回来
"""


def test_a_label_counting_its_poems_is_the_kicker_of_each_poem_under_it() -> None:
    items = _items(_COUNTED_POEMS)
    assert _layout(items) == [("article", 1, 6), ("article", 8, 11), ("article", 13, 16)]
    heads = [(a.kicker, a.headline, len(a.paragraphs)) for a in items if isinstance(a, Article)]
    assert heads == [("短诗三首", "雨后，山寺", 3), ("短诗三首", "溪桥", 3), ("短诗三首", "夜读", 3)]
    first = items[0]
    assert isinstance(first, Article) and first.byline is not None


def test_a_counting_label_whose_count_the_titles_do_not_match_stays_one_piece() -> None:
    # three poems counted, two titled: the label is not read as counting these, one piece as before
    text = _COUNTED_POEMS.split("\n夜读")[0] + "\n"
    items = _items(text)
    assert len([a for a in items if isinstance(a, Article)]) == 1


# ------------------------------------------------ an author line set apart on a page that sets all apart

_ALL_APART = """茶事漫笔
龙井山中的一杯春

□ 吴清远

　　清明前后，龙井村的茶农起得比鸟还早。山道上的雾还没散，采茶人已经背着竹篓上了坡。

　　我跟着一位老茶农学炒茶，手在铁锅里翻了不到十下，就烫得缩了回来。他笑着说，这双手炒了四十年，

早就不怕烫了。

新茶上市
茶农在狮峰山下采摘明前茶。　许　晨　摄
"""


def test_an_author_line_set_apart_under_its_head_on_a_page_set_apart_is_the_byline() -> None:
    items = _items(_ALL_APART)
    essay = items[0]
    assert isinstance(essay, Article)
    assert (essay.kicker, essay.headline, essay.subheadline) == ("茶事漫笔", "龙井山中的一杯春", None)
    assert essay.byline is not None and [c.names for c in essay.byline.others] == [("吴清远",)]
    assert len(essay.paragraphs) == 2 and essay.paragraphs[1].endswith("早就不怕烫了。")


# ------------------------------------------------ an interview: quoted sayings as subheads, its boxes

_INTERVIEW = """老手艺里的新日子
——访竹编技艺传承人李秀英
本报记者　陈 晓
【内容提要】一根竹子，能劈出上百根篾丝。日前，记者走进李秀英的竹编工坊，听她讲老手艺的新日子。

“手上没准头，篾丝就劈不细”
　　记者：您学竹编多少年了？
　　李秀英：三十多年了。刚学的时候，一根竹子要劈坏好几根，师傅说，手上没有准头，编出来的东西就不周正。
　　记者：现在还坚持手工吗？
　　李秀英：劈篾、编底这些活，机器做不来，还得靠手。
“年轻人喜欢，手艺才有将来”
　　记者：这几年竹编有哪些新变化？
　　李秀英：我们做了竹编灯罩、竹编耳机包，网上卖得不错，订单一多，村里的姐妹都来帮忙。

李秀英在工坊里教学徒编竹篮。
本报记者　陈 晓　摄

▌人物名片
　　李秀英，1972年生，某县竹溪镇人，省级非物质文化遗产代表性项目竹编技艺代表性传承人。

记者手记：一根篾丝的耐心
　　采访那天，工坊里堆满了刚劈好的篾丝。李秀英说，竹编急不得，一急就断。
　　守住手艺的，正是这份耐心。
"""


def test_quoted_sayings_set_flush_over_an_interviews_turns_are_its_subheads() -> None:
    items = _items(_INTERVIEW)
    assert _layout(items) == [("article", 1, 13), ("photo", 15, 16), ("article", 18, 19), ("article", 21, 23)]
    story = items[0]
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["“手上没准头，篾丝就劈不细”", "“年轻人喜欢，手艺才有将来”"]
    assert story.paragraphs[0] == "记者：您学竹编多少年了？" and len(story.paragraphs) == 6


def test_a_barred_label_and_the_writers_notes_run_into_their_title_are_pieces_of_their_own() -> None:
    _, _, card, notes = _items(_INTERVIEW)
    assert isinstance(card, Article) and isinstance(notes, Article)
    assert (card.kicker, card.headline) == (None, "人物名片")
    assert (notes.kicker, notes.headline) == ("记者手记", "一根篾丝的耐心")
    assert len(notes.paragraphs) == 2
