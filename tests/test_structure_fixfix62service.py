"""Failure classes of service pages, fixer ``fix62service``: a service guide (办事指南 / 某某证怎么办 /
办理条件：… / 所需材料：… / 咨询电话：…) set in short fields with no full stop, read as a poster
around its phone.  Snippets written for these tests in the style of a county paper's 民生 page
(invented names, places and figures, no blind page's); each class is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article
from tests.nothing_lost import read_articles, read_items

_TOP = """青禾日报
2026年3月17日　星期二　　　　5
民生·服务
"""

_STORY = """
社区食堂开到家门口
本报记者　邵　宁
　　本报讯　近日，城东街道第三家社区食堂开业，60岁以上老人
凭卡就餐可享八折优惠，每天供应午、晚两餐。
"""

# --------------------------------- a service guide in short fields under its label and title

_GUIDE = (
    _TOP
    + _STORY
    + """
办事指南
新生儿参保登记怎么办
办理渠道：“青禾医保”小程序或各镇便民服务中心
所需材料：新生儿出生医学证明、监护人身份证件
适用对象：本县户籍及在本县出生的新生儿
办理时限：即时办结
咨询电话：0571-6612345
"""
)


def _articles_and_ads(text: str) -> tuple[list[Article], list[Advertisement]]:
    items = read_items(text)
    return (
        [item for item in items if isinstance(item, Article)],
        [item for item in items if isinstance(item, Advertisement)],
    )


def test_service_guide_in_short_fields_is_a_story_of_its_fields_not_an_ad() -> None:
    articles, ads = _articles_and_ads(_GUIDE)
    assert not ads
    story, guide = articles
    assert story.paragraphs[-1].endswith("每天供应午、晚两餐。")
    assert guide.kicker == "办事指南"
    assert guide.headline == "新生儿参保登记怎么办"
    keys = ["办理渠道", "所需材料", "适用对象", "办理时限", "咨询电话"]
    assert [p.split("：")[0] for p in guide.paragraphs] == keys


_GUIDE_UNLABELLED = _GUIDE.replace("办事指南\n", "")


def test_service_guide_under_its_title_alone_is_a_story_too() -> None:
    articles, ads = _articles_and_ads(_GUIDE_UNLABELLED)
    assert not ads
    guide = articles[-1]
    assert guide.headline == "新生儿参保登记怎么办" and not guide.kicker
    assert len(guide.paragraphs) == 5


# --------------------------------- an ad in fields names what it offers: still an ad

_FIELDED_AD = (
    _TOP
    + _STORY
    + """
春季亲子游园会
地点：青禾湿地公园南门
票价：成人40元　儿童20元
优惠：两大一小套票90元
购票热线：0571-6698877
"""
)


def test_ad_in_fields_of_its_offer_stays_an_ad() -> None:
    articles, ads = _articles_and_ads(_FIELDED_AD)
    assert len(articles) == 1 and len(ads) == 1


# --------------------------------- a tip column signed by the office that supplied it, alone in brackets

_TIPS_SIGNED_BY_OFFICE = (
    _TOP
    + """
农技小课堂
■小麦播后及时镇压
　　播种后遇干旱天气，要及时镇压提墒，促进种子与土壤密接，
保证出苗整齐。
■设施蔬菜注意防寒
　　夜间气温降至5℃以下时，大棚要加盖草帘保温，并在晴天中午
适当通风排湿。
（县农业技术推广站）
"""
)


def test_office_in_brackets_alone_under_the_last_sentence_signs_the_tip_no_paragraph() -> None:
    articles, _ = _articles_and_ads(_TIPS_SIGNED_BY_OFFICE)
    last = articles[-1]
    assert last.paragraphs[-1].endswith("适当通风排湿。")
    assert last.byline is not None
    assert [c.names for c in last.byline.others] == [("县农业技术推广站",)]


_SOURCE_AFTER_SENTENCE = _TIPS_SIGNED_BY_OFFICE.replace("通风排湿。\n（县", "通风排湿。（县")


def test_office_in_brackets_after_a_sentence_on_its_line_stays_in_the_text() -> None:
    articles, _ = _articles_and_ads(_SOURCE_AFTER_SENTENCE)
    assert articles[-1].paragraphs[-1].endswith("（县农业技术推广站）")


# --------------------------------- a standfirst ending at the column's width, over numbered parts

_STANDFIRST_OVER_NUMBERED_PARTS = (
    _TOP
    + """
冬储大白菜要过“三道关”
文/贺明远
核心提示：立冬前后是大白菜收获入窖的时
节。怎样才能储得久、不烂心、少失水分？
听听农技员怎么说。
一、适时收获
　　收获前十天停止浇水，晴天下午收获，
在田间晾晒两三天再入窖。
二、控温控湿
　　窖温保持在0℃至2℃，湿度保持在九
成左右，每半月倒菜一次。
三、通风换气
　　入窖初期白天开窗通风，夜间关窗保温，
保持窖内空气新鲜。
"""
)


def test_standfirst_filling_its_column_goes_on_to_the_numbered_part_under_it() -> None:
    story = read_articles(_STANDFIRST_OVER_NUMBERED_PARTS)[0]
    assert story.standfirst is not None and story.standfirst.endswith("听听农技员怎么说。")
    assert [h.text for h in story.subheads] == ["一、适时收获", "二、控温控湿", "三、通风换气"]
    assert story.paragraphs[0].startswith("收获前十天")


# --------------------------------- a marked subhead right under the byline opens the body

_MARKED_PART_UNDER_BYLINE = (
    _TOP
    + """
开学在即　收心有妙招
编者按：暑假进入最后一周，不少孩子还没从假期状态中走出来。
怎样帮孩子平稳过渡？记者请教了几位老师。
本报记者　冯　悦
◇作息慢慢调，别一步到位
专家建议，从现在起每天提早半小时起床，一周后基本恢复上学时的
作息，不要开学前一天突然早起。
◇书包一起理，别全包全揽
班主任陈老师说，让孩子自己整理书包、检查文具，能帮他们找回
上学的感觉。
"""
)


def test_marked_subhead_under_the_byline_heads_the_first_part() -> None:
    story = read_articles(_MARKED_PART_UNDER_BYLINE)[0]
    assert [h.text for h in story.subheads] == ["作息慢慢调，别一步到位", "书包一起理，别全包全揽"]
    assert story.paragraphs[0].startswith("专家建议")
