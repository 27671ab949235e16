"""City and county pages and their boxes (issue 10, rounds 5-27): notices, QR prompts, forecasts
and columns of briefs, on snippets written for these tests in the style of city and county papers
(invented names, places and figures, no blind page's); each class is a shape that holds on any
paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Notice, QrPrompt, Weather
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_MASTHEAD = """青溪晚报　A06
城事
2026年5月20日　星期三　　责编：周　雯　　美编：林　岚

"""

# ------------------------------------------------------------------ notices


def _parse(body: str) -> tuple[str, tuple]:
    text = _MASTHEAD + body
    parsed = parse_page(text, 1)
    assert_nothing_lost(text, parsed)
    return text, parsed.items


def test_a_notice_naming_its_issuer_on_a_line_of_its_own_opens_the_sentence_under_it() -> None:
    # 清算公告 / 某某有限公司（统一社会信用代码…） / 经股东决定，…: who gives notice, a line short like
    # a head, is the subject of the sentence set solid under it, not a story's headline
    _, items = _parse(
        """清算公告
青溪恒远机械制造有限公司（统一社会信用代码91330000MA2K7Q3X8R）
经股东决定，本公司拟注销，已成立清算组。请债权人自本公告见报之日起
45日内向清算组申报债权。
联系人：陈先生　电话：0576-8831456
青溪恒远机械制造有限公司清算组
2026年5月20日

"""
    )
    assert _layout(items) == [("notice", 5, 11)]
    notice = items[0]
    assert isinstance(notice, Notice) and notice.label == "清算公告"
    assert notice.text.startswith("青溪恒远机械制造有限公司（统一社会信用代码")
    assert notice.text.splitlines()[-1] == "2026年5月20日"


def test_a_notice_title_with_its_file_number_in_brackets_is_a_notice() -> None:
    _, items = _parse(
        """青溪市国有建设用地使用权拍卖出让公告（青自然资告〔2026〕7号）
　　经青溪市人民政府批准，青溪市自然资源局决定以拍卖方式出让一宗国有建设用地使用权，现将有关事项公告如下：
　　地块编号：QX2026-007，土地面积12400平方米，用途为商业用地，起始价1860万元。
青溪市自然资源局
2026年5月20日
"""
    )
    assert _layout(items) == [("notice", 5, 9)]
    notice = items[0]
    assert isinstance(notice, Notice)
    assert notice.label == "青溪市国有建设用地使用权拍卖出让公告（青自然资告〔2026〕7号）"


def test_a_call_for_contributions_closed_by_where_to_send_is_a_notice() -> None:
    # 征集令 (a call as short as its word) and …副刊征稿 closed by 来稿请发送至：… are notices
    _, items = _parse(
        """征集令
“老照片里的青溪”栏目面向读者征集老照片，
请附200字以内的照片故事，
投稿邮箱：qxwb_lzp@example.com

“青溪”副刊征稿
本版常年征集散文、随笔、诗歌等稿件，散文以1500字以内为宜。
来稿请发送至：qxfk@example.com，邮件主题请注明“副刊投稿”。
"""
    )
    assert _layout(items) == [("notice", 5, 8), ("notice", 10, 12)]
    assert [n.label for n in items if isinstance(n, Notice)] == ["征集令", "“青溪”副刊征稿"]


def test_a_headline_ending_like_a_call_with_no_answer_is_a_story() -> None:
    # (no address to send to, no signature: a story about a call, its head and its text)
    _, items = _parse(
        """城市吉祥物征集令
　　5月19日，青溪市文旅局面向社会征集城市吉祥物设计方案，截至目前已收到作品300余件。
"""
    )
    assert _layout(items) == [("article", 5, 6)]


# ------------------------------------------------------------------ QR prompts


def test_a_channel_named_over_its_qr_line_is_the_prompts_first_line() -> None:
    # 青溪发布 / 扫一扫　看更多…: the channel the code opens, set solid over the prompt; and the
    # paper's line to call over 扫码下载…客户端: neither is the story's or the notice's above
    _, items = _parse(
        """●西岭镇：5月18日，西岭镇组织开展防汛应急演练，镇村干部、民兵应急分队等80余人参加。

