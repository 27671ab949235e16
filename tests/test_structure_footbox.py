"""Failure classes blind rounds 21-22 showed (issue 10), the page's foot and its boxes: the
imprint printed at the foot of a page (the paper's own address, postcode, price and printer, the
page's desk credits), whatever order its fields come in.
Snippets written for these tests in the style of city and county papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

# ------------------------------------------------------------- the imprint at the page's foot

_MASTHEAD = """临川晚报
2026年5月6日　星期三
第3版　城事

河滨公园新添健身步道
本报讯（记者 柯文远）近日，河滨公园新建的健身步道正式开放，全长3.2公里。
"""

_FOOT_ADDRESS_PRICE = (
    _MASTHEAD
    + """
扫码关注“临川晚报”客户端
本报地址：临川市南湖路18号　邮编：344000　新闻热线：0794-8261234
定价：每份1.20元　临川日报印务中心印刷
"""
)

_FOOT_DESK = (
    _MASTHEAD
    + """
本版责任编辑：严　冬　　版式：齐晓梅　　校对：陆　平
"""
)

_FOOT_RUNNING_AND_DESK = (
    _MASTHEAD
    + """
临川晚报　2026年5月6日　星期三
本版编辑：梅　青　　美编：邵　云　　投稿邮箱：lcwbcs@163.com
"""
)


def _types(parsed: object) -> list[tuple[str, int, int]]:
    return [(it.type, it.source.first, it.source.last) for it in parsed.items]  # type: ignore[attr-defined]


def test_the_papers_address_price_and_printer_at_the_foot_are_its_imprint() -> None:
    parsed = parse_page(_FOOT_ADDRESS_PRICE)
    assert_nothing_lost(_FOOT_ADDRESS_PRICE, parsed)
    assert _types(parsed) == [("article", 5, 6), ("qr_prompt", 8, 8)]
    assert parsed.masthead.imprint[-2:] == (
        "本报地址：临川市南湖路18号　邮编：344000　新闻热线：0794-8261234",
        "定价：每份1.20元　临川日报印务中心印刷",
    )


def test_the_pages_desk_credits_at_the_foot_are_its_imprint() -> None:
    parsed = parse_page(_FOOT_DESK)
    assert_nothing_lost(_FOOT_DESK, parsed)
    assert _types(parsed) == [("article", 5, 6)]
    assert parsed.masthead.imprint[-1].startswith("本版责任编辑")


def test_a_running_foot_and_the_desk_line_under_it_are_furniture() -> None:
    parsed = parse_page(_FOOT_RUNNING_AND_DESK)
    assert_nothing_lost(_FOOT_RUNNING_AND_DESK, parsed)
    assert _types(parsed) == [("article", 5, 6)]
    assert parsed.masthead.imprint[-1].startswith("本版编辑")


def test_a_desk_line_followed_by_a_story_is_not_the_foot() -> None:
    # only the page's last lines are its foot: a story under the line keeps it where it was
    text = _FOOT_DESK + "\n市民文化节开幕\n本报讯 昨天，第五届市民文化节在市文化馆开幕。\n"
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert ("notice", 8, 8) in _types(parsed)


# ------------------------------------------------------ a hiring notice under its own title

_HIRING = """临川晚报
2026年5月6日　星期三
第8版　服务

河滨公园新添健身步道
本报讯（记者 柯文远）近日，河滨公园新建的健身步道正式开放，全长3.2公里。

临川市恒远纺织机械有限公司招聘
因生产规模扩大，现面向社会招聘以下人员：
1.挡车工20名，女性优先，月薪5000～7000元；
2.机修工4名，有纺机维修经验者优先。
公司提供食宿，缴纳五险一金。
报名地址：临川市工业园区纬三路16号
联系人：吴先生　电话：0794-8265511
"""


def test_a_companys_hiring_notice_is_a_notice_to_its_contact_lines() -> None:
    parsed = parse_page(_HIRING)
    assert_nothing_lost(_HIRING, parsed)
    assert _types(parsed) == [("article", 5, 6), ("notice", 8, 14)]
    assert parsed.items[1].label == "临川市恒远纺织机械有限公司招聘"  # type: ignore[attr-defined]


# ------------------------------------------- a call for contributions closed by where to send them

_CALL = """临川晚报
2026年5月6日　星期三
第7版　副刊

河边的柳
文/程晓岚

　　春天一到，河边的柳先绿了，像给小城系上了一条长长的绿丝带。

“临水”征稿
本版常年征集散文、随笔及摄影作品，来稿请注明真实姓名及联系电话。稿件一经刊用，即付稿酬。
来稿请发：lcwbfk@163.com
"""


def test_a_titled_call_for_contributions_closed_by_its_address_is_a_notice() -> None:
    parsed = parse_page(_CALL)
    assert_nothing_lost(_CALL, parsed)
    assert _types(parsed)[-1] == ("notice", 10, 12)


# ------------------------------------------ a dateline naming the app, a slash, then the paper


def test_an_app_and_its_paper_joined_by_a_slash_before_xun_is_the_dateline() -> None:
    text = (
        "临川晚报\n2026年5月6日　星期三\n\n"
        "南湖万亩油菜进入盛花期\n"
        "云端临川/临川晚报讯（记者 柯文远 通讯员 买买提·艾力报道）5月5日，南湖镇万亩油菜迎来盛花期。\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    (story,) = parsed.items
    assert story.dateline == "云端临川/临川晚报讯"  # type: ignore[attr-defined]
    assert story.byline.reporters == ("柯文远",)  # type: ignore[attr-defined]
    assert story.byline.correspondents == ("买买提·艾力",)  # type: ignore[attr-defined]


def test_a_notice_set_solid_under_the_classifieds_phone_line_is_its_own() -> None:
    text = (
        "临川晚报\n2026年5月6日　星期三\n\n"
        "晚报分类广告　登报热线：0794-8261999\n"
        "遗失声明\n"
        "临川市湖畔小吃店遗失营业执照副本，声明作废。\n"
        "周小雅遗失临川学院学生证，学号2024031122，声明作废。\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert _types(parsed) == [("advertisement", 4, 4), ("notice", 5, 7)]
