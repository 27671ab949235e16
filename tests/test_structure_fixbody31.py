"""Failure classes rounds 31-33 showed on story bodies (issue 10, fixbody31): a dateline that names
the place a story was filed from with no day (本报某地电), read as a subhead; and a story's first
body line, opening with the paragraph's indent, read as a deck under the head (or as a head of its
own: the rule landed as ``_paragraph_under_head``, these shapes keep it).
Snippets written for these tests in the style of city, county and trade papers (invented names,
places and figures; no blind page's text): each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article, Credit
from tests.test_structure_columns import _items, _layout

# ------------------------------------ a brief's first body line, indented under its flush head

_BRIEFS_SET_SOLID = """城西街道：“邻里食堂”开到家门口
　　城西街道在老旧小区集中片区建成“邻里
食堂”5家，每天为800余名老人提供午餐，
收费标准低于市场价两成。（记者　王　明）
河口镇举办秋季农民运动会
　　9月20日，河口镇在镇体育中心举办秋季
农民运动会，拔河、挑担、插秧接力等项目
吸引600余名村民参赛。（通讯员　李　青）
"""


def test_an_indented_first_line_under_a_flush_head_is_the_briefs_text_not_its_deck() -> None:
    items = _items(_BRIEFS_SET_SOLID)
    assert _layout(items) == [("article", 1, 4), ("article", 5, 8)]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.headline == "城西街道：“邻里食堂”开到家门口" and first.subheadline is None
    assert first.paragraphs == (
        "城西街道在老旧小区集中片区建成“邻里食堂”5家，每天为800余名老人提供午餐，收费标准低于市场价两成。",
    )
    assert second.headline == "河口镇举办秋季农民运动会" and second.subheadline is None
    assert second.paragraphs[0].startswith("9月20日，河口镇在镇体育中心")


# a short first line with no comma (a head's length) is the paragraph's too: its wrap says so
_SHORT_FIRST_LINE = """

北山茶园迎来秋茶采摘
　　受近期连续晴好天气影响，北山
茶园秋茶比往年提前一周开采，茶
农正抓紧采摘。

"""


def test_a_short_unpunctuated_first_line_under_the_head_opens_the_paragraph() -> None:
    items = _items(_SHORT_FIRST_LINE)
    assert _layout(items) == [("article", 3, 6)]
    (story,) = items
    assert isinstance(story, Article)
    assert (story.kicker, story.headline, story.subheadline) == (None, "北山茶园迎来秋茶采摘", None)
    assert story.paragraphs == ("受近期连续晴好天气影响，北山茶园秋茶比往年提前一周开采，茶农正抓紧采摘。",)


# ------------------------------------ a quotation box signed ——by whom, a piece set apart under it

_SAID_THEN_COMMENT = """

一线声音
“秋冬季节用火用电一定要多留个心眼”
　　天气转凉，家中取暖设备使用频繁。出门
前请务必关闭电源，不要在楼道里给电动车
充电。
　　　　　　——区应急管理局安全科负责人

让“共享工具箱”走进更多小区
　　近日，东湖社区在楼道里设置“共享工具
箱”，居民扫码即可借用。这样的小举措，
解决了居民的大难题。（张　帆）
"""


def test_a_head_set_apart_under_a_signed_quotation_starts_a_piece_of_its_own() -> None:
    items = _items(_SAID_THEN_COMMENT)
    assert _layout(items) == [("article", 3, 8), ("article", 10, 13)]
    said, comment = items
    assert isinstance(said, Article) and isinstance(comment, Article)
    assert said.subheads == ()
    # who said it closes the quotation: the piece's credit (in no scored role), not a paragraph
    assert said.paragraphs[-1].endswith("不要在楼道里给电动车充电。")
    assert said.byline is not None and said.byline.others == (
        Credit(role="", names=("区应急管理局安全科负责人",)),
    )
    assert comment.headline == "让“共享工具箱”走进更多小区" and comment.subheadline is None
    assert comment.byline is not None
    assert comment.paragraphs[0].startswith("近日，东湖社区")


# ------------------------------------ 本报某地电: where the story was filed from, no day

_FILED_FROM = """

秋粮收购平稳开局
本报记者　陈　立
　　本报南昌电　据江西省粮食部门统计，截至
9月25日，全省已收购中晚稻120万吨，收购
价格总体平稳。
"""


def test_a_dateline_naming_the_place_filed_from_with_no_day_is_the_dateline() -> None:
    items = _items(_FILED_FROM)
    assert _layout(items) == [("article", 3, 7)]
    (story,) = items
    assert isinstance(story, Article)
    assert story.dateline == "本报南昌电"
    assert story.subheads == ()
    assert story.paragraphs == (
        "据江西省粮食部门统计，截至9月25日，全省已收购中晚稻120万吨，收购价格总体平稳。",
    )


def test_a_sentence_that_runs_本报_into_a_word_ending_in_电_is_no_dateline() -> None:
    items = _items("\n\n合作签约\n　　本报与市供电公司签署战略合作协议，双方将在\n信息发布等方面加强合作。\n")
    (story,) = items
    assert isinstance(story, Article)
    assert story.dateline is None
    assert story.paragraphs[0].startswith("本报与市供电公司")
