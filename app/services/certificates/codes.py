"""Verification codes and the signed QR payload.

Code: 12 random characters (secrets) from an alphabet without look-alikes (no 0/O, 1/I/L),
printed in groups of four ("K7QM-2XHD-9WPA"); about 59 bits, so guessing is hopeless.

Payload: `SIBINA1|<number>|<code>|<name>|<YYYY-MM-DD>|<signature>`, where the signature is
Ed25519 over everything before the last `|`, in unpadded base64url. Compact enough for a
QR code a phone or a cheap scanner reads from paper.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
PREFIX = "SIBINA1"
SEP = "|"


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def display_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalize_code(text: str) -> str:
    """What a person typed (any case, spaces or dashes) -> the stored form."""
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def clean_name(name: str) -> str:
    """Names go into the payload; the separator and line breaks must not."""
    return " ".join(name.replace(SEP, "/").split())


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if b64url(data) != text:  # unused low bits changed: not the text we signed
        raise ValueError("non-canonical base64")
    return data


@dataclass(frozen=True)
class Payload:
    number: str
    code: str
    name: str
    issued_on: date
    signature: str

    @property
    def message(self) -> bytes:
        return signed_message(self.number, self.code, self.name, self.issued_on)

    def text(self) -> str:
        return self.message.decode("utf-8") + SEP + self.signature


def signed_message(number: str, code: str, name: str, issued_on: date) -> bytes:
    return SEP.join((PREFIX, number, code, clean_name(name), issued_on.isoformat())).encode()


def sign(key: Ed25519PrivateKey, number: str, code: str, name: str, issued_on: date) -> Payload:
    signature = b64url(key.sign(signed_message(number, code, name, issued_on)))
    return Payload(number, code, clean_name(name), issued_on, signature)


def looks_like_payload(text: str) -> bool:
    return SEP in text


def parse_payload(text: str) -> Payload | None:
    """The payload's parts, or None if it is not well formed (treated as forged)."""
    parts = text.strip().split(SEP)
    if len(parts) < 6 or parts[0] != PREFIX:
        return None
    number, code = parts[1], parts[2]
    name = SEP.join(parts[3:-2])
    if clean_name(name) != name:  # the signer never emits this form
        return None
    try:
        issued_on = date.fromisoformat(parts[-2])
    except ValueError:
        return None
    if len(parts[-2]) != 10:
        return None
    return Payload(number, code, name, issued_on, parts[-1])


def signature_ok(public_key: Ed25519PublicKey, payload: Payload) -> bool:
    try:
        public_key.verify(unb64url(payload.signature), payload.message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True
