"""A record's history reads as staff talk: field names from the form, dates as the screens
write them, stored choices in the UI's language; a field it does not know reads as stored."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from app.domain.inmates.record import to_plain
from app.ui.inmates.change_text import FIELD_NAMES, describe_change
from app.ui.inmates.record_sections import SECTION_FIELDS
from tests.inmate_samples import detainee
from tests.ui.inmates.tab_helpers import open_dialog

BEFORE = {"legacy_field": "x", "block": "", "full_name": "Ahmad Sulaiman", "admission_date": "2026-01-03", "status": "tahanan",
          "religion": "islam", "marital_status": "Kawin", "cases": [], "photo": None}  # fmt: skip
AFTER = {**BEFORE, "full_name": "Ahmad Baru", "admission_date": "2026-01-05",
         "status": "narapidana", "marital_status": "Cerai hidup", "block": "B",
         "cases": [{"articles": "362 KUHP"}], "photo": "1024 bytes", "legacy_field": "y"}  # fmt: skip


def test_every_field_of_a_record_has_a_name():
    assert set(to_plain(detainee(1))) <= set(FIELD_NAMES)
    assert set(FIELD_NAMES) == {f for fields in SECTION_FIELDS.values() for f in fields}


def test_in_indonesian(qapp):
    assert describe_change(BEFORE, AFTER).split("; ") == [
        "Nama lengkap: Ahmad Sulaiman → Ahmad Baru",
        "Status perkawinan: Kawin → Cerai hidup",
        "Foto diubah",
        "Blok: — → B",
        "Tanggal masuk: 3 Januari 2026 → 5 Januari 2026",
        "Status: Tahanan → Narapidana",
        "Perkara diubah",
        "legacy_field: x → y",
    ]
    assert describe_change(None, AFTER) == "Data dibuat: Ahmad Baru ()"


def test_in_english(english):
    assert describe_change(BEFORE, AFTER).split("; ") == [
        "Full name: Ahmad Sulaiman → Ahmad Baru",
        "Marital status: Married → Divorced",
        "Photo changed",
        "Block: — → B",
        "Admission date: 3 January 2026 → 5 January 2026",
        "Status: Detainee → Convict",
        "Cases changed",
        "legacy_field: x → y",
    ]


@given(st.dictionaries(st.sampled_from(sorted(FIELD_NAMES)),
                    st.text(alphabet="ab-é 1", max_size=5) | st.none()))  # fmt: skip
def test_nothing_changed_reads_as_nothing(qapp, record):
    assert describe_change(record, dict(record)) == ""


def test_the_record_dialog_shows_it(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    services.inmates.update(admin, record.id, replace(record.data, full_name="Ahmad Baru"))
    dialog = open_dialog(qtbot, services, admin, record.id)
    history = dialog.history
    texts = [history.item(row, 3).text() for row in range(history.rowCount())]
    assert texts[-1] == "Nama lengkap: Ahmad Sulaiman → Ahmad Baru"
    assert texts[0].startswith("Data dibuat: Ahmad Sulaiman (")
