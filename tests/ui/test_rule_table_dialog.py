"""The remission rule table dialog through its real widgets: an admin edits in place with the
keyboard, saves with a reason, sees the service's message on the offending item, adds/removes
rows and resets; every other role reads without edit controls; Help menu opens it for everyone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidgetItemIterator,
    QWidget,
)
from sqlalchemy import func, select

from app.db.models import RuleTable
from app.domain.roles import Role
from app.ui.common import messages
from app.ui.common.settings import AppSettings
from app.ui.main_window import MainWindow
from app.ui.remission.rules_dialog import RuleTableDialog
from app.ui.remission.rules_tree import VALUE
from tests.ui.foundation_helpers import click, type_into
from tests.ui.mnemonic_helpers import assert_unique
from tests.ui.modal_helpers import on_modal

SHOTS = Path("/tmp/shots")
NOTE = "Permenkumham Nomor 9 Tahun 2027 (uji)"


def make_dialog(qtbot, services, actor) -> RuleTableDialog:
    dialog = RuleTableDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shot(dialog, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / f"rules-{name}.png"))


def stored_rows(services) -> int:
    with services.uow() as uow:
        return int(uow.session.scalar(select(func.count(RuleTable.id))) or 0)


def open_editor(qtbot, dialog, path: str, key=Qt.Key.Key_F2) -> QWidget:
    tree = dialog.tree
    item = tree.item_at(path)
    assert item is not None and item.data(0, Qt.ItemDataRole.UserRole + 1) == path
    tree.scrollToItem(item)
    tree.setCurrentItem(item)
    tree.setFocus()
    qtbot.keyClick(tree, key)
    assert tree.state() == QAbstractItemView.State.EditingState
    editor = tree.indexWidget(tree.indexFromItem(item, VALUE))
    assert editor is not None
    return editor


def commit(qtbot, dialog, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.tree.state() != QAbstractItemView.State.EditingState)


def test_admin_edits_a_value_in_place_and_saves_it_with_a_reason(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    assert "tabel bawaan Sibina" in dialog.source_label.text()
    editor = open_editor(qtbot, dialog, "ru.rows[0].days")
    assert isinstance(editor, QSpinBox) and editor.value() == 30
    qtbot.keyClicks(editor, "45")
    commit(qtbot, dialog, editor)
    assert dialog.isVisible()  # Enter in the tree never saves or closes
    row = dialog.tree.item_at("ru.rows[0]")
    assert row.text(VALUE) == "45 hari" and dialog.tree.item_at("ru.rows[0].days").font(1).bold()
    assert dialog.pending_label.text() == "1 perubahan belum disimpan."
    assert stored_rows(services) == 0
    type_into(qtbot, dialog.note_edit, NOTE)
    click(qtbot, dialog.save_button)

    current = services.rule_tables.current(admin)
    assert current.edited and current.data["ru"]["rows"][0]["days"] == 45
    assert services.remission._rules.ru.rows[0].days == 45
    assert "diubah oleh admin" in dialog.source_label.text() and NOTE in dialog.source_label.text()
    assert dialog.saved_label.isVisible() and dialog.note_edit.text() == ""
    entry = dialog.history.topLevelItem(0)
    assert entry.text(1) == "admin: diubah" and entry.text(2) == NOTE
    assert entry.child(0).text(1) == "30 → 45"
    assert dialog.reset_button.isEnabled()
    shot(dialog, "admin-saved")


def test_a_bad_value_is_shown_on_its_item_and_nothing_is_saved(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    editor = open_editor(qtbot, dialog, "rk.rows[1].served_min_days", Qt.Key.Key_Return)
    editor.selectAll()
    qtbot.keyClicks(editor, "200")
    commit(qtbot, dialog, editor)
    type_into(qtbot, dialog.note_edit, "pendek")
    click(qtbot, dialog.save_button)

    assert stored_rows(services) == 0
    assert "tumpang tindih pada remisi ke-1" in dialog.message.text()
    assert "(rk.rows[1])" in dialog.message.text()
    assert dialog.note_error.text().startswith("Tuliskan dasar perubahan")
    wrong = dialog.tree.item_at("rk.rows[1]")
    assert dialog.tree.error_items() == [wrong]
    assert dialog.tree.currentItem() is wrong and wrong.isExpanded()
    assert "tumpang tindih" in dialog.detail.text()
    shot(dialog, "error")
    # fixing the value clears the mark; the table is saved once the note is long enough
    editor = open_editor(qtbot, dialog, "rk.rows[1].served_min_days")
    editor.selectAll()
    qtbot.keyClicks(editor, "360")
    commit(qtbot, dialog, editor)
    assert dialog.tree.error_items() == []
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == "" and dialog.note_error.text()  # only the note is wrong now
    type_into(qtbot, dialog.note_edit, NOTE)
    click(qtbot, dialog.save_button)
    assert dialog.note_error.text() == ""
    assert "Tidak ada perubahan" in dialog.message.text() and stored_rows(services) == 0


def test_choices_yes_no_and_rows_are_edited_with_the_keyboard(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    tree = dialog.tree
    editor = open_editor(qtbot, dialog, "options.nth_counting.value")
    assert isinstance(editor, QComboBox)
    assert [editor.itemData(i) for i in range(editor.count())] == ["received",
                                                                  "years_since_detention"]  # fmt: skip
    editor.setCurrentIndex(1)
    commit(qtbot, dialog, editor)
    flag = tree.item_at("rd.allowed_while_substitute")
    tree.setCurrentItem(flag)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert flag.checkState(VALUE) == Qt.CheckState.Unchecked and flag.text(VALUE) == "tidak"
    member = tree.item_at("eligibility.excluded_sentence_types.value.kurungan")
    tree.setCurrentItem(member)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    fraction = open_editor(qtbot, dialog, "rd.fraction")
    assert isinstance(fraction, QLineEdit) and fraction.validator() is not None
    qtbot.keyClick(fraction, Qt.Key.Key_Escape)  # Esc leaves the editor, not the dialog
    assert dialog.isVisible()
    tree.setCurrentItem(tree.item_at("ru.rows[5]"))
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert tree.currentItem() is tree.item_at("ru.rows[6]")
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    tree.setCurrentItem(tree.item_at("rk.rows[4]"))
    click(qtbot, dialog.add_row_button)
    assert tree.item_at("rk.rows").text(VALUE) == "6 baris"
    click(qtbot, dialog.remove_row_button)
    basis = tree.item_at("rt.donor_fraction")
    tree.setCurrentItem(basis)
    qtbot.keyClick(tree, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    basis_editor = tree.indexWidget(tree.indexFromItem(basis, 2))
    assert isinstance(basis_editor, QLineEdit) and "Pasal 6 huruf a" in basis_editor.text()
    basis_editor.setText("Keppres 99/2027 Pasal 6 huruf a")
    commit(qtbot, dialog, basis_editor)
    type_into(qtbot, dialog.note_edit, NOTE)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # Enter in the note saves

    data = services.rule_tables.current(admin).data
    assert data["options"]["nth_counting"]["value"] == "years_since_detention"
    assert data["rd"]["allowed_while_substitute"] is False
    assert data["eligibility"]["excluded_sentence_types"]["value"] == ["kurungan", "seumur_hidup",
                                                                      "mati"]  # fmt: skip
    assert data["rt"]["donor_basis"] == "Keppres 99/2027 Pasal 6 huruf a"
    assert len(data["ru"]["rows"]) == 6 and len(data["rk"]["rows"]) == 5
    paths = {c.path for c in services.rule_tables.history(admin)[0].changes}
    assert paths == {"options.nth_counting.value", "rd.allowed_while_substitute",
                     "eligibility.excluded_sentence_types.value", "rt.donor_basis"}  # fmt: skip


def test_reset_asks_first_and_puts_the_shipped_table_back(qtbot, services, admin, monkeypatch):
    data = services.rule_tables.current(admin).data
    data["ru"]["rows"][0]["days"] = 45
    services.rule_tables.save(admin, data, NOTE)
    dialog = make_dialog(qtbot, services, admin)
    answers = iter(
        [messages.QMessageBox.StandardButton.No, messages.QMessageBox.StandardButton.Yes]
    )
    monkeypatch.setattr(messages, "_run", lambda box: next(answers))
    type_into(qtbot, dialog.note_edit, "Kembali ke tabel bawaan Sibina")
    click(qtbot, dialog.reset_button)
    assert services.rule_tables.current(admin).edited  # answered No
    click(qtbot, dialog.reset_button)
    current = services.rule_tables.current(admin)
    assert current.source == "shipped" and current.revision == 2
    assert "dikembalikan oleh admin" in dialog.source_label.text()
    assert not dialog.reset_button.isEnabled()
    assert dialog.history.topLevelItem(0).text(1) == "admin: dikembalikan ke tabel bawaan"


def test_closing_with_unsaved_edits_asks(qtbot, services, admin, monkeypatch):
    dialog = make_dialog(qtbot, services, admin)
    asked: list[str] = []
    monkeypatch.setattr(messages, "_run", lambda box: asked.append(box.text()) or 0)
    flag = dialog.tree.item_at("rd.allowed_while_substitute")
    dialog.tree.setCurrentItem(flag)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert asked == ["Buang perubahan yang belum disimpan?"] and dialog.isVisible()


@pytest.mark.parametrize("role", [Role.PIMPINAN, Role.PERTANIAN, Role.REGISTRASI])
def test_other_roles_read_without_edit_controls(qtbot, services, make_actor, role):
    dialog = make_dialog(qtbot, services, make_actor(role))
    texts = {b.text() for b in dialog.findChildren(QPushButton)}
    assert texts == {"&Tutup"}
    assert not dialog.findChildren(QLineEdit)
    iterator = QTreeWidgetItemIterator(dialog.tree)
    count = 0
    while iterator.value():
        flags = iterator.value().flags()
        assert (
            not flags & Qt.ItemFlag.ItemIsEditable and not flags & Qt.ItemFlag.ItemIsUserCheckable
        )
        count += 1
        iterator += 1
    assert count > 100
    assert dialog.tree.item_at("ru.rows[0]").text(VALUE) == "30 hari"
    assert dialog.tree.item_at("rd.allowed_while_substitute").text(VALUE) == "ya"
    dialog.tree.setCurrentItem(dialog.tree.item_at("ru.rows[0].days"))
    qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
    assert dialog.tree.state() != QAbstractItemView.State.EditingState
    if role is Role.PIMPINAN:
        shot(dialog, "readonly")


def test_the_dialog_keys_are_unique(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    assert_unique(dialog.findChildren(QWidget))
    shot(dialog, "admin")


def test_the_help_menu_opens_it_for_every_role(qtbot, services, make_actor, tmp_path):
    window = MainWindow(services, make_actor(Role.PERPUSTAKAAN), AppSettings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    home = window.tab("home")
    qtbot.waitUntil(lambda: home.audit_result is not None)
    action = window.actions_by_key["rules"]
    assert action.isVisible() and action.isEnabled() and action.text() == "Tabel aturan &remisi…"
    seen: list[str] = []
    on_modal(RuleTableDialog, lambda d: (seen.append(d.windowTitle()), d.reject()))
    action.trigger()
    assert seen == ["Tabel aturan remisi"]


def test_a_day_that_is_not_in_every_year_is_refused_and_nothing_is_saved(qtbot, services, admin):
    """02-30 once saved and then broke "Upacara baru" (no 30 February to propose)."""
    dialog = make_dialog(qtbot, services, admin)
    editor = open_editor(qtbot, dialog, "ru.month_day")
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "02-30")
    commit(qtbot, dialog, editor)
    type_into(qtbot, dialog.note_edit, NOTE)
    click(qtbot, dialog.save_button)
    assert stored_rows(services) == 0
    assert "harus tanggal 'BB-HH' yang ada setiap tahun" in dialog.message.text()
    assert dialog.tree.error_items() == [dialog.tree.item_at("ru.month_day")]
    assert services.remission.propose_date("RU", 2027) == date(2027, 8, 17)


def test_in_english_the_shipped_row_labels_read_in_english(qtbot, services, admin, english):
    dialog = make_dialog(qtbot, services, admin)
    first = dialog.tree.item_at("ru.rows[0]").text(0)
    last = dialog.tree.item_at("ru.rows[5]").text(0)
    assert first.startswith("1. ") and "menjalani" not in first and "ke-" not in first
    assert last.startswith("6. ") and "seterusnya" not in last
