"""Logging in and changing one's own password. Five failed attempts lock an account 15 minutes."""

from __future__ import annotations

import math
from datetime import timedelta

from sqlalchemy import select

from app.db.models import User
from app.db.uow import UnitOfWorkFactory
from app.domain.roles import Role
from app.errors import AuthError, ValidationError
from app.services import audit
from app.services.actor import Actor
from app.services.clock import Clock, system_clock
from app.services.entitlement import require_current, still_entitled
from app.services.passwords import hash_password, password_problem, verify_password
from app.services.users import is_locked, normal_username
from app.text import QT_TRANSLATE_NOOP

MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = timedelta(minutes=15)


def actor_of(user: User) -> Actor:
    return Actor(
        user_id=user.id, username=user.username, full_name=user.full_name, role=Role(user.role)
    )


class AuthService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow_factory
        self._clock = clock

    def login(self, username: str, password: str) -> Actor:
        """The actor for valid credentials; AuthError (wrong, locked, disabled) otherwise.
        Failed attempts and locks are written and audited even though login fails."""
        now = self._clock()
        with self._uow() as uow:
            uow.lock_for_write()
            name = normal_username(username)  # stored in lower case: "Budi.S" is budi.s
            user = uow.session.scalar(select(User).where(User.username == name))
            if user is None:
                audit.record(uow.session, name or "?", "login_failed", "user", "",
                             after={"reason": "unknown user"}, clock=self._clock)  # fmt: skip
                uow.commit()
                raise AuthError()
            if is_locked(user.locked_until, now):
                # Round up: 15:00 left reads "15 menit", and so does 14:01.
                minutes = max(1, math.ceil((user.locked_until - now).total_seconds() / 60))
                raise AuthError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Akun {username} terkunci karena terlalu banyak percobaan gagal. "
                        "Coba lagi dalam {minutes} menit atau hubungi admin.",
                    ),
                    username=user.username,
                    minutes=minutes,
                )
            if not verify_password(user.password_hash, password):
                self._register_failure(uow, user, now)
                uow.commit()
                if is_locked(user.locked_until, now):
                    raise AuthError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Kata sandi salah {attempts} kali. Akun {username} dikunci {minutes} menit.",
                        ),
                        attempts=MAX_FAILED_ATTEMPTS,
                        username=user.username,
                        minutes=int(LOCK_DURATION.total_seconds() // 60),
                    )
                left = MAX_FAILED_ATTEMPTS - user.failed_attempts
                raise AuthError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Nama pengguna atau kata sandi salah. Sisa percobaan: {left}.",
                    ),
                    left=left,
                )
            if not user.active:
                raise AuthError(
                    QT_TRANSLATE_NOOP("errors", "Akun {username} dinonaktifkan. Hubungi admin."),
                    username=user.username,
                )
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            audit.record(uow.session, user.username, "login", "user", user.id, clock=self._clock)
            uow.commit()
            return actor_of(user)

    def _register_failure(self, uow, user: User, now) -> None:
        user.failed_attempts += 1
        locked = user.failed_attempts >= MAX_FAILED_ATTEMPTS
        if locked:
            user.locked_until = now + LOCK_DURATION
            user.failed_attempts = 0
        audit.record(
            uow.session, user.username, "account_locked" if locked else "login_failed", "user",
            user.id, clock=self._clock,
        )  # fmt: skip

    def still_entitled(self, actor: Actor) -> bool:
        """The actor's account is still active with the role of the login."""
        with self._uow() as uow:
            return still_entitled(uow.session, actor)

    def must_change_password(self, actor: Actor) -> bool:
        with self._uow() as uow:
            user = uow.session.get(User, actor.user_id)
            return bool(user and user.must_change_password)

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        with self._uow() as uow:
            uow.lock_for_write()
            require_current(uow.session, actor)
            user = uow.session.get(User, actor.user_id)
            if user is None:
                raise AuthError()
            errors: dict[str, str] = {}
            if not verify_password(user.password_hash, old_password):
                errors["old_password"] = QT_TRANSLATE_NOOP("errors", "Kata sandi lama salah.")
            problem = password_problem(new_password)
            if problem:
                errors["new_password"] = problem
            elif new_password == old_password:
                errors["new_password"] = QT_TRANSLATE_NOOP(
                    "errors", "Kata sandi baru harus berbeda dari yang lama."
                )
            if errors:
                raise ValidationError(errors)
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            audit.record(
                uow.session, actor.username, "password_changed", "user", user.id, clock=self._clock
            )  # checked at the start: require_current
            uow.commit()
