"""The structuring stage on more days of the county edition and on two more papers (tests/pages/110-115).

嘉兴日报 平湖版 pages of other days, in the seed's raw style, with what the seed does not show: a
story without byline or 本报讯 right under another story, kicker + headline + deck, a headline
wrapped over two lines, a first paragraph that is a quotation, column breaks inside a number, a
《title》 and a quotation (after its full stop), bylines on one line / correspondent only / after
the body / in the dateline, points counted 一是…二是…, a two-line caption, two photos in a row,
(上接 / 下转第2版), a mid-page notice, an ad with a URL and a mobile number, weather.  Then a city daily
(第3版, 本版责编, 社址, the lunar date before the weekday) and an evening paper (A4 城事, a signed
notice without 公告 in its title, a 气温 forecast).  Nothing-is-lost runs on these too.
"""

from __future__ import annotations

from publisher.model import (
    Advertisement,
    Article,
    Byline,
    Notice,
    PageInfo,
    Photo,
    QrPrompt,
    SourceLines,
    Subhead,
    Weather,
)
from publisher.reader import parse_page
from publisher.reader.masthead import parse_masthead_line
from tests.page_checks import PAGES, PINGHU, heads, layout
from tests.page_checks import strict_edition_of as edition_of

PAGE_110 = PAGES / "110_jiaxing_pinghu_2024-12-10.txt"
PAGE_111 = PAGES / "111_jiaxing_pinghu_2024-12-17.txt"
PAGE_112 = PAGES / "112_wenzhou_daily_p3_2024-03-08.txt"
PAGE_113 = PAGES / "113_jinhua_evening_2024-05-14.txt"
PAGE_114 = PAGES / "114_jiaxing_pinghu_2024-12-24.txt"


# ------------------------------------------------------------------ 110: 平湖版, no printed date


def test_page_110_layout_and_heads() -> None:
    e = edition_of(PAGE_110)
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands) == PINGHU
    assert e.date is None  # not printed, not given: never guessed
    assert layout(e) == [
        ("article", 14, 38),
        ("article", 40, 44),
        ("article", 46, 54),
        ("article", 56, 62),
        ("notice", 64, 64),
        ("photo", 66, 70),
        ("photo", 72, 76),
        ("weather", 78, 78),
    ]
    assert heads(e) == [
        (
            "聚焦“两个先行”勇当发展先锋",
            "我市召开2025年经济工作务虚会",
            "明确六方面重点任务，力争地区生产总值增长6.5%",
            Byline(reporters=("王强",), correspondents=("李娜",)),
            "本报讯",
            6,
        ),
        # no byline, no 本报讯, no time word in its lead: a lone short line over prose is a story
        (None, "新仓镇三叉河村“村晚”开演", None, None, None, 2),
        # the first paragraph is a quotation; ■本报记者 names a reporter; the quoted phrase
        # over the longer news line is its kicker (issue 10)
        (
            "“有一种幸福叫家门口的好戏”",
            "曹桥街道文化惠民演出走进村社区",
            None,
            Byline(reporters=("陈晨",)),
            None,
            2,
        ),
        # …召开 / …推进会: one headline wrapped over two lines, not a headline and a deck
        (
            None,
            "平湖经济技术开发区召开2024年度安全生产工作推进会",
            None,
            Byline(correspondents=("沈洁",)),
            "本报讯",
            1,
        ),
    ]


