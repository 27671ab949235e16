"""Failure classes of literary supplement (副刊) and culture pages (issue 10): the desk line with a
mailbox for contributions, an essay signed 文/name, poems (each printed line a paragraph, a 组诗's
poem titles as subheads, the author's note closing it), paintings and calligraphy credited by
their artist's bare name.  Snippets written for these tests in the style of city papers' 副刊
(invented text, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from publisher.reader.lines import split_lines
from publisher.reader.verse import read_poem
from tests.nothing_lost import assert_nothing_lost

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


# ------------------------------------------------------------------------------------- poems

_POEM_IN_STANZAS = """湖上的霜
◎ 白　沙

霜落下来的那个早晨
湖面薄得像一张旧信纸
芦苇弯着腰
把一夜的月光收拢

我沿着堤岸走，
鞋底响起细碎的冰
对岸的钟楼
正数着候鸟的归期

【作者简介】白沙，浙江兰溪人，著有诗集《水边的灯》等。

石桥札记
文/乔　木
　　石桥在镇子东头，桥下的水一年四季都是绿的。
"""


def test_a_poem_in_stanzas_each_line_a_paragraph_and_the_authors_note_its_last() -> None:
    parsed = parse_page(_POEM_IN_STANZAS)
    assert_nothing_lost(_POEM_IN_STANZAS, parsed)
    poem, essay = parsed.items
    assert isinstance(poem, Article) and (poem.source.first, poem.source.last) == (1, 14)
    assert poem.subheads == ()
    assert len(poem.paragraphs) == 9
    assert poem.paragraphs[4] == "我沿着堤岸走，"
    assert poem.paragraphs[-1].startswith("【作者简介】白沙")
    assert isinstance(essay, Article) and essay.headline == "石桥札记"


_NUMBERED_GROUP = """山村四季（组诗）
□ 林　野
一、檐雨
雨从瓦片上滑下来
在石阶上敲出
一排小小的坑
二、晒秋
竹匾里的辣椒
替整个村庄
红了一回

（作者系县作家协会会员）
"""


def test_a_group_of_poems_with_numbered_titles_set_solid() -> None:
    parsed = parse_page(_NUMBERED_GROUP)
    assert_nothing_lost(_NUMBERED_GROUP, parsed)
    (poem,) = parsed.items
    assert isinstance(poem, Article) and poem.headline == "山村四季（组诗）"
    assert [(s.text, s.before) for s in poem.subheads] == [("一、檐雨", 0), ("二、晒秋", 3)]
    assert poem.paragraphs[:3] == ("雨从瓦片上滑下来", "在石阶上敲出", "一排小小的坑")
    assert poem.paragraphs[-1] == "（作者系县作家协会会员）"
    assert poem.source.last == 12


_TITLES_OVER_STANZAS = """江村小唱（组诗）
◎ 苏　禾

渡口
老船工把缆绳
一圈一圈绕回桩上
河水就安静了

晒场
稻谷摊开在晒场上
麻雀们
假装没有看见
"""


def test_a_group_whose_poem_titles_open_each_stanza() -> None:
    parsed = parse_page(_TITLES_OVER_STANZAS)
    assert_nothing_lost(_TITLES_OVER_STANZAS, parsed)
    (poem,) = parsed.items
    assert isinstance(poem, Article)
    assert [s.text for s in poem.subheads] == ["渡口", "晒场"]
    assert len(poem.paragraphs) == 6


def test_prose_wrapped_at_a_narrow_width_under_an_author_line_is_no_poem() -> None:
    # lines of one width, most with a clause's comma: a paragraph wrapped, not verse
    text = (
        "小城的灯\n□ 罗　青\n\n街口的灯亮了，卖馄饨\n的老周也把摊子支了起\n"
        "来，热气一冒，整条街\n就有了烟火味\n"
    )
    lines = split_lines(text)
    assert read_poem(lines, 2, group=False) == ([], 2)
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    (essay,) = parsed.items
    assert isinstance(essay, Article) and essay.paragraphs == (
        "街口的灯亮了，卖馄饨的老周也把摊子支了起来，热气一冒，整条街就有了烟火味",
    )


# ------------------------------------------------------ a kicker closed by a colon over its head

_COLON_KICKERS = """乡村书屋的“夜读班”：
农家院里飘出读书声
　　本报杭州3月2日电（记者 温　岚）记者从省文化厅获悉，全省已有1200余个乡村书屋开设夜读班。
　　夜读班多由返乡大学生组织，每周两次，内容从农技知识到经典诵读。

