"""Context rules: what no dictionary can decide (为 wéi/wèi, 地 de/dì, 得, 种, 长, 场, 只…)."""

from __future__ import annotations

import re

from publisher.pinyin.dictionary import _is_han, _Lexicon
from publisher.pinyin.segment import _Word, _word_at, _word_set

# --- context rules ----------------------------------------------------------------------------------------

# Clause punctuation that ends the reach of 以 in 以…为 (quotes and 、 do not).
_CLAUSE_END = set("，。！？；：,.!?;:\n")
# A lone 为 right after these characters means "be / act as" (wéi): 列为, 均为, 约为, 命名为…
_WEI2_AFTER = set("列评改定选称视认成作分均皆即则乃亦更较尤最极颇约名聘划变题升降转译缩扩价")
# Nouns that a lone 为 follows as the copula "is" in notices and figures: 主题为…, 对象为…,
# 终点为…, 时间为… (wéi).
_WEI2_AFTER_NOUNS = tuple(
    _word_set(
        """主题 对象 终点 起点 地点 时间 期限 标准 名称 内容 范围 面积 总数 人数 金额 价格 单价 均价
        比例 占比 规模 总量 产值 产量 总额 年龄 长度 宽度 高度 深度 距离 间隔 周期 比重 结果 原因
        电话 地址 网址 口号 主线 核心 特点 得分 全长 总长 时长 工期 学制 票价 起价 限速 气温 温度
        风力 降水量 雨量 水位 负责人 组长 队长 主任 顾问 召集人 主讲人 主持人"""
    )
)
# After 以 … 为, these objects mean "for" (wèi): 以实际行动为群众办实事.
_WEI4_BENEFICIARIES = ("群众", "人民", "百姓", "企业", "居民", "村民", "市民", "大家", "我们", "他们", "社会")
# Words that take an adverbial 地 (de): 积极地推进, 认真地记录.  Reduplications (紧紧地),
# 有…地 (有计划地) and …性地 (创造性地) are caught by rule.
_ADVERBIAL_WORDS = _word_set(
    """主动 积极 认真 深入 扎实 有序 有效 切实 不断 充分 稳步 全面 逐步 大力 密切 细致 耐心 热情 精心
    科学 高效 持续 健康 依法 精准 准确 有力 广泛 集中 合理 自觉 真正 很好 更好 较好 很快 迅速 快速 及时
    尽快 顺利 成功 紧密 严格 彻底 系统 深刻 清醒 清楚 明确 坚定 坚决 努力 用心 悄悄 默默 静静 慢慢
    渐渐 轻轻 好好 牢牢 紧紧 深深 高高 早早 久久 稳稳 实实在在 踏踏实实 认认真真 兴奋 激动 自豪 骄傲
    开心 高兴 快乐 愉快 热烈 亲切 仔细 详细 耐心细致 细心 小心 安全 平稳 有条不紊 源源不断 不停 不约而同
    自然 突然 显然 欣然 毅然 默然 坦然 主动积极 创新 灵活 妥善 统筹 协调 精细 规范 有机 无缝 同步
    更加 更为 进一步 一步步 一点点 一次次 一遍遍 一个个 一批批 如一日 一如既往 饱满 满怀 潜心 专心
    尽心 悉心 更多 较多 过多 更少 完整 客观 真实 具体 清晰 直观 生动 形象"""
)
# After these, a lone 地 ends a noun (土地和…) rather than introducing a verb.
_CHAR_AFTER_DE_STOP = set("的和与及是之")


