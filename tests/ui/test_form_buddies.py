"""Keyboard use in the forms whose fields show an error message under them (FieldErrors): every
label with an Alt+letter names as its buddy the input itself, one that takes the focus (not the
container holding input and error label), and pressing Alt+letter puts the cursor there."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.domain.roles import Role
from app.services.inmates_dto import StatusAction
from app.services.remission_dto import LedgerEntry, NewCeremony
from app.ui.admin.change_password_dialog import ChangePasswordDialog
from app.ui.admin.user_forms import NewUserDialog, ResetPasswordDialog, RoleDialog
from app.ui.certificates.dialogs import IssueDialog, ReasonDialog
from app.ui.common.facility_form import FacilityForm
from app.ui.inmates.ledger_dialogs import LedgerEntryDialog, VoidEntryDialog
from app.ui.inmates.pattern_dialog import PatternDialog
from app.ui.inmates.record_form import IdentityForm
from app.ui.inmates.status_dialog import StatusDialog
from app.ui.remission.ceremony_dialogs import NewCeremonyDialog, SkDialog
from app.ui.remission.details_dialog import CeremonyDetailsDialog
from app.ui.remission.line_dialogs import CorrectionDialog, FlagsDialog, OverrideDialog
from app.ui.remission.programme_dialogs import AgendaItemDialog, DefaultAgendaDialog, GuestDialog
from app.ui.setup_wizard import SetupWizard
from tests.remission_samples import example1
from tests.ui.mnemonic_helpers import MNEMONIC

TODAY = date(2025, 8, 1)
ENTRY = LedgerEntry(1, "x", "RU", "", TODAY, 30, "", None, "", None, "", False, "")


@pytest.fixture
def world(services, admin, make_actor):
    """An inmate with a computed ceremony line, and a user to change."""
    inmate = services.inmates.create(admin, example1(1))
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025, venue="A"))
    services.remission.compute_proposals(admin, ceremony.id)
    make_actor(Role.REGISTRASI, "budi")
    user = next(u for u in services.users.list_users(admin) if u.username == "budi")
    line = services.remission.proposal_list(admin, ceremony.id)[0]
    return {"inmate": inmate, "ceremony": services.remission.get_ceremony(admin, ceremony.id),
            "line": line, "user": user}  # fmt: skip


def _nothing(*_args):
    return None


def _status(action: str):
    return lambda s, a, w: StatusDialog(s, a, w["inmate"].id, action)


FORMS = {
    "change_password": lambda s, a, w: ChangePasswordDialog(s.auth, a),
    "new_user": lambda s, a, w: NewUserDialog(s, a),
    "role": lambda s, a, w: RoleDialog(s, a, w["user"]),
    "reset_password": lambda s, a, w: ResetPasswordDialog(s, a, w["user"]),
    "issue": lambda s, a, w: IssueDialog(s.certificates.kinds(), TODAY),
    "reason": lambda s, a, w: ReasonDialog("Cabut", "?", "Cab&ut", required=True),
    "facility": lambda s, a, w: FacilityForm(),
    "ledger_entry": lambda s, a, w: LedgerEntryDialog(TODAY, _nothing),
    "void_entry": lambda s, a, w: VoidEntryDialog(ENTRY, _nothing),
    "pattern": lambda s, a, w: PatternDialog(s, a),
    "identity": lambda s, a, w: IdentityForm(),
    **{f"status_{action}": _status(action) for action in StatusAction.ALL},
    "new_ceremony": lambda s, a, w: NewCeremonyDialog(s, a, TODAY),
    "sk": lambda s, a, w: SkDialog(w["ceremony"], [w["line"]]),
    "ceremony_details": lambda s, a, w: CeremonyDetailsDialog(w["ceremony"], _nothing),
    "override": lambda s, a, w: OverrideDialog(w["line"], "RU", _nothing),
    "flags": lambda s, a, w: FlagsDialog(
        "Ani", s.remission.flags(a, w["line"].inmate_id), _nothing
    ),
    "correction": lambda s, a, w: CorrectionDialog(w["line"], w["ceremony"], _nothing),
    "agenda_item": lambda s, a, w: AgendaItemDialog(_nothing),
    "guest": lambda s, a, w: GuestDialog(_nothing),
    "default_agenda": lambda s, a, w: DefaultAgendaDialog(_nothing, "08:00"),
}


def mnemonic_labels(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel)
            if MNEMONIC.search(label.text().replace("&&", ""))]  # fmt: skip


def assert_buddies_take_focus(widget: QWidget) -> int:
    labels = mnemonic_labels(widget)
    for label in labels:
        buddy = label.buddy()
        assert buddy is not None, label.text()
        assert buddy.focusPolicy() & Qt.FocusPolicy.TabFocus, (label.text(), type(buddy).__name__)
        assert buddy.focusProxy() is None, label.text()
    return len(labels)


@pytest.mark.parametrize("name", list(FORMS))
def test_every_mnemonic_label_names_an_input_that_takes_focus(qtbot, services, admin, world, name):
    form = FORMS[name](services, admin, world)
    qtbot.addWidget(form)
    # The record form's pages are placed by the record dialog, not inside the form itself.
    pages = list(form.pages.values()) if isinstance(form, IdentityForm) else [form]
    for page in pages:
        qtbot.addWidget(page)
        assert assert_buddies_take_focus(page) > 0


def test_the_setup_wizard_pages_too(qtbot, empty_services):
    wizard = SetupWizard(empty_services)
    qtbot.addWidget(wizard)
    for page in (wizard.facility_page, wizard.admin_page):
        assert assert_buddies_take_focus(page) > 0


def test_alt_letter_of_a_validated_field_puts_the_cursor_in_it(qtbot, services, admin, world):
    dialog = VoidEntryDialog(ENTRY, _nothing)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    reason = dialog.reason
    label = next(lb for lb in mnemonic_labels(dialog) if lb.buddy() is reason)
    assert label.text() == "&Alasan:"
    dialog.findChild(QPushButton).setFocus()  # anywhere but the reason
    assert not reason.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert reason.hasFocus()
    qtbot.keyClicks(dialog.focusWidget(), "salah catat")
    assert reason.text() == "salah catat"


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("name", [n for n in FORMS if n != "identity"])
def test_no_two_alt_letters_collide_in_a_form(qtbot, services, admin, world, request, name,
                                              language):  # fmt: skip
    from tests.ui.mnemonic_helpers import assert_unique

    if language == "en":
        request.getfixturevalue("english")
    form = FORMS[name](services, admin, world)
    qtbot.addWidget(form)
    form.show()
    assert_unique(form.findChildren(QWidget))
