"""Text that a spreadsheet would run as a formula (a name typed as "=HYPERLINK(...)" or
"@SUM(...)"): exported as plain text, and read back as it was typed.

XLSX cells carry their type, so such text is written as a string cell. CSV has no types: the
text gets a leading apostrophe (the usual defence, OWASP "CSV injection"), which the import
takes off again so that an exported list imports unchanged (text that starts with an apostrophe
gets one more, so every text reads back as it was)."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARDED_STARTS = (*FORMULA_STARTS, "'")


def runs_as_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def guarded_csv_text(text: str) -> str:
    return "'" + text if text.startswith(_GUARDED_STARTS) else text


def unguarded_text(text: str) -> str:
    """Undo `guarded_csv_text`: an apostrophe before a formula start or an apostrophe is taken
    off."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_GUARDED_STARTS) else text
