"""Admin > Cadangan & pemulihan: back up to a folder (a USB stick), list the automatic backups,
restore the database from a backup file.

Backups and restores run in the background (app.ui.common.worker.run_job) with progress and a
Cancel button; a cancelled backup leaves no file, a cancelled restore changes nothing.

Signals:
    restored(): emitted once a restore has replaced the database, right after the dialog closed
        itself with accept(). Every screen, the logged-in actor and the users now belong to the
        old database, so connect it to restart the session (log in again). The Services object
        itself still works (the restore disposed its engine; it reconnects to the restored file),
        but the shell may as well reopen it. After exec() returns, `was_restored` tells the same
        thing and `last_restore` holds the RestoreResult:

            dialog = BackupDialog(services, actor, self)
            dialog.restored.connect(self.request_restart)   # or: dialog.exec(); if dialog.was_restored
            dialog.exec()

    backup_created(object): a BackupInfo, after a backup was written (for a status-bar message).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import long_date_time
from app.domain.roles import Permission
from app.errors import SibinaError
from app.services.backup import BackupCheck, BackupInfo, BackupKind, RestoreResult
from app.services.backup_files import human_size
from app.services.progress import Progress
from app.ui.common.field_errors import ErrorLabel
from app.ui.common.i18n import ui_language
from app.ui.common.messages import confirm, error_text, show_error, show_info
from app.ui.common.row_list import row_list
from app.ui.common.settings import AppSettings
from app.ui.common.timefmt import local_date_time
from app.ui.common.worker import JobHandle, run_job


class TranslatedProgress:
    """The services' progress messages are QT_TRANSLATE_NOOP("progress", ...) templates."""

    def __init__(self, inner: Progress) -> None:
        self._inner = inner

    def update(self, done: int, total: int, message: str = "") -> None:
        text = QCoreApplication.translate("progress", message) if message else ""
        self._inner.update(done, total, text)