def test_page_110_column_breaks_and_points() -> None:
    meeting, evening, *_ = edition_of(PAGE_110).articles()
    assert meeting.paragraphs == (
        # 20 / 24年: the break inside a number is rejoined with nothing in between
        "昨天上午，我市召开2025年经济工作务虚会，总结2024年经济运行情况，研究部署明年经济工作。"
        "市领导张建国、刘晓明等出席会议。",
        "会议指出，今年以来，面对复杂多变的外部环境，全市上下坚持稳中求进工作总基调，经济运行总体平稳、"
        "稳中有进。前三季度，全市实现地区生产总值786.4亿元，同比增长6.8%。",
        # a break after a full stop inside an open quotation is no paragraph break
        "“明年是‘十四五’规划的收官之年，我们要拿出更大的决心和力度。各部门要对照目标、倒排工期，"
        "确保各项任务落地见效。”市委主要负责人在讲话中强调。",
        # a break inside 《…》 is rejoined; 二是… 三是… stand as paragraphs of their own
        "会议强调，要认真学习贯彻《中共中央关于进一步全面深化改革、推进中国式现代化的决定》精神，"
        "聚焦重点任务精准发力：一是抓项目扩投资，全年实施重大项目120个以上；",
        "二是抓创新强产业，新增高新技术企业80家；",
        "三是抓改革优环境，深化“最多跑一次”改革。",
    )
    assert evening.paragraphs[0].startswith("锣鼓声声，笑语盈盈。新仓镇三叉河村文化礼堂里座无虚席")


def test_page_110_notice_photos_weather() -> None:
    e = edition_of(PAGE_110)
    assert e.items[4:] == (
        Notice("p1-05", SourceLines(1, 64, 64), "温馨提示", "冬季天干物燥，请注意用火用电安全"),
        Photo(
            "p1-06",
            SourceLines(1, 66, 70),
            caption="钟埭街道志愿者走进沈家弄村，向村民发放垃圾分类宣传手册。",
            title="钟埭街道开展垃圾分类入户宣传",
            byline=Byline(photographers=("张明",)),
        ),
        Photo(
            "p1-07",
            SourceLines(1, 72, 76),
            caption="农民在展示丰收的稻谷。",
            title="独山港镇举办农民丰收节",
            byline=Byline(photographers=("刘涛",)),
        ),
        Weather(
            "p1-08",
            SourceLines(1, 78, 78),
            "今天多云，夜里转阴。明天阴有小雨，东北风3到4级。今天白天最高气温12℃，明天早晨最低气温6℃。",
        ),
    )


# ------------------------------------------------------------------ 111: 平湖版 with a printed date


def test_page_111_layout_and_heads() -> None:
    e = edition_of(PAGE_111)
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands) == PINGHU
    assert e.date == "2024-12-17"
    assert layout(e) == [
        ("article", 14, 28),
        ("article", 30, 38),
        ("notice", 40, 40),
        ("article", 42, 50),
        ("photo", 52, 55),
        ("photo", 57, 59),
        ("advertisement", 61, 64),
        ("weather", 66, 66),
    ]
    assert heads(e) == [
        # 本报讯(记者 … 通讯员 …) in ASCII parentheses
        # the longer line that tells the event is the headline, the other its deck (issue 10)
        (
            None,
            "我市启动“暖冬行动”",
            "为困难群众送去温暖",
            Byline(reporters=("周敏",), correspondents=("顾晓峰",)),
            "本报讯",
            6,
        ),
        # (记者 … 通讯员 …) on its own line after the body
        (
            None,
            "“双十一”快递量同比增长三成",
            "我市快递业务量创新高",
            Byline(reporters=("吴振浩",), correspondents=("陈丽",)),
            "本报讯",
            2,
        ),
        (None, "广陈镇“共富大棚”喜获丰收", None, Byline(reporters=("冯思家",)), "本报讯", 2),
    ]
    warm, parcels, greenhouse = e.articles()
    assert warm.paragraphs[1:5] == (
        "据介绍，今年“暖冬行动”包括以下内容：",
        "1.走访慰问困难家庭，发放慰问金和生活物资；",
        "2.开展“送温暖进万家”志愿服务；",
        "3.为独居老人免费检修水电线路。",
    )
    assert warm.paragraphs[-1] == "市民政局相关负责人表示，将把好事办实、实事办好，让困难群众温暖过冬。"
    assert warm.continuation == ("下转第2版",)
    assert parcels.paragraphs[0].startswith("记者从市邮政管理局获悉，今年“双十一”期间")
    assert greenhouse.paragraphs[1].endswith("预计每年可为村集体增收50万元，带动周边农户30余户就业。")


