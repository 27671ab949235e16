"""Punctuation of extracted page text: ASCII marks inside Chinese become full-width.

The print extraction leaves ``, : ; ( ) ! ?`` as ASCII even between Chinese
characters, and sprinkles line-break spaces inside headlines and names.  The
published text uses the full-width mark wherever a neighbour is Chinese, and
keeps ASCII where both neighbours are ASCII (206.7%, 1,000, 10:30, http://,
f(x)), so numbers, Latin words and URLs are untouched.
"""

from __future__ import annotations

import re

from publisher.patterns import compile_pattern

_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_SPACES = " \t\u3000\u00a0"

# Marks after which no space belongs in Chinese text (before which, neither).
_FULLWIDTH_TIGHT = "，。、：；！？（）《》“”‘’「」『』【】…—·"
# The marks a quotation opens with (a quoted line, a quoted kicker).
OPEN_QUOTES = ("“", '"', "「", "『")


def is_chinese(ch: str) -> bool:
    """Han characters and the punctuation that only lives in Chinese text."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x3000 <= o <= 0x303F  # CJK symbols and punctuation
        or 0xFF01 <= o <= 0xFF60  # full-width forms
        or 0x2460 <= o <= 0x24FF  # ①②: numbered pictures and points in Chinese text
        or ch in "“”‘’…—·"
        or 0x20000 <= o <= 0x2FFFF
    )


def is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF


# The scripts a minority-language paper prints beside Chinese (its name, a word and its gloss):
# Tibetan, Mongolian, the Arabic script of Uyghur and Kazakh (its presentation forms too), Hangul
# and Yi.
_REGIONAL_SCRIPTS = (
    (0x0F00, 0x0FFF),
    (0x1800, 0x18AF),
    (0x0600, 0x06FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x1100, 0x11FF),
    (0x3130, 0x318F),
    (0xAC00, 0xD7AF),
    (0xA000, 0xA4CF),
)
# A Tibetan syllable: its letters, stacked and with their vowel signs, up to the tsheg that closes
# it (the tsheg and the shad are marks of no letter's width)
_TIBETAN_SYLLABLE = compile_pattern(r"[\u0f40-\u0fbc]+")


def in_regional_script(ch: str) -> bool:
    """The character is of one of the scripts printed beside Chinese in China's regions
    (``_REGIONAL_SCRIPTS``), neither Han nor Latin."""
    o = ord(ch)
    return any(low <= o <= high for low, high in _REGIONAL_SCRIPTS)


def regional_script_line(text: str) -> bool:
    """The text is wholly in a regional script (མངའ་རིས་ཚགས་པར།, a paper's name in Tibetan), its
    words and marks set apart by spaces at most: no Han character, figure or Latin letter."""
    letters = compact(text)
    return bool(letters) and all(in_regional_script(ch) for ch in letters)


def syllable_length(text: str) -> int:
    """How many characters the text reads as, a Tibetan syllable (བཀྲ་, a stack of letters and its
    vowel closed by the tsheg) one, as each transliterates one Han character (བཀྲ་ཤིས་, 扎西):
    a Tibetan word is as long as its gloss, not as its code points."""
    tibetan = _TIBETAN_SYLLABLE.findall(text)
    marks = sum(1 for ch in text if 0x0F01 <= ord(ch) <= 0x0F14)
    return len(text) - sum(len(syllable) - 1 for syllable in tibetan) - marks


def _neighbour(text: str, i: int, step: int) -> str:
    """The nearest non-space character from i (exclusive) in direction step, or ''."""
    i += step
    while 0 <= i < len(text):
        if text[i] not in _SPACES:
            return text[i]
        i += step
    return ""


def _chinese_context(text: str, i: int) -> bool:
    before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
    if before and is_chinese(before):
        return True
    # At a line edge the one neighbour there decides; a mark alone stays ASCII.
    return bool(after) and is_chinese(after)


_ASCII_MARKS = compile_pattern(r"[,:;!?()]")


def normalise_punctuation(text: str) -> str:
    """ASCII , : ; ! ? ( ) " -> full-width where a neighbour is Chinese; spaces around them dropped."""
    text = _curl_quotes(text)
    marks = [m.start() for m in _ASCII_MARKS.finditer(text)]
    if not marks:
        return _tighten(text)
    chars = list(text)
    # Parentheses are decided as pairs: Chinese inside or on either side makes both full-width.
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for i in marks:
        if text[i] == "(":
            stack.append(i)
        elif text[i] == ")" and stack:
            pairs[stack.pop()] = i
    for open_i, close_i in pairs.items():
        if _pair_touches_chinese(text, open_i, close_i):
            chars[open_i] = "（"
            chars[close_i] = "）"
    paired = set(pairs) | set(pairs.values())
    for i in marks:
        c = text[i]
        if i in paired:
            continue
        if c in ",:;" and _is_between_digits(text, i):
            continue
        if c == ":" and text[i + 1 : i + 3] == "//":
            continue
        if _chinese_context(text, i):
            chars[i] = _FULL[c]
    return _tighten("".join(chars))


def _pair_touches_chinese(text: str, open_i: int, close_i: int) -> bool:
    """A bracket or quote pair belongs to Chinese text: Chinese inside it or on either side."""
    before, after = _neighbour(text, open_i, -1), _neighbour(text, close_i, 1)
    return (
        any(is_chinese(c) for c in text[open_i + 1 : close_i])
        or bool(before and is_chinese(before))
        or bool(after and is_chinese(after))
    )


def _curl_quotes(text: str) -> str:
    """ "楼道议事会" -> “楼道议事会”: ASCII double quotes taken in pairs, left to right.

    A pair with Chinese inside or beside it curls; an odd last quote (a quotation cut by a
    column break) waits until the paragraph is rejoined and cleaned again.
    """
    if text.count('"') < 2:  # most lines: no pair to curl, and no walk over every character
        return text
    quotes = [i for i, c in enumerate(text) if c == '"']
    chars = list(text)
    for open_i, close_i in zip(quotes[::2], quotes[1::2], strict=False):
        if _pair_touches_chinese(text, open_i, close_i):
            chars[open_i], chars[close_i] = "“", "”"
    return "".join(chars)


def _is_between_digits(text: str, i: int) -> bool:
    return (
        0 < i < len(text) - 1
        and text[i - 1].isascii()
        and text[i - 1].isdigit()
        and (text[i + 1].isascii() and text[i + 1].isdigit())
    )


_TIGHT_RE = compile_pattern(
    rf"[{_SPACES}]+(?=[{re.escape(_FULLWIDTH_TIGHT)}])|(?<=[{re.escape(_FULLWIDTH_TIGHT)}])[{_SPACES}]+"
)


def _has_space(text: str) -> bool:
    """Whether text holds one of _SPACES: the only characters _TIGHT_RE and _HAN_SPACE_HAN remove.

    Most lines hold none, and four C scans cost far less than either regex trying every position
    (the two were ~5 M instructions of a plain epub of the seed's ~456 M)."""
    return " " in text or "\t" in text or "\u3000" in text or "\u00a0" in text


def _tighten(text: str) -> str:
    return _TIGHT_RE.sub("", text) if _has_space(text) else text


_HAN_SPACE_HAN = compile_pattern(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60“”‘’…—·])"
    r"[ \t\u3000\u00a0]+"
    r"(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60“”‘’…—·])"
)


