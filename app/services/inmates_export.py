"""Exporting the current (filtered) list: XLSX, CSV, and a printed PDF list."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from app.domain.dates import long_date
from app.domain.inmates.codes import STATUS_LABELS, Status
from app.domain.roles import Permission
from app.domain.terbilang import thousands
from app.exchange.inmates_write import export_headers, export_values, write_csv, write_xlsx
from app.reports.table_document import Column, render_table_pdf
from app.services import audit
from app.services.actor import Actor, require
from app.services.entitlement import require_current
from app.services.facility import FacilityService
from app.services.inmates_dto import ACTIVE, InmateFilter, InmateRow
from app.services.progress import NullProgress, Progress

SEX_WORDS = {"L": "laki-laki", "P": "perempuan"}
PDF_LIMIT = 20_000  # a printed list beyond this is not useful; the export files have no limit


class InmateExport:
    """Mixed into InmateService (which provides _uow, _clock)."""

    def export_list(
        self,
        actor: Actor,
        flt: InmateFilter,
        path: Path,
        lang: str = "id",
        progress: Progress | None = None,
    ) -> int:
        """Write the list to `path` (.xlsx or .csv by suffix); returns the number of rows."""
        require(actor, Permission.VIEW_REGISTER)
        self._require_current(actor)  # no file written by an account changed meanwhile
        progress = progress or NullProgress()
        total = self.count(actor, flt)

        def rows():
            for index, row in enumerate(self.iter_rows(actor, flt)):
                if index % 1000 == 0:
                    progress.update(index, total)
                yield export_values(row)

        writer = write_csv if path.suffix.lower() == ".csv" else write_xlsx
        count = writer(path, export_headers(lang), rows())
        self._audit_list(actor, "inmates_exported", flt, count, str(path.resolve()))
        return count

    def list_pdf(
        self, actor: Actor, flt: InmateFilter, title: str = "DAFTAR WARGA BINAAN"
    ) -> bytes:
        """The list as a printed document on the facility's letterhead."""
        require(actor, Permission.VIEW_REGISTER)
        self._require_current(actor)
        facility = FacilityService(self._uow, self._clock).get()
        today = self._clock().date()
        rows = [
            _pdf_row(n, row)
            for n, row in enumerate(self.iter_rows(actor, flt), start=1)
            if n <= PDF_LIMIT
        ]
        self._audit_list(actor, "inmates_list_printed", flt, len(rows), title)
        columns = [
            Column("No.", 0.5, "RIGHT"), Column("No. Registrasi", 1.6), Column("Nama", 3),
            Column("L/P", 0.5, "CENTER"), Column("Status", 1.2), Column("Kode", 0.8),
            Column("Blok/Kamar", 1.1), Column("Tgl. Masuk", 1.5),
        ]  # fmt: skip
        return render_table_pdf(facility, title, columns, rows,
                                subtitle=" · ".join((f"Per {long_date(today)} — {thousands(len(rows))} orang",
                                                     *filter_lines(flt))),
                                landscape=True, on=today, footer="Dicetak dengan Sibina")  # fmt: skip

    def _require_current(self, actor: Actor) -> None:
        with self._uow() as uow:
            require_current(uow.session, actor)

    def _audit_list(
        self, actor: Actor, action: str, flt: InmateFilter, count: int, to: str
    ) -> None:
        """Personal data leaving the register as a file or a paper: who, how many, which part."""
        chosen = {k: v for k, v in asdict(flt).items() if v and k not in ("sort", "sort_values")}
        with self._uow() as uow:
            audit.record(uow.session, actor, action, "inmate_list", "", clock=self._clock,
                         after={"rows": count, "to": to, "filter": chosen})  # fmt: skip
            uow.commit()


def filter_lines(flt: InmateFilter) -> list[str]:
    """The chosen filter in the printed list's subtitle (Indonesian, as the paper), so that a
    list of part of the register does not read as the whole register."""
    lines = []
    if flt.status:
        status = "Tahanan dan narapidana" if flt.status == ACTIVE else None
        lines.append(f"Status: {status or STATUS_LABELS.get(flt.status, flt.status)}")
    for label, value in (("Kode", flt.reg_code), ("Blok", flt.block), ("Agama", flt.religion),
                         ("Jenis kelamin", SEX_WORDS.get(flt.sex, flt.sex))):  # fmt: skip
        if value:
            lines.append(f"{label}: {value}")
    if flt.search.strip():
        lines.append(f"Pencarian: \u201c{flt.search.strip()}\u201d")
    return lines


def _pdf_row(number: int, row: InmateRow) -> list[object]:
    place = "/".join(p for p in (row.block, row.cell) if p)
    status = STATUS_LABELS.get(Status(row.status), row.status) if row.status else ""
    admitted = long_date(row.admission_date) if row.admission_date else ""
    return [number, row.reg_number, row.full_name, row.sex, status, row.reg_code, place, admitted]
