"""Failure classes rounds 34-36 showed in columns of briefs and their labels (issue 10, fixbrief36).
Snippets written for these tests in the style of city and county papers (invented names, places and
figures; no blind page's text): each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# ------------------------------------ a brief signed by a bare name in brackets on a line of its own

_SIGNED_UNDER = """经济简讯
新区新增4家高新技术企业
    日前，省科技厅公布本年度第二批高新技术企业名单，新区4家企业
入选，全区高新技术企业总数达到57家。
（周　凯）
老城区夜市延长营业时间
    自本周起，老城区东门夜市营业时间延长至次日凌晨1点。
（林晓）
"""


def test_a_bare_name_in_brackets_under_a_finished_sentence_signs_the_brief() -> None:
    items = _items(_SIGNED_UNDER)
    assert _layout(items) == [("article", 1, 5), ("article", 6, 8)]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.paragraphs[-1].endswith("总数达到57家。") and len(first.paragraphs) == 1
    assert first.byline is not None and first.byline.others[0].names == ("周凯",)
    assert second.paragraphs == ("自本周起，老城区东门夜市营业时间延长至次日凌晨1点。",)
    assert second.byline is not None and second.byline.others[0].names == ("林晓",)


def test_a_bracketed_note_on_its_own_line_is_no_signature() -> None:
    # （节选）under an essay's last sentence says what was printed, not who wrote it
    text = """山路
    那年冬天，父亲背着我走过了三十里山路。
    如今山路已经修成了柏油路，父亲却再也走不动了。
（节选）
"""
    (essay,) = _items(text)
    assert isinstance(essay, Article) and essay.paragraphs[-1] == "（节选）"
