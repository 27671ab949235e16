"""Where a story or brief ends, and what follows it (issue 10, blind round10's classes), on
snippets written for these tests in the style of city and county papers (invented text, no blind
page's).

- a piece signed after its last sentence with a name in parentheses (（林晓峰）, （陈 静 整理）) is
  finished: the signature is its credit, not text, and the lines under it (an ad, a notice, the
  next column) are items of their own;
- 预告 (义诊预告, 停电预告) titles a notice like 公告 / 通知.
"""

from __future__ import annotations

import pytest

from publisher.model import Advertisement, Article, Byline, Credit, Notice
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------------------------ signatures close a piece

_SIGNED_BRIEF_THEN_AD = """财经速递
　　◆前三季度全县规上工业增加值同比增长7.2%，增速居全市第二。

　　◆县农商行推出“助农e贷”，已为1200余户农户发放贷款3.6亿元。（林晓峰）

明湖家居广场
秋季焕新节　全场满5000减800
咨询电话：0573-85123456
"""


def test_a_brief_signed_with_a_name_ends_there_and_the_ad_under_it_stays_an_ad() -> None:
    items = _items(_SIGNED_BRIEF_THEN_AD)
    assert _layout(items) == [("article", 1, 2), ("article", 4, 4), ("advertisement", 6, 8)]
    brief = items[1]
    assert isinstance(brief, Article)
    assert brief.paragraphs == ("县农商行推出“助农e贷”，已为1200余户农户发放贷款3.6亿元。",)
    assert brief.byline == Byline(others=(Credit("", ("林晓峰",)),))
    assert isinstance(items[2], Advertisement)


_SIGNED_PIECE_THEN_NOTICE = """养生之道
秋冬润燥有讲究

　　秋冬季节气候干燥，不少人出现口干、咽痛等不适。专家建议多饮温水，适量食用梨、百合等食物，

　　少吃辛辣。{signature}

停电预告
　　因线路检修，11月20日8:00至16:00，城东片区部分小区将停电，请居民提前做好准备。
"""


@pytest.mark.parametrize(
    ("signature", "credit"),
    [
        ("（陈静 整理）", Credit("整理", ("陈静",))),
        ("（陈 静 整理）", Credit("整理", ("陈静",))),
        ("（陈静整理）", Credit("整理", ("陈静",))),
        ("（陈静）", Credit("", ("陈静",))),
    ],
)
def test_a_piece_signed_by_who_put_it_together_ends_before_the_notice_under_it(
    signature: str, credit: Credit
) -> None:
    items = _items(_SIGNED_PIECE_THEN_NOTICE.format(signature=signature))
    assert _layout(items) == [("article", 1, 6), ("notice", 8, 9)]
    piece, notice = items
    assert isinstance(piece, Article) and isinstance(notice, Notice)
    assert piece.paragraphs == (
        "秋冬季节气候干燥，不少人出现口干、咽痛等不适。专家建议多饮温水，适量食用梨、百合等食物，少吃辛辣。",
    )
    assert piece.byline == Byline(others=(credit,))
    assert notice.label == "停电预告"
    assert notice.text.startswith("因线路检修")


@pytest.mark.parametrize("note", ["（新华社）", "（市卫健委）", "（待续）", "（综合）", "（完）"])
def test_a_source_or_a_note_in_parentheses_is_no_signature(note: str) -> None:
    items = _items(f"全县新增就业岗位三千个\n\n　　本报讯 今年以来，全县新增城镇就业岗位3000余个。{note}\n")
    (story,) = items
    assert isinstance(story, Article)
    assert story.byline is None
    assert story.paragraphs[-1].endswith(note)


def test_a_name_in_parentheses_inside_a_sentence_is_no_signature() -> None:
    items = _items("乡村医生扎根山村\n\n　　本报讯 村医（王秀英）在山村行医三十年，守护村民健康\n")
    (story,) = items
    assert isinstance(story, Article) and story.byline is None


# ------------------------------------------------------------------ a table printed inside a story

_STORY_WITH_TABLE = """前三季度全县农业生产稳中有升

    本报讯（记者 高 远）前三季度，全县农林牧渔业总产值达86.3亿元，同比增长4.1%。

全县主要农产品产量

    品种     产量（万吨）     同比增长（%）
    粮食     42.6     1.8
    蔬菜     31.2     5.3
    水产品     8.7     6.0
{source}
县城北片区完成雨污分流改造

    本报讯（记者 何 静）日前，县城北片区雨污分流改造工程全部完工，惠及居民1.2万户。
"""


@pytest.mark.parametrize("source", ["\n数据来源：县统计局\n", ""])
def test_a_table_set_apart_inside_a_story_is_its_rows_and_never_heads_the_next_story(source: str) -> None:
    text = _STORY_WITH_TABLE.format(source=source)
    items = _items(text)
    last = 12 if source else 10
    assert _layout(items) == [("article", 1, last), ("article", last + 2, last + 4)]
    story, nxt = items
    assert isinstance(story, Article) and isinstance(nxt, Article)
    rows = ("品种产量（万吨）同比增长（%）", "粮食 42.6 1.8", "蔬菜 31.2 5.3", "水产品 8.7 6.0")
    assert story.paragraphs[1:] == rows + (("数据来源：县统计局",) if source else ())
    assert nxt.headline == "县城北片区完成雨污分流改造"
    assert nxt.byline == Byline(reporters=("何静",))
