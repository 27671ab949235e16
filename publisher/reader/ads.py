"""Advertisements and QR prompts set apart from the stories: a poster's short lines around its
contacts, a column of classified ads under its label, a 扫码… prompt and what it leads to (photos
are in :mod:`publisher.reader.photos`, notices in :mod:`publisher.reader.notices`, weather boxes
in :mod:`publisher.reader.weather`).

:meth:`AdReader._ad_span` and :meth:`AdReader._classified_span` say how many lines an ad starting
at a line takes (0: none starts there) and :meth:`AdReader._advertisement` emits it;
:meth:`AdReader._qr_prompt` emits a QR prompt.  :class:`BoxBase` declares, once, what these rules
and the photo rules need from the page parser, whose lines, page number and item list they share.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from publisher.model import Advertisement, Item, QrPrompt, SourceLines
from publisher.patterns import compile_pattern
from publisher.punctuation import compact, ends_sentence, normalise_punctuation
from publisher.reader.articles import ArticleDraft
from publisher.reader.furniture import imprint_line
from publisher.reader.line_kinds import (
    AD_HEADINGS,
    AD_LINE_MAX,
    BRIEF,
    BYLINE,
    CLAUSE_END,
    CONTACT,
    LIST,
    MASTHEAD,
    PUBINFO,
    QR,
    QR_LINES_MAX,
    QR_PHRASE_MAX,
    TEXT,
    WIDE_GAP,
    brief_parts,
    channel_name,
    channel_prompt,
    classify,
    clause_punctuated,
    follow_prompt,
    has_phone,
    qr_in_line,
    tip_box,
    tip_prompt,
)
from publisher.reader.lines import (
    Line,
    cut_clauses,
    headline_like,
    name_line,
)
from publisher.reader.notices import notice_heading, ruled_label, unframed_title
from publisher.reader.tables import service_box

_AD_SLOGAN_MAX = 30
# 仓；…, 名，…: a line opening on a word's last character or two, cut from the line above, then a mark
_CUT_WORD_END = compile_pattern(r"^[\u4e00-\u9fff]{1,2}[，,、；;]")
_AD_LABEL_MAX = 6  # 分类信息, 便民广告: a column of classified ads under its label
_CLASSIFIED_TITLE_MAX = 10  # 某某小区商铺出租: a classified ad's title, what it offers in a few words
# 【某某搬家】　居民搬家　空调移机　电话：…: an entry's offers as short fields (two at least, a few
# words each) before its phone
_OFFER_FIELDS_MIN = 2
_OFFER_FIELD_MAX = 8
_OFFER_STOPS = (*CLAUSE_END, "。", "！", "？")  # (an offer is a few words, no clause of a sentence)
# 某某景区冬季优惠, 某某商场周年特惠: a title naming an offer, which the text under it sets out
_OFFER_TITLE = compile_pattern(r"^\S{2,16}(?:优惠|特惠)$")
# 分类广告, 便民信息: the label of a column of classified ads, naming no one ad's offer
_CLASSIFIED_COLUMN = compile_pattern(r"^(?:分类|便民)(?:广告|信息)$")
_AD_ENTRY_MARKS = "■□●◆▲★"
# 本期坐堂律师, 本期嘉宾: a box the paper titles by its issue, who it has on duty or on the page:
# its own feature, however it lists their hours and number, never an advertiser's
_ISSUE_TITLE = compile_pattern(r"^本期[\u4e00-\u9fff]{2,8}$")
_AD_LINES_MAX = 10  # a poster's lines around its contacts
# 【0820-01】女，31岁，… / 编号：A012　男　35岁，…: a personal ad's entry, opened by its number in
# the column (bracketed, or keyed) and who is looking, a sex and an age
_PERSONAL_ENTRY = compile_pattern(
    r"^(?:【[\w\-－]{1,12}】|编号[:：]?\s*[\w\-－]{1,10}[ \u3000，,、]*)\s*[男女][，,、 \u3000]\s*\d{2}\s*岁"
)
_PERSONAL_LINES_MAX = 6  # a personal ad's lines: who, what they are, whom they seek
_PERSONAL_LABEL_MAX = 12  # 鸳鸯谱·征婚交友: the column's label set solid over its first entry
_AD_ENTRY_LINES_MAX = 3  # a classified entry's lines down to its phone
_LISTING_REACH = 12  # lines either way of an ad's first line in which a listing of events is read
# 简历投递：hr@example.com: a labelled mailbox alone on its line, where to answer a classified ad
# 扫码登报, 扫一扫预约: what the code does, the words after the call to scan it
_SCAN_FOR = compile_pattern(r"扫(?:码|一扫|描二维码)(?P<action>[\u4e00-\u9fff]{2})")
_CALL_ACTIONS = ("拨打", "致电", "呼叫")  # 扫码拨打: a code that calls a number
_MAILBOX_FIELD = compile_pattern(r"^[\u4e00-\u9fff]{2,6}[:：]\s*[\w.+-]+@[\w.-]+\.[A-Za-z]{2,}$")


_LISTINGS = "信息"  # 招聘信息: what a classified heading calls the listings under it


def _classified_heading(line: Line) -> bool:
    """The line opens under a classified heading: the heading alone (招聘, 海景房出租, 【招聘】) or
    framed in brackets with the ad's text run in after it (【招聘】某公司招普工30名，…)."""
    heading = unframed_title(line.text)
    # (招聘信息, 出租信息: the heading with the word for the listings under it)
    if heading.removesuffix(_LISTINGS) in AD_HEADINGS:
        heading = heading.removesuffix(_LISTINGS)
    if heading in AD_HEADINGS or (
        len(heading) <= _CLASSIFIED_TITLE_MAX and name_line(line) and heading.endswith(AD_HEADINGS)
    ):
        return True
    run_in = brief_parts(line.text) if line.text.startswith("【") else None
    return run_in is not None and compact(run_in[0]).endswith(AD_HEADINGS)


