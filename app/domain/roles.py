"""Roles of the people who use Sibina, and what each may do.

The permission table is data in one place; services check it (app.services.permissions), the UI
only reads it to hide what a role cannot use.
"""

from __future__ import annotations

from enum import StrEnum

from app.text import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADMIN = "admin"
    REGISTRASI = "registrasi"
    PEMBINAAN = "pembinaan"
    PERTANIAN = "pertanian"
    PENDIDIKAN = "pendidikan"
    PERPUSTAKAAN = "perpustakaan"
    PIMPINAN = "pimpinan"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.REGISTRASI: QT_TRANSLATE_NOOP("roles", "Registrasi"),
    Role.PEMBINAAN: QT_TRANSLATE_NOOP("roles", "Pembinaan"),
    Role.PERTANIAN: QT_TRANSLATE_NOOP("roles", "Pertanian"),
    Role.PENDIDIKAN: QT_TRANSLATE_NOOP("roles", "Pendidikan"),
    Role.PERPUSTAKAAN: QT_TRANSLATE_NOOP("roles", "Perpustakaan"),
    Role.PIMPINAN: QT_TRANSLATE_NOOP("roles", "Pimpinan (baca & setujui)"),
}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    EDIT_FACILITY = "edit_facility"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    LOAD_DEMO = "load_demo"
    VIEW_REGISTER = "view_register"
    EDIT_REGISTER = "edit_register"
    VIEW_CERTIFICATES = "view_certificates"
    ISSUE_CERTIFICATES = "issue_certificates"
    REVOKE_CERTIFICATES = "revoke_certificates"
    VIEW_REMISSION = "view_remission"
    EDIT_REMISSION = "edit_remission"
    APPROVE = "approve"
    EDIT_RULES = "edit_rules"


_ALL_VIEW = {
    Permission.VIEW_REGISTER,
    Permission.VIEW_CERTIFICATES,
    Permission.VIEW_REMISSION,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission) - {Permission.APPROVE},
    Role.REGISTRASI: frozenset(_ALL_VIEW | {Permission.EDIT_REGISTER, Permission.BACKUP}),
    Role.PEMBINAAN: frozenset(
        _ALL_VIEW
        | {
            Permission.EDIT_REMISSION,
            Permission.ISSUE_CERTIFICATES,
            Permission.REVOKE_CERTIFICATES,
            Permission.BACKUP,
        }
    ),
    # Programme roles see only their own programme's people, never the whole register
    # (UU 27/2022: the minimum personal data).
    Role.PERTANIAN: frozenset({Permission.VIEW_CERTIFICATES, Permission.ISSUE_CERTIFICATES}),
    Role.PENDIDIKAN: frozenset({Permission.VIEW_CERTIFICATES, Permission.ISSUE_CERTIFICATES}),
    Role.PERPUSTAKAAN: frozenset({Permission.VIEW_CERTIFICATES, Permission.ISSUE_CERTIFICATES}),
    Role.PIMPINAN: frozenset(_ALL_VIEW | {Permission.APPROVE, Permission.VIEW_AUDIT}),
}


# The agencies' programme roles: they see only what their own programme did (its certificates).
PROGRAMME_ROLES = frozenset({Role.PERTANIAN, Role.PENDIDIKAN, Role.PERPUSTAKAAN})


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
