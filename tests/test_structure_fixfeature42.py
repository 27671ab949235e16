"""Failure class blind round 41 showed on a feature page (issue 10), fixer ``fixfeature42``: a
profile box printed under a feature (人物档案 / 姓名：… / 年龄：… / 荣誉：…), its subject's
particulars one field to a line, read as a poster ad and a two-line head; and the call for
nominations set apart under it swallowed by the box's last field. Snippets written for these
tests (invented names and figures, no blind page's); the class is a layout any paper prints.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

_FEATURE_WITH_FIELDS = """青溪日报　　05
人物
2026年3月4日　星期三

“桥梁医生”陈海波：20年守望跨江大桥
本报记者　许　晴
　　清晨6点，陈海波已经系好安全绳，沿着检修通道走进大桥的钢箱梁。
　　二十年来，他和同事们检查过的焊缝连起来有上百公里长。
◆一把小锤听出“病灶”
　　刚入行时，师傅教他用小锤敲击螺栓，凭声音判断松紧。
　　如今，他带的徒弟已有十余人独当一面。

　　3月1日，陈海波在钢箱梁内检查焊缝。
　　　　　　　　本报记者　王　东　摄

人物名片
姓名：陈海波
年龄：45岁
职务：大桥养护中心高级工程师
荣誉：省劳动模范、“青溪工匠”
格言：把每一道焊缝当成自己的作品

寻找身边的“青溪工匠”
　　在青溪，像陈海波这样默默坚守的技术工人还有很多。本报即日起征集线索，欢迎读者推荐。
"""


def test_a_profile_box_of_fields_is_a_piece_of_its_own_each_field_a_paragraph() -> None:
    """人物名片 set apart heads the fields set solid under it: one piece, every field a paragraph
    of its own (none a subhead, none the head of a piece), whole without a full stop."""
    items = _items(_FEATURE_WITH_FIELDS)
    assert _layout(items) == [("article", 5, 11), ("photo", 13, 14), ("article", 16, 21), ("article", 23, 24)]
    box = items[2]
    assert isinstance(box, Article)
    assert box.headline == "人物名片"
    assert box.subheads == ()
    assert box.paragraphs == (
        "姓名：陈海波",
        "年龄：45岁",
        "职务：大桥养护中心高级工程师",
        "荣誉：省劳动模范、“青溪工匠”",
        "格言：把每一道焊缝当成自己的作品",
    )


def test_a_head_set_apart_under_a_profile_box_starts_a_piece_of_its_own() -> None:
    """The call set apart under the box names its subject again, yet it is no part of the box: the
    box's last field is whole, and the head under the blank starts the call."""
    items = _items(_FEATURE_WITH_FIELDS)
    call = items[3]
    assert isinstance(call, Article)
    assert call.headline == "寻找身边的“青溪工匠”"
    assert call.paragraphs[0].startswith("在青溪")
