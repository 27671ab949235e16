"""Brief columns, notices and weather boxes (issue 10, classes 3, 4 and 5), on snippets written
for these tests in the style of county and city papers (invented text, no blind page's).

A column of briefs prints its label once and a bullet (● ■ ▲ ◆ ★ ◎ □ ○ ·) or a run-in place
lead (某某镇：) before each item; every brief takes the label of its own column as its kicker.
A notice ends at its signature and date; a forecast box ends with the line saying who issued it.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Byline, Item, Notice, Unclassified, Weather
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost


def _items(text: str) -> tuple[Item, ...]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert parsed.warnings == ()
    return parsed.items


def _layout(items: tuple[Item, ...]) -> list[tuple[str, int, int]]:
    return [(i.type, i.source.first, i.source.last) for i in items]


def _briefs(items: tuple[Item, ...]) -> list[tuple[str | None, str, tuple[str, ...], Byline | None]]:
    return [(a.kicker, a.headline, a.paragraphs, a.byline) for a in items if isinstance(a, Article)]


# ------------------------------------------------------------------ class 3: brief columns

_MARKED_COLUMN = """城乡快讯
{m}老街改造工程进入收尾阶段
　　近日，县城老街改造工程完成路面铺设，沿街商铺陆续恢复营业。（记者 许文杰）

{m}东湖湿地观鸟季开启
　　4月5日起，东湖湿地公园开放观鸟栈道，游客可通过小程序免费预约。（记者 宋雨）

{m}县图书馆延长开放时间
　　县图书馆自本月起每周六开放至21时，方便上班族借阅图书。
"""


@pytest.mark.parametrize("mark", list("●■▲◆★◎□○·"))
def test_a_column_label_over_bulleted_heads_is_every_briefs_kicker(mark: str) -> None:
    items = _items(_MARKED_COLUMN.format(m=mark))
    assert _layout(items) == [("article", 1, 3), ("article", 5, 6), ("article", 8, 9)]
    assert _briefs(items) == [
        (
            "城乡快讯",
            "老街改造工程进入收尾阶段",
            ("近日，县城老街改造工程完成路面铺设，沿街商铺陆续恢复营业。",),
            Byline(reporters=("许文杰",)),
        ),
        (
            "城乡快讯",
            "东湖湿地观鸟季开启",
            ("4月5日起，东湖湿地公园开放观鸟栈道，游客可通过小程序免费预约。",),
            Byline(reporters=("宋雨",)),
        ),
        (
            "城乡快讯",
            "县图书馆延长开放时间",
            ("县图书馆自本月起每周六开放至21时，方便上班族借阅图书。",),
            None,
        ),
    ]


def test_bulleted_briefs_are_not_a_set_of_photos_above_a_photo() -> None:
    """Three ▲head / text pairs over a photo's credit: briefs, then one photo."""
    text = _MARKED_COLUMN.format(m="▲") + "\n桃花盛开\n4月6日，游客在果园赏花拍照。\n（李　明　摄）\n"
    items = _items(text)
    assert _layout(items) == [
        ("article", 1, 3),
        ("article", 5, 6),
        ("article", 8, 9),
        ("photo", 11, 13),
    ]


_TWO_COLUMNS = """要闻简讯
■城西新建两座口袋公园

本报讯 城西街道近日建成两座口袋公园，新增绿地3000平方米。（记者 何明）

■全县完成春季植树20万株

本报讯 今年春季全县累计植树20万株，新增造林面积1500亩。（记者 邵云 通讯员 程敏）

乡镇速览

●石桥镇：举办春季招聘会，20家企业提供岗位600余个。

●白沙乡：完成农村道路提档升级12公里。

便民资讯

4月20日起，县政务服务中心周六上午照常办公，可办理社保、公积金等业务。

近日，县医保局开通异地就医备案线上通道，群众可在手机上办理。

日前，县人民医院开设夜间门诊，每晚开放至21时。（记者 许晴）
"""


