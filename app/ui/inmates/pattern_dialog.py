"""The facility's registration-number pattern (admin): edit it, read what it means, try a
number against it, before saving."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.inmates.regnumber import (
    PatternError,
    compile_pattern,
    describe_pattern,
    example_number,
)
from app.errors import SibinaError, ValidationError
from app.services.actor import Actor
from app.services.container import Services
from app.ui.common.dialog_buttons import focus_first_field_on_show
from app.ui.common.field_errors import FieldErrors
from app.ui.common.i18n import ui_language
from app.ui.common.messages import show_error, translate_error


class PatternDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Pola nomor registrasi"))
        self.errors = FieldErrors()
        self.pattern = QLineEdit(services.inmates.reg_number_pattern())
        self.pattern.setObjectName("pattern_edit")
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.sample = QLineEdit()
        self.sample.setPlaceholderText(self.tr("coba nomor, mis. B.I-123/2025"))
        self.verdict = QLabel()
        help_text = QLabel(self.tr(
            "Bagian pola: {kode} = kode registrasi (B.I atau BI), {nomor} = nomor urut, "
            "{tahun} = tahun 4 angka, [-.] = salah satu karakter di dalam kurung; "
            "karakter lain ditulis apa adanya. Nomor yang sudah tercatat tidak diubah."))  # fmt: skip
        help_text.setWordWrap(True)
        form = QFormLayout()
        self.errors.row(form, self.tr("&Pola"), "pattern", self.pattern)
        form.addRow(self.tr("Artinya"), self.meaning)
        form.addRow(self.tr("&Coba nomor"), self.sample)
        form.addRow("", self.verdict)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)  # fmt: skip
        focus_first_field_on_show(self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.pattern.textChanged.connect(self._update)
        self.sample.textChanged.connect(self._update)
        self._update()
        self.resize(560, 260)

    def _update(self) -> None:
        source = self.pattern.text()
        try:
            compiled = compile_pattern(source)
        except PatternError as exc:
            self.meaning.setText(translate_error(exc.message))
            self.verdict.setText("")
            return
        self.meaning.setText(self.tr("{meaning}. Contoh: {example}").format(
            meaning=describe_pattern(source, ui_language()), example=example_number(source)))  # fmt: skip
        number = self.sample.text().strip()
        if number:
            self.verdict.setText(self.tr("✔ sesuai pola") if compiled.matches(number)
                                 else self.tr("✘ tidak sesuai pola"))  # fmt: skip
        else:
            self.verdict.setText("")

    def save(self) -> None:
        try:
            self.services.inmates.set_reg_number_pattern(self.actor, self.pattern.text())
        except ValidationError as exc:
            self.errors.show(exc.field_errors)
            return
        except SibinaError as exc:
            show_error(self, exc)
            return
        self.accept()
