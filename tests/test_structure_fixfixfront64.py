"""Failure classes rounds 31-67 showed on front pages and county papers' town pages (issue 10),
fixer ``fixfront64``: the lunar date and the issue's number on a line of their own under the
date, over the page's number and its section each alone on a line; a county paper named 今日 and
a place of three characters alone on the page's first line; a county paper's own dateline 本讯;
the publisher's line with the page's number set at its end; one headline wrapped over two lines
(after a level, a verb of giving, a count told in words, whom a place acts for, the people of a
place, a remainder over the dateline set solid); a slogan with a figure inside its quoted name; a
line ending on a verb of saying over what was said; the page's number printed inside a story of
one paragraph; a photo credit's 本报 left at the caption's end; a town's brief run in under a
brief closed by its credit; a portrait's caption set over the profile of the one it names.
Snippets written for these tests (invented names, places and figures); each class is a shape any
paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Photo, Weather
from publisher.reader import parse_page
from tests.nothing_lost import first_article, read_articles, read_items

# --------------------------------------- the lunar date and the issue's number under the date

_LUNAR_LINE_FRONT = """青川日报
QINGCHUAN DAILY
中共青川县委主管主办　　今日8版
2026年9月9日　星期三
农历丙午年七月廿八　　第6031期
1
要闻

青川天气
今天：晴转多云，东南风2到3级，21℃～30℃
明天：多云，南风3级，22℃～31℃
青川县气象台9月8日17时发布

我县秋季农产品展销会开幕
本报记者　马　骏
　　9月8日，我县秋季农产品展销会在县会展中心开幕，
120余家合作社带来核桃、板栗、茶叶等特色产品。
"""


def test_a_lunar_date_beside_the_issue_number_is_the_masthead_over_the_page_number() -> None:
    parsed = parse_page(_LUNAR_LINE_FRONT)
    read_items(_LUNAR_LINE_FRONT)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("青川日报", "2026-09-09", "1", "要闻")
    (weather,) = [x for x in parsed.items if isinstance(x, Weather)]
    assert weather.source.first == 9
    (story,) = [x for x in parsed.items if isinstance(x, Article)]
    assert story.headline == "我县秋季农产品展销会开幕"


def test_a_lunar_date_alone_under_the_date_is_the_masthead_too() -> None:
    text = _LUNAR_LINE_FRONT.replace("农历丙午年七月廿八　　第6031期", "农历丙午年七月廿八")
    read_items(text)
    m = parse_page(text).masthead
    assert (m.page_label, m.section) == ("1", "要闻")


# --------------------------------------- 今日 and a place of three characters, the paper's name

_TODAY_PAPER_TOWN_PAGE = """今日云雾山
2026年6月3日　星期三
第2版　镇村新闻
责任编辑：丁　宁　　校对：方　圆

