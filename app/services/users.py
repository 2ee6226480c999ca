"""User administration (admins): create, change role, disable, reset passwords."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.db.models import User
from app.db.uow import UnitOfWorkFactory
from app.domain.roles import Permission, Role
from app.errors import NotFound, ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.clock import Clock, system_clock
from app.services.entitlement import require_current
from app.services.passwords import hash_password, password_problem
from app.text import QT_TRANSLATE_NOOP

USERNAME_RE = re.compile(r"^[a-z0-9._-]{3,32}$")


@dataclass(frozen=True)
class UserDTO:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    role: Role | str
    password: str


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    """Whether a lock after failed logins still holds at `now`."""
    return locked_until is not None and locked_until > now


def to_dto(user: User) -> UserDTO:
    return UserDTO(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        active=user.active,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
    )


def _public(user: User) -> dict:
    """What the audit log keeps of a user (never the password hash)."""
    locked = user.locked_until.isoformat() if user.locked_until else None
    return {"username": user.username, "full_name": user.full_name, "role": user.role,
            "active": user.active, "locked_until": locked}  # fmt: skip


def normal_username(text: str) -> str:
    """A user name as stored and looked up: trimmed, lower case ("Budi.S " is "budi.s")."""
    return text.strip().lower()


def validate_new_user(session, data: NewUser) -> dict[str, str]:
    errors: dict[str, str] = {}
    username = normal_username(data.username)
    if not USERNAME_RE.match(username):
        errors["username"] = QT_TRANSLATE_NOOP(
            "errors", "Nama pengguna 3-32 karakter: huruf kecil, angka, titik, - atau _."
        )
    elif session.scalar(select(User.id).where(User.username == username)) is not None:
        errors["username"] = QT_TRANSLATE_NOOP("errors", "Nama pengguna sudah dipakai.")
    if not data.full_name.strip():
        errors["full_name"] = QT_TRANSLATE_NOOP("errors", "Nama lengkap wajib diisi.")
    if data.role not in {r.value for r in Role}:
        errors["role"] = QT_TRANSLATE_NOOP("errors", "Peran tidak dikenal.")
    problem = password_problem(data.password)
    if problem:
        errors["password"] = problem
    return errors


def add_user(session, actor: Actor | str, data: NewUser, clock: Clock = system_clock) -> User:
    """Validate and insert a user, audited, in the caller's transaction."""
    errors = validate_new_user(session, data)
    if errors:
        raise ValidationError(errors)
    user = User(
        username=normal_username(data.username),
        full_name=data.full_name.strip(),
        role=Role(data.role).value,
        password_hash=hash_password(data.password),
    )
    session.add(user)
    session.flush()
    audit.record(session, actor, "user_created", "user", user.id, after=_public(user), clock=clock)
    return user


class UserService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow_factory
        self._clock = clock

    def list_users(self, actor: Actor) -> list[UserDTO]:
        require(actor, Permission.MANAGE_USERS)
        with self._uow() as uow:
            return [to_dto(u) for u in uow.session.scalars(select(User).order_by(User.username))]

    def create_user(self, actor: Actor, data: NewUser) -> UserDTO:
        require(actor, Permission.MANAGE_USERS)
        with self._uow() as uow:
            uow.lock_for_write()
            user = add_user(uow.session, actor, data, self._clock)
            uow.commit()
            return to_dto(user)

    def set_role(self, actor: Actor, user_id: int, role: Role) -> UserDTO:
        require(actor, Permission.MANAGE_USERS)
        return self._change(actor, user_id, "user_role_changed", role=Role(role).value)

    def set_active(self, actor: Actor, user_id: int, active: bool) -> UserDTO:
        require(actor, Permission.MANAGE_USERS)
        if not active and user_id == actor.user_id:
            raise ValidationError(
                {
                    "active": QT_TRANSLATE_NOOP(
                        "errors", "Anda tidak dapat menonaktifkan akun sendiri."
                    )
                }
            )
        return self._change(
            actor, user_id, "user_enabled" if active else "user_disabled", active=active
        )

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> UserDTO:
        """Set a temporary password; the user must change it at the next login. Unlocks."""
        require(actor, Permission.MANAGE_USERS)
        problem = password_problem(new_password)
        if problem:
            raise ValidationError({"password": problem})
        return self._change(
            actor,
            user_id,
            "password_reset",
            password_hash=hash_password(new_password),
            must_change_password=True,
            failed_attempts=0,
            locked_until=None,
        )

    def unlock(self, actor: Actor, user_id: int) -> UserDTO:
        """End a lock after failed logins before its time runs out; the password stays."""
        require(actor, Permission.MANAGE_USERS)

        def must_be_locked(user: User) -> None:
            if not is_locked(user.locked_until, self._clock()):
                raise ValidationError(
                    {"locked": QT_TRANSLATE_NOOP("errors", "Akun ini tidak sedang terkunci.")}
                )

        return self._change(actor, user_id, "user_unlocked", must_be_locked,
                            failed_attempts=0, locked_until=None)  # fmt: skip

    def _change(
        self,
        actor: Actor,
        user_id: int,
        action: str,
        precondition: Callable[[User], None] | None = None,
        **values,
    ) -> UserDTO:
        """Set `values` on the user and audit it, in one transaction; `precondition` may refuse
        the change from the row as it is then (under the write lock)."""
        with self._uow() as uow:
            uow.lock_for_write()
            require_current(uow.session, actor)  # before the change: it may be the actor's own
            user = uow.session.get(User, user_id)
            if user is None:
                raise NotFound()
            if precondition is not None:
                precondition(user)
            before = _public(user)
            for name, value in values.items():
                setattr(user, name, value)
            uow.flush()
            if not self._any_active_admin(uow.session):
                field = "active" if "active" in values else "role"
                raise ValidationError(
                    {
                        field: QT_TRANSLATE_NOOP(
                            "errors", "Harus tetap ada minimal satu admin aktif."
                        )
                    }
                )
            # by name: checked above, before the change (require_current)
            audit.record(uow.session, actor.username, action, "user", user.id, before=before,
                         after=_public(user), clock=self._clock)  # fmt: skip
            uow.commit()
            return to_dto(user)

    @staticmethod
    def _any_active_admin(session) -> bool:
        stmt = select(User.id).where(User.role == Role.ADMIN.value, User.active.is_(True))
        return session.scalar(stmt.limit(1)) is not None
