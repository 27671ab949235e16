"""Round 3 on more days of 嘉兴日报 平湖版 (tests/pages/116-118), in the seed's raw style.

What these days add: two to six stories a page; stories of a headline and one paragraph; photo
news credited 本报记者 … 摄 at the end of the caption; a kicker set solid over the headline that
tells the event (凝心聚力谋发展 / …会议开幕); headlines with a colon, a question mark and quotes;
a body that opens right under the byline without 本报讯; three correspondents; (记者 …) closing a
story that also has a byline on top; a 平湖新闻 column of briefs; a ■摄影 credit alone under a
story whose last sentence a column break cut just above it; an ad with several phone numbers;
友情提醒 and the forecast at the bottom.  Nothing-is-lost and the robustness mutations run on
these pages too (they are in tests/pages).
"""

from __future__ import annotations

from publisher.model import (
    Advertisement,
    Article,
    Byline,
    Notice,
    Photo,
    QrPrompt,
    SourceLines,
    Weather,
)
from publisher.reader import parse_page
from publisher.reader.bylines import merge_bylines
from tests.page_checks import PAGES, PINGHU, heads, layout
from tests.page_checks import strict_edition_of as edition_of

PAGE_116 = PAGES / "116_jiaxing_pinghu_2025-01-07.txt"
PAGE_117 = PAGES / "117_jiaxing_pinghu_2025-01-14.txt"
PAGE_118 = PAGES / "118_jiaxing_pinghu_2025-01-21.txt"


# ------------------------------------------------------------------ 116: five stories, two photos


def test_page_116_layout_and_heads() -> None:
    e = edition_of(PAGE_116)
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands) == PINGHU
    assert e.date == "2025-01-07"
    assert layout(e) == [
        ("article", 19, 34),
        ("article", 36, 44),
        ("photo", 46, 48),
        ("article", 50, 52),
        ("article", 54, 61),
        ("article", 63, 67),
        ("photo", 69, 73),
        ("advertisement", 75, 78),
        ("notice", 80, 80),
        ("weather", 82, 82),
    ]
    assert heads(e) == [
        # kicker of two matched phrases, headline, deck; three correspondents, one name padded
        (
            "坚持项目为王狠抓有效投资",
            "我市37个重大项目集中签约",
            "总投资达215.6亿元，涉及高端装备、新材料等领域",
            Byline(reporters=("胡佳英",), correspondents=("彭凯军", "沈杰", "陆晓燕")),
            "本报讯",
            3,
        ),
        # a question mark and quotes in the headline; the body opens under the byline, no 本报讯
        (None, "垃圾分类做得好不好？“积分”说了算", None, Byline(reporters=("冯思家",)), None, 2),
        # a headline and one paragraph closed by (记者 …)
        (None, "市图书馆新增24小时自助借还点", None, Byline(reporters=("华婷婷",)), "本报讯", 1),
        # a colon and quotes in the headline
        (
            None,
            "独山港镇：“海上风电”点亮绿色发展路",
            None,
            Byline(reporters=("吴振浩",), correspondents=("倪颖",)),
            "本报讯",
            2,
        ),
        # no byline, no 本报讯: a head over a lead that says when (近日，…), under an open story
        (None, "我市新增3家省级未来乡村", None, None, None, 1),
    ]


def test_page_116_column_breaks_photos_ad() -> None:
    e = edition_of(PAGE_116)
    projects, points, _, wind, villages = e.articles()
    assert "“选择平湖，看中的是这里的产业配套和营商环境。”项目负责人王建新说。" in projects.paragraphs[1]
    assert points.paragraphs[0].startswith("“这个月我家又攒了120分，可以换一桶油了。”昨天一早，")
    assert "积分可在“绿色积分超市”兑换米、油、洗衣液等。" in points.paragraphs[1]
    assert wind.paragraphs[1].endswith("去年实现产值23.6亿元，同比增长31.2%。")
    assert villages.paragraphs == (
        "近日，省农业农村厅公布2024年度未来乡村创建名单，我市广陈镇山塘村、新埭镇鱼圻塘村、"
        "曹桥街道百寿村榜上有名。",
    )
    assert e.items[2] == Photo(
        "p1-03",
        SourceLines(1, 46, 48),
        # 本报记者 … 摄 at the end of the caption line, no ■摄影 line
        caption="昨天，平湖迎来难得的晴好天气，不少市民来到东湖景区散步、拍照，享受冬日暖阳。",
        title="冬日暖阳下的东湖",
        byline=Byline(photographers=("吴振浩",)),
    )
    assert e.items[6:] == (
        Photo(
            "p1-07",
            SourceLines(1, 69, 73),
            caption="1月5日，新埭镇泖河村文化礼堂里热闹非凡，村民们跟着非遗传承人学做八宝饭、猪油糕等传统点心。",
            title="新埭镇村民学做“年味”点心",
            byline=Byline(photographers=("李雨婷",)),
        ),
        Advertisement(
            "p1-08",
            SourceLines(1, 75, 78),
            (
                "平湖市安心家政服务中心",
                "月嫂 育儿嫂 保洁 护工 老人陪护",
                "服务热线：85123456 85123457 13905731234",
                "地址：平湖市当湖街道胜利路256号",
            ),
        ),
        Notice("p1-09", SourceLines(1, 80, 80), "友情提醒", "雨雪天气路面湿滑，请减速慢行"),
        Weather(
            "p1-10",
            SourceLines(1, 82, 82),
            "今天阴有小雨，夜里转雨夹雪。明天阴转多云，偏北风4到5级。今天白天最高气温6℃，明天早晨最低气温-1℃。",
        ),
    )


