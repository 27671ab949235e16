"""Short names for items print left untitled, shared by every writer.

An untitled photo still needs a name: in the e-book's navigation and
contents, in the audio opening and in a player's track list.  It is taken
from the caption's first sentence or clause (在当湖街道东湖社区), never cut
mid-word unless nothing shorter exists.
"""

from __future__ import annotations

import re

from publisher.punctuation import SENTENCE_FINAL

SHORT_TITLE_MAX = 24
_SENTENCE = re.compile(rf"[^{SENTENCE_FINAL}]+")
_CLAUSE_END = re.compile(r"[，,；;：:]")


def short_title(text: str, limit: int = SHORT_TITLE_MAX) -> str:
    """The first sentence if it fits, else its first clause if that is a phrase, else a cut with …"""
    found = _SENTENCE.search(" ".join(text.split()))
    sentence = found.group(0).strip(" “”\"") if found else ""
    if len(sentence) <= limit:
        return sentence
    clause = _CLAUSE_END.split(sentence, maxsplit=1)[0]
    if 4 <= len(clause) <= limit:
        return clause
    return sentence[:limit] + "…"
