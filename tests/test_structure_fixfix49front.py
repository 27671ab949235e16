"""Failure classes round 49 showed on front, sports, trade, health and notice pages (issue 10),
fixer ``fix49front``: headless briefs under a marked column label, each closed by its own credit;
a QR prompt's phrase with the imprint set solid under it; a caption set apart under a two-paragraph
文/图 story; an English masthead with an ampersand; a noun phrase over a verb of pace as one
headline; a bracketed 供稿 line signing a story; 一要…/二要… points; a label over short pieces set
solid; an ad's QR line with its phone beside it; a table of names whose full cells leave one space.
Snippets written for these tests (invented names, places and figures); each class is a shape any
paper prints.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Photo, QrPrompt
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪晚报
2026年5月20日　星期三
A03
"""

# --------------------------------------- headless briefs, each closed by its own credit line

_SIGNED_BRIEFS = (
    _TOP
    + """
溪东新区新建学校3所
    本报讯　记者从市教育局获悉，今年全市
将新建中小学3所，新增学位4500个。（记者　王力）

■政务快讯
    5月19日，市政府召开常务会议，研究
部署防汛工作。
（记者　张华）
    5月18日，市政协召开专题协商会，围
绕养老服务建言献策。
（通讯员　李明）
"""
)


def test_a_paragraph_under_a_brief_closed_by_its_credit_is_the_columns_next_brief() -> None:
    # (the column's label is marked, ■; the brief under it is not, and its credit line closed it)
    parsed = parse_page(_SIGNED_BRIEFS, 1)
    briefs = [a for a in parsed.items if isinstance(a, Article) and a.kicker == "政务快讯"]
    assert [(a.source.first, a.source.last) for a in briefs] == [(9, 12), (13, 15)]
    assert [a.headline for a in briefs] == ["", ""]
    assert briefs[1].paragraphs == ("5月18日，市政协召开专题协商会，围绕养老服务建言献策。",)
    assert briefs[1].byline is not None and briefs[1].byline.correspondents == ("李明",)
    assert_nothing_lost(_SIGNED_BRIEFS, parsed)


# --------------------------------------- a prompt's phrase, the imprint set solid under it

_PROMPT_OVER_IMPRINT = (
    _TOP
    + """
溪东新区新建学校3所
    本报讯　记者从市教育局获悉，今年全市
将新建中小学3所，新增学位4500个。（记者　王力）

扫码下载“青溪发布”客户端
掌上看青溪
社址：青溪市东湖路8号　邮编：322000　新闻热线：0576-8888888
广告许可证：3300000000001　零售价：1.00元
"""
)


def test_the_imprint_set_solid_under_a_prompts_phrase_is_furniture() -> None:
    parsed = parse_page(_PROMPT_OVER_IMPRINT, 1)
    assert _layout(parsed.items) == [("article", 5, 7), ("qr_prompt", 9, 10)]
    (prompt,) = [x for x in parsed.items if isinstance(x, QrPrompt)]
    assert prompt.text.endswith("掌上看青溪")
    assert_nothing_lost(_PROMPT_OVER_IMPRINT, parsed)


# --------------------------------------- a caption set apart under a two-paragraph 文/图 story

_TWO_PARAGRAPHS_CREDITED = (
    _TOP
    + """
少儿书法展开幕　笔墨写春光
文/图　青溪晚报记者　周文静
    本报讯　5月18日，青溪市少儿书法作品展在市文化馆
开幕，来自全市20所学校的300余幅作品参展。
    据了解，该展览将持续至6月1日，市民可免费参
观。

　　5月18日，小朋友在展览现场临摹书法作品。

青溪马拉松6月开跑
    本报讯　记者从市体育局获悉，青溪马拉松将于6月
8日开跑，总规模8000人。（记者　林东）
"""
)


def test_a_sentence_set_apart_under_two_solid_paragraphs_credited_is_their_caption() -> None:
    parsed = parse_page(_TWO_PARAGRAPHS_CREDITED, 1)
    assert _layout(parsed.items) == [("article", 5, 10), ("photo", 12, 12), ("article", 14, 16)]
    story = parsed.items[0]
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    photo = parsed.items[1]
    assert isinstance(photo, Photo) and photo.caption == "5月18日，小朋友在展览现场临摹书法作品。"
    assert_nothing_lost(_TWO_PARAGRAPHS_CREDITED, parsed)


# --------------------------------------- an English masthead with an ampersand


def test_an_english_title_with_an_ampersand_stays_in_the_masthead() -> None:
    text = """中国园林报
CHINA GARDEN & LANDSCAPE
2026年6月9日　星期二
第5版
产业观察
本版编辑：王　蓉　　美编：李　亮

苗木市场回暖
    本报讯　今年以来，全国苗木交易额同比增长12%。（记者　何平）
"""
    parsed = parse_page(text, 1)
    assert parsed.masthead.page_label == "第5版"
    assert parsed.masthead.section == "产业观察"
    assert parsed.masthead.newspaper_en == "CHINA GARDEN & LANDSCAPE"
    assert [x.type for x in parsed.items] == ["article"]
    assert_nothing_lost(text, parsed)


# --------------------------------------- a noun phrase over a verb of pace: one headline