def test_page_111_two_photos_ad_weather() -> None:
    e = edition_of(PAGE_111)
    assert e.items[2] == Notice(
        "p1-03", SourceLines(1, 40, 40), "友情提醒", "寄递物品请选择正规快递企业，谨防诈骗"
    )
    assert e.items[4:] == (
        # a caption printed over two lines (no blank between them) is one caption, not a title
        Photo(
            "p1-05",
            SourceLines(1, 52, 55),
            caption="在当湖街道东湖社区，志愿者为老人理发、量血压，现场还开展了防诈骗宣传，吸引了众多居民参与。",
            byline=Byline(photographers=("陆平",)),
        ),
        Photo("p1-06", SourceLines(1, 57, 59), caption="东湖夜景", byline=Byline(photographers=("李军",))),
        Advertisement(
            "p1-07",
            SourceLines(1, 61, 64),
            (
                "平湖市职业中等专业学校",
                "2025年招生火热进行中",
                "报名网址：www.phzz.net",
                "咨询电话：0573-85012345 13857312345",
            ),
        ),
        Weather(
            "p1-08",
            SourceLines(1, 66, 66),
            "今天阴转多云，明天多云到晴，西北风3到4级。今天白天最高气温11℃，明天早晨最低气温3℃。",
        ),
    )


# ------------------------------------------------------------------ 112: city daily, 第3版


def test_page_112_masthead_desk_and_publisher_lines() -> None:
    e = edition_of(PAGE_112)
    # the lunar date printed before the weekday
    assert (e.newspaper, e.newspaper_en, e.edition, e.date, e.brands) == (
        "温州日报",
        "WENZHOU DAILY",
        None,  # 第3版 is the page's number, not an edition
        "2024-03-08",
        (),
    )
    # the imprint at the foot (社址 邮编 电话) is page furniture (the blind rounds' convention):
    # the page's imprint, no item; and so is a story's jump pointer printed alone (（下转第4版）)
    assert e.pages == (
        PageInfo(
            1,
            "第3版",
            "综合",
            imprint=("（下转第4版）", "社址：温州市鹿城区车站大道新闻大厦 邮编：325000 电话：0577-88888888"),
        ),
    )
    assert layout(e) == [
        ("notice", 11, 11),
        ("article", 13, 21),
        ("article", 23, 27),
        ("article", 29, 33),  # （下转第4版） alone on line 35: furniture
        ("article", 37, 46),
        ("notice", 48, 48),
    ]
    assert e.items[0] == Notice("p1-01", SourceLines(1, 11, 11), "本版责编", "林静，美编：郑晓")


def test_page_112_heads() -> None:
    e = edition_of(PAGE_112)
    assert heads(e) == [
        # a slogan of two matched phrases over a statement is the kicker
        (
            "巾帼建新功奋进新征程",
            "我市表彰一批“三八红旗手”",
            None,
            Byline(reporters=("叶青",), correspondents=("周丽娜",)),
            "本报讯",
            2,
        ),
        (None, "鹿城区“邻里食堂”开到家门口", None, None, None, 2),
        # 开展 / 春季植树活动: a verb and the event it holds, one headline
        (None, "瓯海区开展春季植树活动", None, Byline(reporters=("潘晓",)), "本报讯", 1),
        (None, "我市中小学春季开学", None, Byline(reporters=("黄磊",)), "本报讯", 4),
    ]
    *_, trees, school = e.articles()
    assert trees.continuation == ("下转第4版",)
    assert school.paragraphs[1:] == ("◆ 安全教育进课堂", "◆ 非遗技艺进校园", "◆ 劳动实践进田间")


# ------------------------------------------------------------------ 113: evening paper, A4 城事


