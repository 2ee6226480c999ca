"""What the ceremony-programme part of the remission service takes and returns: the run sheet
(agenda items), the invited guests and the recipients' attendance. Frozen values, never ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.text import QT_TRANSLATE_NOOP


class AttendanceStatus:
    HADIR = "hadir"
    TIDAK_HADIR = "tidak_hadir"
    IZIN = "izin"
    SAKIT = "sakit"


ATTENDANCE_STATUSES = (
    AttendanceStatus.HADIR,
    AttendanceStatus.TIDAK_HADIR,
    AttendanceStatus.IZIN,
    AttendanceStatus.SAKIT,
)
# Printed papers use these as they are (Indonesian); screens translate them in "remission".
ATTENDANCE_LABELS = {
    AttendanceStatus.HADIR: QT_TRANSLATE_NOOP("remission", "Hadir"),
    AttendanceStatus.TIDAK_HADIR: QT_TRANSLATE_NOOP("remission", "Tidak hadir"),
    AttendanceStatus.IZIN: QT_TRANSLATE_NOOP("remission", "Izin"),
    AttendanceStatus.SAKIT: QT_TRANSLATE_NOOP("remission", "Sakit"),
}


def minutes(hhmm: str) -> int:
    """Minutes since midnight of a stored "HH:MM" time."""
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


@dataclass(frozen=True)
class AgendaInput:
    start_time: str  # "HH:MM" (also accepted: "8:30", "08.30")
    activity: str
    end_time: str = ""  # optional, after the start
    performer: str = ""  # who performs or speaks
    note: str = ""


@dataclass(frozen=True)
class AgendaItemDTO:
    id: int
    ceremony_id: str
    position: int  # 0, 1, 2, ... in run-sheet order
    start_time: str
    end_time: str
    activity: str
    performer: str
    note: str

    @property
    def duration_minutes(self) -> int | None:
        if not self.end_time:
            return None
        return minutes(self.end_time) - minutes(self.start_time)


@dataclass(frozen=True)
class GuestInput:
    name: str
    office: str = ""  # position or institution, e.g. "Wali Kota Pekalongan"
    role: str = ""  # at the ceremony, e.g. "menyerahkan SK remisi secara simbolis"
    attended: bool | None = None  # None: not known yet
    note: str = ""


@dataclass(frozen=True)
class GuestDTO:
    id: int
    ceremony_id: str
    position: int
    name: str
    office: str
    role: str
    attended: bool | None
    note: str


@dataclass(frozen=True)
class AttendanceEntry:
    inmate_id: str
    status: str  # ATTENDANCE_STATUSES, or "" to clear what was recorded
    note: str = ""


@dataclass(frozen=True)
class AttendanceLine:
    """A recipient (a granted line of the ceremony) with what was recorded for them."""

    inmate_id: str
    reg_number: str
    full_name: str
    block: str
    cell: str
    status: str  # "" when not recorded
    note: str
    recorded_by: str
    recorded_at: datetime | None
