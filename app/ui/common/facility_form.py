"""The facility profile form, shared by the setup wizard and the admin's facility dialog.

Fields follow FacilityProfile (name, code, address, city, head_name, head_nip, logo). The logo is
picked from a PNG or JPEG file, scaled down to at most LOGO_MAX_PX on its longest side and kept as
PNG bytes; the preview shows what will be printed on letterheads.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRegularExpression, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.facility import FacilityProfile
from app.ui.common.field_errors import FieldErrors

LOGO_MAX_PX = 512
PREVIEW_PX = 96


def image_to_png(image: QImage, max_px: int = LOGO_MAX_PX) -> bytes:
    """PNG bytes of `image`, scaled down (never up) so its longest side is at most `max_px`."""
    if max(image.width(), image.height()) > max_px:
        image = image.scaled(
            max_px,
            max_px,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class FacilityForm(QWidget):
    """Edits one FacilityProfile: set_profile(), profile(), show_errors(field_errors)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo: bytes | None = None
        self.errors = FieldErrors()

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("mis. Rutan Kelas IIA Pekalongan"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("mis. RUTAN-PKL"))
        self.code_edit.setMaxLength(40)
        self.address_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.head_name_edit = QLineEdit()
        self.head_nip_edit = QLineEdit()
        self.head_nip_edit.setPlaceholderText(self.tr("18 angka"))
        self.head_nip_edit.setMaxLength(24)  # room for spaces people type between the groups
        self.head_nip_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*"), self.head_nip_edit)
        )

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(PREVIEW_PX, PREVIEW_PX)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #b0b0b0; background: white;")
        self.logo_button = QPushButton(self.tr("&Pilih logo…"))
        self.logo_clear_button = QPushButton(self.tr("&Hapus logo"))
        for button in (self.logo_button, self.logo_clear_button):
            button.setAutoDefault(False)  # Enter in the form saves; it never opens the picker
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear_button.clicked.connect(self.clear_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.logo_clear_button)
        logo_buttons.addStretch(1)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        logo_layout.addLayout(logo_buttons)
        logo_hint = QLabel(self.tr("PNG atau JPEG; diperkecil\nhingga 512 piksel."))
        logo_hint.setStyleSheet("color: #606060;")
        logo_buttons.insertWidget(2, logo_hint)
        logo_layout.addStretch(1)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = (
            (self.tr("&Nama fasilitas:"), "name", self.name_edit),
            (self.tr("Ko&de:"), "code", self.code_edit),
            (self.tr("&Alamat:"), "address", self.address_edit),
            (self.tr("K&ota:"), "city", self.city_edit),
            (self.tr("Nama k&epala:"), "head_name", self.head_name_edit),
            (self.tr("N&IP kepala:"), "head_nip", self.head_nip_edit),
        )
        for text, field, widget in rows:
            self.errors.row(form, QLabel(text), field, widget)  # row() sets the buddy
            widget.textChanged.connect(self.changed)
        logo_label = QLabel(self.tr("Logo:"))
        self.errors.row(form, logo_label, "logo", logo_row)
        self._update_preview()

    # --- data ---------------------------------------------------------------------------------
    def set_profile(self, profile: FacilityProfile) -> None:
        self.name_edit.setText(profile.name)
        self.code_edit.setText(profile.code)
        self.address_edit.setText(profile.address)
        self.city_edit.setText(profile.city)
        self.head_name_edit.setText(profile.head_name)
        self.head_nip_edit.setText(profile.head_nip)
        self._logo = profile.logo_png
        self._update_preview()
        self.errors.clear()

    def profile(self) -> FacilityProfile:
        return FacilityProfile(
            name=self.name_edit.text(),
            code=self.code_edit.text(),
            address=self.address_edit.text(),
            city=self.city_edit.text(),
            head_name=self.head_name_edit.text(),
            head_nip=self.head_nip_edit.text(),
            logo_png=self._logo,
        )

    def show_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        """Show the facility fields' messages; returns the ones that belong to other fields."""
        return self.errors.show(field_errors)

    def clear_errors(self) -> None:
        self.errors.clear()

    # --- logo ---------------------------------------------------------------------------------
    def load_logo(self, path: str) -> bool:
        """Read an image file into the logo; False (with a message by the logo) if unreadable."""
        image = QImage(path)
        if image.isNull():
            self.errors.label("logo").set_message(
                self.tr("Berkas ini tidak dapat dibaca sebagai gambar PNG atau JPEG.")
            )
            return False
        self._logo = image_to_png(image)
        self.errors.label("logo").set_message("")
        self._update_preview()
        self.changed.emit()
        return True

    def clear_logo(self) -> None:
        self._logo = None
        self._update_preview()
        self.changed.emit()

    def logo_png(self) -> bytes | None:
        return self._logo

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih logo fasilitas"),
            "",
            self.tr("Gambar (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.load_logo(path)

    def _update_preview(self) -> None:
        self.logo_clear_button.setEnabled(self._logo is not None)
        if self._logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(tanpa logo)"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._logo, "PNG")
        self.logo_preview.setText("")
        self.logo_preview.setPixmap(
            pixmap.scaled(
                PREVIEW_PX - 4,
                PREVIEW_PX - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
