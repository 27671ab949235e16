"""Failure classes blind rounds 31-33 showed (issue 10): brief columns of county and city pages set
in a narrow column, each brief a flush head over an indented paragraph whose first line runs as short
as a head's (平遥：… / 　　4月18日，…300余家商户 / 集中签订…。（记者 X）).  Snippets written for these
tests (invented text, no blind page's); each is a shape any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# ------------------------------------------ titled briefs under a column's label, a narrow column

_NARROW_TITLED_BRIEFS = """乡镇速递
东湖镇：村道改造完成
　　日前，东湖镇完成12条村道提升改
造，新铺沥青路面18公里，群众出行更
加便捷。（通讯员　钱　明）
西岭乡：茶园开采
　　西岭乡万亩茶园近日陆续开采，乡里
组织技术员上门指导炒制，帮助茶农
提升品质。（孙　丽）
南坪镇：举办农技培训
　　南坪镇本周举办农技培训班，200余
名农户参加。
"""


def test_a_narrow_briefs_first_line_is_its_text_not_a_deck_or_a_head() -> None:
    items = _items(_NARROW_TITLED_BRIEFS)
    assert _layout(items) == [("article", 1, 5), ("article", 6, 9), ("article", 10, 12)]
    first, second, third = items
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert [(a.kicker, a.headline, a.subheadline) for a in items if isinstance(a, Article)] == [
        ("乡镇速递", "东湖镇：村道改造完成", None),
        ("乡镇速递", "西岭乡：茶园开采", None),
        ("乡镇速递", "南坪镇：举办农技培训", None),
    ]
    assert first.paragraphs == ("日前，东湖镇完成12条村道提升改造，新铺沥青路面18公里，群众出行更加便捷。",)
    assert first.byline is not None and first.byline.correspondents == ("钱明",)
    assert third.paragraphs == ("南坪镇本周举办农技培训班，200余名农户参加。",)


# ------------------------------------------ an unpunctuated first line, no comma in it

_NARROW_NO_COMMA = """行业简讯
北港风电项目并网
　　北港海上风电项目二期工程日前
全部并网发电，年发电量可达9亿千
瓦时。（本报记者　周　岩）
"""


def test_a_first_line_with_no_clause_mark_is_still_the_briefs_text() -> None:
    (brief,) = _items(_NARROW_NO_COMMA)
    assert isinstance(brief, Article)
    assert (brief.kicker, brief.headline, brief.subheadline) == ("行业简讯", "北港风电项目并网", None)
    assert brief.paragraphs == ("北港海上风电项目二期工程日前全部并网发电，年发电量可达9亿千瓦时。",)
    assert brief.byline is not None and brief.byline.reporters == ("周岩",)


# ------------------------------------------ a short signed piece set apart under an open one

_SIGNED_PIECE_UNDER_STORY = """市民说
让老街巷留住烟火气
　　老街改造不能只求整齐划一，小店
和早点摊是街巷的灵魂，应当留下来。

为社区食堂点赞
　　近日，城南社区食堂开门迎客，菜
品实惠，老人吃饭不再发愁。（钱　文）
"""


def test_a_head_set_apart_over_a_narrow_piece_its_writer_signs_is_a_piece_of_its_own() -> None:
    items = _items(_SIGNED_PIECE_UNDER_STORY)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 8)]
    second = items[1]
    assert isinstance(second, Article)
    assert (second.headline, second.subheadline) == ("为社区食堂点赞", None)
    assert second.paragraphs == ("近日，城南社区食堂开门迎客，菜品实惠，老人吃饭不再发愁。",)


# ------------------------------------------ headless briefs under a column's label, a narrow column

_NARROW_HEADLESS_BRIEFS = """民生短波
　　5月8日，江州市第二批“金牌护
工”名单公布，36名护理员上榜。（记
者　吴　涛）
　　城北体育公园夜间照明改造完成，
新装路灯120盏，开放时间延长至22
时。（记者　郑　丽）
"""


def test_each_indented_paragraph_of_a_narrow_headless_column_is_a_brief() -> None:
    items = _items(_NARROW_HEADLESS_BRIEFS)
    assert _layout(items) == [("article", 1, 4), ("article", 5, 7)]
    assert [(a.kicker, a.headline) for a in items if isinstance(a, Article)] == [
        ("民生短波", ""),
        ("民生短波", ""),
    ]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.paragraphs == ("5月8日，江州市第二批“金牌护工”名单公布，36名护理员上榜。",)
    assert first.byline is not None and first.byline.reporters == ("吴涛",)
    assert second.paragraphs[0].startswith("城北体育公园夜间照明改造完成")
    assert second.byline is not None and second.byline.reporters == ("郑丽",)


# ------------------------------------------ a wire dateline on a line of its own, text under it

_DATELINE_ALONE = """江北港集装箱吞吐量同比增一成
　　新华社江州6月3日电（记者　罗　安）
记者从江州港务集团获悉，今年前5
个月，江北港累计完成集装箱吞吐量
86万标箱，同比增长10.2%。
　　为提升通关效率，港区推行“智慧
闸口”，车辆进出港平均用时缩短至
30秒。
"""


def test_the_text_under_a_datelines_own_line_is_the_lead_and_the_story_goes_on() -> None:
    (story,) = _items(_DATELINE_ALONE)
    assert isinstance(story, Article)
    assert story.headline == "江北港集装箱吞吐量同比增一成"
    assert story.dateline == "新华社江州6月3日电"
    assert story.byline is not None and story.byline.reporters == ("罗安",)
    assert len(story.paragraphs) == 2
    assert story.paragraphs[0].startswith("记者从江州港务集团获悉")
    assert story.paragraphs[1].startswith("为提升通关效率")


# ------------------------------------------ the desk's wire from a place, with no day (本报某地电)

_DESK_WIRE = """桂溪：“小蘑菇”长成大产业
本报通讯员　陶　然
　　本报桂溪电　眼下，桂溪县的香菇
种植基地迎来采收高峰，带动周边群众
就近务工。
"""


def test_a_desks_wire_from_a_place_with_no_day_is_the_dateline() -> None:
    (story,) = _items(_DESK_WIRE)
    assert isinstance(story, Article)
    assert story.dateline == "本报桂溪电"
    assert story.subheads == ()
    assert story.paragraphs == ("眼下，桂溪县的香菇种植基地迎来采收高峰，带动周边群众就近务工。",)
