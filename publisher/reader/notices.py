"""Notices: a notice under its own title (遗失声明 / its text / who signed it and when), one whose
title and text share a line (遗失声明　某某遗失…，声明作废。), an inline one (更正：…), and the
desk's credits printed as a notice.

Split out of the box rules along their jobs, as :mod:`publisher.reader.photos` and
:mod:`publisher.reader.ads` are: :meth:`NoticeReader._notice_span` says how many lines a notice
starting at a line takes (0: none starts there) and :meth:`NoticeReader._titled_notice` emits it;
:func:`notice_heading` says where a notice's title stands, which the ad rules ask too.  A mixin of
the page parser, listed after :class:`~publisher.reader.photos.PhotoReader` and
:class:`~publisher.reader.ads.AdReader` among its bases (it asks them where a photo or an ad
starts, and the weather rules where a forecast starts).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from publisher.dates import parse_printed_date
from publisher.model import Item, Notice, SourceLines
from publisher.patterns import compile_pattern
from publisher.punctuation import clean_text, compact, ends_sentence, normalise_punctuation
from publisher.reader.articles import ArticleDraft
from publisher.reader.bylines import parse_staff_line
from publisher.reader.line_kinds import (
    BRIEF,
    BRIEF_MARKS,
    CLAUSE_END,
    CONTACT,
    LIST,
    MASTHEAD,
    NEWS_LEAD,
    NOTICE_RE,
    ORGANISATION_ENDINGS,
    POSTER_LINE_MAX,
    SENTENCE_END,
    SIGNATURE,
    STAFF,
    TEXT,
    TIP_LABEL,
    clause_punctuated,
    field_line,
    has_phone,
    interview_turn,
    qr_in_line,
)
from publisher.reader.lines import (
    Line,
    cut_clauses,
    headline_like,
    led_by_bullet,
    name_line,
)
from publisher.reader.signoffs import QUESTION

# A notice printed under its own title (遗失启事, 招标公告).
# (a box of advice, 农事提醒 / 温馨提示, is one like 友情提醒：…; 简章 the terms of an enrolment or
# hiring; 第二次公示 the second of a series; 预告 what is to come: 义诊预告, 停电预告; 求助 an appeal
# for readers' help: 爱心求助, 紧急求助)
_NOTICE_LABELS = (
    r"(?:第[一二三四五六七八九十\d]{1,2}次)?"
    r"(?:启事|声明|公告|通告|告示|通知|公示|讣告|讣闻|更正|致歉|告知书|倡议书|通报|简章|提醒|提示|预告|求助"
    # 来稿须知, 投稿须知: the terms of sending in; 征稿 alone over a call for contributions
    r"|须知|征稿)"
)
# (阅读提示 / 核心提示 over a story are its standfirst's label; 特此公告 / 特此通知 is the formula
# closing a notice, over its signature, not the next one's title)
_NOTICE_TITLE = compile_pattern(rf"^(?!阅读提示|核心提示|特此)[\u4e00-\u9fff]{{0,4}}{_NOTICE_LABELS}$")
# 演出预告, 本周赛事预告, 讲座预告: what's on, a listing the page's desk writes for its readers, the
# page's own piece (义诊预告, 停电预告 are an institution's notice to the public)
_WHATS_ON = compile_pattern(r"(?:演出|赛事|比赛|展览|展演|讲座|活动|节目|影讯|观影)预告$")
# 某某晚报新闻热线 / 　　欢迎拨打…反映身边事…: the newsroom's own line for tips, titled over its call
# to readers, a notice from the paper whether its number is a field or runs in the sentence (a
# page's column by a hotline's name, 健康热线 / 读者如有疑问，可拨打…, is the page's piece)
_NEWSROOM_HOTLINE = compile_pattern(r"^(?:[\u4e00-\u9fff]{2,8}报)?(?:新闻|报料)热线$")
# 遗失声明　某某遗失…，声明作废。: a notice's title and its text on one line, set apart by a wide space
_TITLE_THEN_TEXT = compile_pattern(r"^(?P<title>[\u4e00-\u9fff]{2,8})(?:\u3000+|[ \t]{2,})(?P<text>\S.{7,})$")
# A title saying a notice was put out (某某局发布通告) is news about one, not the notice.
_POSTED = "发布|发出|贴出|张贴"
# A project's or a school's notice titled with what it is about: 某某码头扩建工程环境影响评价第二次
# 公示, 某某职业技术学校2025年秋季招生简章 (某某局发布招生简章 is news about one)
_SUBJECT_NOTICE_TITLE = compile_pattern(
    rf"^(?!.*(?:{_POSTED}|出炉|公布))[\u4e00-\u9fff\d（）()“”《》]{{4,40}}"
    r"(?:第[一二三四五六七八九十\d]{1,2}次公示|公示|招生简章|招聘简章|简章"
    # (中国体育彩票…第25143期开奖公告: a draw's results)
    r"|(?:招生|招聘|招标|拍卖|采购|征集|出让|挂牌|开奖)公告"
    # “某某”副刊征稿启事: a call for contributions titled with the page or contest it is for
    r"|(?:征稿|征文|征集|招募)启事)$"
)
# Who gives notice, named in its title: 河南省郑州市中原区人民法院公告, 某某有限公司减资公告
# (某某局发布通告 is news about a notice).
_SIGNED_NOTICE_TITLE = compile_pattern(
    rf"^(?!.*(?:{_POSTED}))[\u4e00-\u9fff（）()]{{2,24}}{ORGANISATION_ENDINGS}"
    # 某某局关于城区道路临时交通管制的通告
    rf"(?:关于[^，。；！？]{{2,30}}的)?[\u4e00-\u9fff]{{0,4}}{_NOTICE_LABELS}$"
)
# 招聘, 诚聘, 某某有限公司招聘: a hiring notice, its terms set solid under the title, the posts counted
# in a list (1.… 2.…) or told in sentences closed by a number to call (``_hiring_terms``); a
# classified ad names its posts a phrase to a line, each apart (招 聘 / 某物业公司招聘保安…)
_HIRING_TITLE = compile_pattern(
    rf"^(?:[\u4e00-\u9fff]{{0,4}}|(?!.*(?:{_POSTED}))[\u4e00-\u9fff（）()]{{2,24}}{ORGANISATION_ENDINGS})"
    r"(?:招聘|诚聘|急聘)$"
)
# 关于地铁2号线二期施工期间交通组织调整的通告: what the notice is about, its issuer signing below
_ABOUT_NOTICE_TITLE = compile_pattern(rf"^关于[^，。；！？]{{2,40}}的{_NOTICE_LABELS}$")
# A title that only ends like a notice's (某某市2026年上半年教师资格考试面试公告, “某某”栏目征稿):
# a headline may end so too (…招聘公告发布 does not), so it makes a notice only when the text under
# it is signed and dated, or closed by where to answer it (投稿邮箱：…).
_LABELLED_TITLE = compile_pattern(
    rf"^(?!.*(?:{_POSTED}|出炉|公布))(?:[\u4e00-\u9fff\d（）()“”《》]{{4,40}}(?:{_NOTICE_LABELS}|征稿|征文)"
    # 征集令, 某某志愿者招募令: a call to send in or sign up, as short as its word
    r"|[\u4e00-\u9fff\d“”《》]{0,16}(?:征集令|征稿令|招募令))$"
)
# …栏目征稿, …征稿令: a title calling for contributions
_CALL_FOR_PIECES = compile_pattern(r"征稿令?$")
# 来稿, 投稿, 稿件, 稿酬: the terms a call for contributions sets its senders
_SENDING_TERMS = compile_pattern(r"来稿|投稿|稿件|稿酬")
# 投稿邮箱：… / 报名电话：… / 来稿请发：…: where to send or call, a line of its own (a mailbox the
# line kinds do not count as a contact, so that a story's closing line stays prose)
_ANSWER = compile_pattern(
    # (来稿请发送至：…: where to send, the verb and where it goes)
    r"^[\u4e00-\u9fff]{0,4}(?:邮箱|电话|热线|请发|请寄|发至|寄至|(?:请)?(?:发送|寄送)(?:至|到))\s*[:：]\s*\S"
)
# the end of a notice's title (…招标公告, …的通告)
_NOTICE_ENDING = compile_pattern(rf"{_NOTICE_LABELS}$")
# the label alone under its issuer's name (山西省太原市迎泽区人民法院 / 公告)
_BARE_NOTICE_LABEL = compile_pattern(rf"^{_NOTICE_LABELS}$")
# A notice's file or case number on a line of its own under its title: （2025）豫0102民初1234号,
# 平政发〔2025〕12号
_REFERENCE = compile_pattern(
    r"^[\u4e00-\u9fff]{0,12}[（(〔\[【]\d{4}[）)〕\]】][\u4e00-\u9fff\d]{0,16}?\d{1,6}号$"
)
# the file number printed in brackets after a notice's title: （某自然资挂〔2026〕18号）
_TITLE_REFERENCE = compile_pattern(r"[（(][\u4e00-\u9fff]{0,12}[〔\[【（(]\d{4}[〕\]】）)]\d{1,6}号[）)]$")
# 证券代码：000000　证券简称：某某股份　公告编号：2026-001: a listed company's disclosure codes,
# printed over its announcement's title, the first line of its text
_DISCLOSURE_CODES = compile_pattern(r"^(?:证券|股票|债券)代码[:：]\s*\w+.*(?:证券|股票|债券)简称[:：]")
# 健康热线, 某某报新闻热线: a hotline the paper runs, named alone over the box that tells how to call it
_HOTLINE_TITLE = compile_pattern(r"^[\u4e00-\u9fff]{2,10}热线$")
_HOTLINE_BOX_MAX = 8  # lines of the box under a hotline's title, down to its number
_DATE_ONLY = compile_pattern(r"^\d{4}年\d{1,2}月\d{1,2}日$")
# 2026年3月: a standing call (征稿启事) dated by its month only, under who signs it
_MONTH_ONLY = compile_pattern(r"^\d{4}年(?:1[0-2]|0?[1-9])月$")
# 二〇二五年五月十五日: a notice dated in Chinese numerals
_CHINESE_DATE = compile_pattern(
    r"^[〇○零一二三四五六七八九]{4}年(?:十[一二]?|[一二三四五六七八九])月"
    r"(?:(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日)?$"
)
_NOTICE_TITLE_MAX = 16
_SIGNATURE_LINES_MAX = 4  # signers and the date under a notice
_HIRING_LINES_MAX = 6  # a hiring notice's terms before its number to call

# 刘女士, 王先生: a private person signing a notice (寻物启事) by surname and honorific
_PERSON_SIGNATURE = compile_pattern(r"^[\u4e00-\u9fff]{1,2}(?:女士|先生|小姐)$")


def advice_title(text: str) -> bool:
    """The line is the title of a box of advice to the reader (警方提醒, 旅游提示, 【健康提示】)."""
    title = unframed_title(text)  # (【健康提示】: the brackets only set the title off)
    return bool(TIP_LABEL.search(title)) and bool(_NOTICE_TITLE.match(title))


def advice_box_apart(art: ArticleDraft, line: Line) -> bool:
    """``line``, set apart under the open story ``art``, titles a box of the paper's advice (警方
    提醒), a piece of its own: the story has no parts, or labels them otherwise (◆一通电话…) than
    the 【】 the title is printed in, or sets them solid where the blank sets the title apart
    (食材准备 / … / 制作步骤 / … and, after a blank, 健康提示).  (Set solid under the story's last
    line, or set as the story's own parts are, 【案情】 … 【法官提醒】, it is the story's last part.)"""
    if not line.gap or not advice_title(line.text):
        return False
    if not art.subheads or (line.text.startswith("【") and not art.bracketed_subheads):
        return True
    return not (art.apart_subheads or art.bracketed_subheads)


def qa_box_apart(art: ArticleDraft, line: Line, below: Line | None) -> bool:
    """``line``, set apart under the open story ``art`` over a reader's question (维权问答 / 问：…,
    【健康问答】 / 问（读者王女士）：…), titles the page's Q&A column, a piece of its own, however
    the story labels its parts: the story asks no question itself (an interview's part opens on
    its next question under a subhead of the interview's own)."""
    if not line.gap or below is None or below.gap or not QUESTION.match(below.text.strip()):
        return False
    return not any(interview_turn(p) for p in art.paragraphs)


def _listed_row(lines: list[Line], j: int) -> bool:
    """Line j, led by a bullet and set solid under the notice's line that announces a list (…名单
    公布如下：) or under the row above it, is one of the rows the notice lists (●某河　河长：某某
    监督电话：…): the notice's text, never a brief of its own, whatever its bullet."""
    ln, above = lines[j], lines[j - 1]
    return (
        ln.kind == BRIEF and not ln.gap and (above.kind == BRIEF or above.text.rstrip().endswith(("：", ":")))
    )


def _sentence_closed_below(lines: list[Line], j: int) -> bool:
    """Line j, shaped as a signer's name (…向某某办公室), is set solid over a line of the text that
    closes a sentence (反映有关情况。): the text's line, cut at the column's width where it named
    the office; who signs a notice signs under its last sentence, never over one."""
    below = lines[j + 1] if j + 1 < len(lines) else None
    return (
        below is not None
        and not below.gap
        and below.kind == TEXT
        and not _notice_date(compact(lines[j].text))
        and ends_sentence(below.text)
        and not _signature(below.text)
        and not field_line(below.text.strip())
        # (遗失声明　某某遗失…，声明作废。 under the date: the next notice, title and text on one line)
        and _titled_line(below) is None
    )


def _signature(text: str) -> bool:
    t = compact(text)
    return bool(SIGNATURE.match(t) or _PERSON_SIGNATURE.match(t)) or _notice_date(t)


def _marked_field(line: Line) -> bool:
    """●开放时间：5月1日至5月5日，每日9:00—20:00: a field and its value led by a bullet, set solid
    (a notice's item, however a column's run-in brief it looks)."""
    return not line.gap and led_by_bullet(line) and field_line(line.text.lstrip(BRIEF_MARKS).lstrip())


def _notice_date(t: str) -> bool:
    return (
        (bool(_DATE_ONLY.match(t)) and parse_printed_date(t) is not None)
        or bool(_CHINESE_DATE.match(t))
        or bool(_MONTH_ONLY.match(t))
    )


_RULE_MARKS = "━─═—"  # (— 分类广告 —: a dash either side sets off a label as a rule does)


def unframed_title(text: str) -> str:
    """【更正】 -> 更正: a notice's title without spaces or the brackets set around it (nor the
    rules drawn either side of a column's label: ━━━　分类广告　━━━)."""
    t = compact(text)
    ruled = t.strip(_RULE_MARKS)
    t = ruled if ruled and len(ruled) < len(t) and t[0] in _RULE_MARKS and t[-1] in _RULE_MARKS else t
    return t[1:-1] if len(t) > 2 and t[0] in "【[" and t[-1] in "】]" else t


def ruled_label(text: str) -> bool:
    """The line is a label set between rules (━━　分类广告　━━, — 便民信息 —): a heading printed
    to stand alone over what it labels."""
    t = compact(text)
    return len(t) > 2 and t[0] in _RULE_MARKS and t[-1] in _RULE_MARKS and bool(t.strip(_RULE_MARKS))


def desk_notice(item_id: str, source: SourceLines, line: Line) -> Notice:
    """责任编辑：王丽 版式：陈晨 -> 责任编辑: 王丽，版式：陈晨; publication data -> 出版信息."""
    staff = parse_staff_line(line.text) if line.kind == STAFF else None
    if staff is None:
        # Fields stand apart (社址：… 邮编：…): their spaces stay.
        return Notice(item_id, source, "出版信息", normalise_punctuation(line.text))
    (label, names), rest = staff[0], staff[1:]
    text = "、".join(names) + "".join(f"，{role}：{'、'.join(more)}" for role, more in rest)
    return Notice(item_id, source, label, text)


def _titled_line(line: Line) -> re.Match[str] | None:
    """The line is a notice's title and its whole text (遗失声明　某某遗失…，声明作废。): the match."""
    m = _TITLE_THEN_TEXT.match(line.text) if line.kind == TEXT else None
    if m is None or not _NOTICE_TITLE.match(m.group("title")) or not ends_sentence(m.group("text")):
        return None
    return m


def _bulleted(line: Line) -> bool:
    """●某某店遗失营业执照…: an item of a list marked by a bullet (a ■ or □ before a statement,
    taken off its text as a head's mark, is a bullet all the same)."""
    return line.kind in (LIST, TEXT) and led_by_bullet(line)


def _opens_sentence_below(lines: list[Line], k: int) -> bool:
    """Line k, short like a head and ending no sentence, is the subject of the sentence set solid
    under it: the line below is prose (clauses, not a head) and no line of its own."""
    below = lines[k + 1] if k + 1 < len(lines) else None
    return (
        SIGNATURE.match(compact(lines[k].text).split("（")[0].split("(")[0]) is not None
        and not ends_sentence(lines[k].text)
        and below is not None
        and not below.gap
        and below.kind == TEXT
        and not headline_like(below)
    )


def _runs_on_below(lines: list[Line], k: int) -> bool:
    """Line k ends no sentence and the text set solid under it goes on with it: the line below is
    text that is no title of its own (or a clause read as a contact for a number in it, 照副本一份，
    统一社会信用代码：92532502, that opens on no field of its own)."""
    below = lines[k + 1] if k + 1 < len(lines) else None
    return (
        not ends_sentence(lines[k].text)
        and below is not None
        and not below.gap
        and (below.kind == TEXT or (below.kind == CONTACT and not field_line(below.text)))
        and notice_heading(lines, k + 1) is None
    )


def _calls_for_pieces(lines: list[Line], i: int, end: int) -> bool:
    """The title at line i calls for contributions (…栏目征稿) and the text under it, down to line
    ``end``, tells the senders what to send (来稿请注明…, 稿件…, 稿酬从优): the paper's call, a
    notice, though nobody signs it and no address closes it."""
    return bool(_CALL_FOR_PIECES.search(compact(lines[i].text))) and any(
        _SENDING_TERMS.search(ln.text) for ln in lines[i + 1 : end]
    )


def _ends_with_phone(text: str) -> bool:
    """The line's last words are a phone number (…联系电话：0351-4046888)."""
    end = text.rstrip()
    return end[-1:].isdigit() and has_phone(end[-16:])


def _hiring_terms(lines: list[Line], i: int) -> bool:
    """Lines from i, set solid under a 招聘 title, are a hiring notice's terms: prose at a column's
    width or opening on a paragraph's indent (who hires and why, the posts and their pay) closed
    within a few lines by a number to call.  (A classified ad names its posts a phrase to a line:
    招 聘 / 某物业公司招聘保安、保洁若干名， / 年龄55周岁以下，待遇面议。 / 联系电话：….)"""
    j = i
    prose = False
    while j < len(lines) and j - i < _HIRING_LINES_MAX and (j == i or not lines[j].gap):
        ln = lines[j]
        # (a paragraph's first line, cut where no mark stands, is shaped like a head: it runs on)
        if ln.kind not in (TEXT, CONTACT) or (
            ln.kind == TEXT and headline_like(ln) and not (ln.indented and _runs_on_below(lines, j))
        ):
            return False
        if has_phone(ln.text):
            return prose
        # (a line set in from the column's edge opens a paragraph, as a poster's phrase is not)
        prose = prose or len(compact(ln.text)) > POSTER_LINE_MAX or ln.indented
        j += 1
    return False


def _hotline_number(lines: list[Line], k: int) -> bool:
    """The block set solid from line k opens on prose and sets the number to call as a field of
    its own (热线电话：…, under when and who answers): a box of the hotline's particulars titled over
    it, the paper's service, not a column of the calls it took (市民热线 / 市民王女士来电反映…) nor a
    story inviting calls, whose number runs in its sentence (…可拨打热线电话0000-1234567，或…)."""
    if k >= len(lines) or lines[k].gap or lines[k].kind != TEXT:
        return False
    first = lines[k]
    if headline_like(first) and not first.indented and not clause_punctuated(first.text):
        return False  # (a poster's phrases open an ad's box: 登报热线 / 遗失声明　注销公告　… / 电话：…)
    for j in range(k + 1, min(k + _HOTLINE_BOX_MAX, len(lines))):
        if lines[j].gap:
            return False
        if lines[j].kind == CONTACT and field_line(lines[j].text) and has_phone(lines[j].text):
            return True
    return False


def notice_heading(lines: list[Line], i: int) -> tuple[int, str] | None:
    """(lines it takes, its title) when a notice's title stands at line i, else None."""
    if lines[i].kind != TEXT:
        return None
    if _DISCLOSURE_CODES.match(lines[i].text) and i + 1 < len(lines) and not lines[i + 1].gap:
        under = notice_heading(lines, i + 1)
        return None if under is None else (under[0] + 1, under[1])
    title = unframed_title(lines[i].text)
    # (…挂牌出让公告（某自然资挂〔2026〕18号）: its file number after the title is no part of its shape)
    core = _TITLE_REFERENCE.sub("", title)
    if (
        (_NOTICE_TITLE.match(core) and not _WHATS_ON.search(core))
        or _SIGNED_NOTICE_TITLE.match(core)
        or _ABOUT_NOTICE_TITLE.match(core)
        or _SUBJECT_NOTICE_TITLE.match(core)
        or _NEWSROOM_HOTLINE.match(core)
    ):
        return 1, title
    below = lines[i + 1] if i + 1 < len(lines) else None
    if _HOTLINE_TITLE.match(title) and lines[i].gap and _hotline_number(lines, i + 1):
        return 1, title
    # (【招聘】, a hiring heading framed in brackets, heads a classified column's entry, an ad)
    framed = compact(lines[i].text).startswith("【")
    hiring = _HIRING_TITLE.match(title) and not framed
    if hiring and below is not None and not below.gap and below.kind == TEXT:
        j = i + 1
        while j < len(lines) and not lines[j].gap and lines[j].kind != LIST:
            j += 1
        if j < len(lines) and not lines[j].gap:
            return 1, title  # (the posts it offers counted in a list: 1.… 2.…)
        if _hiring_terms(lines, i + 1):
            return 1, title
    # the issuer over the label, or over what the notice is about (某某区人民政府 / 关于…的
    # 公告), set solid: one title over two lines
    if (
        below is not None
        and not below.gap
        and below.kind == TEXT
        and SIGNATURE.match(title)
        and (
            _BARE_NOTICE_LABEL.match(unframed_title(below.text))
            or _ABOUT_NOTICE_TITLE.match(unframed_title(below.text))
            # 某某局 / 国有建设用地使用权挂牌出让公告: the issuer over what the notice is for
            or _SUBJECT_NOTICE_TITLE.match(unframed_title(below.text))
        )
    ):
        return 2, title + unframed_title(below.text)
    # a long title wrapped over two lines set solid (关于《某某办法 / （征求意见稿）》的公告,
    # 某某片区市政道路 / 提升改造工程施工招标公告): neither half a title, the whole one
    if (
        below is not None
        and not below.gap
        and below.kind == TEXT
        and headline_like(lines[i])
        and not SENTENCE_END.search(title)
        and _NOTICE_ENDING.search(below.text)
    ):
        whole = title + unframed_title(below.text)
        if _ABOUT_NOTICE_TITLE.match(whole) or _SUBJECT_NOTICE_TITLE.match(whole):
            return 2, whole
    return None


class NoticeReader:
    """The notice rules of the page parser (a mixin): what they need from it is declared here
    (this mixin comes after the photo, ad and weather rules among the parser's bases: it asks them
    ``_photo_span``, ``_ad_span`` and ``_weather_span``)."""

    lines: list[Line]
    page: int
    article: ArticleDraft | None

    if TYPE_CHECKING:  # the parser's other rules these call, defined by the other mixins

        def _emit(self, item_factory: Callable[[str], Item]) -> None: ...

        def _starts_new(self, i: int, *, strong_only: bool) -> bool: ...

        def _weather_span(self, i: int) -> int: ...

        def _ad_span(self, i: int) -> int: ...

        def _photo_span(self, i: int) -> int: ...

    def _notice_span(self, i: int) -> int:
        """Lines of a notice under its own title (遗失启事 / text…) starting at line i, else 0.

        A title that does not say 启事 / 公告 (线路调整) makes a notice only when the text
        under it is signed by an organisation and dated, each on a line of its own; one that only
        ends like a notice's title (…面试公告, …栏目征稿) also when closed by where to answer it.
        """
        lines = self.lines
        heading = notice_heading(self.lines, i)
        art = self.article
        if heading is not None and TIP_LABEL.search(heading[1]) and art and art.in_body and art.subheads:
            # 法官提醒 among a story's subheads: its last part, advice to the reader
            heading = None
        titled = heading is not None
        labelled = (
            not titled and headline_like(lines[i]) and bool(_LABELLED_TITLE.match(compact(lines[i].text)))
        )
        n = heading[0] if heading is not None else 1
        # its case or file number may stand between the title and the text
        k = i + n + 1 if i + n < len(lines) and _REFERENCE.match(compact(lines[i + n].text)) else i + n
        if not (
            lines[i].kind == TEXT
            and (titled or labelled or (headline_like(lines[i]) and len(lines[i].text) <= _NOTICE_TITLE_MAX))
            and k < len(lines)
            # under its title a notice may list its items (遗失声明 / ●某某店遗失营业执照…) or open
            # straight on its numbered points (招标公告 / 一、招标条件：…)
            and (
                lines[k].kind == TEXT
                or ((titled or labelled) and lines[k].kind == LIST)
                # (遗失声明 / 某某遗失收据一张，编号：0036812， / 金额…，声明作废。: a number read
                # as a phone in a clause that runs on is the text's, no contact of its own)
                or (titled and lines[k].kind == CONTACT and lines[k].text.endswith(CLAUSE_END))
            )
            # (来稿须知 / 投稿邮箱：…: under its title a notice may open on a field and its value;
            # a field and its value, 前区号码：03 11 17, is short like a head, and is text)
            # (under its title, a long line of clauses is its text cut by a column break)
            and (
                not headline_like(lines[k])
                # (…活动预告 / 本期主题：… : a title that only ends like a notice's over fields too,
                # its signature and date still to come)
                or ((titled or labelled) and field_line(lines[k].text))
                # (…放流公告 / 为养护近海渔业资源，我局定于…，在某湾、某湾、乳: its text cut by a column
                # break; a title that only ends like a notice's still needs its signature and date)
                or ((titled or labelled) and cut_clauses(lines[k]))
                # (减资公告 / 某某有限公司（统一社会信用代码…） / 经股东会决议，…: who gives notice,
                # named on a line of its own, opens the sentence set solid under it)
                or (titled and _opens_sentence_below(lines, k))
                # (遗失声明 / 某某五金加工厂遗 / 失公章一枚，声明作废。: under a notice's own title
                # the first line of its text, cut by a narrow column where no mark stands, runs on
                # into the line set solid under it; a box of advice may stand over a head)
                or (heading is not None and not TIP_LABEL.search(heading[1]) and _runs_on_below(lines, k))
            )
            # 市政府发布通告 / 12月1日，… is news about a notice, not the notice (招领启事 over
            # 4月7日下午，… is the notice itself)
            and (titled or not NEWS_LEAD.match(lines[k].text))
        ):
            return 0
        j = k + 1
        while (
            j < len(lines)
            # 一、白龙路…；: its points; ●开放时间：…, a field marked as its other items are, set solid
            # in its text (read as a brief's run-in head where its value runs long)
            # (●某河　河长：某某, a row of what the line above announced: ``_listed_row``)
            and (lines[j].kind in (TEXT, CONTACT, LIST) or _marked_field(lines[j]) or _listed_row(lines, j))
            # a contact line is whole: a blank line under it ends the text (an ad may follow), and
            # so is where to send (投稿邮箱：…)
            and (
                not lines[j].gap
                or not (
                    ends_sentence(lines[j - 1].text)
                    or lines[j - 1].kind == CONTACT
                    or _ANSWER.match(lines[j - 1].text)
                )
            )
            # …认领。联系电话：0351-4046888: a text closed by a number to call is whole, and a forecast
            # set apart under it (太原天气 / its readings) is a box of its own
            and not (lines[j].gap and (_ends_with_phone(lines[j - 1].text) or self._weather_span(j)))
            and not self._starts_new(j, strong_only=True)
            # a signed notice ends at its signature and date; the next notice's title starts anew
            and not (
                _signature(lines[j].text)
                and not lines[j - 1].text.endswith(CLAUSE_END)
                and not _sentence_closed_below(lines, j)
            )
            and notice_heading(self.lines, j) is None
            # where to send (投稿邮箱：…) closes the text: a picture set solid under it, its title
            # and credited caption, is the next item (a call for photos over the photos it printed)
            and not (_ANSWER.match(lines[j - 1].text) and self._photo_span(j))
            # a block set apart that opens an ad of its own (a brand / its offer / 电话：…) is the
            # next item, even under a line that does not end a sentence (本期销售额：3.02亿元)
            and not (lines[j].kind != CONTACT and self._ad_below(j))
        ):
            j += 1
        # How to answer it (联系电话：…), set apart under the text.
        # (A block set apart that is an ad, 登报热线 / 地址 under the notices, is not, nor the
        # paper's line with its 扫码 prompt: 新闻热线：…　扫码关注某某日报官方微博.)
        while (
            j < len(lines)
            and j - i < 12
            and lines[j].kind == CONTACT
            and not (lines[j].gap and qr_in_line(lines[j].text))
            and not self._ad_below(j)
            and not self._starts_new(j, strong_only=True)
        ):
            j += 1
        # Who signed it and when, each on a line of its own; the date closes it (an advertiser's
        # name under it is the next item).
        signed = j
        while (
            j < len(lines)
            and j - signed < _SIGNATURE_LINES_MAX
            and _signature(lines[j].text)
            and not (j > signed and _notice_date(compact(lines[j - 1].text)))
            # an issuer set apart over its own notice's title (某某局 / 关于…的公告) signs the next one
            and not (lines[j].gap and notice_heading(self.lines, j) is not None)
            # a name set apart over its slogans and phone (某某律师事务所 / 专业　诚信 / 热线：…)
            # is the ad's brand under the notice
            and not self._ad_below(j)
        ):
            j += 1
        if titled and n == 1 and TIP_LABEL.search(heading[1]) and j == signed:
            # 旅游提示 / 健康提示 over advice that nobody signs is the paper's own piece, an article
            # under its title; signed by who gives it (农事提醒 / … / 某某农业技术推广中心) it is a notice
            return 0
        if not titled:
            signature = [compact(ln.text) for ln in lines[signed:j]]
            dated = any(SIGNATURE.match(t) for t in signature) and any(_notice_date(t) for t in signature)
            # (where to send or call, closing the text over who signs it: 投稿邮箱：… / 报名电话：…)
            last = lines[signed - 1]
            answered = (
                labelled and signed - 1 > k and (last.kind == CONTACT or bool(_ANSWER.match(last.text)))
            )
            if not (dated or answered or (labelled and _calls_for_pieces(lines, i, signed))):
                return 0
        return j - i

    def _one_line_notice(self, i: int) -> int:
        """Emit a notice whose title and text share line i (遗失声明　某某遗失…，声明作废。), set apart
        from what follows; returns the lines it takes (1), else 0."""
        lines = self.lines
        m = _titled_line(lines[i])
        below = lines[i + 1] if i + 1 < len(lines) else None
        # set apart from what follows, or set solid over the next such notice (遗失声明　… /
        # 遗失声明　…), the next notice's title (注销公告 / its text) or the page's furniture printed
        # again under them
        if m is None or not (
            below is None
            or below.gap
            or below.kind == MASTHEAD
            or _titled_line(below)
            or notice_heading(lines, i + 1) is not None
        ):
            return 0
        source = SourceLines(self.page, lines[i].number, lines[i].number)
        label, text = m.group("title"), clean_text(m.group("text"))
        self._emit(lambda id_: Notice(id_, source, label, text))
        return 1

    def _ad_below(self, j: int) -> bool:
        """Line j is set apart and opens an ad block of its own (登报热线 / 地址); a phone alone
        set apart under a notice is how to answer it.  On a page set solid, an ad's name right
        under the notice's number to call (…电话：… / 诚信搬家 / its services / 电话：…) opens one too:
        the notice ended with where to answer it (its signer, 某某公司, signs it)."""
        lines = self.lines
        ln = lines[j]
        if not ln.gap and not (
            j > 0
            and (lines[j - 1].kind == CONTACT or _ends_with_phone(lines[j - 1].text))
            and name_line(ln)
            and not _signature(ln.text)
            and notice_heading(lines, j) is None
        ):
            return False
        return self._ad_span(j) >= 2

    def _tip_closing_story(self, i: int, label: str) -> bool:
        """Tip line i (温馨提示：…) is set solid under the open story's finished last paragraph and
        indented as the story opens its paragraphs (an experiment's or a recipe's 温馨提示：实验需在
        家长陪同下进行): the story's last word to its reader, its paragraph, no notice of its own
        (one is set apart by a blank, or under no story)."""
        art, ln = self.article, self.lines[i]
        return (
            art is not None
            and not art.closed
            and bool(art.paragraphs)
            and ends_sentence(art.paragraphs[-1])
            and not ln.gap
            and ln.indented
            and art.indented_starts > 0
            and art.last == self.lines[i - 1].number
            and bool(TIP_LABEL.search(label))
        )

    def _inline_notice(self, i: int) -> int:
        """Emit a 更正：… / 友情提醒：… notice at line i; returns the lines it takes.

        It goes on over lines printed right under it while it has not finished (…关注天气， /
        注意交通安全), then takes who signed it and when, each on a line of its own right under it
        (更正：… / 生活报广告部 / 2025年4月16日)."""
        lines = self.lines
        m = NOTICE_RE.match(lines[i].text)
        assert m is not None
        if self._tip_closing_story(i, m.group("label")):
            assert self.article is not None
            self.article.add_paragraph(lines[i].text, lines[i])
            return 1
        j = i + 1
        while (
            j < len(lines)
            and j - i < 4
            and not lines[j].gap
            and lines[j].kind == TEXT
            and not ends_sentence(lines[j - 1].text)
            # (更正：本报某日某版《某某新增12处便 / 民停车场》一文中，…: a line cut mid-word, the
            # clauses under it set flush go on with the sentence)
            and (
                lines[j - 1].text.endswith(CLAUSE_END)
                or ends_sentence(lines[j].text)
                or (not lines[j].indented and clause_punctuated(lines[j].text))
            )
        ):
            j += 1
        body = j
        while (
            j < len(lines)
            and j - body < 2
            and not lines[j].gap
            and (j > body or ends_sentence(lines[j - 1].text))
            and _signature(lines[j].text)
        ):
            j += 1
        text = clean_text("".join([lines[i].text[m.end() :], *(x.text for x in lines[i + 1 : body])]))
        text = "\n".join([text, *(clean_text(x.text) for x in lines[body:j])])
        source = SourceLines(self.page, lines[i].number, lines[j - 1].number)
        label = m.group("label")
        self._emit(lambda id_: Notice(id_, source, label, text))
        return j - i

    def _titled_notice(self, i: int, span: int) -> None:
        lines = self.lines[i : i + span]
        source = SourceLines(self.page, lines[0].number, lines[-1].number)
        heading = notice_heading(self.lines, i)
        n, title = heading if heading is not None else (1, unframed_title(lines[0].text))
        label = clean_text(title)
        # Who signed and when: the run of signature lines at the end (one inside the text stays text).
        k = len(lines)
        while k > n and _signature(lines[k - 1].text):
            k -= 1
        reference = (
            [clean_text(lines[n].text)] if k > n + 1 and _REFERENCE.match(compact(lines[n].text)) else []
        )
        # (a listed company's codes over its title open the text, as its file number would)
        codes = [clean_text(lines[0].text)] if _DISCLOSURE_CODES.match(lines[0].text) else []
        # the text rejoined over column breaks; each bulleted item a line of its own, its bullet
        # kept as printed (the mark is how the notice parts its statements),
        # and so each of a run of fields (前区号码：… / 后区号码：…: a draw's rows; how to answer
        # it, 联系电话：…, stays with the sentence above it)
        body: list[str] = [] if k > n + len(reference) else [""]
        above: Line | None = None
        for ln in lines[n + len(reference) : k]:
            field = (
                above is not None
                and CONTACT not in (ln.kind, above.kind)
                and field_line(ln.text)
                and field_line(above.text)
            )
            if _bulleted(ln) or not body or field:
                body.append((ln.mark.strip() + ln.text).strip() if _bulleted(ln) else ln.text)
            else:
                body[-1] += ln.text
            above = ln
        signed = [clean_text(ln.text) for ln in lines[k:]]
        text = "\n".join([*codes, *reference, *(clean_text(b) for b in body), *signed])
        self._emit(lambda id_: Notice(id_, source, label, text))
