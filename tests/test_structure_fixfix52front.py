"""Failure classes round 55 showed on front pages, 专版 pages and their furniture (issue 10), fixer
``fix52front``: a 专版's sponsor credit (某某局协办) over its first story's head; a line the measure
wrapped after a full stop, shaped like a subhead or like a caption; a teaser's title wrapped onto
its pointer's line; a commentary signed at its foot after a byline's mark (□ 林　川); the foot's
call for letters with its mailbox and the page's number, its word on how to have a notice
printed, the paper's name beside its newsroom's line; the page's label set apart under the
masthead with its desk's line; a rule of strokes set apart; a forecast's fire danger and the
imprint's price per copy; a bulleted brief cut inside a word; masthead lines of a page named by
its subject, of a city edition (某某读本, GA06), of a page's name in two words or with its
English name; the paper's and the desk's own lines at the foot in their wordings; a byline led
by 采写：; a prompt to install the paper's app; a flush line under a dateline's line at the
measure.
Snippets written for these tests (invented names, places and figures); each class is a shape any
paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.punctuation import compact
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, first_article, read_articles, read_items

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


# --------------------------------------- a rule drawn across the column parts, as a blank line does

_RULE_OVER_TEASERS = """青溪日报
2026年3月17日　星期二
01

订单农业让农户吃上“定心丸”
本报记者　孙　立
　　近年来，我县引导龙头企业与种植户签订保底收
购合同。目前，全县订单农业面积达36万亩。

━━━━━━━━━━━━
导读
▶高新区打造生物医药高地　见第2版
"""


def test_a_rule_of_box_drawing_strokes_is_no_item() -> None:
    items = read_items(_RULE_OVER_TEASERS)
    assert [(type(x).__name__, x.source.first, x.source.last) for x in items] == [
        ("Article", 5, 8),
        ("Article", 11, 12),
    ]


# --------------------------------------- the imprint's price per copy, the forecast's fire danger

_FRONT_FOOT = """青溪日报
2026年3月9日　星期一
01

天气预报
今天：晴转多云　西北风3～4级　-4℃～10℃
明天：多云　西风2～3级　-2℃～12℃
森林火险等级：三级（较易燃）

本报地址：青溪市民福东街　邮编：036002
新闻热线：0349-2210000　广告热线：0349-2210001
印刷：青溪日报社印务中心　每份定价1.50元
"""


def test_the_fire_danger_closes_the_forecast_and_the_price_per_copy_is_the_imprints() -> None:
    items = read_items(_FRONT_FOOT)
    assert [(type(x).__name__, x.source.first, x.source.last) for x in items] == [("Weather", 5, 8)]


# --------------------------------------- a bulleted brief the wrap cut inside a word

_CUT_BRIEFS = """青溪日报
2026年3月5日　星期四
01

要闻速览
●3月2日，我市召开安全生产工作会议，部署一季
度安全生产重点任务。（李　平）
●市人民医院新院区门诊楼主体工程近日封
顶，预计年底投入使用。（通讯员　陈　红）
●截至3月3日，全市已发放春耕贷款3.2亿元。
"""


def test_a_bulleted_line_over_a_words_last_character_and_a_comma_is_a_cut_sentence() -> None:
    briefs = read_articles(_CUT_BRIEFS)
    assert [b.headline for b in briefs] == ["", "", ""]
    assert briefs[1].paragraphs == ("市人民医院新院区门诊楼主体工程近日封顶，预计年底投入使用。",)


# --------------------------------------- masthead lines: a county paper's, a subject page's, a city edition's


def test_a_page_named_by_its_subject_beside_its_number_is_the_section() -> None:
    text = """青溪日报
2026年10月29日　星期四
第04版　　茶叶产业专题
责任编辑：王春兰　　美术编辑：陆　军

做强“一片茶叶”　打造百亿产业
　　近年来，我市茶叶种植面积稳步扩大。
"""
    parsed = parse_page(text, 1)
    assert (parsed.masthead.page_label, parsed.masthead.section) == ("第04版", "茶叶产业专题")
    assert [type(x).__name__ for x in parsed.items] == ["Article"]
    assert_nothing_lost(text, parsed)


def test_a_city_edition_and_its_two_letter_page_label() -> None:
    text = """青溪都市报·东湖读本
GA06
2026年12月3日　星期四
社区·民生
主编：梁　敏　　编辑：何晓晴

家门口吃上热乎饭
　　中午11点半，东湖社区长者饭堂里飘出饭菜香。
"""
    parsed = parse_page(text, 1)
    m = parsed.masthead
    assert (m.newspaper, m.edition, m.page_label, m.section) == (
        "青溪都市报",
        "东湖读本",
        "GA06",
        "社区·民生",
    )
    assert_nothing_lost(text, parsed)


def test_a_pages_name_in_two_words_set_apart_by_a_space() -> None:
    text = """7
2026年6月16日　星期二　　　　　　青溪日报
公告　分类
广告部电话：0370-3221100　　编辑：宋　艳

