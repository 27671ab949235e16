"""Failure classes round87 showed on trade, sports and hobby pages (issue 10), fixer
``fixround87b``: a column's profiles set solid one under another, each headed by its subject's
name before a colon; a list's counted points (一看…。 / 二看…。), each whole on its line, under the
colon announcing them.  Snippets written for these tests in the style of city papers' trade pages
(invented names, places and figures, no blind page's); each class is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Notice
from tests.nothing_lost import read_articles, read_items

# ------------------------------------- a column's profiles, one a subject, set solid

_PROFILES = """青溪日报
2026年6月3日　星期三
5
乡村·产业

田间新农人
柳湾村：荒坡种出了致富果
    柳湾村的荒坡上，如今挂满了金黄的枇杷。村支书吴明亮说，五年前这里还是一片
乱石滩，全村人一锄一锄开出了三百亩果园。
    今年枇杷亩产超过一千斤，村集体收入突破六十万元。
石桥镇：一碗米粉走出大山
    石桥镇的米粉作坊已有四十多家。镇里统一注册商标、统一包装，米粉卖到了省外
二十多个城市。
    “以前挑着担子赶集卖，现在订单排到了下个月。”作坊主周海燕说。
"""


def test_subject_headed_profiles_set_solid_under_a_columns_label_are_pieces_of_their_own() -> None:
    # 某村：… and, set solid under its last line, 某镇：…: two subjects, two pieces of the column,
    # the label each one's kicker, never one piece with the second subject its subhead
    articles = read_articles(_PROFILES)
    assert [a.headline for a in articles] == ["柳湾村：荒坡种出了致富果", "石桥镇：一碗米粉走出大山"]
    assert [a.kicker for a in articles] == ["田间新农人", "田间新农人"]
    assert all(not a.subheads for a in articles)
    assert len(articles[0].paragraphs) == 2


_FEATURE_WITH_PARTS = """青溪日报
2026年6月3日　星期三
5
乡村·产业

田间新农人
柳湾村：荒坡种出了致富果
本报记者　方　晴
    柳湾村的荒坡上，如今挂满了金黄的枇杷。村支书吴明亮说，五年前这里还是一片
乱石滩，全村人一锄一锄开出了三百亩果园。
果农：今年收成翻了番
    今年枇杷亩产超过一千斤，村集体收入突破六十万元。果农们算起账来，个个喜笑
颜开。
合作社：线上订单排满了
    村里的合作社开了网店，枇杷从树上摘下，第二天就能送到省城顾客手中。
"""


def test_a_signed_features_part_headed_by_a_name_stays_its_part() -> None:
    # a signed piece's parts may be headed by who speaks in them: no profile of its own
    articles = read_articles(_FEATURE_WITH_PARTS)
    assert len(articles) == 1
    assert articles[0].headline == "柳湾村：荒坡种出了致富果"
    assert [s.text for s in articles[0].subheads] == ["果农：今年收成翻了番", "合作社：线上订单排满了"]


# ------------------------------------- counted points, each whole on its line

_COUNTED_POINTS = """青溪日报
2026年6月3日　星期三
5
消费

选购粽子　记住“三查一问”
本报记者　方　晴
    端午将至，市场监管部门提醒消费者，选购粽子时要注意以下几点：
一查标签。预包装粽子应标明配料、生产日期、保质期、生产者名称等信息，缺一不可。
二查外观。粽叶色泽自然、捆扎紧实，无霉点、无异味。
三查价格。不买过度包装的高价礼盒，注意明码标价。
一问来源。散装粽子要问清生产单位，索要购物小票。
    据悉，全市已开展节令食品专项检查。
"""


def test_counted_points_each_whole_on_its_line_are_paragraphs_of_their_own() -> None:
    # 二查外观。… under 一查标签。…。, the line above filling the column: the list's next point
    # (its label closed by a full stop), never the sentence above wrapped onto it
    paragraphs = read_articles(_COUNTED_POINTS)[0].paragraphs
    assert [p[:4] for p in paragraphs[1:5]] == ["一查标签", "二查外观", "三查价格", "一问来源"]
    assert paragraphs[5].startswith("据悉")


# ------------------------------------- a notice signed by an event's organisers, named with its year

_SIGNED_BY_ORGANISERS = """青溪晚报
2026年6月3日　星期三
7
体育

2026青溪环湖骑行赛报名公告
一、报名时间：2026年6月5日9:00至6月20日18:00。
二、报名方式：通过“青溪体育”小程序报名，不设现场报名。
三、咨询电话：0571-6612345（工作日9:00—17:00）
2026青溪环湖骑行赛组委会
2026年6月2日


骑行爱好者：赛前多练爬坡
本报记者　方　晴
    距离比赛还有一个月，不少车友已经开始加练。
