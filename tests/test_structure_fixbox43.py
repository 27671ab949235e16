"""Failure classes blind rounds 43-44 showed in tables and boxes set as text (issue 10): a price
table whose header is letter-spaced or one of whose rows ran its long first cell into the gap, a
directory of hotlines set apart under a one-paragraph story, and a 供稿 credit closing a box.
Snippets written for these tests (invented text, no blind page's); each class is a layout any
paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ a price table, a row's long first cell overflowing

_PRICES_IN_STORY = """菜价平稳　市民放心
本报记者　王小川
    入冬以来，本市主要农贸市场蔬菜供应充足，价格总体平稳。
    市价格监测中心表示，将继续做好重要民生商品价格监测。
本市主要蔬菜零售价格（12月1日）
品名　　　　单位　　价格（元）　涨跌
白萝卜　　　500克　　1.20　　　↓5.0%
西红柿　　　500克　　3.60　　　↑1.5%
牛肉（鲜切）500克　　38.50　　 持平
菠菜　　　　500克　　4.10　　　↓2.3%
数据来源：市价格监测中心

城西新建停车场投用
本报讯　城西停车场近日投入使用，新增车位300个。
"""


def test_a_row_whose_long_first_cell_ran_into_the_gap_stays_a_row() -> None:
    """牛肉（鲜切）500克 is one cell short, its name run into the unit: the rows go on under it, so
    the table does, down to its 数据来源 line, all paragraphs of the story it is printed in."""
    items = _items(_PRICES_IN_STORY)
    assert _layout(items) == [("article", 1, 11), ("article", 13, 14)]
    story = items[0]
    assert isinstance(story, Article)
    assert story.paragraphs[-1] == "数据来源：市价格监测中心"
    assert any(p.startswith("牛肉（鲜切）500克") for p in story.paragraphs)
    assert any(p.startswith("菠菜") for p in story.paragraphs)


_PRICE_BOX = """果园春管正当时
本报记者　李　明
    眼下正是果树春管关键期，各地果农忙着修剪、施肥。
■ 科学修剪
    技术员介绍，修剪要因树制宜，去弱留强。
    今年全县共培训果农3000余人次。

本周部分水果批发价格（单位：元/公斤）
品  名      城东市场   城西市场   较上周
红富士苹果  6.40       6.20       ↑0.10
砂糖橘(大果) 5.10     5.30       ↓0.20
香蕉        4.20       4.00       持平
数据来源：县农业农村局

小镇新添农技服务站
本报讯　日前，东坪镇农技服务站挂牌成立。
"""


def test_a_letter_spaced_header_and_an_overflowing_row_make_a_table_of_its_own() -> None:
    """品  名 spaced out as wide as the cells are set apart is one cell (the header then has the
    rows' count of cells), and 砂糖橘(大果) 5.10 a row whose name ran long: the titled table set
    apart under a story in parts is a box of its own, its title the headline."""
    items = _items(_PRICE_BOX)
    assert _layout(items) == [
        ("article", 1, 6),
        ("article", 8, 13),
        ("article", 15, 16),
    ]
    table = items[1]
    assert isinstance(table, Article)
    assert table.headline == "本周部分水果批发价格（单位：元/公斤）"
    assert len(table.paragraphs) == 5
    assert table.paragraphs[-1] == "数据来源：县农业农村局"


# ------------------------------------------------ a hotline directory under a one-paragraph story

_HOTLINES = """社区医院开设周末门诊
本报讯（记者　陈　静）即日起，全区10家社区医院开设周末门诊，方便上班族就医。

便民服务热线
政务服务　　　12345
燃气抢修　　　0571-86011234
供水服务　　　0571-87012345
急救电话　　　120
"""


def test_a_titled_directory_set_apart_under_a_story_set_solid_is_a_box() -> None:
    """The story prints no blank line from its head to its one paragraph: the blank under it ends
    it, and the hotlines set apart below are a box of their own, not the story's rows."""
    items = _items(_HOTLINES)
    assert _layout(items) == [("article", 1, 2), ("article", 4, 8)]
    box = items[1]
    assert isinstance(box, Article)
    assert box.headline == "便民服务热线"
    assert len(box.paragraphs) == 4


# ------------------------------------------------ a 供稿 credit closing a box

_SUPPLIED = """农事提醒
小满前后　夏管要抓紧
    1.防治病虫。当前小麦进入灌浆期，要做好赤霉病防治。
    2.抗旱保苗。旱情露头的地块要及时浇水。
                              县农业技术推广中心供稿

{note}
"""


def test_a_supplied_by_line_closes_the_box_and_is_no_paragraph() -> None:
    """某某中心供稿 flush right with no brackets signs the piece with the body that supplied it,
    naming no one: a credit (as （张三） is), not a paragraph, and the box ends on it."""
    items = _items(
        _SUPPLIED.format(note="乡村集市重新开张\n本报讯　日前，河口村集市重新开张，吸引周边群众赶集。")
    )
    assert _layout(items) == [("article", 1, 5), ("article", 7, 8)]
    box = items[0]
    assert isinstance(box, Article)
    assert box.kicker == "农事提醒"
    assert box.paragraphs[-1].startswith("2.抗旱保苗")
    assert box.byline is not None
    assert (box.byline.reporters, box.byline.correspondents) == ((), ())


# ------------------------------------------------ a supplement's name beside its newsroom line

_SUPPLEMENT_FOOT = """城南社区开设老年食堂
本报讯（记者　周　洁）城南社区老年食堂日前开张，每天为60余位老人供应午餐。

{foot}
"""


def test_a_supplement_naming_itself_beside_its_newsroom_line_is_foot_furniture() -> None:
    """某某晚报教育周刊　新闻热线：… at the page's foot: the paper's weekly supplement and the line
    readers call the newsroom on, the page's own furniture (no advertiser prints 新闻热线), no item."""
    for foot in (
        "江城晚报教育周刊\u3000新闻热线：0571-86001234",
        "东海日报法治专刊　新闻热线：0574-87654321",
    ):
        items = _items(_SUPPLEMENT_FOOT.format(foot=foot))
        assert _layout(items) == [("article", 1, 2)]
