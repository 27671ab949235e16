"""Issue 10's failure classes, each on pages written for it (tests/pages/122-…), asserted exactly.

The pages are made up in the style of other provinces' papers: page furniture at the top (B02,
a section above the masthead, a dotted date), two-line heads with no ——, roles worded by the
paper (海峡都市报·海博TV记者), spaced names ending in a credit word (林 文, 黄 图), a credit run
on to the next line, a paper's own dateline (海峡都市报讯) and a form feed inside a paragraph.
"""

from __future__ import annotations

from publisher.model import (
    Advertisement,
    Article,
    Byline,
    Credit,
    Notice,
    PageInfo,
    Photo,
    PullQuote,
    SourceLines,
    Subhead,
)
from publisher.reader import parse_page
from tests.page_checks import PAGES, heads, layout
from tests.page_checks import strict_edition_of as edition_of

PAGE_122 = PAGES / "122_haixia_metro_b02_2025-04-08.txt"


# ------------------------------------------------------------------ 122: furniture, heads, bylines


def test_page_122_furniture_is_page_info_not_an_edition() -> None:
    e = edition_of(PAGE_122)
    assert (e.newspaper, e.newspaper_en, e.edition, e.date) == ("海峡都市报", None, None, "2025-04-08")
    assert e.pages == (PageInfo(1, "B02", "福州新闻"),)


def test_page_122_heads_and_bylines() -> None:
    e = edition_of(PAGE_122)
    # the form feed before line 13 shifts no line number
    assert layout(e) == [("article", 6, 17), ("article", 19, 25)]
    assert heads(e) == [
        # the longer line with figures is the headline, the phrase over it the kicker; the
        # credit continued on the next line (陈立新) is a correspondent too
        (
            "闽江两岸",
            "福州滨江步道新增12公里年底全线贯通",
            None,
            Byline(
                reporters=("林文",),
                correspondents=("郑晓敏", "陈立新"),
                others=(Credit("海峡都市报·海博TV记者", ()),),
            ),
            "海峡都市报讯",
            3,
        ),
        (
            "三坊七巷",
            "春季游客量同比增长两成",
            None,
            Byline(reporters=("黄图",), others=(Credit("海峡都市报记者", ()),)),
            "本报讯",
            2,
        ),
    ]


def test_page_122_paragraph_across_a_form_feed_is_rejoined() -> None:
    walkway, _ = edition_of(PAGE_122).articles()
    assert walkway.paragraphs[0] == (
        "4月7日，记者从福州市城乡建设局获悉，今年福州将新建滨江步道12公里，打通闽江北岸3处断点，年底实现全线贯通。"
    )
    assert walkway.paragraphs[2] == "“出门就是江景，散步更舒心了。”家住台江区的市民王女士说。"
    # a worded reporter role names the group when a writer spells the credits out
    assert walkway.byline is not None
    assert walkway.byline.credits() == [
        ("海峡都市报·海博TV记者", ("林文",)),
        ("通讯员", ("郑晓敏", "陈立新")),
    ]


# ------------------------------------------------------------------ 123: briefs, photo news, notices, weather

PAGE_123 = PAGES / "123_lanzhou_evening_a08_2025-04-09.txt"


def test_page_123_items_each_their_own() -> None:
    e = edition_of(PAGE_123)
    assert e.pages == (PageInfo(1, "A08", "城市服务"),)
    assert layout(e) == [
        ("article", 7, 8),  # the column's name and its first brief
        ("article", 10, 10),
        ("article", 12, 12),
        ("photo", 14, 16),
        ("notice", 18, 20),
        ("notice", 22, 26),  # a signed notice ends at its date
        ("weather", 28, 31),  # its 气象台…发布 line belongs to it
    ]