def test_a_noun_phrase_over_a_line_of_pace_is_one_headline() -> None:
    text = (
        _TOP
        + """
浙南高山云雾茶叶
加速“出海”
    本报讯　日前，一批高山云雾茶经宁波港装船，发往中亚市场。今年以来，
当地已累计出口茶叶800余吨。（记者　陈思）
"""
    )
    parsed = parse_page(text, 1)
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert story.headline == "浙南高山云雾茶叶加速“出海”"
    assert not story.subheadline and not story.kicker


# --------------------------------------- a bracketed 供稿 line signs the story


def test_a_bracketed_supplied_by_line_signs_the_story_and_is_no_paragraph() -> None:
    text = (
        _TOP
        + """
政策问答
医保卡能给家人用吗？
　　问：我的医保个人账户能给父母买药吗？
　　答：可以。办理家庭共济绑定后，个人账户可用于支付家人的医药费用。
（县医疗保障局供稿）

青溪马拉松6月开跑
    本报讯　记者从市体育局获悉，青溪马拉松将于6月8日开跑。（记者　林东）
"""
    )
    parsed = parse_page(text, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert story.source.last == 9
    assert all("供稿" not in p for p in story.paragraphs)
    assert story.byline is not None and not story.byline.reporters
    assert_nothing_lost(text, parsed)


# --------------------------------------- 一要…；二要…：points counted in words


def test_points_counted_with_yao_are_a_paragraph_each() -> None:
    text = (
        _TOP
        + """
安全小贴士
夏季游泳记住“三要”
　　一要选择正规游泳场所，不去野外水域；
　　二要下水前做好热身运动；
　　三要结伴同行，儿童须有家长陪同看护，
不单独下水。
"""
    )
    parsed = parse_page(text, 1)
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert story.paragraphs == (
        "一要选择正规游泳场所，不去野外水域；",
        "二要下水前做好热身运动；",
        "三要结伴同行，儿童须有家长陪同看护，不单独下水。",
    )


# --------------------------------------- a label over short pieces set solid, one paragraph each

_LABEL_OVER_PIECES = (
    _TOP
    + """
溪东新区新建学校3所
    本报讯　记者从市教育局获悉，今年全市将新建中小学3所。（记者　王力）

生活提示
市图书馆延长夏季开放时间
　　即日起至8月31日，市图书馆每日开放时间延长至晚上9
时。
东湖公园部分路段封闭施工
　　6月1日起，东湖公园北门至湖心亭步道封闭施工，请游客
绕行。
（通讯员　孙倩）
城西供水管网检修
　　6月3日，城西片区将停水8小时，请居民提前储水。
"""
)


def test_pieces_set_solid_under_a_labelled_piece_of_one_paragraph_share_its_label() -> None:
    parsed = parse_page(_LABEL_OVER_PIECES, 1)
    pieces = [a for a in parsed.items if isinstance(a, Article)][1:]
    assert [(a.kicker, a.headline) for a in pieces] == [
        ("生活提示", "市图书馆延长夏季开放时间"),
        ("生活提示", "东湖公园部分路段封闭施工"),
        ("生活提示", "城西供水管网检修"),
    ]
    assert_nothing_lost(_LABEL_OVER_PIECES, parsed)


# --------------------------------------- an ad's QR line with its phone beside it


def test_an_ads_qr_line_with_its_phone_beside_it_is_the_ads() -> None:
    text = (
        _TOP
        + """
★青溪古镇精品民宿★
暑期特惠　连住两晚送早餐
预订热线：0576-7232888

青溪蜜桔　果园直发
产地直供　全国包邮
扫码进店　　服务电话：13905761234

遗失声明
　　青溪市某某商贸有限公司遗失公章一枚，声明作废。
"""
    )
    parsed = parse_page(text, 1)
    ads = [x for x in parsed.items if isinstance(x, Advertisement)]
    assert [(a.source.first, a.source.last) for a in ads] == [(5, 7), (9, 11)]
    assert not any(isinstance(x, QrPrompt) for x in parsed.items)
    assert_nothing_lost(text, parsed)


# --------------------------------------- a table of names whose full cells leave one space


def test_a_table_of_names_whose_full_cells_leave_one_space_is_rows() -> None:
    text = (
        _TOP
        + """
传统工艺焕新生
    本报讯　近年来，我市持续推进传统工艺保护，已建成传承工坊16个，带动
就业1200余人。
    青溪市传统工艺主要项目一览
项目名称　　　　级别　　　　保护单位
青溪竹编技艺　　省级　　　　东湖区文化馆
青溪蓝印花布印染　市级　　　西山县文化馆
青溪木雕　　　　市级　　　　南城区文化馆
数据来源：青溪市文化广电旅游局
    下一步，我市将加大传承人培养力度，推动传统工艺
融入现代生活。
"""
    )
    parsed = parse_page(text, 1)
    (story,) = parsed.items
    assert isinstance(story, Article)
    # (one paragraph a row, the title one of its own, as the gold has a table inside a story)
    assert story.paragraphs[1:6] == (
        "青溪市传统工艺主要项目一览",
        "项目名称级别保护单位",
        "青溪竹编技艺省级东湖区文化馆",
        "青溪蓝印花布印染市级西山县文化馆",
        "青溪木雕市级南城区文化馆",
    )
    assert not story.subheads
    assert_nothing_lost(text, parsed)
