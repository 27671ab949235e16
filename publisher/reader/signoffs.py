"""Sign-offs: the names that close a story's last paragraph rather than head it (……发展。（记者 王强
通讯员 李四）, ……万人。（宁溧）, （市农业技术推广站　刘　强）), and who asks in a Q&A column.

A role word in the brackets makes the sign-off a byline; a bare name is kept as a credit of no
scored role, as the gold and the listener's opening have it.
"""

from __future__ import annotations

import re

from publisher.model import Byline, Credit
from publisher.patterns import compile_pattern
from publisher.punctuation import compact
from publisher.reader.bylines import (
    ROLE_LIKE,
    ROLES,
    join_padded,
    keep_spaced_names,
    office_name,
    parse_byline,
)

# "……发展。（记者 王强 通讯员 李四）": a byline printed after the body.
_TRAILING_BYLINE = compile_pattern(r"[（(](?P<inner>[^（）()]{2,60})[）)]\s*$")


def split_trailing_byline(text: str) -> tuple[str, Byline] | None:
    """(paragraph, byline) when a paragraph ends with a parenthesised byline, else None."""
    m = _TRAILING_BYLINE.search(text)
    if not m:
        return None
    inner = m.group("inner").strip()
    if not inner.startswith(ROLES) and not ROLE_LIKE.match(inner.split()[0] if inner.split() else ""):
        return None
    byline = parse_byline(m.group().strip())  # in its brackets: a sign-off's reading
    if byline is None and text[: m.start()].rstrip().endswith(("。", "！", "？", "”")):
        # after the last sentence a bracket stands where only a credit does: a role may run
        # into its name there (a credit wrapped over two lines is read once rejoined and cleaned)
        byline = parse_byline(m.group().strip(), credit=True)
    if byline is None:
        return None
    return text[: m.start()].rstrip(), byline


# "……万人。（宁溧）" / "……温补食物。（孙小蕾 整理）": a piece signed off right after its last
# sentence by its writer's or its desk's name in brackets, with no role word, or with what they did
# after the name (整理, 综合, 编译).  A bracket ending in a source's or an organisation's word
# (（新华社）, （市卫健委）) or saying the text goes on or ends (（待续）, （完）) names no one.
_SIGNOFF = compile_pattern(r"(?<=[。！？”])[（(](?P<inner>[^（）()]{2,24})[）)]\s*$")
# ……。 / （钱　雯）: the same signature set on a line of its own under the last sentence
_SIGNOFF_ALONE = compile_pattern(r"^[（(](?P<inner>[^（）()]{2,24})[）)]\s*$")
# ……。 / 韩　冰: or the writer's two-character name alone, padded to a name's width as a byline's is
# (a verse line or a label is never set with a space inside a two-character word), perhaps after
# the mark a commentary's byline is printed with (……。 / □ 闻　言)
_PADDED_NAME_ALONE = compile_pattern(r"^(?:[□■]\s*)?(?P<inner>[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff])\s*$")
_SIGNOFF_ROLES = ("整理", "综合", "编译", "撰稿", "采写", "执笔", "供稿", "摘编")
# （某某　辑）: who compiled a column of sayings, riddles or quotations, the one-character word
_SIGNOFF_ROLES += ("辑录", "辑")
_RUN_IN_ROLES = tuple(role for role in _SIGNOFF_ROLES if len(role) == 2)
# ……点赞！（网友“运河边的风”） / （微博网友@某某） / （读者“老兵”）: a column of readers' short
# comments signs each with who sent it, the kind of reader then the name they go by (quoted, or
# after an @): the sender's handle, in no scored role (a pen name is no reporter)
_HANDLE_SIGNOFF = compile_pattern(
    r"^(?P<role>[\u4e00-\u9fff]{0,4}(?:网友|读者|市民|听众|观众|粉丝))[ \u3000]*"
    r"(?:[“\"「『](?P<quoted>[^“”\"「」『』（）()]{1,16})[”\"」』]|[@＠](?P<at>[^\s（）()@＠]{1,16}))$"
)
_SIGNOFF_NAME = compile_pattern(r"^[\u4e00-\u9fff]{1,4}$")
_SIGNOFF_NAMES_MAX = 3
_HONORIFICS = ("女士", "先生", "小姐", "同学", "阿姨", "大爷", "大妈", "师傅")
# Who asks and who answers in a Q&A column, named before 问/答 (读者问：… / 律师答：…)
QA_ROLE = (
    r"(?:读者|网友|市民|群众|家长|听众|观众|考生|患者|记者|律师|专家|医生|法官|检察官|民警|警官|老师|嘉宾)"
)
# 问（读者王女士）：… / 答（某医院内分泌科　周主任）：…: who asks or answers, in brackets after 问/答
QA_WHO = r"(?:[（(][^（）()]{1,24}[）)])?"
# a reader's question in a Q&A column (问：… / 读者问：… / 问（读者王女士）：… / Q：…)
QUESTION = compile_pattern(rf"^(?:{QA_ROLE}?问{QA_WHO}|提问|[Qq])\s*[:：]")
_NOT_SIGNOFF = compile_pattern(
    r"^(?:全文完|待续|未完|未完待续|续完|完|节选|选载|连载|摘录|有删节|资料图|示意图)$"
    r"|(?:社|网|报|台|局|委|办|院|部|厅|处|所|站|队|组|会|中心|新闻|客户端|供图|提供|来源|掌声|笑声|鼓掌)$"
)