def test_each_brief_takes_the_label_of_its_own_column() -> None:
    items = _items(_TWO_COLUMNS)
    assert _layout(items) == [
        ("article", 1, 4),
        ("article", 6, 8),
        ("article", 10, 12),
        ("article", 14, 14),
        ("article", 16, 18),
        ("article", 20, 20),
        ("article", 22, 22),
    ]
    kickers = [(a.kicker, a.headline) for a in items if isinstance(a, Article)]
    assert kickers == [
        ("要闻简讯", "城西新建两座口袋公园"),
        ("要闻简讯", "全县完成春季植树20万株"),
        ("乡镇速览", "石桥镇"),
        ("乡镇速览", "白沙乡"),
        # headless briefs: the column's label is the kicker, no headline is made up
        ("便民资讯", ""),
        ("便民资讯", ""),
        ("便民资讯", ""),
    ]
    last = items[-1]
    assert isinstance(last, Article)
    assert last.paragraphs == ("日前，县人民医院开设夜间门诊，每晚开放至21时。",)
    assert last.byline == Byline(reporters=("许晴",))
    assert all(a.byline is None for a in items[4:6] if isinstance(a, Article))


def test_headless_briefs_in_a_column_of_datelines() -> None:
    text = """县城公交新增两条线路
本报讯（记者 方圆）5月1日起，县城新开通公交12路、15路，途经城东新区和高铁站。

一句话新闻

本报讯 县城首条智慧停车示范路段4月18日投用，设置泊位160个。

本报讯 县文化馆春季公益培训班开始报名，开设书法、声乐等8个班。（记者 钟灵）

新华社北京5月5日电 国家林草局5日发布，今年春季全国完成造林4000万亩。
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("article", 4, 6), ("article", 8, 8), ("article", 10, 10)]
    assert [(a.kicker, a.headline, a.dateline) for a in items if isinstance(a, Article)] == [
        (None, "县城公交新增两条线路", "本报讯"),
        ("一句话新闻", "", "本报讯"),
        ("一句话新闻", "", "本报讯"),
        # a wire story printed headless stays in the column too: nothing but a head ends it
        ("一句话新闻", "", "新华社北京5月5日电"),
    ]


def test_run_in_place_leads_without_bullets_under_a_column_label() -> None:
    text = """镇街传真

新仓镇：启动农村人居环境整治月活动，清理沟渠30余公里。

广陈镇：举办草莓采摘节，吸引游客1.2万人次。
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 5)]
    assert _briefs(items) == [
        ("镇街传真", "新仓镇", ("启动农村人居环境整治月活动，清理沟渠30余公里。",), None),
        ("镇街传真", "广陈镇", ("举办草莓采摘节，吸引游客1.2万人次。",), None),
    ]


# ------------------------------------------------------------------ class 5: notices, weather

_COURT_NOTICES = """浙江省平阳县人民法院公告
（2025）浙0326民初2087号
陈某某：本院受理原告温州某某建材有限公司诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本及开庭传票。自本公告发出之日起经过30日即视为送达。
浙江省平阳县人民法院
2025年5月6日

浙江省苍南县人民法院公告
（2025）浙0327执恢45号
林某某：本院执行的申请人周某与你民间借贷纠纷一案，现依法向你公告送达执行通知书。自本公告发出之日起经过30日即视为送达。
浙江省苍南县人民法院
2025年5月6日

县城简讯
■老年大学春季班结业
　　4月30日，县老年大学春季班结业，600余名学员参加汇报演出。
"""


def test_court_notices_in_a_row_each_end_at_their_date() -> None:
    items = _items(_COURT_NOTICES)
    assert _layout(items) == [("notice", 1, 5), ("notice", 7, 11), ("article", 13, 15)]
    first, second = items[0], items[1]
    assert isinstance(first, Notice) and isinstance(second, Notice)
    assert first.label == "浙江省平阳县人民法院公告"
    # the case number stays on a line of its own, above the text; signature and date below it
    assert first.text.split("\n") == [
        "（2025）浙0326民初2087号",
        "陈某某：本院受理原告温州某某建材有限公司诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本及开庭传票。"
        "自本公告发出之日起经过30日即视为送达。",
        "浙江省平阳县人民法院",
        "2025年5月6日",
    ]
    assert second.label == "浙江省苍南县人民法院公告"
    assert second.text.split("\n")[0] == "（2025）浙0327执恢45号"


def test_a_company_notice_titled_with_its_name() -> None:
    text = """温州某某电子科技有限公司减资公告
经本公司股东会决议，公司注册资本由1000万元减少至500万元。请债权人自本公告见报之日起45日内向本公司申报债权。
温州某某电子科技有限公司
2025年5月6日
"""
    (notice,) = _items(text)
    assert isinstance(notice, Notice)
    assert notice.label == "温州某某电子科技有限公司减资公告"
    assert (notice.source.first, notice.source.last) == (1, 4)


