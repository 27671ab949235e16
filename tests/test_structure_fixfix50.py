"""Failure classes round 50 showed on profile, photo and supplement pages (issue 10), fixer
``fix50``: the desk's call for contributions or news tips at the page's foot (欢迎提供线索, 欢迎投稿,
…踊跃投稿, its hotline or mailbox under it) and the page's word on its pictures read as a photo
credit (本版图片由某某提供): furniture, no item; a profile box under a shortened label (档案,
小档案) read as the story's last lines; a person's byname in quotes (“大山里的摆渡人”) over the
line saying who is so called read as a kicker over a headline; a table whose names are
letter-spaced in their cells (刘  敏) cut short at its first such row; an artwork's title over a note
on the work and its maker's line (作者　X) read as a story; a code cut at the line's end (…新开通F /
65、F66…) read as a list's next item; a place set a wide space apart from its quoted topic (某镇
“社区食堂”) run into the headline under it; and the paper's own office at the foot (刊登声明请到本报
广告部办理 / 地址：…) read as an ad.
Snippets written for these tests in the style of city papers' pages (invented names, places and
figures, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Photo
from publisher.reader import parse_page
from publisher.reader.line_kinds import LIST, TEXT
from publisher.reader.lines import split_lines
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪晚报
2026年9月12日　星期六
第7版
人物
"""

_STORY = """
桥头村的“夜校”
本报记者　林　晓
　　每周二晚上，桥头村村委会的会议室里总是灯火通明。村里的
年轻人在这里学电脑、学直播，老人们则跟着志愿者学用手机。
　　“夜校”开办两年来，已有300多名村民在这里上过课。
"""

# ------------------------------------------------- the desk's call at the foot is furniture


@pytest.mark.parametrize(
    "foot",
    [
        "讲述身边的故事　欢迎提供线索\n新闻热线：0571-86120000",
        "欢迎投稿　来稿请注明真实姓名、联系地址及电话",
        "欢迎各乡镇（街道）通讯员踊跃投稿\n投稿邮箱：qxwbrw@163.com",
        "欢迎提供新闻线索",
        "本版图片由市摄影家协会提供\n投稿邮箱：qxwbrw@163.com",
    ],
)
def test_the_desks_call_for_contributions_at_the_foot_is_furniture(foot: str) -> None:
    text = _TOP + _STORY + "\n" + foot + "\n"
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 10)]
    story = parsed.items[0]
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert_nothing_lost(text, parsed)


def test_a_sentence_calling_for_contributions_is_still_text() -> None:
    # (a sentence, its stop printed, is a notice's or a story's: no desk's line)
    text = _TOP + _STORY + "\n征稿启事\n　　本报即日起开设“身边人”栏目，欢迎广大读者踊跃投稿。\n"
    parsed = parse_page(text, 1)
    assert len(parsed.items) == 2
    assert_nothing_lost(text, parsed)


# ------------------------------------------------ a profile box under a shortened label

_PROFILE = """
守林三十年
——记青溪县东岭林场护林员张德顺
本报记者　林　晓
　　清晨五点，张德顺已经走在巡山的路上。三十年来，他走过的
山路加起来能绕地球两圈。
　　“林子在，心里就踏实。”他说。

{label}
姓名：张德顺
年龄：58岁
职业：东岭林场护林员
"""


@pytest.mark.parametrize("label", ["档案", "小档案", "人物小档案", "个人名片"])
def test_a_profile_box_under_a_short_label_is_a_piece_of_its_own(label: str) -> None:
    text = _TOP + _PROFILE.format(label=label)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 11), ("article", 13, 16)]
    box = parsed.items[1]
    assert isinstance(box, Article)
    assert box.headline == label
    assert box.paragraphs == ("姓名：张德顺", "年龄：58岁", "职业：东岭林场护林员")
    assert_nothing_lost(text, parsed)


# ---------------------------------------------- a byname in quotes titles a profile


