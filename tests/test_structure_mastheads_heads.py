"""Round 6's classes of page furniture, head blocks, feature credits and paper datelines, each on
snippets written for it in the style of papers nobody listed (no text of the blind pages).

- a paper's name known by its shape at the top of the page (…晨报, …法制报, …新区报), and a
  county paper's masthead extras (机关报 line, weekday, lunar date, issue number) kept as the
  page's imprint, not as items;
- a short column label set over a longer, punctuated headline is the kicker;
- 摄影：某某 under a feature's byline is its photographer, the feature stays one article;
- <paper><place>讯（记者 …）is a dateline, its names the byline.
"""

from __future__ import annotations

import json
from pathlib import Path

from publisher.model import Article, Byline, PageInfo, PullQuote, Subhead, edition_from_dict, edition_to_json
from publisher.reader import parse_page, structure_pages
from publisher.reader.masthead import parse_masthead_line
from publisher.reading import PageText
from tests.nothing_lost import assert_nothing_lost


def _articles(text: str) -> list[Article]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert parsed.warnings == ()
    return [i for i in parsed.items if isinstance(i, Article)]


# ------------------------------------------------------------------ paper names by shape


def test_an_unlisted_paper_name_at_the_top_is_the_paper_and_the_furniture_round_it_is_read() -> None:
    text = (
        "黔东南晨报\n2025年5月6日 星期二\nB05\n文体·赛事\n\n"
        "州运会篮球赛开赛\n本报记者 杨 帆\n\n本报讯 5日，州运会篮球比赛在凯里开赛，16支队伍参赛。\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("黔东南晨报", "2025-05-06", "B05", "文体·赛事")
    assert m.lines == (1, 2, 3, 4)
    (article,) = parsed.items
    assert isinstance(article, Article) and article.source.first == 6
    assert article.headline == "州运会篮球赛开赛"


def test_a_name_of_an_unlisted_kind_ending_in_bao_is_a_paper_only_at_the_top() -> None:
    # page number and section above the name, the English title and date below it
    text = "A03\n要闻\n滨湖新区报\nBINHU NEW AREA\n2025年6月2日 星期一\n\n"
    text += "新区首条地铁线开通\n\n本报讯 昨日，地铁开通。\n"
    parsed = parse_page(text)
    assert (parsed.masthead.newspaper, parsed.masthead.newspaper_en) == ("滨湖新区报", "BINHU NEW AREA")
    assert (parsed.masthead.page_label, parsed.masthead.section) == ("A03", "要闻")
    # …法制报 / …青年报 are kinds of paper anywhere; the same shape is no paper in the body
    assert parse_masthead_line("江淮法制报") is not None
    assert parse_masthead_line("江淮法制报").newspaper == "江淮法制报"  # type: ignore[union-attr]
    assert parse_masthead_line("滨湖新区报") is None
    # words of the news ending in 报 are not papers, even at the top
    for word in ("县防汛工作通报", "天气预报", "新闻播报", "春耕喜报"):
        line = parse_masthead_line(word, top=True)
        assert line is None or line.newspaper is None, word


def test_masthead_lines_printed_one_to_a_block_and_a_dotted_section_after_the_page_number() -> None:
    spaced = "沅江报\n\n2025年5月9日 星期五\n\nA04\n\n城事\n\n春耕忙\n\n本报讯 连日来，全市农机下田。\n"
    parsed = parse_page(spaced)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section, m.lines) == (
        "沅江报",
        "2025-05-09",
        "A04",
        "城事",
        (1, 3, 5, 7),
    )
    (article,) = parsed.items
    assert (article.source.first, article.headline) == (9, "春耕忙")
    # a lone short line under nothing but a page number is a headline, not a section
    (alone,) = parse_page("A04\n\n春耕忙\n\n本报讯 连日来，农机下田。\n").items
    assert (alone.source.first, alone.headline) == (3, "春耕忙")  # type: ignore[union-attr]
    colon = parse_page("第B02版：娄底·城事\n湘中晨报\n2025年5月9日\n\n春耕忙\n\n本报讯 连日来，农机下田。\n")
    assert (colon.masthead.newspaper, colon.masthead.page_label, colon.masthead.section) == (
        "湘中晨报",
        "第B02版",
        "娄底·城事",
    )
    # a paper and its edition joined by a dot are those, not a section
    joined = parse_page("丽水日报·缙云版\n2025年5月9日\n\n春耕忙\n\n本报讯 连日来，农机下田。\n").masthead
    assert (joined.newspaper, joined.edition, joined.section) == ("丽水日报", "缙云版", None)


