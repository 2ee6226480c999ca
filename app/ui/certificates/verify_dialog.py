"""Verify a certificate: type the code, paste the QR text, or open a photo/scan of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.certificates import CertificateService, VerifyResult, VerifyStatus
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.timefmt import ui_date

HEADLINES = {
    VerifyStatus.VALID: (QT_TRANSLATE_NOOP("VerifyDialog", "SAH — sertifikat asli dan berlaku"),
                         "#1b5e20"),
    VerifyStatus.REVOKED: (QT_TRANSLATE_NOOP("VerifyDialog", "DICABUT — sertifikat tidak berlaku"),
                           "#e65100"),
    VerifyStatus.NOT_FOUND: (QT_TRANSLATE_NOOP("VerifyDialog", "TIDAK DITEMUKAN di register"),
                             "#555555"),
    VerifyStatus.FORGED: (QT_TRANSLATE_NOOP("VerifyDialog", "PALSU — isi QR telah diubah"),
                          "#b00020"),
}  # fmt: skip


def decode_qr_image(path: Path) -> list[str]:
    """The texts of the QR codes found in an image file (photo or scan). Raises ImportError
    when the QR reader (zxing-cpp) is missing from this installation."""
    import zxingcpp

    image = QImage(str(path))
    if image.isNull():
        return []
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [b.text for b in zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)]


class VerifyDialog(QDialog):
    def __init__(self, service: CertificateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.result: VerifyResult | None = None
        self.setWindowTitle(self.tr("Verifikasi sertifikat"))
        self.resize(620, 300)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Kode verifikasi (mis. K7QM-2XHD-9WPA) atau isi QR"))
        prompt = QLabel(self.tr("&Kode atau isi QR:"))
        prompt.setBuddy(self.input)
        self.check_button = QPushButton(self.tr("&Periksa"))
        self.image_button = QPushButton(self.tr("Buka &gambar…"))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setMinimumHeight(self.headline.fontMetrics().height() * 2)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.image_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(row)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(close)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.input.returnPressed.connect(self.check)
        self.image_button.clicked.connect(self.open_image)

    @Slot()
    def check(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        self.show_result(self.service.verify(text))

    @Slot()
    def open_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Buka foto atau pindaian sertifikat"), "",
            self.tr("Gambar (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"),
        )  # fmt: skip
        if path:
            self.verify_image(Path(path))

    def verify_image(self, path: Path) -> None:
        try:
            texts = decode_qr_image(path)
        except ImportError:
            self.result = None
            self.headline.setStyleSheet("color: #b00020;")
            self.headline.setText(self.tr("Pembaca kode QR tidak terpasang."))
            self.details.setText(self.tr("Ketik kode verifikasi yang tercetak di sertifikat."))
            return
        if not texts:
            self.result = None
            self.headline.setStyleSheet("color: #b00020;")
            self.headline.setText(self.tr("Kode QR tidak terbaca pada gambar ini."))
            self.details.setText(self.tr("Coba foto yang lebih tajam dan lurus, atau ketik kode."))
            return
        self.input.setText(texts[0])
        self.input.setCursorPosition(0)
        self.check()

    def show_result(self, result: VerifyResult) -> None:
        self.result = result
        text, color = HEADLINES[result.status]
        self.headline.setStyleSheet(f"color: {color};")
        self.headline.setText(QCoreApplication.translate("VerifyDialog", text))
        lines = []
        cert = result.certificate
        if cert is not None:
            lines += [
                self.tr("Nomor: %1").replace("%1", cert.number),
                self.tr("Nama: %1").replace("%1", cert.recipient_name),
                self.tr("Tanggal terbit: %1").replace("%1", ui_date(cert.issued_on)),
                self.tr("Program/kegiatan: %1").replace("%1", cert.subject),
            ]
            if cert.revoked:
                lines.append(self.tr("Dicabut: %1").replace("%1", cert.revoked_reason))
        if result.detail:
            lines.append(QCoreApplication.translate("certificates", result.detail))
        self.details.setText("\n".join(lines))
