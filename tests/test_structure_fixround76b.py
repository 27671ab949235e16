"""Failure classes round 76 showed on a digest page and a policy page (issue 10, fixround76b):
据《某某》 at a line's end after a sentence wraps into the sentence below (据《某报》报道，…) and
stays text, alone on its line it closes the reprint above; a question of whether (能否, 是否)
opened on a head's first line and asked on the second is one headline; 综合整理 after a
reporter's name is one role; 制图：X under a box of figures is its credit, no row.  Snippets
written for these tests in the style of science and policy pages (invented titles, figures and
names, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Byline, Credit
from publisher.reader.bylines import parse_byline
from tests.nothing_lost import first_article, read_articles

# ------------------------------------------- 据《某某》 alone under a reprint's last sentence

_SOURCE_UNDER_REPRINT = """候鸟为何能准确找到越冬地
　　每年秋天，成群的候鸟飞越上千公里，
准确抵达越冬的湿地。研究人员发现，它们
能借助地磁场辨别方向。
　　此外，候鸟还会记住沿途的山脉和河流。
据《自然科普周刊》

雨后为何常见彩虹
　　雨后天空中悬浮着大量小水滴，阳光射入
水滴后发生折射和反射，被分解成七种颜色。
"""


def test_a_source_named_by_its_title_after_ju_closes_the_reprint_above() -> None:
    articles = read_articles(_SOURCE_UNDER_REPRINT)
    assert [a.headline for a in articles] == ["候鸟为何能准确找到越冬地", "雨后为何常见彩虹"]
    first = articles[0]
    assert first.source.last == 6
    assert first.paragraphs[-1] == "此外，候鸟还会记住沿途的山脉和河流。"
    assert first.byline is None or not first.byline.reporters


_SOURCE_WRAPPED_IN_SENTENCE = """城市添绿
　　今年以来，本市新建口袋公园三十处。据《晨光日报》
报道，另有二十处正在施工，年底前完工。
"""


def test_a_title_after_ju_at_a_lines_end_wraps_into_the_sentence_below() -> None:
    (article,) = read_articles(_SOURCE_WRAPPED_IN_SENTENCE)
    assert article.paragraphs[-1].endswith("据《晨光日报》报道，另有二十处正在施工，年底前完工。")


# ------------------------------------------- a question of whether cut over a head's two lines

_WHETHER_HEAD = """■读者来信
个体工商户更换收银设备能否
申请补贴？
    读者：我在县城经营一家超市，今年打算更换收银设备，能否申请补贴？
    答：符合条件的个体工商户可向所在地商务部门申请。
"""


def test_a_question_of_whether_opened_on_the_first_line_is_one_headline() -> None:
    article = first_article(_WHETHER_HEAD)
    assert article.headline == "个体工商户更换收银设备能否申请补贴？"
    assert not article.subheadline


# ------------------------------------------- 综合整理 after a reporter's name


def test_compiled_from_reports_after_the_name_is_a_role_not_a_name() -> None:
    byline = parse_byline("本报记者　林　涛　综合整理")
    assert byline == Byline(reporters=("林涛",), others=(Credit("综合整理", ()),))


# ------------------------------------------- 制图：X under a box of figures

_DRAWN_BOX = """图说
三组数字看消费补贴
补贴范围　　家电、家居、数码产品
补贴比例　　售价的15%
单件上限　　2000元
制图：周　岚

下一篇文章
　　正文在此。
"""


def test_who_drew_a_box_of_figures_closes_it_as_a_credit_not_a_row() -> None:
    box = read_articles(_DRAWN_BOX)[0]
    assert box.source.last == 6
    assert box.paragraphs[-1].startswith("单件上限") and box.paragraphs[-1].endswith("2000元")
    assert box.byline is not None and not box.byline.photographers
    assert any(c.role == "制图" for c in box.byline.others)
