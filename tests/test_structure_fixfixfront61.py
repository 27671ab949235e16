"""Failure classes round 61 showed on front and section-top pages (issue 10), fixer ``fixfront61``:
the masthead of a paper for children or pupils (…少年报, …学生报) over its page's number and name;
a slogan of matched phrases over a headline of two clauses (the kicker, not the headline); the
words a colon announced, quoted on the line under it (the paragraph's, never a head, and the
story's later subheads stay its parts); a young author's marked line naming the school and grade
in brackets over a poem; a forecast named at length for the places it covers, over who issued it;
a marked headline wrapped before what became of its subject; a bulleted sentence under a headed
brief closed by its credit; a byline's last name cut after its first character; a forecast's fire
danger for forest and grassland; a fair's name over what it offered; a meeting held, its year in
figures, over what it resolved.
Snippets written for these tests (invented names, places and figures); each class is a shape any
paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Weather
from publisher.reader import parse_page
from tests.nothing_lost import first_article, read_articles, read_items

# --------------------------------------- the masthead of a paper for children or pupils

_CHILDRENS_PAGE = """青苗少年报　　2026年4月8日　星期三
第03版
科学
本版编辑：林　夏　　美术编辑：吴　川

春天的小实验
本报记者　郑　阳
　　春天来了，东湖小学的同学们在老师的带领下，
把绿豆种进了透明的杯子里，每天记录它的变化。
"""


def test_a_childrens_paper_named_for_its_readers_is_the_masthead() -> None:
    parsed = parse_page(_CHILDRENS_PAGE)
    read_items(_CHILDRENS_PAGE)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("青苗少年报", "2026-04-08", "第03版", "科学")
    (story,) = [x for x in parsed.items if isinstance(x, Article)]
    assert story.headline == "春天的小实验"


def test_a_pupils_paper_is_the_masthead_too() -> None:
    text = _CHILDRENS_PAGE.replace("青苗少年报", "江岸中学生报")
    assert parse_page(text).masthead.newspaper == "江岸中学生报"
    read_items(text)


# --------------------------------------- a slogan of matched phrases over a headline of two clauses

_SLOGAN_OVER_CLAUSES = """新春天　新作为
返乡创业，他们这样干
本报记者　钱　宁
　　春节过后，溪口镇的几位返乡青年把老屋改成了
直播间，把家乡的笋干卖到了全国各地。
"""


def test_a_slogan_of_matched_phrases_is_the_kicker_over_a_headline_of_two_clauses() -> None:
    story = first_article(_SLOGAN_OVER_CLAUSES)
    assert story.kicker == "新春天新作为"
    assert story.headline == "返乡创业，他们这样干"
    assert story.subheadline is None


# --------------------------------------- the quoted words a colon announced, on the line under it

_QUOTE_UNDER_COLON = """走进田间上一课
本报记者　许　文
■ 在果园里数花苞
　　东坡村小学把科学课搬进了村里的果园。同学们
跟着果农伯伯数花苞、量枝条，五年级的李想说：
“原来一朵花要经过这么多天才能结出果子，以后
吃水果要更珍惜！”
■ 在菜地里认节气
　　在西岭村，同学们在菜地边听老师讲二十四节气
的由来，还亲手种下了一排小葱。
"""


def test_a_quotation_under_the_colon_that_announces_it_goes_on_with_the_paragraph() -> None:
    (story,) = read_articles(_QUOTE_UNDER_COLON)
    assert story.source.last == 10
    assert [s.text for s in story.subheads] == ["在果园里数花苞", "在菜地里认节气"]
    assert story.paragraphs[0].endswith(
        "五年级的李想说：“原来一朵花要经过这么多天才能结出果子，以后吃水果要更珍惜！”"
    )
    assert len(story.paragraphs) == 2


# --------------------------------------- a young author's line naming the school and grade

_YOUNG_AUTHORS_POEM = """小诗人
春天的邮差
□ 孙小满（浙江省青溪市城东区第二实验小学四年级）
燕子是春天的邮差
衔着一封封绿色的信
它把信投进柳枝
柳枝就笑弯了腰
"""


def test_a_young_authors_line_naming_the_school_and_grade_signs_the_poem() -> None:
    (story,) = read_articles(_YOUNG_AUTHORS_POEM)
    assert story.kicker == "小诗人"
    assert story.headline == "春天的邮差"
    assert story.byline is not None
    assert story.byline.others[0].names == ("孙小满",)
    assert story.paragraphs == ("燕子是春天的邮差", "衔着一封封绿色的信", "它把信投进柳枝", "柳枝就笑弯了腰")


# --------------------------------------- a forecast named at length for the places it covers

_NAMED_FORECAST_PAGE = """沿海主要港口天气
东海海洋气象台5月12日17时发布
北港　多云　14℃～22℃
南湾　小雨　15℃～20℃
石岛　阴转晴　13℃～21℃
提示：近海风浪较大，出海作业注意安全。
"""


def test_a_forecast_named_for_the_places_it_covers_over_its_issuer_is_a_weather_box() -> None:
    (box,) = read_items(_NAMED_FORECAST_PAGE)
    assert isinstance(box, Weather)
    assert (box.source.first, box.source.last) == (1, 6)


def test_a_headline_ending_on_weather_over_a_story_is_no_forecast() -> None:
    text = """全市迎来持续降温天气
