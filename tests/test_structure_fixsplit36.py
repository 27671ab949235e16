"""Failure classes rounds 34-36 showed where one item ends and the next begins (issue 10), fixer
``fixsplit36``: the page's running head printed again without its date over a column, the page's
label set solid under a story's last sentence, an agency's bare credit under a caption, a column
of classified ads under its label (a heading that speaks in sentences, a name framed by marks), a
quotation and its ——speaker opening a story under its byline, a flush line under an indented story
over the story's next indented paragraph.  Snippets written for these tests (invented papers,
names, places and figures, no blind page's); each class is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Photo
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪晚报
B05　健康·生活
2026.6.10　星期三
编辑：周　洁　美编：林　涛
"""

# ------------------------------------ the running head again, with no date, over a column

_RUNNING_HEAD_NO_DATE = (
    _TOP
    + """
夏季饮食要注意卫生
　　入夏以来，气温升高，食物容易变质，市民要注意饮食卫生，剩饭剩菜要及时冷藏。
　　专家提醒，生熟食品要分开存放，瓜果要洗净再吃。

青溪晚报　健康·生活　　　　　　B05
名医访谈
老人补钙有哪些误区
本报记者　丁　宁
　　不少老人认为多喝骨头汤就能补钙，其实骨头汤里的钙含量很低。
"""
)


def test_the_running_head_without_its_date_is_furniture_not_the_next_storys_kicker() -> None:
    # the paper's name, the section and the page's label, each as the top printed them: the
    # running head again, the story under it starting on its own kicker
    parsed = parse_page(_RUNNING_HEAD_NO_DATE, 1)
    assert _layout(parsed.items) == [("article", 6, 8), ("article", 11, 14)]
    second = parsed.items[1]
    assert isinstance(second, Article)
    assert (second.kicker, second.headline) == ("名医访谈", "老人补钙有哪些误区")
    assert 10 in parsed.masthead.lines
    assert_nothing_lost(_RUNNING_HEAD_NO_DATE, parsed)


_LABEL_UNDER_STORY = """青溪晚报
2026年6月10日　星期三
A05
城事
编辑：周　洁

东湖公园荷花进入盛花期
　　连日来，东湖公园万余株荷花竞相开放，吸引市民前来观赏。
　　公园管理处介绍，今年荷花花期预计持续到8月底。
A05

　　6月8日，志愿者在东湖公园清理水面漂浮物。　　东湖社区　供图

城事简讯
　　本周六起，市图书馆延长开放时间至晚上9点。
"""


def test_the_pages_label_set_solid_under_a_storys_last_sentence_is_furniture() -> None:
    parsed = parse_page(_LABEL_UNDER_STORY, 1)
    assert _layout(parsed.items)[:2] == [("article", 7, 9), ("photo", 12, 12)]
    assert 10 in parsed.masthead.lines
    # (the picture's source print-spaced from its 供图: the caption's credit, not its words)
    photo = parsed.items[1]
    assert isinstance(photo, Photo) and photo.caption == "6月8日，志愿者在东湖公园清理水面漂浮物。"
    assert not any(isinstance(x, Article) and x.headline == "A05" for x in parsed.items)
    assert_nothing_lost(_LABEL_UNDER_STORY, parsed)


# ------------------------------------------------ an agency's bare credit under a caption

_AGENCY_CREDIT = (
    _TOP
    + """
全国夏粮收购进度过半
　　新华社北京6月9日电（记者　林　晓）国家粮食部门最新数据显示，截至6月8日，主产区
累计收购小麦3000多万吨。

　　6月8日，在某省一处粮库，工人在卸运新麦。
中新社发

青溪港集装箱吞吐量创新高
　　本报讯　今年前5个月，青溪港完成集装箱吞吐量120万标箱，同比增长11%。
"""
)


def test_an_agencys_bare_credit_closes_the_caption_and_the_next_story_starts_on_its_head() -> None:
    parsed = parse_page(_AGENCY_CREDIT, 1)
    assert _layout(parsed.items) == [("article", 6, 8), ("photo", 10, 11), ("article", 13, 14)]
    photo = parsed.items[1]
    assert isinstance(photo, Photo)
    assert photo.caption == "6月8日，在某省一处粮库，工人在卸运新麦。"
    # the agency sent the picture out: a source, no photographer's name
    assert photo.byline is not None and not photo.byline.photographers
    story = parsed.items[2]
    assert isinstance(story, Article) and story.headline == "青溪港集装箱吞吐量创新高"
    assert_nothing_lost(_AGENCY_CREDIT, parsed)


# -------------------------------------------- a column of classified ads under its label

_CLASSIFIED_COLUMN = """青溪日报
2026年6月10日　星期三
8
公告·分类
责任编辑：许　静

分类信息

诚　聘
青溪某建材公司因业务发展，现招聘：
货车司机3名，持B2驾照；
库管员2名，熟练使用电脑。
地址：青溪市东城区工业路18号
电话：0576-8123456

商铺转让
西湖路临街商铺80平方米转让，
适合便利店、奶茶店。电话：13905760001

◆　顺心搬家　◆
居民搬家　钢琴搬运　家具拆装
地址：青溪市南门路66号
热线：0576-8654321
"""


def test_a_classified_columns_label_set_apart_heads_no_one_ad() -> None:
    # (the label names the column, as a section's word the page: the page's furniture, no ad of
    # its own, as the blind rounds' gold has it since round 34)
    parsed = parse_page(_CLASSIFIED_COLUMN, 1)
    assert 7 in parsed.masthead.lines
    assert _layout(parsed.items) == [
        ("advertisement", 9, 14),
        ("advertisement", 16, 18),
        ("advertisement", 20, 23),
    ]
    assert all(isinstance(x, Advertisement) for x in parsed.items)
    assert_nothing_lost(_CLASSIFIED_COLUMN, parsed)


