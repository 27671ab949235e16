"""Failure classes the sports and culture pages (体育, 文体) showed (issue 10), fixer ``fixsports70``.
Snippets written for these tests (invented papers, places, names and figures, no blind page's);
each class is a shape any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_articles

# ------------------------------- a pupil's poem closed by its teacher's credit in brackets

_PUPIL_POEM = """校园新芽
操场
□ 青溪县实验中学初二（3）班　林小雨
傍晚的操场空了
篮球还在滚
一个人的影子
追着另一个人的影子

哨声收起了白天
路灯接过了晚上
风把我们的名字
留在了看台上
（指导老师：周　晴）

县青少年宫开设暑期书法班
　　记者从县青少年宫获悉，暑期书法班将于7月10日开课，
面向全县中小学生招收学员120名。
"""


def test_a_poem_last_line_over_a_bracketed_credit_is_verse_not_the_next_piece_head() -> None:
    # the last line of verse, set solid over （指导老师：某某）, is the poem's: a credit in
    # brackets closes the piece above it and never heads a new one as an author line does
    poem, notice = read_articles(_PUPIL_POEM)
    assert isinstance(poem, Article)
    assert poem.headline == "操场"
    assert poem.paragraphs[-1] == "留在了看台上"
    assert len(poem.paragraphs) == 8
    assert poem.byline is not None
    assert any(credit.role == "指导老师" for credit in poem.byline.others)
    assert notice.headline == "县青少年宫开设暑期书法班"


_POEMS_TITLED_OVER_AUTHORS = """诗歌小辑
河湾
□ 赵　远
河水绕过村口
又绕回来
像一句说了两遍的叮嘱
晚风
□ 钱　云
晚风翻过山梁
把炊烟吹斜
把归人吹近
"""


def test_a_title_over_an_author_line_set_solid_under_verse_still_opens_the_next_poem() -> None:
    # an author line with no brackets under a short line is the next poem's head, as before
    first, second = read_articles(_POEMS_TITLED_OVER_AUTHORS)
    assert first.headline == "河湾"
    assert first.paragraphs[-1] == "像一句说了两遍的叮嘱"
    assert second.headline == "晚风"
    assert second.paragraphs[0] == "晚风翻过山梁"


# ------------------------------- a headline wrapped under its kicker, the remainder a few words

_KICKER_OVER_WRAPPED_HEADLINE = """非遗进校园
采茶小调唱响
山村课堂
通讯员　吴小燕　本报记者　郑　岚
　　本报讯　近日，青溪县石门乡中心小学的音乐课上，县采茶剧团的演员
手把手教孩子们唱采茶调，一招一式有板有眼。
"""


def test_a_short_remainder_under_the_line_below_the_kicker_finishes_the_headline() -> None:
    # under the kicker, a short head line and a remainder two characters shorter set solid under
    # it (the object its verb left for the next line): one headline, no deck of four characters
    story = read_articles(_KICKER_OVER_WRAPPED_HEADLINE)[0]
    assert story.kicker == "非遗进校园"
    assert story.headline == "采茶小调唱响山村课堂"
    assert story.subheadline is None


_LABEL_OVER_TITLE = """体坛人物
山里的教练
本报记者　郑　岚
　　他在石门乡中心小学教了十二年体育，带出了三名省级运动员。
"""


def test_a_short_label_over_a_title_of_a_length_stays_the_kicker() -> None:
    # two short lines of about one length, the first the head's first line: a column's label
    # over the piece's title, as before
    story = read_articles(_LABEL_OVER_TITLE)[0]
    assert (story.kicker, story.headline) == ("体坛人物", "山里的教练")


# ------------------------------- a predicate with no subject of its own under the line naming it

_HELD_AT = """全市少儿书画展
在市文化馆开幕
本报记者　周　敏
　　本报讯　6月1日，全市少儿书画展在市文化馆开幕，展出作品300余件。
"""

_GOES_TO = """县黄梅戏剧团新编大戏《山茶花开》
下月赴省城巡演
　　本报讯（记者　何　欣）记者从县文化馆获悉，县黄梅戏剧团新编大戏
《山茶花开》将于下月赴省城巡演，共演出6场。
"""


def test_where_the_event_above_was_held_finishes_its_headline() -> None:
    # 在某地开幕 has no subject: the event named on the line above is it, one headline
    story = read_articles(_HELD_AT)[0]
    assert (story.kicker, story.headline, story.subheadline) == (None, "全市少儿书画展在市文化馆开幕", None)


def test_where_the_troupe_above_goes_finishes_its_headline() -> None:
    # (下月)赴某地… has no subject: the troupe or the show named above goes, one headline
    story = read_articles(_GOES_TO)[0]
    assert story.kicker is None
    assert story.headline == "县黄梅戏剧团新编大戏《山茶花开》下月赴省城巡演"
    assert story.subheadline is None


# ------------------------------- a letter's signature set in cells, over a table set apart

_LETTER_OVER_TABLE = """读者来信
老年大学的秋游课
　　上个月，我跟着老年大学国画班去了一趟山里写生。老师一路教我们
看山看水，晚上还给每个人的画作点评。
　　我觉得，学画不在走得多远，和老朋友们一起边走边学，就是最好的秋游。
　　　　　　　　青溪　王秀兰　68岁

