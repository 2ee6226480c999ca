"""A stored reason as the user reads it: the engine's Indonesian text, or the same reason in
English when the UI is English (template and values translated).

The line keeps the text the engine wrote (reason_values.py explains why the values are not
stored apart); in English the values are read back from it, dates rewritten as English dates,
words of the engine (lebih dari, seumur hidup, 5 tahun 3 bulan) translated, numbers kept, and
the English template filled in. A religion, a holiday name and a table row label read as the
rule table's screen translates them (every religion, the shipped holidays and row labels); a
name an admin typed stays as the table has it. A text that cannot be read back is shown as
stored.
"""

from __future__ import annotations

import re

from app.domain.dates import long_date, parse_long_date
from app.domain.remission.decide import DURATION_UNITS
from app.domain.remission.reason_values import (
    DATE_FIELDS,
    DATE_LIST_FIELDS,
    TEXT_FIELDS,
    reason_values,
)
from app.domain.remission.reasons import CATALOGUE
from app.services.remission_corrections import CORRECTED_AFTER_LOCK
from app.services.remission_dto import ProposalLine, ReasonDTO
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.i18n import ui_language
from app.ui.remission.rules_fields import key_label, tr
from app.ui.remission.texts import remission_text

# describe() in decide.py: "5 tahun 3 bulan 2 hari"
DURATION_PART = re.compile(r"(\d+) (" + "|".join(DURATION_UNITS) + ")", re.ASCII)
# names from the rule table: holidays (RK_TABLE, RELIGION_MISMATCH) and table row labels
TABLE_NAME_FIELDS = frozenset({"holiday", "own", "occasion", "label"})
DURATION_WORDS = {  # unit -> (one, many)
    "tahun": (QT_TRANSLATE_NOOP("remission", "1 tahun"), QT_TRANSLATE_NOOP("remission", "{n} tahun")),
    "bulan": (QT_TRANSLATE_NOOP("remission", "1 bulan"), QT_TRANSLATE_NOOP("remission", "{n} bulan")),
    "hari": (QT_TRANSLATE_NOOP("remission", "1 hari"), QT_TRANSLATE_NOOP("remission", "{n} hari")),
}  # fmt: skip


def shown_reason_text(reason: ReasonDTO) -> str:
    """The reason's text in the UI language."""
    if ui_language() == "id":
        return reason.text
    entry = CATALOGUE.get(reason.code)  # (excludes, template)
    if entry is None:  # a reason of the service (e.g. the register is incomplete)
        return remission_text(reason.text)
    values = reason_values(reason.code, reason.text)
    if values is None:
        return reason.text
    shown = {name: _shown_value(name, value) for name, value in values.items()}
    return remission_text(entry[1]).format(**shown)


def _shown_value(name: str, value: str) -> str:
    if name in DATE_FIELDS:
        return _date(value)
    if name in DATE_LIST_FIELDS:
        return ", ".join(_date(part) for part in value.split(", "))
    if name == "sentence" and DURATION_PART.match(value):
        return _duration(value)
    if name == "exact":  # a decimal number: "152,5" (older texts: "152.5") reads "152.5"
        return value.replace(",", ".")
    if name == "religion":  # the register's value, e.g. 'lainnya'
        return key_label(value)
    if name in TABLE_NAME_FIELDS:  # a holiday name or a row label of the rule table
        return tr(value)
    if name in TEXT_FIELDS:  # a word of the engine (lebih dari, seumur hidup, RU)
        return remission_text(value)
    return value  # a number


def _date(text: str) -> str:
    found = parse_long_date(text)
    return long_date(found, ui_language()) if found is not None else text


def _duration(text: str) -> str:
    def part(match: re.Match[str]) -> str:
        n, unit = match.groups()
        one, many = DURATION_WORDS[unit]
        return remission_text(one) if n == "1" else remission_text(many).format(n=n)

    return DURATION_PART.sub(part, text)


def shown_justification(line: ProposalLine) -> str:
    """The staff's written justification of a changed line, as typed; the words a correction
    after the lock puts before it read in the UI language."""
    text = line.override_justification
    if text.startswith(CORRECTED_AFTER_LOCK):
        return remission_text(CORRECTED_AFTER_LOCK) + text[len(CORRECTED_AFTER_LOCK) :]
    return text