def test_news_about_a_notice_is_not_the_notice() -> None:
    """A headline that says an office issued a notice heads a story."""
    text = """县交通运输局发布通告
5月1日起，城区部分路段实行单向通行，请过往车辆按指示牌行驶。（记者 吴丹）
"""
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert story.headline == "县交通运输局发布通告"


def test_an_inline_notice_keeps_its_signature_and_date() -> None:
    text = """更正：本报5月2日第3版《老街夜市开张》一文中，“摊位80个”应为“摊位60个”，特此更正。
本报编辑部
2025年5月6日

温馨提示：5月8日9时至17时，城东片区停水，请居民提前储水。
县自来水公司

都市家居广场
五一大促 全场八折
咨询热线：0577-6366××××
"""
    items = _items(text)
    assert _layout(items) == [("notice", 1, 3), ("notice", 5, 6), ("advertisement", 8, 10)]
    correction, tip = items[0], items[1]
    assert isinstance(correction, Notice) and isinstance(tip, Notice)
    assert correction.label == "更正"
    assert correction.text.split("\n")[1:] == ["本报编辑部", "2025年5月6日"]
    assert tip.text == "5月8日9时至17时，城东片区停水，请居民提前储水。\n县自来水公司"


@pytest.mark.parametrize(
    "issuer", ["温州市气象台", "浙江省气象服务中心", "平阳县气象局", "温州市农业气象中心"]
)
def test_a_weather_box_ends_with_its_issuing_line(issuer: str) -> None:
    text = f"""交通气象
未来24小时全市多云到阴，傍晚起沿海有阵雨，气温16℃～23℃，
高速公路局部路段有团雾，请谨慎驾驶。
{issuer}5月6日17时发布

城东驾校
报名即送学车大礼包
报名电话：0577-6366××××
"""
    items = _items(text)
    assert _layout(items) == [("weather", 1, 4), ("advertisement", 6, 8)]
    weather = items[0]
    assert isinstance(weather, Weather)
    assert weather.text == (
        "交通气象\n未来24小时全市多云到阴，傍晚起沿海有阵雨，气温16℃～23℃，\n"
        f"高速公路局部路段有团雾，请谨慎驾驶。\n{issuer}5月6日17时发布"
    )


# ------------------------------------------------------------------ class 4: no swallowing


def test_an_unclassified_line_does_not_swallow_the_column_or_notice_below() -> None:
    text = """（本版图片由县委宣传部提供）

城乡快讯
◆古镇灯会闭幕
　　4月28日，古镇春季灯会闭幕，累计接待游客8万人次。

更正：本报4月29日第2版“8万人次”应为“9万人次”，特此更正。
本报编辑部
"""
    parsed = parse_page(text)
    assert [(i.type, i.source.first, i.source.last) for i in parsed.items] == [
        ("unclassified", 1, 1),
        ("article", 3, 5),
        ("notice", 7, 8),
    ]
    assert isinstance(parsed.items[0], Unclassified)


def test_a_headed_forecast_may_open_with_any_words_and_credit_its_issuer() -> None:
    text = """旅游气象
预计五一假期全市以多云天气为主，气温15℃～25℃，适宜户外出游。
（温州市气象服务中心提供）

小区物业通知
本小区5月3日起进行外墙清洗，请业主关好门窗。
某某物业服务中心
2025年5月2日
"""
    items = _items(text)
    assert _layout(items) == [("weather", 1, 3), ("notice", 5, 8)]
    weather = items[0]
    assert isinstance(weather, Weather)
    assert weather.text == (
        "旅游气象\n预计五一假期全市以多云天气为主，气温15℃～25℃，适宜户外出游。\n（温州市气象服务中心提供）"
    )


def test_a_notice_titled_about_its_subject_is_a_notice() -> None:
    text = """平阳县公安局交通警察大队关于城区道路临时交通管制的通告
为保障城区供水管网改造施工安全，5月8日至5月20日，对解放街实行临时交通管制，请过往车辆绕行。
平阳县公安局交通警察大队
2025年5月6日
"""
    (notice,) = _items(text)
    assert isinstance(notice, Notice)
    assert notice.label == "平阳县公安局交通警察大队关于城区道路临时交通管制的通告"
    assert notice.text.split("\n")[1:] == ["平阳县公安局交通警察大队", "2025年5月6日"]


