"""Head blocks: which lines above a story are kicker, headline and deck.

A kicker, headline and deck are separate blocks; a headline may be printed over
two lines.  ``wraps`` tells the two apart, ``head_fields`` names the blocks.
"""

from __future__ import annotations

import os
import re

from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_MARK, clean_text, compact, ends_sentence, is_han, whole_quotation
from publisher.reader.bylines import notes_label
from publisher.reader.line_kinds import (
    BRIEF_COLUMN,
    BYLINE,
    DATELINE,
    DECK_DASHES,
    SIDEBAR_LABELS,
    TEXT,
    clause_punctuated,
)
from publisher.reader.lines import (
    Line,
    genre_note,
    headline_like,
)

# A weights file for the learned reading of two head blocks (head_roles), or off: the rules alone.
MODEL_ENV = "PINGHU_HEAD_MODEL"
HEAD_LINES_MAX = 3  # kicker, headline, deck (a headline wrapped over two lines counts once)
# A head line ending in a word that needs what follows (…的 / 关于… / …聚焦) or a line
# starting with a particle (的 / 了) is one headline printed over two lines.
_WRAP_END = compile_pattern(
    r"(?:的|和|与|及|暨|为|在|对|向|从|把|将|让|使|被|给|以|于|之|关于"
    # (…持续 is no such word: 高温天气持续, 客流高峰持续 end their clause on it, the subject's
    # verb; as an adverb it is printed with its verb, 持续推进)
    r"|推进|推动|助力|聚焦|深化|强化|加快|打造|实施|全力|进一步"
    # verbs that never end a phrase without their object (…建成 / “一网通办”服务中心)
    r"|建成|迎来|获评|入选|成为|推出|实现|开启|走进|带动|获得|荣获|喜获|创建|进入"
    # …引进 / 亿元以上项目42个, …新改建 / 城市绿道120公里, 稻田里办起 / “…节”: what is added or set
    # up is the object on the next line
    r"|新增|引进|新建|改建|办起|建起|搭起"
    # …跑出 / “加速度”, …架起 / “连心桥”: a verb and its result, the pace or the thing it made next
    r"|架起|撑起|跑出|织密|筑牢"
    # …铺就 / “致富路”, 谱就 / “新篇章”: any verb made whole by 就 (what it paves, weaves, composes,
    # casts is done) still waits for what it made
    r"|[铺绘织谱铸写练造]就"
    # “某某站”周边 / 公交线网优化调整: a place's surroundings (周边, 沿线) name where, not what: the
    # noun they qualify is on the next line
    r"|周边|附近|沿线|周围"
    # …送上 / 重阳“暖心包”, …献上 / …: a verb of giving, what is given on the next line
    r"|送上|送去|送来|送出|献上"
    # 暴雨中，几名路人手拉手护送 / 被困老人过马路: a verb of taking someone along (护送, 接送, 搀扶),
    # who is taken on the next line
    r"|护送|接送|搀扶"
    # …入选省级 / 营商环境…试点县: a level (省级, 国家级) qualifies the noun after it, never ends one
    r"|(?:省|市|县|区|国家|部)级"
    # …审理一起 / 相邻权纠纷案, …迎来一批 / …: a count told in words (一起, 一批, 两名) before what it
    # counts (一起 the adverb follows its doers, 在一起, 我们一起; 第一名 is a rank, whole)
    r"|(?<![在们到第你我他她])[一两几数][起批场项座名位家件宗处所条只台辆种]"
    r")$"
)


# 以高质量党建引领保障 / 企业高质量发展: the means opened by 以 and the verb it drives, the line
# ending on that verb (以某某引领, 以某某推动促进): in 以X引领Y the verb takes its object after it,
# never closing the phrase (as 示范引领, 有保障 may close one without 以 before them)
_MEANS_VERB_END = compile_pattern(
    r"^以[^，,。；：:\s]{2,14}?(?:引领|推动|带动|助推|赋能|驱动|支撑|保障|促进|激活|提升)+$"
)


# 招工季开启, “采摘季”开启, 暑期档开启: a season (or a show's run) is what opens, the verb's subject,
# its clause ended (…开启 / 新征程 waits for what it opens)
_SEASON_OPENED = compile_pattern(r"[季档][”\"’']?开启$")

# 家门口的“口袋公园”又多了几处, 城区公厕又添了两座: a count after a verb of growing or shrinking
# done (多了, 少了, 添了) says by how much the subject named before it changed, its clause ended;
# what it counts is that subject, not a noun on the next line (审理一起 / 某某案 waits for its case)
_CHANGED_BY_COUNT = compile_pattern(r"(?:多|少|添|增|减)了[一两几数][起批场项座名位家件宗处所条只台辆种]$")


def _wrap_end(text: str) -> bool:
    """The head line ends in a word that needs what follows (``_WRAP_END``), or on the verb a
    means opened by 以 drives (``_MEANS_VERB_END``).  A 的 read dì is the noun (target), not the
    particle waiting for its noun: 一语中的, 众矢之的, a column's label whole on its line over the
    headline."""
    if _MEANS_VERB_END.match(compact(text)):
        return True
    m = _WRAP_END.search(text)
    if m is None:
        return False
    if _SEASON_OPENED.search(text):
        return False  # (节后“招工季”开启: the season named before the verb is what opened, no object awaited)
    if _CHANGED_BY_COUNT.search(text):
        return False  # (…又多了几处: by how much the subject changed, its clause ended)
    if m.group() != "的":
        return True
    # imported here: the reading is wanted only for a head line ending in 的, and pypinyin's
    # dictionaries cost the reader 0.4 s and their memory on every other page
    from publisher.pinyin import readings

    return readings(text)[-1] != "dì"


# A clause never ends a head on its comma (朋友借钱不还， / 聊天记录能当证据吗？): the line goes on.
_CLAUSE_GOES_ON = compile_pattern(r"[，,、]$")
# 全省前5月快递业务 / 收入同比增长12.6%: a line that is only a measure's name and its change on the
# year (a figure) measures what the line above names: one headline wrapped
_MEASURE_CHANGE = compile_pattern(r"^[\u4e00-\u9fff]{2,4}(?:同比|环比)(?:增长|下降|提升|上升|减少|回落)\d")
# 一季度重大项目开工率 / 同比提升11个百分点, …累计并网装机 / 突破5000万千瓦: a line that is only a
# measure's predicate (a verb of change and its figure) has no subject of its own: the line above
# names what it measures
_QUANTITY_PREDICATE = compile_pattern(
    r"^(?:同比|累计)?(?:突破|超过|达到|达|超|逾|增至|升至|提升|增长|下降|减少)\d\S*$"
)
# 无证驾驶送货 / 也难逃…: an adverb that needs the subject before it (也, 却, 仍, 亦) opens no head and no
# deck (也谈…, 也说…, an essay's title, answers another's)
# (的士, 的哥, 的确: words 的 opens, no particle; a head may open on them: 的士司机…)
_WRAP_START = compile_pattern(r"^(?:的(?![士哥姐确])|了|着|之|(?:也|却|仍|亦)(?![谈说论]))")
# “某某”志愿服务 / 队为独居老人送去冬衣: the last character of a group's name (队, 组, 团, 站; 员, 者
# of a person's kind) cut onto the next line, the verb or preposition of its sentence right after
# it: no deck opens on a bound suffix, the line above is its noun's first part
_SUFFIX_CUT = compile_pattern(
    r"^(?!站在)[队组团站员者](?:为|在|把|将|向|与|给|让|获|赴|进|走进|深入|开展|举办|助力)"
)
# 泗洪县医保服务站 / 实现乡镇全覆盖, 瓯北街道“共享法庭” / 化解纠纷120余起, 青稞产业链 / “链”出…: a
# line that opens on a verb which needs a subject before it is the predicate of the line above
# (a column's label over a headline is short and calls for action with 让…, not with these); 某地：
# 世界自然遗产地 / 迎来踏青旅游热: what a place or a thing received or was named (迎来, 入选, 获评)
# needs the one who received it
_PREDICATE_LEAD = compile_pattern(
    r"^(?:实现|开通|化解|成为|集中|再现|累计|并网|追回|新增|迎来|喜迎|入选|获评|荣获|“[\u4e00-\u9fff]”出)"
)
# 青稞产业链 / “链”出…: the quoted character a resultative verb opens on (“链”出, “加”出)
_QUOTED_VERB_LEAD = compile_pattern(r"^“(?P<char>[\u4e00-\u9fff])”出")


def _echoed_pun(a: str, b: str) -> bool:
    """``b`` opens on a character quoted as a verb that the line ``a`` above holds as a word of its
    subject (青稞产业链 / “链”出增收新路子, 加装电梯 / “加”出幸福感): a pun on the subject, so the
    subject however short (no column's label) and its predicate are one headline."""
    m = _QUOTED_VERB_LEAD.match(compact(b))
    return m is not None and m.group("char") in compact(a)


