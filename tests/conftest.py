"""Shared fixtures: Qt offscreen before Qt loads, a fresh database per test, ready-made actors."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.roles import Role
from app.paths import DataPaths
from app.services.actor import Actor
from app.services.container import Services, open_services
from app.services.facility import FacilityProfile
from app.services.users import NewUser

PASSWORD = "rahasia123"

PROFILE = FacilityProfile(
    name="Rutan Kelas IIA Pekalongan",
    code="RUTAN-PKL",
    address="Jl. Uji No. 1",
    city="Pekalongan",
    head_name="Budi Santoso",
    head_nip="197001012000031001",
)


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap Argon2 parameters in-process: the hashing is the same code, only faster."""
    from argon2 import PasswordHasher

    from app.services import passwords

    monkeypatch.setattr(
        passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


class FakeClock:
    """A clock tests can move: `clock.now = ...` or `clock.advance(minutes=16)`."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2025, 7, 15, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        from datetime import timedelta

        self.now += timedelta(**delta)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    """An isolated data folder; SIBINA_HOME points there so nothing touches the user's data."""
    home = tmp_path / "home"
    monkeypatch.setenv("SIBINA_HOME", str(home))
    monkeypatch.delenv("SIBINA_DB", raising=False)
    monkeypatch.delenv("SIBINA_PASSWORD", raising=False)
    from app.paths import data_paths

    paths = data_paths()
    paths.ensure()
    return paths


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_url(data_dir: DataPaths) -> str:
    return f"sqlite:///{data_dir.default_db}"


@pytest.fixture
def empty_services(db_url: str, data_dir: DataPaths, clock: FakeClock) -> Iterator[Services]:
    """Services on a migrated but empty database (setup not done)."""
    services = open_services(db_url, data_dir, clock=clock)
    yield services
    services.dispose()


@pytest.fixture
def services(empty_services: Services) -> Services:
    """Services on a database with the facility profile and an admin `admin` / PASSWORD."""
    empty_services.setup.complete(PROFILE, "admin", "Admin Uji", PASSWORD)
    return empty_services


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.auth.login("admin", PASSWORD)


@pytest.fixture
def make_actor(services: Services, admin: Actor):
    """make_actor(Role.X) creates a user with that role and returns it logged in."""

    def make(role: Role, username: str | None = None) -> Actor:
        name = username or f"u-{role.value}"
        services.users.create_user(admin, NewUser(name, f"Pengguna {role.value}", role, PASSWORD))
        return services.auth.login(name, PASSWORD)

    return make
