"""A story set in parts runs on over what is printed under it (issue 10, rounds 19-20): a boxed
list of key：value lines, a table, a poem signed by a bare name, a caption.  What tells a reader
the story has ended is the layout, not the words: the block under the head is set another way
than the story's paragraphs (flush where they open with an indent), a poem's author line, a
table after the last of the story's parts.
Snippets written for these tests in the style of a 副刊 / 专版 page (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------------- a key：value box under a feature set in parts

_FEATURE_THEN_TIPS = """云岭春早　一条溪谷藏着半部山史
文/罗青禾

    早春的溪谷，雾气贴着水面流动。顺着石阶往下走二十分钟，便能听见瀑布的声音。

竹林深处　溪水绕村行

    村口的老樟树据说有三百岁了，树下常坐着几位晒太阳的老人。他们说，溪谷里的水一年四季不断流。
    沿着溪水往上，是一片开阔的茶园，采茶的妇女们背着竹篓，手指翻飞。

石桥旧梦　古渡留余音

    溪谷尽头有一座单孔石桥，桥身爬满了青苔。

    黄昏时分离开溪谷，回头望去，山影已经融进了暮色里。

出行提示
线路：市区至溪谷景区约1.5小时车程，沿途有三处服务区。
票价：景区门票45元/人，6周岁以下儿童免票。
备注：谷内石阶陡滑，雨天请勿下行；请勿在溪中戏水。
"""


def test_a_key_value_box_set_flush_under_a_feature_in_parts_is_an_item_of_its_own() -> None:
    items = _items(_FEATURE_THEN_TIPS)
    assert _layout(items) == [("article", 1, 15), ("article", 17, 20)]
    feature, tips = items
    assert isinstance(feature, Article) and isinstance(tips, Article)
    assert [s.text for s in feature.subheads] == ["竹林深处溪水绕村行", "石桥旧梦古渡留余音"]
    assert len(feature.paragraphs) == 5
    assert tips.headline == "出行提示"
    assert tips.paragraphs[0].startswith("线路：") and len(tips.paragraphs) == 3


_FEATURE_THEN_SUBHEAD_FLUSH = """古镇新韵
文/罗青禾

　　清晨的古镇，石板路还泛着潮气。

老街新生
　　沿街的老铺子重新开了门，木招牌擦得锃亮。
　　镇上的年轻人回来了，开起了茶馆和书店。

夜游古镇
　　夜幕降临，河边的灯笼次第亮起。
"""


def test_a_subhead_over_indented_prose_stays_a_subhead() -> None:
    # (the parts' prose opens with an indent as the story's does: one story)
    items = _items(_FEATURE_THEN_SUBHEAD_FLUSH)
    assert _layout(items) == [("article", 1, 11)]
    (feature,) = items
    assert isinstance(feature, Article)
    assert [s.text for s in feature.subheads] == ["老街新生", "夜游古镇"]


# --------------------------------------------- a poem signed by a bare name, under a box

_TIPS_THEN_POEM = """山城夜雨
文/何晚晴

    雨是从傍晚开始下的，一直下到深夜，整座山城都浸在水声里。

    天亮时雨停了，街巷干干净净，像被谁细细擦过一遍。

秋山帖
林望舒

风把山路
一折再折
折进了松林的深处

溪水替落叶
写完最后一行
就不再说话了
"""


def test_a_poem_signed_by_a_bare_name_set_solid_under_its_title_is_a_poem_of_its_own() -> None:
    items = _items(_TIPS_THEN_POEM)
    assert _layout(items) == [("article", 1, 6), ("article", 8, 17)]
    essay, poem = items
    assert isinstance(essay, Article) and isinstance(poem, Article)
    assert poem.headline == "秋山帖"
    assert poem.paragraphs[:3] == ("风把山路", "一折再折", "折进了松林的深处")
    assert poem.byline is not None and [c.names for c in poem.byline.others] == [("林望舒",)]
    assert not (poem.byline.reporters or poem.byline.photographers)


_POEM_UNDER_LONG_NAME = """雪线以北
文/陈砚秋

    第一次到牧场，是在十月。风从山口吹下来，带着雪的气味。

    牧人说，再过半个月，羊群就要转场了。

草原的黄昏（外一首）
□ 艾合买提江·吐尔地

落日把毡房
染成一盏灯
牧羊人的歌
一句比一句长

转场
羊群走过的地方
草低下头
像在送别
"""


def test_a_poem_signed_by_a_long_transliterated_name_is_a_poem_of_its_own() -> None:
    items = _items(_POEM_UNDER_LONG_NAME)
    assert _layout(items) == [("article", 1, 6), ("article", 8, 19)]
    poem = items[1]
    assert isinstance(poem, Article) and poem.headline == "草原的黄昏（外一首）"
    assert poem.byline is not None and [c.names for c in poem.byline.others] == [("艾合买提江·吐尔地",)]
    assert [s.text for s in poem.subheads] == ["转场"]


# ---------------------------------------------------- an artwork's caption under a poem

_POEM_THEN_ARTWORK = """秋山帖
林望舒

风把山路
一折再折
折进了松林的深处

溪水替落叶
写完最后一行
就不再说话了

《松溪晚照》（国画）　钱一苇
"""


def test_an_artworks_caption_under_a_poem_is_a_photo() -> None:
    items = _items(_POEM_THEN_ARTWORK)
    assert _layout(items) == [("article", 1, 10), ("photo", 12, 12)]
    assert isinstance(items[1], Photo)
