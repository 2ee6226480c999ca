"""Words the Remisi tab shows: `remission_text` (a marked text in the UI language), the words
for stored codes (kind, status) and the one-line count summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.remission_dto import CeremonyStatus, ProposalLine
from app.text import QT_TRANSLATE_NOOP

STATUS_LABELS = {
    CeremonyStatus.DRAFT: QT_TRANSLATE_NOOP("remission", "draf"),
    CeremonyStatus.APPROVED: QT_TRANSLATE_NOOP("remission", "disetujui"),
    CeremonyStatus.LOCKED: QT_TRANSLATE_NOOP("remission", "dikunci, tercatat di register"),
}


def remission_text(text: str, n: int = -1) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP("remission", ...)) in the UI language."""
    return QCoreApplication.translate("remission", text, None, n)


def counts_text(lines: list[ProposalLine]) -> str:
    """ "5.010 WBP dihitung: 3.120 diberikan (41 kategori II), 1.890 tidak, ..." """
    granted = [line for line in lines if line.granted]
    number = QLocale().toString
    parts = [
        remission_text(QT_TRANSLATE_NOOP("remission", "%1 WBP dihitung")).replace(
            "%1", number(len(lines))
        ),
        remission_text(QT_TRANSLATE_NOOP("remission", "%1 diberikan (%2 kategori II)"))
        .replace("%1", number(len(granted)))
        .replace("%2", number(sum(1 for line in granted if line.granted_category == "II"))),
        remission_text(QT_TRANSLATE_NOOP("remission", "%1 tidak")).replace(
            "%1", number(len(lines) - len(granted))
        ),
        remission_text(QT_TRANSLATE_NOOP("remission", "%1 calon susulan")).replace(
            "%1", number(sum(1 for line in lines if line.susulan))
        ),
        remission_text(QT_TRANSLATE_NOOP("remission", "%1 diubah petugas")).replace(
            "%1", number(sum(1 for line in lines if line.overridden))
        ),
    ]
    missing = sum(1 for line in granted if not line.sk_number)
    if granted and missing < len(granted):
        parts.append(
            remission_text(QT_TRANSLATE_NOOP("remission", "%1 belum ber-SK")).replace(
                "%1", number(missing)
            )
        )
    return ", ".join(parts)
