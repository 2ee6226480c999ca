"""Dialogs for a whole ceremony: create one (the date proposed from the rules and the holiday
calendar), and record the SK (decree) numbers and date of its granted lines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.remission.entry_checks import sk_date_problem
from app.errors import ValidationError
from app.services.actor import Actor
from app.services.container import Services
from app.services.remission_dto import CeremonyDTO, NewCeremony, ProposalLine, SkEntry
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.dialog_buttons import save_cancel_buttons
from app.ui.common.discard_guard import DiscardGuard
from app.ui.common.field_errors import FieldErrors
from app.ui.common.messages import show_error
from app.ui.remission.rules_fields import key_label
from app.ui.remission.rules_fields import tr as rules_text
from app.ui.remission.texts import remission_text

KINDS = (
    ("RU", QT_TRANSLATE_NOOP("remission", "Remisi Umum (17 Agustus)")),
    ("RK", QT_TRANSLATE_NOOP("remission", "Remisi Khusus (hari besar keagamaan)")),
    ("RD", QT_TRANSLATE_NOOP("remission", "Remisi Dasawarsa (17 Agustus tahun dasawarsa)")),
)
RUNNING = "{no}"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class NewCeremonyDialog(DiscardGuard):
    """Kind, year, religion (RK), date, title, venue. RD is offered only in a dasawarsa year;
    the date of RU and RD is 17 August, the RK date is proposed from the holiday calendar and may
    be changed (the government may move a holiday). `created(CeremonyDTO)` after the save."""

    created = Signal(object)

    def __init__(self, services: Services, actor: Actor, today: date,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Upacara remisi baru"))
        self.errors = FieldErrors()
        self.kind = QComboBox()
        self.kind.setObjectName("new_kind")
        self.year = QSpinBox()
        self.year.setObjectName("new_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(services.remission.next_ru_year(today))
        self.religion = QComboBox()
        self.religion.setObjectName("new_religion")
        for religion, holiday in services.remission.rk_holidays():
            # shipped religions and holidays in the UI's language; a name an admin typed as typed
            self.religion.addItem(f"{key_label(religion)} — {rules_text(holiday)}", religion)
        self.religion_label = QLabel(self.tr("A&gama:"))
        self.religion_label.setBuddy(self.religion)
        self.when = date_edit(today)
        self.when.setObjectName("new_date")
        self.date_note = QLabel()
        self.date_note.setWordWrap(True)
        # two lines of room: a form row does not grow for a wrapped label when the text changes
        self.date_note.setMinimumHeight(2 * self.date_note.fontMetrics().lineSpacing() + 4)
        self.title = QLineEdit()
        self.title.setObjectName("new_title")
        self.venue = QLineEdit()
        self.venue.setObjectName("new_venue")
        self.venue.setPlaceholderText(self.tr("mis. Aula Rutan"))
        form = QFormLayout()
        self.errors.row(form, self.tr("&Jenis:"), "kind", self.kind)
        form.addRow(self.tr("&Tahun:"), self.year)
        self.errors.row(form, self.religion_label, "religion", self.religion)
        self.errors.row(form, self.tr("Tangga&l:"), "date", self.when)
        form.addRow("", self.date_note)
        form.addRow(self.tr("J&udul:"), self.title)
        form.addRow(self.tr("Tem&pat:"), self.venue)
        buttons, self.save_button, _cancel = save_cancel_buttons(self)
        self.save_button.setText(self.tr("Bu&at upacara"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill_kinds()
        self.kind.currentIndexChanged.connect(lambda _i: self._propose())
        self.religion.currentIndexChanged.connect(lambda _i: self._propose())
        self.year.valueChanged.connect(lambda _v: self._year_changed())
        self._propose()
        self.resize(520, self.sizeHint().height())
        self.watch_edits()

    def _fill_kinds(self) -> None:
        """RU and RK always; RD only when the year is a dasawarsa year (the rule table says)."""
        current = self.kind.currentData() or "RU"
        dasawarsa = self.services.remission.propose_date("RD", self.year.value()) is not None
        self.kind.blockSignals(True)
        self.kind.clear()
        for code, label in KINDS:
            if code != "RD" or dasawarsa:
                self.kind.addItem(remission_text(label), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def _year_changed(self) -> None:
        self._fill_kinds()
        self._propose()

    def _propose(self) -> None:
        kind = self.kind.currentData()
        rk = kind == "RK"
        self.religion.setVisible(rk)
        self.religion_label.setVisible(rk)
        proposed = self.services.remission.propose_date(
            kind, self.year.value(), self.religion.currentData() or ""
        )
        if proposed is not None:
            self.when.setDate(to_qdate(proposed))
        self.when.setEnabled(rk)
        if rk:
            note = self.tr("Diusulkan dari kalender hari libur nasional; ubah bila pemerintah "
                           "menetapkan tanggal lain.")  # fmt: skip
            if proposed is None:
                note = self.tr("Tanggal hari besar tidak ditemukan di kalender; isi tanggalnya.")
        else:
            note = self.tr("Remisi ini diberikan pada 17 Agustus.")
        self.date_note.setText(note)
        self.title.setPlaceholderText(self.tr("kosongkan: judul dibuat dari jenis dan tanggal"))

    def new_ceremony(self) -> NewCeremony:
        kind = self.kind.currentData()
        return NewCeremony(
            kind=kind,
            date=self.when.date().toPython(),
            title=self.title.text(),
            venue=self.venue.text(),
            religion=(self.religion.currentData() or "") if kind == "RK" else "",
        )

    def accept(self) -> None:
        try:
            dto = self.services.remission.create_ceremony(self.actor, self.new_ceremony())
        except ValidationError as exc:
            leftover = self.errors.show(exc.field_errors)
            if leftover:
                show_error(self, ValidationError(leftover))
            return
        except Exception as exc:  # shown, the dialog stays open
            show_error(self, exc)
            return
        self.created.emit(dto)
        super().accept()


class SkDialog(DiscardGuard):
    """SK number and date for granted lines. In the number, {no} becomes a running number (one
    decree per person); without it every line gets the same number (one decree with a list).
    `entries()` are what the service records."""

    def __init__(self, ceremony: CeremonyDTO, lines: list[ProposalLine],
                 parent: QWidget | None = None, single: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nomor dan tanggal SK"))
        self.ceremony_date = ceremony.date
        self.errors = FieldErrors()
        self.granted = [line for line in lines if line.granted]
        self.single = single
        self.number = QLineEdit()
        self.number.setObjectName("sk_number")
        self.number.setPlaceholderText(self.tr("mis. W11.PAS.PAS.6-{no}/2025"))
        self.start = QSpinBox()
        self.start.setObjectName("sk_start")
        self.start.setRange(1, 999_999)
        self.when = date_edit(ceremony.date)
        self.when.setObjectName("sk_date")
        missing = [line for line in self.granted if not line.sk_number]
        self.only_missing = QRadioButton(self.tr("Baris yang belum ber-SK (%n)", "", len(missing)))
        self.every_line = QRadioButton(self.tr("Semua baris yang diberikan (%n)", "", len(self.granted)))  # fmt: skip
        group = QButtonGroup(self)
        group.addButton(self.only_missing)
        group.addButton(self.every_line)
        (self.only_missing if missing else self.every_line).setChecked(True)
        self.preview = QLabel()
        self.preview.setObjectName("sk_preview")
        self.preview.setWordWrap(True)
        help_text = QLabel(
            self.tr("Tulis {no} di tempat nomor urut bila tiap WBP mendapat SK sendiri; tanpa "
                    "{no} semua baris memakai nomor yang sama.")
        )  # fmt: skip
        help_text.setWordWrap(True)
        form = QFormLayout()
        self.errors.row(form, self.tr("&Nomor SK:"), "sk_number", self.number)
        form.addRow(self.tr("Nomor &urut mulai:"), self.start)
        self.errors.row(form, self.tr("&Tanggal SK:"), "sk_date", self.when)
        if single:
            line = self.granted[0]
            self.number.setText(line.sk_number)
            if line.sk_date:
                self.when.setDate(to_qdate(line.sk_date))
            form.addRow(self.tr("Untuk:"), QLabel(f"{line.full_name} ({line.reg_number})"))
        else:
            form.addRow(self.tr("Isi untuk:"), self.only_missing)
            form.addRow("", self.every_line)
            form.addRow("", help_text)
        form.addRow(self.tr("Contoh:"), self.preview)
        buttons, self.save_button, _cancel = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for signal in (self.number.textChanged, self.start.valueChanged, group.buttonClicked):
            signal.connect(lambda *_: self._show_preview())
        self._show_preview()
        self.resize(520, self.sizeHint().height())
        self.watch_edits()

    def targets(self) -> list[ProposalLine]:
        if self.single or self.every_line.isChecked():
            return self.granted
        return [line for line in self.granted if not line.sk_number]

    def numbers(self) -> list[str]:
        text = self.number.text().strip()
        first = self.start.value()
        return [text.replace(RUNNING, str(first + i)) for i in range(len(self.targets()))]

    def entries(self) -> list[SkEntry]:
        on = self.when.date().toPython()
        return [SkEntry(line.line_id, number, on)
                for line, number in zip(self.targets(), self.numbers(), strict=True)]  # fmt: skip

    def _show_preview(self) -> None:
        numbers = self.numbers()
        running = RUNNING in self.number.text()
        self.start.setEnabled(running)
        if not self.number.text().strip() or not numbers:
            self.preview.setText("—")
        elif not running and len(numbers) > 1:  # one decree with a list: the same number
            self.preview.setText(numbers[0] + " " + self.tr("(sama untuk semua baris)"))
        elif len(numbers) > 3:  # the first ones and the last one
            self.preview.setText(", ".join(numbers[:3]) + " … " + numbers[-1])
        else:
            self.preview.setText(", ".join(numbers))

    def accept(self) -> None:
        if not self.number.text().strip():
            self.errors.show({"sk_number": QT_TRANSLATE_NOOP("errors", "Nomor SK wajib diisi.")})
            return
        if not self.targets():
            self.errors.show(
                {"sk_number": QT_TRANSLATE_NOOP("errors", "Tidak ada baris yang perlu diisi.")}
            )
            return
        far = sk_date_problem(self.when.date().toPython(), self.ceremony_date)
        if far is not None:  # checked here too, so that the dialog stays open with the number
            self.errors.show({"sk_date": far[0]}, params={"sk_date": far[1]})
            return
        super().accept()