def test_every_paragraph_of_a_headless_column_is_a_brief_whatever_its_lead() -> None:
    """Bare paragraphs under 民生速递: no lead word needed, and a sentence cut by a column break
    stays one brief."""
    text = """县城公交新增两条线路
本报讯（记者 方圆）5月1日起，县城新开通公交12路、15路，途经城东新区和高铁站。

民生速递

市卫生健康委提示，春季是花粉过敏高发期，过敏体质市民外出请佩戴口罩。

市图书馆推出“夜读”服务，每周五、周六开放至22时。（记者 叶青）

市交通运输局公布，今年将新开公交线路20条，

重点解决新建小区出行难题。
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("article", 4, 6), ("article", 8, 8), ("article", 10, 12)]
    briefs = _briefs(items)[1:]
    assert [(k, h) for k, h, _, _ in briefs] == [("民生速递", "")] * 3
    assert briefs[1][3] == Byline(reporters=("叶青",))
    assert briefs[2][2] == ("市交通运输局公布，今年将新开公交线路20条，重点解决新建小区出行难题。",)


def test_a_bracketed_notice_title_and_a_box_of_days() -> None:
    """【更正】 over its text is a 更正; each day of a forecast box set solid under the first is
    part of it, and the forecast ends with a full stop before the line that says who issued it."""
    text = """【更正】
本报5月2日第3版《老街夜市开张》一文中，“摊位80个”应为“摊位60个”，特此更正。

周末天气
周六 多云 14～25℃ 东南风2级
周日 小雨 12～20℃ 东风3级
（平阳县气象台发布）
"""
    items = _items(text)
    assert _layout(items) == [("notice", 1, 2), ("weather", 4, 7)]
    correction, weather = items
    assert isinstance(correction, Notice) and correction.label == "更正"
    assert isinstance(weather, Weather)
    assert weather.text == (
        "周末天气\n周六 多云 14～25℃ 东南风2级\n周日 小雨 12～20℃ 东风3级\n（平阳县气象台发布）"
    )


# ------------------------------------------------------------------ round7's classes


@pytest.mark.parametrize("mark", list("●◆★○·"))
def test_bulleted_one_liners_under_a_headless_column_are_each_a_brief(mark: str) -> None:
    text = f"""县城公交新增两条线路
本报讯（记者 方圆）5月1日起，县城新开通公交12路、15路，途经城东新区和高铁站。

一句话新闻

{mark}县政务服务中心即日起推出“延时服务”，工作日延长至19时。

{mark}城南污水处理厂二期工程5月6日通水运行。
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("article", 4, 6), ("article", 8, 8)]
    assert _briefs(items)[1:] == [
        ("一句话新闻", "", ("县政务服务中心即日起推出“延时服务”，工作日延长至19时。",), None),
        ("一句话新闻", "", ("城南污水处理厂二期工程5月6日通水运行。",), None),
    ]


def test_a_place_led_marked_head_over_a_credited_paragraph_is_a_brief_not_a_photo() -> None:
    """■某地：… heads (the mark taken off, the place kept), each over one paragraph closed by a
    writer's credit: briefs of the column, never photos (a photo credit says 摄 or 图)."""
    text = """县域传真
■城关：老旧小区加装电梯38部
5月以来，城关街道已为老旧小区加装电梯38部，惠及居民1100余户。（记者 唐宁）

■白石：万亩茶园开始夏茶采摘
白石镇万亩茶园进入夏茶采摘期，日均采摘鲜叶20吨。（通讯员 谢文）

■青田：高山蔬菜基地喜获丰收
青田镇高山蔬菜基地今年种植面积达3000亩，预计产值2400万元。（记者 唐宁）

荷塘月色
5月20日，游客在城北湿地公园赏荷。
本报记者 唐宁 摄
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 6), ("article", 8, 9), ("photo", 11, 13)]
    assert [(k, h, b) for k, h, _, b in _briefs(items)] == [
        ("县域传真", "城关：老旧小区加装电梯38部", Byline(reporters=("唐宁",))),
        ("县域传真", "白石：万亩茶园开始夏茶采摘", Byline(correspondents=("谢文",))),
        ("县域传真", "青田：高山蔬菜基地喜获丰收", Byline(reporters=("唐宁",))),
    ]


def test_an_about_title_over_points_signed_by_two_bodies_is_one_notice() -> None:
    text = """关于城南大道雨污管网改造期间临时封闭交通的通告
因城南大道雨污管网改造工程施工需要，自2025年7月1日起至8月31日止，对以下路段实施交通管制：
一、城南大道（人民路至湖滨路段）全封闭施工，车辆绕行；
二、湖滨路与城南大道交叉口禁止车辆掉头。
请过往车辆和行人注意绕行。
特此通告。
平阳县公安局交通警察大队
平阳县住房和城乡建设局
2025年6月25日

