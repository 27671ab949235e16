"""Failure classes blind round15 showed on law, economy, front and interview pages (issue 10):
story boundaries a hard-wrapped paragraph, a column's label or a broken credit moved.
Snippets written for these tests in the style of city papers (invented text, no blind page's);
each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# ------------------------------------- an indented paragraph's first line is never a head line

_INDENTED_FIRST_LINES = """榆川县冬季供暖平稳运行
□ 本报记者　林　岚

　　记者从县住建局获悉，入冬以来，全县集中供暖面积达到520万平方米，较上
年增加36万平方米，居民室温普遍达到18℃以上。

　　从热源结构看，清洁能源供热占比达到61%，比上年提高8个百分点，燃煤锅炉
全部完成超低排放改造。
"""


def test_an_indented_line_with_commas_opens_a_paragraph_not_a_head() -> None:
    items = _items(_INDENTED_FIRST_LINES)
    assert _layout(items) == [("article", 1, 8)]
    (story,) = items
    assert isinstance(story, Article)
    assert story.headline == "榆川县冬季供暖平稳运行"
    assert story.byline is not None and story.byline.reporters == ("林岚",)
    assert len(story.paragraphs) == 2
    assert story.paragraphs[0].startswith("记者从县住建局获悉") and story.paragraphs[0].endswith("18℃以上。")


# ------------------------------------- a column's label set apart over bulleted briefs

_COLUMN_AFTER_STORY = """我县前两月外贸进出口增长8.5%
　　本报讯（记者　邵　阳）记者从县商务局获悉，前两个月全县外贸进出口总额达23亿元，
同比增长8.5%。

商务速览
●梅溪镇集中签约3个项目　总投资16亿元
　　3月2日，梅溪镇举行一季度重大项目集中签约活动，签约项目涵盖食品加工、
物流仓储等领域，总投资16亿元。（通讯员
许 青）
●“梅溪造”小家电搭乘货运班列出口
　　3月4日，满载梅溪产小家电的货运班列从县物流园驶出，将于20天后
抵达目的地。
"""


def test_a_column_label_over_bullets_closes_the_story_above() -> None:
    items = _items(_COLUMN_AFTER_STORY)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 9), ("article", 10, 12)]
    first, second, third = items
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert first.subheads == () and len(first.paragraphs) == 1
    # a head of two phrases set apart by a wide space after the bullet is one head
    assert (second.kicker, second.headline) == ("商务速览", "梅溪镇集中签约3个项目总投资16亿元")
    # the indented lead under the bulleted head is the brief's text, not a deck
    assert second.subheadline is None
    assert second.paragraphs == (
        "3月2日，梅溪镇举行一季度重大项目集中签约活动，签约项目涵盖食品加工、物流仓储等领域，总投资16亿元。",
    )
    # the credit broke after its role word: the role and the name stay apart
    assert second.byline is not None and second.byline.correspondents == ("许青",)
    assert (third.kicker, third.subheadline) == ("商务速览", None)
    assert third.headline == "“梅溪造”小家电搭乘货运班列出口"


# ------------------------------------- a standfirst printed over lines of the page's width

_STANDFIRST_WRAPPED = """稳字当头　加快建设现代化产业体系
我市去年工业增加值突破2000亿元

核心提示：1月9日，市统计局发布数据，2025年全市规上工业增加值2046亿元，同比增
长7.8%，增速居全省第二。新能源、新材料、生物医药三大产业合计增长2
1.3%，成为拉动工业增长的主引擎。

□ 本报记者　钟　灵