青溪发布
扫一扫　看更多镇村新鲜事

遗失声明
青溪市东门便利店遗失营业执照副本一份，声明作废。

新闻热线：0576-8830110
扫码下载“青溪”客户端　随手拍爆料
"""
    )
    layout = _layout(items)
    assert layout[1:] == [("qr_prompt", 7, 8), ("notice", 10, 11), ("qr_prompt", 13, 14)]
    prompts = [p for p in items if isinstance(p, QrPrompt)]
    assert prompts[0].text.startswith("青溪发布")


def test_an_ads_phone_over_its_call_to_act_stays_the_ads() -> None:
    # (an ad's phone over 扫码预约看房 is the ad's: only the paper's channel takes its line to call)
    _, items = _parse(
        """青溪·云栖府
城东核心　精装三房　首付20万起
售楼热线：0576-8877666
扫码预约看房
"""
    )
    assert [i.type for i in items] == ["advertisement"]


# ------------------------------------------------------------------ forecasts


def test_a_forecast_told_in_sentences_under_its_heading_and_issuer_is_one_weather_box() -> None:
    _, items = _parse(
        """全省天气
青溪省气象台5月19日17时发布
5月20日08时至21日08时，全省北部有中到大雨，局地暴雨（50～80毫米）；
南部多云到阴，午后有阵雨，最高气温30℃。
雨天路滑，公众出行请注意交通安全。
"""
    )
    assert _layout(items) == [("weather", 5, 9)]


def test_a_forecasts_readings_of_their_own_stay_in_the_box() -> None:
    # the sky on a line of its own over the readings (多云，午后有雷阵雨 / 气温：…), a reading named
    # by where it is for (近海：东海南部东北风5到6级) or led by the day (明天空气质量：良)
    _, items = _parse(
        """今日天气
多云，午后有雷阵雨
气温：25℃～33℃
近海：东海南部东北风5到6级
明天空气质量：良
青溪市气象台发布
"""
    )
    assert _layout(items) == [("weather", 5, 10)]
    weather = items[0]
    assert isinstance(weather, Weather) and weather.text.splitlines()[-1] == "青溪市气象台发布"


# ------------------------------------------------------------------ columns of briefs


def test_a_briefs_text_naming_its_place_again_is_text_not_a_second_head_line() -> None:
    # ●某县某镇：某镇…: in a narrow column the text after the place is short, but it opens on the
    # place's own name again, a sentence's subject: the brief's text, not a head's second phrase
    _, items = _parse(
        """乡镇传真
    ●东河县西岭镇：5月9日，西岭镇1500亩早熟梨
进入套袋期，镇农技站组织技术人员开展田间指导。
    ●南山市石桥街道：石桥街道近日启动湖滨径流区
农田“减肥增效”行动，计划今年推广有机肥6
000亩。（通讯员　方　琳）
    ●北川县白沙镇：白沙镇“三月三”歌会系列活动
将于5月18日举行，届时将开展对山歌等活动。
"""
    )
    briefs = [a for a in items if isinstance(a, Article)]
    assert [(a.kicker, a.headline) for a in briefs] == [
        ("乡镇传真", "东河县西岭镇"),
        ("乡镇传真", "南山市石桥街道"),
        ("乡镇传真", "北川县白沙镇"),
    ]
    assert briefs[1].paragraphs[0].startswith("石桥街道近日启动")
    assert briefs[2].subheadline is None


def test_clauses_set_flush_under_a_marked_head_are_its_text_not_a_deck() -> None:
    # ■head / a long line of clauses cut by the column: the brief's text, and the column's label
    # heads it as it heads the first
    _, items = _parse(
        """体坛速递
