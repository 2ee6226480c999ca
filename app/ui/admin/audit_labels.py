"""Indonesian names for the audit log's action and entity codes, and the chain check's reasons.

Codes unknown here (added by later tabs) are shown as they are stored; a tab may add its own with
`ACTION_LABELS[code] = QT_TRANSLATE_NOOP("audit", "...")`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.text import QT_TRANSLATE_NOOP

ACTION_LABELS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("audit", "Masuk"),
    "login_failed": QT_TRANSLATE_NOOP("audit", "Gagal masuk"),
    "account_locked": QT_TRANSLATE_NOOP("audit", "Akun dikunci"),
    "password_changed": QT_TRANSLATE_NOOP("audit", "Kata sandi diganti"),
    "password_reset": QT_TRANSLATE_NOOP("audit", "Kata sandi diatur ulang"),
    "user_unlocked": QT_TRANSLATE_NOOP("audit", "Kunci akun dibuka"),
    "user_created": QT_TRANSLATE_NOOP("audit", "Pengguna dibuat"),
    "user_role_changed": QT_TRANSLATE_NOOP("audit", "Peran diubah"),
    "user_enabled": QT_TRANSLATE_NOOP("audit", "Pengguna diaktifkan"),
    "user_disabled": QT_TRANSLATE_NOOP("audit", "Pengguna dinonaktifkan"),
    "facility_created": QT_TRANSLATE_NOOP("audit", "Profil fasilitas dibuat"),
    "facility_updated": QT_TRANSLATE_NOOP("audit", "Profil fasilitas diubah"),
    "backup_created": QT_TRANSLATE_NOOP("audit", "Cadangan dibuat"),
    "backup_restored": QT_TRANSLATE_NOOP("audit", "Basis data dipulihkan"),
    "signing_key_created": QT_TRANSLATE_NOOP("audit", "Kunci tanda tangan dibuat"),
    "certificate_issued": QT_TRANSLATE_NOOP("audit", "Sertifikat diterbitkan"),
    "certificate_reprinted": QT_TRANSLATE_NOOP("audit", "Sertifikat dicetak ulang"),
    "certificate_revoked": QT_TRANSLATE_NOOP("audit", "Sertifikat dicabut"),
    "certificate_pattern_changed": QT_TRANSLATE_NOOP("audit", "Pola nomor sertifikat diubah"),
    "inmate_created": QT_TRANSLATE_NOOP("audit", "WBP dicatat"),
    "inmate_updated": QT_TRANSLATE_NOOP("audit", "Data WBP diubah"),
    "inmate_imported": QT_TRANSLATE_NOOP("audit", "WBP diimpor"),
    "inmate_import_updated": QT_TRANSLATE_NOOP("audit", "Data WBP diperbarui lewat impor"),
    "demo_inmates_created": QT_TRANSLATE_NOOP("audit", "WBP demo dibuat"),
    "inmate_verdict": QT_TRANSLATE_NOOP("audit", "Putusan inkracht dicatat"),
    "inmate_release": QT_TRANSLATE_NOOP("audit", "WBP bebas"),
    "inmate_transfer": QT_TRANSLATE_NOOP("audit", "WBP dipindahkan"),
    "inmate_death": QT_TRANSLATE_NOOP("audit", "WBP meninggal"),
    "inmate_status_undone": QT_TRANSLATE_NOOP("audit", "Perubahan status WBP dibatalkan"),
    "inmates_exported": QT_TRANSLATE_NOOP("audit", "Daftar WBP diekspor"),
    "inmates_list_printed": QT_TRANSLATE_NOOP("audit", "Daftar WBP dicetak"),
    "reg_pattern_changed": QT_TRANSLATE_NOOP("audit", "Pola nomor registrasi diubah"),
    "remission_ceremony_created": QT_TRANSLATE_NOOP("audit", "Upacara remisi dibuat"),
    "remission_ceremony_updated": QT_TRANSLATE_NOOP("audit", "Data upacara remisi diubah"),
    "remission_proposals_computed": QT_TRANSLATE_NOOP("audit", "Daftar usulan remisi dihitung"),
    "remission_line_overridden": QT_TRANSLATE_NOOP("audit", "Usulan remisi diubah (dengan alasan)"),
    "remission_ceremony_approved": QT_TRANSLATE_NOOP("audit", "Upacara remisi disetujui"),
    "remission_sk_recorded": QT_TRANSLATE_NOOP("audit", "Nomor SK remisi dicatat"),
    "remission_grants_committed": QT_TRANSLATE_NOOP("audit", "Remisi dibukukan, upacara dikunci"),
    "remission_flags_set": QT_TRANSLATE_NOOP("audit", "Tanda remisi WBP diubah"),
    "remission_ledger_added": QT_TRANSLATE_NOOP("audit", "Riwayat remisi ditambahkan"),
    "remission_ledger_voided": QT_TRANSLATE_NOOP("audit", "Riwayat remisi dibatalkan"),
    "demo_remission_created": QT_TRANSLATE_NOOP("audit", "Data remisi demo dibuat"),
    "remission_grant_corrected": QT_TRANSLATE_NOOP("audit", "Remisi dikoreksi setelah dikunci"),
    "remission_agenda_filled": QT_TRANSLATE_NOOP("audit", "Susunan acara baku diisikan"),
    "remission_agenda_item_added": QT_TRANSLATE_NOOP("audit", "Acara ditambahkan"),
    "remission_agenda_item_updated": QT_TRANSLATE_NOOP("audit", "Acara diubah"),
    "remission_agenda_item_deleted": QT_TRANSLATE_NOOP("audit", "Acara dihapus"),
    "remission_agenda_item_moved": QT_TRANSLATE_NOOP("audit", "Urutan acara diubah"),
    "remission_guest_added": QT_TRANSLATE_NOOP("audit", "Tamu ditambahkan"),
    "remission_guest_updated": QT_TRANSLATE_NOOP("audit", "Data tamu diubah"),
    "remission_guest_deleted": QT_TRANSLATE_NOOP("audit", "Tamu dihapus"),
    "remission_guest_moved": QT_TRANSLATE_NOOP("audit", "Urutan tamu diubah"),
    "remission_attendance_recorded": QT_TRANSLATE_NOOP(
        "audit", "Kehadiran penerima remisi dicatat"
    ),
    "rule_table_changed": QT_TRANSLATE_NOOP("audit", "Tabel aturan remisi diubah"),
    "rule_table_reset": QT_TRANSLATE_NOOP("audit", "Tabel aturan remisi dikembalikan ke bawaan"),
}

ENTITY_LABELS: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("audit", "Pengguna"),
    "facility": QT_TRANSLATE_NOOP("audit", "Fasilitas"),
    "inmate": QT_TRANSLATE_NOOP("audit", "WBP"),
    "inmate_list": QT_TRANSLATE_NOOP("audit", "Daftar WBP"),
    "certificate": QT_TRANSLATE_NOOP("audit", "Sertifikat"),
    "certificate_kind": QT_TRANSLATE_NOOP("audit", "Jenis sertifikat"),
    "signing_key": QT_TRANSLATE_NOOP("audit", "Kunci tanda tangan"),
    "backup": QT_TRANSLATE_NOOP("audit", "Cadangan"),
    "database": QT_TRANSLATE_NOOP("audit", "Basis data"),
    "remission_ceremony": QT_TRANSLATE_NOOP("audit", "Upacara remisi"),
    "remission_line": QT_TRANSLATE_NOOP("audit", "Baris usulan remisi"),
    "remission_grant": QT_TRANSLATE_NOOP("audit", "Riwayat remisi"),
    "remission_agenda_item": QT_TRANSLATE_NOOP("audit", "Susunan acara"),
    "remission_guest": QT_TRANSLATE_NOOP("audit", "Tamu upacara"),
    "rule_table": QT_TRANSLATE_NOOP("audit", "Tabel aturan"),
}

# AuditService.verify() reasons (plain English codes in the service) shown to people.
VERIFY_REASONS: dict[str, str] = {
    "event missing (deleted)": QT_TRANSLATE_NOOP("audit", "peristiwa hilang (dihapus)"),
    "previous hash does not match": QT_TRANSLATE_NOOP("audit", "hash sebelumnya tidak cocok"),
    "content changed": QT_TRANSLATE_NOOP("audit", "isi peristiwa diubah"),
    "newest events missing (deleted)": QT_TRANSLATE_NOOP(
        "audit", "peristiwa terbaru hilang (dihapus)"
    ),
    "chain head missing": QT_TRANSLATE_NOOP("audit", "kepala rantai hilang"),
}


def _label(table: dict[str, str], code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate("audit", text) if text else code


def action_label(code: str) -> str:
    return _label(ACTION_LABELS, code)


def entity_label(code: str) -> str:
    return _label(ENTITY_LABELS, code)


def verify_reason(reason: str) -> str:
    return _label(VERIFY_REASONS, reason)
