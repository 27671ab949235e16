"""Failure classes blind rounds 13 and 17-18 showed in boxes (issue 10): notices that ran into an ad or
were split by one, notices read as stories, one-line photos and captions; weather boxes cut short or
read as ads; a front page's masthead set in two blocks.
Snippets written for these tests in the style of city and county papers (invented names, places and
figures, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Credit, Notice, Photo, Weather
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ a draw's results, then an ad set apart under it

_DRAW_THEN_AD = """青溪体育
◆市青少年游泳锦标赛
12月7日在市游泳馆落幕，东城区代表队获得团体总分第一。

中国福利彩票“双色球”第2025198期开奖公告
红球号码：02　09　14　21　27　33
蓝球号码：11
本期销售额：3.46亿元

白鹭湖温泉度假村　冬季特惠
双人泡池套票　199元
预订电话：0577-6612345
"""


def test_a_draw_results_notice_is_not_swallowed_by_the_ad_under_it() -> None:
    items = _items(_DRAW_THEN_AD)
    assert _layout(items)[1:] == [("notice", 5, 8), ("advertisement", 10, 12)]
    notice = items[1]
    assert isinstance(notice, Notice) and notice.label == "中国福利彩票“双色球”第2025198期开奖公告"
    # each row a line of its own
    assert notice.text.splitlines() == [
        "红球号码：02　09　14　21　27　33",
        "蓝球号码：11",
        "本期销售额：3.46亿元",
    ]
    assert isinstance(items[2], Advertisement)


# ------------------------------------- a notice titled with what it is about, numbered, signed and dated

_EXAM_NOTICE = """校园简讯
●城东中学：12月4日举行冬季长跑比赛，全校1200名师生参加。

青溪市2026年春季中小学教师招聘笔试公告
一、报名时间：2025年12月20日至24日。
二、报名网址：青溪市人事考试网。
三、咨询电话：0576-8812345
青溪市教育局
2025年12月12日
"""


def test_a_long_notice_title_over_numbered_points_signed_and_dated_is_one_notice() -> None:
    items = _items(_EXAM_NOTICE)
    assert _layout(items)[1:] == [("notice", 4, 9)]
    notice = items[1]
    assert isinstance(notice, Notice) and notice.label == "青溪市2026年春季中小学教师招聘笔试公告"
    assert notice.text.splitlines()[-2:] == ["青溪市教育局", "2025年12月12日"]


def test_a_headline_ending_in_a_notice_word_over_a_story_stays_a_story() -> None:
    # the same title shape over prose with no signature or date under it is news
    text = "青溪市2026年春季教师招聘公告发布\n本报讯 昨天，市教育局发布招聘公告，计划招聘教师320名。\n"
    (story,) = _items(text)
    assert isinstance(story, Article)
    text = "全市中小学寒假时间确定的通知解读\n市教育局有关负责人介绍，今年寒假从1月24日开始，共计28天。\n"
    (story,) = _items(text)
    assert isinstance(story, Article)


# ------------------------------------------ an issuer over a notice titled with its subject, two lines

_TWO_LINE_SUBJECT_TITLE = """青溪市住房和城乡建设局
城北片区老旧小区改造工程施工招标公告
青建招〔2025〕17号
经青溪市发展和改革局批准，城北片区老旧小区改造工程现进行公开招标。
一、工程规模：改造住宅楼46幢。
二、投标截止时间：2026年1月8日9时。
三、联系电话：0576-8823456
青溪市住房和城乡建设局
2025年12月12日
"""


def test_an_issuer_over_a_subject_notice_title_is_one_title() -> None:
    (notice,) = _items(_TWO_LINE_SUBJECT_TITLE)
    assert isinstance(notice, Notice)
    assert notice.label == "青溪市住房和城乡建设局城北片区老旧小区改造工程施工招标公告"
    assert (notice.source.first, notice.source.last) == (1, 9)
    assert notice.text.splitlines()[0] == "青建招〔2025〕17号"


# ----------------------------------------------- a court notice closed by 特此公告, signature and date

_COURT_NOTICE = """青溪市东城区人民法院
公　告
（2025）浙0302民初8812号
赵某某：本院受理原告青溪某建材有限公司与你买卖合同纠纷一案，因你下落不明，向你公告送达起诉状副本及开庭传票。
特此公告
青溪市东城区人民法院
二〇二五年十二月十二日

