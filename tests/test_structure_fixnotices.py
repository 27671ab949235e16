"""Failure classes blind rounds 21-24 showed on pages of notices (issue 10): the first notice's
title, set solid under the masthead, read as a second section word.
Snippets written for these tests in the style of city and county papers' notice pages (invented
names, places and figures, no blind page's); each class is a shape that holds on any paper, not one
page's words.
"""

from __future__ import annotations

import pytest

from publisher.model import Notice
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

# ---------------------------------------- the first notice's title set solid under the masthead

_TOP = """青溪晚报　QINGXI EVENING NEWS
12
{section}
2026年5月20日　星期三　　责任编辑：周　雯
{title}
　　受委托，我公司定于2026年6月3日上午9时30分在公司拍卖厅公开拍卖青溪市东湖路商铺一间，参考价96万元。
　　咨询电话：0576-8830123
青溪恒通拍卖有限公司
2026年5月20日
"""


@pytest.mark.parametrize("section", ["公告·分类", "分类广告", "公告"])
@pytest.mark.parametrize("title", ["拍卖公告", "遗失声明", "清算公告"])
def test_a_notice_title_set_solid_under_the_masthead_is_the_first_notice_not_the_section(
    section: str, title: str
) -> None:
    text = _TOP.format(section=section, title=title)
    parsed = parse_page(text, 1)
    assert parsed.masthead.section == section
    assert parsed.masthead.date == "2026-05-20"
    assert _layout(parsed.items) == [("notice", 5, 9)]
    notice = parsed.items[0]
    assert isinstance(notice, Notice) and notice.label == title
    assert notice.text.splitlines()[-2:] == ["青溪恒通拍卖有限公司", "2026年5月20日"]
    assert_nothing_lost(text, parsed)


_LABEL_SECTION = """青溪晚报　QINGXI EVENING NEWS
12
2026年5月20日　星期三
公告
拍卖公告
　　受委托，我公司定于2026年6月3日上午9时30分在公司拍卖厅公开拍卖青溪市东湖路商铺一间，参考价96万元。
　　咨询电话：0576-8830123
青溪恒通拍卖有限公司
2026年5月20日
"""


def test_a_section_printed_as_a_notice_label_over_the_first_title_stays_the_section() -> None:
    # (公告 over 拍卖公告: the page's name over the first notice's title, not a notice of its own)
    parsed = parse_page(_LABEL_SECTION, 1)
    assert parsed.masthead.section == "公告"
    assert _layout(parsed.items) == [("notice", 5, 9)]
    assert_nothing_lost(_LABEL_SECTION, parsed)


# ------------------------------------------- notices set solid, one under another, with no blank lines

_SOLID = """青溪日报
6
公告·广告
2026年5月20日　星期三
注销公告
　　青溪市禾丰农资有限公司经股东会决议，拟向登记机关申请注销登记，请债权人自本公告发布之日起45日内申报债权。
青溪市禾丰农资有限公司清算组
2026年5月20日
遗失声明　青溪市南门菜场摊主陈小梅遗失食品经营许可证正本，声明作废。
遗失声明　青溪市东湖小学遗失银行开户许可证，核准号J5710001234501，声明作废。
减资公告
　　青溪市华洋物流有限公司经股东决定，注册资本由500万元减至100万元，请债权人自本公告发布之日起45日内申报债权。
青溪市华洋物流有限公司
2026年5月20日
{hiring}
　　青溪市锦程酒店管理有限公司因经营需要，现招聘以下人员：
　　前厅接待4名，女性，35周岁以下，月薪4200元起；厨房帮工2名，男女不限，月薪3900元起。
　　单位缴纳五险，提供食宿。有意者请电话联系：0576-8865432（何经理）
讣　告
　　青溪市退休教师王德厚同志因病于2026年5月18日逝世，享年88岁。
王德厚同志治丧小组
2026年5月19日
"""


@pytest.mark.parametrize("hiring", ["招聘", "招　聘", "诚聘"])
def test_notices_set_solid_end_where_the_next_title_starts(hiring: str) -> None:
    text = _SOLID.format(hiring=hiring)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [
        ("notice", 5, 8),
        ("notice", 9, 9),
        ("notice", 10, 10),  # a one-line notice set solid over the next notice's title
        ("notice", 11, 14),
        ("notice", 15, 18),  # a hiring notice: its terms in sentences, a number to call
        ("notice", 19, 22),
    ]
    labels = [n.label for n in parsed.items if isinstance(n, Notice)]
    # (a title spaced out, 招　聘 / 讣　告, is kept without its spaces)
    assert labels == ["注销公告", "遗失声明", "遗失声明", "减资公告", hiring.replace("　", ""), "讣告"]
    assert_nothing_lost(text, parsed)


