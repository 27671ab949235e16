"""Failure classes rounds 15–16 showed (issue 10), fixer ``fixtable``: a table standing on its
own under a story set solid, a table whose cells hold padded names or a spanning cell.
Snippets written for these tests in the style of city papers (invented text, no blind page's);
each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Notice, Weather
from publisher.reader import parse_page
from publisher.reader.lines import split_lines
from publisher.reader.tables import row_run
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _items, _layout

# ------------------------------------------- a titled table set apart under a story set solid

_TABLE_UNDER_SOLID_STORY = """县第五届农民运动会拔河比赛收官
本报讯（记者　周　明）3月2日，县第五届农民运动会拔河比赛在县体育馆落幕，14支代表队参赛。
经过两天角逐，青石镇代表队夺得冠军，白沙乡代表队和河口镇代表队分获亚军、季军。
据介绍，本届运动会共设8个项目，各项比赛将持续到3月中旬。

拔河比赛部分组别名次
组别　　　　　　冠军　　　　亚军　　　　用时
男子组　　　　　青石镇　　　白沙乡　　　3分12秒
女子组　　　　　河口镇　　　青石镇　　　2分58秒
混合组　　　　　白　沙　　　河口镇　　　3分40秒
老年组　　　　　青石镇代表队　　　　　　4分05秒

乡村篮球赛下周开打
本报讯　县乡村篮球赛将于3月10日开赛，共有20支村队报名参赛。
"""


def test_a_titled_table_under_a_story_set_solid_is_its_own_item() -> None:
    # the story sets its paragraphs solid: the blank under it ends it, and the table's title over
    # its rows heads an item of its own (a padded name, 白　沙, and a last row whose cell spans
    # two columns stay rows)
    items = _items(_TABLE_UNDER_SOLID_STORY)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 11), ("article", 13, 14)]
    table = items[1]
    assert isinstance(table, Article)
    assert table.headline == "拔河比赛部分组别名次"
    assert len(table.paragraphs) == 5
    assert table.paragraphs[-1].replace(" ", "") == "老年组青石镇代表队4分05秒"


_TABLE_UNDER_STORY_SET_APART = """全县一季度招商引资成效明显
本报讯（记者　周　明）记者从县商务局获悉，一季度全县新签约项目26个。

其中，先进制造业项目15个，现代服务业项目7个。

一季度招商引资主要指标
指标　　　　　　数值　　　　同比增长
签约项目　　　　26个　　　　18.2%
协议投资　　　　86.5亿元　　12.4%
到位资金　　　　31.2亿元　　9.6%
"""


def test_a_titled_table_under_a_story_set_in_blank_parted_paragraphs_stays_the_storys() -> None:
    # the story parts its paragraphs by blank lines: a blank above the table says nothing new,
    # the table is the story's (its title a subhead, as round10 reads it)
    items = _items(_TABLE_UNDER_STORY_SET_APART)
    assert _layout(items) == [("article", 1, 10)]


_TABLE_WITH_SOURCE = """全县一季度招商引资成效明显
本报讯（记者　周　明）记者从县商务局获悉，一季度全县新签约项目26个。
其中，先进制造业项目15个，现代服务业项目7个。
签约项目主要集中在开发区和青石镇。

一季度招商引资主要指标
指标　　　　　　数值　　　　同比增长
签约项目　　　　26个　　　　18.2%
协议投资　　　　86.5亿元　　12.4%
到位资金　　　　31.2亿元　　9.6%
数据来源：县商务局
"""


def test_a_titled_table_closed_by_its_source_under_a_solid_story_stands_alone() -> None:
    # 数据来源 under the rows says where the figures came from, not whose they are: set apart
    # under a story set solid, the titled table is a box of its own (2104's gold; no blind page
    # reads such a table as the story's)
    items = _items(_TABLE_WITH_SOURCE)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 11)]


# ------------------------------------------------ the desk's hotline on the masthead's date line

_DESK_HOTLINE = """CHANGQING DAILY　长青日报　　　　　　　民生　5
2026年4月8日　星期三　　本版编辑：罗永康　　新闻热线：0771-3326110

老旧电梯更新工程启动
本报讯（记者　韦　娜）4月7日，市区首批32台老旧电梯更新工程启动。
"""


def test_a_desk_hotline_after_the_editor_on_the_date_line_is_the_mastheads() -> None:
    parsed = parse_page(_DESK_HOTLINE)
    assert_nothing_lost(_DESK_HOTLINE, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("长青日报", "2026-04-08", "5", "民生")
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert (story.source.first, story.kicker, story.headline) == (4, None, "老旧电梯更新工程启动")


# ------------------------------------------- the page's number and running head printed again

_PAGE_NUMBER_AGAIN = """08　文体
长青日报　CHANGQING DAILY
2026年4月8日　星期三

