"""Keyboard use on the signed-in main window: on every tab (and every page of a tab), the
Alt+letter shortcuts of its visible buttons and labels and of the menu bar's titles never collide,
in Indonesian and in English, for each role that sees a different set of buttons."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from app.domain.roles import Role
from tests.ui.main_window_helpers import open_window, visible_menu_titles
from tests.ui.mnemonic_helpers import MNEMONIC

# admin writes everywhere; pimpinan reads and approves; registrasi writes the register and reads
# the remission; pembinaan prepares the remission and reads the register; pertanian (like every
# programme role) sees only the certificates.
ROLES = (Role.ADMIN, Role.PIMPINAN, Role.REGISTRASI, Role.PEMBINAAN, Role.PERTANIAN)


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            by_key[match.group(1).lower()].append(text)
    return {key: found for key, found in by_key.items() if len(found) > 1}


def _has_shortcut(widget: QWidget) -> bool:
    """A button's & letter is an Alt+key; a label's only when it has a buddy (else Qt shows the
    & as it is: the role "Pimpinan (baca & setujui)")."""
    if isinstance(widget, QLabel):
        return widget.buddy() is not None
    return isinstance(widget, QAbstractButton)


def _screen_texts(window, tab: QWidget) -> list[str]:
    """The texts whose & letter is an Alt+key on the screen shown: the menu bar's titles and the
    visible buttons and labels of the tab."""
    widgets = [w for w in tab.findChildren(QWidget) if _has_shortcut(w) and w.isVisibleTo(window)]
    return visible_menu_titles(window) + [w.text() for w in widgets]


def _screens(window, key: str):
    """Yields (name, tab) for each page of the tab `key` (each inner tab page shown in turn)."""
    tab = window.tab(key)
    window.show_tab(key)
    QApplication.processEvents()
    yield key, tab
    for pages in tab.findChildren(QTabWidget):
        if not pages.isVisibleTo(window):
            continue
        for index in range(1, pages.count()):
            pages.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"{key}/{pages.tabText(index)}", tab
        pages.setCurrentIndex(0)


@pytest.fixture
def ceremony(services, admin):
    """A computed ceremony, so the Remisi tab shows its list with the line buttons."""
    from app.services.remission_dto import NewCeremony
    from tests.remission_samples import example1

    services.inmates.create(admin, example1(1))
    made = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025, venue="Aula"))
    services.remission.compute_proposals(admin, made.id)
    return made


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("role", ROLES, ids=[r.value for r in ROLES])
def test_every_tab_with_the_menu_bar_has_unique_mnemonics(
    qtbot, services, admin, make_actor, settings, ceremony, language, role, request
):
    if language == "en":
        request.getfixturevalue("english")
    actor = admin if role is Role.ADMIN else make_actor(role)
    window = open_window(qtbot, services, actor, settings)
    window.resize(1280, 800)
    window.show()
    problems = {}
    for key in window.tab_keys:
        for name, tab in _screens(window, key):
            texts = _screen_texts(window, tab)
            assert len(texts) > len(visible_menu_titles(window)), f"{name}: no shortcuts found"
            if clashes := _clashes(texts):
                problems[name] = clashes
    assert not problems
