"""Failure classes rounds 34-36 showed in columns of briefs and their labels (issue 10, fixbrief36).
Snippets written for these tests in the style of city and county papers (invented names, places and
figures; no blind page's text): each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# ------------------------------------ a brief signed by a bare name in brackets on a line of its own

_SIGNED_UNDER = """经济简讯
新区新增4家高新技术企业
    日前，省科技厅公布本年度第二批高新技术企业名单，新区4家企业
入选，全区高新技术企业总数达到57家。
（周　凯）
老城区夜市延长营业时间
    自本周起，老城区东门夜市营业时间延长至次日凌晨1点。
（林晓）
"""


def test_a_bare_name_in_brackets_under_a_finished_sentence_signs_the_brief() -> None:
    items = _items(_SIGNED_UNDER)
    assert _layout(items) == [("article", 1, 5), ("article", 6, 8)]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.paragraphs[-1].endswith("总数达到57家。") and len(first.paragraphs) == 1
    assert first.byline is not None and first.byline.others[0].names == ("周凯",)
    assert second.paragraphs == ("自本周起，老城区东门夜市营业时间延长至次日凌晨1点。",)
    assert second.byline is not None and second.byline.others[0].names == ("林晓",)


def test_a_bracketed_note_on_its_own_line_is_no_signature() -> None:
    # （节选）under an essay's last sentence says what was printed, not who wrote it
    text = """山路
    那年冬天，父亲背着我走过了三十里山路。
    如今山路已经修成了柏油路，父亲却再也走不动了。
（节选）
"""
    (essay,) = _items(text)
    assert isinstance(essay, Article) and essay.paragraphs[-1] == "（节选）"


# ------------------- a narrow column of briefs beside wider stories: its heads run in, its text wraps

_WIDE_STORY = """老城区改造项目全面开工
    本报讯　3月2日，老城区棚户区改造项目全面开工建设，涉及居民
1200余户，计划年底前完成主体工程，明年6月交付使用，改造后小区
将新增停车位800个、口袋公园3处，并配建社区食堂和养老服务站。
    据了解，该项目总投资约9.6亿元，采用“政府引导、市场运作”模式
实施，施工期间将设置临时便道，保障周边居民正常出行和生活秩序。
"""

_NARROW_COLUMN = """
县区快递
●东湖区：今年新建的5座口袋公园全部
向市民开放。（刘　洋）
●西岭县：首批30台新能源公交车投入
运营，覆盖县城主要线路。（通讯员　陈晨）
●南坪镇
特色果蔬基地新签约订单1200吨，产值
有望突破3000万元。
●市博物馆推出周末夜间开放服务，每周
六延长开放至晚上8点。
"""


def test_a_narrow_columns_run_in_heads_and_bare_head_read_at_its_own_measure() -> None:
    items = _items(_WIDE_STORY + _NARROW_COLUMN)
    briefs = [a for a in items if isinstance(a, Article) and a.kicker == "县区快递"]
    assert [(a.source.first, a.source.last) for a in briefs] == [(8, 10), (11, 12), (13, 15), (16, 17)]
    assert [a.headline for a in briefs] == ["东湖区", "西岭县", "南坪镇", ""]
    assert [a.paragraphs for a in briefs] == [
        ("今年新建的5座口袋公园全部向市民开放。",),
        ("首批30台新能源公交车投入运营，覆盖县城主要线路。",),
        ("特色果蔬基地新签约订单1200吨，产值有望突破3000万元。",),
        ("市博物馆推出周末夜间开放服务，每周六延长开放至晚上8点。",),
    ]


def test_a_short_label_over_bulleted_sources_run_in_heads_their_briefs() -> None:
    # 言论摘登 names no column of news, yet the bulleted lines under it run a source into its text
    text = (
        _WIDE_STORY
        + """
言论摘登
●东江日报：让老旧小区焕发新活力，既要
改好房子，也要管好小区，更要留住烟火
气，让居民住得舒心。
●南岭晚报：城市更新不是推倒重来，要在
保护中发展，在发展中传承。
"""
    )
    items = _items(text)
    briefs = [a for a in items if isinstance(a, Article) and a.kicker == "言论摘登"]
    assert [(a.headline, a.source.first, a.source.last) for a in briefs] == [
        ("东江日报", 8, 11),
        ("南岭晚报", 12, 13),
    ]
    assert briefs[1].paragraphs == ("城市更新不是推倒重来，要在保护中发展，在发展中传承。",)


def test_a_bulleted_brief_runs_its_head_in_under_a_headless_one() -> None:
    # ●place：text cut by the column, under a headless bulleted brief: a brief of its own with a head
    text = (
        _WIDE_STORY
        + """
