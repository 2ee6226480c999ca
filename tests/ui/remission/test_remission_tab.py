"""The Remisi tab through its real widgets: a new user creates the 17 August ceremony, reviews the
computed list and its reasons, overrides a line, sets a flag, pimpinan approves, SK numbers are
recorded, the grants are committed (the ceremony locks) and a grant is corrected afterwards."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QFontMetrics
from sqlalchemy import select

from app.db.models import AuditEvent, RemissionGrant
from app.domain.roles import Role
from app.services.remission_dto import NewCeremony
from app.ui.common.timefmt import ui_date
from app.ui.remission.ceremony_dialogs import NewCeremonyDialog
from app.ui.remission.model import LineFilter, ProposalModel
from tests.remission_samples import detainee, example1, example3, example4
from tests.ui.remission.tab_helpers import (
    line_named,
    make_tab,
    select_named,
    shown_names,
    type_text,
    wait_job,
)

D = date


@pytest.fixture
def register(services, admin):
    for data in (example1(1, full_name="Satu Contoh"), example3(3),
                 example4(4, full_name="Empat Contoh"), example4(5, 30, full_name="Lima Denda"),
                 detainee(6, full_name="Enam Tahanan")):  # fmt: skip
        services.inmates.create(admin, data)


def test_a_new_user_creates_the_17_august_ceremony_and_reviews_it(qtbot, services, admin,
                                                                  register):  # fmt: skip
    tab = make_tab(qtbot, services, admin)
    assert tab.view.stack.currentWidget() is tab.view.empty
    dialog = tab.open_new_dialog()
    assert isinstance(dialog, NewCeremonyDialog)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["RU", "RK", "RD"]  # 2025 is a dasawarsa year
    assert dialog.when.date().toPython() == D(2025, 8, 17) and not dialog.when.isEnabled()
    dialog.year.setValue(2026)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["RU", "RK"]
    dialog.kind.setCurrentIndex(1)
    assert dialog.religion.isVisible() and dialog.when.isEnabled()
    assert dialog.when.date().toPython() == D(2026, 3, 21)  # Idul Fitri in the holidays calendar
    dialog.year.setValue(2025)
    dialog.kind.setCurrentIndex(0)
    type_text(qtbot, dialog.venue, "Aula Rutan")
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Return)  # Enter saves
    wait_job(qtbot, tab)  # the list is computed right away
    assert tab.ceremony is not None and tab.ceremony.date == D(2025, 8, 17)
    assert tab.view.header.text() == "Pemberian Remisi Umum 17 Agustus 2025"
    assert "Aula Rutan" in tab.view.details.text() and "draf" in tab.view.details.text()
    assert tab.view.counts.text().startswith("5 WBP dihitung, 3 diberikan (2 kategori II)")
    one = line_named(tab, "Satu Contoh")
    assert (one.granted_days, one.granted_category, one.granted_release) == (
        60,
        "I",
        D(2026, 12, 12),
    )
    # the reasons of the selected line, each with its legal basis
    select_named(tab, "Budi Fiktif 3")
    html = tab.view.reasons.toPlainText()
    assert "register F" in html and "Permenkumham 3/2018" in html
    # filter and search
    tab.view.filter.setCurrentIndex(tab.view.filter.findData("refused"))
    assert sorted(shown_names(tab)) == ["Budi Fiktif 3", "Enam Tahanan"]
    tab.view.filter.setCurrentIndex(tab.view.filter.findData("category2"))
    assert sorted(shown_names(tab)) == ["Empat Contoh", "Lima Denda"]
    tab.view.filter.setCurrentIndex(0)
    type_text(qtbot, tab.view.search, "lima")
    assert shown_names(tab) == ["Lima Denda"] and tab.view.shown_label.text() == "1 dari 5"
    # category II page and statistics page
    tab.view.pages.setCurrentIndex(1)
    assert tab.view.free_table.rowCount() == 1 and tab.view.staying_table.rowCount() == 1
    assert tab.view.staying_table.item(0, 1).text() == "Lima Denda"
    assert tab.view.staying_table.item(0, 5).text() == "16 September 2025"
    right = Qt.AlignmentFlag.AlignRight
    days = tab.view.staying_table.item(0, 4)  # the fine substitute days
    assert days.text() == "30" and days.textAlignment() & right
    assert not tab.view.staying_table.item(0, 5).textAlignment() & right  # the date
    tab.view.pages.setCurrentIndex(2)
    stats = tab.view.statistics.toPlainText()
    assert "Tercatat hukuman disiplin (register F)" in stats and "Diberi remisi" in stats
    assert "Kategori II (bebas pada hari remisi)\n1" in stats  # Empat Contoh
    assert "Kategori II (bebas setelah kurungan pengganti denda)\n1" in stats  # Lima Denda


def test_override_flags_approve_sk_commit_and_correct(qtbot, services, admin, make_actor,
                                                     register, answers):  # fmt: skip
    pembinaan = make_actor(Role.PEMBINAAN)
    ceremony = services.remission.create_ceremony(pembinaan, NewCeremony("RU", year=2025))
    tab = make_tab(qtbot, services, pembinaan)
    assert not tab.view.approve_button.isVisible()  # pembinaan prepares, pimpinan approves
    tab.compute()
    wait_job(qtbot, tab)
    # override: a justification is required, then the line shows what was decided
    select_named(tab, "Empat Contoh")
    qtbot.keyClick(tab.view.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    dialog.refuse.setChecked(True)
    type_text(qtbot, dialog.justification, "tidak")
    dialog.accept()
    assert dialog.isVisible() and dialog.errors.text("justification")
    type_text(qtbot, dialog.justification, "Surat Kanwil: berkas belum lengkap")
    dialog.accept()
    four = line_named(tab, "Empat Contoh")
    assert four.overridden and not four.granted
    pane = tab.view.reasons.toPlainText()
    assert "berkas belum lengkap" in pane
    # the engine's reasons stay, named as what Sibina computed before the change
    assert (f"Alasan di bawah adalah perhitungan Sibina sebelum diubah: diberikan: {four.days} "
            f"hari, kategori {four.category}, bebas {ui_date(four.release_after)}.") in pane  # fmt: skip
    # flags: donor with a note; the draft is recomputed and the RT appears
    select_named(tab, "Satu Contoh")
    flags = tab.lines.open_flags()
    flags.boxes["donor"].setChecked(True)
    type_text(qtbot, flags.note, "Donor darah PMI 2025")
    flags.accept()
    wait_job(qtbot, tab)
    one = line_named(tab, "Satu Contoh")
    assert (one.granted_days, one.granted_additional_days) == (60, 30)
    assert "Donor darah PMI 2025" in tab.view.reasons.toPlainText()
    # pimpinan approves in their own session
    pimpinan = make_actor(Role.PIMPINAN)
    boss = make_tab(qtbot, services, pimpinan)
    assert not boss.view.compute_button.isVisible() and not boss.view.override_button.isVisible()
    assert boss.view.approve_button.isEnabled()
    qtbot.mouseClick(boss.view.approve_button, Qt.MouseButton.LeftButton)
    assert "2 WBP diberi remisi" in answers[-1]
    assert services.remission.get_ceremony(pimpinan, ceremony.id).status == "approved"
    # SK numbers with a running number, then commit
    tab.reload_ceremonies()
    assert not tab.view.compute_button.isEnabled() and tab.view.sk_button.isEnabled()
    qtbot.mouseClick(tab.view.commit_button, Qt.MouseButton.LeftButton)
    assert answers[-1] == "2 baris yang diberi remisi belum ber-SK."
    sk = tab.open_sk_dialog()
    type_text(qtbot, sk.number, "W11.PAS-{no}/2025")
    sk.start.setValue(7)
    assert sk.preview.text() == "W11.PAS-7/2025, W11.PAS-8/2025"
    sk.when.setDate(QDate(1925, 8, 17))  # a typo: the dialog stays, with what was typed
    sk.accept()
    assert sk.isVisible() and "terlalu jauh" in sk.errors.text("sk_date")
    sk.when.setDate(QDate(2025, 8, 17))
    sk.accept()
    numbers = sorted(line.sk_number for line in tab.model.lines() if line.granted)
    assert numbers == ["W11.PAS-7/2025", "W11.PAS-8/2025"]
    qtbot.mouseClick(tab.view.commit_button, Qt.MouseButton.LeftButton)
    assert tab.ceremony.status == "locked" and "dikunci" in tab.view.details.text()
    # who locked it is the one who recorded the grants; the approver is named apart
    details = tab.view.details.text()
    assert f"tercatat di register oleh {tab.actor.username}," in details
    assert f"disetujui oleh {pimpinan.username}," in details
    with services.uow() as uow:
        ledger = uow.session.execute(select(RemissionGrant.kind, RemissionGrant.days)
                                     .where(RemissionGrant.voided.is_(False))).all()  # fmt: skip
    assert sorted(ledger) == [("RT", 30), ("RU", 60), ("RU", 60)]
    # a correction after the lock: the Kanwil withdrew the RT; the piagam issued is revoked
    (piagam,) = services.remission.issue_piagam(
        tab.actor, ceremony.id, [line_named(tab, "Satu Contoh").line_id]).certificates  # fmt: skip
    select_named(tab, "Satu Contoh")
    correction = tab.lines.open_correction()
    assert correction.sk_number.text() == line_named(tab, "Satu Contoh").sk_number  # kept
    correction.days.setValue(999)  # more than the rule table gives: refused, the dialog stays
    type_text(qtbot, correction.reason, "Surat Kanwil W11-77: RT tidak disetujui")
    correction.accept()
    assert correction.isVisible()
    assert correction.errors.text("days") == (
        "Paling banyak 180 hari untuk jenis remisi ini menurut tabel aturan."
    )
    assert line_named(tab, "Satu Contoh").granted_days == 60
    correction.days.setValue(60)
    correction.additional.setValue(0)
    correction.accept()
    one = line_named(tab, "Satu Contoh")
    assert (one.granted_days, one.granted_additional_days) == (60, 0)
    assert answers[-1].startswith(f"Piagam {piagam.number} memuat remisi yang lama dan sudah "
                                  "dicabut.")  # fmt: skip
    assert one.granted_release == D(2026, 12, 12)
    with services.uow() as uow:
        kept = uow.session.execute(select(RemissionGrant.kind, RemissionGrant.days)
                                   .where(RemissionGrant.voided.is_(False))).all()  # fmt: skip
        actions = set(uow.session.scalars(select(AuditEvent.action)))
    assert sorted(kept) == [("RU", 60), ("RU", 60)]
    # a refused line granted by correction names its decree
    refused = next(line for line in tab.model.lines() if not line.granted)
    select_named(tab, refused.full_name)
    correction = tab.lines.open_correction()
    assert correction.sk_number.text() == ""
    correction.days.setValue(30)
    type_text(qtbot, correction.reason, "Surat Kanwil W11-78: hukuman dibatalkan")
    correction.accept()
    assert correction.isVisible() and "belum ber-SK" in correction.errors.text("sk_number")
    type_text(qtbot, correction.sk_number, "W11.PAS-78/2025")
    correction.accept()
    assert not correction.isVisible()
    assert line_named(tab, refused.full_name).sk_number == "W11.PAS-78/2025"
    assert {"remission_line_overridden", "remission_flags_set", "remission_ceremony_approved",
            "remission_sk_recorded", "remission_grants_committed",
            "remission_grant_corrected"} <= actions  # fmt: skip


def test_a_read_only_role_sees_the_list_without_actions(qtbot, services, admin, make_actor,
                                                       register):  # fmt: skip
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    services.remission.compute_proposals(admin, ceremony.id)
    tab = make_tab(qtbot, services, make_actor(Role.REGISTRASI))
    assert tab.model.rowCount() == 5
    for button in (tab.view.new_button, tab.view.compute_button, tab.view.approve_button,
                   tab.view.sk_button, tab.view.commit_button, tab.view.override_button,
                   tab.view.flags_button):  # fmt: skip
        assert not button.isVisible()
    assert tab.open_new_dialog() is None and tab.lines.open_override() is None


def test_the_proposal_model_passes_the_model_tester(qtmodeltester, services, admin, register):
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    services.remission.compute_proposals(admin, ceremony.id)
    model = ProposalModel()
    model.set_lines(services.remission.proposal_list(admin, ceremony.id))
    qtmodeltester.check(model)
    proxy = LineFilter()
    proxy.setSourceModel(model)
    proxy.set_kind("granted")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 3


def test_in_the_english_ui_the_reasons_read_in_english(qtbot, services, admin, register,
                                                       english):  # fmt: skip
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    services.remission.compute_proposals(admin, ceremony.id)  # stored in Indonesian
    tab = make_tab(qtbot, services, admin)
    select_named(tab, "Satu Contoh")
    pane = tab.view.reasons.toPlainText()
    assert "Category I: sentence reduced, release on 12 December 2026." in pane
    assert "General Remission no. 1" in pane and "Kategori" not in pane
    assert "KUHP Pasal 30" in pane  # the legal basis as the rule table cites it
    select_named(tab, "Budi Fiktif 3")
    pane = tab.view.reasons.toPlainText()
    assert "Disciplinary punishment recorded (register F) on " in pane
    assert "register F) pada" not in pane
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.index(r, 1).data() == "Budi Fiktif 3")  # fmt: skip
    tooltip = tab.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Disciplinary punishment recorded (register F) on ")
    line = line_named(tab, "Budi Fiktif 3")
    assert any(r.text.startswith("Tercatat hukuman disiplin") for r in line.reasons)  # as stored


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_header_shows_its_text_whole(qtbot, services, admin, language, request):
    if language == "en":
        request.getfixturevalue("english")
    tab = make_tab(qtbot, services, admin)
    narrow = []
    for table in (tab.view.table, tab.view.free_table, tab.view.staying_table):
        header = table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # a selected row makes the headers bold
        for column in range(header.count() - 1):  # the last one stretches
            text = header.model().headerData(column, Qt.Orientation.Horizontal)
            if table.columnWidth(column) < QFontMetrics(bold).horizontalAdvance(text) + 8:
                narrow.append(text)
    assert not narrow
    if language == "en":
        header = tab.view.table.horizontalHeader()
        assert header.model().headerData(5, Qt.Orientation.Horizontal) == "Remission (days)"


def test_the_longest_release_date_fits_its_column(qtbot, services, admin):
    tab = make_tab(qtbot, services, admin)
    table = tab.view.table
    longest = QFontMetrics(table.font()).horizontalAdvance("28 September 2026")
    for column in (8, 9):
        assert table.model().headerData(column, Qt.Orientation.Horizontal).startswith("Bebas")
        assert table.columnWidth(column) >= longest + 8


def test_tab_leaves_the_proposal_list_for_the_buttons(qtbot, services, admin, draft):
    """The list is read-only rows: Tab goes on to the next control (it moved cell by cell
    through thousands of cells), Shift+Tab back; arrows still move through the rows."""
    tab = make_tab(qtbot, services, admin)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=5000)
    table = tab.view.table
    table.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    after = tab.focusWidget()
    assert after is not table and after is not None
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert tab.focusWidget() is table


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_decision_column_shows_its_longest_word_whole(qtbot, services, admin, register,
                                                          request, language):  # fmt: skip
    from app.ui.remission.model import DECISION_COLUMN, decision_texts

    if language == "en":  # "Candidate (susulan)" was cut
        request.getfixturevalue("english")
    tab = make_tab(qtbot, services, admin)
    bold = QFont(tab.view.table.font())
    bold.setBold(True)
    widest = max(QFontMetrics(bold).horizontalAdvance(text) for text in decision_texts())
    assert tab.view.table.columnWidth(DECISION_COLUMN) >= widest + 8


@pytest.mark.parametrize(("language", "shown"), [("id", "171.280"), ("en", "171,280")])
def test_the_statistics_page_writes_counts_with_thousands_separators(qtbot, services, admin,
                                                                     language, shown, request):  # fmt: skip
    from app.services.remission_dto import CeremonyStatistics

    if language == "en":
        request.getfixturevalue("english")
    tab = make_tab(qtbot, services, admin)
    stats = CeremonyStatistics(total=5010, eligible=2156, not_eligible=2854, susulan=0,
                               overridden=0, granted=2156, total_days=171280)  # fmt: skip
    tab.view.statistics.setHtml(tab.pages.statistics_html(stats))
    text = tab.view.statistics.toPlainText()
    assert f"\n{shown}" in text and "\n5" + shown[3] + "010" in text, text
    assert "171280" not in text
