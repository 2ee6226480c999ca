"""The Remisi tab's layout: the ceremony picker, the ceremony's header and workflow buttons, and
its pages (proposal list with the reasons of the selected line, category II, statistics; the run
sheet and attendance pages are added by the controller). An empty state when there is none yet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.row_list import row_list
from app.ui.common.timefmt import ui_date
from app.ui.remission.model import DECISION_COLUMN, decision_texts

DATE_COLUMNS = (8, 9)  # release before, release after
HEADER_STYLE = "font-size: 15px; font-weight: bold;"
EMPTY_STYLE = "color: #444; font-size: 13px;"
STALE_STYLE = "color: #92400e; background: #fef3c7; padding: 4px;"


def _table_view(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    row_list(table)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def header_text_width(table: QTableView, column: int) -> int:
    """The width a column's header needs to show its text whole: in bold (the headers of a
    selected row are bold), with the style's margins; the sort arrow is not counted (it shows
    on one column only, and Qt shortens the text there when it must)."""
    header = table.horizontalHeader()
    text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
    font = QFont(header.font())
    font.setBold(True)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return QFontMetrics(font).horizontalAdvance(text) + 4 * margin


def longest_date_width(table: QTableView) -> int:
    """The width of the longest date a cell shows (day 28 of the longest month name)."""
    metrics = QFontMetrics(table.font())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    widest = max(metrics.horizontalAdvance(ui_date(date(2026, m, 28))) for m in range(1, 13))
    return widest + 4 * (margin + 1)


def _release_table(name: str, headers: list[str], widths: tuple[int, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    row_list(table)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header_text_width(table, column)))
    return table


class RemissionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ceremony = QComboBox()
        self.ceremony.setObjectName("ceremony_combo")
        self.ceremony.setMinimumContentsLength(40)
        # as wide as 40 characters, not as the longest title (a long one widened the window)
        self.ceremony.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.new_button = QPushButton(self.tr("&Upacara baru…"))
        self.new_button.setToolTip(self.tr("Buat upacara remisi baru (Ctrl+N)"))
        # no Alt+letter: every letter of it is taken on this tab or in the menu bar; Ctrl+E
        self.edit_button = QPushButton(self.tr("Ubah upacara…"))
        self.edit_button.setToolTip(
            self.tr("Judul dan tempat upacara; tanggal Remisi Khusus selama masih draf (Ctrl+E)")
        )
        self.rules_button = QPushButton(self.tr("Tabe&l aturan…"))
        self.rules_button.setToolTip(self.tr("Tabel remisi dengan dasar hukumnya"))

        self.header = QLabel()
        self.header.setObjectName("ceremony_header")
        self.header.setStyleSheet(HEADER_STYLE)
        self.header.setWordWrap(True)  # a long title wraps instead of widening the window
        self.details = QLabel()
        self.details.setObjectName("ceremony_details")
        self.details.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("ceremony_counts")
        self.counts.setWordWrap(True)
        self.stale = QLabel()  # the register or the rules changed after the computation
        self.stale.setObjectName("ceremony_stale")
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet(STALE_STYLE)
        self.stale.hide()
        self.compute_button = QPushButton(self.tr("&Hitung usulan"))
        self.compute_button.setToolTip(self.tr("Hitung keputusan untuk seluruh register (F5)"))
        self.approve_button = QPushButton(self.tr("Setu&jui…"))
        self.approve_button.setToolTip(self.tr("Persetujuan pimpinan atas daftar usulan"))
        self.sk_button = QPushButton(self.tr("Isi n&omor SK…"))
        self.commit_button = QPushButton(self.tr("Catat ke re&gister && kunci…"))
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("C&etak"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        # proposal list page
        self.filter = QComboBox()
        self.filter.setObjectName("line_filter")
        self.search = QLineEdit()
        self.search.setObjectName("line_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Nama atau nomor registrasi… (Ctrl+F)"))
        self.shown_label = QLabel()
        self.table = _table_view("proposal_table")
        self.reasons = QTextBrowser()
        self.reasons.setObjectName("line_reasons")
        self.reasons.setOpenLinks(False)
        self.override_button = QPushButton(self.tr("Ubah &keputusan…"))
        self.flags_button = QPushButton(self.tr("Tanda &WBP…"))
        self.flags_button.setToolTip(self.tr("Donor, pemuka, pernah melarikan diri, ..."))
        self.line_sk_button = QPushButton(self.tr("&SK baris ini…"))
        self.correct_button = QPushButton(self.tr("Koreks&i…"))
        self.correct_button.setToolTip(self.tr("Koreksi remisi yang sudah tercatat di register"))

        # category II and statistics pages
        headers = [self.tr("No. registrasi"), self.tr("Nama"), self.tr("Remisi (hari)"),
                   self.tr("RT (hari)"), self.tr("Bebas")]  # fmt: skip
        widths = (150, 260, 100, 80)
        self.free_table = _release_table("free_table", headers, widths)
        self.staying_table = _release_table(
            "staying_table", [*headers[:4], self.tr("Pengganti denda (hari)"), headers[4]],
            (*widths, 170),
        )  # fmt: skip
        self.statistics = QTextBrowser()
        self.statistics.setObjectName("statistics_text")

        self.pages = QTabWidget()
        self.pages.setObjectName("ceremony_pages")
        self.pages.addTab(self._proposal_page(), self.tr("Daftar usulan"))
        self.pages.addTab(self._release_page(), self.tr("Kategori II"))
        self.pages.addTab(self.statistics, self.tr("Statistik"))

        self.empty = QLabel(
            self.tr("Belum ada upacara remisi.\n\nTekan “Upacara baru…” untuk membuat upacara "
                    "Remisi Umum 17 Agustus, Remisi Khusus hari besar agama, atau Remisi "
                    "Dasawarsa. Sibina menghitung usulan untuk seluruh register beserta alasan "
                    "dan dasar hukumnya.")
        )  # fmt: skip
        self.empty.setObjectName("empty_state")
        self.empty.setStyleSheet(EMPTY_STYLE)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._ceremony_page())
        self._layout()

    def _ceremony_page(self) -> QWidget:
        page = QWidget()
        workflow = QHBoxLayout()
        for button in (self.compute_button, self.approve_button, self.sk_button,
                       self.commit_button):  # fmt: skip
            workflow.addWidget(button)
        workflow.addStretch(1)
        workflow.addWidget(self.print_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.details)
        layout.addWidget(self.counts)
        layout.addWidget(self.stale)
        layout.addLayout(workflow)
        layout.addWidget(self.pages, 1)
        return page

    def _proposal_page(self) -> QWidget:
        page = QWidget()
        bar = QHBoxLayout()
        for text, widget in ((self.tr("&Tampilkan:"), self.filter),
                             (self.tr("&Cari:"), self.search)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 1 if widget is self.search else 0)
        bar.addWidget(self.shown_label)
        reasons = QWidget()
        side = QVBoxLayout(reasons)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("Alasan dan dasar hukum:")))
        side.addWidget(self.reasons, 1)
        actions = QHBoxLayout()
        for button in (self.override_button, self.flags_button, self.line_sk_button,
                       self.correct_button):  # fmt: skip
            actions.addWidget(button)
        side.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(reasons)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 360])
        self.splitter = splitter
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        return page

    def _release_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.free_title = QLabel()
        self.staying_title = QLabel()
        for title, table in ((self.free_title, self.free_table),
                             (self.staying_title, self.staying_table)):  # fmt: skip
            title.setStyleSheet("font-weight: bold;")
            layout.addWidget(title)
            layout.addWidget(table, 1)
        return page

    def _layout(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("Upaca&ra:"))
        label.setBuddy(self.ceremony)
        top.addWidget(label)
        top.addWidget(self.ceremony, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def fit_columns(self) -> None:
        """Working widths, each wide enough for its header and, for the release dates, for
        the longest date, in the UI's language."""
        dates = longest_date_width(self.table)
        bold = QFont(self.table.font())
        bold.setBold(True)  # granted lines are bold
        decisions = max(QFontMetrics(bold).horizontalAdvance(t) for t in decision_texts()) + 12
        for column, width in enumerate((115, 190, 95, 35, 125, 90, 65, 65, 115, 115)):
            needed = header_text_width(self.table, column)
            if column in DATE_COLUMNS:
                needed = max(needed, dates)
            elif column == DECISION_COLUMN:
                needed = max(needed, decisions)
            self.table.setColumnWidth(column, max(width, needed))
