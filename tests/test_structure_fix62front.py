"""Failure classes round62 showed on front and picture pages (issue 10), fixer ``fix62front``: the
page's number and its section's word set solid in a block of their own under the masthead (and
a forecast box under them); a —— deck wrapped over two lines at no clause mark, the byline set
solid under it; a teaser box whose title asks a question; a paper called a 晨刊 named under its
page's section word.  Snippets written for these tests in the style of trade and city papers
(invented names, places and figures, no blind page's text): each class is a shape that holds
on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Weather
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, first_article, read_items
from tests.test_structure_columns import _layout

# ------------------------------- the page's number over its section's word, a block of their own

_FRONT = """青川农民报
QINGCHUAN NONGMINBAO
青川省农业农村厅主管主办
2026年5月12日　星期二　农历丙午年三月廿六
第2071期　今日4版

1
要闻

青川天气
今天：晴转多云　19℃～28℃
明天：多云　18℃～27℃
青川市气象台5月11日17时发布

全市夏粮收购工作全面启动
本报讯（记者　赵　岚）5月11日，全市夏粮收购工作动员会召开，今年计划收购小麦12万吨。
各收购网点已完成设备检修，确保农民售粮方便快捷。
"""


def test_the_pages_number_over_its_section_word_in_their_own_block_are_the_masthead() -> None:
    # 1 / 要闻 set solid between two blanks under the masthead: the page's number and its name,
    # as another paper prints them on one line (1　要闻); the forecast under them is a box
    parsed = parse_page(_FRONT, 1)
    assert parsed.masthead.page_label == "1"
    assert parsed.masthead.section == "要闻"
    assert _layout(parsed.items) == [("weather", 10, 13), ("article", 15, 17)]
    weather = parsed.items[0]
    assert isinstance(weather, Weather)
    assert weather.text.startswith("青川天气\n")
    assert_nothing_lost(_FRONT, parsed)


_WORD_OVER_NUMBER = _FRONT.replace("\n1\n要闻\n", "\n要闻\n1\n")


def test_the_section_word_over_the_pages_number_reads_the_same() -> None:
    parsed = parse_page(_WORD_OVER_NUMBER, 1)
    assert (parsed.masthead.page_label, parsed.masthead.section) == ("1", "要闻")


_TWO_WORDS = _FRONT.replace("\n1\n要闻\n", "\n春耕\n要闻\n")


def test_two_section_words_in_a_block_are_no_page_number_and_word() -> None:
    # no number among them: the pair is not the page's number and name
    parsed = parse_page(_TWO_WORDS, 1)
    assert parsed.masthead.page_label is None


# ------------------------------------ a —— deck wrapped at no clause mark, the byline under it

_WRAPPED_DECK = """
深化职业技能提升行动
全市去年新增技术工人3.2万名
——“青川焊工”“青川厨师”“青川月嫂”
三大品牌引领技能培训
■本报记者　孙　涛　通讯员　钱　磊
　　本报讯　记者从市人社局获悉，去年全市新增技术工人3.2万名，技能人才总量达到
48万人。
"""


def test_a_deck_wrapped_at_no_clause_mark_over_the_byline_is_one_deck_under_the_kicker() -> None:
    # nothing of a head stands between its deck and its byline: the flush line under the ——
    # line is the deck's rest, and the first line is the kicker, not a line left alone
    items = read_items(_WRAPPED_DECK)
    assert _layout(items) == [("article", 2, 8)]
    story = first_article(_WRAPPED_DECK)
    assert story.kicker == "深化职业技能提升行动"
    assert story.headline == "全市去年新增技术工人3.2万名"
    assert story.subheadline == "——“青川焊工”“青川厨师”“青川月嫂”三大品牌引领技能培训"


# ------------------------------------------------- a teaser box whose title asks a question

_TEASERS = """
导读
▶乡村夜校开课了　　见第2版
▶农机跨区作业，补贴怎么领？　　见第3版
▶一位老兽医的三十年　　见第4版
"""


def test_a_teaser_title_that_asks_is_one_of_the_boxs_titles() -> None:
    # a title may ask (补贴怎么领？): the box goes on past it to its last title
    items = read_items(_TEASERS)
    assert _layout(items) == [("article", 2, 3), ("article", 4, 4), ("article", 5, 5)]
    titles = [item.headline for item in items if isinstance(item, Article)]
    assert titles == ["乡村夜校开课了", "农机跨区作业，补贴怎么领？", "一位老兽医的三十年"]


# ------------------------------------------------ a paper called a 晨刊 under its section word

_PICTURE_PAGE = """B03
图片新闻
青川晨刊
2026.5.12　星期二
编辑：周　婷

江畔新绿
5月10日，市民在江畔公园散步。　本报记者　吴　亮　摄
"""


def test_a_morning_paper_called_a_chenkan_is_the_paper_not_the_section() -> None:
    # 晨刊, 晚刊: a paper's kind as 晨报 is; the word ending in 新闻 over it is the page's name
    parsed = parse_page(_PICTURE_PAGE, 1)
    assert parsed.masthead.newspaper == "青川晨刊"
    assert parsed.masthead.section == "图片新闻"
    assert parsed.masthead.page_label == "B03"
    assert_nothing_lost(_PICTURE_PAGE, parsed)