# 幼儿园12所, 项目9个: a line ending on a counted amount (its clause closed there)
_COUNT_END = compile_pattern(r"\d[\d.]*[余多]?[个条名家所座项处批场位只辆台套件种户间栋块支元米吨岁%％]$")
_SUBJECT_MIN = 6  # a subject phrase on a line of its own: longer than a column's label
# …召开 / …推进会: a verb left without its object, and the event it holds on the next line.
_EVENT_VERBS = "(?:召开|举行|举办|开展|启动|签订|签署|发布)"
_WRAP_VERB_END = compile_pattern(rf"{_EVENT_VERBS}$")
# (the object may be a long policy phrase, or begin with its year: 召开巩固拓展脱贫攻坚成果 /
# 同乡村振兴有效衔接推进会, 开展2026年 / “某某日”系列活动)
_WRAP_VERB_OBJECT = compile_pattern(rf"{_EVENT_VERBS}[\u4e00-\u9fff\d]{{1,12}}$")
# 我市召开重大项目集中签约大会: a line that holds the event in one verb and its object.
_EVENT_HELD = compile_pattern(
    r"(?:召开|举行|举办)[\u4e00-\u9fff\d]{0,12}(?:会|会议|大会|活动|仪式|论坛|比赛|大赛|展览|典礼|晚会)$"
)
# (…行动: a campaign, held as an event is: 我区启动2026年 / “某某”提质增效行动; …安全教育,
# …普法宣传, …义诊: what is carried out for the public, held as an event is: 某区开展寒假青少年 /
# 防溺水安全教育)
_WRAP_EVENT_END = compile_pattern(
    r"(?:会|会议|大会|活动|行动|仪式|论坛|比赛|大赛|节|展览|演练|培训班|典礼|晚会|教育|宣传|宣讲|义诊|培训)$"
)
# …会议开幕 / …项目开工: a line that says a whole event is a headline of its own, even set
# solid under the kicker above it.
_WHOLE_HEAD_END = compile_pattern(
    r"(?:开幕|闭幕|开赛|举行|召开|启动|成立|揭牌|开工|竣工|投用|签约|开园|开通|通车|开业|落幕|出炉|亮相)$"
)

# The kinds of event a name ends with (…冰雪运动会, …乒乓球锦标赛)
# (招聘会, 推介会: a fair named for what is done at it, 某某专场招聘会 over 提供岗位6800余个)
_EVENT_KINDS = (
    "(?:运动会|联赛|锦标赛|邀请赛|公开赛|大奖赛|选拔赛|大赛|博览会|交易会|文化节|艺术节|旅游节|音乐节"
    "|招聘会|推介会|洽谈会|展销会)"
)
# 某县小将全省少年 / 游泳锦标赛夺金: an event's name cut after its scope (全省…), its kind on the next line
_EVENT_SCOPE_END = compile_pattern(r"全[国省市县区][\u4e00-\u9fff]{0,5}$")
# 某市第十八届中小学生 / 田径运动会落幕: an event's name cut after its edition (第N届) and who takes
# part, before its kind: an edition counts an event, and no event of a kind is named on the line
_EVENT_EDITION_END = compile_pattern(r"第[\d一二三四五六七八九十百]+届(?P<tail>[\u4e00-\u9fff]{0,8})$")
_EVENT_KIND_LEAD = compile_pattern(rf"^[\u4e00-\u9fff]{{0,8}}?{_EVENT_KINDS}")
_EVENT_KIND_INSIDE = compile_pattern(rf"{_EVENT_KINDS}|节|会|赛")
# …入选国家 / …名单, …获评全国 / …称号: a verb of being entered in a list or named, its object
# cut before the list's own name
_LISTED_IN = compile_pattern(r"(?:入选|列入|纳入|获评|荣获|跻身)[\u4e00-\u9fff]{1,8}$")
_LIST_END = compile_pattern(r"(?:名单|名录|榜单|称号|序列|目录)$")
# 全省首个…, 我市首批…: the first of its kind in a place, a noun phrase waiting for what became of it
_FIRST_OF_KIND = compile_pattern(
    r"^(?:全[国省市县区]|省内|国内|我[省市县区])(?:首[个家座条批台]|第一[个家座条批])"
)
_KIND_DONE = compile_pattern(
    r"(?:挂牌|揭牌|落户|开工|竣工|投用|投运|投入使用|交付使用|启用|开通|开放|开业|成立|建成|亮相|发布|出炉"
    r"|运营|发车|通车)$"
)

# 某省统一大市场建设 / 重点任务清单发布, 我国首个…治沙 / 生态监测网络建成: a first line that is a noun
# phrase only (no verb of what became of it) over a line no longer that names a thing and what
# became of it (…发布, …建成) is one headline wrapped: the noun phrase is the subject's first half.
# A modal lead (有望…, 预计…) has no subject of its own: the line above is it.
_MODAL_LEAD = compile_pattern(r"^(?:有望|预计|将于|即将)")
# 某省盆栽花卉 / 加快“走出去”: a verb of pace (加快, 稳步…) under a noun phrase alone, on a line no
# longer than it, says how the subject above goes on: the predicate of one headline wrapped
_PACE_LEAD = compile_pattern(r"^(?:加快|加速|提速|稳步|持续|不断)")
# a verb anywhere on the first line (…召开…, …获…, …达…) may make it a whole headline over its deck:
# only a line with none of these is read as a noun phrase alone
_VERB_INSIDE = compile_pattern(
    r"召开|举行|举办|开展|启动|发布|建成|实现|推进|推动|开工|签约|落地|迎来|出台|印发|亮相|获|是|有|"
    r"为|让|把|被|将|在|到|出|入|上|下|开|成|达|增|降"
)


def _noun_head_done(a: str, b: str) -> bool:
    """``a``, a noun phrase alone, is the subject whose predicate ``b`` carries (``_MODAL_LEAD``,
    ``_KIND_DONE``)."""
    ca, cb = compact(a), compact(b)
    if not (ca and cb) or not all(map(is_han, ca)) or len(ca) > 12 or _VERB_INSIDE.search(ca):
        return False
    if _MODAL_LEAD.match(cb) or (_PACE_LEAD.match(cb) and len(ca) >= _SUBJECT_MIN and len(cb) <= len(ca)):
        return True
    # (a second line that opens on its own time, count or place, 今年首批… / 某某街道…, names a
    # subject of its own: a deck under a whole headline)
    return (
        _REMAINDER_MAX <= len(cb) < len(ca)
        and bool(_KIND_DONE.search(cb))
        and not (_TIME_OR_AMOUNT_LEAD.match(cb) or PLACE_LEAD.match(cb))
    )


# A line of a head never opens with a mark that closes or goes on (，楼道里… / 》新版…), and a
# figure is not cut between two heads (…2 / 8.6米, 新增4 / 条…): the print wrapped one headline there.
_GOES_ON = compile_pattern(r"^[，,、。；;：:！!？?）)》”’]")
_FIGURE_CUT = compile_pattern(r"\d$")
_FIGURE_GOES_ON = compile_pattern(
    r"^(?:[\d.%％]|[个条名家所座项处批场位只辆台套件种户间栋块支万亿千百元米吨岁年月日号届次])"
)
_PAIRS = ("“”", "《》", "（）", "()", "【】")
_BRACKETED = compile_pattern(r"【[^【】]+】|〔[^〔〕]+〕|〖[^〖〗]+〗|〓[^〓]+〓")
# A line that is only an amount (3200余个, 12.5亿元) says nothing alone: the end of the line above.
_AMOUNT_ONLY = compile_pattern(
    r"^\d[\d.,]*[余多]?[个条名家所座项处批场位只辆台套件种户间栋块支万亿千百元米吨岁人次%％]*$"
)


def cut_inside(a: str, b: str) -> bool:
    """The break falls inside a quotation, a title, a bracket or a figure (…2 / 8.6米, 新增4 /
    条…), or leaves a bare amount on the second line: nothing a kicker or a deck ends or starts
    with.  (A quantity at the end of the first line may close its clause: …改造老旧小区126个 over
    a deck.)"""
    if any(a.count(o) > a.count(c) for o, c in _PAIRS) or (a.count('"') % 2 and '"' in b):
        return True
    return bool(_FIGURE_CUT.search(a) and _FIGURE_GOES_ON.match(b)) or bool(_AMOUNT_ONLY.match(b))


# 社区“共享书房”, 民警“上门问诊”: a short name (a place, a body, a trade) and a quoted name
_QUOTED_TOPIC = compile_pattern(r"^[\u4e00-\u9fff]{1,4}“[^“”]+”$")
# 某地跨境电商零售进口“保税仓”: a longer noun phrase closed by the quoted words that name its kind
_QUOTED_NOUN_PHRASE = compile_pattern(r"^(?P<name>[\u4e00-\u9fff]{5,10})“[^“”]+”$")
# 商品品类再扩容, 服务范围又扩大: what grew again, a thing of the phrase above and its change
_GROWN_AGAIN = compile_pattern(r"^[\u4e00-\u9fff]{2,6}(?:再|又)[\u4e00-\u9fff]{1,3}$")


