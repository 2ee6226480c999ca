"""The selected line of the proposal list: its reasons with their legal basis, and what staff may
do with it — override the decision (draft), set the person's flags (then a draft is recomputed),
its own SK number (approved), or correct the grant (locked)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.services.remission_corrections import GrantCorrection
from app.services.remission_dto import CeremonyStatus, FlagsInput, LineOverride, ProposalLine
from app.ui.common.messages import show_info
from app.ui.common.timefmt import ui_date
from app.ui.remission.line_dialogs import (
    FLAG_LABELS,
    CorrectionDialog,
    FlagsDialog,
    OverrideDialog,
    flag_label,
)
from app.ui.remission.model import decision_text
from app.ui.remission.reason_text import shown_justification, shown_reason_text

if TYPE_CHECKING:
    from app.ui.remission.tab import RemissionTab

SET_FLAGS = ("donor", "pemuka", "escaped", "cuti_menjelang_bebas")  # shown when True
UNSET_FLAGS = ("corruption_fines_paid", "terrorism_programme_done")  # shown when False


class LineActions(QObject):
    def __init__(self, tab: RemissionTab) -> None:
        super().__init__(tab)
        self.tab = tab
        v = tab.view
        v.override_button.clicked.connect(self.open_override)
        v.flags_button.clicked.connect(self.open_flags)
        v.line_sk_button.clicked.connect(self.open_line_sk)
        v.correct_button.clicked.connect(self.open_correction)

    def _status(self) -> str:
        return self.tab.ceremony.status if self.tab.ceremony else ""

    def update_buttons(self) -> None:
        v, line, status = self.tab.view, self.tab.selected_line(), self._status()
        editor = self.tab.can_edit
        for button in (v.override_button, v.flags_button, v.line_sk_button, v.correct_button):
            button.setVisible(editor)
        v.override_button.setEnabled(line is not None and status == CeremonyStatus.DRAFT)
        v.flags_button.setEnabled(line is not None)
        approved = status == CeremonyStatus.APPROVED
        v.line_sk_button.setEnabled(line is not None and line.granted and approved)
        v.correct_button.setEnabled(line is not None and status == CeremonyStatus.LOCKED)

    # --- the detail pane ----------------------------------------------------------------------
    def show(self, line: ProposalLine | None) -> None:
        self.update_buttons()
        self.tab.view.reasons.setHtml(self.describe(line) if line is not None else "")

    def describe(self, line: ProposalLine) -> str:
        parts = [f"<h3>{escape(line.full_name)} <small>({escape(line.reg_number)})</small></h3>"]
        summary = decision_text(line)
        if line.granted:
            summary += self._amounts(line.granted_days, line.granted_additional_days,
                                     line.granted_category)  # fmt: skip
        parts.append(f"<p><b>{escape(summary)}</b></p>")
        release = self.tr("Tanggal bebas: %1 → %2").replace(
            "%1", ui_date(line.release_before) or "—"
        )
        parts.append(
            f"<p>{escape(release.replace('%2', ui_date(line.granted_release) or '—'))}</p>"
        )
        if line.overridden:
            text = self.tr("Diubah petugas: %1").replace("%1", shown_justification(line))
            parts.append(f"<p style='background:#fff4d6'>{escape(text)}</p>")
            # the reasons below are the engine's: say so, with what it computed
            text = self.tr("Alasan di bawah adalah perhitungan Sibina sebelum diubah: %1.")
            parts.append(f"<p><i>{escape(text.replace('%1', self._computed(line)))}</i></p>")
        parts.append("<ol>")
        for reason in line.reasons:
            style = " style='color:#b00020'" if reason.excludes else ""
            basis = (
                f"<br><small style='color:#555'>{escape(reason.basis)}</small>"
                if reason.basis
                else ""
            )
            parts.append(f"<li{style}>{escape(shown_reason_text(reason))}{basis}</li>")  # fmt: skip
        parts.append("</ol>")
        if line.sk_number:
            sk = (
                self.tr("SK %1 tanggal %2")
                .replace("%1", line.sk_number)
                .replace("%2", ui_date(line.sk_date))
            )
            parts.append(f"<p>{escape(sk)}</p>")  # fmt: skip
        flags = self._flags_text(line.inmate_id)
        if flags:
            parts.append(f"<p><i>{escape(flags)}</i></p>")
        return "".join(parts)

    def _amounts(self, days: int, additional: int, category: str) -> str:
        """ ": 60 hari + RT 20 hari, kategori I"."""
        text = self.tr(": %1 hari").replace("%1", str(days))
        if additional:
            text += self.tr(" + RT %1 hari").replace("%1", str(additional))
        return text + self.tr(", kategori %1").replace("%1", category)

    def _computed(self, line: ProposalLine) -> str:
        """What the engine decided for the line, before staff changed it."""
        if not line.eligible:
            return self.tr("tidak diberikan")
        text = self.tr("diberikan") + self._amounts(line.days, line.additional_days, line.category)
        return text + self.tr(", bebas %1").replace("%1", ui_date(line.release_after) or "—")

    def _flags_text(self, inmate_id: str) -> str:
        flags = self.tab.services.remission.flags(self.tab.actor, inmate_id)
        labels = dict(FLAG_LABELS)
        names = [flag_label(labels[k]) for k in SET_FLAGS if getattr(flags, k)]
        names += [self.tr("belum: %1").replace("%1", flag_label(labels[k]))
                  for k in UNSET_FLAGS if not getattr(flags, k)]  # fmt: skip
        if not names:
            return ""
        text = self.tr("Tanda: %1 — %2").replace("%1", "; ".join(names))
        return text.replace("%2", flags.note)

    # --- actions ------------------------------------------------------------------------------
    def open_override(self) -> OverrideDialog | None:
        tab, line = self.tab, self.tab.selected_line()
        if line is None or not tab.can_edit or self._status() != CeremonyStatus.DRAFT:
            return None
        assert tab.ceremony is not None
        service, actor = tab.services.remission, tab.actor

        def apply(change: LineOverride) -> None:
            service.override_line(actor, line.line_id, change)

        dialog = OverrideDialog(line, tab.ceremony.kind, apply, tab)
        dialog.accepted.connect(lambda: tab.after_change(tab.ceremony.id))
        tab.open_dialog(dialog)
        return dialog

    def open_flags(self) -> FlagsDialog | None:
        tab, line = self.tab, self.tab.selected_line()
        if line is None or not tab.can_edit:
            return None
        service, actor = tab.services.remission, tab.actor
        current = service.flags(actor, line.inmate_id)

        def apply(flags: FlagsInput) -> None:
            service.set_flags(actor, line.inmate_id, flags)

        dialog = FlagsDialog(line.full_name, current, apply, tab)
        dialog.accepted.connect(self._flags_saved)
        tab.open_dialog(dialog)
        return dialog

    def _flags_saved(self) -> None:
        tab = self.tab
        if self._status() == CeremonyStatus.DRAFT and tab.ceremony.computed_at is not None:
            tab.compute()  # the flags change the decision (RT, RD for escapees, ...)
        elif tab.ceremony is not None:
            tab.show_ceremony(tab.ceremony.id)

    def open_line_sk(self):
        line = self.tab.selected_line()
        if line is None or not line.granted:
            return None
        return self.tab.open_sk_dialog(line)

    def open_correction(self) -> CorrectionDialog | None:
        tab, line = self.tab, self.tab.selected_line()
        if line is None or not tab.can_edit or self._status() != CeremonyStatus.LOCKED:
            return None
        assert tab.ceremony is not None
        service, actor = tab.services.remission, tab.actor

        revoked: list[str] = []

        def apply(change: GrantCorrection) -> None:
            revoked[:] = service.correct_grant(actor, line.line_id, change).revoked_piagam

        def corrected() -> None:
            tab.after_change(tab.ceremony.id)
            if revoked:
                show_info(tab, revoked_text(revoked))

        dialog = CorrectionDialog(line, tab.ceremony, apply, tab)
        dialog.accepted.connect(corrected)
        tab.open_dialog(dialog)
        return dialog


def revoked_text(numbers: list[str]) -> str:
    text = QCoreApplication.translate(
        "LineActions",
        "Piagam %1 memuat remisi yang lama dan sudah dicabut. Terbitkan piagam yang baru "
        "dari tombol Cetak, Piagam remisi.",
    )
    return text.replace("%1", ", ".join(numbers))
