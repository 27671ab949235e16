"""Pinyin readings in context: the one place that decides how a Han character is read.

Both the ruby in the pinyin EPUB and the offline speech engine use these
readings, so what a child sees over a character is what the audio says.

How a reading is decided, per maximal run of Han characters:

1. The run is cut into words by forward maximum matching over the union of
   pypinyin's phrase dictionary and the project's phrase dictionaries
   (``assets/pinyin/phrases.txt`` plus any ``extra_dictionaries``).  This is the
   algorithm pypinyin itself uses, but on our own merged lookup, so pypinyin's
   global state (``load_phrases_dict``) is never touched and results do not
   depend on what else ran in the process.
2. A word found in a project dictionary takes its reading from there (later
   dictionaries override earlier ones); otherwise pypinyin's phrase reading,
   otherwise the character's default reading.
3. Small context rules fix what no dictionary can (``_apply_context_rules``): a lone 为 is
   wéi after 以… in the same clause, after 列/评/称/约… and before a number, else wèi; a lone
   得 after a verb is de; 地 after an adverbial (reduplication, 有…地, …性地, a known
   adverb, before 说) is de; 只 after a numeral is zhī; 场 after a numeral is chǎng for
   shows and matches, cháng for rain, illness, battles; surnames (单 shàn, 曾 zēng, 解 xiè…) in
   bylines (记者 华婷婷), after a role (市长解海平在…, 负责人朴志勋说), before a form of address
   (任阿姨, 单先生) or before a verb of saying (据朴振华介绍); a name found so is read alike
   wherever it recurs in the text.
4. 一 and 不 are normalised to their citation tones (yī, bù): pypinyin's
   dictionary mixes citation and changed tones.  With ``sandhi=True`` the
   changed tones are applied by rule (不 before a 4th tone → bú; 一 before a
   4th tone → yí, before 1st/2nd/3rd → yì; 一 keeps yī as an ordinal, in a
   number, or at the end of a word or phrase).

Internally a reading is numbered pinyin with ``ü`` and the neutral tone as 5
("ping2", "lü4", "de5").  ``style="numbers"`` returns exactly that;
``style="marks"`` returns tone marks ("píng", "lǜ", "de").  ``spoken_pinyin`` turns text into
the space-separated numbered string a pinyin voice reads (espeak-ng cmn-latn-pinyin), with
the changed tones of 一/不 as they are spoken.

Dictionary format: see the header of ``assets/pinyin/phrases.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
from pypinyin.seg import mmseg

from publisher.assets import ASSETS_DIR
from publisher.errors import InputError
from publisher.punctuation import is_han

PinyinStyle = Literal["marks", "numbers"]

PROJECT_DICTIONARY = ASSETS_DIR / "pinyin" / "phrases.txt"


@dataclass(frozen=True)
class PinyinOptions:
    style: PinyinStyle = "marks"  # píng | ping2
    sandhi: bool = False  # show the changed tones of 一 / 不 (yì, bú)
    extra_dictionaries: tuple[Path, ...] = ()  # user phrase files, same format as assets/pinyin/phrases.txt


# --- syllables ------------------------------------------------------------------------------------------

_MARKED_VOWELS = {
    "a": "āáǎà",
    "e": "ēéěè",
    "i": "īíǐì",
    "o": "ōóǒò",
    "u": "ūúǔù",
    "ü": "ǖǘǚǜ",
}
_UNMARK = {
    marked: (base, tone + 1) for base, row in _MARKED_VOWELS.items() for tone, marked in enumerate(row)
}
# A numbered syllable as we store it: letters (ü for u-umlaut) and a tone 1-5.
_NUMBERED = re.compile(r"^[a-zü]+[1-5]$")
_PLAIN_LETTERS = re.compile(r"^[a-zü]+$")


@lru_cache(maxsize=4096)
def _to_numbered(syllable: str) -> str | None:
    """'píng' / 'ping2' / 'lv4' / 'lu:4' / 'de' → 'ping2' / 'lü4' / 'de5'; None if not a syllable."""
    s = unicodedata.normalize("NFC", syllable.strip().lower()).replace("u:", "ü").replace("v", "ü")
    if not s:
        return None
    tone = 0
    letters = []
    for ch in s:
        if ch in _UNMARK:
            if tone:
                return None  # two tone marks
            base, tone = _UNMARK[ch]
            letters.append(base)
        else:
            letters.append(ch)
    plain = "".join(letters)
    if plain[-1].isdigit():
        if tone:
            return None  # both a mark and a number
        plain, tone = plain[:-1], int(plain[-1])
    if not tone:
        tone = 5
    result = f"{plain}{tone}"
    return result if _NUMBERED.match(result) and _PLAIN_LETTERS.match(plain) else None


@lru_cache(maxsize=4096)
def _to_marks(numbered: str) -> str:
    """'ping2' → 'píng', 'lü4' → 'lǜ', 'de5' → 'de'."""
    plain, tone = numbered[:-1], int(numbered[-1])
    if tone == 5:
        return plain
    # Standard placement: a or e if present; o in "ou"; otherwise the last vowel.
    if "a" in plain:
        i = plain.index("a")
    elif "e" in plain:
        i = plain.index("e")
    elif "ou" in plain:
        i = plain.index("o")
    else:
        i = max((k for k, ch in enumerate(plain) if ch in "aeiouü"), default=-1)
        if i < 0:  # syllabic nasals: m, n, ng (ḿ, ň…) — keep the number, no precomposed mark for all
            return numbered
    return plain[:i] + _MARKED_VOWELS[plain[i]][tone - 1] + plain[i + 1 :]


def _tone(numbered: str | None) -> int:
    return int(numbered[-1]) if numbered else 0


# --- dictionaries -----------------------------------------------------------------------------------------

Dictionary = dict[str, tuple[str, ...]]


def _is_han(ch: str) -> bool:
    """A Han character pypinyin knows a reading for (〇 counts: it is read líng)."""
    return (is_han(ch) or ch == "\u3007") and ord(ch) in PINYIN_DICT


def parse_dictionary(text: str, source: str) -> Dictionary:
    """Parse the phrase-file format (see assets/pinyin/phrases.txt); InputError names file and line."""
    entries: Dictionary = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word, *syllables = line.split()
        where = f"{source}:{number}"
        if not all(_is_han(ch) for ch in word):
            raise InputError(f"{where}: pinyin dictionary entry {word!r} must be Han characters only")
        if len(syllables) != len(word):
            raise InputError(
                f"{where}: {word!r} has {len(word)} characters but {len(syllables)} pinyin syllables"
            )
        numbered = [_to_numbered(s) for s in syllables]
        bad = [s for s, n in zip(syllables, numbered, strict=True) if n is None]
        if bad:
            raise InputError(f"{where}: {bad[0]!r} is not a pinyin syllable (use píng or ping2)")
        entries[word] = tuple(n for n in numbered if n is not None)
    return entries


@lru_cache(maxsize=32)
def _load_dictionary_cached(path: Path, mtime_ns: int, size: int) -> Dictionary:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read pinyin dictionary ({exc.__class__.__name__})") from exc
    return parse_dictionary(text, str(path))


def load_dictionary(path: Path) -> Dictionary:
    """Read a phrase file once per (path, mtime, size); the result must not be mutated."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: cannot read pinyin dictionary ({exc.strerror})") from exc
    return _load_dictionary_cached(path.resolve(), stat.st_mtime_ns, stat.st_size)


