"""Who is acting: the logged-in user as the services see them."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.roles import Permission, Role, has_permission
from app.errors import PermissionDenied
from app.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)


# Writes made by the program itself (first-start setup, scheduled backups) are audited as this.
SYSTEM = Actor(user_id=None, username="sistem", full_name="Sistem Sibina", role=Role.ADMIN)


def require(actor: Actor, permission: Permission) -> None:
    """Raise PermissionDenied unless the actor's role grants `permission`."""
    if not actor.can(permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Peran {role} tidak berwenang untuk tindakan ini ({permission})."
            ),
            role=actor.role.value,
            permission=permission.value,
        )
