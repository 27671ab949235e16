"""Failure classes of the blind rounds (issue 10), the furniture at a page's foot: the
imprint (社址/邮编/定价/印刷/许可证 fields) and the desk's lines (本版编辑/责任编辑/美编/校对, 投稿邮箱,
…联合出品/联办) are page furniture, never an item, whether or not a line names this paper or page;
a notice's or an ad's own contact lines stay in it.
Snippets written for these tests in the style of city and county papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.reader import PageParse, parse_page
from tests.nothing_lost import assert_nothing_lost

_MASTHEAD = """江源日报
2026年9月3日　星期四
第2版　要闻

滨江绿道全线贯通
本报讯（记者 孔令舟）近日，滨江绿道最后一段完成施工，全线贯通，全长18.6公里。
"""


def _types(parsed: PageParse) -> list[tuple[str, int, int]]:
    return [(it.type, it.source.first, it.source.last) for it in parsed.items]


def _parsed(text: str) -> PageParse:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    return parsed


# ------------------------------------------------ the imprint at the foot, naming no paper or page


def test_an_imprint_of_address_postcode_phone_and_price_is_furniture() -> None:
    text = _MASTHEAD + "\n社址：江源市人民路66号　邮编：330100　总编室：0791-6612345　零售价：1.50元\n"
    parsed = _parsed(text)
    assert _types(parsed) == [("article", 5, 6)]
    assert parsed.masthead.imprint[-1].startswith("社址：江源市人民路66号")


def test_an_imprint_set_with_single_spaces_and_ascii_colons_is_furniture() -> None:
    text = _MASTHEAD + "\n社址:江源市人民路66号 邮编:330100 电话:0791-6612345\n"
    parsed = _parsed(text)
    assert _types(parsed) == [("article", 5, 6)]


def test_the_postal_code_line_over_the_desk_credits_is_furniture() -> None:
    text = _MASTHEAD + "\n邮发代号:43-17 广告热线:0791-6618888\n责任编辑:鲁 青 版式:郝 帆\n"
    parsed = _parsed(text)
    assert _types(parsed) == [("article", 5, 6)]
    assert len(parsed.masthead.imprint) >= 2


def test_price_and_printer_under_an_address_line_are_furniture() -> None:
    text = (
        _MASTHEAD + "\n地址：江源市人民路66号　电话：0791-6612345\n定价：每份1.50元　江源日报印务中心印刷\n"
    )
    parsed = _parsed(text)
    assert _types(parsed) == [("article", 5, 6)]


def test_the_makers_credit_of_a_joint_page_is_furniture() -> None:
    text = _MASTHEAD + "\n江源市水利局　江源日报社　联办\n"
    parsed = _parsed(text)
    assert _types(parsed) == [("article", 5, 6)]


# ------------------------------- the page's label and desk credits set solid under a notice's close

_CALL = """江源日报
2026年9月3日　星期四

秋日的江
文/严若水

　　江水瘦了，芦花白了，秋天就这样从江面上走过来。

征稿启事
　　“江风”副刊常年征集散文、诗歌，一经刊用即付稿酬。
　　投稿邮箱：jyrbjf@163.com
江源日报社副刊部
第6版
责任编辑：祁 岚　　美术编辑：卓 宁
"""


def test_the_page_label_and_desk_credits_set_solid_under_a_signature_are_furniture() -> None:
    parsed = _parsed(_CALL)
    assert _types(parsed)[-1] == ("notice", 9, 12)  # the call keeps its e-mail and signature
    assert parsed.masthead.page_label == "第6版"
    assert parsed.masthead.imprint[-1].startswith("责任编辑")


# --------------------------------------------------- a notice's or an ad's contacts stay in it


def test_a_notices_contact_line_with_a_postcode_stays_in_the_notice() -> None:
    text = (
        _MASTHEAD
        + """
遗失声明

江源市河西区晨光文具店遗失营业执照副本一份，声明作废。

联系地址：江源市河西区建设路12号　邮编：330102　联系电话：13907915566
"""
    )
    # set apart at the page's foot, with a postcode: still the notice's own contact, not an imprint
    parsed = _parsed(text)
    assert _types(parsed) == [("article", 5, 6), ("notice", 8, 12)]
    assert not parsed.masthead.imprint


def test_an_ads_address_and_phone_set_apart_at_the_foot_stay_in_the_ad() -> None:
    text = (
        _MASTHEAD
        + """
江源温泉度假村
秋季特惠　双人套票298元

地址：江源市温泉大道1号　预订电话：0791-6699999
"""
    )
    parsed = _parsed(text)
    assert not parsed.masthead.imprint or "温泉大道" not in parsed.masthead.imprint[-1]
    assert parsed.items[-1].source.last == 11


# ------------------------------------------- the desk's credits set solid under a story mid-page


def test_desk_credits_set_solid_under_a_storys_last_paragraph_close_it_as_furniture() -> None:
    text = (
        _MASTHEAD
        + """　　市园林部门介绍，绿道沿线将增设驿站6处，方便市民休憩。
　　编辑　童　欣　　校对　白　露

延伸阅读
绿道骑行请注意
　　骑行时请佩戴头盔，在非机动车道内有序通行。
"""
    )
    parsed = _parsed(text)
    assert _types(parsed)[0] == ("article", 5, 7)
    assert all(it.type != "notice" for it in parsed.items)
    assert "校对" in parsed.masthead.imprint[-1]
