"""Failure classes round 55 showed on front pages, 专版 pages and their furniture (issue 10), fixer
``fix52front``: a 专版's sponsor credit (某某局协办) over its first story's head; a line the measure
wrapped after a full stop, shaped like a subhead or like a caption; a teaser's title wrapped onto
its pointer's line; a commentary signed at its foot after a byline's mark (□ 林　川); the foot's
call for letters with its mailbox and the page's number, its word on how to have a notice
printed, the paper's name beside its newsroom's line; the page's label set apart under the
masthead with its desk's line.
Snippets written for these tests (invented names, places and figures); each class is a shape any
paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, read_articles, read_items

# --------------------------------------- a 专版's sponsor credit over the first story's head

_SPONSORED_PAGE = """青溪法治报
2026年6月2日　星期二
第5版　专版
本版编辑：王　丽　　电话：0576-88881234
青溪市司法局协办

法治宣传月特别报道
以“法”为尺护航民生
——青溪市推进基层依法治理纪实
本报记者　赵　明
　　走进东岭街道的法律服务站，前来咨询的居民
络绎不绝。今年以来，全市建成服务站120个。
"""


def test_a_bodys_sponsor_credit_in_the_page_head_is_furniture_not_the_stories_kicker() -> None:
    (story,) = read_articles(_SPONSORED_PAGE)
    assert story.source.first == 7
    assert story.kicker == "法治宣传月特别报道"
    assert story.headline == "以“法”为尺护航民生"


def test_a_head_that_says_a_city_will_host_an_event_is_still_a_head() -> None:
    # (承办 closing a story's head: the host is a city, no body that credits a page)
    text = """青溪日报
2026年6月2日　星期二
A02

全省运动会确定由我市承办
　　本报讯　记者从市体育局获悉，全省第十八届
运动会将于明年9月在我市举行。
"""
    (story,) = [x for x in read_items(text) if isinstance(x, Article)]
    assert story.headline == "全省运动会确定由我市承办"


# --------------------------------------- a line the measure wrapped after a full stop, shaped like a subhead

_WRAPPED_AFTER_STOP = """青溪日报
2026年1月16日　星期五
A01

冰雪旅游持续升温
本报记者　王　林
    本报讯　入冬以来，我市紧扣冰雪资源优势，持续推
出冰雪观光、雪地越野、民俗体验等系列产品，全市累
计接待游客120万人次，同比增长21.5%。
    在东山滑雪场，每天上午开门不到一个小时，缆车
排队区就站满了滑雪爱好者，周末日均接待滑雪者超
过5000人次，雪道总长度达到30公里以上。
    青溪机场加密至省城、北京、上海等航线航班，雪
季每周执行航班超过一百架次，比去年同期多三成。
全市开通“机场—雪场”“雪场—景区”旅游直通
车线路12条，实现主要景区“一站式”接驳。
    市文旅局有关负责人表示，将推出更多冬季文旅活
动，进一步释放冰雪消费潜力。
"""


def test_a_line_at_the_measure_under_a_full_stop_goes_on_with_the_paragraph() -> None:
    # (shaped like a subhead, but as wide as the column, with its sentence going on flush under it)
    (story,) = read_articles(_WRAPPED_AFTER_STOP)
    assert story.source.last == 18
    assert len(story.paragraphs) == 4
    assert story.paragraphs[2].endswith(
        "比去年同期多三成。全市开通“机场—雪场”“雪场—景区”旅游直通车线路12条，实现主要景区“一站式”接驳。"
    )
    assert story.subheads == ()


# --------------------------------------- a 文/图 story's last line wrapped after its full stop

_PICTURED_STORY = """青溪日报
2026年4月9日　星期四
01

东湖公园樱花节开幕
本报记者　李　青　文/图
　　4月8日，东湖公园第五届樱花节开幕。本届樱花
节以“春到东湖”为主题，设置樱花步道、花海草坪、
亲子乐园等6个主题游览区，吸引众多市民前来游览。
　　樱花节期间，公园每周末推出非遗市集和自然课
堂等活动，并在北门、西门增设临时停车位300余个。
樱花节将持续至4月30日。

　　市民在东湖公园樱花步道前拍照留念。
"""


def test_a_flush_line_under_a_full_stop_at_the_measure_is_the_paragraphs_when_the_caption_stands_below() -> (
    None
):
    items = read_items(_PICTURED_STORY)
    (story,) = [x for x in items if isinstance(x, Article)]
    assert story.paragraphs[-1].endswith("临时停车位300余个。樱花节将持续至4月30日。")
    (photo,) = [x for x in items if isinstance(x, Photo)]
    assert (photo.source.first, photo.caption) == (14, "市民在东湖公园樱花步道前拍照留念。")


# --------------------------------------- a teaser's title wrapped onto its pointer's line

_WRAPPED_TEASERS = """青溪日报
2026年4月9日　星期四
01

