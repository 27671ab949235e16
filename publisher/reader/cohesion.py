"""Whether two stretches of text tell the same story: the words (Han character pairs) the text
under a line shares with the story above it.

A story that goes on after a subhead names again the people, places and things it named above
(王女士, 物业, 供热); a new story printed under it without a byline names its own.  Character
pairs stand in for words (no lexicon is loaded); a pair the two stretches merely happen to share
(记者, 今年) counts too, which the thresholds allow for.
"""

from __future__ import annotations

from publisher.punctuation import is_han

# The text under the line shares at least this many pairs with the story above, and at least
# this share of its own pairs: two stories side by side share a few common pairs (今年, 同比,
# 记者), a story and its own next part share its names and things.
_SHARED_MIN = 6
_SHARED_RATIO = 0.1


def han_pairs(text: str) -> set[str]:
    """The pairs of adjacent Han characters in ``text``."""
    return {text[k : k + 2] for k in range(len(text) - 1) if is_han(text[k]) and is_han(text[k + 1])}


def goes_on_with(above: str, below: str) -> bool:
    """``below`` (the text under a line) names again what ``above`` (the story so far) named."""
    under = han_pairs(below)
    if not under:
        return False
    shared = len(under & han_pairs(above))
    return shared >= _SHARED_MIN and shared >= _SHARED_RATIO * len(under)
