"""`sibina backup create|restore|list`: consistent copies of the database and restoring one."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    add_login_arguments,
    input_file,
    login,
    open_from_args,
)
from app.domain.dates import long_date_time, to_local
from app.domain.roles import Permission
from app.errors import DatabaseProblem
from app.paths import DataPaths, data_paths, database_url
from app.services.actor import Actor, require
from app.services.backup import BackupCheck, BackupKind, BackupService, unavailable_database
from app.services.backup_files import human_size, inspect_backup, list_backup_files
from app.services.container import Services

KIND_LABELS = {
    BackupKind.MANUAL: "manual",
    BackupKind.AUTO: "otomatis",
    BackupKind.BEFORE_RESTORE: "sebelum pemulihan",
    BackupKind.PRE_MIGRATION: "sebelum migrasi",
}

RESTORE_HELP = """\
Memeriksa BERKAS lebih dulu (berkas SQLite, integrity_check lulus, basis data Sibina, bukan dari
versi Sibina yang lebih baru, bukan basis data yang sedang dipakai). Bila ada masalah: keluar 1
dengan pesan, dan tidak ada yang diubah. Bila lulus: basis data sekarang disimpan sebagai
before-restore-<waktu>.db di folder cadangan, BERKAS dipasang menggantikannya, lalu dimigrasikan
ke skema terbaru. Pemulihan dicatat di log audit basis data yang dipulihkan.

Masuk (--user, kata sandi dari SIBINA_PASSWORD) memakai akun admin di basis data sekarang.
Bila basis data sekarang tidak dapat dibuka (rusak, bukan SQLite, atau dari versi lebih baru),
masuk memakai akun admin yang tersimpan DI BERKAS CADANGAN itu: pemeriksaan dilakukan pada salinan
sementara, jadi berkas cadangan tidak diubah. Siapa pun yang dapat menimpa berkas basis data
sudah dapat merusaknya; jalan ini hanya terbuka ketika basis data memang tidak dapat dibuka.