class _Lexicon:
    """The project's merged dictionary plus a prefix set for maximum matching."""

    def __init__(self, dictionaries: Sequence[Dictionary]) -> None:
        self.entries: Dictionary = {}
        for d in dictionaries:
            self.entries.update(d)  # later files override earlier ones
        self.prefixes = {word[:i] for word in self.entries for i in range(1, len(word) + 1)}


@lru_cache(maxsize=16)
def _lexicon(paths: tuple[Path, ...], stamps: tuple[tuple[int, int], ...]) -> _Lexicon:
    del stamps  # part of the cache key only: a changed file gives a new lexicon
    return _Lexicon([load_dictionary(p) for p in paths])


def _lexicon_for(options: PinyinOptions) -> _Lexicon:
    paths = (PROJECT_DICTIONARY, *(Path(p) for p in options.extra_dictionaries))
    stamps = []
    for p in paths:
        try:
            st = p.stat()
        except OSError as exc:
            raise InputError(f"{p}: cannot read pinyin dictionary ({exc.strerror})") from exc
        stamps.append((st.st_mtime_ns, st.st_size))
    return _lexicon(tuple(p.resolve() for p in paths), tuple(stamps))


# pypinyin's own prefix set of its phrase list, built when pypinyin is imported; read-only use.
_PYPINYIN_PREFIXES = mmseg.p_set


