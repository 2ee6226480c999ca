"""Property tests of verification codes and the signed QR payload (no database)."""

from __future__ import annotations

from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.certificates.codes import (
    ALPHABET,
    CODE_LENGTH,
    display_code,
    new_code,
    normalize_code,
    parse_payload,
    sign,
    signature_ok,
)
from app.services.certificates.kinds import pattern_problem

KEY = Ed25519PrivateKey.generate()
PUBLIC = KEY.public_key()

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1,
                max_size=60).filter(lambda s: s.strip())  # fmt: skip
numbers = st.from_regex(r"[0-9]{4}/[A-Z-]{2,8}/[A-Z0-9.-]{2,10}/20[0-9]{2}", fullmatch=True)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def test_codes_are_long_random_and_unambiguous():
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in list(codes)[:50]:
        assert len(code) == CODE_LENGTH >= 10 and set(code) <= set(ALPHABET)
        assert normalize_code(display_code(code).lower()) == code
    assert not set(ALPHABET) & set("0O1IL")


@settings(max_examples=150, deadline=None)
@given(number=numbers, name=names, on=dates, data=st.data())
def test_payload_round_trip_and_any_single_change_is_detected(number, name, on, data):
    payload = sign(KEY, number, new_code(), name, on)
    text = payload.text()
    parsed = parse_payload(text)
    assert parsed == payload and signature_ok(PUBLIC, parsed)
    i = data.draw(st.integers(0, len(text) - 1))
    replacement = data.draw(st.characters(codec="utf-8", exclude_categories=("Cs",)))
    if replacement == text[i]:
        return
    changed = text[:i] + replacement + text[i + 1 :]
    tampered = parse_payload(changed)
    assert tampered is None or not signature_ok(PUBLIC, tampered)


@given(st.text(max_size=40))
def test_pattern_check_never_crashes(pattern):
    problem = pattern_problem(pattern)
    assert problem is None or isinstance(problem, str)