非遗传承人进社区：
让老手艺有了新传人
本报记者　秦　川
　　在城东社区的活动室里，竹编传承人正手把手教居民编制竹篮。
"""


def test_a_lead_closed_by_a_colon_over_a_confirmed_head_is_its_kicker() -> None:
    parsed = parse_page(_COLON_KICKERS)
    assert_nothing_lost(_COLON_KICKERS, parsed)
    first, second = parsed.items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("乡村书屋的“夜读班”：", "农家院里飘出读书声")
    assert (second.kicker, second.headline, second.source.first) == (
        "非遗传承人进社区：",
        "让老手艺有了新传人",
        6,
    )
    assert second.byline is not None and second.byline.reporters == ("秦川",)


def test_a_line_closed_by_a_colon_over_prose_is_no_kicker() -> None:
    # not confirmed by a byline or dateline: the colon leads into what follows, not into a head
    text = (
        "村民议事会\n本报讯 昨天，村里召开议事会。\n\n会上大家提出：\n路灯要修\n"
        "　　村委会表示，月底前全部修好。\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert 4 not in [item.source.first for item in parsed.items]
    assert all(getattr(item, "kicker", None) != "会上大家提出：" for item in parsed.items)


# ------------------------- a line wrapped right after a full stop, and an editor's note wrapped

_WRAPPED_AT_A_STOP = """巷口的修鞋摊
□ 赵　青

　　巷口有个修鞋摊，摊主老周在这里守了二十多年，一把小
锤、一台手摇缝鞋机，就是他全部的家当。街坊们的鞋坏了，
都愿意拿到他这里来。谁家孩子的球鞋开了胶，他补得最快。
老周补鞋从不多要钱，碰上老人，常常分文不收。

　　去年冬天，巷子要改造，修鞋摊挪到了新建的便民服务站
里。老周说，地方换了，手艺不能换，街坊们还能找得到他。
"""


def test_a_flush_line_under_a_full_line_ending_a_sentence_goes_on_with_its_paragraph() -> None:
    parsed = parse_page(_WRAPPED_AT_A_STOP)
    assert_nothing_lost(_WRAPPED_AT_A_STOP, parsed)
    (essay,) = parsed.items
    assert isinstance(essay, Article) and len(essay.paragraphs) == 2
    assert essay.paragraphs[0].endswith("碰上老人，常常分文不收。")


_NOTE_WRAPPED = """名家访谈
乡村学校的美育课怎么上
本报记者　戚　原
【编者按】乡村学校缺少美术和音乐老师，美育课常常被挤占。怎样让乡村孩子也能上好美育课？本
报记者就此采访了一位长期在山区支教的美术教师。

　　记者：您在山区教了多少年美术？
　　陶老师：整整十二年，走过三所学校。
"""


def test_an_editors_note_wrapped_onto_a_flush_line_goes_on() -> None:
    parsed = parse_page(_NOTE_WRAPPED)
    assert_nothing_lost(_NOTE_WRAPPED, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article) and story.standfirst_label == "编者按"
    assert story.standfirst is not None and story.standfirst.endswith(
        "本报记者就此采访了一位长期在山区支教的美术教师。"
    )
    assert story.paragraphs[0] == "记者：您在山区教了多少年美术？"