def _contacts_run_in(line: Line) -> bool:
    """【房屋出租】某商城沿街门面两间，…，可做餐饮。电话：138… : the line runs the entry's contacts in
    after its last sentence, a phone among them (a classified entry printed whole on one line)."""
    text = line.text.strip()
    cut = max(text.rfind("。"), text.rfind("！"))
    rest = text[cut + 1 :].strip() if cut >= 0 else ""
    return (bool(rest) and has_phone(rest) and classify(rest, None) == CONTACT) or _offers_in_fields(line)


def _offers_in_fields(line: Line) -> bool:
    """【某某搬家】　居民搬家　空调移机　电话：139… : a bracketed heading over what it offers, the
    offers short fields a wide space apart, with no sentence, its phone the last field: a classified
    entry printed whole on one line, its contacts run in after its offers."""
    text = line.text.strip()
    run_in = brief_parts(text) if text.startswith("【") else None
    if run_in is None or len(compact(run_in[0])) > _CLASSIFIED_TITLE_MAX:
        return False
    fields = WIDE_GAP.split(run_in[1].strip())
    offers, contact = fields[:-1], fields[-1]
    return (
        len(offers) >= _OFFER_FIELDS_MIN
        and all(0 < len(f) <= _OFFER_FIELD_MAX and not any(c in _OFFER_STOPS for c in f) for f in offers)
        and has_phone(contact)
        and classify(contact, None) == CONTACT
    )


def _mailbox_field(line: Line) -> bool:
    """简历投递：hr@example.com: the line gives a mailbox to answer at (the line kinds leave a
    mailbox prose, a desk's line for contributions; under a classified heading it is the entry's
    contact, as its phone would be)."""
    return line.kind == TEXT and bool(_MAILBOX_FIELD.match(line.text.strip()))


def _bracketed_heading(text: str) -> str | None:
    """【废钢回收】 alone on its line: the heading the brackets frame, else None."""
    t = compact(text)
    return t[1:-1] if len(t) > 2 and t[0] == "【" and t[-1] == "】" and "】" not in t[1:-1] else None


