"""`sibina --self-test`: prove the installed program works, without touching any user data.

Runs in a fresh temporary folder (SIBINA_HOME points there, SIBINA_DB is ignored): creates a
database, runs the migrations, seeds a small demo, checks the bundled resources, builds the main
window offscreen and renders every tab, writes one certificate PDF and reads it back. Each step
prints one line, `OK   <step>` or `FAIL <step>: <why>`; the exit code is 0 only when all pass.
Steps after a failed prerequisite are reported as FAIL too (never silently skipped).

Used by CI on the frozen bundle (under `unshare -n`: no network) and by staff or IT on a
facility PC to check an installation.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

DEMO_INMATES = 20


class StepFailed(Exception):
    """A step found a problem (the message says what); not a crash."""


@dataclass
class SelfTestContext:
    """What the steps hand to each other."""

    home: Path
    services: Any = None
    actor: Any = None
    ui: Any = None  # app.ui.selftest_ui.UiCheck once the main window is built
    pdf: Path | None = None
    failures: list[str] = field(default_factory=list)


def _write(line: str) -> None:
    print(line, flush=True)


def _run_step(ctx: SelfTestContext, name: str, step: Callable[[SelfTestContext], str]) -> bool:
    started = time.monotonic()
    try:
        detail = step(ctx)
    except StepFailed as exc:
        return _fail(ctx, name, str(exc))
    except Exception as exc:  # any crash is a failed step, with the cause for the log
        _write(traceback.format_exc().rstrip())
        return _fail(ctx, name, f"{type(exc).__name__}: {exc}")
    ms = (time.monotonic() - started) * 1000
    _write(f"OK   {name}" + (f" ({detail})" if detail else "") + f" [{ms:.0f} ms]")
    return True


def _fail(ctx: SelfTestContext, name: str, why: str) -> bool:
    ctx.failures.append(name)
    _write(f"FAIL {name}: {why}")
    return False


# Steps --------------------------------------------------------------------------------------


def step_database(ctx: SelfTestContext) -> str:
    from app.db.migrate import current_revisions, head_revisions
    from app.paths import data_paths, database_url
    from app.services.container import open_services

    paths = data_paths()
    if paths.data.resolve() != ctx.home.resolve():
        raise StepFailed(f"folder data bukan folder sementara: {paths.data}")
    paths.ensure()
    ctx.services = open_services(database_url(None, paths), paths)
    heads = head_revisions()
    current = current_revisions(ctx.services.engine)
    if current != heads:
        raise StepFailed(f"skema {current} != {heads}")
    return f"{len(heads)} kepala migrasi: {', '.join(heads)}"


def step_demo(ctx: SelfTestContext) -> str:
    from app.services.demo import DemoOptions

    _need(ctx.services, "basis data tidak terbuka")
    result = ctx.services.demo.load(DemoOptions(inmates=DEMO_INMATES))
    ctx.actor = ctx.services.auth.login("admin", result.password)
    verify = ctx.services.audit.verify()
    if not verify.ok:
        raise StepFailed(f"rantai audit rusak: {verify.reason}")
    steps = ", ".join(result.steps) or "-"
    return (
        f"{len(result.usernames)} pengguna, langkah: {steps}; audit {verify.count} peristiwa utuh"
    )


def step_database_integrity(ctx: SelfTestContext) -> str:
    from app.db.engine import sqlite_file
    from app.db.sqlite_backup import integrity_ok

    _need(ctx.services, "basis data tidak terbuka")
    path = sqlite_file(ctx.services.db_url)
    if path is None:
        raise StepFailed("bukan SQLite")
    ok, message = integrity_ok(path)
    if not ok:
        raise StepFailed(message)
    return "PRAGMA integrity_check: ok"


def step_resources(ctx: SelfTestContext) -> str:
    from app.paths import migrations_path, resource_path

    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    if not fonts:
        raise StepFailed(f"tidak ada font di {resource_path('fonts')}")
    icon = resource_path("icons", "sibina.png")
    if not icon.is_file():
        raise StepFailed(f"ikon tidak ada: {icon}")
    # A checkout must have every .ts compiled (`make translations`); a bundle carries .qm only.
    uncompiled = [
        ts.name for ts in resource_path("i18n").glob("*.ts") if not ts.with_suffix(".qm").exists()
    ]
    if uncompiled:
        raise StepFailed(f"terjemahan belum dikompilasi (make translations): {uncompiled}")
    qm = sorted(resource_path("i18n").glob("*.qm"))
    if not (migrations_path() / "script.py.mako").is_file():
        raise StepFailed(f"berkas migrasi tidak lengkap di {migrations_path()}")
    return f"{len(fonts)} font, {len(qm)} terjemahan"


def step_remission_rules(ctx: SelfTestContext) -> str:
    """The rule table loads and validates, and the holiday calendar proposes an RK date
    (the bundle must carry the `holidays` package's Indonesian calendar)."""
    from app.services.remission_calendar import proposed_date
    from app.services.rules import remission_rules

    rules = remission_rules()
    year = date.today().year
    idul_fitri = proposed_date(rules, "RK", year, "islam")
    if idul_fitri is None:
        raise StepFailed(f"tanggal Idul Fitri {year} tidak ditemukan di kalender libur")
    return f"tabel remisi sah; Idul Fitri {year}: {idul_fitri.isoformat()}"


def step_main_window(ctx: SelfTestContext) -> str:
    _need(ctx.actor, "belum masuk (data demo gagal)")
    from app.ui.selftest_ui import UiCheck

    ctx.ui = UiCheck(ctx.services, ctx.actor, ctx.home)
    return ctx.ui.build()


def step_certificate(ctx: SelfTestContext) -> str:
    _need(ctx.actor, "belum masuk (data demo gagal)")
    from app import selftest_certificate

    ctx.pdf, detail = selftest_certificate.write_and_read(ctx.services, ctx.actor, ctx.home)
    if ctx.ui is not None:  # read it back once more the way the preview does
        detail += "; " + ctx.ui.render_pdf(ctx.pdf)
    return detail


def _need(value: Any, why: str) -> None:
    if value is None:
        raise StepFailed(f"dilewati: {why}")


# Runner -------------------------------------------------------------------------------------


def run_self_test() -> int:
    from app import __version__
    from app.paths import HOME_ENV, is_frozen

    home = Path(tempfile.mkdtemp(prefix="sibina-selftest-"))
    saved = {key: os.environ.get(key) for key in (HOME_ENV, "SIBINA_DB", "QT_QPA_PLATFORM")}
    os.environ[HOME_ENV] = str(home)
    os.environ.pop("SIBINA_DB", None)
    # Always offscreen: the self-test must not open windows on a staff PC, and CI has no display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    kind = "bundel" if is_frozen() else "sumber"
    _write(f"Sibina {__version__} uji mandiri ({kind}, Python {sys.version.split()[0]})")
    _write(f"Folder sementara: {home}")
    ctx = SelfTestContext(home=home)
    started = time.monotonic()
    try:
        _run_step(ctx, "Basis data dibuat dan dimigrasi", step_database)
        _run_step(ctx, "Data demo dimuat", step_demo)
        _run_step(ctx, "Integritas basis data", step_database_integrity)
        _run_step(ctx, "Sumber daya (font, ikon, terjemahan, migrasi)", step_resources)
        _run_step(ctx, "Aturan remisi dan kalender libur", step_remission_rules)
        if _run_step(ctx, "Jendela utama dibuat (offscreen)", step_main_window):
            for index, title in enumerate(ctx.ui.tab_titles()):
                _run_step(ctx, f"Tab {title!r} digambar", lambda c, i=index: c.ui.render_tab(i))
        _run_step(ctx, "Sertifikat PDF ditulis dan dibaca kembali", step_certificate)
    finally:
        _cleanup(ctx, home, saved)
    seconds = time.monotonic() - started
    if ctx.failures:
        _write(f"GAGAL: {len(ctx.failures)} langkah gagal: {'; '.join(ctx.failures)}")
        return 1
    _write(f"LULUS: semua langkah berhasil dalam {seconds:.1f} detik")
    return 0


def _cleanup(ctx: SelfTestContext, home: Path, saved: dict[str, str | None]) -> None:
    if ctx.ui is not None:
        ctx.ui.close()
    if ctx.services is not None:
        ctx.services.dispose()
    shutil.rmtree(home, ignore_errors=True)
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
