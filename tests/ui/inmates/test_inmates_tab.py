"""The WBP tab through its real widgets: search as you type, filters, open, edit, save, all
errors at once, status change, history, import with preview, export, read-only roles."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.db.models import Inmate
from app.domain.inmates.nik import make_nik
from app.domain.inmates.record import DetentionData
from app.domain.roles import Role
from app.services.inmates_dto import InmateFilter
from app.ui.inmates.model import inmate_model
from tests.inmate_samples import convict, detainee
from tests.ui.inmates.tab_helpers import make_tab


def fill(services, admin) -> None:
    services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman", aliases="Mamad"))
    services.inmates.create(admin, detainee(2, full_name="Siti Rahayu", sex="P", nik="", block="W"))
    services.inmates.create(admin, convict(3, full_name="Zainal Abidin", block="C"))


def names(tab) -> list[str]:
    return [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]


def test_list_search_filters_and_model(qtbot, qtmodeltester, services, admin):
    fill(services, admin)
    tab = make_tab(qtbot, services, admin)
    qtmodeltester.check(inmate_model(tab._fetch, tab._count, tab._sort))
    assert names(tab) == ["Ahmad Sulaiman", "Siti Rahayu", "Zainal Abidin"]
    assert tab.view.count_label.text() == "3 WBP"
    qtbot.keyClicks(tab.view.search, "mam")
    qtbot.waitUntil(lambda: names(tab) == ["Ahmad Sulaiman"], timeout=2000)
    assert tab.view.count_label.text() == "1 WBP"
    tab.view.search.clear()
    qtbot.waitUntil(lambda: len(names(tab)) == 3, timeout=2000)
    tab.view.sex.setCurrentIndex(tab.view.sex.findData("P"))
    assert names(tab) == ["Siti Rahayu"]
    tab.view.sex.setCurrentIndex(0)
    tab.view.block.setCurrentIndex(tab.view.block.findData("C"))
    assert names(tab) == ["Zainal Abidin"]
    tab.view.block.setCurrentIndex(0)
    tab.view.status.setCurrentIndex(tab.view.status.findData("tahanan"))
    assert names(tab) == ["Ahmad Sulaiman", "Siti Rahayu"]
    tab.view.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert names(tab) == ["Siti Rahayu", "Ahmad Sulaiman"]


def test_paging_fetches_more(qtbot, services, admin):
    for n in range(1, 231):
        services.inmates.create(admin, detainee(n, nik="", full_name=f"Orang {n:03d}"))
    tab = make_tab(qtbot, services, admin)
    assert tab.model.total() == 230 and tab.model.rowCount() == 100
    tab.view.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 100, timeout=2000)
    tab.model.fetch_all()
    assert tab.model.rowCount() == 230


def test_ctrl_f_enter_opens_edit_save_and_history(qtbot, services, admin):
    fill(services, admin)
    tab = make_tab(qtbot, services, admin)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
    tab.view.table.setFocus()
    qtbot.keyClick(tab.view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.view.search.hasFocus()
    qtbot.keyClicks(tab.view.search, "zainal")
    qtbot.waitUntil(lambda: names(tab) == ["Zainal Abidin"], timeout=2000)
    qtbot.keyClick(tab.view.search, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog is not None and dialog.form.inputs["full_name"].text() == "Zainal Abidin"
    name = dialog.form.inputs["full_name"]
    name.clear()
    qtbot.keyClicks(name, "Zainal Abidin Baru")
    dialog.form.inputs["block"].setText("D")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert names(tab) == ["Zainal Abidin Baru"]  # still filtered by "zainal", refreshed
    row = services.inmates.list_page(admin, InmateFilter(search="baru"))[0]
    assert row.block == "D"
    tab.open_inmate(row.id)
    history = tab.dialog.history
    assert history.rowCount() == 2
    assert (
        history.item(1, 3).text() == "Nama lengkap: Zainal Abidin → Zainal Abidin Baru; Blok: C → D"
    )
    assert history.item(1, 2).text() == "Diubah"
    tab.dialog.reject()


def test_every_problem_shown_at_once_and_nothing_saved(qtbot, services, admin):
    fill(services, admin)
    tab = make_tab(qtbot, services, admin)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
    qtbot.keyClick(tab.view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert dialog.windowTitle() == "WBP baru"
    qtbot.keyClicks(dialog.form.inputs["nik"], "12345")
    qtbot.keyClicks(dialog.form.inputs["birth_date"], "31-02-1990")
    dialog.discipline.add_row({"date": "01-01-2020"})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    errors = dialog.form.errors
    assert errors.text("reg_number") == "Wajib diisi."
    assert errors.text("full_name") == "Wajib diisi."
    assert errors.text("nik") == "NIK harus 16 angka."
    assert errors.text("sex") == "Pilih jenis kelamin (L atau P)."
    assert errors.text("birth_date") == "Tanggal itu tidak ada (31-02-1990)."
    assert errors.text("admission_date") == "Wajib diisi."
    assert "Pelanggaran: Wajib diisi." in dialog.discipline.error.text()
    assert dialog.sections.tabText(0).startswith("⚠")
    assert dialog.isVisible()
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Inmate)) == 3


def test_new_inmate_with_proposed_code_and_photo(qtbot, services, admin, tmp_path):
    from PySide6.QtGui import QColor, QImage

    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    image.save(str(tmp_path / "foto.png"))
    tab = make_tab(qtbot, services, admin)
    tab.new_inmate()
    dialog = tab.dialog
    form = dialog.form
    qtbot.keyClicks(form.inputs["reg_number"], "AII.50/2025")
    qtbot.keyClicks(form.inputs["full_name"], "Bambang Fiktif")
    form.inputs["sex"].setCurrentIndex(form.inputs["sex"].findData("L"))
    qtbot.keyClicks(form.inputs["admission_date"], "01-07-2025")
    dialog.detentions.add_row({"stage": "A.II", "start": "01-07-2025"})  # end: from KUHAP
    assert form.proposed.text().startswith("Usulan: A.II")
    qtbot.mouseClick(form.use_proposed, Qt.MouseButton.LeftButton)
    assert form.inputs["reg_code"].currentData() == "A.II"
    assert form.load_photo_file(str(tmp_path / "foto.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.form.errors.show({})
    inmate_id = services.inmates.find_id(admin, "AII.50/2025")
    record = services.inmates.get(admin, inmate_id)
    assert record.data.reg_code == "A.II"
    assert record.data.detentions[0].end == date(2025, 7, 20)
    assert record.photo is not None and len(record.photo) < 60_000
    qimage = QImage.fromData(record.photo)
    assert (qimage.width(), qimage.height()) == (240, 180)


def test_status_change_verdict(qtbot, services, admin, clock):
    clock.now = clock.now.replace(day=25)
    record = services.inmates.create(admin, detainee(1))
    tab = make_tab(qtbot, services, admin)
    tab.open_inmate(record.id)
    dialog = tab.dialog
    assert dialog.action_buttons["verdict"].isEnabled()
    qtbot.mouseClick(dialog.action_buttons["verdict"], Qt.MouseButton.LeftButton)
    status = dialog.status_dialog
    assert status.proposed.text() == "— (isi lama pidana)"  # no B.IIb for a term of nothing
    status.submit()
    assert status.errors.text("verdict_number") == "Wajib diisi."
    assert status.errors.text("sentence").startswith("Lama pidana harus lebih dari nol")
    qtbot.keyClicks(status.verdict_number, "9/Pid.B/2025/PN Pkl")
    status.years.setValue(2)
    assert status.proposed.text().startswith("B.I ")
    for edit in (status.verdict_date, status.inkracht_date, status.date):
        edit.setDate(edit.date().addDays(-3))
    qtbot.mouseClick(status.ok_button, Qt.MouseButton.LeftButton)
    assert not status.isVisible()
    assert dialog.form.inputs["status"].currentData() == "narapidana"
    assert not dialog.action_buttons["verdict"].isEnabled()
    assert dialog.events.rowCount() == 2
    dialog.reject()
    tab.view.status.setCurrentIndex(tab.view.status.findData("narapidana"))
    assert [tab.model.index(r, 4).data() for r in range(tab.model.rowCount())] == ["B.I"]


def test_expiry_banner_and_status_message(qtbot, services, admin, clock):
    today = clock().date()
    services.inmates.create(admin, detainee(1, detentions=(
        DetentionData("A.I", today - timedelta(days=18), today + timedelta(days=1)),)))  # fmt: skip
    services.inmates.create(admin, detainee(2, detentions=(
        DetentionData("A.I", today - timedelta(days=10), today + timedelta(days=8)),)))  # fmt: skip
    tab = make_tab(qtbot, services, admin)
    assert tab.view.banner.isVisible()
    assert "1 sisa ≤3 hari atau lewat, 1 sisa 4–10 hari — " in tab.view.banner.text()
    assert (
        tab.status_message() == "⚠ Penahanan berakhir: 1 sisa ≤3 hari atau lewat, 1 sisa 4–10 hari"
    )


def test_read_only_role(qtbot, services, admin, make_actor):
    fill(services, admin)
    tab = make_tab(qtbot, services, make_actor(Role.PEMBINAAN))
    assert not tab.view.new_button.isVisible() and not tab.view.import_button.isVisible()
    tab.new_inmate()
    assert tab.dialog is None
    tab.open_selected()
    assert not tab.dialog.save_button.isVisible()
    assert not tab.dialog.form.inputs["full_name"].isEnabled()
    assert not tab.dialog.action_buttons["release"].isEnabled()


def test_import_with_preview_and_export(qtbot, services, admin, tmp_path):
    fill(services, admin)
    csv = tmp_path / "wbp.csv"
    csv.write_text("Nomor Registrasi;Nama WBP;JK;Tgl Masuk;Kolom Aneh\n"
                   "AI.70/2025;Eko Fiktif;L;01-07-2025;x\nAI.71/2025;Dedi Fiktif;X;01-07-2025;y\n",
                   encoding="utf-8")  # fmt: skip
    tab = make_tab(qtbot, services, admin)
    tab.start_import(csv)
    dialog = tab.dialog
    assert dialog.preview.rowCount() == 2
    assert [c.currentData() for c in dialog.combos] == ["reg_number", "full_name", "sex",
                                                        "admission_date", ""]  # fmt: skip
    report = dialog.check()
    assert "baris 3: JK: Isi L atau P." in dialog.output.toPlainText()
    assert not report.ok and not dialog.import_button.isEnabled()
    sex = dialog.combos[2]
    sex.setCurrentIndex(0)  # ignore the sex column: now every row lacks it
    assert not dialog.check().ok
    csv.write_text(csv.read_text(encoding="utf-8").replace(";X;", ";L;"), encoding="utf-8")
    tab.start_import(csv)
    dialog = tab.dialog
    assert dialog.check().ok and dialog.import_button.isEnabled()
    job = dialog.run_import()
    qtbot.waitUntil(lambda: job.is_finished, timeout=10_000)
    assert dialog.report.written
    qtbot.waitUntil(lambda: tab.model.total() == 5, timeout=2000)
    out = tmp_path / "out.csv"
    job = tab.export_to(out)
    qtbot.waitUntil(lambda: job.is_finished, timeout=10_000)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 6 and lines[0].startswith("No. Registrasi;Nama")


def test_a_cancelled_export_says_the_file_was_left_alone(qtbot, services, admin, monkeypatch,
                                                         tmp_path):  # fmt: skip
    def export_until_cancelled(actor, flt, path, progress):
        for step in range(100_000):  # stops at the first update after the cancel
            progress.update(step, 100_000)
            time.sleep(0.001)
        return 0

    monkeypatch.setattr(services.inmates, "export_list", export_until_cancelled)
    tab = make_tab(qtbot, services, admin)
    job = tab.export_to(tmp_path / "out.csv")
    job.cancel()
    qtbot.waitUntil(lambda: job.is_finished, timeout=10_000)
    assert job.cancelled
    assert tab.view.notice.text() == f"Ekspor dibatalkan; {tmp_path / 'out.csv'} tidak diubah."


def test_template_saved(qtbot, services, admin, tmp_path):
    tab = make_tab(qtbot, services, admin)
    tab.save_template_to(tmp_path / "t.xlsx")
    report = services.inmates.import_file(admin, tmp_path / "t.xlsx", dry_run=True)
    assert report.ok and report.count("create") == 1


def test_pattern_dialog_admin_only(qtbot, services, admin, make_actor):
    tab = make_tab(qtbot, services, admin)
    assert tab.view.pattern_button.isVisible()
    tab.edit_pattern()
    dialog = tab.dialog
    dialog.pattern.setText("{bogus}")
    assert "hanya mengenal" in dialog.meaning.text()
    dialog.save()
    assert dialog.errors.text("pattern") and dialog.isVisible()
    dialog.pattern.setText("W11-{nomor}")
    qtbot.keyClicks(dialog.sample, "W11-77")
    assert dialog.verdict.text() == "✔ sesuai pola"
    dialog.save()
    assert not dialog.isVisible()
    assert services.inmates.reg_number_pattern() == "W11-{nomor}"
    other = make_tab(qtbot, services, make_actor(Role.REGISTRASI))
    assert not other.view.pattern_button.isVisible()


def test_the_pattern_dialog_explains_the_pattern_in_english(qtbot, services, admin, english):
    """The English dialog read "Meaning: kode registrasi (mis. B.I atau BI), lalu ..."."""
    tab = make_tab(qtbot, services, admin)
    tab.edit_pattern()
    tab.dialog.pattern.setText("{kode}-{nomor}/{tahun}")
    assert tab.dialog.meaning.text() == (
        'registration code (e.g. B.I or BI), then "-", then serial number of 1-6 digits, '
        'then "/", then 4-digit year. Example: B.I-123/2025'
    )


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_narrow_tab_narrows_the_name_column_so_that_the_nik_shows(
    qtbot, services, admin, request, language
):
    from app.ui.inmates.tab import NAME_COLUMN, NAME_MIN_WIDTH, InmatesTab
    from tests.ui.widget_helpers import shown

    if language == "en":  # wider words; "Kristen" is "Protestant", as Indonesia's statistics say
        request.getfixturevalue("english")

    services.inmates.create(admin, detainee(1, full_name="Agus"))
    for width, name_width in ((1600, 230), (1100, None)):
        tab = shown(qtbot, InmatesTab(services, admin, None), width, 600)
        qtbot.waitUntil(lambda tab=tab: tab.ready, timeout=2000)
        table = tab.view.table
        header = table.horizontalHeader()
        nik = header.count() - 1
        digits = table.fontMetrics().horizontalAdvance("0" * 16)
        assert header.sectionViewportPosition(nik) + digits <= table.viewport().width()
        assert table.horizontalScrollBar().maximum() == 0
        if name_width is None:
            assert NAME_MIN_WIDTH <= header.sectionSize(NAME_COLUMN) < 230
        else:
            assert header.sectionSize(NAME_COLUMN) == name_width


@pytest.mark.parametrize(
    ("language", "field", "summary"),
    [("id", "No. Registrasi", "1 baris data. Periksa dulu, lalu impor."),
     ("en", "Registration number", "1 data row. Check first, then import.")],
)  # fmt: skip
def test_import_fields_are_named_in_the_ui_language_and_read_whole(
    qtbot, services, admin, tmp_path, request, language, field, summary
):
    if language == "en":
        request.getfixturevalue("english")
    csv = tmp_path / "wbp.csv"
    csv.write_text("Nomor Registrasi;Tanggal Inkracht\nAI.70/2025;01-07-2025\n", encoding="utf-8")
    tab = make_tab(qtbot, services, admin)
    tab.start_import(csv)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    registration = dialog.combos[0]
    assert registration.currentText() == field
    tooltip = registration.itemData(registration.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "No. Registrasi / Registration number"
    assert dialog.summary.text() == summary
    for combo in dialog.combos:  # every field's name fits its combo
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                      for i in range(combo.count()))  # fmt: skip
        assert longest < combo.width() - 30  # the arrow and the frame


def test_every_column_with_a_sort_arrow_sorts_by_it(qtbot, services, admin):
    """Clicking a header shows an arrow: the rows must then follow that column (NIK sorted by
    name before)."""
    born = date(1990, 5, 1)
    for n, serial in ((1, 3), (2, 1), (3, 2)):  # by name 1, 2, 3; by NIK 2, 3, 1
        services.inmates.create(admin, detainee(n, birth_date=born,
                                                nik=make_nik("337501", born, "L", serial)))  # fmt: skip
    tab = make_tab(qtbot, services, admin)
    model = tab.model
    column = next(i for i in range(model.columnCount()) if model.headerData(
        i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "NIK")  # fmt: skip
    tab.view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=2000)
    shown = [model.data(model.index(row, column)) for row in range(3)]
    assert [s[-1] for s in shown] == ["1", "2", "3"]  # the serials, in order


def test_import_report_reads_in_english(qtbot, services, admin, tmp_path, english):
    fill(services, admin)
    first = services.inmates.list_page(admin, InmateFilter(search="Ahmad"), 0, 1)[0]
    csv = tmp_path / "wbp.csv"
    csv.write_text("No. Registrasi;Nama;JK;Agama;Tgl Masuk\n"
                   f"{first.reg_number};Ahmad Sulaiman;L;Kristen;\n"
                   "AI.70/2025;Eko Fiktif;L;Islam;31-02-2025\n"
                   "AI.70/2025;Eko Kembar;L;Islam;01-07-2025\n", encoding="utf-8")  # fmt: skip
    tab = make_tab(qtbot, services, admin)
    tab.start_import(csv)
    dialog = tab.dialog
    assert not dialog.check().ok
    text = dialog.output.toPlainText()
    assert "row 3: Tgl Masuk: That date does not exist (31-02-2025)." in text
    assert "row 4: No. Registrasi: Same as row 3 in this file." in text
    assert f"row 2: {first.reg_number}: changed Religion: Islam → Protestant" in text


def test_the_count_and_the_export_message_take_the_english_plural(qtbot, services, admin,
                                                                  english, tmp_path):  # fmt: skip
    """ "1 inmates" was shown: the count is a plural form of the UI language."""
    services.inmates.create(admin, convict(1))
    tab = make_tab(qtbot, services, admin)
    assert tab.view.count_label.text() == "1 inmate"
    services.inmates.create(admin, convict(2))
    tab.refresh()
    qtbot.waitUntil(lambda: tab.view.count_label.text() == "2 inmates", timeout=2000)
    messages = []
    tab.notify = messages.append
    out = tmp_path / "list.csv"
    job = tab.export_to(out)
    qtbot.waitUntil(lambda: job.is_finished, timeout=10_000)
    assert messages == [f"2 inmates exported to {out}"]
