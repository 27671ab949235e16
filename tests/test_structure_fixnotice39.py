"""Failure classes round 39 showed on notice and classified pages (issue 10), fixer
``fixnotice39``: phone numbers printed with their digits masked by capital X, the running foot
that repeats the paper, its edition and the section with no date or number, and a paragraph's
first line set in on its indent, wrapped at a short column's width, read as an ad's phrase.
Snippets written for these tests in the style of city papers' notice pages (invented names,
places and figures, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

import pytest

from publisher.model import Advertisement, Article, Notice, Photo
from publisher.reader import parse_page
from publisher.reader.line_kinds import has_phone
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪日报
东湖版
2026年6月3日　星期三
第6版
公告·分类
"""

# ------------------------------------------------------- a phone masked with capital X


@pytest.mark.parametrize("number", ["136XXXX4417", "0571-86XX3302", "0571-8612XXXX", "联系电话：152XXXX0038"])
def test_a_number_masked_with_capital_x_is_a_phone(number: str) -> None:
    assert has_phone(number)


@pytest.mark.parametrize("code", ["91330100MA2C8XXXX7", "33010219850612XXXX", "110105198806XXXX2X"])
def test_a_credit_code_or_id_number_masked_with_x_is_no_phone(code: str) -> None:
    assert not has_phone(code)


_MASKED_CLASSIFIEDS = (
    _TOP
    + """
商铺转让
东湖区学府路沿街店面一间，面积约60平方米，
适合奶茶、快餐。联系电话：136XXXX4417

生活服务
●开锁换锁　汽车钥匙　上门服务　155XXXX2016
●空调移机　加氟维修　价格透明　0571-86XX3302
●家庭保洁　开荒保洁　擦玻璃　139XXXX7750
"""
)


def test_classified_ads_with_masked_phones_are_ads() -> None:
    parsed = parse_page(_MASKED_CLASSIFIEDS, 1)
    assert _layout(parsed.items) == [("advertisement", 7, 9), ("advertisement", 11, 14)]
    assert all(isinstance(x, Advertisement) for x in parsed.items)
    assert_nothing_lost(_MASKED_CLASSIFIEDS, parsed)


# ------------------------------------- the running foot: paper, edition and section again

_FOOT = (
    _TOP
    + """
遗失声明
　　周丽华遗失青溪市东湖区人民医院出生医学证明一份，声明作废。

青溪日报·东湖版　公告·分类
"""
)


def test_the_running_foot_repeating_paper_edition_and_section_is_furniture() -> None:
    parsed = parse_page(_FOOT, 1)
    assert _layout(parsed.items) == [("notice", 7, 8)]
    assert_nothing_lost(_FOOT, parsed)


def test_a_foot_naming_another_section_is_no_furniture() -> None:
    text = _FOOT.replace("青溪日报·东湖版　公告·分类", "青溪日报·东湖版　文体·民生")
    parsed = parse_page(text, 1)
    assert len(parsed.items) == 2


# ------------------------------ a paragraph's indented first line is prose, not an ad's phrase

_NOTE_OVER_CONTACTS = (
    _TOP
    + """
刊登方式调整
　　即日起，本版分类信息可通过“东湖通”
网上提交，也可到报社一楼服务大厅办理。

登报热线：0571-8612XXXX
地址：青溪市东湖区文华路12号
"""
)


def test_a_paragraph_wrapped_at_a_short_columns_width_is_the_storys() -> None:
    parsed = parse_page(_NOTE_OVER_CONTACTS, 1)
    assert _layout(parsed.items) == [("article", 7, 9), ("advertisement", 11, 12)]
    story = parsed.items[0]
    assert isinstance(story, Article) and story.headline == "刊登方式调整"
    assert story.paragraphs == ("即日起，本版分类信息可通过“东湖通”网上提交，也可到报社一楼服务大厅办理。",)
    assert_nothing_lost(_NOTE_OVER_CONTACTS, parsed)


# --------------------------------- an inline correction cut mid-word by a narrow column

_CUT_CORRECTION = (
    _TOP
    + """
更正：本报6月1日第3版《东湖区新建8座口袋公
园》一文中，“总面积3.2万平方米”应为“总面
积2.3万平方米”，特此更正。
本报编辑部
"""
)


def test_an_inline_correction_cut_mid_word_goes_on_under_its_line() -> None:

    parsed = parse_page(_CUT_CORRECTION, 1)
    assert _layout(parsed.items) == [("notice", 7, 10)]
    notice = parsed.items[0]
    assert isinstance(notice, Notice) and notice.label == "更正"
    assert notice.text.splitlines() == [
        "本报6月1日第3版《东湖区新建8座口袋公园》一文中，“总面积3.2万平方米”应为“总面积2.3万平方米”，特此更正。",
        "本报编辑部",
    ]
    assert_nothing_lost(_CUT_CORRECTION, parsed)


# ------------------------- a photo set: numbered captions that wrap, corners as pointers

