"""The time source services use, so tests can move time (e.g. past an account lock)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Naive UTC now (what the database stores)."""
    return datetime.now(UTC).replace(tzinfo=None)