def _listing_of_events(lines: list[Line], i: int) -> bool:
    """The block set solid around line i (●某某马拉松开跑 / 时间：… / 地点：… / ●某某摄影展 / …)
    lists items each under its marked head, two at least, telling when and where with no number
    to call: a column's listing of what is on (本周活动, 周末文化地图), briefs, no poster (a
    classified entry gives its phone)."""
    # (a listing's few items, looked for within a few lines either way: linear however long the
    # page's block)
    start = i
    while start > max(i - _LISTING_REACH, 0) and not lines[start].gap:
        start -= 1
    end = i + 1
    while end < min(i + _LISTING_REACH, len(lines)) and not lines[end].gap:
        end += 1
    block = lines[start:end]
    heads = sum(1 for ln in block if ln.kind == TEXT and ln.marked)
    return heads >= 2 and not any(has_phone(ln.text) for ln in block)


def _framed_banner(line: Line) -> bool:
    """★★★ 某某公寓　火热认购中 ★★★: a line framed by the same ornament on both sides, a poster's
    banner (read as a list's item by its opening mark), no item of a list."""
    text = line.text.strip()
    return line.kind == LIST and len(text) > 2 and text[0] == text[-1] and text[0] in _AD_ENTRY_MARKS


def _ad_entry(line: Line) -> bool:
    """■房屋出租 …: the line opens a classified ad's entry, led by the column's mark."""
    return (
        line.kind in (BRIEF, TEXT, CONTACT, LIST) and (line.mark.strip() or line.text)[:1] in _AD_ENTRY_MARKS
    )


def _entry_heading_alone(line: Line) -> bool:
    """■房屋出租 / ■招　聘: a classified entry's mark and its heading alone on the line, a few
    words with no clause (a short name after a mark may read as a byline), the offer set under it."""
    marked = compact(line.mark.strip() + line.text)
    heading = marked[1:]
    return (
        line.kind in (BYLINE, TEXT, LIST, BRIEF)
        and marked[:1] in _AD_ENTRY_MARKS
        and 2 <= len(heading) <= _CLASSIFIED_TITLE_MAX
        and not any(mark in heading for mark in "，。：；、")
        and not has_phone(heading)
    )


def _headed_entry_span(lines: list[Line], j: int) -> int:
    """Lines of a classified entry whose heading stands alone at line j (■招　聘 / 某公司招司机5名，
    月薪 / 6000元以上。电话：…), down to the line of its phone, all set solid; else 0."""
    if j >= len(lines) or not _entry_heading_alone(lines[j]):
        return 0
    for k in range(j + 1, min(j + 1 + _AD_ENTRY_LINES_MAX, len(lines))):
        ln = lines[k]
        if ln.gap or ln.kind not in (TEXT, CONTACT) or _ad_entry(ln):
            return 0
        if has_phone(ln.text):
            return k - j + 1
    return 0


def _wrapped_clauses(above: Line, line: Line) -> bool:
    """``above`` is clauses cut where no mark stands, and ``line`` opens on the word's last
    character or two before its mark (…水分达标再入 / 仓；防压级压价，…): a paragraph wrapped
    mid-word at a column's width (a poster's phrase ends whole at its line's end)."""
    cut_word = _CUT_WORD_END.match(line.text.strip())
    return (
        cut_word is not None
        and clause_punctuated(above.text)
        and not ends_sentence(above.text)
        and not above.text.endswith(CLAUSE_END)
    )


def _run_on(above: Line, line: Line) -> bool:
    """``line`` finishes a sentence of clauses that ``above`` left open (…如发现维保不到位，将 /
    依法处理。), or is itself clauses closed by a full stop mid-line: prose, never a poster's."""
    if "。" not in line.text:
        # (…收获后及时晾晒，水分达标再入 / 仓；防压级压价，…: clauses cut where no mark stands and
        # going on in clauses below, a paragraph wrapped at a column's width)
        return _wrapped_clauses(above, line)
    # (a paragraph's first line, set in on its indent, clauses left open: 　　即日起，本版分类广告可通过 /
    # 某某客户端在线提交。 is a sentence wrapped at the column's width, however short the column)
    opened = above.indented and clause_punctuated(above.text)
    # (　　物业纠纷、房屋质量、城市管理…… / 您有烦心事，请告诉我们。: a list trailing off on its
    # ellipsis at a paragraph's first line leaves the sentence to the line below)
    trails_off = opened and above.text.endswith("…") and not line.indented
    cut = (not ends_sentence(above.text) or trails_off) and (cut_clauses(above) or opened)
    return cut or (clause_punctuated(line.text) and not line.text.endswith("。"))


