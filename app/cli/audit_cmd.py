"""`sibina audit verify`: check the audit log's hash chain."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.common import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from app.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("audit", help="log audit")
    actions = parser.add_subparsers(dest="action", required=True, metavar="AKSI")
    verify = actions.add_parser(
        "verify",
        help="periksa rantai hash log audit",
        description="Keluar 0 dan mencetak 'OK, N events' bila rantai utuh; keluar 1 dan "
        "menyebut peristiwa pertama yang rusak bila ada baris diubah atau dihapus.",
    )
    verify.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace, services: Services) -> int:
    result = services.audit.verify()
    if result.ok:
        print(f"OK, {result.count} events")
        return EXIT_OK
    print(
        f"BROKEN at event {result.broken_id}: {result.reason} "
        f"({result.count} events verified before it)"
    )
    return EXIT_FAILED
