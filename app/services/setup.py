"""First start: the facility profile and the first administrator, in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Facility, User
from app.db.uow import UnitOfWorkFactory
from app.domain.roles import Role
from app.errors import Conflict, ValidationError
from app.services.actor import SYSTEM
from app.services.clock import Clock, system_clock
from app.services.facility import FacilityProfile, save_profile, validate_profile
from app.services.users import NewUser, add_user, validate_new_user
from app.text import QT_TRANSLATE_NOOP

# Other parts (e.g. the certificate signing key) add steps that run inside the setup transaction.
SetupHook = Callable[[Session, Clock], None]
_setup_hooks: list[SetupHook] = []


def register_setup_hook(hook: SetupHook) -> None:
    if hook not in _setup_hooks:
        _setup_hooks.append(hook)


def run_setup_hooks(session: Session, clock: Clock) -> None:
    for hook in _setup_hooks:
        hook(session, clock)


class SetupService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow_factory
        self._clock = clock

    def is_needed(self) -> bool:
        with self._uow() as uow:
            has_facility = uow.session.scalar(select(Facility.id).limit(1)) is not None
            has_user = uow.session.scalar(select(User.id).limit(1)) is not None
            return not (has_facility and has_user)

    def problems(self, profile: FacilityProfile, admin_username: str, admin_full_name: str,
                 admin_password: str) -> dict[str, str]:  # fmt: skip
        """What `complete` would refuse, field by field; nothing is written."""
        admin = NewUser(admin_username, admin_full_name, Role.ADMIN, admin_password)
        with self._uow() as uow:
            return _problems(uow.session, profile, admin)

    def complete(self, profile: FacilityProfile, admin_username: str, admin_full_name: str,
                 admin_password: str) -> None:  # fmt: skip
        """Write the profile and the first admin; every field problem is reported at once."""
        if not self.is_needed():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "Sibina sudah disiapkan sebelumnya."))
        admin = NewUser(admin_username, admin_full_name, Role.ADMIN, admin_password)
        with self._uow() as uow:
            uow.lock_for_write()
            errors = _problems(uow.session, profile, admin)
            if errors:
                raise ValidationError(errors)
            save_profile(uow.session, SYSTEM, profile, self._clock)
            add_user(uow.session, SYSTEM, admin, self._clock)
            run_setup_hooks(uow.session, self._clock)
            uow.commit()


def _problems(session, profile: FacilityProfile, admin: NewUser) -> dict[str, str]:
    errors = validate_profile(profile)
    errors.update({f"admin_{k}": v for k, v in validate_new_user(session, admin).items()})
    return errors
