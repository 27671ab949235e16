"""Failure classes the sports and culture pages (体育, 文体) showed (issue 10), fixer ``fixsports70``.
Snippets written for these tests (invented papers, places, names and figures, no blind page's);
each class is a shape any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_articles

# ------------------------------- a pupil's poem closed by its teacher's credit in brackets

_PUPIL_POEM = """校园新芽
操场
□ 青溪县实验中学初二（3）班　林小雨
傍晚的操场空了
篮球还在滚
一个人的影子
追着另一个人的影子

哨声收起了白天
路灯接过了晚上
风把我们的名字
留在了看台上
（指导老师：周　晴）

县青少年宫开设暑期书法班
　　记者从县青少年宫获悉，暑期书法班将于7月10日开课，
面向全县中小学生招收学员120名。
"""


def test_a_poem_last_line_over_a_bracketed_credit_is_verse_not_the_next_piece_head() -> None:
    # the last line of verse, set solid over （指导老师：某某）, is the poem's: a credit in
    # brackets closes the piece above it and never heads a new one as an author line does
    poem, notice = read_articles(_PUPIL_POEM)
    assert isinstance(poem, Article)
    assert poem.headline == "操场"
    assert poem.paragraphs[-1] == "留在了看台上"
    assert len(poem.paragraphs) == 8
    assert poem.byline is not None
    assert any(credit.role == "指导老师" for credit in poem.byline.others)
    assert notice.headline == "县青少年宫开设暑期书法班"


_POEMS_TITLED_OVER_AUTHORS = """诗歌小辑
河湾
□ 赵　远
河水绕过村口
又绕回来
像一句说了两遍的叮嘱
晚风
□ 钱　云
晚风翻过山梁
把炊烟吹斜
把归人吹近
"""


def test_a_title_over_an_author_line_set_solid_under_verse_still_opens_the_next_poem() -> None:
    # an author line with no brackets under a short line is the next poem's head, as before
    first, second = read_articles(_POEMS_TITLED_OVER_AUTHORS)
    assert first.headline == "河湾"
    assert first.paragraphs[-1] == "像一句说了两遍的叮嘱"
    assert second.headline == "晚风"
    assert second.paragraphs[0] == "晚风翻过山梁"
