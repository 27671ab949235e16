"""Failure classes round 82 showed on trade and county papers' pages (issue 10), fixer ``fixround82b``.
Snippets written for these tests in the style of books, collecting and sports pages (invented names,
titles, places and figures, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Notice, Photo
from publisher.reader.heads import kicker_over_headline
from tests.nothing_lost import first_article, read_articles, read_items

# ------------------------------------- a new book's particulars under its title: its data, no deck

_NEW_BOOKS = """青溪日报
2026年2月6日　星期五　第6版　读书

好书推荐
《山城旧事》
    作者：陆远山　　青溪文艺出版社
    一部描写山城百年街巷变迁的散文集，文字清淡，却处处见
人情冷暖。
好书推荐
《草木有信》
    作者：白　禾　　定价：45元
    作者以植物为线索，写下三十篇关于故乡四时风物的随笔。
"""


def test_a_books_particulars_under_its_title_are_its_entrys_first_paragraph() -> None:
    # 作者：… / 出版社 under the title gives the book's data; a deck says something of the story
    first, second = read_articles(_NEW_BOOKS)
    assert first.kicker == "好书推荐"
    assert first.headline == "《山城旧事》"
    assert first.subheadline is None
    assert first.paragraphs[0].startswith("作者：陆远山")
    assert first.paragraphs[-1].endswith("却处处见人情冷暖。")
    assert second.headline == "《草木有信》"
    assert second.subheadline is None
    assert second.paragraphs[0].startswith("作者：白")
    assert len(second.paragraphs) == 2


# ------------------------------------- a reader's question wrapped after a full stop onto a short line

_APPRAISAL_QA = """青溪晚报
2026年3月12日　星期四　第9版　收藏

◆藏友问答
铜镜上的绿锈，能说明年代久远吗？
本报记者　方　舟　整理
　　读者问：我在旧货市场淘到一面铜镜，镜背满是绿锈，
摊主说锈色越厚年代越老，出土的老镜子都是这样的。
能否以此判断？
　　专家答：锈色只能作参考。铜器锈蚀与埋藏环境关系
很大，同一时代的器物，锈色厚薄可能差别悬殊。近年
也有人用化学药水快速做锈，颜色鲜艳而浮，一刮即落。
　　读者问：家中一枚铜钱字口清晰，几乎没有磨损，会
是真品吗？
　　专家答：字口清晰并不说明真伪，还要看铜质、穿口
和边道的做工，最好请专业机构上手鉴定。
"""


def test_a_readers_question_wrapped_after_its_stop_keeps_the_qa_in_one_article() -> None:
    # 能否以此判断？ set flush and solid under the question's line filled to the measure: the
    # question's last sentence, not a head over the answer; both pairs go on in one article
    (story,) = read_articles(_APPRAISAL_QA)
    assert story.headline == "铜镜上的绿锈，能说明年代久远吗？"
    assert story.paragraphs[0].endswith("出土的老镜子都是这样的。能否以此判断？")
    assert story.paragraphs[1].startswith("专家答：锈色只能作参考。")
    assert story.paragraphs[-1].startswith("专家答：字口清晰")
    assert first_article(_APPRAISAL_QA).subheads == ()


# ------------------------------------- a second head line opening on the score: the deck

_MATCH_REPORT = """青溪晚报
2026年4月20日　星期一　第8版　体育

市民篮球联赛第三轮战罢　城北队客场取胜
78-65力克城南队　保持不败战绩
本报记者　钟　鸣
    本报讯　4月18日晚，市民篮球联赛第三轮在市体育馆展开争夺，
