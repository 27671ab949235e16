"""Failure classes rounds 45-55 showed on opinion, letters and feature pages (issue 10), fixer
``fix52opinion``: a bracketed label set apart under a signed letter; a causative head cut before
what its object is to become; a line filling a narrow box's column under a full stop; a scene's
caption set solid under a story crediting its pictures, or set apart under a profile box; a
profile box's particulars wrapped at a full stop; a table's rows under the colon announcing them;
a column's label over a bulleted head; an author named with the work-team post held; a closing
credit cut inside a name; the newsroom's hotline named with the paper and a desk.  Snippets written
for these tests in the style of provincial and county papers (invented names, places and figures,
no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from tests.nothing_lost import first_article, read_articles, read_items

# ------------------------------------- a bracketed label set apart under a signed letter

_REPLY_UNDER_LETTER = """来信照登
路灯坏了半个月没人修
    编辑同志：
    我家门前的南环路有六盏路灯坏了半个多月，晚上
出行很不方便，老人孩子走夜路提心吊胆。
    希望有关部门尽快派人维修。
    　　　　　　读者　程立新

【记者回访】
    记者将此信转给市城管局。该局回复，已安排维修
班组更换灯具，六盏路灯已于昨晚恢复照明。
"""


def test_a_bracketed_label_set_apart_under_a_signed_letter_heads_a_piece_of_its_own() -> None:
    # the letter ends at its writer's signature; a label set apart under it heads the paper's
    # answer, a piece of its own (set solid under the signature, 【编后】 is still the letter's)
    letter, reply = read_articles(_REPLY_UNDER_LETTER)
    assert letter.source.last == 7
    assert letter.subheads == ()
    assert reply.source.first == 9
    assert reply.headline == "记者回访"
    assert reply.paragraphs[0].startswith("记者将此信转给市城管局")


# ------------------------------------- a causative head cut before its result

_CAUSATIVE_HEADS = """让“社区食堂”的饭菜
更香一些
■ 本报评论员　宋　岩
    老人吃饭难，是不少社区的烦心事。今年以来，我市新开
社区食堂18家，解决了两千多位老人的一日三餐。

把“夜经济”的人气
转化为消费动力
□ 韩　露
    入夏以来，城区夜市人气高涨。如何把人气留住，考验着
管理者的智慧。
"""


def test_a_causative_verb_and_its_object_alone_run_on_into_the_result_under_them() -> None:
    # 让/把 and an object with no verb in it wait for what the object is to become (转化为…) or
    # how much more it is to be (更…): one headline over two lines, no deck
    first, second = read_articles(_CAUSATIVE_HEADS)
    assert (first.kicker, first.headline, first.subheadline) == (None, "让“社区食堂”的饭菜更香一些", None)
    assert (second.kicker, second.subheadline) == (None, None)
    assert second.headline == "把“夜经济”的人气转化为消费动力"


# ------------------------------------- a narrow box's line running on after a full stop

_NARROW_BOX = """◆学者视点
乡村图书室要“建”更要“用”
文/贺　川
　　去年以来，全县新建乡村图书室
四十余间，村民在家门口就能借书。
这是我县推进全民阅读的一项重要民
生实事。
　　图书室建起来了，还要让群众愿意
来、常来坐。要多办读书分享、亲子
阅读等活动，让书香飘进千家万户。
"""


def test_a_line_filling_the_story_s_own_column_under_a_full_stop_goes_on_with_the_paragraph() -> None:
    # no clause mark in it, but as wide as the box's widest line and running on into a full stop
    # over the next paragraph's indent: prose the narrow column wrapped, never a head
    article = first_article(_NARROW_BOX)
    assert article.source.last == 10
    assert article.paragraphs[0] == (
        "去年以来，全县新建乡村图书室四十余间，村民在家门口就能借书。这是我县推进全民阅读的一项重要民生实事。"
    )
    assert len(article.paragraphs) == 2


# ------------------------------------- a scene's caption under a story crediting its pictures

_SCENE_SET_SOLID = """石门县柑橘进入采摘期
文/图　本报记者　龙　敏
    连日来，石门县各柑橘基地迎来采摘高峰，果农们抢抓晴好
