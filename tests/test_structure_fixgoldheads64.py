"""Head shapes the golds read two ways, decided by counting every gold of the shape (goldheads64).

A place alone on a line over a title is its kicker (33 golds against 2); two whole clauses on two
lines with no mark are two blocks, never one headline joined (about 140 against 6, the joined ones
brought to the convention); a slogan of two matched phrases over a headline is the kicker (about 60
against 1); a classified column's label set solid over its first entry opens that entry's ad (15
against 1).  Snippets invented for these tests in the style of city and county papers: no blind
page's text.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article
from tests.nothing_lost import first_article, read_items

_BYLINE_AND_BODY = (
    "记者　韩　雪　通讯员　林　立\n　　近日，记者走进当地，群众纷纷点赞这件实事，相关工作还将继续推进。\n"
)


def _head(lines: str) -> tuple[str | None, str | None, str | None]:
    story = first_article(lines + _BYLINE_AND_BODY)
    return story.kicker, story.headline, story.subheadline


# ------------------------------------------------ a place alone on a line over a title


def test_a_township_alone_over_a_quoted_title_is_its_kicker() -> None:
    assert _head("青石县柳湾镇\n“一户一策”盘活闲置农房\n") == ("青石县柳湾镇", "“一户一策”盘活闲置农房", None)


def test_a_district_alone_over_a_clause_is_its_kicker() -> None:
    assert _head("江滨区\n口袋公园点亮老城街角\n") == ("江滨区", "口袋公园点亮老城街角", None)


# ------------------------------------------------ two whole clauses on two lines, no mark


def test_two_whole_clauses_are_two_blocks_never_one_headline() -> None:
    upper, lower = "老街一店铺深夜起火", "巡逻民警5分钟疏散20人"
    kicker, headline, deck = _head(f"{upper}\n{lower}\n")
    assert headline in (upper, lower)
    assert {kicker, headline, deck} - {None} == {upper, lower}


def test_two_whole_clauses_under_a_label_are_its_headline_and_deck() -> None:
    assert _head("行情观察\n早稻收购价格小幅回升\n加工企业补库意愿增强\n") == (
        "行情观察",
        "早稻收购价格小幅回升",
        "加工企业补库意愿增强",
    )


def test_a_measures_clause_over_a_dashed_deck_is_the_headline_under_its_kicker() -> None:
    # (not the first line's headline wrapped: the dashed deck leaves the two lines their blocks)
    assert _head("白沙乡竹编产业“触网”出圈\n年产值突破5亿元\n——“竹编之乡”探索电商新路\n") == (
        "白沙乡竹编产业“触网”出圈",
        "年产值突破5亿元",
        "——“竹编之乡”探索电商新路",
    )


def test_two_clauses_between_a_kicker_and_a_dashed_deck_are_one_headline() -> None:
    # a kicker above and a deck below leave the two lines no block but the headline
    kicker, headline, deck = _head("暖心一幕\n公交车上乘客突然晕倒\n司机乘客合力送医\n——乘客已脱离危险\n")
    assert (kicker, headline, deck) == (
        "暖心一幕",
        "公交车上乘客突然晕倒司机乘客合力送医",
        "——乘客已脱离危险",
    )


# ------------------------------------------------ a slogan pair over a headline


def test_a_slogan_pair_over_a_headline_is_its_kicker() -> None:
    kicker, headline, deck = _head("湖山为媒　文旅“出圈”\n2026青湖文化旅游季启幕\n")
    assert (kicker, headline, deck) == (
        "湖山为媒文旅“出圈”",  # (the wide space between the phrases is print)
        "2026青湖文化旅游季启幕",
        None,
    )


# ------------------------------------------------ a classified column's label over its entries

_CLASSIFIED = """分类广告
【店面出租】东门路临街店面一间，面积约80平方米，
适合餐饮、零售。电话：13900001111　李先生
【招聘】某食品公司招聘包装工6名、仓管员1名，
包吃住，月薪4500元起。电话：13900002222
【转让】城南菜场旁水果店整体转让，接手即可
营业。电话：13900003333
"""


def test_a_classified_label_set_solid_over_its_entries_opens_the_first_ad() -> None:
    ads = [it for it in read_items(_CLASSIFIED) if isinstance(it, Advertisement)]
    assert [(ad.source.first, ad.source.last) for ad in ads] == [(1, 3), (4, 5), (6, 7)]
    assert ads[0].lines[0] == "分类广告"


def test_nothing_but_ads_under_the_label() -> None:
    assert not any(isinstance(it, Article) for it in read_items(_CLASSIFIED))
