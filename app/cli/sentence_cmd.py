"""`sibina sentence dates --input FILE.json`: key dates of each case (issue 5 item 4).

Needs no database and no login. Every prior remission in the file is counted. See
app/cli/json_io.py for how bad input is reported (exit 2).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.json_io import InputFileError, emit, file_error, iso, read_json
from app.domain.remission.keydates import key_dates
from app.domain.remission.model import Case
from app.domain.remission.parse import parse_document
from app.domain.remission.rules import RuleSet
from app.services.rules import remission_rules


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "sentence",
        help="hitung tanggal pidana dari berkas JSON (tanpa basis data)",
        description="Tanggal ekspirasi, bebas, 1/3, 1/2, 2/3 dan PB dari berkas JSON, dengan "
        "tabel aturan bawaan Sibina (resources/rules/remission.json); perubahan tabel oleh admin "
        "di basis data tidak dipakai di sini.",
    )
    actions = parser.add_subparsers(dest="sentence_action", metavar="AKSI", required=True)
    dates = actions.add_parser(
        "dates",
        help="tanggal ekspirasi, bebas, 1/3, 1/2, 2/3 dan pembebasan bersyarat per kasus",
        description='Membaca {"cases": [...]} dan mencetak {"results": [...]} '
        "(tanggal YYYY-MM-DD atau null). Kasus yang salah dilaporkan di stderr (kode keluar 2). "
        "Memakai tabel aturan bawaan (tanpa basis data: perubahan tabel oleh admin tidak berlaku "
        "di sini).",
    )
    dates.add_argument(
        "--input", required=True, metavar="FILE.json", help="berkas masukan ('-' = stdin)"
    )
    dates.set_defaults(handler=_dates, needs_db=False)


def dates_json(case: Case, rules: RuleSet) -> dict[str, Any]:
    found = key_dates(case, rules)
    return {
        "id": case.id,
        "expiry_date": iso(found.expiry_date),
        "release_date": iso(found.release_date),
        "one_third": iso(found.one_third),
        "half": iso(found.half),
        "two_thirds": iso(found.two_thirds),
        "parole_date": iso(found.parole_date),
    }


def _dates(args: argparse.Namespace) -> int:
    try:
        data = read_json(args.input)
    except InputFileError as exc:
        return file_error(exc)
    rules = remission_rules()
    parsed = parse_document(data, rules, with_occasion=False)
    return emit([dates_json(case, rules) for case in parsed.cases], parsed.problems)