城区新建3处全民健身中心
本报讯（记者　韦　娜）今年，城区将在东湖、南岸和新港3个片区各新建一处全民健身中心。

8

社区运动会本周开幕
本报讯　第三届社区运动会将于4月11日开幕，共设12个项目。
"""


def test_a_bare_page_number_without_its_zero_is_furniture() -> None:
    # 8 alone at a column's foot: page 08's number printed again, not the next story's first line
    parsed = parse_page(_PAGE_NUMBER_AGAIN)
    assert_nothing_lost(_PAGE_NUMBER_AGAIN, parsed)
    assert set(parsed.masthead.lines) == {1, 2, 3, 8}
    assert _layout(parsed.items) == [("article", 5, 6), ("article", 10, 11)]
    assert parsed.masthead.page_label == "08"


def test_a_bare_number_that_is_not_the_pages_is_text() -> None:
    text = _PAGE_NUMBER_AGAIN.replace("\n8\n", "\n9\n")
    parsed = parse_page(text)
    assert 8 not in parsed.masthead.lines


# ---------------------------------------------------- notices: a wrapped title, one-liners in a row

_WRAPPED_NOTICE_TITLES = """关于《长青市共享单车停放管理规定
（草案）》公开征求意见的公告
　　为规范共享单车停放秩序，我局起草了《长青市共享单车停放管理规定（草案）》，现向社会公开征求意见。
　　征求意见时间：2026年4月8日至5月7日。
长青市交通运输局
2026年4月8日

长青市东湖片区雨污分流管网
改造工程（二期）施工招标公告
　　1.招标条件：本项目已由长青市发展和改革局批准建设，资金来自财政资金，现进行公开招标。
　　2.投标截止时间：2026年4月28日9时30分。
招标人：长青市城市建设投资有限公司
2026年4月8日
"""


def test_a_notice_title_wrapped_over_two_lines_heads_one_notice() -> None:
    items = _items(_WRAPPED_NOTICE_TITLES)
    assert _layout(items) == [("notice", 1, 6), ("notice", 8, 13)]
    first, second = items
    assert isinstance(first, Notice) and isinstance(second, Notice)
    assert first.label == "关于《长青市共享单车停放管理规定（草案）》公开征求意见的公告"
    assert second.label == "长青市东湖片区雨污分流管网改造工程（二期）施工招标公告"
    assert first.text.endswith("长青市交通运输局\n2026年4月8日")


def test_a_head_over_a_news_story_is_not_a_wrapped_notice_title() -> None:
    # a kicker over a headline that ends like a notice's title, over a news lead: a story
    text = (
        "春季招聘月启动\n市人社局发布今年首批招聘公告\n"
        "本报讯 4月7日，市人社局发布今年首批事业单位招聘公告。\n"
    )
    (story,) = _items(text)
    assert isinstance(story, Article)


_ONE_LINE_NOTICES = """遗失声明　长青市东湖区福满楼餐饮店遗失营业执照正本，声明作废。
遗失声明　韦小宁遗失长青职业技术学院学生证一本，学号：2024xx0311，声明作废。

社区运动会本周开幕
本报讯　第三届社区运动会将于4月11日开幕，共设12个项目。
"""


def test_one_line_notices_set_solid_are_a_notice_each() -> None:
    items = _items(_ONE_LINE_NOTICES)
    assert _layout(items) == [("notice", 1, 1), ("notice", 2, 2), ("article", 4, 5)]
    assert [(n.label, n.text[:6]) for n in items[:2] if isinstance(n, Notice)] == [
        ("遗失声明", "长青市东湖区"),
        ("遗失声明", "韦小宁遗失长"),
    ]


# ------------------------------------------------ a forecast box under a label of its own words

_LABELLED_FORECAST = """社区运动会本周开幕
本报讯　第三届社区运动会将于4月11日开幕，共设12个项目。

出行参考
今天白天：晴转多云　东南风2～3级　14℃～25℃
明天：多云　东风2级　15℃～24℃
温馨提示：户外运动请注意补水防晒。
长青市气象台4月8日16时发布
"""


def test_a_short_label_over_a_signed_forecast_heads_the_weather_box() -> None:
    items = _items(_LABELLED_FORECAST)
    assert _layout(items) == [("article", 1, 2), ("weather", 4, 8)]
    box = items[1]
    assert isinstance(box, Weather)
    assert box.text.split("\n")[:2] == ["出行参考", "今天白天：晴转多云 东南风2～3级 14℃～25℃"]


def test_a_short_line_over_an_unsigned_forecast_is_not_its_label() -> None:
    text = _LABELLED_FORECAST.replace("长青市气象台4月8日16时发布\n", "")
    items = _items(text)
    assert ("weather", 4, 7) not in _layout(items)


# ------------------------------------- rounds 27-30: tables set with one space, schedules, rankings
# (a sports or culture page's standings, results and fixtures set as text, under a photo or a
# column: each is an item of its own, never a poster of short lines)

_STANDINGS_ONE_SPACE = """市民网球公开赛落幕
　　本报讯　5月18日，市民网球公开赛在市体育公园落幕，来自全市的96名选手参赛。
　　经过三天角逐，东城区代表队以五胜一负的战绩获得团体冠军。