# --- segmentation and base readings -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    text: str
    start: int  # index in the run
    readings: tuple[str, ...]
    source: Literal["project", "pypinyin", "char"]


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Characters whose first pypinyin reading is the rarer one when the character stands alone
# (its words, 挣扎 / 心脏 / 削减 / 湖泊 / 似的 / 弯曲, come from the phrase list): 能挣一千多元.
# 缪 and 覃 outside their words (绸缪, 覃思) are the surnames Miào and Qín: 律师缪晓峰, 小覃.
_CHAR_DEFAULTS = {
    "挣": "zheng4", "脏": "zang1", "削": "xiao1", "泊": "bo2", "似": "si4", "曲": "qu3",
    "缪": "miao4", "覃": "qin2",
}  # fmt: skip


@lru_cache(maxsize=8192)
def _char_reading(ch: str) -> str | None:
    if ch in _CHAR_DEFAULTS:
        return _CHAR_DEFAULTS[ch]
    raw = PINYIN_DICT.get(ord(ch))
    return _to_numbered(raw.split(",")[0]) if raw else None


# pypinyin phrases that start with the particles 的 / 了 but mostly match across a word boundary
# in prose (落成|的当湖 read dí dàng, 出了|结果 read liǎo jié); only these are trusted:
_PARTICLE_PHRASES_KEPT = _word_set(
    "的确 的确良 了解 了不起 了不得 了如指掌 了若指掌 了然 了然于胸 了却 了无 了望台"
)


@lru_cache(maxsize=8192)
def _phrase_reading(word: str) -> tuple[str, ...] | None:
    if word[0] in "的了" and word not in _PARTICLE_PHRASES_KEPT:
        return None
    raw = PHRASES_DICT.get(word)
    if raw is None:
        return None
    out = tuple(_to_numbered(alts[0]) for alts in raw)
    if any(r is None for r in out) or len(out) != len(word):
        return None
    return out  # type: ignore[return-value]


def _word_at(piece: str, start: int, lexicon: _Lexicon) -> _Word | None:
    """``piece`` as a dictionary word (the project's first, then pypinyin's phrases), else None."""
    if piece in lexicon.entries:
        return _Word(piece, start, lexicon.entries[piece], "project")
    if len(piece) >= 2 and piece in PHRASES_DICT:
        phrase = _phrase_reading(piece)
        if phrase is not None:
            return _Word(piece, start, phrase, "pypinyin")
    return None


def _single(run: str, i: int) -> _Word:
    reading = _char_reading(run[i])
    return _Word(run[i], i, (reading,) if reading else ("",), "char")


def _forward(run: str, lexicon: _Lexicon) -> list[_Word]:
    """Forward maximum matching (pypinyin's own algorithm) over both dictionaries."""
    words: list[_Word] = []
    i, n = 0, len(run)
    while i < n:
        best: _Word | None = None
        for j in range(i + 1, n + 1):
            piece = run[i:j]
            if piece not in lexicon.prefixes and piece not in _PYPINYIN_PREFIXES:
                break
            best = _word_at(piece, i, lexicon) or best
        best = best or _single(run, i)
        words.append(best)
        i += len(best.text)
    return words


def _segment(run: str, lexicon: _Lexicon) -> list[_Word]:
    """Forward maximum matching over pypinyin's phrases ∪ the project's (project wins on equal words).

    Backward or bidirectional matching was tried and measured worse: pypinyin's phrase list
    holds many rare words (标的, 中的, 便了) that backward matching picks up.  Known overlaps
    that forward matching gets wrong (人参|与, 有着|落) are fixed with dictionary entries.
    """
    return _forward(run, lexicon)


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
        elif w.text == "种" and (_zhong_is_plant(run, i, before) or _zhong_crop(run, i, before)):
            out[i] = "zhong4"  # 自己种的大米, 他种了三亩
        elif w.text == "长" and run[i + 1 : i + 2] in ("约", "达", "近"):
            out[i] = "chang2"  # a length: 路长约3公里, 长达5公里 (titles like 河长 are dictionary words)
        elif w.text == "数" and (
            run[i + 1 : i + 3] in ("一数", "了数") or run[i - 2 : i] in ("数一", "数了")
        ):
            out[i] = "shu3"  # the verb "count", reduplicated: 数一数, 数了数
        elif w.text == "铺" and i + 1 < len(run) and (i == 0 or run[i - 1] not in _PU4_BEFORE):
            out[i] = "pu1"  # the verb: 新铺的路面, 铺上地砖 (a shop, 店铺 / 商铺, is a dictionary word)


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
    prev = run[i - 1] if i > 0 else before[-1:]
    return run[i + 1 : i + 2] in _CROPS and prev not in _ZHONG3_BEFORE and not prev.isdigit()


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