def _apply_context_rules(
    run: str,
    words: list[_Word],
    out: list[str | None],
    before: str,
    after: str,
    lone_yi_before: set[int],
    lexicon: _Lexicon,
) -> None:
    """Fix lone 为 / 地 / 得 by context.

    ``before``/``after`` are the sentence text around ``run``; ``lone_yi_before`` holds the offsets
    (into ``before``) of the preposition 以 standing alone in earlier runs of the sentence.
    """
    for k, w in enumerate(words):
        end = w.start + len(w.text) - 1
        if w.text[-1] == "着" and len(w.text) >= 2 and run.startswith("火点", end + 1):
            out[end] = "zhao2"  # 对|着火点: the burning spot, not 对着 + 火点
        if (
            w.source == "pypinyin"
            and w.text[0] == "种"
            and w.start > 0
            and run[w.start - 1] in _ZHONG3_BEFORE
        ):
            out[w.start] = "zhong3"  # 这|种菜 → 这种 + 菜 (a kind), not 种菜 (to grow vegetables)
        if w.text == "还手" and run.startswith("把手", end + 1):
            out[w.start] = "hai2"  # 还|手把手地教: "also, hand in hand", not 还手 "hit back"
        if w.source == "pypinyin" and "地" in w.text:
            _fix_de_inside_phrase(run, w, out, after)
        if w.source != "project" and w.text[-1] == "场" and len(w.text) <= 2:
            i = w.start + len(w.text) - 1  # 一场 / 这场 / lone 场 after a numeral
            if i > 0 and run[i - 1] in _MEASURE_BEFORE:
                following = _chang_measure(run[i + 1 :] + after)
                out[i] = following or _chang_measure_before(before + run[:i]) or out[i]
        if w.source == "pypinyin" and w.text == "人为" and _renwei_is_split(run, w.start, after):
            lone = [*words[:k], _Word("为", w.start + 1, ("wei4",), "char")]
            out[w.start + 1] = "wei2" if _wei_is_be(run, lone, k, before, after, lone_yi_before) else "wei4"
        if w.text == "名分" and (
            (w.start > 0 and run[w.start - 1] in _MEASURE_AFTER) or _after_digit(run, w.start, before)
        ):
            out[w.start + 1] = "fen1"  # 100多名分拣员, 两名分管领导: the measure 名, then 分…
        if (
            w.source != "project"
            and w.text[-1] == "长"
            and _length_follows(run, w.start + len(w.text), after)
        ):
            out[w.start + len(w.text) - 1] = "chang2"  # 路长3公里; 隧|道长|约2公里 (not 道长, a priest)
        if (
            w.source == "pypinyin"
            and w.text[-1] == "长"
            and _NUMBERED_LENGTH_BEFORE.search(before[-1:] + run[:end])
        ):
            out[end] = "chang2"  # 十余公|里长|的绿道: a length, not 里长 (a village head)
        if (
            w.source == "pypinyin"
            and w.text == "一通"
            and _word_at(run[end : end + 2], end, lexicon) is not None
            and end + 1 < len(run)
        ):
            out[end] = "tong1"  # 一月一|通报, 一|通知: the word 通X, not 一通 tòng "a bout of"
        if w.source == "pypinyin" and w.text == "部将" and end + 1 < len(run):
            out[end] = "jiang1"  # 住院部|将整体搬迁: "will", not a general's subordinate (部将)
        if w.text == "还给" and not _returns_something(before + run[: w.start]):
            out[w.start] = "hai2"  # 讲得很清楚，还给了我很多建议 "also gave"; 把钱包还给失主 "gave back"
        if w.text == "教会" and run[end + 1 : end + 2] in _PEOPLE_START:
            out[w.start] = "jiao1"  # 教会他们生活 "teach to", not 教会 jiàohuì "a church"
        if w.source != "char":
            continue
        i = w.start
        if w.text == "长" and _NUMBERED_LENGTH_BEFORE.search(before[-1:] + run[:i]):
            out[i] = "chang2"  # a length: 十余公里长的绿道, 两米长 (not 玉米长得好: no numeral)
        if w.text == "为":
            out[i] = "wei2" if _wei_is_be(run, words, k, before, after, lone_yi_before) else "wei4"
        elif w.text == "地" and i > 0 and _verb_may_follow(run, i, after):
            if _adverbial_de(run, i) or (i >= 2 and run.startswith(_SPEECH_VERBS, i + 1)):
                out[i] = "de5"  # …地开展; 感慨地说
            elif i >= 2 and i + 1 < len(run) and run[i - 1] not in _DI_PLACE_BEFORE:
                # A lone 地 inside a clause that no 地-word (土地, 当地, 基地…) claimed is the
                # particle: pypinyin knows the place words, so what is left is 熟练地剪下.
                out[i] = "de5"
        elif w.text == "只" and _zhi_is_measure(run, i, before):
            out[i] = "zhi1"  # measure word: 数百只白鹭, 300只, 这只猫 (not 这只是)
        elif w.text == "弄" and i > 0 and run[i - 1] == "家":
            out[i] = "long4"  # a lane in a Wu place name: 朱家弄, 王家弄村
        elif w.text == "得" and (
            (run[i + 1 : i + 2] == "了" and run[i + 2 : i + 3] in _DE2_GOT) or (i > 0 and run[i - 1] == "各")
        ):
            out[i] = "de2"  # "get": 葡萄得了病, 他得了第一名
        elif w.text == "得" and i > 0:
            if run[i - 1] in _DEI3_AFTER:
                # after an adverb 得 is "must" (都得绕着走, 还得再等等) or "get" (也得了奖)
                out[i] = "de2" if run[i + 1 : i + 2] in _DEI3_NOT_BEFORE else "dei3"
            else:
                # A lone 得 after a verb or adjective marks a complement: 玩得很开心, 穿得太薄.
                out[i] = "de5"
        elif w.text == "着" and i >= 2 and run[i - 1] == "不":
            out[i] = "zhao2"  # a result complement: 用不着, 睡不着, 找不着 (着急 / 不着边际 are words)
        elif w.text == "尽" and 2 <= i < len(run) - 1 and run[i - 1] == run[i + 1] and run[i - 2] in "应能":
            out[i] = "jin4"  # 应保尽保, 应收尽收, 能种尽种: "to the full"
        elif w.text == "弹" and run[i + 1 : i + 2] in _INSTRUMENT_START:
            out[i] = "tan2"  # play: 一人弹三弦、一人弹琵琶 (a bullet, 子弹, is a word)
        elif w.text == "倒" and i > 0 and run[i - 1] in _DAO3_AFTER:
            out[i] = "dao3"  # fall over: 撞倒一名老人, 被大风刮倒 (not 倒 dào "pour, backwards")
        elif w.text == "载" and i > 0 and run[i - 1] in _MEASURE_AFTER:
            out[i] = "zai3"  # a year: 八十八载人生, 三年五载
        elif w.text == "觉" and ((i > 0 and run[i - 1] in "好午懒个") or "睡" in run[max(0, i - 3) : i]):
            out[i] = "jiao4"  # sleep: 睡不好觉, 睡个好觉, 午觉
        elif w.text == "教" and (i == 0 or run[i - 1] not in _JIAO4_BEFORE):
            out[i] = "jiao1"  # the verb "teach": 手把手地教他们, 不只教孩子读书 (教育, 教师… are words)
        elif w.text == "种" and (_zhong_is_plant(run, i, before) or _zhong_crop(run, i, before)):
            out[i] = "zhong4"  # 自己种的大米, 他种了三亩
        elif w.text == "长" and run[i + 1 : i + 2] in ("约", "达", "近"):
            out[i] = "chang2"  # a length: 路长约3公里, 长达5公里 (titles like 河长 are dictionary words)
        elif w.text == "数" and (
            run[i + 1 : i + 3] in ("一数", "了数") or run[i - 2 : i] in ("数一", "数了")
        ):
            out[i] = "shu3"  # the verb "count", reduplicated: 数一数, 数了数
        elif w.text == "还" and i > 0 and i == len(run) - 1 and _clause_ends(after):
            out[i] = (
                "huan2"  # closing a clause 还 is the verb "return": 拒不还, 借钱不还 (the adverb goes on)
            )
        elif w.text == "了" and run[i + 1 :] == "之" and _clause_ends(after):
            out[i] = "liao3"  # X了之 "and be done with it": 一改了之, 一罚了之 (not 了之后)
        elif w.text == "中" and i > 0 and run[i - 1] == "连" and run[i + 1 : i + 2] in _NUMERALS_OR_MEASURE:
            out[i] = "zhong4"  # hit: 连中两记三分球, 连中三元
        elif w.text == "铺" and i + 1 < len(run) and (i == 0 or run[i - 1] not in _PU4_BEFORE):
            out[i] = "pu1"  # the verb: 新铺的路面, 铺上地砖 (a shop, 店铺 / 商铺, is a dictionary word)