法治快讯
■西城：区检察院开展校园法治宣讲12场，覆盖学生8000余人。
"""


def test_a_notices_closing_formula_is_not_the_next_notices_title() -> None:
    items = _items(_COURT_NOTICE)
    assert _layout(items)[0] == ("notice", 1, 7)
    notice = items[0]
    assert isinstance(notice, Notice) and notice.label == "青溪市东城区人民法院公告"
    # the closing formula ends the text; who signed it and when, a line each
    assert notice.text.endswith("开庭传票。特此公告\n青溪市东城区人民法院\n二〇二五年十二月十二日")


# --------------------------------------------------- a call for contributions closed by where to send

_CALL_FOR_PHOTOS = """“青溪影像”栏目征稿
本栏目长期征集反映青溪山水风光、街巷人情的摄影作品，单幅或组照均可，请附简要文字说明。
投稿邮箱：qxyx2025@126.com
"""


def test_a_call_for_contributions_closed_by_its_address_is_a_notice() -> None:
    (notice,) = _items(_CALL_FOR_PHOTOS)
    assert isinstance(notice, Notice) and notice.label == "“青溪影像”栏目征稿"
    assert notice.text.endswith("请附简要文字说明。投稿邮箱：qxyx2025@126.com")


# ---------------------------------------------------------- statements bulleted ■ under 遗失声明

_LOST_STATEMENTS = """遗失声明
■青溪市某某五金商行遗失营业执照副本，统一社会信用代码：92330302MA2XXXXX3L，声明作废。
■周某某遗失青溪市某某小区5幢801室购房发票一张，声明作废。
"""


def test_statements_bulleted_with_a_square_keep_their_bullet() -> None:
    (notice,) = _items(_LOST_STATEMENTS)
    assert isinstance(notice, Notice)
    assert notice.text.splitlines() == [
        "■青溪市某某五金商行遗失营业执照副本，统一社会信用代码：92330302MA2XXXXX3L，声明作废。",
        "■周某某遗失青溪市某某小区5幢801室购房发票一张，声明作废。",
    ]


def test_a_call_for_contributions_titled_with_its_pages_name_keeps_its_address_and_signer() -> None:
    text = (
        "《青溪》副刊征稿启事\n"
        "本刊常年征集散文、诗歌及书画作品，要求原创首发。来稿请注明真实姓名、联系电话。\n"
        "投稿邮箱：qxfk2025@126.com\n"
        "青溪日报社副刊部\n"
    )
    (notice,) = _items(text)
    assert isinstance(notice, Notice) and notice.label == "《青溪》副刊征稿启事"
    assert notice.text.endswith("投稿邮箱：qxfk2025@126.com\n青溪日报社副刊部")


# ------------------------------------------- a painting's caption between two pieces of a 副刊 page

_PAINTING_BETWEEN_PIECES = """山居（组诗）
□ 陈 默

晨雾
雾从竹林里升起
把山村轻轻托住

《雁荡秋色》（国画）　　潘　远　作

散文
一碗年糕汤
□ 林 舟

外婆的灶台在老屋的东头，灶膛里的火一年四季不熄。
"""


def test_a_paintings_one_line_caption_is_a_photo_not_the_head_of_the_piece_under_it() -> None:
    items = _items(_PAINTING_BETWEEN_PIECES)
    assert _layout(items) == [("article", 1, 6), ("photo", 8, 8), ("article", 10, 14)]
    painting, essay = items[1], items[2]
    assert isinstance(painting, Photo) and painting.caption == "《雁荡秋色》（国画）"
    assert painting.byline is not None and painting.byline.others == (Credit("作", ("潘远",)),)
    assert isinstance(essay, Article) and (essay.kicker, essay.headline) == ("散文", "一碗年糕汤")


def test_a_line_of_prose_ending_in_zuo_is_no_credit() -> None:
    from publisher.reader.caption_credits import split_photo_credit

    assert split_photo_credit("这是他退休后的第一件　　大型 作") is None
    assert split_photo_credit("一边喊减负，一边加作业　　朱慧卿／绘") is not None


# ------------------------------------------------ weather boxes: who issued it, sea states, rows

_ISSUER_OVER_SKY = """河口镇开展春季植树
本报讯　3月12日，河口镇组织干部群众在滨河公园植树1200余株。

