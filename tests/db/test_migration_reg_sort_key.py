"""Migration 0009: every recorded registration number gets its reading-order key, the one the
register writes for a new number."""

from __future__ import annotations

import sqlite3

from app.db.engine import make_engine
from app.db.migrate import upgrade
from app.domain.inmates.regnumber import number_sort_key
from tests.db.alembic_helpers import migrate_to

COLUMNS = ("id", "reg_number", "full_name", "name_key", "search_text", "aliases", "nik", "sex",
           "birth_place", "religion", "education", "marital_status", "occupation", "address",
           "origin", "next_of_kin", "status", "reg_code", "block", "cell", "admission_source",
           "release_reason", "transfer_destination", "created_at", "updated_at")  # fmt: skip
INSERT_INMATE = (
    f"INSERT INTO inmates ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
)


def inmate_row(key: str, number: str) -> tuple[str, ...]:
    values = {"id": key, "reg_number": number, "sex": "L", "status": "narapidana",
              "reg_code": "B.I", "created_at": "2025-07-01 08:00:00",
              "updated_at": "2025-07-01 08:00:00"}  # fmt: skip
    return tuple(values.get(name, "") for name in COLUMNS)


def test_recorded_numbers_get_the_key_the_register_writes(tmp_path):
    path = tmp_path / "a.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate_to(engine, "0008_ceremony_locked_by")
    engine.dispose()
    numbers = {"a": "B.I-10/2025", "b": "B.I-2/2025", "c": " aii.87/2026"}
    con = sqlite3.connect(path)
    for key, number in numbers.items():
        con.execute(INSERT_INMATE, inmate_row(key, number))
    con.commit()
    con.close()
    engine = make_engine(f"sqlite:///{path}")
    result = upgrade(engine, tmp_path / "backups")
    engine.dispose()
    assert "0009_reg_sort_key" in result.to_revision
    con = sqlite3.connect(path)
    keys = dict(con.execute("SELECT id, reg_sort_key FROM inmates"))
    order = [row[0] for row in con.execute("SELECT id FROM inmates ORDER BY reg_sort_key")]
    con.close()
    assert keys == {key: number_sort_key(number) for key, number in numbers.items()}
    assert order == ["c", "b", "a"]