# "……疫病防控。（市农业技术推广站　刘　强）", （某某律师事务所律师　张 丽 华） on a line of its own:
# the expert who wrote a tip or an answer signs it with where they work (and their title), their
# name last; the workplace and title are the credit's label, the name in no scored role.  (A name
# before the title, （某某律师事务所 赵志刚 律师）, is a note kept in the text, as round7 has it.)
_EXPERT_SIGNOFF = compile_pattern(r"(?:(?<=[。！？”])|^)[（(](?P<inner>[^（）()]{6,40})[）)]\s*$")
# (a railway's units too, a rail workers' paper signing its staff's notes: 某某机务段, 某某车辆段)
_WORKPLACE = compile_pattern(
    r"[\u4e00-\u9fff]{2,}(?:站|中心|所|院|局|委|协会|学会|公司|学校|大学|馆|厅|医院|研究会|顾问团"
    r"|[机车工电]务段|车辆段|供电段)(?:[\u4e00-\u9fff]{0,8})$"
)
_TITLE_ENDINGS = ("师", "员", "授", "长", "任", "生", "家", "者")
# （某某医院　皮肤科　陈医生）: the answering expert named by surname and title only, as a Q&A
# column prints them, the department between the workplace and the name
_SURNAME_AND_TITLE = compile_pattern(r"^[\u4e00-\u9fff](?:医生|医师|律师|法官|检察官|教授|老师|主任|专家)$")
_DEPARTMENT = compile_pattern(r"^[\u4e00-\u9fff]{1,6}(?:科|室|部|组)$")


def expert_workplace(text: str) -> bool:
    """The text is where an expert signing a tip or an answer works, with a department perhaps
    (市人民医院心内科): a closing signature's first words, its name to come."""
    return _WORKPLACE.match(text) is not None


def split_expert_signoff(text: str) -> tuple[str, Byline] | None:
    """(paragraph, byline) when a paragraph ends with (or is) an expert's signature in brackets
    (workplace, title, name), else None."""
    m = _EXPERT_SIGNOFF.search(text)
    if m is None or m.group("inner").startswith("作者"):
        return None
    tokens = [t for t in re.split(r"[ \u3000]+", m.group("inner").strip()) if t]
    label: list[str] = []
    # the workplace, a title, a department: the name's lone characters last
    while tokens and (len(tokens[0]) >= 4 or (label and len(tokens) > 1 and _DEPARTMENT.match(tokens[0]))):
        label.append(tokens.pop(0))
    if not label or not _WORKPLACE.match(label[0]) or not tokens or len(tokens) > 3:
        return None
    names = join_padded(tokens)
    if len(names) != 1 or not _SIGNOFF_NAME.match(names[0]) or len(names[0]) < 2:
        return None
    titled = _SURNAME_AND_TITLE.match(names[0]) is not None
    if (names[0].endswith(_TITLE_ENDINGS) and not titled) or names[0] in (*ROLES, *_SIGNOFF_ROLES):
        return None
    return text[: m.start()].rstrip(), Byline(others=(Credit(role=" ".join(label), names=(names[0],)),))