青川市气象台3月11日16时发布
今天夜间：多云　明天：阴转小雨
东北风2到3级　气温4℃～13℃
"""


def test_an_issuer_over_the_days_sky_and_a_line_of_readings_is_weather() -> None:
    items = _items(_ISSUER_OVER_SKY)
    assert _layout(items) == [("article", 1, 2), ("weather", 4, 6)]
    assert isinstance(items[1], Weather)
    assert items[1].text.endswith("今天夜间：多云 明天：阴转小雨\n东北风2到3级 气温4℃～13℃")


_HEADING_OVER_ISSUER = """天气预报
柳江州气象台9月4日17时发布
5日　小雨转阴　18～25℃
6日　阴转多云　17～27℃
温馨提示：近期山区多雨，外出请注意防范落石。
"""


def test_a_heading_over_the_issuer_over_day_rows_is_one_weather_box_printed_as_it_stands() -> None:
    (box,) = _items(_HEADING_OVER_ISSUER)
    assert isinstance(box, Weather) and (box.source.first, box.source.last) == (1, 5)
    # (no colon after the heading: the issuer's line stands under it as printed)
    assert box.text.startswith("天气预报\n柳江州气象台9月4日17时发布\n5日 小雨转阴 18～25℃")


_SEA_STATE = """渔港简讯
◆北湾渔港完成清淤　近日，北湾渔港航道清淤工程完工，可满足千吨级渔船进出。

海况预报
东岬海洋气象台8月2日16时发布：3日，本市近海东南风3到4级，阵风5级，浪高0.6到1.0米；
4日，南风2到3级，浪高0.4到0.7米。表层海水温度22℃～24℃。
"""


def test_a_sea_state_box_issued_on_its_forecast_line_is_weather() -> None:
    items = _items(_SEA_STATE)
    assert _layout(items)[-1] == ("weather", 4, 6)
    box = items[-1]
    assert isinstance(box, Weather) and box.text.startswith("海况预报\n东岬海洋气象台")


_BEACH_ROWS = """沙湾浴场天气
7月9日　金沙湾浴场　晴　气温23℃～30℃　水温24℃　浪高0.4米　适宜游泳
7月9日　银滩浴场　晴转多云　气温22℃～29℃　水温23℃　浪高0.6米　较适宜游泳
7月10日　月牙湾浴场　多云　气温22℃～28℃　水温23℃　浪高0.9米　较适宜游泳
温馨提示：请在救生员值守区域游泳。
东岬市海洋气象台7月8日16时发布

海滨快讯
东岬海洋节下月开幕
本报讯　第十届东岬海洋节将于8月1日开幕，活动持续10天。
"""


def test_long_rows_of_a_beach_forecast_keep_the_box_to_its_issuer() -> None:
    items = _items(_BEACH_ROWS)
    assert _layout(items)[0] == ("weather", 1, 6)
    assert isinstance(items[1], Article)


# ------------------------------------------------ a front page's masthead set in two blocks

_SECOND_MASTHEAD_BLOCK = """青川日报
QINGCHUAN RIBAO
中共青川市委机关报　　青川日报社出版

导读
▶青川早市走进省城
首站三天接待游客逾1万人次。（详见A3版）
▶毕业季求职指南请收好
（详见A5版）

2026年6月2日　星期二　农历丙午年四月十七
第18230期　今日8版
国内统一连续出版物号　CN51-0099　　邮发代号61-12
要闻　A1

