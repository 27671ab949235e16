"""Boxes printed beside the stories (issue 10, wave 3), on snippets written for these tests
in the style of county and city papers (invented text, no blind page's).

A teaser box (导读) is a column of briefs: each teaser's title, its summary and the pointer to
the page printing the story (（详见第N版）), which is where the story is, not text to read.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Notice, Weather
from publisher.reader import parse_page
from tests.test_structure_columns import _items, _layout

_LEAD = """南溪县城区智慧停车系统上线
新增泊位2300个
记者 吴 涛

本报讯 昨日，城区智慧停车系统正式上线，市民可通过手机查询空余泊位，
预约停车并在线缴费。

据介绍，系统覆盖城区主要商圈和医院周边，新增泊位2300个。

"""

_POINTER_ON_ITS_OWN = """{label}
{m}南溪茶园迎来采摘季

全县12万亩茶园陆续开采，明前茶收购价与去年持平。

详见第3版

{m}县运会开幕

18支代表队1200余名运动员参赛。

详见第6版
"""

_POINTER_CLOSING = """{label}
{m}南溪茶园迎来采摘季

全县12万亩茶园陆续开采，明前茶收购价与去年持平。（详见第3版）

{m}县运会开幕

18支代表队1200余名运动员参赛。（详见第6版）
"""


@pytest.mark.parametrize("box", [_POINTER_ON_ITS_OWN, _POINTER_CLOSING])
@pytest.mark.parametrize(("label", "mark"), [("导读", "▶"), ("今日导读", ""), ("导 读", "●")])
def test_a_teaser_box_is_a_column_of_briefs_not_the_lead_storys_tail(box: str, label: str, mark: str) -> None:
    items = _items(_LEAD + box.format(label=label, m=mark))
    lead, *teasers = items
    assert isinstance(lead, Article)
    assert lead.source.last == 8
    assert lead.paragraphs[-1] == "据介绍，系统覆盖城区主要商圈和医院周边，新增泊位2300个。"
    pointer_line = 15 if box is _POINTER_ON_ITS_OWN else 13
    assert [(a.kicker, a.headline, a.paragraphs) for a in teasers if isinstance(a, Article)] == [
        (label.replace(" ", ""), "南溪茶园迎来采摘季", ("全县12万亩茶园陆续开采，明前茶收购价与去年持平。",)),
        (label.replace(" ", ""), "县运会开幕", ("18支代表队1200余名运动员参赛。",)),
    ]
    # the first teaser starts at the box's label; each ends at its pointer, kept as where the story is
    assert _layout(items)[1] == ("article", 10, pointer_line)
    assert all(isinstance(a, Article) and a.continuation and "版" in a.continuation[0] for a in teasers)


def test_a_story_that_mentions_a_teaser_word_is_no_box() -> None:
    text = _LEAD + "导读\n\n阅读推广活动将持续到年底，详情可关注县图书馆公众号。\n"
    items = _items(text)
    assert not any(isinstance(a, Article) and a.kicker == "导读" for a in items)


# ------------------------------------------------------------------ notices ending before an ad

_NOTICE_THEN_AD = """南溪日报
2025年5月7日 星期三
第4版：社会

{title}
本人于5月3日在县汽车站附近不慎遗失蓝色钱包一个，内有身份证及银行卡若干。有拾到者请与本人联系，必有重谢！
{close}

{ad}
"""

_ADS = (
    "南溪某某口腔门诊\n种植牙 矫正 洁牙\n地址：南溪县人民路某号\n预约电话：0831-5551234",
    "登报热线：0831-5556789\n地址：南溪县文化路某号报社一楼",
)
_CLOSES = ("联系电话：139××××1234 陈女士", "联系人：陈女士　电话：139××××1234\n2025年5月6日")


@pytest.mark.parametrize("ad", _ADS)
@pytest.mark.parametrize("close", _CLOSES)
@pytest.mark.parametrize("title", ["寻物启事", "遗失声明"])
def test_a_notice_ends_at_its_contact_or_date_and_the_ad_below_is_its_own(
    title: str, close: str, ad: str
) -> None:
    items = parse_page(_NOTICE_THEN_AD.format(title=title, close=close, ad=ad)).items
    notice_last = 6 + close.count("\n") + 1
    assert [(i.type, i.source.first, i.source.last) for i in items] == [
        ("notice", 5, notice_last),
        ("advertisement", notice_last + 2, notice_last + 1 + ad.count("\n") + 1),
    ]
    notice = items[0]
    assert isinstance(notice, Notice) and notice.label == title
    assert "地址" not in notice.text


# ------------------------------------------------------------------ titled notices read as notices

_STORY_ABOVE = """南溪日报
2025年9月2日 星期二
第5版：教育

秋季学期开学准备就绪
记者 吴 涛

本报讯 全县各中小学已完成校舍安全检查，新学期将于9月1日正式开学。

