"""A stored reason in the UI language (reason_text.py): the Indonesian text as stored; in English
the text made from it, with the template, the dates and the engine's words translated."""

from __future__ import annotations

import re
import string
from datetime import date
from types import SimpleNamespace

import pytest

from app.domain.dates import MONTHS_EN, MONTHS_ID
from app.domain.remission.decide import decide
from app.domain.remission.labels import INCOMPLETE
from app.domain.remission.model import Kind, Occasion, Religion, Sentence, SentenceType, Status
from app.domain.remission.reason_values import DATE_FIELDS, reason_values
from app.domain.remission.reasons import CATALOGUE, reason
from app.services.remission_corrections import CORRECTED_AFTER_LOCK
from app.services.remission_dto import ReasonDTO
from app.services.remission_lines import INCOMPLETE_TEXT
from app.ui.remission.reason_text import shown_justification, shown_reason_text
from app.ui.remission.rules_fields import ROW_LABELS, tr
from tests.domain.remission_factory import RULES, make_case, prior

# Indonesian month names that English does not share (April, September, November are both)
INDONESIAN_MONTH = re.compile(
    r"\b(" + "|".join(m for m in MONTHS_ID if m not in MONTHS_EN) + r")\b"
)

CASES = [
    ("CATEGORY_I", "Kategori I: masa pidana berkurang, bebas 17 Februari 2027.",
     "Category I: sentence reduced, release on 17 February 2027."),
    ("SERVED_TOO_SHORT", "Baru menjalani 120 hari; syaratnya lebih dari 180 hari.",
     "Days served: 120; the requirement is more than 180 days."),
    ("SENTENCE_LIFE_OR_DEATH", "Pidana seumur hidup tidak mendapat remisi.",
     "A life sentence gets no remission."),
    ("RD_AMOUNT", "Remisi Dasawarsa 1/12 dari pidana 5 tahun 1 bulan = 152.5 hari, dibulatkan ke "
     "bawah, paling banyak 90 hari: 90 hari.",
     "Decennial Remission 1/12 of the 5 years 1 month sentence = 152.5 days, rounded down, at "
     "most 90 days: 90 days."),
    # the engine writes the decimal comma; a text stored before did not
    ("RD_AMOUNT", "Remisi Dasawarsa 1/12 dari pidana 3 tahun 1 hari = 90,08 hari, dibulatkan ke "
     "bawah, paling banyak 90 hari: 90 hari.",
     "Decennial Remission 1/12 of the 3 years 1 day sentence = 90.08 days, rounded down, at "
     "most 90 days: 90 days."),
    ("DISCIPLINE", "Tercatat hukuman disiplin (register F) pada 3 Maret 2025, 1 Juli 2025, dalam "
     "6 bulan sebelum hari remisi (sejak 17 Februari 2025).", None),
    (INCOMPLETE, INCOMPLETE_TEXT,
     "Register data incomplete: the start of detention is not recorded."),
    ("NO_RELIGIOUS_HOLIDAY", "Agama 'lainnya' tidak memiliki hari besar dalam tabel Remisi "
     "Khusus.", "Religion 'Other' has no holiday in the Special Remission table."),
    ("RELIGION_MISMATCH", "Hari besar agamanya Nyepi, bukan Natal.",
     "Their religious holiday is Nyepi, not Christmas."),
    # a holiday an admin named stays as named
    ("RELIGION_MISMATCH", "Hari besar agamanya Galungan, bukan Idul Fitri.",
     "Their religious holiday is Galungan, not Eid al-Fitr."),
    # a text of an older wording: shown as it was stored
    ("RU_TABLE", "Remisi Umum ke-1: 15 hari.", "Remisi Umum ke-1: 15 hari."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "stored", "expected"), CASES)
def test_a_stored_reason_reads_in_english(english, code, stored, expected):
    shown = shown_reason_text(ReasonDTO(code, stored, "PP 32/1999", False))
    if expected is not None:
        assert shown == expected
    else:
        assert "3 March 2025, 1 July 2025" in shown and "17 February 2025" in shown
        assert not INDONESIAN_MONTH.search(shown)


