"""Failure classes of brief columns and front-page boxes (rounds 5-27, tuned on): a brief's text
cut by the column's width right under its head, a bulleted headless brief cut before its stop, a
head run into its text set off by a wide space.  Snippets written for these tests in the style of
city and county papers (invented text, no blind page's); each class is a shape, not a page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _briefs, _items, _layout

# ------------------------------- a titled brief whose text is cut by the column under its head

_TITLED_CUT = """文体速览
■篮球：江州队客场力克临川
12月3日晚，省男篮联赛第9轮，江州队客场以96：88战胜临川队，
外援科林斯全场拿下27分。
■江州图书馆周末延时开放
即日起，江州图书馆周六、周日闭馆时间由18时延至21时，自习区
新增座位120个。
■全民健身步道新增三条
市体育局日前在滨江公园、东湖湿地和北山景区新建健身步道三条，
总长度9.6公里。（记者　周　明）
"""


def test_a_titled_briefs_cut_text_under_its_head_is_its_paragraph_not_a_deck() -> None:
    items = _items(_TITLED_CUT)
    assert _layout(items) == [("article", 1, 4), ("article", 5, 7), ("article", 8, 10)]
    for brief in items:
        assert isinstance(brief, Article)
        assert brief.kicker == "文体速览"  # the column's name heads every brief under it
        assert brief.subheadline is None
        assert len(brief.paragraphs) == 1
    assert [b.headline for b in items if isinstance(b, Article)] == [
        "篮球：江州队客场力克临川",
        "江州图书馆周末延时开放",
        "全民健身步道新增三条",
    ]
    first = items[0]
    assert isinstance(first, Article)
    assert first.paragraphs[0].endswith("外援科林斯全场拿下27分。")


# ------------------------- headless bulleted briefs, the first line cut short of its full stop

_BULLETED_CUT = """本地简讯
　　◎12月2日，江州市召开冬季消防安全工作会议，部署开展火灾
隐患排查整治行动。（记者　王　岚）
　　◎临川区近日向辖区12个村发放“江稻7号”等水稻良种3
8万斤，良种覆盖率达95%以上。（通讯员　李　平）
　　◎北山景区将于12月10日起实行冬季开放时间，景区提醒游客
注意防寒保暖，合理安排行程。
"""


def test_a_bulleted_headless_brief_cut_by_the_column_is_no_head() -> None:
    items = _items(_BULLETED_CUT)
    assert _layout(items) == [("article", 1, 3), ("article", 4, 5), ("article", 6, 7)]
    briefs = _briefs(items)
    assert [(kicker, headline) for kicker, headline, _, _ in briefs] == [("本地简讯", "")] * 3
    assert briefs[1][2] == ("临川区近日向辖区12个村发放“江稻7号”等水稻良种38万斤，良种覆盖率达95%以上。",)


_TRIANGLE_BULLETS = """法治快讯
△近日，江州市东湖区人民法院在湿地公园设立旅游纠纷巡回审判点，当场
调解一起游客与民宿经营者的押金纠纷。
△临川县司法局日前组织15名律师走进工业园区，为38家企业开展“法治
体检”，梳理法律风险点90余个。
"""


def test_a_hollow_triangle_marks_a_headless_brief_as_a_solid_one_does() -> None:
    items = _items(_TRIANGLE_BULLETS)
    assert _layout(items) == [("article", 1, 3), ("article", 4, 5)]
    briefs = _briefs(items)
    assert [(kicker, headline) for kicker, headline, _, _ in briefs] == [("法治快讯", "")] * 2
    assert briefs[0][2][0].endswith("巡回审判点，当场调解一起游客与民宿经营者的押金纠纷。")


# ------------------------------------------- heads run into their text, the text cut short

_RUN_IN_CUT = """乡镇传真
    ●临川县东湖镇：东湖镇近日启动千亩茶园绿色
防控行动，计划今年推广生物农药替代化学农药5
000亩。（通讯员　赵　琳）
    ●北山县石桥乡：石桥乡“油菜花节”系列活动
将于3月18日举行，届时将开展赏花、农产品展
销、民俗展演等活动。
    ●江州市滨江街道：滨江街道1.5万平方米口