秋季老年旅游线路参考
线路　　　　　　　　天数　　参考价（元/人）
石门古镇＋竹海　　　2天　　 560
东岭温泉＋茶园　　　3天　　 980
柳河湿地＋古村　　　1天　　 260
以上价格含往返交通及住宿，仅供参考。
"""


def test_a_table_set_apart_under_a_letter_signed_in_cells_stands_on_its_own() -> None:
    # the letter's signature (place, name and age set a space apart, one line) is no row of a
    # table the letter printed: the titled table set apart under it is a box of its own
    letter, table = read_articles(_LETTER_OVER_TABLE)
    assert letter.headline == "老年大学的秋游课"
    assert letter.paragraphs[-1].startswith("青溪")
    assert table.headline == "秋季老年旅游线路参考"
    assert len(table.paragraphs) == 5


# ------------------------------- a short label over fixture rows, under a match report's results

_REPORT_RESULTS_FIXTURES = """县“村超”第四轮战罢
本报记者　林　涛
　　本报讯　5月9日至10日，县“村超”足球联赛第四轮比赛在县体育场举行。
本轮比赛结果
石门村　3∶0　东岭村
柳河村　0∶0　白沙村
南山村　2∶1　北坡村

下轮赛程
5月16日　15:00　东岭村—柳河村（县体育场）
5月16日　17:00　白沙村—南山村（县体育场）
5月17日　15:00　北坡村—石门村（石门镇足球场）
"""

_FIXTURES_UNDER_A_STORY = """县“村超”第四轮战罢
本报记者　林　涛
　　本报讯　5月9日至10日，县“村超”足球联赛第四轮比赛在县体育场举行。
　　石门村队主场3比0完胜东岭村队，取得四连胜。

下轮赛程
5月16日　15:00　东岭村—柳河村（县体育场）
5月16日　17:00　白沙村—南山村（县体育场）
5月17日　15:00　北坡村—石门村（石门镇足球场）
"""


def test_a_short_label_over_fixture_rows_is_their_title_never_a_kicker_over_a_row() -> None:
    # 下轮赛程 over rows in cells set solid under it: the label is the fixtures' title and the
    # first fixture a row, never a headline cut at its wide spaces; set apart under the report's
    # own results, the fixtures stand on their own (as a second table there does)
    report, fixtures = read_articles(_REPORT_RESULTS_FIXTURES)
    assert report.paragraphs[-1].split() == ["南山村", "2∶1", "北坡村"]
    assert (fixtures.kicker, fixtures.headline) == (None, "下轮赛程")
    assert fixtures.paragraphs[0].split() == ["5月16日", "15:00", "东岭村—柳河村（县体育场）"]
    assert len(fixtures.paragraphs) == 3


def test_fixtures_set_apart_under_a_story_of_prose_stand_on_their_own() -> None:
    report, fixtures = read_articles(_FIXTURES_UNDER_A_STORY)
    assert report.headline == "县“村超”第四轮战罢"
    assert (fixtures.kicker, fixtures.headline) == (None, "下轮赛程")
    assert len(fixtures.paragraphs) == 3


# ------------------------------- results set with the ratio sign, a shoot-out's score in brackets

_GROUP_RESULTS_BOX = """县运会篮球赛
　　本报讯　9月7日，县运会篮球赛小组赛全部结束，八支球队进入淘汰赛。

“乡村杯”篮球赛
小组赛结果
A组
石门镇　78∶65　柳河乡
东岭镇　70∶72　白沙镇
B组
南山乡　81∶79　北坡镇
西溪镇　66-58　青石乡
"""

_FINALS_BOX = """足球赛决出冠军
　　本报讯　10月18日，县足球赛决赛在县体育中心举行，柳河村队点球大战胜出。

