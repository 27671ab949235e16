"""Failure classes round 60 showed on a rural (三农) page (issue 10), fixer ``post58rural``: a
column of briefs named for the field it reports (各地农讯, 警讯, 商讯: a word before 讯), set apart
under a story divided by marked subheads, its items led by their place (●某某县：…).  Snippets
written for these tests in the style of provincial farm and county papers (invented names, places
and figures, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from tests.nothing_lost import read_articles

# ------------------------------------- a column named 某某讯 under a story with marked subheads

_FIELD_NEWS_COLUMN = """青川农民报
2026年5月6日　星期三
第3版　农技·服务

植保课堂
小麦抽穗期严防“赤霉病”
市农业技术推广中心　钱　明
    5月上旬是我市小麦抽穗扬花关键期，田间湿度大，易发生
赤霉病和锈病。专家提醒，种植户要重点抓好以下几项措
施：
■ 适时喷药预防
    抽穗扬花初期选用对路药剂喷施，隔7天左右再喷一次，阴
雨天气要抢晴施药，防止病菌侵染穗部。
■ 清沟排水降湿
    雨后及时清理田间沟渠，做到雨停田干；田间湿度大时注意
通风降湿，防止病害蔓延。
■ 做好统防统治
    发病田块注意防治赤霉病、纹枯病，可选用戊唑
·咪鲜胺等药剂喷施，严格按说明用量。

乡镇农讯
    ●石桥县：今年新建高标准农田3.2万亩，目前已完成
土地平整的地块正在铺设灌溉管网，机耕路配套建设
同步推进。（通讯员　孙　梅）
    ●白沙镇：首批订单油菜开镰收割，全镇日均收购菜籽
50余吨，烘干设备满负荷运转。（通讯员　周
海）
    ●河口区：农机合作社组织收割机跨区作业，作业价格每亩
60元至70元，与去年基本持平。（记者　吴　亮）
    ●东坪乡：首批20台植保无人机投入小麦“一喷三防”
作业，日作业能力超过1万亩。
"""


def test_a_column_named_for_its_field_over_place_led_briefs_closes_the_story_above() -> None:
    # 乡镇农讯 is a column's name (a field's word before 讯, as 快讯 and 简讯 are), set apart
    # over bulleted briefs: each ●place： lead heads a brief of its own under the column's name,
    # never a subhead of the advice column above
    articles = read_articles(_FIELD_NEWS_COLUMN)
    advice = articles[0]
    assert advice.headline == "小麦抽穗期严防“赤霉病”"
    assert advice.source.last == 19
    briefs = articles[1:]
    assert [a.headline for a in briefs] == ["石桥县", "白沙镇", "河口区", "东坪乡"]
    assert all(a.kicker == "乡镇农讯" for a in briefs)
    assert briefs[0].paragraphs[0].startswith("今年新建高标准农田")
    assert (briefs[3].source.first, briefs[3].source.last) == (30, 31)


# ------------------------------------- an expert's station and name a space apart, under the head

_STATION_SIGNED_ADVICE = """青川农民报
2026年5月6日　星期三
第3版　农技·服务

农技课堂
春玉米播种抓好“三关”
青川县农业技术推广中心　何　平
    近期气温回升，春玉米进入播种适期。专家建议，种植户要抓好选种、
整地和播种三个环节，确保一播全苗。
"""


def test_an_experts_station_and_name_under_the_head_sign_the_advice_not_a_deck() -> None:
    # a farm page's advice is signed by the expert and the station they work at, no role word:
    # the line is the piece's credit (the workplace kept as printed), never its deck
    advice = read_articles(_STATION_SIGNED_ADVICE)[0]
    assert advice.headline == "春玉米播种抓好“三关”"
    assert advice.subheadline is None
    assert advice.byline is not None
    assert [c.names for c in advice.byline.others] == [("何平",), ()]
    assert advice.byline.others[1].role == "青川县农业技术推广中心"