　　记者从市统计局获悉，2025年，全市规上工业增加值2046亿元，较上年增长7.8%，
高于全省平均水平1.6个百分点。
"""


def test_a_standfirst_cut_at_the_line_end_goes_on_under_it() -> None:
    items = _items(_STANDFIRST_WRAPPED)
    assert _layout(items) == [("article", 1, 11)]
    (story,) = items
    assert isinstance(story, Article)
    assert story.standfirst_label == "核心提示"
    assert story.standfirst == (
        "1月9日，市统计局发布数据，2025年全市规上工业增加值2046亿元，同比增长7.8%，增速居全省第二。"
        "新能源、新材料、生物医药三大产业合计增长21.3%，成为拉动工业增长的主引擎。"
    )
    assert story.byline is not None and story.byline.reporters == ("钟灵",)
    assert len(story.paragraphs) == 1


_STANDFIRST_SET_SOLID = """推进山林改革
——林溪县集体林权改革综述
编者按：林溪县是全省林改的先行县。近年来，全县持续探索林票、碳汇等改革举措，
推动生态优势转化为发展优势。
今年起，本报推出林改专栏，集中展示全县林改的新探索，敬请关注。
本报记者　石　青
　　初春的林溪县桂花村，漫山林木郁郁葱葱，村民们正忙着在林下种植中药材。
"""


def test_a_standfirst_set_solid_runs_to_the_byline_under_it() -> None:
    (story,) = _items(_STANDFIRST_SET_SOLID)
    assert isinstance(story, Article)
    assert story.standfirst is not None and story.standfirst.endswith("敬请关注。")
    assert story.paragraphs == ("初春的林溪县桂花村，漫山林木郁郁葱葱，村民们正忙着在林下种植中药材。",)


# ------------------------------------- a column of headless briefs under any short label

_LABEL_OVER_BULLETS = """警　情
◇河西区公安分局1月8日破获一起盗窃电动车案，抓获犯罪嫌疑人3名，追回被盗车辆
9辆。（通讯员　程　莉）
◇东关派出所民警1月9日晚巡逻时发现一名走失儿童，当晚将其安全送回家中。
◇南湖区一男子酒后驾驶机动车被查获，1月10日被依法处理。（记者　袁　方）
"""


def test_a_short_label_over_bullets_heads_a_column_of_briefs() -> None:
    items = _items(_LABEL_OVER_BULLETS)
    assert _layout(items) == [("article", 1, 3), ("article", 4, 4), ("article", 5, 5)]
    assert all(isinstance(a, Article) and a.kicker == "警情" and not a.headline for a in items)
    first, second, third = items
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert first.paragraphs == (
        "河西区公安分局1月8日破获一起盗窃电动车案，抓获犯罪嫌疑人3名，追回被盗车辆9辆。",
    )
    assert first.byline is not None and first.byline.correspondents == ("程莉",)
    assert second.paragraphs[0].startswith("东关派出所")
    assert third.byline is not None and third.byline.reporters == ("袁方",)


def test_a_numeral_after_a_comma_goes_on_with_the_clause() -> None:
    text = """要闻简报
▲记者从市农业农村局获悉，全市今冬油菜种植面积86万亩，目前长势总体正常，
一、二类苗占比达88.1%。
▲市区新增3条夜间公交线路，途经火车站、汽车站等地。（记者　温　雅）
"""
    first, second = _items(text)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.paragraphs == (
        "记者从市农业农村局获悉，全市今冬油菜种植面积86万亩，目前长势总体正常，一、二类苗占比达88.1%。",
    )
    assert (first.source.last, second.source.first) == (3, 4)


# ------------------------------------- a labelled part right under the head and its byline

_PART_UNDER_BYLINE = """以案说法
“免费领取”背后藏骗局
通讯员　梁　雯　本报记者　贺　川

【案情回顾】

去年11月，市民王先生在某短视频平台看到一则“免费领取家电”广告，按照
要求先后支付“运费”“保证金”共计1.6万元，家电却始终没有到货。

【法官说法】

承办法官表示，以非法占有为目的，诈骗公私财物数额较大的，即构成诈骗罪。
"""


def test_a_bracketed_part_under_the_byline_opens_the_body() -> None:
    (story,) = _items(_PART_UNDER_BYLINE)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("以案说法", "“免费领取”背后藏骗局")
    assert [s.text for s in story.subheads] == ["案情回顾", "法官说法"]
    assert len(story.paragraphs) == 2
    assert story.paragraphs[0].startswith("去年11月") and story.paragraphs[0].endswith("没有到货。")


# ------------------------------------- a line wrapped right after a full stop

_WRAPPED_AT_FULL_STOP = """守护老人“养老钱”
防范养老诈骗，要给每个家庭筑起“安全网”
本报记者　方　静