# 让“某某”热度 / 转化为…, 把“家门口”的服务 / 再暖一些: a causative verb and its object alone, no verb
# after it, waits for what the object is to become (让…成为…, 把…转化为…) or how much more it is to
# be (让…更…): the line under it that opens on that result is the rest of one headline
_CAUSATIVE_OBJECT = compile_pattern(r"^(?:让|使|把)(?P<object>[\u4e00-\u9fff“”]{2,12})$")
_RESULT_LEAD = compile_pattern(r"^(?:转化为|转化成|转变为|变成|变为|化为|成为|再|更|愈|越来越)")


def _causative_cut(a: str, b: str) -> bool:
    """``a`` is a causative verb and its object alone (``_CAUSATIVE_OBJECT``, no verb in the
    object), ``b`` the result it waits for (``_RESULT_LEAD``).  把 and a short object alone (把一段
    历史 / 讲给十万人听) wait for the verb that acts on it, whatever it is: no line ends there (a
    longer one holds its verb, 把课堂搬进油菜花田, and a line naming its own place or body under
    it, 某县一中开展…, is a headline of its own)."""
    m = _CAUSATIVE_OBJECT.match(compact(a))
    if m is None or _VERB_INSIDE.search(m.group("object").replace("“", "").replace("”", "")):
        return False
    if compact(a).startswith("把") and len(m.group("object")) <= _BA_OBJECT_MAX:
        return not PLACE_LEAD.match(compact(b))
    return bool(_RESULT_LEAD.match(compact(b)))


_BA_OBJECT_MAX = 6  # 把一段历史, 把家乡的味道: an object alone; longer, the line holds its verb

# 某镇为老年食堂 / 装上“智慧大脑”, 某街道给独居老人 / 送去…: a place or a body and whom it acts for
# (为, 给, 帮, 替 and their object), the line ending there with no verb of its own
_FOR_WHOM = compile_pattern(
    r"^(?P<place>[\u4e00-\u9fff]{2,8}?)(?:为|给|帮|替)(?P<object>[\u4e00-\u9fff“”\d]{2,10})$"
)


# 某街道网格员 / “敲门”摸排独居老人, 某村志愿者 / 为老人送餐上门: a place or a body and the people
# of it who act (a word for a person's kind or role ending it), no verb: the subject alone
_AGENTS = compile_pattern(r"^[\u4e00-\u9fff]{0,4}[员者师们队]$")
_AGENTS_LINE_MAX = 12  # a place and who of it acts: a short line


def _agents_cut(a: str, b: str) -> bool:
    """``a`` names who acts and nothing else (``_AGENTS``): what they did is ``b``, the rest of one
    headline, when ``b`` names no subject, time or amount of its own (no kicker or deck is a
    subject alone)."""
    ca, cb = compact(a), compact(b)
    if len(ca) > _AGENTS_LINE_MAX:
        return False
    # (the place read whole, however many characters it takes: 某某街道 / 网格员)
    cut = next((k for k in range(2, len(ca)) if PLACE_LEAD.fullmatch(ca[:k]) and _AGENTS.match(ca[k:])), None)
    return (
        cut is not None
        and not _VERB_INSIDE.search(ca[cut:])
        and not (PLACE_LEAD.match(cb) or _TIME_OR_AMOUNT_LEAD.match(cb) or whole_quotation(b.strip()))
    )


def _for_whom_cut(a: str, b: str) -> bool:
    """``a`` is a place or a body and whom it acts for, no verb after (``_FOR_WHOM``): what it
    does for them is ``b``, the rest of one headline, when ``b`` names no subject, time or amount
    of its own (a deck under a whole headline opens on those)."""
    ca, cb = compact(a), compact(b)
    m = _FOR_WHOM.match(ca)
    return (
        m is not None
        and PLACE_LEAD.fullmatch(m.group("place")) is not None
        and not _VERB_INSIDE.search(m.group("object").replace("“", "").replace("”", ""))
        and not (PLACE_LEAD.match(cb) or _TIME_OR_AMOUNT_LEAD.match(cb))
    )


def _quoted_noun_phrase(text: str) -> bool:
    """A noun phrase with no verb in it (``_VERB_INSIDE``) closed by quoted words."""
    m = _QUOTED_NOUN_PHRASE.match(compact(text))
    return m is not None and not _VERB_INSIDE.search(m.group("name"))


def _quoted_object(a: str, b: str) -> bool:
    """``b``, a noun phrase closed by quoted words with no verb of its own (寒假安全教育“最后一课”), is
    what the verb ending ``a`` does (全市中小学将在放假前开展 / …): one headline.  A verb after its
    event (…活动启动) says the event whole, and ``b`` is a line of its own."""
    t = compact(b)
    return (
        t.endswith("”")
        and "“" in t
        and not _VERB_INSIDE.search(t[: t.index("“")])
        and not _WRAP_EVENT_END.search(_WRAP_VERB_END.sub("", compact(a)))
    )


def _quoted_name_over_predicate(a: str, b: str) -> bool:
    """``a`` is a name quoted whole with no verb in it (“网格员+志愿者”, “我眼中的某地之夏”), no one's
    byname, and ``b``, no longer, no quotation and led by no place or 让, says what it does or
    what is done with it (守护独居老人过冬, 摄影作品征集): the subject and its predicate, one
    headline.  (A quotation that speaks, 出门两分钟就到了, holds its verb and is a kicker's voice.)"""
    ca = compact(a)
    return (
        whole_quotation(a.strip())
        and not _VERB_INSIDE.search(ca.strip("“”"))
        and not _EPITHET.match(ca)
        and _not_longer(b, a)
        and "“" not in b
        and not (_CAUSE_LEAD.match(compact(b)) or PLACE_LEAD.match(compact(b)))
    )


def _quoted_topic(text: str) -> bool:
    """A short name and a quoted name, nothing else (社区“共享书房”, 某某街道“共享法庭”); a place
    that acts on the quoted name (我市启动“某某行动”) is a clause of its own."""
    t = compact(text)
    if not _QUOTED_TOPIC.match(t):
        return False
    name = t[: t.index("“")]
    place = PLACE_LEAD.match(name)
    return place is None or place.end() == len(name)


def _not_longer(b: str, a: str) -> bool:
    """``b`` runs no longer than ``a`` (no head line under a kicker is shorter than it)."""
    return len(compact(b)) <= len(compact(a))


# 算不算…？, 该不该…？, 能不能…？: a question put as a verb and its negation, opening the line
_ASKED_EITHER_WAY = compile_pattern(r"^([\u4e00-\u9fff])不\1[^？?]*[？?]$")
_REMAINDER_MAX = 6  # a deck says something of its own: more than a few characters
_PHRASE_MAX = 12  # a head line no longer than a phrase: with a remainder, one headline's length
_REMAINDER_SHORTER = 2  # a remainder under a short line: shorter than it by this much at least


def deck_goes_on(upper: Line, lower: Line, after: Line | None = None) -> bool:
    """``lower`` is the second line of the —— deck ``upper`` (——团体冠军被省队收入囊中 / [indent]本地
    车手刷新赛会纪录): set solid and indented to stand under the text after the dash, a
    phrase no longer than the deck's first line.  Nothing of a head comes under its deck, and a
    paragraph's first line under it has its clauses and runs on.  A deck set flush left goes on
    the same way when its first line, a sentence of clauses, breaks inside its last one (——…并举，
    今年 / 计划推广…12个): a clause cut open waits for the rest of it; or when the story's byline
    or dateline, ``after``, is set solid under the phrase (——“某某”“某某”等品牌 / 带动…提升 /
    本报记者…): nothing else of the head stands between its deck and its byline."""
    a, b = upper.text, lower.text
    signed_under = after is not None and not after.gap and after.kind in (BYLINE, DATELINE)
    return (
        a.startswith(DECK_DASHES)
        and lower.kind == TEXT  # (本报讯（记者…）, indented under the deck, opens the body)
        and (lower.indented or _clause_cut_open(a, lower) or signed_under)
        and not lower.gap
        and not b.startswith(DECK_DASHES)
        and not clause_punctuated(b)
        and not ends_sentence(b)
        and _not_longer(b, a)
    )


def _clause_cut_open(deck: str, lower: Line) -> bool:
    """The deck line ``deck`` breaks inside a clause that ``lower``, a line of one phrase (no
    wide space), carries on."""
    return (
        clause_punctuated(deck)
        and not ends_sentence(deck)
        and deck.rstrip()[-1:].isalnum()
        and not any(c.isspace() for c in lower.text.strip())
    )


# a kicker is a phrase (抢抓农时不误春，): longer, a line closed by its comma is a sentence's clause
_COMMA_KICKER_MAX = 12


def _closed_quote_inside(lead: str) -> bool:
    """``lead`` opens on no quotation mark and closes every one it opens: a phrase with a quoted
    word inside it (守护群众“钱袋子”，) is a kicker's, one opening on a quote a pull quote's."""
    return not lead.startswith(("“", "”")) and lead.count("“") == lead.count("”") and "”“" not in lead


