"""Failure classes blind round13 showed in boxes (issue 10): notices that ran into an ad or were
split by one, notices read as stories, one-line photos and captions.
Snippets written for these tests in the style of city and county papers (invented names, places and
figures, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Credit, Notice, Photo
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


def test_statements_bulleted_with_a_square_lose_their_bullet() -> None:
    (notice,) = _items(_LOST_STATEMENTS)
    assert isinstance(notice, Notice)
    assert notice.text.splitlines() == [
        "青溪市某某五金商行遗失营业执照副本，统一社会信用代码：92330302MA2XXXXX3L，声明作废。",
        "周某某遗失青溪市某某小区5幢801室购房发票一张，声明作废。",
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
    from publisher.reader.bylines import split_photo_credit

    assert split_photo_credit("这是他退休后的第一件　　大型 作") is None
    assert split_photo_credit("一边喊减负，一边加作业　　朱慧卿／绘") is not None
