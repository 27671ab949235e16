"""Failure classes rounds 15-16 showed on news pages (issue 10, fixnews): a column of bulleted
headless briefs under a short label, notices signed by a private person, a credit whose role is the
paper's own wording before name／摄, a teaser box whose items lead to the page with dots, a county
paper's permit number in the masthead, the paper's name repeated in a running foot.
Snippets written for these tests in the style of city and county papers (invented names, places and
figures; no blind page's text): each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article, Notice, Photo
from publisher.reader import parse_page
from tests.test_structure_columns import _items, _layout

# ------------------------------------------- a column of bulleted briefs printed without heads

_BULLETED_COLUMN = """群众来电
■市民赵先生反映：城东区柳湾路与青石街交叉口的信号灯已经坏了三天，早晚高峰车辆拥堵，
行人过街很危险。
记者随后将情况转给城东区交警大队。民警表示，故障系控制箱进水所致，目前已修复。

■家住城西区桥头街道的孙女士来电称，小区门口的快递柜前常年堆放纸箱，雨天一片狼藉，老人出
行都得绕路。
对此，桥头街道回复，已约谈快递柜运营方，要求每天清理两次。（本报记者　钱　程）

■市民周先生反映，他在一家健身房办了两年的年卡，刚用了三个月健身房就停业了，剩余费用
一直没有退还。
市消费者协会工作人员提醒，办理预付卡应选择信誉好的商家，并保留好合同和付款凭证。
"""


def test_bulleted_headless_briefs_under_a_short_label_are_the_columns_briefs() -> None:
    items = _items(_BULLETED_COLUMN)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 8), ("article", 10, 12)]
    for a in items:
        assert isinstance(a, Article)
        assert (a.kicker, a.headline) == ("群众来电", "")
        assert len(a.paragraphs) == 2
    first, second, third = items
    assert isinstance(first, Article) and first.paragraphs[0].startswith("市民赵先生反映：城东区")
    assert isinstance(second, Article) and second.paragraphs[0].endswith("老人出行都得绕路。")
    assert second.byline is not None and second.byline.reporters == ("钱程",)
    assert isinstance(third, Article) and third.paragraphs[0].startswith("市民周先生反映，他在")


def test_bulleted_points_set_solid_under_a_label_stay_one_list() -> None:
    # bullets one under another, each a line: the points of one box, not briefs
    text = """图说医改
●全市二级以上医院全部实现检查结果互认；
●家庭医生签约服务覆盖人口超过320万人；
●县域内就诊率达到91.6%。
"""
    (box,) = _items(text)
    assert isinstance(box, Article) and box.headline == "图说医改"
    assert len(box.paragraphs) == 3


def test_a_brief_head_that_is_who_said_it_is_the_sentences_start() -> None:
    # ■某某反映：… is a sentence opening on who said it, not a brief's head run in
    text = """读者热线
■读者陈女士反映：龙泉小区东门外的人行道被占道经营的摊点堵住，行人只能走机动车道。
"""
    (brief,) = _items(text)
    assert isinstance(brief, Article)
    assert (brief.kicker, brief.headline) == ("读者热线", "")
    (paragraph,) = brief.paragraphs
    assert paragraph.startswith("读者陈女士反映：龙泉小区东门外")


# ------------------------------------------- notices: a private person's signature, cut text

_SIGNED_NOTICES = """失物招领启事
本人于3月4日上午在人民路地铁站出口附近遗失棕色公文包一个，内有平板电
脑一台及房产证复印件若干。有拾到者请联系13812345678，定当酬谢！
韩先生
2026年3月6日

更　正
本报3月3日第5版《湖畔樱花进入盛花期》一文中，“湖畔公园”应为“湖畔公园北区”，
特此更正。
本报编辑部
"""


def test_a_notice_signed_by_a_private_person_and_one_cut_by_a_column_break() -> None:
    items = _items(_SIGNED_NOTICES)
    assert _layout(items) == [("notice", 1, 5), ("notice", 7, 10)]
    found, fix = items
    assert isinstance(found, Notice) and found.label == "失物招领启事"
    assert found.text.endswith("定当酬谢！\n韩先生\n2026年3月6日")
    assert isinstance(fix, Notice) and fix.text.endswith("特此更正。\n本报编辑部")


# ------------------------------------------- a credit whose role is the paper's own wording


def test_a_role_of_the_papers_own_wording_before_name_slash_shot() -> None:
    text = """市民在新开放的滨河绿道上健步走。　日报记者　潘　宇／摄
