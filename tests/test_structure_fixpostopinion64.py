"""Failure classes the opinion pages of rounds 64-66 showed (issue 10, postopinion64): the editor's
note label (编后) set apart under a comment, over an indented first line that runs on into the flush
line under it with no clause in it.  Snippets written for these tests in the style of a provincial
paper's opinion page (invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from tests.nothing_lost import read_articles

# ------------------------------------------- 编后 over an indented line cut mid-word, no clause in it

_NOTE_UNDER_COMMENT = """山区时评
乡村夜校“开课”值得期待
□ 梁秋月
    近日，县里多所中学利用晚间开办农民夜校，讲授
种植技术和法律常识。不少村民下地回来就去听课，
学习热情很高。
    夜校办得好，贵在坚持。期待这样的课堂更多一些。

编后
    农民夜校是送到田间地头的知识课堂和致富课
堂。本报欢迎读者就乡村教育话题来稿，共同出主意。
"""


def test_the_notes_label_over_an_indented_line_running_on_is_a_piece_of_its_own() -> None:
    comment, note = read_articles(_NOTE_UNDER_COMMENT)
    assert comment.headline == "乡村夜校“开课”值得期待"
    assert comment.paragraphs[-1] == "夜校办得好，贵在坚持。期待这样的课堂更多一些。"
    assert note.headline == "编后"
    assert list(note.paragraphs) == [
        "农民夜校是送到田间地头的知识课堂和致富课堂。本报欢迎读者就乡村教育话题来稿，共同出主意。"
    ]