"""


def test_a_notice_signed_by_an_events_organisers_named_with_its_year_keeps_its_signature() -> None:
    # 2026某某赛组委会 / its date under the notice's last point: who signs it and when, the notice's
    # last lines, never a kicker and head over the story below
    items = read_items(_SIGNED_BY_ORGANISERS)
    notice = next(item for item in items if isinstance(item, Notice))
    assert notice.source.last == 11
    assert notice.text.endswith("2026年6月2日")
    article = next(item for item in items if isinstance(item, Article))
    assert article.kicker is None
    assert article.headline == "骑行爱好者：赛前多练爬坡"


# ------------------------------------- who an interview asked, named under its first paragraph

_INTERVIEWEE_IN_BODY = """青溪晚报
2026年6月3日　星期三
7
体育

夏季游泳，怎么练才安全？
本报记者　方　晴
　　天气渐热，来游泳馆的市民多了起来。怎样游才安全？记者采访了市游泳
馆教练周文。
受访人：周文（市游泳馆教练）
　　记者：初学者下水前要做哪些准备？
　　答：先做十分钟热身，活动开肩膀和脚踝，再慢慢下水适应水温。
　　记者：游多久休息一次合适？
　　答：初学者每游二三十分钟就该上岸歇一歇，补充水分。
"""


def test_who_an_interview_asked_named_under_its_first_paragraph_is_a_line_of_its_text() -> None:
    # 受访人：某某（某馆教练） over the first question: who was asked, a paragraph, no part's head
    # and no piece of its own
    articles = read_articles(_INTERVIEWEE_IN_BODY)
    assert len(articles) == 1
    assert not articles[0].subheads
    assert articles[0].paragraphs[1] == "受访人：周文（市游泳馆教练）"


# ------------------------------------- a table's second part, titled by a colon, under its rows

_TABLE_PART = """青溪晚报
2026年6月3日　星期三
7
体育

赛事路线及补给安排
项目　　　　起点　　　　终点　　　　限时
全程骑行　　湖滨广场　　湖滨广场　　5小时
半程骑行　　湖滨广场　　北山公园　　3小时
沿途补给点及关闭时间：
15公里（东湖桥）9:10　　30公里（南岸码头）10:05
45公里（西山脚）11:00　　60公里（北山公园）11:50
注：各补给点提供饮用水和能量食品，请选手按需领取。

链接
    本届赛事共设奖金十万元。
"""


def test_a_tables_part_titled_by_a_colon_under_its_rows_stays_the_tables() -> None:
    # 沿途补给点： / rows of their own cells, a figure in each: the table's part, however few its
    # rows, and the note under them closes the table; no head read from its first row
    articles = read_articles(_TABLE_PART)
    table = articles[0]
    assert table.headline == "赛事路线及补给安排"
    assert table.source.last == 13
    assert table.paragraphs[-1].startswith("注：")
    assert len(table.paragraphs) == 7


# ------------------------------------- a box of particulars under its label and title

_PARTICULARS_BOX = """青溪日报
2026年6月3日　星期三
4
收藏

新币发行
《青溪湖》纪念币
编号：2026-3
名称：青溪湖
枚数：1枚
面额：10元
发行日期：2026年6月1日
设计者：周　文
发行量：600万枚

藏友们排队兑换纪念币
本报记者　方　晴
　　6月1日一早，市内各银行网点门口就排起了长队，藏友们纷纷前来兑换纪念币。
"""


def test_a_box_of_particulars_under_its_label_and_title_is_a_piece_a_particular_a_paragraph() -> None:
    # 新币发行 / 《…》纪念币 / 编号：… / 名称：… set solid: the label and title head the box, each
    # particular a paragraph of it (no stray text, no deck read from the first particular)
    articles = read_articles(_PARTICULARS_BOX)
    box = articles[0]
    assert (box.kicker, box.headline) == ("新币发行", "《青溪湖》纪念币")
    assert box.paragraphs[0] == "编号：2026-3"
    assert len(box.paragraphs) == 7
    assert articles[1].headline == "藏友们排队兑换纪念币"


# ------------------------------------- sayings, each with who it comes from

_SAYINGS = """青溪日报
2026年6月3日　星期三
3
家风

家规亮一亮
◆周氏家规：勤俭持家，诚信待人；读书不辍，孝亲为先。
　　　　——城南街道　周立新家庭
◆吴家家训：吃亏是福，忍让为安。
　　　　——石桥镇　吴秀英家庭
◆何家家风：一粥一饭来之不易，半丝半缕物力维艰。
　　　　——东湖乡　何建国家庭
"""


def test_marked_sayings_each_over_who_it_comes_from_are_one_piece() -> None:
    # ◆某氏家规：…。 / 　　——某镇　某某家庭: a saying and its attribution, lines of the piece under
    # the title, never briefs run in under a head nor a head read from the dash
    articles = read_articles(_SAYINGS)
    assert len(articles) == 1
    assert articles[0].headline == "家规亮一亮"
    assert len(articles[0].paragraphs) == 6
    assert articles[0].paragraphs[0].startswith("◆周氏家规")
    assert articles[0].paragraphs[1].startswith("——城南街道")
