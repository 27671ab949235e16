"""Failure classes round 85 showed (issue 10): a paper printed beside a regional language reads
that language's script with its own shapes, as the bilingual English rules read English.  Its
name set in its own script under the Chinese one at the top is the masthead's (as an English title
is), and a vocabulary table's cell in Tibetan is as long as its syllables, not its code points (a
stack of letters and vowel signs closed by the tsheg transliterates one Han character).  A
masthead's issue number may carry the running count in brackets (第2期（总第2386期）).  Snippets
written for these tests (invented text, no blind page's): any paper of a region with its own
script, or any weekly counting its issues twice, prints these layouts.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.punctuation import regional_script_line, syllable_length
from publisher.reader import parse_page
from tests.nothing_lost import read_articles, read_items

_KOREAN_TOP = """延边青年报
연변청년보
2026年3月2日　星期一
第5版
教育
责任编辑：金　哲　　校对：朴美兰

州实验小学开展双语诵读活动
本报记者　崔　明
    日前，州实验小学举办双语诵读比赛，全校二十个班级的
学生参加了比赛。
"""


def test_a_paper_name_in_its_own_script_is_the_mastheads() -> None:
    """延边青年报 / the name in Hangul / date / page / section: the second name is the masthead's
    as an English title would be, so the page's number and section under it are read too, and
    the desk line stays furniture, no item."""
    parsed = parse_page(_KOREAN_TOP)
    assert parsed.masthead.newspaper == "延边青年报"
    assert parsed.masthead.page_label == "第5版"
    assert parsed.masthead.section == "教育"
    assert "연변청년보" in parsed.masthead.imprint
    items = read_items(_KOREAN_TOP)
    assert len(items) == 1
    story = items[0]
    assert isinstance(story, Article)
    assert story.headline == "州实验小学开展双语诵读活动"


def test_a_line_in_a_regional_script_is_told_by_its_letters() -> None:
    """Tibetan, Hangul, the Arabic script: letters of no Han or Latin; a line mixing in a Han
    character, a figure or a Latin letter is not wholly one of them."""
    assert regional_script_line("བོད་ལྗོངས་ཉིན་རེའི་ཚགས་པར།")
    assert regional_script_line("연변청년보")
    assert not regional_script_line("连心报")
    assert not regional_script_line("LIANXIN DAILY")
    assert not regional_script_line("ཆུ་ 水")


_VOCABULARY_BOX = """学说藏语
词语　　　　藏文　　　　　　　　　读音
学校　　　　སློབ་གྲྭ་　　　　　　　洛扎
老师　　　　དགེ་རྒན་　　　　　　　格根
朋友　　　　གྲོགས་པོ་　　　　　　　卓波
早上好　　　ཞོགས་པ་བདེ་ལེགས་　　　雪巴德勒
水　　　　　ཆུ་　　　　　　　　　　曲

县城新增两处便民服务点
    近日，县城东西两个片区各新增一处便民服务点，为群众提
供缴费、证照办理等服务。
"""


def test_a_tibetan_word_is_as_long_as_its_syllables() -> None:
    """ཞོགས་པ་བདེ་ལེགས་ reads as four characters (its gloss 雪巴德勒 is four), however many code
    points its stacks and vowel signs take; a Han text's length is its characters'."""
    assert syllable_length("ཞོགས་པ་བདེ་ལེགས་") == 4
    assert syllable_length("སློབ་གྲྭ་") == 2
    assert syllable_length("早上好") == 3


def test_a_vocabulary_table_with_a_tibetan_column_is_one_box() -> None:
    """学说藏语 over its header and rows (word, Tibetan, reading): a table under its title, every
    row a paragraph, the last row too (no kicker of the story set apart below it)."""
    box, story = read_articles(_VOCABULARY_BOX)
    assert box.headline == "学说藏语"
    assert len(box.paragraphs) == 6
    assert box.paragraphs[-1].startswith("水")
    assert story.headline == "县城新增两处便民服务点"
    assert story.kicker is None


_ISSUE_TOP = """西部戏曲周报
2026年3月4日　星期三　第9期（总第1520期）
8
名家名段
本版编辑：王　琳　　校对：赵　晨

秦腔新戏《麦浪》首演
    3月1日晚，新编秦腔现代戏《麦浪》在市剧院首演，
观众座无虚席。
"""


def test_an_issue_number_with_its_running_count_is_the_mastheads() -> None:
    """第9期（总第1520期） beside the date: the issue number, the running count in brackets one part
    of it, so the date's line is the masthead's and the page's number and name under it too."""
    parsed = parse_page(_ISSUE_TOP)
    assert parsed.masthead.date == "2026-03-04"
    assert parsed.masthead.page_label == "8"
    assert parsed.masthead.section == "名家名段"
    assert [type(item).__name__ for item in read_items(_ISSUE_TOP)] == ["Article"]
