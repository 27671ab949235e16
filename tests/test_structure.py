"""The structuring stage on the seed and on the project's own test pages, asserted exactly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from publisher.model import (
    Advertisement,
    Article,
    Byline,
    Edition,
    Notice,
    Photo,
    QrPrompt,
    SourceLines,
    Subhead,
    Unclassified,
    Weather,
    edition_from_dict,
    edition_to_json,
)
from publisher.reader import parse_page, structure_pages
from publisher.reading import read_page
from tests.conftest import ROOT, SEED, TEST_PAGES
from tests.nothing_lost import assert_nothing_lost

PAGES = ROOT / "tests" / "pages"
PAGE_101 = PAGES / "101_jiaxing_pinghu_2024-11-25.txt"
PAGE_102 = PAGES / "102_nanhu_evening_2023-03-08.txt"
PAGE_103 = PAGES / "103_jiaxing_pinghu_p2_2024-11-25.txt"


def edition_of(*paths: Path, date: str | None = None) -> Edition:
    return structure_pages([read_page(p) for p in paths], date=date)


def articles(edition: Edition) -> list[Article]:
    return edition.articles()


@pytest.fixture(scope="module")
def seed() -> Edition:
    return edition_of(SEED)


# ------------------------------------------------------------------ the seed


def test_seed_masthead(seed: Edition) -> None:
    assert (seed.newspaper, seed.newspaper_en, seed.edition) == ("嘉兴日报", "JIAXING DAILY", "平湖版")
    assert seed.brands == ("平湖发布", "今平湖客户端")
    assert seed.date is None  # the seed prints no date and none was given: never guessed
    assert edition_of(SEED, date="2020-11-11").date == "2020-11-11"


def test_seed_items_in_order(seed: Edition) -> None:
    assert [(i.id, i.type, i.source.first, i.source.last) for i in seed.items] == [
        ("p1-01", "article", 15, 23),
        ("p1-02", "article", 25, 48),
        ("p1-03", "photo", 52, 56),
        ("p1-04", "article", 58, 81),
        ("p1-05", "article", 83, 91),
        ("p1-06", "article", 93, 103),
        ("p1-07", "article", 105, 128),
        ("p1-08", "qr_prompt", 132, 132),
        ("p1-09", "advertisement", 134, 137),
        ("p1-10", "notice", 138, 138),
        ("p1-11", "weather", 140, 140),
    ]


def test_seed_article_heads_and_bylines(seed: Edition) -> None:
    heads = [
        (a.kicker, a.headline, a.subheadline, a.byline, a.dateline, len(a.paragraphs)) for a in articles(seed)
    ]
    assert heads == [
        (None, "平湖入选第六届全国文明城市名单", None, Byline(reporters=("李雨婷",)), "本报讯", 3),
        (
            None,
            "“低散乱”整治辟出高质量发展轨道",
            "我市前三季度“低散乱”企业整治完成206.7%，完成率列嘉兴首位",
            Byline(reporters=("胡佳英",), correspondents=("彭凯军",)),
            "本报讯",
            6,
        ),
        (
            None,
            "一款“善治宝”自治有妙招",
            "钟埭探索农村基层治理新模式",
            Byline(reporters=("胡佳英",), correspondents=("徐冰艳", "陈明远")),
            "本报讯",
            7,
        ),
        (None, "第八十一期创新学堂举行", None, Byline(reporters=("华婷婷",)), "本报讯", 3),
        (None, "“阅享当湖·书香政协”委员读书活动启动", None, Byline(reporters=("冯思家",)), "本报讯", 4),
        (
            "浙沪毗邻地区青年农创再添新平台",
            "广陈·廊下青创客联盟成立",
            None,
            Byline(reporters=("吴振浩",), correspondents=("倪颖",)),
            "本报讯",
            4,
        ),
    ]
    for article in articles(seed):
        assert article.standfirst is None and article.continuation == ()


def test_seed_dateline_is_taken_off_the_first_paragraph(seed: Edition) -> None:
    first = articles(seed)[0].paragraphs
    assert first[0] == "昨天，中央文明办公布第六届全国文明城市入选城市名单，平湖成功入选。"
    assert all(not a.paragraphs[0].startswith("本报讯") for a in articles(seed))


@pytest.mark.parametrize(
    ("article", "paragraph", "joined"),
    [
        (1, 1, "将进一步提高“低散乱”企业的整治效率。据悉，通界工业集聚点地块原有企业117家"),
        (1, 2, "”当湖街道经济发展办工业腾退工作组工作人员沈宇光说。"),
        (1, 4, "从事五金、服装、软木等生产行业，亩均税收只有7万元左右。"),
        (2, 3, "据悉，“善治宝”手机APP承载着我市的“善治梦”"),
        (2, 4, "也打通了年轻人参与村里建设的通道。“我们白天在外头工作"),
        (2, 5, "张贴在村部公告栏里，很多村民可能因为距离远不来看"),
        (5, 0, "成立仪式在农开区举行，探讨在乡村振兴"),
        (5, 1, "在“毗邻党建”的引领下，金山——平湖，廊下——广陈共青团连续多年"),
        (5, 2, "是一个集结两地优秀农创客的非营利性青年组织，通过前期的深入排摸和筛选"),
        (5, 3, "两地共同参观学习的进步平台。希望通过广陈·廊下青创客联盟这个平台"),
    ],
)
def test_seed_column_breaks_are_rejoined(seed: Edition, article: int, paragraph: int, joined: str) -> None:
    assert joined in articles(seed)[article].paragraphs[paragraph]


def test_seed_paragraphs_keep_real_breaks(seed: Edition) -> None:
    second = articles(seed)[1].paragraphs
    assert second[2].startswith("清退“低散乱”企业，为高质量发展让路。")
    assert second[3].startswith("今年以来，我市按照")
    assert second[5].endswith("加快落后产能淘汰。")


def test_seed_photo_qr_ad_notice_weather(seed: Edition) -> None:
    photo, qr, ad, notice, weather = (seed.items[i] for i in (2, 7, 8, 9, 10))
    assert photo == Photo(
        id="p1-03",
        source=SourceLines(1, 52, 56),
        title="书画作品庆丰收",
        caption="昨天，一幅幅描绘晚稻、油菜等农作物丰收场景的书画作品在钟埭街道花园文化礼堂展出。"
        "据介绍，此次展出的70幅书画作品以“金色生活”为主题，表达了庆祝丰收以及对美好生活的向往。",
        byline=Byline(photographers=("王强", "陈明远", "曹金凤")),
    )
    assert qr == QrPrompt(id="p1-08", source=SourceLines(1, 132, 132), text="扫一扫 看视频")
    assert ad == Advertisement(
        id="p1-09",
        source=SourceLines(1, 134, 137),
        lines=(
            "嘉兴市交通学校",
            "地址：平湖市当湖街道青年大道中段111号（西桥广场南侧）",
            "诚信、敬业、务实、创新是我们永恒的追求！",
            "招生热线：8508717 8508709 俞金明",
        ),
    )
    assert notice == Notice(
        id="p1-10", source=SourceLines(1, 138, 138), label="友情提醒", text="关注天气，注意交通安全"
    )
    assert weather == Weather(
        id="p1-11",
        source=SourceLines(1, 140, 140),
        text="今天晴到少云。明天晴到多云，偏东风3到4级。今天白天最高气温19℃，明天早晨最低气温9℃。",
    )


# ------------------------------------------------------------------ page 101


def test_page_101_printed_date_and_masthead() -> None:
    e = edition_of(PAGE_101, date="2000-01-01")
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands) == (
        "嘉兴日报",
        "JIAXING DAILY",
        "平湖版",
        ("平湖发布",),
    )
    assert e.date == "2024-11-25"  # the printed date wins over --date


def test_page_101_items() -> None:
    e = edition_of(PAGE_101)
    assert [(i.type, i.source.first, i.source.last) for i in e.items] == [
        ("article", 15, 33),  # （下转第2版） alone on line 35: the page's furniture
        ("photo", 39, 41),
        ("article", 43, 45),
        ("article", 47, 51),
        ("photo", 53, 57),
        ("article", 59, 65),
        ("notice", 67, 67),
    ]
    lead, brief, lantern, estates = articles(e)
    assert lead.kicker == "奋力打造长三角产业合作示范区"
    assert lead.headline == "平湖前10个月实际利用外资4.6亿美元"
    assert lead.subheadline == "同比增长12.3%，总量继续位居嘉兴各县（市、区）前列"
    # the byline inside the dateline, with a padded name
    assert lead.dateline == "本报讯"
    assert lead.byline == Byline(reporters=("沈洁",), correspondents=("陆晓峰",))
    assert lead.paragraphs[0].startswith("记者昨天从市商务局获悉，1至10月")
    assert "预计明年3月投产，达产后可实现年产值15亿元。" in lead.paragraphs[1]
    assert lead.paragraphs[2:] == (
        "记者了解到，下一步我市将重点做好以下工作：",
        "1.紧盯重大项目，建立“一项目一专班”推进机制；",
        "2.优化营商环境，推行外资企业设立“一窗受理、一日办结”；",
        "3.加强要素保障，全年计划供应工业用地3000亩。",
    )
    assert lead.continuation == ("下转第2版",)
    # a brief with a dateline and no byline
    assert (brief.headline, brief.byline, brief.dateline, len(brief.paragraphs)) == (
        "当湖街道开展高层建筑消防演练",
        None,
        "本报讯",
        1,
    )
    # no dateline, byline after the body
    assert lantern.headline == "平湖西瓜灯文化节开幕"
    assert lantern.dateline is None
    assert lantern.byline == Byline(reporters=("张一帆",))
    assert lantern.paragraphs[-1].endswith("市民可通过“今平湖”APP预约参观时段。")
    # no byline at all, and a column break inside a quotation's attribution
    assert (estates.headline, estates.byline, estates.dateline) == (
        "老旧小区改造惠及3200余户居民",
        None,
        None,
    )
    assert len(estates.paragraphs) == 2
    assert "出门也方便多了。”居民顾阿姨说。市住建局相关负责人表示" in estates.paragraphs[1]


def test_page_101_photos_and_notice() -> None:
    e = edition_of(PAGE_101)
    photos = [i for i in e.items if isinstance(i, Photo)]
    assert [(p.title, p.byline) for p in photos] == [
        ("乍浦港区迎来今冬首批“散改集”货物", Byline(photographers=("顾晨",))),
        ("新仓镇芦湾村彩色稻田迎来最佳观赏期", Byline(photographers=("金伟",))),
    ]
    assert (
        photos[0].caption == "11月24日，一艘满载1200标箱的集装箱货轮停靠嘉兴港乍浦港区，工人们正在有序作业。"
    )
    assert e.items[-1] == Notice(
        id="p1-07",
        source=SourceLines(1, 67, 67),
        label="温馨提示",
        text="本周末我市将迎来一次明显降温过程，请市民注意添衣保暖。",
    )


# ------------------------------------------------------------------ page 102


def test_page_102() -> None:
    e = edition_of(PAGE_102)
    assert (e.newspaper, e.newspaper_en, e.edition, e.date, e.brands) == (
        "南湖晚报",
        "NANHU EVENING NEWS",
        None,
        "2023-03-08",
        ("南湖发布",),
    )
    assert [(i.type, i.source.first, i.source.last) for i in e.items] == [
        ("article", 11, 40),
        ("article", 42, 50),
        ("qr_prompt", 52, 52),
        ("advertisement", 54, 56),
        ("notice", 57, 57),
        ("weather", 59, 59),
    ]
    workshop, railway = articles(e)
    # one-line head with two print spaces: the last part is the deck
    assert (workshop.headline, workshop.subheadline) == ("乡村“共富工坊”家门口就业", "平湖建成共富工坊186家")
    # two-line byline with padded names
    assert workshop.byline == Byline(reporters=("王强", "李娜"), correspondents=("陈晨",))
    assert workshop.standfirst == (
        "截至2月底，我市已建成“共富工坊”186家，吸纳农村劳动力1.2万余人，人均月增收2000元以上。"
        "工坊如何运转？记者走进曹桥街道、新埭镇一探究竟。"
    )
    assert workshop.dateline is None
    p = workshop.paragraphs
    # ◆ subheads are the article's subheads (model 1.1), their mark taken off, not paragraphs
    assert workshop.subheads == (Subhead("订单送到村口", 1), Subhead("技能跟着提升", 2))
    assert len(p) == 8
    assert p[0].endswith("62岁的村民张美芳笑着说。")
    assert p[2].endswith("活动：")
    assert p[3:6] == (
        "①开设缝纫、电商直播等培训班42期，培训村民1800余人次；",
        "②组织企业技术员驻村指导，每周不少于2次；",
        "③对取得技能等级证书的村民给予每人500元补贴。",
    )
    assert "卖出本地产的蒜头、西瓜等农产品60多万元。“现在我也是有一技之长的人了！”徐丽娟说。" in p[6]
    assert railway.headline == "嘉兴至枫南市域铁路平湖段开建"
    assert railway.subheadline == "——建成后平湖城区至嘉兴城区最快30分钟可达"
    assert railway.byline == Byline(reporters=("杨晓东",))
    assert railway.paragraphs[1].endswith("具体安排可关注“平湖交警”微信公众号。")
    qr, ad, notice, weather = e.items[2:]
    assert isinstance(qr, QrPrompt) and qr.text == "扫码看更多"
    assert isinstance(ad, Advertisement) and ad.lines == (
        "平湖市第一人民医院",
        "口腔科专家门诊 每周一至周六",
        "预约电话：0573-85012345 13905738888",
    )
    assert isinstance(notice, Notice) and (notice.label, notice.text) == (
        "公告",
        "平湖市新华中路西段自3月10日起至4月30日封闭施工，请绕行。",
    )
    assert isinstance(weather, Weather)
    assert weather.text == "今天多云转小雨，东北风3到4级，最高气温14℃，最低气温7℃；明天小雨转阴，气温6到12℃。"


# ------------------------------------------------------------------ page 103


def test_page_103() -> None:
    e = edition_of(PAGE_103)
    assert (e.newspaper, e.newspaper_en, e.edition, e.date, e.brands) == (
        "嘉兴日报",
        "JIAXING DAILY",
        "平湖版",
        "2024-11-25",
        ("今平湖客户端",),
    )
    assert [(i.type, i.source.first, i.source.last) for i in e.items] == [
        ("article", 9, 17),
        ("article", 19, 37),
        ("article", 39, 43),
        ("article", 45, 51),
        ("photo", 53, 55),
        ("qr_prompt", 57, 57),
        ("notice", 59, 59),
        ("weather", 61, 61),
    ]
    continued, rivers, contest, chrysanthemum = articles(e)
    assert continued.headline == "平湖前10个月实际利用外资4.6亿美元"
    assert continued.continuation == ("上接第1版",)
    assert continued.byline == Byline(
        reporters=("沈洁",), correspondents=("陆晓峰",)
    )  # its own line, after the body
    assert len(continued.paragraphs) == 2
    assert "“中日（平湖）产业合作园”" in continued.paragraphs[1]
    # two head lines, no ——: the longer, more specific line is the headline (issue 10)
    assert (rivers.kicker, rivers.headline, rivers.subheadline) == (
        None,
        "沪浙携手共护长三角“后花园”",
        "两地联合巡查跨界河湖",
    )
    assert rivers.byline == Byline(reporters=("周敏",))
    assert rivers.dateline == "本报11月24日讯"
    assert len(rivers.paragraphs) == 6
    assert "当天就能处置。”金山——平湖联合巡河队队员、新埭镇泖口村村民沈国强说。" in rivers.paragraphs[1]
    assert rivers.paragraphs[3:] == (
        "（一）共建水质自动监测站3座，数据实时共享；",
        "（二）联合开展“清四乱”专项行动，年底前完成整治点位45处；",
        "（三）探索建立跨界生态补偿机制。",
    )
    assert contest.byline == Byline(reporters=("何佳佳",), correspondents=("钱丽",))
    assert contest.dateline == "本报讯"
    assert contest.paragraphs[0].startswith("11月23日，2024年平湖市大学生创业大赛决赛")
    assert "“基于AI视觉的光伏组件缺陷检测系统”" in contest.paragraphs[1]
    assert (chrysanthemum.kicker, chrysanthemum.headline) == (
        "冬季到来，农家乐迎来“赏菊季”",
        "广陈镇山塘村菊花节昨天开幕",
    )
    assert chrysanthemum.byline == Byline(reporters=("徐伟",), correspondents=("陆丹",))
    assert chrysanthemum.paragraphs[0].endswith("咨询电话：85123456。")
    photo = e.items[4]
    assert isinstance(photo, Photo)
    assert photo.title == "当湖街道举行冬季长跑比赛"
    assert photo.caption == "11月24日，当湖街道2024年冬季长跑比赛在东湖公园鸣枪开跑，800余名跑步爱好者参加。"
    assert photo.byline == Byline(photographers=("李明",))


# ------------------------------------------------------------------ nothing is lost


@pytest.mark.parametrize("path", [SEED, *TEST_PAGES], ids=lambda p: p.name)
def test_nothing_is_lost(path: Path) -> None:
    text = read_page(path).text
    assert_nothing_lost(text, parse_page(text, 1))


@pytest.mark.parametrize("path", [SEED, *TEST_PAGES], ids=lambda p: p.name)
def test_published_text_has_no_ascii_punctuation_next_to_chinese(path: Path) -> None:
    e = edition_of(path)
    for article in articles(e):
        for text in (article.headline, *article.paragraphs, article.subheadline or ""):
            assert not re.search(r'[\u4e00-\u9fff][,:;!?()"]|[,:;!?()"][\u4e00-\u9fff]', text), text
            assert not re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", text), text


# ------------------------------------------------------------------ edition level


def test_pages_make_one_edition_in_order() -> None:
    e = edition_of(PAGE_101, PAGE_103)
    assert [s.path.rsplit("/", 1)[-1] for s in e.sources] == [PAGE_101.name, PAGE_103.name]
    assert e.brands == ("平湖发布", "今平湖客户端")
    ids = [i.id for i in e.items]
    assert ids[:2] == ["p1-01", "p1-02"] and ids[-1] == "p2-08" and len(set(ids)) == len(ids)
    assert e.items[7].source.page == 2
    # one PageInfo per page file, in order
    assert [p.page for p in e.pages] == [1, 2]


def test_round_trip_through_json() -> None:
    e = edition_of(SEED, *TEST_PAGES)
    assert edition_from_dict(json.loads(edition_to_json(e))) == e


def test_output_is_deterministic() -> None:
    assert edition_to_json(edition_of(SEED, *TEST_PAGES)) == edition_to_json(edition_of(SEED, *TEST_PAGES))


def test_unclassified_lines_are_kept_with_a_warning() -> None:
    text = "嘉兴日报\n\n这是一段没有标题的文字，它前面什么也没有，\n\n◎◎◎\n"
    warnings: list[str] = []
    page = read_page_from_text(text)
    e = structure_pages([page], warn=warnings.append)
    assert [type(i) for i in e.items] == [Unclassified]
    assert e.items[0].lines == ("这是一段没有标题的文字，它前面什么也没有，", "◎◎◎")
    assert len(warnings) == 1 and "unclassified" in warnings[0] and "lines 3-5" in warnings[0]


def read_page_from_text(text: str) -> object:
    from publisher.reading import PageText

    return PageText(path=Path("inline.txt"), text=text, encoding="utf-8", sha256="0" * 64)


def test_full_width_dateline_byline_and_wire_copy() -> None:
    text = (
        "全市秋冬季造林任务全面完成\n\n"
        "新华社杭州11月24日电（记者 张 三）记者从浙江省林业局获悉，今年全省完成造林12.5万亩。\n"
    )
    (article,) = parse_page(text, 1).items
    assert isinstance(article, Article)
    assert article.dateline == "新华社杭州11月24日电"
    assert article.byline == Byline(reporters=("张三",))
    assert article.paragraphs == ("记者从浙江省林业局获悉，今年全省完成造林12.5万亩。",)


def test_a_headline_is_not_joined_to_an_unfinished_paragraph() -> None:
    text = (
        "市委常委会召开会议\n\n■记者 王强\n\n本报讯 昨天，市里召开会议，部署下一阶段\n\n"
        "第二条新闻标题\n\n■记者 李明\n\n本报讯 今天上午，活动举行。\n"
    )
    first, second = parse_page(text, 1).items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.paragraphs == ("昨天，市里召开会议，部署下一阶段",)
    assert second.headline == "第二条新闻标题"


# ------------------------------------------------------------------ shapes the pages above do not show


def test_a_forecast_inside_a_weather_story_stays_in_the_story() -> None:
    text = (
        "冷空气来袭 本周气温将明显下降\n\n■记者 顾 晨\n\n"
        "本报讯 记者昨天从市气象台获悉，受冷空气影响，本周我市气温将明显下降。\n\n"
        "今天阴有小雨，最高气温12℃，最低气温5℃。\n\n"
        "气象专家提醒，市民要及时添衣保暖，注意防范道路结冰。\n"
    )
    (article,) = parse_page(text, 1).items
    assert isinstance(article, Article)
    assert article.paragraphs[1] == "今天阴有小雨，最高气温12℃，最低气温5℃。"
    assert len(article.paragraphs) == 3


def test_hard_wrapped_paragraphs_and_full_width_indent() -> None:
    text = (
        "嘉兴日报 第3版 要闻\n\n"
        "东湖景区夜游项目上线\n"
        "■记者 李 明\n"
        "　　本报讯 昨天晚上，东湖景区夜游项目正式上线，游客可乘坐\n"
        "画舫欣赏两岸灯光秀，票价为每人80元。\n"
        "　　据悉，夜游项目每晚18:30开始，至21:30结束。(下转第4版)\n"
    )
    parsed = parse_page(text, 1)
    assert (parsed.masthead.newspaper, parsed.masthead.edition, parsed.masthead.page_label) == (
        "嘉兴日报",
        None,
        "第3版",
    )
    (article,) = parsed.items
    assert isinstance(article, Article)
    assert article.byline == Byline(reporters=("李明",))
    assert article.paragraphs == (
        "昨天晚上，东湖景区夜游项目正式上线，游客可乘坐画舫欣赏两岸灯光秀，票价为每人80元。",
        "据悉，夜游项目每晚18:30开始，至21:30结束。",
    )
    assert article.continuation == ("下转第4版",)


def test_caption_with_parenthesised_credit_and_section_masthead() -> None:
    text = "平湖新闻\n\n银杏叶黄\n\n当湖公园的银杏树进入最佳观赏期。（张 三 摄）\n"
    parsed = parse_page(text, 1)
    # a section name printed alone is the page's section, not an edition
    assert (parsed.masthead.edition, parsed.masthead.section) == (None, "平湖新闻")
    (photo,) = parsed.items
    assert photo == Photo(
        id="p1-01",
        source=SourceLines(1, 3, 5),
        title="银杏叶黄",
        caption="当湖公园的银杏树进入最佳观赏期。",
        byline=Byline(photographers=("张三",)),
    )


def test_printed_date_wins_and_disagreements_are_warned() -> None:
    warnings: list[str] = []
    e = structure_pages([read_page(PAGE_101), read_page(PAGE_102)], date="2024-11-25", warn=warnings.append)
    assert e.date == "2024-11-25"  # the first printed date
    assert len(warnings) == 1 and "2023-03-08" in warnings[0] and PAGE_102.name in warnings[0]
    warnings.clear()
    assert (
        structure_pages([read_page(PAGE_102)], date="2024-01-01", warn=warnings.append).date == "2023-03-08"
    )
    assert warnings == ["the page prints the date 2023-03-08; it wins over --date 2024-01-01"]