def test_a_county_papers_masthead_extras_are_its_imprint_not_items() -> None:
    text = (
        "2\n综合\n凤岭报\nFENGLING BAO\n中共凤岭县委机关报\n2025年6月3日\n星期二\n农历乙巳年五月初八\n"
        "总第4021期\n\n"
        "我县新建乡村公路42公里\n■本报记者 韦 明\n\n"
        "本报讯 今年以来，我县新建和改造乡村公路42公里，惠及群众3万余人。\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.newspaper_en, m.date, m.page_label, m.section) == (
        "凤岭报",
        "FENGLING BAO",
        "2025-06-03",
        "2",
        "综合",
    )
    assert m.imprint == ("中共凤岭县委机关报", "总第4021期")
    assert m.lines == tuple(range(1, 10))
    (article,) = parsed.items
    assert (article.type, article.source.first, article.source.last) == ("article", 11, 14)


def test_the_imprint_is_in_the_editions_json_and_read_back() -> None:
    text = "固岭报\n中共固岭县委主办\n2025年6月3日 星期二\n第5120期 今日4版\n\n"
    text += "全县春播工作推进会召开\n\n本报讯 昨日，会议召开。\n"
    page = PageText(path=Path("p.txt"), text=text, encoding="utf-8", sha256="0" * 64)
    edition = structure_pages([page])
    assert edition.pages == (PageInfo(1, None, None, ("中共固岭县委主办", "第5120期 今日4版")),)
    data = json.loads(edition_to_json(edition))
    assert data["pages"][0]["imprint"] == ["中共固岭县委主办", "第5120期 今日4版"]
    assert edition_from_dict(json.loads(edition_to_json(edition))).pages == edition.pages
    # a page that prints no imprint keeps the JSON it had
    plain = structure_pages([PageText(page.path, "嘉兴日报\n\n标题\n\n本报讯 昨日。\n", "utf-8", "0" * 64)])
    assert "imprint" not in json.loads(edition_to_json(plain))["pages"][0]


# ------------------------------------------------------------------ two-line heads


def test_a_short_label_over_a_longer_punctuated_headline_is_the_kicker() -> None:
    text = (
        "乡村新貌\n东坪村的茶叶，坐上班列卖到了中亚\n\n"
        "本报讯（记者 覃 雪）近日，东坪村的20吨绿茶搭乘中欧班列发往中亚。\n\n"
        "非遗传承\n老木匠收了三个年轻徒弟，雕花手艺有人接了\n本报记者 蓝 天\n\n"
        "本报讯 在三江侗族自治县，老木匠吴师傅今年收下三名徒弟。\n"
    )
    first, second = _articles(text)
    assert (first.kicker, first.headline, first.subheadline) == (
        "乡村新貌",
        "东坪村的茶叶，坐上班列卖到了中亚",
        None,
    )
    assert (second.kicker, second.headline, second.subheadline) == (
        "非遗传承",
        "老木匠收了三个年轻徒弟，雕花手艺有人接了",
        None,
    )


def test_a_label_with_a_dot_or_a_quoted_word_is_a_kicker_too() -> None:
    for label in ("聚焦·两会", "“两会”观察"):
        text = f"{label}\n代表委员热议乡村振兴，建言献策话发展\n\n本报讯（记者 王强）昨日，记者来到现场。\n"
        (article,) = _articles(text)
        assert (article.kicker, article.headline, article.subheadline) == (
            label,
            "代表委员热议乡村振兴，建言献策话发展",
            None,
        )


def test_a_short_headline_keeps_its_dashed_deck_and_a_long_first_line_its_deck() -> None:
    text = (
        "春耕忙\n——全县200台农机下田作业\n\n本报讯 连日来，全县农机下田。\n\n"
        "县城新增三处口袋公园\n今年计划再建十处，方便居民就近休闲\n\n本报讯 近日，三处口袋公园开放。\n"
    )
    first, second = _articles(text)
    assert (first.kicker, first.headline, first.subheadline) == (None, "春耕忙", "——全县200台农机下田作业")
    assert (second.kicker, second.headline, second.subheadline) == (
        None,
        "县城新增三处口袋公园",
        "今年计划再建十处，方便居民就近休闲",
    )


