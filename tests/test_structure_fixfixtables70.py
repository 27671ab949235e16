"""Failure classes economy and literary pages showed (issue 10, fixtables70): a slogan over the line
that gives a period's figure for a place (前5个月全市…同比增长23%), a poem cycle numbering its poems
之一 / 之二 under its author line, a group of poems whose later titles are set solid between the
stanzas of a block that opens on the poem above going on, and a table's last rows one cell short
(their long name run into the first figure) over the table's 数据来源 line, and a story cut by a
running foot and a folio set apart under it, going on inside a quotation and a figure; a running
foot of the section and the paper set solid inside an open sentence; a closing credit whose name of
four characters the wrap cut after its first; a special page's name (防汛专版) in the masthead, the
page's section and no edition; an unmarked poster set apart under a column of bulleted briefs; a
public service poster signed by the bodies that put it up (某某局　宣) set solid under a story.
Snippets written for these tests in the style of city and county papers (invented names, places
and figures, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article
from publisher.reader import parse_page
from tests.nothing_lost import first_article, read_articles, read_items

# ------------------------------------ a slogan over the line that gives a period's figure for a place

_SLOGAN_OVER_PERIOD_FIGURE = """“山茶”出海再提速
前4个月全县茶叶出口同比增长18%
本报讯（记者　程　远）记者从县商务局获悉，前4个月，全县茶叶出口货值
1.2亿元，同比增长18.4%，产品销往中亚、欧洲等20余个国家和地区。
　　今年以来，县里推行出口“一站式”服务，企业通关时间平均压缩三成。
"""


def test_a_slogan_over_a_periods_figure_for_a_place_is_the_kicker_over_the_headline() -> None:
    # 前4个月全县…: the period the figure covers, then the place it is counted for, names the
    # line's own subject: the news, under the slogan over it
    story = first_article(_SLOGAN_OVER_PERIOD_FIGURE)
    assert story.kicker == "“山茶”出海再提速"
    assert story.headline == "前4个月全县茶叶出口同比增长18%"
    assert story.subheadline is None


_SLOGAN_OVER_PERIOD_MEASURE = """河湾小镇的“果园经济”
前三月出口额同比增长26%
本报讯（记者　程　远）记者从镇里获悉，今年前三个月，全镇鲜果出口额同比增长26%，冷链仓储新增库容两千吨。
"""


def test_a_periods_measure_naming_no_place_stays_the_deck_under_the_headline() -> None:
    # 前三月出口额…: the period, then only the measure of what the line above names
    story = first_article(_SLOGAN_OVER_PERIOD_MEASURE)
    assert story.kicker is None
    assert story.headline == "河湾小镇的“果园经济”"
    assert story.subheadline == "前三月出口额同比增长26%"


# ------------------------------------ a poem cycle numbering its poems 之一 / 之二 under its author line

_ORDINAL_TITLES = """渡口笔记（组诗）
文/沈雨桐
之一　摆渡
老船工把桨放进水里
河就醒了
对岸的炊烟
一缕一缕飘过来
之二　石阶
青苔替石头记着
每一个赶早的人
也记着
没有回来的脚步
"""


def test_a_poem_numbered_by_its_ordinal_is_a_title_no_run_on_name_of_the_author_line() -> None:
    group = first_article(_ORDINAL_TITLES)
    assert group.byline is not None and group.byline.reporters == ("沈雨桐",)
    assert [s.text for s in group.subheads] == ["之一摆渡", "之二石阶"]
    assert group.paragraphs[0] == "老船工把桨放进水里"
    assert len(group.paragraphs) == 8


# ----------------------------- later titles set solid in a block that opens on the poem above going on

_TITLES_AFTER_GOING_ON = """码头上的歌（组诗）
□ 罗一帆
汽笛
江面还没有醒
一声长鸣
把雾推开
推向更远的上游