_WRAPPED_NUMBERED_SET = """青溪晚报
2026年7月9日　星期四
06
视觉

夏日研学　走进山林
　　①　7月6日，来自省城的研学团队在白云山景区听讲解员介
绍植物分类知识。
　　②　学生们在古村落体验传统造纸技艺。
　　③　营员在森林公园里制作树叶标本。本周末，景区还将
接待十余批研学团队。
本报记者　林　远　摄
"""


def test_numbered_captions_wrapped_over_lines_are_one_photo_set() -> None:
    parsed = parse_page(_WRAPPED_NUMBERED_SET, 1)
    assert _layout(parsed.items) == [("photo", 6, 12)]
    photo = parsed.items[0]
    assert isinstance(photo, Photo) and photo.title == "夏日研学走进山林"
    assert photo.byline is not None and photo.byline.photographers == ("林远",)
    assert_nothing_lost(_WRAPPED_NUMBERED_SET, parsed)


_CORNER_POINTERS = """青溪晚报
2026年7月9日　星期四
06
视觉

端午假期　古镇人气旺
端午假期，青溪古镇游人如织，龙舟赛、非遗市集吸引大批游客。
上图：游客在古镇河埠头观看龙舟竞渡。
左下：市集上，手艺人现场编织香囊。
右下：孩子们在老街上品尝米糕。
李　明　摄
"""


def test_captions_pointing_at_corners_make_one_photo_set() -> None:
    parsed = parse_page(_CORNER_POINTERS, 1)
    assert _layout(parsed.items) == [("photo", 6, 11)]
    photo = parsed.items[0]
    assert isinstance(photo, Photo) and photo.title == "端午假期古镇人气旺"
    assert_nothing_lost(_CORNER_POINTERS, parsed)


# ------------------------- a phone inside a paragraph's sentence, under its open first line

_PHONE_IN_PARAGRAPH = """青溪日报
2026年7月9日　星期四
07
健康

读者来信
　　本版开设“读者来信”栏目，读者如有用药方面的
困惑，可拨打热线电话0571-86123456，或
在本报客户端留言，我们将邀请药师为您
解答。
"""


def test_a_phone_inside_a_paragraphs_sentence_is_the_paragraphs() -> None:
    parsed = parse_page(_PHONE_IN_PARAGRAPH, 1)
    assert _layout(parsed.items) == [("article", 6, 10)]
    story = parsed.items[0]
    assert isinstance(story, Article) and story.headline == "读者来信"
    assert len(story.paragraphs) == 1 and story.paragraphs[0].endswith("我们将邀请药师为您解答。")
    assert_nothing_lost(_PHONE_IN_PARAGRAPH, parsed)


# ------------- a bracketed classified heading over posts set like rows, and a ruled label

_BRACKETED_HIRING = (
    _TOP
    + """
━━━━━　分类信息　━━━━━

【出租】
东湖区滨江花园三室两厅出租
家电齐全　拎包入住
电话：13812345678　周女士

【招聘】
青溪某连锁超市诚聘
理货员　10名（女，45岁以下）
收银员　6名（男女不限）
配送司机　3名（持C1驾照）
包午餐，缴纳社保，月薪4000元起
地址：青溪市东湖区文华路66号
报名电话：0571-86654321
"""
)


def test_a_bracketed_hiring_heading_over_its_posts_is_one_ad() -> None:
    parsed = parse_page(_BRACKETED_HIRING, 1)
    layout = _layout(parsed.items)
    assert ("advertisement", 9, 12) in layout
    assert ("advertisement", 14, 21) in layout
    assert all(isinstance(x, Advertisement) for x in parsed.items)
    assert_nothing_lost(_BRACKETED_HIRING, parsed)


# ---------------- a second caption set apart under the story's first, neither credited

_TWO_CAPTIONS_UNDER_STORY = """青溪晚报
2026年7月9日　星期四
06
视觉

夏夜球场
本报记者　王　岚　文/图
　　夜幕降临，东山村的灯光球场已经坐满了人。场边的音
响放着音乐，孩子们举着自制的加油牌跑来跑去。
　　这是今年青溪县“和美乡村篮球赛”的一场小组赛。场
上的队员有种茶的、开民宿的，也有放暑假回家的大学生。
　　“白天干活，晚上打球，一个夏天下来，村里人的精气
神都不一样了。”村党支部书记说，今年共有20支村队参赛。

　　比赛中，东山村队队员突破上篮。

　　场边的小观众为家乡球队加油。


荷塘夏色
　　7月7日，东湖公园的荷花竞相开放，市民游客在此赏荷拍照。
本报记者　李　明　摄
"""


def test_a_second_caption_set_apart_like_the_first_is_a_photo_too() -> None:
    parsed = parse_page(_TWO_CAPTIONS_UNDER_STORY, 1)
    layout = _layout(parsed.items)
    assert layout[-3:-1] == [("photo", 15, 15), ("photo", 17, 17)]
    assert_nothing_lost(_TWO_CAPTIONS_UNDER_STORY, parsed)
