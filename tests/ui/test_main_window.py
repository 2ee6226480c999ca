"""The main window: signed out (login page, few menus) and signed in (tabs and menus per role,
tabs built when first shown), status bar and its warnings, shortcuts, geometry and last tab."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.roles import Permission, Role
from app.services.demo import DemoOptions
from app.ui import main_menus
from app.ui import main_window as mw
from app.ui.about_dialog import AboutDialog, database_display
from app.ui.common import messages
from app.ui.common.settings import AppSettings
from app.ui.main_window import TabSpec
from tests.ui.main_window_helpers import open_window, visible_menu_titles
from tests.ui.modal_helpers import on_modal


def test_admin_sees_every_menu_item_and_the_status_bar(qtbot, services, admin, settings) -> None:
    window = open_window(qtbot, services, admin, settings)
    window.show()
    assert window.tab_keys[0] == "home"
    assert window.tabs.tabText(0) == "Beranda"
    assert visible_menu_titles(window) == ["&Berkas", "&Admin", "&Pengaturan", "Ba&ntuan"]
    m = main_menus
    for key in ("users", "facility", "audit", "backup", "restore", "change_password"):
        action = window.actions_by_key[key]
        module = {"backup": m.BACKUP_DIALOG, "restore": m.BACKUP_DIALOG,
                  "users": m.USERS_DIALOG, "facility": m.FACILITY_DIALOG,
                  "audit": m.AUDIT_DIALOG, "change_password": m.PASSWORD_DIALOG}[key][0]  # fmt: skip
        present = m.available(module)
        assert action.isVisible() is present, key
        assert action.isEnabled() is present, key
    assert window.user_label.text() == "Admin Uji"
    assert window.role_label.text() == "Administrator"
    assert window.db_label.text() == str(services.paths.default_db)
    assert window.db_label.toolTip() == str(services.paths.default_db)  # whole when cut
    assert window.demo_label.isHidden()
    assert window.windowTitle() == "Sibina — Rutan Kelas IIA Pekalongan"
    window.resize(1100, 700)
    window.grab().save("/tmp/shots/main_admin.png")


def test_limited_role_sees_no_admin_menu(qtbot, services, make_actor, settings) -> None:
    actor = make_actor(Role.PERTANIAN)
    window = open_window(qtbot, services, actor, settings)
    assert "&Admin" not in visible_menu_titles(window)
    for key in ("users", "facility", "audit", "backup", "restore"):
        assert not window.actions_by_key[key].isVisible(), key
        assert not window.actions_by_key[key].isEnabled(), key
    for key in ("logout", "quit", "about", "language_id", "language_en"):
        assert window.actions_by_key[key].isEnabled(), key
    assert window.role_label.text() == "Pertanian"
    window.show()
    window.resize(1100, 700)
    window.grab().save("/tmp/shots/main_pertanian.png")


def test_pimpinan_may_read_the_audit_log_but_not_manage(qtbot, services, make_actor, settings):
    window = open_window(qtbot, services, make_actor(Role.PIMPINAN), settings)
    assert not window.actions_by_key["users"].isVisible()
    assert not window.actions_by_key["backup"].isVisible()
    audit = main_menus.AUDIT_DIALOG[0]
    assert window.actions_by_key["audit"].isVisible() is main_menus.available(audit)


def test_tabs_are_filtered_by_permission(qtbot, services, admin, make_actor, settings, monkeypatch):
    def fake_tab(services, actor, parent) -> QWidget:
        return QLabel(f"register for {actor.username}", parent)

    tabs = [*mw.TABS, TabSpec("register", "Register", Permission.VIEW_REGISTER, fake_tab)]
    monkeypatch.setattr(mw, "TABS", tabs)
    assert "register" in open_window(qtbot, services, admin, settings).tab_keys
    limited = open_window(qtbot, services, make_actor(Role.PERTANIAN), settings)
    assert "register" not in limited.tab_keys
    assert "home" in limited.tab_keys


def test_shortcuts_switch_tabs_and_last_tab_and_geometry_are_remembered(
    qtbot, services, admin, settings, monkeypatch
) -> None:
    extra = [TabSpec(f"t{i}", f"Tab {i}", None, lambda s, a, p: QLabel("x", p)) for i in (2, 3)]
    monkeypatch.setattr(mw, "TABS", [mw.TABS[0], *extra])  # home + two, whatever else exists
    window = open_window(qtbot, services, admin, settings)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_key() == "t3"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # no 9th tab
    assert window.current_tab_key() == "t3"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_key() == "home"
    window.show_tab("t2")
    window.setGeometry(QRect(30, 40, 700, 500))  # inside the 800x600 offscreen screen
    closed: list[str] = []
    window.closed.connect(lambda: closed.append("quit"))
    window.close()
    assert closed == ["quit"]
    assert settings.last_tab == "t2"

    again = open_window(qtbot, services, admin, AppSettings(settings.path))
    assert again.current_tab_key() == "t2"
    assert (again.geometry().width(), again.geometry().height()) == (700, 500)


def test_logout_returns_to_the_login_page_in_the_same_window(qtbot, services, admin, settings):
    window = open_window(qtbot, services, admin, settings)
    window.show()
    window.show_tab("inmates")
    assert window.actions_by_key["logout"].shortcut().toString() == "Ctrl+L"
    assert window.actions_by_key["quit"].shortcut().toString() == "Ctrl+Q"
    assert window.actions_by_key["about"].shortcut().toString() == "F1"
    closed: list[str] = []
    window.closed.connect(lambda: closed.append("quit"))
    with qtbot.waitSignal(window.signed_out, timeout=1000):
        window.actions_by_key["logout"].trigger()
    assert closed == []  # the window stays
    assert window.isVisible() and window.actor is None and window.tabs is None
    assert window.login_page.isVisible()
    assert window.login_page.username_edit.text() == "admin"
    assert window.login_page.is_ready  # the services stay open
    assert window.focusWidget() is window.login_page.password_edit
    assert visible_menu_titles(window) == ["&Berkas", "&Pengaturan", "Ba&ntuan"]
    assert settings.last_tab == "inmates"
    assert window.statusBar().isHidden()


def test_a_tab_with_unsaved_edits_vetoes_logout(qtbot, services, admin, settings, monkeypatch):
    class Editing(QLabel):
        def can_close(self) -> bool:
            return False

    monkeypatch.setattr(
        mw, "TABS", [*mw.TABS, TabSpec("edit", "Edit", None, lambda s, a, p: Editing(p))]
    )
    window = open_window(qtbot, services, admin, settings)
    window.show()
    window.show_tab("edit")  # edits are made in a tab that was shown
    window.show_tab("home")
    restarts: list[bool] = []
    window.restart_requested.connect(lambda: restarts.append(True))
    window.logout()
    assert window.actor is not None
    assert window.current_tab_key() == "edit"  # shows the tab that holds the edits
    window.request_restart()  # a restore signs out regardless
    assert restarts == [True]
    assert window.actor is None and window.services is None
    assert window.login_page.status.text() == "Membuka basis data…"


def test_language_choice_is_saved_and_rebuilds_the_window(qtbot, services, admin, settings):
    window = open_window(qtbot, services, admin, settings)
    window.show_tab("inmates")
    assert window.actions_by_key["language_id"].isChecked()
    old_tabs = window.tabs
    window.actions_by_key["language_en"].trigger()
    assert settings.language == "en"
    assert AppSettings(settings.path).language == "en"
    assert window.tabs is not old_tabs  # rebuilt, in place, for the same user
    assert window.actor == admin
    assert window.current_tab_key() == "inmates"
    assert window.actions_by_key["language_en"].isChecked()


def test_language_switch_keeps_the_register_filters_and_the_ceremony(
    qtbot, empty_services, settings
):
    from dataclasses import replace

    from app.services.remission_dto import NewCeremony

    empty_services.demo.load(DemoOptions(inmates=40))
    actor = empty_services.auth.login("admin", DemoOptions().password)
    older = empty_services.remission.create_ceremony(actor, NewCeremony("RU", year=2024))
    ceremonies = empty_services.remission.list_ceremonies(actor)
    assert len(ceremonies) == 2 and ceremonies[-1].id == older.id  # not the one shown first
    window = open_window(qtbot, empty_services, actor, settings)
    window.show_tab("remission")
    remission = window.tabs.tab("remission")
    remission.reload_ceremonies(ceremonies[-1].id)
    window.show_tab("inmates")
    tab = window.tabs.tab("inmates")
    qtbot.waitUntil(lambda: tab.ready)
    view = tab.view
    view.status.setCurrentIndex(view.status.findData("narapidana"))
    view.religion.setCurrentIndex(view.religion.findData("Islam"))
    view.search.setText("a")
    view.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    tab.apply_filters()
    before, rows = tab.filter, tab.model.rowCount()
    window.actions_by_key["language_en"].trigger()
    new = window.tabs.tab("inmates")
    assert new is not tab and new.view.status.currentText() == "Convict"
    assert replace(new.filter, sort_values=()) == replace(before, sort_values=())
    assert new.view.search.text() == "a" and new.model.rowCount() == rows > 0
    assert new.view.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    window.show_tab("remission")
    assert window.tabs.tab("remission").ceremony.id == ceremonies[-1].id
    window.actions_by_key["language_id"].trigger()


def test_language_change_during_edits_applies_at_next_start(
    qtbot, services, admin, settings, monkeypatch
) -> None:
    class Editing(QLabel):
        def can_close(self) -> bool:
            return False

    monkeypatch.setattr(
        mw, "TABS", [*mw.TABS, TabSpec("edit", "Edit", None, lambda s, a, p: Editing(p))]
    )
    shown: list[str] = []
    monkeypatch.setattr(messages, "_run", lambda box: shown.append(box.text()) or 0)
    window = open_window(qtbot, services, admin, settings)
    window.show()
    window.show_tab("edit")
    old_tabs = window.tabs
    window.set_language("en")
    assert settings.language == "en"
    assert shown == ["Bahasa akan dipakai saat Sibina dibuka lagi."]
    assert window.isVisible() and window.tabs is old_tabs


def test_demo_database_is_marked(qtbot, empty_services, settings) -> None:
    empty_services.demo.load(DemoOptions(inmates=3))
    actor = empty_services.auth.login("registrasi", DemoOptions().password)
    window = open_window(qtbot, empty_services, actor, settings)
    assert window.demo_label.isVisibleTo(window)
    assert window.windowTitle().endswith("[DEMO]")
    assert window.user_label.text() == "Bayu Saputra"  # the role has its own label
    assert window.role_label.text() == "Registrasi"
    window.show()
    window.resize(1100, 700)
    window.grab().save("/tmp/shots/main_demo_registrasi.png")


def test_about_box_names_version_and_folders(qtbot, services, settings, monkeypatch) -> None:
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.rows["Versi"] == "0.1.0"
    assert dialog.rows["Fasilitas"] == "Rutan Kelas IIA Pekalongan"
    assert dialog.rows["Basis data"] == str(services.paths.default_db)
    assert dialog.rows["Folder log"] == str(services.paths.logs)
    assert dialog.rows["Mode portabel"] == "Tidak"
    dialog.show()
    dialog.grab().save("/tmp/shots/about.png")


def test_database_display_hides_passwords() -> None:
    assert database_display("sqlite:////data/sibina.db") == "/data/sibina.db"
    assert (
        database_display("postgresql+psycopg://sibina:rahasia@10.0.0.5:5432/sibina")
        == "postgresql+psycopg://sibina:***@10.0.0.5:5432/sibina"
    )
    assert database_display("postgresql://db.lan/sibina") == "postgresql://db.lan/sibina"


def test_menu_items_open_the_admin_dialogs(qtbot, services, admin, settings) -> None:
    from app.ui.admin.audit_view import AuditLogDialog
    from app.ui.admin.change_password_dialog import ChangePasswordDialog
    from app.ui.admin.users_dialog import UsersDialog

    window = open_window(qtbot, services, admin, settings)
    for key, cls in (
        ("users", UsersDialog),
        ("audit", AuditLogDialog),
        ("change_password", ChangePasswordDialog),
        ("about", AboutDialog),
    ):
        opened: list[type] = []

        def close(dialog, opened=opened) -> None:
            opened.append(type(dialog))
            dialog.reject()

        on_modal(cls, close)
        window.actions_by_key[key].trigger()
        assert opened == [cls], key


def test_edited_facility_refreshes_title_and_home(qtbot, services, admin, settings) -> None:
    from app.ui.admin.facility_dialog import FacilityDialog

    window = open_window(qtbot, services, admin, settings)

    def rename(dialog) -> None:
        dialog.form.name_edit.clear()
        qtbot.keyClicks(dialog.form.name_edit, "Lapas Kelas IIB Batang")
        qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Return)  # Enter = Simpan

    on_modal(FacilityDialog, rename)
    window.actions_by_key["facility"].trigger()
    assert window.windowTitle() == "Sibina — Lapas Kelas IIB Batang"
    assert window.tab("home").view.facility_name.text() == "Lapas Kelas IIB Batang"


def test_restore_in_the_backup_dialog_restarts_the_session(qtbot, services, admin, settings):
    from app.ui.admin.backup_dialog import BackupDialog

    window = open_window(qtbot, services, admin, settings)
    closed: list[str] = []
    window.restart_requested.connect(lambda: closed.append("restart"))

    on_modal(BackupDialog, lambda dialog: dialog.reject())
    window.actions_by_key["backup"].trigger()
    assert closed == []

    def restored(dialog) -> None:  # what the dialog records after a real restore
        dialog.was_restored = True
        dialog.accept()

    on_modal(BackupDialog, restored)
    window.actions_by_key["restore"].trigger()
    assert closed == ["restart"]


def test_tab_warnings_reach_the_status_bar_right_after_login(
    qtbot, services, admin, settings, clock
):
    from datetime import timedelta

    from app.domain.inmates.record import DetentionData
    from tests.inmate_samples import detainee

    today = clock().date()
    services.inmates.create(admin, detainee(1, detentions=(
        DetentionData("A.I", today - timedelta(days=18), today + timedelta(days=1)),)))  # fmt: skip
    window = open_window(qtbot, services, admin, settings)
    window.show()
    label = window.findChild(QLabel, "status_warnings")
    qtbot.waitUntil(
        lambda: label.text() == "⚠ Penahanan berakhir: 1 sisa ≤3 hari atau lewat, 0 sisa 4–10 hari"
    )
    assert label.isVisibleTo(window)
    assert window.current_tab_key() == "home"
    assert window.tabs.tab("inmates", build=False) is None  # told without building the tab
    window.tab("inmates").warnings_changed.emit("")  # once built, the tab itself reports
    assert label.text() == "" and not label.isVisibleTo(window)


def test_no_warning_in_the_status_bar_when_nothing_expires(qtbot, services, admin, settings):
    window = open_window(qtbot, services, admin, settings)
    window.show()
    qtbot.wait(50)  # past the first paint, when the check runs
    assert window.findChild(QLabel, "status_warnings").text() == ""
