"""Fields inside found articles that rounds 5-27 lost (issue 10, tuned on), on snippets written for
these tests in the style of city and county papers (invented text, no blind page's):

- a credit set plain between the dateline and a sentence of its own (本报讯　记者 X　通讯员 Y　近日，…,
  or 记者X　通讯员Y　记者从…获悉) is the byline and out of the first paragraph, while a reporter
  named as the sentence's subject (本报讯 记者 X 从…获悉) keeps the name in it;
"""

from __future__ import annotations

from publisher.model import Article, Byline
from tests.test_structure_columns import _items

# ------------------------------------------------- a plain credit before a sentence of its own

_PLAIN_CREDIT = """老街夜市重新开张
本报讯　记者 顾 远　通讯员 钱 菁　近日，城南老街夜市在改造后重新开张，首批入驻摊位
62个。

河埠头修缮完工
本报讯　记者沈朵　通讯员陆一鸣　记者从市水利局获悉，城区12处河埠头修缮工程已全部完工。

社区食堂开进老小区
本报讯 记者 顾 远 从城东街道获悉，辖区第三家社区食堂昨天开门迎客。
"""


def test_a_plain_credit_before_a_sentence_is_the_byline() -> None:
    first, second, third = _items(_PLAIN_CREDIT)
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert first.byline == Byline(reporters=("顾远",), correspondents=("钱菁",))
    assert first.dateline == "本报讯"
    assert first.paragraphs[0].startswith("近日，城南老街夜市")
    assert second.byline == Byline(reporters=("沈朵",), correspondents=("陆一鸣",))
    assert second.paragraphs[0].startswith("记者从市水利局获悉")
    # the reporter is the sentence's subject: named in the byline and kept in the sentence
    assert third.byline == Byline(reporters=("顾远",))
    assert third.paragraphs[0].replace(" ", "").startswith("记者顾远从城东街道获悉")
