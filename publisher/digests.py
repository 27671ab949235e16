"""SHA-256 digests and name-based UUIDs without importing ``hashlib``.

``import hashlib`` loads OpenSSL (``_hashlib``): ~11 M instructions, 2% of a plain ``epub`` of a
page, for hashing a few kilobytes.  CPython's own hash modules (those ``hashlib`` falls back to
without OpenSSL, and which ``random`` imports the same way) give the same digests; ``hashlib``
stays the fallback on an interpreter without them.
"""

from __future__ import annotations

import uuid

try:
    from _sha2 import sha256 as _sha256  # type: ignore[import-not-found]  # CPython 3.12+
except ImportError:
    try:
        from _sha256 import sha256 as _sha256  # type: ignore[import-not-found,no-redef]  # CPython 3.11
    except ImportError:  # pragma: no cover - another interpreter
        from hashlib import sha256 as _sha256  # type: ignore[assignment]
try:
    from _sha1 import sha1 as _sha1  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - another interpreter
    from hashlib import sha1 as _sha1  # type: ignore[assignment]


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hexadecimal, as ``hashlib.sha256(data).hexdigest()``."""
    return _sha256(data).hexdigest()  # type: ignore[no-any-return]


def uuid5(namespace: uuid.UUID, name: str) -> uuid.UUID:
    """``uuid.uuid5(namespace, name)``, whose SHA-1 would import ``hashlib``: the same steps (RFC 4122)."""
    digest = _sha1(namespace.bytes + name.encode("utf-8")).digest()
    return uuid.UUID(bytes=digest[:16], version=5)
