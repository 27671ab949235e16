"""Short names for items print left untitled, shared by every writer.

An untitled photo still needs a name: in the e-book's navigation and
contents, in the audio opening and in a player's track list.  It is taken
from the caption's first sentence or clause (在当湖街道东湖社区), never cut
mid-word unless nothing shorter exists.
"""

from __future__ import annotations

from publisher.dates import LEAD_TIME, PERIOD_WORDS
from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_FINAL

SHORT_TITLE_MAX = 24
_SENTENCE = compile_pattern(rf"[^{SENTENCE_FINAL}]+")
_CLAUSE_END = compile_pattern(r"[，,；;：:]")
_PERIODS = "|".join(PERIOD_WORDS)
_TIME_CLAUSE = compile_pattern(
    rf"^(?:(?:\d{{1,4}}年)?(?:\d{{1,2}}月)?(?:\d{{1,2}}[日号])?|{LEAD_TIME}|{_PERIODS})(?:上午|下午|晚上|晚|早上|中午)?$"
)


def short_title(text: str, limit: int = SHORT_TITLE_MAX) -> str:
    """The first sentence if it fits, else its first clause if that is a phrase, else a cut with …"""
    found = _SENTENCE.search(" ".join(text.split()))
    sentence = found.group(0).strip() if found else ""
    if sentence.startswith("“") and "”" not in sentence[1:-1]:
        sentence = sentence[1:].removesuffix("”")  # a quotation as the whole sentence: its words name it
    if len(sentence) <= limit:
        return sentence
    for clause in (c.strip() for c in _CLAUSE_END.split(sentence)):
        # a brief's opening time (近日，/ 2月3日上午，) says when, not what
        if len(clause) >= 4 and not _TIME_CLAUSE.match(clause):
            return clause if len(clause) <= limit else clause[:limit] + "…"
    return sentence[:limit] + "…"


def article_title(headline: str, kicker: str | None, paragraphs: tuple[str, ...]) -> str:
    """The headline; for a headless brief, a phrase of its text (a column name is not its title)."""
    if headline.strip():
        return " ".join(headline.split())
    for text in (*paragraphs, kicker or ""):
        if title := short_title(text):
            return title
    return ""
