"""Failure classes rounds 17–18 showed in stories (fixstory): a 副刊's long names in the desk line
and the author line, a group of poems set solid with its titles among the verse, and stories that
were split or cut short.  Snippets written for these tests (invented names, places and figures, in
the papers' style); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.test_structure import assert_nothing_lost
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
