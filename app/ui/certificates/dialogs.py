"""Dialogs of the Certificates tab: issue a batch, reprint (reason), revoke (reason)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.certificates import IssueRequest, KindInfo, SecondSigner, issue_date_range
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.field_errors import FieldErrors


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("CertificateDialogs", "&Batal")
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class IssueDialog(QDialog):
    """Issue one certificate per recipient into one PDF. Recipients: one per line, either
    "Nama" or "UUID; Nama". Other tabs fill them with `set_recipients([(uuid, name), ...])`."""

    def __init__(self, kinds: list[KindInfo], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terbitkan sertifikat"))
        self.resize(560, 480)
        self.errors = FieldErrors()
        self.kind = QComboBox()
        for kind in kinds:
            if kind.by_hand:  # the others come from their programme's tab (the Remisi piagam)
                self.kind.addItem(QCoreApplication.translate("certificates", kind.label), kind.code)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("mis. Pelatihan Budidaya Sayuran Hidroponik"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("opsional, mis. Sebagai peserta terbaik."))
        self.issued_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("dd-MM-yyyy")
        first, last = issue_date_range(today)
        self.issued_on.setDateRange(QDate(first.year, first.month, first.day),
                                    QDate(last.year, last.month, last.day))  # fmt: skip
        self.signer2_position = QLineEdit()
        self.signer2_position.setPlaceholderText(self.tr("opsional, mis. Wali Kota Pekalongan"))
        self.signer2_name = QLineEdit()
        self.signer2_nip = QLineEdit()
        self.signer2_nip.setPlaceholderText(self.tr("opsional, 18 angka"))
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(
            self.tr("Satu penerima per baris: Nama, atau UUID; Nama")
        )
        self.count_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Jenis:"), self.kind)
        self.errors.row(form, self.tr("&Program/kegiatan:"), "subject", self.subject)
        form.addRow(self.tr("&Keterangan:"), self.reason)
        form.addRow(self.tr("Tanggal te&rbit:"), self.issued_on)
        form.addRow(self.tr("Jabatan penanda tangan ke&dua:"), self.signer2_position)
        self.errors.row(
            form, self.tr("&Nama penanda tangan kedua:"), "signer2_name", self.signer2_name
        )
        form.addRow(self.tr("N&IP penanda tangan kedua:"), self.signer2_nip)
        self.errors.row(form, self.tr("P&enerima:"), "recipients", self.recipients)
        form.addRow("", self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("&Terbitkan")))
        self.recipients.textChanged.connect(self._count)
        self._count()  # (a field's message goes when it is changed: FieldErrors)

    def set_recipients(self, recipients: list[tuple[str, str]]) -> None:
        self.recipients.setPlainText("\n".join(f"{u}; {n}" for u, n in recipients))

    def _count(self) -> None:
        n = len(self._lines())
        self.count_label.setText(self.tr("%n sertifikat akan diterbitkan", "", n))

    def _lines(self) -> list[str]:
        return [line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()]

    def requests(self) -> list[IssueRequest]:
        """The requests as typed; raises nothing (see `accept` for the checks)."""
        out = []
        for line in self._lines():
            head, sep, tail = line.partition(";")
            rid, name = (head.strip(), tail.strip()) if sep and _is_uuid(head) else ("", line)
            out.append(IssueRequest(self.kind.currentData(), rid or str(uuid.uuid4()), name,
                                    self.subject.text(), self.reason.text()))  # fmt: skip
        return out

    def second_signer(self) -> SecondSigner | None:
        """The optional second signer (printed left of the head of the facility)."""
        if not self.signer2_name.text().strip():
            return None
        return SecondSigner(self.signer2_position.text().strip(), self.signer2_name.text().strip(),
                            self.signer2_nip.text().strip())  # fmt: skip

    def issue_date(self) -> date:
        return self.issued_on.date().toPython()

    def accept(self) -> None:
        problems: dict[str, str] = {}
        if not self.subject.text().strip():
            problems["subject"] = QT_TRANSLATE_NOOP("errors", "Program/kegiatan wajib diisi.")
        if self.signer2_position.text().strip() and not self.signer2_name.text().strip():
            problems["signer2_name"] = QT_TRANSLATE_NOOP(
                "errors", "Nama penanda tangan kedua wajib diisi bila jabatannya diisi."
            )
        params = {}
        if not self._lines():
            problems["recipients"] = QT_TRANSLATE_NOOP("errors", "Pilih minimal satu penerima.")
        elif (bad := self._bad_recipient()) is not None:
            problems["recipients"], params["recipients"] = bad
        if problems:
            self.errors.show(problems, params=params)
            return
        super().accept()

    def _bad_recipient(self) -> tuple[str, dict[str, object]] | None:
        """The first line that is neither a name nor "UUID; Nama" (a mistyped UUID, a pasted
        registration number): it would be printed as the name. (message, its values)"""
        for number, line in enumerate(self._lines(), 1):
            head, sep, tail = line.partition(";")
            if sep and not _is_uuid(head):
                return QT_TRANSLATE_NOOP("errors", "Baris {line}: “{head}” bukan UUID WBP. Tulis "
                                         "nama saja, atau UUID; Nama."), {"line": number, "head": head.strip()}  # fmt: skip
            if sep and not tail.strip():
                return QT_TRANSLATE_NOOP("errors", "Baris {line}: nama penerima kosong."), {"line": number}  # fmt: skip
        return None


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text.strip())
    except ValueError:
        return False
    return True


class ReasonDialog(QDialog):
    """Asks for a reason (revoke: required, at least 5 characters; reprint: optional)."""

    def __init__(self, title: str, prompt: str, ok_text: str, required: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.errors = FieldErrors()
        self.reason = QLineEdit()
        label = QLabel(prompt)
        label.setWordWrap(True)
        reason_label = QLabel(self.tr("&Alasan:"))
        reason_label.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(reason_label)
        layout.addWidget(self.errors.wrap("reason", self.reason))
        layout.addWidget(_buttons(self, ok_text))
        self.reason.textChanged.connect(lambda _t: self.errors.label("reason").set_message(""))
        self.resize(460, self.sizeHint().height())

    def text(self) -> str:
        return self.reason.text().strip()

    def accept(self) -> None:
        if self.required and len(self.text()) < 5:
            self.errors.show({"reason": QT_TRANSLATE_NOOP("errors", "Tuliskan alasan pencabutan.")})
            return
        super().accept()