本报讯　受冷空气影响，昨天起我市气温明显下降，
市气象台提醒市民注意防寒保暖。
"""
    (story,) = read_articles(text)
    assert story.headline == "全市迎来持续降温天气"


# --------------------------------------- a marked headline wrapped before what became of its subject

_MARKED_HEAD_WRAPPED = """城区快讯
■东岭片区三所新建幼儿园
秋季学期投入使用
　　东岭片区第一、第二、第三幼儿园主体工程已完工，
正在进行室内装修，计划秋季学期开园招生。
"""


def test_a_marked_headline_wrapped_before_its_subject_was_put_into_use_is_one_headline() -> None:
    (story,) = read_articles(_MARKED_HEAD_WRAPPED)
    assert story.headline == "东岭片区三所新建幼儿园秋季学期投入使用"
    assert story.subheadline is None


# --------------------------------------- a headless bulleted brief under a headed brief closed by its credit

_MIXED_BRIEFS = """商贸速览
■全市春季农资储备充足
　　截至目前，全市化肥储备已达到需求量的85%，
种子、农药等农资供应平稳有序。
（记者　方　芳）
■5日，青溪至东岭城际列车新增3对班次，方便旅客节
后出行。
　　（通讯员　沈　越）
■东岭区发布今年首批就业岗位
　　区内80余家企业提供岗位1500余个，涉及
制造、物流、商贸等行业。
"""


def test_a_bulleted_sentence_under_a_headed_brief_closed_by_its_credit_is_the_columns_next_brief() -> None:
    first, second, third = read_articles(_MIXED_BRIEFS)
    assert first.headline == "全市春季农资储备充足"
    assert second.source.first == 6
    assert second.kicker == "商贸速览"
    assert not second.headline
    assert second.paragraphs == ("5日，青溪至东岭城际列车新增3对班次，方便旅客节后出行。",)
    assert third.kicker == "商贸速览"
    assert third.headline == "东岭区发布今年首批就业岗位"


# --------------------------------------- a byline's last name cut after its first character

_NAME_CUT_AT_LINE_END = """家门口就业增收有门路
东岭区新建10个“共富工坊”
■记者 何 川　通讯员 苏 禾　沈
青云

“在工坊里分拣茶叶、包装笋干，一天能挣
七八十元，还不耽误接送孙子。”5月6日，
在东岭区西塘镇的“共富工坊”，村民王大姐
手上的活儿一刻没停。
"""


def test_a_name_cut_after_its_first_character_at_the_bylines_end_is_one_name_and_the_story_goes_on() -> None:
    (story,) = read_articles(_NAME_CUT_AT_LINE_END)
    assert story.byline is not None
    assert story.byline.reporters == ("何川",)
    assert story.byline.correspondents == ("苏禾", "沈青云")
    assert story.source.last == 9
    assert story.paragraphs[0].startswith("“在工坊里分拣茶叶")


# --------------------------------------- a forecast's fire danger for forest and grassland

_FIRE_DANGER_IN_FORECAST = """东岭天气
东岭市气象台3月6日6时发布
今天：晴转多云　西北风3—4级
气温：-6℃～7℃
明天：多云　北风2—3级　-4℃～9℃
森林草原火险等级：高
"""


def test_the_fire_danger_for_forest_and_grassland_is_a_line_of_the_forecast() -> None:
    (box,) = read_items(_FIRE_DANGER_IN_FORECAST)
    assert isinstance(box, Weather)
    assert (box.source.first, box.source.last) == (1, 6)


# --------------------------------------- a fair's name over what it offered

_FAIR_OVER_FIGURES = """“春暖行动”专场招聘会
提供岗位3200余个
　　本报讯（通讯员　许　亮　记者　沈　舟）3月8日，
“春暖行动”专场招聘会在市人力资源市场举行，120余家企业
提供岗位3200余个。
"""


def test_a_fairs_name_over_the_line_that_tells_what_it_offered_is_the_kicker() -> None:
    story = first_article(_FAIR_OVER_FIGURES)
    assert story.kicker == "“春暖行动”专场招聘会"
    assert story.headline == "提供岗位3200余个"


# --------------------------------------- a meeting held, its year in figures, over what it resolved

_MEETING_OVER_RESOLVE = """青溪召开2026年经济工作会议
锚定“工业强市”目标奋力冲刺县域经济前列
　　本报讯（记者　王　川）2月28日，青溪市召开2026年经济
工作会议，总结去年经济工作，部署今年重点任务。
"""


def test_a_meeting_held_over_what_it_resolved_is_the_headline_over_its_deck() -> None:
    story = first_article(_MEETING_OVER_RESOLVE)
    assert story.kicker is None
    assert story.headline == "青溪召开2026年经济工作会议"
    assert story.subheadline == "锚定“工业强市”目标奋力冲刺县域经济前列"
