"""Failure classes round 78 showed on pages of unusual sections (issue 10), fixer ``fixround78b``.
Snippets written for these tests in the style of trade-union, consumer and elders' pages (invented
names, places and figures, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from tests.nothing_lost import first_article

# ------------------------------------- a profile's marked subhead: a phrase, a dash, who it is about

_MODEL_WORKERS = """青溪工人报
2026年4月28日　星期二　第03版　职工风采

他们在平凡岗位上书写不平凡
本报记者　何　苗
编者按：劳动节将至。今年，我县又有一批职工获评劳动模范，
他们在一线岗位上默默坚守。本期撷取其中两位，记录他们
的故事。
■一把扳手拧出“零故障”——青溪电厂检修班班长　林海生
    凌晨三点的厂房里，林海生还在逐个检查机组螺栓。二十年来，
他带领班组完成检修任务四百余次，未出一次差错。
■大棚里走出的“蔬菜博士”——城南镇种植合作社理事长　韩秀梅
    从两个大棚起步，韩秀梅如今带着二百多户村民种菜。她请来
农技专家驻村指导，合作社的番茄卖到了省城。
"""


def test_a_marked_profile_head_longer_than_a_subhead_heads_its_part() -> None:
    # ■ sets the phrase off; the dash adds whose story the part tells: a subhead however long it
    # runs, not the first line of the paragraph under it
    story = first_article(_MODEL_WORKERS)
    assert [h.text for h in story.subheads] == [
        "一把扳手拧出“零故障”——青溪电厂检修班班长林海生",
        "大棚里走出的“蔬菜博士”——城南镇种植合作社理事长韩秀梅",
    ]
    assert story.paragraphs[-1].startswith("从两个大棚起步")


# ------------------------------------- a guide's parts labelled with a word or two, each marked alike

_TRAVEL_GUIDE = """青溪报
2026年5月8日　星期五　第4版　旅游

出行指南
一日游　青溪古镇寻味之旅
◇上午
参观：青溪老街、石拱桥——古镇博物馆
◇下午
游览：竹海步道——白云寺
◇交通
    县汽车站有直达古镇的旅游专线，车程约40分钟；自驾
可走沿江公路至古镇停车场。
◇温馨提示
    古镇石板路雨天湿滑，请穿防滑鞋。
"""


def test_short_marked_labels_over_fields_and_prose_are_one_guides_parts() -> None:
    # ◇ before a word or two, alike over each part, over fields and prose wrapped onto flush lines:
    # the parts of the guide under its title, not a head's last line nor stories of their own
    story = first_article(_TRAVEL_GUIDE)
    assert story.kicker == "出行指南"
    assert story.headline == "一日游青溪古镇寻味之旅"
    assert "上午" in [h.text for h in story.subheads]
    assert "温馨提示" in [h.text for h in story.subheads]
    assert story.paragraphs[-1] == "古镇石板路雨天湿滑，请穿防滑鞋。"