# ------------------------------------------------------------------ 117: two long stories


def test_page_117() -> None:
    e = edition_of(PAGE_117)
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands, e.date) == (*PINGHU, "2025-01-14")
    assert layout(e) == [("article", 19, 35), ("article", 37, 53), ("notice", 55, 55), ("weather", 57, 57)]
    assert heads(e) == [
        # kicker, headline, ——deck; two reporters on the byline and one of them again in
        # (记者 …) under the body: named once
        (
            "新春走基层",
            "“年货大集”里的烟火气",
            "——平湖各地新春市场见闻",
            Byline(reporters=("李雨婷", "华婷婷")),
            "本报讯",
            4,
        ),
        # the byline inside the dateline; ■摄影 alone under the story credits its pictures
        (
            None,
            "我市发布2025年十大民生实事项目",
            None,
            Byline(reporters=("冯思家",), correspondents=("陆平",), photographers=("王强", "陈明远")),
            "本报讯",
            6,
        ),
    ]
    market, projects = e.articles()
    assert (
        "推销自家种的草莓和芦笋。“直播一场能卖出去200多单，比守着摊位效率高多了。”张伟说。"
        in (market.paragraphs[2])
    )
    assert (
        market.paragraphs[3]
        == "据市商务局统计，春节前夕，全市共开设年货市场、展销会等活动23场，预计带动消费超1.2亿元。"
    )
    assert projects.paragraphs[1:] == (
        "根据安排，今年我市将重点实施以下项目：",
        "1.新建、改扩建中小学和幼儿园6所，新增学位3600个；",
        "2.新增城乡社区嵌入式养老服务点20个；",
        "3.改造提升农村公路50公里，新辟、优化公交线路8条。",
        # a column break left 获得感。 alone above the credit: it ends the sentence, not a caption
        "市政府办相关负责人表示，将建立项目推进“一月一通报”机制，确保各项实事年底前全部完成，"
        "让群众有实实在在的获得感。",
    )
    assert e.items[2:] == (
        Notice("p1-03", SourceLines(1, 55, 55), "友情提醒", "年货选购请认准正规渠道，注意食品安全"),
        Weather(
            "p1-04",
            SourceLines(1, 57, 57),
            "今天多云到晴。明天晴转多云，东北风3到4级。今天白天最高气温9℃，明天早晨最低气温1℃。",
        ),
    )


# ------------------------------------------------------------------ 118: six stories, a 平湖新闻 column


def test_page_118_heads() -> None:
    e = edition_of(PAGE_118)
    assert (e.newspaper, e.newspaper_en, e.edition, e.brands, e.date) == (*PINGHU, "2025-01-21")
    assert layout(e) == [
        ("article", 19, 26),
        ("article", 28, 35),
        ("article", 37, 39),
        ("article", 41, 45),
        ("article", 47, 49),
        ("article", 51, 53),
        ("qr_prompt", 55, 55),
        ("advertisement", 57, 60),
        ("notice", 62, 62),
        ("weather", 64, 64),
    ]
    assert heads(e) == [
        # a kicker set solid over the headline that tells the event: not one wrapped headline
        (
            "凝心聚力谋发展",
            "市政协十三届五次会议开幕",
            None,
            Byline(reporters=("华婷婷", "冯思家")),
            "本报讯",
            2,
        ),
        # a question and a quotation in one headline; the body is a quotation under the byline
        (
            None,
            "企业开办还能再快吗？我市推出“一件事”集成服务",
            None,
            Byline(reporters=("胡佳英",), correspondents=("沈杰",)),
            None,
            2,
        ),
        (
            None,
            "“老娘舅”调解室里的暖心事",
            None,
            Byline(reporters=("吴振浩",), correspondents=("钱丽",)),
            "本报讯",
            1,
        ),
        # 平湖新闻: the column's name is the first brief's kicker; each brief is its own story
        ("平湖新闻", "新仓镇开展冬季消防安全检查", None, Byline(correspondents=("钱丽",)), "本报讯", 1),
        # the column's name is the kicker of every brief under it (issue 10)
        ("平湖新闻", "曹桥街道举办迎新春书法义写活动", None, Byline(correspondents=("顾佳怡",)), "本报讯", 1),
        ("平湖新闻", "市妇保院开展“两癌”免费筛查", None, Byline(reporters=("冯思家",)), None, 1),
    ]