def comma_kicker(upper: Line, lower: Line) -> bool:
    """``upper`` is a kicker closed by its comma (坚持项目为王， / 全市一季度86个重大项目集中开工):
    one short phrase of one clause, flush and set apart, over a headline-shaped line set solid
    under it. The comma leads into the headline as a colon or a dash does. A line that opens a
    quotation (“守住一方戏台，) is a pull quote's (a quoted word inside the phrase is not), a
    line with a clause before its comma (4月20日，某地…，) a paragraph's or a caption's, and a
    headline that asks or exclaims (某某不还， / 某某能当证据吗？) is one headline cut at its
    comma."""
    text = upper.text.strip()
    lead = text[:-1]
    return (
        _set_apart_over_head(upper, lower)
        and text.endswith(("，", ","))
        and 0 < len(compact(lead)) <= _COMMA_KICKER_MAX
        and not clause_punctuated(lead)
        and not SENTENCE_MARK.search(lead)
        and not any(c in lead for c in '"《》（）()：:')
        and _closed_quote_inside(lead)
        and not lower.text.rstrip().endswith(("？", "?", "！", "!"))
    )


def ellipsis_kicker(upper: Line, lower: Line) -> bool:
    """``upper`` is a kicker closed by its ellipsis (伪装熟人、虚构急事…… / 城区警方破获一起诈骗案):
    a short run of phrases, listed with 、 and left open on the ellipsis, flush and set apart
    over a headline-shaped line set solid under it, which the ellipsis leads into as a colon or
    a dash does. A clause (a comma) or a sentence in it is a paragraph's line cut short, a
    quotation (“我是你表哥……) a pull quote's."""
    text = upper.text.strip()
    lead = text.rstrip("…").rstrip(".")
    return (
        _set_apart_over_head(upper, lower)
        and text.endswith(("……", "..."))
        and 0 < len(compact(lead)) <= _COMMA_KICKER_MAX
        and not any(c in lead for c in '，,；;：:"《》（）()“”')
        and not SENTENCE_MARK.search(lead)
    )


def _set_apart_over_head(upper: Line, lower: Line) -> bool:
    """``upper`` is a flush line of text set apart, ``lower`` a head-shaped line set solid under
    it: the place of a kicker left open on its last mark."""
    return (
        upper.kind == TEXT
        and upper.gap
        and not upper.indented
        and not lower.gap
        and not lower.indented
        and headline_like(lower)
    )


def open_kicker(upper: Line, lower: Line) -> bool:
    """``upper`` is a kicker set apart that leads into the headline under it on a mark that leaves
    it open: its comma (``comma_kicker``) or its ellipsis (``ellipsis_kicker``)."""
    return comma_kicker(upper, lower) or ellipsis_kicker(upper, lower)


def wraps(upper: Line, lower: Line, after: Line | None) -> bool:
    """``lower`` goes on with the head line ``upper``: one headline wrapped over two lines.

    A kicker, headline and deck are separate blocks (a blank line, a phrase of their own);
    a wrapped headline runs on with no blank line, or breaks after a word that needs more.
    (On a page set without blank lines the missing blank says nothing: the two lines must
    stand apart as a block of their own.)
    """
    a, b = upper.text, lower.text
    if deck_goes_on(upper, lower, after):
        return True
    if a.endswith(("：", ":")) or open_kicker(upper, lower):
        # a kicker closed by its colon leads into the headline, a place alone closed by it (义县：)
        # too: a lead-in line of its own (and a short phrase set apart and closed by its comma)
        return False
    if _GOES_ON.match(b) or _CLAUSE_GOES_ON.search(a.rstrip()):
        # a line of a head never opens with a mark that closes or goes on, nor ends on one
        return True
    if (_QUANTITY_PREDICATE.match(b.strip()) or _MEASURE_CHANGE.match(b.strip())) and not (
        clause_punctuated(a) or clause_punctuated(b) or " " in a
    ):
        return True
    if clause_punctuated(a) and not clause_punctuated(b) and _wrap_end(a):
        # 新学期，我市新增 / 公办学位1.2万个: the last clause of the line waits for its object
        return True
    if (
        clause_punctuated(a)
        or clause_punctuated(b)
        or b.startswith(DECK_DASHES)
        or " " in a
        or " " in b
        or BRIEF_COLUMN.match(compact(a))
    ):
        return False
    if cut_inside(a, b) or _SUFFIX_CUT.match(b):
        return True
    if (
        _WHETHER.search(a)
        and not any(mark in a for mark in "？?")
        and b.rstrip().endswith(("？", "?"))
        and not _WHETHER.search(b)
    ):
        # 小微企业购置设备能否享受 / 税前一次性扣除？: a question of whether opened on the upper
        # line and asked on the lower one, which opens no question of its own: one headline
        return True
    if _ASKED_EITHER_WAY.match(compact(b)) and not a.rstrip().endswith(("？", "?")):
        # 邻居装摄像头对准自家大门 / 算不算侵犯隐私？: a question put as a verb and its negation
        # (算不算, 该不该, 能不能) names no subject: it asks about the line above, one headline
        return True
    if (
        _quoted_topic(a)
        and "\u3000" not in a
        and _not_longer(b, a)
        and "“" not in b
        and not PLACE_LEAD.match(compact(b))
    ):
        # 社区“共享书房” / 圆了孩子读书梦: a few characters and the quoted name of what they run or
        # do, over a line no longer that names no subject of its own, is one headline cut in two
        # (a kicker is the shorter line over a headline that tells the news; 某镇　“社区食堂”, the
        # place set a wide space apart from the name, is a kicker's line, its parts set apart)
        return True
    if _quoted_name_over_predicate(a, b):
        return True
    if _quoted_noun_phrase(a) and _GROWN_AGAIN.match(compact(b)):
        # 某地离岛免税购物“即购即提” / 商品品类再扩容: a noun phrase alone, no verb, over what of it
        # grew again is the subject and its predicate, one headline (no headline has no verb)
        return True
    if not lower.gap and (_causative_cut(a, b) or _for_whom_cut(a, b) or _agents_cut(a, b)):
        return True
    if (
        _PREDICATE_LEAD.match(b.strip())
        and (len(compact(a)) >= _SUBJECT_MIN or _echoed_pun(a, b))
        and "\u3000" not in a + b
        # (…新建乡村幼儿园12所 / 新增学位3600个: a line ending on its count closed its clause)
        and not _COUNT_END.search(a)
    ):
        return True
    if not lower.gap and _noun_head_done(a, b):
        # (set solid: a blank line between sets a kicker apart over its headline)
        return True
    if _WRAP_VERB_END.search(a) and (_WRAP_EVENT_END.search(b) or _quoted_object(a, b)):
        return True
    if (
        _WRAP_VERB_OBJECT.search(a)
        and not _WRAP_EVENT_END.search(a)
        and _WRAP_EVENT_END.search(b)
        and not _WRAP_VERB_OBJECT.search(b)
    ):
        # 我市召开重大项目 / 集中签约大会: the event the verb holds runs onto the next line.
        return True
    if _EVENT_SCOPE_END.search(a) and _EVENT_KIND_LEAD.match(b):
        return True
    edition = _EVENT_EDITION_END.search(compact(a))
    if edition and not _EVENT_KIND_INSIDE.search(edition.group("tail")) and _EVENT_KIND_LEAD.match(b.strip()):
        # (an edition whose event is named on its line, 市第九届运动会, is a line of its own)
        return True
    if _LISTED_IN.search(a) and not _LIST_END.search(a) and _LIST_END.search(b) and not _LISTED_IN.search(b):
        # 某地荷藕产业入选国家 / 特色农产品优势区名单: the list a thing was entered in is named over
        # both lines, its kind (名单, 称号) ending the second
        return True
    if _FIRST_OF_KIND.match(compact(a)) and not _KIND_DONE.search(a) and _KIND_DONE.search(b):
        # 全省首个县域低空经济应用 / 示范基地在剑阁挂牌: the first of its kind is named over both lines,
        # what became of it ends the second (a line that says it whole ends in its own: …产业园开工)
        return True
    if _SUBJECTLESS_PREDICATE.match(compact(b)):
        # 全市少儿书画展 / 在市文化馆开幕, 县黄梅戏剧团 / 下月赴省城巡演: the second line says where
        # the event was held or where its people go, and the line above names them
        return True
    if (
        _WHOLE_HEAD_END.search(b)
        and sum(map(is_han, b)) >= 6
        and sum(map(is_han, a)) >= 4
        and not (_wrap_end(a) or _WRAP_START.match(b))
    ):
        return False
    # Set solid as a block of its own, a full first line over a remainder of a few characters is
    # one headline wrapped; two lines that each tell the news (松山湖新增两家省级新型研发机构 /
    # 全市省级新型研发机构达36家) are a headline and its deck, whatever their lengths: two whole
    # clauses are two blocks (kicker and headline or headline and deck), joined only where the head
    # has no other place for them (a kicker above and a —— deck below), as about 140 golds read them
    # against 6 (a measure's clause, 年交易额突破…, is one too, over a dashed deck or not).
    # (a phrase set solid over it is one too, whatever is set under them: 某某产业园 / 首批项目投产,
    # unless a dash closing it or a colon closing the remainder leads into the next line, or the
    # phrase is a column's or a series' name over a piece's short title: “某某”征文选登 / 老街的…)
    phrase_cut = (
        len(compact(a)) <= _PHRASE_MAX
        and not a.rstrip().endswith(DECK_DASHES)
        and not b.rstrip().endswith(("：", ":"))
        # (a few words set solid under the head's line above them, its kicker, are no column's
        # label: a label is the first line of its head)
        and not ((_label(a) and upper.gap) or _column_name(a) or _SERIES.search(compact(a)))
    )
    # (the story's byline or dateline set solid under the two lines bounds the head's block as a
    # blank line does: 某镇开展家具企业消防安全 / 大检查 / 本报讯…, when the remainder names no
    # place or body of its own, 某某联赛收官 / 某镇队夺冠, and the line over it is no column's or
    # series' name, “某某”征文选登 / 老街的桂花树: those are the kicker over their headline)
    signed_under = (
        after is not None
        and after.kind in (BYLINE, DATELINE)
        and not PLACE_LEAD.match(compact(b))
        and not (_label(a) or _column_name(a) or _SERIES.search(compact(a)))
    )
    bounded = after is None or after.gap or signed_under
    remainder = (
        not lower.gap
        and ((upper.gap and bounded) or phrase_cut)
        and len(compact(b)) <= _REMAINDER_MAX
        # (under a short line, a remainder shorter by two characters at least: 采茶小调唱响 /
        # 山村课堂, the object its verb left for the next line; two short lines of a length are
        # two phrases, a kicker over its title)
        and (len(compact(a)) > _REMAINDER_MAX or len(compact(b)) + _REMAINDER_SHORTER <= len(compact(a)))
    )
    return remainder or _wrap_end(a) or bool(_WRAP_START.match(b))