# --- 一 / 不 ----------------------------------------------------------------------------------------------

_NUMERALS = set("零〇一二三四五六七八九十百千万亿两")
# 一 as "first / number one" keeps yī: 一月, 一号线, 一楼, 一等奖, 一线, 一流, 一审, 一产.
_ORDINAL_AFTER_YI = set("月号楼等级线流审产")
# 一 closing a word keeps yī even before another word: 统一部署, 之一, 唯一, 逐一, 单一.
_YI_WORD_FINAL_AFTER = set("统唯之其专划逐单归初")


def _citation_yi_bu(run: str, out: list[str | None]) -> None:
    for i, ch in enumerate(run):
        if ch == "一":
            out[i] = "yi1"
        elif ch == "不" and out[i] != "fou3":
            out[i] = "bu4"


def _sandhi_yi_bu(run: str, words: list[_Word], out: list[str | None]) -> None:
    word_end = {w.start + len(w.text) - 1 for w in words if len(w.text) >= 2}
    for i, ch in enumerate(run):
        if ch not in "一不" or i + 1 >= len(run):
            continue  # end of phrase: citation tone
        nxt_tone = _tone(out[i + 1])
        if ch == "不":
            if nxt_tone == 4:
                out[i] = "bu2"
            continue
        prev = run[i - 1] if i > 0 else ""
        nxt = run[i + 1]
        if i in word_end and nxt != "一":  # 统一, 唯一, 第一 … the word ends on 一
            continue
        if prev in _YI_WORD_FINAL_AFTER and nxt != "一":  # 统一部署, 之一, 唯一
            continue
        if prev == "第" or prev in _NUMERALS or nxt in _NUMERALS or nxt in _ORDINAL_AFTER_YI:
            continue  # ordinal, numbers (十一, 一一, 一九), dates
        if i == 0 and nxt in "是要":  # enumerations: 一是…，二是…
            continue
        if i > 0 and prev == nxt and run[i - 2 : i - 1] != "一":  # 看一看 (not 一个一个): neutral
            out[i] = "yi5"
            continue
        if nxt_tone == 4 or (nxt_tone == 5 and nxt == "个"):
            out[i] = "yi2"
        elif nxt_tone in (1, 2, 3):
            out[i] = "yi4"


# --- names in bylines ----------------------------------------------------------------------------------

# Surnames read differently from the character's common reading (华 huà, 曾 zēng, 单 shàn…).
_SURNAME_READINGS = {
    "华": "hua4", "单": "shan4", "曾": "zeng1", "区": "ou1", "查": "zha1", "盖": "ge3", "解": "xie4",
    "朴": "piao2", "仇": "qiu2", "缪": "miao4", "乐": "yue4", "覃": "qin2", "召": "shao4", "燕": "yan1",
    "纪": "ji3", "过": "guo1", "任": "ren2", "员": "yun4", "翟": "zhai2", "繁": "po2", "秘": "bi4",
    "隗": "wei3", "折": "she2", "种": "chong2", "洗": "xian3", "祭": "zhai4", "句": "gou1",
}  # fmt: skip
# "■记者 华婷婷", "通讯员 徐冰艳 陈明远", "摄影：曾强": a role, a gap, then names of 2-4 characters.
_BYLINE = re.compile(
    r"(?:记者|通讯员|摄影|摄|实习生|编辑|撰稿|作者|文|图)(?:[ \t\u3000]*[:：/][ \t\u3000]*|[ \t\u3000]+)"
    r"((?:[\u4e00-\u9fff]{2,4}(?:[ \t\u3000、]+|$|(?=[\n）)])))+)",
    re.MULTILINE,
)
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _byline_surnames(text: str, names: dict[str, str]) -> dict[int, str]:
    """Surnames in bylines; each full name found is added to ``names`` (name → surname reading)."""
    found: dict[int, str] = {}
    for m in _BYLINE.finditer(text):
        for name in _NAME.finditer(m.group(1)):
            pos = m.start(1) + name.start()
            if text[pos] in _SURNAME_READINGS:
                found[pos] = _SURNAME_READINGS[text[pos]]
                if len(name.group()) == 3:
                    names[name.group()] = found[pos]
    return found


