"""Errors that reach people. Messages are Indonesian templates marked for translation.

`template` stays untranslated so the UI can look up its English form; `message` is the Indonesian
text with the parameters filled in (what the CLI prints).
"""

from __future__ import annotations

from typing import Any

from app.text import QT_TRANSLATE_NOOP


class SibinaError(Exception):
    """Base of every error a person may see."""

    default_template = QT_TRANSLATE_NOOP("errors", "Terjadi kesalahan.")

    def __init__(self, template: str | None = None, **params: Any) -> None:
        self.template = template or self.default_template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class PermissionDenied(SibinaError):
    default_template = QT_TRANSLATE_NOOP("errors", "Anda tidak berwenang melakukan tindakan ini.")


class NotFound(SibinaError):
    default_template = QT_TRANSLATE_NOOP("errors", "Data tidak ditemukan.")


class Conflict(SibinaError):
    default_template = QT_TRANSLATE_NOOP("errors", "Data bentrok dengan data yang sudah ada.")


class AuthError(SibinaError):
    default_template = QT_TRANSLATE_NOOP("errors", "Nama pengguna atau kata sandi salah.")


class DatabaseProblem(SibinaError):
    default_template = QT_TRANSLATE_NOOP("errors", "Basis data tidak dapat dibuka.")


class Cancelled(SibinaError):
    default_template = QT_TRANSLATE_NOOP("errors", "Dibatalkan oleh pengguna.")


class ValidationError(SibinaError):
    """One or more fields are wrong. `field_errors` maps a field name to its message templates,
    so a form can show every problem next to its field at once; `field_params` holds the values
    of a field's template that has placeholders (e.g. {"days": {"most": 180}})."""

    default_template = QT_TRANSLATE_NOOP("errors", "Periksa kembali isian yang ditandai.")

    def __init__(
        self,
        field_errors: dict[str, str] | None = None,
        template: str | None = None,
        *,
        field_params: dict[str, dict[str, Any]] | None = None,
        **params: Any,
    ) -> None:
        self.field_errors = dict(field_errors or {})
        self.field_params = {
            k: v for k, v in (field_params or {}).items() if k in self.field_errors
        }
        super().__init__(template, **params)

    def field_message(self, field: str) -> str:
        """The field's message with its values filled in (untranslated); a message without
        values is as it is (it may show braces, e.g. a pattern's {nomor})."""
        params = self.field_params.get(field)
        text = self.field_errors[field]
        return text.format(**params) if params else text

    @property
    def message(self) -> str:
        base = self.template.format(**self.params)
        if not self.field_errors:
            return base
        details = "; ".join(f"{field}: {self.field_message(field)}" for field in self.field_errors)
        return f"{base} ({details})"
