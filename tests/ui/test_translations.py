"""The English translation: every message translated with its placeholders, mnemonics and %n
intact; the compiled .qm loads through the app's own install_translators and turns the real
main window, the service errors and the foundation dialogs English (without Alt-key clashes)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.errors import AuthError, PermissionDenied
from app.ui.admin.audit_view import AuditLogDialog
from app.ui.admin.change_password_dialog import ChangePasswordDialog
from app.ui.admin.facility_dialog import FacilityDialog
from app.ui.admin.user_forms import NewUserDialog
from app.ui.admin.users_dialog import UsersDialog
from app.ui.common.i18n import install_translators, ui_language
from app.ui.common.messages import error_text, translate_error
from app.ui.common.settings import AppSettings
from app.ui.main_window import TABS, MainWindow
from tests.ui.foundation_helpers import login_page
from tests.ui.i18n_helpers import TS
from tests.ui.mnemonic_helpers import assert_unique

PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {name}, {count:,}
QT_ARG = re.compile(r"%(?:n|L?\d+)")  # %n, %1, %L1
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    element = message.find("translation")
    assert element is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def mnemonic_count(text: str) -> int:
    return ENTITY.sub("", text).replace("&&", "").count("&")


def _edges(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


MESSAGES = _messages()


def test_the_ts_file_has_messages_in_every_layer() -> None:
    contexts = {context for context, _ in MESSAGES}
    assert len(MESSAGES) > 500
    assert {"MainWindow", "LoginDialog", "errors", "tabs", "roles", "inmates"} <= contexts


@pytest.mark.parametrize(
    "context, message", MESSAGES, ids=[f"{c}:{m.findtext('source')}"[:80] for c, m in MESSAGES]
)
def test_every_message_is_translated_faithfully(context: str, message: ET.Element) -> None:
    source = message.findtext("source") or ""
    translation = message.find("translation")
    assert translation is not None and translation.get("type") is None, "unfinished"
    forms = _translations(message)
    assert forms and all(form.strip() for form in forms), "empty translation"
    for text in forms:
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source))
        assert sorted(set(QT_ARG.findall(text))) == sorted(set(QT_ARG.findall(source)))
        assert mnemonic_count(text) == mnemonic_count(source)
        assert sorted(TAG.findall(text)) == sorted(TAG.findall(source))
        assert text.count("\n") == source.count("\n")
        assert _edges(text) == _edges(source), "leading/trailing spaces differ"
        if source.endswith(("…", ":")):
            assert text.endswith(source[-1])
    if message.get("numerus") == "yes":
        # %n, or %Ln for the number in the language's digits (1.234 / 1,234)
        assert len(forms) == 2 and all(re.search("%L?n", form) for form in forms)


def test_the_counting_helpers_ignore_literal_ampersands_and_entities() -> None:
    assert mnemonic_count("Status && kode") == 0
    assert mnemonic_count("&Berkas") == 1
    assert mnemonic_count("a &amp; b &#38; c") == 0
    assert PLACEHOLDER.findall("{count:,} of {total}") == ["{count:,}", "{total}"]


# --- the compiled translation at run time ------------------------------------------------------


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_install_translators_loads_the_english_qm(english) -> None:
    assert ui_language() == "en"
    assert any(not t.isEmpty() and "sibina_en" in t.filePath() for t in english)
    assert tr("MainWindow", "&Berkas") == "&File"
    assert tr("tabs", "Warga Binaan") == "Inmates"
    assert tr("roles", "Registrasi") == "Registration"
    assert tr("inmates", "Narapidana") == "Convict"
    assert tr("AuditLogDialog", "%n peristiwa", 1) == "1 event"
    assert tr("AuditLogDialog", "%n peristiwa", 3) == "3 events"


def test_service_errors_come_out_in_english(english, services) -> None:
    assert error_text(PermissionDenied()) == "You are not allowed to do this."
    with pytest.raises(AuthError) as caught:
        services.auth.login("admin", "wrong-password-1")
    assert error_text(caught.value).startswith("Wrong username or password. Attempts left: ")
    assert caught.value.message.startswith("Nama pengguna atau kata sandi salah.")  # CLI text
    assert translate_error("Isi L atau P.") == "Enter L or P."


def test_without_english_the_ui_stays_indonesian(qapp) -> None:
    install_translators(qapp, "id")
    assert tr("MainWindow", "&Berkas") == "&Berkas"


def test_the_real_main_window_is_english(english, qtbot, services, admin, tmp_path) -> None:
    window = MainWindow(services, admin, AppSettings(tmp_path / "sibina.ini"))
    qtbot.addWidget(window)
    home = window.tab("home")
    qtbot.waitUntil(lambda: home.audit_result is not None)
    menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert menus == ["&File", "&Admin", "&Settings", "&Help"]
    titles = {key: window.tabs.tabText(i) for i, key in enumerate(window.tab_keys)}
    expected = {"home": "Home", "inmates": "Inmates", "certificates": "Certificates"}
    for key, text in expected.items():
        if key in titles:  # a tab whose module is not installed is left out
            assert titles[key] == text
    assert titles["home"] == "Home"
    for spec in TABS:  # every tab title that is in the .ts is shown translated
        if spec.key in titles and tr("tabs", spec.title) != spec.title:
            assert titles[spec.key] == tr("tabs", spec.title)
    assert window.actions_by_key["quit"].text() == "&Quit"
    assert window.actions_by_key["logout"].text() == "Log &out"
    assert window.user_label.toolTip() == "User: admin"
    assert window.tabs.tabText(0) == "Home"
    keys = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert len({re.search(r"&(.)", k).group(1).lower() for k in keys}) == len(keys)


def test_the_signed_out_main_window_is_english(english, qtbot, services, tmp_path) -> None:
    window = MainWindow(None, None, AppSettings(tmp_path / "sibina.ini"))
    qtbot.addWidget(window)
    window.set_services(services)
    menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert menus == ["&File", "&Settings", "&Help"]
    assert window.actions_by_key["quit"].text() == "&Quit"
    assert window.actions_by_key["about"].text() == tr("MainWindow", "&Tentang Sibina…")
    page = window.login_page
    assert page.login_button.text() == tr("LoginDialog", "&Masuk") != "&Masuk"
    texts = " ".join(w.text() for w in page.findChildren(QLabel))
    assert not re.search(r"\b(Kata sandi|Nama pengguna|Masukkan)\b", texts), texts


@pytest.mark.parametrize(
    "make",
    [
        lambda s, a: login_page(s.auth),
        lambda s, a: ChangePasswordDialog(s.auth, a, None),
        lambda s, a: ChangePasswordDialog(s.auth, a, None, forced=True),
        lambda s, a: FacilityDialog(s, a),
        lambda s, a: UsersDialog(s, a),
        lambda s, a: NewUserDialog(s, a),
        lambda s, a: AuditLogDialog(s, a),
    ],
)
def test_english_dialogs_keep_unique_mnemonics(english, qtbot, services, admin, make) -> None:
    dialog = make(services, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    widgets = dialog.findChildren(QWidget)
    assert_unique(widgets)
    texts = " ".join(w.text() for w in widgets if hasattr(w, "text") and isinstance(w.text(), str))
    assert not re.search(r"\b(Simpan|Batal|Tutup|Kata sandi|Nama pengguna)\b", texts), texts


def test_mnemonic_letters_clash_little_within_a_context() -> None:
    """Not every clash is on one screen, but the .ts should not be full of them."""
    clashes = 0
    by_context: dict[str, Counter] = {}
    for context, message in MESSAGES:
        for text in _translations(message)[:1]:
            match = re.search(r"&([^&\s])", ENTITY.sub("", text).replace("&&", ""))
            if match:
                by_context.setdefault(context, Counter())[match.group(1).lower()] += 1
    for counter in by_context.values():
        clashes += sum(n - 1 for n in counter.values() if n > 1)
    assert clashes <= 15


def test_helper_built_texts_are_english_too(english, qtbot) -> None:
    """Texts that lupdate only sees through QCoreApplication.translate outside a class."""
    from app.ui.certificates.dialogs import ReasonDialog
    from app.ui.inmates.record_sections import case_cells, discipline_cells

    dialog = ReasonDialog("Cabut", "?", "Re&voke certificate", required=True)
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.findChildren(QPushButton)] == [
        "Re&voke certificate",
        "&Cancel",
    ]
    assert [c.header for c in case_cells()][:3] == ["Articles", "Crime category", "Court"]
    assert [c.header for c in discipline_cells()][1:3] == ["Violation", "Punishment"]