@pytest.mark.parametrize("byname", ["“大山里的摆渡人”", "“海岛守护者”", "“田埂上的播种员”"])
def test_a_byname_in_quotes_is_the_headline_over_its_deck(byname: str) -> None:
    text = (
        _TOP
        + f"""
{byname}
乡村教师王秀梅在海岛小学坚守讲台二十年
本报记者　林　晓
　　每天早上七点，王秀梅都会准时站在学校门口，迎接从各个
渔村赶来的孩子。二十年来，她送走了一届又一届学生。
"""
    )
    parsed = parse_page(text, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == (None, byname)
    assert story.subheadline == "乡村教师王秀梅在海岛小学坚守讲台二十年"
    assert_nothing_lost(text, parsed)


@pytest.mark.parametrize("quote", ["“出门两分钟就到菜场了”", "“我就是村里的说书人”", "“家门口的好戏”"])
def test_a_quotation_that_is_no_byname_stays_the_kicker(quote: str) -> None:
    text = (
        _TOP
        + f"""
{quote}
桥头村一条断头路打通
本报记者　林　晓
　　日前，桥头村一条长200米的断头路完成改造并通车，村民出行
更方便了。
"""
    )
    parsed = parse_page(text, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == (quote, "桥头村一条断头路打通")
    assert_nothing_lost(text, parsed)


# ------------------------------------------ a table whose names are letter-spaced in their cells

_TABLE = """
青溪县第三届职工技能大赛获奖名单
组别        一等奖           单位
钳  工      周建国           县机械厂
焊  工      吴  红           县造船厂
电  工      郑家明           县供电公司
车  工      钱  力           县机械厂
"""


def test_a_table_with_letter_spaced_cells_is_one_table() -> None:
    text = _TOP + _TABLE
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 11)]
    table = parsed.items[0]
    assert isinstance(table, Article)
    assert table.headline == "青溪县第三届职工技能大赛获奖名单"
    assert len(table.paragraphs) == 5
    assert_nothing_lost(text, parsed)


# ------------------------------ an artwork's title over a note on the work and its maker's line

_WORK = """
{title}
　　画面以东岭山区深秋为题材，层林尽染，山路蜿蜒，表现了山乡的宁静与丰饶。
{maker}
"""


@pytest.mark.parametrize("title", ["《东岭秋色》（油画）", "《山村晨雾》（国画）", "东岭秋色（水彩）"])
@pytest.mark.parametrize("maker", ["作者　周　宁", "作者：周宁", "周　宁　作"])
def test_an_artwork_over_a_note_on_it_and_its_maker_is_one_picture(title: str, maker: str) -> None:
    text = _TOP + _STORY + _WORK.format(title=title, maker=maker)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 10), ("photo", 12, 14)]
    picture = parsed.items[1]
    assert isinstance(picture, Photo)
    assert picture.title == title
    assert picture.caption.startswith("画面以东岭山区深秋为题材") and picture.caption.endswith("丰饶。")
    assert picture.byline is not None and not picture.byline.photographers
    assert_nothing_lost(text, parsed)


# ------------------------------------------ a code cut at the line's end is no list's number


def test_a_code_cut_by_the_wrap_goes_on_in_its_paragraph() -> None:
    text = (
        _TOP
        + """
东岭镇新开通两条镇域公交线
    本报讯（通讯员 陈小雨）9月1日起，东岭镇新开通K
12、K15两条镇域公交线路，串联8个行政村，票价2元。
"""
    )
    assert split_lines(text)[-1].kind == TEXT
    parsed = parse_page(text, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert len(story.paragraphs) == 1
    assert "新开通K12、K15两条" in story.paragraphs[0]
    assert_nothing_lost(text, parsed)


# ------------------------------- a place set a wide space apart from its quoted topic: a kicker


def test_a_place_and_its_quoted_topic_set_apart_are_the_kicker() -> None:
    text = (
        _TOP
        + """
东岭镇　“爱心驿站”
让环卫工歇歇脚
本报记者　林　晓
    9月10日中午，东岭镇的“爱心驿站”里，几名环卫工正在喝水
休息。驿站开放以来，已接待户外劳动者2000余人次。
"""
    )
    parsed = parse_page(text, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("东岭镇“爱心驿站”", "让环卫工歇歇脚")
    assert_nothing_lost(text, parsed)


def test_a_place_and_its_quoted_topic_set_solid_are_one_headline() -> None:
    text = (
        _TOP
        + """
东岭镇“爱心驿站”
让环卫工歇歇脚
本报记者　林　晓
    9月10日中午，东岭镇的“爱心驿站”里，几名环卫工正在喝水
休息。驿站开放以来，已接待户外劳动者2000余人次。
"""
    )
    parsed = parse_page(text, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == (None, "东岭镇“爱心驿站”让环卫工歇歇脚")
    assert_nothing_lost(text, parsed)


# ------------------------------ the paper's own office at the foot, its address under it


def test_the_papers_office_and_its_address_at_the_foot_are_furniture() -> None:
    text = _TOP + _STORY + "\n刊登遗失声明请携带有效证件到本报广告部办理\n地址：青溪市东湖区学府路18号\n"
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 10)]
    assert_nothing_lost(text, parsed)


def test_a_list_item_ending_on_a_letter_leaves_the_next_item_a_list_item() -> None:
    text = (
        _TOP
        + """
东岭镇卫生院新增三项服务
　　本报讯　日前，东岭镇卫生院新增三项便民服务：
1、大厅配备AED
2、开设夜间门诊
3、提供上门随访
"""
    )
    assert [ln.kind for ln in split_lines(text)[-3:]] == [LIST, LIST, LIST]
    parsed = parse_page(text, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert story.paragraphs[-3:] == ("1、大厅配备AED", "2、开设夜间门诊", "3、提供上门随访")
    assert_nothing_lost(text, parsed)