def test_page_113() -> None:
    e = edition_of(PAGE_113)
    assert (e.newspaper, e.newspaper_en, e.edition, e.date) == (
        "金华晚报",
        "JINHUA EVENING NEWS",
        None,
        "2024-05-14",
    )
    assert e.pages == (PageInfo(1, "A4", "城事"),)
    assert layout(e) == [
        ("notice", 9, 9),
        ("article", 11, 19),
        ("article", 21, 29),
        ("notice", 31, 37),
        ("weather", 39, 39),
    ]
    assert heads(e) == [
        (None, "夏粮丰收在望", None, Byline(reporters=("吴丹",), correspondents=("钱伟",)), "本报讯", 3),
        # 入夏以来 opens a lead: the line above it heads a story of its own
        (None, "古城夜市人气旺", None, None, None, 4),
    ]
    market = e.articles()[1]
    assert market.paragraphs[2:] == ("记者手记", "夜市的烟火气，是一座城市最抚人心的温度。")
    assert e.items[3:] == (
        # no 公告 in the title, but signed by an organisation and dated: a notice
        Notice(
            "p1-04",
            SourceLines(1, 31, 37),
            "公交线路调整",
            "因道路施工，自5月15日起，K101路公交车临时改道运行。\n金华市公交集团有限公司\n2024年5月14日",
        ),
        Weather("p1-05", SourceLines(1, 39, 39), "气温：今天18~29℃，多云转阵雨；明天17~26℃，中雨"),
    )


# ------------------------------------------------------------------ 114: 平湖版, bylines after the body


def test_page_114() -> None:
    e = edition_of(PAGE_114)
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands) == PINGHU
    assert e.date == "2024-12-24"
    assert layout(e) == [
        ("article", 16, 22),
        ("article", 24, 50),
        ("article", 52, 54),
        ("article", 56, 60),
        ("photo", 62, 66),
        ("qr_prompt", 68, 68),
        ("notice", 70, 70),
    ]
    assert heads(e) == [
        (None, "林埭镇点亮乡村“回家路”", None, Byline(correspondents=("钱丽",)), None, 1),
        # kicker, a headline wrapped over two lines with no blank between them, deck
        (
            "数字化改革赋能基层治理",
            "当湖街道建成“一网统管”指挥中心",
            "辖区事件平均处置时间缩短至2小时以内",
            Byline(reporters=("胡佳英",), correspondents=("彭凯军",)),
            "本报讯",
            7,
        ),
        # (记者 …) closing the last paragraph
        (None, "新埭镇举办冬季农民运动会", None, Byline(reporters=("华婷婷",)), "本报讯", 1),
        # (记者 … 通讯员 …) printed between the headline and the body
        (
            None,
            "市第一人民医院开设“无陪护病房”",
            None,
            Byline(reporters=("冯思家",), correspondents=("沈杰",)),
            None,
            1,
        ),
    ]
    lamps, centre, games, _ = e.articles()
    # a quotation opens the story; 1.2 / 万元 is rejoined
    assert lamps.paragraphs == (
        "“我们村的路灯亮了，晚上出门再也不怕了！”昨天，家住林埭镇徐家埭村的老党员徐阿大高兴地说。"
        "今年以来，林埭镇投入资金1.2万元，为全镇12个村新装、修复路灯860余盏。",
    )
    assert centre.paragraphs[1:] == (
        # (20 / 24-2025年) inside a 《title》
        "据介绍，指挥中心按照《平湖市基层治理“一网统管”建设实施方案（2024-2025年）》要求建设，"
        "整合了城管、综合执法、应急管理等8个部门的数据资源。",
        "“过去居民反映一个问题，要在好几个部门之间来回转。现在通过指挥中心统一派单，"
        "一般问题2小时内就能处置到位。”街道工作人员介绍。",
        "下一步，当湖街道将重点做好以下工作：",
        "①完善事件分拨机制；",
        "②推动数据向村社区延伸；",
        "③加强网格员队伍建设。",
    )
    assert games.paragraphs[0].endswith("背媳妇等8个趣味项目的比拼。")
    assert e.items[4:] == (
        Photo(
            "p1-05",
            SourceLines(1, 62, 66),
            caption="冬日的九龙山，层林尽染，游人如织。",
            title="平湖九龙山冬日美景",
            byline=Byline(photographers=("吴振浩",)),
        ),
        QrPrompt("p1-06", SourceLines(1, 68, 68), "扫码关注 今平湖"),
        Notice("p1-07", SourceLines(1, 70, 70), "友情提醒", "近期气温较低，请做好防寒保暖"),
    )


