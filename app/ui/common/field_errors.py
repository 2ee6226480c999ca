"""Errors shown next to form fields: one red label under each field, all problems at once.

A form registers each input under the field name the service uses in
`ValidationError.field_errors`, then hands the whole dict to `show()`:

    errors = FieldErrors()
    errors.row(form, self.tr("&Nama"), "name", self.name_edit)
    ...
    except ValidationError as exc:
        leftover = errors.show(exc.field_errors)   # messages of fields this form does not own

Messages are the services' Indonesian templates; they are translated in the "errors" context.
The row's label names the input itself as its buddy, not the container around input and error
label: the container takes no focus, so its Alt+letter would do nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.messages import translate_error

ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
WARNING_STYLE = "color: #8a5300;"  # a soft warning: the record may be kept as it is


def focus_target(widget: QWidget) -> QWidget:
    """The widget that takes the focus for `widget`: itself, or for a row of widgets (a date
    with a button, say) the first one that takes focus with Tab."""
    from PySide6.QtCore import Qt  # not at import: the login page needs this module before its
    # first paint, and the Qt namespace costs ~20 ms there (tests/e2e/test_gui_start.py)

    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    inner = (w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return next(inner, widget)


# the signal each kind of input sends when its value changes (a button only when checkable)
CHANGE_SIGNALS: tuple[tuple[type[QWidget], str], ...] = (
    (QLineEdit, "textChanged"),
    (QPlainTextEdit, "textChanged"),
    (QTextEdit, "textChanged"),
    (QComboBox, "currentIndexChanged"),
    (QSpinBox, "valueChanged"),
    (QDoubleSpinBox, "valueChanged"),
    (QDateTimeEdit, "dateTimeChanged"),
    (QAbstractButton, "toggled"),
)


def change_signals(widget: QWidget) -> list[Any]:
    """The change signals of `widget` and of every input inside it (a row of widgets, a date
    with its button): what tells that the user changed the field."""
    found = []
    for each in (widget, *widget.findChildren(QWidget)):
        for kind, name in CHANGE_SIGNALS:
            if isinstance(each, kind):
                if not isinstance(each, QAbstractButton) or each.isCheckable():
                    found.append(getattr(each, name))
                break
    return found


class ErrorLabel(QLabel):
    """A red, word-wrapped label that is hidden while it has nothing to say; `cleared` when a
    message it showed goes."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setVisible(False)

    def set_message(self, text: str) -> None:
        had = bool(self.text())
        self.setText(text)
        self.setVisible(bool(text))
        if had and not text:
            self.cleared.emit()

    def clear_message(self) -> None:
        self.set_message("")


class FieldErrors:
    """The error labels of one form, keyed by service field name."""

    def __init__(self) -> None:
        self._labels: dict[str, ErrorLabel] = {}
        self._inputs: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """A container holding `widget` with its error label underneath. A label must name the
        input as its buddy, not the container (which takes no focus): see row()."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.add(field, widget))
        return box

    def row(self, form: QFormLayout, label: str | QLabel, field: str, widget: QWidget) -> QWidget:
        """Add `widget` with its error label as a row of `form`, the row's label the input's buddy
        (its Alt+letter focuses the input). Returns the container."""
        box = self.wrap(field, widget)
        form.addRow(label, box)
        text = form.labelForField(box)
        if isinstance(text, QLabel):
            text.setBuddy(focus_target(widget))
        return box

    def add(self, field: str, widget: QWidget) -> ErrorLabel:
        """Register `widget` as the input of `field`; returns its error label to place. The
        message goes away as soon as the field is changed (it may no longer hold; the next save
        checks again)."""
        label = ErrorLabel()
        label.setObjectName(f"error_{field}")
        for signal in change_signals(widget):
            signal.connect(label.clear_message)
        self._labels[field] = label
        self._inputs[field] = widget
        return label

    def label(self, field: str) -> ErrorLabel:
        return self._labels[field]

    def text(self, field: str) -> str:
        """The message shown for `field` ("" when none); handy for tests."""
        label = self._labels[field]
        return "" if label.isHidden() else label.text()

    def clear(self) -> None:
        for label in self._labels.values():
            label.set_message("")

    def show(
        self,
        field_errors: dict[str, str],
        focus: bool = True,
        params: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> dict[str, str]:
        """Show every message under its field (filled with its `params`), clear the others,
        focus the first wrong input. Returns the messages for fields this form does not know
        (to show elsewhere)."""
        self.clear()
        leftover: dict[str, str] = {}
        for field, template in field_errors.items():
            if field not in self._labels:
                leftover[field] = template
                continue
            values = (params or {}).get(field)
            self._labels[field].set_message(translate_error(template, values))
        if focus:
            first = next((self._inputs[f] for f in self._labels if f in field_errors), None)
            if first is not None:
                first.setFocus()
        return leftover

    def fields(self) -> list[str]:
        return list(self._labels)
