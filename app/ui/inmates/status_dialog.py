"""A status change with its papers: verdict (tahanan -> narapidana), release, transfer, death;
a release, transfer or death is confirmed first. Also the administrator's undo of a mistaken
one (UndoStatusDialog), with a written reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.inmates.codes import (
    CODE_LABELS,
    RELEASE_LABELS,
    SENTENCE_LABELS,
    SentenceType,
    Status,
    propose_code,
)
from app.domain.inmates.record import CaseData
from app.domain.inmates.sentence import Sentence
from app.errors import SibinaError, ValidationError
from app.services.actor import Actor
from app.services.container import Services
from app.services.inmates_dto import StatusAction, StatusChange
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.dialog_buttons import focus_first_field_on_show
from app.ui.common.field_errors import FieldErrors
from app.ui.common.messages import confirm, show_error, translate_error
from app.ui.common.timefmt import ui_date

# the changes after which the person is no longer held here: asked about before they are saved
FINAL_ACTIONS = (StatusAction.RELEASE, StatusAction.TRANSFER, StatusAction.DEATH)
MAX_FINE = 999_999_999_999_999  # Rp, below 2^53: every whole rupiah is exact in a double

TITLES = {
    StatusAction.VERDICT: QT_TRANSLATE_NOOP(
        "inmates", "Putusan berkekuatan hukum tetap (menjadi narapidana)"
    ),
    StatusAction.RELEASE: QT_TRANSLATE_NOOP("inmates", "Pembebasan"),
    StatusAction.TRANSFER: QT_TRANSLATE_NOOP("inmates", "Pindah ke fasilitas lain"),
    StatusAction.DEATH: QT_TRANSLATE_NOOP("inmates", "Meninggal dunia"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("inmates", text)


def _date_edit(today: date) -> QDateEdit:
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def _to_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class StatusDialog(QDialog):
    changed = Signal(str)

    def __init__(self, services: Services, actor: Actor, inmate_id: str, action: str,
                 parent: QWidget | None = None, pending: CaseData | None = None) -> None:  # fmt: skip
        """`pending`: the case a verdict completes (its details are filled in)."""
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.inmate_id = inmate_id
        self.action = action
        self.errors = FieldErrors()
        today = services.clock().date()
        self.setWindowTitle(_tr(TITLES[action]))
        form = QFormLayout()
        self.date = _date_edit(today)
        self.date.setObjectName("status_date")
        label = {StatusAction.VERDICT: self.tr("Tanggal &berlaku*"),
                 StatusAction.RELEASE: self.tr("Tanggal &bebas*"),
                 StatusAction.TRANSFER: self.tr("Tanggal &pindah*"),
                 StatusAction.DEATH: self.tr("Tanggal &meninggal*")}[action]  # fmt: skip
        self.errors.row(form, label, "date", self.date)
        self.reason = QComboBox()
        self.reason.setObjectName("status_reason")
        self.destination = QLineEdit()
        self.destination.setObjectName("status_destination")
        self.document = QLineEdit()
        self.document.setObjectName("status_document")
        self.note = QLineEdit()
        if action == StatusAction.RELEASE:
            self.reason.addItem("", "")
            for reason, text in RELEASE_LABELS.items():
                self.reason.addItem(_tr(text), reason.value)
            self.errors.row(form, self.tr("&Alasan*"), "reason", self.reason)
        if action == StatusAction.TRANSFER:
            self.errors.row(form, self.tr("&Tujuan (fasilitas)*"), "destination", self.destination)
        if action == StatusAction.VERDICT:
            self._verdict_rows(form, today)
            if pending is not None:
                self._fill_from(pending)
        self.document.setPlaceholderText({
            StatusAction.VERDICT: self.tr("Petikan putusan / BA pelaksanaan"),
            StatusAction.RELEASE: self.tr("No. SK / surat lepas"),
            StatusAction.TRANSFER: self.tr("No. surat pindah"),
            StatusAction.DEATH: self.tr("No. surat keterangan kematian"),
        }[action])  # fmt: skip
        self.errors.row(form, self.tr("&Dokumen"), "document", self.document)
        form.addRow(self.tr("&Catatan"), self.note)
        self.general = QLabel()
        self.general.setStyleSheet("color: #b00020;")
        self.general.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)  # fmt: skip
        focus_first_field_on_show(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Simpan"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def _verdict_rows(self, form: QFormLayout, today: date) -> None:
        self.verdict_number = QLineEdit()
        self.verdict_number.setObjectName("verdict_number")
        self.court = QLineEdit()
        self.articles = QLineEdit()
        self.crime = QLineEdit()
        self.verdict_date = _date_edit(today)
        self.inkracht_date = _date_edit(today)
        self.sentence_type = QComboBox()
        self.sentence_type.setObjectName("sentence_type")
        for kind, text in SENTENCE_LABELS.items():
            self.sentence_type.addItem(_tr(text), kind.value)
        self.years, self.months, self.days = QSpinBox(), QSpinBox(), QSpinBox()
        # a verdict may read "18 bulan" or "45 hari": months and days as written, up to the
        # register's 100 years (the service refuses a longer whole)
        for box, top, suffix in ((self.years, 100, self.tr(" thn")), (self.months, 1200, self.tr(" bln")),
                                 (self.days, 36_600, self.tr(" hari"))):  # fmt: skip
            box.setRange(0, top)
            box.setSuffix(suffix)
            box.valueChanged.connect(self._propose)
        self.years.setObjectName("sentence_years")
        self.months.setObjectName("sentence_months")
        # a double with no decimals: Tipikor and the new KUHP fines run into the tens of
        # billions, past the 2,147,483,647 a QSpinBox holds (exact up to 2^53)
        self.fine = QDoubleSpinBox()
        self.fine.setObjectName("verdict_fine")
        self.fine.setDecimals(0)
        self.fine.setRange(0, MAX_FINE)
        self.fine.setSingleStep(100_000)
        self.fine.setPrefix("Rp ")
        self.fine.setGroupSeparatorShown(True)  # Rp 800.000.000 (English: Rp 800,000,000)
        self.substitute = QSpinBox()
        self.substitute.setRange(0, 3650)
        self.substitute.setSuffix(self.tr(" hari"))
        self.proposed = QLabel()
        self.proposed.setObjectName("verdict_proposed")
        self.sentence_type.currentIndexChanged.connect(self._propose)
        length = QWidget()
        row = QVBoxLayout(length)
        row.setContentsMargins(0, 0, 0, 0)
        from PySide6.QtWidgets import QHBoxLayout

        boxes = QHBoxLayout()
        for box in (self.years, self.months, self.days):
            boxes.addWidget(box)
        row.addLayout(boxes)
        self.errors.row(form, self.tr("No. p&utusan*"), "verdict_number", self.verdict_number)
        form.addRow(self.tr("Pengadilan"), self.court)
        form.addRow(self.tr("Pasal"), self.articles)
        form.addRow(self.tr("Jenis kejahatan"), self.crime)
        self.errors.row(form, self.tr("Tanggal putusan*"), "verdict_date", self.verdict_date)
        self.errors.row(form, self.tr("Tanggal &inkracht*"), "inkracht_date", self.inkracht_date)
        self.errors.row(form, self.tr("&Jenis pidana*"), "sentence_type", self.sentence_type)
        self.errors.row(form, self.tr("&Lama pidana"), "sentence", length)
        form.addRow(self.tr("Denda"), self.fine)
        form.addRow(self.tr("Subsider"), self.substitute)
        form.addRow(self.tr("Kode registrasi baru"), self.proposed)
        self._propose()

    def _fill_from(self, case: CaseData) -> None:
        """The pending case's details as entered on admission (a verdict completes that case)."""
        for edit, text in ((self.verdict_number, case.verdict_number), (self.court, case.court),
                           (self.articles, case.articles), (self.crime, case.crime_category)):  # fmt: skip
            edit.setText(text)
        if case.sentence_type:
            self.sentence_type.setCurrentIndex(
                max(0, self.sentence_type.findData(case.sentence_type))
            )
        self.years.setValue(case.sentence_years)
        self.months.setValue(case.sentence_months)
        self.days.setValue(case.sentence_days)
        self.fine.setValue(float(case.fine))
        self.substitute.setValue(case.substitute_days)

    def _sentence(self) -> Sentence:
        kind = SentenceType(self.sentence_type.currentData() or SentenceType.PENJARA)
        if not kind.is_fixed_term:  # a life or death sentence has no length
            return Sentence()
        return Sentence(self.years.value(), self.months.value(), self.days.value())

    def _propose(self) -> None:
        kind = SentenceType(self.sentence_type.currentData() or SentenceType.PENJARA)
        for box in (self.years, self.months, self.days):
            box.setEnabled(kind.is_fixed_term)
        sentence = self._sentence()
        if kind.is_fixed_term and not sentence.is_positive():
            # no code follows from a term of nothing (saving it is refused too)
            self.proposed.setText(self.tr("— (isi lama pidana)"))
            return
        code = propose_code(Status.NARAPIDANA, kind, sentence)
        self.proposed.setText(f"{code.value} — {_tr(CODE_LABELS[code])}" if code else "—")

    def change(self) -> StatusChange:
        case = None
        if self.action == StatusAction.VERDICT:
            sentence = self._sentence()
            case = CaseData(articles=self.articles.text(), crime_category=self.crime.text(),
                            court=self.court.text(), verdict_number=self.verdict_number.text().strip(),
                            verdict_date=_to_date(self.verdict_date),
                            inkracht_date=_to_date(self.inkracht_date),
                            sentence_type=self.sentence_type.currentData() or "",
                            sentence_years=sentence.years, sentence_months=sentence.months,
                            sentence_days=sentence.days, fine=round(self.fine.value()),
                            substitute_days=self.substitute.value())  # fmt: skip
        return StatusChange(self.action, _to_date(self.date), reason=self.reason.currentData() or "",
                            destination=self.destination.text(), document=self.document.text(),
                            note=self.note.text(), case=case)  # fmt: skip

    def submit(self) -> None:
        change = self.change()
        try:
            if change.action in FINAL_ACTIONS:
                # the problems first: a change that cannot be saved is not worth a question
                self.services.inmates.check_status_change(self.actor, self.inmate_id, change)
                self.errors.clear()
                self.general.clear()
                if not self._confirmed(change):
                    return  # nothing saved, the input stays for another try
            self.services.inmates.change_status(self.actor, self.inmate_id, change)
        except ValidationError as exc:
            leftover = self.errors.show(exc.field_errors)
            self.general.setText(
                "\n".join(f"{k}: {translate_error(v)}" for k, v in leftover.items())
            )
            return
        except SibinaError as exc:
            show_error(self, exc)
            return
        self.changed.emit(self.inmate_id)
        self.accept()

    def _confirmed(self, change: StatusChange) -> bool:
        """Ask before the person leaves the active register (No is the default: Enter does not
        confirm by accident)."""
        data = self.services.inmates.get(self.actor, self.inmate_id).data
        values = {
            "name": data.full_name,
            "number": data.reg_number,
            "date": ui_date(change.date).replace(" ", "\u00a0"),
        }  # one line
        if change.action == StatusAction.DEATH:
            text = self.tr("Catat {name} ({number}) meninggal pada {date}?\n\n"
                           "Orang ini tidak lagi masuk daftar aktif.")  # fmt: skip
        elif change.action == StatusAction.RELEASE:
            text = self.tr("Catat {name} ({number}) bebas pada {date}, alasan: {reason}?\n\n"
                           "Orang ini tidak lagi masuk daftar aktif.")  # fmt: skip
            values["reason"] = self.reason.currentText()
        else:
            text = self.tr("Catat {name} ({number}) pindah ke {destination} pada {date}?\n\n"
                           "Orang ini tidak lagi masuk daftar aktif.")  # fmt: skip
            values["destination"] = change.destination.strip()
        return confirm(self, text.format(**values), self.tr("Konfirmasi perubahan status"))