def test_page_123_a_column_of_briefs() -> None:
    e = edition_of(PAGE_123)
    assert heads(e) == [
        # ●head text…（记者 …）: the head, its text, the credit at the end; the column's name
        # over every brief
        ("金城快讯", "七里河区新增3处便民菜站", None, Byline(reporters=("马文",)), None, 1),
        ("金城快讯", "城关区", None, None, None, 1),  # ●某某区：… the lead is the head
        ("金城快讯", "安宁区", None, Byline(correspondents=("刘晓燕",)), None, 1),
    ]
    assert [a.paragraphs for a in e.articles()] == [
        ("4月8日，七里河区3处便民菜站同时开业，蔬菜价格比周边市场低一成。",),
        ("启动老旧小区雨污分流改造，今年计划完成46个小区。",),
        ("举办春季桃花会，活动持续至4月20日。",),
    ]


def test_page_123_photo_news_notices_and_weather() -> None:
    photo, correction, found, weather = edition_of(PAGE_123).items[3:]
    # a title, its caption and a 文/图 credit: a photo, its credit's name wrote and took it
    assert photo == Photo(
        "p1-04",
        SourceLines(1, 14, 16),
        caption="4月8日，市民在黄河风情线上赏樱拍照，满树繁花与铁桥相映成趣。",
        title="黄河岸边樱花开",
        byline=Byline(reporters=("陈图",), photographers=("陈图",), others=(Credit("兰州晚报记者", ()),)),
    )
    assert (correction.label, correction.text) == (
        "更正",
        "本报4月8日A05版《黄河风情线游船复航》一文中，“票价30元”应为“票价40元”。特此更正。\n本报编辑部",
    )
    assert (found.label, found.text.split("\n")[1:]) == (
        "招领启事",
        ["兰州市公安局城关分局张掖路派出所", "2025年4月8日"],
    )
    assert weather.text == (
        "兰州天气\n今天晴转多云，西北风3到4级，气温6℃到20℃。\n明天多云，气温8℃到22℃。\n"
        "（兰州中心气象台4月9日6时发布）"
    )


# ------------------------------------------------------------------ 124: an interview feature

PAGE_124 = PAGES / "124_guiyang_evening_p5_2025-04-10.txt"


def test_page_124_one_feature_with_its_parts() -> None:
    e = edition_of(PAGE_124)
    assert e.pages == (PageInfo(1, "第5版", "人物·访谈"),)
    (feature,) = e.items
    assert isinstance(feature, Article)
    assert (feature.source.first, feature.source.last) == (6, 35)
    # ●label over the head is the kicker; 导读 above it is the standfirst, its label kept
    assert (feature.kicker, feature.headline, feature.subheadline) == (
        "非遗人物",
        "一针一线绣出“致富路”",
        "——访苗绣传承人杨秀英",
    )
    assert (feature.standfirst_label, feature.standfirst) == (
        "导读",
        "她把苗绣带出大山，让300多名绣娘在家门口就业。",
    )
    # a credit continued on the next line under its own role
    assert feature.byline == Byline(
        reporters=("吴文", "龙海"), correspondents=("潘丽",), others=(Credit("实习生", ()),)
    )
    # the body opens with a subhead; questions and answers stay paragraphs
    assert feature.subheads == (
        Subhead("针尖上的手艺", 0),
        Subhead("绣娘变老板", 2),
        Subhead("走出大山", 6),
    )
    assert feature.paragraphs[2:6] == (
        "记者：您是怎么想到办合作社的？",
        "杨秀英：村里的姐妹手艺都好，就是卖不出去。2016年，我拿出积蓄办了合作社。",
        "记者：现在合作社有多少人？",
        "杨秀英：300多人，每人每月能增收2000元左右。",
    )
    # the quotation set apart with its ——speaker is a pull quote, not a paragraph or a head
    assert feature.pull_quotes == (PullQuote("“手艺不能丢，日子也要过好。”", "杨秀英", 6),)
    assert len(feature.paragraphs) == 7


# ------------------------------------------------------------------ small cases