# --- names in running text ----------------------------------------------------------------------

# News names a person by role, then a three-character name, then what they did: 市长解海平在会上,
# 负责人朴志勋说, 村民盖丽芳说.  A surname is read as one only in that frame, or before a form of
# address (任阿姨, 单先生), or after 老 (老查，…).
_ROLES = tuple(
    _word_set(
        """记者 通讯员 书记 副书记 市长 副市长 镇长 副镇长 县长 区长 村长 主任 副主任 局长 副局长 处长
        科长 所长 院长 副院长 校长 副校长 馆长 站长 行长 副行长 董事长 总经理 经理 总监 厂长 部长 组长
        队长 大队长 副大队长 会长 社长 主席 秘书长 负责人 村民 居民 市民 网格员 督导员 志愿者 律师 医生
        护士 教师 老师 教授 专家 传承人 参谋 队员 民警 交警 委员 党员 工程师 技术员 农场主 大户
        河长 湖长 路长 种植户 养殖户 带头人 老艺人 艺人 游客 学生 家长 店主 老板 船长 主管 干部
        员工 工人 农户 同志"""
    )
)
# What follows the name: a verb of saying or acting, a conjunction, or punctuation (end of run).
_NAME_FOLLOWERS = tuple(
    _word_set(
        """说 表示 介绍 告诉 指出 强调 认为 提醒 坦言 感慨 感叹 笑 也 等 和 与 及 在 正 就 一 带 向 对
        是 称 回忆 透露 解释 建议 要求 希望 主持 出席 参加 讲话 致辞 已 还 都 从 把 将 谈 补充 分析
        接受 率 陪同 亲自 先后 便 又 再 不 没 会 同志 的 今年 每天 边 指着 拿 看 听 算 带领 负责 报道"""
    )
)
# Without a role, a name opening a clause (or after 的) needs a verb of saying after it: 华建国说.
_SPEAKING = tuple(_word_set("说 表示 介绍 指出 强调 告诉 认为 坦言 感慨 回忆 笑着说 解释说 补充说"))
# Forms of address after a surname: 任阿姨, 单先生, 查大爷, 华师傅.
_ADDRESS = tuple(
    _word_set(
        """阿姨 阿婆 阿公 大爷 大伯 大妈 大娘 大姐 大哥 师傅 先生 女士 老师 奶奶 爷爷 伯伯 老伯 婆婆
        书记 主任 经理 医生 老板"""
    )
)
# Characters that given names practically never hold; they mean the "name" is a verb phrase
# (书记曾多次在…, 市长曾获得…).  代表 is left out of _ROLES: it is as often the verb (代表区政府).
_NOT_IN_GIVEN_NAME = set("的了是在有和不也都就一多次个这那其被获任经到去来为于与把对从向给")
_NOT_IN_GIVEN_NAME |= set("过着又再将已说道讲问呵地得子")
# Characters common in given names.  Without a verb of saying after it, a "name" after a role
# must be made of these: 副主任盖伟东、…, 市长解海平在… — not 村民盖新房，, 居民查资料，.
_GIVEN_NAME_CHARS = set(
    """伟东华明国强建平丽芳娟红梅英海峰晓佳琪志刚军林根金文杰斌勇涛敏静燕霞玲萍婷慧雯怡琳颖洁雪
    春秋冬夏兰菊荣贵富福宝玉珍珠美秀凤云飞鹏宇航浩然俊磊鑫森淼成功新民生德仁义礼智信忠孝安康宁
    泰永长昌盛兴旺利胜卫兵光辉亮彬豪雄虎龙鹤鸣振中正大小君若欣悦乐欢喜嘉佩璐璇瑶瑾瑜琦琴诗雅淑
    贤惠蓉莉莎娜娅妮婉媛嫣婕倩倪帆凯旭阳晨曦昊天宏远博学彦哲思源泉江河湖波洋清溪松柏桂桐楠梓枫
    桦荷莲芝芸芬菲蕾蓓薇蕊兆祥瑞祺禄寿庆丰翠彩娇妹弟财士儒宗祖家继先锦绣武全彪健剑锋锐钢铭钰铮
    立群超越跃进丹青舒怀宽育培栋梁硕品润泽涵雨露霖震霄霆翔星辰月晖晶莹皓雷鸿毅诚达炜玮琛瀚蔚琼
    娥萱宸轩逸骏驰腾昕晟煜烨熙灿勋凡沛澜漪滢潇湘渊洪彩蝶鹰耀炎焕坤均城基尧伦仲伯季孟忠良吉祥亚
    力勤奋俭朝晴霏芃菁茜蕴蓬莺燕鹃凤鸾麒麟启迪开拓展望宁静致远海洋舟帆"""
)
# Surnames that 老 / 小 make into a familiar address: 老查, 小覃 (not 区, 单, 华…: 小区, 小单).
_FAMILIAR_SURNAMES = set("查曾解仇朴盖缪覃尉")