# ——摘自《光明日报》, （摘自《某某》）: the paper or book a reprinted piece came from, on its own line
# or closing the last sentence of a digest's item (…让认证回归本义。——摘自《某某日报》); 据《某某报》
# says the same when the title in its book-title marks ends it (据《某某报》报道，… is a sentence)
_REPRINT_SOURCE = compile_pattern(
    r"(?:^|(?<=[。！？])|(?<=[。！？]”))\s*(?:——|—|[（(])?\s*"
    r"(?P<role>摘自|选自|转自|原载于?|据(?=\s*《[^《》]{1,30}》[）)]?$))\s*"
    r"(?P<source>《[^《》]{1,30}》[^（）()]{0,12})[）)]?$"
)


def reprint_source_line(text: str) -> bool:
    """The line is a reprint's source alone (据《某某日报》, ——摘自《某某》): the close of the piece
    above, never a head's line."""
    found = split_reprint_source(text, alone=True)
    return found is not None and not found[0]


def split_reprint_source(
    text: str, *, alone: bool = False, line: str | None = None
) -> tuple[str, Byline] | None:
    """(the paragraph before it, byline) when ``text`` names where the piece was reprinted from
    (——摘自《光明日报》): after its last sentence, or as a line of its own under a finished sentence
    (``alone``; the paragraph then empty); a credit of no scored role, no text.  ``line``: the
    printed line ``text`` ends on, when known."""
    text = text.strip()
    m = _REPRINT_SOURCE.search(text)
    if m is None or (m.start() == 0 and not alone):
        return None
    if (
        m.group("role") == "据"
        and m.start() > 0
        and line is not None
        and compact(text[m.start() :]) != compact(line)
    ):
        # …三十处。据《某报》 at a line's end wraps onto 报道，… below: a sentence; run in after
        # the last sentence, 据《某报》 is a source only as a line of its own (rejoined to it)
        return None
    source = Credit(role=m.group("role"), names=(m.group("source"),))
    return text[: m.start()].rstrip(), Byline(others=(source,))


def split_signoff(text: str, *, alone: bool = False) -> tuple[str, Byline] | None:
    """(paragraph, byline) when a paragraph ends with a signature in brackets, else None.
    The names are kept as a credit without a scored role: not a reporter's byline.  ``alone``:
    the text is a line of its own under a finished sentence, and may be the signature alone, in
    brackets or a padded name bare (the paragraph then empty)."""
    m = _SIGNOFF.search(text) or (
        (_SIGNOFF_ALONE.match(text) or _PADDED_NAME_ALONE.match(text)) if alone else None
    )
    if m is None:
        return None
    handle = _HANDLE_SIGNOFF.match(m.group("inner").strip())
    if handle is not None and not QUESTION.match(text):
        name = handle.group("quoted") or handle.group("at")
        return text[: m.start()].rstrip(), Byline(others=(Credit(role=handle.group("role"), names=(name,)),))
    office = compact(m.group("inner"))
    if alone and m.start() == 0 and text.startswith(("（", "(")) and office_name(office):
        # ……。 / （市农技推广中心）: the office that supplied a tip column, alone on its line
        # under the last sentence, signs it as a 供稿 line does (after a sentence on the same
        # line, （市卫健委） may be the sentence's source: no signature, kept in the text)
        return "", Byline(others=(Credit(role="", names=(office,)),))
    # （丛　文）: a one-character surname padded before a credit word (文, 图) is one name
    tokens = keep_spaced_names([t for t in re.split(r"[ \u3000、]+", m.group("inner")) if t])
    # 孙小蕾整理: a word of two run into the name (辑 alone is set apart: 王编辑 is an editor)
    if len(tokens) == 1 and tokens[0].endswith(_RUN_IN_ROLES) and len(tokens[0]) > 2:
        tokens = [tokens[0][:-2], tokens[0][-2:]]
    role = tokens.pop() if len(tokens) > 1 and tokens[-1] in _SIGNOFF_ROLES else ""
    if not tokens or not all(_SIGNOFF_NAME.match(t) and t not in (*ROLES, *_SIGNOFF_ROLES) for t in tokens):
        return None
    if any(t.endswith(_HONORIFICS) for t in tokens) and QUESTION.match(text):
        return None  # 问：…？（普陀区 王女士）: who asked the question, not who signs the piece
    names = join_padded(tokens)
    if len(names) > _SIGNOFF_NAMES_MAX or any(len(n) < 2 or _NOT_SIGNOFF.search(n) for n in names):
        return None
    return text[: m.start()].rstrip(), Byline(others=(Credit(role=role, names=tuple(names)),))
