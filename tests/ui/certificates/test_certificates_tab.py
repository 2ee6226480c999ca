"""The Certificates tab through its real widgets: register, filters, issue (background, cancel),
revoke, reprint, verify (code, payload, image) and what a read-only role sees."""

from __future__ import annotations

import subprocess
import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from app.db.models import Certificate
from app.domain.roles import Role
from app.services.certificates import CertificateFilter, IssueRequest
from app.ui.certificates.model import register_model
from app.ui.certificates.tab import CertificatesTab
from tests.ui.widget_helpers import shown

ON = date(2025, 7, 15)


def issue(services, admin, *names: str, kind: str = "pembinaan", on: date = ON):
    requests = [IssueRequest(kind, str(uuid.uuid4()), n, "Pelatihan Menjahit") for n in names]
    return services.certificates.issue(admin, requests, issued_on=on)


def make_tab(qtbot, services, actor) -> CertificatesTab:
    return shown(qtbot, CertificatesTab(services, actor, None), 1250, 520)


def click_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def select_row(tab, row: int) -> None:
    tab.view.table.setCurrentIndex(tab.model.index(row, 0))


def db_count(services) -> int:
    with services.uow() as uow:
        return uow.session.scalar(select(func.count(Certificate.id)))


def test_register_filters_and_model(qtbot, qtmodeltester, services, admin):
    issue(services, admin, "Budi Santoso", "Siti Aminah")
    issue(services, admin, "Joko Widodo", kind="demo", on=date(2024, 3, 1))
    tab = make_tab(qtbot, services, admin)
    # The tester checks a model of its own: the tab's view fetches pages during a reset, which
    # the C++ tester reads as nested changes.
    qtmodeltester.check(register_model(tab._fetch, tab._count))
    assert tab.model.total() == 3
    assert tab.view.count_label.text() == "3 sertifikat"
    assert tab.model.index(0, 1).data() == "Joko Widodo"
    assert tab.model.index(0, 4).data() == "1 Maret 2024"
    assert tab.model.index(0, 5).data() == "Berlaku"

    qtbot.keyClicks(tab.view.search, "siti")
    qtbot.waitUntil(lambda: tab.model.total() == 1)
    assert tab.model.index(0, 1).data() == "Siti Aminah"
    tab.view.search.clear()
    qtbot.waitUntil(lambda: tab.model.total() == 3)
    tab.view.year.setCurrentIndex(tab.view.year.findData(2024))
    assert tab.model.total() == 1
    tab.view.year.setCurrentIndex(0)
    tab.view.kind.setCurrentIndex(tab.view.kind.findData("pembinaan"))
    assert tab.model.total() == 2
    tab.grab().save("/tmp/shots/certificates_tab.png")


def test_issue_batch_in_background_opens_preview(qtbot, services, admin):
    tab = make_tab(qtbot, services, admin)
    dialog = tab.open_issue_dialog()
    click_ok(qtbot, dialog)  # nothing typed: errors next to the fields, dialog stays
    assert dialog.isVisible()
    assert dialog.errors.text("subject") == "Program/kegiatan wajib diisi."
    assert dialog.errors.text("recipients") == "Pilih minimal satu penerima."
    qtbot.keyClicks(dialog.subject, "Pelatihan Budidaya Sayuran Hidroponik")
    assert dialog.errors.text("subject") == ""  # cleared as soon as the field is typed in
    rid = str(uuid.uuid4())
    dialog.recipients.setPlainText(f"Ahmad Fauzi\n{rid}; Siti Rahmawati\n")
    assert dialog.count_label.text() == "2 sertifikat akan diterbitkan"
    qtbot.keyClicks(dialog.signer2_position, "Wali Kota Pekalongan")
    click_ok(qtbot, dialog)  # a position without a name is refused
    assert dialog.errors.text("signer2_name").startswith("Nama penanda tangan kedua wajib")
    qtbot.keyClicks(dialog.signer2_name, "H. Achmad Afzan")
    assert dialog.errors.text("signer2_name") == ""
    dialog.resize(600, 520)
    dialog.grab().save("/tmp/shots/certificates_issue_dialog.png")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=20_000)
    assert db_count(services) == 2
    assert tab.model.total() == 2
    certs = services.certificates.list(admin, CertificateFilter())
    assert {c.recipient_name for c in certs} == {"Ahmad Fauzi", "Siti Rahmawati"}
    assert rid in {c.recipient_uuid for c in certs}
    assert {(c.signer2_position, c.signer2_name) for c in certs} == {
        ("Wali Kota Pekalongan", "H. Achmad Afzan")
    }
    assert tab.preview.path.exists() and tab.preview.document.pageCount() == 2
    assert tab.preview.path.parent == services.paths.data / "dokumen" / "sertifikat"


def test_cancelled_batch_issues_nothing(qtbot, services, admin):
    tab = make_tab(qtbot, services, admin)
    dialog = tab.open_issue_dialog()
    qtbot.keyClicks(dialog.subject, "Literasi")
    dialog.recipients.setPlainText("\n".join(f"Penerima {i}" for i in range(300)))
    click_ok(qtbot, dialog)
    tab.job.cancel()
    qtbot.waitUntil(lambda: tab.job.is_finished, timeout=30_000)
    assert tab.job.cancelled
    assert db_count(services) == 0
    assert tab.preview is None
    batch = issue(services, admin, "Sesudah Batal")
    assert batch.certificates[0].number.startswith("0001/")


