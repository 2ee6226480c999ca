"""Documents with several tables (render_sections_pdf) and the remission papers' text helpers,
without a database."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from app.domain.remission.labels import kind_order, reason_label
from app.domain.terbilang import thousands
from app.reports.remission_papers import amount_cell
from app.reports.sk_extract import SkExtract, render_sk_extracts
from app.reports.table_document import Column, Section, SideBySide, render_sections_pdf
from tests.conftest import PROFILE


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_sections_with_their_own_columns_headings_notes_and_watermark():
    sections = [
        Section("A. Bebas", [Column("No.", 0.5), "Nama"], [(1, "Empat Contoh")]),
        Section("B. Tetap", ["No.", "Nama", Column("Hari", 1, "RIGHT")], [(1, "Lima", "30")],
                note="Catatan kecil di bawah tabel."),
        Section("C. Kosong", ["No.", "Nama"], []),
    ]  # fmt: skip
    pdf = render_sections_pdf(PROFILE, "DAFTAR", sections, subtitle="Sub", on=date(2025, 8, 17),
                              watermark="DRAF")  # fmt: skip
    (page,) = pages_of(pdf)
    for text in ("A. Bebas", "B. Tetap", "C. Kosong", "Hari", "Catatan kecil", "DRAF",
                 "Pekalongan, 17 Agustus 2025", "Halaman 1 dari 1"):  # fmt: skip
        assert text in page
    plain = render_sections_pdf(PROFILE, "DAFTAR", sections[:1], on=date(2025, 8, 17))
    assert "DRAF" not in pages_of(plain)[0]


def text_positions(pdf: bytes) -> dict[str, float]:
    """The x position of every text run on the first page."""
    found: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():  # x on the page: the text matrix through the current matrix
            found.setdefault(text.strip(), cm[0] * tm[4] + cm[2] * tm[5] + cm[4])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


def test_side_by_side_sections_stand_in_two_columns_on_one_page():
    kinds = Section(
        "2. Menurut jenis",
        ["Uraian", "Jumlah"],
        [("Remisi Umum (RU)", "5 orang")],
        note="Catatan kiri.",
    )
    amounts = Section("4. Menurut besar", ["Uraian", "Jumlah"], [("60 hari", "3 orang")])
    sections = [
        Section("1. Ringkasan", ["Uraian", "Jumlah"], [("Diberi remisi", "5 orang")]),
        SideBySide([kinds, Section("3. Menurut kategori", ["Uraian", "Jumlah"], [("I", "4")])],
                   [amounts]),
        Section("5. Alasan", ["Uraian", "Jumlah"], [("Belum narapidana", "1 orang")]),
    ]  # fmt: skip
    pdf = render_sections_pdf(PROFILE, "STATISTIK", sections, on=date(2025, 8, 17))
    (page,) = pages_of(pdf)
    for text in ("1. Ringkasan", "Remisi Umum (RU)", "Catatan kiri.", "3. Menurut kategori",
                 "60 hari", "5. Alasan", "Budi Santoso"):  # fmt: skip
        assert text in page
    x = text_positions(pdf)
    middle = PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width / 2
    assert x["2. Menurut jenis"] < middle < x["4. Menurut besar"]
    assert x["3. Menurut kategori"] == x["2. Menurut jenis"]  # under it, in the left column
    assert x["1. Ringkasan"] < middle and x["5. Alasan"] < middle


def test_a_pair_taller_than_a_page_goes_on_over_the_next():
    rows = [(f"Baris {i}", str(i)) for i in range(1, 91)]
    pair = SideBySide([Section("Kiri", ["Uraian", "Jumlah"], rows)],
                      [Section("Kanan", ["Uraian", "Jumlah"], rows[:10])])  # fmt: skip
    pages = pages_of(render_sections_pdf(PROFILE, "PANJANG", [pair], on=date(2025, 8, 17)))
    assert len(pages) >= 2
    text = " ".join(pages)
    assert all(f"Baris {i} " in text or f"Baris {i}\n" in text for i in range(1, 91))
    assert "Budi Santoso" in pages[-1]


def test_signatures_never_stand_alone_on_the_last_page():
    for count in range(20, 75, 3):
        rows = [(i, f"Baris {i}") for i in range(1, count + 1)]
        sections = [Section("A. Pertama", ["No.", "Nama"], rows[: count // 2]),
                    Section("B. Kedua", ["No.", "Nama"], rows[count // 2 :])]  # fmt: skip
        pages = pages_of(render_sections_pdf(PROFILE, "DAFTAR", sections, on=date(2025, 8, 17)))
        assert "Budi Santoso" in pages[-1]
        assert "Baris" in pages[-1], count
        assert f"Baris {count}" in pages[-1]


def test_labels_and_amounts():
    assert reason_label("DISCIPLINE") == "Tercatat hukuman disiplin (register F)"
    assert reason_label("ZERO_AMOUNT") == "Besarnya remisi menurut tabel 0 hari."
    assert reason_label("HISTORY_AFTER_OCCASION").startswith("… riwayat remisi")
    assert reason_label("SOMETHING_NEW") == "SOMETHING_NEW"
    assert sorted(["RT", "XX", "RU", "PMP", "RK"], key=kind_order) == [
        "RU",
        "RK",
        "PMP",
        "RT",
        "XX",
    ]
    assert amount_cell(60, 30) == "60 hari + RT 30 hari"
    assert amount_cell(60, 0, child=True) == "PMP 60 hari"
    assert thousands(1380) == "1.380" and thousands(12) == "12"


def test_sk_extract_for_a_child_names_pmp():
    item = SkExtract("Pengurangan Masa Pidana (Remisi Umum) Tahun 2025", date(2025, 8, 17),
                     "SK-A/2025", date(2025, 8, 1), "Anak Contoh", "B.I-21/2025", "3 tahun",
                     date(2027, 2, 10), 60, 20, "I", date(2026, 11, 22), child=True)  # fmt: skip
    (page,) = pages_of(render_sk_extracts(PROFILE, [item]))
    text = " ".join(page.split())
    assert "KEPUTUSAN TENTANG PEMBERIAN PENGURANGAN MASA PIDANA (REMISI UMUM) TAHUN 2025" in text
    assert "kepada anak binaan" in text
    assert "60 hari (2 bulan) dan Remisi Tambahan 20 hari" in text