# ------------------------------------------------------------------ a feature with a photo credit


def test_a_photo_credit_under_a_features_byline_is_its_photographer() -> None:
    text = (
        "滇西纪行\n一条老街的新生活，从一间咖啡馆开始\n\n"
        "【编者按】古城的老街近年来陆续开出了新店。本期我们走进其中一家，听店主讲他们的故事。\n\n"
        "本报记者 段丽 通讯员 杨 平\n摄影：本报记者 李 航\n\n"
        "清晨七点，老街还没热闹起来，咖啡馆的门已经开了。\n\n"
        "回乡的年轻人\n\n"
        "店主小和在昆明读完大学，前年回到老家开了这家店。\n\n"
        "“老街不能只有怀旧，也要有年轻人的日子。”\n\n"
        "——咖啡馆店主 和 强\n\n"
        "老手艺新用法\n\n"
        "店里的杯垫都是隔壁扎染坊做的，游客买得最多。\n"
    )
    (article,) = _articles(text)
    assert (article.kicker, article.headline, article.standfirst_label) == (
        "滇西纪行",
        "一条老街的新生活，从一间咖啡馆开始",
        "编者按",
    )
    assert article.byline is not None
    assert (article.byline.reporters, article.byline.correspondents, article.byline.photographers) == (
        ("段丽",),
        ("杨平",),
        ("李航",),
    )
    assert article.subheads == (Subhead("回乡的年轻人", before=1), Subhead("老手艺新用法", before=2))
    assert article.pull_quotes == (
        PullQuote("“老街不能只有怀旧，也要有年轻人的日子。”", "咖啡馆店主 和强", before=2),
    )
    assert len(article.paragraphs) == 3 and (article.source.first, article.source.last) == (1, 21)


def test_a_picture_credit_with_tu_under_a_byline_is_the_photographer_too() -> None:
    text = "古桥修缮完工\n本报记者 陈 默\n图：吴 桐\n\n本报讯 历时半年，古桥修缮完工。\n"
    (article,) = _articles(text)
    assert article.byline is not None
    assert (article.byline.reporters, article.byline.photographers) == (("陈默",), ("吴桐",))


# ------------------------------------------------------------------ paper datelines


def test_a_papers_own_dateline_with_a_place_gives_its_names_to_the_byline() -> None:
    text = (
        "柳江夜游航线开通\n\n"
        "南国早报柳州讯（记者 韦 华 通讯员 蒙丽）昨日，柳江夜游新航线开通，全程约50分钟。\n\n"
        "城区新增充电桩300个\n\n"
        "八桂晚报客户端讯（记者 农 敏）记者从市发改委获悉，城区今年新增充电桩300个。\n\n"
        "桂林米粉节下周开幕\n\n"
        "本报桂林讯 第五届米粉节将于下周开幕。\n"
    )
    first, second, third = _articles(text)
    assert (first.dateline, first.byline) == (
        "南国早报柳州讯",
        Byline(reporters=("韦华",), correspondents=("蒙丽",)),
    )
    assert first.paragraphs == ("昨日，柳江夜游新航线开通，全程约50分钟。",)
    assert (second.dateline, second.byline) == ("八桂晚报客户端讯", Byline(reporters=("农敏",)))
    assert second.paragraphs == ("记者从市发改委获悉，城区今年新增充电桩300个。",)
    assert (third.dateline, third.paragraphs) == ("本报桂林讯", ("第五届米粉节将于下周开幕。",))


def test_site_and_paper_datelines_with_a_day_or_a_colon() -> None:
    text = (
        "湘江新区发布人才新政\n\n"
        "红网时刻长沙5月8日讯（记者 周 正）湘江新区昨日发布人才新政十条。\n\n"
        "全国春播进度过六成\n\n"
        "央视网消息：记者从农业农村部获悉，全国春播粮食已过六成。\n\n"
        "中欧班列开行破万列\n\n"
        "中国日报北京5月8日电 今年中欧班列开行已破万列。\n"
    )
    first, second, third = _articles(text)
    assert (first.dateline, first.byline, first.paragraphs) == (
        "红网时刻长沙5月8日讯",
        Byline(reporters=("周正",)),
        ("湘江新区昨日发布人才新政十条。",),
    )
    assert (second.dateline, second.paragraphs) == (
        "央视网消息",
        ("记者从农业农村部获悉，全国春播粮食已过六成。",),
    )
    assert (third.dateline, third.paragraphs) == ("中国日报北京5月8日电", ("今年中欧班列开行已破万列。",))
    # a word beginning with 讯 after a name ending in 网 is prose
    (prose,) = _articles("电网讯号全覆盖\n\n电网讯号已覆盖全部山村。\n")
    assert prose.dateline is None


