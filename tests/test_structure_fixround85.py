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

from publisher.model import Article, Weather
from publisher.punctuation import ends_sentence, regional_script_line, syllable_length
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


_WARNING_BOX = """市区主要道路积水点已全部排除
本报讯　昨日午后的强降雨造成市区多处道路积水，市政部门
连夜组织抽排，截至今晨6时，积水点已全部排除。

暴雨橙色预警信号
临江市气象台2026年6月18日16时发布
受强对流云团影响，预计未来3小时内
我市东部将出现50毫米以上降雨，局部
伴有雷电和7～9级雷暴大风。

暴雨橙色预警信号防御指南
一、切断低洼地带有危险的室外电源；
二、处于危险地带的人员应当及时转移。
"""


def test_a_warning_signal_box_is_a_forecast() -> None:
    """暴雨橙色预警信号 / who issued it and when / what is coming, in sentences: the forecaster's
    box (a weather item), and the 防御指南 set apart under it, titled by the signal's name and a
    word more, the page's own piece."""
    items = read_items(_WARNING_BOX)
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Article", "Weather", "Article"]
    warning = items[1]
    assert isinstance(warning, Weather)
    assert warning.text.startswith("暴雨橙色预警信号\n临江市气象台")
    assert warning.text.endswith("7～9级雷暴大风。")
    guide = items[2]
    assert isinstance(guide, Article)
    assert guide.headline == "暴雨橙色预警信号防御指南"


_HOURS_TABLE = """    今年“五一”假期，全市各公共文化场馆照常开放，部分场馆
延长开放时间，方便市民游客参观。

全市公共文化场馆开放时间
场馆名称　　　　开放时间　　　　　　预约电话
市博物馆　　　　09:00—17:00　　　　0571-5550101
市图书馆　　　　08:30—21:00　　　　0571-5550202
市美术馆　　　　09:30—16:30　　　　0571-5550303
市科技馆　　　　09:00—17:30　　　　0571-5550404
注：各场馆每周一闭馆，节假日除外。
"""


def test_an_hours_table_with_its_header_is_a_table_under_its_title() -> None:
    """全市公共文化场馆开放时间 / 名称　　时间　　电话 / rows with clock times and phones: a
    table under its title, the header its first row (no second line of the title, no deck),
    every row a paragraph; a clock time's colon (09:00) is no field's mark, so a row holding a
    phone is still a row."""
    table = read_articles(_HOURS_TABLE)[-1]
    assert table.headline == "全市公共文化场馆开放时间"
    assert table.subheadline is None
    assert table.paragraphs[0].startswith("场馆名称")
    assert table.paragraphs[1].startswith("市博物馆")
    assert len(table.paragraphs) == 6


_BILINGUAL_VERSE = """双语美文
ཆུ་བོ།
河流
文/索南卓玛
    ཆུ་བོ་ནི་རི་བོའི་ཁྲོད་ནས་འབབ། ཞིང་ཁ་རྣམས་ལ་གསོ་ནུས་སྟེར། ང་ཚོའི་
ཕ་ཡུལ་གྱི་ཆུ་བོ་ཡིན།
    河水从群山中流出，滋养着一片片农田。它是我们家乡
的河流。
    ཆུ་བོ་ནི་ཉིན་མཚན་མེད་པར་འབབ།
    河水日夜不停地流淌。
"""


def test_a_tibetan_paragraph_ends_on_its_shad() -> None:
    """A Tibetan sentence closes on the shad (།) as a Chinese one on 。, so the indented translation
    under it opens a paragraph of its own; a point after a Hangul or Uyghur word ends it too."""
    assert ends_sentence("ང་ཚོའི་ཕ་ཡུལ་གྱི་ཆུ་བོ་ཡིན།")
    assert ends_sentence("우리 마을의 강입니다.")
    assert not ends_sentence("ཞིང་ཁ་རྣམས་ལ་གསོ་ནུས་སྟེར། ང་ཚོའི་")
    story = read_articles(_BILINGUAL_VERSE)[0]
    assert len(story.paragraphs) == 4
    assert story.paragraphs[0].endswith("ཆུ་བོ་ཡིན།")
    assert story.paragraphs[1].startswith("河水从群山中流出")
    assert story.paragraphs[3] == "河水日夜不停地流淌。"


_ONE_LINE_TOP = """延边农民报　연변 농민보
2026年9月9日　星期三
第4版　科技　과학기술
责任编辑：李春花

秋收前做好农机检修
    秋收在即，县农机服务站组织技术人员深入各村，为农户免费检修
收割机、脱粒机等农机具。
"""


def test_a_name_in_a_regional_script_beside_the_chinese_on_one_line() -> None:
    """延边农民报　연변 농민보, 第4版　科技　과학기술: the name or the section in the region's script,
    set on the line of the Chinese one, is a part of the masthead's line (its words one part),
    so the line is the masthead's; the page's number and section are read."""
    parsed = parse_page(_ONE_LINE_TOP)
    assert parsed.masthead.newspaper == "延边农民报"
    assert parsed.masthead.page_label == "第4版"
    assert parsed.masthead.section == "科技"
    assert "연변 농민보" in parsed.masthead.imprint
    assert [type(item).__name__ for item in read_items(_ONE_LINE_TOP)] == ["Article"]


_SIGNED_WARNING = """河道巡查发现隐患点12处
本报讯　连日来，县水利部门组织人员对全县主要河道开展巡查，
共发现并整改隐患点12处。

大风蓝色预警信号
预计今天夜里到明天白天，我县沿江地区
将出现6～7级大风，请注意防范。
（县气象台9月5日16时发布）
"""


def test_a_warning_signal_signed_under_its_text_is_a_forecast() -> None:
    """大风蓝色预警信号 / what is coming, in sentences / （县气象台…发布）: who issued the warning
    signs it under its text as others print it under the name; the box is the forecaster's."""
    items = read_items(_SIGNED_WARNING)
    assert [type(item).__name__ for item in items] == ["Article", "Weather"]
    warning = items[1]
    assert isinstance(warning, Weather)
    assert warning.text.startswith("大风蓝色预警信号\n")
    assert warning.text.endswith("（县气象台9月5日16时发布）")