@pytest.mark.parametrize(("code", "stored", "expected"), CASES)
def test_in_indonesian_the_stored_text_is_shown(qapp, code, stored, expected):
    assert shown_reason_text(ReasonDTO(code, stored, "PP 32/1999", False)) == stored


def _decisions():
    """Decisions with most of the catalogue's reasons: refusals, grants, RT, RD, RK, children."""
    occasion = Occasion(Kind.RU, date(2025, 8, 17))
    life = Sentence(SentenceType.SEUMUR_HIDUP)
    yield decide(make_case(), occasion, RULES)
    yield decide(make_case(status=Status.TAHANAN, inkracht_date=None), occasion, RULES)
    yield decide(make_case(sentence=life), occasion, RULES)
    yield decide(make_case(discipline=(date(2025, 7, 1),)), occasion, RULES)
    yield decide(make_case(prior_remissions=(prior("RU", "2025-01-10", 30),)), occasion, RULES)
    yield decide(make_case(detention_start=date(2025, 6, 1)), occasion, RULES)
    yield decide(make_case(), Occasion(Kind.RD, date(2025, 8, 17)), RULES)
    yield decide(make_case(religion=Religion.HINDU),
                 Occasion(Kind.RK, date(2025, 12, 25), Religion.KRISTEN), RULES)  # fmt: skip
    yield decide(make_case(birth_date=date(2008, 1, 1)), occasion, RULES)


def test_every_reason_the_engine_writes_is_english(english):
    seen = set()
    for decision in _decisions():
        for r in decision.reasons:
            shown = shown_reason_text(ReasonDTO(r.code, r.text, r.basis, r.excludes))
            seen.add(r.code)
            assert shown != r.text, r.code
            # a shipped rule-table row label reads in English too
            label = (reason_values(r.code, r.text) or {}).get("label")
            if label:
                assert label not in shown and "(table row: no. " in shown, shown
            assert "{" not in shown and not INDONESIAN_MONTH.search(shown), shown
            for word in (" hari", " bulan", " tahun", "lebih dari", "sedikitnya", "Sudah "):
                assert word not in shown, shown
    assert len(seen) >= 10


SAMPLE = {"condition": "lebih dari", "sentence": "seumur hidup", "label": "ke-1", "kind": "RU",
          "holiday": "Natal", "own": "Natal", "occasion": "Idul Fitri", "religion": "lainnya",
          "exact": "12,5", "dates": "3 Maret 2025, 1 Juli 2025"}  # fmt: skip


def sample_value(name: str) -> str:
    if name in SAMPLE:
        return SAMPLE[name]
    return "3 Maret 2025" if name in DATE_FIELDS else "7"


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_template_reads_in_english(english, code):
    template = CATALOGUE[code][1]
    names = [n for _, n, _, _ in string.Formatter().parse(template) if n is not None]
    stored = reason(code, "basis", **{n: sample_value(n) for n in names}).text
    shown = shown_reason_text(ReasonDTO(code, stored, "basis", False))
    assert shown != stored and "{" not in shown
    assert not INDONESIAN_MONTH.search(shown) and "Maret" not in shown
    assert "March 2025" in shown or not {"date", "start", "release", "dates"} & set(names)
    for word in (" hari", " bulan", " tahun", "lebih dari", "seumur hidup", "Remisi "):
        assert word not in shown, shown


def test_every_shipped_row_label_has_an_english_text(english):
    """A label added to the shipped tables without a translation would read in Indonesian."""
    labels = {row.label for table in (RULES.ru, RULES.rk) for row in table.rows}
    assert labels == set(ROW_LABELS)
    for label in labels:
        english_label = tr(label)
        assert english_label != label and " bulan" not in english_label, english_label


def test_a_correction_reads_in_english(english):
    line = SimpleNamespace(override_justification=CORRECTED_AFTER_LOCK + "Surat Kanwil W11-77")
    assert shown_justification(line) == "Correction after locking: Surat Kanwil W11-77"
    typed = SimpleNamespace(override_justification="Berkas lengkap")
    assert shown_justification(typed) == "Berkas lengkap"