def _clause_ends(after: str) -> bool:
    """Does the text after a run end its clause: punctuation, a quote, nothing, or a space (in
    Chinese text a space parts the clauses of a headline: 拖欠货款拒不还 法院判决…)?"""
    after = after.lstrip("”’\"'")
    return not after or after[0] in _CLAUSE_END or after[0] in "、 　"


def _returns_something(head: str) -> bool:
    """Does the clause before 还给 set up a thing given back: 把/将 + object, or a verb of returning?"""
    clause = head
    for k in range(len(head) - 1, -1, -1):
        if head[k] in _CLAUSE_END:
            clause = head[k + 1 :]
            break
    return "把" in clause or "将" in clause or (clause != "" and clause[-1] in "归退交送偿返奉")


# After 得了 these make 得 dé "get" (得了病, 得了奖, 得了第一), not the complement marker.
_DE2_GOT = set("病奖冠第一癌感肺高满金银铜重大")
# Instruments (and 唱/奏) after a lone 弹 tán "play": 弹三弦, 弹琵琶, 弹钢琴, 弹吉他.
_INSTRUMENT_START = set("琴琵三吉钢古筝月唱奏拨扬")
# Verbs after which a lone 倒 is dǎo "fall over" (撞倒, 刮倒, 累倒).
_DAO3_AFTER = set("撞推摔跌绊晕病压刮吹碰砸踢击打扳放累冻滑")