# 某某市公安局　某某日报社　宣, 某某市生态环境局　宣: the bodies that put up a public service poster,
# each set a space apart, and 宣 (their publicity)
_SLOGAN_LINES_MAX = 3  # a public service poster's slogans over its credit: a line or a few


def _slogans_over(lines: list[Line], i: int, j: int) -> bool:
    """Lines i..j-1 are a poster's slogans: a few, none a sentence, a field or a question."""
    return j - i <= _SLOGAN_LINES_MAX and not any(
        any(mark in lines[k].text for mark in "。：:？?") for k in range(i, j)
    )


_PUBLICITY_CREDIT = compile_pattern(
    r"^\s*(?:[\u4e00-\u9fff]{2,16}(?:局|委|社|院|会|部|办|中心|政府|集团|公司)[ \u3000]+)+宣\s*$"
)


def _number_for_the_same(prompt: str, line: Line) -> bool:
    """``line`` is a number to call labelled by what the prompt's code does (扫码登报 / 登报咨询：…,
    扫码预约 / 预约电话：…): the other way to do it, the prompt's (the paper's news hotline under a
    code to follow its channel is the page's line)."""
    m = _SCAN_FOR.search(prompt)
    if m is None or line.kind != CONTACT:
        return False
    # (扫码拨打某某热线 / 有事您说话　025-…: a code to call a line, and the number under it is that
    # line's, whatever slogan it is printed with)
    return m.group("action") in _CALL_ACTIONS or compact(line.text).startswith(m.group("action"))


class BoxBase:
    """What the box rules, photos (:class:`~publisher.reader.photos.PhotoReader`) and ads
    (:class:`AdReader`), need from the page parser: its lines, its page number and ``_emit``, which
    closes the open story and adds an item (the base of both mixins)."""

    lines: list[Line]
    page: int
    masthead_lines: list[Line]
    items: list[Item]
    article: ArticleDraft | None

    if TYPE_CHECKING:  # the parser's other rules these call, defined by the other mixins

        def _emit(self, item_factory: Callable[[str], Item]) -> None: ...

        def _close(self) -> None: ...


