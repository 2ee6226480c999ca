"""Dialogs for one line of a ceremony: override the computed decision (a written justification is
required), the person's remission flags (donor, pemuka, ...; with a note), and the correction of a
grant after the ceremony was locked. Each calls its service itself and stays open on an error,
showing the service's message next to the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.services.remission_corrections import GrantCorrection
from app.services.remission_dto import (
    CeremonyDTO,
    FlagsDTO,
    FlagsInput,
    LineOverride,
    ProposalLine,
)
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.note_edit import NoteEdit
from app.ui.common.service_dialog import ServiceDialog
from app.ui.remission.ceremony_dialogs import to_qdate

FLAG_LABELS = (
    ("donor", QT_TRANSLATE_NOOP("remission", "&Donor darah / organ, jasa kemanusiaan (RT 1/2)")),
    ("pemuka", QT_TRANSLATE_NOOP("remission", "&Pemuka (RT 1/3)")),
    ("escaped", QT_TRANSLATE_NOOP("remission", "Pernah &melarikan diri (tanpa Remisi Dasawarsa)")),
    ("corruption_fines_paid", QT_TRANSLATE_NOOP("remission", "Denda dan uang pengganti &lunas (tindak pidana korupsi)")),
    ("terrorism_programme_done", QT_TRANSLATE_NOOP("remission", "Deradikalisasi dan ikrar &NKRI selesai (terorisme)")),
    ("cuti_menjelang_bebas", QT_TRANSLATE_NOOP("remission", "Sedang &cuti menjelang bebas")),
)  # fmt: skip


def flag_label(label: str) -> str:
    """A flag's translated label; `&` (the check box's mnemonic) removed for running text."""
    return QCoreApplication.translate("remission", label).replace("&", "")


def _days_spin(name: str, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, 3650)
    spin.setSuffix(QCoreApplication.translate("remission", " hari"))
    spin.setValue(value)
    return spin


def _note(name: str) -> NoteEdit:
    edit = NoteEdit()  # Enter saves, Shift+Enter a new line, Tab moves on
    edit.setObjectName(name)
    edit.setMaximumHeight(90)
    return edit


class OverrideDialog(ServiceDialog):
    """Grant or refuse a line against the computed decision (draft ceremonies only)."""

    def __init__(self, line: ProposalLine, kind: str,
                 apply: Callable[[LineOverride], None], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.apply = apply
        self.setWindowTitle(self.tr("Ubah keputusan: %1").replace("%1", line.full_name))
        self.grant = QRadioButton(self.tr("Ber&ikan remisi"))
        self.refuse = QRadioButton(self.tr("&Tidak diberikan"))
        group = QButtonGroup(self)
        group.addButton(self.grant)
        group.addButton(self.refuse)
        (self.grant if line.granted else self.refuse).setChecked(True)
        self.days = _days_spin("override_days", line.granted_days or line.days)
        self.additional = _days_spin(
            "override_additional", line.granted_additional_days or line.additional_days
        )
        self.rt_allowed = kind == "RU"
        self.justification = _note("override_justification")
        self.justification.setPlainText(line.override_justification)
        self.justification.setPlaceholderText(
            self.tr("Alasan tertulis, mis. nomor surat Kanwil (wajib, sedikitnya 10 huruf)")
        )
        computed = (self.tr("Hasil hitungan: %1 hari, RT %2 hari").replace("%1", str(line.days))
                    .replace("%2", str(line.additional_days)) if line.eligible
                    else self.tr("Hasil hitungan: tidak memenuhi syarat"))  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("Keputusan:"), self.grant)
        form.addRow("", self.refuse)
        self.errors.row(form, self.tr("&Remisi:"), "days", self.days)
        self.errors.row(form, self.tr("Remisi T&ambahan:"), "additional_days", self.additional)
        self.errors.row(form, self.tr("Alasa&n:"), "justification", self.justification)
        self.errors.add("granted", self.grant)
        form.addRow("", self.errors.label("granted"))
        self.finish_layout(form, computed, self.tr("&Simpan perubahan"))
        self.grant.toggled.connect(self._toggle)
        self._toggle(self.grant.isChecked())

    def _toggle(self, granted: bool) -> None:
        self.days.setEnabled(granted)
        self.additional.setEnabled(granted and self.rt_allowed)

    def change(self) -> LineOverride:
        granted = self.grant.isChecked()
        return LineOverride(granted, self.justification.toPlainText(),
                            self.days.value() if granted else 0,
                            self.additional.value() if granted else 0)  # fmt: skip

    def save(self) -> None:
        self.apply(self.change())


class FlagsDialog(ServiceDialog):
    """The facts the register does not hold, for every ceremony of this person."""

    def __init__(self, name: str, current: FlagsDTO,
                 apply: Callable[[FlagsInput], None], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.apply = apply
        self.setWindowTitle(self.tr("Tanda remisi: %1").replace("%1", name))
        self.boxes: dict[str, QCheckBox] = {}
        form = QFormLayout()
        for key, label in FLAG_LABELS:
            box = QCheckBox(QCoreApplication.translate("remission", label))
            box.setObjectName(f"flag_{key}")
            box.setChecked(getattr(current, key))
            self.boxes[key] = box
            form.addRow(box)
        self.note = _note("flags_note")
        self.note.setPlainText(current.note)
        self.note.setPlaceholderText(self.tr("Dasar atau keterangan, mis. kartu donor PMI (wajib)"))
        self.errors.row(form, self.tr("Ca&tatan:"), "note", self.note)
        intro = self.tr(
            "Berlaku untuk semua upacara: draf yang sedang dibuka dihitung ulang, draf lain "
            "ditandai perlu dihitung ulang."
        )
        self.finish_layout(form, intro, self.tr("&Simpan"))

    def flags(self) -> FlagsInput:
        values = {key: box.isChecked() for key, box in self.boxes.items()}
        return FlagsInput(note=self.note.toPlainText(), **values)

    def save(self) -> None:
        self.apply(self.flags())


class CorrectionDialog(ServiceDialog):
    """A correction after the ceremony was locked: the new amount (0 withdraws), why, and the
    decree of the corrected grant (the line's own, unless a new one is written; a line that was
    refused has none and needs one)."""

    def __init__(self, line: ProposalLine, ceremony: CeremonyDTO,
                 apply: Callable[[GrantCorrection], None], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.apply = apply
        self.setWindowTitle(self.tr("Koreksi remisi: %1").replace("%1", line.full_name))
        self.days = _days_spin("correct_days", line.granted_days)
        self.additional = _days_spin("correct_additional", line.granted_additional_days)
        self.additional.setEnabled(ceremony.kind == "RU")
        self.reason = _note("correct_reason")
        self.reason.setPlaceholderText(self.tr("mis. surat Kanwil nomor ... (wajib)"))
        self.sk_number = QLineEdit(line.sk_number)
        self.sk_number.setObjectName("correct_sk_number")
        self.sk_number.setPlaceholderText(self.tr("nomor SK remisi yang diberikan"))
        self.sk_date = QDateEdit(to_qdate(line.sk_date or ceremony.date))
        self.sk_date.setObjectName("correct_sk_date")
        self.sk_date.setCalendarPopup(True)
        self.sk_date.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout()
        self.errors.row(form, self.tr("&Remisi:"), "days", self.days)
        self.errors.row(form, self.tr("Remisi T&ambahan:"), "additional_days", self.additional)
        self.errors.row(form, self.tr("Alasa&n:"), "reason", self.reason)
        self.errors.row(form, self.tr("Nomor S&K:"), "sk_number", self.sk_number)
        self.errors.row(form, self.tr("&Tanggal SK:"), "sk_date", self.sk_date)
        intro = self.tr("Entri register remisi dari upacara ini dibatalkan dengan alasan ini dan "
                        "diganti dengan jumlah yang baru (0 hari: remisi ditarik). Piagam yang "
                        "sudah terbit untuk baris ini dicabut. Tercatat di log audit.")  # fmt: skip
        self.finish_layout(form, intro, self.tr("&Simpan koreksi"))

    def change(self) -> GrantCorrection:
        number = self.sk_number.text().strip()
        return GrantCorrection(self.days.value(), self.additional.value(),
                               self.reason.toPlainText(), number,
                               self.sk_date.date().toPython() if number else None)  # fmt: skip

    def save(self) -> None:
        self.apply(self.change())