青川新区前5月签约项目46个
本报讯　记者从青川新区获悉，1—5月，新区签约项目46个，总投资312亿元。
"""


def test_a_masthead_block_under_the_teasers_gives_the_date_and_page() -> None:
    parsed = parse_page(_SECOND_MASTHEAD_BLOCK)
    assert_nothing_lost(_SECOND_MASTHEAD_BLOCK, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("青川日报", "2026-06-02", "A1", "要闻")
    assert "第18230期　今日8版" in m.imprint
    layout = [(i.type, i.source.first, i.source.last) for i in parsed.items]
    assert layout == [("article", 5, 7), ("article", 8, 9), ("article", 16, 17)]
    teaser = parsed.items[1]
    assert isinstance(teaser, Article)
    assert (teaser.kicker, teaser.headline) == ("导读", "毕业季求职指南请收好")


def test_the_lunar_year_alone_after_the_date_is_no_section() -> None:
    text = (
        "青川日报\n2026年4月8日　星期三　丙午年\n03　要闻\n\n青川新区开工\n本报讯　昨天，新区3个项目开工。\n"
    )
    m = parse_page(text).masthead
    assert (m.date, m.page_label, m.section) == ("2026-04-08", "03", "要闻")


# ------------------------------------------------ notices and ads: where one ends and the next starts

_STATEMENTS_THEN_AD = """遗失声明
●青川市东岭区福满面馆遗失营业执照正本一份，统一社会信用代码：92510802MA6X1K2Q3R，声明作废。
●罗春梅遗失青川师范学院学生证一本，学号2024108733，声明作废。

青川明德律师事务所
专业　诚信　高效
婚姻家事｜合同纠纷｜劳动争议
免费咨询热线：0839-5512345
地址：青川市东岭区滨江路66号
"""


def test_a_name_set_apart_over_an_ads_slogans_and_phone_is_the_ads_not_the_notices_signer() -> None:
    items = _items(_STATEMENTS_THEN_AD)
    assert _layout(items) == [("notice", 1, 3), ("advertisement", 5, 9)]


_LABELLED_NOTICE_CUT = """河湖保护增殖放流公告
为养护江河渔业资源，我局定于2026年6月上旬至7月中旬，在青川东湾、北岭湖、南溪
口等水域开展鲢鱼、鳙鱼、细鳞斜颌鲴等品种增殖放流活动。放流期间，请过往船只注意避让。
监督电话：0839-5288123
青川市农业农村局
2026年6月1日
"""


def test_a_notice_title_over_its_text_cut_by_a_column_break_is_a_signed_notice() -> None:
    (notice,) = _items(_LABELLED_NOTICE_CUT)
    assert isinstance(notice, Notice) and notice.label == "河湖保护增殖放流公告"
    assert notice.text.endswith("青川市农业农村局\n2026年6月1日")


def test_a_public_service_poster_set_with_wide_spaces_is_an_ad() -> None:
    text = (
        "青川简讯\n●东岭区新建口袋公园3个　近日，东岭区3个口袋公园建成开放。\n\n"
        "守护绿水青山　共建美丽青川\n青川市林业局　宣\n"
    )
    poster = parse_page(text).items[-1]
    assert isinstance(poster, Advertisement) and (poster.source.first, poster.source.last) == (4, 5)


_STORY_OVER_HOTLINE_AD = """老旧小区加装电梯提速
本报讯　今年以来，东岭区已为老旧小区加装电梯42部，另有18部正在施工。
区住建局工作人员表示，将继续简化审批流程，对符合条件的小区给予补贴，让
更多居民告别爬楼难。

青川晚报新闻热线
新闻热线：0839-88880000
"""


def test_a_sentence_run_over_a_column_break_stays_the_storys_not_the_ads_under_it() -> None:
    items = parse_page(_STORY_OVER_HOTLINE_AD).items
    story = items[0]
    assert isinstance(story, Article) and story.source.last == 4
    assert story.paragraphs[-1].endswith("让更多居民告别爬楼难。")
