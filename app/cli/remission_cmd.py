"""`sibina remission compute --input FILE.json`: remission decisions from a file (issue 5 item 4).

Needs no database and no login. See app/cli/json_io.py for how bad input is reported (exit 2).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.json_io import InputFileError, emit, file_error, iso, read_json
from app.domain.remission.decide import Decision, decide
from app.domain.remission.parse import parse_document
from app.services.rules import remission_rules


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "remission",
        help="hitung remisi dari berkas JSON (tanpa basis data)",
        description="Perhitungan remisi (RU, RK, RD, RT) dari berkas JSON, dengan tabel aturan "
        "bawaan Sibina (resources/rules/remission.json); perubahan tabel oleh admin di basis data "
        "tidak dipakai di sini.",
    )
    actions = parser.add_subparsers(dest="remission_action", metavar="AKSI", required=True)
    compute = actions.add_parser(
        "compute",
        help="putusan remisi per kasus, dengan alasan dan dasar hukumnya",
        description='Membaca {"occasion": {...}, "cases": [...]} dan mencetak '
        '{"results": [...]}. Kasus yang salah dilaporkan di stderr (kode keluar 2); '
        "kasus lain tetap dihitung. Memakai tabel aturan bawaan (tanpa basis data: perubahan "
        "tabel oleh admin tidak berlaku di sini).",
    )
    compute.add_argument(
        "--input", required=True, metavar="FILE.json", help="berkas masukan ('-' = stdin)"
    )
    compute.set_defaults(handler=_compute, needs_db=False)


def decision_json(decision: Decision) -> dict[str, Any]:
    """One result, with the field names and order of the contract."""
    return {
        "id": decision.case_id,
        "eligible": decision.eligible,
        "days": decision.days,
        "additional_days": decision.additional_days,
        "category": decision.category,
        "susulan_candidate": decision.susulan_candidate,
        "served_days": decision.served_days,
        "release_date_before": iso(decision.release_date_before),
        "release_date_after": iso(decision.release_date_after),
        "reasons": [r.as_dict() for r in decision.reasons],
    }


def _compute(args: argparse.Namespace) -> int:
    try:
        data = read_json(args.input)
    except InputFileError as exc:
        return file_error(exc)
    rules = remission_rules()
    parsed = parse_document(data, rules, with_occasion=True)
    results = []
    if parsed.occasion is not None:
        results = [decision_json(decide(case, parsed.occasion, rules)) for case in parsed.cases]
    return emit(results, parsed.problems)
