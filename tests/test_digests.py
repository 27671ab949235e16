"""publisher.digests gives what hashlib and uuid give (a plain epub imports no hashlib: test_inputs.py)."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from publisher.digests import sha256_hex, uuid5


@pytest.mark.parametrize("data", [b"", b"a", "平湖新闻　第3版".encode(), bytes(range(256)) * 300])
def test_sha256_is_hashlibs(data: bytes) -> None:
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("name", ["", "abc/plain", "嘉兴日报/pinyin", "x" * 5000])
def test_uuid5_is_uuids(name: str) -> None:
    namespace = uuid.UUID("2f0f8a52-3c55-5c8e-9d3b-6a1f0e0c7d41")
    assert uuid5(namespace, name) == uuid.uuid5(namespace, name)
    assert uuid5(uuid.NAMESPACE_URL, name) == uuid.uuid5(uuid.NAMESPACE_URL, name)
