"""Failure classes round79 showed on a county paper's front page and round80 on a comment page (issue
10), fixer ``post79``: the page's number and its section's word set solid in a block of their own
under the masthead, the desk's credits set solid under them; a place closed by its colon set apart
over its headline, an indented paragraph under them and the credit closing the text; a column of
bulleted sayings, each closed by its source (——网友…) on the line under it; a marked kicker over a
headline as wide as it and a —— deck (round79's police page); a head line ending on a verb of
escorting someone, who is escorted on the line under it (round79's city page); a works project's
name over the line telling its progress, its kicker; a line counting the subject the head line above
opens on, that headline's deck. Snippets written for these tests in the style of county papers
(invented names, places and figures, no blind page's text): each class is a shape that holds on any
paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, first_article, read_articles

# ---------------------- the page's number over its section's word, the desk's credits under them

_FRONT = """今日青溪
JINRI QINGXI
中共青溪县委主办　青溪县融媒体中心出版
2026年4月9日　星期四　农历丙午年二月廿二
第812期　今日4版　内部资料　免费交流

1
要闻
责任编辑：周小兰　校对：吴　敏

全县春季农机培训班开班
本报讯（记者　陈　立）4月8日，全县春季农机培训班开班，来自各乡镇的120名农机手参加培训。
培训为期三天，内容包括农机安全操作和日常维护。
"""


def test_the_pages_number_and_section_word_with_the_desks_credits_under_them_are_the_masthead() -> None:
    # 1 / 要闻 / 责任编辑：… set solid between two blanks: the page's number, its name and the
    # desk's line, as another page prints them on one line (要闻　1　责任编辑：…)
    parsed = parse_page(_FRONT, 1)
    assert parsed.masthead.page_label == "1"
    assert parsed.masthead.section == "要闻"
    assert [type(item).__name__ for item in parsed.items] == ["Article"]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.headline == "全县春季农机培训班开班"
    assert_nothing_lost(_FRONT, parsed)


_TEXT_UNDER = _FRONT.replace("责任编辑：周小兰　校对：吴　敏\n", "责任编辑：周小兰　校对：吴　敏\n春耕正忙\n")


def test_a_line_of_text_set_solid_under_the_credits_is_no_such_block() -> None:
    # the block must end with the credits: a word under them makes it no label block
    parsed = parse_page(_TEXT_UNDER, 1)
    assert parsed.masthead.page_label is None
    assert_nothing_lost(_TEXT_UNDER, parsed)


# ------------- a place closed by its colon set apart over its headline, an indented paragraph under

_PLACE_KICKER = """全县春季农机培训班开班
本报讯（记者　陈　立）4月8日，全县春季农机培训班开班，来自各乡镇的120名农机手参加培训。
　　培训为期三天，内容包括农机安全操作和日常维护。

石门镇：
新建冷链仓库投入使用
　　近日，石门镇新建的冷链仓库投入使用，可储存果蔬
800吨，解决了周边农户的鲜果储存难题。
（通讯员　孙小燕）
"""


def test_a_place_kicker_set_apart_over_a_headline_and_an_indented_paragraph_opens_a_story() -> None:
    # 某镇： / its headline / 　　its paragraph, the credit closing the text: a story of its own,
    # never the flush line the column broke after the story above's full stop
    articles = read_articles(_PLACE_KICKER)
    assert [(a.source.first, a.source.last) for a in articles] == [(1, 3), (5, 9)]
    assert articles[1].kicker == "石门镇："
    assert articles[1].headline == "新建冷链仓库投入使用"
    assert articles[1].byline is not None and articles[1].byline.correspondents == ("孙小燕",)


_PLACE_OVER_FLUSH = _PLACE_KICKER.replace("　　近日，石门镇", "近日，石门镇")


def test_a_place_over_a_line_and_flush_text_stays_the_story_above() -> None:
    # no indent under the two lines: nothing confirms a head there
    articles = read_articles(_PLACE_OVER_FLUSH)
    assert articles[0].source.first == 1
    assert not any(a.kicker == "石门镇：" for a in articles)


# -------------------- a column of bulleted sayings, each closed by its source on the line under it

_SAYINGS = """小区里的共享书架
文/钱　程
　　楼下的共享书架开张一个月，借书的人越来越多。
　　邻居们说，书架让小区多了几分书香。

