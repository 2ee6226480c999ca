"""Why a remission decision says yes or no: a stable code, Indonesian text and the legal basis.

Codes are part of the CLI contract (scripts match on them); texts are Indonesian templates marked
for translation; the basis comes from the rule table, so a changed law changes the citation too.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from app.text import QT_TRANSLATE_NOOP


# A NamedTuple, immutable: thousands are made per proposal list (cheaper than a dataclass).
class Reason(NamedTuple):
    code: str
    text: str
    basis: str
    excludes: bool  # True: this reason makes the decision "not eligible"

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "text": self.text, "basis": self.basis}


# code -> (excludes, template). Templates take named parameters filled in by `reason()`.
CATALOGUE: dict[str, tuple[bool, str]] = {
    # exclusions
    "NOT_NARAPIDANA": (True, QT_TRANSLATE_NOOP("remission", "Belum narapidana: belum ada putusan berkekuatan hukum tetap pada {date}.")),
    "SENTENCE_LIFE_OR_DEATH": (True, QT_TRANSLATE_NOOP("remission", "Pidana {sentence} tidak mendapat remisi.")),
    "NOT_YET_DETAINED": (True, QT_TRANSLATE_NOOP("remission", "Penahanan baru dimulai {start}, sesudah hari remisi.")),
    "ALREADY_RELEASED": (True, QT_TRANSLATE_NOOP("remission", "Masa pidana sudah berakhir {release}, pada atau sebelum hari remisi.")),
    "SERVED_TOO_SHORT": (True, QT_TRANSLATE_NOOP("remission", "Baru menjalani {served} hari; syaratnya {condition} {minimum} hari.")),
    "DISCIPLINE": (True, QT_TRANSLATE_NOOP("remission", "Tercatat hukuman disiplin (register F) pada {dates}, dalam {months} bulan sebelum hari remisi (sejak {window_start}).")),
    "SERVING_SUBSTITUTE": (True, QT_TRANSLATE_NOOP("remission", "Sedang menjalani pidana kurungan pengganti denda (pidana pokok selesai {main_end}).")),
    "CUTI_MENJELANG_BEBAS": (True, QT_TRANSLATE_NOOP("remission", "Sedang menjalani cuti menjelang bebas.")),
    "CORRUPTION_FINES_UNPAID": (True, QT_TRANSLATE_NOOP("remission", "Terpidana korupsi belum melunasi denda dan uang pengganti.")),
    "TERRORISM_PROGRAMME_NOT_DONE": (True, QT_TRANSLATE_NOOP("remission", "Terpidana terorisme belum menyelesaikan program deradikalisasi dan ikrar setia NKRI.")),
    "ESCAPED": (True, QT_TRANSLATE_NOOP("remission", "Pernah melarikan diri: tidak mendapat Remisi Dasawarsa.")),
    "NO_RELIGIOUS_HOLIDAY": (True, QT_TRANSLATE_NOOP("remission", "Agama '{religion}' tidak memiliki hari besar dalam tabel Remisi Khusus.")),
    "RELIGION_MISMATCH": (True, QT_TRANSLATE_NOOP("remission", "Hari besar agamanya {own}, bukan {occasion}.")),
    "ALREADY_GRANTED_THIS_YEAR": (True, QT_TRANSLATE_NOOP("remission", "Sudah menerima {kind} pada {date} di tahun {year}.")),
    "ZERO_AMOUNT": (True, QT_TRANSLATE_NOOP("remission", "Besarnya remisi menurut tabel 0 hari.")),
    # information (does not exclude)
    "SUSULAN_CANDIDATE": (False, QT_TRANSLATE_NOOP("remission", "Calon remisi susulan: sudah ditahan {served} hari (lebih dari {minimum} hari); diusulkan setelah putusan berkekuatan hukum tetap.")),
    "RU_TABLE": (False, QT_TRANSLATE_NOOP("remission", "Remisi Umum ke-{nth} (baris tabel: {label}; telah menjalani {served} hari): {days} hari.")),
    "RK_TABLE": (False, QT_TRANSLATE_NOOP("remission", "Remisi Khusus {holiday} ke-{nth} (baris tabel: {label}; telah menjalani {served} hari): {days} hari.")),
    "RD_AMOUNT": (False, QT_TRANSLATE_NOOP("remission", "Remisi Dasawarsa 1/12 dari pidana {sentence} = {exact} hari, dibulatkan ke bawah, paling banyak {cap} hari: {days} hari.")),
    "RT_DONOR": (False, QT_TRANSLATE_NOOP("remission", "Remisi Tambahan {fraction} dari Remisi Umum {ru} hari (donor / jasa kemanusiaan): {days} hari.")),
    "RT_PEMUKA": (False, QT_TRANSLATE_NOOP("remission", "Remisi Tambahan {fraction} dari Remisi Umum {ru} hari (pemuka): {days} hari.")),
    "RT_BOTH_LARGER": (False, QT_TRANSLATE_NOOP("remission", "Donor sekaligus pemuka: diberikan Remisi Tambahan yang terbesar, {days} hari; {smaller} hari yang lain tidak ditambahkan.")),
    "CHILD_PMP": (False, QT_TRANSLATE_NOOP("remission", "Anak (belum {age} tahun pada putusan): diberikan sebagai Pengurangan Masa Pidana (PMP).")),
    "CATEGORY_I": (False, QT_TRANSLATE_NOOP("remission", "Kategori I: masa pidana berkurang, bebas {release}.")),
    "CATEGORY_II": (False, QT_TRANSLATE_NOOP("remission", "Kategori II: bebas pada hari remisi {release}.")),
    "CATEGORY_II_SUBSTITUTE": (False, QT_TRANSLATE_NOOP("remission", "Kategori II: pidana pokok selesai pada hari remisi; bebas {release} setelah menjalani {substitute} hari kurungan pengganti denda.")),
    "SAME_DAY_COUNTED": (False, QT_TRANSLATE_NOOP("remission", "{kind} pada hari yang sama ({days} hari) ikut dihitung: sebelum remisi ini bebas {release}.")),
    "HISTORY_AFTER_OCCASION": (False, QT_TRANSLATE_NOOP("remission", "{count} riwayat remisi bertanggal pada atau sesudah hari remisi tidak dihitung.")),
}  # fmt: skip


def reason(code: str, basis: str, **params: Any) -> Reason:
    excludes, template = CATALOGUE[code]
    return Reason(code, template.format(**params), basis, excludes)
