"""Failure classes rounds 17–18 showed in stories (fixstory): a 副刊's long names in the desk line
and the author line, a group of poems set solid with its titles among the verse, and stories that
were split or cut short.  Snippets written for these tests (invented names, places and figures, in
the papers' style); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _items, _layout

# --------------------------------------- a 副刊: five-character names, a group of poems set solid

_SUPPLEMENT_SOLID_GROUP = """锡林日报
2026年3月9日　星期一
副刊
6
责任编辑：萨仁其其格　　美术编辑：刘　晴

河畔的白桦（组诗）
□ 哈斯巴特尔
晨雾
雾从河面升起来
把白桦一棵棵藏好
又一棵棵还给岸
归牧
夕阳落在马鞍上
老人的歌
比羊群走得更慢
炊烟
一缕一缕
把毡房系在天边

春天的牧场
■ 周　岚
　　三月的牧场，风还是凉的，草根却已经醒了。
　　牧人把马群赶上坡，远处传来一阵马嘶。
"""


def test_desk_line_with_a_five_character_name_is_masthead() -> None:
    items = _items(_SUPPLEMENT_SOLID_GROUP)
    assert all(item.source.first != 5 for item in items)


def test_group_of_poems_set_solid_keeps_its_titles() -> None:
    items = _items(_SUPPLEMENT_SOLID_GROUP)
    assert _layout(items) == [("article", 7, 19), ("article", 21, 24)]
    poems, essay = items
    assert isinstance(poems, Article) and isinstance(essay, Article)
    assert poems.headline == "河畔的白桦（组诗）"
    assert poems.byline is not None and [c.names for c in poems.byline.others] == [("哈斯巴特尔",)]
    assert [h.text for h in poems.subheads] == ["晨雾", "归牧", "炊烟"]
    assert poems.paragraphs[0] == "雾从河面升起来"
    assert poems.paragraphs[-1] == "把毡房系在天边"
    assert len(poems.paragraphs) == 8
    assert essay.headline == "春天的牧场"


# ------------------------------------------ a story's first subhead over a part that holds a table

_SUBHEADS_AROUND_A_TABLE = """茶园春忙　产销两旺
——明前茶开采首周，全县茶叶交易量同比上升
本报记者　韩　青　通讯员　陆　川

　　3月20日起，全县明前茶陆续开采。记者连日来走访云岭、石门等茶区看到，采茶工穿梭在茶垄
间，加工厂里炒茶机昼夜运转。
早开采采出好品质
　　据县农业农村局统计，开采首周全县鲜叶收购量达1.2万担，同比增长8.5%。今年气温回升早，
芽头饱满，收购价稳定在每斤60元至90元。
表：开采首周主要茶区鲜叶收购量
茶区　　　　收购量（担）　　同比增减
云岭茶区　　4210　　　　　＋9.1%
石门茶区　　3380　　　　　＋6.4%
白沙茶区　　2650　　　　　－1.2%
线上销售添新路
　　今年，县里组织茶企开设直播间，一周内线上销售额突破400万元，新茶远销外省。
"""


def test_a_subhead_over_a_part_with_a_table_keeps_the_story_whole() -> None:
    items = _items(_SUBHEADS_AROUND_A_TABLE)
    assert _layout(items) == [("article", 1, 16)]
    (story,) = items
    assert isinstance(story, Article)
    assert [h.text for h in story.subheads] == ["早开采采出好品质", "线上销售添新路"]
    assert "表：开采首周主要茶区鲜叶收购量" in story.paragraphs
    assert story.paragraphs[-1].startswith("今年，县里组织茶企")


# ------------------------------------- a story's last paragraph over a hotline box set apart under it

_LAST_PARAGRAPH_OVER_A_BOX = """楼道堆物引发火情
邻居合力扑灭
本报记者 魏 岚

　　5月3日晚9时许，东城区春晖路一小区5号楼3楼楼道内堆放的纸箱起火，住户发现后用灭火器
将火扑灭，未造成人员受伤。
　　社区工作人员表示，将联合物业对各楼道开展排查，督促住户清理杂物，
对拒不清理的将上报有关部门。

本报新闻热线
　　您身边有新鲜事，欢迎拨打本报新闻热线0371-66660000，或通过本报
客户端留言，线索一经采用即付报料费。
"""


def test_a_paragraph_set_solid_under_a_story_is_not_an_ad_across_a_blank() -> None:
    parsed = parse_page(_LAST_PARAGRAPH_OVER_A_BOX)
    assert_nothing_lost(_LAST_PARAGRAPH_OVER_A_BOX, parsed)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert (story.source.first, story.source.last) == (1, 8)
    assert story.paragraphs[-1].endswith("督促住户清理杂物，对拒不清理的将上报有关部门。")
    assert all(item.source.first >= 10 for item in parsed.items[1:])


# ------------------- the running head inside a paragraph; the page's number set solid over a head

_RUNNING_HEAD_IN_A_PARAGRAPH = """临溪日报
2026年7月8日　星期三　第3版
综合