　　近年来，以“高额返利”“免费旅游”为诱饵的养老诈骗案件时有发生，危害极大。
如何识别这类骗局？遇到可疑情况该怎么办？记者日前采访了市公安局经侦支队负
责人。
　　记者：这类诈骗有哪些常见手法？
"""


def test_a_line_set_solid_under_a_full_line_ending_its_sentence_goes_on() -> None:
    (story,) = _items(_WRAPPED_AT_FULL_STOP)
    assert isinstance(story, Article)
    assert story.paragraphs == (
        "近年来，以“高额返利”“免费旅游”为诱饵的养老诈骗案件时有发生，危害极大。"
        "如何识别这类骗局？遇到可疑情况该怎么办？记者日前采访了市公安局经侦支队负责人。",
        "记者：这类诈骗有哪些常见手法？",
    )


def test_a_line_under_a_full_line_in_a_story_set_apart_by_blanks_goes_on() -> None:
    text = """退休教师被骗
河东区法院审结一起诈骗案

去年8月，退休教师赵某在网上结识自称“理财顾问”的刘某，先后转账
共计12万元。

经审理查明，刘某伙同他人以虚构投资项目为手段，骗取多名被害人钱款共计
30余万元。被告人刘某被依法判处有期徒刑四年，并处罚金五万元，责令退赔。
近日，河东区法院对此案作出一审判决，被告人刘某当庭表示认罪服法，不上诉。
"""
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert len(story.paragraphs) == 2
    assert story.paragraphs[1].endswith("当庭表示认罪服法，不上诉。")


def test_a_numbered_heading_of_two_phrases_split_by_a_colon_is_a_subhead() -> None:
    text = """竹乡绿色发展综述
本报记者　罗　岚
　　初夏的竹溪镇，漫山翠竹随风起伏，竹编作坊里一派忙碌景象。

一、竹林改革：让竹农“持股”分红

　　竹林股份制是竹溪镇改革的重要创新，村民以竹林入股，年底按股分红。

二、竹林碳汇：让“空气”卖出好价钱

　　去年，全镇竹林碳汇交易额达到260万元，惠及竹农1200余户。
"""
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == [
        "一、竹林改革：让竹农“持股”分红",
        "二、竹林碳汇：让“空气”卖出好价钱",
    ]
    assert len(story.paragraphs) == 3


# ------------------------------------- an interview page: the subject's note, a wrapped pull quote

_INTERVIEW_PAGE = """周末访谈
李春梅：让老手艺走进新生活
——访省级非遗项目竹编技艺代表性传承人李春梅

本报记者　严　冬

　　受访者：李春梅，1968年生，安溪县人，省级非物质文化遗产代表性项目竹编技艺代表性传承人。

“竹子是看着长大的”

　　记者：您是怎么和竹编结缘的？

　　李春梅：我家后山就是竹林，小时候看外婆编竹篮，看多了就跟着学。

“守住一门手艺，
就是守住一方记忆。”
——李春梅

“老手艺也要有新用户”

　　记者：这些年竹编的买家有什么变化？

　　李春梅：以前买的多是老人，现在年轻人也爱来店里挑竹编灯具。

采访手记照片说明文字略。　本报记者　严　冬　摄

记者手记
巧手编新篮　匠心传薪火
□ 严　冬

　　采访结束时，李春梅随手拿起竹篾，几分钟就编出一只小蚂蚱。
"""


def test_an_interview_keeps_its_subjects_note_and_its_parts_under_a_wrapped_pull_quote() -> None:
    items = _items(_INTERVIEW_PAGE)
    story = items[0]
    assert isinstance(story, Article)
    assert (story.source.first, story.source.last) == (1, 23)
    # who the subject is, told in a sentence: the story's first paragraph, not a credit
    assert story.paragraphs[0].startswith("受访者：李春梅，1968年生")
    assert story.byline is not None and story.byline.others == ()
    assert [s.text for s in story.subheads] == ["“竹子是看着长大的”", "“老手艺也要有新用户”"]
    # the quotation wrapped over two lines, its speaker under it: the pull quote
    (quote,) = story.pull_quotes
    assert (quote.text, quote.attribution) == ("“守住一门手艺，就是守住一方记忆。”", "李春梅")
    note = items[-1]
    assert isinstance(note, Article)
    # the box's label over its own title: the kicker
    assert (note.kicker, note.headline, note.subheadline) == ("记者手记", "巧手编新篮匠心传薪火", None)
