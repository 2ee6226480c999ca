"""Importing inmates from a spreadsheet, all or nothing.

Every row is read and checked first (cells, record rules, the facility's number pattern, numbers
and NIKs repeated in the file or clashing with other people). If any row is wrong, nothing is
written and every problem is reported with its row as the sheet numbers it (the header is row 1),
its column's header and the message. A row whose NIK or registration number is already in the
register updates that person (an empty cell keeps what is there) and the report says what would
change; the same file imported twice changes nothing the second time.
Two guards keep an update from rewriting the wrong person or their history: a row matched on the
NIK alone (the number is not in the register) must carry that person's name (else the NIK is
taken for a typo, not a renumbering), and a row may not change a recorded person's status (that
is a status action, with its event and papers).
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.models import Inmate
from app.domain.inmates.record import DetentionData, InmateData, to_plain
from app.domain.inmates.regnumber import number_key
from app.domain.inmates.rules import clean_record, validate_record
from app.domain.roles import Permission
from app.exchange.inmates_columns import BY_KEY
from app.exchange.inmates_read import ParsedRow, Table, TableError, parse_rows, read_table
from app.services.actor import Actor, require
from app.services.audit import record_many as audit_many
from app.services.inmates_bulk import insert_inmates
from app.services.inmates_dto import ImportChange, ImportIssue, ImportReport
from app.services.inmates_store import audit_view, move_placement, read_record, write_record
from app.services.inmates_write import DUPLICATE_NIK, DUPLICATE_NUMBER, load_pattern, pattern_for
from app.services.progress import NullProgress, Progress
from app.text import QT_TRANSLATE_NOOP

CHECKING = QT_TRANSLATE_NOOP("inmates", "Memeriksa")
WRITING = QT_TRANSLATE_NOOP("inmates", "Menulis")
REPEATED = QT_TRANSLATE_NOOP("errors", "Sama dengan baris {row} di berkas ini.")
_LOOKUP_CHUNK = 500
NIK_OF_SOMEONE_ELSE = QT_TRANSLATE_NOOP(
    "errors",
    "NIK ini milik {reg_number} ({name}); nomor registrasi dan nama di baris ini lain. Periksa "
    "NIK-nya.",
)
STATUS_BY_ACTION = QT_TRANSLATE_NOOP(
    "errors",
    "Status WBP yang sudah tercatat tidak diubah lewat impor: pakai tindakan status di data WBP "
    "(putusan, bebas, pindah, meninggal), yang mencatat riwayat dan dokumennya.",
)


NEW_BY_STATUS_ACTION = QT_TRANSLATE_NOOP(
    "errors",
    "Orang yang bebas, pindah atau meninggal tidak dapat ditambahkan lewat impor (tanggal, "
    "alasan dan tujuannya tidak ada di berkas): impor sebagai tahanan atau narapidana, lalu "
    "catat lewat tindakan status di data WBP.",
)
CODE_NOT_PROPOSED = QT_TRANSLATE_NOOP(
    "errors",
    "Kosong, dan tidak dapat diusulkan: tulis kodenya (mis. A.I atau B.I). Untuk narapidana "
    "kode diusulkan dari Jenis Pidana dan lama pidana.",
)
# record fields no column holds: those a status action records, and those several columns make
_STATUS_RECORD = frozenset({"release_date", "release_reason", "transfer_destination",
                            "death_date"})  # fmt: skip
_SHOWN_AT = {"cases": ("case.verdict_number",), "detention.stage": ("reg_code",),
             "case.sentence": ("case.sentence_years", "case.sentence_months",
                               "case.sentence_days")}  # fmt: skip


def _column_of(key: str, headers: dict[str, str]) -> str:
    """Domain field keys (cases.0.x, detentions.0.y) to the spreadsheet's column keys; a field
    without a column of its own is shown at a column the file has (else the template's)."""
    parts = key.split(".")
    if parts[0] == "cases" and len(parts) == 3:
        key = "case." + parts[2]
    elif parts[0] == "detentions" and len(parts) == 3:
        key = "detention." + parts[2]
    elif key in _STATUS_RECORD:
        key = "status"
    shown = _SHOWN_AT.get(key, (key,))
    return next((column for column in shown if column in headers), shown[0])


def _check_issues(
    row: int, found: dict[str, str], headers: dict[str, str], bad_cells: set[str]
) -> list[ImportIssue]:
    """The record checks' problems of a row at its columns, each once; none where the cell
    itself could not be read (that problem is reported already)."""
    issues: dict[tuple[str, str], ImportIssue] = {}
    for key, message in found.items():
        column = _column_of(key, headers)
        if key in _STATUS_RECORD:
            message = NEW_BY_STATUS_ACTION
        if column not in bad_cells:
            issues.setdefault((column, message), ImportIssue(row, _label(column, headers),
                                                             message))  # fmt: skip
    return list(issues.values())


def _label(key: str, headers: dict[str, str]) -> str:
    if key in headers:
        return headers[key]
    column = BY_KEY.get(key)
    return column.header_id if column else key


def merge(existing: InmateData, incoming: InmateData, present: frozenset[str]) -> InmateData:
    """The existing record updated with the non-empty cells of a row; cases and detention
    periods are matched by verdict number / start date, discipline entries are kept."""
    values = {f.name: getattr(incoming, f.name) for f in fields(incoming) if f.name in present}
    merged = replace(existing, **values)
    cases = list(existing.cases)
    for case in incoming.cases:
        same = [i for i, c in enumerate(cases) if c.verdict_number == case.verdict_number
                or not c.verdict_number]  # fmt: skip
        if same:
            cases[same[0]] = case
        else:
            cases.append(case)
    periods = {p.start: p for p in existing.detentions}
    for period in _targeted(existing.detentions, incoming.detentions, present):
        periods[period.start] = period
    return replace(merged, cases=tuple(cases), detentions=tuple(sorted(periods.values(),
                                                                       key=lambda p: p.start)))  # fmt: skip


def _targeted(
    existing: tuple[DetentionData, ...],
    incoming: tuple[DetentionData, ...],
    present: frozenset[str],
) -> tuple[DetentionData, ...]:
    """A row without "Mulai Penahanan" (the app's own export has only the end) speaks of the
    current period: its end and kind update the latest one, no period is added from the
    admission date."""
    if "detention.start" in present or not existing or not incoming:
        return incoming
    latest = max(existing, key=lambda p: p.start)
    period = incoming[0]
    return (replace(latest, end=period.end if "detention.end" in present else latest.end,
                    kind=period.kind if "detention.kind" in present else latest.kind),)  # fmt: skip


def diff(before: InmateData, after: InmateData) -> dict[str, tuple[Any, Any]]:
    old, new = to_plain(before), to_plain(after)
    return {k: (old[k], new[k]) for k in new if old.get(k) != new[k]}


class InmateImport:
    """Mixed into InmateService (which provides _uow, _clock)."""

    def read_import_table(self, actor: Actor, path: Path) -> Table:
        require(actor, Permission.EDIT_REGISTER)
        return read_table(path)

    def import_file(
        self,
        actor: Actor,
        path: Path,
        dry_run: bool = False,
        mapping: dict[int, str] | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        require(actor, Permission.EDIT_REGISTER)
        return self.import_table(actor, read_table(path), dry_run, mapping, progress)

    def import_table(
        self,
        actor: Actor,
        table: Table,
        dry_run: bool = False,
        mapping: dict[int, str] | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        require(actor, Permission.EDIT_REGISTER)
        progress = progress or NullProgress()
        try:
            parsed = parse_rows(table, mapping)
        except TableError as exc:  # about the header row (1) as a whole: no column to name
            return ImportReport(len(table.rows), (ImportIssue(1, "", str(exc)),), (), False)
        headers = self._headers(table, mapping)
        total = len(parsed)
        today = self._clock().date()
        with self._uow() as uow:
            session = uow.session
            pattern = load_pattern(session)
            issues: list[ImportIssue] = []
            warnings: list[ImportIssue] = []
            records: list[tuple[ParsedRow, InmateData]] = []
            progress.update(0, total * 2, CHECKING)
            for row in parsed:
                for key, message, params in row.errors:
                    issues.append(ImportIssue(row.row, _label(key, headers), message, params))
                records.append((row, clean_record(row.data)))
            existing = self._existing(session, [d for _, d in records])
            plan = self._plan(session, records, existing, headers, issues)
            bad_cells = {row.row: {key for key, _, _ in row.errors} for row in parsed}
            for index, (change, (target, data)) in enumerate(plan):  # as stored (merged)
                if index % 500 == 499:
                    progress.update(index, total * 2, CHECKING)
                check = validate_record(data, today, pattern_for(pattern, data.reg_number, target))
                errors = check.errors
                if not data.reg_code and "reg_code" in errors:  # empty, and nothing follows
                    errors = {**errors, "reg_code": CODE_NOT_PROPOSED}
                issues += _check_issues(change.row, errors, headers, bad_cells[change.row])
                warnings += _check_issues(change.row, check.warnings, headers, set())
            issues.sort(key=lambda issue: issue.row)
            changes = tuple(change for change, _ in plan)
            if issues or dry_run:
                progress.update(1, 1, CHECKING)  # all done: nothing is written
                return ImportReport(total, tuple(issues), changes, False, tuple(warnings))
            progress.update(total, total * 2, CHECKING)
            self._write(session, actor, plan, progress, total)
            progress.update(total * 2, total * 2, "")
            uow.commit()
            return ImportReport(total, (), changes, True, tuple(warnings))

    @staticmethod
    def _headers(table: Table, mapping: dict[int, str] | None) -> dict[str, str]:
        from app.exchange.inmates_columns import match_headers

        columns = match_headers(table.headers) if mapping is None else mapping
        return {key: table.headers[i] for i, key in columns.items() if i < len(table.headers)}

    @staticmethod
    def _existing(session, records: list[InmateData]) -> dict[str, Inmate]:
        """Inmates already in the register with one of the file's numbers or NIKs, keyed by
        'reg:<number>' and 'nik:<nik>'."""
        found: dict[str, Inmate] = {}
        numbers = [d.reg_number for d in records if d.reg_number]
        niks = [d.nik for d in records if d.nik]
        # Two indexed IN lookups per chunk (an OR of both would scan the whole table).
        for column, values in ((Inmate.reg_number, numbers), (Inmate.nik, niks)):
            for start in range(0, len(values), _LOOKUP_CHUNK):
                stmt = select(Inmate).where(column.in_(values[start : start + _LOOKUP_CHUNK]))
                for row in session.scalars(stmt):
                    found[f"reg:{row.reg_number}"] = row
                    if row.nik:
                        found[f"nik:{row.nik}"] = row
        # a number written with other separators (A.II-87/2026 for AII.87/2026) is that person
        missing = {number_key(n): n for n in numbers if f"reg:{n}" not in found}
        missing.pop("", None)
        if missing:
            ids = {row.id: missing[key] for row in session.execute(select(Inmate.id, Inmate.reg_number))
                   if (key := number_key(row.reg_number)) in missing}  # fmt: skip
            chosen = list(ids)
            for start in range(0, len(chosen), _LOOKUP_CHUNK):
                stmt = select(Inmate).where(Inmate.id.in_(chosen[start : start + _LOOKUP_CHUNK]))
                for row in session.scalars(stmt):
                    found[f"reg:{ids[row.id]}"] = row
                    if row.nik:
                        found.setdefault(f"nik:{row.nik}", row)
        return found

    def _plan(self, session, records, existing, headers, issues):
        plan: list[tuple[ImportChange, tuple[Inmate | None, InmateData]]] = []
        seen_numbers: dict[str, int] = {}
        seen_niks: dict[str, int] = {}
        for row, data in records:
            for value, seen, key in ((number_key(data.reg_number), seen_numbers, "reg_number"),
                                     (data.nik, seen_niks, "nik")):  # fmt: skip
                if value and value in seen:
                    issues.append(ImportIssue(row.row, _label(key, headers), REPEATED,
                                              {"row": seen[value]}))  # fmt: skip
                elif value:
                    seen[value] = row.row
            by_nik = existing.get(f"nik:{data.nik}") if data.nik else None
            by_number = existing.get(f"reg:{data.reg_number}")
            target = by_nik or by_number
            if by_nik and by_number and by_nik.id != by_number.id:
                issues.append(ImportIssue(row.row, _label("reg_number", headers), DUPLICATE_NUMBER))
                continue
            if target is None:
                plan.append((ImportChange(row.row, data.reg_number, data.full_name, "create"),
                             (None, data)))  # fmt: skip
                continue
            if by_nik is None and data.nik and target.nik and target.nik != data.nik:
                issues.append(ImportIssue(row.row, _label("nik", headers), DUPLICATE_NIK))
                continue
            renumbered = number_key(data.reg_number) != number_key(target.reg_number)
            if (
                renumbered
                and by_number is None
                and not _same_name(data.full_name, target.full_name)
            ):
                # matched on the NIK alone, with another number and another name: a mistyped or
                # shared NIK, not this person renumbered (that would rewrite someone else)
                params = {"reg_number": target.reg_number, "name": target.full_name}
                issues.append(ImportIssue(row.row, _label("nik", headers), NIK_OF_SOMEONE_ELSE,
                                          params))  # fmt: skip
                continue
            if not renumbered:
                data = replace(data, reg_number=target.reg_number)  # the register's spelling
            before = read_record(session, target)
            after = clean_record(merge(before, data, row.present))
            if after.status != before.status:
                issues.append(ImportIssue(row.row, _label("status", headers), STATUS_BY_ACTION))
                continue
            changes = diff(before, after)
            action = "update" if changes else "same"
            plan.append((ImportChange(row.row, after.reg_number, after.full_name, action, changes),
                         (target, after)))  # fmt: skip
        return plan

    def _write(self, session, actor: Actor, plan, progress: Progress, total: int) -> None:
        now = self._clock()
        today = now.date()
        creates = [data for change, (_, data) in plan if change.action == "create"]
        ids = insert_inmates(session, creates, actor.username, now, today)
        events = [("inmate_imported", "inmate", inmate_id, None, audit_view(data, None))
                  for inmate_id, data in zip(ids, creates, strict=True)]  # fmt: skip
        done = len(creates)
        progress.update(total + done, total * 2, WRITING)
        for change, (target, data) in plan:
            if change.action != "update":
                continue
            before = audit_view(read_record(session, target), target.photo)
            write_record(session, target, data)
            target.updated_at = now
            move_placement(session, target, today, actor.username)
            events.append(("inmate_import_updated", "inmate", target.id, before,
                           audit_view(data, target.photo)))  # fmt: skip
            done += 1
            if done % 200 == 0:
                progress.update(total + done, total * 2, WRITING)
        audit_many(session, actor, events, now)


def _same_name(a: str, b: str) -> bool:
    """The same name but for case and spacing ("AHMAD  Fiktif" is "Ahmad Fiktif")."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