决赛及三四名决赛
柳河村　1∶1（点球4∶3）　石门村
东岭村　2∶0　白沙村
"""


def test_two_results_a_group_set_with_the_ratio_sign_are_a_table() -> None:
    # 甲队　78∶65　乙队 (the ratio sign for the colon, or 66-58): two rows under each group's
    # name are rows of one results box set apart under the story, no heads of the next piece
    story, box = read_articles(_GROUP_RESULTS_BOX)
    assert story.headline == "县运会篮球赛"
    assert box.paragraphs == (
        "A组",
        "石门镇 78∶65 柳河乡",
        "东岭镇 70∶72 白沙镇",
        "B组",
        "南山乡 81∶79 北坡镇",
        "西溪镇 66-58 青石乡",
    )


def test_a_shoot_out_score_in_brackets_after_the_score_keeps_the_row_a_result() -> None:
    # 1∶1（点球4∶3）: the shoot-out's score in brackets after the match's, one cell
    story, box = read_articles(_FINALS_BOX)
    assert story.headline == "足球赛决出冠军"
    assert box.headline == "决赛及三四名决赛"
    assert len(box.paragraphs) == 2


# ------------------------------- a table set with one space between its cells, standing alone

_NARROW_MEDAL_TABLE = """全市中学生运动会闭幕
　　本报讯　6月1日，全市中学生运动会闭幕，一中代表队获金牌总数第一。

奖牌榜
排名 代表队 金 银 铜
1 一中 12 8 6
2 实验中学 10 9 7
3 二中 8 10 9
4 三中 5 6 8
"""


def test_a_header_of_words_a_space_apart_is_the_table_header_not_a_group_name() -> None:
    # 排名 代表队 金 银 铜 under the title: short words set one space apart over rows of as many
    # are the header of a table so set, never a group's name (男子组) heading rows under it
    story, table = read_articles(_NARROW_MEDAL_TABLE)
    assert story.headline == "全市中学生运动会闭幕"
    assert table.headline == "奖牌榜"
    assert len(table.paragraphs) == 5
    assert table.paragraphs[1].split() == ["1", "一中", "12", "8", "6"]


# ------------------------------- fixtures grouped under each day's date

_FIXTURES_BY_DAY = """县“村超”第四轮战罢
　　本报讯　5月9日至10日，县“村超”足球联赛第四轮比赛在县体育场举行。
　　第五轮比赛将于本周末进行。

第五轮赛程
5月16日（周六）
15:00　东岭村—柳河村
17:00　白沙村—南山村
5月17日（周日）
15:00　北坡村—西溪村
17:00　青石村—石门村
"""


def test_fixtures_grouped_under_each_day_are_one_table() -> None:
    # 5月16日（周六） over that day's kick-offs is a group of the fixtures (as 男子组 is of a
    # results table), however many characters its weekday adds: one table under its title, no
    # piece a day under the title as its kicker
    story, fixtures = read_articles(_FIXTURES_BY_DAY)
    assert story.headline == "县“村超”第四轮战罢"
    assert (fixtures.kicker, fixtures.headline) == (None, "第五轮赛程")
    assert fixtures.paragraphs[0] == "5月16日（周六）"
    assert fixtures.paragraphs[3] == "5月17日（周日）"
    assert len(fixtures.paragraphs) == 6


# ------------------------------- a headed story set apart under a column of headless briefs

_HEADLESS_COLUMN_THEN_STORY = """体坛速递
新华社北京5月8日电　记者从国家体育总局获悉，全国社区运动会将于8月在28个省份举办。
新华社上海5月8日电　2026年国际田联钻石联赛上海站将于9月下旬在上海体育场举行。

青溪河畔唱山歌
　　本报讯　5月8日晚，青溪河畔山歌会在滨河公园开唱，吸引市民近千人观看。演出将持续
至6月底，每周六晚一场。（周　敏）
"""


def test_a_headed_story_over_its_dateline_set_apart_under_headless_briefs_leaves_the_column() -> None:
    # the column's items print no head (新华社某地某日电　…); a head set apart over its own 本报讯
    # heads a story of its own, not the column's next item: no kicker
    first, second, story = read_articles(_HEADLESS_COLUMN_THEN_STORY)
    assert (first.kicker, second.kicker) == ("体坛速递", "体坛速递")
    assert (story.kicker, story.headline) == (None, "青溪河畔唱山歌")


# ------------------------------- results printed as the pairing, then the score

_PAIRING_RESULTS = """市足球联赛第六轮战罢
　　本报讯　6月14日至15日，市足球联赛第六轮比赛结束。

第六轮比赛结果（女子组）
湖滨队—山前队　3∶2
河口队—石桥队　1∶1
"""

_DATED_PAIRING_RESULTS = """市篮球联赛第三轮战罢
　　本报讯　6月15日，市篮球联赛第三轮比赛结束。

第三轮比赛结果
6月14日　城东队VS城西队　86∶71
6月15日　江北队VS江南队　77∶74
"""


def test_results_printed_as_the_pairing_then_the_score_are_a_table() -> None:
    # 甲队—乙队　3∶2 (a day before them perhaps): two such rows under a title set apart are a
    # results box, never an advertisement or the story going on
    for text, title in (
        (_PAIRING_RESULTS, "第六轮比赛结果（女子组）"),
        (_DATED_PAIRING_RESULTS, "第三轮比赛结果"),
    ):
        story, box = read_articles(text)
        assert story.paragraphs[0].startswith("6月1")
        assert box.headline == title
        assert len(box.paragraphs) == 2
