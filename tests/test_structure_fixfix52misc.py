"""Failure classes round 56 showed on county papers' pages (issue 10), fixer ``fix52misc``.
Snippets written for these tests (invented papers, places, names and figures, no blind page's);
each class is a shape any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

# ------------------------------- a paper named 今日 and its place, on one line with its page's parts

_TODAY_PAPER_TOP = """今日青溪　　　　　　　　　　民生·健康　　　　5
2026年6月3日　星期三
责任编辑　周　敏

社区卫生服务站新增夜间门诊
　　记者从市卫健委获悉，6月1日起，城区8个社区卫生服务站开设夜间门诊，
方便上班族就医。
"""


def test_a_today_paper_beside_its_dotted_section_and_page_number_is_the_masthead() -> None:
    # 今日 and a place, the page's dotted name and its number on the first line, the date on the
    # line under it: the paper's masthead, no line of text
    parsed = parse_page(_TODAY_PAPER_TOP, 1)
    assert_nothing_lost(_TODAY_PAPER_TOP, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.section, m.page_label, m.date) == ("今日青溪", "民生·健康", "5", "2026-06-03")
    assert [item.type for item in parsed.items] == ["article"]


_TODAY_PAPER_RUNNING_HEAD = """6
2026年6月3日　星期三
今日青溪
乡镇新闻

白沙镇建成集中育秧中心
通讯员　方　明
　　本报讯　近日，白沙镇集中育秧中心建成投用，可满足全镇
3000亩早稻育秧需求。中心采用自动化流水线播种，
每小时可播种秧盘800盘。
今日青溪　　2026年6月3日　　乡镇新闻

乡镇快讯
■白沙镇
　　6月1日，白沙镇组织农技人员深入田间，指导农户开展早稻育秧。
"""


def test_a_running_head_naming_the_paper_the_top_prints_alone_is_the_masthead() -> None:
    # the paper's name, the date and the page's name printed again under the story's last
    # line: furniture, no paragraph of the story, however the top set the name (alone on a line)
    parsed = parse_page(_TODAY_PAPER_RUNNING_HEAD, 1)
    assert_nothing_lost(_TODAY_PAPER_RUNNING_HEAD, parsed)
    assert parsed.masthead.newspaper == "今日青溪"
    running_head = _TODAY_PAPER_RUNNING_HEAD.split("\n").index("今日青溪　　2026年6月3日　　乡镇新闻") + 1
    assert running_head in parsed.masthead.lines
    story = parsed.items[0]
    assert story.type == "article"
    assert story.source.last == running_head - 1
    assert len(story.paragraphs) == 1


# ------------------------------- classified ads: a heading in brackets run in, a column's label

_CLASSIFIED_TOP = """第6版　　公告·分类
青溪日报　2026年6月3日　星期三
编辑：方　圆

"""

_RUN_IN_HEADINGS = (
    _CLASSIFIED_TOP
    + """— 便民信息 —
【招聘】青溪某食品公司招包装工20名，
月薪4200—5000元，包午餐，缴五险。
电话：13800001234　何经理

【转让】城东菜市场旁水果店整体转让，
面积80平方米，客源稳定。
电话：13900005678　朱女士

更　正
　　本报6月1日第3版《青溪龙舟赛开赛》一文中，“第八届”应为“第九届”。特此更正。
本报编辑部
"""
)


def test_a_classified_ad_with_its_heading_in_brackets_run_into_its_text_is_one_ad() -> None:
    # 【招聘】 and the ad's sentences run in after it, down to its phone: one ad, not a brief
    # headed 招聘; the column's label set between rules over them labels the column, no ad's line
    parsed = parse_page(_RUN_IN_HEADINGS, 1)
    assert_nothing_lost(_RUN_IN_HEADINGS, parsed)
    lines = _RUN_IN_HEADINGS.split("\n")
    first = lines.index("【招聘】青溪某食品公司招包装工20名，") + 1
    label = lines.index("— 便民信息 —") + 1
    assert [(item.type, item.source.first, item.source.last) for item in parsed.items] == [
        ("advertisement", first, first + 2),
        ("advertisement", first + 4, first + 6),
        ("notice", first + 8, first + 10),
    ]
    assert label in parsed.masthead.lines


_LABEL_SET_APART = (
    _CLASSIFIED_TOP
    + """分类广告

房屋出租
城西学府路临街商铺出租，面积60平方米，
适合餐饮、便利店。
电话：13700001111

搬家　空调移机　管道疏通
专业团队　价格透明
电话：0570-6123456
"""
)

_PLAIN_LABEL_SOLID = (
    _CLASSIFIED_TOP
    + """分类广告
★青溪旅游包车
7座商务车长短途出租
电话：13600002222

★城南旺铺招租
新华路临街商铺约90平方米
电话：13600003333
"""
)


def test_a_classified_columns_label_set_apart_over_its_ads_is_no_ad() -> None:
    parsed = parse_page(_LABEL_SET_APART, 1)
    assert_nothing_lost(_LABEL_SET_APART, parsed)
    label = _LABEL_SET_APART.split("\n").index("分类广告") + 1
    assert [item.type for item in parsed.items] == ["advertisement", "advertisement"]
    assert parsed.items[0].source.first == label + 2
    assert label in parsed.masthead.lines


def test_a_plain_label_set_solid_over_the_first_ad_stays_that_ads_line() -> None:
    # (no rule either side: printed as the first ad's heading, read with it)
    parsed = parse_page(_PLAIN_LABEL_SOLID, 1)
    assert_nothing_lost(_PLAIN_LABEL_SOLID, parsed)
    label = _PLAIN_LABEL_SOLID.split("\n").index("分类广告") + 1
    assert [(item.type, item.source.first) for item in parsed.items] == [
        ("advertisement", label),
        ("advertisement", label + 5),
    ]


# ------------------------------- a poem cycle: its first part's title set solid under a short credit

_POEM_CYCLE = """第4版　　青溪·副刊
青溪日报　2026年6月3日　星期三

山居小记（组诗）
文/林　默
竹林
风从竹梢上走过
留下一地细碎的光

溪桥
石板被流水磨亮
映着过桥人的影子
"""


def test_a_part_title_under_a_short_credit_is_no_run_on_name() -> None:
    # 文/林默 is whole on its line: the word under it titles the cycle's first poem
    parsed = parse_page(_POEM_CYCLE, 1)
    assert_nothing_lost(_POEM_CYCLE, parsed)
    (poem,) = parsed.items
    assert poem.type == "article"
    assert poem.byline is not None and poem.byline.reporters == ("林默",)
    assert [s.text for s in poem.subheads] == ["竹林", "溪桥"]
    assert poem.paragraphs[0] == "风从竹梢上走过"
