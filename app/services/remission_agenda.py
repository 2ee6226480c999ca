"""The run sheet's checks and its default template, without a session: times as "HH:MM", the
agenda and guest inputs cleaned and validated (Indonesian messages per field), and the typical
ceremony programme kept as data in resources/templates/susunan_acara_remisi.json.

The template lists items with `offset` (minutes after the start) and `duration` (minutes); text
may use {city} and {facility}, filled from the facility profile.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.paths import resource_path
from app.services.remission_programme_dto import AgendaInput, GuestInput, minutes
from app.text import QT_TRANSLATE_NOOP

TEMPLATE = ("templates", "susunan_acara_remisi.json")
TIME_RE = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
DAY = 24 * 60

BAD_TIME = QT_TRANSLATE_NOOP("errors", "Tulis jam dengan format JJ:MM, mis. 08:30.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "Terlalu panjang.")
LIMITS = {"activity": 300, "performer": 300, "name": 200, "office": 200, "role": 300}


def parse_time(text: str) -> str | None:
    """ "8:30", "08:30" or "08.30" -> "08:30"; None when it is not a time of day."""
    match = TIME_RE.match(text.strip())
    if match is None:
        return None
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def at(start: str, offset: int) -> str:
    """The "HH:MM" `offset` minutes after `start` (the caller keeps it within the day)."""
    total = minutes(start) + offset
    return f"{total // 60:02d}:{total % 60:02d}"


def _check_lengths(values: dict[str, str], errors: dict[str, str]) -> None:
    for field, value in values.items():
        if field in LIMITS and len(value) > LIMITS[field]:
            errors.setdefault(field, TOO_LONG)


def clean_agenda(item: AgendaInput) -> AgendaInput:
    """The input trimmed, times as "HH:MM"; ValidationError names every wrong field."""
    errors: dict[str, str] = {}
    start = parse_time(item.start_time)
    if not item.start_time.strip():
        errors["start_time"] = QT_TRANSLATE_NOOP("errors", "Jam mulai wajib diisi, mis. 08:00.")
    elif start is None:
        errors["start_time"] = BAD_TIME
    end = parse_time(item.end_time) if item.end_time.strip() else ""
    if end is None:
        errors["end_time"] = BAD_TIME
    elif end and start and minutes(end) <= minutes(start):
        errors["end_time"] = QT_TRANSLATE_NOOP("errors", "Jam selesai harus sesudah jam mulai.")
    clean = AgendaInput(start or "", item.activity.strip(), end or "", item.performer.strip(),
                        item.note.strip())  # fmt: skip
    if not clean.activity:
        errors["activity"] = QT_TRANSLATE_NOOP("errors", "Acara wajib diisi.")
    _check_lengths({"activity": clean.activity, "performer": clean.performer}, errors)
    if errors:
        raise ValidationError(errors)
    return clean


def clean_guest(guest: GuestInput) -> GuestInput:
    clean = replace(guest, name=guest.name.strip(), office=guest.office.strip(),
                    role=guest.role.strip(), note=guest.note.strip())  # fmt: skip
    errors: dict[str, str] = {}
    if not clean.name:
        errors["name"] = QT_TRANSLATE_NOOP("errors", "Nama tamu wajib diisi.")
    _check_lengths({"name": clean.name, "office": clean.office, "role": clean.role}, errors)
    if errors:
        raise ValidationError(errors)
    return clean


@dataclass(frozen=True)
class AgendaTemplate:
    default_start: str
    items: tuple[dict[str, Any], ...]  # offset, duration, activity, performer, note

    def expand(self, start: str, city: str, facility: str) -> list[AgendaInput]:
        """The items timed from `start`; ValidationError when the programme would pass midnight."""
        last = max((i["offset"] + i.get("duration", 0) for i in self.items), default=0)
        if minutes(start) + last >= DAY:
            raise ValidationError(
                {"start_time": QT_TRANSLATE_NOOP("errors", "Susunan acara melewati tengah malam.")}
            )
        fields = {"city": city, "facility": facility}

        def text(item: dict[str, Any], key: str) -> str:
            return str(item.get(key, "")).format_map(fields)

        return [
            AgendaInput(
                start_time=at(start, item["offset"]),
                end_time=at(start, item["offset"] + item["duration"])
                if item.get("duration")
                else "",
                activity=text(item, "activity"),
                performer=text(item, "performer"),
                note=text(item, "note"),
            )
            for item in self.items
        ]


def load_template(path: Path) -> AgendaTemplate:
    data = json.loads(path.read_text(encoding="utf-8"))
    start = parse_time(str(data.get("default_start", "08:00"))) or "08:00"
    template = AgendaTemplate(start, tuple(data["items"]))
    for item in template.items:
        if not isinstance(item.get("offset"), int) or not str(item.get("activity", "")).strip():
            raise ValueError(f"{path}: setiap acara perlu offset (menit) dan activity")
    try:  # only {city} and {facility} may stand in the texts
        template.expand(start, "kota", "fasilitas")
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from exc
    return template


@lru_cache(maxsize=1)
def default_template() -> AgendaTemplate:
    """The shipped template, read once per process."""
    return load_template(resource_path(*TEMPLATE))
