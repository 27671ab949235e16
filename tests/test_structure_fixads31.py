"""Failure classes rounds 31-33 showed on notice and classified pages (issue 10), fixer
``fixads31``: a notice's first line cut by a narrow column where no mark stands, a number in a
clause read as a phone, a short hiring notice set in a paragraph, a directory of service numbers.
Snippets written for these tests in the style of city papers' notice pages (invented names,
places and figures, no blind page's); each class is a shape that holds on any paper, not one
page's words.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Notice
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪晚报
08
公告·分类
2026年5月20日　星期三
"""

# ------------------------------------- a notice's first line cut by a narrow column, no mark

_CUT_FIRST_LINES = (
    _TOP
    + """
遗失声明
　　青溪市东湖区明达汽车修理部遗
失公章一枚，声明作废。
遗失声明
　　周晓燕遗失青溪市妇幼保健院出具的出生
医学证明，编号：Q330XXXX17，声明作废。

注销公告
　　青溪市远航物流有限公司（统一
社会信用代码：91330100MA2XXXXX5K）经股
东会决议，拟向登记机关申请注销登记，请债
权人自本公告发布之日起45日内申报债权。
青溪市远航物流有限公司
2026年5月20日

减资公告
青溪市和顺建材有限公司经股东会决议，注册
资本由800万元减至200万元，请债权人自本公告
发布之日起45日内要求本公司清偿债务。
联系人：许先生　电话：0576-8812345
2026年5月20日
"""
)


def test_a_notices_first_line_cut_where_no_mark_stands_is_its_text_not_a_head() -> None:
    # under a notice's own title the first line of its text, shaped like a head only because the
    # column cut it mid-word, runs on into the line set solid under it
    parsed = parse_page(_CUT_FIRST_LINES, 1)
    assert _layout(parsed.items) == [
        ("notice", 6, 8),
        ("notice", 9, 11),
        ("notice", 13, 19),
        ("notice", 21, 26),
    ]
    notices = [x for x in parsed.items if isinstance(x, Notice)]
    assert [n.label for n in notices] == ["遗失声明", "遗失声明", "注销公告", "减资公告"]
    assert notices[0].text.startswith("青溪市东湖区明达汽车修理部遗失公章一枚")
    assert notices[2].text.splitlines()[-2:] == ["青溪市远航物流有限公司", "2026年5月20日"]
    assert notices[3].text.splitlines()[-1] == "2026年5月20日"
    assert_nothing_lost(_CUT_FIRST_LINES, parsed)


_HEAD_UNDER_ADVICE = """温馨提示
寒潮来袭注意保暖
　　近期气温骤降，市民外出请注意防寒保暖，老人和儿童尽量减少外出。
"""


def test_a_head_under_a_box_of_advice_stays_a_head() -> None:
    # (a box of advice to the reader may stand over a head: the rule is for a notice's own title)
    parsed = parse_page(_HEAD_UNDER_ADVICE, 1)
    assert not any(isinstance(x, Notice) for x in parsed.items)


# ------------------------------------------------- a number in a clause read as a phone


@pytest.mark.parametrize("number", ["0028813", "3301020045127"])
def test_a_number_in_a_clause_that_runs_on_is_the_notices_text(number: str) -> None:
    text = (
        _TOP
        + f"""
遗失声明
　　陈美玲遗失青溪市人民医院住院押金收据一张，编号：{number}，
金额3000元，声明作废。

遗失声明
　　青溪县白沙镇某某养殖场遗失公章一枚，声明作废。
"""
    )
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("notice", 6, 8), ("notice", 10, 11)]
    first = parsed.items[0]
    assert isinstance(first, Notice) and first.text.endswith("金额3000元，声明作废。")
    assert_nothing_lost(text, parsed)


# --------------------------------------- a short hiring notice set in an indented paragraph

_SHORT_HIRING = (
    _TOP
    + """
招　聘
　　东湖区某幼儿园招聘保育员2名、厨师1
名，持健康证，有经验者优先。
电话：13905761234（周园长）

【招聘】
青溪某快递公司招聘
分拣员5名　司机2名
包吃住　月薪6000元起
电话：0576-8823456
"""
)


def test_a_hiring_notice_set_in_an_indented_paragraph_is_a_notice_a_poster_stays_an_ad() -> None:
    # the indent opens a paragraph of prose, cut by the column where no mark stands: a notice;
    # the posts named a phrase to a line under a bracketed word stay a classified ad
    parsed = parse_page(_SHORT_HIRING, 1)
    assert _layout(parsed.items) == [("notice", 6, 9), ("advertisement", 11, 15)]
    notice = parsed.items[0]
    assert isinstance(notice, Notice) and notice.text.endswith("电话：13905761234（周园长）")
    assert_nothing_lost(_SHORT_HIRING, parsed)


# ------------------------------------------------------------ a directory of service numbers

_DIRECTORY = (
    _TOP
    + """
常用服务电话
政务热线　12345　　　　燃气抢修　0576-8811999
供电服务　95598　　　　供水服务　0576-8812345
天气预报　12121　　　　交通事故　122
"""
)


