"""`remission compute` and `sentence dates` end to end: the JSON contract of issue 5 item 4."""

from __future__ import annotations

import json

import pytest

from tests.e2e.cli import run_cli

RESULT_KEYS = [
    "id", "eligible", "days", "additional_days", "category", "susulan_candidate", "served_days",
    "release_date_before", "release_date_after", "reasons",
]  # fmt: skip
DATE_KEYS = ["id", "expiry_date", "release_date", "one_third", "half", "two_thirds", "parole_date"]

EXAMPLE_1 = {
    "id": "ex1",
    "status": "narapidana",
    "religion": "islam",
    "sentence": {"type": "penjara", "years": 3, "months": 0, "days": 0},
    "detention_start": "2024-02-10",
    "inkracht_date": "2024-06-01",
}
EXAMPLE_4 = {
    "id": "ex4",
    "status": "narapidana",
    "religion": "kristen",
    "birth_date": "1990-05-05",
    "sentence": {"type": "penjara", "years": 1, "months": 6},
    "detention_start": "2024-03-01",
    "detention_credit_days": 0,
    "inkracht_date": "2024-09-01",
    "fine_unpaid_subsidiary_days": 30,
    "discipline": [],
    "prior_remissions": [],
    "flags": {"donor": False, "pemuka": False, "escaped": False, "corruption_fines_paid": True,
              "terrorism_programme_done": True},
}  # fmt: skip


def _run(tmp_path, command, document):
    path = tmp_path / "input.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    home = tmp_path / "home"
    return run_cli(*command, "--input", str(path), home=home), home


def test_remission_compute_contract(tmp_path):
    occasion = {"kind": "RU", "date": "2024-08-17"}
    detainee = {
        "id": "t1",
        "status": "tahanan",
        "religion": "islam",
        "detention_start": "2024-01-01",
    }
    result, home = _run(
        tmp_path, ("remission", "compute"), {"occasion": occasion, "cases": [EXAMPLE_1, detainee]}
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    results = json.loads(result.stdout)["results"]
    assert list(json.loads(result.stdout)) == ["results"]
    assert [list(r) for r in results] == [RESULT_KEYS, RESULT_KEYS]
    first, second = results
    assert first == {
        **first,
        "eligible": True, "days": 30, "additional_days": 0, "category": "I", "susulan_candidate": False,
        "served_days": 189, "release_date_before": "2027-02-10", "release_date_after": "2027-01-11",
    }  # fmt: skip
    assert [r["code"] for r in first["reasons"]] == ["RU_TABLE", "CATEGORY_I"]
    assert all(list(r) == ["code", "text", "basis"] for r in first["reasons"])
    assert second["eligible"] is False and second["susulan_candidate"] is True
    assert second["category"] is None and second["release_date_after"] is None
    assert second["reasons"][0]["code"] == "NOT_NARAPIDANA"
    assert not (home / "sibina.db").exists() and not list(home.rglob("*.db")), "no database opened"


def test_category_two_release_is_day_plus_substitute(tmp_path):
    occasion = {"kind": "RU", "date": "2025-08-17"}
    result, _ = _run(
        tmp_path, ("remission", "compute"), {"occasion": occasion, "cases": [EXAMPLE_4]}
    )
    assert result.returncode == 0, result.stderr
    (only,) = json.loads(result.stdout)["results"]
    assert (only["days"], only["category"], only["release_date_after"]) == (60, "II", "2025-09-16")


def test_rk_and_rd_occasions(tmp_path):
    history = {**EXAMPLE_1, "prior_remissions": [{"kind": "RU", "date": "2024-08-17", "days": 30}]}
    rk = {"occasion": {"kind": "RK", "date": "2025-03-31", "religion": "islam"}, "cases": [history]}
    result, _ = _run(tmp_path, ("remission", "compute"), rk)
    assert json.loads(result.stdout)["results"][0]["release_date_after"] == "2026-12-12"
    rd = {"occasion": {"kind": "RD", "date": "2025-08-17"}, "cases": [EXAMPLE_1]}
    result, _ = _run(tmp_path, ("remission", "compute"), rd)
    assert json.loads(result.stdout)["results"][0]["days"] == 90


def test_bad_cases_exit_2_naming_case_and_field_while_good_ones_are_computed(tmp_path):
    cases = [
        {**EXAMPLE_1, "id": "bad-length", "sentence": {"type": "penjara", "years": -2}},
        EXAMPLE_1,
        {**EXAMPLE_1, "id": "bad-date", "detention_start": "2024-02-30"},
        {k: v for k, v in EXAMPLE_1.items() if k != "religion"} | {"id": "no-religion"},
        {
            **EXAMPLE_1,
            "id": "bad-kind",
            "prior_remissions": [{"kind": "RZ", "date": "2024-01-01", "days": 1}],
        },
    ]
    result, _ = _run(
        tmp_path,
        ("remission", "compute"),
        {"occasion": {"kind": "RU", "date": "2024-08-17"}, "cases": cases},
    )
    assert result.returncode == 2
    assert [r["id"] for r in json.loads(result.stdout)["results"]] == ["ex1"]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4
    for case_id, field in [
        ("bad-length", "sentence.years"),
        ("bad-date", "detention_start"),
        ("no-religion", "religion"),
        ("bad-kind", "prior_remissions[0].kind"),
    ]:
        assert any(f"kasus {case_id}: {field}:" in line for line in lines), (case_id, lines)


def test_bad_occasion_exit_2(tmp_path):
    result, _ = _run(
        tmp_path,
        ("remission", "compute"),
        {"occasion": {"kind": "XX", "date": "2024-08-17"}, "cases": [EXAMPLE_1]},
    )
    assert result.returncode == 2
    assert json.loads(result.stdout) == {"results": []}
    assert "occasion.kind" in result.stderr


@pytest.mark.parametrize("content", ["{not json", ""])
def test_unreadable_file_exit_2(tmp_path, content):
    path = tmp_path / "input.json"
    path.write_text(content, encoding="utf-8")
    result = run_cli("remission", "compute", "--input", str(path), home=tmp_path / "home")
    assert result.returncode == 2 and result.stdout == "" and "JSON" in result.stderr
    missing = run_cli(
        "sentence", "dates", "--input", str(tmp_path / "none.json"), home=tmp_path / "home"
    )
    assert missing.returncode == 2 and missing.stdout == ""


def test_sentence_dates_contract(tmp_path):
    life = {"id": "life", "status": "narapidana", "religion": "islam", "sentence": {"type": "seumur_hidup"},
            "detention_start": "2020-01-01"}  # fmt: skip
    history = {**EXAMPLE_1, "id": "ex2", "prior_remissions": [
        {"kind": "RU", "date": "2024-08-17", "days": 30}, {"kind": "RK", "date": "2025-03-31", "days": 30}]}  # fmt: skip
    result, home = _run(
        tmp_path, ("sentence", "dates"), {"cases": [EXAMPLE_1, history, EXAMPLE_4, life]}
    )
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)["results"]
    assert all(list(r) == DATE_KEYS for r in results)
    ex1, ex2, ex4, life_dates = results
    assert ex1 == {"id": "ex1", "expiry_date": "2027-02-10", "release_date": "2027-02-10", "one_third": "2025-02-10",
                   "half": "2025-08-10", "two_thirds": "2026-02-10", "parole_date": "2026-02-10"}  # fmt: skip
    assert ex2["release_date"] == "2026-12-12" and ex2["two_thirds"] == "2025-12-12"
    assert (
        ex4["expiry_date"] == "2025-09-01" and ex4["release_date"] == "2025-10-01"
    )  # + 30 substitute days
    assert ex4["parole_date"] == "2025-03-01"  # 18 months: 2/3 = 12 months >= 9
    assert set(life_dates.values()) == {"life", None}
    assert not list(home.rglob("*.db"))