def test_a_classified_ad_under_its_heading_may_run_a_sentence_over_its_lines() -> None:
    # (商铺转让 / …转让， / 适合…。电话：…: the heading says what is offered, the sentence under
    # it is the ad's, down to its phone)
    parsed = parse_page(_CLASSIFIED_COLUMN, 1)
    ad = next(x for x in parsed.items if x.source.first == 16)
    assert isinstance(ad, Advertisement) and ad.source.last == 18


# ------------------------------------- a quotation and its speaker under the byline

_QUOTE_UNDER_BYLINE = (
    _TOP
    + """
青溪匠人
一把刨子刨出四十年
——访木工技艺传承人陈德顺
本报记者　吴　敏
“木头有脾气，你得顺着它的纹理
走，活儿才做得好。”
——陈德顺
　　6月5日，记者走进陈德顺的木工坊时，他正弯着腰刨一块樟木板，刨花卷成一圈圈落在
地上。
　　记者：您是怎么学的木工？
　　陈德顺：十六岁跟着师傅学，光磨刨刀就磨了一年。

人物名片
　　陈德顺，1962年生，青溪县人，省级非遗传承人。
"""
)


def test_a_quotation_and_its_speaker_under_the_byline_open_the_story() -> None:
    parsed = parse_page(_QUOTE_UNDER_BYLINE, 1)
    assert _layout(parsed.items)[:1] == [("article", 6, 16)]
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert story.headline == "一把刨子刨出四十年"
    assert story.paragraphs[0].startswith("6月5日，记者走进陈德顺的木工坊时")
    assert [q.attribution for q in story.pull_quotes] == ["陈德顺"]
    assert_nothing_lost(_QUOTE_UNDER_BYLINE, parsed)


# ------------------------------ a flush line under an indented story, over its next paragraph

_FLUSH_QUOTE_LINE = (
    _TOP
    + """
青溪半程马拉松鸣枪开跑
文/图　本报记者　许　航
　　6月7日7时，青溪半程马拉松在市民广场鸣枪开跑，8000余名跑者参赛。
　　本土选手李明以1小时8分获得男子组第四名。
“家门口比赛，跑起来特别有劲。”
赛后，李明笑着说。
　　赛道沿线设置了20余个加油点，不少市民自发为
跑者送上掌声。

　　6月7日，跑者经过滨江大道。
"""
)


def test_a_flush_line_over_the_storys_next_indented_paragraph_is_no_caption() -> None:
    # (a head set solid below a flush line closes the story; a line indented there opens its
    # next paragraph, cut where no mark stands)
    parsed = parse_page(_FLUSH_QUOTE_LINE, 1)
    assert _layout(parsed.items) == [("article", 6, 13), ("photo", 15, 15)]
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert story.paragraphs[-1] == "赛道沿线设置了20余个加油点，不少市民自发为跑者送上掌声。"
    assert_nothing_lost(_FLUSH_QUOTE_LINE, parsed)


# --------------------------------------------- the imprint's lines at the page's foot

_FOOT_FIELDS = (
    _TOP
    + """
夏季饮食要注意卫生
　　入夏以来，气温升高，食物容易变质，市民要注意饮食卫生，剩饭剩菜要及时冷藏。

扫码关注“青溪健康”
获取更多健康资讯

{foot}
"""
)


def test_the_imprints_fields_at_the_foot_are_furniture() -> None:
    for foot in (
        # (a field alone on its line: the cover price, the page's own number)
        "本报地址：青溪市东城区江滨路8号　邮编：318000\n"
        "广告许可证：3310004000012　印刷：青溪日报社印务中心\n"
        "零售价：1.50元",
        "本版咨询热线：0576-8800000",
        # (the paper named as its publisher, then its address and postcode)
        "青溪日报社　地址：青溪市东城区江滨路8号　邮编：318000",
        # (the page's word on the ads it prints, after the advertising licence)
        "广告经营许可证：青市监广登字〔2026〕003号　本版内容由刊登者负责",
        # (the bodies that ran the page with the paper: 协办)
        "青溪市委政法委　青溪市人民法院　协办",
    ):
        text = _FOOT_FIELDS.format(foot=foot)
        parsed = parse_page(text, 1)
        assert [x.type for x in parsed.items] == ["article", "qr_prompt"], foot
        first_foot_line = 12
        assert first_foot_line in parsed.masthead.lines, foot
        assert_nothing_lost(text, parsed)


# -------------------------- a bracketed part's label under the byline, over the dateline

_PART_OVER_DATELINE = (
    _TOP
    + """
以案说法
轻信“高薪兼职”被骗刷单
本报记者　何　静　通讯员　宋　阳
【案情回顾】
　　本报讯　今年3月，市民李某在网上看到“刷单返利”广告，先后转账2万余元后
对方失联。
【法官提醒】
　　法官提醒，凡是要求先垫付资金的兼职都是诈骗。
"""
)


def test_a_bracketed_parts_label_under_the_byline_over_the_dateline_is_the_storys_part() -> None:
    parsed = parse_page(_PART_OVER_DATELINE, 1)
    assert _layout(parsed.items) == [("article", 6, 13)]
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert (story.headline, story.dateline) == ("轻信“高薪兼职”被骗刷单", "本报讯")
    assert [s.text for s in story.subheads] == ["案情回顾", "法官提醒"]
    assert_nothing_lost(_PART_OVER_DATELINE, parsed)