def _is_phrase(word: str, lexicon: _Lexicon) -> bool:
    return word in lexicon.entries or word in PHRASES_DICT


def _given_name(surname: str, rest: str, lexicon: _Lexicon) -> bool:
    """Do the two characters after a surname look like a given name (not 曾多次, 任务, 曾经)?"""
    return (
        len(rest) >= 2
        and rest[0] != surname  # 乐乐, 单单: a reduplicated word or pet name
        and not any(c in _NOT_IN_GIVEN_NAME for c in rest[:2])
        and not rest.startswith(_NAME_FOLLOWERS)
        and not _is_phrase(rest[:2], lexicon)
    )


def _names_in_run(
    run: str, words: list[_Word], lexicon: _Lexicon, before: str, after: str, names: dict[str, str]
) -> dict[int, str]:
    """Offsets in ``run`` of surnames read as surnames (see _ROLES)."""
    starts = {w.start: w for w in words}
    return {
        p: _SURNAME_READINGS[ch]
        for p, ch in enumerate(run)
        # a character inside a word (小区, 主任) is not a surname there
        if ch in _SURNAME_READINGS
        and p in starts
        and _is_surname(run, p, starts[p], lexicon, before, after, names)
    }


def _is_surname(
    run: str, p: int, word: _Word, lexicon: _Lexicon, before: str, after: str, names: dict[str, str]
) -> bool:
    ch, head, rest = run[p], run[:p], run[p + 1 :]
    if rest.startswith(_ADDRESS):  # 任阿姨, 单先生 (but 小区|阿姨 is a word, caught above)
        return ch != "区" or p == 0 or head[-1] in "的和与位名叫"
    if p >= 1 and head[-1] in "老小" and ch in _FAMILIAR_SURNAMES:  # “老查，…”
        return not _is_phrase(run[p - 1 : p + 1], lexicon) and (not rest or rest.startswith(_NAME_FOLLOWERS))
    if not _given_name(ch, rest, lexicon):
        return False
    # A surname that starts a word (解释, 华丽, 任务) is one only before a verb of saying: 华丽萍表示.
    bound = len(word.text) > 1
    name_end = run[p + 3 :]
    if name_end.startswith(_SPEAKING):
        speaking_frame = p == 0 or head[-1] in "的据"  # “…。”华建国说 / 志愿者的单红梅说 / 据朴振华介绍
        if speaking_frame and not bound:
            return True
    # 主任华国强, 副主任盖伟东、乐永康 (a second name in a list after a known one)
    after_role = head.endswith(_ROLES) or (p == 0 and before.endswith("、") and before[-4:-1] in names)
    if not after_role:
        return False
    if name_end.startswith(_SPEAKING):
        return True
    if bound:
        return False
    if not all(c in _GIVEN_NAME_CHARS for c in rest[:2]):
        return False
    return name_end.startswith(_NAME_FOLLOWERS) or (len(rest) == 2 and after[:1] in "，、（(：:")


# --- API --------------------------------------------------------------------------------------------------


