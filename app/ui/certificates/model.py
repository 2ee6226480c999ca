"""The certificate register as a paged table model (the register grows every year)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt

from app.services.certificates import CertificateDTO
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.paged_model import Column, PagedTableModel
from app.ui.common.timefmt import ui_date

CONTEXT = "certificates"


def _status(cert: CertificateDTO) -> str:
    text = (
        QT_TRANSLATE_NOOP("certificates", "Dicabut")
        if cert.revoked
        else QT_TRANSLATE_NOOP("certificates", "Berlaku")
    )
    return QCoreApplication.translate(CONTEXT, text)


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("certificates", "Nomor"), lambda c: c.number),
    Column(QT_TRANSLATE_NOOP("certificates", "Nama penerima"), lambda c: c.recipient_name),
    Column(
        QT_TRANSLATE_NOOP("certificates", "Jenis"),
        lambda c: QCoreApplication.translate(CONTEXT, c.kind_label),
    ),
    Column(
        QT_TRANSLATE_NOOP("certificates", "Program / kegiatan"),
        lambda c: c.subject,
        tooltip=lambda c: c.reason or c.subject,
    ),
    Column(QT_TRANSLATE_NOOP("certificates", "Tanggal terbit"), lambda c: ui_date(c.issued_on)),
    Column(
        QT_TRANSLATE_NOOP("certificates", "Status"), _status, tooltip=lambda c: c.revoked_reason
    ),
    Column(QT_TRANSLATE_NOOP("certificates", "Kode verifikasi"), lambda c: c.code_display),
    Column(
        QT_TRANSLATE_NOOP("certificates", "Cetak ulang"),
        lambda c: c.reprints or "",
        align=Qt.AlignmentFlag.AlignRight,
    ),
)


def register_model(
    fetch: Callable[[int, int], list[CertificateDTO]], count: Callable[[], int]
) -> PagedTableModel:
    return PagedTableModel(COLUMNS, fetch, count, context=CONTEXT, page_size=100)
