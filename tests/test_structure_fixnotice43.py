"""Failure classes rounds 43-44 showed on notice, classified and news pages (issue 10), fixer
``fixnotice43``: a company's credit code cut at the line's end read as a phone number (the
减资/注销 notice under its title taken for an ad), 诚聘 / 急聘 over a classified ad not read as its
heading, a forecast signed by a weather office named by its level alone (市气象台…发布), the
page's desk line to call at its foot named by the section the masthead prints (体育热线：… on the
体育 page), and a notice page's word that who placed a notice answers for it (本版信息由刊登者
提供，本报不承担相关法律责任): furniture, no item.
Snippets written for these tests in the style of city papers' pages (invented names, places and
figures, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

import pytest

from publisher.model import Advertisement, Notice, Weather
from publisher.reader import parse_page
from publisher.reader.line_kinds import has_phone
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪晚报
2026年6月3日　星期三
第12版
公告·分类
"""

# ------------------------------------------- a code or a serial number is no phone to call


@pytest.mark.parametrize(
    "text",
    [
        "青溪某某商贸有限公司（统一社会信用代码：91330102",
        "某某遗失收据一张，编号：00368125",
        "不慎遗失营业执照副本，注册号：330102000123456",
        "某某遗失存折一本，账号：62170012",
    ],
)
def test_a_number_labelled_as_a_code_or_serial_is_no_phone(text: str) -> None:
    assert not has_phone(text)


@pytest.mark.parametrize("text", ["联系电话：0571-86123302", "电话：13905718826", "某某店　86123302"])
def test_a_phone_is_still_a_phone(text: str) -> None:
    assert has_phone(text)


_CODE_CUT = (
    _TOP
    + """
减资公告
    青溪市恒达机电设备有限公司（统一社会信用代码：91330102
MA2HXXXX3K）经股东会决议，注册资本由500万元减少至
100万元。请债权人自本公告发布之日起45日内向本公司申报
债权。
联系人：周先生　电话：13905718826
青溪市恒达机电设备有限公司
2026年6月3日

注销公告
    青溪市东湖区小林面馆（统一社会信用代码：92330102
MA2JYYYY5P）经投资人决定注销，请债权人自公告之日起45
日内申报债权。
特此公告。
2026年6月3日
"""
)


def test_a_notice_whose_first_line_ends_on_a_cut_credit_code_is_a_notice() -> None:
    parsed = parse_page(_CODE_CUT, 1)
    assert _layout(parsed.items) == [("notice", 6, 13), ("notice", 15, 20)]
    first, second = parsed.items
    assert isinstance(first, Notice) and isinstance(second, Notice)
    assert (first.label, second.label) == ("减资公告", "注销公告")
    assert first.text.startswith("青溪市恒达机电设备有限公司（统一社会信用代码：91330102MA2HXXXX3K）")
    assert_nothing_lost(_CODE_CUT, parsed)


# ------------------------------------------------ 诚聘 / 急聘 head a classified ad as 招聘 does

_HIRING = (
    _TOP
    + """
{heading}
青溪市安和物业管理有限公司
    因业务拓展，招聘保安员8名、保洁员12名，
年龄55岁以下，身体健康，缴纳社保，提供食宿。
    地址：青溪市东湖区学府路108号
    电话：0571-86123302
"""
)


@pytest.mark.parametrize("heading", ["诚聘", "急聘", "招聘"])
def test_a_hiring_ad_under_any_hiring_word_is_one_ad(heading: str) -> None:
    text = _HIRING.format(heading=heading)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("advertisement", 6, 11)]
    assert isinstance(parsed.items[0], Advertisement)
    assert_nothing_lost(text, parsed)


# ------------------------------------------- a forecast signed by 市气象台, its level alone

_STORY = """东湖社区新建两处健身点
本报讯　近日，东湖社区新建的两处健身点投入使用，居民在家门口
就能锻炼身体。
"""

_FORECAST = """
青溪天气
{issuer}10月12日17时发布
今天夜间到明天：多云，局部有阵雨
气温：20℃～29℃
风向风力：东北风2～3级
温馨提示：早晚温差较大，注意适时增减衣物。
"""


@pytest.mark.parametrize("issuer", ["市气象台", "县气象台", "青溪市气象台"])
def test_a_forecast_signed_by_an_office_named_by_its_level_is_one_box(issuer: str) -> None:
    text = _STORY + _FORECAST.format(issuer=issuer)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 1, 3), ("weather", 5, 10)]
    box = parsed.items[1]
    assert isinstance(box, Weather)
    assert box.text.split("\n")[:2] == ["青溪天气", f"{issuer}10月12日17时发布"]
    assert_nothing_lost(text, parsed)


# --------------------------------- the desk's own line to call at the foot, named by the section

_SPORTS_TOP = """第B6版
青溪晚报
体育
2026年5月30日　星期六
"""

_SPORTS_STORY = """
市青少年游泳联赛落幕
本报讯　为期两天的市青少年游泳联赛日前落幕，来自全市的
300余名选手参赛。
"""


@pytest.mark.parametrize("hotline", ["体育热线：0571-86110110", "体育电话：0571-86110110"])
def test_the_desk_line_named_by_the_page_section_is_furniture(hotline: str) -> None:
    text = _SPORTS_TOP + _SPORTS_STORY + "\n" + hotline + "\n"
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 8)]
    assert_nothing_lost(text, parsed)


def test_a_hotline_naming_no_section_of_the_page_is_left_to_the_ad_rules() -> None:
    text = _SPORTS_TOP + _SPORTS_STORY + "\n服务热线：0571-86110110\n"
    parsed = parse_page(text, 1)
    assert _layout(parsed.items)[0] == ("article", 6, 8)
    assert len(parsed.items) == 2
    assert_nothing_lost(text, parsed)


# ------------------------------ the notice page's word that who placed a notice answers for it


@pytest.mark.parametrize(
    "disclaimer",
    ["本版信息由刊登者提供，本报不承担相关法律责任", "本版内容由刊登者负责", "本栏信息由客户提供。"],
)
def test_the_notice_page_disclaimer_at_the_foot_is_furniture(disclaimer: str) -> None:
    text = (
        _TOP
        + """
遗失声明
　　周丽华遗失青溪市东湖区人民医院出生医学证明一份，声明作废。

"""
        + disclaimer
        + "\n"
    )
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("notice", 6, 7)]
    assert_nothing_lost(text, parsed)