网友热评
　　●“一本书换一本书，换来的是邻里情。”
——网友“江南小雨”
　　●“希望更多小区都能有这样的书架，让孩子
放学后有个好去处。”——网友“老街坊”
"""


def test_a_bulleted_sayings_source_under_it_closes_it_and_the_next_bullet_opens_the_next() -> None:
    # ●“…。” / ——网友“某某”: the saying and its source one paragraph, one brief under the
    # column's label; the next bullet the column's next saying
    articles = read_articles(_SAYINGS)
    sayings = [a for a in articles if a.kicker == "网友热评"]
    assert [(a.source.first, a.source.last) for a in sayings] == [(6, 8), (9, 10)]
    assert sayings[0].paragraphs == ("“一本书换一本书，换来的是邻里情。”——网友“江南小雨”",)
    assert sayings[1].paragraphs[0].endswith("——网友“老街坊”")


# ----------- a marked kicker over a headline as wide as it and a —— deck: one head, never a brief's text

_MARKED_KICKER = """◆社区民警走进企业宣讲反诈
一起网络刷单诈骗案成功破获
——为群众挽回损失9.2万元
■记者　马小川　通讯员　青公宣
　　本报讯　5月3日，市公安局通报一起网络刷单诈骗案，
涉案的3名犯罪嫌疑人已被抓获。
　　目前，案件正在进一步侦办中。
"""


def test_a_marked_kicker_over_a_headline_of_its_width_and_a_dashed_deck_is_one_head() -> None:
    # ◆kicker / headline / ——deck / byline: the dashed deck under the second line says it is the
    # headline, not the rest of a sentence the column cut after the marked line
    article = first_article(_MARKED_KICKER)
    assert (article.source.first, article.source.last) == (1, 7)
    assert article.kicker == "社区民警走进企业宣讲反诈"
    assert article.headline == "一起网络刷单诈骗案成功破获"
    assert article.subheadline == "——为群众挽回损失9.2万元"
    assert article.byline is not None and article.byline.reporters == ("马小川",)


# ------------- a head line ending on a verb of taking someone along wraps onto who is taken

_ESCORT_HEAD = """大雾里，两名交警一路护送
迷路老人平安回到家中
记者　吴　晓
　　11月2日清晨，大雾笼罩城区。在城东路口执勤的两名交警
发现一位迷路的老人，一路护送老人回到家中。
"""


def test_a_head_line_ending_on_a_verb_of_escorting_wraps_onto_its_object() -> None:
    # …护送 / who is escorted: one headline over two lines, no kicker over a headline
    article = first_article(_ESCORT_HEAD)
    assert article.kicker is None
    assert article.headline == "大雾里，两名交警一路护送迷路老人平安回到家中"


# ---------------------- a works project's name over the line telling its progress: kicker, headline

_PROJECT_HEAD = """地铁2号线三期
高架桥梁全部合龙
　　本报讯（记者　叶　青）记者从市城建集团获悉，地铁2号线三期工程高架段桥梁近日全部
合龙，计划年底前建成通车。
"""


def test_a_works_projects_name_over_its_progress_is_the_kicker() -> None:
    # the project's name, no verb and no place doing anything: what the story is filed under
    article = first_article(_PROJECT_HEAD)
    assert article.kicker == "地铁2号线三期"
    assert article.headline == "高架桥梁全部合龙"


_COUNTED_PROJECTS = """全市一季度86个重点项目
完成投资逾四成
　　本报讯（记者　叶　青）一季度，全市86个重点项目完成投资152亿元，占年度计划的41%。
"""


def test_a_place_counting_its_projects_is_the_headline() -> None:
    # 全市…项目 leads a sentence about the place: its headline, the line under it its deck
    article = first_article(_COUNTED_PROJECTS)
    assert article.kicker is None
    assert article.headline == "全市一季度86个重点项目"


# ---------------- a line counting the subject the head line above opens on is that headline's deck

_COUNTED_SUBJECT = """医院夜诊再“加时”
多家医院延长夜间门诊至晚上10点
　　本报讯（记者　叶　青）入夏以来，市区多家医院延长夜间门诊时间，方便上班族就医。
"""


def test_a_line_counting_the_head_lines_own_subject_is_its_deck() -> None:
    # 医院… over 多家医院…: the same subject, counted, tells more of the news above: its deck
    article = first_article(_COUNTED_SUBJECT)
    assert article.kicker is None
    assert article.headline == "医院夜诊再“加时”"
    assert article.subheadline == "多家医院延长夜间门诊至晚上10点"
