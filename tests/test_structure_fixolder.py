"""Failure classes older rounds showed (issue 10), fixer ``fixolder``.  Snippets written for these
tests in the style of city and trade papers (invented people, places and figures, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from tests.nothing_lost import read_articles

# A column of briefs, bulleted and wrapped at its own narrow measure, under a story set in a wider
# column: each bulleted line runs as far as the flush line under it, which breaks off inside its
# sentence.  The page's wider lines do not make the narrow column's full lines look short.
_NARROW_BRIEFS_UNDER_A_WIDE_STORY = """青溪晚报
2026年6月2日　星期二
A05　文旅
责任编辑：方　圆

白石古镇推出“夜游老街”项目
通讯员　钱晓雨
    本报讯　5月30日晚，白石古镇“夜游老
街”项目正式对外开放。游客可提着灯笼穿
行于老街的商铺和作坊之间，观看皮影戏，
品尝米糕、酒酿等特色小吃，体验传统手工
艺制作。
    据悉，夜游项目每晚19时至22时开放，
端午节期间市民凭本地身份证可免费入园，
外地游客享受半价优惠。景区还将在老街两
侧增设休息座椅和指示牌，方便游客夜间游
览，并安排志愿者在主要路口引导分流。
    景区负责人介绍，下一步将陆续推出非遗
展演、民俗巡游等活动，让古镇的夜晚更热
闹，吸引更多游客留下来、住下来。

旅游速递
●白沙抗战历史陈列纪念馆
6月起推出“红色寻访季”活
动，中小学生可提前两天预约
讲解服务。
●白石古镇第二届非遗手作市集
将于6月16日至18日举办，届时
将有30余家摊位参展。
（林　岚）
●端午节当天，全县12家A级
旅游景区对退役军人、教师实行
门票减免优惠。
"""


def test_a_bulleted_line_cut_at_its_own_narrow_measure_under_a_wider_story_is_its_briefs_text() -> None:
    # the column's lines run 13 to 16 characters (figures set full), the story's above about 20:
    # the bulleted line is as wide as the flush line under it, which breaks off inside a word, so
    # the brief is headless
    articles = read_articles(_NARROW_BRIEFS_UNDER_A_WIDE_STORY)
    briefs = [a for a in articles if a.kicker == "旅游速递"]
    assert [(a.headline, a.source.first, a.source.last) for a in briefs] == [
        ("", 22, 26),
        ("", 27, 30),
        ("", 31, 33),
    ]
    assert briefs[0].paragraphs[0].startswith("白沙抗战历史陈列纪念馆6月起推出“红色寻访季”活动，")
    assert briefs[1].paragraphs[0].startswith("白石古镇第二届非遗手作市集将于")


# The same narrow column with each brief's place run in before its colon, the line cut at the
# column's measure after a few words that could read as a head of their own.
_RUN_IN_PLACES_UNDER_A_WIDE_STORY = """青溪石化报
2026年4月14日　星期二
6　党建
责任编辑：方　圆

以“党建+安全”筑牢检修现场防线
本报记者　周　宁
    本报讯　今年以来，青溪石化公司各基层党组织把
党建工作与装置检修紧密结合，在检修现场设立党员先
锋岗36个，组建党员突击队12支，带动全体员工守牢安
全底线，检修任务比计划提前五天完成。
    公司党委要求，每个检修班组至少配备一名党员安
全监督员，每天开工前开展安全交底，收工后召开复盘
会，发现问题当场整改、限时销号。截至目前，各支部
共排查整改隐患210余项，实现检修期间零事故。
    “党员带头干，大家心里就有底。”检修一班班长
说，党员先锋岗让安全责任落到了每个人身上。

基层党建动态
●北山炼化：日前，公司党委组织开展“党员身边无
违章”承诺践诺活动，900余名党员签订安全承
诺书，在装置区设立党员安全监督岗60个。
（李　雯）
●南湖油田：采油二厂党总支部联合团委开展
“技术骨干进班组”活动，首批16名技术骨干
深入一线传授操作技能。
（通讯员　马　超）
"""


def test_a_run_in_place_over_a_line_cut_at_its_own_narrow_measure_heads_the_brief() -> None:
    # ●南湖油田：采油二厂党总支部联合团委开展 runs as far as the flush line under it, whose sentence
    # goes on: the place is the brief's head and the rest of the line its text, never one long head
    briefs = [a for a in read_articles(_RUN_IN_PLACES_UNDER_A_WIDE_STORY) if a.kicker == "基层党建动态"]
    assert [a.headline for a in briefs] == ["北山炼化", "南湖油田"]
    assert briefs[1].paragraphs[0].startswith("采油二厂党总支部联合团委开展“技术骨干进班组”活动，")


# A commentary's head printed over two lines, the means opened by 以 and its verb on the first
# line, what the verb drives on the second: one headline, never a headline and its deck.
_MEANS_AND_ITS_VERB_OVER_TWO_LINES = """青溪工业报
2026年3月10日　星期二
5　党建
责任编辑：方　圆

以党建品牌建设引领
基层班组提质增效
□ 许文涛
    党建品牌是基层党组织的名片。去年以来，公司各党支部围绕生产
经营中心任务，培育了一批叫得响、立得住的党建品牌，把组织优势转
化为发展优势。
    实践证明，党建工作抓实了，班组的精气神就提起来了。

以案说法
网购“低价名表”被骗两万元
本报记者　陆　遥
    本报讯　近日，县法院审结一起网络诈骗案，被告人以“低价代购”
为名骗取多名买家钱款，被依法判处有期徒刑三年。
"""


def test_a_line_ending_on_the_verb_its_means_drives_runs_into_its_object() -> None:
    # 以党建品牌建设引领 ends on the verb 以 leads to: its object opens the next line, one headline;
    # a label of a few words opening with 以 (以案说法) is still the kicker over its own headline
    commentary, case = read_articles(_MEANS_AND_ITS_VERB_OVER_TWO_LINES)
    assert (commentary.kicker, commentary.headline, commentary.subheadline) == (
        None,
        "以党建品牌建设引领基层班组提质增效",
        None,
    )
    assert (case.kicker, case.headline) == ("以案说法", "网购“低价名表”被骗两万元")


# A head over two lines whose second opens on a character quoted as a verb (“链”出, “绣”出) that
# the first line holds in its subject: a pun on the subject, one headline however short the
# subject's line.
_PUN_ON_A_SHORT_SUBJECT = """青溪农民报
2026年8月19日　星期三
5　经济
责任编辑：方　圆

苹果产业链
“链”出致富新门路
本报记者　吴　桐
    本报讯　八月的青溪县，苹果园里果实累累。近年来，县里引进加工
企业，建起冷链仓储，把苹果从鲜果卖成果汁、果干，产业链越拉越长。
"""


def test_a_quoted_verb_echoing_a_short_subject_above_runs_into_one_headline() -> None:
    # “链”出 takes its character from 苹果产业链 above: the subject and its predicate, one
    # headline, though the subject's line is as short as a column's label
    story = read_articles(_PUN_ON_A_SHORT_SUBJECT)[0]
    assert (story.kicker, story.headline, story.subheadline) == (None, "苹果产业链“链”出致富新门路", None)