团体积分（前4名）
名次 代表队 场次 胜 负 积分
1 东城区 6 5 1 15
2 西湖区 6 4 2 12
3 北塘区 6 3 3 9
4 南岸区 6 1 5 3

社区健步走活动报名启动
本报讯　市社区健步走活动即日起接受报名，活动将于6月1日举行。
"""


def test_a_table_whose_cells_are_set_apart_by_one_space_is_a_table() -> None:
    items = _items(_STANDINGS_ONE_SPACE)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 10), ("article", 12, 13)]
    table = items[1]
    assert isinstance(table, Article)
    assert table.headline == "团体积分（前4名）"
    assert len(table.paragraphs) == 5


def test_a_name_spaced_out_over_a_line_is_no_table() -> None:
    # one line of single-space cells (a byline's names) is never rows
    text = "湖畔晨练的人们\n记者 方 舟 摄\n记者 林 涛 文\n"
    assert row_run(split_lines(text), 1) == 0


_FIXTURES = """中学生足球联赛第三轮战罢
　　本报讯　5月17日，市中学生足球联赛第三轮比赛结束，实验中学队三战全胜领跑。
　　本届联赛共有24支球队参赛，比赛将持续到6月中旬。

下周赛程
5月24日 09:00　第四轮　实验中学—育才中学（市体育中心）
5月24日 15:30　第四轮　二中—外国语学校
5月25日 10:00　市中学生足球联赛颁奖仪式（市青少年宫）

湖光山色度假酒店
夏日亲子套餐　每晚688元起
预订电话：0571-66668888
"""


def test_a_schedule_whose_rows_open_with_a_date_is_a_table_and_the_ad_under_it_stands_alone() -> None:
    # the rows hold two or three cells: what opens each, a date and a time, says they are rows;
    # the poster under the blank line is an ad of its own, not the schedule's
    items = _items(_FIXTURES)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 8), ("advertisement", 10, 12)]
    table = items[1]
    assert isinstance(table, Article)
    assert table.headline == "下周赛程"
    assert [p.split()[0] for p in table.paragraphs] == ["5月24日", "5月24日", "5月25日"]


_RANKING = """乡镇广场舞大赛决赛举行
　　本报讯　10月18日晚，全县乡镇广场舞大赛决赛在文化广场举行，16支队伍同台竞技。
　　据了解，本次大赛历时两个月，全县共有80余支队伍报名参加初赛。

广场舞大赛获奖名单
一等奖　青溪镇舞蹈队
二等奖　石门乡舞蹈队、柳岸街道舞蹈队
三等奖　白云镇舞蹈队
最佳人气奖　桃源村舞蹈队

戏曲进校园活动启动
本报讯　县“戏曲进校园”活动日前启动，将走进全县20所中小学。
"""


def test_a_ranking_whose_rows_open_with_a_place_or_a_prize_is_a_table() -> None:
    items = _items(_RANKING)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 9), ("article", 11, 12)]
    table = items[1]
    assert isinstance(table, Article)
    assert table.headline == "广场舞大赛获奖名单"
    assert len(table.paragraphs) == 4


def test_a_letter_spaced_place_opens_a_ranking_row() -> None:
    text = _RANKING
    for prize, place in (("一等奖", "冠　军"), ("二等奖", "亚　军"), ("三等奖", "季　军")):
        text = text.replace(f"{prize}　", f"{place}　")
    items = _items(text)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 9), ("article", 11, 12)]


_POSTER_IN_PHRASES = """社区健步走活动报名启动
　　本报讯　市社区健步走活动即日起接受报名，活动将于6月1日举行。
　　活动设5公里和10公里两个组别，参加者可在“健康长青”小程序报名。

体育彩票
超级大乐透　2元赢大奖
公益体彩　快乐健身
理性购彩　量力而行
"""


def test_a_poster_of_paired_phrases_is_no_ranking() -> None:
    # rows of two phrases whose first says no place or prize: a poster, as before
    items = _items(_POSTER_IN_PHRASES)
    assert _layout(items) == [("article", 1, 3), ("advertisement", 5, 8)]


# ------------------------------------------- an ad stops where it starts: its own block set solid

_BOX_OVER_AD = """湖畔晨练
5月20日清晨，市民在南湖公园沿湖步道晨练。
记者　方　舟　摄