它不催人，也不停歇
只是把每一条船
送到该去的地方
缆绳
粗糙的手一圈圈绕紧
绕住一整天的风浪
也绕住了
回家的那一段路
灯塔
夜里最亮的那一个
从来不说自己是谁
只替过往的船
守着一条回家的航道
"""


def test_titles_set_solid_after_a_poems_second_stanza_are_the_next_poems_titles() -> None:
    # the block under the blank line goes on with the first poem (它不催人…), then 缆绳 and 灯塔,
    # no longer than the group's first title, set solid between lines of verse, title the next
    group = read_articles(_TITLES_AFTER_GOING_ON)[0]
    assert [s.text for s in group.subheads] == ["汽笛", "缆绳", "灯塔"]
    assert group.paragraphs[0] == "江面还没有醒"
    assert "缆绳" not in group.paragraphs and "灯塔" not in group.paragraphs


# ------------------------- a table's last rows whose long first cell ran into its figure, over the source

_ROWS_RUN_INTO_FIGURES = """我市智能装备产业产值增长两成
本报记者　方　禾
　　本报讯　今年以来，我市智能装备产业保持较快增长，一季度实现产值
48.2亿元，同比增长21.6%。
一季度全市智能装备产业主要指标
指标　　　　　　　数值　　　同比增长（%）
产业产值（亿元）　48.2　　21.6
工业机器人产量（台）　1260　　 18.3
数控机床产量（台）　　860　　　9.4
智能装备企业研发投入（亿元）3.6　25.1
智能装备产业固定资产投资（亿元）12.8　30.2
数据来源：市统计局
　　市工信局有关负责人表示，下一步将加快推进一批重点项目建设。
"""


def test_rows_one_cell_short_over_the_tables_source_line_are_its_last_rows() -> None:
    # 智能装备企业研发投入（亿元）3.6　25.1: the long name ran into the first figure, one cell short,
    # row after row down to the 数据来源 line that closes the table: still the story's rows
    items = read_items(_ROWS_RUN_INTO_FIGURES)
    assert len(items) == 1
    story = items[0]
    assert isinstance(story, Article)
    assert story.source.last == 13
    assert "智能装备产业固定资产投资（亿元）12.8 30.2" in story.paragraphs
    assert story.paragraphs[-1].startswith("市工信局有关负责人表示")


# ------------------------- a running foot and a folio set apart, then the story going on inside a quote

_STORY_ACROSS_THE_FOOT = """溪川日报
2026年6月12日　星期五
6　地州

一条街上的“竹编村”
本报记者　林　溪
在溪川县竹山镇的一家竹编合作社里，手艺人正在为一只竹篮收边。这
个只有一条街的小村，聚集着80多户竹编户，年产竹篮、竹席等5万余件。
过去，村里的竹编主要靠游客上门购买，销路窄、价格低。
溪川日报　2026年6月12日　星期五　6　地州

17

"以前一只竹篮卖80元,现在做成精品能卖30
0多元。"老艺人说,去年他家靠竹编收入超过10万
元。
"""


def test_a_folio_under_the_running_foot_is_furniture_and_the_quote_cut_below_goes_on() -> None:
    # 17 set apart under the running foot is a folio printed with it; the line under it breaks
    # inside its quotation and its figure (…能卖30 / 0多元。"…): the story's next paragraph
    items = read_items(_STORY_ACROSS_THE_FOOT)
    assert len(items) == 1
    story = items[0]
    assert isinstance(story, Article) and story.headline == "一条街上的“竹编村”"
    assert story.source.last == 16
    assert story.paragraphs[-1].startswith("“以前一只竹篮卖80元，现在做成精品能卖300多元。”")
    assert "17" not in story.paragraphs


# ------------------------------------ the section and the paper set solid inside a sentence left open

_FOOT_INSIDE_A_SENTENCE = """溪川日报
第3版　乡村振兴
2026年8月14日　星期五

