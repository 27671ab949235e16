"""Failure classes blind rounds 21-24 showed on feature pages (专题, 文娱, 副刊, 观点; issue 10): a
planner's credit among the desk's, numbered parts over indented prose, a figures box, a caption
credited to its source after a wide space, the makers' credit at the foot, a deck indented like the
body, and a column of ▲ listings. Snippets written for these tests in the style of city papers
(invented text, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Photo, QrPrompt
from publisher.reader import parse_page
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ a planner's credit among the desk's credits

_PLANNED_FEATURE = """江城日报　2026年3月12日　星期四
06
专题
策划：王 敏　　编辑：许 可　　版式：丁 一

乘风破浪正当时
东湖新区：产业新城拔节生长
□本报记者　陈思远

　　新区今年签约项目52个，总投资超过三百亿元，新能源和生物医药两大产业集群加速成形。
"""


def test_a_planners_credit_among_the_desks_is_furniture_not_a_kicker() -> None:
    parsed = parse_page(_PLANNED_FEATURE)
    (story,) = [i for i in parsed.items if isinstance(i, Article)]
    assert (story.source.first, story.kicker) == (6, "乘风破浪正当时")
    assert story.headline == "东湖新区：产业新城拔节生长"


# ------------------------------------------------ a bare numbered part's heading over indented prose

_NUMBERED_PARTS = """滨江新区：项目建设跑出加速度
□本报记者　周明远

一、招商“引”来新动能

　　今年以来，新区围绕新材料产业开展精准招商，新引进项目18个，其中亿元以上项目7个。

二、服务“跑”出加速度

　　新区推行“拿地即开工”审批模式，项目从签约到开工平均用时缩短至45天。
"""


def test_a_bare_numbered_heading_set_flush_over_indented_prose_is_a_subhead() -> None:
    (story,) = _items(_NUMBERED_PARTS)
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["一、招商“引”来新动能", "二、服务“跑”出加速度"]
    assert len(story.paragraphs) == 2 and story.paragraphs[0].startswith("今年以来")


# ------------------------------------------------ a caption credited to its source after a wide space

_SOURCE_CREDITED_CAPTION = """　　园区今年新增企业26家，产值同比增长12%。

新区智能制造产业园一角。　新区融媒体中心供图
"""


def test_a_caption_credited_to_its_source_after_a_wide_space_is_a_photo() -> None:
    items = _items("春风化雨润民心\n□本报记者　陈思远\n" + _SOURCE_CREDITED_CAPTION)
    photo = items[-1]
    assert isinstance(photo, Photo)
    assert photo.caption == "新区智能制造产业园一角。"
    assert photo.byline is not None and not photo.byline.photographers


# ------------------------------------------------ the makers' credit at the page's foot

_MADE_BY_FOOT = """新区春季招聘会举行
□本报记者　陈思远
　　3月10日，新区春季招聘会在会展中心举行，120家企业提供岗位3000余个。

新区党工委宣传部　江城日报社　联合出品
"""


def test_the_bodies_that_made_the_page_credited_at_its_foot_are_furniture() -> None:
    parsed = parse_page(_MADE_BY_FOOT)
    assert _layout(parsed.items) == [("article", 1, 3)]
    assert parsed.warnings == ()


# ------------------------------------------------ a deck indented like the body

_INDENTED_DECK = """老剧场迎来新观众
    灯光、投影之外，这一次观众还能走上舞台与演员互动
本报记者　林　夕

    3月8日晚，改造后的人民剧场重新开放，首场演出座无虚席。剧场保留了老建筑的木结构，
新增了升降舞台和环绕音响。
    据介绍，剧场今年计划上演剧目60余场。
"""


def test_a_deck_indented_like_the_body_under_the_head_and_over_the_byline() -> None:
    (story,) = _items(_INDENTED_DECK)
    assert isinstance(story, Article)
    assert story.headline == "老剧场迎来新观众"
    assert story.subheadline == "灯光、投影之外，这一次观众还能走上舞台与演员互动"
    assert story.byline is not None and story.byline.reporters == ("林夕",)
    assert len(story.paragraphs) == 2 and story.paragraphs[0].endswith("升降舞台和环绕音响。")


# ------------------------------------------------ a column of ▲ listings, then an ad

_LISTINGS = """    据介绍，剧场今年计划上演剧目60余场。

本周好去处
▲“江南春色”水彩画展在市美术馆开展
    时间：即日起至4月30日　票价：免费
▲民乐音乐会《春江花月夜》上演
    时间：3月14日19:30　票价：60—380元