减资公告
　　青溪某某农业科技有限公司经股东会决议，注册资本由1000万元减少至200万元。
"""
    parsed = parse_page(text, 1)
    assert parsed.masthead.section is not None and compact(parsed.masthead.section) == "公告分类"
    assert [(type(x).__name__, x.source.first) for x in parsed.items] == [("Notice", 6)]
    assert_nothing_lost(text, parsed)


# --------------------------------------- the foot: the desk's and the paper's own lines in their wordings

_FOOT_WORDINGS = (
    "社区新闻热线：0538-6980000",
    "青溪晚报县域新闻热线：0710-3510000",
    "青溪县融媒体中心出品　　新闻热线：0797-5320000",
    "今日青溪社出版　　广告热线：0532-88360000",
    "民生热线：0370-5120000　（24小时）\n广告热线：0370-5120001",
    "国家某某委员会主管　青溪报社主办",
)


def test_the_papers_own_lines_at_the_foot_are_furniture_in_any_wording() -> None:
    for foot in _FOOT_WORDINGS:
        text = f"""青溪晚报
2026年11月19日　星期四
A06　民生

小区加装电梯投用
　　本报讯　东湖小区首批加装电梯日前投入使用，
惠及居民120余户。

{foot}
"""
        items = read_items(text)
        assert [(type(x).__name__, x.source.first, x.source.last) for x in items] == [("Article", 5, 7)], foot


def test_a_call_for_letters_with_the_address_they_go_to_and_the_mailbox_under_it_is_the_foot() -> None:
    text = """青溪晚报
2026年11月5日　星期四
第2版　观点

充电桩进小区不能“卡脖子”
　　今年我市计划在老旧小区新增公共充电桩600个，
目前已完成420个。

欢迎读者来信来稿　来稿请寄：青溪晚报评论部
邮箱：qxwbpl@126.com
"""
    items = read_items(text)
    assert [(type(x).__name__, x.source.first, x.source.last) for x in items] == [("Article", 5, 7)]


# --------------------------------------- a byline led by what its names did (采写：)


def test_a_byline_led_by_cai_xie_and_a_colon_credits_its_reporter_and_correspondent() -> None:
    text = """青溪都市报
2026年12月3日　星期四
A06　社区

家门口吃上热乎饭
东湖长者饭堂覆盖全部社区
采写：都市报记者　陈思远　通讯员　东民宣
　　中午11点半，东湖社区长者饭堂里飘出饭菜香。
"""
    story = first_article(text)
    assert story.source.first == 5
    assert story.byline is not None
    assert (story.byline.reporters, story.byline.correspondents) == (("陈思远",), ("东民宣",))


def test_a_pages_name_with_its_english_name_beside_it_is_the_section() -> None:
    text = """04
城事 CITY
2026年5月21日　星期四　青溪晚报

社区夜校“上新”32门课
　　本报讯　东湖社区夜校本月推出32门新课程。
"""
    parsed = parse_page(text, 1)
    assert (parsed.masthead.page_label, parsed.masthead.section) == ("04", "城事")
    assert [(type(x).__name__, x.source.first) for x in parsed.items] == [("Article", 5)]
    assert_nothing_lost(text, parsed)


def test_a_prompt_to_install_the_papers_app_and_what_it_shows_is_a_qr_prompt() -> None:
    text = """青溪日报
2026年11月25日　星期二
A11

社区夜校“上新”32门课
　　本报讯　东湖社区夜校本月推出32门新课程。

下载青溪云客户端 看更多区域新闻
"""
    items = read_items(text)
    assert [(type(x).__name__, x.source.first) for x in items] == [("Article", 5), ("QrPrompt", 8)]


def test_a_flush_line_under_a_datelines_line_at_the_measure_goes_on_with_its_paragraph() -> None:
    text = """青溪日报
2026年3月5日　星期四
第2版　要闻

全省政协会议在青溪开幕
　　本报讯（记者　孙　明）省政协十三届五次会议4日下午在省人民会堂开幕，会期五天整。
来自各党派、各团体、各界的政协委员齐聚一堂，共商发展大计。
　　大会听取了省政协常委会工作报告和提案工作情况的报告，委员们将围绕全省经济社会
发展建言献策，为全省高质量发展贡献智慧和力量，会议期间还将举行专题协商
会和界别协商会，围绕城乡融合发展、基层治理等重点议题开展协商议政活动，
推动各项工作落到实处。
"""
    story = first_article(text)
    assert len(story.paragraphs) == 2
    assert story.paragraphs[0].endswith(
        "会期五天整。来自各党派、各团体、各界的政协委员齐聚一堂，共商发展大计。"
    )


def test_a_call_for_tips_with_its_reward_under_the_papers_line_is_the_foot() -> None:
    text = """青溪晚报
2026年7月28日　星期二
A04　城事

小区加装电梯投用
　　本报讯　东湖小区首批加装电梯日前投入使用，
惠及居民120余户。

本报热线：0558-2150000　微信：青溪晚报
爆料有奖　线索一经采用奖励50-500元
"""
    items = read_items(text)
    assert [(type(x).__name__, x.source.first, x.source.last) for x in items] == [("Article", 5, 7)]


def test_the_papers_name_leading_its_imprint_at_the_foot_names_a_page_whose_top_does_not() -> None:
    text = """03
镇街动态
2026年4月22日　星期三　责编：赵春雨　美编：孙　萌

南法镇：老旧小区加装电梯“加速跑”
　　本报讯　4月18日，南法镇首批加装电梯投入使用。

青溪时讯　　地址：青溪区府前街8号　　新闻热线：69440000
"""
    parsed = parse_page(text, 1)
    assert parsed.masthead.newspaper == "青溪时讯"
    assert [type(x).__name__ for x in parsed.items] == ["Article"]
    assert_nothing_lost(text, parsed)
