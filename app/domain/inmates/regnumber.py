"""The written form of registration numbers, a facility setting in a small pattern language.

Facilities write numbers differently ("B.I-123/2025", "AIII.45/2025"), so the form is a pattern:

    {kode}    a registration code, with or without dots, any case of the letters as in the
              table (A.I ... A.V, B.I, B.IIa, B.IIb, B.III, SH, MT, C; "AIII" = "A.III")
    {nomor}   a serial number, 1 to 6 digits
    {tahun}   a year, 4 digits
    [-.]      any ONE of the characters listed between the brackets
    other     itself (letters, digits, '/', '-', '.', spaces)

The default `{kode}[-.]{nomor}/{tahun}` accepts both examples above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.inmates.codes import RegCode
from app.text import QT_TRANSLATE_NOOP

DEFAULT_PATTERN = "{kode}[-.]{nomor}/{tahun}"
_TOKEN = re.compile(r"\{(\w+)\}|\[([^\]]+)\]|(.)", re.DOTALL)
_CODE_FORMS = sorted(
    {form for code in RegCode for form in (code.value, code.value.replace(".", ""))},
    key=len,
    reverse=True,
)
_PIECES = {
    "kode": "(?P<kode>" + "|".join(re.escape(f) for f in _CODE_FORMS) + ")",
    "nomor": r"(?P<nomor>\d{1,6})",
    "tahun": r"(?P<tahun>\d{4})",
}
_DESCRIPTIONS = {
    "kode": ("kode registrasi (mis. B.I atau BI)", "registration code (e.g. B.I or BI)"),
    "nomor": ("nomor urut 1-6 angka", "serial number of 1-6 digits"),
    "tahun": ("tahun 4 angka", "4-digit year"),
}


class PatternError(ValueError):
    """The pattern itself is malformed; `message` is a translatable template."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RegNumberPattern:
    source: str
    regex: re.Pattern[str]

    def matches(self, number: str) -> bool:
        return self.regex.fullmatch(number.strip()) is not None

    def parts(self, number: str) -> dict[str, str]:
        found = self.regex.fullmatch(number.strip())
        return {k: v for k, v in found.groupdict().items() if v} if found else {}

    def describe(self, lang: str = "id") -> str:
        return describe_pattern(self.source, lang)


def compile_pattern(source: str) -> RegNumberPattern:
    """Compile a pattern; PatternError on unknown tokens, a token used twice, or no {nomor}."""
    text = source.strip()
    if not text:
        raise PatternError(QT_TRANSLATE_NOOP("errors", "Pola nomor registrasi kosong."))
    parts: list[str] = []
    seen: set[str] = set()
    for token, chars, literal in _TOKEN.findall(text):
        if token:
            if token not in _PIECES:
                raise PatternError(
                    QT_TRANSLATE_NOOP("errors", "Pola hanya mengenal {kode}, {nomor} dan {tahun}.")
                )
            if token in seen:
                raise PatternError(
                    QT_TRANSLATE_NOOP("errors", "Setiap bagian pola hanya boleh dipakai sekali.")
                )
            seen.add(token)
            parts.append(_PIECES[token])
        elif chars:
            parts.append("[" + "".join(re.escape(c) for c in chars) + "]")
        else:
            parts.append(re.escape(literal))
    if "nomor" not in seen:
        raise PatternError(QT_TRANSLATE_NOOP("errors", "Pola harus memuat {nomor}."))
    return RegNumberPattern(text, re.compile("".join(parts), re.IGNORECASE))


def describe_pattern(source: str, lang: str = "id") -> str:
    """A sentence people can read: 'kode registrasi ..., lalu "-" atau ".", lalu ...'."""
    index = 1 if lang == "en" else 0
    then, orr = (", then ", " or ") if lang == "en" else (", lalu ", " atau ")
    pieces: list[str] = []
    literal = ""
    for token, chars, char in _TOKEN.findall(source.strip()):
        if char:
            literal += char
            continue
        if literal:
            pieces.append(f'"{literal}"')
            literal = ""
        if token:
            pieces.append(_DESCRIPTIONS.get(token, ("?", "?"))[index])
        else:
            pieces.append(orr.join(f'"{c}"' for c in chars))
    if literal:
        pieces.append(f'"{literal}"')
    return then.join(pieces)


def example_number(source: str, code: str = "B.I", serial: int = 123, year: int = 2025) -> str:
    """A number written in the pattern (the first listed character of each [..] choice)."""
    out: list[str] = []
    for token, chars, char in _TOKEN.findall(source.strip()):
        if token:
            out.append({"kode": code, "nomor": str(serial), "tahun": str(year)}.get(token, ""))
        else:
            out.append(chars[:1] if chars else char)
    return "".join(out)


_LEADING_CODE = re.compile(
    "(" + "|".join(re.escape(f) for f in _CODE_FORMS) + r")(?![A-Za-z])", re.IGNORECASE
)


def code_in_number(number: str) -> str | None:
    """The registration code a number starts with ("AII.2/2025" -> "A.II"), if any."""
    found = _LEADING_CODE.match(number.strip())
    if not found:
        return None
    key = found.group(1).replace(".", "").upper()
    for code in RegCode:
        if code.value.replace(".", "").upper() == key:
            return code.value
    return None


SORT_DIGITS = 12  # a digit run padded to this many: 9 sorts before 10


def number_sort_key(number: str) -> str:
    """The order people read registration numbers in: "B.I-2/2025" before "B.I-10/2025" (each
    run of digits compared as a number, letters without case)."""
    return re.sub(r"\d+", lambda m: m.group().zfill(SORT_DIGITS), number.strip().upper())


def number_key(number: str) -> str:
    """The same registration number however its separators are written: "A.II-87/2026",
    "AII.87/2026" and "aii 87 2026" are all "AII872026". Codes are letters, serials and years
    digits, so two different numbers of a facility's pattern never share a key."""
    return "".join(c for c in number if c.isalnum()).upper()
