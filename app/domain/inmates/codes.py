"""Statuses, registration codes (registry.md) and the code proposed from status and sentence."""

from __future__ import annotations

from enum import StrEnum

from app.domain.inmates.sentence import Sentence
from app.domain.remission.model import SentenceType
from app.text import QT_TRANSLATE_NOOP


class Status(StrEnum):
    TAHANAN = "tahanan"
    NARAPIDANA = "narapidana"
    BEBAS = "bebas"
    PINDAH = "pindah"
    MENINGGAL = "meninggal"


ACTIVE_STATUSES = (Status.TAHANAN, Status.NARAPIDANA)

STATUS_LABELS: dict[Status, str] = {
    Status.TAHANAN: QT_TRANSLATE_NOOP("inmates", "Tahanan"),
    Status.NARAPIDANA: QT_TRANSLATE_NOOP("inmates", "Narapidana"),
    Status.BEBAS: QT_TRANSLATE_NOOP("inmates", "Bebas"),
    Status.PINDAH: QT_TRANSLATE_NOOP("inmates", "Pindah"),
    Status.MENINGGAL: QT_TRANSLATE_NOOP("inmates", "Meninggal"),
}


class RegCode(StrEnum):
    A_I = "A.I"
    A_II = "A.II"
    A_III = "A.III"
    A_IV = "A.IV"
    A_V = "A.V"
    B_I = "B.I"
    B_IIA = "B.IIa"
    B_IIB = "B.IIb"
    B_III = "B.III"
    SH = "SH"
    MT = "MT"
    C = "C"


DETAINEE_CODES = (RegCode.A_I, RegCode.A_II, RegCode.A_III, RegCode.A_IV, RegCode.A_V)
CONVICT_CODES = (
    RegCode.B_I, RegCode.B_IIA, RegCode.B_IIB, RegCode.B_III, RegCode.SH, RegCode.MT,
)  # fmt: skip

CODE_LABELS: dict[RegCode, str] = {
    RegCode.A_I: QT_TRANSLATE_NOOP("inmates", "Tahanan penyidik (kepolisian)"),
    RegCode.A_II: QT_TRANSLATE_NOOP("inmates", "Tahanan penuntut umum"),
    RegCode.A_III: QT_TRANSLATE_NOOP("inmates", "Tahanan Pengadilan Negeri"),
    RegCode.A_IV: QT_TRANSLATE_NOOP("inmates", "Tahanan Pengadilan Tinggi"),
    RegCode.A_V: QT_TRANSLATE_NOOP("inmates", "Tahanan Mahkamah Agung"),
    RegCode.B_I: QT_TRANSLATE_NOOP("inmates", "Narapidana, pidana lebih dari 1 tahun"),
    RegCode.B_IIA: QT_TRANSLATE_NOOP("inmates", "Narapidana, lebih dari 3 bulan s.d. 1 tahun"),
    RegCode.B_IIB: QT_TRANSLATE_NOOP("inmates", "Narapidana, 1 hari s.d. 3 bulan"),
    RegCode.B_III: QT_TRANSLATE_NOOP("inmates", "Kurungan, termasuk pengganti denda"),
    RegCode.SH: QT_TRANSLATE_NOOP("inmates", "Pidana seumur hidup"),
    RegCode.MT: QT_TRANSLATE_NOOP("inmates", "Pidana mati"),
    RegCode.C: QT_TRANSLATE_NOOP("inmates", "Sandera (gijzeling)"),
}


# SentenceType is the remission engine's: one definition for the register and the engine.
FIXED_TERM = (SentenceType.PENJARA, SentenceType.KURUNGAN)

SENTENCE_LABELS: dict[SentenceType, str] = {
    SentenceType.PENJARA: QT_TRANSLATE_NOOP("inmates", "Penjara"),
    SentenceType.KURUNGAN: QT_TRANSLATE_NOOP("inmates", "Kurungan"),
    SentenceType.SEUMUR_HIDUP: QT_TRANSLATE_NOOP("inmates", "Seumur hidup"),
    SentenceType.MATI: QT_TRANSLATE_NOOP("inmates", "Mati"),
}


class DetentionKind(StrEnum):
    RUTAN = "rutan"
    RUMAH = "rumah"
    KOTA = "kota"


DETENTION_KIND_LABELS: dict[DetentionKind, str] = {
    DetentionKind.RUTAN: QT_TRANSLATE_NOOP("inmates", "Rutan"),
    DetentionKind.RUMAH: QT_TRANSLATE_NOOP("inmates", "Tahanan rumah"),
    DetentionKind.KOTA: QT_TRANSLATE_NOOP("inmates", "Tahanan kota"),
}


