"""Failure classes rounds 12-37 showed on sports, finance and legal pages (issue 10), fixer
``fixmisc44``: a long number a notice's line cut at its end read as a phone, a column's brief whose
head a wide space sets off from a text the column's width cut after a few words, a page's note on
the source of its pictures set apart under the last story.  Snippets written for these tests
(invented names, places and figures); each class is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Notice
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪晚报
06
文体新闻
2026年5月20日　星期三
"""

# ------------------------------------------- a long number cut at a line's end is no phone


def test_a_number_cut_by_the_wrap_is_the_notices_text_not_a_phone() -> None:
    text = (
        _TOP
        + """
某某法院公告
　　王某某：本院受理原告诉你合同纠纷一案，现依法向你公告送达。
　　特此公告。
青溪市东湖区人民法院
二〇二六年五月二十日
遗失声明
　　青溪市某某商贸有限公司遗失营业执照副本，编号：4401060
03312，声明作废。
2026年5月20日
"""
    )
    parsed = parse_page(text, 1)
    notices = [x for x in parsed.items if isinstance(x, Notice)]
    assert [n.label for n in notices][-1] == "遗失声明"
    assert _layout(parsed.items)[-1] == ("notice", 11, 14)
    assert notices[-1].text.splitlines()[-1] == "2026年5月20日"
    assert_nothing_lost(text, parsed)


def test_a_phone_at_a_lines_end_is_still_a_phone() -> None:
    # (a number the next line does not carry on in digits stays a number to call)
    text = (
        _TOP
        + """
青溪某某装饰公司
全屋定制　旧房翻新
　　咨询热线：0576-8812345
地址：青溪市东湖路18号
"""
    )
    parsed = parse_page(text, 1)
    assert not any(isinstance(x, Notice) for x in parsed.items)
    assert_nothing_lost(text, parsed)


# ------------------------- a brief's head set off by a wide space, its text cut after a few words

_CUT_BRIEFS = (
    _TOP
    + """
体育快讯
　　●市青少年篮球联赛揭幕　5月18日，
2026年市青少年篮球联赛在市体育馆开赛，
32支队伍参赛。（记者　周明）
　　●东湖区举办“龙舟杯”划船赛　17日，
比赛在东湖公园举行，吸引300余名爱好者
参赛。
　　●市图书馆推出周末夜读延时服务　即日
起，该馆每周五开放至晚上10点。
"""
)


def test_a_briefs_head_set_off_by_a_wide_space_over_a_cut_text() -> None:
    parsed = parse_page(_CUT_BRIEFS, 1)
    arts = [x for x in parsed.items if isinstance(x, Article)]
    assert [a.headline for a in arts] == [
        "市青少年篮球联赛揭幕",
        "东湖区举办“龙舟杯”划船赛",
        "市图书馆推出周末夜读延时服务",
    ]
    assert all(a.kicker == "体育快讯" for a in arts)
    assert arts[0].paragraphs[0].startswith("5月18日，2026年")
    assert arts[1].paragraphs[0].startswith("17日，比赛")
    assert arts[2].paragraphs[0].startswith("即日起，")
    assert_nothing_lost(_CUT_BRIEFS, parsed)


# --------------------------------------- the page's note on its pictures' source, set apart


def test_a_page_wide_picture_credit_under_the_last_story_is_no_part_of_it() -> None:
    text = (
        _TOP
        + """
乡村球赛打出精气神
记者　赵　雪
　　5月16日晚，某镇篮球场灯火通明，一场乡
村篮球赛正在进行，场边围满了加油的村民。
　　今年以来，全县举办乡村篮球赛40余场，
现场观众累计超过3万人次。“白天干农活，
晚上打比赛。”参赛队员说。

本版图片除署名外均由青溪市文化广电旅游局提供
"""
    )
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 12)]
    art = parsed.items[0]
    assert isinstance(art, Article) and len(art.paragraphs) == 2
    assert_nothing_lost(text, parsed)


# --------------------------------- a listed company's disclosure codes over its announcement


def test_a_listed_companys_codes_over_its_announcement_open_the_notice() -> None:
    text = (
        _TOP
        + """
证券代码：600000　证券简称：青溪股份　公告编号：2026-031
青溪制造股份有限公司
关于召开2026年第一次临时股东大会的通知
　　本公司董事会及全体董事保证本公告内容不存在任何虚假记载。
　　一、会议时间：2026年6月10日14:00
　　二、会议地点：青溪市东湖路8号公司会议室
青溪制造股份有限公司董事会
2026年5月20日
"""
    )
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("notice", 6, 13)]
    notice = parsed.items[0]
    assert isinstance(notice, Notice)
    assert notice.label == "青溪制造股份有限公司关于召开2026年第一次临时股东大会的通知"
    assert notice.text.splitlines()[0].startswith("证券代码：600000")
    assert notice.text.splitlines()[-1] == "2026年5月20日"
    assert_nothing_lost(text, parsed)