# ------------------------------------------------------------------ 115: 平湖版 p2, subheads


def test_page_115() -> None:
    e = edition_of(PAGES / "115_jiaxing_pinghu_p2_2024-12-31.txt")
    assert (e.newspaper, e.newspaper_en, e.edition, e.date, e.brands) == (
        "嘉兴日报",
        "JIAXING DAILY",
        "平湖版",
        "2024-12-31",
        ("今平湖客户端",),
    )
    assert layout(e) == [
        ("article", 12, 20),
        ("notice", 22, 22),
        ("article", 24, 38),
        ("photo", 40, 40),
        ("advertisement", 42, 44),
        ("weather", 46, 46),
    ]
    # 推进 / 乡村振兴示范带建设: a verb left without its object wraps the headline
    assert heads(e) == [
        (None, "我市全力推进乡村振兴示范带建设", None, None, None, 1),
        (
            None,
            "老手艺焕发新活力",
            None,
            Byline(reporters=("李雨婷",), correspondents=("陆丹", "沈杰")),
            "本报讯",
            3,
        ),
    ]
    continued, feature = e.articles()
    assert continued.continuation == ("上接第1版",)
    assert continued.paragraphs == (
        "据了解，示范带串联起6个镇街道的23个村，总长度达86公里。截至目前，已完成投资4.3亿元，建成美丽乡村精品村11个。",
    )
    # two subheads of a set stay inside the story, as its subheads (model 1.1)
    assert feature.subheads == (Subhead("一根草编出好日子", 1), Subhead("一间工坊连起一条链", 2))
    assert feature.paragraphs[1].endswith("今年以来，工坊已带动120余名村民在家门口就业。")
    assert e.items[3:] == (
        Photo(
            "p1-04",
            SourceLines(1, 40, 40),
            caption="市民在平湖图书馆挑选新年读物。",
            byline=Byline(photographers=("周敏",)),
        ),
        Advertisement(
            "p1-05", SourceLines(1, 42, 44), ("平湖某某家政服务", "月嫂 育儿嫂 保洁", "预约手机：13905731234")
        ),
        Weather(
            "p1-06", SourceLines(1, 46, 46), "明天阴到多云，东北风3到4级，早晨最低气温1℃，白天最高气温8℃。"
        ),
    )


# ------------------------------------------------------------------ shapes the pages above do not show


def test_a_quotation_running_over_paragraphs_keeps_its_breaks() -> None:
    # Each paragraph of a long quotation opens with “ again: those breaks are real.
    text = "老街换新颜\n\n■记者 王强\n\n本报讯 近日,老街改造完工。“我们先改路面。\n\n“再改管网。”居民说。\n"
    (article,) = parse_page(text).items
    assert isinstance(article, Article)
    assert article.paragraphs == ("近日，老街改造完工。“我们先改路面。", "“再改管网。”居民说。")


def test_a_notice_over_two_lines_and_forecast_readings_on_their_own_line() -> None:
    text = (
        "友情提醒:关注天气,\n注意交通安全\n\n"
        "今天晴到少云。明天晴到多云,偏东风3到4级。\n今天白天最高气温19℃,明天早晨最低气温9℃。\n"
    )
    assert parse_page(text).items == (
        Notice("p1-01", SourceLines(1, 1, 2), "友情提醒", "关注天气，注意交通安全"),
        Weather(
            "p1-02",
            SourceLines(1, 4, 5),
            "今天晴到少云。明天晴到多云，偏东风3到4级。\n今天白天最高气温19℃，明天早晨最低气温9℃。",
        ),
    )


def test_a_byline_whose_writers_took_the_pictures_heads_a_story() -> None:
    text = "曹桥街道送春联\n\n■记者 李明 通讯员 张华 文/摄\n\n本报讯 昨天,曹桥街道开展送春联活动。\n"
    (article,) = parse_page(text).items
    assert isinstance(article, Article)
    assert article.headline == "曹桥街道送春联"
    # (the reporter took the pictures: rounds 9-43's golds credit the correspondent with none)
    assert article.byline == Byline(reporters=("李明",), correspondents=("张华",), photographers=("李明",))


