"""`pinghu-publish voices`: the Chinese voices each engine offers, one per line."""

from __future__ import annotations

import sys
from collections.abc import Callable

from publisher.errors import PublisherError


def espeak_voice_lines() -> list[str]:
    from publisher.speech.espeak import DEFAULT_VOICE, espeak_chinese_voices

    lines = []
    for entry in espeak_chinese_voices():
        name, _, title = entry.partition("\t")
        mark = "  (default: reads the project's pinyin)" if name == DEFAULT_VOICE else ""
        lines.append(f"espeak\t{name}\t{title}{mark}")
    return lines


def kokoro_voice_lines() -> list[str]:
    from publisher.speech.kokoro.model import DEFAULT_KOKORO_VOICE, VOICE_DESCRIPTIONS, kokoro_voices

    lines = []
    for voice in kokoro_voices():
        mark = "  (default)" if voice == DEFAULT_KOKORO_VOICE else ""
        lines.append(f"kokoro\t{voice}\t{VOICE_DESCRIPTIONS.get(voice, 'Kokoro-82M')}{mark}")
    return lines


def edge_voice_lines() -> list[str]:
    from publisher.speech.edge import DEFAULT_EDGE_VOICE, list_edge_voices

    return [f"edge\t{v}{'  (default)' if v == DEFAULT_EDGE_VOICE else ''}" for v in list_edge_voices()]


def list_voices(engine: str = "all", notice: Callable[[str], None] | None = None) -> list[str]:
    """Lines ``engine<TAB>voice<TAB>description``.  With "all", an unreachable online
    service is one notice line (stderr) and the offline voices are still listed;
    with "edge" it is an error."""
    say = notice or (lambda line: print(line, file=sys.stderr))
    lines: list[str] = []
    if engine in ("all", "kokoro"):
        lines += kokoro_voice_lines()
    if engine in ("all", "espeak"):
        lines += espeak_voice_lines()
    if engine in ("all", "edge"):
        try:
            lines += edge_voice_lines()
        except PublisherError as e:
            if engine == "edge":
                raise PublisherError(f"the online speech service (edge) is unreachable: {e}") from None
            say(
                "notice: the online speech service (edge) is unreachable, "
                f"so only offline voices are listed ({e})"
            )
    return lines
