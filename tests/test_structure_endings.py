"""Where a story or brief ends, and what follows it (issue 10, blind round10's classes), on
snippets written for these tests in the style of city and county papers (invented text, no blind
page's).

- a piece signed after its last sentence with a name in parentheses (（林晓峰）, （陈 静 整理）) is
  finished: the signature is its credit, not text, and the lines under it (an ad, a notice, the
  next column) are items of their own;
- 预告 (义诊预告, 停电预告) titles a notice like 公告 / 通知;
- a table printed inside a story (title, header, rows, 数据来源, set apart by blank lines) stays
  the story's paragraphs, one a row;
- 【案情】… / 【评析】… right under a story's head are its labelled parts, not briefs (a column's
  name over 【head】text briefs keeps them briefs);
- a byline name spaced after its surname (孙 小蕾) is one name; the desk's phone and mail after
  the page editor's name in the masthead (责任编辑：… 电话：… Email：…) are page furniture.
"""

from __future__ import annotations

import pytest

from publisher.model import Advertisement, Article, Byline, Credit, Notice
from publisher.reader import parse_page
from publisher.reader.bylines import parse_byline, parse_staff_line
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
    # its rows and source line each a paragraph; its title, set apart, a subhead (round10's reading)
    assert story.paragraphs[1:] == (*rows, *(("数据来源：县统计局",) if source else ()))
    assert [s.text for s in story.subheads] == ["全县主要农产品产量"]
    assert nxt.headline == "县城北片区完成雨污分流改造"
    assert nxt.byline == Byline(reporters=("何静",))


# ------------------------------------------------------------------ labelled parts of a story

_CASE_STORY = """以案释法
租客私自转租，房东能否解约？

　　【案情】2024年3月，李某将房屋出租给王某，王某未经同意将房屋转租他人，李某诉至法院要求解约。

　　【评析】法院认为，承租人未经出租人同意转租的，出租人可以解除合同。（法宣）

城事速递
【停水】4月2日8时至18时，城东片区因管道施工停水，请居民提前储水。

【夜市】4月5日起，老街夜市恢复营业，每晚营业至23时。
"""


def test_bracketed_labels_under_a_story_head_are_its_parts_and_a_columns_briefs_stay_briefs() -> None:
    items = _items(_CASE_STORY)
    assert _layout(items) == [("article", 1, 6), ("article", 8, 9), ("article", 11, 11)]
    story, first, second = items
    assert isinstance(story, Article) and isinstance(first, Article) and isinstance(second, Article)
    assert (story.kicker, story.headline) == ("以案释法", "租客私自转租，房东能否解约？")
    # a label run in before its text opens its paragraph as printed (the blind rounds' gold:
    # 1012, 1607, 2315), as 【案例】 in test_structure_more's story
    assert story.paragraphs == (
        "【案情】2024年3月，李某将房屋出租给王某，王某未经同意将房屋转租他人，李某诉至法院要求解约。",
        "【评析】法院认为，承租人未经出租人同意转租的，出租人可以解除合同。",
    )
    assert story.byline == Byline(others=(Credit("", ("法宣",)),))
    assert [(a.kicker, a.headline) for a in (first, second)] == [("城事速递", "停水"), ("城事速递", "夜市")]


def test_a_bracketed_place_under_a_one_line_head_is_a_brief_not_a_part_of_a_story() -> None:
    text = "港口一线\n【北仑港】前10个月，集装箱吞吐量增长8.6%。\n\n【梅山港】新开通2条外贸航线。\n"
    first, second = _items(text)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert [(a.kicker, a.headline) for a in (first, second)] == [
        ("港口一线", "北仑港"),
        ("港口一线", "梅山港"),
    ]


# ------------------------------------------------------------------ names and the desk's line


def test_a_name_spaced_after_its_surname_or_before_its_last_character_is_one_name() -> None:
    byline = parse_byline("■县融媒体中心记者 孙 小蕾 通讯员 王 宇")
    assert byline is not None and (byline.reporters, byline.correspondents) == (("孙小蕾",), ("王宇",))
    for text, names in [
        ("记者 欧阳 明", ("欧阳明",)),
        ("记者 李明 王 强", ("李明", "王强")),
        ("记者 王 强 李明", ("王强", "李明")),
        ("记者 陈 小明 李 华", ("陈小明", "李华")),
    ]:
        parsed = parse_byline(text)
        assert parsed is not None and parsed.reporters == names, text


