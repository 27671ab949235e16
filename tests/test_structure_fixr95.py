"""Failure classes rounds 95 and 97 showed (issue 10, fixer r95): county papers' picture pages,
classified columns and town news.  Snippets written for these tests in the style of county papers
(invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Notice, Photo
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, read_items

# ------------------------------------ a picture 供图 by a person the paper names by a staff role

_STAFF_COURTESY_RUN_IN = """青石湾海带开始收割
　　连日来，青石湾村海带养殖户趁着好天气出海
收割、晾晒海带。今年全村海带养殖面积达3200
亩，预计产量900吨。　通讯员 郑海波 供图
"""

_STAFF_COURTESY_ALONE = """　　9月12日，白沙镇中心小学的学生在校园农场
里收获自己种下的红薯。
　　　　　　　　通讯员　柯文静　供图
"""

_NAMELESS_COURTESY = """　　9月12日，白沙镇中心小学的学生在校园农场
里收获自己种下的红薯。
　　　　　　　　通讯员　供图
"""


def test_a_caption_closed_by_a_staff_members_courtesy_credit_names_the_photographer() -> None:
    (photo,) = read_items(_STAFF_COURTESY_RUN_IN)
    assert isinstance(photo, Photo)
    assert photo.title == "青石湾海带开始收割"
    assert photo.caption.endswith("预计产量900吨。")
    assert photo.byline is not None and photo.byline.photographers == ("郑海波",)
    assert not photo.byline.correspondents


def test_a_staff_members_courtesy_credit_alone_on_its_line_names_the_photographer() -> None:
    (photo,) = read_items(_STAFF_COURTESY_ALONE)
    assert isinstance(photo, Photo)
    assert photo.byline is not None and photo.byline.photographers == ("柯文静",)
    # (a role with no name after it gave the picture as a source does: no one took it)
    (nameless,) = read_items(_NAMELESS_COURTESY)
    assert isinstance(nameless, Photo)
    assert nameless.byline is None or not nameless.byline.photographers


# ------------------ a county paper's name alone on its line, under its section printed with the number

_NUMBERED_SECTION_OVER_NAME = """2026年3月4日　星期三
要闻　2
东湖新闻
本版编辑：周　敏　　校对：陆小燕

东湖街道新增三处口袋公园
　　本报讯　近日，东湖街道新建的三处口袋公园完工开放，新增绿地面积4800平方米。
"""

_BARRED_NUMBER_OVER_NAME = """城乡建设 | 04
南岭新闻
2026年3月4日　星期三
责任编辑：叶　青

南岭镇道路提升工程开工
　　本报讯　3月2日，南岭镇道路提升工程开工，涉及道路6条、总长11公里。
"""


def test_a_word_ending_in_xinwen_alone_under_the_numbered_section_is_the_papers_name() -> None:
    for text, paper, section in (
        (_NUMBERED_SECTION_OVER_NAME, "东湖新闻", "要闻"),
        (_BARRED_NUMBER_OVER_NAME, "南岭新闻", "城乡建设"),
    ):
        parsed = parse_page(text, 1)
        assert_nothing_lost(text, parsed)
        assert parsed.masthead.newspaper == paper
        assert parsed.masthead.section == section


# ------------------------------------- classified entries each whole on one line, contacts run in

_ONE_LINE_ENTRIES = """寻物启事
　　本人不慎遗失黑色公文包一个，内有身份证及银行卡若干，请拾到者联系，必有酬谢。
　　联系人：赵先生　电话：13912345678

【商铺转让】城西农贸市场东门临街商铺一间，面积45平方米，可做水果、副食。电话：13655512345
【招工】本厂常年招收机修工、仓管员，包住宿，月薪4500元以上。地址：青溪工业园纬二路6号　电话：0512-66781234
"""


def test_classified_entries_each_whole_on_its_line_are_ads_each() -> None:
    items = read_items(_ONE_LINE_ENTRIES)
    assert isinstance(items[0], Notice)
    ads = [it for it in items if isinstance(it, Advertisement)]
    assert [(ad.source.first, ad.source.last) for ad in ads] == [(5, 5), (6, 6)]


# --------------------------- a titled caption set as one long paragraph, wrapped flush to its credit

_LONG_ONE_PARAGRAPH_CAPTION = """霜降柿子红满山
　　10月21日，青溪县石门乡柿林村，漫山遍野的柿子
挂满枝头，村民们忙着采摘、削皮、晾晒柿饼。柿林村
种植柿树已有300多年历史，全村现有柿树2万余株，年
产柿饼60余吨。近年来，当地依托柿林景观举办柿子文
化节，每到秋季吸引大批游客前来观光采摘。
本报记者　贺　明　摄

石门乡举办农民丰收节
　　本报讯　10月20日，石门乡第三届农民丰收节开幕，
30余家合作社现场展销农产品。
"""


def test_a_titled_caption_of_one_long_paragraph_closed_by_its_credit_is_a_photo() -> None:
    items = read_items(_LONG_ONE_PARAGRAPH_CAPTION)
    photo = items[0]
    assert isinstance(photo, Photo)
    assert (photo.source.first, photo.source.last) == (1, 7)
    assert photo.title == "霜降柿子红满山"
    assert photo.caption.startswith("10月21日，") and photo.caption.endswith("前来观光采摘。")
    assert photo.byline is not None and photo.byline.photographers == ("贺明",)


# ------------------------- a rail worker's note signed with his unit, a railway section, in brackets

_RAIL_UNIT_SIGNOFFS = """职工心声
【食堂添了夜宵窗口】
车间食堂新开了夜宵窗口，上完夜班也能吃
上一口热乎饭。
（青溪机务段　赵　亮）
【休息室装上了空调】
候班休息室装上了空调，夏天再也不用挨热
了。
（南岭车辆段　孙晓梅）
"""


def test_a_note_signed_with_a_railway_sections_name_keeps_its_signature_out_of_the_text() -> None:
    notes = [it for it in read_items(_RAIL_UNIT_SIGNOFFS) if isinstance(it, Article)]
    assert [n.headline for n in notes] == ["食堂添了夜宵窗口", "休息室装上了空调"]
    assert [n.kicker for n in notes] == ["职工心声", "职工心声"]
    assert [len(n.paragraphs) for n in notes] == [1, 1]
    assert all("段" not in "".join(n.paragraphs) for n in notes)
