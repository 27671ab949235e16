"""Failure class round 32 showed (issue 10), fixer ``fixlast1``: a paragraph that names a phone
inside its sentence (某局公布举报电话…，接受…监督。) is prose, not an advertisement's line to call.
Snippets invented for these tests in the style of a city paper's column of briefs."""

from __future__ import annotations

from publisher.model import Advertisement, Article
from publisher.reader.line_kinds import CONTACT, TEXT
from publisher.reader.lines import split_lines
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


# ------------------------------------- a question headline cut at its comma

_QUESTION_HEAD_CUT_AT_COMMA = """法治周刊
2026年5月8日　星期五

律师说法
邻居装摄像头对着我家，
这样做算侵犯隐私吗？
记者　孙　禾
　　今年3月，市民刘先生发现对门邻居在
门口装了一个摄像头，镜头正对着自家大门。
　　律师表示，在公共走廊安装摄像头应征得
相关业主同意，不得侵犯他人隐私。
"""


def test_a_question_headline_cut_at_its_comma_is_one_headline() -> None:
    items = _items(_QUESTION_HEAD_CUT_AT_COMMA)
    stories = [it for it in items if isinstance(it, Article)]
    assert len(stories) == 1
    story = stories[0]
    assert story.kicker == "律师说法"
    assert story.headline == "邻居装摄像头对着我家，这样做算侵犯隐私吗？"
    assert story.byline is not None and story.byline.reporters == ("孙禾",)
    assert len(story.paragraphs) == 2
