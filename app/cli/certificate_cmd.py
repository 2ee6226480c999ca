"""`sibina certificate ...`: verify (no login), list, issue, reprint, revoke, public-key.

    python main.py certificate verify "K7QM-2XHD-9WPA"        # or the whole QR text, or - (stdin)
    python main.py certificate list --json --user admin
    python main.py certificate issue --user admin --kind pembinaan --uuid U --name N --subject S \
        --out sertifikat.pdf
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from dataclasses import asdict
from datetime import date

from app.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    add_login_arguments,
    login,
    opened_for_writing,
    output_file,
)
from app.services.certificates import CertificateFilter, IssueRequest, VerifyStatus
from app.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("certificate", help="sertifikat: verifikasi, daftar, terbitkan")
    actions = parser.add_subparsers(dest="action", required=True, metavar="AKSI")

    verify = actions.add_parser(
        "verify",
        help="periksa keaslian sertifikat (kode verifikasi atau isi QR)",
        description="Mencetak VALID, REVOKED, NOT FOUND atau FORGED. Keluar 0 hanya bila VALID. "
        "Tidak perlu masuk. TEXT '-' dibaca dari stdin.",
    )
    verify.add_argument("text", metavar="TEXT")
    verify.set_defaults(handler=_verify)

    listing = actions.add_parser("list", help="daftar register sertifikat")
    add_login_arguments(listing)
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    listing.add_argument("--kind", default="")
    listing.add_argument("--year", type=int, default=None)
    listing.add_argument("--status", choices=["", "valid", "revoked"], default="")
    listing.add_argument("--search", default="")
    listing.set_defaults(handler=_list)

    issue = actions.add_parser("issue", help="terbitkan satu sertifikat ke berkas PDF")
    add_login_arguments(issue)
    issue.add_argument("--kind", required=True)
    issue.add_argument("--uuid", default="", help="UUID WBP penerima (bawaan: UUID baru)")
    issue.add_argument("--name", required=True)
    issue.add_argument("--subject", required=True)
    issue.add_argument("--reason", default="")
    issue.add_argument("--date", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    issue.add_argument("--out", type=output_file(".pdf"), required=True)
    issue.set_defaults(handler=_issue)

    reprint = actions.add_parser("reprint", help="cetak ulang (dicatat)")
    add_login_arguments(reprint)
    reprint.add_argument("id", type=int)
    reprint.add_argument("--reason", default="")
    reprint.add_argument("--out", type=output_file(".pdf"), required=True)
    reprint.set_defaults(handler=_reprint)

    revoke = actions.add_parser("revoke", help="cabut sertifikat dengan alasan")
    add_login_arguments(revoke)
    revoke.add_argument("id", type=int)
    revoke.add_argument("--reason", required=True)
    revoke.set_defaults(handler=_revoke)

    key = actions.add_parser("public-key", help="kunci publik fasilitas (untuk verifikasi)")
    key.set_defaults(handler=_public_key)


def _verify(args: argparse.Namespace, services: Services) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    result = services.certificates.verify(text)
    print(result.status.value)
    cert = result.certificate
    if cert is not None:
        print(f"Nomor   : {cert.number}")
        print(f"Nama    : {cert.recipient_name}")
        print(f"Tanggal : {cert.issued_on.isoformat()}")
        if cert.revoked:
            print(f"Dicabut : {cert.revoked_at:%Y-%m-%d} — {cert.revoked_reason}")
    if result.detail:
        print(result.detail)
    return EXIT_OK if result.status is VerifyStatus.VALID else EXIT_FAILED


def _list(args: argparse.Namespace, services: Services) -> int:
    actor = login(args, services)
    flt = CertificateFilter(args.search, args.kind, args.year, args.status)
    rows, offset = [], 0
    while True:
        page = services.certificates.list(actor, flt, offset=offset, limit=500)
        rows.extend(page)
        offset += len(page)
        if len(page) < 500:
            break
    if args.json:
        data = [dict(asdict(c), revoked=c.revoked) for c in rows]
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    for c in rows:
        status = "DICABUT" if c.revoked else "berlaku"
        print(f"{c.id:>6}  {c.number:<32} {c.issued_on}  {status:<8} {c.recipient_name}")
    print(f"{len(rows)} sertifikat")
    return EXIT_OK


def _issue(args: argparse.Namespace, services: Services) -> int:
    actor = login(args, services)
    request = IssueRequest(args.kind, args.uuid or str(uuid.uuid4()), args.name, args.subject,
                           args.reason)  # fmt: skip
    with opened_for_writing(args.out) as out:  # no certificate when its PDF cannot be written
        batch = services.certificates.issue(actor, [request], issued_on=args.date)
        out.write(batch.pdf)
    cert = batch.certificates[0]
    print(f"{cert.id}\t{cert.number}\t{cert.code_display}\t{args.out}")
    return EXIT_OK


def _reprint(args: argparse.Namespace, services: Services) -> int:
    actor = login(args, services)
    with opened_for_writing(args.out) as out:  # no reprint logged when it cannot be written
        out.write(services.certificates.reprint(actor, args.id, args.reason))
    print(args.out)
    return EXIT_OK


def _revoke(args: argparse.Namespace, services: Services) -> int:
    actor = login(args, services)
    cert = services.certificates.revoke(actor, args.id, args.reason)
    print(f"{cert.number} dicabut")
    return EXIT_OK if cert.revoked else EXIT_FAILED


def _public_key(args: argparse.Namespace, services: Services) -> int:
    key, fp = services.certificates.public_key_info()
    print(f"Ed25519 {key}\nSidik jari: {fp}")
    return EXIT_OK
