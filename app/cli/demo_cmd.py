"""`sibina demo`: fill an empty database with the fictional demonstration facility."""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_OK
from app.domain.dates import long_date
from app.paths import program_command
from app.services.container import Services
from app.services.demo import DEFAULT_PASSWORD, DemoOptions
from app.services.passwords import password_problem


def _password(value: str) -> str:
    problem = password_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return value


def _non_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("harus 0 atau lebih")
    return number


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo",
        help="isi basis data kosong dengan data demo fiktif",
        description="Mengisi basis data yang masih kosong dengan fasilitas demo fiktif "
        "(Rutan Kelas IIA Pekalongan) dan pengguna untuk setiap peran.",
    )
    parser.add_argument("--inmates", type=_non_negative, default=DemoOptions.inmates,
                        help="jumlah WBP demo (bawaan %(default)s)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=DemoOptions.seed,
                        help="benih acak, agar data sama setiap kali (bawaan %(default)s)")  # fmt: skip
    parser.add_argument("--admin-password", type=_password, default=DEFAULT_PASSWORD,
                        help="kata sandi semua pengguna demo (bawaan %(default)s)")  # fmt: skip
    parser.set_defaults(handler=_demo, creates_db=True)


def _demo(args: argparse.Namespace, services: Services) -> int:
    options = DemoOptions(seed=args.seed, inmates=args.inmates, password=args.admin_password)
    result = services.demo.load(options)
    today = services.clock().date()
    print(f"Data demo dimuat ({long_date(today)}). Basis data: {services.db_url}")
    print("Masuk dengan salah satu pengguna berikut, kata sandi:", result.password)
    for username in result.usernames:
        print(f"  {username}")
    print(f"Buka aplikasi: {program_command()}   (lalu masuk sebagai admin)")
    return EXIT_OK