# A lone 教 after these is jiào (请教, 任教, 支教, 家教…, where the phrase list lacks the word).
_JIAO4_BEFORE = set("请指领赐受宗佛道传任执助家支文施管调说")
# Words for people that open an object: 教会他们, 教会孩子.
_PEOPLE_START = set("他她我你们咱孩村居市老大人群农子同家")

# A numeral and a unit of length right before 长: 十余公里长, 3米长.
_NUMBERED_LENGTH_BEFORE = re.compile(
    r"[0-9０-９零一二三四五六七八九十百千万两几多余]+(?:公里|千米|里|米|厘米|毫米)$"
)

# Adverbs after which a lone 得 is the modal děi (都得, 还得, 就得), not a complement marker;
# before 了/到… it is dé (都得了奖).
_DEI3_AFTER = set("都还就总也")
_DEI3_NOT_BEFORE = set("了到过奖分知出益以")
# A lone 种 is zhǒng (a kind) after a numeral or demonstrative, zhòng (to plant) when a verb
# ending follows: 种的, 种了, 种着.
_ZHONG3_BEFORE = set("一二三四五六七八九十百千万两几多这那哪各每某此该本同该")
_ZHONG4_NEXT = set("的了着过在得出")
# 铺 stays pù (a shop, a post station) after these: 店铺, 三里铺.
_PU4_BEFORE = set("里店商床肉药当饭杂茶米布铁点糕饼烟酒鞋粮油")


# A lone 种 before a crop is the verb: 种菇技术, 种桑养蚕 (not after 这/一…: 这种菜).
_CROPS = set("菇菜树花稻麦瓜果草豆粮桑茶苗竹笋药棉")


def _zhong_crop(run: str, i: int, before: str) -> bool:
    """A lone 种 before what it plants: 种菇, 土地种芦笋 (not 这种菜, 三种芦笋, 何种方式).

    Words with 种 zhǒng (种类, 品种, 各种, 多种) are in the phrase lists, so a lone 种 with a
    noun after it and no numeral or demonstrative before it is the verb."""
    prev = run[i - 1] if i > 0 else before[-1:]
    if prev in _ZHONG3_BEFORE or prev == "何" or prev.isdigit() or i + 1 >= len(run):
        return False
    return run[i + 1] in _CROPS or i > 0


def _zhong_is_plant(run: str, i: int, before: str) -> bool:
    prev = run[i - 1] if i > 0 else before[-1:]
    return (
        prev not in _ZHONG3_BEFORE
        and not prev.isdigit()
        and run[i + 1 : i + 2] in _ZHONG4_NEXT
        and i + 1 < len(run)
    )


# A lone 地 before these verbs of saying follows an adverbial (感慨地说, 笑眯眯地告诉记者).
_SPEECH_VERBS = tuple(_word_set("说 问 道 笑 讲 表示 介绍 告诉 回忆 感叹 回答 点头 对记者"))
# Characters that make a place word with a following lone 地 (三亩地, 该地, 等地, 耕地): dì.
_DI_PLACE_BEFORE = set(
    "零一二三四五六七八九十百千万两几多亩块片等该此各全满遍每本外异原土耕林湿绿草田山洼旱产基驻属圣福宝禁盆腹墓坟局"
)
# 地X nouns: a 地 starting one of these is dì even after an adverb-like word (安全地带, 科学地位).
_DI_NOUN_NEXT = set("区方块带面下上域图址点段价产铁震理形势球位标盘基皮貌主权")


