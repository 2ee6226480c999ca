"""The ceremony's papers from the Cetak menu: the proposal list, the SK extracts, the piagam (issued
as certificates of kind "remisi"), the category II release list and the statistics page.

Each is made in the background (the proposal list and the batches show progress and can be
cancelled), written under the data folder's "dokumen/remisi" and shown in the preview, where it
is printed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from app.domain.roles import Permission
from app.errors import SibinaError
from app.services.remission_dto import CeremonyStatus
from app.ui.common.documents import preview_document, save_document, slug
from app.ui.common.messages import confirm, show_error
from app.ui.common.pdf_preview import PdfPreviewDialog
from app.ui.common.worker import run_job

if TYPE_CHECKING:
    from app.services.progress import Progress
    from app.ui.remission.tab import RemissionTab

FOLDER = "remisi"
DRAFT_OK = {CeremonyStatus.DRAFT, CeremonyStatus.APPROVED, CeremonyStatus.LOCKED}
DECIDED = {CeremonyStatus.APPROVED, CeremonyStatus.LOCKED}


class PageProgress:
    """A long list's progress: the page being laid out, named in the dialog (its total is not
    known until the layout is done, so the bar just shows that work goes on)."""

    def __init__(self, inner: Progress, template: str) -> None:
        self._inner = inner
        self._template = template  # "%1": the page number

    def update(self, done: int, total: int, message: str = "") -> None:
        self._inner.update(done, total, self._template.replace("%1", str(done)))


class Printing(QObject):
    def __init__(self, tab: RemissionTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.preview: PdfPreviewDialog | None = None
        self.last_path = None
        menu = QMenu(tab.view.print_button)
        self.actions = {}
        for key, text, allowed in (
            ("proposal", self.tr("&Daftar usulan"), DRAFT_OK),
            ("sk", self.tr("&Petikan SK per WBP"), DECIDED),
            ("piagam", self.tr("P&iagam remisi"), DECIDED),
            ("release", self.tr("Daftar &bebas (kategori II)"), DRAFT_OK),
            ("statistics", self.tr("&Statistik"), DRAFT_OK),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"print_{key}")
            action.setData(allowed)
            action.triggered.connect(lambda _=False, k=key: self.print(k))
            self.actions[key] = action
        self.actions["piagam"].setVisible(tab.actor.can(Permission.ISSUE_CERTIFICATES))
        tab.view.print_button.setMenu(menu)

    def update_actions(self) -> None:
        c = self.tab.ceremony
        for action in self.actions.values():
            action.setEnabled(c is not None and c.computed_at is not None and
                              c.status in action.data())  # fmt: skip

    def print(self, key: str) -> None:
        c = self.tab.ceremony
        if c is None:
            return
        service, actor, cid = self.tab.services.remission, self.tab.actor, c.id
        base = f"{c.kind.lower()}-{c.date.isoformat()}"
        jobs: dict[str, tuple[str, str, Callable[[Any], Any]]] = {
            "proposal": (self.tr("Daftar usulan"), f"daftar-usulan-{base}",
                         lambda p: service.proposal_list_pdf(actor, cid, progress=PageProgress(
                             p, self.tr("Menyusun daftar usulan: halaman %1…")))),
            "sk": (self.tr("Petikan SK"), f"petikan-sk-{base}",
                   lambda p: service.sk_extracts_pdf(actor, cid, progress=p)),
            "piagam": (self.tr("Piagam remisi"), f"piagam-{base}",
                       lambda p: service.issue_piagam(actor, cid, progress=p)),
            "release": (self.tr("Daftar bebas"), f"daftar-bebas-{base}",
                        lambda _p: service.release_list_pdf(actor, cid)),
            "statistics": (self.tr("Statistik"), f"statistik-{base}",
                           lambda _p: service.statistics_pdf(actor, cid)),
        }  # fmt: skip
        title, name, job = jobs[key]
        if key == "piagam" and not self._piagam_confirmed(cid):
            return
        self.tab.job = run_job(self.tab, self.tr("Menyusun %1").replace("%1", title), job,
                               on_success=lambda result: self._done(key, title, name, result),
                               on_error=lambda exc: show_error(self.tab, exc))  # fmt: skip

    def _piagam_confirmed(self, ceremony_id: str) -> bool:
        """Piagam use up certificate numbers for good: say how many, and ask."""
        service, actor = self.tab.services.remission, self.tab.actor
        try:
            pending = service.piagam_pending(actor, ceremony_id)
        except SibinaError as exc:  # none to issue (all have one, no SK): say why, ask nothing
            show_error(self.tab, exc)
            return False
        text = self.tr("Terbitkan %n piagam remisi bernomor?", "", pending.to_issue)
        if pending.already:
            skipped = self.tr("%n penerima sudah memiliki piagam dan dilewati (cetak ulang melalui "
                              "tab Sertifikat).", "", pending.already)  # fmt: skip
            text += " " + skipped
        gone = service.granted_out_of_custody(actor, ceremony_id)
        if gone:
            text += " " + self.tr("%n penerima tidak lagi menjadi penghuni (bebas, pindah atau "
                                  "meninggal); piagamnya ikut diterbitkan.", "", len(gone))  # fmt: skip
        text += "\n\n" + self.tr("Setiap piagam mendapat nomor di register sertifikat. Nomor itu "
                                  "tidak dipakai ulang, juga bila piagam kemudian dicabut.")  # fmt: skip
        return confirm(self.tab, text, self.tr("Piagam remisi"))

    def _done(self, key: str, title: str, name: str, result: Any) -> None:
        pdf = result
        if key == "piagam":  # an IssuedBatch: the certificates are in the register now
            pdf = result.pdf
            numbers = [cert.number for cert in result.certificates]
            name = f"{name}-{slug(numbers[0])}" if numbers else name
        self.last_path = save_document(self.tab.services.paths, FOLDER, name, pdf)
        self.preview = preview_document(self.tab, self.tab.services.paths, self.last_path, title)
