"""The Remisi tab's Cetak menu through its real actions: each paper is made in the background,
saved under dokumen/remisi and opened in the preview; the proposal list names the page being
laid out; what needs an approved ceremony is offered only then."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from app.services.certificates import CertificateFilter
from app.services.remission_dto import SkEntry
from app.ui.common import messages
from app.ui.remission.printing import PageProgress
from tests.ui.remission.tab_helpers import make_tab


def print_and_wait(qtbot, tab, key: str) -> str:
    """Trigger Cetak > `key`, wait for the preview; the PDF's text."""
    printing = tab.printing
    printing.preview = None
    printing.actions[key].trigger()
    qtbot.waitUntil(lambda: printing.preview is not None, timeout=20_000)
    path = printing.preview.path
    printing.preview.close()
    assert path.parent.name == "remisi" and path.stat().st_size > 0
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_draft_prints_its_lists_but_not_the_decrees(qtbot, services, admin, draft):
    tab = make_tab(qtbot, services, admin)
    assert tab.printing.actions["proposal"].isEnabled()
    assert not tab.printing.actions["sk"].isEnabled()
    assert not tab.printing.actions["piagam"].isEnabled()
    text = print_and_wait(qtbot, tab, "proposal")
    assert "DAFTAR USULAN REMISI UMUM TAHUN 2025" in text and "DRAF" in text
    assert "Ani Penerima" in text
    assert "STATISTIK" in print_and_wait(qtbot, tab, "statistics")


def test_approved_with_sk_prints_extracts_piagam_and_release_list(qtbot, services, admin,
                                                                  approved, answers):  # fmt: skip
    lines = [line for line in services.remission.proposal_list(admin, approved.id) if line.granted]
    services.remission.record_sk(admin, approved.id, [
        SkEntry(line.line_id, f"W11.PAS-{n}/2025", approved.date) for n, line in enumerate(lines, 1)
    ])  # fmt: skip
    tab = make_tab(qtbot, services, admin)
    assert "PETIKAN" in print_and_wait(qtbot, tab, "sk")
    piagam = print_and_wait(qtbot, tab, "piagam")
    assert "Diberikan kepada" in piagam and "Ani Penerima" in piagam  # the title is letter-spaced
    assert answers[-1].startswith("Terbitkan 3 piagam remisi bernomor?\n\n")  # asked first
    assert "KATEGORI II" in print_and_wait(qtbot, tab, "release")
    # a second piagam run asks nothing, issues nothing new and says why
    asked = len(answers)
    tab.printing.actions["piagam"].trigger()
    assert len(answers) == asked + 1 and "sudah memiliki piagam" in answers[-1]
    assert len(services.certificates.list(admin, CertificateFilter(kind="remisi"))) == 3


def test_piagam_are_issued_only_when_the_question_is_answered_yes(
    qtbot, services, admin, approved, monkeypatch
):
    """The question names how many piagam will use up numbers and how many are skipped; No (the
    default) issues nothing."""
    lines = [line for line in services.remission.proposal_list(admin, approved.id) if line.granted]
    services.remission.record_sk(admin, approved.id, [
        SkEntry(line.line_id, f"W11.PAS-{n}/2025", approved.date) for n, line in enumerate(lines, 1)
    ])  # fmt: skip
    services.remission.issue_piagam(admin, approved.id, [lines[0].line_id])
    asked: list[str] = []

    def answer_no(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(messages, "_run", answer_no)
    tab = make_tab(qtbot, services, admin)
    tab.printing.actions["piagam"].trigger()
    assert asked == [
        "Terbitkan 2 piagam remisi bernomor? 1 penerima sudah memiliki piagam dan dilewati "
        "(cetak ulang melalui tab Sertifikat).\n\nSetiap piagam mendapat nomor di register "
        "sertifikat. Nomor itu tidak dipakai ulang, juga bila piagam kemudian dicabut."
    ]
    assert tab.job is None or tab.job.is_finished
    assert len(services.certificates.list(admin, CertificateFilter(kind="remisi"))) == 1


def test_page_progress_names_the_page_being_laid_out():
    seen = []

    class Inner:
        def update(self, done, total, message=""):
            seen.append((done, total, message))

    PageProgress(Inner(), "Menyusun daftar usulan: halaman %1…").update(12, 0, "")
    assert seen == [(12, 0, "Menyusun daftar usulan: halaman 12…")]


def test_recipients_out_of_custody_are_named_before_commit_and_piagam(
    qtbot, services, admin, approved, answers, make_actor
):
    """The list is frozen at approval: someone transferred or dead since is named before the
    grants enter the register and before the piagam are issued (both still go ahead)."""
    from datetime import date

    from app.services.inmates_dto import StatusAction, StatusChange

    lines = [line for line in services.remission.proposal_list(admin, approved.id) if line.granted]
    ani = next(line for line in lines if line.full_name == "Ani Penerima")
    services.inmates.change_status(admin, ani.inmate_id, StatusChange(
        StatusAction.TRANSFER, date(2025, 7, 15), destination="Lapas Batang", document="S-1"))  # fmt: skip
    services.remission.record_sk(admin, approved.id, [
        SkEntry(line.line_id, f"W11.PAS-{n}/2025", approved.date) for n, line in enumerate(lines, 1)
    ])  # fmt: skip
    assert services.remission.granted_out_of_custody(admin, approved.id) == [
        ("Ani Penerima", ani.reg_number, "pindah")
    ]
    tab = make_tab(qtbot, services, admin)
    tab.printing.actions["piagam"].trigger()
    assert "1 penerima tidak lagi menjadi penghuni (bebas, pindah atau meninggal)" in answers[0]
    qtbot.waitUntil(lambda: tab.printing.preview is not None, timeout=20_000)
    tab.printing.preview.close()
    tab.commit()
    assert answers[-1].startswith(
        "1 penerima tidak lagi menjadi penghuni sejak daftar disetujui; remisinya tetap dicatat "
        f"sesuai SK:\n• Ani Penerima ({ani.reg_number}): Pindah\n\n3 WBP dicatat"
    )
    assert services.remission.get_ceremony(admin, approved.id).status == "locked"
