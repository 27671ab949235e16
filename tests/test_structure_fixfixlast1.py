"""Failure class round 32 showed (issue 10), fixer ``fixlast1``: a paragraph that names a phone
inside its sentence (某局公布举报电话…，接受…监督。) is prose, not an advertisement's line to call.
Snippets invented for these tests in the style of a city paper's column of briefs."""

from __future__ import annotations

from publisher.model import Advertisement, Article
from publisher.reader.lines import CONTACT, TEXT, split_lines
from tests.test_structure_columns import _items

_BRIEFS_WITH_A_HOTLINE = """今日城事
2026年4月2日　星期四

城区快讯
●我市开通夏季
防溺水求助热线
　　市应急管理局开通防溺水求助热线0731-5550123，
全天受理群众求助和隐患线索，接到求助后
十分钟内响应。（李　青）
●青石小学建成
校园气象站
　　近日，青石小学建成校园气象站，学生
可在课间记录气温、风向等数据。（通讯员　周　航）
"""


def test_a_phone_named_mid_sentence_leaves_the_line_text() -> None:
    kinds = {ln.number: ln.kind for ln in split_lines(_BRIEFS_WITH_A_HOTLINE)}
    assert kinds[7] == TEXT


def test_a_line_to_call_stays_a_contact() -> None:
    lines = split_lines("夏季特惠\n　　订票热线：0731-5550123，\n欢迎来电\n")
    assert lines[1].kind == CONTACT


def test_briefs_naming_a_hotline_are_stories_not_an_ad() -> None:
    items = _items(_BRIEFS_WITH_A_HOTLINE)
    assert not any(isinstance(it, Advertisement) for it in items)
    stories = [it for it in items if isinstance(it, Article)]
    assert [s.source.first for s in stories] == [4, 10]  # (the column label over the first is its kicker)
    assert stories[0].paragraphs[0].startswith("市应急管理局开通防溺水求助热线0731-5550123，")