def _fix_de_inside_phrase(run: str, w: _Word, out: list[str | None], after: str) -> None:
    """The particle 地 swallowed by a pypinyin phrase: 耐|心地, 系统|地学."""
    end = w.start + len(w.text) - 1
    if len(w.text) == 2 and run[end] == "地" and w.start > 0:  # 心地, 日地
        if _adverbial_de(run, end, crossing=True) and _verb_may_follow(run, end, after):
            out[end] = "de5"
    elif (
        run[w.start] == "地"
        and w.start > 0
        and w.text[1] not in _DI_NOUN_NEXT
        and _adverbial_de(run, w.start, crossing=True)
    ):  # 系统|地学习
        out[w.start] = "de5"


# 场 as a measure word: chǎng for shows and matches (一场讲座), cháng for a spell of something
# (一场大雨, 一场硬仗).  Decided by the first telling noun later in the clause.
_MEASURE_BEFORE = set("一二三四五六七八九十两几这那每首整半多场")
_CHANG3_NOUNS = _word_set(
    """活动 比赛 演出 讲座 晚会 音乐会 电影 培训 沙龙 展览 展会 发布会 报告会 推介会 论坛 招聘会
    宣讲 直播 婚礼 对接会 演唱会 表演 竞赛 赛事 球赛 仪式 会议 村晚 戏 秀 音乐 文艺 联欢 座谈 赛
    专场 评弹 相声 小品 书会 舞会 招聘会
    演练 演习 考试 辩论 拍卖 路演 展销 招聘 答辩 研讨"""
)
_CHANG2_NOUNS = _word_set(
    """雨 雪 风 病 火 战 仗 灾 疫 风波 危机 变革 革命 梦 误会 争论 考验 运动 官司 浩劫 虚惊 较量"""
)


_ZHI1_BEFORE = set("一二三四五六七八九十百千万两几多只")
_ZHI3_AFTER_DEMONSTRATIVE = set("是能有要会不可好得需在")


def _zhi_is_measure(run: str, i: int, before: str) -> bool:
    prev = run[i - 1] if i > 0 else before[-1:]
    if prev.isdigit() or prev in _ZHI1_BEFORE:
        return True
    nxt = run[i + 1 : i + 2]
    return prev in "这那每" and nxt != "" and nxt not in _ZHI3_AFTER_DEMONSTRATIVE


def _chang_measure(following: str) -> str | None:
    """The first telling noun decides, but a noun straight after it is the head of the compound:
    一场消防实战演练 is a drill (chǎng), not a battle (战)."""
    found: str | None = None
    last = -1
    for k in range(min(len(following), 24)):
        if following[k] in _CLAUSE_END or (found and k > last + 1):
            break
        if following.startswith(_CHANG3_TUPLE, k):
            found, last = "chang3", k
        elif following.startswith(_CHANG2_TUPLE, k):
            found, last = "chang2", k
    return found


def _chang_measure_before(text: str) -> str | None:
    """With no telling noun after it, the event named right before the numeral decides:
    直播一场能卖200单, 比赛打了两场."""
    head = text.rstrip(_NUMERALS_OR_MEASURE).rstrip("了过")
    return "chang3" if head.endswith(_CHANG3_TUPLE) else None


_NUMERALS_OR_MEASURE = "一二三四五六七八九十两几多每整半场"
_CHANG3_TUPLE = tuple(_CHANG3_NOUNS)
_CHANG2_TUPLE = tuple(_CHANG2_NOUNS)


def _verb_may_follow(run: str, i: int, after: str) -> bool:
    """The adverbial 地 needs what it modifies next (or a 、 before a second adverbial)."""
    if i + 1 < len(run):
        return run[i + 1] not in _CHAR_AFTER_DE_STOP
    return after[:1] == "、"


def _adverbial_de(run: str, i: int, crossing: bool = False) -> bool:
    """Is the 地 at ``run[i]`` the adverbial particle (de)?

    ``crossing``: 地 is the end of a two-character pypinyin phrase, so only evidence that
    reaches before that phrase counts (耐|心地 → 耐心地; not 当|地 → 当地).
    """
    head = run[:i]
    if len(head) >= 2 and head[-1] == head[-2]:  # 紧紧地, 认认真真地
        return True
    if len(head) >= 4 and head[-4] == head[-2] == "一" and head[-3] == head[-1]:  # 一步一步地
        return True
    if any(head.endswith(w) for w in _ADVERBIAL_WORDS):
        return True
    if crossing:
        return False
    if len(head) >= 3 and head.endswith("性"):  # 创造性地, 针对性地
        return True
    # 有序地, 有计划地, 有重点地, 有针对性地
    return any(len(head) > n and head[-n - 1] == "有" for n in (1, 2, 3))