def test_a_directory_of_service_numbers_in_cells_is_a_table_not_an_ad() -> None:
    # rows read as contacts for their numbers, set in cells and holding no field and its value
    parsed = parse_page(_DIRECTORY, 1)
    assert _layout(parsed.items) == [("article", 6, 9)]
    table = parsed.items[0]
    assert isinstance(table, Article) and table.headline == "常用服务电话"
    assert len(table.paragraphs) == 3
    assert_nothing_lost(_DIRECTORY, parsed)


_CONTACT_FIELDS = (
    _TOP
    + """
青溪搬家公司
电话：0576-8830001　　手机：13905760001
地址：东湖路88号　　　营业：8:00-20:00
网址：www.qxbj.example.com　　微信：qxbj88
"""
)


def test_contact_fields_in_cells_stay_an_ads_lines() -> None:
    # (a field and its value, 电话：…, is a contact line, never a table's row)
    parsed = parse_page(_CONTACT_FIELDS, 1)
    assert [x.type for x in parsed.items] == ["advertisement"]


# ----------------------- a clause read as a contact for its number, under a cut first line

_CUT_OVER_NUMBER = (
    _TOP
    + """
    东湖区文化馆近日举办少儿书法展，展出作品120余幅。
（通讯员　李　明）


遗失声明
　　青溪市白沙镇某某农资经营部遗失营业执
照副本一份，统一社会信用代码：92330102
MA2××××××，声明作废。
2026年5月19日
"""
)


def test_a_notice_set_apart_under_a_brief_is_no_ads_and_its_cut_lines_are_its_text() -> None:
    # the second line, read as a contact for the number in it, goes on with the first; and no ad
    # runs from the brief above over the notice's title set apart, its contact still unseen
    parsed = parse_page(_CUT_OVER_NUMBER, 1)
    notices = [x for x in parsed.items if isinstance(x, Notice)]
    assert [(n.source.first, n.source.last, n.label) for n in notices] == [(10, 14, "遗失声明")]
    assert not any(x.type == "advertisement" for x in parsed.items)
    assert_nothing_lost(_CUT_OVER_NUMBER, parsed)


# ------------------------------------------------------ a standing call dated by its month

_MONTH_DATED = (
    _TOP
    + """
征稿启事
　　“东湖·副刊”常年征集散文、诗歌、随笔，要求原创首发，散文一般不超过3000字。
投稿邮箱：qxwbfk@example.com
青溪晚报副刊部
2026年5月
"""
)


def test_a_notice_dated_by_its_month_ends_at_that_date() -> None:
    parsed = parse_page(_MONTH_DATED, 1)
    assert _layout(parsed.items) == [("notice", 6, 10)]
    notice = parsed.items[0]
    assert isinstance(notice, Notice) and notice.text.splitlines()[-2:] == ["青溪晚报副刊部", "2026年5月"]
    assert_nothing_lost(_MONTH_DATED, parsed)


# ------------------------------------ an ad set apart under a paragraph wrapped mid-word

_AD_UNDER_WRAPPED_PROSE = (
    _TOP
    + """
　　秋收时节，粮食收购企业要严格执行质量标准，
及时公布收购价格；售粮农户要核对检验结果，保存好票
据，遇到压级压价可拨打热线反映；防“白条”坑农，
尽量选择转账结算。

东湖粮油批发市场
批发零售　　冷链配送　　代储代运
地址：青溪市东湖路166号
服务热线：0576-8856789
"""
)


def test_an_ad_set_apart_under_a_paragraph_wrapped_mid_word_does_not_take_it() -> None:
    # (…保存好票 / 据，…: a line opening on a word's end before its mark is a paragraph wrapped at a
    # column's width, never a poster's phrase)
    parsed = parse_page(_AD_UNDER_WRAPPED_PROSE, 1)
    ads = [x for x in parsed.items if x.type == "advertisement"]
    assert [(a.source.first, a.source.last) for a in ads] == [(11, 14)]
    assert_nothing_lost(_AD_UNDER_WRAPPED_PROSE, parsed)


# ------------------------------------ the desk's word on its pieces before its mailbox, at the foot

_DESK_NOTE_AT_FOOT = """青溪晚报
08
东湖副刊
2026年5月20日　星期三

湖边的晚风
文/周　岚
　　晚风从湖面上吹过来，吹动岸边的柳枝，也吹散了一天的暑气。
　　孩子们在堤上追着萤火虫跑，笑声一直传到对岸。


本版稿件均为原创首发。欢迎投稿，邮箱：qxwbdh@example.com
"""


def test_the_desks_note_before_its_mailbox_at_the_foot_is_furniture_not_the_storys() -> None:
    # (本版…。欢迎投稿，邮箱：…: the desk's line, as 本版投稿邮箱：… is, not the essay's last paragraph)
    parsed = parse_page(_DESK_NOTE_AT_FOOT, 1)
    assert _layout(parsed.items) == [("article", 6, 9)]
    assert_nothing_lost(_DESK_NOTE_AT_FOOT, parsed)
