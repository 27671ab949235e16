"""Failure classes the opinion pages of rounds 64-66 showed (issue 10, postopinion64): the editor's
note label (编后) set apart under a comment, over an indented first line that runs on into the flush
line under it with no clause in it.  Snippets written for these tests in the style of a provincial
paper's opinion page (invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.reader import parse_page
from publisher.reader.masthead import parse_masthead_line
from tests.nothing_lost import assert_nothing_lost, read_articles

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


# ------------------------------------------- a marked name under a short comment's last full stop signs it

_SIGNED_SHORT_COMMENT = """时事短评
    据报道，某县推行“家门口就业驿站”，村民在家门口
就能找到零工岗位。这样的做法接地气，值得推广。
□ 周　岚

百姓说事
“门前三包”贵在常态
文/郑　凯
    走进老城区的街巷，门店前干干净净，店主们说，
管好门前这块地，是分内的事。
"""


def test_a_marked_name_under_a_comments_last_stop_signs_it_not_the_head_below() -> None:
    comment, column = read_articles(_SIGNED_SHORT_COMMENT)
    assert comment.headline == "时事短评"
    assert comment.source.last == 4
    assert column.kicker == "百姓说事"
    assert column.headline == "“门前三包”贵在常态"
    assert list(column.byline.reporters) == ["郑凯"]


# ------------------------------------------- a letter-spaced section spaced alike from the page number

_SPACED_SECTION_AND_NUMBER = """江南职工报　　2026年3月10日　星期二
言　论　05
本版编辑：李　青

百姓说事
“门前三包”贵在常态
文/郑　凯
    走进老城区的街巷，门店前干干净净，店主们说，
管好门前这块地，是分内的事。
"""


def test_a_letter_spaced_section_over_the_page_number_spaced_alike_is_the_pages_section() -> None:
    parsed = parse_page(_SPACED_SECTION_AND_NUMBER)
    assert_nothing_lost(_SPACED_SECTION_AND_NUMBER, parsed)
    assert parsed.masthead.section == "言论"
    assert parsed.masthead.page_label == "05"
    read = parse_masthead_line("要　闻　A02", top=True)
    assert read is not None and (read.section, read.page_label) == ("要闻", "A02")