def test_two_subheads_stay_subheads_and_a_function_word_wraps_a_headline() -> None:
    text = (
        "我市全力推进\n\n冬季安全生产大排查\n\n■记者 王强\n\n本报讯 近日,我市部署冬季安全生产。\n\n"
        "压实责任\n\n各镇街道签订责任书。\n\n"
        "排查隐患\n\n共排查隐患56处。\n"
    )
    (article,) = parse_page(text).items
    assert isinstance(article, Article)
    assert (article.kicker, article.headline) == (None, "我市全力推进冬季安全生产大排查")
    assert article.paragraphs == ("近日，我市部署冬季安全生产。", "各镇街道签订责任书。", "共排查隐患56处。")
    assert article.subheads == (Subhead("压实责任", 1), Subhead("排查隐患", 2))


def test_masthead_variants() -> None:
    assert parse_masthead_line("嘉兴日报·平湖版") is not None
    middot = parse_masthead_line("嘉兴日报·平湖版")
    assert middot is not None and (middot.newspaper, middot.edition) == ("嘉兴日报", "平湖版")
    spaced = parse_masthead_line("JIAXING  DAILY")
    assert spaced is not None and (spaced.newspaper, spaced.newspaper_en) == ("嘉兴日报", "JIAXING DAILY")
    longer = parse_masthead_line("JIAXING DAILY PINGHU EDITION")
    assert longer is not None and longer.newspaper == "嘉兴日报"
    lunar = parse_masthead_line("2024年11月25日 星期一 甲辰年十月廿五")
    assert lunar is not None and lunar.date == "2024-11-25"
    # a headline joined by a middle dot is not masthead matter, nor is the publisher's imprint
    assert parse_masthead_line("阅享当湖·书香政协") is None
    assert parse_masthead_line("嘉兴日报社出版") is None
    top = parse_page("中共嘉兴市委机关报\n\n嘉兴日报\n\nwww.jxnews.com.cn\n")
    assert top.masthead.newspaper == "嘉兴日报"
    assert [(n.label, n.text) for n in top.items if isinstance(n, Notice)] == [
        ("出版信息", "中共嘉兴市委机关报"),
        ("出版信息", "www.jxnews.com.cn"),
    ]


def test_a_place_in_the_dateline_a_solid_ad_block_and_a_local_forecast() -> None:
    text = (
        "我市召开人才工作会议\n\n本报平湖讯 昨天,我市召开人才工作会议。\n\n"
        "平湖市安达驾校\n学车就选安达驾校。\n报名电话:85012345 13905731234\n\n"
        "平湖天气:今天多云,东风3级,气温8℃到15℃。\n"
    )
    article, ad, weather = parse_page(text).items
    assert isinstance(article, Article)
    assert (article.dateline, article.paragraphs) == ("本报平湖讯", ("昨天，我市召开人才工作会议。",))
    # set solid around a phone number: a poster, though it opens with a name and has a full stop
    assert ad == Advertisement(
        "p1-02",
        SourceLines(1, 5, 7),
        ("平湖市安达驾校", "学车就选安达驾校。", "报名电话：85012345 13905731234"),
    )
    assert weather == Weather("p1-03", SourceLines(1, 9, 9), "平湖天气：今天多云，东风3级，气温8℃到15℃。")


def test_on_a_page_set_without_blank_lines_two_head_lines_stay_kicker_and_headline() -> None:
    text = "浙沪毗邻地区青年农创再添新平台\n广陈·廊下青创客联盟成立\n■记者 吴振浩\n本报讯 昨天,联盟成立。\n"
    (article,) = parse_page(text).items
    assert isinstance(article, Article)
    assert (article.kicker, article.headline) == ("浙沪毗邻地区青年农创再添新平台", "广陈·廊下青创客联盟成立")
