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
