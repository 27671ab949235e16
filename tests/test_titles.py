"""Names for untitled items: a phrase from the text, never a mid-word cut when a phrase exists."""

from __future__ import annotations

import pytest

from publisher.titles import short_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("东湖夜景如画。", "东湖夜景如画"),
        (
            "在当湖街道东湖社区，志愿者为老人理发、量血压，现场还开展了防诈骗宣传。",
            "在当湖街道东湖社区",
        ),
        ("“书画作品”展出。观众络绎不绝。", "“书画作品”展出"),
        ("“我们要把村子建设得更美。”", "我们要把村子建设得更美"),
        ("沈建华在工作室编织竹篮。", "沈建华在工作室编织竹篮"),
        (
            "当湖街道东湖社区志愿者为辖区老人义务理发测量血压并开展防诈骗宣传活动。",
            "当湖街道东湖社区志愿者为辖区老人义务理发测量血压…",
        ),
        (
            "2月3日上午，市图书馆推出“书香过大年”系列活动，共开展各类活动20余场。",
            "市图书馆推出“书香过大年”系列活动",
        ),
        (
            "近日，市市场监管局开展节后食品安全专项检查，共检查经营户120家。",
            "市市场监管局开展节后食品安全专项检查",
        ),
        ("", ""),
    ],
)
def test_short_title(text: str, title: str) -> None:
    assert short_title(text) == title
