"""Password hashing (Argon2id) and the password rule."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.text import QT_TRANSLATE_NOOP

MIN_LENGTH = 8
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_problem(password: str) -> str | None:
    """The message template for a password that breaks the rule, or None when it is fine."""
    if len(password) < MIN_LENGTH:
        return QT_TRANSLATE_NOOP("errors", "Kata sandi minimal 8 karakter.")
    if password.strip() != password:
        return QT_TRANSLATE_NOOP("errors", "Kata sandi tidak boleh diawali atau diakhiri spasi.")
    if password.isdigit() or password.isalpha():
        return QT_TRANSLATE_NOOP("errors", "Kata sandi harus memuat huruf dan angka.")
    return None