def test_matched_phrases_set_apart_are_a_subhead_but_a_cut_sentence_is_not() -> None:
    text = (
        "老旧小区改造先听居民怎么说\n■记者 王强\n\n本报讯 近日，玄武区试行居民票决制。\n\n"
        "改什么，居民“点菜”\n\n社区组织了4场“板凳会”。\n\n"
        "据悉，“善治宝”手机APP承\n\n载着我市的“善治梦”。\n"
    )
    (article,) = parse_page(text).items
    assert isinstance(article, Article)
    assert article.subheads == (Subhead("改什么，居民“点菜”", 1),)
    assert article.paragraphs[1:] == (
        "社区组织了4场“板凳会”。",
        "据悉，“善治宝”手机APP承载着我市的“善治梦”。",
    )


def test_a_bare_standfirst_label_takes_the_text_under_it() -> None:
    text = "天府绿道新增120公里\n内容提要\n今年成都将新建天府绿道120公里。\n■记者 钟思远\n\n"
    text += "3月10日，记者获悉此事。\n"
    (article,) = parse_page(text).items
    assert isinstance(article, Article)
    assert (article.headline, article.standfirst_label, article.standfirst) == (
        "天府绿道新增120公里",
        "内容提要",
        "今年成都将新建天府绿道120公里。",
    )
    assert article.paragraphs == ("3月10日，记者获悉此事。",)


def test_a_valid_date_signing_a_notice_is_not_taken_for_a_wrong_one() -> None:
    parsed = parse_page(
        "嘉兴日报\n2024年9月10日\n\n遗失启事\n本人遗失身份证一张，声明作废。\n张三\n2024年9月9日\n"
    )
    assert parsed.warnings == ()
    (notice,) = parsed.items
    assert isinstance(notice, Notice) and notice.text.endswith("2024年9月9日")


def test_a_first_head_line_that_tells_the_news_is_the_headline_over_its_deck() -> None:
    text = "碑林区上线“一老一小”服务地图\n全区156个养老托育服务点一图查询\n本报记者 李 艳\n\n"
    text += "本报讯 近日，地图上线。\n"
    (article,) = parse_page(text).items
    assert isinstance(article, Article)
    assert (article.kicker, article.headline, article.subheadline) == (
        None,
        "碑林区上线“一老一小”服务地图",
        "全区156个养老托育服务点一图查询",
    )


def test_photo_news_with_a_wrapped_caption_and_the_credit_first() -> None:
    text = (
        "油菜花海里的“小火车”\n3月22日，游客乘坐观光小火车穿行花海。当地今年油菜种植面积达\n"
        "50万亩。\n文/图 楚天都市报极目新闻记者 刘海峰\n"
    )
    (photo,) = parse_page(text).items
    assert isinstance(photo, Photo)
    assert (photo.title, photo.caption) == (
        "油菜花海里的“小火车”",
        "3月22日，游客乘坐观光小火车穿行花海。当地今年油菜种植面积达50万亩。",
    )
    assert photo.byline is not None
    assert (photo.byline.reporters, photo.byline.photographers) == (("刘海峰",), ("刘海峰",))


def test_a_poster_without_a_phone_is_an_ad_not_unclassified() -> None:
    parsed = parse_page("武汉光谷步行街\n春日美食节 3月28日—4月6日\n百家美食 一站尝遍\n")
    (ad,) = parsed.items
    assert isinstance(ad, Advertisement) and (ad.source.first, ad.source.last) == (1, 3)
    assert parsed.warnings == ()


def test_page_labels_and_dates_printed_other_ways() -> None:
    top = "第A03版\n要闻\n西安晚报\n2025年3月18日（星期二）\n\n"
    top += "新区新建学校3所\n本报记者 王强\n\n本报讯 近日，学校开工。\n"
    m = parse_page(top).masthead
    assert (m.newspaper, m.edition, m.date, m.page_label, m.section) == (
        "西安晚报",
        None,
        "2025-03-18",
        "第A03版",
        "要闻",
    )
    m = parse_page(
        top.replace("第A03版\n要闻", "08 要闻").replace("2025年3月18日（星期二）", "2025-03-18")
    ).masthead
    assert (m.date, m.page_label, m.section) == ("2025-03-18", "08", "要闻")