福利彩票开奖信息
双色球第26058期
红球：03 08 15 21 27 30　蓝球：11
快乐8第26142期：05 12 19 33 46
以上信息以官方公布为准

湖光山色度假酒店
夏日亲子套餐　每晚688元起
预订电话：0571-66668888
"""


def test_an_ad_set_solid_under_a_box_set_apart_takes_none_of_the_box() -> None:
    # the ad's block opens on its name under the blank line and runs down to its phone: the box
    # above, with no contact of its own, is an item of its own, however it is read
    items = _items(_BOX_OVER_AD)
    assert _layout(items)[0] == ("photo", 1, 3)
    assert _layout(items)[-1] == ("advertisement", 11, 13)
    assert all(item.source.last < 11 for item in items[:-1])


_AD_IN_LINES_SET_APART = """社区健步走活动报名启动
　　本报讯　市社区健步走活动即日起接受报名，活动将于6月1日举行。

招　聘

某酒店招聘前台、客房服务员若干名，

年龄45周岁以下，包食宿。

联系电话：0571-66661234
"""


def test_an_ad_whose_every_line_is_set_apart_is_one_ad() -> None:
    items = _items(_AD_IN_LINES_SET_APART)
    assert _layout(items) == [("article", 1, 2), ("advertisement", 4, 10)]


# ----------------------------------- a story's byline crediting its words and its pictures, a
# sign-off cut by a column break inside its bracket

_WORDS_AND_PICTURES = """乡村篮球赛今晚决战
——石桥村对阵河湾村，预计到场观众超万人
长青日报记者　林　涛/文　方　舟/图
　　今晚7点半，县首届乡村篮球赛决赛将在县体育馆打响。
　　记者昨日在现场看到，球馆外的美食摊位已经搭建完毕。
"""


def test_a_byline_crediting_words_and_pictures_signs_a_story_not_a_photo() -> None:
    items = _items(_WORDS_AND_PICTURES)
    assert _layout(items) == [("article", 1, 5)]
    story = items[0]
    assert isinstance(story, Article) and story.byline is not None
    assert (story.byline.reporters, story.byline.photographers) == (("林涛",), ("方舟",))


def test_words_and_pictures_credited_with_no_role_word_still_credit_a_photo() -> None:
    # (under a caption, 林涛/文　方舟/图 credits the photo story's picture)
    from publisher.reader.line_kinds import PHOTO_CREDIT, classify

    assert classify("方　舟/图", None) == PHOTO_CREDIT
    assert classify("林　涛/文　方　舟/图", None) == PHOTO_CREDIT


_SIGNOFF_CUT_IN_ITS_BRACKET = """青少年足球赛分区赛落幕
　　本报讯　5月17日，市青少年足球赛东区分区赛落幕，实验中学队以全胜战绩晋级决赛。
　　主教练表示，球队的目标是决赛前三名，“队员们配合越来越默契了。”（长青日报
记者　林　涛）

乡镇篮球联赛收官
　　本报讯　5月16日晚，全县乡镇篮球联赛收官，石桥镇队夺得冠军。
"""


def test_a_signoff_cut_by_a_column_break_inside_its_bracket_closes_the_story() -> None:
    # the line that closes the bracket the line above opened ends that line: no head over the
    # story below
    items = _items(_SIGNOFF_CUT_IN_ITS_BRACKET)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 7)]
    story = items[0]
    assert isinstance(story, Article) and story.byline is not None
    assert story.byline.reporters == ("林涛",)


# ---------------------------------------- the paper's call for news, a QR prompt with its hotline

_TIP_BOXES = """社区健步走活动报名启动
　　本报讯　市社区健步走活动即日起接受报名，活动将于6月1日举行。

{first}
{second}
"""


def test_a_qr_prompt_set_apart_with_the_newsroom_line_is_a_prompt_not_an_ad() -> None:
    for first, second in (
        ("扫码进入“长青爆料”小程序", "新闻热线：0571-86661234"),
        ("长青日报新闻热线：0571-86661234", "扫码关注“长青爆料台”，新闻线索一经采用即付稿酬"),
        ("有新鲜事告诉我们？扫码进入“长青晚报”爆料平台", "24小时新闻热线：0571-86661234"),
    ):
        items = _items(_TIP_BOXES.format(first=first, second=second))
        assert _layout(items) == [("article", 1, 2), ("qr_prompt", 4, 5)], first


def test_an_ads_qr_prompt_over_its_booking_line_stays_the_ads() -> None:
    text = _TIP_BOXES.format(first="湖光山色度假酒店　扫码预订", second="预订电话：0571-66668888")
    assert ("qr_prompt", 4, 5) not in _layout(_items(text))