class BackupDialog(QDialog):
    restored = Signal()
    backup_created = Signal(object)

    def __init__(self, services, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.settings = AppSettings(services.paths.settings_file)
        self.job: JobHandle | None = None
        self.was_restored = False
        self.last_restore: RestoreResult | None = None
        self.setWindowTitle(self.tr("Cadangan & pemulihan"))
        self.setMinimumWidth(720)
        self._build()
        self._apply_rights()
        self.refresh()

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)

        self.server_label = QLabel(
            self.tr(
                "Basis data ini berada di server. Cadangan dan pemulihan dilakukan dengan alat "
                "server itu (misalnya pg_dump dan pg_restore), bukan dari Sibina."
            )
        )
        self.server_label.setWordWrap(True)
        layout.addWidget(self.server_label)

        self.create_box = create_box = QGroupBox(self.tr("Buat cadangan"))
        create_layout = QVBoxLayout(create_box)
        intro = QLabel(
            self.tr(
                "Simpan salinan utuh basis data ke flashdisk atau folder lain. "
                "Aplikasi tetap dapat dipakai selama penyalinan."
            )
        )
        intro.setWordWrap(True)
        create_layout.addWidget(intro)
        row = QHBoxLayout()
        self.last_folder_label = QLabel()
        self.last_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.last_folder_label, 1)
        self.create_button = QPushButton(self.tr("&Buat cadangan…"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_backup)
        row.addWidget(self.create_button)
        create_layout.addLayout(row)
        layout.addWidget(create_box)

        self.list_box = list_box = QGroupBox(self.tr("Cadangan otomatis"))
        list_layout = QVBoxLayout(list_box)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        list_layout.addWidget(self.folder_label)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tanggal"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Berkas")]
        )
        row_list(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        list_layout.addWidget(self.table)
        self.empty_label = QLabel(self.tr("Belum ada cadangan di folder ini."))
        list_layout.addWidget(self.empty_label)
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        self.restore_selected_button = QPushButton(self.tr("Pulihkan yang &dipilih…"))
        self.restore_selected_button.clicked.connect(self.restore_selected)
        restore_row.addWidget(self.restore_selected_button)
        self.restore_file_button = QPushButton(self.tr("&Pulihkan dari berkas…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        restore_row.addWidget(self.restore_file_button)
        list_layout.addLayout(restore_row)
        layout.addWidget(list_box, 1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setVisible(False)
        layout.addWidget(self.status_label)
        self.error_label = ErrorLabel()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.create_button.setFocus()
        self.setTabOrder(self.create_button, self.table)
        self.setTabOrder(self.table, self.restore_selected_button)
        self.setTabOrder(self.restore_selected_button, self.restore_file_button)

    def _apply_rights(self) -> None:
        supported = self.services.backup.is_supported
        self.server_label.setVisible(not supported)
        self.create_box.setVisible(supported)  # nothing to do here for a server database
        self.list_box.setVisible(supported)
        may_back_up = supported and self.actor.can(Permission.BACKUP)
        may_restore = supported and self.actor.can(Permission.RESTORE)
        self.create_button.setEnabled(may_back_up)
        if not self.actor.can(Permission.BACKUP):
            self.create_button.setToolTip(self.tr("Peran Anda tidak berwenang membuat cadangan."))
        self.restore_file_button.setVisible(may_restore)
        self.restore_selected_button.setVisible(may_restore)
        self._may_restore = may_restore

    # --- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        last = self.settings.last_backup_folder
        self.last_folder_label.setText(
            self.tr("Folder terakhir: {folder}").format(folder=last)
            if last
            else self.tr("Belum pernah membuat cadangan dari komputer ini.")
        )
        folder = self.services.backup.backups_folder
        self.folder_label.setText(
            self.tr(
                "Dibuat setiap hari saat aplikasi dibuka; 14 terakhir disimpan di {folder}"
            ).format(folder=folder)
        )
        backups = self.services.backup.list_backups() if self.services.backup.is_supported else []
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            size = QTableWidgetItem(human_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = [
                QTableWidgetItem(long_date_time(info.taken_at, ui_language())),
                QTableWidgetItem(self._kind_label(info.kind)),
                size,
                QTableWidgetItem(info.name),
            ]
            for column, item in enumerate(cells):
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(backups))
        self.empty_label.setVisible(not backups)
        self._update_buttons()

    def _kind_label(self, kind: BackupKind) -> str:
        return {
            BackupKind.AUTO: self.tr("otomatis"),
            BackupKind.MANUAL: self.tr("manual"),
            BackupKind.BEFORE_RESTORE: self.tr("sebelum pemulihan"),
            BackupKind.PRE_MIGRATION: self.tr("sebelum pembaruan"),
        }[kind]

    def selected_backup(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[min(rows)] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        busy = self.job is not None and not self.job.is_finished
        self.restore_selected_button.setEnabled(
            self._may_restore and not busy and self.selected_backup() is not None
        )
        self.restore_file_button.setEnabled(self._may_restore and not busy)
        self.create_button.setEnabled(
            not busy and self.services.backup.is_supported and self.actor.can(Permission.BACKUP)
        )

    def _say(self, text: str = "", error: str = "") -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.error_label.set_message(error)

    # --- backup -----------------------------------------------------------------------------
    @Slot()
    def create_backup(self) -> None:
        start = self.settings.last_backup_folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder untuk cadangan (misalnya flashdisk)"), start
        )
        if not folder:
            return
        self.settings.last_backup_folder = folder
        self._say(self.tr("Membuat cadangan di {folder}…").format(folder=folder))
        self.job = run_job(
            self,
            self.tr("Membuat cadangan"),
            lambda progress: self.services.backup.create(
                self.actor, Path(folder), TranslatedProgress(progress)
            ),
            on_success=self._created,
            on_error=self._failed,
            on_cancelled=self._create_cancelled,
        )
        self._update_buttons()

    def _created(self, info: BackupInfo) -> None:
        self.refresh()
        self._say(
            self.tr("Cadangan dibuat: {path} ({size}).").format(
                path=info.path, size=human_size(info.size)
            )
        )
        self.backup_created.emit(info)

    def _create_cancelled(self) -> None:
        self._update_buttons()
        self._say(self.tr("Pembuatan cadangan dibatalkan; tidak ada berkas yang ditulis."))

    def _failed(self, exc: Exception) -> None:
        self._update_buttons()
        if isinstance(exc, SibinaError):
            self._say(error=error_text(exc))
        else:
            self._say()
            show_error(self, exc)

    # --- restore ----------------------------------------------------------------------------
    @Slot()
    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is not None:
            self.restore_file(info.path)

    @Slot()
    def restore_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas cadangan"),
            self.settings.last_backup_folder or str(self.services.backup.backups_folder),
            self.tr("Cadangan Sibina (*.db);;Semua berkas (*)"),
        )
        if path:
            self.restore_file(Path(path))

    def restore_file(self, path: Path) -> None:
        """Check `path`, ask for confirmation naming it, then restore in the background."""
        self._say()
        try:
            check = self.services.backup.inspect(self.actor, path)
        except SibinaError as exc:
            show_error(self, exc, self.tr("Berkas tidak dapat dipulihkan"))
            return
        if not confirm(self, self._confirmation(check), self.tr("Pulihkan basis data")):
            return
        self.job = run_job(
            self,
            self.tr("Memulihkan basis data"),
            lambda progress: self.services.backup.restore(
                self.actor, path, TranslatedProgress(progress)
            ),
            on_success=self._restored,
            on_error=self._failed,
            on_cancelled=lambda: self._say(
                self.tr("Pemulihan dibatalkan; basis data tidak diubah.")
            ),
        )
        self._update_buttons()

    def _confirmation(self, check: BackupCheck) -> str:
        if check.taken_at is not None:
            when = long_date_time(check.taken_at, ui_language())
        else:
            when = local_date_time(check.last_event_at) or self.tr("tidak diketahui")
        return self.tr(
            "Pulihkan basis data dari berkas ini?\n\n{name}\nDibuat: {when}\n"
            "Fasilitas: {facility} ({code})\n\n"
            "Semua perubahan sesudah cadangan itu dibuat akan hilang. Basis data sekarang "
            "disimpan dulu di folder cadangan. Sesudah pemulihan, Anda perlu masuk kembali."
        ).format(
            name=check.path.name,
            when=when,
            facility=check.facility_name,
            code=check.facility_code,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.was_restored = True
        self.last_restore = result
        kept = result.kept_as.name if result.kept_as else "-"
        show_info(
            self,
            self.tr(
                "Basis data dipulihkan dari {name}.\nBasis data sebelumnya disimpan sebagai "
                "{kept}.\n\nSilakan masuk kembali."
            ).format(name=result.restored_from.name, kept=kept),
            self.tr("Pemulihan selesai"),
        )
        self.accept()
        self.restored.emit()

    def reject(self) -> None:
        if self.job is not None and not self.job.is_finished:
            return  # the progress dialog's Cancel stops the job; then the dialog may close
        super().reject()