class ReleaseReason(StrEnum):
    EKSPIRASI = "ekspirasi"
    PB = "pb"
    CB = "cb"
    BEBAS_PUTUSAN = "bebas_putusan"
    LAINNYA = "lainnya"


RELEASE_LABELS: dict[ReleaseReason, str] = {
    ReleaseReason.EKSPIRASI: QT_TRANSLATE_NOOP("inmates", "Ekspirasi (habis masa pidana)"),
    ReleaseReason.PB: QT_TRANSLATE_NOOP("inmates", "Pembebasan bersyarat (PB)"),
    ReleaseReason.CB: QT_TRANSLATE_NOOP("inmates", "Cuti bersyarat (CB)"),
    ReleaseReason.BEBAS_PUTUSAN: QT_TRANSLATE_NOOP("inmates", "Bebas / lepas oleh putusan"),
    ReleaseReason.LAINNYA: QT_TRANSLATE_NOOP("inmates", "Lainnya"),
}

# The choices below are stored as written here (Indonesian, also in imports, exports and printed
# papers); the UI shows their translation in the "inmates" context.
SEXES = ("L", "P")
SEX_LABELS = {"L": QT_TRANSLATE_NOOP("inmates", "Laki-laki"),
              "P": QT_TRANSLATE_NOOP("inmates", "Perempuan")}  # fmt: skip
SEX_LETTERS = {"L": QT_TRANSLATE_NOOP("inmates", "L"),  # narrow columns: M / F in English
               "P": QT_TRANSLATE_NOOP("inmates", "P")}  # fmt: skip
RELIGIONS = (
    QT_TRANSLATE_NOOP("inmates", "Islam"),
    QT_TRANSLATE_NOOP("inmates", "Kristen"),
    QT_TRANSLATE_NOOP("inmates", "Katolik"),
    QT_TRANSLATE_NOOP("inmates", "Hindu"),
    QT_TRANSLATE_NOOP("inmates", "Buddha"),
    QT_TRANSLATE_NOOP("inmates", "Konghucu"),
    QT_TRANSLATE_NOOP("inmates", "Lainnya"),
)
EDUCATION_LEVELS = (
    QT_TRANSLATE_NOOP("inmates", "Tidak sekolah"),
    QT_TRANSLATE_NOOP("inmates", "SD"),
    QT_TRANSLATE_NOOP("inmates", "SMP"),
    QT_TRANSLATE_NOOP("inmates", "SMA/SMK"),
    QT_TRANSLATE_NOOP("inmates", "D1-D3"),
    QT_TRANSLATE_NOOP("inmates", "S1"),
    QT_TRANSLATE_NOOP("inmates", "S2"),
    QT_TRANSLATE_NOOP("inmates", "S3"),
)
MARITAL_STATUSES = (
    QT_TRANSLATE_NOOP("inmates", "Belum kawin"),
    QT_TRANSLATE_NOOP("inmates", "Kawin"),
    QT_TRANSLATE_NOOP("inmates", "Cerai hidup"),
    QT_TRANSLATE_NOOP("inmates", "Cerai mati"),
)

ONE_YEAR = Sentence(years=1).key()
THREE_MONTHS = Sentence(months=3).key()


def convict_code(sentence_type: SentenceType | str, sentence: Sentence) -> RegCode:
    """The B code a convict's sentence calls for (registry.md table)."""
    kind = SentenceType(sentence_type)
    if kind is SentenceType.SEUMUR_HIDUP:
        return RegCode.SH
    if kind is SentenceType.MATI:
        return RegCode.MT
    if kind is SentenceType.KURUNGAN:
        return RegCode.B_III
    if sentence.key() > ONE_YEAR:
        return RegCode.B_I
    if sentence.key() > THREE_MONTHS:
        return RegCode.B_IIA
    return RegCode.B_IIB


def propose_code(
    status: Status | str,
    sentence_type: SentenceType | str | None = None,
    sentence: Sentence | None = None,
    detention_stage: RegCode | str | None = None,
) -> RegCode | None:
    """The code the software proposes; None when nothing follows (released people keep theirs).
    A detainee takes the stage of the current detention period (A.I-A.V); a convict the B code
    of the sentence."""
    state = Status(status)
    if state is Status.TAHANAN:
        if detention_stage and RegCode(detention_stage) in DETAINEE_CODES:
            return RegCode(detention_stage)
        return RegCode.A_I
    if state is Status.NARAPIDANA and sentence_type:
        return convict_code(sentence_type, sentence or Sentence())
    return None


def code_fits_status(code: RegCode | str, status: Status | str) -> bool:
    state = Status(status)
    value = RegCode(code)
    if state is Status.TAHANAN:
        return value in DETAINEE_CODES or value is RegCode.C
    if state is Status.NARAPIDANA:
        return value in CONVICT_CODES
    return True