Di terminal, pemulihan meminta konfirmasi kecuali --yes diberikan."""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("backup", help="cadangkan atau pulihkan basis data")
    actions = parser.add_subparsers(dest="action", required=True, metavar="AKSI")

    create = actions.add_parser(
        "create",
        help="buat cadangan di sebuah folder (misalnya flashdisk)",
        description="Menulis salinan utuh basis data ke FOLDER dengan nama "
        "sibina-<kode fasilitas>-<tanggal>-<jam>.db dan mencetak jalurnya.",
    )
    create.add_argument("--to", required=True, metavar="FOLDER", type=Path,
                        help="folder tujuan (harus sudah ada dan dapat ditulisi)")  # fmt: skip
    add_login_arguments(create)
    create.set_defaults(handler=_create)

    restore = actions.add_parser(
        "restore",
        help="pulihkan basis data dari berkas cadangan",
        description=RESTORE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    restore.add_argument("file", metavar="BERKAS", type=input_file, help="berkas cadangan (.db)")
    add_login_arguments(restore)
    restore.add_argument("--yes", action="store_true", help="tanpa konfirmasi")
    restore.set_defaults(handler=_restore, opener=_open_for_restore)

    listing = actions.add_parser(
        "list",
        help="daftar cadangan dalam sebuah folder",
        description="Menampilkan cadangan (terbaru di atas) di FOLDER; bawaan: folder "
        "cadangan otomatis.",
    )
    listing.add_argument("--dir", metavar="FOLDER", type=Path, default=None)
    listing.set_defaults(handler=_list, opener=_open_for_restore)  # works on a damaged database


def _create(args: argparse.Namespace, services: Services) -> int:
    actor = login(args, services)
    info = services.backup.create(actor, args.to.expanduser())
    print(f"Cadangan dibuat ({human_size(info.size)}):", file=sys.stderr)
    print(info.path)
    return EXIT_OK


def _list(args: argparse.Namespace, services: Services | None) -> int:
    folder = args.dir.expanduser() if args.dir else data_paths().backups
    if args.dir and not folder.is_dir():
        print(f"Galat: folder {folder} tidak ada.", file=sys.stderr)
        return EXIT_USAGE
    backups = list_backup_files(folder)
    if not backups:
        print(f"Tidak ada cadangan di {folder}")
        return EXIT_OK
    print(f"Cadangan di {folder}:")
    for info in backups:
        when = long_date_time(info.taken_at)
        print(f"  {when:<24} {KIND_LABELS[info.kind]:<18} {human_size(info.size):>9}  {info.name}")
    return EXIT_OK


# --- restore ------------------------------------------------------------------------------------
def _open_for_restore(args: argparse.Namespace) -> Services | None:
    """The live database's services, or None (and the reason on args) when it cannot open:
    restoring and listing must still work when the database is damaged."""
    try:
        return open_from_args(args)
    except DatabaseProblem as exc:
        args.live_problem = exc
        return None


def _restore(args: argparse.Namespace, services: Services | None) -> int:
    file = args.file.expanduser().resolve()
    note: dict[str, str] = {}
    if services is not None:
        actor = login(args, services)
        service = services.backup
    else:
        problem: DatabaseProblem = args.live_problem
        print(f"Basis data sekarang tidak dapat dibuka: {problem.message}", file=sys.stderr)
        print("Masuk memakai akun admin dari berkas cadangan.", file=sys.stderr)
        inspect_backup(file, live=None)  # an unfit file is refused before anyone logs in to it
        actor = _login_against_backup(args, file)
        paths = data_paths()
        service = BackupService(unavailable_database(), database_url(args.db, paths), paths)
        note = {"login": "akun dari berkas cadangan", "live_problem": problem.message}
    check = service.inspect(actor, file)
    _print_check(check)
    if sys.stdin.isatty() and not args.yes:
        answer = input("Basis data sekarang akan diganti. Ketik 'ya' untuk melanjutkan: ")
        if answer.strip().lower() not in ("ya", "y", "yes"):
            print("Dibatalkan; tidak ada yang diubah.")
            return EXIT_FAILED
    result = service.restore(actor, file, note=note)
    print(f"Dipulihkan dari {result.restored_from}")
    if result.kept_as:
        print(f"Basis data sebelumnya disimpan sebagai {result.kept_as}")
    if result.migrated:
        print("Basis data yang dipulihkan telah dimigrasikan ke skema terbaru.")
    return EXIT_OK


def _print_check(check: BackupCheck) -> None:
    print(f"Berkas: {check.path} ({human_size(check.size)})")
    print(f"Fasilitas: {check.facility_name} ({check.facility_code})")
    if check.taken_at:
        print(f"Dibuat: {long_date_time(check.taken_at)}")
    if check.last_event_at:
        # the audit log keeps UTC; "Dibuat" (from the file's name) is local time: so is this
        print(f"Perubahan terakhir: {long_date_time(to_local(check.last_event_at))} "
              f"({check.audit_events} peristiwa audit)")  # fmt: skip


@contextmanager
def _services_on_copy(file: Path) -> Iterator[Services]:
    """Services on a throwaway copy of `file`: logging in there writes nothing into the backup."""
    from app.db.sqlite_backup import copy_database
    from app.services.container import open_services

    with tempfile.TemporaryDirectory(prefix="sibina-restore-") as tmp:
        root = Path(tmp)
        copy = root / "login.db"
        copy_database(file, copy)
        paths = DataPaths(root, root / "backups", root / "logs", root / "sibina.ini", False)
        services = open_services(f"sqlite:///{copy}", paths)
        try:
            yield services
        finally:
            services.dispose()


def _login_against_backup(args: argparse.Namespace, file: Path) -> Actor:
    with _services_on_copy(file) as services:
        actor = login(args, services)
    require(actor, Permission.RESTORE)
    return actor
