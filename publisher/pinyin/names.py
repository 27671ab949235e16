"""Surnames read as surnames (单 Shàn, 曾 Zēng, 解 Xiè…): in bylines, after roles, before forms of address."""

from __future__ import annotations

import re

from pypinyin.constants import PHRASES_DICT

from publisher.pinyin.dictionary import _Lexicon
from publisher.pinyin.segment import _Word, _word_set

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
        接受 率 陪同 亲自 先后 便 又 再 不 没 会 同志 的 今年 每天 边 指着 拿 看 听 算 带领 负责 报道
        以 因 逝世 获 荣获 出生 当选 生前 于 作为 随后 率先 现 目前 昨天 近日 日前 来自 早在 为 了解
        连续 赛后 会后 事后 随即 立即 当即 一直 始终 多次 仍 仍然 依然 同样 则 却 一边 一面 刚"""
    )
)
# Last characters of nouns for people by their job or standing: 法官, 团长, 预报员, 医师, 艺术家,
# 教练, 冠军, 选手, 学生, 记者, 木匠, 员工, 跑友, 蚕农, 老兵, 摊主, 老中医 (a role the list lacks),
# 后卫, 前锋 (players' positions).
_ROLE_SUFFIXES = set("长员师官家练军手生者匠工友农兵主医卫锋")
# Kin before a name: 他的儿子曾建国说, 妻子单丽华.
_KIN = tuple(
    _word_set("儿子 女儿 父亲 母亲 妻子 丈夫 老伴 孙子 孙女 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 外孙 侄子")
)
# Without a role, a name opening a clause (or after 的) needs a verb of saying after it: 华建国说.
_SPEAKING = tuple(
    _word_set("说 表示 介绍 指出 强调 告诉 认为 坦言 感慨 回忆 笑着说 解释说 补充说 提醒 透露 说道 直言 笑称")
)
# Forms of address after a surname: 任阿姨, 单先生, 查大爷, 华师傅.
_ADDRESS = tuple(
    _word_set(
        """阿姨 阿婆 阿公 大爷 大伯 大妈 大娘 大姐 大哥 师傅 先生 女士 老师 奶奶 爷爷 伯伯 老伯 婆婆
        书记 主任 经理 医生 老板 老先生 老师傅 老太太 老奶奶 老大爷 老伯 老汉 老支书"""
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
    力勤奋俭朝晴霏芃菁茜蕴蓬莺燕鹃凤鸾麒麟启迪开拓展望宁静致远海洋舟帆曼庆岚晗朗彤奕昱钧珊茹
    娴婧卿淳澄聪敬耕伶俐茵菡蕙芊苗禾穗谷耀舜禹靖寅妍姝瑛璋琮珑玥增益凡鸣"""
)
# Surnames that 老 / 小 make into a familiar address: 老查, 小覃 (not 区, 单, 华…: 小区, 小单).
_FAMILIAR_SURNAMES = set("查曾解仇朴盖缪覃尉任")


def _is_phrase(word: str, lexicon: _Lexicon) -> bool:
    return word in lexicon.entries or word in PHRASES_DICT


def _given_name(surname: str, rest: str, lexicon: _Lexicon, after_role: bool = False) -> bool:
    """Do the two characters after a surname look like a given name (not 曾多次, 任务, 曾经)?

    After a role, a word made of name characters is a name too (法官区海燕, 局长任建国)."""
    return (
        len(rest) >= 2
        and rest[0] != surname  # 乐乐, 单单: a reduplicated word or pet name
        and not any(c in _NOT_IN_GIVEN_NAME for c in rest[int(after_role and rest[:1] == "一") : 2])
        and (not rest.startswith(_NAME_FOLLOWERS) or (after_role and rest[:1] == "一"))
        and (
            not _is_phrase(rest[:2], lexicon)
            or (after_role and all(c in _GIVEN_NAME_CHARS for c in rest[:2]))
        )
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
    if rest.startswith("某") and not _is_phrase(run[p - 1 : p + 1], lexicon):
        return True  # court reports name people by surname only: 被告人仇某, 翟某某
    if rest.startswith(_ADDRESS):  # 任阿姨, 单先生 (but 小区|阿姨 is a word, caught above)
        return ch != "区" or p == 0 or head[-1] in "的和与位名叫" or head[-1] in _ROLE_SUFFIXES
    if p >= 1 and head[-1] in "老小" and ch in _FAMILIAR_SURNAMES:  # “老查，…”
        return not _is_phrase(run[p - 1 : p + 1], lexicon) and (not rest or rest.startswith(_NAME_FOLLOWERS))
    # 主任华国强, 预报员曾海涛, 艺术家查曼华, 八十九岁的仇…, 副主任盖伟东、乐永康 (a second name
    # in a list after a known one)
    after_role = (
        head.endswith(_ROLES)
        or head.endswith(_KIN)
        or head.endswith("叫")
        or head[-1:] in _ROLE_SUFFIXES
        or head.endswith("岁的")
        or (p == 0 and before.endswith("、") and before[-4:-1] in names)
    )
    name_end = run[p + 3 :]
    # 单海燕说 at a sentence start: a given name that is also a word, before a verb of saying
    # a name opening a sentence or a clause: 单海燕说, 退休以后，区国华仍坚持…, 区国华1935年出生
    opening = p == 0 and before.rstrip("“”\"' ")[-1:] in ("", "，", "：", "；")
    name_like = after_role or (
        opening
        and (name_end.startswith((*_SPEAKING, *_NAME_FOLLOWERS)) or (name_end == "" and after[:1].isdigit()))
    )
    if not _given_name(ch, rest, lexicon, name_like):
        return False
    # A surname that starts a word (解释, 华丽, 任务) is one only before a verb of saying: 华丽萍表示.
    bound = len(word.text) > 1
    if name_end.startswith(_SPEAKING):
        speaking_frame = p == 0 or head[-1] in "的据"  # “…。”华建国说 / 志愿者的单红梅说 / 据朴振华介绍
        if speaking_frame and not bound:
            return True
    # A sentence that opens with a name made of name characters and goes on like a sentence about
    # a person: 盖兰芳今年五十六岁, 查国平已经跑了二十多场.
    if opening and not bound and all(c in _GIVEN_NAME_CHARS for c in rest[:2]):
        # 曾庆华1931年出生: the name alone before a figure
        return name_end.startswith(_NAME_FOLLOWERS) or (len(rest) == 2 and after[:1].isdigit())
    if not after_role:
        return False
    if name_end.startswith(_SPEAKING):
        return True
    if bound:
        return False
    # after a role, two name characters make a name whatever follows: 种粮大户纪永庆尝试…,
    # 棋手解一凡 (一 opens given names: 一凡, 一鸣)
    return all(c in _GIVEN_NAME_CHARS for c in rest[int(rest[:1] == "一") : 2])