石桥镇新修机耕路8公里
记者　孔　岚
　　本报讯　入夏以来，石桥镇投入资金160万元，新修
机耕路8公里，方便农机下田作业。
"""


def test_a_paper_named_today_and_a_place_of_three_characters_heads_the_page() -> None:
    parsed = parse_page(_TODAY_PAPER_TOWN_PAGE)
    read_items(_TODAY_PAPER_TOWN_PAGE)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("今日云雾山", "2026-06-03", "第2版", "镇村新闻")
    (story,) = [x for x in parsed.items if isinstance(x, Article)]
    assert story.headline == "石桥镇新修机耕路8公里"


# --------------------------------------- 本讯: a county paper's own dateline

_COUNTY_DATELINE = """县政协召开常委会议
　　本讯（记者　方　舟）9月2日，县政协召开常委会议，
协商讨论全县农村供水保障工作。
　　会议要求，要加快推进城乡供水一体化，让群众
喝上放心水。
"""


def test_the_county_papers_dateline_opens_the_story_with_its_credit() -> None:
    story = first_article(_COUNTY_DATELINE)
    assert story.headline == "县政协召开常委会议"
    assert story.dateline == "本讯"
    assert story.byline is not None and story.byline.reporters == ("方舟",)
    assert story.paragraphs[0].startswith("9月2日")


def test_the_county_papers_dateline_set_off_by_a_space() -> None:
    text = _COUNTY_DATELINE.replace("本讯（记者　方　舟）", "本讯　")
    story = first_article(text)
    assert story.dateline == "本讯"
    assert story.paragraphs[0].startswith("9月2日")


# --------------------------------------- one headline wrapped over two lines of a town page


def _town_story(head: str, credit: str = "　　本报讯（通讯员　林　溪）近日，") -> str:
    return f"""{head}
{credit}镇里组织干部走访全镇
困难群众，送去米油和慰问金。
"""


def test_a_level_qualifier_ending_the_line_waits_for_its_noun() -> None:
    story = first_article(_town_story("南屏县入选省级\n数字乡村建设试点县"))
    assert (story.kicker, story.headline) == (None, "南屏县入选省级数字乡村建设试点县")
    assert story.subheadline is None


def test_a_verb_of_giving_ending_the_line_waits_for_what_is_given() -> None:
    story = first_article(_town_story("溪口镇为300余名环卫工人送上\n清凉“防暑包”"))
    assert (story.kicker, story.headline, story.subheadline) == (
        None,
        "溪口镇为300余名环卫工人送上清凉“防暑包”",
        None,
    )


def test_a_count_told_in_words_ending_the_line_waits_for_what_it_counts() -> None:
    story = first_article(_town_story("县人民法院在石门村公开审理一起\n宅基地纠纷案"))
    assert (story.headline, story.subheadline) == ("县人民法院在石门村公开审理一起宅基地纠纷案", None)


def test_a_rank_ending_the_line_is_whole() -> None:
    # (第一名 is a rank, the clause whole on its line: the line under it is the deck)
    story = first_article(_town_story("我县选手获全省技能大赛第一名\n全县技能人才队伍不断壮大"))
    assert (story.headline, story.subheadline) == ("我县选手获全省技能大赛第一名", "全县技能人才队伍不断壮大")


def test_a_place_and_whom_it_acts_for_waits_for_what_it_does() -> None:
    story = first_article(_town_story("梅林镇为村级卫生室\n配上“远程诊室”"))
    assert (story.headline, story.subheadline) == ("梅林镇为村级卫生室配上“远程诊室”", None)


def test_a_remainder_of_a_few_characters_over_the_dateline_set_solid_is_the_headline_wrapped() -> None:
    story = first_article(_town_story("东岭乡开展校园周边食品安全\n大排查"))
    assert (story.headline, story.subheadline) == ("东岭乡开展校园周边食品安全大排查", None)


def test_the_people_of_a_village_are_no_place_leading_a_line_of_their_own() -> None:
    # (…村民 is the villagers: the line under the topic names no place of its own)
    story = first_article(_town_story("聚焦乡风文明\n石岭镇“红白理事会”\n带动村民移风易俗"))
    assert (story.kicker, story.headline, story.subheadline) == (
        "聚焦乡风文明",
        "石岭镇“红白理事会”带动村民移风易俗",
        None,
    )


# --------------------------------------- a slogan around a quoted name with a figure in it


def test_a_figure_inside_the_quoted_name_leaves_the_slogan_a_kicker() -> None:
    story = first_article(_town_story("“10分钟健身圈”扩容升级\n北湖街道新建4处口袋公园"))
    assert (story.kicker, story.headline, story.subheadline) == (
        "“10分钟健身圈”扩容升级",
        "北湖街道新建4处口袋公园",
        None,
    )


# --------------------------------------- the page's number printed inside a story of one paragraph

_FOLIO_INSIDE_STORY = """今日清江
2026年11月3日　星期二
第04版　　镇村新闻

白沙镇为留守儿童开设周末课堂
　　本报讯（通讯员　周　岩）入冬以来，白沙镇在
5个村开设周末课堂，组织志愿者为留守儿童辅导
功课、讲读绘本。

04

　　镇里还为每个课堂配备了图书角，让孩子们
在家门口就能借到新书。

南岗乡新建冷链仓储中心
　　本报讯（记者　何　川）南岗乡冷链仓储中心近
日建成投用，可储存果蔬600吨。
"""


def test_an_indented_paragraph_under_the_page_number_goes_on_with_the_story() -> None:
    stories = [x for x in read_items(_FOLIO_INSIDE_STORY) if isinstance(x, Article)]
    assert [s.headline for s in stories] == ["白沙镇为留守儿童开设周末课堂", "南岗乡新建冷链仓储中心"]
    first = stories[0]
    assert len(first.paragraphs) == 2
    assert first.paragraphs[1].startswith("镇里还为每个课堂")


def test_the_people_of_a_place_alone_on_the_line_are_the_subject_of_one_headline() -> None:
    story = first_article(_town_story("南湖街道志愿者\n“上门”陪护空巢老人"))
    assert (story.kicker, story.headline, story.subheadline) == (
        None,
        "南湖街道志愿者“上门”陪护空巢老人",
        None,
    )


def test_a_line_ending_on_a_verb_of_saying_is_the_kicker_over_what_was_said() -> None:
    story = first_article(_town_story("县长在全县经济工作会议上强调\n全年重点项目要早开工早见效"))
    assert (story.kicker, story.headline, story.subheadline) == (
        "县长在全县经济工作会议上强调",
        "全年重点项目要早开工早见效",
        None,
    )


# --------------------------------------- the publisher's line with the page's number at its end

_PUBLISHER_BESIDE_NUMBER = """青原农民报
QINGYUAN FARMERS' DAILY
2026年4月15日　星期三　农历丙午年二月廿八
第5120期　　今日8版
青原市农业农村局主管主办　　　　　　　　　1
要闻　　责任编辑：胡　田　　版式：包　晴

