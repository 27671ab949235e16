"""Opinion and commentary pages (round63 6308, round67 6704 and the like): readers' short comments,
their signatures, letters and the author lines of a commentary column."""

from __future__ import annotations

from publisher.model import Byline, Credit
from tests.nothing_lost import first_article, read_articles

# Class: a column of readers' one-line comments, each opening with the column's bullet and closed by
# who sent it, the kind of reader and the name they go by, quoted or after an @ (（网友“某某”）):
# each comment is a brief of its own under the column's label, the signature in no scored role and
# in no text field.
SIGNED_COMMENTS = """街谈巷议
　　●公园的健身步道修好了，晚饭后走一圈很舒服，
希望夜里的照明再亮一些。（网友“湖畔晨跑”）
　　●菜市场新装了电子秤复核台，买菜放心多了！
（市民“老街坊”）
　　●社区食堂开到了家门口，老人吃饭不用再发愁。（微博网友@城南一棵树）
"""


def test_each_signed_comment_under_the_label_is_a_brief_of_its_own() -> None:
    briefs = read_articles(SIGNED_COMMENTS)
    assert [(a.source.first, a.source.last) for a in briefs] == [(1, 3), (4, 5), (6, 6)]
    assert [a.kicker for a in briefs] == ["街谈巷议"] * 3
    assert [a.headline for a in briefs] == [""] * 3
    assert briefs[0].paragraphs == ("公园的健身步道修好了，晚饭后走一圈很舒服，希望夜里的照明再亮一些。",)
    assert briefs[1].paragraphs == ("菜市场新装了电子秤复核台，买菜放心多了！",)
    assert briefs[2].paragraphs == ("社区食堂开到了家门口，老人吃饭不用再发愁。",)
    assert briefs[0].byline == Byline(others=(Credit(role="网友", names=("湖畔晨跑",)),))
    assert briefs[1].byline == Byline(others=(Credit(role="市民", names=("老街坊",)),))
    assert briefs[2].byline == Byline(others=(Credit(role="微博网友", names=("城南一棵树",)),))


# ... but a reader who asks a question in a Q&A column is named in the question's paragraph, and a
# quoted word closing a sentence in brackets is no one's name.
ASKED = """健康问答
问：孩子总是揉眼睛，需要去医院检查吗？（网友“小雨妈妈”）
答：经常揉眼可能与过敏或视疲劳有关，建议到眼科就诊。
"""


def test_a_handle_after_a_question_stays_with_the_question() -> None:
    article = read_articles(ASKED)[0]
    assert article.paragraphs[0] == "问：孩子总是揉眼睛，需要去医院检查吗？（网友“小雨妈妈”）"


# Class: a campus paper signs a student's comment with the author's college and the year they
# entered in brackets after the name (◎ 某某（某某学院2023级本科生）): the author's line, a credit of
# no scored role with the college kept as printed, never the piece's deck.
STUDENT_AUTHOR = """学子论坛
课堂之外也要多读几本闲书
◎ 周明轩（化学化工学院2024级本科生）
　　大学四年，专业课固然要紧，课堂之外的阅读同样
塑造着一个人的眼界。
　　不妨每月给自己列一份书单，读完写上几行笔记。
"""


def test_a_student_author_line_with_college_and_year_is_the_byline() -> None:
    article = first_article(STUDENT_AUTHOR)
    assert article.kicker == "学子论坛"
    assert article.headline == "课堂之外也要多读几本闲书"
    assert article.subheadline is None
    assert article.byline is not None
    assert article.byline.reporters == ()
    assert [c.names for c in article.byline.others] == [("周明轩",), ()]
    assert article.byline.others[1].role == "化学化工学院2024级本科生"
    assert article.paragraphs[0].startswith("大学四年")


# Class: a reader's letter printed under an editor's note (编者按：…) opens with its salutation set
# flush on a line of its own (编辑同志：), the letter's text indented under it: the note ends where
# its sentence does, the salutation is the letter's first paragraph.
LETTER_UNDER_NOTE = """读者来信
小区门前的公交站能否挪一挪？
编者按：日前，本报收到一封读者来信，反映城东
新区公交站设置不便的问题。现将来信刊发，并已
转交市交通运输部门研究答复。
编辑同志：
　　我家住在城东新区，小区门前的公交站离路口
太近，早晚高峰车辆一停就堵住了右转车道。
　　建议有关部门把站台往东挪五十米左右。
城东新区一居民
"""


def test_a_salutation_under_an_editors_note_opens_the_letter() -> None:
    article = first_article(LETTER_UNDER_NOTE)
    assert article.standfirst_label == "编者按"
    assert article.standfirst == (
        "日前，本报收到一封读者来信，反映城东新区公交站设置不便的问题。现将来信刊发，并已转交市交通运输部门研究答复。"
    )
    assert article.paragraphs[0] == "编辑同志："
    assert article.paragraphs[1].startswith("我家住在城东新区")


# Class: the page's call for contributions set apart at its foot names the desk by the paper's short
# name and the page's (某报评论投稿邮箱：…　来稿请注明…): the page's furniture, no line of the letter
# above, however its signature left the letter's last line open.
LETTER_OVER_MAILBOX = """读者来信
路口的红绿灯能否延长几秒？
　　编辑同志：我每天接孩子放学都要过人民路口，绿灯
只有十几秒，老人孩子根本走不完。
　　读者　陈海燕

江报评论投稿邮箱：jbpl@example.cn　　来稿请注明真实姓名和联系方式
"""


def test_a_desks_mailbox_under_a_signed_letter_is_no_part_of_it() -> None:
    letter = first_article(LETTER_OVER_MAILBOX)
    assert (letter.source.first, letter.source.last) == (1, 5)
    assert letter.paragraphs[-1] == "读者陈海燕"