def test_page_118_briefs_ad_bottom() -> None:
    e = edition_of(PAGE_118)
    briefs = e.articles()[3:]
    assert [a.paragraphs for a in briefs] == [
        (
            "近日，新仓镇组织安监、消防等部门，对辖区内企业、出租房开展冬季消防安全大检查，共排查隐患36处，已全部督促整改。",
        ),
        ("1月19日，曹桥街道邀请市书法家协会会员走进百寿村，为村民义写春联、福字500余幅。",),
        ("1月以来，市妇幼保健院为全市农村适龄妇女开展“两癌”免费筛查，截至目前已筛查1200余人。",),
    ]
    assert e.items[6:] == (
        QrPrompt("p1-07", SourceLines(1, 55, 55), "扫一扫 看视频"),
        Advertisement(
            "p1-08",
            SourceLines(1, 57, 60),
            (
                "平湖市东湖驾驶培训有限公司",
                "学车就选东湖驾校",
                "报名热线：85281234 85285678",
                "咨询电话：13857391234 13957392345",
            ),
        ),
        Notice("p1-09", SourceLines(1, 62, 62), "友情提醒", "春运期间出行人多，请注意防范扒窃"),
        Weather(
            "p1-10",
            SourceLines(1, 64, 64),
            "今天多云。明天晴到多云，西北风3级。今天白天最高气温10℃，明天早晨最低气温0℃。",
        ),
    )


# ------------------------------------------------------------------ the rules, on text of their own


def _articles(text: str) -> list[Article]:
    return [i for i in parse_page(text).items if isinstance(i, Article)]


def test_a_name_on_the_byline_and_again_after_the_body_is_named_once() -> None:
    top = Byline(reporters=("王强", "李四"), correspondents=("赵六",))
    assert merge_bylines(top, Byline(reporters=("李四",), correspondents=("钱七",))) == Byline(
        reporters=("王强", "李四"), correspondents=("赵六", "钱七")
    )


def test_a_line_that_tells_the_event_is_a_headline_but_a_wrapped_one_still_joins() -> None:
    solid = "\n红色引擎强根基\n全市村社组织换届工作启动\n\n■记者 王强\n\n本报讯 昨天，换届工作启动。\n"
    (article,) = _articles(solid)
    assert (article.kicker, article.headline, article.subheadline) == (
        "红色引擎强根基",
        "全市村社组织换届工作启动",
        None,
    )
    # a headline that needs its second line (…建成 / “一网通办”服务中心) still joins
    wrapped = "\n新埭镇建成\n“一网通办”服务中心\n\n■记者 王强\n\n本报讯 昨天，中心投用。\n"
    (article,) = _articles(wrapped)
    assert (article.kicker, article.headline) == (None, "新埭镇建成“一网通办”服务中心")


def test_a_short_caption_after_a_finished_story_stays_a_photo() -> None:
    text = "平湖入选名单\n\n■记者 李雨婷\n\n本报讯 昨天，平湖成功入选。\n\n东湖晨景。\n\n■摄影 王强\n"
    article, photo = parse_page(text).items
    assert article.paragraphs == ("昨天，平湖成功入选。",)
    assert photo == Photo(
        "p1-02", SourceLines(1, 7, 9), caption="东湖晨景。", byline=Byline(photographers=("王强",))
    )


def test_a_column_of_briefs_under_a_name_ending_in_dongtai() -> None:
    text = (
        "乡镇动态\n\n广陈镇开展冬季送温暖活动\n\n本报讯 近日，广陈镇走访慰问困难群众120户。(通讯员 钱丽)\n\n"
        "林埭镇举办农民丰收节\n\n本报讯 昨天，林埭镇举办农民丰收节。(通讯员 陆平)\n"
    )
    first, second = _articles(text)
    assert (first.kicker, first.headline, second.kicker, second.headline) == (
        "乡镇动态",
        "广陈镇开展冬季送温暖活动",
        "乡镇动态",
        "林埭镇举办农民丰收节",
    )
