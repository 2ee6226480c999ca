"""The home tab shows the real facility, the session, today's date, DEMO and the audit status."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from app.domain.roles import Role
from app.services.demo import DemoOptions
from app.ui.home.tab import HomeTab
from tests.conftest import PROFILE


def _png(width: int = 200, height: int = 120) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def make_tab(qtbot, services, actor) -> HomeTab:
    tab = HomeTab(services, actor, None)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.audit_result is not None)
    return tab


def test_home_shows_facility_user_date_and_intact_audit(qtbot, services, admin) -> None:
    services.facility.update(admin, replace(PROFILE, logo_png=_png()))
    tab = make_tab(qtbot, services, admin)
    v = tab.view
    assert v.facility_name.text() == "Rutan Kelas IIA Pekalongan"
    assert v.facility_address.text() == "Jl. Uji No. 1, Pekalongan"
    assert v.facility_head.text() == "Kepala: Budi Santoso — NIP 197001012000031001"
    assert v.facility_code.text() == "Kode fasilitas: RUTAN-PKL"
    assert not v.logo.pixmap().isNull()
    assert max(v.logo.pixmap().width(), v.logo.pixmap().height()) == 96
    assert v.user_name.text() == "Admin Uji (admin)"
    assert v.user_role.text() == "Administrator"
    assert v.today.text() == "Selasa, 15 Juli 2025"  # the FakeClock's 2025-07-15
    assert v.demo_notice.isHidden()
    count = tab.audit_result.count
    assert tab.audit_result.ok and count >= 3
    assert v.audit_status.text() == f"✔ Log audit utuh, {count} peristiwa."
    tab.resize(900, 560)
    tab.grab().save("/tmp/shots/home_admin.png")


def test_home_for_a_limited_role(qtbot, services, make_actor) -> None:
    actor = make_actor(Role.PERTANIAN)
    tab = make_tab(qtbot, services, actor)
    assert tab.view.user_role.text() == "Pertanian"
    assert tab.view.user_name.text() == "Pengguna pertanian (u-pertanian)"
    assert tab.view.logo.text() == "(tanpa logo)"


def test_demo_database_shows_the_notice(qtbot, empty_services) -> None:
    empty_services.demo.load(DemoOptions(inmates=3))
    actor = empty_services.auth.login("pimpinan", DemoOptions().password)
    tab = make_tab(qtbot, empty_services, actor)
    assert tab.view.demo_notice.isVisibleTo(tab)
    assert "DEMO" in tab.view.demo_label.text()
    tab.resize(900, 600)
    tab.grab().save("/tmp/shots/home_demo.png")


def test_tampered_audit_log_is_named_and_recheck_finds_repair(qtbot, services, admin, db_url):
    tab = make_tab(qtbot, services, admin)
    assert tab.audit_result.ok
    path = db_url.removeprefix("sqlite:///")
    con = sqlite3.connect(path)
    with con:
        original = con.execute("SELECT action FROM audit_events WHERE id = 2").fetchone()[0]
        con.execute("UPDATE audit_events SET action = 'dipalsukan' WHERE id = 2")
    tab.audit_result = None
    qtbot.mouseClick(tab.view.audit_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.audit_result is not None)
    text = tab.view.audit_status.text()
    assert not tab.audit_result.ok
    assert text.startswith("✖ Log audit RUSAK mulai peristiwa #2: isi peristiwa diubah.")
    assert "1 peristiwa sebelumnya utuh" in text
    tab.grab().save("/tmp/shots/home_tampered.png")

    with con:
        con.execute("UPDATE audit_events SET action = ? WHERE id = 2", (original,))
    con.close()
    tab.audit_result = None
    tab.refresh()
    qtbot.waitUntil(lambda: tab.audit_result is not None)
    assert tab.audit_result.ok
