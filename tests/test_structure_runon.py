"""A story set in parts runs on over what is printed under it (issue 10, rounds 19-20): a boxed
list of key：value lines, a table, a poem signed by a bare name, a caption.  What tells a reader
the story has ended is the layout, not the words: the block under the head is set another way
than the story's paragraphs (flush where they open with an indent), a poem's author line, a
table after the last of the story's parts.
Snippets written for these tests in the style of a 副刊 / 专版 page (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Notice, Photo
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
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


# ------------------------------------ a table and a labelled box under a feature set in parts

_FEATURE_THEN_TABLES = """一片茶叶带富一方百姓
——青岚县茶产业全链条发展调查
■本报记者 杜文锦　通讯员 韦小川

　　初夏的青岚山，茶园层层叠叠。今年前5个月，全县茶叶产值达到21.6亿元。

种植提质：良种覆盖率超九成

　　过去，青岚茶农多种老品种，产量低、品质不稳。近年来，县里推广良种12个，建成标准化茶园8万亩。
　　茶农杨大姐说，换了良种后，每亩收入多了两千多元。

品牌出海：茶香飘到30多个国家

　　在县茶叶交易中心，来自各地的采购商正在挑选新茶。今年以来，全县茶叶出口额同比增长18.4%。

2026年1—5月青岚县茶产业主要指标
指标　　　　　数值　　　　同比增长
茶园面积　　　32万亩　　　5.1%
茶叶产值　　　21.6亿元　　11.2%
出口额　　　　3.4亿元　　 18.4%
数据来源：青岚县农业农村局

相关链接
青岚茶产业大事记
1992年　　首家茶叶合作社成立
2010年　　青岚绿茶获国家地理标志保护
2024年　　茶叶产值首次突破40亿元
"""


def test_a_table_set_apart_under_a_feature_in_parts_stands_on_its_own() -> None:
    items = _items(_FEATURE_THEN_TABLES)
    assert _layout(items) == [("article", 1, 14), ("article", 16, 21), ("article", 23, 27)]
    feature, table, box = items
    assert isinstance(feature, Article) and isinstance(table, Article) and isinstance(box, Article)
    assert len(feature.subheads) == 2 and len(feature.paragraphs) == 4
    assert table.headline == "2026年1—5月青岚县茶产业主要指标"
    assert "".join(table.paragraphs[0].split()) == "指标数值同比增长"
    assert table.paragraphs[-1].startswith("数据来源")
    assert (box.kicker, box.headline) == ("相关链接", "青岚茶产业大事记")
    assert "".join(box.paragraphs[0].split()) == "1992年首家茶叶合作社成立" and len(box.paragraphs) == 3


_STORY_THEN_ITS_TABLE = """上半年全县工业经济稳中有升

　　本报讯（记者 杜文锦）记者从县统计局获悉，上半年全县规上工业增加值同比增长7.4%。

　　其中，新能源装备、绿色食品两大产业增长较快，拉动作用明显。

2026年上半年青岚县工业主要指标
指标　　　　　数值　　　　同比增长
工业增加值　　88.2亿元　　7.4%
营业收入　　　310亿元　　 6.9%
数据来源：青岚县统计局
"""


def test_a_table_set_apart_under_a_story_without_parts_stays_its_figures() -> None:
    # (as rounds 9 and 15 read it: the story's figures, printed with it, under a story that
    # parts its paragraphs by blank lines as 907's does; under a story set solid, the blank
    # above the table ends the story, as 2104's and 2410's gold read it)
    items = _items(_STORY_THEN_ITS_TABLE)
    assert _layout(items) == [("article", 1, 11)]


# ----------------------------- a poem of several stanzas before the other poem's title (外一首)

_TWO_POEMS_ONE_IN_STANZAS = """牧场的早晨（外一首）
□ 乌兰图雅

马群还在睡
草尖上的露水
一颗一颗
亮成了星星

帐篷的烟升起来
奶茶的香味
一缕一缕
飘过了山梁

敖包
石头垒起的心愿
在风里站了很多年
经幡替牧人
把祝福念给天听
"""


def test_a_stanza_opening_with_a_line_as_long_as_its_verse_goes_on_with_the_poem() -> None:
    items = _items(_TWO_POEMS_ONE_IN_STANZAS)
    assert _layout(items) == [("article", 1, 18)]
    (poem,) = items
    assert isinstance(poem, Article)
    assert [s.text for s in poem.subheads] == ["敖包"]
    assert poem.paragraphs[4] == "帐篷的烟升起来" and len(poem.paragraphs) == 12


# ------------------- an event's notice of fields under a title ending 预告, signed and dated

_ESSAY_THEN_EVENT_NOTICE = """桂花开了
文/卢小满

　　巷口的桂花一夜之间全开了，香气顺着风钻进每一扇窗。
　　母亲摘了一小篮，说要做桂花糖。

“青溪书友会”第七期活动预告
　　本期主题：跟着古诗去秋游
　　主讲嘉宾：市诗词学会会员 邵明远
　　活动时间：2026年10月10日（星期六）上午9:30
　　活动地点：市文化馆二楼多功能厅
青溪市文化馆
青溪市诗词学会
2026年9月30日

本版投稿邮箱：qxwb_fk@example.com　　来稿一经采用，即付稿酬。
"""


def test_an_event_notice_of_fields_under_a_title_ending_like_a_notice_is_a_notice() -> None:
    parsed = parse_page(_ESSAY_THEN_EVENT_NOTICE)
    assert_nothing_lost(_ESSAY_THEN_EVENT_NOTICE, parsed)
    assert _layout(parsed.items) == [("article", 1, 5), ("notice", 7, 14)]
    notice = parsed.items[1]
    assert isinstance(notice, Notice) and notice.label == "“青溪书友会”第七期活动预告"
    assert notice.text.startswith("本期主题：") and notice.text.endswith("2026年9月30日")


def test_where_to_send_contributions_alone_at_the_pages_foot_is_furniture() -> None:
    parsed = parse_page(_ESSAY_THEN_EVENT_NOTICE)
    assert 16 in parsed.masthead.lines
    assert all(item.source.last < 16 for item in parsed.items)


# ------------------------------------------- a kind of page (专版) is no named edition

_SPECIAL_PAGE_MASTHEAD = """青溪日报
QINGXI DAILY
2026年10月20日　星期二
5
文旅·专版
责任编辑：唐 悦　　版式：许 诺

秋游青溪正当时
本报记者 邵明远
　　国庆假期过后，青溪各景区迎来秋游客流。
"""


def test_a_section_naming_a_kind_of_page_is_no_edition() -> None:
    # (平湖版 names an edition by its place; 专版, 头版 say what kind of page it is)
    m = parse_page(_SPECIAL_PAGE_MASTHEAD).masthead
    assert (m.newspaper, m.edition, m.page_label, m.section) == ("青溪日报", None, "5", "文旅·专版")