# 采访手记：守得住，也要变得了, 记者手记　“title”, 编后：…: the label of the writer's own notes run
# into its title on one line, a colon or a wide space between (the label alone over its title is
# a kicker: ``fixed_reading``)
_NOTES_LEAD = compile_pattern(
    r"^(?P<label>[\u4e00-\u9fff]{2}(?:手记|观察|感言)|编后语?)(?:[：:]\s*|\u3000+|\s{2,})"
    r"(?P<title>[^：:\s][^：:]{1,30})$"
)


# 【短评】让每一趟列车都跑得安心: the column's label in brackets run in before the title
_BRACKETED_LEAD = compile_pattern(
    r"^【(?P<label>[\u4e00-\u9fff]{2,6})】(?P<title>[^：:\s【】][^：:【】]{1,30})$"
)


def notes_lead(text: str) -> tuple[str, str] | None:
    """(label, title) of a one-line head led by the label of the writer's notes, or by its
    column's label in brackets, else None."""
    m = _NOTES_LEAD.match(text.strip()) or _BRACKETED_LEAD.match(text.strip())
    return (m.group("label"), m.group("title").strip()) if m else None


def head_fields(texts: list[str], after: Line | None = None) -> tuple[str | None, str, str | None]:
    """(kicker, headline, subheadline) from the 1-3 head lines above an article; ``after`` is
    the line under the head (a byline, a dateline, a paragraph), which the learned reading of
    two blocks weighs.  A field printed whole in 【】 (【相关链接】 over its title, 工会动态 over
    【某某活动启动】, a headline wrapped inside its brackets) loses them: they only set it off."""
    kicker, headline, deck = _head_fields(texts, after)
    return _unframed(kicker), _unframed(headline) or "", _unframed(deck)


def _unframed(text: str | None) -> str | None:
    if text is not None and _BRACKETED.fullmatch(text):
        return text[1:-1].strip()
    return text


# the space between two words of an English phrase (A Spring Trip, so did I): the words', not a
# space the head sets between its phrases
_WORD_SPACE = compile_pattern(r"(?<=[A-Za-z][,.!?:;'’]) (?=[A-Za-z])|(?<=[A-Za-z]) (?=[A-Za-z])")
_PHRASE_GAP = compile_pattern(r"\s+")


def _head_phrases(text: str) -> list[str]:
    """The phrases a one-line head sets apart by spaces (an English title beside its Chinese one
    is two: A Spring Trip to the Countryside　乡村春游记), a phrase's own word spaces kept."""
    kept = _WORD_SPACE.sub("\x00", text.strip())
    return [part.replace("\x00", " ") for part in _PHRASE_GAP.split(kept) if part]


def _head_fields(texts: list[str], after: Line | None) -> tuple[str | None, str, str | None]:
    if len(texts) == 1:
        parts = _head_phrases(texts[0])
        # A one-line head printed as "headline phrase  phrase  deck": with two or more
        # print spaces the last part is the deck; a single space is a line-break space.
        if len(parts) >= 3:
            return None, clean_text(" ".join(parts[:-1])), clean_text(parts[-1])
        led = notes_lead(texts[0])
        if led is not None:
            return clean_text(led[0]), clean_text(led[1]), None
        # (【健康提示】 alone over its box: the brackets only set the title off, as a subhead's)
        return None, clean_text(texts[0]), None
    if len(texts) == 4:
        # kicker, a headline printed over two lines, its —— deck (``_head_span`` takes a fourth
        # line only when a dash leads it)
        return clean_text(texts[0].rstrip("—-")), clean_text(f"{texts[1]} {texts[2]}"), clean_text(texts[3])
    if len(texts) == 3 and texts[1].rstrip().endswith(("：", ":")) and not texts[2].startswith(DECK_DASHES):
        # 身边榜样 / 某村医生某某： / 三十年守着一个卫生室: under the kicker, a lead closed by its colon
        # opens the headline (a head has one kicker; a deck is no line of its own after a colon)
        return clean_text(texts[0]), clean_text(texts[1] + texts[2]), None
    if len(texts) == 3:
        # 奋力谱写…篇章—— over headline and deck: as over two blocks, the dash only leads in
        return clean_text(texts[0].rstrip("—-")), clean_text(texts[1]), clean_text(texts[2])
    first, second = texts
    if kicker_over_headline(first, second, after):
        # 入冬后流感进入高发期—— over its headline: the dash leads in, it is no part of the kicker
        return clean_text(first.rstrip("—-")), clean_text(second), None
    return None, clean_text(first), clean_text(second)


def kicker_over_headline(first: str, second: str, after: Line | None = None) -> bool:
    """Two head blocks read as kicker over headline (True) or headline over deck (False): what
    the print marks decides; else the shape rules, or a learned reading named by MODEL_ENV."""
    fixed = fixed_reading(first, second)
    if fixed is not None:
        return fixed
    if os.environ.get(MODEL_ENV, "off") != "off":
        # a learned reading to judge (benchmarks/structure_cv.py); none ships: held out, it did
        # not beat the rules (benchmarks/structure_blind_rounds.md), so it is not even imported
        from publisher.reader.head_roles import learned_kicker

        return learned_kicker(first, second, after)
    return _ruled_reading(first, second)


def fixed_reading(first: str, second: str) -> bool | None:
    """The readings print marks decide (True kicker over headline, False headline over deck),
    None when only the shapes of the two blocks can tell."""
    if BRIEF_COLUMN.match(compact(first)) or compact(first) in SIDEBAR_LABELS or notes_label(first):
        # (记者手记 over its own title: the box's label is the piece's kicker; 评委手记, 编辑观察:
        # the writer's notes labelled by who writes them, the same label)
        return True
    if second.startswith(DECK_DASHES) or genre_note(second):
        # (瓯江札记 / （散文诗三章）: what kind of piece the headline heads is its deck)
        return False
    if _BRACKETED.fullmatch(first.strip()) and not _BRACKETED.fullmatch(second.strip()):
        # 【书边小札】 over 读《某书》: a name printed whole in 【】 over a plain line is the column's
        # label over the piece's title (a headline is never framed when its deck is not)
        return True
    if first.endswith(("——", "--")):
        # 入冬后流感进入高发期—— over 这些防护知识请收好: the dash leads into the headline
        return True
    if first.rstrip().endswith(("：", ":", "，", ",")):
        # 寒假里的“非遗课堂”： over what it does: the colon, like the dash, leads into the headline
        # (and the comma of a kicker set apart, ``comma_kicker``: a block of its own that ends on
        # its comma, never one headline, which ``wraps`` runs on)
        return True
    asked = first.rstrip().endswith(("？", "?"))
    if asked and not second.rstrip().endswith(("？", "?")) and _not_longer(second, first):
        # “客服”来电要退款？ over 警惕！这是骗局: a question put to the reader leads into the line, no
        # longer, that answers it (a deck would explain at more length)
        return True
    if asked and _WHETHER.search(first) and not _ASKS_OR_SPEAKS.search(second):
        # 连胜势头能否延续？ over 某队今晚迎战某队: whether something will happen is asked over the
        # line that tells the event it hangs on, which is the news (a deck answers a question of
        # how or who: 楼道堆满杂物谁来管？ over what was done)
        return True
    if _quoted_topic(first) and "\u3000" in first and "“" not in second and _not_longer(second, first):
        # 某镇　“社区食堂” over 让老人吃上热乎饭: the topic (``wraps``'s one headline cut in two), its
        # place set a wide space apart, is a block of its own over what it does: the kicker
        return True
    byname = bool(_EPITHET.match(compact(first)))
    if _label(first) and not byname and len(compact(second)) >= max(_NEWS_LINE_MIN, 2 * len(compact(first))):
        # 岭南书事 over 一座城市的阅读记忆，藏在这间老书店里: a column's label over the line
        # that says what the story is
        return True
    if whole_quotation(first):
        # “有一种幸福叫家门口的好戏” over the news: a quotation is the kicker's voice; but a
        # person's byname in quotes (“大山里的摆渡人”) titles a profile, the line under it saying
        # who is so called its deck
        return not byname
    if whole_quotation(second) and not _EPITHET.match(compact(second)):
        # 某某回乡创办“某某课堂” over “要让孩子们知道…”: words quoted whole under the line that tells
        # the news are the headline, in the voice of the one the story is about (a deck explains
        # in the paper's own voice, never in a quotation alone)
        return True
    return None