导读
▶“十五分钟生活圈”
　扩至86个社区　见第2版
▶东乡草莓采摘季
　正式开启　见第3版
▶新建停车场投用　见第4版
"""


def test_a_teasers_title_wrapped_onto_the_pointers_line_is_one_headline() -> None:
    teasers = read_articles(_WRAPPED_TEASERS)
    assert [t.headline for t in teasers] == [
        "“十五分钟生活圈”扩至86个社区",
        "东乡草莓采摘季正式开启",
        "新建停车场投用",
    ]
    assert [t.paragraphs for t in teasers] == [(), (), ()]
    assert [t.continuation for t in teasers] == [("见第2版",), ("见第3版",), ("见第4版",)]


def test_a_teasers_summary_in_clauses_under_its_title_stays_its_text() -> None:
    text = """青溪日报
2026年4月9日　星期四
01

导读
▶东乡草莓采摘季开启
　今年种植面积扩大，游客可预约采摘。　见第3版
"""
    (teaser,) = read_articles(text)
    assert teaser.headline == "东乡草莓采摘季开启"
    assert teaser.paragraphs == ("今年种植面积扩大，游客可预约采摘。",)


# --------------------------------------- a commentary signed at its foot after a byline's mark

_SIGNED_COMMENTARY = """青溪日报
2026年4月9日　星期四
01

短　评
让服务“跑”在需求前
　　从签约到开工压缩至60天以内，靠的是专班盯办、
并联审批，更靠的是把企业的事当成自己的事。优化
营商环境没有休止符，唯有持续用力，方见成效。
　　□ 林　川

导读
▶东乡草莓采摘季开启　见第3版
"""


def test_a_marked_padded_name_under_the_last_sentence_signs_the_piece() -> None:
    story = read_articles(_SIGNED_COMMENTARY)[0]
    assert story.headline == "让服务“跑”在需求前"
    assert story.subheads == ()
    assert story.byline is not None and story.byline.reporters == ()
    assert [c.names for c in story.byline.others] == [("林川",)]
    assert story.source.last == 10


# --------------------------------------- the foot: a call for copy with its mailbox, the page's number

_CALL_AT_FOOT = """青溪税务报
2026年10月20日　星期二
第5版　观察

记者手记
　　一年来，电子发票从试点走向全面推广，带来的
不仅是效率的提升，更是治理理念的转变。
□ 周　原

欢迎读者来稿来信　　投稿邮箱：guancha@qxsw.cn
5
"""


def test_a_call_for_letters_with_its_mailbox_and_the_pages_number_are_the_foot() -> None:
    items = read_items(_CALL_AT_FOOT)
    assert [(type(x).__name__, x.source.first, x.source.last) for x in items] == [("Article", 5, 8)]
    (story,) = items
    assert isinstance(story, Article) and story.subheads == ()


# --------------------------------------- the foot: where to have a notice printed, and the office's fields

_PLACING_AT_FOOT = """青溪报
2026年6月23日　星期二　　第4版
公告·分类广告

遗失声明
　　青溪某某餐饮有限公司遗失公章一枚，声明作废。

刊登各类公告、遗失声明请携带有效证件
办理地址：青溪市东湖路8号　电话：0576-88882279
"""


def test_how_to_have_a_notice_printed_and_the_offices_fields_are_the_foot() -> None:
    items = read_items(_PLACING_AT_FOOT)
    assert [(type(x).__name__, x.source.first, x.source.last) for x in items] == [("Notice", 5, 6)]


# --------------------------------------- the foot: the paper's name beside its newsroom's line

_PAPERS_LINE_AT_FOOT = """青溪商报
2026年6月9日　星期二
A06　专题

宁波“小巨人”企业达352家
　　记者从市经信局获悉，截至今年5月底，全市累计
培育国家级专精特新“小巨人”企业352家。

东湖银行　科创金融服务
“专精特新贷”　最快3天放款
咨询热线：0574-87120000

青溪商报　新闻热线：0574-87680000
"""


def test_the_papers_name_beside_its_newsroom_line_is_the_foot_not_the_ads() -> None:
    items = read_items(_PAPERS_LINE_AT_FOOT)
    assert [(type(x).__name__, x.source.first, x.source.last) for x in items] == [
        ("Article", 5, 7),
        ("Advertisement", 9, 11),
    ]


# --------------------------------------- the page's label set apart under the masthead, its desk under it

_LABEL_UNDER_MASTHEAD = """青溪日报
QINGXI DAILY
2026年1月16日　星期五
中共青溪市委机关报　　青溪日报社出版

要闻　1
责任编辑：王　林　　版式：刘　晓

导读
▶冬季文旅消费“火”起来　见第2版
"""


def test_the_pages_label_and_its_desk_line_set_apart_under_the_masthead_are_the_masthead() -> None:
    parsed = parse_page(_LABEL_UNDER_MASTHEAD, 1)
    assert [(type(x).__name__, x.source.first) for x in parsed.items] == [("Article", 9)]
    assert (parsed.masthead.page_label, parsed.masthead.section) == ("1", "要闻")
    assert_nothing_lost(_LABEL_UNDER_MASTHEAD, parsed)