"""


@pytest.mark.parametrize(
    ("title", "body", "close"),
    [
        (
            "南溪县某某实验学校2025年秋季招生简章",
            "经县教育局批准，我校面向社会招收一年级新生。\n（一）招生计划：4个班160人。\n（二）报名时间：即日起至9月10日。",
            "咨询电话：0831-5551234",
        ),
        (
            "南溪县城东污水处理厂扩建工程环境影响评价第二次公示",
            "现将项目环境影响报告书有关信息公示如下：\n一、项目概要：新增日处理能力2万吨。\n二、公众意见提交方式：电子邮件或信函。",
            "南溪县城东水务有限公司\n2025年9月2日",
        ),
        (
            "秋收提醒",
            "当前正值秋收关键期，请注意以下几点：\n1.抢晴收获。成熟地块要抓紧收割。\n2.及时晾晒。防止霉变。",
            "南溪县农业农村局",
        ),
    ],
)
def test_a_notice_titled_with_what_it_is_about_is_a_notice(title: str, body: str, close: str) -> None:
    text = (
        _STORY_ABOVE
        + f"{title}\n{body}\n{close}\n\n教育简讯\n\n●县一中新校区启用 9月1日，县一中新校区正式投入使用。\n"
    )
    items = parse_page(text).items
    first = text.split("\n").index(title) + 1
    last = first + body.count("\n") + close.count("\n") + 2
    notices = [i for i in items if isinstance(i, Notice)]
    assert [(n.label, n.source.first, n.source.last) for n in notices] == [(title, first, last)]
    story = items[0]
    assert isinstance(story, Article) and story.source.last == first - 2


def test_advice_among_a_storys_subheads_stays_its_subhead() -> None:
    text = _STORY_ABOVE + (
        "案情回顾\n\n2024年，王某在网上购买玉镯一只，收货后发现系假货。\n\n"
        "法院判决\n\n法院审理后判决商家退一赔三。\n\n"
        "法官提醒\n\n消费者应选择正规渠道购物，保存好聊天记录等证据。\n"
    )
    items = parse_page(text).items
    assert not any(isinstance(i, Notice) for i in items)


# ------------------------------------------------------------------ weather boxes keep their last lines

_FORECASTS = (
    # advice set solid under the days, then who issued it
    (
        "南溪天气\n今天多云转晴，东北风2～3级，\n最高气温25℃，最低气温13℃；\n明天晴，气温12℃～26℃。\n"
        "昼夜温差较大，请注意适时增减衣物。\n南溪县气象台9月2日6时发布",
        "南溪天气\n今天多云转晴，东北风2～3级，\n最高气温25℃，最低气温13℃；\n明天晴，气温12℃～26℃。\n"
        "昼夜温差较大，请注意适时增减衣物。\n南溪县气象台9月2日6时发布",
    ),
    # the next day's sky without a measure, the readings on a line of their own
    (
        "今天阴有小雨，东南风3到4级。\n明天阴转多云，傍晚有零星小雨。\n今天白天最高气温24℃，明天早晨最低气温16℃。",
        "今天阴有小雨，东南风3到4级。\n明天阴转多云，傍晚有零星小雨。\n今天白天最高气温24℃，明天早晨最低气温16℃。",
    ),
)


@pytest.mark.parametrize(("box", "text"), _FORECASTS)
def test_a_forecast_box_keeps_its_advice_and_every_day(box: str, text: str) -> None:
    page = _STORY_ABOVE + box + "\n\n南溪某某超市\n秋季家电节 全场八折\n咨询电话：0831-5559876\n"
    items = parse_page(page).items
    weather = [i for i in items if isinstance(i, Weather)]
    first = len(_STORY_ABOVE.split("\n"))
    assert [(w.source.first, w.source.last, w.text) for w in weather] == [
        (first, first + box.count("\n"), text)
    ]
    assert items[-1].type == "advertisement"


# ------------------------------------------------------------------ a hotline column of questions

_HOTLINE = """南溪热线
■老旧小区加装电梯怎么申请？

读者孙先生来电：我家住城南某小区5楼，想和邻居一起加装电梯，不知道该去哪里申请。

记者从县住建局了解到，居民可向所在街道提交申请，县里对每台电梯补助15万元。

■公园晨练噪音扰民谁来管？

问：小区旁边的公园每天早上6点就有人放音乐跳舞，声音很大，能管吗？

答：县城管局表示，已联系晨练团队约定音量和时间，并将加强巡查。
"""


def test_each_question_of_a_hotline_column_is_its_own_item() -> None:
    items = parse_page(_STORY_ABOVE + _HOTLINE).items
    first = len(_STORY_ABOVE.split("\n"))
    asked = [(a.kicker, a.headline, a.source.first, a.source.last, len(a.paragraphs)) for a in items[1:]]
    assert asked == [
        ("南溪热线", "老旧小区加装电梯怎么申请？", first, first + 5, 2),
        ("南溪热线", "公园晨练噪音扰民谁来管？", first + 7, first + 11, 2),
    ]


def test_an_unmarked_story_under_a_bulleted_column_is_not_the_columns() -> None:
    story = (
        "\n城西菜市场完成提升改造\n本报讯（记者 吴涛）9月1日，城西菜市场改造完工重新开业，新增摊位60个。\n"
    )
    items = parse_page(_STORY_ABOVE + _HOTLINE + story).items
    last = items[-1]
    assert isinstance(last, Article)
    assert (last.kicker, last.headline, last.byline is not None) == (None, "城西菜市场完成提升改造", True)
    assert [a.kicker for a in items[1:-1]] == ["南溪热线", "南溪热线"]


@pytest.mark.parametrize("mark", ["文/图", "图/文", "文／摄"])
def test_text_and_picture_marked_between_two_credits_makes_the_first_a_photographer(mark: str) -> None:
    from publisher.reader.bylines import parse_byline

    byline = parse_byline(f"■本报记者 吴 涛 {mark}　通讯员 陈 静")
    assert byline is not None
    assert (byline.reporters, byline.correspondents, byline.photographers) == (
        ("吴涛",),
        ("陈静",),
        ("吴涛",),
    )
