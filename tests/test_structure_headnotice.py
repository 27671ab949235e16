"""Failure classes blind rounds 19-20 showed in head blocks and boxes (issue 10, fixer
headnotice), on snippets written for these tests in the style of county and city papers
(invented text, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Notice
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

_PAGE_TOP = """青溪日报
2026年3月9日　星期一
第6版　民生

青溪县城区新增公共充电桩300个
　　本报讯（记者 方 远）3月8日，记者从县供电公司获悉，今年以来城区新建公共充电桩300个，
覆盖主要商圈、医院和老旧小区，市民可通过手机查询空闲桩位。

"""

# ------------------------------------------------------ an advice box, signed or not


@pytest.mark.parametrize(
    "advice",
    [
        "出行提示\n　　春季雨水增多，山区道路易发生落石，驾车经过请减速慢行，注意观察路面情况。\n",
        "【用电提醒】\n◆雷雨天气请勿在大树下避雨。\n◆家用电器长时间不用请拔下插头。\n",
        "防疫提示\n　　1.流感高发期请尽量少去人群密集场所。\n　　2.出现发热症状请及时就医。\n",
    ],
)
def test_an_unsigned_advice_box_is_an_article_under_its_title(advice: str) -> None:
    # A box of advice to the reader that nobody signs is the paper's own piece: an article
    # headed by its title (旅游提示 / 健康提示), not a notice someone gave.
    text = _PAGE_TOP + advice
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    *_, box = parsed.items
    title = advice.split("\n")[0].strip("【】")
    assert isinstance(box, Article) and box.headline == title
    assert box.source.first == 9


def test_a_signed_advice_box_is_a_notice() -> None:
    text = _PAGE_TOP + (
        "春耕提醒\n　　当前正值春耕备耕关键期，请各地抓紧检修农机，做好种子、化肥储备。\n"
        "青溪县农业农村局\n2026年3月8日\n"
    )
    parsed = parse_page(text)
    *_, box = parsed.items
    assert isinstance(box, Notice) and box.label == "春耕提醒"
    assert (box.source.first, box.source.last) == (9, 12)


_ADVICE_AFTER_STORY = """青溪日报
2026年3月9日　星期一
第6版　民生

谎称“中奖”骗走店主8000元
　　记者 方 远　通讯员 青公宣
　　3月5日，城东一家小超市的店主接到电话，对方称其中了平台大奖，需先交“保证金”。店主按对方要求
转账8000元后，对方便失去联系。民警接警后迅速追查，已将涉案资金冻结。
{gap}警方提醒
　　凡是自称平台客服、要求先交“保证金”才能领奖的，都是诈骗，请及时拨打110咨询。