街头巷尾
老城区的早餐店
本报记者 许晴
清晨六点，城东老街的早餐店已经坐满了客人。
"""
    items = _items(text)
    assert _layout(items) == [("notice", 1, 9), ("article", 11, 14)]
    notice = items[0]
    assert isinstance(notice, Notice)
    assert notice.label == "关于城南大道雨污管网改造期间临时封闭交通的通告"
    assert "二、湖滨路与城南大道交叉口禁止车辆掉头。" in notice.text
    assert notice.text.split("\n")[-3:] == [
        "平阳县公安局交通警察大队",
        "平阳县住房和城乡建设局",
        "2025年6月25日",
    ]


@pytest.mark.parametrize("label", ["公告", "公示", "告知书"])
def test_a_title_over_two_lines_and_a_bare_label_each_begin_a_notice(label: str) -> None:
    """浙江省平阳县人民法院 / 公告: the issuer over the label is one title; a notice dated in
    Chinese numerals ends at that date; the next, headed only by its label, is a notice too."""
    text = f"""浙江省平阳县人民法院
{label}
（2025）浙0326民初3021号
黄某某：本院受理原告某某小额贷款有限公司诉你借款合同纠纷一案，现依法向你公告送达起诉状副本。
浙江省平阳县人民法院
二〇二五年六月十日

{label}
（2025）浙0326民初3177号
郑某：本院受理原告林某诉你民间借贷纠纷一案，现依法向你公告送达开庭传票。自公告之日起经过30日即视为送达。
浙江省平阳县人民法院
2025年6月10日
"""
    items = _items(text)
    assert _layout(items) == [("notice", 1, 6), ("notice", 8, 12)]
    first, second = items
    assert isinstance(first, Notice) and isinstance(second, Notice)
    assert (first.label, second.label) == (f"浙江省平阳县人民法院{label}", label)
    assert first.text.split("\n")[0] == "（2025）浙0326民初3021号"
    assert first.text.split("\n")[-1] == "二〇二五年六月十日"
    assert second.text.split("\n")[-2:] == ["浙江省平阳县人民法院", "2025年6月10日"]


def test_a_qr_prompt_takes_the_phrase_under_it_and_the_photo_below_starts_at_its_title() -> None:
    text = """城东新开一座口袋公园
本报讯（记者 方圆）5月6日，城东街道建成一座口袋公园，新增绿地1200平方米。

扫码报名
“夏日读书会”

荷塘月色
5月20日，游客在城北湿地公园赏荷。
（平阳日报记者 唐宁 摄）

扫一扫
看更多平阳新闻
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("qr_prompt", 4, 5), ("photo", 7, 9), ("qr_prompt", 11, 12)]
    assert items[1].text == "扫码报名：“夏日读书会”"  # type: ignore[union-attr]


def test_a_qr_prompt_over_a_story_keeps_to_its_own_line() -> None:
    text = """扫码看视频
城东新开一座口袋公园
本报讯（记者 方圆）5月6日，城东街道建成一座口袋公园，新增绿地1200平方米。
"""
    items = _items(text)
    assert _layout(items) == [("qr_prompt", 1, 1), ("article", 2, 3)]


@pytest.mark.parametrize(
    "close", ["详情请登录 www.pingyang.example.com", "详询 县文旅局官方微信", "详情请关注“平阳文旅”公众号"]
)
def test_slogan_lines_closed_by_where_to_learn_more_are_an_ad(close: str) -> None:
    text = f"""城东新开一座口袋公园
本报讯（记者 方圆）5月6日，城东街道建成一座口袋公园，新增绿地1200平方米。

山海平阳 清凉一夏
平阳夏季文旅消费季 系列活动火热进行中
{close}
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("advertisement", 4, 6)]


@pytest.mark.parametrize(
    "prompt",
    ["微信扫一扫 关注平阳发布", "扫描右侧二维码 下载客户端", "识别图中二维码 观看直播", "手机扫码 参与投票"],
)
def test_the_ways_papers_word_a_qr_prompt(prompt: str) -> None:
    text = f"""城东新开一座口袋公园
本报讯（记者 方圆）5月6日，城东街道建成一座口袋公园，新增绿地1200平方米。

{prompt}
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("qr_prompt", 4, 4)]