城北队客场以78-65战胜城南队，三战全胜继续排名榜首。
"""


def test_a_line_opening_on_the_score_is_the_deck_under_the_side_that_won() -> None:
    # 78-65力克… names no side that scored: it goes on with the line above, which names the
    # winner, as its deck (the pair of phrases over it is the headline, no kicker)
    story = first_article(_MATCH_REPORT)
    assert story.kicker is None
    assert story.headline == "市民篮球联赛第三轮战罢城北队客场取胜"
    assert story.subheadline == "78-65力克城南队保持不败战绩"
    assert kicker_over_headline("某某杯第二轮战罢　东湖队主场逆转", "以2∶1击败西岭队　暂列第一") is False
    # a count of people or things opening the line names its own subject: not this rule's
    assert kicker_over_headline("抢抓农时　不误春耕", "3000余名农技人员下田指导") is True


# ------------------------------------- an elders' page: a group's poems numbered alone, a ci, artworks

_ELDERS_PAGE = """青溪日报
2026年10月20日　星期二　第4版　银龄

老年诗社
秋日即事（二首）
□　沈宗华（诗词班）
其一
稻浪翻金映晚霞，
农家院里晒新瓜。
童孙笑指南飞雁，
一路秋声到我家。
其二
重阳约友上东山，
白发相扶不畏难。
回首来时云雾处，
满城灯火已阑珊。

满江红·青溪新貌
□　方德明
青溪畔，
高楼起，
长桥横贯。
犹记得，
当年泥路，
雨天难走。
今日通衢连四野，
新村处处笑声满。

国画《荷塘清趣》（县老年书画协会会员作品）　吴玉兰　作

书法　隶书《兰亭序》
作者系县老年大学书法班学员，今年76岁，退休前为县医院医生。
"""


def test_a_groups_poems_numbered_alone_are_its_subheads_over_their_verse() -> None:
    # 其一 / 其二 alone on their lines under a head that counts the poems: each poem's number, its
    # classical lines of verse (each closing a clause) a paragraph apiece
    poems = [a for a in read_articles(_ELDERS_PAGE) if a.headline == "秋日即事（二首）"]
    assert [h.text for h in poems[0].subheads] == ["其一", "其二"]
    assert poems[0].paragraphs[:2] == ("稻浪翻金映晚霞，", "农家院里晒新瓜。")
    assert len(poems[0].paragraphs) == 8


def test_a_ci_set_phrase_by_phrase_keeps_each_line() -> None:
    # short phrases, each closed by its mark, lengths varying as a ci's tune has them: verse, no
    # prose wrapped at a width
    (ci,) = [a for a in read_articles(_ELDERS_PAGE) if a.headline == "满江红·青溪新貌"]
    assert ci.paragraphs[:3] == ("青溪畔，", "高楼起，", "长桥横贯。")
    assert len(ci.paragraphs) == 8


def test_artworks_captioned_with_their_notes_are_pictures() -> None:
    photos = [i for i in read_items(_ELDERS_PAGE) if isinstance(i, Photo)]
    # a note in brackets on whose work it is, between the title and the maker's credit
    assert photos[0].caption == "国画《荷塘清趣》（县老年书画协会会员作品）"
    # the media named before the title, a note on the maker (作者系…) under it
    assert photos[1].title == "书法隶书《兰亭序》"
    assert photos[1].caption.startswith("作者系县老年大学书法班学员")


# ------------------------------------- a body's decision on who holds which post, printed whole: a notice

_APPOINTMENTS = """青溪化工报
2026年5月8日　星期五　第2版　人事

青溪化工集团有限公司关于王建新等同志职务任免的通知
　　各分公司、各部门：
　　经集团公司党委研究决定：
　　任命王建新为青溪化工股份公司副总经理；
　　免去刘德明的青溪化工股份公司安全总监职务。
　　　　　　　　青溪化工集团有限公司
　　　　　　　　2026年5月6日
"""


def test_an_appointments_decision_printed_whole_is_a_notice() -> None:
    # 关于…任免的通知 printed whole (addressees, decision, signing body, date) is the document, read
    # as the golds read any 关于…的通知: a notice (fixgolddecide79, by majority of the golds)
    (notice,) = [i for i in read_items(_APPOINTMENTS) if isinstance(i, Notice)]
    assert notice.label == "青溪化工集团有限公司关于王建新等同志职务任免的通知"
    assert notice.text.startswith("各分公司、各部门：")
    assert not read_articles(_APPOINTMENTS)
