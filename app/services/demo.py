"""Demonstration data: a clearly fictional facility with users for every role.

Demo steps are registered by each part of Sibina (`register_demo_step`), so the register,
remission and programme tabs add their own demo records without touching this file. Everything
is written in one transaction: a cancelled or failed demo leaves the database empty.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db.uow import UnitOfWorkFactory
from app.domain.roles import Role
from app.errors import Conflict
from app.services.actor import SYSTEM
from app.services.clock import Clock, system_clock
from app.services.facility import FacilityProfile, save_profile
from app.services.meta import DEMO_KEY, set_meta
from app.services.progress import NullProgress, Progress
from app.services.setup import SetupService, run_setup_hooks
from app.services.users import NewUser, add_user
from app.text import QT_TRANSLATE_NOOP

DEFAULT_PASSWORD = "sibina2025"

DEMO_FACILITY = FacilityProfile(
    name="Rutan Kelas IIA Pekalongan",
    code="RUTAN-PKL",
    address="Jl. Contoh Demo No. 1 (alamat fiktif)",
    city="Pekalongan",
    head_name="Drs. Andika Pratama (DEMO)",
    head_nip="197504122000031001",
)

DEMO_USERS: tuple[tuple[str, str, Role], ...] = (
    ("admin", "Rina Kusumawati", Role.ADMIN),
    ("registrasi", "Bayu Saputra", Role.REGISTRASI),
    ("pembinaan", "Siti Aminah", Role.PEMBINAAN),
    ("pertanian", "Joko Susilo", Role.PERTANIAN),
    ("pendidikan", "Dewi Lestari", Role.PENDIDIKAN),
    ("perpustakaan", "Agus Wibowo", Role.PERPUSTAKAAN),
    ("pimpinan", "Hendra Gunawan", Role.PIMPINAN),
)


@dataclass(frozen=True)
class DemoOptions:
    seed: int = 2025
    inmates: int = 300
    password: str = DEFAULT_PASSWORD


@dataclass(frozen=True)
class DemoStep:
    name: str
    run: Callable[[Session, random.Random, DemoOptions, Clock, Progress], None]


_steps: list[DemoStep] = []


def register_demo_step(step: DemoStep) -> None:
    if all(existing.name != step.name for existing in _steps):
        _steps.append(step)


@dataclass(frozen=True)
class DemoResult:
    usernames: tuple[str, ...]
    password: str
    steps: tuple[str, ...]


class DemoService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow_factory
        self._clock = clock

    def load(self, options: DemoOptions, progress: Progress | None = None) -> DemoResult:
        """Fill an empty database. Refuses a database that already has a facility or users."""
        progress = progress or NullProgress()
        if not SetupService(self._uow, self._clock).is_needed():
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors", "Data demo hanya dapat dimuat ke basis data yang masih kosong."
                )
            )
        rng = random.Random(options.seed)
        total = 2 + len(_steps)
        with self._uow() as uow:
            uow.lock_for_write()
            progress.update(0, total, "Profil fasilitas")
            save_profile(uow.session, SYSTEM, DEMO_FACILITY, self._clock)
            run_setup_hooks(uow.session, self._clock)
            progress.update(1, total, "Pengguna")
            for username, full_name, role in DEMO_USERS:
                add_user(uow.session, SYSTEM, NewUser(username, full_name, role, options.password),
                         self._clock)  # fmt: skip
            for index, step in enumerate(_steps, start=2):
                progress.update(index, total, step.name)
                step.run(uow.session, rng, options, self._clock, progress)
            set_meta(uow.session, DEMO_KEY, "1")
            progress.update(total, total, "")
            uow.commit()
        return DemoResult(
            usernames=tuple(u for u, _, _ in DEMO_USERS),
            password=options.password,
            steps=tuple(s.name for s in _steps),
        )