天气采摘、分拣、装箱，一车车新鲜柑橘发往全国各地。据统计，
全县柑橘种植面积达40万亩，预计总产量60万吨。
    果农在秀坪园艺场采摘柑橘。

临澧县开展冬季森林防火演练
    11月20日，临澧县组织应急、林业等部门开展森林防火实战
演练，参演人员120余名。
"""


def test_a_scene_set_solid_at_the_foot_of_a_story_crediting_its_pictures_is_their_caption() -> None:
    # one short sentence of someone at a place doing something, no clause, closing the story
    # set solid under its last finished sentence: the picture's caption, not a last paragraph
    items = read_items(_SCENE_SET_SOLID)
    assert [type(item).__name__ for item in items] == ["Article", "Photo", "Article"]
    story, photo = items[0], items[1]
    assert isinstance(story, Article) and isinstance(photo, Photo)
    assert story.source.last == 5
    assert photo.caption == "果农在秀坪园艺场采摘柑橘。"


_SCENE_UNDER_PROFILE = """匠心守艺
一把刻刀里的四十年
本报记者　罗　成　文/图
　　记者：您刻了四十年木雕，最难的是什么？
　　吴德山：是耐得住寂寞。一块木料要刻上三四个月，
急不得。

人物名片
吴德山，1958年生，黔东县人，木雕技艺县级代表性
传承人。2010年起专职从事木雕创作，带徒30余人。

吴德山在工作室内雕刻一件花鸟屏风。

◆身边的榜样
返乡青年开起“山货铺”
通讯员　杨　帆
　　在黔东县高坡村，25岁的杨小梅把自家的腊肉、
菌子搬上了网店，今年已卖出两千多单。
"""


def test_a_scene_set_apart_under_a_profile_box_is_the_feature_s_caption() -> None:
    # the profile box holds the particulars and nothing after them: a scene set apart under it
    # is the caption of the picture the feature above credits
    items = read_items(_SCENE_UNDER_PROFILE)
    photos = [item for item in items if isinstance(item, Photo)]
    assert len(photos) == 1
    assert photos[0].source.first == photos[0].source.last == 12
    assert photos[0].caption == "吴德山在工作室内雕刻一件花鸟屏风。"
    profile = next(item for item in items if isinstance(item, Article) and item.headline == "人物名片")
    assert profile.source.last == 10


# ------------------------------------- a profile box's particulars wrapped at a full stop

_PROFILE_WRAPPED = """　　记者：对年轻人创业有什么建议？
　　陆远航：找准一个细分领域，沉下心来做，别怕慢。这是我
最想说的话。

人物简介
陆远航，1985年生，江苏如东人，材料学博士。
2015年回乡创业，现任某某新材料有限公司董事
长，获评省级“双创人才”。
"""


def test_a_profile_box_set_flush_runs_on_past_a_full_stop_its_column_wrapped_at() -> None:
    # nothing marks a paragraph in the box; its first line, ending on a full stop, runs as wide
    # as the line under it, which breaks off inside its own sentence: one run of particulars
    profile = next(a for a in read_articles(_PROFILE_WRAPPED) if a.headline == "人物简介")
    assert profile.paragraphs == (
        "陆远航，1985年生，江苏如东人，材料学博士。2015年回乡创业，现任某某新材料有限公司董事长，获评省级“双创人才”。",
    )


_PROFILE_LINES = """人物名片
周秀芬，1966年生，湖州人。
市级非遗代表性传承人。
从艺四十年，带徒80余人。
"""


def test_a_profile_box_of_short_sentences_keeps_a_paragraph_each() -> None:
    # (each line ends its sentence short of the column: nothing to run on)
    assert len(first_article(_PROFILE_LINES).paragraphs) == 3


# ------------------------------------- a table's rows under the colon announcing them

_ROWS_UNDER_COLON = """全市中学生田径运动会落幕
记者　施　晴
　　11月8日，全市中学生田径运动会在市体育中心落幕，来自
32所学校的900余名运动员参赛。
　　本届运动会设田赛、径赛两大类共36个项目，历时三天。
　　经过激烈角逐，市一中代表队获得团体总分第一名。部分项
目成绩如下：
项目　　　组别　　名次　　成绩
100米　　男子　　第一名　10秒98
100米　　女子　　第一名　12秒35
跳远　　　男子　　第一名　6米92
　　本届运动会共有5人次打破市纪录。
"""


def test_rows_under_the_colon_that_announces_them_are_the_story_s_table() -> None:
    # set flush and solid under a paragraph ending on its colon, rows in cells are no wrap of
    # that paragraph's sentence: each row is a paragraph of the story, as a table inside it is
    article = first_article(_ROWS_UNDER_COLON)
    assert article.paragraphs[2].endswith("部分项目成绩如下：")
    assert article.paragraphs[3] == "项目组别名次成绩"
    assert len(article.paragraphs) == 8
    assert article.paragraphs[-1] == "本届运动会共有5人次打破市纪录。"


# ------------------------------------- a column's label over a bulleted head

_LABEL_OVER_BULLETED_HEADS = """乡镇快讯
●青石镇：青石镇新建的农产品展销中心日前投入使用。（李　默）

