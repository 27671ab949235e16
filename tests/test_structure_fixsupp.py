"""Failure classes of literary supplement (副刊) and culture pages (issue 10): the desk line with a
mailbox for contributions, an essay signed 文/name, poems (each printed line a paragraph, a 组诗's
poem titles as subheads, the author's note closing it), paintings and calligraphy credited by
their artist's bare name.  Snippets written for these tests in the style of city papers' 副刊
(invented text, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.test_structure import assert_nothing_lost

# ------------------------------------------------ the desk line naming where to send contributions

_DESK_WITH_MAILBOX = """青川日报
2025年10月12日　星期日
第6版
青川副刊
编辑　马　良　　美编　左　一　　投稿邮箱：qcfk@example.com

秋天的磨坊
文/韦　岚
　　磨坊在河湾里，水车转了几十年，磨出的面粉带着一股河水的清气。
　　如今磨坊不转了，可每到秋天，我还是想起那吱呀吱呀的声音。
"""


def test_a_desk_line_with_a_contributions_mailbox_is_masthead_and_wen_names_the_writer() -> None:
    parsed = parse_page(_DESK_WITH_MAILBOX)
    assert_nothing_lost(_DESK_WITH_MAILBOX, parsed)
    assert (parsed.masthead.newspaper, parsed.masthead.section) == ("青川日报", "青川副刊")
    (essay,) = parsed.items
    assert isinstance(essay, Article)
    assert (essay.source.first, essay.headline) == (7, "秋天的磨坊")
    assert essay.byline is not None and essay.byline.reporters == ("韦岚",)
    assert len(essay.paragraphs) == 2
