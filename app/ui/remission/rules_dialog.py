"""The remission rule table screen: every value with its legal basis, where the table in effect
comes from (shipped with Sibina, or changed by whom, when and why) and its history.

Every logged-in role may look. An admin (EDIT_RULES) edits values in place, adds or removes RU/RK
table rows, writes the reason ("Dasar perubahan") and saves through RuleTableService, which
validates the whole table; its message is shown on the offending item. "Kembalikan ke tabel
bawaan" puts the shipped table back (after a confirmation). Everyone else sees no edit controls.
"""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission
from app.errors import SibinaError, ValidationError
from app.services.actor import Actor
from app.services.rule_paths import changes, get_at
from app.services.rule_tables import RuleTableDTO
from app.ui.common import messages
from app.ui.common.field_errors import ErrorLabel
from app.ui.common.messages import translate_error
from app.ui.common.timefmt import local_date_time
from app.ui.remission.rules_history import RuleHistoryTree, path_label
from app.ui.remission.rules_tree import BASIS_ROLE, KEY, PATH_ROLE, RuleTree

WARNING_STYLE = "color: #92400e; background: #fef3c7; padding: 4px;"


class RuleTableDialog(QDialog):
    def __init__(self, services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = services.rule_tables
        self._actor = actor
        self.editable = actor.can(Permission.EDIT_RULES)
        self._current: RuleTableDTO | None = None
        self.setWindowTitle(self.tr("Tabel aturan remisi"))
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(WARNING_STYLE)
        self.tree = RuleTree(self.editable)
        self.tree.currentItemChanged.connect(self._show_detail)
        self.tree.edited.connect(self._edited)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history = RuleHistoryTree()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._rules_page(), self.tr("&Aturan"))
        self.tabs.addTab(self.history, self.tr("Ri&wayat perubahan"))
        self.message = ErrorLabel()
        self.message.setObjectName("rules_message")
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #166534;")
        self.saved_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.tabs, 1)
        if self.editable:
            layout.addLayout(self._note_form())
        layout.addWidget(self.message)
        layout.addWidget(self.saved_label)
        layout.addWidget(self._buttons())
        self._tab_order()
        self.resize(1120, 760)
        self.load(self._service.current(actor))
        self.tree.setFocus()

    # Building ---------------------------------------------------------------------------------
    def _rules_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.tree, 1)
        box.addWidget(self.detail)
        if self.editable:
            row = QHBoxLayout()
            self.add_row_button = QPushButton(self.tr("Tambah ba&ris"))
            self.add_row_button.setToolTip(
                self.tr("Salin baris RU/RK terpilih ke bawahnya (Insert)")
            )
            self.add_row_button.clicked.connect(self.tree.add_row)
            self.remove_row_button = QPushButton(self.tr("&Hapus baris"))
            self.remove_row_button.setToolTip(self.tr("Hapus baris RU/RK terpilih (Delete)"))
            self.remove_row_button.clicked.connect(self.tree.remove_row)
            hint = QLabel(self.tr("Enter/F2: ubah nilai · Shift+F2: ubah dasar hukum · "
                                  "Spasi: ya/tidak · Insert/Delete: tambah/hapus baris"))  # fmt: skip
            hint.setStyleSheet("color: palette(placeholder-text);")
            for button in (self.add_row_button, self.remove_row_button):
                button.setAutoDefault(False)
                row.addWidget(button)
            row.addWidget(hint, 1)
            box.addLayout(row)
        return page

    def _note_form(self) -> QFormLayout:
        form = QFormLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("rules_note")
        self.note_edit.setPlaceholderText(
            self.tr("Peraturan yang menjadi dasar, mis. Permenkumham Nomor ... Tahun ...")
        )
        self.note_edit.returnPressed.connect(self.save)
        self.note_error = ErrorLabel()
        note_box = QVBoxLayout()
        note_box.setSpacing(2)
        note_box.addWidget(self.note_edit)
        note_box.addWidget(self.note_error)
        label = QLabel(self.tr("Dasar &perubahan:"))
        label.setBuddy(self.note_edit)
        form.addRow(label, note_box)
        self.pending_label = QLabel()
        form.addRow("", self.pending_label)
        return form

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)  # the dialog's from the start: see save_cancel_buttons
        if self.editable:
            self.reset_button = buttons.addButton(
                self.tr("Kembalikan ke tabel &bawaan…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.reset_button.clicked.connect(self.reset)
            self.save_button = buttons.addButton(
                self.tr("&Simpan"), QDialogButtonBox.ButtonRole.ApplyRole
            )
            self.save_button.clicked.connect(self.save)
        self.close_button = buttons.addButton(
            self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter edits in the tree; it never saves by accident
        return buttons

    def _tab_order(self) -> None:
        chain: list[QWidget] = [self.tabs, self.tree]
        if self.editable:
            chain += [self.add_row_button, self.remove_row_button, self.note_edit,
                      self.save_button, self.reset_button]  # fmt: skip
        chain.append(self.close_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # Showing ----------------------------------------------------------------------------------
    def load(self, current: RuleTableDTO) -> None:
        self._current = current
        self.tree.set_table(current.data)
        self.source_label.setText(self._source_text(current))
        problems = []
        if current.problem:
            problems.append(self.tr("Tabel yang diubah oleh {user} tidak sah lagi ({problem}); "
                                    "tabel bawaan Sibina dipakai sampai tabel diperbaiki atau "
                                    "dikembalikan.").format(user=current.changed_by,
                                                            problem=current.problem))  # fmt: skip
        if current.shipped_updated:
            problems.append(self.tr("Tabel bawaan Sibina telah diperbarui sejak tabel ini diubah. "
                                    "Periksa apakah perubahan masih sesuai."))  # fmt: skip
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.history.set_history(self._service.history(self._actor))
        if self.editable:
            self.reset_button.setEnabled(current.edited or bool(current.problem))
        self._edited()

    def _source_text(self, current: RuleTableDTO) -> str:
        when = local_date_time(current.changed_at)
        if current.edited:
            text = self.tr("Berlaku: tabel yang diubah oleh {user} pada {when}.")
        elif current.revision and not current.problem:
            text = self.tr("Berlaku: tabel bawaan Sibina (dikembalikan oleh {user} pada {when}).")
        else:
            text = self.tr("Berlaku: tabel bawaan Sibina (resources/rules/remission.json).")
        text = text.format(user=current.changed_by, when=when)
        if current.note and current.revision and not current.problem:
            text += "\n" + self.tr("Catatan: {note}").format(note=current.note)
        return text

    def _show_detail(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.detail.setText("")
            return
        parts = [f"<b>{html.escape(item.text(KEY))}</b> "
                 f"<span style='color:gray'>({html.escape(item.data(KEY, PATH_ROLE))})</span>"]  # fmt: skip
        holder: QTreeWidgetItem | None = item  # a row's keys stand on the row's legal basis
        while holder is not None and not holder.data(KEY, BASIS_ROLE):
            holder = holder.parent()
        basis_path = holder.data(KEY, BASIS_ROLE) if holder is not None else None
        if basis_path:
            basis = html.escape(str(get_at(self.tree.table(), basis_path)))
            parts.append(self.tr("Dasar hukum: {basis}").format(basis=basis))
        if item.toolTip(1) and item in self.tree.error_items():
            parts.append(f"<span style='color:#b00020'>{html.escape(item.toolTip(1))}</span>")
        elif self.tree.can_edit(item):
            hint = self.tr("Enter/F2 untuk mengubah.")
            parts.append(f"<span style='color:gray'>{hint}</span>")
        self.detail.setText("<br>".join(parts))

    def _edited(self) -> None:
        if not self.editable or self._current is None:
            return
        count = len(changes(self._current.data, self.tree.table()))
        self.pending_label.setText(
            self.tr("%n perubahan belum disimpan.", "", count) if count else ""
        )
        self.saved_label.setVisible(False)

    # Actions ----------------------------------------------------------------------------------
    def save(self) -> None:
        if self.editable and self._current is not None:
            self._apply(
                lambda based_on: self._service.save(self._actor, self.tree.table(),
                                                    self.note_edit.text(), based_on=based_on),
                self.tr("Tersimpan. Tabel yang diubah kini berlaku untuk perhitungan remisi."),
            )  # fmt: skip

    def reset(self) -> None:
        if not self.editable or self._current is None:
            return
        question = self.tr("Kembalikan tabel aturan remisi ke tabel bawaan Sibina? Perubahan yang "
                           "belum disimpan hilang; perubahan lama tetap tercatat di riwayat.")  # fmt: skip
        if messages.confirm(self, question, self.tr("Tabel aturan remisi")):
            self._apply(
                lambda based_on: self._service.reset(self._actor, self.note_edit.text(),
                                                     based_on=based_on),
                self.tr("Tabel bawaan Sibina berlaku lagi."),
            )  # fmt: skip

    def _apply(self, write, done_text: str) -> None:
        """Run a save or reset against the revision shown; its messages go beside the items."""
        self._clear_messages()
        try:
            result = write(self._current.revision)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        except SibinaError as exc:
            self.message.set_message(translate_error(exc.template, exc.params))
            return
        self.note_edit.clear()
        self.load(result)
        self._saved(done_text)

    def _clear_messages(self) -> None:
        self.tree.clear_errors()
        self.message.set_message("")
        self.note_error.set_message("")
        self.saved_label.setVisible(False)

    def _saved(self, text: str) -> None:
        self.saved_label.setText(text)
        self.saved_label.setVisible(True)

    def _show_errors(self, exc: ValidationError) -> None:
        """The note's problem under the note; a rule key's on its item (selected) and below."""
        lines, first = [], None
        for field, template in exc.field_errors.items():
            text = translate_error(template)
            if field == "note":
                self.note_error.set_message(text)
                continue
            item = self.tree.mark_error(field, text)
            first = first or item
            lines.append(f"{path_label(field)} ({field}): {text}")
        if not exc.field_errors:
            lines.append(translate_error(exc.template, exc.params))
        self.message.set_message("\n".join(lines))
        if first is not None:
            self.tabs.setCurrentIndex(0)
            self.tree.setCurrentItem(first, 1)
            self._show_detail(first)
            self.tree.setFocus()
        elif "note" in exc.field_errors:
            self.note_edit.setFocus()

    def has_unsaved_changes(self) -> bool:
        return self.editable and self.tree.is_modified()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not messages.confirm(
            self, self.tr("Buang perubahan yang belum disimpan?"), self.tr("Tabel aturan remisi")
        ):
            return
        super().reject()