def test_revoke_and_reprint(qtbot, services, admin):
    issue(services, admin, "Budi Santoso")
    tab = make_tab(qtbot, services, admin)
    select_row(tab, 0)
    assert tab.view.revoke_button.isEnabled()

    reprint = tab.open_reprint_dialog()
    qtbot.keyClicks(reprint.reason, "Asli hilang")
    click_ok(qtbot, reprint)
    qtbot.waitUntil(lambda: tab.preview is not None)
    assert "cetak-ulang" in tab.preview.path.name
    assert tab.model.index(0, 7).data() == "1"

    select_row(tab, 0)
    dialog = tab.open_revoke_dialog()
    qtbot.keyClicks(dialog.reason, "abc")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.errors.text("reason") == "Tuliskan alasan pencabutan."
    qtbot.keyClicks(dialog.reason, " - nama salah ketik")
    dialog.grab().save("/tmp/shots/certificates_revoke_dialog.png")
    click_ok(qtbot, dialog)
    assert tab.model.index(0, 5).data() == "Dicabut"
    cert = services.certificates.list(admin, CertificateFilter())[0]
    assert cert.revoked and cert.revoked_reason == "abc - nama salah ketik"
    select_row(tab, 0)
    assert not tab.view.revoke_button.isEnabled() and not tab.view.reprint_button.isEnabled()
    assert "dicabut oleh admin" in tab.view.detail.text()


def test_verify_dialog_code_payload_and_image(qtbot, services, admin, tmp_path):
    pytest.importorskip("zxingcpp")
    batch = issue(services, admin, "Siti Rahmawati")
    cert = batch.certificates[0]
    tab = make_tab(qtbot, services, admin)
    dialog = tab.open_verify_dialog()
    qtbot.keyClicks(dialog.input, cert.code_display.lower())
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert dialog.headline.text() == "SAH — sertifikat asli dan berlaku"
    assert "Siti Rahmawati" in dialog.details.text()

    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(batch.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "100", str(pdf), str(tmp_path / "scan")], check=True)
    dialog.verify_image(next(tmp_path.glob("scan*.png")))
    assert dialog.input.text().startswith("SIBINA1|" + cert.number)
    assert dialog.headline.text() == "SAH — sertifikat asli dan berlaku"
    dialog.resize(620, 300)
    dialog.grab().save("/tmp/shots/certificates_verify_dialog.png")

    forged = dialog.input.text().replace("Siti", "Sita")
    dialog.input.setText(forged)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.headline.text() == "PALSU — isi QR telah diubah"
    blank = tmp_path / "blank.png"
    tab.grab().save(str(blank))
    dialog.verify_image(blank)
    assert dialog.headline.text() == "Kode QR tidak terbaca pada gambar ini."


def test_read_only_role_sees_register_without_actions(qtbot, services, admin, make_actor):
    issue(services, admin, "Budi Santoso")
    tab = make_tab(qtbot, services, make_actor(Role.PIMPINAN))
    assert tab.model.total() == 1
    assert tab.view.issue_button.isHidden()
    assert tab.view.revoke_button.isHidden()
    assert tab.view.reprint_button.isHidden()
    assert not tab.view.verify_button.isHidden()


@pytest.mark.parametrize(("typed", "message"), [
    ("Ahmad Fauzi\nbukan-uuid; Joko Widodo", "Baris 2: “bukan-uuid” bukan UUID WBP. Tulis nama saja, atau UUID; Nama."),
    ("AII.87/2026; Joko Widodo", "Baris 1: “AII.87/2026” bukan UUID WBP. Tulis nama saja, atau UUID; Nama."),
    (f"{uuid.uuid4()};  ", "Baris 1: nama penerima kosong."),
])  # fmt: skip
def test_a_recipient_line_that_is_not_a_name_is_refused(qtbot, services, admin, typed, message):
    """A mistyped UUID or a pasted registration number before ';' was printed as the name."""
    tab = make_tab(qtbot, services, admin)
    dialog = tab.open_issue_dialog()
    qtbot.keyClicks(dialog.subject, "Pelatihan Menjahit")
    dialog.recipients.setPlainText(typed)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("recipients") == message
    assert db_count(services) == 0
    dialog.recipients.setPlainText("Joko Widodo")
    assert dialog.errors.text("recipients") == ""
    dialog.reject()


def test_the_issue_form_offers_only_hand_issued_kinds_and_sensible_dates(qtbot, services, admin):
    import app.services.remission_papers  # noqa: F401  (registers the "remisi" kind)

    tab = make_tab(qtbot, services, admin)
    dialog = tab.open_issue_dialog()
    offered = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert "pembinaan" in offered and "remisi" not in offered
    today = services.clock().date()
    assert dialog.issued_on.maximumDate().toPython() == today + timedelta(days=31)
    assert dialog.issued_on.minimumDate().toPython() == today - timedelta(days=730)
