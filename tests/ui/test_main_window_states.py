"""The main window's two states and its lazy tabs: signed out (login page, few menus) -> signed
in (tabs built when first shown; a tab that fails to build says so)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui import main_window as mw
from app.ui.main_window import MainWindow, TabSpec
from tests.conftest import PASSWORD
from tests.ui.foundation_helpers import enter_credentials
from tests.ui.main_window_helpers import open_window, visible_menu_titles


def test_tabs_are_built_when_first_shown(qtbot, services, admin, settings) -> None:
    window = open_window(qtbot, services, admin, settings)
    window.show()
    assert window.tab_keys == ["home", "inmates", "remission", "certificates"]
    built = [k for k in window.tab_keys if window.tabs.tab(k, build=False) is not None]
    assert built == ["home"]  # only the one on screen
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.tabs.tabBar().tabRect(1).center())  # fmt: skip
    assert window.current_tab_key() == "inmates"
    inmates = window.tabs.tab("inmates", build=False)
    assert inmates is not None and inmates.objectName() == "tab_inmates"
    assert inmates.isVisible()
    assert window.tabs.tab("certificates", build=False) is None
    certificates = window.tab("certificates")  # tests (and the self-test) may build on demand
    assert certificates is not None and window.current_tab_key() == "inmates"


def test_a_tab_that_fails_to_build_says_so_and_the_others_work(
    qtbot, services, admin, settings, monkeypatch
) -> None:
    def broken(services, actor, parent) -> QWidget:
        raise RuntimeError("tab rusak")

    reported: list[str] = []
    import app.ui.common.error_dialog as error_dialog

    monkeypatch.setattr(
        error_dialog, "report_exception", lambda exc, parent=None: reported.append(str(exc))
    )
    monkeypatch.setattr(mw, "TABS", [*mw.TABS, TabSpec("broken", "Rusak", None, broken)])
    window = open_window(qtbot, services, admin, settings)
    window.show_tab("broken")
    assert reported == ["tab rusak"]
    assert window.tab("broken") is None
    assert window.tabs.page("broken").findChild(QLabel, "tab_failed") is not None
    window.show_tab("home")
    assert window.current_tab_key() == "home"


def test_signed_out_window_shows_the_login_page_and_few_menus(qtbot, services, settings) -> None:
    window = MainWindow(None, None, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.login_page
    assert page.isVisible() and window.tabs is None and window.actor is None
    assert not page.is_ready and page.status.text() == "Membuka basis data…"
    assert visible_menu_titles(window) == ["&Berkas", "&Pengaturan", "Ba&ntuan"]
    assert sorted(window.actions_by_key) == ["about", "language_en", "language_id", "quit"]
    assert not window.actions_by_key["about"].isEnabled()  # it names the database
    assert window.windowTitle() == "Sibina"

    window.set_services(services)
    assert page.is_ready and window.actions_by_key["about"].isEnabled()
    assert page.facility.text() == "Rutan Kelas IIA Pekalongan"
    assert window.windowTitle() == "Sibina — Rutan Kelas IIA Pekalongan"
    accepted = []
    window.login_accepted.connect(accepted.append)
    enter_credentials(qtbot, page, "admin", PASSWORD)
    assert [a.username for a in accepted] == ["admin"]
    assert window.actor is None  # the shell signs in (after a forced password change, if due)

    window.sign_in(accepted[0])
    assert window.login_page is None and window.current_tab_key() == "home"
    assert visible_menu_titles(window) == ["&Berkas", "&Admin", "&Pengaturan", "Ba&ntuan"]
    assert window.user_label.text() == "Admin Uji"
    window.resize(1100, 700)
    window.grab().save("/tmp/shots/main_signed_in.png")


def test_a_deactivated_account_is_signed_out_with_the_reason(qtbot, services, admin, make_actor,
                                                             settings) -> None:  # fmt: skip
    from app.domain.roles import Role

    clerk = make_actor(Role.REGISTRASI)
    window = open_window(qtbot, services, clerk, settings)
    window.show()
    assert window.account_check.isActive()
    window.check_account()  # nothing changed: stays signed in
    assert window.tabs is not None and window.actor == clerk
    user_id = next(u.id for u in services.users.list_users(admin) if u.username == clerk.username)
    services.users.set_active(admin, user_id, False)
    window.check_account()
    assert window.actor is None and window.tabs is None and not window.account_check.isActive()
    page = window.login_page
    assert page.username == clerk.username
    assert page.message.text() == (
        f"Akun {clerk.username} telah dinonaktifkan atau perannya diubah oleh admin. "
        "Masuk lagi untuk melanjutkan."
    )
