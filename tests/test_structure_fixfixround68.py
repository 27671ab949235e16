"""Failure classes round68 showed (issue 10), fixer ``fixround68``.  Snippets written for these
tests (invented papers, places, names and figures, no blind page's); each class is a shape that
holds on any paper, not one page's words:

- a pupils' writing page: under the title, the young author's school and class a space apart from
  the name (某市实验小学五（3）班　某某, marked or not) and the teacher who guided the piece (指导老师
  某某): credits of no scored role, no kicker, headline or deck;
- a child's painting: 《work》（儿童画）　the school and grade　the maker　作, alone between blanks:
  a picture, its caption the work, the school kept with the maker's credit;
- a table printed inside a story, closed by its 数据来源 line set solid under the last row: the
  story's last paragraph, not the title of a picture set apart under it;
- a head that is a topic and its question after a colon (…升级：先换A还是先换B？), under a column's
  label and over its byline: the headline, not an interview's turn;
- a list inside a story under a marked subhead: entries and who holds them set a wide gap apart,
  rows of names set apart by spaces: each line a paragraph, never run on, never a head; a marked
  subhead may close on a note in brackets holding a comma.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Photo
from tests.nothing_lost import first_article, read_articles, read_items

_TOP = """青溪晨刊
2026年5月20日　星期三
第8版
校园

"""


# ------------------------------------------------- a pupil's essay and its credits


@pytest.mark.parametrize(
    "school",
    [
        "青溪市实验小学五（3）班",
        "东湖区育才小学三(2)班",
        "南山县第二中学初二1班",
        "青溪市实验小学四年级",
    ],
)
def test_a_pupils_school_and_teacher_are_credits_not_heads(school: str) -> None:
    text = (
        _TOP
        + f"奶奶的菜园\n{school}　林小雨\n指导老师　王　芳\n"
        + "    奶奶的菜园不大，却种满了青菜、萝卜和辣椒。每天放学，我都\n"
        + "要去园子里转一转。\n"
    )
    article = first_article(text)
    assert (article.kicker, article.headline, article.subheadline) == (None, "奶奶的菜园", None)
    assert article.byline is not None
    assert not (article.byline.reporters or article.byline.correspondents or article.byline.photographers)
    assert [p[:4] for p in article.paragraphs] == ["奶奶的菜"]


def test_a_marked_pupils_line_over_a_poem() -> None:
    text = _TOP + "春雨\n□ 东湖区育才小学四（1）班　陈一诺\n春雨沙沙\n落在屋檐上\n\n小草听见了\n悄悄探出头\n"
    article = first_article(text)
    assert article.headline == "春雨"
    assert article.byline is not None and article.byline.others[0].names == ("陈一诺",)
    assert article.paragraphs[0] == "春雨沙沙"


# ------------------------------------------------- a child's painting


def test_a_childs_painting_with_its_school_is_a_picture() -> None:
    text = _TOP + "《春天来了》（儿童画）　南山县实验小学三年级　赵小北　作\n\n征稿启事\n    欢迎投稿。\n"
    photo = read_items(text)[0]
    assert isinstance(photo, Photo)
    assert photo.caption == "《春天来了》（儿童画）"
    assert photo.byline is not None and not photo.byline.photographers
    assert [c.names for c in photo.byline.others] == [("赵小北",), ()]


# ------------------------------------------------- a table's source note closing the rows


def test_a_source_note_under_a_storys_table_stays_the_storys() -> None:
    text = (
        _TOP
        + "全市青少年游泳赛落幕\n本报记者　孙　扬\n"
        + "    本报讯　5月18日，全市青少年游泳锦标赛落幕，东湖区代表队位列奖牌榜首位。\n"
        + "奖牌榜（前三名）\n"
        + "代表队　　金　银　铜\n"
        + "东湖区　　12　9　7\n"
        + "南山县　　10　8　11\n"
        + "西岭区　　6　7　5\n"
        + "数据来源：赛事组委会\n\n"
        # (a caption wrapped over two lines: a title set solid over it would be the picture's)
        + "    5月18日，选手在女子200米自由泳决赛中奋力\n出发。\n"
        + "　　　　本报记者　周　宁　摄\n"
    )
    items = read_items(text)
    article, photo = items[0], items[1]
    assert isinstance(article, Article) and isinstance(photo, Photo)
    assert article.paragraphs[-1] == "数据来源：赛事组委会"
    assert photo.title is None and photo.caption.startswith("5月18日")


# ------------------------------------------------- a topic and its question as the headline


def test_a_topic_question_over_its_byline_is_the_headline() -> None:
    text = (
        _TOP
        + "读者来信\n手机发烫：该换电池还是换手机？\n文/黄　明\n"
        + "    读者问：我的手机用了三年，最近一充电就发烫，续航也短了很多。\n"
        + "    编辑答：先到售后检测电池健康度，低于八成再考虑更换电池。\n"
    )
    article = first_article(text)
    assert (article.kicker, article.headline) == ("读者来信", "手机发烫：该换电池还是换手机？")
    assert article.paragraphs[0].startswith("读者问：")
    assert len(article.paragraphs) == 2


def test_an_interview_turn_over_prose_stays_a_paragraph() -> None:
    # (a turn shaped the same but under a paragraph, no byline under it, is the interview's)
    text = (
        _TOP
        + "守护校园的“大先生”\n本报记者　孙　扬\n"
        + "    他在这所学校守了三十年大门，认识每一个孩子。\n"
        + "记者：您每天几点到学校？\n"
        + "    老周：六点半，比孩子们早一个小时。\n"
    )
    article = first_article(text)
    assert article.headline == "守护校园的“大先生”"
    assert "记者：您每天几点到学校？" in article.paragraphs


# ------------------------------------------------- a list's lines inside a story


def test_a_list_under_marked_subheads_keeps_each_line() -> None:
    text = (
        _TOP
        + "区教育局表彰2025年度优秀教学成果\n本报记者　孙　扬\n"
        + "    本报讯　5月18日，区教育局表彰一批优秀教学成果和先进个人。\n"
        + "■ 优秀教学成果\n"
        + "小学数学分层作业设计研究　　育才小学\n"
        + "初中物理实验课改革实践　　　第二中学\n"
        + "乡村学校阅读推广行动　　　　林　红\n"
        + "■ 先进个人（12名，按姓氏笔画排序）\n"
        + "王小军　孔　明　石丽华　叶　青\n"
        + "刘大为　许文静　杜海涛　李　想\n"
        + "张　明　陈晓燕　周　宁　赵一鸣\n"
        + "\n"
        + "下期预告\n    下期将刊登获奖成果介绍。\n"
    )
    article = read_articles(text)[0]
    assert [s.text for s in article.subheads] == ["优秀教学成果", "先进个人（12名，按姓氏笔画排序）"]
    # (one paragraph a line; the reader cleans the spaces between cells away)
    assert [p.replace("\u3000", "") for p in article.paragraphs[1:]] == [
        "小学数学分层作业设计研究育才小学",
        "初中物理实验课改革实践第二中学",
        "乡村学校阅读推广行动林红",
        "王小军孔明石丽华叶青",
        "刘大为许文静杜海涛李想",
        "张明陈晓燕周宁赵一鸣",
    ]
    assert article.source.last == text.splitlines().index("张　明　陈晓燕　周　宁　赵一鸣") + 1