袋公园已全部完工，新增休闲座椅200余个。
"""


def test_a_place_led_brief_cut_by_the_column_keeps_its_place_as_head() -> None:
    items = _items(_RUN_IN_CUT)
    assert _layout(items) == [("article", 1, 4), ("article", 5, 7), ("article", 8, 9)]
    briefs = _briefs(items)
    assert [headline for _, headline, _, _ in briefs] == ["临川县东湖镇", "北山县石桥乡", "江州市滨江街道"]
    assert briefs[1][2] == (
        "石桥乡“油菜花节”系列活动将于3月18日举行，届时将开展赏花、农产品展销、民俗展演等活动。",
    )
    assert briefs[0][3] is not None and briefs[0][3].correspondents == ("赵琳",)


_SPACED_HEADS = """三农简讯
江州开通首趟冬枣冷链专列　12月5日，江州首趟冬枣冷链专列从江州
北站发车，满载冬枣80吨发往广州、深圳。
临川新增市级现代农业园区6个　临川县农业农村局日前公布新一批市级
现代农业园区名单，涵盖茶叶、柑橘、稻米等特色产业。
北山冬小麦播种面积超九成　截至12月上旬，北山县冬小麦播种面积达
46万亩，占计划面积的93%。
"""


def test_a_head_set_off_by_a_wide_space_runs_into_its_cut_text() -> None:
    items = _items(_SPACED_HEADS)
    assert _layout(items) == [("article", 1, 3), ("article", 4, 5), ("article", 6, 7)]
    briefs = _briefs(items)
    assert [(kicker, headline) for kicker, headline, _, _ in briefs] == [
        ("三农简讯", "江州开通首趟冬枣冷链专列"),
        ("三农简讯", "临川新增市级现代农业园区6个"),
        ("三农简讯", "北山冬小麦播种面积超九成"),
    ]
    assert briefs[1][2] == (
        "临川县农业农村局日前公布新一批市级现代农业园区名单，涵盖茶叶、柑橘、稻米等特色产业。",
    )


# --------------------------------- a head over a deck of clauses still reads as head and deck

_HEAD_AND_DECK = """全市一季度经济运行开局良好
规上工业增加值增长7.2%，社会消费品零售总额增长5.1%
本报讯（记者 孙 立）记者从市统计局获悉，一季度全市主要经济指标保持平稳增长。
"""


def test_a_stories_deck_of_clauses_is_still_its_deck() -> None:
    (story,) = _items(_HEAD_AND_DECK)
    assert isinstance(story, Article)
    assert story.subheadline == "规上工业增加值增长7.2%，社会消费品零售总额增长5.1%"


# ------------------------- a table whose header letter-spaces its two-character words

_SPACED_HEADER = """江州茶叶产业“链”上发力
■本报记者　钱　文
◆从“一片叶”到“一条链”
　　江州市推广“企业+合作社+农户”订单种植模式，全市茶园面积达12万亩。
◆从“卖茶叶”到“卖品牌”
　　市里统一打造区域公用品牌，在省内外开设品牌体验店18家。

2026年1—9月江州市茶产业主要指标
项　　目　　　　　　数　量　　　同比增长
茶园面积　　　　　　12万亩　　　4.1%
茶叶产量　　　　　　3.6万吨　　　7.5%
综合产值　　　　　　58.2亿元　　11.3%
数据来源：江州市农业农村局
"""


def test_a_tables_header_with_letter_spaced_words_still_heads_its_rows() -> None:
    items = _items(_SPACED_HEADER)
    assert _layout(items) == [("article", 1, 6), ("article", 8, 13)]
    table = items[1]
    assert isinstance(table, Article)
    assert table.headline == "2026年1—9月江州市茶产业主要指标"
    assert [p.replace(" ", "") for p in table.paragraphs[:2]] == ["项目数量同比增长", "茶园面积12万亩4.1%"]


# ------------------------- a head field printed whole in 【】 loses the brackets that frame it

_FRAMED_HEADS = """社区动态
【江州市启动冬季“暖心驿站”建设】
　　12月1日，江州市启动冬季“暖心驿站”建设，计划在城区新建驿站30处，为户外劳动者提供休息、热水和充电服务。
"""


def test_a_headline_framed_in_brackets_under_a_columns_name_loses_them() -> None:
    (story,) = _items(_FRAMED_HEADS)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("社区动态", "江州市启动冬季“暖心驿站”建设")