class AdReader(BoxBase):
    """The advertisement and QR-prompt rules of the page parser (a mixin): they need nothing of it
    beyond :class:`BoxBase` (this mixin comes before the notice rules among the parser's bases,
    which ask it ``_ad_span``)."""

    def _ad_span(self, i: int) -> int:
        """Lines of an advertisement starting at line i: short poster lines around a contact line."""
        lines = self.lines
        if service_box(lines, i) is not None or self._under_issue_title(i):
            return 0
        j = i
        seen_contact = False
        if self._classified_label(i):
            return 1
        # Under a classified heading (招聘, or what is offered: 海景房出租) the ad may speak in sentences.
        # (【招聘】: the heading framed in brackets is the same heading, its text run in or not)
        heading = unframed_title(lines[i].text)
        headed = (
            _classified_heading(lines[i])
            or (headline_like(lines[i]) and bool(_OFFER_TITLE.match(heading)))
            or self._next_bracketed_entry(i)
            or self._entry_under_ad(i)
            # (【某某维修】　offers　电话：…: whatever its heading, offers set as fields over its phone)
            or _offers_in_fields(lines[i])
        )
        while j < len(lines) and j - i < _AD_LINES_MAX:
            ln = lines[j]
            if j > i and ln.gap and seen_contact and (ln.kind != CONTACT or self._qr_set_apart(j)):
                break  # (the paper's contacts with a QR prompt set apart under it are not the ad's)
            if j == i + 1 and ln.gap and _CLASSIFIED_COLUMN.match(heading):
                return 0  # (a label set apart over no ad of its own: ``_classified_label``)
            if j > i and not ln.gap and not (headed and not seen_contact) and _run_on(lines[j - 1], ln):
                # a sentence run over a column break is prose, a story's, not the ad's (under a
                # classified heading, down to its phone, the ad's own: 商铺出租， / 适合餐饮。)
                break
            if j > i and (seen_contact or ln.gap) and notice_heading(self.lines, j) is not None:
                # (分类广告　登报热线：… / 遗失声明 / …: the column's notices start under it; a
                # notice's title set apart starts anew under any block, an ad's contact still unseen)
                break
            # (分类广告热线：… / 登报挂失　清算注销　… / 地址：…: an ad that opens on its hotline
            # has none of its own lines above it yet; the line under the hotline is what it offers)
            opened_on_contact = j == i + 1 and lines[i].kind == CONTACT
            if j > i and seen_contact and not opened_on_contact and self._next_ad(j):
                break
            if j > i and not seen_contact and self._ad_under_block(i, j):
                break  # (the block above is an item of its own, a table or a notice: no ad's)
            if (
                ln.kind == CONTACT
                or (headed and _mailbox_field(ln))
                # (【招聘】… / a classified entry whole on its line, its contacts run in: the
                # entry's own contact line, however wide the line)
                or (j == i and headed and lines[i].text.startswith("【") and _contacts_run_in(ln))
                or (j > i and _PUBLICITY_CREDIT.match(ln.text) and _slogans_over(lines, i, j))
            ):
                # (某某市公安局　某某日报社　宣 under a slogan: the bodies that put up a public
                # service poster sign it where a firm gives its phone)
                seen_contact = True
            elif (
                ln.kind == QR
                and (seen_contact or has_phone(ln.text) or (j > i and self._contact_under(j)))
                and not ln.gap
                and lines[j - 1].kind != QR
                and not channel_prompt(ln.text)
            ):
                # 扫码预约看房 set solid under the ad's contacts, or over them (扫码即可办理 /
                # 客服热线：…), or beside them (扫码进店　服务电话：…): how to reach it too (a
                # second prompt under it, or 扫码关注某某日报微信公众号, is the paper's own)
                seen_contact = seen_contact or has_phone(ln.text)
            elif ln.kind == MASTHEAD and seen_contact and not ln.gap and ln.masthead and ln.masthead.brands:
                # 微信公众号：某某商报 set solid among the box's contacts: the channel to follow, one
                # of them (the paper's name in it reads as a masthead's line anywhere else)
                pass
            elif ln.kind == PUBINFO and j > i and not ln.gap and not seen_contact:
                # 邮发代号：1-37 set solid under a subscription ad's call, over its hotline: the
                # ad's terms (the paper's own imprint is printed apart from any ad)
                pass
            elif not (
                (
                    ln.kind == TEXT
                    or (j == i and ln.kind == BRIEF and not clause_punctuated(ln.text))
                    or (j == i and _framed_banner(ln))
                    # (招聘 / 某公司诚聘： / ●操作工30名　18～50周岁， / …: under a classified
                    # heading, a post marked by its bullet is the ad's, down to its contacts, read
                    # as a brief's head or a list's item by its mark; and 【招聘】某公司招普工30名，
                    # is the heading with the ad's text run in)
                    or (headed and not seen_contact and (ln.kind == BRIEF or (j > i and ln.kind == LIST)))
                )
                and len(ln.text) <= AD_LINE_MAX
                and (
                    "。" not in ln.text
                    or (headed and not seen_contact)
                    # a slogan set inside the ad's block (学车就选某某驾校。)
                    or (j > i and not ln.gap and len(ln.text) <= _AD_SLOGAN_MAX)
                )
            ):
                break
            j += 1
        if seen_contact and _listing_of_events(lines, i):
            return 0
        return j - i if seen_contact else 0

    def _entry_under_ad(self, i: int) -> bool:
        """Line i opens a block set apart right under the ad read last, no story open: the next
        entry of a column of ads, which may speak in sentences down to its phone as an entry under a
        classified heading does (修锁换锁 / 　　开锁、换锁芯，24小 / 时上门服务。 / 电话：…)."""
        last = self.items[-1] if self.items else None
        return (
            i > 0
            and self.lines[i].gap
            and (self.article is None or self.article.closed)
            and isinstance(last, Advertisement)
            and last.source.last == self.lines[i - 1].number
        )

    def _under_issue_title(self, i: int) -> bool:
        """Line i is a box's title the paper gives by its issue (本期坐堂律师) or is set solid under
        one, as near as an ad's lines run: the lines are the paper's box, no ad's."""
        k = i
        while k > 0 and i - k < _AD_LINES_MAX and not self.lines[k].gap:
            k -= 1
        return any(_ISSUE_TITLE.match(compact(self.lines[j].text)) for j in range(k, i + 1))

    def _classified_label(self, i: int) -> bool:
        """Line i is the label of a column of classified ads (分类广告) over ads each of its own:
        the first set apart under it, or, the label set between rules (— 便民信息 —), set solid
        under it with the next set apart under that one.  The label names the column, as a
        section's word names the page: no ad's line.  (A plain label set solid over the first ad
        is that ad's first line; ads set solid one under another, each a marked entry, are read
        with their label as one: ``_classified_span``.)"""
        lines = self.lines
        if not _CLASSIFIED_COLUMN.match(unframed_title(lines[i].text)) or i + 1 >= len(lines):
            return False
        if lines[i + 1].gap:
            return self._ad_set_apart(i + 1)
        if not ruled_label(lines[i].text):
            return False
        first = self._ad_span(i + 1)
        after = i + 1 + first
        return (
            first >= 2
            and not any(ln.gap for ln in lines[i + 2 : after])
            and after < len(lines)
            and lines[after].gap
            and self._ad_span(after) >= 2
        )

    def _next_ad(self, j: int) -> bool:
        """Line j, set solid under an ad's contacts, is the name over an ad of its own, with its
        own contacts (…电话：… / 良渚某某中心 / 11月演出季 / 票务咨询：…): classified ads printed one
        under another with no blank line between them (the one above closed by its phone, or by
        the mailbox to answer it at)."""
        lines = self.lines
        ln = lines[j]
        above = lines[j - 1]
        return (
            not ln.gap
            and (above.kind == CONTACT or _mailbox_field(above))
            and name_line(ln)
            and self._ad_span(j) >= 2
        )

    def _next_bracketed_entry(self, i: int) -> bool:
        """Line i opens on a short heading in brackets, the ad's text run in (【家政服务】专业保洁，…)
        or under it (【废钢回收】 / 长期高价回收…), set solid under the contacts of an ad headed the
        same way as a classified heading (【转让】某店整体转让，… / …电话：…, or 【高薪诚聘】 / … /
        简历投递：…): the column's next entry, whatever it offers, its heading a word no list of
        offers holds."""
        lines = self.lines
        ln = lines[i]
        run_in = brief_parts(ln.text) if ln.text.startswith("【") else None
        heading = run_in[0] if run_in is not None else _bracketed_heading(ln.text)
        if (
            heading is None
            or len(compact(heading)) > _CLASSIFIED_TITLE_MAX
            or ln.gap
            or i == 0
            or not (
                lines[i - 1].kind == CONTACT or _mailbox_field(lines[i - 1]) or _contacts_run_in(lines[i - 1])
            )
        ):
            return False
        # (up the entry above, set solid, to its own bracketed heading: a classified one, over the
        # entry's lines down to its contacts)
        for k in range(i - 1, max(i - 2 - _AD_ENTRY_LINES_MAX, -1), -1):
            if lines[k].text.startswith("【"):
                return _classified_heading(lines[k])
            if lines[k].gap:
                return False
        return False

    def _ad_under_block(self, i: int, j: int) -> bool:
        """Line j, set apart under lines i..j-1 set solid (two at least), names an ad set solid
        down to its contacts: two blocks, the blank line between them parts two items, and the
        block above, with no contact of its own, is no part of the ad under it.  (An ad whose
        every line is set apart, 招聘 / 某公司招聘… / 联系电话：…, is one ad.)  A service box set
        apart there (便民热线 / 某中心　0571-… / …: whom to call, office by office) is an item of its
        own too, the paper's, no ad's contacts for the block above."""
        lines = self.lines
        return (
            j - i >= 2
            and not any(ln.gap for ln in lines[i + 1 : j])
            and (self._ad_set_apart(j) or (lines[j].gap and service_box(lines, j) is not None))
        )

    def _ad_set_apart(self, j: int) -> bool:
        """Line j, set apart, names an ad set solid under it down to its contacts (某某度假区 / 特惠… /
        订票热线：…): an item starts there, whatever is set solid above the blank line."""
        lines = self.lines
        if not lines[j].gap or not name_line(lines[j]):
            return False
        span = self._ad_span(j)
        return span >= 2 and not any(ln.gap for ln in lines[j + 1 : j + span])

    def _contact_under(self, j: int) -> bool:
        """A contact line is set solid right under line j."""
        below = self.lines[j + 1] if j + 1 < len(self.lines) else None
        return below is not None and not below.gap and below.kind == CONTACT

    def _qr_set_apart(self, i: int) -> bool:
        """Line i, alone between blank lines, is a line of contacts with a QR prompt among them."""
        lines, ln = self.lines, self.lines[i]
        alone = ln.gap and (i + 1 >= len(lines) or lines[i + 1].gap)
        return alone and ln.kind in (TEXT, CONTACT) and qr_in_line(ln.text)

    def _qr_heading(self, i: int) -> bool:
        """Line i, set apart and set solid over a 扫码… line, names the channel the code opens or
        the paper's line to call (醴陵发布 / 扫一扫　看更多…, “某某发布”客户端 / 扫码看…, 新闻热线：… /
        扫码下载“某某”客户端): the prompt's first line, not the story's or the notice's above."""
        lines, ln = self.lines, self.lines[i]
        below = lines[i + 1] if i + 1 < len(lines) else None
        if ln.kind != QR and tip_box(lines, i):
            return True
        if (
            below is None
            or below.gap
            or below.kind != QR
            or not ln.gap
            or len(compact(ln.text)) > QR_PHRASE_MAX
            or ends_sentence(ln.text)
        ):
            return False
        if ln.kind == TEXT and name_line(ln):
            return channel_name(ln.text)
        # (an ad's phone over its 扫码预约 is the ad's: only the paper's channel under a line to call,
        # and only when it takes news too, 随手拍爆料: a prompt to follow the channel alone leaves the
        # line over it the page's)
        return (
            ln.kind in (TEXT, CONTACT)
            and has_phone(ln.text)
            and channel_prompt(below.text)
            and tip_prompt(below.text)
        )

    def _qr_prompt(self, i: int) -> int:
        """Emit the 扫码… prompt at line i with what it leads to, printed right under it (扫码预约 /
        “夜游鼓浪屿”): short phrases, not sentences, before a blank line; a line naming its channel
        set solid over it (``_qr_heading``) opens it.  Returns the lines taken."""
        lines = self.lines
        if (lines[i].kind != QR and self._qr_heading(i)) or tip_box(lines, i):
            return 1 + self._qr_prompt_from(i, i + 1)
        return self._qr_prompt_from(i, i)

    def _qr_prompt_from(self, first: int, i: int) -> int:
        """Emit the prompt from line ``first`` to its 扫码… line i and the phrases under it."""
        lines = self.lines
        j = i + 1
        while (
            j < len(lines)
            and j - i <= QR_LINES_MAX
            and not lines[j].gap
            # (扫码 / 关注“某某日报”微信公众号: the channel named under the word to scan it; 扫码登报 /
            # 微信扫一扫，在线办理…: how to use the same code, no channel of its own named)
            and (
                lines[j].kind == TEXT
                or (lines[j].kind == QR and (follow_prompt(lines[j].text) or not channel_name(lines[j].text)))
            )
            and len(compact(lines[j].text)) <= QR_PHRASE_MAX
            and not ends_sentence(lines[j].text)
        ):
            j += 1
        if j < len(lines) and not lines[j].gap and _number_for_the_same(lines[i].text, lines[j]):
            j += 1
        if j < len(lines) and not lines[j].gap and lines[j].kind != MASTHEAD:
            # text goes on under them: they are not the prompt's (the page's imprint set solid
            # under them, furniture.page_foot, is no text of the prompt's)
            j = i + 1
        texts = [ln.text for ln in lines[first:j]]
        text = "：".join(normalise_punctuation(t) for t in texts)
        source = SourceLines(self.page, lines[first].number, lines[j - 1].number)
        self._emit(lambda id_: QrPrompt(id_, source, text))
        return j - i

    def _classified_span(self, i: int) -> int:
        """Lines of a column of classified ads starting at its label at line i (分类信息 / ■房屋出租
        … 电话：… / ■转让 … 电话：…), else 0: marked entries set solid under a short label, each
        with its phone number, are one advertisement, not briefs."""
        lines = self.lines
        label = lines[i]
        headed = self._headed_entries(i) or self._personal_ad(i)
        if headed:
            return headed
        if label.kind != TEXT or not headline_like(label) or len(compact(label.text)) > _AD_LABEL_MAX:
            return 0
        j = i + 1
        entries = 0
        while j < len(lines) and not lines[j].gap and _ad_entry(lines[j]):
            # (an entry may wrap, its phone on the line set solid under it: ◆房屋出租：…，临街， /
            # 适合餐饮。电话：…)
            k = j
            while not has_phone(lines[k].text):
                k += 1
                if (
                    k >= len(lines)
                    or k - j >= _AD_ENTRY_LINES_MAX
                    or lines[k].gap
                    or lines[k].kind not in (TEXT, CONTACT)
                    or _ad_entry(lines[k])
                ):
                    return 0
            entries += 1
            j = k + 1
        if entries < 2 or (j < len(lines) and not lines[j].gap):
            return 0
        return j - i

    def _personal_ad(self, i: int) -> int:
        """Lines of one personal ad starting at line i, else 0: an entry opened by its number and
        who is looking (【编号】女，31岁，…), down to the next entry or a blank line, in a column of
        two entries at least set solid; the column's short label set solid over its first entry is
        that entry's first line, as a classified column's label is."""
        lines = self.lines
        start = i
        if (
            i + 1 < len(lines)
            and not lines[i + 1].gap
            and lines[i].kind == TEXT
            and headline_like(lines[i])
            and len(compact(lines[i].text)) <= _PERSONAL_LABEL_MAX
        ):
            i += 1  # (the label over the first entry)
        if not _PERSONAL_ENTRY.match(lines[i].text.strip()):
            return 0
        j = i + 1
        while (
            j < len(lines)
            and j - i < _PERSONAL_LINES_MAX
            and not lines[j].gap
            and lines[j].kind in (TEXT, LIST, CONTACT)
            and not _PERSONAL_ENTRY.match(lines[j].text.strip())
        ):
            j += 1
        # (one of a column: an entry set solid under it, or over it)
        below = j < len(lines) and not lines[j].gap and bool(_PERSONAL_ENTRY.match(lines[j].text.strip()))
        k = start - 1
        while k >= 0 and start - k <= _PERSONAL_LINES_MAX and not lines[k + 1].gap:
            if _PERSONAL_ENTRY.match(lines[k].text.strip()):
                return j - start
            k -= 1
        return j - start if below else 0

    def _headed_entries(self, i: int) -> int:
        """Lines of one classified ad starting at line i, else 0, in a column whose entries each
        carry their heading alone over their offer's lines (分类广告 / ■房屋出租 / …，/ …电话：… /
        ■招　聘 / …): an entry of several lines is an ad of its own, as a display ad is, the
        column's label printed with the first; the entries after it follow, set solid, each under
        the phone that closes the one above."""
        lines = self.lines
        label = lines[i]
        column_label = _CLASSIFIED_COLUMN.match(unframed_title(label.text))
        if column_label and i + 1 < len(lines) and not lines[i + 1].gap:
            first = _headed_entry_span(lines, i + 1)
            after = i + 1 + first
            if first and _headed_entry_span(lines, after) and not lines[after].gap:
                return first + 1
            return 0
        if i == 0 or label.gap or not has_phone(lines[i - 1].text):
            return 0
        span = _headed_entry_span(lines, i)
        after = i + span
        # the entry closes the column or the next entry follows it
        if span and (after >= len(lines) or lines[after].gap or _headed_entry_span(lines, after)):
            return span
        return 0

    def _advertisement(self, i: int, span: int) -> None:
        if span == 1 and self._classified_label(i):
            # the column's label: the page's furniture, kept as printed with the masthead's lines
            self._close()
            self.lines[i] = imprint_line(self.lines[i])
            self.masthead_lines.append(self.lines[i])
            return
        lines = self.lines[i : i + span]
        source = SourceLines(self.page, lines[0].number, lines[-1].number)
        texts = tuple(normalise_punctuation(ln.text) for ln in lines)
        self._emit(lambda id_: Advertisement(id_, source, texts))
