"""`sibina inmates ...`: import a spreadsheet, list the register as JSON, write the template,
export the list."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from app.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    add_login_arguments,
    input_file,
    login,
    output_file,
)
from app.domain.inmates.codes import Status
from app.domain.inmates.regnumber import describe_pattern, example_number
from app.exchange.inmates_columns import BY_KEY
from app.exchange.inmates_read import TableError
from app.exchange.inmates_write import write_template
from app.services.container import Services
from app.services.inmates_dto import ACTIVE, ImportIssue, InmateFilter

MAX_REPORTED_CHANGES = 50


STATUS_CHOICES = ["", ACTIVE, *[s.value for s in Status]]


class _StderrProgress:
    """Progress lines on stderr ("menulis 60%"), flushed so a watcher sees them at once. In
    percent of the whole import: checking and writing are its two halves."""

    def update(self, done: int, total: int, message: str = "") -> None:
        percent = done * 100 // total if total else 100
        print(f"{message.lower() or 'proses'} {percent}%", file=sys.stderr, flush=True)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("inmates", help="register WBP: impor, daftar, templat, ekspor")
    actions = parser.add_subparsers(dest="action", required=True, metavar="AKSI")

    imp = actions.add_parser(
        "import",
        help="impor WBP dari XLSX/CSV (semua atau tidak sama sekali)",
        description="Membaca berkas XLSX atau CSV (judul kolom Indonesia atau Inggris, lihat "
        "'inmates template'). Bila ada baris yang salah, tidak ada yang ditulis; setiap masalah "
        "dicetak sebagai 'baris N: kolom: pesan' dan keluar 1. Baris yang NIK atau No. Registrasinya "
        "sudah ada memperbarui data orang itu.",
    )
    imp.add_argument("file", type=input_file, metavar="BERKAS")
    imp.add_argument("--dry-run", action="store_true", help="periksa saja, jangan menulis")
    imp.add_argument("--quiet", action="store_true", help="tanpa baris kemajuan di stderr")
    add_login_arguments(imp)
    imp.set_defaults(handler=_import)

    lst = actions.add_parser("list", help="cetak WBP yang cocok (JSON)")
    lst.add_argument("--search", default="", metavar="Q", help="nama, alias, no. registrasi, NIK")
    lst.add_argument("--status", default="", type=str.lower, choices=STATUS_CHOICES)
    lst.add_argument("--code", default="", help="kode registrasi, mis. B.I")
    lst.add_argument("--block", default="")
    lst.add_argument("--limit", type=int, default=0, help="0 = semua")
    lst.add_argument("--json", action="store_true", help="keluaran JSON (bawaan)")
    add_login_arguments(lst)
    lst.set_defaults(handler=_list)

    tpl = actions.add_parser("template", help="tulis templat impor (XLSX atau CSV)")
    tpl.add_argument("file", type=output_file(".xlsx", ".csv"), metavar="BERKAS")
    tpl.add_argument("--lang", choices=["id", "en"], default="id", help="bahasa judul kolom")
    tpl.set_defaults(handler=_template)

    pat = actions.add_parser(
        "pattern",
        help="lihat atau ubah pola nomor registrasi fasilitas",
        description="Tanpa POLA: cetak pola sekarang dan artinya. Dengan POLA (admin): ubah. "
        "Bagian pola: {kode}, {nomor}, {tahun}, [-.] = salah satu karakter, lainnya apa adanya.",
    )
    pat.add_argument("pattern", nargs="?", metavar="POLA")
    add_login_arguments(pat)
    pat.set_defaults(handler=_pattern)

    exp = actions.add_parser("export", help="ekspor daftar WBP (XLSX atau CSV)")
    exp.add_argument("file", type=output_file(".xlsx", ".csv"), metavar="BERKAS")
    exp.add_argument("--search", default="", metavar="Q", help="nama, alias, no. registrasi, NIK")
    exp.add_argument("--status", default="", type=str.lower, choices=STATUS_CHOICES)
    add_login_arguments(exp)
    exp.set_defaults(handler=_export)


def _import(args: argparse.Namespace, services: Services) -> int:
    if not args.file.exists():
        print(f"Galat: berkas {args.file} tidak ada.", file=sys.stderr)
        return EXIT_USAGE
    actor = login(args, services)
    progress = None if args.quiet else _StderrProgress()
    try:
        report = services.inmates.import_file(actor, args.file, dry_run=args.dry_run,
                                              progress=progress)  # fmt: skip
    except TableError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for issue in report.issues:
        print(_issue_line(issue))
    for warning in report.warnings:
        print(f"peringatan: {_issue_line(warning)}")
    if report.issues:
        bad_rows = {issue.row for issue in report.issues if issue.row > 1}  # 1: the header
        where = f" pada {len(bad_rows)} dari {report.rows} baris" if bad_rows else ""
        print(f"{len(report.issues)} masalah{where}; tidak ada yang ditulis.")
        return EXIT_FAILED
    shown = 0
    for change in report.changes:
        if change.action == "update" and shown < MAX_REPORTED_CHANGES:
            fields = ", ".join(f"{_header(k)}: {old!r} -> {new!r}" for k, (old, new) in
                               change.changes.items() if k not in ("cases", "detentions"))  # fmt: skip
            extra = " (perkara/penahanan)" if {"cases", "detentions"} & set(change.changes) else ""
            print(f"baris {change.row}: {change.reg_number}: ubah {fields}{extra}")
            shown += 1
    verb = "akan" if args.dry_run else "telah"
    print(
        f"{report.rows} baris: {report.count('create')} baru, {report.count('update')} diubah, "
        f"{report.count('same')} sama; {verb} ditulis."
        if not args.dry_run
        else f"{report.rows} baris: {report.count('create')} baru, {report.count('update')} "
        f"diubah, {report.count('same')} sama (uji coba, tidak ditulis)."
    )
    return EXIT_OK


def _issue_line(issue: ImportIssue) -> str:
    """ "baris N: column: message" (a problem of the header row as a whole names no column)."""
    column = f"{issue.field}: " if issue.field else ""
    return f"baris {issue.row}: {column}{issue.text}"


def _header(key: str) -> str:
    """A changed field as the spreadsheet's column header (Indonesian)."""
    column = BY_KEY.get(key)
    return column.header_id if column else key


def _filter(args: argparse.Namespace) -> InmateFilter:
    return InmateFilter(search=args.search, status=args.status,
                        reg_code=getattr(args, "code", ""), block=getattr(args, "block", ""))  # fmt: skip


def _list(args: argparse.Namespace, services: Services) -> int:
    actor = login(args, services)
    rows = []
    for row in services.inmates.iter_rows(actor, _filter(args)):
        rows.append(asdict(row))
        if args.limit and len(rows) >= args.limit:
            break
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1, default=str)
    print()
    return EXIT_OK


def _template(args: argparse.Namespace, services: Services) -> int:
    write_template(args.file, args.lang)
    print(f"Templat ditulis: {args.file}")
    return EXIT_OK


def _export(args: argparse.Namespace, services: Services) -> int:
    actor = login(args, services)
    count = services.inmates.export_list(actor, _filter(args), args.file)
    print(f"{count} WBP diekspor ke {args.file}")
    return EXIT_OK


def _pattern(args: argparse.Namespace, services: Services) -> int:
    actor = login(args, services)
    if args.pattern:
        services.inmates.set_reg_number_pattern(actor, args.pattern)
    source = services.inmates.reg_number_pattern()
    print(f"{source}\n  {describe_pattern(source)}\n  contoh: {example_number(source)}")
    return EXIT_OK