体育短波
●市青少年足球联赛昨日在体育中心开幕，共有48支球队的900余名
小球员参赛，赛期两个月。（小　林）
●全市青少年城市定向越野赛：报名通道已开启，预计吸引2千名选手
参赛，比赛将于下月举行。
"""
    )
    items = _items(text)
    briefs = [a for a in items if isinstance(a, Article) and a.kicker == "体育短波"]
    heads = [(a.headline, a.source.first, a.source.last) for a in briefs]
    assert heads == [("", 8, 10), ("全市青少年城市定向越野赛", 11, 12)]
    assert briefs[1].paragraphs == ("报名通道已开启，预计吸引2千名选手参赛，比赛将于下月举行。",)


# --------------------------------- a head set apart after a column: the column's next, or a story?

_SOLID_COLUMN = """乡镇简讯
北山镇举办首届草莓采摘节
    采摘节吸引游客8000余人次，带动农户增收60余万元。
（周　凯）
南岗乡开展秸秆禁烧巡查
    乡里组织干部群众200余人，对重点地块开展全天候巡查。
"""


def test_a_head_set_apart_over_its_own_credit_line_is_a_story_after_the_column() -> None:
    text = (
        _SOLID_COLUMN
        + """
东湖街道建成老年助餐中心
文/图　本报记者　林　晓
    本报讯　12月3日，东湖街道老年助餐中心正式运营，可同时容纳80人就餐。
"""
    )
    items = _items(text)
    assert [(a.kicker, a.headline) for a in items if isinstance(a, Article)] == [
        ("乡镇简讯", "北山镇举办首届草莓采摘节"),
        ("乡镇简讯", "南岗乡开展秸秆禁烧巡查"),
        (None, "东湖街道建成老年助餐中心"),
    ]


def test_a_head_set_apart_under_a_column_brief_stays_in_the_column() -> None:
    # the column's briefs may be set apart too: a head with no credit line under it is the next one
    text = (
        _SOLID_COLUMN
        + """
西坪村修通产业路
    新修的产业路全长3.2公里，沿线300余亩果园告别“肩挑背扛”。
"""
    )
    items = _items(text)
    assert [a.kicker for a in items if isinstance(a, Article)] == ["乡镇简讯"] * 3


def test_a_label_over_one_story_is_not_the_kicker_of_the_story_set_apart_below() -> None:
    # 好人好事 over a story of two paragraphs: a label of that story, not a column of briefs
    text = (
        _WIDE_STORY
        + """
好人好事新闻
出租车司机深夜送醉酒乘客回家
    本报讯（记者　林晓）12月2日深夜，出租车司机王师傅将一名醉酒乘客安全送回家中。
    “换了谁都会这么做。”王师傅说。

北城区：社区食堂开到家门口
    本报讯（记者　周凯）北城区首批6家社区食堂日前投入运营，日均服务老人600余人次。
"""
    )
    items = _items(text)
    assert [(a.kicker, a.headline) for a in items if isinstance(a, Article)][1:] == [
        ("好人好事新闻", "出租车司机深夜送醉酒乘客回家"),
        (None, "北城区：社区食堂开到家门口"),
    ]


# ------------------------------------------- a profile box whose first line names its subject first


def test_a_profile_box_label_heads_its_lines_whatever_the_first_line_looks_like() -> None:
    for first in ("林海燕　1983年生，浙江温州人。", "林海燕，1983年生，浙江温州人，市第一人民医院护理部"):
        text = (
            _WIDE_STORY
            + f"""
人物名片
{first}
主任护师，从事护理工作20余年。
曾获“全国优秀护士”称号。
"""
        )
        items = _items(text)
        box = items[-1]
        assert isinstance(box, Article)
        assert (box.kicker, box.headline) == (None, "人物名片")
        assert box.paragraphs[0].startswith("林海燕")


# -------------------- a column label ending in 的 read dì (一语中的): a label, not a headline's first half


def test_a_label_whose_last_character_is_the_noun_de_is_a_kicker() -> None:
    text = (
        _WIDE_STORY
        + """
众矢之的
占道经营该管一管了
    一些路段的流动摊贩占用人行道，行人只能绕到机动车道上通行。
（林　晓）
"""
    )
    items = _items(text)
    piece = items[-1]
    assert isinstance(piece, Article)
    assert (piece.kicker, piece.headline) == ("众矢之的", "占道经营该管一管了")


def test_a_head_line_ending_in_the_particle_de_still_wraps() -> None:
    text = (
        _WIDE_STORY
        + """
老街坊们的
“共享菜园”开园了
    本报讯　3月5日，东城社区的“共享菜园”正式开园，30户居民认领了菜地。
"""
    )
    piece = _items(text)[-1]
    assert isinstance(piece, Article) and piece.headline == "老街坊们的“共享菜园”开园了"
