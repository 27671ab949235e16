"""Failure classes the tuned rounds still showed on news and sports pages (issue 10), fixer
``fixtunedB``.  Snippets written for these tests (invented papers, places, names and figures, no
blind page's); each class is a shape that holds on any paper, not one page's words:

- two head lines set solid that are one headline wrapped: an event verb whose object (a long
  policy phrase) runs to the line's end over the meeting it holds (…召开… / …推进会); a place
  closed by its colon and a noun phrase over a line that opens on what it received (某地：… /
  迎来…); a noun phrase ending on quoted words over a shorter line that says what became of it;
- two head lines that are kicker and headline: a phrase over the line telling that an event
  started (…开赛), that a contest ended over who won it (…比赛（某站）落幕 / …包揽冠军), a question
  of whether over the event it hangs on (…能否延续？ / …今晚迎战…);
- the desk's credits with a mark before each role (■责任编辑：… ■校对：…): furniture, no item;
- a county paper named 今日 and its place on one line with the page's section word: the paper's
  name (the date and page number on lines of their own);
- a titled table set apart under a story's own table: the story's next table, not a piece;
- the author's line under a column's head: marked under a headline that asks (…谁来赔？ / □ 某某),
  the author's workplace a space apart before or after the name, marked or not (□ 某市中级人民法院
  某某, 某某律师事务所　某某), one bare name over the body under a head of two lines (记者手记 /
  title / 某某): a byline, no deck;
- two head lines one headline when the event verb's object begins with its year (…开展2026年 /
  “某某日”系列活动) or the first line ends on 进入 (…进入 / 高火险期), or on an event verb whose
  object is a quoted noun phrase on the second (…将在放假前开展 / 某某教育“最后一课”); a round of a
  contest that ended (…第三轮战罢) is the kicker over who won it.
"""

from __future__ import annotations

import pytest

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import first_article, read_articles, read_items

_TOP = """青溪日报
2026年6月12日　星期五
第3版
综合

"""

_BODY = """    本报讯（记者　周明）6月11日，相关活动在市体育中心举行，来自各地的
代表参加了活动，现场气氛热烈。
    下一步，有关部门将加强统筹，确保各项工作落地见效。
"""


# ------------------------------------------------- one headline wrapped over two lines


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("市政府召开深化营商环境综合配套改革", "与数字政府建设联动推进会"),
        ("青溪：千年古镇老街区", "迎来赏花游客潮"),
        ("跨境电商零售进口“保税仓”", "服务品类再扩容"),
        ("全省将开展2026年", "“安全生产月”系列活动"),
        ("全县森林防火进入", "高火险期"),
        ("全县中小学将在放假前开展", "暑期安全教育“最后一课”"),
        ("城乡公交乘车“一码通行”", "覆盖线路又增加"),
    ],
)
def test_two_lines_set_solid_are_one_headline(first: str, second: str) -> None:
    article = first_article(_TOP + f"{first}\n{second}\n" + _BODY)
    assert (article.kicker, article.headline, article.subheadline) == (None, first + second, None)


def test_a_quoted_name_with_its_own_verb_keeps_its_deck() -> None:
    # (a first line that acts on the quoted name is a headline of its own over its deck)
    article = first_article(_TOP + "我市启动“清风护航”行动\n首批整治问题线索86条\n" + _BODY)
    assert article.headline == "我市启动“清风护航”行动"
    assert article.subheadline == "首批整治问题线索86条"


# ------------------------------------------------- kicker over headline


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("万人竞逐山海之间", "2026青溪国际马拉松邀请赛开赛"),
        ("全省青少年乒乓球锦标赛（东区站）落幕", "青溪小将包揽男女团体冠军"),
        ("三连胜势头能否保持？", "青溪队今晚主场迎战白沙队"),
        ("市城市足球联赛第四轮战罢", "城南队4:1大胜河口队"),
    ],
)
def test_kicker_over_the_headline_that_tells_the_news(first: str, second: str) -> None:
    article = first_article(_TOP + f"{first}\n{second}\n" + _BODY)
    assert (article.kicker, article.headline, article.subheadline) == (first, second, None)