# A figure in Chinese numerals and its unit, the whole rest of a clause after 为: 两周, 三个多小时.
_HAN_FIGURE = re.compile(
    r"[约近共]?[零一二三四五六七八九十百千万亿两几半]+(?:个)?(?:多|余)?"
    r"(?:周|天|日|年|月|小时|分钟|秒|岁|人|名|位|户|家|次|元|万元|亿元|米|公里|千米|亩|吨|斤|倍|成|期|届|场|层|项)?"
)


# Between 为 and a figure: 零售价为每公斤54.6元, 为人均3.2万元.
_BEFORE_FIGURE = ("每", "约", "近", "人均", "平均", "共", "总计", "合计")


def _unit_before_figure(text: str) -> bool:
    """每公斤 / 约 / 人均 between 为 and a figure; 每户发放 (a verb follows) is too long."""
    return any(text.startswith(p) and len(text) - len(p) <= 2 for p in _BEFORE_FIGURE)


_FIGURE = re.compile(r"[0-9０-９.,，%％]*")


def _figure_ends_clause(after: str) -> bool:
    rest = after[_FIGURE.match(after).end() :]  # type: ignore[union-attr]
    tail = []
    for ch in rest:
        if ch in _CLAUSE_END:
            break
        tail.append(ch)
    han = [ch for ch in tail if _is_han(ch)]
    return len(han) <= 6 and "的" not in han and "了" not in han


# 长 before a figure with a unit of length is cháng: 长3公里, 道长约1.2千米.
_LENGTH = re.compile(r"(?:约|达|近|超过)?[0-9０-９.,]+(?:多|余)?(?:公里|千米|米|厘米|毫米|里|km|m)")


def _length_follows(run: str, end: int, after: str) -> bool:
    if end < len(run) and run[end] not in "约达近超":
        return False
    return bool(_LENGTH.match(run[end:] + after if end < len(run) else after))


# 人为 "man-made" is a word before these (人为因素, 人为破坏); elsewhere 专人|为农户 is 人 + 为.
_RENWEI_NEXT = tuple(
    _word_set("因素 原因 破坏 损坏 损毁 造成 干预 干扰 操纵 操作 制造 设置 所致 导致 失误 故意 的 地")
)
_RENWEI_WORD_BEFORE = set("非属是系因纯为")
# Before 名/只/… a numeral or these make it a measure word.
_MEASURE_AFTER = set("一二三四五六七八九十百千万两几多余数")


def _renwei_is_split(run: str, start: int, after: str) -> bool:
    if start == 0 or run[start - 1] in _RENWEI_WORD_BEFORE:
        return False
    rest = run[start + 2 :]
    if not rest:
        return False  # 人为 closing the run: 纯属人为。
    return not rest.startswith(_RENWEI_NEXT)


def _after_digit(run: str, i: int, before: str) -> bool:
    return i == 0 and before[-1:].isdigit()


def _wei_is_be(
    run: str, words: list[_Word], k: int, before: str, after: str, lone_yi_before: set[int]
) -> bool:
    w = words[k]
    i = w.start
    nxt_text = run[i + 1 :] if i + 1 < len(run) else ""
    if after[:1].isdigit() and (not nxt_text or _unit_before_figure(nxt_text)):
        # 面积为11.1万平方米 (the figure ends the clause: wéi), not 为70周岁以上的老人免费接种 (wèi)
        return _figure_ends_clause(after)
    if i > 0 and (run[i - 1] in _WEI2_AFTER or run[:i].endswith(_WEI2_AFTER_NOUNS)):
        return not nxt_text.startswith(_WEI4_BENEFICIARIES)
    if i > 0 and _HAN_FIGURE.fullmatch(nxt_text) and (not after or after[0] in _CLAUSE_END):
        return True  # a figure in words closes the clause: 展期为两周。 时长为三个小时，
    # 以 … 为: a lone 以 earlier in the same clause.
    context = before + run[:i]
    lone_yi = {len(before) + x.start for x in words[:k] if x.text == "以"}
    for pos in range(len(context) - 1, -1, -1):
        ch = context[pos]
        if ch in _CLAUSE_END:
            break
        if ch == "以" and (pos in lone_yi or pos in lone_yi_before):
            return not nxt_text.startswith(_WEI4_BENEFICIARIES)
    return False