全市春播进度过六成
本报记者　乔　禾
　　连日来，全市各地抢抓晴好天气开展春播，截至
4月14日，已播种农作物86万亩。
"""


def test_the_page_number_set_at_the_end_of_the_publishers_line_is_the_page_label() -> None:
    parsed = parse_page(_PUBLISHER_BESIDE_NUMBER)
    read_items(_PUBLISHER_BESIDE_NUMBER)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("青原农民报", "2026-04-15", "1", "要闻")
    (story,) = [x for x in parsed.items if isinstance(x, Article)]
    assert story.headline == "全市春播进度过六成"


# --------------------------------------- a photo credit's 本报 left at the caption's end

_CREDIT_CUT_AFTER_DESK = """4月2日，在城东工业园一家电子企业，技术人员在调试
新上线的贴片生产线。本报
记者　陶　然　摄
"""


def test_the_desks_word_left_at_the_captions_end_is_the_credits() -> None:
    (photo,) = read_items(_CREDIT_CUT_AFTER_DESK)
    assert isinstance(photo, Photo)
    assert photo.caption.endswith("贴片生产线。")
    assert photo.byline is not None and photo.byline.photographers == ("陶然",)


# --------------------------------------- a town's brief run in under a brief closed by its credit

_TOWN_BRIEFS = """镇村快讯
●白水镇：
　　白水镇近期建成蔬菜冷链分拣中心，可服务周边菜园
8000亩，日分拣能力达40吨。（林　川）
　　●青溪镇：青溪县青溪镇依托竹产业，培育竹编合作社
12家，带动900余名村民在家门口就业增收。（通讯员　郑　和）
　　●云台镇：云台县云台镇今年新发展油茶种植3000亩，
初步形成“种植＋压榨＋销售”产业链。
"""


def test_a_towns_brief_run_in_under_a_brief_closed_by_its_credit_keeps_its_place_as_head() -> None:
    stories = read_articles(_TOWN_BRIEFS)
    assert [s.headline for s in stories] == ["白水镇", "青溪镇", "云台镇"]
    assert stories[1].paragraphs[0].startswith("青溪县青溪镇依托竹产业")


# --------------------------------------- a portrait's caption over the profile of the one it shows

_PORTRAITS_OVER_PROFILES = """乡贤回乡　山村添彩
　　编者按：近年来，一批在外创业的游子带着资金和技术回到
家乡。本期我们走近几位乡贤。

陈立民近照
陈立民：把茶园搬上“云端”
——白石镇上岭村乡贤、电商创业者
　　1988年出生的陈立民，大学毕业后在省城做了八年
网店运营，前年回到上岭村办起了茶叶电商合作社。
（本报记者　冯　舟）

周桂英（右）在书屋给孩子们讲故事
周桂英：退休教师办起“农家书屋”
——溪头镇下洋村乡贤、退休教师
　　从教三十五年的周桂英退休后把自家老宅收拾出来，
办起了“农家书屋”，免费向村民开放。
"""


def test_a_portraits_caption_over_the_profile_it_names_is_a_photo() -> None:
    items = read_items(_PORTRAITS_OVER_PROFILES)
    photos = [x for x in items if isinstance(x, Photo)]
    assert [p.caption for p in photos] == ["陈立民近照", "周桂英（右）在书屋给孩子们讲故事"]
    stories = [x for x in items if isinstance(x, Article) and x.headline.endswith(("”", "端”"))]
    assert [s.headline for s in stories] == ["陈立民：把茶园搬上“云端”", "周桂英：退休教师办起“农家书屋”"]
    assert all(s.kicker is None for s in stories)