def test_a_question_of_how_keeps_its_answer_as_deck() -> None:
    article = first_article(_TOP + "楼道堆满杂物谁来管？\n社区联合物业开展集中清理行动\n" + _BODY)
    assert article.headline == "楼道堆满杂物谁来管？"
    assert article.subheadline == "社区联合物业开展集中清理行动"


# ------------------------------------------------- the page's furniture


def test_marked_desk_credits_are_furniture() -> None:
    text = "青溪日报\n2026年6月12日　星期五\n第3版\n■责任编辑：周　明　■美术编辑：李　强　■校对：王　丽\n\n"
    text += "市民公园完成提升改造\n" + _BODY
    items = read_items(text)
    assert len(items) == 1
    assert isinstance(items[0], Article) and items[0].headline == "市民公园完成提升改造"


def test_a_today_paper_beside_its_section_word_names_the_paper() -> None:
    text = "3\n今日青溪　　要闻\n2026年6月12日　星期五\n编辑：周　明　　校对：王　丽\n\n"
    parsed = parse_page(text + "市民公园完成提升改造\n" + _BODY)
    assert (parsed.masthead.newspaper, parsed.masthead.section) == ("今日青溪", "要闻")
    assert all(isinstance(i, Article) for i in parsed.items)


# ------------------------------------------------- a story's second table

_TWO_TABLES = """市青少年篮球联赛第二轮战罢
本报讯（记者　许文）6月10日，市青少年篮球联赛第二轮比赛在市体育馆进行，城东队以两连胜暂列第一。
本届联赛共有6支队伍参赛，比赛将持续至8月。
第二轮比赛结果
主队　　　　比分　　　客队
城东队　　　68:55　　　城西队
河口队　　　61:63　　　山前队

积分榜（前三名）
名次　队名　　　胜　负　积分
1　　城东队　　2　0　4
2　　山前队　　1　1　3
3　　城西队　　1　1　3
数据来源：市篮球协会
"""


def test_a_table_set_apart_under_a_storys_table_stands_on_its_own() -> None:
    # (the golds' convention, 8 to 1: the blank ends the story, its source closes the new table)
    story, standings = read_articles(_TOP + _TWO_TABLES)
    assert story.paragraphs[-1].split() == ["河口队", "61:63", "山前队"]
    assert standings.headline == "积分榜（前三名）"
    assert standings.paragraphs[-1] == "数据来源：市篮球协会"


def test_a_quoted_clause_over_its_deck_stays_headline_and_deck() -> None:
    # (a first line that says who did what to the quoted name keeps its deck, whose subject is its own)
    article = first_article(_TOP + "两市携手共护太湖“后花园”\n两地联合巡查跨界河湖\n" + _BODY)
    assert article.headline == "两市携手共护太湖“后花园”"
    assert article.subheadline == "两地联合巡查跨界河湖"


# ------------------------------------------------- the author's line under a column's head

_ANSWER = """    问：我家楼上的空调外机滴水，把我家窗台泡坏了，楼上的邻居不肯赔，怎么办？
    答：根据民法典相关规定，建筑物及其搁置物造成他人损害的，所有人应当承担侵权责任。
"""


@pytest.mark.parametrize(
    "author",
    ["□王　平", "□青溪市中级人民法院　王　平", "□ 王平　青溪县人民法院", "青溪某律师事务所　王平"],
)
def test_an_authors_line_under_a_column_head_is_a_byline(author: str) -> None:
    article = first_article(_TOP + f"律师说法\n楼上空调滴水泡坏窗台，谁来赔？\n{author}\n" + _ANSWER)
    assert article.kicker == "律师说法"
    assert article.headline == "楼上空调滴水泡坏窗台，谁来赔？"
    assert article.subheadline is None
    assert article.byline is not None and any("王平" in c.names for c in article.byline.others)


def test_a_bare_name_under_a_notes_head_signs_it() -> None:
    body = "    采访那天，老人翻出一本泛黄的账本，上面记满了三十年来每一笔收支，字迹工整。\n"
    article = first_article(_TOP + "记者手记\n小账本里的大变化\n王　平\n" + body)
    assert (article.kicker, article.headline, article.subheadline) == ("记者手记", "小账本里的大变化", None)
    assert article.byline is not None and any("王平" in c.names for c in article.byline.others)
