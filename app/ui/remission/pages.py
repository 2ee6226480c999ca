"""The ceremony's pages beside the proposal list: category II (free on the day / staying for the
fine substitute), statistics, the run sheet and the attendance. Each page loads when it is first
shown after the ceremony changed (the proposal list alone is what most visits need)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidget

from app.domain.remission.labels import KIND_NAMES, category_counts, kind_order, reason_label
from app.services.remission_dto import CeremonyDTO, CeremonyStatistics, ReleaseLine
from app.ui.common.i18n import LOCALES, ui_language
from app.ui.common.timefmt import ui_date
from app.ui.inmates.record_tables import text_item
from app.ui.remission.attendance_panel import AttendancePanel
from app.ui.remission.model import RIGHT
from app.ui.remission.programme_panel import ProgrammePanel
from app.ui.remission.texts import remission_text

if TYPE_CHECKING:
    from app.ui.remission.tab import RemissionTab

RELEASE_PAGE, STATISTICS_PAGE = 1, 2


def fill_release_table(table: QTableWidget, lines: tuple[ReleaseLine, ...], staying: bool) -> None:
    table.setRowCount(0)
    for item in lines:
        row = table.rowCount()
        table.insertRow(row)
        cells = [item.reg_number, item.full_name, str(item.days), str(item.additional_days or "")]
        if staying:
            cells.append(str(item.substitute_days))
        cells.append(ui_date(item.release_date))
        for column, text in enumerate(cells):
            cell = text_item(text)
            if 2 <= column < len(cells) - 1:  # days: right-aligned, as in the proposal list
                cell.setTextAlignment(RIGHT)
            table.setItem(row, column, cell)


class CeremonyPages(QObject):
    def __init__(self, tab: RemissionTab) -> None:
        super().__init__(tab)
        self.tab = tab
        view = tab.view
        self.programme = ProgrammePanel(tab.services, tab.actor, view)
        self.attendance = AttendancePanel(tab.services, tab.actor, view)
        view.pages.addTab(self.programme, self.tr("Susunan acara"))
        view.pages.addTab(self.attendance, self.tr("Kehadiran"))
        self.ceremony: CeremonyDTO | None = None
        self._stale: set[int] = set()
        view.pages.currentChanged.connect(self._load)

    def set_ceremony(self, ceremony: CeremonyDTO | None) -> None:
        self.ceremony = ceremony
        self._stale = set(range(1, self.tab.view.pages.count()))
        self._load(self.tab.view.pages.currentIndex())

    def _load(self, index: int) -> None:
        if index not in self._stale:
            return
        self._stale.discard(index)
        view, c = self.tab.view, self.ceremony
        page = view.pages.widget(index)
        if page is self.programme:
            self.programme.set_ceremony(c)
        elif page is self.attendance:
            self.attendance.set_ceremony(c)
        elif index == RELEASE_PAGE:
            self._show_release()
        elif index == STATISTICS_PAGE:
            stats = (self.tab.services.remission.statistics(self.tab.actor, c.id)
                     if c and c.computed_at else None)  # fmt: skip
            view.statistics.setHtml(self.statistics_html(stats))

    def _show_release(self) -> None:
        view, c = self.tab.view, self.ceremony
        if c is None:
            for table in (view.free_table, view.staying_table):
                table.setRowCount(0)
            return
        release = self.tab.services.remission.release_list(self.tab.actor, c.id)
        fill_release_table(view.free_table, release.free_on_day, staying=False)
        fill_release_table(view.staying_table, release.staying_for_substitute, staying=True)
        view.free_title.setText(
            self.tr("Bebas pada hari upacara, %1: %n WBP", "", len(release.free_on_day))
            .replace("%1", ui_date(c.date))
        )  # fmt: skip
        view.staying_title.setText(
            self.tr("Pidana pokok selesai, tetap menjalani kurungan pengganti denda: %n WBP",
                    "", len(release.staying_for_substitute))
        )  # fmt: skip

    def statistics_html(self, stats: CeremonyStatistics | None) -> str:
        if stats is None:
            text = self.tr("Daftar usulan belum dihitung.")
            return f"<p>{escape(text)}</p>"
        rows = [
            (self.tr("WBP dalam daftar"), stats.total),
            (self.tr("Memenuhi syarat"), stats.eligible),
            (self.tr("Tidak memenuhi syarat"), stats.not_eligible),
            (self.tr("Calon remisi susulan"), stats.susulan),
            (self.tr("Diubah petugas"), stats.overridden),
            (self.tr("Diberi remisi"), stats.granted),
            (self.tr("Jumlah hari remisi"), stats.total_days),
        ]
        parts = [_table(self.tr("Ringkasan"), rows)]
        kinds = [(remission_text(KIND_NAMES.get(k, k)) + f" ({k})", n)
                 for k, n in sorted(stats.by_kind.items(), key=lambda kv: kind_order(kv[0]))]  # fmt: skip
        parts.append(_table(self.tr("Menurut jenis"), kinds))
        categories = [(remission_text(label), n) for label, n
                      in category_counts(stats.by_category, stats.category_ii_substitute)]  # fmt: skip
        parts.append(_table(self.tr("Menurut kategori"), categories))
        amounts = [
            (self.tr("%1 hari").replace("%1", str(days)), n) for days, n in stats.by_amount.items()
        ]
        parts.append(_table(self.tr("Menurut besar remisi"), amounts))
        reasons = [(reason_text(code), n) for code, n in stats.not_eligible_reasons.items()]
        parts.append(_table(self.tr("Alasan tidak memenuhi syarat (satu WBP bisa lebih dari satu)"), reasons))  # fmt: skip
        return "".join(parts)


def reason_text(code: str) -> str:
    return remission_text(reason_label(code))


def _count(value: int) -> str:
    """A count as the UI language writes it: 171.280 (Indonesian), 171,280 (English)."""
    return LOCALES[ui_language()].toString(value)


def _table(title: str, rows) -> str:
    body = (
        "".join(
            f"<tr><td>{escape(str(label))}</td><td align='right'>{_count(value)}</td></tr>"
            for label, value in rows
        )
        or "<tr><td>—</td><td></td></tr>"
    )
    return f"<h4>{escape(title)}</h4><table cellpadding='3' border='0'>{body}</table>"
