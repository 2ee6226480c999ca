"""Whether the person acting still holds the account they logged in with.

An admin may deactivate a user or change their role while that user is logged in (in another
window or on another PC sharing the database). The Actor keeps the role of the login, so every
write checks the account again in its own transaction: `audit.record` does it, because every
write is audited. A changed or disabled account writes nothing more.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import User
from app.errors import PermissionDenied
from app.services.actor import Actor
from app.text import QT_TRANSLATE_NOOP

ACCOUNT_CHANGED = QT_TRANSLATE_NOOP(
    "errors",
    "Akun {username} telah dinonaktifkan atau perannya diubah oleh admin sejak Anda masuk: "
    "tidak ada yang disimpan. Keluar, lalu masuk lagi.",
)


def still_entitled(session: Session, actor: Actor) -> bool:
    """True for the program itself (no user id) and for an active account with the same role."""
    if actor.user_id is None:
        return True
    row = session.execute(
        select(User.role, User.active).where(User.id == actor.user_id)
    ).one_or_none()
    return row is not None and bool(row.active) and row.role == actor.role.value


def require_current(session: Session, actor: Actor) -> None:
    """Raise PermissionDenied (the transaction then rolls back) unless `still_entitled`."""
    if not still_entitled(session, actor):
        raise PermissionDenied(ACCOUNT_CHANGED, username=actor.username)