def _ruled_reading(first: str, second: str) -> bool:
    """Kicker over headline by the shape rules alone (no learned model in use)."""
    if _parallel_slogan(first) and not _parallel_slogan(second) and not clause_punctuated(first):
        # 新学期　新气象 over 开学第一课，我们这样上: a slogan of matched phrases is the kicker,
        # even over a line of two clauses (a deck is never set under a slogan)
        return True
    if _OBSERVANCE.match(compact(first)):
        # 11·9全国消防日, 世界读书日 over 冬季防火，这些隐患要当心: the day observed, no news of its
        # own, is the kicker over the story filed under it, whatever clauses that line says
        return True
    if clause_punctuated(_QUOTED_WORDS.sub("", compact(second))):
        # (the marks inside quoted words, “少跑腿、好办事”, are the quotation's, no clause of the line)
        return False
    if _CAUSE_LEAD.match(compact(second)) and not _CAUSE_LEAD.match(compact(first)):
        # 某镇“共富工坊” over 让村民在家门口增收: a line that says what the news lets people do (让…)
        # is the point the story makes, the headline under the topic (no deck opens on 让)
        return True
    if _CONTEST_ENDED.search(compact(first)):
        # 全省青少年羽毛球比赛（某某站）落幕 over 某地小将包揽两项冠军: that a contest ended is the
        # kicker over the line that tells who won it, the news
        return True
    if _SCORE_LEAD.match(compact(second)) and not _SCORE_LEAD.match(compact(first)):
        # 某队主场逆转 over 3∶2力克某队　继续领跑积分榜: a line opening on the score names no side
        # that won it; it goes on with the line above, that names the side, as its deck
        return False
    if _SPEAKER_LEAD.match(compact(second)):
        # 某某被“抓拍” over 交警提醒：城区12个路口…: a line giving who said what, after its colon,
        # is the deck under the news
        return False
    if _SAYING_END.search(compact(first)):
        # 国务院总理在政府工作报告中提出 over 今年发展主要预期目标: who said it, ending on the verb of
        # saying, leads into what was said, the headline (as a colon would)
        return True
    if _THEME.match(compact(first)) or _MEANS_LEAD.match(compact(first)) or _CAMPAIGN.match(compact(first)):
        # 指尖上的年味 over 一把剪刀剪出吉祥, 以“某某”为名行骗 over 两名被告人获刑, 学习贯彻某某会议精神
        # over 某某深入基层开展宣讲: a theme, how an act was done with no one doing it, or the campaign
        # a story is filed under, is the kicker over the line that names who did what
        return True
    if _column_name(first) or _SERIES.search(compact(first)):
        # 推动高质量发展 · 一线观察 / “某某”系列评论之三 over the piece's title: the column's or
        # the series' name is the kicker
        return True
    if _EXHORTATION.match(compact(first)):
        # 奋力谱写…篇章 / 确保粮食播种面积稳定在…以上 over 某某部部署春耕春播: a call to act or the goal
        # to be made sure of, with no one acting (a figure in it is the goal's), is the kicker over
        # the line under it, whoever that line names (no gold reads such a line as a headline)
        return True
    if not any(c.isdigit() for c in first):
        t = compact(second)
        figured = any(c.isdigit() for c in t) or bool(_COUNTED.search(t) or _SUM.search(t))
        if (
            not PLACE_LEAD.match(compact(first))
            and figured
            and (len(first.split()) == 2 or (not _COUNTED.search(first) and PLACE_LEAD.match(t)))
        ):
            # 奋力谱写…篇章 / 抢抓晴好天气　确保颗粒归仓 / 家门口就业增收有门路 over 某某县新建12个…:
            # a call to act, a pair of phrases or a theme, naming no place and no figure, over the
            # line that says which place or body did what (and how much) is the kicker
            return True
    if (_EVENT_HELD.search(first) or _WHOLE_HEAD_END.search(first)) and _AGENDA.match(compact(second)):
        # 省政府召开常务会议 over 研究部署…工作: the meeting is the news, what it took up its deck
        return False
    if _EVENT_NAME.search(compact(first)) and not _HELD_VERB.search(first):
        # 全市第十届冰雪运动会 / 全国U系列短道速滑联赛（长春站） over the result: the name of the
        # event, with no verb, is the kicker over the line that tells what happened at it
        return True
    if _PROJECT_NAME.search(compact(first)) and not (
        PLACE_LEAD.match(compact(first)) or _HELD_VERB.search(first)
    ):
        # 地铁6号线二期 / 某某大桥 over 主体结构施工过半: the name of a works project, with no verb
        # and no place or body doing anything, is the kicker over the line that tells its progress
        # (我市158个重点项目 leads a sentence about the place: its headline)
        return True
    if _STAGE_NAME.search(compact(first)):
        # CBA常规赛第十七轮 over the result: the name of a stage of a series tells no news of its
        # own, it is the kicker over the line that does
        return True
    if len(compact(first)) < _NEWS_LINE_MIN and len(compact(second)) < _DECK_MIN and _label(first):
        # 人间烟火 over 腌冬菜: a deck says something of its own (no gold deck is shorter than 9
        # characters); two short names are a column's label over a piece's title
        return True
    if _TIME_LEAD.match(compact(second)) and not _PERIOD_THEN_PLACE.match(compact(second)):
        # 某某街道加装电梯提速 over 今年首批12台电梯集中开工: a line opening with when names no
        # subject of its own; it goes on with the headline above as its deck (a place named right
        # after the period, 前5个月全市…, is the line's own subject: the shapes below read it)
        return False
    if (_WHOLE_HEAD_END.search(second) or _EVENT_HELD.search(second)) and not (
        _WHOLE_HEAD_END.search(first) or _EVENT_HELD.search(first)
    ):
        # 凝心聚力谋发展 over 市政协…会议开幕: the line that tells the event is the headline.
        return True
    if _parallel_slogan(first) and not _parallel_slogan(second):
        # 巾帼建新功 奋进新征程 over 我市表彰…: a slogan of matched phrases is the kicker.
        return True
    if _subject_said_again(first, second):
        # 高校迎新提前“剧透” over 多所高校组织…: the line under counts the subject the line above
        # opens on, telling more of its news: headline over deck
        return False
    if _slogan(first) and (_place_news(second) or _subject_news(second, first)):
        # 老街里“焕”出新活力 over 某某区38家老字号完成改造 / 某某镇：… / 桐乡竹编走进城里人的客厅:
        # a phrase around quoted words, naming no place and no figure, over the line that says
        # who did what is the kicker over the headline
        return True
    if _count_made_exact(first, second):
        # 家门口的“口袋公园”又多了几处 over 湖畔3处游园五一前开放: the line above only hints at how
        # many, the line under tells it: the kicker over the headline, however long the hint
        return True
    if len(compact(first)) >= _NEWS_LINE_MIN and not clause_punctuated(first):
        # 碑林区上线“一老一小”服务地图 over 全区156个…一图查询: a first line long enough to tell
        # the news is the headline, the line under it its deck
        return _point_over_news(first, second)
    # 泉水人家 over 百花洲片区28处老院落完成保护性修缮: the longer, more specific line
    # (numbers, a finished event) is the headline; the phrase above it the kicker.
    upper, lower = _headline_weight(first), _headline_weight(second)
    if clause_punctuated(first) or lower > upper + _WEIGHT_MARGIN:
        return True
    # (two lines near in weight: one no lighter that gives no figure, 老旧小区装上电梯 over
    # 七旬老人下楼不再犯愁, is the point the story makes under its topic, the headline, as most
    # two-line heads read; a lighter one, or one that counts, 某某新春展 over 展出珍贵典籍百余种,
    # tells more of the news above it: the deck; and a line that tells what befell one case,
    # 某地一农家院子失火, is the news itself, whatever is said of it under it)
    return lower >= upper and not _gives_figure(second) and not _ONE_CASE.search(compact(first))