def _numbered_readings(text: str, options: PinyinOptions) -> list[str | None]:
    lexicon = _lexicon_for(options)
    out: list[str | None] = [None] * len(text)
    i = 0
    n = len(text)
    sentence_start = 0
    lone_yi_abs: set[int] = set()  # offsets of a lone preposition 以, for 以…为
    names: dict[str, str] = {}  # three-character names seen with a role or in a byline → surname reading
    while i < n:
        ch = text[i]
        if not _is_han(ch):
            if ch in "。！？\n":
                sentence_start = i + 1
            i += 1
            continue
        j = i
        while j < n and _is_han(text[j]):
            j += 1
        run = text[i:j]
        words = _segment(run, lexicon)
        run_out: list[str | None] = []
        for w in words:
            run_out.extend(r or None for r in w.readings)
        before = text[sentence_start:i]
        lone_yi = {p - sentence_start for p in lone_yi_abs if p >= sentence_start}
        _apply_context_rules(run, words, run_out, before, text[j : j + 40], lone_yi, lexicon)
        lone_yi_abs.update(i + w.start for w in words if w.text == "以")
        _citation_yi_bu(run, run_out)
        if options.sandhi:
            _sandhi_yi_bu(run, words, run_out)
        for p, reading in _names_in_run(run, words, lexicon, before, text[j : j + 1], names).items():
            run_out[p] = reading
            if p + 3 <= len(run):
                names[run[p : p + 3]] = reading
        out[i:j] = run_out
        i = j
    for pos, reading in _byline_surnames(text, names).items():
        out[pos] = reading
    # A name found once (byline, role) is the same name wherever it recurs: 华建国说, 缪金根一边…
    for name, reading in names.items():
        start = text.find(name)
        while start >= 0:
            out[start] = reading
            start = text.find(name, start + 3)
    return out


def readings(text: str, options: PinyinOptions = PinyinOptions()) -> list[str | None]:
    """One entry per character of ``text``: its reading if it is a Han character, else None.

    ``style="numbers"`` gives "ping2", "lü4" and the neutral tone as 5 ("de5");
    ``style="marks"`` gives "píng", "lǜ", "de".
    """
    numbered = _numbered_readings(text, options)
    if options.style == "numbers":
        return numbered
    return [_to_marks(r) if r else None for r in numbered]


# Punctuation kept in the spoken string as pause marks for the speech engine.
_PAUSES = {
    "，": ",", "、": ",", "；": ";", "：": ":", "。": ".", "！": "!", "？": "?",
    ",": ",", ";": ";", ":": ":", ".": ".", "!": "!", "?": "?", "…": ".", "—": ",", "\n": ".",
}  # fmt: skip


def spoken_pinyin(
    text: str, options: PinyinOptions = PinyinOptions(), *, sandhi: bool = True, v_for_u: bool = True
) -> str:
    """Text as space-separated numbered pinyin for a pinyin TTS voice (espeak-ng cmn-latn-pinyin).

    Punctuation becomes ``, . ; : ! ?`` so the voice pauses; other non-Han text
    (digits, Latin) is passed through as its own token.  ``sandhi`` defaults to True
    because 一/不 are spoken with their changed tones; ``v_for_u`` writes ü as v.
    """
    spoken_options = PinyinOptions(
        style="numbers", sandhi=sandhi, extra_dictionaries=options.extra_dictionaries
    )
    tokens: list[str] = []
    other: list[str] = []

    def flush() -> None:
        if other:
            word = "".join(other).strip()
            if word:
                tokens.append(word)
            other.clear()

    for idx, (ch, r) in enumerate(zip(text, readings(text, spoken_options), strict=True)):
        if r is not None:
            flush()
            tokens.append(r.replace("ü", "v") if v_for_u else r)
        elif ch in ".,:" and other and other[-1].isdigit() and text[idx + 1 : idx + 2].isdigit():
            other.append(ch)  # 11.1, 1,000, 8:30 stay one token
        elif ch in _PAUSES:
            flush()
            if tokens and tokens[-1] in _PAUSES.values():
                continue
            tokens.append(_PAUSES[ch])
        elif ch.isalnum() or ch in "%‰":
            other.append(ch)  # digits and Latin pass through for the voice to read
        else:
            flush()  # spaces, quotes, brackets, symbols (■): no pause mark, but they split tokens
    flush()
    return " ".join(tokens)


__all__: Iterable[str] = ["PinyinOptions", "PinyinStyle", "load_dictionary", "readings", "spoken_pinyin"]
