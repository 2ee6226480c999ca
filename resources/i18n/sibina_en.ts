<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="37"/>
        <source>Tentang Sibina</source>
        <translation>About Sibina</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="41"/>
        <source>(belum diisi)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="43"/>
        <source>Ya (data di samping program)</source>
        <translation>Yes (data next to the program)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="43"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="45"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="46"/>
        <source>Fasilitas</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="47"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="48"/>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="49"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="50"/>
        <source>Folder log</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="51"/>
        <source>Berkas pengaturan</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="52"/>
        <source>Mode portabel</source>
        <translation>Portable mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="54"/>
        <source>Komponen</source>
        <translation>Components</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="66"/>
        <source>&lt;p&gt;Aplikasi luring untuk pembinaan warga binaan pemasyarakatan.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Offline application for inmate development programmes in correctional facilities.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="73"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="91"/>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="93"/>
        <source>Akun ini mengelola pengguna, profil fasilitas, cadangan dan log audit.</source>
        <translation>This account manages users, the facility profile, backups and the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="97"/>
        <source>mis. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="106"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="107"/>
        <source>Nama lengk&amp;ap:</source>
        <translation>Fu&amp;ll name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="108"/>
        <source>Kata san&amp;di:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="109"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>Repe&amp;at password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="115"/>
        <source>Kata sandi minimal 8 karakter dan memuat huruf serta angka.</source>
        <translation>The password needs at least 8 characters, with letters and digits.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="57"/>
        <source>isi data, mis. nama orang atau kota</source>
        <translation>data content, e.g. a person&apos;s name or a city</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="60"/>
        <source>nama pengguna</source>
        <translation>username</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="61"/>
        <location filename="../../app/ui/admin/audit_filters.py" line="62"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="63"/>
        <source>&amp;Dari:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="65"/>
        <source>Sam&amp;pai:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="69"/>
        <source>&amp;Terapkan</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="70"/>
        <source>&amp;Bersihkan</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="88"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="89"/>
        <source>T&amp;indakan:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="90"/>
        <source>&amp;Entitas:</source>
        <translation>&amp;Entity:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_filters.py" line="91"/>
        <source>Pen&amp;gguna:</source>
        <translation>&amp;User:</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="70"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="103"/>
        <location filename="../../app/ui/admin/audit_view.py" line="177"/>
        <source>Pilih satu peristiwa untuk melihat rinciannya.</source>
        <translation>Select an event to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="109"/>
        <source>Sebelum:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="110"/>
        <source>Sesudah:</source>
        <translation>After:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="124"/>
        <source>Periksa &amp;rantai</source>
        <translation>Check c&amp;hain</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="126"/>
        <source>Memeriksa bahwa tidak ada peristiwa yang diubah atau dihapus.</source>
        <translation>Checks that no event has been changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="132"/>
        <source>T&amp;utup</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/audit_view.py" line="164"/>
        <source>%n peristiwa</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="166"/>
        <source>Menampilkan {shown} dari {total} peristiwa (gulir untuk memuat lagi)</source>
        <translation>Showing {shown} of {total} events (scroll to load more)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="182"/>
        <source>Peristiwa #{id}: {action} oleh {user}, {at}</source>
        <translation>Event #{id}: {action} by {user}, {at}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="199"/>
        <source>Memeriksa rantai…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="202"/>
        <source>Memeriksa rantai audit</source>
        <translation>Checking the audit chain</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="216"/>
        <source>Rantai utuh: {count} peristiwa diperiksa.</source>
        <translation>Chain intact: {count} events checked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="221"/>
        <source>Rantai RUSAK pada peristiwa #{id}: {reason}.</source>
        <translation>Chain BROKEN at event #{id}: {reason}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="80"/>
        <source>Cadangan &amp; pemulihan</source>
        <translation>Backup &amp; restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="92"/>
        <source>Basis data ini berada di server. Cadangan dan pemulihan dilakukan dengan alat server itu (misalnya pg_dump dan pg_restore), bukan dari Sibina.</source>
        <translation>This database is on a server. Back it up and restore it with the server&apos;s own tools (for example pg_dump and pg_restore), not from Sibina.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="99"/>
        <source>Buat cadangan</source>
        <translation>Create a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="103"/>
        <source>Simpan salinan utuh basis data ke flashdisk atau folder lain. Aplikasi tetap dapat dipakai selama penyalinan.</source>
        <translation>Save a complete copy of the database to a USB drive or another folder. You can keep working while it is copied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="113"/>
        <source>&amp;Buat cadangan…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="120"/>
        <source>Cadangan otomatis</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="128"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="128"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="128"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="128"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="143"/>
        <source>Belum ada cadangan di folder ini.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="147"/>
        <source>Pulihkan yang &amp;dipilih…</source>
        <translation>Restore &amp;selected…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="150"/>
        <source>&amp;Pulihkan dari berkas…</source>
        <translation>Restore from &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="165"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="184"/>
        <source>Peran Anda tidak berwenang membuat cadangan.</source>
        <translation>Your role is not allowed to create backups.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="193"/>
        <source>Folder terakhir: {folder}</source>
        <translation>Last folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="195"/>
        <source>Belum pernah membuat cadangan dari komputer ini.</source>
        <translation>No backup has been made from this computer yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="200"/>
        <source>Dibuat setiap hari saat aplikasi dibuka; 14 terakhir disimpan di {folder}</source>
        <translation>Made daily when the application starts; the last 14 are kept in {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="224"/>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="225"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="226"/>
        <source>sebelum pemulihan</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="227"/>
        <source>sebelum pembaruan</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="255"/>
        <source>Pilih folder untuk cadangan (misalnya flashdisk)</source>
        <translation>Choose a folder for the backup (e.g. a USB drive)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="260"/>
        <source>Membuat cadangan di {folder}…</source>
        <translation>Creating a backup in {folder}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="263"/>
        <source>Membuat cadangan</source>
        <translation>Creating backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="276"/>
        <source>Cadangan dibuat: {path} ({size}).</source>
        <translation>Backup created: {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="284"/>
        <source>Pembuatan cadangan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Backup cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="305"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="307"/>
        <source>Cadangan Sibina (*.db);;Semua berkas (*)</source>
        <translation>Sibina backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="318"/>
        <source>Berkas tidak dapat dipulihkan</source>
        <translation>The file cannot be restored</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="320"/>
        <source>Pulihkan basis data</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="324"/>
        <source>Memulihkan basis data</source>
        <translation>Restoring database</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="331"/>
        <source>Pemulihan dibatalkan; basis data tidak diubah.</source>
        <translation>Restore cancelled; the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="340"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="342"/>
        <source>Pulihkan basis data dari berkas ini?

{name}
Dibuat: {when}
Fasilitas: {facility} ({code})

Semua perubahan sesudah cadangan itu dibuat akan hilang. Basis data sekarang disimpan dulu di folder cadangan. Sesudah pemulihan, Anda perlu masuk kembali.</source>
        <translation>Restore the database from this file?

{name}
Created: {when}
Facility: {facility} ({code})

All changes made after this backup will be lost. The current database is first saved in the backup folder. After the restore you need to log in again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="360"/>
        <source>Basis data dipulihkan dari {name}.
Basis data sebelumnya disimpan sebagai {kept}.

Silakan masuk kembali.</source>
        <translation>Database restored from {name}.
The previous database was kept as {kept}.

Please log in again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="363"/>
        <source>Pemulihan selesai</source>
        <translation>Restore complete</translation>
    </message>
</context>
<context>
    <name>CertificateDialogs</name>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="33"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/certificates/tab.py" line="119"/>
        <source>%n sertifikat</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="134"/>
        <source>%1 dicabut oleh %2: %3</source>
        <translation>%1 revoked by %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="140"/>
        <source>%1 — diterbitkan oleh %2, SHA-256 PDF %3…</source>
        <translation>%1 — issued by %2, PDF SHA-256 %3…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="157"/>
        <source>Menerbitkan sertifikat</source>
        <translation>Issuing certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="171"/>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="191"/>
        <source>Cetak ulang %1</source>
        <translation>Reprint %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="192"/>
        <source>Cetak ulang dicatat di register dan log audit. Alasan (boleh kosong):</source>
        <translation>Reprints are recorded in the register and the audit log. Reason (optional):</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="193"/>
        <source>&amp;Cetak ulang</source>
        <translation>&amp;Reprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="206"/>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="214"/>
        <source>Cabut %1</source>
        <translation>Revoke %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="215"/>
        <source>Sertifikat %1 atas nama %2 akan dicabut. Nomornya tidak dipakai lagi dan verifikasi akan menyatakan DICABUT.</source>
        <translation>Certificate %1 for %2 will be revoked. Its number will not be reused and verification will report REVOKED.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="218"/>
        <source>&amp;Cabut sertifikat</source>
        <translation>Re&amp;voke certificate</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="23"/>
        <source>Nomor, nama atau kode verifikasi</source>
        <translation>Number, name or verification code</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="28"/>
        <source>&amp;Terbitkan…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="29"/>
        <source>Cetak &amp;ulang…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="30"/>
        <source>Ca&amp;but…</source>
        <translation>Rev&amp;oke…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="31"/>
        <source>&amp;Verifikasi…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="45"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="46"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="47"/>
        <source>T&amp;ahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="48"/>
        <source>&amp;Status:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="39"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="47"/>
        <source>Kata sandi Anda baru saja diatur ulang oleh admin. Buat kata sandi baru sebelum melanjutkan; kata sandi sementara dari admin adalah kata sandi lama.</source>
        <translation>Your password was just reset by an admin. Choose a new password before you continue; the temporary password from the admin is the old password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="51"/>
        <source>Ganti kata sandi untuk akun {username}.</source>
        <translation>Change the password of account {username}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="57"/>
        <source>Kata sandi &amp;lama:</source>
        <translation>&amp;Old password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="58"/>
        <source>Kata sandi ba&amp;ru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="59"/>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="64"/>
        <source>Minimal 8 karakter, memuat huruf dan angka.</source>
        <translation>At least 8 characters, with letters and digits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="68"/>
        <source>&amp;Keluar dari Sibina</source>
        <translation>&amp;Quit Sibina</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="84"/>
        <source>Kata sandi baru tidak sama.</source>
        <translation>The new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../app/ui/common/dialog_buttons.py" line="15"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/dialog_buttons.py" line="19"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/common/error_dialog.py" line="56"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/error_dialog.py" line="67"/>
        <source>Maaf, terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman dan Sibina tetap berjalan.
Jika kesalahan ini terulang, salin detailnya dan kirimkan ke admin.</source>
        <translation>Sorry, an unexpected error occurred. Data already saved is safe and Sibina keeps running.
If this error happens again, copy the details and send them to the admin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/error_dialog.py" line="82"/>
        <source>&amp;Salin detail</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/error_dialog.py" line="87"/>
        <source>&amp;Tutup</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/error_dialog.py" line="98"/>
        <source>Detail teknis:</source>
        <translation>Technical details:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/error_dialog.py" line="100"/>
        <source>Detail juga dicatat di log: {path}</source>
        <translation>The details are also written to the log: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/error_dialog.py" line="110"/>
        <source>Detail tersalin</source>
        <translation>Details copied</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/common/error_dialog.py" line="115"/>
        <source>%n kesalahan; yang terakhir: </source>
        <translation>
            <numerusform>%n error; the latest: </numerusform>
            <numerusform>%n errors; the latest: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <location filename="../../app/ui/admin/facility_dialog.py" line="40"/>
        <source>Profil fasilitas</source>
        <translation>Facility profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/facility_dialog.py" line="42"/>
        <source>Profil ini dicetak pada kop surat, sertifikat dan setiap paket data.</source>
        <translation>This profile is printed on letterheads, certificates and every data package.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/facility_dialog.py" line="68"/>
        <source>Kunci publik sertifikat</source>
        <translation>Certificate public key</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/facility_dialog.py" line="74"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/facility_dialog.py" line="80"/>
        <source>Kunci (Ed25519):</source>
        <translation>Key (Ed25519):</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/facility_dialog.py" line="84"/>
        <source>Sidik jari:</source>
        <translation>Fingerprint:</translation>
    </message>
</context>
<context>
    <name>FacilityForm</name>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="58"/>
        <source>mis. Rutan Kelas IIA Pekalongan</source>
        <translation>e.g. Rutan Kelas IIA Pekalongan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="60"/>
        <source>mis. RUTAN-PKL</source>
        <translation>e.g. RUTAN-PKL</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="66"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="76"/>
        <source>&amp;Pilih logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="77"/>
        <source>&amp;Hapus logo</source>
        <translation>Remo&amp;ve logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="91"/>
        <source>PNG atau JPEG; diperkecil
hingga 512 piksel.</source>
        <translation>PNG or JPEG; scaled down
to 512 pixels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="99"/>
        <source>&amp;Nama fasilitas:</source>
        <translation>Facility na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="100"/>
        <source>Ko&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="101"/>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="102"/>
        <source>K&amp;ota:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="103"/>
        <source>Nama k&amp;epala:</source>
        <translation>&amp;Head&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="104"/>
        <source>N&amp;IP kepala:</source>
        <translation>Head&apos;s N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="111"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="151"/>
        <source>Berkas ini tidak dapat dibaca sebagai gambar PNG atau JPEG.</source>
        <translation>This file cannot be read as a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="171"/>
        <source>Pilih logo fasilitas</source>
        <translation>Choose the facility logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="173"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="182"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="72"/>
        <source>Profil fasilitas</source>
        <translation>Facility profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="74"/>
        <source>Dicetak pada kop surat, sertifikat dan setiap paket data. Dapat diubah nanti.</source>
        <translation>Printed on letterheads, certificates and every data package. You can change it later.</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <location filename="../../app/ui/home/tab.py" line="32"/>
        <source>peristiwa hilang (dihapus)</source>
        <translation>event missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="33"/>
        <source>hash sebelumnya tidak cocok</source>
        <translation>previous hash does not match</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="34"/>
        <source>isi peristiwa diubah</source>
        <translation>event content changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="35"/>
        <source>peristiwa terbaru hilang (dihapus)</source>
        <translation>newest events missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="38"/>
        <source>kepala rantai hilang</source>
        <translation>chain head missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="73"/>
        <source>Profil fasilitas belum diisi</source>
        <translation>Facility profile not filled in yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="81"/>
        <source>Kepala: {name} — NIP {nip}</source>
        <translation>Head: {name} — NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="85"/>
        <source>Kode fasilitas: {code}</source>
        <translation>Facility code: {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="99"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="112"/>
        <source>Memeriksa rantai log audit…</source>
        <translation>Checking the audit log chain…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="115"/>
        <source>Memeriksa log audit</source>
        <translation>Checking the audit log</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home/tab.py" line="127"/>
        <source>✔ Log audit utuh, %n peristiwa.</source>
        <translation>
            <numerusform>✔ Audit log intact, %n event.</numerusform>
            <numerusform>✔ Audit log intact, %n events.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="134"/>
        <source>✖ Log audit RUSAK mulai peristiwa #{id}: {reason}. {count} peristiwa sebelumnya utuh. Laporkan ke admin; jangan ubah basis data.</source>
        <translation>✖ Audit log BROKEN from event #{id}: {reason}. The {count} events before it are intact. Report this to the admin; do not change the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/tab.py" line="145"/>
        <source>Log audit tidak dapat diperiksa: {error}</source>
        <translation>The audit log could not be checked: {error}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../app/ui/home/view.py" line="63"/>
        <source>&lt;b&gt;DEMO&lt;/b&gt; — basis data ini berisi data contoh fiktif untuk latihan. Jangan memasukkan data warga binaan yang sebenarnya.</source>
        <translation>&lt;b&gt;DEMO&lt;/b&gt; — this database holds fictitious sample data for practice. Do not enter real inmate data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/view.py" line="75"/>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/view.py" line="77"/>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/view.py" line="78"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/view.py" line="79"/>
        <source>Hari ini:</source>
        <translation>Today:</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/view.py" line="83"/>
        <source>&amp;Periksa ulang</source>
        <translation>&amp;Recheck</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/view.py" line="84"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="81"/>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="86"/>
        <source>L — Laki-laki</source>
        <translation>L — Male</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="87"/>
        <source>P — Perempuan</source>
        <translation>P — Female</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="100"/>
        <source>Pakai &amp;usulan</source>
        <translation>&amp;Use proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="105"/>
        <source>&amp;Foto…</source>
        <translation>Pho&amp;to…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="107"/>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="131"/>
        <source>No. &amp;registrasi*</source>
        <translation>&amp;Registration no.*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="132"/>
        <source>&amp;Nama lengkap*</source>
        <translation>Full &amp;name*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="132"/>
        <source>&amp;Alias</source>
        <translation>A&amp;liases</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="133"/>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="133"/>
        <source>&amp;Jenis kelamin*</source>
        <translation>Se&amp;x*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="134"/>
        <source>&amp;Tempat lahir</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="135"/>
        <source>Tanggal &amp;lahir</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="135"/>
        <source>A&amp;gama</source>
        <translation>Reli&amp;gion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="136"/>
        <source>&amp;Pendidikan terakhir</source>
        <translation>&amp;Education</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="137"/>
        <source>Status &amp;perkawinan</source>
        <translation>&amp;Marital status</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="138"/>
        <source>Pe&amp;kerjaan</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="138"/>
        <source>Ala&amp;mat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="139"/>
        <source>Asal &amp;daerah</source>
        <translation>&amp;Home region</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="140"/>
        <source>Keluarga/&amp;wali</source>
        <translation>Next of &amp;kin</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="157"/>
        <source>&amp;Blok</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="157"/>
        <source>&amp;Kamar</source>
        <translation>&amp;Cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="158"/>
        <source>Tanggal &amp;masuk*</source>
        <translation>&amp;Admission date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="159"/>
        <source>Asal &amp;penahanan</source>
        <translation>Admitted &amp;from</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="166"/>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="174"/>
        <source>&amp;Kode registrasi*</source>
        <translation>Registration &amp;code*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="177"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="217"/>
        <source>Pilih foto</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="218"/>
        <source>Gambar (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="226"/>
        <source>Berkas bukan gambar JPEG/PNG yang dapat dibaca.</source>
        <translation>The file is not a readable JPEG/PNG image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="241"/>
        <source>Tanpa foto</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="51"/>
        <source>Impor WBP — {name}</source>
        <translation>Import inmates — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="54"/>
        <source>Kolom di berkas</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="54"/>
        <source>Diisikan ke</source>
        <translation>Goes into</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="62"/>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="77"/>
        <source>{n} baris data. Periksa dulu, lalu impor.</source>
        <translation>{n} data rows. Check first, then import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="83"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="84"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="90"/>
        <source>&amp;Tutup</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="102"/>
        <source>Cocokkan judul kolom berkas dengan isian Sibina:</source>
        <translation>Match the file&apos;s column headings to Sibina&apos;s fields:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="132"/>
        <source>peringatan: {issue}</source>
        <translation>warning: {issue}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="137"/>
        <source>row {row}: {number}: diubah {fields}</source>
        <translation>row {row}: {number}: changed {fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="138"/>
        <source>(perkara/penahanan)</source>
        <translation>(cases/detention)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="143"/>
        <source>{n} masalah — tidak ada yang akan ditulis sampai semua baris benar.</source>
        <translation>{n} problems — nothing will be written until every row is correct.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="147"/>
        <source>ditulis</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="147"/>
        <source>siap diimpor</source>
        <translation>ready to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="148"/>
        <source>{rows} baris: {create} baru, {update} diubah, {same} sama — {verb}.</source>
        <translation>{rows} rows: {create} new, {update} changed, {same} unchanged — {verb}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="156"/>
        <source>Mengimpor WBP</source>
        <translation>Importing inmates</translation>
    </message>
</context>
<context>
    <name>InmateDialog</name>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="69"/>
        <source>Tambah &amp;perkara</source>
        <translation>Add &amp;case</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="70"/>
        <source>Tambah &amp;masa penahanan</source>
        <translation>Add detention &amp;period</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="71"/>
        <source>Tambah catatan &amp;disiplin</source>
        <translation>Add &amp;discipline entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="73"/>
        <source>Blok</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="73"/>
        <source>Kamar</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="73"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="73"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="75"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="75"/>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="75"/>
        <source>Dari → ke</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="75"/>
        <source>Dokumen / keterangan</source>
        <translation>Document / notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="75"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="82"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="82"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="82"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="82"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="105"/>
        <source>Riwayat penempatan:</source>
        <translation>Placement history:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="111"/>
        <source>Putusan &amp;inkracht…</source>
        <translation>Final &amp;verdict…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="112"/>
        <source>&amp;Bebaskan…</source>
        <translation>&amp;Release…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="113"/>
        <source>&amp;Pindahkan…</source>
        <translation>Trans&amp;fer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="114"/>
        <source>&amp;Meninggal…</source>
        <translation>&amp;Death…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="122"/>
        <source>Riwayat status:</source>
        <translation>Status history:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="124"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="125"/>
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="126"/>
        <source>Status &amp;&amp; kode</source>
        <translation>Status &amp;&amp; code</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="127"/>
        <source>Perkara</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="128"/>
        <source>Penahanan</source>
        <translation>Detention</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="129"/>
        <source>Disiplin (Register F)</source>
        <translation>Discipline (Register F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="131"/>
        <source>Remisi &amp;&amp; tanggal</source>
        <translation>Remission &amp;&amp; dates</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="132"/>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="136"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="140"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="140"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="163"/>
        <location filename="../../app/ui/inmates/record_dialog.py" line="164"/>
        <source>WBP baru</source>
        <translation>New inmate</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="185"/>
        <source>Data WBP — {name}</source>
        <translation>Inmate record — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="211"/>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="251"/>
        <source>Usulan: {code} ({label})</source>
        <translation>Proposed: {code} ({label})</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="252"/>
        <source>Tidak ada usulan</source>
        <translation>No proposal</translation>
    </message>
</context>
<context>
    <name>InmateRecord</name>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="250"/>
        <source>Keluar: {date}</source>
        <translation>Left: {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="256"/>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="262"/>
        <source>Tujuan: {place}</source>
        <translation>Destination: {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="268"/>
        <source>Meninggal: {date}</source>
        <translation>Died: {date}</translation>
    </message>
</context>
<context>
    <name>InmatesTab</name>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="82"/>
        <source>Penghuni (tahanan + napi)</source>
        <translation>Current (detainees + convicts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="83"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="86"/>
        <location filename="../../app/ui/inmates/tab.py" line="89"/>
        <location filename="../../app/ui/inmates/tab.py" line="92"/>
        <location filename="../../app/ui/inmates/tab.py" line="95"/>
        <location filename="../../app/ui/inmates/tab.py" line="102"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="161"/>
        <source>{count} WBP</source>
        <translation>{count} inmates</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="184"/>
        <source>&lt;b&gt;Masa penahanan segera berakhir:&lt;/b&gt; {urgent} dalam 3 hari, {soon} dalam 10 hari — {names}</source>
        <translation>&lt;b&gt;Detention expiring soon:&lt;/b&gt; {urgent} within 3 days, {soon} within 10 days — {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="187"/>
        <source> dan {n} lainnya</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="194"/>
        <source>lewat {n} hari</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="196"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="197"/>
        <source>{n} hari lagi</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="204"/>
        <source>⚠ Penahanan berakhir: {urgent} ≤3 hari, {total} ≤10 hari</source>
        <translation>⚠ Detention ending: {urgent} ≤3 days, {total} ≤10 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="255"/>
        <source>Impor WBP</source>
        <translation>Import inmates</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="256"/>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="274"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="275"/>
        <location filename="../../app/ui/inmates/tab.py" line="293"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="281"/>
        <source>Mengekspor daftar WBP</source>
        <translation>Exporting the inmate list</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="283"/>
        <source>{n} WBP diekspor ke {path}</source>
        <translation>{n} inmates exported to {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="292"/>
        <source>Simpan templat impor</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="303"/>
        <source>Templat disimpan: {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="316"/>
        <source>Menyusun daftar WBP</source>
        <translation>Preparing the inmate list</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="324"/>
        <source>Daftar WBP</source>
        <translation>Inmate list</translation>
    </message>
</context>
<context>
    <name>InmatesView</name>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="32"/>
        <source>Cari nama, alias, nomor registrasi atau NIK… (Ctrl+F)</source>
        <translation>Search name, alias, registration number or NIK… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="44"/>
        <source>&amp;Baru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="45"/>
        <source>Catat WBP baru (Ctrl+N)</source>
        <translation>Register a new inmate (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="46"/>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="47"/>
        <source>Buka data WBP terpilih (Enter)</source>
        <translation>Open the selected inmate&apos;s record (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="48"/>
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="49"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="50"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="51"/>
        <source>&amp;Templat…</source>
        <translation>&amp;Template…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="52"/>
        <source>Simpan templat lembar kerja untuk impor</source>
        <translation>Save a spreadsheet template for importing</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="53"/>
        <source>&amp;Pola nomor…</source>
        <translation>Nu&amp;mber pattern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="54"/>
        <source>Pola nomor registrasi fasilitas (admin)</source>
        <translation>The facility&apos;s registration number pattern (admin)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="83"/>
        <source>Ca&amp;ri:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="87"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="88"/>
        <source>Blok</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="88"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="89"/>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="46"/>
        <source>Terbitkan sertifikat</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="53"/>
        <source>mis. Pelatihan Budidaya Sayuran Hidroponik</source>
        <translation>e.g. Hydroponic Vegetable Farming Course</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="55"/>
        <source>opsional, mis. Sebagai peserta terbaik.</source>
        <translation>optional, e.g. As the best participant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="60"/>
        <source>opsional, mis. Wali Kota Pekalongan</source>
        <translation>optional, e.g. Mayor of Pekalongan</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="63"/>
        <source>opsional, 18 angka</source>
        <translation>optional, 18 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="66"/>
        <source>Satu penerima per baris: Nama, atau UUID; Nama</source>
        <translation>One recipient per line: Name, or UUID; Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="70"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="71"/>
        <source>&amp;Program/kegiatan:</source>
        <translation>Pro&amp;gramme/activity:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="72"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="73"/>
        <source>&amp;Tanggal terbit:</source>
        <translation>Issue &amp;date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="74"/>
        <source>Jabatan penanda tangan ke&amp;dua:</source>
        <translation>Second signatory&apos;s &amp;title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="76"/>
        <source>&amp;Nama penanda tangan kedua:</source>
        <translation>Second signatory&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="79"/>
        <source>N&amp;IP penanda tangan kedua:</source>
        <translation>Second signatory&apos;s NI&amp;P:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="80"/>
        <source>P&amp;enerima:</source>
        <translation>R&amp;ecipients:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="84"/>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Issue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/certificates/dialogs.py" line="98"/>
        <source>%n sertifikat akan diterbitkan</source>
        <translation>
            <numerusform>%n certificate will be issued</numerusform>
            <numerusform>%n certificates will be issued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobHandle</name>
    <message>
        <location filename="../../app/ui/common/worker.py" line="116"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/worker.py" line="143"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="42"/>
        <source>Masuk ke {app}</source>
        <translation>Log in to {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="45"/>
        <source>Masukkan nama pengguna dan kata sandi Anda.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="59"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="69"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="116"/>
        <source>Menunggu basis data…</source>
        <translation>Waiting for the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="118"/>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="133"/>
        <source>Isi nama pengguna.</source>
        <translation>Enter a username.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>&amp;Cadangkan…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Ubah &amp;kata sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>Keluar &amp;akun</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&amp;Pengguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Profil &amp;fasilitas…</source>
        <translation>&amp;Facility profile…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>&amp;Log audit…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195"/>
        <source>&amp;Tentang Sibina…</source>
        <translation>&amp;About Sibina…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208"/>
        <source>Basis data demo: data fiktif untuk latihan</source>
        <translation>Demo database: fictitious data for practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>Basis data:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="216"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>Bahasa akan dipakai saat Sibina dibuka lagi.</source>
        <translation>The language will be used the next time Sibina starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374"/>
        <source>Cadangan dibuat: {name}</source>
        <translation>Backup created: {name}</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="118"/>
        <source>Pengguna baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="122"/>
        <source>huruf kecil, mis. siti.aminah</source>
        <translation>lower case, e.g. siti.aminah</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="127"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="128"/>
        <source>Nama &amp;lengkap:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="129"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="130"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="131"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>Repe&amp;at password:</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="34"/>
        <source>Pola nomor registrasi</source>
        <translation>Registration number pattern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="41"/>
        <source>coba nomor, mis. B.I-123/2025</source>
        <translation>try a number, e.g. B.I-123/2025</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="44"/>
        <source>Bagian pola: {kode} = kode registrasi (B.I atau BI), {nomor} = nomor urut, {tahun} = tahun 4 angka, [-.] = salah satu karakter di dalam kurung; karakter lain ditulis apa adanya. Nomor yang sudah tercatat tidak diubah.</source>
        <translation>Pattern parts: {kode} = registration code (B.I or BI), {nomor} = serial number, {tahun} = 4-digit year, [-.] = any one character in the brackets; other characters are matched as written. Numbers already recorded are not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="49"/>
        <source>&amp;Pola</source>
        <translation>&amp;Pattern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="50"/>
        <source>Artinya</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="51"/>
        <source>&amp;Coba nomor</source>
        <translation>&amp;Test a number</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="54"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="55"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="75"/>
        <source>{meaning}. Contoh: {example}</source>
        <translation>{meaning}. Example: {example}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="79"/>
        <source>✔ sesuai pola</source>
        <translation>✔ matches the pattern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="80"/>
        <source>✘ tidak sesuai pola</source>
        <translation>✘ does not match the pattern</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="50"/>
        <source>Pratinjau dokumen</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="59"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="61"/>
        <source>&amp;Simpan sebagai PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="62"/>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="63"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="65"/>
        <source>(printer bawaan)</source>
        <translation>(default printer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="80"/>
        <source>&amp;Printer:</source>
        <translation>Prin&amp;ter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="82"/>
        <source>Geser &amp;kanan (mm):</source>
        <translation>Shift &amp;right (mm):</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="84"/>
        <source>Geser &amp;bawah (mm):</source>
        <translation>Shift &amp;down (mm):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/common/pdf_preview.py" line="103"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="182"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="183"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="159"/>
        <source>&amp;Alasan:</source>
        <translation>Rea&amp;son:</translation>
    </message>
</context>
<context>
    <name>RemissionSection</name>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="31"/>
        <source>Ekspirasi awal:</source>
        <translation>Original expiry:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="31"/>
        <source>Tanggal bebas:</source>
        <translation>Release date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="31"/>
        <source>1/3 masa pidana:</source>
        <translation>1/3 of sentence:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="32"/>
        <source>1/2 masa pidana:</source>
        <translation>1/2 of sentence:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="32"/>
        <source>2/3 masa pidana:</source>
        <translation>2/3 of sentence:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="33"/>
        <source>Pembebasan bersyarat:</source>
        <translation>Parole:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="41"/>
        <source>Remisi diterima:</source>
        <translation>Remission received:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="46"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="46"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="46"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="46"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="46"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="46"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="53"/>
        <source>Riwayat remisi:</source>
        <translation>Remission history:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="63"/>
        <source>{days} hari</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="65"/>
        <source>Tanggal mulai penahanan belum tercatat di register.</source>
        <translation>The detention start date is not yet recorded in the register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="76"/>
        <source>{kind} — dibatalkan</source>
        <translation>{kind} — voided</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="170"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="176"/>
        <source>Berikan kata sandi sementara ini kepada {name} ({username}). Saat masuk berikutnya ia wajib menggantinya. Akun yang terkunci juga dibuka.</source>
        <translation>Give this temporary password to {name} ({username}). They must change it at their next login. A locked account is unlocked as well.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="182"/>
        <source>Kata sandi semen&amp;tara:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="148"/>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="153"/>
        <source>Peran menentukan apa yang boleh dilakukan {name} ({username}).</source>
        <translation>The role decides what {name} ({username}) is allowed to do.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="158"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="136"/>
        <source>Penyiapan Sibina</source>
        <translation>Sibina setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="139"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="140"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="141"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="142"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="158"/>
        <source>Kata sandi tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="184"/>
        <source>Periksa juga isian yang ditandai pada halaman profil fasilitas (Kembali).</source>
        <translation>Also check the marked fields on the facility profile page (Back).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="195"/>
        <source>Mengisi data demo</source>
        <translation>Loading demo data</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="216"/>
        <source>Pengisian data demo dibatalkan; tidak ada yang disimpan.</source>
        <translation>Loading demo data was cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/application.py" line="80"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="86"/>
        <source>Sibina ditutup tanpa mengubah berkas apa pun. Hubungi admin bila perlu.</source>
        <translation>Sibina closes without changing any file. Contact the admin if needed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="222"/>
        <source>Cadangan harian dibuat: {name}</source>
        <translation>Daily backup created: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="229"/>
        <source>Cadangan harian gagal: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="81"/>
        <source>Tanggal &amp;berlaku*</source>
        <translation>&amp;Effective date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="82"/>
        <source>Tanggal &amp;bebas*</source>
        <translation>&amp;Release date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="83"/>
        <source>Tanggal &amp;pindah*</source>
        <translation>&amp;Transfer date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="84"/>
        <source>Tanggal &amp;meninggal*</source>
        <translation>Date of &amp;death*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="97"/>
        <source>&amp;Alasan*</source>
        <translation>Reaso&amp;n*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="100"/>
        <source>&amp;Tujuan (fasilitas)*</source>
        <translation>&amp;Destination (facility)*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="105"/>
        <source>Petikan putusan / BA pelaksanaan</source>
        <translation>Verdict extract / minutes of execution</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="106"/>
        <source>No. SK / surat lepas</source>
        <translation>Decree / release letter no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="107"/>
        <source>No. surat pindah</source>
        <translation>Transfer letter no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="108"/>
        <source>No. surat keterangan kematian</source>
        <translation>Death certificate no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="110"/>
        <source>&amp;Dokumen</source>
        <translation>Doc&amp;ument</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="111"/>
        <source>&amp;Catatan</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="117"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="139"/>
        <source> thn</source>
        <translation> yrs</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="139"/>
        <source> bln</source>
        <translation> mths</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="140"/>
        <location filename="../../app/ui/inmates/status_dialog.py" line="152"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="166"/>
        <source>No. p&amp;utusan*</source>
        <translation>&amp;Verdict no.*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="168"/>
        <source>Pengadilan</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="169"/>
        <source>Pasal</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="170"/>
        <source>Jenis kejahatan</source>
        <translation>Crime category</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="172"/>
        <source>Tanggal putusan*</source>
        <translation>Verdict date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="175"/>
        <source>Tanggal &amp;inkracht*</source>
        <translation>&amp;Inkracht date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="178"/>
        <source>&amp;Jenis pidana*</source>
        <translation>Sentence &amp;type*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="180"/>
        <source>&amp;Lama pidana</source>
        <translation>Sentence &amp;length</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="181"/>
        <source>Denda</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="182"/>
        <source>Subsider</source>
        <translation>In lieu of fine</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="183"/>
        <source>Kode registrasi baru</source>
        <translation>New registration code</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="120"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="134"/>
        <source>&amp;Tambah pengguna…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="135"/>
        <source>Ubah &amp;peran…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="136"/>
        <location filename="../../app/ui/admin/users_dialog.py" line="197"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="137"/>
        <source>&amp;Atur ulang kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="150"/>
        <source>T&amp;utup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="195"/>
        <source>A&amp;ktifkan</source>
        <translation>Ac&amp;tivate</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="26"/>
        <source>SAH — sertifikat asli dan berlaku</source>
        <translation>VALID — genuine and in force</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="28"/>
        <source>DICABUT — sertifikat tidak berlaku</source>
        <translation>REVOKED — no longer valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="30"/>
        <source>TIDAK DITEMUKAN di register</source>
        <translation>NOT FOUND in the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="32"/>
        <source>PALSU — isi QR telah diubah</source>
        <translation>FORGED — the QR content was altered</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="54"/>
        <source>Verifikasi sertifikat</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="57"/>
        <source>Kode verifikasi (mis. K7QM-2XHD-9WPA) atau isi QR</source>
        <translation>Verification code (e.g. K7QM-2XHD-9WPA) or QR content</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="58"/>
        <source>&amp;Kode atau isi QR:</source>
        <translation>&amp;Code or QR content:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="60"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="61"/>
        <source>Buka &amp;gambar…</source>
        <translation>Open &amp;image…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="78"/>
        <source>&amp;Tutup</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="101"/>
        <source>Buka foto atau pindaian sertifikat</source>
        <translation>Open a photo or scan of the certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="102"/>
        <source>Gambar (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="113"/>
        <source>Pembaca kode QR tidak terpasang.</source>
        <translation>The QR code reader is not installed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="114"/>
        <source>Ketik kode verifikasi yang tercetak di sertifikat.</source>
        <translation>Type the verification code printed on the certificate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="119"/>
        <source>Kode QR tidak terbaca pada gambar ini.</source>
        <translation>No QR code could be read in this image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="120"/>
        <source>Coba foto yang lebih tajam dan lurus, atau ketik kode.</source>
        <translation>Try a sharper, straighter photo, or type the code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="135"/>
        <source>Nomor: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="136"/>
        <source>Nama: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="137"/>
        <source>Tanggal terbit: %1</source>
        <translation>Issue date: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="138"/>
        <source>Program/kegiatan: %1</source>
        <translation>Programme/activity: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/verify_dialog.py" line="141"/>
        <source>Dicabut: %1</source>
        <translation>Revoked: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="38"/>
        <source>Selamat datang di Sibina</source>
        <translation>Welcome to Sibina</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="41"/>
        <source>Sibina belum disiapkan di komputer ini. Wizard ini meminta profil fasilitas (nama, kode, alamat, kepala dan logo yang dicetak pada setiap dokumen) dan membuat akun administrator pertama.

Tidak ada yang disimpan sebelum Anda menekan Selesai pada halaman terakhir.</source>
        <translation>Sibina has not been set up on this computer yet. This wizard asks for the facility profile (name, code, address, head and logo, printed on every document) and creates the first administrator account.

Nothing is saved until you press Finish on the last page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="50"/>
        <source>Hanya ingin mencoba? Data demo mengisi fasilitas fiktif beserta pengguna untuk setiap peran. Masuk sebagai &lt;b&gt;{user}&lt;/b&gt; dengan kata sandi &lt;b&gt;{password}&lt;/b&gt;. Jangan gunakan data demo untuk pekerjaan sungguhan.</source>
        <translation>Just want to try it? Demo data fills in a fictitious facility with a user for every role. Log in as &lt;b&gt;{user}&lt;/b&gt; with the password &lt;b&gt;{password}&lt;/b&gt;. Do not use demo data for real work.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="57"/>
        <source>Isi data &amp;demo</source>
        <translation>Load &amp;demo data</translation>
    </message>
</context>
<context>
    <name>_ServiceForm</name>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="110"/>
        <source>Kata sandi tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="14"/>
        <source>Masuk</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="15"/>
        <source>Gagal masuk</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="16"/>
        <source>Akun dikunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="17"/>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="18"/>
        <source>Kata sandi diatur ulang</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="19"/>
        <source>Pengguna dibuat</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="20"/>
        <source>Peran diubah</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="21"/>
        <source>Pengguna diaktifkan</source>
        <translation>User activated</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="22"/>
        <source>Pengguna dinonaktifkan</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="23"/>
        <source>Profil fasilitas dibuat</source>
        <translation>Facility profile created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="24"/>
        <source>Profil fasilitas diubah</source>
        <translation>Facility profile changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="25"/>
        <source>Cadangan dibuat</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="26"/>
        <source>Basis data dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="27"/>
        <source>Kunci tanda tangan dibuat</source>
        <translation>Signing key created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="28"/>
        <source>Sertifikat diterbitkan</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="29"/>
        <source>Sertifikat dicetak ulang</source>
        <translation>Certificate reprinted</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="30"/>
        <source>Sertifikat dicabut</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="31"/>
        <source>Pola nomor sertifikat diubah</source>
        <translation>Certificate number pattern changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="32"/>
        <source>WBP dicatat</source>
        <translation>Inmate registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="33"/>
        <source>Data WBP diubah</source>
        <translation>Inmate record changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="34"/>
        <source>WBP diimpor</source>
        <translation>Inmate imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="35"/>
        <source>Data WBP diperbarui lewat impor</source>
        <translation>Inmate record updated by import</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="36"/>
        <source>WBP demo dibuat</source>
        <translation>Demo inmate created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="37"/>
        <source>Putusan inkracht dicatat</source>
        <translation>Final verdict recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="38"/>
        <source>WBP bebas</source>
        <translation>Inmate released</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="39"/>
        <source>WBP dipindahkan</source>
        <translation>Inmate transferred</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="40"/>
        <source>WBP meninggal</source>
        <translation>Inmate deceased</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="41"/>
        <source>Pola nomor registrasi diubah</source>
        <translation>Registration number pattern changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="42"/>
        <source>Upacara remisi dibuat</source>
        <translation>Remission ceremony created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="43"/>
        <source>Daftar usulan remisi dihitung</source>
        <translation>Remission proposal list computed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="44"/>
        <source>Usulan remisi diubah (dengan alasan)</source>
        <translation>Remission proposal changed (with justification)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="45"/>
        <source>Upacara remisi disetujui</source>
        <translation>Remission ceremony approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="46"/>
        <source>Nomor SK remisi dicatat</source>
        <translation>Remission decree (SK) number recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="47"/>
        <source>Remisi dibukukan, upacara dikunci</source>
        <translation>Remissions booked, ceremony locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="48"/>
        <source>Tanda remisi WBP diubah</source>
        <translation>Inmate remission flags changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="49"/>
        <source>Riwayat remisi ditambahkan</source>
        <translation>Remission history entry added</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="50"/>
        <source>Riwayat remisi dibatalkan</source>
        <translation>Remission history entry voided</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="51"/>
        <source>Data remisi demo dibuat</source>
        <translation>Demo remission data created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="55"/>
        <location filename="../../app/ui/admin/audit_view.py" line="45"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="56"/>
        <source>Fasilitas</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="57"/>
        <source>WBP</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="58"/>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="59"/>
        <source>Jenis sertifikat</source>
        <translation>Certificate kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="60"/>
        <source>Kunci tanda tangan</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="61"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="62"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="63"/>
        <source>Upacara remisi</source>
        <translation>Remission ceremony</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="64"/>
        <source>Baris usulan remisi</source>
        <translation>Remission proposal line</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="65"/>
        <source>Riwayat remisi</source>
        <translation>Remission history</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="70"/>
        <source>peristiwa hilang (dihapus)</source>
        <translation>event missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="71"/>
        <source>hash sebelumnya tidak cocok</source>
        <translation>previous hash does not match</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="72"/>
        <source>isi peristiwa diubah</source>
        <translation>event content changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="73"/>
        <source>peristiwa terbaru hilang (dihapus)</source>
        <translation>newest events missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="76"/>
        <source>kepala rantai hilang</source>
        <translation>chain head missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="44"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="47"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="51"/>
        <source>Entitas</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="52"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="86"/>
        <source>Contoh (data demo)</source>
        <translation>Sample (demo data)</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="95"/>
        <source>Pembinaan (umum)</source>
        <translation>Inmate development (general)</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/verify.py" line="34"/>
        <source>Tanda tangan digital tidak cocok: isi QR telah diubah.</source>
        <translation>The digital signature does not match: the QR content was altered.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/verify.py" line="48"/>
        <source>Isi QR tidak sama dengan data di register.</source>
        <translation>The QR content differs from the data in the register.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/verify.py" line="55"/>
        <source>Kode verifikasi tidak dikenal.</source>
        <translation>Unknown verification code.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/verify.py" line="67"/>
        <source>Sertifikat tidak ada di register ini.</source>
        <translation>The certificate is not in this register.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/verify.py" line="75"/>
        <source>Sertifikat ini telah dicabut.</source>
        <translation>This certificate has been revoked.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/verify.py" line="78"/>
        <source>Sertifikat sah dan berlaku.</source>
        <translation>The certificate is genuine and valid.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="19"/>
        <location filename="../../app/ui/certificates/tab.py" line="35"/>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="21"/>
        <location filename="../../app/ui/certificates/tab.py" line="34"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="27"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="28"/>
        <source>Nama penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="30"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="34"/>
        <source>Program / kegiatan</source>
        <translation>Programme / activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="38"/>
        <source>Tanggal terbit</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="42"/>
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/model.py" line="44"/>
        <source>Cetak ulang</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="33"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="71"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/tab.py" line="74"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/db/engine.py" line="39"/>
        <source>Folder basis data tidak dapat dibuat: {folder} ({error})</source>
        <translation>The database folder cannot be created: {folder} ({error})</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="50"/>
        <source>Berkas {path} bukan basis data Sibina (bukan berkas SQLite).</source>
        <translation>The file {path} is not a Sibina database (not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="57"/>
        <source>Basis data {path} hanya dapat dibaca. Pindahkan ke folder yang dapat ditulisi.</source>
        <translation>The database {path} is read-only. Move it to a writable folder.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="65"/>
        <source>Folder {folder} tidak dapat ditulisi.</source>
        <translation>The folder {folder} is not writable.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="81"/>
        <location filename="../../app/db/engine.py" line="85"/>
        <source>Basis data {path} rusak: {error}</source>
        <translation>The database {path} is damaged: {error}</translation>
    </message>
    <message>
        <location filename="../../app/db/migrate.py" line="85"/>
        <source>Basis data ini dibuat oleh versi Sibina yang lebih baru (skema {revision}). Pasang versi Sibina terbaru; basis data tidak diubah.</source>
        <translation>This database was made by a newer version of Sibina (schema {revision}). Install the latest Sibina; the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/nik.py" line="26"/>
        <location filename="../../app/domain/inmates/nik.py" line="34"/>
        <source>NIK hanya berisi angka.</source>
        <translation>A NIK contains digits only.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/nik.py" line="28"/>
        <location filename="../../app/domain/inmates/nik.py" line="32"/>
        <source>NIK harus 16 angka.</source>
        <translation>A NIK has 16 digits.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/nik.py" line="36"/>
        <source>NIK tidak sah: kode wilayah atau tanggal lahir di dalamnya tidak dikenal.</source>
        <translation>Invalid NIK: its region code or birth date is not recognised.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/nik.py" line="40"/>
        <source>NIK tidak sah.</source>
        <translation>Invalid NIK.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/nik.py" line="67"/>
        <source>Tanggal lahir berbeda dengan yang tercantum di NIK (periksa berkas).</source>
        <translation>The date of birth differs from the one in the NIK (check the papers).</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/nik.py" line="71"/>
        <source>Jenis kelamin berbeda dengan yang tercantum di NIK (periksa berkas).</source>
        <translation>The sex differs from the one in the NIK (check the papers).</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/regnumber.py" line="70"/>
        <source>Pola nomor registrasi kosong.</source>
        <translation>The registration number pattern is empty.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/regnumber.py" line="77"/>
        <source>Pola hanya mengenal {kode}, {nomor} dan {tahun}.</source>
        <translation>A pattern knows only {kode}, {nomor} and {tahun}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/regnumber.py" line="81"/>
        <source>Setiap bagian pola hanya boleh dipakai sekali.</source>
        <translation>Each part of the pattern may be used only once.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/regnumber.py" line="90"/>
        <source>Pola harus memuat {nomor}.</source>
        <translation>The pattern must contain {nomor}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="31"/>
        <location filename="../../app/services/facility.py" line="49"/>
        <location filename="../../app/services/inmates_status.py" line="22"/>
        <location filename="../../app/services/remission_ceremonies.py" line="44"/>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="32"/>
        <location filename="../../app/services/inmates_status.py" line="86"/>
        <location filename="../../app/services/remission_ledger.py" line="113"/>
        <source>Tanggal tidak boleh di masa depan.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="81"/>
        <source>Nomor registrasi tidak sesuai pola fasilitas.</source>
        <translation>The registration number does not match the facility&apos;s pattern.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="85"/>
        <source>Pilih jenis kelamin (L atau P).</source>
        <translation>Choose the sex (L or P).</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="91"/>
        <source>Agama tidak dikenal.</source>
        <translation>Unknown religion.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="99"/>
        <source>Tahap penahanan A.I-A.V.</source>
        <translation>Detention stage A.I-A.V.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="101"/>
        <source>Jenis: rutan, rumah atau kota.</source>
        <translation>Kind: rutan, rumah or kota.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="103"/>
        <location filename="../../app/domain/inmates/rules.py" line="117"/>
        <source>Tanggal akhir sebelum tanggal mulai.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="140"/>
        <source>Tanggal lahir harus sebelum tanggal masuk.</source>
        <translation>The date of birth must be before the admission date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="146"/>
        <location filename="../../app/exchange/inmates_read.py" line="193"/>
        <source>Status tidak dikenal.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="152"/>
        <source>Kode registrasi tidak dikenal.</source>
        <translation>Unknown registration code.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="155"/>
        <source>Tahanan memakai kode A.I-A.V (atau C).</source>
        <translation>Detainees use codes A.I-A.V (or C).</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="157"/>
        <source>Narapidana memakai kode B.I-B.III, SH atau MT.</source>
        <translation>Convicts use codes B.I-B.III, SH or MT.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="162"/>
        <source>Narapidana harus mempunyai perkara dengan putusan.</source>
        <translation>A convict must have a case with a verdict.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="194"/>
        <source>Tanggal inkracht tidak boleh sebelum tanggal putusan.</source>
        <translation>The inkracht date cannot be before the verdict date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="199"/>
        <source>Awal penahanan tidak boleh sesudah tanggal inkracht.</source>
        <translation>Detention cannot start after the inkracht date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="202"/>
        <location filename="../../app/exchange/inmates_read.py" line="194"/>
        <source>Jenis pidana tidak dikenal.</source>
        <translation>Unknown sentence type.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="205"/>
        <source>Lama pidana tidak boleh negatif.</source>
        <translation>The sentence length cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="209"/>
        <source>Lama pidana harus lebih dari nol untuk pidana penjara/kurungan.</source>
        <translation>The sentence length must be more than zero for imprisonment/confinement.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="213"/>
        <source>Denda tidak boleh negatif.</source>
        <translation>The fine cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="215"/>
        <source>Hari pengganti denda tidak boleh negatif.</source>
        <translation>Days in lieu of the fine cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reader.py" line="21"/>
        <source>Tabel aturan remisi tidak sah: {key}: {problem}</source>
        <translation>Invalid remission rule table: {key}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="17"/>
        <source>Terjadi kesalahan.</source>
        <translation>An error occurred.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="30"/>
        <source>Anda tidak berwenang melakukan tindakan ini.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="34"/>
        <source>Data tidak ditemukan.</source>
        <translation>Data not found.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="38"/>
        <source>Data bentrok dengan data yang sudah ada.</source>
        <translation>The data conflicts with existing data.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="42"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="46"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="50"/>
        <source>Dibatalkan oleh pengguna.</source>
        <translation>Cancelled by the user.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="57"/>
        <source>Periksa kembali isian yang ditandai.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="50"/>
        <source>Hanya berkas XLSX atau CSV yang dapat diimpor.</source>
        <translation>Only XLSX or CSV files can be imported.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="59"/>
        <source>Berkas XLSX tidak dapat dibaca.</source>
        <translation>The XLSX file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="105"/>
        <source>Tanggal tidak dikenali (contoh: 17-08-1990).</source>
        <translation>Date not recognised (example: 17-08-1990).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="106"/>
        <source>Harus berupa bilangan bulat.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="184"/>
        <source>Isi ya atau tidak.</source>
        <translation>Enter ya (yes) or tidak (no).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="192"/>
        <source>Isi L atau P.</source>
        <translation>Enter L or P.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="205"/>
        <source>Kolom &apos;No. Registrasi&apos; dan &apos;Nama&apos; harus ada (lihat templat).</source>
        <translation>The columns &apos;No. Registrasi&apos; and &apos;Nama&apos; are required (see the template).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="210"/>
        <source>Berkas terlalu besar (maks. 200.000 baris).</source>
        <translation>The file is too large (max. 200,000 rows).</translation>
    </message>
    <message>
        <location filename="../../app/services/actor.py" line="31"/>
        <source>Peran {role} tidak berwenang untuk tindakan ini ({permission}).</source>
        <translation>The {role} role is not allowed to do this ({permission}).</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="51"/>
        <source>Akun {username} terkunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit atau hubungi admin.</source>
        <translation>Account {username} is locked after too many failed attempts. Try again in {minutes} minutes or contact the admin.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="64"/>
        <source>Kata sandi salah {attempts} kali. Akun {username} dikunci {minutes} menit.</source>
        <translation>Wrong password {attempts} times. Account {username} is locked for {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="74"/>
        <source>Nama pengguna atau kata sandi salah. Sisa percobaan: {left}.</source>
        <translation>Wrong username or password. Attempts left: {left}.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="82"/>
        <source>Akun {username} dinonaktifkan. Hubungi admin.</source>
        <translation>Account {username} is deactivated. Contact the admin.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="116"/>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="121"/>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="271"/>
        <source>Basis data ini berada di server ({backend}). Cadangkan dan pulihkan dengan alat server itu (misalnya pg_dump dan pg_restore), bukan dari Sibina.</source>
        <translation>This database is on a server ({backend}). Back it up and restore it with the server&apos;s own tools (for example pg_dump and pg_restore), not from Sibina.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="136"/>
        <source>Disk di {folder} penuh. Kosongkan ruang atau pilih tempat lain; tidak ada berkas yang tertinggal.</source>
        <translation>The disk at {folder} is full. Free some space or choose another place; no file was left behind.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="145"/>
        <source>Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin). Pilih folder lain atau buka kunci tulis pada flashdisk.</source>
        <translation>The folder {folder} is not writable (read-only or no permission). Choose another folder or unlock the USB drive&apos;s write protection.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="153"/>
        <source>Gagal menulis ke {folder}: {error}</source>
        <translation>Could not write to {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="164"/>
        <source>Folder {folder} tidak ditemukan. Periksa apakah flashdisk terpasang.</source>
        <translation>The folder {folder} was not found. Check that the USB drive is plugged in.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="178"/>
        <source>Ruang kosong di {folder} tidak cukup: perlu sekitar {needed}, tersedia {free}.</source>
        <translation>Not enough free space in {folder}: about {needed} needed, {free} available.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="209"/>
        <source>Berkas {path} tidak ditemukan.</source>
        <translation>The file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="213"/>
        <source>Berkas {path} adalah basis data yang sedang dipakai. Pilih berkas cadangan.</source>
        <translation>The file {path} is the database in use. Choose a backup file.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="222"/>
        <source>Berkas {path} bukan cadangan Sibina (bukan berkas basis data SQLite).</source>
        <translation>The file {path} is not a Sibina backup (not an SQLite database file).</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="229"/>
        <source>Berkas cadangan {path} rusak ({error}); tidak dapat dipulihkan.</source>
        <translation>The backup file {path} is damaged ({error}); it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="244"/>
        <source>Berkas {path} adalah basis data SQLite, tetapi bukan basis data Sibina.</source>
        <translation>The file {path} is an SQLite database, but not a Sibina database.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="253"/>
        <source>Cadangan {path} dibuat oleh versi Sibina yang lebih baru (skema {revision}). Pasang versi Sibina terbaru; tidak ada yang diubah.</source>
        <translation>The backup {path} was made by a newer version of Sibina (schema {revision}). Install the latest Sibina; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup_files.py" line="296"/>
        <source>Basis data {path} sedang dipakai program lain (Sibina di komputer lain?). Tutup program itu lalu coba lagi; tidak ada yang diubah.</source>
        <translation>The database {path} is in use by another program (Sibina on another computer?). Close that program and try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/issuing.py" line="91"/>
        <source>Nomor sertifikat bentrok dengan nomor yang sudah ada. Periksa pola nomor jenis sertifikat ini.</source>
        <translation>The certificate number clashes with an existing number. Check the number pattern of this certificate kind.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="56"/>
        <source>Pola nomor tidak dapat dibaca.</source>
        <translation>The number pattern cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="59"/>
        <source>Pola nomor memuat kolom yang tidak dikenal.</source>
        <translation>The number pattern contains an unknown field.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="61"/>
        <source>Pola nomor harus memuat {seq} dan {year}.</source>
        <translation>The number pattern must contain {seq} and {year}.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="63"/>
        <source>Pola nomor terlalu panjang atau memuat tanda &apos;|&apos;.</source>
        <translation>The number pattern is too long or contains &apos;|&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="69"/>
        <location filename="../../app/services/certificates/service.py" line="225"/>
        <source>Jenis sertifikat tidak dikenal.</source>
        <translation>Unknown certificate kind.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="131"/>
        <location filename="../../app/services/certificates/service.py" line="159"/>
        <source>Sertifikat {number} sudah dicabut.</source>
        <translation>Certificate {number} has already been revoked.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="152"/>
        <location filename="../../app/ui/certificates/dialogs.py" line="174"/>
        <source>Tuliskan alasan pencabutan.</source>
        <translation>Enter the reason for revoking.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="213"/>
        <source>Sertifikat tidak ditemukan.</source>
        <translation>Certificate not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="220"/>
        <location filename="../../app/ui/certificates/dialogs.py" line="132"/>
        <source>Pilih minimal satu penerima.</source>
        <translation>Choose at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="222"/>
        <source>Terlalu banyak sertifikat sekaligus.</source>
        <translation>Too many certificates at once.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="227"/>
        <source>Nama penerima wajib diisi.</source>
        <translation>The recipient&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="231"/>
        <location filename="../../app/ui/certificates/dialogs.py" line="126"/>
        <source>Program/kegiatan wajib diisi.</source>
        <translation>The programme/activity is required.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="235"/>
        <source>UUID penerima tidak sah.</source>
        <translation>Invalid recipient UUID.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="88"/>
        <source>Data demo hanya dapat dimuat ke basis data yang masih kosong.</source>
        <translation>Demo data can only be loaded into an empty database.</translation>
    </message>
    <message>
        <location filename="../../app/services/facility.py" line="54"/>
        <source>Kode 2-40 karakter: huruf, angka, titik, - atau _ (tanpa spasi).</source>
        <translation>Code of 2-40 characters: letters, digits, dot, - or _ (no spaces).</translation>
    </message>
    <message>
        <location filename="../../app/services/facility.py" line="58"/>
        <source>NIP terdiri dari 18 angka.</source>
        <translation>A NIP has 18 digits.</translation>
    </message>
    <message>
        <location filename="../../app/services/facility.py" line="60"/>
        <source>Logo terlalu besar (maksimal 2 MB).</source>
        <translation>The logo is too large (max. 2 MB).</translation>
    </message>
    <message>
        <location filename="../../app/services/facility.py" line="109"/>
        <source>Profil fasilitas belum diisi.</source>
        <translation>The facility profile has not been filled in.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="33"/>
        <source>Sama dengan baris {row} di berkas ini.</source>
        <translation>Same as row {row} in this file.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="36"/>
        <source>Hanya tahanan yang dapat menjadi narapidana.</source>
        <translation>Only a detainee can become a convict.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="48"/>
        <source>WBP ini sudah tidak tercatat sebagai penghuni.</source>
        <translation>This inmate is no longer recorded as held here.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="76"/>
        <source>Tindakan tidak dikenal.</source>
        <translation>Unknown action.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="88"/>
        <source>Tanggal tidak boleh sebelum tanggal masuk.</source>
        <translation>The date cannot be before the admission date.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_write.py" line="37"/>
        <source>Nomor registrasi sudah dipakai WBP lain.</source>
        <translation>The registration number is already used by another inmate.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_write.py" line="38"/>
        <source>NIK sudah tercatat untuk WBP lain.</source>
        <translation>The NIK is already recorded for another inmate.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_write.py" line="159"/>
        <source>Foto terlalu besar (maksimal 1 MB).</source>
        <translation>The photo is too large (max. 1 MB).</translation>
    </message>
    <message>
        <location filename="../../app/services/passwords.py" line="28"/>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/passwords.py" line="30"/>
        <source>Kata sandi tidak boleh diawali atau diakhiri spasi.</source>
        <translation>The password cannot start or end with a space.</translation>
    </message>
    <message>
        <location filename="../../app/services/passwords.py" line="32"/>
        <source>Kata sandi harus memuat huruf dan angka.</source>
        <translation>The password must contain letters and digits.</translation>
    </message>
    <message>
        <location filename="../../app/services/setup.py" line="50"/>
        <source>Sibina sudah disiapkan sebelumnya.</source>
        <translation>Sibina has already been set up.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="65"/>
        <source>Nama pengguna 3-32 karakter: huruf kecil, angka, titik, - atau _.</source>
        <translation>Username of 3-32 characters: lower-case letters, digits, dot, - or _.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="69"/>
        <source>Nama pengguna sudah dipakai.</source>
        <translation>The username is already taken.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="71"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="73"/>
        <source>Peran tidak dikenal.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="124"/>
        <source>Anda tidak dapat menonaktifkan akun sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="163"/>
        <source>Harus tetap ada minimal satu admin aktif.</source>
        <translation>There must always be at least one active admin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="128"/>
        <source>Nama penanda tangan kedua wajib diisi bila jabatannya diisi.</source>
        <translation>The second signatory&apos;s name is required when a title is given.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="139"/>
        <source>Status upacara tidak mengizinkan ini.</source>
        <translation>The ceremony&apos;s status does not allow this.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="156"/>
        <location filename="../../app/services/remission_ledger.py" line="107"/>
        <source>Jenis remisi tidak dikenal.</source>
        <translation>Unknown remission kind.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="160"/>
        <source>Pilih agama yang memiliki hari besar Remisi Khusus.</source>
        <translation>Choose a religion that has a Special Remission (RK) holiday.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="169"/>
        <source>Remisi Dasawarsa hanya pada tahun dasawarsa (1995, 2005, 2015, 2025, ...).</source>
        <translation>Decennial Remission (RD) only in decennial years (1995, 2005, 2015, 2025, ...).</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="177"/>
        <source>Remisi ini diberikan pada 17 Agustus.</source>
        <translation>This remission is granted on 17 August.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="189"/>
        <source>Upacara remisi ini sudah ada pada tanggal tersebut.</source>
        <translation>This remission ceremony already exists on that date.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="230"/>
        <location filename="../../app/services/remission_ledger.py" line="144"/>
        <source>Tuliskan alasan perubahan (sedikitnya 10 huruf).</source>
        <translation>Write the reason for the change (at least 10 characters).</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="234"/>
        <source>Jumlah hari tidak boleh negatif.</source>
        <translation>The number of days cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="236"/>
        <source>Remisi yang diberikan harus lebih dari 0 hari.</source>
        <translation>A granted remission must be more than 0 days.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="247"/>
        <source>Remisi Tambahan hanya diberikan bersama Remisi Umum.</source>
        <translation>Additional Remission (RT) is only granted together with General Remission (RU).</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="261"/>
        <source>Pidana ini tidak memiliki tanggal bebas; remisi tidak dapat diberikan.</source>
        <translation>This sentence has no release date; no remission can be granted.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="296"/>
        <source>Daftar usulan belum dihitung.</source>
        <translation>The proposal list has not been computed yet.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="321"/>
        <source>Baris tidak ada pada upacara ini.</source>
        <translation>The line is not part of this ceremony.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="323"/>
        <source>Baris ini tidak diberi remisi.</source>
        <translation>This line is not granted a remission.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="325"/>
        <location filename="../../app/services/remission_ceremonies.py" line="353"/>
        <source>Nomor dan tanggal SK wajib diisi.</source>
        <translation>The decree (SK) number and date are required.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="66"/>
        <location filename="../../app/services/remission_ledger.py" line="117"/>
        <source>Tuliskan catatan atau dasarnya.</source>
        <translation>Write a note or its basis.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="109"/>
        <source>PMP diberikan sebagai RU atau RK.</source>
        <translation>PMP is granted as RU or RK.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="111"/>
        <source>Jumlah hari harus lebih dari 0.</source>
        <translation>The number of days must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="115"/>
        <source>Kategori I atau II.</source>
        <translation>Category I or II.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="155"/>
        <source>Sudah dibatalkan.</source>
        <translation>Already voided.</translation>
    </message>
</context>
<context>
    <name>inmates</name>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="22"/>
        <source>Tahanan</source>
        <translation>Detainee</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="23"/>
        <source>Narapidana</source>
        <translation>Convict</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="24"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="31"/>
        <source>Bebas</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="25"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="32"/>
        <source>Pindah</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="26"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="26"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="33"/>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="51"/>
        <source>Tahanan penyidik (kepolisian)</source>
        <translation>Detainee of the investigator (police)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="52"/>
        <source>Tahanan penuntut umum</source>
        <translation>Detainee of the public prosecutor</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="53"/>
        <source>Tahanan Pengadilan Negeri</source>
        <translation>Detainee of the District Court</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="54"/>
        <source>Tahanan Pengadilan Tinggi</source>
        <translation>Detainee of the High Court</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="55"/>
        <source>Tahanan Mahkamah Agung</source>
        <translation>Detainee of the Supreme Court</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="56"/>
        <source>Narapidana, pidana lebih dari 1 tahun</source>
        <translation>Convict, sentence over 1 year</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="57"/>
        <source>Narapidana, lebih dari 3 bulan s.d. 1 tahun</source>
        <translation>Convict, over 3 months up to 1 year</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="58"/>
        <source>Narapidana, 1 hari s.d. 3 bulan</source>
        <translation>Convict, 1 day up to 3 months</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="59"/>
        <source>Kurungan, termasuk pengganti denda</source>
        <translation>Confinement, incl. in lieu of a fine</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="60"/>
        <source>Pidana seumur hidup</source>
        <translation>Life sentence</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="61"/>
        <source>Pidana mati</source>
        <translation>Death sentence</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="62"/>
        <source>Sandera (gijzeling)</source>
        <translation>Hostage for debt (gijzeling)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="76"/>
        <source>Penjara</source>
        <translation>Imprisonment</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="77"/>
        <source>Kurungan</source>
        <translation>Confinement</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="78"/>
        <source>Seumur hidup</source>
        <translation>Life</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="79"/>
        <source>Mati</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="98"/>
        <source>Ekspirasi (habis masa pidana)</source>
        <translation>Expiry (sentence served)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="99"/>
        <source>Pembebasan bersyarat (PB)</source>
        <translation>Parole (PB)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="100"/>
        <source>Cuti bersyarat (CB)</source>
        <translation>Conditional leave (CB)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="101"/>
        <source>Bebas / lepas oleh putusan</source>
        <translation>Acquitted / discharged by verdict</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="102"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="127"/>
        <source>Memeriksa</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="216"/>
        <location filename="../../app/services/inmates_import.py" line="228"/>
        <source>Menulis</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="30"/>
        <source>No. Registrasi</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="31"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="33"/>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="35"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="36"/>
        <source>Blok/Kamar</source>
        <translation>Block/Cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="38"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="39"/>
        <source>Tanggal Masuk</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="41"/>
        <source>Batas Penahanan</source>
        <translation>Detention Ends</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="43"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="19"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="20"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="21"/>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="22"/>
        <source>Diubah lewat impor</source>
        <translation>Changed by import</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="23"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="30"/>
        <source>Putusan inkracht</source>
        <translation>Final verdict</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="24"/>
        <source>Dibebaskan</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="25"/>
        <source>Dipindahkan</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="29"/>
        <source>Masuk</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="38"/>
        <source>Pasal</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="38"/>
        <source>Jenis kejahatan</source>
        <translation>Crime category</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="39"/>
        <source>Pengadilan</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="39"/>
        <source>No. putusan</source>
        <translation>Verdict no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="40"/>
        <source>Tgl. putusan</source>
        <translation>Verdict date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="41"/>
        <source>Tgl. inkracht</source>
        <translation>Inkracht date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="42"/>
        <source>Jenis pidana</source>
        <translation>Sentence type</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="43"/>
        <source>Thn</source>
        <translation>Yrs</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="43"/>
        <source>Bln</source>
        <translation>Mths</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="44"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="44"/>
        <source>Denda (Rp)</source>
        <translation>Fine (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="45"/>
        <source>Subsider (hari)</source>
        <translation>In lieu (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="46"/>
        <source>Denda dibayar</source>
        <translation>Fine paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="50"/>
        <source>Tahap (A.I-A.V)</source>
        <translation>Stage (A.I-A.V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="50"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="56"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="51"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="57"/>
        <source>Akhir</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="51"/>
        <source>Jenis (rutan/rumah/kota)</source>
        <translation>Kind (rutan/rumah/kota)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="55"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="55"/>
        <source>Pelanggaran</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="56"/>
        <source>Hukuman</source>
        <translation>Punishment</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="65"/>
        <source>Data dibuat: {name} ({number})</source>
        <translation>Record created: {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="71"/>
        <source>{field} diubah</source>
        <translation>{field} changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_tables.py" line="75"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_tables.py" line="147"/>
        <source>Baris {row}, {field}: {message}</source>
        <translation>Row {row}, {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="40"/>
        <source>Putusan berkekuatan hukum tetap (menjadi narapidana)</source>
        <translation>Final verdict (becomes a convict)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="43"/>
        <source>Pembebasan</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="44"/>
        <source>Pindah ke fasilitas lain</source>
        <translation>Transfer to another facility</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="45"/>
        <source>Meninggal dunia</source>
        <translation>Death</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/common/messages.py" line="64"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../app/services/backup.py" line="145"/>
        <source>Menyalin basis data…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="211"/>
        <source>Menyalin cadangan…</source>
        <translation>Copying the backup…</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="218"/>
        <source>Menyimpan basis data lama…</source>
        <translation>Keeping the old database…</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="223"/>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>remission</name>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="29"/>
        <source>Belum narapidana: belum ada putusan berkekuatan hukum tetap pada {date}.</source>
        <translation>Not yet a convict: no final (inkracht) verdict on {date}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="30"/>
        <source>Pidana {sentence} tidak mendapat remisi.</source>
        <translation>A {sentence} sentence gets no remission.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="31"/>
        <source>Penahanan baru dimulai {start}, sesudah hari remisi.</source>
        <translation>Detention only started on {start}, after the remission day.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="32"/>
        <source>Masa pidana sudah berakhir {release}, pada atau sebelum hari remisi.</source>
        <translation>The sentence already ended on {release}, on or before the remission day.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="33"/>
        <source>Baru menjalani {served} hari; syaratnya {condition} {minimum} hari.</source>
        <translation>Only {served} days served; the requirement is {condition} {minimum} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="34"/>
        <source>Tercatat hukuman disiplin (register F) pada {dates}, dalam {months} bulan sebelum hari remisi (sejak {window_start}).</source>
        <translation>Disciplinary punishment recorded (register F) on {dates}, within {months} months before the remission day (since {window_start}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="35"/>
        <source>Sedang menjalani pidana kurungan pengganti denda (pidana pokok selesai {main_end}).</source>
        <translation>Serving confinement in lieu of a fine (main sentence ended {main_end}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="36"/>
        <source>Sedang menjalani cuti menjelang bebas.</source>
        <translation>On pre-release leave (CMB).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="37"/>
        <source>Terpidana korupsi belum melunasi denda dan uang pengganti.</source>
        <translation>Corruption convict has not paid the fine and restitution in full.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="38"/>
        <source>Terpidana terorisme belum menyelesaikan program deradikalisasi dan ikrar setia NKRI.</source>
        <translation>Terrorism convict has not completed deradicalisation and the pledge of loyalty to the Republic (NKRI).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="39"/>
        <source>Pernah melarikan diri: tidak mendapat Remisi Dasawarsa.</source>
        <translation>Has escaped before: no Decade Remission.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="40"/>
        <source>Agama &apos;{religion}&apos; tidak memiliki hari besar dalam tabel Remisi Khusus.</source>
        <translation>Religion &apos;{religion}&apos; has no holiday in the Special Remission table.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="41"/>
        <source>Hari besar agamanya {own}, bukan {occasion}.</source>
        <translation>Their religious holiday is {own}, not {occasion}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="42"/>
        <source>Sudah menerima {kind} pada {date} di tahun {year}.</source>
        <translation>Already received {kind} on {date} in {year}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="43"/>
        <source>Besarnya remisi menurut tabel 0 hari.</source>
        <translation>The table gives 0 days of remission.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="45"/>
        <source>Calon remisi susulan: sudah ditahan {served} hari (lebih dari {minimum} hari); diusulkan setelah putusan berkekuatan hukum tetap.</source>
        <translation>Candidate for deferred remission: detained {served} days (more than {minimum} days); to be proposed once the verdict is final.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="46"/>
        <source>Remisi Umum ke-{nth} (baris tabel: {label}; telah menjalani {served} hari): {days} hari.</source>
        <translation>General Remission no. {nth} (table row: {label}; {served} days served): {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="47"/>
        <source>Remisi Khusus {holiday} ke-{nth} (baris tabel: {label}; telah menjalani {served} hari): {days} hari.</source>
        <translation>Special Remission {holiday} no. {nth} (table row: {label}; {served} days served): {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="48"/>
        <source>Remisi Dasawarsa 1/12 dari pidana {sentence} = {exact} hari, dibulatkan ke bawah, paling banyak {cap} hari: {days} hari.</source>
        <translation>Decade Remission 1/12 of the {sentence} sentence = {exact} days, rounded down, at most {cap} days: {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="49"/>
        <source>Remisi Tambahan 1/2 dari Remisi Umum {ru} hari (donor / jasa kemanusiaan): {days} hari.</source>
        <translation>Additional Remission 1/2 of the General Remission of {ru} days (donor / humanitarian service): {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="50"/>
        <source>Remisi Tambahan 1/3 dari Remisi Umum {ru} hari (pemuka): {days} hari.</source>
        <translation>Additional Remission 1/3 of the General Remission of {ru} days (trusty, pemuka): {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="51"/>
        <source>Anak (belum {age} tahun pada putusan): diberikan sebagai Pengurangan Masa Pidana (PMP).</source>
        <translation>Child (under {age} at the verdict): granted as a Sentence Reduction (PMP).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="52"/>
        <source>Kategori I: masa pidana berkurang, bebas {release}.</source>
        <translation>Category I: sentence reduced, release on {release}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="53"/>
        <source>Kategori II: bebas pada hari remisi {release}.</source>
        <translation>Category II: released on the remission day {release}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="54"/>
        <source>Kategori II: pidana pokok selesai pada hari remisi; bebas {release} setelah menjalani {substitute} hari kurungan pengganti denda.</source>
        <translation>Category II: main sentence ends on the remission day; release on {release} after {substitute} days of confinement in lieu of the fine.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="55"/>
        <source>{count} riwayat remisi bertanggal pada atau sesudah hari remisi tidak dihitung.</source>
        <translation>{count} remission records dated on or after the remission day are not counted.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/domain/roles.py" line="25"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/domain/roles.py" line="26"/>
        <source>Registrasi</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../app/domain/roles.py" line="27"/>
        <source>Pembinaan</source>
        <translation>Inmate development</translation>
    </message>
    <message>
        <location filename="../../app/domain/roles.py" line="28"/>
        <source>Pertanian</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <location filename="../../app/domain/roles.py" line="29"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../app/domain/roles.py" line="30"/>
        <source>Perpustakaan</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../app/domain/roles.py" line="31"/>
        <source>Pimpinan (baca &amp; setujui)</source>
        <translation>Management (read &amp; approve)</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>Warga Binaan</source>
        <translation>Inmates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="43"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="44"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="45"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="46"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="47"/>
        <source>Terkunci sampai</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="48"/>
        <source>Terakhir masuk</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="50"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="51"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
</TS>