# 11·9全国消防日, 3·15国际消费者权益日, 世界读书日, 全国科普周: a day (or week) observed, named with
# its date or as the nation's or the world's
_OBSERVANCE = compile_pattern(
    r"^(?:\d{1,2}[·•]\d{1,2}(?:全国|世界|国际)?|(?:全国|世界|国际))[\u4e00-\u9fff]{2,10}(?:日|周)$"
)
# …在报告中提出, …强调: a line ending on a verb of saying, what was said left to the next line
_SAYING_END = compile_pattern(r"(?:提出|指出|强调|表示|宣布|透露)$")
# 让村民…增收, 让“某某”成为…: what the news lets people do, or what it should make happen
_CAUSE_LEAD = compile_pattern(r"^让")
# 能否…？, 是否…？: a question of whether, which the event told under it will answer
_WHETHER = compile_pattern(r"能否|可否|会否|是否|能不能|会不会")
_ASKS_OR_SPEAKS = compile_pattern(r"[？?：:]")
# …联赛落幕, …比赛（某某站）闭幕, …运动会收官, …联赛第三轮战罢: a contest (or its stage, its round)
# that ended
_CONTEST_ENDED = compile_pattern(r"(?:(?:赛|运动会)(?:[（(][^（）()]{1,10}[）)])?(?:落幕|闭幕|收官)|战罢)$")
# 3∶2力克…, 以2比1战胜…, 78-65击败…: a line opening on a match's score (the ratio sign, a colon, 比
# or a dash between the two sides' goals or points), the side that made it left to the line above
_SCORE_LEAD = compile_pattern(r"^(?:以|用)?\d{1,3}[:：∶比\-－]\d{1,3}(?![\d:：∶])")
# 交警提醒：… / 专家建议：…: who speaks, then what they say
_SPEAKER_LEAD = compile_pattern(r"^[\u4e00-\u9fff]{1,8}(?:提醒|提示|表示|建议|呼吁|回应|答复|解答|介绍)[：:]")
# “某某”系列评论之三, …系列报道之二: one of a series; “我的家乡”征文选登, …作品选登, 长篇连载: the
# entries of a contest or a serial a supplement prints under its name; 某某周特别策划, 本期策划,
# 质量月特别报道: the desk's name for the run of pieces it planned for an occasion, no news
_SERIES = compile_pattern(
    r"(?:(?:系列[\u4e00-\u9fff]{0,4})?之[一二三四五六七八九十\d]+|征文选登|作品选登|征文选刊|选登|连载"
    r"|(?:特别|专题|本期|系列)策划|(?:特别|专题|系列)报道)$"
)
# 奋力谱写…, 推动…, 聚焦…, 确保…: a line opening on a call to act (or on the goal to be made sure
# of) names no one who acted
_EXHORTATION = compile_pattern(
    r"^(?:奋力|奋进|奋楫|奋勇|推动|助力|聚焦|深入|坚持|全力|勇当|争当|争做|争创|打造|谱写|书写|共建|共绘|确保"
    r"|凝心|踔厉|锚定|牢记|弘扬|践行|建设)"
)
# 百余家, 三千名, 两万株, 百余种: a round count of hundreds or more told in Chinese numerals, a
# figure (两名, 三人: a count of a few is no figure of the news)
_ROUND_COUNT = compile_pattern(
    r"[一二三四五六七八九十两]*[百千万][余多]?[个条名家所座项处批场位台辆户株种人]"
)
# 北京：…, 柳市镇：…: a place set off by its colon at the head of a line
_PLACE_COLON = compile_pattern(r"^[\u4e00-\u9fff]{2,6}[：:]")
# 德和斋：一块月饼守了四代人: a head naming its subject (a shop, a village, a person) before its colon,
# then one phrase on what the piece tells of it; 某厂某作业区党支部：“小支部”撬动“大效益”: the subject a
# unit named in full (a branch, a workshop), read so only where the pieces' form already says they are a
# column's profiles
_NAMED_HEAD = compile_pattern(r"^(?P<subject>[\u4e00-\u9fff]{2,14})[：:][^，。；！？,;!?：:\s]{4,20}$")
_SUBJECT_MAX = 6  # a shop's, a village's or a person's name
_UNIT_SUBJECT_MAX = 14  # a unit's name in full
# 两条, 12个, 3200余名: a counted amount
_COUNTED = compile_pattern(r"[\d一二三四五六七八九十两百千万]+[余多]?[个条家名项座所批台辆户处场位支]")

# 百亿元, 三千万吨, 两亿人次: a sum told in Chinese numerals, with its unit (千万里 is a figure of speech)
_SUM = compile_pattern(r"[一二三四五六七八九十两百千]+[余多]?(?:亿|万)(?:元|吨|亩|人次|斤|株|千瓦时)")


# 几处, 数家, 多个, 若干项: a count left vague (10多家, 三十多个 are figures: a numeral before 多)
_VAGUE_COUNT = compile_pattern(
    r"(?:(?<![\d一二三四五六七八九十百千万])(?:几|数|多)|若干)(?P<measure>[个条家名项座所批台辆户处场位支])"
)
# 3处, 12个, 200余名: a figure and its measure
_FIGURE_COUNT = compile_pattern(r"\d+[余多]?(?P<measure>[个条家名项座所批台辆户处场位支])")


def _count_made_exact(first: str, second: str) -> bool:
    """``first`` leaves a count vague (又多了几处) that ``second`` gives as a figure in the same
    measure (3处游园): the same things counted, the line under telling what the line above hints."""
    vague = {m.group("measure") for m in _VAGUE_COUNT.finditer(compact(first))}
    return bool(vague) and any(m.group("measure") in vague for m in _FIGURE_COUNT.finditer(compact(second)))


def _point_over_news(first: str, second: str) -> bool:
    """Under a line long enough to tell the news, the second line is the point the story makes,
    the headline (and the news over it its kicker), when it gives no figure and no speaker and
    speaks in the paper's own voice: quoted words or two phrases set apart by a space
    (主产区冬小麦收获过七成 over 夏粮收购有序推进　市场运行总体平稳, …帮信案 over 两名大学生“出租”
    银行卡获刑).  A deck tells more of the news: its figures (全区156个…, 百余家茶社…), who says
    what (物业：…) or what the reader should do (记住“三要三不要”); and a first line that calls
    out (警惕！…) or sets its place off by its colon (北京：…) is a headline still."""
    t = compact(second)
    if _EVENT_HELD.search(compact(first)):
        # 某市召开2026年经济工作会议 over what it resolved: the meeting held is the news itself
        return False
    voiced = "“" in t or '"' in t or len(second.split()) == 2
    return (
        voiced
        and not _gives_figure(second)
        and not ("：" in t or ":" in t or _ADVICE_LEAD.match(t))
        and not ("！" in first or "!" in first or _PLACE_COLON.match(compact(first)))
    )


# 某地一男子…, 某村一农家…, 某市一小区…: one case, told as what befell one person, household or
# place not named (an incident's report: the news itself, no topic over it)
_ONE_CASE = compile_pattern(
    r"(?<![第统唯万之同每])一(?:男子|女子|村民|居民|市民|老人|老汉|农家|农户|住户|家庭|小区|商户|店铺|司机|游客"
    r"|学生|男童|女童|男孩|女孩|老板|工人|孕妇|患者|工地|厂房|仓库)"
)


def _gives_figure(text: str) -> bool:
    """The line counts or measures something (12个, 60亿元, 百余家, 两万元): a figure of the news,
    which a deck tells more of."""
    t = compact(text)
    return any(c.isdigit() for c in t) or bool(_SUM.search(t) or _ROUND_COUNT.search(t))


# 指尖上的年味, 老街里的新生活, 寒风中的坚守: a place or a time and what is found there, joined by 的,
# no verb (…火了 tells news): the theme a head is filed under
_THEME = compile_pattern(
    r"^[\u4e00-\u9fff“”]{1,6}(?:里|上|中|下|间|外|边|畔|旁)的[\u4e00-\u9fff“”]{1,6}(?<![了啦])$"
)
# 学习贯彻全会精神, 深入学习宣传贯彻…精神: the campaign a page files its stories under (what is
# studied, no one studying it)
_CAMPAIGN = compile_pattern(r"^(?:深入)?学习(?:宣传)?贯彻[\u4e00-\u9fff“”]{2,20}精神$")
# 以“某某”冒充…, 以“某某”为名行骗, 谎称…, 假借…: how an act was done, with no one doing it
_MEANS_LEAD = compile_pattern(r"^(?:以“|以[\u4e00-\u9fff]{1,8}为(?:名|由|幌子)|谎称|冒充|假借|假冒|打着)")
# 记住…, 牢记…, 谨防…: what the reader should do, a deck under the warning over it
_ADVICE_LEAD = compile_pattern(r"^(?:记住|牢记|谨记|谨防|切记|请|注意|当心|小心)")


def _column_name(text: str) -> bool:
    """Phrases joined by a middle dot outside any quotation, no figure (推动高质量发展 · 一线观察,
    走基层·看秋冬种): the name of a column, not a line of news.  A hotline's number may stand as
    one of the phrases (12345·回音), never as a figure inside one, nor a date's (3·15)."""
    t = re.sub(r"“[^”]*”", "", compact(text))
    if "·" not in t and "•" not in t:
        return False
    parts = [p for p in re.split(r"[·•]", t) if p]
    numbers = [p for p in parts if p.isdigit()]
    return len(numbers) < len(parts) and not any(c.isdigit() for p in parts if p not in numbers for c in p)