老旧小区加装电梯　首批12台开工
　　3月6日，城西片区首批12台加装电梯集中开工，预计6月底前投入使用。
"""


def test_advice_set_apart_under_a_story_is_a_piece_of_its_own() -> None:
    text = _ADVICE_AFTER_STORY.format(gap="\n")
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert [(i.type, i.source.first, i.source.last) for i in parsed.items] == [
        ("article", 5, 8),
        ("article", 10, 11),
        ("article", 13, 14),
    ]
    assert isinstance(parsed.items[1], Article) and parsed.items[1].headline == "警方提醒"


def test_advice_set_solid_under_a_story_is_its_last_part() -> None:
    # set solid, the advice is the story's last part; the head set apart under it the next story's
    text = _ADVICE_AFTER_STORY.format(gap="")
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert [(i.type, i.source.first, i.source.last) for i in parsed.items] == [
        ("article", 5, 10),
        ("article", 12, 13),
    ]
    story = parsed.items[0]
    assert isinstance(story, Article) and [s.text for s in story.subheads] == ["警方提醒"]


# ------------------------------------------------ two head lines: kicker over headline, or headline over deck


def _head(first: str, second: str) -> tuple[str | None, str, str | None]:
    text = (
        "青溪日报\n2026年3月9日　星期一\n第1版　要闻\n\n"
        f"{first}\n{second}\n"
        "　　本报讯（记者 方 远）3月8日，记者从有关部门获悉，这项工作进展顺利，群众反映良好。\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article)
    return story.kicker, story.headline, story.subheadline


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a call to act, over the body that acted
        ("奋力书写乡村振兴青溪答卷", "县政府召开常务会议部署春耕生产工作"),
        # a pair of phrases set apart, over the figure
        ("抢抓农时　不误春耕", "全县已完成早稻育秧1.2万亩"),
        # a theme naming no place and no figure, over which place did what and how much
        ("老手艺里有新门道", "青溪县培育竹编专业村6个"),
        ("建设美丽海湾“样板间”", "东岙港区新建三座生态护岸"),
        # the name of a column, phrases joined by a middle dot
        ("聚焦民生实事 · 基层探访", "石桥镇老街改造完工"),
        # one of a series
        ("“身边的好家风”系列报道之二", "一张借条守了三十年"),
    ],
)
def test_a_kicker_over_the_line_that_tells_the_news(first: str, second: str) -> None:
    assert _head(first, second) == ("".join(first.split()), second, None)


def test_a_line_giving_who_says_what_is_the_deck() -> None:
    first, second = "外卖骑手闯红灯被“记分”", "交警提示：城区8个路口已启用电子抓拍"
    assert _head(first, second) == (None, first, second)


# ------------------------------------------------ a page printed with ASCII marks: the point ends a sentence


def test_an_ascii_point_after_a_character_ends_the_paragraph() -> None:
    text = (
        "青溪日报\n2026年3月9日　星期一\n第2版　乡镇\n\n"
        "石桥镇茶农忙春管<br>\n"
        '&nbsp;&nbsp;&nbsp;&nbsp;3月8日,石桥镇的茶园里,茶农正忙着修剪茶树."今年雨水足,芽头长得好."<br>\n'
        "&nbsp;&nbsp;&nbsp;&nbsp;全镇茶园面积2.6万亩,今年计划新增有机茶园1200亩,预计产值增长12.5%.<br>\n"
        "&nbsp;&nbsp;&nbsp;&nbsp;镇里还组建了技术服务队,上门指导施肥.<br>\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article) and len(story.paragraphs) == 3


# ------------------------------------------------ a short label set apart over a titled table: its box


def test_a_short_label_over_a_titled_table_heads_the_box() -> None:
    text = _PAGE_TOP + (
        "图解\n"
        "一季度全县农业“账本”\n"
        "18.6亿元　农林牧渔业总产值，同比增长5.2%\n"
        "3.4万吨　粮食产量，同比增长2.1%\n"
        "126家　市级以上农业龙头企业\n"
        "（数据来源：青溪县统计局）\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    *_, box = parsed.items
    assert isinstance(box, Article)
    assert (box.kicker, box.headline) == ("图解", "一季度全县农业“账本”")
    assert (box.source.first, box.source.last, len(box.paragraphs)) == (9, 14, 4)


# ------------------------------------------------ a notice titled like one, its text a run of fields


def test_a_titled_notice_of_fields_signed_and_dated_is_a_notice() -> None:
    text = _PAGE_TOP + (
        "“青溪讲堂”第六期活动预告\n"
        "　　本期主题：从一片茶叶看青溪山水\n"
        "　　活动时间：2026年3月14日（星期六）上午9:30\n"
        "　　活动地点：青溪县文化馆二楼多功能厅\n"
        "青溪县文化馆\n"
        "2026年3月9日\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    *_, box = parsed.items
    assert isinstance(box, Notice) and box.label == "“青溪讲堂”第六期活动预告"
    assert (box.source.first, box.source.last) == (9, 14)


# ------------------------------------------------ the page's label, section and date set again over a box


def test_a_running_head_of_the_mastheads_parts_is_furniture_and_an_appeal_is_a_notice() -> None:
    text = (
        "青溪晚报\n"
        "B05　民生\n"
        "2026.03.09　星期一\n\n"
        "城区新增公共充电桩300个\n"
        "　　本报讯（记者 方 远）3月8日，记者从县供电公司获悉，今年以来城区新建公共充电桩300个。\n\n"
        "B05　民生　　2026.03.09\n\n"
        "爱心求助\n"
        "　　石桥镇12岁男孩小林（化名）患重型再生障碍性贫血，正在市人民医院治疗，后续费用预计需20余万元。\n"
        "　　如您愿意帮助他，请拨打本报热线0571-5551234。\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert [(i.type, i.source.first, i.source.last) for i in parsed.items] == [
        ("article", 5, 6),
        ("notice", 10, 12),
    ]
    notice = parsed.items[1]
    assert isinstance(notice, Notice) and notice.label == "爱心求助"