def test_sentence_dates_bad_case(tmp_path):
    bad = {**EXAMPLE_1, "id": "neg", "detention_credit_days": -1}
    result, _ = _run(tmp_path, ("sentence", "dates"), {"cases": [bad, EXAMPLE_1]})
    assert result.returncode == 2
    assert [r["id"] for r in json.loads(result.stdout)["results"]] == ["ex1"]
    assert "kasus neg: detention_credit_days:" in result.stderr


def _run_stdin(tmp_path, document: str):
    import subprocess
    import sys

    from tests.e2e.cli import ROOT

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "sentence", "dates", "--input", "-"],
        input=document, capture_output=True, text=True, cwd=ROOT, check=False,
        env={"SIBINA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip


def test_stdin_input(tmp_path):
    result = _run_stdin(tmp_path, json.dumps({"cases": [EXAMPLE_1]}))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["expiry_date"] == "2027-02-10"


@pytest.mark.parametrize("document", ["", "  \n"])
def test_empty_stdin_says_the_input_is_empty(tmp_path, document):
    result = _run_stdin(tmp_path, document)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == (
        "Galat: masukan standar (stdin) kosong: harus berisi satu objek JSON."
    )


def test_empty_file_says_the_file_is_empty(tmp_path):
    empty = tmp_path / "kosong.json"
    empty.write_text("", encoding="utf-8")
    result = run_cli("sentence", "dates", "--input", str(empty), home=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert f"berkas masukan {empty} kosong" in result.stderr


def test_a_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    # Windows Notepad saves "UTF-8" with a BOM; the agencies' files often come from it
    path = tmp_path / "notepad.json"
    path.write_text(json.dumps({"cases": [EXAMPLE_1]}), encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = run_cli("sentence", "dates", "--input", str(path), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["expiry_date"] == "2027-02-10"


def test_stdin_with_a_byte_order_mark_is_read(tmp_path):
    result = _run_stdin(tmp_path, "\ufeff" + json.dumps({"cases": [EXAMPLE_1]}))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["expiry_date"] == "2027-02-10"