溪川葡萄年产值有望突破20亿元
本报记者　林　溪
　　近年来，溪川县大力推广葡萄订单种植，全县葡萄种植面积稳定在12万亩。县农业农村局与多家电商平台
乡村振兴　溪川日报
合作，开设线上专区，今年以来线上销售鲜食葡萄超过8000吨。
"""


def test_a_running_foot_set_solid_inside_an_open_sentence_is_furniture() -> None:
    story = first_article(_FOOT_INSIDE_A_SENTENCE)
    assert story.paragraphs == (
        "近年来，溪川县大力推广葡萄订单种植，全县葡萄种植面积稳定在12万亩。县农业农村局与多家电商平台"
        "合作，开设线上专区，今年以来线上销售鲜食葡萄超过8000吨。",
    )


# ---------------------------------------- a closing credit's name of four cut after its first character

_CREDIT_NAME_CUT = """县域速览
●溪川县东乡：东乡投入资金200万元，对辖区5个村的灌溉渠系进行防渗改造，
预计每年可节约灌溉用水30万立方米。（通讯员　努
尔古丽）
"""


def test_a_credits_name_of_four_cut_after_its_first_character_is_one_name() -> None:
    story = first_article(_CREDIT_NAME_CUT)
    assert story.byline is not None and story.byline.correspondents == ("努尔古丽",)


# ------------------------------------------------------- a special page's name is the section, no edition

_SPECIAL_PAGE = """溪川日报
2026年7月14日　星期二
第5版
抗旱专版
责任编辑：林　溪

溪川县多措并举抗旱保苗
本报记者　方　禾
　　入夏以来，溪川县降雨偏少，全县组织抗旱服务队120支，保障农田灌溉用水。
"""


def test_a_special_pages_name_in_the_masthead_is_its_section() -> None:
    masthead = parse_page(_SPECIAL_PAGE).masthead
    assert masthead.section == "抗旱专版"
    assert masthead.edition is None
    read_items(_SPECIAL_PAGE)


# ------------------------------------- an unmarked poster set apart under a column of bulleted briefs

_POSTER_UNDER_BRIEFS = """各地农讯
    ●东乡：全乡今年计划发展再生稻12万亩，目前已落实种植面积9万亩，统一供种、
统一机插等社会化服务覆盖率达六成。（通讯员　黄　丽）
    ●西镇：香菇春季出菇进入高峰期，全镇日均收购鲜菇30余吨，冷链车辆直发
省城等地。（通讯员　刘　正）
    ●南村：春茶陆续开采，名优绿茶鲜叶收购价每斤40元至80元，与去年同期基本
持平。

春耕好帮手　认准“青禾”牌
水稻专用控释肥　小麦专用复合肥
一次施肥　全程供肥　省工省本
溪川青禾农业科技有限公司
地址：溪川县工业园区青禾路8号
订购热线：0000-8356××××　400-000-××××
"""


def test_an_unmarked_line_set_apart_under_bulleted_briefs_is_no_brief_of_the_column() -> None:
    items = read_items(_POSTER_UNDER_BRIEFS)
    assert [type(it).__name__ for it in items] == ["Article", "Article", "Article", "Advertisement"]
    assert isinstance(items[-1], Advertisement) and items[-1].source.first == 9


# ------------------------------- a public service poster signed by its bodies, set solid under a story

_PUBLIC_SERVICE_POSTER = """溪川日报
2026年10月22日　星期四
第6版　法治

检察官进校园　法治课堂暖人心
本报讯　10月17日，县检察院检察官走进溪川一中，结合真实案例讲解校园欺凌的危害。
普法问答
网购定制商品能否七天无理由退货？
问：我在网上定制了一套窗帘，收到后觉得颜色不满意，能不能七天无理由退货？
答：消费者定作的商品，不适用七天无理由退货。
商品存在质量问题的，可以依法要求经营者退换。
（县司法局供稿）
防范电信诈骗　牢记“三不一多”
未知链接不点击　陌生来电不轻信　个人信息不透露　转账汇款多核实
溪川县公安局　溪川日报社　宣
全国反诈专线96110
"""


def test_a_poster_signed_by_the_bodies_that_put_it_up_is_an_advertisement() -> None:
    items = read_items(_PUBLIC_SERVICE_POSTER)
    assert type(items[-1]).__name__ == "Advertisement"
    assert items[-1].source.first == 13 and items[-1].source.last == 16