# ------------------------------------------------------------------ round 7: desk credits, plain credits


def test_desk_credits_set_in_the_masthead_block_are_its_imprint() -> None:
    text = "黔南日报\n2025年6月9日 星期一\nA03 综合\n责编 韦 丽 美编 罗 兰\n\n"
    text += "县城新增停车位800个\n\n本报讯 近日，县城新增停车位800个。\n"
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert parsed.masthead.imprint == ("责编 韦 丽 美编 罗 兰",)
    assert [(i.type, i.source.first) for i in parsed.items] == [("article", 6)]
    chief = parse_page(text.replace("责编 韦 丽 美编 罗 兰", "主编：蒙　山　美编：覃　水"))
    assert chief.masthead.imprint == ("主编：蒙　山　美编：覃　水",)
    assert [(i.type, i.source.first) for i in chief.items] == [("article", 6)]


def test_a_credit_printed_plain_after_the_dateline_and_closed_by_baodao() -> None:
    text = (
        "湾区新开两条跨城公交\n\n"
        "本报讯 记者 林 一 通讯员 粤 交 报道：即日起，两条跨城公交线路开通。\n\n"
        "城区新增三座公园\n\n"
        "本报讯（本报记者 何 洁 报道）近日，城区新建的三座公园开放。\n"
    )
    first, second = _articles(text)
    assert (first.dateline, first.byline, first.paragraphs) == (
        "本报讯",
        Byline(reporters=("林一",), correspondents=("粤交",)),
        ("即日起，两条跨城公交线路开通。",),
    )
    assert (second.byline, second.paragraphs) == (
        Byline(reporters=("何洁",)),
        ("近日，城区新建的三座公园开放。",),
    )


def test_a_bracketed_subhead_loses_its_brackets() -> None:
    text = (
        "网购退款纠纷获调解\n\n本报讯（记者 王 丹）近日，一起网购纠纷调解结案。\n\n"
        "【案件经过】\n\n去年底，市民张某网购一台冰箱。\n\n【法官说法】\n\n网购须保留凭证。\n"
    )
    (article,) = _articles(text)
    assert [s.text for s in article.subheads] == ["案件经过", "法官说法"]


# ------------------------------------------------------------------ round 7: opinion pages


def test_author_lines_standfirst_labels_numbered_parts_and_a_closing_note() -> None:
    text = (
        "湖城论坛\n让老街区留住烟火气\n◎ 钱 卫\n\n"
        "老街区是城市的记忆。改造时既要补齐短板，也要留住生活气息。\n\n"
        "（作者系市社科院研究员）\n\n"
        "县域经济高质量发展的几点思考\n□ 林涛 欧阳青\n"
        "【内容摘要】县域经济是国民经济的基本单元。本文从产业和人才两个方面提出建议。\n\n"
        "一、做强主导产业，夯实发展根基\n\n要立足资源禀赋，培育一批特色产业集群。\n\n"
        "二、引育各类人才，激发创新活力\n\n要完善人才政策，让人才愿意来、留得住。\n"
    )
    first, second = _articles(text)
    assert (first.kicker, first.headline, first.subheadline) == ("湖城论坛", "让老街区留住烟火气", None)
    assert first.byline is not None and first.byline.credits() == [("", ("钱卫",))]
    assert first.paragraphs[-1] == "（作者系市社科院研究员）"
    assert (second.headline, second.subheadline, second.standfirst_label) == (
        "县域经济高质量发展的几点思考",
        None,
        "内容摘要",
    )
    assert second.byline is not None and second.byline.credits() == [("", ("林涛", "欧阳青"))]
    assert second.standfirst == "县域经济是国民经济的基本单元。本文从产业和人才两个方面提出建议。"
    assert [s.text for s in second.subheads] == [
        "一、做强主导产业，夯实发展根基",
        "二、引育各类人才，激发创新活力",
    ]
    assert len(second.paragraphs) == 2


