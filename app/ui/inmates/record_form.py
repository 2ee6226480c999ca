"""The record's single-value sections: identity (with the photo), placement, status and code.

`IdentityForm.load(data)` fills the inputs, `collect()` returns the values (and date problems);
`errors` (FieldErrors) shows the service's messages under each input.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.inmates.codes import (
    CODE_LABELS,
    EDUCATION_LEVELS,
    MARITAL_STATUSES,
    RELIGIONS,
    STATUS_LABELS,
    RegCode,
    Status,
)
from app.domain.inmates.text_limits import FIELD_LIMITS
from app.exchange.inmates_read import parse_date
from app.ui.common.field_errors import WARNING_STYLE, FieldErrors
from app.ui.common.messages import translate_error
from app.ui.common.timefmt import ui_date
from app.ui.inmates.choices import education_text, marital_text, religion_text
from app.ui.inmates.record_tables import fmt, problem_text

PHOTO_SIZE = (240, 320)  # stored size (3:4 portrait), JPEG
SHOWN_SIZE = (120, 160)
TEXT_FIELDS = ("reg_number", "full_name", "aliases", "nik", "birth_place", "occupation",
               "address", "origin", "next_of_kin", "block", "cell", "admission_source")  # fmt: skip
DATE_FIELDS = ("birth_date", "admission_date")
CHOICE_FIELDS = ("sex", "religion", "education", "marital_status", "reg_code", "status")


def scaled_photo(path: str) -> bytes | None:
    """A JPEG of at most 240x320 from any image Qt reads (JPEG/PNG), or None if unreadable."""
    image = QImage(path)
    if image.isNull():
        return None
    image = image.scaled(*PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)  # fmt: skip
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())


class IdentityForm(QWidget):
    """Identity, placement and status inputs, laid out on three pages (see `pages`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.inputs: dict[str, Any] = {}
        self.photo: bytes | None = None
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            if name in FIELD_LIMITS:  # what the register keeps (a paste is cut); NIK: its rule
                edit.setMaxLength(FIELD_LIMITS[name])
            self.inputs[name] = edit
        for name in DATE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.setPlaceholderText("17-08-1990")
            self.inputs[name] = edit
        self.inputs["nik"].setMaxLength(20)
        self.inputs["nik"].setPlaceholderText(self.tr("16 angka"))
        for name in CHOICE_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"field_{name}")
            self.inputs[name] = combo
        self._fill(self.inputs["sex"], [("", ""), ("L", self.tr("L — Laki-laki")),
                                         ("P", self.tr("P — Perempuan"))])  # fmt: skip
        self._fill(self.inputs["religion"], [("", "")] + [(r, religion_text(r)) for r in RELIGIONS])
        self._fill(self.inputs["education"],
                   [("", "")] + [(e, education_text(e)) for e in EDUCATION_LEVELS])  # fmt: skip
        self._fill(
            self.inputs["marital_status"],
            [("", "")] + [(m, marital_text(m)) for m in MARITAL_STATUSES],
        )
        self._fill(self.inputs["reg_code"], [("", "")] + [
            (c.value, f"{c.value} — {self.tr_inmates(CODE_LABELS[c])}") for c in RegCode])  # fmt: skip
        self._fill(self.inputs["status"], [
            (s.value, self.tr_inmates(STATUS_LABELS[s])) for s in Status])  # fmt: skip
        self.nik_warning = QLabel()
        self.nik_warning.setStyleSheet(WARNING_STYLE)
        self.nik_warning.setWordWrap(True)
        self.proposed = QLabel()
        self.proposed.setObjectName("proposed_code")
        self.use_proposed = QPushButton(self.tr("Pakai &usulan"))
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(*SHOWN_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #aaa; background: #f4f4f4;")
        self.photo_button = QPushButton(self.tr("&Foto…"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Hapus foto"))
        self.remove_photo_button.clicked.connect(lambda: self.set_photo(None))
        self.photo_problem = self.errors.add("photo", self.photo_button)
        self.pages = {"identity": self._identity_page(), "placement": self._placement_page(),
                      "status": self._status_page()}  # fmt: skip
        self.set_photo(None)

    @staticmethod
    def tr_inmates(text: str) -> str:
        return QCoreApplication.translate("inmates", text)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        for value, text in items:
            combo.addItem(text, value)

    def _row(self, form: QFormLayout, label: str, name: str) -> None:
        self.errors.row(form, label, name, self.inputs[name])

    def _identity_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        for label, name in ((self.tr("No. &registrasi*"), "reg_number"),
                            (self.tr("&Nama lengkap*"), "full_name"), (self.tr("&Alias"), "aliases"),
                            (self.tr("N&IK"), "nik"), (self.tr("&Jenis kelamin*"), "sex"),
                            (self.tr("&Tempat lahir"), "birth_place"),
                            (self.tr("Tanggal &lahir"), "birth_date"), (self.tr("A&gama"), "religion"),
                            (self.tr("&Pendidikan terakhir"), "education"),
                            (self.tr("Status &perkawinan"), "marital_status"),
                            (self.tr("Pe&kerjaan"), "occupation"), (self.tr("Ala&mat"), "address"),
                            (self.tr("Asal &daerah"), "origin"),
                            (self.tr("Keluarga/&wali"), "next_of_kin")):  # fmt: skip
            self._row(form, label, name)
        form.addRow("", self.nik_warning)
        photo = QVBoxLayout()
        photo.addWidget(self.photo_label)
        photo.addWidget(self.photo_button)
        photo.addWidget(self.remove_photo_button)
        photo.addWidget(self.photo_problem)
        photo.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addLayout(form, 1)
        layout.addLayout(photo)
        return page

    def _placement_page(self) -> QWidget:
        page = QWidget()
        self.placement_form = QFormLayout(page)
        for label, name in ((self.tr("&Blok"), "block"), (self.tr("&Kamar"), "cell"),
                            (self.tr("Tanggal &masuk*"), "admission_date"),
                            (self.tr("Asal &penahanan"), "admission_source")):  # fmt: skip
            self._row(self.placement_form, label, name)
        return page

    def _status_page(self) -> QWidget:
        page = QWidget()
        self.status_form = QFormLayout(page)
        self._row(self.status_form, self.tr("&Status"), "status")
        code_row = QHBoxLayout()
        code_row.addWidget(self.errors.wrap("reg_code", self.inputs["reg_code"]), 1)
        code_row.addWidget(self.proposed)
        code_row.addWidget(self.use_proposed)
        holder = QWidget()
        holder.setLayout(code_row)
        code_row.setContentsMargins(0, 0, 0, 0)
        self.status_form.addRow(self.tr("&Kode registrasi*"), holder)
        self.status_form.labelForField(holder).setBuddy(self.inputs["reg_code"])  # not the row
        self.release_info = QLabel()
        self.release_info.setWordWrap(True)
        self.status_form.addRow(self.tr("Keterangan"), self.release_info)
        for name in ("release_date", "release_reason", "transfer_destination", "death_date"):
            self.status_form.addRow("", self.errors.add(name, self.release_info))
        return page

    # --- values -----------------------------------------------------------------------------
    def load(self, values: dict[str, Any]) -> None:
        for name in TEXT_FIELDS + DATE_FIELDS:
            self.inputs[name].setText(fmt(values.get(name)))
        for name in CHOICE_FIELDS:
            combo: QComboBox = self.inputs[name]
            value = values.get(name) or ""
            index = combo.findData(value)
            if index < 0 and value:
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name in TEXT_FIELDS:
            values[name] = self.inputs[name].text()
        for name in CHOICE_FIELDS:
            values[name] = self.inputs[name].currentData() or ""
        for name in DATE_FIELDS:
            try:
                values[name] = parse_date(self.inputs[name].text())
            except ValueError as exc:
                problems[name] = problem_text(exc)
                values[name] = None
        return values, problems

    def snapshot(self) -> tuple[Any, ...]:
        """The inputs as they stand (texts as typed, choices, photo): equal means unedited."""
        texts = tuple(self.inputs[name].text() for name in TEXT_FIELDS + DATE_FIELDS)
        choices = tuple(self.inputs[name].currentData() for name in CHOICE_FIELDS)
        return texts, choices, self.photo

    def show_warnings(self, warnings: dict[str, str]) -> None:
        self.nik_warning.setText(
            "\n".join("⚠ " + translate_error(text) for text in warnings.values())
        )

    # --- photo ------------------------------------------------------------------------------
    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih foto"), "",
                                              self.tr("Gambar (*.jpg *.jpeg *.png)"))  # fmt: skip
        if path:
            self.load_photo_file(path)

    def load_photo_file(self, path: str) -> bool:
        data = scaled_photo(path)
        if data is None:
            self.photo_problem.set_message(
                self.tr("Berkas bukan gambar JPEG/PNG yang dapat dibaca.")
            )
            return False
        self.photo_problem.set_message("")
        self.set_photo(data)
        return True

    def set_photo(self, data: bytes | None) -> None:
        self.photo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo_label.setPixmap(pixmap.scaled(*SHOWN_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("Tanpa foto"))
        self.remove_photo_button.setEnabled(data is not None)


def release_text(values: dict[str, Any]) -> str:
    """The read-only line about a release, transfer or death."""
    parts = []
    if values.get("release_date"):
        parts.append(
            QCoreApplication.translate("InmateRecord", "Keluar: {date}").format(
                date=ui_date(values["release_date"])
            )
        )
    if values.get("release_reason"):
        parts.append(
            QCoreApplication.translate("InmateRecord", "Alasan: {reason}").format(
                reason=values["release_reason"]
            )
        )
    if values.get("transfer_destination"):
        parts.append(
            QCoreApplication.translate("InmateRecord", "Tujuan: {place}").format(
                place=values["transfer_destination"]
            )
        )
    if values.get("death_date"):
        parts.append(
            QCoreApplication.translate("InmateRecord", "Meninggal: {date}").format(
                date=ui_date(values["death_date"])
            )
        )
    return "; ".join(parts) or "—"