产业振兴一线
●南山市桃花源街道
　　“茶旅融合”带火小山村。该街道引导茶农开办茶舍12家，
今年接待游客4万人次。
●白石县白石乡
　　“稻鱼共生”鼓起钱袋子。全乡推广稻田养鱼3200亩，
亩均增收1500元。（通讯员　邹　平）
"""


def test_a_label_over_a_bulleted_head_is_the_column_s_kicker() -> None:
    # a bullet leads an item of a column, never a deck: the label over the first head heads
    # every bulleted item under it
    _, first, second = read_articles(_LABEL_OVER_BULLETED_HEADS)
    assert (first.kicker, first.headline, first.subheadline) == ("产业振兴一线", "南山市桃花源街道", None)
    assert (second.kicker, second.headline) == ("产业振兴一线", "白石县白石乡")


# ------------------------------------- an author named with the work-team post held

_WORK_TEAM_AUTHOR = """驻村手记
山里的第一场雪
□ 驻南坪县云峰村工作队队员　卢晓东
　　进村的第三个月，山里下了第一场雪。村支书一早就带着我
挨家挨户查看危旧房屋。
"""


def test_a_marked_author_line_naming_a_work_team_member_is_the_byline() -> None:
    article = first_article(_WORK_TEAM_AUTHOR)
    assert article.subheadline is None
    assert article.byline is not None
    assert [c.names for c in article.byline.others] == [("卢晓东",), ()]
    assert article.byline.others[1].role == "驻南坪县云峰村工作队队员"


# ------------------------------------- a closing credit cut inside a name

_CREDIT_CUT_IN_A_NAME = """乡镇传真
●桃源镇：桃源镇新建的冷链物流中心日前投入使用，可满足全镇
果蔬错峰销售需求，带动周边农户增收。（通讯员　刘　洋　马晓
琳）
"""


def test_a_closing_credit_cut_inside_a_name_keeps_the_names_as_printed() -> None:
    # cleaning runs the names together (刘洋马晓); the line under it finishes the last one
    article = first_article(_CREDIT_CUT_IN_A_NAME)
    assert article.byline is not None
    assert article.byline.correspondents == ("刘洋", "马晓琳")


# ------------------------------------- the newsroom's hotline named with the paper and a desk

_DESK_HOTLINE_AT_FOOT = """东陵晚报　第06版
2026年9月3日　星期四
县域新闻
责任编辑　白　桦

山乡秋收忙
记者　卫　东
　　9月2日，东陵县各乡镇进入秋收季，田间地头一派繁忙。
今年全县粮食种植面积稳定在45万亩。

东陵晚报县域新闻热线：0391-5123×××
"""


def test_the_newsroom_s_hotline_named_with_the_paper_and_its_desk_is_the_page_s_foot() -> None:
    parsed = parse_page(_DESK_HOTLINE_AT_FOOT)
    assert [type(item).__name__ for item in read_items(_DESK_HOTLINE_AT_FOOT)] == ["Article"]
    assert any("新闻热线" in line for line in parsed.masthead.imprint)
