"""The structuring stage on pages of other papers and layouts (tests/pages/104-108), asserted exactly.

Each page brings shapes the seed does not show: a dated masthead with the lunar date and desk
credits, an editor's note, a story without a byline right after another one, a commentary
signed 本报评论员, ▲ captions, a weather box, columns of briefs (【head】text and short heads),
a titled notice with its signature, a classified ad, an interview, 文/图 credits, wire copy.
The nothing-is-lost accounting runs on these pages too (test_structure.py, over tests/pages).
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
    SourceLines,
    Subhead,
    Weather,
)
from publisher.reader import parse_page
from tests.page_checks import PAGES, heads
from tests.page_checks import strict_edition_of as edition_of

PAGE_104 = PAGES / "104_huzhou_daily_front_2024-12-03.txt"
PAGE_105 = PAGES / "105_qianjiang_evening_city_2023-06-12.txt"
PAGE_106 = PAGES / "106_haining_daily_feature_2024-05-20.txt"
PAGE_107 = PAGES / "107_anji_county_news_2024-09-10.txt"
PAGE_108 = PAGES / "108_jiaxing_daily_economy_2024-12-05.txt"


# ------------------------------------------------------------------ 104: city daily front page


def test_page_104_masthead_with_lunar_date_and_desk_lines() -> None:
    e = edition_of(PAGE_104)
    assert (e.newspaper, e.newspaper_en, e.edition, e.date, e.brands) == (
        "湖州日报",
        "HUZHOU DAILY",
        None,  # 第1版 is the page's number, not an edition
        "2024-12-03",
        (),
    )
    assert e.pages == (PageInfo(1, "第1版", "要闻"),)
    assert e.items[:3] == (
        Notice("p1-01", SourceLines(1, 9, 9), "出版信息", "今日8版"),
        Notice("p1-02", SourceLines(1, 11, 11), "出版信息", "国内统一连续出版物号 CN33-0011"),
        Notice("p1-03", SourceLines(1, 15, 15), "责任编辑", "沈洁"),
    )


def test_page_104_items() -> None:
    e = edition_of(PAGE_104)
    assert [(i.type, i.source.first, i.source.last) for i in e.items] == [
        ("notice", 9, 9),
        ("notice", 11, 11),
        ("notice", 15, 15),
        ("article", 17, 38),
        ("article", 40, 42),
        ("article", 44, 48),
        ("article", 50, 58),
        ("photo", 60, 60),
        ("photo", 62, 62),
        ("weather", 64, 70),
        ("article", 72, 76),
    ]
    assert heads(e) == [
        (
            "奋进新征程建功新时代",
            "全市重大项目集中开工",
            "总投资286.4亿元，涉及先进制造、基础设施、社会民生等领域",
            Byline(reporters=("钱佳", "朱梦娇"), correspondents=("吴浩",)),
            "本报讯",
            5,
        ),
        # no byline, right after the story above: its lead says when, so it is a story
        (None, "市民营经济发展大会召开", None, None, None, 1),
        (None, "南浔古镇入选全国首批“文旅消费新场景”", None, Byline(reporters=("孙倩",)), "本报讯", 2),
        (
            None,
            "以“项目为王”的干劲跑出发展加速度",
            None,
            Byline(others=(Credit("本报评论员", ()),)),
            None,
            2,
        ),
        (None, "今日导读", None, None, None, 2),
    ]
    lead, meeting, town, commentary, guide = e.articles()
    assert lead.standfirst == (
        "岁末年初，项目建设正酣。本报即日起开设“项目攻坚百日行”专栏，聚焦重大项目一线，敬请关注。"
    )
    assert lead.paragraphs[1].endswith(
        "“从签约到开工只用了4个月，湖州的办事效率让我们很有信心。”项目负责人刘建国说。"
    )
    # the 相关链接 box stays with its story, under its label
    assert lead.paragraphs[3:] == (
        "相关链接",
        "截至11月底，全市累计开工省市县长项目工程156个，完成投资412.6亿元，投资完成率达103.2%，居全省前列。",
    )
    assert meeting.paragraphs[0].startswith("12月2日下午，全市民营经济发展大会召开")
    assert town.continuation == ("下转第2版",)
    assert town.paragraphs[0].startswith("记者昨日从市文广旅体局获悉")
    assert commentary.paragraphs[1].endswith("以更优服务护航项目建设，让更多项目早落地、早投产、早见效。")
    assert guide.paragraphs == (
        "▶ 我市出台支持民营经济高质量发展20条 2版",
        "▶ 湖州港集装箱吞吐量创新高 3版",
    )


def test_page_104_captions_and_weather_box() -> None:
    e = edition_of(PAGE_104)
    assert e.items[7:10] == (
        Photo(
            "p1-08",
            SourceLines(1, 60, 60),
            caption="12月2日，工人在新能源汽车零部件产业园项目现场作业。",
            byline=Byline(photographers=("钱佳",)),
        ),
        Photo(
            "p1-09",
            SourceLines(1, 62, 62),
            caption="南浔古镇夜景。",
            byline=Byline(photographers=("沈建华",)),
        ),
        Weather(
            "p1-10",
            SourceLines(1, 64, 70),
            "天气预报\n今天 多云转阴 6～14℃ 东北风3级\n明天 阴有小雨 5～11℃ 北风3到4级\n空气质量 良",
        ),
    )


# ------------------------------------------------------------------ 105: evening paper city page


def test_page_105_items() -> None:
    e = edition_of(PAGE_105)
    assert (e.newspaper, e.newspaper_en, e.edition, e.date) == (
        "钱江晚报",
        "QIANJIANG EVENING NEWS",
        None,
        "2023-06-12",
    )
    assert e.pages == (PageInfo(1, "A5", "城事"),)
    assert [(i.type, i.source.first, i.source.last) for i in e.items] == [
        ("notice", 9, 9),
        ("article", 11, 19),
        ("article", 21, 23),
        ("article", 25, 25),
        ("article", 27, 27),
        ("article", 29, 33),
        ("article", 35, 37),
        ("notice", 39, 41),
        ("advertisement", 43, 51),
        ("notice", 53, 53),
    ]
    assert e.items[0] == Notice("p1-01", SourceLines(1, 9, 9), "本版编辑", "陈默，美编：林小雨，校对：郑好")
    assert heads(e) == [
        (
            None,
            "老小区加装电梯“楼道议事会”来拍板",
            None,
            Byline(reporters=("王蕾",), correspondents=("何婷",)),
            None,
            3,
        ),
        ("城事速递", "西湖景区端午期间实行交通管制", None, None, None, 1),
        # the column's name is the kicker of every brief under it (issue 10)
        ("城事速递", "杭州新增3条定制公交线路", None, None, None, 1),
        ("城事速递", "运河边新添一处口袋公园", None, None, None, 1),
        ("简讯", "滨江区举办夏季招聘会", None, None, None, 1),
        ("简讯", "上城区开展防汛应急演练", None, None, None, 1),
    ]
    council, *briefs = e.articles()
    # ASCII quotes curl; the column break inside 87台, / 化解 is rejoined
    assert council.paragraphs[0].startswith(
        "“电梯装不装，装在哪里，费用怎么分，大家坐下来一起商量。”6月10日晚上"
    )
    assert council.paragraphs[1] == (
        "这是该街道推出的“楼道议事会”。去年以来，街道已召开楼道议事会230余场，推动加装电梯87台，化解邻里矛盾46起。"
    )
    assert [b.paragraphs[0] for b in briefs[:3]] == [
        "6月22日至24日，西湖景区环湖区域将实行单双号限行，请市民游客提前规划出行。",
        "即日起，杭州公交集团开通3条通勤定制公交线路，市民可通过“杭州公交”APP预约乘坐。",
        "位于大关桥东侧的口袋公园近日建成开放，面积约1200平方米。",
    ]
    assert e.items[7:] == (
        Notice(
            "p1-08",
            SourceLines(1, 39, 41),
            "遗失启事",
            "杭州某某贸易有限公司遗失公章一枚，编号3301050012345，声明作废。",
        ),
        Advertisement(
            "p1-09",
            SourceLines(1, 43, 51),
            (
                "招 聘",
                "某物业公司招聘保安、保洁若干名，",
                "年龄55周岁以下，待遇面议。",
                "联系电话：0571-88881234 139 0571 2345",
                "网址：www.hzwy-example.cn",
            ),
        ),
        Notice("p1-10", SourceLines(1, 53, 53), "温馨提示", "近期气温较高，请市民做好防暑降温。"),
    )


# ------------------------------------------------------------------ 106: county paper feature page


def test_page_106_feature_with_interview_and_boxes() -> None:
    e = edition_of(PAGE_106)
    assert (e.newspaper, e.edition, e.date) == ("海宁日报", None, "2024-05-20")
    # the imprint and the desk's credits at the foot are page furniture (the blind rounds'
    # convention): the page's imprint, no item
    assert e.pages == (
        PageInfo(
            1,
            "第7版",
            "潮乡周刊",
            imprint=("邮发代号：31-128 广告热线：0573-87012345", "责任编辑：周 敏 版式：王 晶"),
        ),
    )
    assert [(i.type, i.source.first, i.source.last) for i in e.items] == [
        ("article", 9, 49),
        ("photo", 51, 53),
        ("photo", 55, 55),
    ]
    (feature,) = e.articles()
    # the editor's note printed above the head belongs to the story it introduces
    assert feature.standfirst == (
        "在我市，有这样一群人，他们守着老手艺，也在寻找新出路。本期起，本报推出“潮乡匠人”系列报道，走近他们的故事。"
    )
    assert (feature.kicker, feature.headline, feature.subheadline) == (
        "潮乡匠人",
        "一把竹刀三十年坚守",
        "——记市级非遗项目传承人沈建华",
    )
    # □文/本报记者 … 图/通讯员 …: the 图 side took the pictures
    assert feature.byline == Byline(reporters=("陆一鸣",), photographers=("许诺",))
    p = feature.paragraphs
    assert feature.subheads == (
        Subhead("从“养家糊口”到“非遗传承”", 2),
        Subhead("对话匠人", 4),
        Subhead("从“手艺”到“产业”", 8),
    )
    assert len(p) == 12
    assert p[0].endswith("墙上挂着各式竹编作品：果篮、花瓶、屏风……每一件都透着精巧。")
    # the interview: short questions are paragraphs, not heads of new stories
    assert p[4:8] == (
        "记者：现在还有年轻人愿意学吗？",
        "沈建华：比以前多了。去年来了两个大学生，一个学设计的，一个学电商的。他们帮我把竹编做成文创产品，在网上卖得很好。",
        "记者：您最大的心愿是什么？",
        "沈建华：希望有一天，走进海宁的每一所学校，都有孩子会编竹篮。",
    )
    assert p[10] == "延伸阅读"  # a box's label stays with its text
    assert e.items[1:] == (
        Photo(
            "p1-02",
            SourceLines(1, 51, 53),
            caption="沈建华在工作室编织竹篮。",
            byline=Byline(photographers=("许诺",), others=(Credit("文", ("陆一鸣",)),)),
        ),
        Photo(
            "p1-03",
            SourceLines(1, 55, 55),
            caption="沈建华（右）指导学生编织。",
            byline=Byline(photographers=("许诺",)),
        ),
    )


# ------------------------------------------------------------------ 107: county paper news page


def test_page_107_items() -> None:
    e = edition_of(PAGE_107)
    # a county paper named …新闻 above its page's section (县域)
    assert (e.newspaper, e.edition, e.date) == ("安吉新闻", None, "2024-09-10")
    assert e.pages == (PageInfo(1, "第2版", "县域"),)
    assert [(i.type, i.source.first, i.source.last) for i in e.items] == [
        ("notice", 7, 7),
        ("article", 9, 25),
        ("article", 27, 29),
        ("article", 31, 33),
        ("photo", 35, 41),
        ("photo", 43, 45),
        ("article", 47, 57),
        ("notice", 59, 65),
    ]
    assert e.items[0] == Notice("p1-01", SourceLines(1, 7, 7), "本版编辑", "吴晓燕")
    assert heads(e) == [
        (
            None,
            "白茶产业链延伸出“新赛道”",
            None,
            Byline(reporters=("潘婷",), correspondents=("章程",), others=(Credit("全媒体记者", ()),)),
            "本报讯",
            6,
        ),
        (None, "孝丰镇启动秋季征兵体检", None, None, None, 1),
        (
            None,
            "天荒坪镇“共享菜园”开园",
            None,
            Byline(reporters=("王芳",), others=(Credit("全媒体记者", ()),)),
            None,
            1,
        ),
        (None, "有问必答", None, None, None, 5),
    ]
    tea, _, _, answers = e.articles()
    # 一、 headings stay apart from the text under them; 增收 / 2.3亿元 is rejoined
    assert tea.paragraphs[2:5] == (
        "一、做强龙头企业",
        "县农业农村局相关负责人介绍，全县已培育白茶省级农业龙头企业11家，带动茶农增收2.3亿元。",
        "二、做优公共品牌",
    )
    assert tea.continuation == ("紧转第3版",)
    assert answers.paragraphs[-1] == "（县医保局供稿）"
    assert e.items[4:6] == (
        Photo(
            "p1-05",
            SourceLines(1, 35, 41),
            caption="9月8日，山川乡的竹农正在采收毛竹。今年全乡毛竹产量预计达180万株。",
            title="竹林里的“秋收”",
            byline=Byline(photographers=("许诺",)),
        ),
        Photo(
            "p1-06",
            SourceLines(1, 43, 45),
            caption="9月7日，递铺街道的种粮大户利用无人机为晚稻施肥。",
            title="稻田里的无人机",
            byline=Byline(photographers=("金晨",)),
        ),
    )
    # a titled notice keeps its signature and date (the date is not taken for the masthead)
    assert e.items[-1] == Notice(
        "p1-08",
        SourceLines(1, 59, 65),
        "声明",
        "因工作需要，原定于9月15日举行的县第三届农民运动会延期举行，具体时间另行通知。\n"
        "安吉县农民运动会组委会\n2024年9月10日",
    )


# ------------------------------------------------------------------ 108: economy page


def test_page_108_items() -> None:
    e = edition_of(PAGE_108)
    assert (e.newspaper, e.edition, e.date) == ("嘉兴日报", None, "2024-12-05")
    assert e.pages == (PageInfo(1, "第3版", "经济"),)
    assert [(i.type, i.source.first, i.source.last) for i in e.items] == [
        ("notice", 7, 7),
        ("article", 9, 13),
        ("article", 15, 23),
        ("article", 25, 25),
        ("article", 27, 29),
        ("article", 31, 33),
        ("article", 35, 43),
        ("advertisement", 45, 45),
    ]
    assert e.items[0] == Notice("p1-01", SourceLines(1, 7, 7), "本版责任编辑", "许可，版式：钱程")
    assert heads(e) == [
        (None, "全市前11个月外贸进出口增长9.6%", None, Byline(reporters=("许诺",)), None, 1),
        # ■本报评论员 printed above the head it signs
        (None, "让营商环境成为最好的“招商名片”", None, Byline(others=(Credit("本报评论员", ()),)), None, 2),
        # wire copy below a finished story is a story of its own
        (None, "", None, None, "新华社北京12月4日电", 1),
        (None, "东湖街道举办邻里节", None, None, None, 1),
        (None, "嘉兴港前11个月吞吐量增长8%", None, None, None, 1),
        (
            None,
            "市场监管局提醒：网购年货需谨慎",
            None,
            Byline(reporters=("李明",), others=(Credit("整理", ()),)),
            None,
            3,
        ),
    ]
    continued, commentary, wire, _, _, advice = e.articles()
    assert continued.continuation == ("紧接第1版",)
    assert continued.paragraphs[0].startswith("其中，出口2105.6亿元，增长11.2%；")
    assert commentary.paragraphs[0].endswith(
        "企业开办实现“一日办结”，工程建设项目审批时间压缩至40个工作日以内。"
    )
    assert wire.paragraphs[0].startswith("国家统计局4日发布数据显示，11月份制造业采购经理指数（PMI）为50.3%")
    assert advice.paragraphs[1:] == ("1.选择正规平台，不轻信低价链接；", "2.保留交易凭证，发生纠纷及时投诉。")
    assert e.items[-1] == Advertisement("p1-08", SourceLines(1, 45, 45), ("投诉举报电话：12315",))


# ------------------------------------------------------------------ shapes the pages above do not show


def test_a_subhead_is_not_taken_for_a_new_story() -> None:
    text = (
        "老街换新颜\n\n■记者 王强\n\n本报讯 近日，老街改造完工。\n\n"
        "从“脏乱差”到“网红街”\n\n改造前，这里路面坑洼。\n\n"
        "居民说了算\n\n改造方案征求了居民意见。\n"
    )
    (article,) = parse_page(text).items
    assert isinstance(article, Article)
    assert article.paragraphs == (
        "近日，老街改造完工。",
        "改造前，这里路面坑洼。",
        "改造方案征求了居民意见。",
    )
    assert article.subheads == (Subhead("从“脏乱差”到“网红街”", 1), Subhead("居民说了算", 2))


def test_a_bare_date_below_the_masthead_is_not_masthead() -> None:
    text = (
        "嘉兴日报\n\n2024年9月10日\n\n启 事\n\n本报编辑部地址迁至中山路1号。\n\n嘉兴日报社\n\n2024年9月9日\n"
    )
    parsed = parse_page(text)
    assert parsed.masthead.date == "2024-09-10"
    assert parsed.items == (
        Notice(
            "p1-01", SourceLines(1, 5, 11), "启事", "本报编辑部地址迁至中山路1号。\n嘉兴日报社\n2024年9月9日"
        ),
    )


def test_boxes_in_a_story_news_about_a_notice_and_a_signed_notice() -> None:
    text = (
        "冬季用电安全要注意\n\n■记者 王强\n\n本报讯 近日,市供电公司提醒市民注意冬季用电安全。\n\n"
        "【小贴士】使用电暖器时,不要在上面覆盖衣物。\n\n"
        "市政府发布通告\n\n12月1日,市政府发布通告,明确春节期间烟花爆竹禁放区域。\n\n"
        "停电公告\n\n因线路检修,12月8日8:00至17:00,城南片区将停电。\n\n国网平湖市供电公司\n"
    )
    story, news, notice = parse_page(text).items
    assert isinstance(story, Article) and isinstance(news, Article)
    assert story.paragraphs == (
        "近日，市供电公司提醒市民注意冬季用电安全。",
        "小贴士",
        "使用电暖器时，不要在上面覆盖衣物。",
    )
    assert (news.headline, news.paragraphs) == (
        "市政府发布通告",
        ("12月1日，市政府发布通告，明确春节期间烟花爆竹禁放区域。",),
    )
    assert notice == Notice(
        "p1-03",
        SourceLines(1, 13, 17),
        "停电公告",
        "因线路检修，12月8日8:00至17:00，城南片区将停电。\n国网平湖市供电公司",
    )


# ------------------------------------------------------------------ 109: national daily, photo set


def test_page_109_photo_set_and_wire_style_datelines() -> None:
    e = edition_of(PAGES / "109_peoples_daily_photos_2024-12-04.txt")
    assert (e.newspaper, e.edition, e.date) == ("人民日报", None, "2024-12-04")
    assert e.pages == (PageInfo(1, "第4版", "要闻"),)
    assert [(i.type, i.source.first, i.source.last) for i in e.items] == [
        ("photo", 7, 13),
        ("article", 15, 15),
        ("article", 17, 25),
    ]
    # one title, numbered captions, one credit under them all: one photo item
    assert e.items[0] == Photo(
        "p1-01",
        SourceLines(1, 7, 13),
        caption="图①：12月3日，江苏省泰州市农民在田间管护小麦。图②：12月3日，安徽省合肥市农民驾驶农机播种油菜。",
        title="冬日田野农事忙",
        byline=Byline(photographers=("张武",)),
    )
    assert heads(e) == [
        (None, "", None, Byline(reporters=("李强",)), "本报北京12月3日电", 1),
        (
            None,
            "科技赋能粮食丰收有底气",
            None,
            # （本报记者 赵 敏 综合）: the reporter who compiled the piece (the golds' reading of
            # a closing compiled sign-off, 4 to 0)
            Byline(reporters=("王浩", "赵敏"), others=(Credit("综合", ()),)),
            None,
            2,
        ),
    ]


def test_a_bracketed_label_inside_a_story_is_not_a_brief() -> None:
    text = (
        "反诈宣传进社区\n\n■记者 王强\n\n本报讯 近日,市公安局在各社区开展反诈宣传活动。\n\n"
        "【案例】今年5月,市民张女士接到自称“客服”的电话,被骗2万元。\n\n"
        "民警提醒,凡是要求转账的都是诈骗。\n\n"
        "【平湖路改造完工】12月1日,平湖路改造工程完工通车。\n"
    )
    story, brief = parse_page(text).items
    assert isinstance(story, Article) and isinstance(brief, Article)
    # (the label run in before its text opens its paragraph as printed)
    assert story.paragraphs[1] == "【案例】今年5月，市民张女士接到自称“客服”的电话，被骗2万元。"
    assert len(story.paragraphs) == 3
    # a bracketed head over a lead that says when: a brief of its own
    assert (brief.headline, brief.paragraphs) == ("平湖路改造完工", ("12月1日，平湖路改造工程完工通车。",))