def drop_chinese_spaces(text: str) -> str:
    """Remove print line-break spaces between Chinese characters (入选第六届 全国… -> 入选第六届全国…)."""
    return _HAN_SPACE_HAN.sub("", text) if _has_space(text) else text


# Residue of a web or CMS export: HTML tags of text and block formatting (only these names, so real text
# such as PM2.5<35 or a<b stays) and character references ending in ``;`` (so AT&T stays).
_MARKUP_TAG = compile_pattern(
    r"<(?:/(?:{names})\s*|(?:{names})(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))*\s*/?)>".format(
        names="br|p|div|span|font|b|i|u|em|strong|sup|sub|small|big|center|section|article"
        # a CMS's heads, quotes, lists and figures: <h2>标题</h2>, <li>…</li>
        "|h[1-6]|blockquote|li|ul|ol|figure|figcaption|header|footer|mark"
    ),
    re.IGNORECASE,
)
_CHAR_REF = compile_pattern(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# What a decoded reference may not put inside a line: a line break or a control character.
_REF_BLANKS = compile_pattern(r"[\x00-\x1f\x7f\x85\u2028\u2029\u00a0]")


def _decode_reference(m: re.Match[str]) -> str:
    import html  # only a page with references pays for html's entity table

    decoded = html.unescape(m.group())
    return decoded if decoded != m.group() else m.group()


def strip_markup(line: str) -> str:
    """One page line without HTML residue: ``&nbsp;`` ``&amp;`` ``&quot;`` decoded, ``<br>``
    ``<p>`` ``</p>`` dropped (as a space: they stood between words), line count unchanged.

    Tags go before references are decoded and again after, so an escaped ``&lt;br&gt;`` is
    residue too; a reference that decodes to a break or control character becomes a space.
    """
    if "&" not in line and "<" not in line:
        return line
    line = _MARKUP_TAG.sub(" ", line)
    if "&" in line:
        line = _REF_BLANKS.sub(" ", _CHAR_REF.sub(_decode_reference, line))
        line = _MARKUP_TAG.sub(" ", line)
    return line


def compact(text: str) -> str:
    """The text without any whitespace (str.split's whitespace is re's \\s)."""
    return "".join(text.split())


def bracket_depth(text: str) -> int:
    """Round brackets the text opens and leaves open (full or half width); below 0, brackets it
    closes that it never opened (the tail of a bracket wrapped from the line above)."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def whole_quotation(text: str) -> bool:
    """The line is one quotation from its opening mark to its closing one (“有一种幸福叫家门口的好戏”,
    “老年人也要跟上时代。”): someone's words, or a kicker's voice, never a title or a caption."""
    t = compact(text)
    return len(t) > 1 and t.startswith("“") and t.endswith("”") and "“" not in t[1:-1]


def clean_text(text: str) -> str:
    """Published form of running text: full-width punctuation, no stray spaces inside Chinese."""
    return drop_chinese_spaces(normalise_punctuation(text.strip(_SPACES)))


SENTENCE_FINAL = "。！？!?…"
# the marks closing a sentence in the regional scripts (``_REGIONAL_SCRIPTS``): the Tibetan shad and
# double shad, the Mongolian full stop, the Arabic script's full stop and question mark
_REGIONAL_STOPS = "\u0f0d\u0f0e\u1803\u06d4\u061f"
# a mark that ends a sentence or a clause as long as one (a phrase or a poster's line has none)
SENTENCE_MARK = compile_pattern(r"[。！？；!?;]")
_CLOSERS = "”’」』）)》"
# …the simplest ones. / …and so did I.: an English sentence's full stop after a word set apart in
# a run of Latin words (a bilingual page, a quoted line); not an abbreviation's point (Mr., etc.),
# nor a figure's or an address's (5., www.)
_LATIN_STOP = compile_pattern(r"(?:^|[\s　])(?:[A-Za-z'’-]+[,;]? ){1,}(?P<word>[A-Za-z'’-]+)\.$")
_LATIN_ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "st", "no", "etc", "vs", "jr", "sr", "prof", "co", "ltd", "inc", "www", "al")
)


def ends_sentence(text: str) -> bool:
    """True when text ends a sentence: 。！？… possibly followed by closing quotes/brackets.

    (On a page printed with ASCII marks, a point after a Chinese character or a closing quote,
    …好价钱." / …增长超过30%., is its full stop: a figure's decimal point never ends a line's text.)"""
    t = text.rstrip(_SPACES)
    point = t.rstrip(_CLOSERS + "\"'")
    if len(point) >= 2 and point[-1] == "." and (is_han(point[-2]) or point[-2] in _CLOSERS + "\"'%％"):
        return True
    if point[-1:] in _REGIONAL_STOPS or (
        len(point) >= 2 and point[-1] in ".?!" and in_regional_script(point[-2])
    ):
        # ཕ་ཡུལ་གྱི་ཆུ་བོ་གཙང་ལ་དྭངས།: the Tibetan shad closes the sentence, as 。 does; a point after a
        # Hangul or Uyghur word closes it as it does after an English one
        return True
    latin = _LATIN_STOP.search(point[-80:]) if point[-1:] == "." else None
    if latin is not None and latin.group("word").lower() not in _LATIN_ABBREVIATIONS:
        return True
    while t and t[-1] in _CLOSERS:
        t = t[:-1]
        if t and t[-1] in SENTENCE_FINAL:
            return True
    return bool(t) and t[-1] in SENTENCE_FINAL
