"""How long work reports progress and learns it was cancelled, without knowing about Qt."""

from __future__ import annotations

from typing import Protocol

from app.errors import Cancelled


class Progress(Protocol):
    def update(self, done: int, total: int, message: str = "") -> None:
        """Report `done` of `total` steps; raises Cancelled when the user asked to stop."""


class NullProgress:
    """For callers that do not show progress (CLI, tests)."""

    def update(self, done: int, total: int, message: str = "") -> None:
        return None


class CancelToken:
    """A flag another thread sets; `update` raises Cancelled once it is set."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()