杨梅上市　果农增收
记者 方 晓

    7月6日,记者在城南街道杨梅基地看到,果农们正忙着采摘、分拣、装箱,
一筐筐杨梅被运往冷链仓库。基地负责人说,今年杨梅个大味甜,每斤比去年多卖
临溪日报　2026年7月8日　星期三　综合
了2元到3元。
    据了解,今年全区杨梅种植面积约1.2万亩,预计总产量9000吨。

    城南街道杨梅基地,果农正在分拣杨梅。
记者 方 晓 摄
3
城北社区开展防溺水宣传
    本报讯(记者 丁 宁)7月5日,城北社区组织志愿者走进小区,向居民发放防溺水宣传资料300余份。
"""


def test_the_running_head_inside_a_paragraph_leaves_it_whole() -> None:
    parsed = parse_page(_RUNNING_HEAD_IN_A_PARAGRAPH)
    assert_nothing_lost(_RUNNING_HEAD_IN_A_PARAGRAPH, parsed)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert (story.source.first, story.source.last) == (5, 12)
    assert 10 in parsed.masthead.lines
    assert story.paragraphs[0].endswith("每斤比去年多卖了2元到3元。")
    assert len(story.paragraphs) == 2


def test_the_pages_number_set_solid_over_a_head_is_furniture() -> None:
    parsed = parse_page(_RUNNING_HEAD_IN_A_PARAGRAPH)
    last = parsed.items[-1]
    assert isinstance(last, Article)
    assert (last.source.first, last.headline) == (17, "城北社区开展防溺水宣传")
    assert 16 in parsed.masthead.lines


# ------------------------------------------- a pull quote and its speaker on one line, set flush

_QUOTE_SAID_ON_ITS_LINE = """守住一炉“窑变”
——记县级非遗传承人钟晓岚
本报记者　邬　宁

　　在青石村一间小小的作坊里，钟晓岚正把一只茶盏放进匣钵。窑变釉难以控制，同一窑里烧出的盏，花纹各不相同，素有“入窑一色，出窑万彩”之说。
　　2006年，钟晓岚从工艺美校毕业后回到村里，跟着父亲学配釉。父亲去世后，她守着这座小窑，一烧就是十几年。
“火候差一点，釉色就全变了，急不得。”——钟晓岚
　　如今，她的作坊每年烧窑40余次，带出的8名徒弟都能独立配釉。
"""


def test_a_quote_and_its_speaker_on_one_line_is_a_pull_quote() -> None:
    items = _items(_QUOTE_SAID_ON_ITS_LINE)
    (story,) = items
    assert isinstance(story, Article)
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1].endswith("一烧就是十几年。")
    (quote,) = story.pull_quotes
    assert quote.text == "“火候差一点，釉色就全变了，急不得。”"
    assert (quote.attribution, quote.before) == ("钟晓岚", 2)


# ----------------------------- a table with a unit line inside a story; the page's bare number at its foot

_TABLE_WITH_A_UNIT_LINE = """临溪日报　LINXI DAILY
经济　　B3　　2026年5月12日 星期二

鸡蛋价格小幅回落　市场供应平稳
本报记者　郑　岚
　　近期气温适宜，蛋鸡产蛋率回升，我市鸡蛋价格连续两周小幅回落，市场货源充足。
　　市价格监测中心预计，随着端午临近，蛋价将以稳为主，不会出现大幅波动。
　　5月11日市区部分超市禽蛋零售价格
　　（单位：元/500克）
　　品名　　本周均价　　上周均价　　涨跌幅
　　鸡蛋　　4.20　　4.45　　-5.6%
　　鸭蛋　　6.80　　6.90　　-1.4%
　　鹌鹑蛋　　9.50　　9.80　　-3.1%
　　数据来源：临溪市价格监测中心

3
"""


def test_a_tables_unit_line_sits_between_its_title_and_rows() -> None:
    parsed = parse_page(_TABLE_WITH_A_UNIT_LINE)
    assert_nothing_lost(_TABLE_WITH_A_UNIT_LINE, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert story.subheads == ()
    assert story.paragraphs[2:4] == ("5月11日市区部分超市禽蛋零售价格", "（单位：元/500克）")
    assert story.paragraphs[-1] == "数据来源：临溪市价格监测中心"
    assert 16 in parsed.masthead.lines  # 3 at the foot of page B3
