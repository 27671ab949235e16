"""Failure classes round 93 showed on a service page of an evening paper (issue 10, r93b): a
column of tips under a short label whose items are each led by an arrow, ▶, over prose set solid
(生活提示 / ▶某日起，… / ▶…), the last closed by its correspondent's credit.  Snippets written for
these tests in the style of city papers (invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, QrPrompt
from publisher.reader import parse_page
from tests.nothing_lost import read_items

# ---------------------------------------- a column's arrow-led prose items: headless briefs, one each

_ARROW_TIPS = """青溪晚报　　B03　　便民

出行提示
▶12月30日起，青溪市汽车北站增开至临江方向夜班车，末班
发车时间延至22时。
▶元旦期间，城区部分路段实行临时交通管制，请市民提前规划
路线，绕行通过。
▶即日起至明年2月底，市区各停车场冬季收费时段调整为8:00
至20:00。（通讯员　林　舟）

数读
前三季度全市外贸运行
▶进出口总额增长5.2%
▶出口增长7.8%
▶跨境电商交易额增长21.4%
"""


def test_arrow_led_prose_under_a_label_is_a_column_of_headless_briefs() -> None:
    items = read_items(_ARROW_TIPS)
    briefs = [it for it in items if isinstance(it, Article) and it.source.first < 11]
    assert [(b.source.first, b.source.last) for b in briefs] == [(3, 5), (6, 7), (8, 9)]
    assert all(b.kicker == "出行提示" and not b.headline for b in briefs)
    assert briefs[0].paragraphs == ("12月30日起，青溪市汽车北站增开至临江方向夜班车，末班发车时间延至22时。",)
    assert briefs[0].byline is None
    assert briefs[2].byline is not None and briefs[2].byline.correspondents == ("林舟",)
    # arrows set solid one under another are the points of one list, not briefs
    figures = next(it for it in items if isinstance(it, Article) and it.source.first == 11)
    assert figures.source.last == 15 and len(figures.paragraphs) == 3


# ------------------- a word ending in 新闻 beside the page's number names the page; 今日 + a place the paper

_COUNTY_TOP = """3　　镇村新闻
今日临溪　2026年4月8日　星期三
编辑：周海燕　　校对：陈　立

石桥镇
茶园春管忙
　　4月6日，石桥镇万亩茶园里，茶农们正忙着修剪、施肥，为春茶采摘做准备。
"""


def test_a_news_word_beside_the_page_number_is_the_section_and_today_place_the_paper() -> None:
    page = parse_page(_COUNTY_TOP)
    assert page.masthead.newspaper == "今日临溪"
    assert page.masthead.section == "镇村新闻"
    assert page.masthead.page_label == "3"


# --------------- a credit set off by wide spaces after the dateline: a byline, out of the sentence after it

_SET_OFF_CREDIT = """民乐团新春音乐会下月开演
本报讯　记者　周晓岚　由临溪民族乐团精心排演的新春音乐会将于1月
18日在市音乐厅上演，门票即日起开售。

县城新添两座口袋公园
本报讯　记者　赵　凯　从县住建局获悉，城东、城南两座口袋公园已于近日
完工开放。
"""


def test_a_credit_set_off_by_wide_spaces_after_the_dateline_is_out_of_the_sentence() -> None:
    concert, parks = (it for it in read_items(_SET_OFF_CREDIT) if isinstance(it, Article))
    assert concert.byline is not None and concert.byline.reporters == ("周晓岚",)
    assert concert.paragraphs[0].startswith("由临溪民族乐团精心排演")
    # the reporter as the sentence's subject (从…获悉) keeps the name in it, as printed
    assert parks.byline is not None and parks.byline.reporters == ("赵凯",)
    assert parks.paragraphs[0].startswith("记者赵凯从县住建局获悉")


# ---------------------------- a desk line whose mail address is printed masked (××): the page's furniture

_MASKED_DESK_MAIL = """临溪日报
第4版
青溪·副刊
2026年10月9日　星期五
责任编辑：郑晓云　　投稿邮箱：lxfk@××.com

山间的柿子
□ 陈一鸣
    霜降一过，山间的柿子就红透了。
    老屋后面有两棵柿子树，是祖父年轻时栽下的。
"""


def test_a_desk_line_with_a_masked_mail_address_is_furniture() -> None:
    parsed = parse_page(_MASKED_DESK_MAIL)
    assert all(it.source.first > 5 for it in parsed.items)
    assert any("lxfk@××.com" in line for line in parsed.masthead.imprint)


# ----------------------------- a code to call a hotline, its number set solid under it: one QR prompt

_CALL_BY_CODE = """市区新增20处便民修车点
　　记者从市交通局获悉，今年市区将新增20处便民修车点，年底前全部投用。

扫码拨打临溪晚报帮办热线
您有难事我来帮　0571-8××××365
"""


def test_a_number_under_a_code_to_call_it_is_the_prompts() -> None:
    items = read_items(_CALL_BY_CODE)
    prompt = next(it for it in items if isinstance(it, QrPrompt))
    assert (prompt.source.first, prompt.source.last) == (4, 5)
    assert not any(isinstance(it, Advertisement) for it in items)
