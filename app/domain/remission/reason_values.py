"""Reading a reason's text back into the values it was made from, so that a stored reason can be
shown in another language.

A proposal line stores each reason as the engine wrote it: the Indonesian text (reasons.py
CATALOGUE) with its values filled in. The values are not stored a second time (thousands of
lines are written while staff wait); they are read back from the text with the code's own
template, where every field has a known shape: a number, a date as `long_date` writes it, a
list of such dates, or a short text (a table row label, a holiday name, a word such as
"lebih dari"). A text that does not fit its code's template (written by an older template)
reads as None and is shown as it was stored.
"""

from __future__ import annotations

import re
import string
from functools import cache

from app.domain.dates import LONG_DATE_ID
from app.domain.remission.reasons import CATALOGUE

NUMBER_FIELDS = frozenset(
    {"served", "minimum", "months", "nth", "days", "cap", "ru", "age", "substitute", "count",
     "year", "smaller"}
)  # fmt: skip
DATE_FIELDS = frozenset({"date", "start", "release", "main_end", "window_start"})
DATE_LIST_FIELDS = frozenset({"dates"})  # long dates joined by ", "
TEXT_FIELDS = frozenset(
    {"sentence", "condition", "religion", "own", "occasion", "kind", "label", "holiday", "exact",
     "fraction"}
)  # fmt: skip

_DATE = LONG_DATE_ID.pattern
_PATTERNS = {
    **dict.fromkeys(NUMBER_FIELDS, r"-?\d+"),
    **dict.fromkeys(DATE_FIELDS, _DATE),
    **dict.fromkeys(DATE_LIST_FIELDS, f"{_DATE}(?:, {_DATE})*"),
    **dict.fromkeys(TEXT_FIELDS, r".+?"),
}


@cache
def _pattern(code: str) -> re.Pattern[str]:
    """The template as a pattern (a field missing from the kinds above: KeyError)."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(CATALOGUE[code][1]):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P<{name}>{_PATTERNS[name]})")
    return re.compile("".join(parts), re.ASCII | re.DOTALL)


def reason_values(code: str, text: str) -> dict[str, str] | None:
    """The values (as written in the text) by field name; None when `text` is not the text of
    `code`'s template."""
    if code not in CATALOGUE:
        return None
    found = _pattern(code).fullmatch(text)
    return found.groupdict() if found is not None else None
