"""The columns of the inmate spreadsheet: field keys, Indonesian and English headers, and the
other headers facilities use for them. One flat row per person: identity, placement, one case
and one detention period (more can be added in the record afterwards)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str  # an InmateData field, "case.<CaseData field>" or "detention.<start|end|kind>"
    header_id: str
    header_en: str
    kind: str = "text"  # text, date, int, bool, sex, status, code, sentence_type
    aliases: tuple[str, ...] = ()
    note: str = ""  # shown in the template's second sheet


COLUMNS: tuple[Column, ...] = (
    Column("reg_number", "No. Registrasi", "Registration number", "text",
           ("nomor registrasi", "no reg", "noreg", "registration no", "reg number"),
           "Wajib. Ditulis menurut pola fasilitas, mis. B.I-123/2025 atau AIII.45/2025."),
    Column("full_name", "Nama", "Name", "text", ("nama lengkap", "nama wbp", "full name"),
           "Wajib."),
    Column("aliases", "Alias", "Aliases", "text", ("nama alias", "als", "alias")),
    Column("nik", "NIK", "NIK", "text", ("no ktp", "nomor induk kependudukan", "national id"),
           "16 angka (boleh kosong). Tulis sebagai teks agar Excel tidak membulatkannya."),
    Column("sex", "Jenis Kelamin", "Sex", "sex", ("jk", "l/p", "gender", "kelamin"),
           "Wajib: L atau P (Laki-laki / Perempuan)."),
    Column("birth_place", "Tempat Lahir", "Place of birth", "text", ("tmp lahir", "birthplace")),
    Column("birth_date", "Tanggal Lahir", "Date of birth", "date", ("tgl lahir", "dob"),
           "Tanggal: 17-08-1990, 17/08/1990, 1990-08-17 atau 17 Agustus 1990."),
    Column("religion", "Agama", "Religion", "religion", (),
           "Islam, Kristen, Katolik, Hindu, Buddha, Konghucu atau Lainnya (huruf besar/kecil bebas)."),
    Column("education", "Pendidikan", "Education", "education", ("pendidikan terakhir",)),
    Column("marital_status", "Status Perkawinan", "Marital status", "marital", ("perkawinan",)),
    Column("occupation", "Pekerjaan", "Occupation", "text", ("job",)),
    Column("address", "Alamat", "Address", "text", ()),
    Column("origin", "Asal", "Origin", "text", ("daerah asal", "asal daerah")),
    Column("next_of_kin", "Keluarga", "Next of kin", "text",
           ("keluarga yang dapat dihubungi", "kontak keluarga", "family")),
    Column("status", "Status", "Status", "status", ("status wbp",),
           "Wajib: tahanan, narapidana, bebas, pindah atau meninggal."),
    Column("reg_code", "Kode Registrasi", "Registration code", "code",
           ("kode", "golongan", "register", "code"),
           "A.I-A.V, B.I, B.IIa, B.IIb, B.III, SH, MT, C. Kosong: diusulkan dari status dan pidana."),
    Column("block", "Blok", "Block", "text", ("blok hunian",)),
    Column("cell", "Kamar", "Cell", "text", ("no kamar", "room")),
    Column("admission_date", "Tanggal Masuk", "Admission date", "date",
           ("tgl masuk", "admitted"), "Wajib."),
    Column("admission_source", "Asal Penahanan", "Admitted from", "text",
           ("instansi penahan", "penahan", "source")),
    Column("case.articles", "Pasal", "Articles", "text", ("pasal yang dilanggar",)),
    Column("case.crime_category", "Jenis Kejahatan", "Crime category", "text",
           ("kategori kejahatan", "tindak pidana", "crime")),
    Column("case.court", "Pengadilan", "Court", "text", ()),
    Column("case.verdict_number", "Nomor Putusan", "Verdict number", "text", ("no putusan",),
           "Wajib untuk narapidana."),
    Column("case.verdict_date", "Tanggal Putusan", "Verdict date", "date", ("tgl putusan",),
           "Wajib untuk narapidana."),
    Column("case.inkracht_date", "Tanggal Inkracht", "Inkracht date", "date",
           ("tgl inkracht", "tanggal bht", "final verdict date"), "Wajib untuk narapidana."),
    Column("case.sentence_type", "Jenis Pidana", "Sentence type", "sentence_type", (),
           "penjara, kurungan, seumur hidup atau mati."),
    Column("case.sentence_years", "Pidana Tahun", "Sentence years", "int", ("tahun",)),
    Column("case.sentence_months", "Pidana Bulan", "Sentence months", "int", ("bulan",)),
    Column("case.sentence_days", "Pidana Hari", "Sentence days", "int", ("hari",)),
    Column("case.fine", "Denda", "Fine", "int", ("denda rp",), "Rupiah, angka saja."),
    Column("case.substitute_days", "Subsider (hari)", "Substitute days", "int",
           ("subsider", "kurungan pengganti", "pengganti denda")),
    Column("case.fine_paid", "Denda Dibayar", "Fine paid", "bool", ("lunas",), "ya / tidak."),
    Column("detention.start", "Mulai Penahanan", "Detention start", "date",
           ("awal penahanan", "tgl penahanan")),
    Column("detention.end", "Akhir Penahanan", "Detention end", "date",
           ("batas penahanan", "expired penahanan"),
           "Kosong: dihitung dari batas KUHAP tahap penahanan (kode A)."),
    Column("detention.kind", "Jenis Penahanan", "Detention kind", "text", (),
           "rutan, rumah atau kota (kosong = rutan)."),
)  # fmt: skip

BY_KEY = {c.key: c for c in COLUMNS}


def header_key(text: object) -> str:
    """Headers compared without case, spaces and punctuation."""
    return re.sub(r"[^a-z0-9]", "", str(text or "").lower())


_LOOKUP: dict[str, str] = {}
for _col in COLUMNS:
    for _name in (_col.key, _col.key.split(".")[-1], _col.header_id, _col.header_en, *_col.aliases):
        _LOOKUP.setdefault(header_key(_name), _col.key)


def match_headers(headers: list[object]) -> dict[int, str]:
    """Column index -> field key for the headers recognised (each field used once)."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        key = _LOOKUP.get(header_key(header))
        if key and key not in used:
            mapping[index] = key
            used.add(key)
    return mapping