def test_the_family_of_standfirst_labels() -> None:
    for printed, label in (
        ("阅读提示：", "阅读提示"),
        ("【编者的话】", "编者的话"),
        ("导语：", "导语"),
        ("摘要：", "摘要"),
        ("【题记】", "题记"),
    ):
        text = f"乡村教师的三十年\n本报记者 许 诺\n{printed}一位教师在山村讲台站了三十年。\n\n"
        text += "本报讯 清晨六点，她已到校。\n"
        (article,) = _articles(text)
        assert (article.standfirst_label, article.standfirst) == (label, "一位教师在山村讲台站了三十年。"), (
            printed
        )
    # the label's characters opening a sentence are no label
    (plain,) = _articles("会议提出要求\n\n本报讯 昨日召开会议。\n\n提要求更要抓落实，各地要细化措施。\n")
    assert plain.standfirst is None and plain.paragraphs[-1] == "提要求更要抓落实，各地要细化措施。"


def test_a_readers_letter_keeps_its_signature_and_the_editors_note() -> None:
    text = (
        "读者来信\n老旧小区的路灯何时能修好？\n\n编辑同志：\n\n"
        "我家小区的路灯坏了三个多月，晚上出行很不方便，希望有关部门尽快修复。\n\n"
        "　　　　　　城南街道居民 周桂芳\n\n"
        "编辑附言：读者反映的问题，本报已转交相关部门办理。\n"
    )
    (letter,) = _articles(text)
    assert (letter.kicker, letter.headline) == ("读者来信", "老旧小区的路灯何时能修好？")
    assert letter.paragraphs == (
        "编辑同志：",
        "我家小区的路灯坏了三个多月，晚上出行很不方便，希望有关部门尽快修复。",
        "城南街道居民周桂芳",
        "编辑附言：读者反映的问题，本报已转交相关部门办理。",
    )


def test_ben_bao_correspondent_is_a_correspondent_and_nothing_is_lost() -> None:
    text = "山区小学用上智慧课堂\n本报记者 苏 航 本报通讯员 吴 越\n\n本报讯 近日，山区小学用上智慧课堂。\n"
    (article,) = _articles(text)
    assert article.byline == Byline(reporters=("苏航",), correspondents=("吴越",))


def test_a_plain_credit_closed_by_baodao_leads_a_story_without_a_dateline() -> None:
    text = (
        "山城夜市重新开张\n\n本报记者 游 川 报道：经过改造的山城夜市昨晚重新开张。\n\n"
        "江边步道全线贯通\n\n记者 何 静 通讯员 杨 帆 报道 江边步道日前全线贯通。\n\n"
        "老厂房变身文创园\n\n记者昨日在园区看到有关报道，文创园已开园。\n"
    )
    first, second, third = _articles(text)
    assert (first.dateline, first.byline, first.paragraphs) == (
        None,
        Byline(reporters=("游川",)),
        ("经过改造的山城夜市昨晚重新开张。",),
    )
    assert (second.byline, second.paragraphs) == (
        Byline(reporters=("何静",), correspondents=("杨帆",)),
        ("江边步道日前全线贯通。",),
    )
    # prose that merely mentions a 报道 is no credit
    assert (third.byline, third.paragraphs) == (None, ("记者昨日在园区看到有关报道，文创园已开园。",))


def test_an_english_masthead_of_paper_and_edition_set_apart_by_a_dot_keeps_both() -> None:
    page = (
        "湖州日报\n德清版\nHUZHOU DAILY · DEQING EDITION\n2026年9月2日　星期三\nA1\n\n"
        "武康街道新建三处口袋公园\n"
        "　　本报讯（记者　沈一帆）武康街道三处口袋公园近日完工，新增绿地四千余平方米。\n"
    )
    parsed = parse_page(page, 1)
    assert parsed.masthead.newspaper_en == "HUZHOU DAILY · DEQING EDITION"
    assert parse_masthead_line("HUZHOU DAILY", top=True).newspaper_en == "HUZHOU DAILY"
    assert_nothing_lost(page, parsed)