_DESK_LINE = "责任编辑：刘洋　电话：（0571）87651234　Email：news@example.com"


def test_the_desks_phone_and_mail_after_the_editors_name_are_masthead_not_an_ad() -> None:
    masthead = f"钱塘日报\n2025年6月3日　星期二\n3\n要闻\n{_DESK_LINE}\n\n"
    text = masthead + "街巷焕新\n\n　　本报讯 城东街巷改造完工。\n"
    parsed = parse_page(text)
    assert _layout(parsed.items) == [("article", 7, 9)]
    assert parsed.masthead.imprint == (_DESK_LINE,)
    assert parse_staff_line(_DESK_LINE) == [
        ("责任编辑", ("刘洋",)),
        ("电话", ("（0571）87651234",)),
        ("Email", ("news@example.com",)),
    ]
    # a contact word needs its number or address; a name is no phone number
    assert parse_staff_line("责任编辑：刘洋　电话：刘洋") is None


# ------------------------------------------------------------------ column breaks, datelines, sections

_INDENTED_STORY = """秋收进行时

{i}本报讯 全县秋粮收获已过七成，预计总产量与去年基本持平，优质稻占比进一步提高。

{i}县农业农村局组织200余名农机手跨区作业，各乡镇烘干中心满负荷运转。

保证颗粒归仓。

{i}县粮食收储公司在各乡镇设立收购点12个，农户可就近售粮，当天结算。

问：今年的收购价格怎么样？

{i}下一步，全县将抓紧做好秋播准备，确保冬小麦播种面积稳定。
"""


def test_a_flush_line_under_a_paragraph_on_a_page_that_indents_its_paragraphs_goes_on_with_it() -> None:
    (story,) = _items(_INDENTED_STORY.format(i="\u3000\u3000"))
    assert isinstance(story, Article)
    assert story.paragraphs == (
        "全县秋粮收获已过七成，预计总产量与去年基本持平，优质稻占比进一步提高。",
        "县农业农村局组织200余名农机手跨区作业，各乡镇烘干中心满负荷运转。保证颗粒归仓。",
        "县粮食收储公司在各乡镇设立收购点12个，农户可就近售粮，当天结算。",
        "问：今年的收购价格怎么样？",  # a question's label opens a paragraph of its own
        "下一步，全县将抓紧做好秋播准备，确保冬小麦播种面积稳定。",
    )
    # printed without indents, the page says nothing: the full stop ends the paragraph
    (flush,) = _items(_INDENTED_STORY.format(i=""))
    assert isinstance(flush, Article) and len(flush.paragraphs) == 6


def test_a_reporter_named_as_the_first_sentences_subject_is_credited_and_kept_in_the_sentence() -> None:
    text = "外贸稳中向好\n\n　　本报杭州5月6日讯 记者 周 宁 从杭州海关获悉，前4个月全省外贸进出口增长5%。\n"
    (story,) = _items(text)
    assert isinstance(story, Article) and story.dateline == "本报杭州5月6日讯"
    assert story.byline == Byline(reporters=("周宁",))
    assert story.paragraphs == ("记者周宁从杭州海关获悉，前4个月全省外贸进出口增长5%。",)
    (plain,) = _items("外贸稳中向好\n\n　　本报讯 记者从杭州海关获悉，前4个月全省外贸进出口增长5%。\n")
    assert isinstance(plain, Article) and plain.byline is None


def test_a_section_name_with_a_qualifier_in_brackets_is_the_pages_section() -> None:
    masthead = "宁安日报\n2025年3月4日 星期二\n区县（市）\n5\n责任编辑：王丽\n\n"
    text = masthead + "新城小学开学\n\n　　本报讯 新城小学昨日开学。\n"
    parsed = parse_page(text)
    assert (parsed.masthead.section, parsed.masthead.page_label) == ("区县（市）", "5")
    assert _layout(parsed.items) == [("article", 7, 9)]