江城大剧院　2026演出季
经典剧目轮番上演
订票热线：0571-8888××××
扫码即可订票
扫码下载江城新闻客户端　看更多资讯
"""


def test_a_column_of_marked_listings_each_over_its_details_is_a_column_of_items() -> None:
    items = _items("剧场迎新\n本报记者　林　夕\n" + _LISTINGS)
    assert _layout(items) == [
        ("article", 1, 3),
        ("article", 5, 7),
        ("article", 8, 9),
        ("advertisement", 11, 14),
        ("qr_prompt", 15, 15),
    ]
    first, second = items[1], items[2]
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("本周好去处", "“江南春色”水彩画展在市美术馆开展")
    assert [p.replace("\u3000", "") for p in first.paragraphs] == ["时间：即日起至4月30日票价：免费"]
    assert (second.kicker, second.headline) == ("本周好去处", "民乐音乐会《春江花月夜》上演")
    assert isinstance(items[3], Advertisement) and isinstance(items[4], QrPrompt)


# ------------------------------------------------ a contest's entries label over the piece's title

_CONTEST_ENTRY = """“美丽江城”征文选登
老街的桂花树
文／许　青

　　每到九月，老街口那棵桂花树就开了，香气顺着巷子一直飘到河边。
"""


def test_a_contests_entries_label_over_the_title_is_the_kicker() -> None:
    (story,) = _items(_CONTEST_ENTRY)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline, story.subheadline) == ("“美丽江城”征文选登", "老街的桂花树", None)


# ------------------------------------------------ an artwork's caption without 《》, under a poem

_POEM_THEN_ARTWORK = """江边（组诗）
◎ 林　舟

渡口
船工把缆绳
系在老柳树上
等一江春水

灯塔
夜里的光
一圈一圈
照着回家的人
王维诗一首　行书　孙　墨
晚风
◎ 白　露
　　晚饭后，沿着江堤散步，风从水面上吹过来，带着一点凉意。
"""


def test_an_artworks_caption_set_solid_under_a_poem_ends_the_poem_and_is_a_picture() -> None:
    items = _items(_POEM_THEN_ARTWORK)
    assert _layout(items) == [("article", 1, 12), ("photo", 13, 13), ("article", 14, 16)]
    poem, art = items[0], items[1]
    assert isinstance(poem, Article) and isinstance(art, Photo)
    assert [s.text for s in poem.subheads] == ["渡口", "灯塔"]
    assert poem.paragraphs[-1] == "照着回家的人"
    assert art.title is None and art.caption == "王维诗一首行书"  # (spacing between CJK dropped)
    assert art.byline is not None and not art.byline.photographers


# ------------------------------------------------ a poem's last line over a picture set apart

_POEM_OVER_PHOTO = """春夜
■ 罗　雨
雨落在窗台上
你在灯下读信
我把一整个春天
折进了信封里

江堤晨光
赵　亮　摄
"""


def test_a_poems_last_line_set_solid_over_a_picture_is_the_poems_not_the_pictures_title() -> None:
    items = _items(_POEM_OVER_PHOTO)
    assert _layout(items) == [("article", 1, 6), ("photo", 8, 9)]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.title is None and photo.caption == "江堤晨光"


# ------------------------------------------------ a feature page's banner over the editor's note

_BANNER = """江城日报　　2026年5月8日　星期五
第6版　专版
责任编辑　许　可　　美术编辑　丁　一
江南好味道　　2026江城美食节特别报道

编者按：五月的江城，美食飘香。第十届江城美食节即将开幕，本报今起推出专版，讲述美食背后的人和事。

一碗面里的老味道
——老街面馆的三代传承
本报记者　陈思远

    清晨六点，老街面馆已经坐满了食客。店主说，面馆开了六十年，汤底的做法一直没有变。
"""


def test_a_banner_set_solid_under_the_masthead_over_the_editors_note_is_no_head() -> None:
    parsed = parse_page(_BANNER)
    (story,) = [i for i in parsed.items if isinstance(i, Article)]
    assert story.source.first == 6
    assert (story.standfirst_label, story.headline) == ("编者按", "一碗面里的老味道")


# ------------------------------------------------ a column of short pieces, each signed

_SIGNED_PIECES = """    城市更新要多听居民意见，让改造真正改到群众心坎上。

短评
◇夜市热闹起来了，管理也要跟上，别让烟火气变成“油烟气”。（孙　立）
◇小区快递柜收费，物业和企业要把账算明白，把选择权交给居民。（周晓雯）
"""


def test_bulleted_sentences_each_signed_are_a_columns_pieces_not_a_list() -> None:
    items = _items("城市更新要更有温度\n□ 钱　文\n" + _SIGNED_PIECES)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 6), ("article", 7, 7)]
    first, second = items[1], items[2]
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("短评", "")
    assert first.paragraphs == ("夜市热闹起来了，管理也要跟上，别让烟火气变成“油烟气”。",)
    assert second.kicker == "短评" and second.paragraphs[0].startswith("小区快递柜收费")