_WEIGHT_MARGIN = 2  # (two lines near in weight: the first stays the headline, as printed over)
_NEWS_LINE_MIN = 10  # a kicker is a phrase (泉水人家, 春风行动暖人心); a headline tells the news
_DECK_MIN = 8  # a deck under a short headline tells more news: not a title of a few characters
# What a meeting took up, the deck under the line that says it was held (研究部署…, 审议通过…).
_AGENDA = compile_pattern(r"^(?:研究|部署|审议|听取|传达|学习贯彻|分析|安排)")
# The name of one stage of a series (联赛第十七轮, 巡回赛第三站, 第5期): a noun, no news.
# The name of an event (…冰雪运动会, …联赛（长春站）) ending the line, and the verbs that make
# such a line news of its own (我市举办第三届乡村艺术节)
_EVENT_NAME = compile_pattern(rf"{_EVENT_KINDS}(?:[（(][^（）()]{{1,10}}[）)])?$")
_HELD_VERB = compile_pattern(r"举办|举行|召开|开展|启动|迎来|开幕|闭幕|落幕|开赛|收官|亮相|走进|参加|承办")
# 地铁6号线二期, 某某大桥, 高标准农田建设项目, 某某隧道工程: a works project's name (a line, its
# phase, a bridge, a tunnel), what a story of its progress is filed under
_PROJECT_NAME = compile_pattern(
    r"(?:\d+号线|铁路|高速|大桥|隧道|工程|项目|枢纽)(?:[一二三四五六七八九十\d]期)?(?:工程)?$"
)
_STAGE_NAME = compile_pattern(r"第[\d一二三四五六七八九十百零两]+(?:轮|站|期|场|届|季|集|回合|阶段)$")


# 岭南书事, 聚焦·两会, “两会”观察: a few characters, a dot or a quoted word at most
_LABEL = compile_pattern(r"^[\u4e00-\u9fff“”·•]{2,10}$")


# A line led by a place or a body: 我省…, 全市…, 某某县…, 市委…, 某某镇：…
PLACE_LEAD = compile_pattern(
    r"^(?:我[省市县区镇]|全[国省市县区镇]|本[市县区]|[\u4e00-\u9fff]{1,4}(?:省|市|县|区|镇|乡|街道|村|社区)"
    # (…村民, …市民: the people of a place, no place; 某市民政局 is the city's bureau)
    r"(?!民(?!政))"
    r"|[省市县区](?:委|政府|人大|政协|纪委))"
)


def _slogan(text: str) -> bool:
    """A phrase around quoted words (“小而美”撬动“大产业”, 老街里“焕”出新活力) that names no
    place and gives no figure: the kicker's voice, not the news.  A figure inside the quoted name
    (“15分钟生活圈”提质扩面) is the name's, no figure of the news."""
    t = compact(text)
    unquoted = _QUOTED_WORDS.sub("", t)
    return "“" in t and not any(c.isdigit() for c in unquoted) and not PLACE_LEAD.match(t)


_QUOTED_WORDS = compile_pattern(r"“[^“”]*”")


# A line opening with a time (年内将…, 今年…, 前5月…), an amount (200余名…, 首批…) or an average
# (日均…, 人均…: a measure of the subject above) names no subject of its own: under a headline it
# goes on as the deck, under a slogan it is no headline.
_TIME_LEAD_WORDS = (
    r"[今明去]年|年[内底]|前\d|前[一二三四五六七八九十]+[个月]|[一二三四]季度|上半年|下半年|本[月周年]"
    r"|[上下]月|近[日期年]|截至|全年"
)
_TIME_LEAD = compile_pattern(rf"^(?:{_TIME_LEAD_WORDS})")
# 前5个月全市…, 上半年我县…, 一季度全省…, 1至8月某某市…: the period a figure covers, then the place
# or body it is counted for: the line names its own subject after its time, as a line led by its
# place does (前5月出口额…, the period then the measure alone, goes on with the head above)
_PERIOD_THEN_PLACE = compile_pattern(
    r"^(?:前(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个?月|前[一二三]季度|[一二三四]季度|[上下]半年|[今去]年"
    r"|\d{1,2}[-—～~至到]\d{1,2}月)(?=" + PLACE_LEAD.pattern.removeprefix("^") + ")"
)
# 在滨海新区举行 (where the event named above was held, and that it was), 月底赴兰州首演 (where the
# troupe or team named above goes, and when): a predicate with no subject of its own, never a head
# alone: the line above is its subject, one headline wrapped
_SUBJECTLESS_PREDICATE = compile_pattern(
    rf"^(?:(?:{_TIME_LEAD_WORDS}|[月周][初中底末]|日前|近期)?(?:将|即将)?赴[\u4e00-\u9fff]"
    rf"|在[\u4e00-\u9fff“”]{{1,10}}?{_WHOLE_HEAD_END.pattern})"
)
_TIME_OR_AMOUNT_LEAD = compile_pattern(
    rf"^(?:\d|{_TIME_LEAD_WORDS}|首批|首次|[一二三四五六七八九十百千万两]+[余多]?[个家名项批]|[日月年人]均)"
)


def _subject_news(text: str, above: str) -> bool:
    """A line longer than the slogan above it that opens with its own subject (not with a time
    or an amount) and is no quotation: the news under a kicker, by its length and its shape.  A
    period and then a place (前5个月全市…) opens on its subject all the same."""
    t = compact(text)
    return (
        len(t) > len(compact(above))
        and (_PERIOD_THEN_PLACE.match(t) or not _TIME_OR_AMOUNT_LEAD.match(t))
        and not whole_quotation(text)
        and not _WHOLE_HEAD_END.search(compact(above))
    )


# 多所, 全市38所, 12家: a count of the subject the line opens on (多所高校…)
_COUNT_LEAD = compile_pattern(r"^(?:[多数几]|全[市省县区]?|\d+)[所家个名位座条]")


def _subject_said_again(first: str, second: str) -> bool:
    """``second`` opens on a count of the subject ``first`` opens with (高校迎新提前“剧透” over
    多所高校组织…): the line under tells how many of the headline's own subject did what, its deck
    (a kicker's slogan names no subject for the headline to count)."""
    subject = compact(first)[:2]
    m = _COUNT_LEAD.match(compact(second))
    return m is not None and all(map(is_han, subject)) and compact(second)[m.end() :].startswith(subject)


def _place_news(text: str) -> bool:
    """A line that says which place did what: led by a place or a body, with a figure or the
    place set off by its colon (某某区38家企业完成改造, 某某镇：一片叶子带富一方百姓)."""
    t = compact(text)
    m = PLACE_LEAD.match(t)
    return m is not None and (any(c.isdigit() for c in t) or t[m.end() : m.end() + 1] in ("：", ":"))


def _label(text: str) -> bool:
    """A short name of a few characters and nothing else (岭南书事, 法治在线): a column's label."""
    t = compact(text)
    return bool(_LABEL.match(t)) and 2 <= sum(map(is_han, t)) <= 6


# “甜茶馆里的说书人”, “高原守护者”: a byname in quotes, what the person is called for what they do
# (a phrase ending on a word for a person, no one speaking in it: 我…, …了 is an utterance)
_EPITHET = compile_pattern(
    r"^“(?![^”]*[我你咱是了吗呢吧])[\u4e00-\u9fff]{1,10}(?:人|者|员|师|匠|官|郎|哥|姐|嫂|娘|兵|侠|使)”$"
)


# 2026年: a year dates what the line names (2026年某地中考), it measures nothing
_YEAR = compile_pattern(r"(?<!\d)(?:19|20)\d{2}年")


def _headline_weight(text: str) -> int:
    """How much a head line reads like the news itself rather than a slogan over it: its
    length, more for figures (a year is none: ``_YEAR``) and for a whole event (…开园了, …启用),
    less for a slogan of matched phrases."""
    t = compact(text)
    weight = len(t)
    if any(c.isdigit() for c in _YEAR.sub("", t)):
        weight += 4
    if _WHOLE_HEAD_END.search(t.rstrip("了啦")) or _EVENT_HELD.search(t):
        weight += 4
    if _parallel_slogan(text):
        weight -= 6
    return weight


def _parallel_slogan(text: str) -> bool:
    """Two phrases of the same length set apart by a space (巾帼建新功 奋进新征程)."""
    parts = text.split()
    if len(parts) != 2:
        return False
    sizes = [sum(1 for c in p if is_han(c)) for p in parts]
    return sizes[0] == sizes[1] and 3 <= sizes[0] <= 8


def named_head(text: str) -> bool:
    """The head names its subject before its colon and says in one phrase what the piece tells of
    it (德和斋：一块月饼守了四代人, 某某村：荒坡变成果园): the form a column's profiles are headed in,
    one piece a subject."""
    m = _NAMED_HEAD.match(compact(text))
    return m is not None and len(m["subject"]) <= _SUBJECT_MAX


def named_unit_head(text: str) -> bool:
    """``named_head``, its subject a unit named at more length (某厂某作业区党支部：…)."""
    m = _NAMED_HEAD.match(compact(text))
    return m is not None and len(m["subject"]) <= _UNIT_SUBJECT_MAX
