"""Round 4 on more days of 嘉兴日报 平湖版 (tests/pages/119-121), in the seed's raw style.

What these pages add: masthead brand lines set with other blank lines and the date under the
English name; a kicker over a headline that a column break cut after its verb's object
(我市召开重大项目 / 集中签约大会); a byline's two lines with a blank between them; an interview
feature (问: / 答:) under a —— deck, closed by (责任编辑 …); every paragraph set two blank
lines apart; a 图片新闻 column of three photos, each with its own title and caption, under one
shared ■摄影 credit; a 平湖新闻 column of briefs with no heads; a 讣告 signed by a 治丧小组
and dated (a date that is not the page's); ads with prices per ㎡ and dates; the forecast for
今天 / 明天 / 后天 with the wind on several lines; HTML residue (<p>, <br>, &nbsp;, &quot;)
left by a web export.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Byline, Credit, Notice, Photo, SourceLines, Weather
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.page_checks import PAGES, PINGHU, heads, layout
from tests.page_checks import strict_edition_of as edition_of

PAGE_119 = PAGES / "119_jiaxing_pinghu_2025-01-28.txt"
PAGE_120 = PAGES / "120_jiaxing_pinghu_2025-02-04.txt"
PAGE_121 = PAGES / "121_jiaxing_pinghu_p2_2025-02-11.txt"


# ------------------------------------------------------------------ 119: kicker, interview


def test_page_119_layout_and_heads() -> None:
    e = edition_of(PAGE_119)
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands) == PINGHU
    assert e.date == "2025-01-28"
    assert layout(e) == [("article", 11, 25), ("article", 27, 49), ("article", 51, 57)]
    assert heads(e) == [
        # the headline cut after its verb's object is one headline under the kicker; the
        # byline's second line after a blank still belongs to it
        (
            "奋力打好开局之战",
            "我市召开重大项目集中签约大会",
            None,
            Byline(reporters=("李雨婷",), correspondents=("沈佳怡",)),
            "本报讯",
            2,
        ),
        (
            None,
            "老手艺里的新年味",
            "——对话非遗传承人徐阿根",
            Byline(reporters=("胡佳英",), others=(Credit("责任编辑", ("王丽",)),)),
            None,
            8,
        ),
        (None, "冬日田间农事忙", None, Byline(reporters=("吴振浩",)), "本报讯", 2),
    ]


def test_page_119_column_break_and_interview_paragraphs() -> None:
    signing, interview, _ = edition_of(PAGE_119).articles()
    assert signing.paragraphs[1].endswith("推动签约项目早开工、早投产、早见效，为全年经济发展打下坚实基础。")
    # every question and every answer is its own paragraph, with full-width marks
    assert interview.paragraphs[1:7] == (
        "问：您做糖画有多少年了？",
        "答：算起来有五十多年了。我十几岁就跟着师傅学，那时候过年走街串巷，一个糖画卖两分钱。",
        "问：现在的年轻人还愿意学这门手艺吗？",
        "答：前几年很少，这两年好起来了。学校请我去上课，非遗进校园，有的孩子学得比我当年还快。"
        "去年我带了3个徒弟，其中一个还是大学生。",
        "问：今年春节有什么打算？",
        "答：正月里我要到东湖景区去摆摊，让游客尝尝老平湖的味道。手艺要传下去，就得让更多人看见。",
    )
    assert interview.paragraphs[-1].endswith("这门手艺承载的是一代代平湖人的过年记忆。")
    assert not any("责任编辑" in p for p in interview.paragraphs)


# ------------------------------------------------------------------ 120: photos, briefs, 讣告


def test_page_120_layout_and_items() -> None:
    e = edition_of(PAGE_120)
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands) == PINGHU
    # the notice's own date (under its signature) is not the page's date
    assert e.date is None
    assert layout(e) == [
        ("article", 15, 27),
        ("photo", 30, 35),
        ("photo", 37, 39),
        ("photo", 41, 45),
        ("article", 48, 51),
        ("article", 54, 54),
        ("article", 57, 57),
        ("notice", 60, 68),
    ]
    story = e.articles()[0]
    assert (story.headline, story.byline, story.dateline, len(story.paragraphs)) == (
        "乡村运动会跑出“精气神”",
        Byline(reporters=("冯思家",)),
        "本报讯",
        3,
    )
    credit = Byline(photographers=("王强", "陈明远"))
    photos = [i for i in e.items if isinstance(i, Photo)]
    assert [(p.title, p.caption, p.byline) for p in photos] == [
        ("春运返程高峰", "2月3日，平湖火车站迎来返程客流高峰，志愿者为旅客提供引导服务。", credit),
        ("元宵花灯扎起来", "在当湖街道某社区，居民们跟着老师学扎兔子灯，迎接元宵佳节。", credit),
        ("鱼塘清淤正当时", "在曹桥街道，养殖户们趁着冬闲对鱼塘进行清淤消毒。", credit),
    ]
    briefs = e.articles()[1:]
    assert [(b.kicker, b.headline, b.byline, b.paragraphs) for b in briefs] == [
        ("平湖新闻", "", None, ("2月3日，市政协召开主席会议，研究部署今年重点工作。",)),
        (
            "平湖新闻",
            "",
            None,
            ("近日，市图书馆推出“书香过大年”系列活动，共开展阅读分享、亲子手工等活动20余场。",),
        ),
        ("平湖新闻", "", None, ("日前，市市场监管局开展节后食品安全专项检查，共检查食品经营单位86家。",)),
    ]
    notice = e.items[-1]
    assert isinstance(notice, Notice)
    assert notice.label == "讣告"
    assert notice.text.split("\n") == [
        "中国共产党优秀党员、原平湖县副县长张建国同志，因病医治无效，于2025年2月1日逝世，享年89岁。"
        "遗体告别仪式定于2025年2月5日上午9时在平湖殡仪馆举行。",
        "张建国同志治丧小组",
        "2025年2月3日",
    ]


# ------------------------------------------------------------------ 121: markup, ads, weather


def test_page_121_html_residue_ads_and_three_day_weather() -> None:
    e = edition_of(PAGE_121)
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands, e.date) == (
        "嘉兴日报",
        "JIAXING DAILY",
        "平湖版",
        (),
        "2025-02-11",
    )
    assert layout(e) == [
        ("article", 5, 11),
        ("advertisement", 13, 16),
        ("advertisement", 18, 21),
        ("weather", 23, 26),
    ]
    story = e.articles()[0]
    assert story == Article(
        id="p1-01",
        source=SourceLines(1, 5, 11),
        headline="老旧小区加装电梯提速",
        byline=Byline(reporters=("华婷婷",)),
        dateline="本报讯",
        paragraphs=(
            # &nbsp; is a space (kept before a number, as a printed one is); <br> goes
            "记者从市住建局了解到，去年我市共完成老旧小区加装电梯62台，惠及居民 1100余户。"
            "今年，我市计划再加装电梯80台。",
            "“以前下楼买个菜都难，现在方便多了。”家住东湖小区的“老党员”陈阿姨说。",
        ),
    )
    ads = [i for i in e.items if isinstance(i, Advertisement)]
    assert [a.lines for a in ads] == [
        ("当湖花苑", "精装洋房 均价12800元/㎡起", "首付20万起 2月15日盛大开盘", "售楼热线：85123456"),
        (
            "平湖市民中心场地出租",
            "面积300㎡ 租金1.2元/㎡/天",
            "即日起至2025年3月31日接受报名",
            "联系电话：85098765",
        ),
    ]
    weather = e.items[-1]
    assert isinstance(weather, Weather)
    assert weather.text == (
        "今天阴有小雨，东北风3到4级。\n明天阴转多云，北风4到5级，阵风6级。\n后天晴到多云，西北风转东北风3级。\n"
        "今天白天最高气温8℃，明天早晨最低气温2℃。"
    )


# ------------------------------------------------------------------ the rules, on other text


def test_markup_before_a_dateline_does_not_hide_it() -> None:
    text = "<p>城东社区开展义诊</p>\n\n<p>本报讯&nbsp;(记者 王强)近日,城东社区开展义诊。<br/></p>\n"
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert (story.headline, story.dateline, story.byline, story.paragraphs) == (
        "城东社区开展义诊",
        "本报讯",
        Byline(reporters=("王强",)),
        ("近日，城东社区开展义诊。",),
    )


def test_a_line_of_only_markup_is_a_blank_line() -> None:
    text = "新桥落成通车\n<p>&nbsp;</p>\n■记者 王强\n\n本报讯 昨天,新桥落成通车。\n"
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert [(i.type, i.source.first, i.source.last) for i in parsed.items] == [("article", 1, 5)]


def test_headline_cut_after_the_verbs_object_is_rejoined() -> None:
    text = (
        "乘势而上开新局\n\n全县举行首批数字乡村\n\n建设推进会\n\n■记者 王强\n\n本报讯 昨天,全县举行推进会。\n"
    )
    (story,) = parse_page(text).items
    assert isinstance(story, Article)
    assert (story.kicker, story.headline, story.subheadline) == (
        "乘势而上开新局",
        "全县举行首批数字乡村建设推进会",
        None,
    )


def test_photo_column_without_a_label_needs_three_photos() -> None:
    three = (
        "\n\n".join(f"标题第{n}张图片\n{n}日,市民在公园里晨练健身。" for n in "一二三") + "\n\n■摄影 王强\n"
    )
    parsed = parse_page(three)
    assert_nothing_lost(three, parsed)
    assert [(i.type, i.title, i.byline) for i in parsed.items if isinstance(i, Photo)] == [
        ("photo", f"标题第{n}张图片", Byline(photographers=("王强",))) for n in "一二三"
    ]
    two = "\n\n".join(f"标题第{n}张图片\n{n}日,市民在公园里晨练健身。" for n in "一二") + "\n\n■摄影 王强\n"
    assert [i.type for i in parse_page(two).items] != ["photo", "photo"]


def test_headless_briefs_under_another_column_name() -> None:
    text = "城事速递\n\n昨天,县图书馆新馆开放。\n\n近日,县医院开通夜间门诊。\n"
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert [(a.kicker, a.headline, a.paragraphs) for a in parsed.items if isinstance(a, Article)] == [
        ("城事速递", "", ("昨天，县图书馆新馆开放。",)),
        ("城事速递", "", ("近日，县医院开通夜间门诊。",)),
    ]


def test_a_date_under_a_signature_is_not_the_page_date() -> None:
    text = "遗失启事\n\n本公司公章不慎遗失,特此声明作废。\n\n平湖某某贸易有限公司\n2025年3月1日\n"
    parsed = parse_page(text)
    assert parsed.masthead.date is None
    (notice,) = parsed.items
    assert isinstance(notice, Notice)
    assert notice.text.split("\n")[1:] == ["平湖某某贸易有限公司", "2025年3月1日"]


def test_headless_briefs_closed_by_their_own_bylines() -> None:
    text = (
        "新桥落成通车\n\n■记者 王强\n\n本报讯 昨天,新桥落成通车。\n\n平湖新闻\n\n"
        "2月3日,市政协召开主席会议。(记者 王强)\n\n近日,市图书馆推出系列活动。(通讯员 李明)\n\n"
        "日前,市市场监管局开展专项检查。\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert parsed.warnings == ()
    assert [
        (a.kicker, a.headline, a.byline, a.paragraphs, a.source.first, a.source.last)
        for a in parsed.items
        if isinstance(a, Article)
    ][1:] == [
        ("平湖新闻", "", Byline(reporters=("王强",)), ("2月3日，市政协召开主席会议。",), 7, 9),
        ("平湖新闻", "", Byline(correspondents=("李明",)), ("近日，市图书馆推出系列活动。",), 11, 11),
        ("平湖新闻", "", None, ("日前，市市场监管局开展专项检查。",), 13, 13),
    ]


def test_photo_column_caption_wrapped_over_two_lines() -> None:
    text = (
        "新桥落成通车\n\n■记者 王强\n\n本报讯 昨天,新桥落成通车。\n\n"
        "图片新闻\n\n春运返程高峰\n\n2月3日,平湖火车站迎来返程客流高峰,志愿者\n为旅客提供引导服务。\n\n"
        "元宵花灯扎起来\n\n在当湖街道某社区,居民们跟着老师学扎兔子灯。\n\n■摄影 王强\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    photos = [p for p in parsed.items if isinstance(p, Photo)]
    assert [(p.title, p.caption, p.source.first, p.source.last) for p in photos] == [
        ("春运返程高峰", "2月3日，平湖火车站迎来返程客流高峰，志愿者为旅客提供引导服务。", 7, 12),
        ("元宵花灯扎起来", "在当湖街道某社区，居民们跟着老师学扎兔子灯。", 14, 18),
    ]


def test_notice_keeps_its_contact_line_and_forecast_keeps_wind_lines() -> None:
    text = (
        "寻物启事\n\n本人于2月1日在东湖景区遗失黑色背包一个,请拾到者与我联系,必有重谢。\n\n"
        "联系电话:13812345678\n\n天气预报\n\n今天 多云 3~10℃\n东北风3到4级\n明天 阴有小雨 4~9℃\n"
        "北风4到5级\n后天 晴 1~8℃\n西北风2到3级\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    notice, weather = parsed.items
    assert isinstance(notice, Notice) and isinstance(weather, Weather)
    assert (notice.source.first, notice.source.last, notice.label, notice.text) == (
        1,
        5,
        "寻物启事",
        "本人于2月1日在东湖景区遗失黑色背包一个，请拾到者与我联系，必有重谢。联系电话：13812345678",
    )
    assert (weather.source.first, weather.source.last, weather.text) == (
        7,
        14,
        "天气预报\n今天 多云 3~10℃\n东北风3到4级\n明天 阴有小雨 4~9℃\n北风4到5级\n后天 晴 1~8℃\n西北风2到3级",
    )
