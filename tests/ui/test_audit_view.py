"""The audit log screen: SQL paging, filters, before/after detail and the chain check."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from app.domain.roles import Role
from app.errors import PermissionDenied
from app.services.facility import FacilityProfile
from app.ui.admin import audit_view
from app.ui.admin.audit_view import AuditLogDialog
from tests.conftest import PROFILE
from tests.ui.foundation_helpers import click, type_into

PAGE = 10


@pytest.fixture
def busy_log(services, admin, make_actor, clock):
    """About 40 events over three days: logins, 30 enable/disable toggles, a facility edit."""
    clerk = make_actor(Role.REGISTRASI, "clerk")  # created + logged in on 15 Juli
    clock.advance(days=1)  # 16 Juli: the toggles
    for i in range(30):
        services.users.set_active(admin, clerk.user_id, i % 2 == 1)
    clock.advance(days=1)  # 17 Juli: the facility moves
    services.facility.update(admin, FacilityProfile(**{**PROFILE.__dict__, "city": "Batang"}))
    return services


def make_dialog(qtbot, services, actor, monkeypatch) -> AuditLogDialog:
    monkeypatch.setattr(audit_view, "PAGE_SIZE", PAGE)
    dialog = AuditLogDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_pages_through_the_log_in_sql(qtbot, busy_log, admin, monkeypatch):
    total = busy_log.audit.count_events(admin, audit_view.AuditFilter())
    assert total > 3 * PAGE
    dialog = make_dialog(qtbot, busy_log, admin, monkeypatch)
    model = dialog.model

    assert model.loaded() == PAGE
    assert model.total() == total
    assert dialog.count_label.text().startswith(f"Menampilkan {PAGE} dari {total} peristiwa")
    first = model.row_at(0)
    assert first.action == "facility_updated"  # newest first

    dialog.table.scrollToBottom()  # the view asks for the next page, as when scrolling
    qtbot.waitUntil(lambda: model.loaded() > PAGE)
    model.fetch_all()
    assert model.loaded() == total
    assert dialog.count_label.text() == f"{total} peristiwa"
    assert len({e.id for e in model.rows()}) == total


def test_model_passes_the_model_tester(qtbot, qtmodeltester, busy_log, admin, monkeypatch):
    dialog = make_dialog(qtbot, busy_log, admin, monkeypatch)
    assert dialog.model.canFetchMore(dialog.model.index(-1, -1))
    qtmodeltester.check(dialog.model)


def test_filters_text_action_user_entity_and_dates(qtbot, busy_log, admin, monkeypatch):
    dialog = make_dialog(qtbot, busy_log, admin, monkeypatch)
    bar = dialog.filters

    type_into(qtbot, bar.text_edit, "Batang")  # found in the before/after data
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert [e.action for e in dialog.model.rows()] == ["facility_updated"]

    click(qtbot, bar.clear_button)
    bar.action_combo.setCurrentIndex(bar.action_combo.findText("Pengguna dinonaktifkan"))
    assert dialog.model.total() == 15
    assert {e.action for e in dialog.model.rows()} == {"user_disabled"}
    assert dialog.model.data(dialog.model.index(0, 2)) == "Pengguna dinonaktifkan"

    click(qtbot, bar.clear_button)
    type_into(qtbot, bar.user_edit, "clerk")
    click(qtbot, bar.apply_button)
    assert dialog.model.total() == 1
    assert dialog.model.row_at(0).action == "login"

    click(qtbot, bar.clear_button)
    bar.entity_combo.setCurrentIndex(bar.entity_combo.findText("Fasilitas"))
    assert [e.action for e in dialog.model.rows()] == ["facility_updated", "facility_created"]

    click(qtbot, bar.clear_button)
    bar.from_check.setChecked(True)
    bar.from_edit.setDate(QDate(2025, 7, 16))
    bar.to_check.setChecked(True)
    bar.to_edit.setDate(QDate(2025, 7, 16))
    click(qtbot, bar.apply_button)
    assert bar.current_filter().date_from == date(2025, 7, 16)
    assert dialog.model.total() == 30
    assert {e.at.date() for e in dialog.model.rows()} == {date(2025, 7, 16)}

    click(qtbot, bar.clear_button)
    assert dialog.model.total() == busy_log.audit.count_events(admin, audit_view.AuditFilter())


def test_detail_shows_before_and_after(qtbot, busy_log, admin, monkeypatch):
    dialog = make_dialog(qtbot, busy_log, admin, monkeypatch)
    dialog.table.selectRow(0)  # facility_updated
    assert '"city": "Pekalongan"' in dialog.before_view.toPlainText()
    assert '"city": "Batang"' in dialog.after_view.toPlainText()
    assert dialog.detail_title.text().startswith("Peristiwa #")
    assert "Profil fasilitas diubah oleh admin" in dialog.detail_title.text()


def test_verify_button_reports_intact_and_broken_chain(qtbot, busy_log, admin, db_url, monkeypatch):
    dialog = make_dialog(qtbot, busy_log, admin, monkeypatch)
    click(qtbot, dialog.verify_button)
    qtbot.waitUntil(lambda: dialog.verify_job.is_finished)
    total = dialog.model.total()
    assert dialog.verify_label.text() == f"Rantai utuh: {total} peristiwa diperiksa."

    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    with con:
        con.execute("UPDATE audit_events SET after_json = '{}' WHERE id = 3")
    con.close()
    click(qtbot, dialog.verify_button)
    qtbot.waitUntil(lambda: dialog.verify_job.is_finished)
    assert dialog.verify_label.text() == "Rantai RUSAK pada peristiwa #3: isi peristiwa diubah."


def test_a_role_without_the_right_cannot_open_it(qtbot, services, make_actor):
    with pytest.raises(PermissionDenied):
        AuditLogDialog(services, make_actor(Role.REGISTRASI))


def test_pimpinan_may_read_the_log(qtbot, services, make_actor, monkeypatch):
    dialog = make_dialog(qtbot, services, make_actor(Role.PIMPINAN), monkeypatch)
    assert dialog.model.total() > 0