"""
    (photo,) = _items(text)
    assert isinstance(photo, Photo) and photo.byline is not None
    assert photo.byline.photographers == ("潘宇",)
    assert photo.caption == "市民在新开放的滨河绿道上健步走。"


# ------------------------------------------- a county paper's masthead and its teaser box

_COUNTY_FRONT = """桃源新闻
TAOYUAN XINWEN
中共桃源县委主办　　桃源县融媒体中心出版
湘内资准字（常）第2025-016号
2026年4月7日　星期二　农历二月二十　　总第1520期
第1版　　　　本期4版　　　责任编辑：罗　敏

本期导读
◎茶园春管正当时　……（第2版）
◎返乡创业的“90后”茶农　……（第3版）

我县召开春季农业生产推进会
本报讯　4月6日，我县召开春季农业生产推进会，部署春耕备耕工作。

桃源新闻　2026年4月7日　第1版
"""


def test_a_county_papers_permit_line_and_dotted_teasers() -> None:
    parsed = parse_page(_COUNTY_FRONT)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("桃源新闻", "2026-04-07", "第1版", None)
    assert "湘内资准字（常）第2025-016号" in m.imprint
    first, second, story = parsed.items
    assert _layout(parsed.items) == [("article", 8, 9), ("article", 10, 10), ("article", 12, 13)]
    assert isinstance(first, Article) and (first.kicker, first.headline) == ("本期导读", "茶园春管正当时")
    assert first.continuation == ("（第2版）",)
    assert isinstance(second, Article) and second.headline == "返乡创业的“90后”茶农"
    assert isinstance(story, Article) and story.headline == "我县召开春季农业生产推进会"


# ------------------------------------------- photos on a visual page: a marked caption, a bracketed title

_VISUAL_PHOTOS = """▲石桥老街的灯笼下，游客穿着汉服拍照留念。
文/图　周　敏

【油菜花田】
3月2日，游客在江畔的油菜花田里骑行。　通讯员　陶　然　摄
"""


def test_a_marked_caption_signed_by_who_wrote_and_shot_it_and_a_bracketed_title() -> None:
    items = _items(_VISUAL_PHOTOS)
    assert _layout(items) == [("photo", 1, 2), ("photo", 4, 5)]
    marked, titled = items
    assert isinstance(marked, Photo) and marked.byline is not None
    assert marked.caption == "石桥老街的灯笼下，游客穿着汉服拍照留念。"
    assert (marked.byline.reporters, marked.byline.photographers) == (("周敏",), ("周敏",))
    assert isinstance(titled, Photo) and titled.title == "油菜花田"
    assert titled.byline is not None and titled.byline.photographers == ("陶然",)


# ------------------------------------------- a company's credit code is no phone number

_CREDIT_CODE_NOTICE = """江城开通首条跨江公交线路
本报讯 4月1日，江城首条跨江公交线路正式开通，单程约40分钟。

注销公告
江城市瑞丰机电设备有限公司（统一社会信用代码：91330500MA2B7C3D4E）经股东决定，拟
向登记机关申请注销登记，请债权人自本公告发布之日起45日内向本公司清算组申报债权。
特此公告。
联系人：吴先生　电话：13957012345
江城市瑞丰机电设备有限公司
2026年4月2日
"""


def test_a_notice_opening_on_a_companys_credit_code_is_the_notice() -> None:
    # the code's eight leading digits are no phone, so its line is no ad's contact line
    _story, notice = _items(_CREDIT_CODE_NOTICE)
    assert isinstance(notice, Notice) and notice.label == "注销公告"
    assert (notice.source.first, notice.source.last) == (4, 10)
    assert "（统一社会信用代码：91330500MA2B7C3D4E）经股东决定" in notice.text


# ------------------------------------------- a paper's name with no word for a paper in it


def test_the_word_left_beside_page_number_section_and_date_is_the_papers_name() -> None:
    text = """3　民生　　　　　　2026年4月9日　星期四　　今日安澜
主编：孔立新　责任编辑：许文澜　校对：魏　洁

我市新增公共停车泊位2000个
本报讯　今年以来，我市在老城区新增公共停车泊位2000个，缓解停车难。
"""
    parsed = parse_page(text)
    m = parsed.masthead
    assert (m.newspaper, m.page_label, m.section, m.date) == ("今日安澜", "3", "民生", "2026-04-09")
    (story,) = parsed.items
    assert isinstance(story, Article) and story.headline == "我市新增公共停车泊位2000个"


def test_two_unknown_words_beside_the_date_name_no_paper() -> None:
    # only beside a page number and a section does the word left over name the paper
    parsed = parse_page("春风十里　2026年4月9日\n本报讯　今年以来，我市新增公共停车泊位2000个。\n")
    assert parsed.masthead.newspaper is None
