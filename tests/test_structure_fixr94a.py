"""Failure classes round 94 showed on a commentary page (issue 10, r94a): a cartoon printed as its
title over its maker's line (“减负” / 林　涛　绘), perhaps under its column's label (漫话校园),
between the commentaries and a column of headless one-liners.  Snippets written for these tests in
the style of a trade paper's opinion page (invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.nothing_lost import read_items

# --------------------------------------- a cartoon's title over its maker's 绘 line, under its label

_LABELLED_CARTOON = """校园午休，要有一张床
□ 周明远
　　不少学校推行“躺睡”午休，学生在教室里铺开折叠床，下午上课精神头足了不少。
　　（作者系江南省青溪县某小学校长）

漫话校园
“减负”
林　涛　绘

短评快语
　　●图书角不该只是摆设，借阅记录比书
架更能说明问题。
　　●放学后的托管服务，重在“管”好，更
要“托”稳。
"""


def test_a_cartoons_title_over_its_maker_under_its_label_is_a_photo() -> None:
    items = read_items(_LABELLED_CARTOON)
    photo = next(it for it in items if isinstance(it, Photo))
    assert (photo.source.first, photo.source.last) == (6, 8)
    assert photo.title == "“减负”"
    assert not photo.caption
    assert photo.byline is not None and not photo.byline.photographers
    story = next(it for it in items if isinstance(it, Article))
    assert story.source.last == 4
    briefs = [it for it in items if isinstance(it, Article) and it.source.first >= 10]
    assert [b.kicker for b in briefs] == ["短评快语", "短评快语"]
    assert [b.source.first for b in briefs] == [10, 13]


_BARE_CARTOON = """课堂提问，别只问“会不会”
□ 郑晓岚
　　一节课问上几十个“会不会”“懂不懂”，学生齐声回答，看似热闹，实则流于形式。

“刷题”之外
何　宁　绘
"""


def test_a_cartoons_title_over_its_maker_alone_is_a_photo() -> None:
    items = read_items(_BARE_CARTOON)
    photo = next(it for it in items if isinstance(it, Photo))
    assert (photo.source.first, photo.source.last) == (5, 6)
    assert photo.title == "“刷题”之外"
    assert photo.byline is not None and not photo.byline.photographers
    story = next(it for it in items if isinstance(it, Article))
    assert story.source.last == 3