■足球：青溪队客场战平
5月17日，省足球联赛第9轮，青溪队客场1:1战平东河队，
积分仍居第三。
■乒乓球：青溪小将晋级八强
在刚刚结束的全省青少年乒乓球锦标赛U15组比赛中，青溪选手林一鸣连胜
三场，晋级男单八强。
"""
    )
    briefs = [a for a in items if isinstance(a, Article)]
    assert [(a.kicker, a.headline, a.subheadline) for a in briefs] == [
        ("体坛速递", "足球：青溪队客场战平", None),
        ("体坛速递", "乒乓球：青溪小将晋级八强", None),
    ]
    assert briefs[1].paragraphs == (
        "在刚刚结束的全省青少年乒乓球锦标赛U15组比赛中，青溪选手林一鸣连胜三场，晋级男单八强。",
    )


# ------------------------------------------------------------------ a county paper's masthead


def test_a_county_paper_named_today_and_its_place_is_the_paper_not_a_section() -> None:
    # 今日某某 beside the page's section, on its own line or on one line with the section, the
    # date and the page's label: the paper's name
    for top in (
        "05\n乡　镇\n今日青溪\n2026年5月20日　星期三\n",
        "今日青溪　　2026年5月20日　星期三　　第5版　　乡镇·社区\n",
        "今日青溪\nJINRI QINGXI\n2026年5月20日　星期三　　第5版\n",
    ):
        text = (
            top + "\n西岭镇新建口袋公园5处\n　　5月18日，西岭镇5处口袋公园全部完工，新增绿地1.2万平方米。\n"
        )
        masthead = parse_page(text, 1).masthead
        assert masthead.newspaper == "今日青溪", top
        assert masthead.section in ("乡镇", "乡镇·社区", None), top


def test_a_column_named_today_under_a_named_paper_stays_the_section() -> None:
    masthead = parse_page(
        "青溪日报\n2026年5月20日　星期三\n要闻\n今日关注\n\n正文标题\n　　5月19日，某某。\n", 1
    ).masthead
    assert masthead.newspaper == "青溪日报"


# ------------------------------------------------------------------ furniture mid-page and at the foot


def test_the_running_head_with_the_edition_printed_again_mid_page_is_furniture() -> None:
    text = """嘉禾日报 青溪版
2026年10月14日　星期三
第3版　社会

老人迷路街头　的哥护送回家
　　本报讯（通讯员 沈 帆）10月9日晚，出租车驾驶员陆师傅发现一名老人独自徘徊，联系民警将其送回家中。
嘉禾日报·青溪版　2026年10月14日　3
急救课进社区
　　本报讯　10月11日下午，东湖社区30多位老人练习心肺复苏按压。
"""
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 5, 6), ("article", 8, 9)]
    assert_nothing_lost(text, parsed)


def test_the_newsrooms_lines_at_the_pages_foot_are_furniture_not_a_notices_contact() -> None:
    text = (
        _MASTHEAD
        + """更正
　　本报5月18日第2版《某某》一文中，“12.4万吨”应为“14.2万吨”。特此更正。

新闻热线：0576-8830000　　广告热线：0576-8830888
"""
    )
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("notice", 5, 6)]
    assert 8 in parsed.masthead.lines


def test_a_columns_label_over_a_brief_led_by_its_place_heads_the_first_brief() -> None:
    # 青溪快讯 / 西岭镇　5月18日，…: the place set off by a wide space leads the column's first
    # brief as it leads the next; the label is no head over a second line
    _, items = _parse(
        """青溪快讯
西岭镇　5月18日，西岭镇举办“春风行动”招聘会，40家企业提供岗位
800余个，现场达成意向360人。
石桥街道　石桥街道近日完成辖区老旧小区充电桩改造，新增充电端口900个。
"""
    )
    briefs = [a for a in items if isinstance(a, Article)]
    assert [(a.kicker, a.headline) for a in briefs] == [("青溪快讯", "西岭镇"), ("青溪快讯", "石桥街道")]
    assert briefs[0].paragraphs[0].startswith("5月18日，西岭镇举办")