def test_a_hiring_title_over_a_subhead_s_prose_without_a_number_is_no_notice() -> None:
    # (招聘 over a story's paragraph that gives no number to call: the story's part, not a notice)
    text = _SOLID.format(hiring="招聘").replace("有意者请电话联系：0576-8865432（何经理）", "岗位仍有缺口。")
    parsed = parse_page(text, 1)
    assert ("notice", 15, 18) not in _layout(parsed.items)
    assert_nothing_lost(text, parsed)


_HIRING_AD = """青溪晚报
2026年5月20日
便民信息

招聘
某快餐店招聘店员3名，
包吃住，月薪面议。
电话：0576-8871234
"""


def test_a_hiring_ad_set_a_phrase_to_a_line_stays_an_ad() -> None:
    # (its posts named in short phrases, a poster's lines, not a notice's prose at a column's width)
    parsed = parse_page(_HIRING_AD, 1)
    assert _layout(parsed.items) == [("advertisement", 5, 8)]
    assert_nothing_lost(_HIRING_AD, parsed)


# ------------------------------------ the paper's QR prompt set solid under an ad at the page's foot

_AD_THEN_QR = """青溪晚报
2026年5月20日
便民信息

东湖·悦府　精装现房　首付10万起
售楼热线：0576-8890123
{qr}
"""


@pytest.mark.parametrize(
    "qr",
    [
        "扫码关注“青溪晚报”微信公众号",
        "扫码下载青溪新闻客户端　看更多本地资讯",
        "扫码关注“青溪发布”",
        "扫码进入“青溪分类”小程序",
    ],
)
def test_the_paper_s_qr_prompt_set_solid_under_an_ad_is_its_own(qr: str) -> None:
    text = _AD_THEN_QR.format(qr=qr)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("advertisement", 5, 6), ("qr_prompt", 7, 7)]
    assert_nothing_lost(text, parsed)


@pytest.mark.parametrize("qr", ["扫码预约看房", "扫码关注“东湖悦府”　在线预约看房"])
def test_an_ad_s_own_call_to_scan_set_solid_under_its_contacts_stays_the_ad_s(qr: str) -> None:
    text = _AD_THEN_QR.format(qr=qr)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("advertisement", 5, 7)]
    assert_nothing_lost(text, parsed)


# --------------------------------------- ads set solid under a notice and under one another

_NOTICE_THEN_ADS = """青溪晚报
2026年5月20日
分类广告

更正
本报5月18日第5版《东湖公园改造完工》一文中，“新增绿地1.2万平方米”应为“新增绿地2.1万平方米”，特此更正。
招聘
青溪市某连锁超市诚聘：理货员6名，收银员4名，45周岁以下，月薪4000—5500元，缴纳五险。
面试地址：青溪市东湖路88号　电话：0576-8812233（吴经理）
安心家政
月嫂　育儿嫂　保洁　老人陪护
电话：0576-8856789
东湖小区商铺出租
东湖小区临街商铺一间，面积60平方米，水电齐全，适合餐饮，年租金8万元。
电话：139××××5678
"""


def test_ads_set_solid_under_a_notice_and_under_one_another_are_each_their_own() -> None:
    parsed = parse_page(_NOTICE_THEN_ADS, 1)
    assert _layout(parsed.items) == [
        ("notice", 5, 6),
        ("notice", 7, 9),  # the hiring notice ends with where to answer it
        ("advertisement", 10, 12),  # a name under that number opens an ad of its own
        ("advertisement", 13, 15),  # (and under the ad's phone, the next ad's name: 某某出租)
    ]
    assert_nothing_lost(_NOTICE_THEN_ADS, parsed)


_FIELDS_UNDER_CONTACT = """青溪晚报
2026年5月20日
文化

演出信息
越剧《西厢记》　演出时间：5月23日19:30
地点：青溪大剧院（东湖路）
票价：60元/120元/200元
购票热线：0576-8861234
"""


def test_a_field_under_an_ad_s_contact_is_the_ad_s_not_a_new_ad() -> None:
    # (票价：… under 地点：…: the ad's field and its value, no name over an ad of its own)
    parsed = parse_page(_FIELDS_UNDER_CONTACT, 1)
    assert _layout(parsed.items) == [("advertisement", 5, 9)]
    assert_nothing_lost(_FIELDS_UNDER_CONTACT, parsed)


# -------------------------------- a forecaster's line closed by a colon over the forecast it leads into

_FORECAST = """青溪日报
2026年5月20日
综合

天气预报
青溪市气象台5月20日16时发布：
今天夜里：多云转阴，18℃～24℃；
明天：阴有小雨，19℃～25℃；
东南风3～4级。
"""


def test_a_forecaster_s_line_closed_by_a_colon_heads_the_forecast_under_it() -> None:
    parsed = parse_page(_FORECAST, 1)
    assert _layout(parsed.items) == [("weather", 5, 9)]
    assert_nothing_lost(_FORECAST, parsed)
