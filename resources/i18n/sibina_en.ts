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
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="51"/>
        <source>Ubah acara</source>
        <translation>Edit run sheet item</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="51"/>
        <source>Tambah acara</source>
        <translation>Add run sheet item</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="53"/>
        <source>mis. 08:00</source>
        <translation>e.g. 08:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="54"/>
        <source>boleh kosong, mis. 08:10</source>
        <translation>optional, e.g. 08:10</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="56"/>
        <source>mis. Menyanyikan lagu Indonesia Raya</source>
        <translation>e.g. Singing the national anthem Indonesia Raya</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="58"/>
        <source>mis. Pembawa acara, Wali Kota Pekalongan</source>
        <translation>e.g. Master of ceremonies, Mayor of Pekalongan</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="62"/>
        <source>Jam &amp;mulai:</source>
        <translation>Start &amp;time:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="63"/>
        <source>Jam s&amp;elesai:</source>
        <translation>&amp;End time:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="64"/>
        <source>&amp;Acara:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="65"/>
        <source>&amp;Pengisi / petugas:</source>
        <translation>&amp;Performer / official:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="66"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="67"/>
        <source>Jam ditulis JJ:MM, mis. 08:00. Acara baru ditempatkan menurut jam mulainya; urutan dapat diubah dengan Naik/Turun.</source>
        <translation>Times are written HH:MM, e.g. 08:00. A new item is placed by its start time; the order can be changed with Move up/Move down.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="59"/>
        <source>Nama atau nomor registrasi</source>
        <translation>Name or registration number</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="78"/>
        <source>&amp;Tidak hadir [T]</source>
        <translation>A&amp;bsent [A]</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="80"/>
        <source>&amp;Sakit [S]</source>
        <translation>S&amp;ick [S]</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="82"/>
        <source>&amp;Kosongkan [Del]</source>
        <translation>C&amp;lear [Del]</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="83"/>
        <source>Se&amp;mua hadir</source>
        <translation>All presen&amp;t</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="84"/>
        <source>Tandai hadir setiap penerima yang belum dicatat</source>
        <translation>Mark every recipient not yet recorded as present</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="86"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="61"/>
        <source>&amp;Cari:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="77"/>
        <source>Ha&amp;dir [H]</source>
        <translation>Pr&amp;esent [P]</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="79"/>
        <source>I&amp;zin [I]</source>
        <translation>E&amp;xcused [E]</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="85"/>
        <source>S&amp;impan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="87"/>
        <source>Cetak da&amp;ftar hadir…</source>
        <translation>Print atten&amp;dance list…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="133"/>
        <source>Simpan perubahan daftar hadir “%1”?</source>
        <translation>Save the changes to the attendance list “%1”?</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="148"/>
        <source>Pilih upacara untuk mencatat kehadiran penerima remisi.</source>
        <translation>Choose a ceremony to record the attendance of the remission recipients.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="150"/>
        <source>Daftar hadir dapat diisi setelah upacara disetujui pimpinan; sebelum itu daftar penerima remisi belum final.</source>
        <translation>The attendance list can be filled in once management has approved the ceremony; until then the list of remission recipients is not final.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="167"/>
        <source>belum dicatat %1</source>
        <translation>not recorded %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="168"/>
        <source>%1 penerima: </source>
        <translation>%1 recipients: </translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="170"/>
        <source>(belum disimpan)</source>
        <translation>(not saved)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="211"/>
        <source>Daftar hadir “%1” belum disimpan.</source>
        <translation>The attendance list “%1” has not been saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_panel.py" line="246"/>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
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
        <location filename="../../app/ui/admin/audit_view.py" line="101"/>
        <location filename="../../app/ui/admin/audit_view.py" line="175"/>
        <source>Pilih satu peristiwa untuk melihat rinciannya.</source>
        <translation>Select an event to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="107"/>
        <source>Sebelum:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="108"/>
        <source>Sesudah:</source>
        <translation>After:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="122"/>
        <source>Periksa &amp;rantai</source>
        <translation>Check c&amp;hain</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="124"/>
        <source>Memeriksa bahwa tidak ada peristiwa yang diubah atau dihapus.</source>
        <translation>Checks that no event has been changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="130"/>
        <source>T&amp;utup</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/audit_view.py" line="162"/>
        <source>%n peristiwa</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="164"/>
        <source>Menampilkan {shown} dari {total} peristiwa (gulir untuk memuat lagi)</source>
        <translation>Showing {shown} of {total} events (scroll to load more)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="180"/>
        <source>Peristiwa #{id}: {action} oleh {user}, {at}</source>
        <translation>Event #{id}: {action} by {user}, {at}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="197"/>
        <source>Memeriksa rantai…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="200"/>
        <source>Memeriksa rantai audit</source>
        <translation>Checking the audit chain</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="214"/>
        <source>Rantai utuh: {count} peristiwa diperiksa.</source>
        <translation>Chain intact: {count} events checked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_view.py" line="219"/>
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
        <location filename="../../app/ui/admin/backup_dialog.py" line="141"/>
        <source>Belum ada cadangan di folder ini.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="145"/>
        <source>Pulihkan yang &amp;dipilih…</source>
        <translation>Restore &amp;selected…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="148"/>
        <source>&amp;Pulihkan dari berkas…</source>
        <translation>Restore from &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="163"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="182"/>
        <source>Peran Anda tidak berwenang membuat cadangan.</source>
        <translation>Your role is not allowed to create backups.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="191"/>
        <source>Folder terakhir: {folder}</source>
        <translation>Last folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="193"/>
        <source>Belum pernah membuat cadangan dari komputer ini.</source>
        <translation>No backup has been made from this computer yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="198"/>
        <source>Dibuat setiap hari saat aplikasi dibuka; 14 terakhir disimpan di {folder}</source>
        <translation>Made daily when the application starts; the last 14 are kept in {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="222"/>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="223"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="224"/>
        <source>sebelum pemulihan</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="225"/>
        <source>sebelum pembaruan</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="253"/>
        <source>Pilih folder untuk cadangan (misalnya flashdisk)</source>
        <translation>Choose a folder for the backup (e.g. a USB drive)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="258"/>
        <source>Membuat cadangan di {folder}…</source>
        <translation>Creating a backup in {folder}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="261"/>
        <source>Membuat cadangan</source>
        <translation>Creating backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="274"/>
        <source>Cadangan dibuat: {path} ({size}).</source>
        <translation>Backup created: {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="282"/>
        <source>Pembuatan cadangan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Backup cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="303"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="305"/>
        <source>Cadangan Sibina (*.db);;Semua berkas (*)</source>
        <translation>Sibina backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="316"/>
        <source>Berkas tidak dapat dipulihkan</source>
        <translation>The file cannot be restored</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="318"/>
        <source>Pulihkan basis data</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="322"/>
        <source>Memulihkan basis data</source>
        <translation>Restoring database</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="329"/>
        <source>Pemulihan dibatalkan; basis data tidak diubah.</source>
        <translation>Restore cancelled; the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="338"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="340"/>
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
        <location filename="../../app/ui/admin/backup_dialog.py" line="358"/>
        <source>Basis data dipulihkan dari {name}.
Basis data sebelumnya disimpan sebagai {kept}.

Silakan masuk kembali.</source>
        <translation>Database restored from {name}.
The previous database was kept as {kept}.

Please log in again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="361"/>
        <source>Pemulihan selesai</source>
        <translation>Restore complete</translation>
    </message>
</context>
<context>
    <name>CeremonyDetailsDialog</name>
    <message>
        <location filename="../../app/ui/remission/details_dialog.py" line="23"/>
        <source>Ubah upacara</source>
        <translation>Edit ceremony</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/details_dialog.py" line="27"/>
        <source>kosong: judul dibuat dari jenis dan tanggal</source>
        <translation>empty: a title made from the kind and date</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/details_dialog.py" line="36"/>
        <source>J&amp;udul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/details_dialog.py" line="37"/>
        <source>Tem&amp;pat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/details_dialog.py" line="38"/>
        <source>Tangga&amp;l:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/details_dialog.py" line="40"/>
        <source>Bila pemerintah memindahkan hari besar, ubah tanggalnya di sini: daftar usulan dihitung ulang untuk tanggal yang baru.</source>
        <translation>If the government moves the holiday, change the date here: the proposal list is computed again for the new date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/details_dialog.py" line="43"/>
        <source>Tanggal tidak dapat diubah lagi: daftar usulan sudah disetujui.</source>
        <translation>The date can no longer be changed: the proposal list has been approved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/details_dialog.py" line="45"/>
        <source>Remisi Umum dan Remisi Dasawarsa selalu pada 17 Agustus.</source>
        <translation>General and Decennial Remission are always on 17 August.</translation>
    </message>
</context>
<context>
    <name>CeremonyPages</name>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="52"/>
        <source>Susunan acara</source>
        <translation>Run sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="53"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/pages.py" line="90"/>
        <source>Bebas pada hari upacara, %1: %n WBP</source>
        <translation>
            <numerusform>Released on the ceremony day, %1: %n inmate</numerusform>
            <numerusform>Released on the ceremony day, %1: %n inmates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/pages.py" line="94"/>
        <source>Pidana pokok selesai, tetap menjalani kurungan pengganti denda: %n WBP</source>
        <translation>
            <numerusform>Main sentence ended, still serving confinement in lieu of a fine: %n inmate</numerusform>
            <numerusform>Main sentence ended, still serving confinement in lieu of a fine: %n inmates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="100"/>
        <source>Daftar usulan belum dihitung.</source>
        <translation>The proposal list has not been computed yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="103"/>
        <source>WBP dalam daftar</source>
        <translation>Inmates on the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="104"/>
        <source>Memenuhi syarat</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="105"/>
        <source>Tidak memenuhi syarat</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="106"/>
        <source>Calon remisi susulan</source>
        <translation>Candidates for late remission (susulan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="107"/>
        <source>Diubah petugas</source>
        <translation>Changed by staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="108"/>
        <source>Diberi remisi</source>
        <translation>Granted remission</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="109"/>
        <source>Jumlah hari remisi</source>
        <translation>Total remission days</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="111"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="114"/>
        <source>Menurut jenis</source>
        <translation>By kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="117"/>
        <source>Menurut kategori</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="119"/>
        <source>%1 hari</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="121"/>
        <source>Menurut besar remisi</source>
        <translation>By amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/pages.py" line="123"/>
        <source>Alasan tidak memenuhi syarat (satu WBP bisa lebih dari satu)</source>
        <translation>Reasons for not being eligible (one inmate may have several)</translation>
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
        <location filename="../../app/ui/certificates/view.py" line="24"/>
        <source>Nomor, nama atau kode verifikasi</source>
        <translation>Number, name or verification code</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="29"/>
        <source>&amp;Terbitkan…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="30"/>
        <source>Cetak &amp;ulang…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="31"/>
        <source>&amp;Cabut…</source>
        <translation>Rev&amp;oke…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="45"/>
        <source>Ca&amp;ri:</source>
        <translation>Sear&amp;ch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="47"/>
        <source>Ta&amp;hun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="32"/>
        <source>&amp;Verifikasi…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/view.py" line="46"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
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
        <location filename="../../app/ui/admin/change_password_dialog.py" line="62"/>
        <source>Minimal 8 karakter, memuat huruf dan angka.</source>
        <translation>At least 8 characters, with letters and digits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="66"/>
        <source>&amp;Keluar dari Sibina</source>
        <translation>&amp;Quit Sibina</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/change_password_dialog.py" line="83"/>
        <source>Kata sandi baru tidak sama.</source>
        <translation>The new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="162"/>
        <source>Koreksi remisi: %1</source>
        <translation>Correct remission: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="167"/>
        <source>mis. surat Kanwil nomor ... (wajib)</source>
        <translation>e.g. regional office (Kanwil) letter no. ... (required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="170"/>
        <source>nomor SK remisi yang diberikan</source>
        <translation>number of the SK (decree) of the granted remission</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="176"/>
        <source>&amp;Remisi:</source>
        <translation>&amp;Remission:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="177"/>
        <source>Remisi T&amp;ambahan:</source>
        <translation>A&amp;dditional remission (RT):</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="178"/>
        <source>Alasa&amp;n:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="179"/>
        <source>Nomor S&amp;K:</source>
        <translation>SK n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="180"/>
        <source>&amp;Tanggal SK:</source>
        <translation>SK da&amp;te:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="181"/>
        <source>Entri register remisi dari upacara ini dibatalkan dengan alasan ini dan diganti dengan jumlah yang baru (0 hari: remisi ditarik). Piagam yang sudah terbit untuk baris ini dicabut. Tercatat di log audit.</source>
        <translation>The remission register entries of this ceremony are voided with this reason and replaced with the new amount (0 days: remission withdrawn). A piagam already issued for this line is revoked. Recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="184"/>
        <source>&amp;Simpan koreksi</source>
        <translation>&amp;Save correction</translation>
    </message>
</context>
<context>
    <name>DefaultAgendaDialog</name>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="126"/>
        <source>Isi susunan acara baku</source>
        <translation>Fill in the default run sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="128"/>
        <source>mis. 08:00</source>
        <translation>e.g. 08:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="130"/>
        <source>Jam &amp;mulai:</source>
        <translation>Start &amp;time:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="131"/>
        <source>Susunan acara upacara remisi yang lazim (pembukaan, Indonesia Raya, pembacaan keputusan, penyerahan SK secara simbolis, sambutan, doa, penutup) diisi dengan jam dihitung dari jam mulai. Setelah itu setiap acara dapat diubah.</source>
        <translation>The usual run sheet of a remission ceremony (opening, Indonesia Raya, reading of the decree, symbolic handing over of the SKs, speeches, prayer, closing) is filled in, with times counted from the start time. Each item can be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="135"/>
        <source>&amp;Isi</source>
        <translation>&amp;Fill in</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../app/ui/common/dialog_buttons.py" line="22"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/dialog_buttons.py" line="26"/>
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
        <location filename="../../app/ui/common/facility_form.py" line="109"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="149"/>
        <source>Berkas ini tidak dapat dibaca sebagai gambar PNG atau JPEG.</source>
        <translation>This file cannot be read as a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="169"/>
        <source>Pilih logo fasilitas</source>
        <translation>Choose the facility logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="171"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/facility_form.py" line="180"/>
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
    <name>FlagsDialog</name>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="126"/>
        <source>Tanda remisi: %1</source>
        <translation>Remission flags: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="137"/>
        <source>Dasar atau keterangan, mis. kartu donor PMI (wajib)</source>
        <translation>Basis or remarks, e.g. PMI (Red Cross) donor card (required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="138"/>
        <source>Ca&amp;tatan:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="140"/>
        <source>Berlaku untuk semua upacara: draf yang sedang dibuka dihitung ulang, draf lain ditandai perlu dihitung ulang.</source>
        <translation>Applies to every ceremony: the draft that is open is recomputed, other drafts are marked as needing a recomputation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="143"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="89"/>
        <source>Ubah tamu</source>
        <translation>Edit guest</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="89"/>
        <source>Tambah tamu undangan</source>
        <translation>Add invited guest</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="91"/>
        <source>mis. H. Achmad Afzan</source>
        <translation>e.g. H. Achmad Afzan</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="93"/>
        <source>mis. Wali Kota Pekalongan</source>
        <translation>e.g. Mayor of Pekalongan</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="96"/>
        <source>mis. menyerahkan SK remisi secara simbolis</source>
        <translation>e.g. hands over the remission SKs symbolically</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="98"/>
        <source>Belum diketahui</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="98"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="98"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="104"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="105"/>
        <source>&amp;Jabatan / instansi:</source>
        <translation>&amp;Position / institution:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="106"/>
        <source>&amp;Peran dalam acara:</source>
        <translation>R&amp;ole in the ceremony:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="107"/>
        <source>Ke&amp;hadiran:</source>
        <translation>&amp;Attendance:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="108"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_dialogs.py" line="109"/>
        <source>Tamu tercantum pada susunan acara dan pada daftar hadir tamu undangan.</source>
        <translation>Guests appear on the run sheet and on the attendance list of invited guests.</translation>
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
        <source>Periksa &amp;ulang</source>
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
        <location filename="../../app/ui/inmates/record_form.py" line="85"/>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="90"/>
        <source>L — Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="91"/>
        <source>P — Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="108"/>
        <source>Pakai &amp;usulan</source>
        <translation>&amp;Use proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="113"/>
        <source>&amp;Foto…</source>
        <translation>Pho&amp;to…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="115"/>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="137"/>
        <source>No. &amp;registrasi*</source>
        <translation>&amp;Registration no.*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="138"/>
        <source>&amp;Nama lengkap*</source>
        <translation>Full &amp;name*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="138"/>
        <source>&amp;Alias</source>
        <translation>A&amp;liases</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="139"/>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="139"/>
        <source>&amp;Jenis kelamin*</source>
        <translation>Se&amp;x*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="140"/>
        <source>&amp;Tempat lahir</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="141"/>
        <source>Tanggal &amp;lahir</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="141"/>
        <source>A&amp;gama</source>
        <translation>Reli&amp;gion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="142"/>
        <source>&amp;Pendidikan terakhir</source>
        <translation>&amp;Education</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="143"/>
        <source>Status &amp;perkawinan</source>
        <translation>&amp;Marital status</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="144"/>
        <source>Pe&amp;kerjaan</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="144"/>
        <source>Ala&amp;mat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="145"/>
        <source>Asal &amp;daerah</source>
        <translation>&amp;Home region</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="146"/>
        <source>Keluarga/&amp;wali</source>
        <translation>Next of &amp;kin</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="163"/>
        <source>&amp;Blok</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="163"/>
        <source>&amp;Kamar</source>
        <translation>&amp;Cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="164"/>
        <source>Tanggal &amp;masuk*</source>
        <translation>&amp;Admission date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="165"/>
        <source>Asal &amp;penahanan</source>
        <translation>Admitted &amp;from</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="172"/>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="180"/>
        <source>&amp;Kode registrasi*</source>
        <translation>Registration &amp;code*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="184"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="230"/>
        <source>Pilih foto</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="231"/>
        <source>Gambar (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="239"/>
        <source>Berkas bukan gambar JPEG/PNG yang dapat dibaca.</source>
        <translation>The file is not a readable JPEG/PNG image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="254"/>
        <source>Tanpa foto</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="55"/>
        <source>Impor WBP — {name}</source>
        <translation>Import inmates — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="58"/>
        <source>Kolom di berkas</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="58"/>
        <source>Diisikan ke</source>
        <translation>Goes into</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="67"/>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/inmates/import_dialog.py" line="86"/>
        <source>%n baris data. Periksa dulu, lalu impor.</source>
        <translation>
            <numerusform>%n data row. Check first, then import.</numerusform>
            <numerusform>%n data rows. Check first, then import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="92"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="93"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="99"/>
        <source>&amp;Tutup</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="111"/>
        <source>Cocokkan judul kolom berkas dengan isian Sibina:</source>
        <translation>Match the file&apos;s column headings to Sibina&apos;s fields:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="141"/>
        <source>peringatan: {issue}</source>
        <translation>warning: {issue}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="149"/>
        <source>baris {row}: {number}: diubah {fields}</source>
        <translation>row {row}: {number}: changed {fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="150"/>
        <source>(perkara/penahanan)</source>
        <translation>(cases/detention)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="155"/>
        <source>{n} masalah — tidak ada yang akan ditulis sampai semua baris benar.</source>
        <translation>Problems found: {n} — nothing will be written until every row is correct.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="159"/>
        <source>ditulis</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="159"/>
        <source>siap diimpor</source>
        <translation>ready to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="160"/>
        <source>{rows} baris: {create} baru, {update} diubah, {same} sama — {verb}.</source>
        <translation>{rows} rows: {create} new, {update} changed, {same} unchanged — {verb}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="170"/>
        <source>baris {row}: {message}</source>
        <translation>row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="171"/>
        <source>baris {row}: {field}: {message}</source>
        <translation>row {row}: {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/import_dialog.py" line="178"/>
        <source>Mengimpor WBP</source>
        <translation>Importing inmates</translation>
    </message>
</context>
<context>
    <name>InmateDialog</name>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="79"/>
        <source>Tambah &amp;perkara</source>
        <translation>Add &amp;case</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="80"/>
        <source>Tambah &amp;masa penahanan</source>
        <translation>Add detention &amp;period</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="81"/>
        <source>Tambah catatan &amp;disiplin</source>
        <translation>Add &amp;discipline entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="83"/>
        <source>Blok</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="83"/>
        <source>Kamar</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="83"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="83"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="85"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="85"/>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="85"/>
        <source>Dari → ke</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="85"/>
        <source>Dokumen / keterangan</source>
        <translation>Document / notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="85"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="92"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="92"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="92"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="92"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="118"/>
        <source>Riwayat penempatan:</source>
        <translation>Placement history:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="126"/>
        <source>Riwayat status:</source>
        <translation>Status history:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="128"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="129"/>
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="130"/>
        <source>Status &amp;&amp; kode</source>
        <translation>Status &amp;&amp; code</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="131"/>
        <source>Perkara</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="132"/>
        <source>Penahanan</source>
        <translation>Detention</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="133"/>
        <source>Disiplin (Register F)</source>
        <translation>Discipline (Register F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="135"/>
        <source>Remisi &amp;&amp; tanggal</source>
        <translation>Remission &amp;&amp; dates</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="136"/>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="140"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="143"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="143"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="170"/>
        <location filename="../../app/ui/inmates/record_dialog.py" line="171"/>
        <source>WBP baru</source>
        <translation>New inmate</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="198"/>
        <source>Data WBP — {name}</source>
        <translation>Inmate record — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="220"/>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="276"/>
        <source>Usulan: {code} ({label})</source>
        <translation>Proposed: {code} ({label})</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="277"/>
        <source>Tidak ada usulan</source>
        <translation>No proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="331"/>
        <source>{name} tersimpan dengan peringatan: {warnings}</source>
        <translation>{name} saved with warnings: {warnings}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_dialog.py" line="431"/>
        <source>Perubahan pada data WBP ini belum disimpan. Simpan dulu sebelum mencatat perubahan status?</source>
        <translation>This inmate&apos;s record has unsaved changes. Save them before recording the status change?</translation>
    </message>
</context>
<context>
    <name>InmateRecord</name>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="263"/>
        <source>Keluar: {date}</source>
        <translation>Left: {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="269"/>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="275"/>
        <source>Tujuan: {place}</source>
        <translation>Destination: {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_form.py" line="281"/>
        <source>Meninggal: {date}</source>
        <translation>Died: {date}</translation>
    </message>
</context>
<context>
    <name>InmatesTab</name>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="114"/>
        <source>Penghuni (tahanan + napi)</source>
        <translation>Current (detainees + convicts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="115"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="118"/>
        <location filename="../../app/ui/inmates/tab.py" line="121"/>
        <location filename="../../app/ui/inmates/tab.py" line="124"/>
        <location filename="../../app/ui/inmates/tab.py" line="128"/>
        <location filename="../../app/ui/inmates/tab.py" line="135"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="249"/>
        <source> dan {n} lainnya</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="258"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="246"/>
        <source>&lt;b&gt;Masa penahanan segera berakhir:&lt;/b&gt; {counts} — {names}</source>
        <translation>&lt;b&gt;Detention expiring soon:&lt;/b&gt; {counts} — {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/inmates/tab.py" line="223"/>
        <source>%Ln WBP</source>
        <translation>
            <numerusform>%Ln inmate</numerusform>
            <numerusform>%Ln inmates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/inmates/tab.py" line="256"/>
        <source>lewat %n hari</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/inmates/tab.py" line="259"/>
        <source>%n hari lagi</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="314"/>
        <source>Impor WBP</source>
        <translation>Import inmates</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="315"/>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="333"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="334"/>
        <location filename="../../app/ui/inmates/tab.py" line="355"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="340"/>
        <source>Mengekspor daftar WBP</source>
        <translation>Exporting the inmate list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/inmates/tab.py" line="342"/>
        <source>%Ln WBP diekspor ke %1</source>
        <translation>
            <numerusform>%Ln inmate exported to %1</numerusform>
            <numerusform>%Ln inmates exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="344"/>
        <source>Ekspor dibatalkan; {path} tidak diubah.</source>
        <translation>Export cancelled; {path} was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="354"/>
        <source>Simpan templat impor</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="365"/>
        <source>Templat disimpan: {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="378"/>
        <source>Menyusun daftar WBP</source>
        <translation>Preparing the inmate list</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/tab.py" line="386"/>
        <source>Daftar WBP</source>
        <translation>Inmate list</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status.py" line="18"/>
        <source>{urgent} sisa ≤3 hari atau lewat, {soon} sisa 4–10 hari</source>
        <translation>{urgent} with ≤3 days left or overdue, {soon} with 4–10 days left</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status.py" line="27"/>
        <source>⚠ Penahanan berakhir: {counts}</source>
        <translation>⚠ Detention ending: {counts}</translation>
    </message>
</context>
<context>
    <name>InmatesView</name>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="35"/>
        <source>Cari nama, alias, nomor registrasi atau NIK… (Ctrl+F)</source>
        <translation>Search name, alias, registration number or NIK… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="48"/>
        <source>Catat WBP baru (Ctrl+N)</source>
        <translation>Register a new inmate (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="50"/>
        <source>Buka data WBP terpilih (Enter)</source>
        <translation>Open the selected inmate&apos;s record (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="51"/>
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="52"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="53"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="54"/>
        <source>&amp;Templat…</source>
        <translation>&amp;Template…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="55"/>
        <source>Simpan templat lembar kerja untuk impor</source>
        <translation>Save a spreadsheet template for importing</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="47"/>
        <source>Bar&amp;u…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="49"/>
        <source>Bu&amp;ka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="56"/>
        <source>Po&amp;la nomor…</source>
        <translation>Nu&amp;mber pattern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="57"/>
        <source>Pola nomor registrasi fasilitas (admin)</source>
        <translation>The facility&apos;s registration number pattern (admin)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="85"/>
        <source>Ca&amp;ri:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="89"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="90"/>
        <source>Blok</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="90"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/view.py" line="91"/>
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
        <location filename="../../app/ui/certificates/dialogs.py" line="54"/>
        <source>mis. Pelatihan Budidaya Sayuran Hidroponik</source>
        <translation>e.g. Hydroponic Vegetable Farming Course</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="56"/>
        <source>opsional, mis. Sebagai peserta terbaik.</source>
        <translation>optional, e.g. As the best participant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="64"/>
        <source>opsional, mis. Wali Kota Pekalongan</source>
        <translation>optional, e.g. Mayor of Pekalongan</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="67"/>
        <source>opsional, 18 angka</source>
        <translation>optional, 18 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="70"/>
        <source>Satu penerima per baris: Nama, atau UUID; Nama</source>
        <translation>One recipient per line: Name, or UUID; Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="74"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="75"/>
        <source>&amp;Program/kegiatan:</source>
        <translation>Pro&amp;gramme/activity:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="76"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="77"/>
        <source>Tanggal te&amp;rbit:</source>
        <translation>Issue &amp;date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="78"/>
        <source>Jabatan penanda tangan ke&amp;dua:</source>
        <translation>Second signatory&apos;s &amp;title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="80"/>
        <source>&amp;Nama penanda tangan kedua:</source>
        <translation>Second signatory&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="82"/>
        <source>N&amp;IP penanda tangan kedua:</source>
        <translation>Second signatory&apos;s NI&amp;P:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="83"/>
        <source>P&amp;enerima:</source>
        <translation>R&amp;ecipients:</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="87"/>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Issue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/certificates/dialogs.py" line="96"/>
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
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="40"/>
        <source>Tambah riwayat remisi</source>
        <translation>Add remission history entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="63"/>
        <source>mis. arsip SK tahun 2023 (wajib)</source>
        <translation>e.g. SK archive of 2023 (required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="65"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="54"/>
        <source>Tanggal SK dik&amp;etahui:</source>
        <translation>SK da&amp;te known:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="66"/>
        <source>PMP seba&amp;gai:</source>
        <translation>PMP granted &amp;as:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="67"/>
        <source>Tangga&amp;l remisi:</source>
        <translation>Remission &amp;date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="68"/>
        <source>&amp;Hari:</source>
        <translation>Da&amp;ys:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="69"/>
        <source>&amp;Nomor SK:</source>
        <translation>SK &amp;number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="71"/>
        <source>&amp;Kategori:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="72"/>
        <source>&amp;Catatan:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="73"/>
        <source>Remisi yang diterima sebelum memakai Sibina, dari arsip SK. Tanggal bebas dihitung ulang dengan entri ini.</source>
        <translation>A remission received before Sibina was in use, taken from the SK archive. The release date is recalculated with this entry.</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="105"/>
        <source>: %1 hari</source>
        <translation>: %1 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="107"/>
        <source> + RT %1 hari</source>
        <translation> + RT %1 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="108"/>
        <source>, kategori %1</source>
        <translation>, category %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="69"/>
        <source>Tanggal bebas: %1 → %2</source>
        <translation>Release date: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="76"/>
        <source>Diubah petugas: %1</source>
        <translation>Changed by staff: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="79"/>
        <source>Alasan di bawah adalah perhitungan Sibina sebelum diubah: %1.</source>
        <translation>The reasons below are Sibina&apos;s computation before the change: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="93"/>
        <source>SK %1 tanggal %2</source>
        <translation>SK %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="113"/>
        <source>tidak diberikan</source>
        <translation>not granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="114"/>
        <source>diberikan</source>
        <translation>granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="115"/>
        <source>, bebas %1</source>
        <translation>, release %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="121"/>
        <source>belum: %1</source>
        <translation>not yet: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="125"/>
        <source>Tanda: %1 — %2</source>
        <translation>Flags: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_actions.py" line="196"/>
        <source>Piagam %1 memuat remisi yang lama dan sudah dicabut. Terbitkan piagam yang baru dari tombol Cetak, Piagam remisi.</source>
        <translation>Piagam %1 stated the old remission and has been revoked. Issue a new one from the Print button, Remission certificates of award.</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../../app/ui/remission/programme_tables.py" line="170"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_tables.py" line="171"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_tables.py" line="172"/>
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_tables.py" line="173"/>
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_tables.py" line="174"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_tables.py" line="175"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_tables.py" line="176"/>
        <source>Ctrl+Atas</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_tables.py" line="177"/>
        <source>Ctrl+Bawah</source>
        <translation>Ctrl+Down</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_page.py" line="70"/>
        <source>Masukkan nama pengguna dan kata sandi Anda.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_page.py" line="87"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_page.py" line="89"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_page.py" line="81"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_page.py" line="169"/>
        <source>Menunggu basis data…</source>
        <translation>Waiting for the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_page.py" line="171"/>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_page.py" line="177"/>
        <source>Isi nama pengguna.</source>
        <translation>Enter a username.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_page.py" line="119"/>
        <source>Versi {version}</source>
        <translation>Version {version}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>Akun {username} telah dinonaktifkan atau perannya diubah oleh admin. Masuk lagi untuk melanjutkan.</source>
        <translation>An admin has deactivated the account {username} or changed its role. Log in again to continue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <source>Bahasa akan dipakai saat Sibina dibuka lagi.</source>
        <translation>The language will be used the next time Sibina starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404"/>
        <source>Cadangan dibuat: {name}</source>
        <translation>Backup created: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="51"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="53"/>
        <source>&amp;Cadangkan…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="56"/>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="60"/>
        <source>&amp;Ubah kata sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="62"/>
        <source>Keluar &amp;akun</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="64"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="67"/>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="68"/>
        <source>&amp;Pengguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="70"/>
        <source>Profil &amp;fasilitas…</source>
        <translation>&amp;Facility profile…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="73"/>
        <source>&amp;Log audit…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="77"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="78"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="86"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="88"/>
        <source>Tabel aturan &amp;remisi…</source>
        <translation>Remission rule &amp;table…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_menus.py" line="90"/>
        <source>&amp;Tentang Sibina…</source>
        <translation>&amp;About Sibina…</translation>
    </message>
</context>
<context>
    <name>NewCeremonyDialog</name>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="67"/>
        <source>Upacara remisi baru</source>
        <translation>New remission ceremony</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="80"/>
        <source>A&amp;gama:</source>
        <translation>Reli&amp;gion:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="92"/>
        <source>mis. Aula Rutan</source>
        <translation>e.g. Rutan hall</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="94"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="95"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="97"/>
        <source>Tangga&amp;l:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="99"/>
        <source>J&amp;udul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="100"/>
        <source>Tem&amp;pat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="102"/>
        <source>Bu&amp;at upacara</source>
        <translation>C&amp;reate ceremony</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="142"/>
        <source>Diusulkan dari kalender hari libur nasional; ubah bila pemerintah menetapkan tanggal lain.</source>
        <translation>Proposed from the national holiday calendar; change it if the government sets another date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="145"/>
        <source>Tanggal hari besar tidak ditemukan di kalender; isi tanggalnya.</source>
        <translation>The holiday was not found in the calendar; enter its date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="147"/>
        <source>Remisi ini diberikan pada 17 Agustus.</source>
        <translation>This remission is granted on 17 August.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="149"/>
        <source>kosongkan: judul dibuat dari jenis dan tanggal</source>
        <translation>leave empty: the title is made from the kind and date</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="116"/>
        <source>Pengguna baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="120"/>
        <source>huruf kecil, mis. siti.aminah</source>
        <translation>lower case, e.g. siti.aminah</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="125"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="126"/>
        <source>Nama &amp;lengkap:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="127"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="128"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="129"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>Repe&amp;at password:</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="73"/>
        <source>Ubah keputusan: %1</source>
        <translation>Change decision: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="74"/>
        <source>Ber&amp;ikan remisi</source>
        <translation>&amp;Grant remission</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="75"/>
        <source>&amp;Tidak diberikan</source>
        <translation>&amp;Not granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="88"/>
        <source>Alasan tertulis, mis. nomor surat Kanwil (wajib, sedikitnya 10 huruf)</source>
        <translation>Written reason, e.g. the regional office (Kanwil) letter number (required, at least 10 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="90"/>
        <source>Hasil hitungan: %1 hari, RT %2 hari</source>
        <translation>Computed: %1 days, RT %2 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="92"/>
        <source>Hasil hitungan: tidak memenuhi syarat</source>
        <translation>Computed: not eligible</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="94"/>
        <source>Keputusan:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="96"/>
        <source>&amp;Remisi:</source>
        <translation>&amp;Remission:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="97"/>
        <source>Remisi T&amp;ambahan:</source>
        <translation>A&amp;dditional remission (RT):</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="98"/>
        <source>Alasa&amp;n:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="101"/>
        <source>&amp;Simpan perubahan</source>
        <translation>&amp;Save changes</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="36"/>
        <source>Pola nomor registrasi</source>
        <translation>Registration number pattern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="43"/>
        <source>coba nomor, mis. B.I-123/2025</source>
        <translation>try a number, e.g. B.I-123/2025</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="46"/>
        <source>Bagian pola: {kode} = kode registrasi (B.I atau BI), {nomor} = nomor urut, {tahun} = tahun 4 angka, [-.] = salah satu karakter di dalam kurung; karakter lain ditulis apa adanya. Nomor yang sudah tercatat tidak diubah.</source>
        <translation>Pattern parts: {kode} = registration code (B.I or BI), {nomor} = serial number, {tahun} = 4-digit year, [-.] = any one character in the brackets; other characters are matched as written. Numbers already recorded are not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="51"/>
        <source>&amp;Pola</source>
        <translation>&amp;Pattern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="52"/>
        <source>Artinya</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="53"/>
        <source>&amp;Coba nomor</source>
        <translation>&amp;Test a number</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="57"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="58"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="78"/>
        <source>{meaning}. Contoh: {example}</source>
        <translation>{meaning}. Example: {example}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="82"/>
        <source>✔ sesuai pola</source>
        <translation>✔ matches the pattern</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/pattern_dialog.py" line="83"/>
        <source>✘ tidak sesuai pola</source>
        <translation>✘ does not match the pattern</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="52"/>
        <source>Pratinjau dokumen</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="67"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="69"/>
        <source>&amp;Simpan sebagai PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="70"/>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="71"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="73"/>
        <source>(printer bawaan)</source>
        <translation>(default printer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="93"/>
        <source>&amp;Printer:</source>
        <translation>Prin&amp;ter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="95"/>
        <source>Geser &amp;kanan (mm):</source>
        <translation>Shift &amp;right (mm):</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="97"/>
        <source>Geser &amp;bawah (mm):</source>
        <translation>Shift &amp;down (mm):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/common/pdf_preview.py" line="116"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="160"/>
        <source>printer bawaan</source>
        <translation>default printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="162"/>
        <source>Printer “%1” tidak dapat dipakai. Periksa apakah printer menyala dan tersambung, lalu coba lagi.</source>
        <translation>The printer “%1” cannot be used. Check that it is switched on and connected, then try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/common/pdf_preview.py" line="168"/>
        <source>%n halaman dikirim ke %1.</source>
        <translation>
            <numerusform>%n page sent to %1.</numerusform>
            <numerusform>%n pages sent to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="210"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="211"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="225"/>
        <source>PDF tidak dapat disimpan ke %1:
%2</source>
        <translation>The PDF cannot be saved to %1:
%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/pdf_preview.py" line="232"/>
        <source>Disimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="54"/>
        <source>&amp;Daftar usulan</source>
        <translation>&amp;Proposal list</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="55"/>
        <source>&amp;Petikan SK per WBP</source>
        <translation>&amp;SK extract per inmate</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="56"/>
        <source>P&amp;iagam remisi</source>
        <translation>Remission &amp;certificates of award (piagam)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="57"/>
        <source>Daftar &amp;bebas (kategori II)</source>
        <translation>&amp;Release list (Category II)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="58"/>
        <source>&amp;Statistik</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="81"/>
        <source>Daftar usulan</source>
        <translation>Proposal list</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="83"/>
        <source>Menyusun daftar usulan: halaman %1…</source>
        <translation>Laying out the proposal list: page %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="84"/>
        <source>Petikan SK</source>
        <translation>SK extracts</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="86"/>
        <location filename="../../app/ui/remission/printing.py" line="119"/>
        <source>Piagam remisi</source>
        <translation>Remission certificates of award</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="88"/>
        <source>Daftar bebas</source>
        <translation>Release list</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="90"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="96"/>
        <source>Menyusun %1</source>
        <translation>Preparing %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/printing.py" line="108"/>
        <source>Terbitkan %n piagam remisi bernomor?</source>
        <translation>
            <numerusform>Issue %n numbered remission piagam?</numerusform>
            <numerusform>Issue %n numbered remission piagams?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/printing.py" line="110"/>
        <source>%n penerima sudah memiliki piagam dan dilewati (cetak ulang melalui tab Sertifikat).</source>
        <translation>
            <numerusform>%n recipient already has a piagam and is skipped (reprint it in the Certificates tab).</numerusform>
            <numerusform>%n recipients already have a piagam and are skipped (reprint them in the Certificates tab).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/printing.py" line="115"/>
        <source>%n penerima tidak lagi menjadi penghuni (bebas, pindah atau meninggal); piagamnya ikut diterbitkan.</source>
        <translation>
            <numerusform>%n recipient is no longer in custody (released, transferred or dead); their piagam is issued as well.</numerusform>
            <numerusform>%n recipients are no longer in custody (released, transferred or dead); their piagams are issued as well.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/printing.py" line="117"/>
        <source>Setiap piagam mendapat nomor di register sertifikat. Nomor itu tidak dipakai ulang, juga bila piagam kemudian dicabut.</source>
        <translation>Each piagam gets a number in the certificate register. That number is never used again, not even if the piagam is revoked later.</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="69"/>
        <source>&amp;Susunan acara:</source>
        <translation>&amp;Run sheet:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="70"/>
        <source>&amp;Tambah acara…</source>
        <translation>Add i&amp;tem…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="72"/>
        <source>Tambah ta&amp;mu…</source>
        <translation>Add &amp;guest…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="71"/>
        <source>Tamu un&amp;dangan:</source>
        <translation>&amp;Invited guests:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="73"/>
        <source>&amp;Isi susunan baku…</source>
        <translation>Fill in &amp;default run sheet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="74"/>
        <source>&amp;Cetak susunan acara…</source>
        <translation>Print run sh&amp;eet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="77"/>
        <source>Enter: ubah · Del: hapus · Ctrl+Atas/Bawah: pindahkan</source>
        <translation>Enter: edit · Del: delete · Ctrl+Up/Down: move</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="125"/>
        <source>Pilih upacara untuk melihat susunan acaranya.</source>
        <translation>Choose a ceremony to see its run sheet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="188"/>
        <source>Hapus “%1” dari susunan acara?</source>
        <translation>Remove “%1” from the run sheet?</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="190"/>
        <source>Hapus “%1” dari daftar tamu undangan?</source>
        <translation>Remove “%1” from the list of invited guests?</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="224"/>
        <source>Susunan acara</source>
        <translation>Run sheet</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="172"/>
        <source>&amp;Alasan:</source>
        <translation>Rea&amp;son:</translation>
    </message>
</context>
<context>
    <name>RemissionSection</name>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="48"/>
        <source>Ekspirasi awal:</source>
        <translation>Original expiry:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="48"/>
        <source>Tanggal bebas:</source>
        <translation>Release date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="48"/>
        <source>1/3 masa pidana:</source>
        <translation>1/3 of sentence:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="49"/>
        <source>1/2 masa pidana:</source>
        <translation>1/2 of sentence:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="49"/>
        <source>2/3 masa pidana:</source>
        <translation>2/3 of sentence:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="50"/>
        <source>Pembebasan bersyarat:</source>
        <translation>Parole:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="58"/>
        <source>Remisi diterima:</source>
        <translation>Remission received:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="63"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="63"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="63"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="63"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="63"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="63"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="66"/>
        <source>Tambah &amp;riwayat remisi…</source>
        <translation>Add remission &amp;history entry…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="67"/>
        <source>Batalkan &amp;entri…</source>
        <translation>Void &amp;entry…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="78"/>
        <source>Riwayat remisi:</source>
        <translation>Remission history:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/inmates/record_remission.py" line="94"/>
        <source>%Ln hari</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="96"/>
        <source>Tanggal mulai penahanan belum tercatat di register.</source>
        <translation>The detention start date is not yet recorded in the register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="98"/>
        <source>Lama pidana perkara ini lebih dari 100 tahun: tanggal tidak dapat dihitung. Perbaiki lama pidananya di bagian Perkara.</source>
        <translation>This case&apos;s sentence is longer than 100 years: no dates can be computed. Correct the sentence length under Cases.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_remission.py" line="111"/>
        <source>{kind} — dibatalkan</source>
        <translation>{kind} — voided</translation>
    </message>
</context>
<context>
    <name>RemissionTab</name>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="189"/>
        <source> oleh %1, %2</source>
        <translation> by %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="172"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="174"/>
        <source>disetujui%1</source>
        <translation>approved%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="176"/>
        <source>dihitung %1</source>
        <translation>computed %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="179"/>
        <source>Daftar usulan belum dihitung: tekan “Hitung usulan”.</source>
        <translation>The proposal list has not been computed yet: press “Compute proposals”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="200"/>
        <source>Data WBP, riwayat remisi, tanda WBP atau tabel aturan berubah sejak daftar ini dihitung (terakhir %1).</source>
        <translation>Inmate data, remission history, inmate flags or the rule table changed after this list was computed (last at %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="204"/>
        <source>Tekan “Hitung usulan” agar usulan memakai data terbaru.</source>
        <translation>Press “Compute proposals” so the proposals use the latest data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="206"/>
        <source>Minta petugas menghitung ulang sebelum daftar disetujui.</source>
        <translation>Ask the staff to recompute it before the list is approved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="239"/>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="301"/>
        <source>Menghitung daftar usulan</source>
        <translation>Computing the proposal list</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="317"/>
        <source>Setujui daftar usulan “%1”: %2 WBP diberi remisi? Sesudah disetujui daftar tidak dapat dihitung ulang atau diubah.</source>
        <translation>Approve the proposal list “%1”, granting a remission to %2 inmates? Once approved, the list cannot be recomputed or changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="323"/>
        <source>Persetujuan pimpinan</source>
        <translation>Management approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="353"/>
        <source>%1 WBP dicatat di register remisi dengan nomor SK-nya, dan upacara dikunci. Perbaikan sesudahnya dicatat sebagai koreksi. Lanjutkan?</source>
        <translation>%1 inmates will be recorded in the remission register with their SK numbers, and the ceremony will be locked. Later fixes are recorded as corrections. Continue?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/tab.py" line="360"/>
        <source>
… dan %n lainnya</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/tab.py" line="361"/>
        <source>%n penerima tidak lagi menjadi penghuni sejak daftar disetujui; remisinya tetap dicatat sesuai SK:</source>
        <translation>
            <numerusform>%n recipient is no longer in custody since the list was approved; the remission is still recorded as the SK says:</numerusform>
            <numerusform>%n recipients are no longer in custody since the list was approved; their remissions are still recorded as the SKs say:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="364"/>
        <source>Catat ke register</source>
        <translation>Record in the register</translation>
    </message>
</context>
<context>
    <name>RemissionView</name>
    <message>
        <location filename="../../app/ui/remission/view.py" line="97"/>
        <source>Buat upacara remisi baru (Ctrl+N)</source>
        <translation>Create a new remission ceremony (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="99"/>
        <source>Ubah upacara…</source>
        <translation>Edit ceremony…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="101"/>
        <source>Judul dan tempat upacara; tanggal Remisi Khusus selama masih draf (Ctrl+E)</source>
        <translation>The ceremony&apos;s title and venue; the date of a Special Remission while it is a draft (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="104"/>
        <source>Tabel remisi dengan dasar hukumnya</source>
        <translation>The remission table with its legal basis</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="121"/>
        <source>&amp;Hitung usulan</source>
        <translation>&amp;Compute proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="122"/>
        <source>Hitung keputusan untuk seluruh register (F5)</source>
        <translation>Compute the decisions for the whole register (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="124"/>
        <source>Persetujuan pimpinan atas daftar usulan</source>
        <translation>Management approval of the proposal list</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="137"/>
        <source>Nama atau nomor registrasi… (Ctrl+F)</source>
        <translation>Name or registration number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="143"/>
        <source>Ubah &amp;keputusan…</source>
        <translation>Change &amp;decision…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="145"/>
        <source>Donor, pemuka, pernah melarikan diri, ...</source>
        <translation>Donor, trustee (pemuka), escaped before, ...</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="96"/>
        <source>&amp;Upacara baru…</source>
        <translation>&amp;New ceremony…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="103"/>
        <source>Tabe&amp;l aturan…</source>
        <translation>R&amp;ule table…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="123"/>
        <source>Setu&amp;jui…</source>
        <translation>Appr&amp;ove…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="125"/>
        <source>Isi n&amp;omor SK…</source>
        <translation>Enter SK nu&amp;mbers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="126"/>
        <source>Catat ke re&amp;gister &amp;&amp; kunci…</source>
        <translation>Record in register &amp;&amp; loc&amp;k…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="128"/>
        <source>C&amp;etak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="144"/>
        <source>Tanda &amp;WBP…</source>
        <translation>&amp;Inmate flags…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="146"/>
        <source>&amp;SK baris ini…</source>
        <translation>SK for this &amp;line…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="147"/>
        <source>Koreks&amp;i…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="148"/>
        <source>Koreksi remisi yang sudah tercatat di register</source>
        <translation>Correct a remission already recorded in the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="151"/>
        <source>No. registrasi</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="151"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="151"/>
        <source>Remisi (hari)</source>
        <translation>Remission (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="152"/>
        <source>RT (hari)</source>
        <translation>RT (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="152"/>
        <source>Bebas</source>
        <translation>Release date</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="156"/>
        <source>Pengganti denda (hari)</source>
        <translation>In lieu of fine (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="164"/>
        <source>Daftar usulan</source>
        <translation>Proposal list</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="165"/>
        <source>Kategori II</source>
        <translation>Category II</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="166"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="169"/>
        <source>Belum ada upacara remisi.

Tekan “Upacara baru…” untuk membuat upacara Remisi Umum 17 Agustus, Remisi Khusus hari besar agama, atau Remisi Dasawarsa. Sibina menghitung usulan untuk seluruh register beserta alasan dan dasar hukumnya.</source>
        <translation>No remission ceremonies yet.

Press “New ceremony…” to create a General Remission (RU) ceremony on 17 August, a Special Remission (RK) ceremony for a religious holiday, or a Decennial Remission (RD) ceremony. Sibina computes the proposals for the whole register, with the reasons and their legal basis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="204"/>
        <source>&amp;Tampilkan:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="205"/>
        <source>&amp;Cari:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="247"/>
        <source>Upaca&amp;ra:</source>
        <translation>Ceremon&amp;y:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/view.py" line="214"/>
        <source>Alasan dan dasar hukum:</source>
        <translation>Reasons and legal basis:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="168"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="174"/>
        <source>Berikan kata sandi sementara ini kepada {name} ({username}). Saat masuk berikutnya ia wajib menggantinya. Akun yang terkunci juga dibuka.</source>
        <translation>Give this temporary password to {name} ({username}). They must change it at their next login. A locked account is unlocked as well.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="180"/>
        <source>Kata sandi semen&amp;tara:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="146"/>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="151"/>
        <source>Peran menentukan apa yang boleh dilakukan {name} ({username}).</source>
        <translation>The role decides what {name} ({username}) is allowed to do.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/user_forms.py" line="156"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>RuleHistoryTree</name>
    <message>
        <location filename="../../app/ui/remission/rules_history.py" line="39"/>
        <source>Waktu / kunci</source>
        <translation>Time / key</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_history.py" line="39"/>
        <source>Oleh / perubahan</source>
        <translation>By / change</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_history.py" line="40"/>
        <source>Dasar perubahan</source>
        <translation>Basis for the change</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_history.py" line="51"/>
        <source>dikembalikan ke tabel bawaan</source>
        <translation>reset to the built-in table</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_history.py" line="52"/>
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_history.py" line="66"/>
        <source>Belum pernah diubah: tabel bawaan Sibina berlaku.</source>
        <translation>Never changed: Sibina&apos;s built-in table is in force.</translation>
    </message>
</context>
<context>
    <name>RuleTableDialog</name>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="52"/>
        <location filename="../../app/ui/remission/rules_dialog.py" line="241"/>
        <location filename="../../app/ui/remission/rules_dialog.py" line="300"/>
        <source>Tabel aturan remisi</source>
        <translation>Remission rule table</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="69"/>
        <source>&amp;Aturan</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="70"/>
        <source>Ri&amp;wayat perubahan</source>
        <translation>Change &amp;history</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="98"/>
        <source>Tambah ba&amp;ris</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="100"/>
        <source>Salin baris RU/RK terpilih ke bawahnya (Insert)</source>
        <translation>Copy the selected RU/RK row below it (Insert)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="103"/>
        <source>&amp;Hapus baris</source>
        <translation>Remo&amp;ve row</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="104"/>
        <source>Hapus baris RU/RK terpilih (Delete)</source>
        <translation>Remove the selected RU/RK row (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="106"/>
        <source>Enter/F2: ubah nilai · Shift+F2: ubah dasar hukum · Spasi: ya/tidak · Insert/Delete: tambah/hapus baris</source>
        <translation>Enter/F2: edit value · Shift+F2: edit legal basis · Space: yes/no · Insert/Delete: add/remove row</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="121"/>
        <source>Peraturan yang menjadi dasar, mis. Permenkumham Nomor ... Tahun ...</source>
        <translation>The regulation it rests on, e.g. Permenkumham No. ... of ...</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="129"/>
        <source>Dasar &amp;perubahan:</source>
        <translation>Basis &amp;for the change:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="140"/>
        <source>Kembalikan ke tabel &amp;bawaan…</source>
        <translation>Restore the &amp;built-in table…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="144"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="148"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="171"/>
        <source>Tabel yang diubah oleh {user} tidak sah lagi ({problem}); tabel bawaan Sibina dipakai sampai tabel diperbaiki atau dikembalikan.</source>
        <translation>The table changed by {user} is no longer valid ({problem}); Sibina&apos;s built-in table is used until the table is fixed or reset.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="176"/>
        <source>Tabel bawaan Sibina telah diperbarui sejak tabel ini diubah. Periksa apakah perubahan masih sesuai.</source>
        <translation>Sibina&apos;s built-in table has been updated since this table was changed. Check that the changes still apply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="188"/>
        <source>Berlaku: tabel yang diubah oleh {user} pada {when}.</source>
        <translation>In force: the table changed by {user} on {when}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="190"/>
        <source>Berlaku: tabel bawaan Sibina (dikembalikan oleh {user} pada {when}).</source>
        <translation>In force: Sibina&apos;s built-in table (reset by {user} on {when}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="192"/>
        <source>Berlaku: tabel bawaan Sibina (resources/rules/remission.json).</source>
        <translation>In force: Sibina&apos;s built-in table (resources/rules/remission.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="195"/>
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="210"/>
        <source>Dasar hukum: {basis}</source>
        <translation>Legal basis: {basis}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="214"/>
        <source>Enter/F2 untuk mengubah.</source>
        <translation>Enter/F2 to edit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/rules_dialog.py" line="223"/>
        <source>%n perubahan belum disimpan.</source>
        <translation>
            <numerusform>%n unsaved change.</numerusform>
            <numerusform>%n unsaved changes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="233"/>
        <source>Tersimpan. Tabel yang diubah kini berlaku untuk perhitungan remisi.</source>
        <translation>Saved. The changed table now applies to remission calculations.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="239"/>
        <source>Kembalikan tabel aturan remisi ke tabel bawaan Sibina? Perubahan yang belum disimpan hilang; perubahan lama tetap tercatat di riwayat.</source>
        <translation>Reset the remission rule table to Sibina&apos;s built-in table? Unsaved changes are lost; earlier changes stay recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="245"/>
        <source>Tabel bawaan Sibina berlaku lagi.</source>
        <translation>Sibina&apos;s built-in table is in force again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_dialog.py" line="300"/>
        <source>Buang perubahan yang belum disimpan?</source>
        <translation>Discard the unsaved changes?</translation>
    </message>
</context>
<context>
    <name>RuleTree</name>
    <message>
        <location filename="../../app/ui/remission/rules_tree.py" line="60"/>
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_tree.py" line="60"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_tree.py" line="60"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/rules_tree.py" line="142"/>
        <source>%n baris</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/rules_tree.py" line="189"/>
        <source>%Ln hari</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <location filename="../../app/ui/status_bar.py" line="27"/>
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="29"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="37"/>
        <source>Basis data demo: data fiktif untuk latihan</source>
        <translation>Demo database: fictitious data for practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="39"/>
        <source>Basis data:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="42"/>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="44"/>
        <source>Peran:</source>
        <translation>Role:</translation>
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
        <location filename="../../app/ui/setup_wizard.py" line="162"/>
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
        <location filename="../../app/ui/application.py" line="52"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="58"/>
        <source>Sibina ditutup tanpa mengubah berkas apa pun. Hubungi admin bila perlu.</source>
        <translation>Sibina closes without changing any file. Contact the admin if needed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="222"/>
        <source>Cadangan harian dibuat: {name}</source>
        <translation>Daily backup created: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="231"/>
        <source>Cadangan harian gagal: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>SkDialog</name>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="184"/>
        <source>Nomor dan tanggal SK</source>
        <translation>SK number and date</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="191"/>
        <source>mis. W11.PAS.PAS.6-{no}/2025</source>
        <translation>e.g. W11.PAS.PAS.6-{no}/2025</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="198"/>
        <source>Baris yang belum ber-SK (%n)</source>
        <translation>
            <numerusform>Line without an SK yet (%n)</numerusform>
            <numerusform>Lines without an SK yet (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="199"/>
        <source>Semua baris yang diberikan (%n)</source>
        <translation>
            <numerusform>The granted line (%n)</numerusform>
            <numerusform>All granted lines (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="208"/>
        <source>Tulis {no} di tempat nomor urut bila tiap WBP mendapat SK sendiri; tanpa {no} semua baris memakai nomor yang sama.</source>
        <translation>Write {no} where the serial number goes if each inmate gets their own SK; without {no} every line gets the same number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="213"/>
        <source>&amp;Nomor SK:</source>
        <translation>SK &amp;number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="214"/>
        <source>Nomor &amp;urut mulai:</source>
        <translation>&amp;First serial number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="215"/>
        <source>&amp;Tanggal SK:</source>
        <translation>SK &amp;date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="221"/>
        <source>Untuk:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="223"/>
        <source>Isi untuk:</source>
        <translation>Fill in for:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="226"/>
        <source>Contoh:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="259"/>
        <source>(sama untuk semua baris)</source>
        <translation>(the same for every line)</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../app/ui/inmates/status_actions.py" line="23"/>
        <source>Putusan &amp;inkracht…</source>
        <translation>Final &amp;verdict…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_actions.py" line="24"/>
        <source>&amp;Bebaskan…</source>
        <translation>&amp;Release…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_actions.py" line="25"/>
        <source>&amp;Pindahkan…</source>
        <translation>Trans&amp;fer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_actions.py" line="26"/>
        <source>&amp;Meninggal…</source>
        <translation>&amp;Death…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_actions.py" line="32"/>
        <source>Batalkan perubahan s&amp;tatus…</source>
        <translation>Undo s&amp;tatus change…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="91"/>
        <source>Tanggal &amp;berlaku*</source>
        <translation>&amp;Effective date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="92"/>
        <source>Tanggal &amp;bebas*</source>
        <translation>&amp;Release date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="93"/>
        <source>Tanggal &amp;pindah*</source>
        <translation>&amp;Transfer date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="94"/>
        <source>Tanggal &amp;meninggal*</source>
        <translation>Date of &amp;death*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="107"/>
        <source>&amp;Alasan*</source>
        <translation>Reaso&amp;n*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="109"/>
        <source>&amp;Tujuan (fasilitas)*</source>
        <translation>&amp;Destination (facility)*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="115"/>
        <source>Petikan putusan / BA pelaksanaan</source>
        <translation>Verdict extract / minutes of execution</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="116"/>
        <source>No. SK / surat lepas</source>
        <translation>Decree / release letter no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="117"/>
        <source>No. surat pindah</source>
        <translation>Transfer letter no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="118"/>
        <source>No. surat keterangan kematian</source>
        <translation>Death certificate no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="120"/>
        <source>&amp;Dokumen</source>
        <translation>Doc&amp;ument</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="121"/>
        <source>&amp;Catatan</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="128"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="152"/>
        <source> thn</source>
        <translation> yrs</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="152"/>
        <source> bln</source>
        <translation> mths</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="153"/>
        <location filename="../../app/ui/inmates/status_dialog.py" line="170"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="183"/>
        <source>No. p&amp;utusan*</source>
        <translation>&amp;Verdict no.*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="184"/>
        <source>Pengadilan</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="185"/>
        <source>Pasal</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="186"/>
        <source>Jenis kejahatan</source>
        <translation>Crime category</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="187"/>
        <source>Tanggal putusan*</source>
        <translation>Verdict date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="188"/>
        <source>Tanggal &amp;inkracht*</source>
        <translation>&amp;Inkracht date*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="189"/>
        <source>&amp;Jenis pidana*</source>
        <translation>Sentence &amp;type*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="190"/>
        <source>&amp;Lama pidana</source>
        <translation>Sentence &amp;length</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="191"/>
        <source>Denda</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="192"/>
        <source>Subsider</source>
        <translation>In lieu of fine</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="193"/>
        <source>Kode registrasi baru</source>
        <translation>New registration code</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="224"/>
        <source>— (isi lama pidana)</source>
        <translation>— (enter the sentence length)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="278"/>
        <source>Catat {name} ({number}) meninggal pada {date}?

Orang ini tidak lagi masuk daftar aktif.</source>
        <translation>Record {name} ({number}) as deceased on {date}?

This person will no longer be on the active list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="281"/>
        <source>Catat {name} ({number}) bebas pada {date}, alasan: {reason}?

Orang ini tidak lagi masuk daftar aktif.</source>
        <translation>Record {name} ({number}) as released on {date}, reason: {reason}?

This person will no longer be on the active list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="285"/>
        <source>Catat {name} ({number}) pindah ke {destination} pada {date}?

Orang ini tidak lagi masuk daftar aktif.</source>
        <translation>Record {name} ({number}) as transferred to {destination} on {date}?

This person will no longer be on the active list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="288"/>
        <source>Konfirmasi perubahan status</source>
        <translation>Confirm status change</translation>
    </message>
</context>
<context>
    <name>TabHost</name>
    <message>
        <location filename="../../app/ui/tab_host.py" line="104"/>
        <source>Tab ini tidak dapat dibuka. Rincian ada di laporan galat.</source>
        <translation>This tab could not be opened. The details are in the error report.</translation>
    </message>
</context>
<context>
    <name>UndoStatusDialog</name>
    <message>
        <location filename="../../app/ui/inmates/status_undo_dialog.py" line="37"/>
        <source>Batalkan perubahan status</source>
        <translation>Undo status change</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_undo_dialog.py" line="48"/>
        <source>Yang dibatalkan: {change} pada {date}, dicatat oleh {user}.
{name} ({number}) kembali berstatus {status}.</source>
        <translation>Undoing: {change} on {date}, recorded by {user}.
{name} ({number}) returns to the status {status}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_undo_dialog.py" line="57"/>
        <source>Mengapa perubahan itu keliru</source>
        <translation>Why that change was a mistake</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_undo_dialog.py" line="60"/>
        <source>&amp;Alasan pembatalan*</source>
        <translation>&amp;Reason for undoing*</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_undo_dialog.py" line="62"/>
        <source>&amp;Batalkan perubahan</source>
        <translation>&amp;Undo change</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_undo_dialog.py" line="61"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="121"/>
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
        <location filename="../../app/ui/admin/users_dialog.py" line="208"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="137"/>
        <source>&amp;Atur ulang kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="138"/>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="140"/>
        <source>Akhiri penguncian karena percobaan masuk gagal; kata sandi tetap.</source>
        <translation>End the lock after failed logins; the password stays.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="156"/>
        <source>T&amp;utup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="206"/>
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
    <name>VoidEntryDialog</name>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="105"/>
        <source>Batalkan entri remisi</source>
        <translation>Void remission entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="109"/>
        <source>&amp;Alasan:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/ledger_dialogs.py" line="111"/>
        <source>Entri %1 hari dibatalkan; entri tetap tercatat (dicoret) dan tanggal bebas dihitung ulang.</source>
        <translation>The entry %1 days will be voided; it stays on record (struck through) and the release date is recalculated.</translation>
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
        <location filename="../../app/ui/admin/user_forms.py" line="109"/>
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
        <source>Kunci akun dibuka</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="20"/>
        <source>Pengguna dibuat</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="21"/>
        <source>Peran diubah</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="22"/>
        <source>Pengguna diaktifkan</source>
        <translation>User activated</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="23"/>
        <source>Pengguna dinonaktifkan</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="24"/>
        <source>Profil fasilitas dibuat</source>
        <translation>Facility profile created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="25"/>
        <source>Profil fasilitas diubah</source>
        <translation>Facility profile changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="26"/>
        <source>Cadangan dibuat</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="27"/>
        <source>Basis data dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="28"/>
        <source>Kunci tanda tangan dibuat</source>
        <translation>Signing key created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="29"/>
        <source>Sertifikat diterbitkan</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="30"/>
        <source>Sertifikat dicetak ulang</source>
        <translation>Certificate reprinted</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="31"/>
        <source>Sertifikat dicabut</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="32"/>
        <source>Pola nomor sertifikat diubah</source>
        <translation>Certificate number pattern changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="33"/>
        <source>WBP dicatat</source>
        <translation>Inmate registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="34"/>
        <source>Data WBP diubah</source>
        <translation>Inmate record changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="35"/>
        <source>WBP diimpor</source>
        <translation>Inmate imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="36"/>
        <source>Data WBP diperbarui lewat impor</source>
        <translation>Inmate record updated by import</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="37"/>
        <source>WBP demo dibuat</source>
        <translation>Demo inmate created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="38"/>
        <source>Putusan inkracht dicatat</source>
        <translation>Final verdict recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="39"/>
        <source>WBP bebas</source>
        <translation>Inmate released</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="40"/>
        <source>WBP dipindahkan</source>
        <translation>Inmate transferred</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="41"/>
        <source>WBP meninggal</source>
        <translation>Inmate deceased</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="42"/>
        <source>Perubahan status WBP dibatalkan</source>
        <translation>Inmate status change undone</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="43"/>
        <source>Daftar WBP diekspor</source>
        <translation>Inmate list exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="44"/>
        <source>Daftar WBP dicetak</source>
        <translation>Inmate list printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="45"/>
        <source>Pola nomor registrasi diubah</source>
        <translation>Registration number pattern changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="46"/>
        <source>Upacara remisi dibuat</source>
        <translation>Remission ceremony created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="47"/>
        <source>Data upacara remisi diubah</source>
        <translation>Remission ceremony details changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="48"/>
        <source>Daftar usulan remisi dihitung</source>
        <translation>Remission proposal list computed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="49"/>
        <source>Usulan remisi diubah (dengan alasan)</source>
        <translation>Remission proposal changed (with justification)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="50"/>
        <source>Upacara remisi disetujui</source>
        <translation>Remission ceremony approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="51"/>
        <source>Nomor SK remisi dicatat</source>
        <translation>Remission decree (SK) number recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="52"/>
        <source>Remisi dibukukan, upacara dikunci</source>
        <translation>Remissions booked, ceremony locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="53"/>
        <source>Tanda remisi WBP diubah</source>
        <translation>Inmate remission flags changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="54"/>
        <source>Riwayat remisi ditambahkan</source>
        <translation>Remission history entry added</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="55"/>
        <source>Riwayat remisi dibatalkan</source>
        <translation>Remission history entry voided</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="56"/>
        <source>Data remisi demo dibuat</source>
        <translation>Demo remission data created</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="57"/>
        <source>Remisi dikoreksi setelah dikunci</source>
        <translation>Remission corrected after locking</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="58"/>
        <source>Susunan acara baku diisikan</source>
        <translation>Default run sheet filled in</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="59"/>
        <source>Acara ditambahkan</source>
        <translation>Run sheet item added</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="60"/>
        <source>Acara diubah</source>
        <translation>Run sheet item changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="61"/>
        <source>Acara dihapus</source>
        <translation>Run sheet item deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="62"/>
        <source>Urutan acara diubah</source>
        <translation>Run sheet order changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="63"/>
        <source>Tamu ditambahkan</source>
        <translation>Guest added</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="64"/>
        <source>Data tamu diubah</source>
        <translation>Guest details changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="65"/>
        <source>Tamu dihapus</source>
        <translation>Guest deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="66"/>
        <source>Urutan tamu diubah</source>
        <translation>Guest order changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="67"/>
        <source>Kehadiran penerima remisi dicatat</source>
        <translation>Remission recipients&apos; attendance recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="70"/>
        <source>Tabel aturan remisi diubah</source>
        <translation>Remission rule table changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="71"/>
        <source>Tabel aturan remisi dikembalikan ke bawaan</source>
        <translation>Remission rule table reset to built-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="75"/>
        <location filename="../../app/ui/admin/audit_view.py" line="45"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="76"/>
        <source>Fasilitas</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="77"/>
        <source>WBP</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="78"/>
        <source>Daftar WBP</source>
        <translation>Inmate list</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="79"/>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="80"/>
        <source>Jenis sertifikat</source>
        <translation>Certificate kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="81"/>
        <source>Kunci tanda tangan</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="82"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="83"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="84"/>
        <source>Upacara remisi</source>
        <translation>Remission ceremony</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="85"/>
        <source>Baris usulan remisi</source>
        <translation>Remission proposal line</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="86"/>
        <source>Riwayat remisi</source>
        <translation>Remission history</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="87"/>
        <source>Susunan acara</source>
        <translation>Run sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="88"/>
        <source>Tamu upacara</source>
        <translation>Ceremony guest</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="89"/>
        <source>Tabel aturan</source>
        <translation>Rule table</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="94"/>
        <source>peristiwa hilang (dihapus)</source>
        <translation>event missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="95"/>
        <source>hash sebelumnya tidak cocok</source>
        <translation>previous hash does not match</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="96"/>
        <source>isi peristiwa diubah</source>
        <translation>event content changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="97"/>
        <source>peristiwa terbaru hilang (dihapus)</source>
        <translation>newest events missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_labels.py" line="100"/>
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
        <location filename="../../app/services/certificates/kinds.py" line="89"/>
        <source>Contoh (data demo)</source>
        <translation>Sample (demo data)</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="98"/>
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
    <message>
        <location filename="../../app/services/remission_papers.py" line="42"/>
        <source>Piagam remisi</source>
        <translation>Remission certificate of award (piagam)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/db/engine.py" line="40"/>
        <source>Folder basis data tidak dapat dibuat: {folder} ({error})</source>
        <translation>The database folder cannot be created: {folder} ({error})</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="51"/>
        <source>Berkas {path} bukan basis data Sibina (bukan berkas SQLite).</source>
        <translation>The file {path} is not a Sibina database (not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="58"/>
        <source>Basis data {path} hanya dapat dibaca. Pindahkan ke folder yang dapat ditulisi.</source>
        <translation>The database {path} is read-only. Move it to a writable folder.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="66"/>
        <source>Folder {folder} tidak dapat ditulisi.</source>
        <translation>The folder {folder} is not writable.</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="82"/>
        <location filename="../../app/db/engine.py" line="86"/>
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
        <location filename="../../app/domain/inmates/rules.py" line="35"/>
        <location filename="../../app/services/facility.py" line="49"/>
        <location filename="../../app/services/inmates_status.py" line="29"/>
        <location filename="../../app/services/remission_ceremonies.py" line="48"/>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="36"/>
        <location filename="../../app/services/inmates_status.py" line="141"/>
        <location filename="../../app/services/remission_ledger.py" line="132"/>
        <source>Tanggal tidak boleh di masa depan.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="37"/>
        <source>Lama pidana seluruhnya paling lama 100 tahun: periksa tahun, bulan dan hari.</source>
        <translation>A sentence is at most 100 years in all: check the years, months and days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="111"/>
        <source>Nomor registrasi tidak sesuai pola fasilitas.</source>
        <translation>The registration number does not match the facility&apos;s pattern.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="115"/>
        <source>Pilih jenis kelamin (L atau P).</source>
        <translation>Choose the sex (L or P).</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="121"/>
        <source>Agama tidak dikenal: Islam, Kristen, Katolik, Hindu, Buddha, Konghucu atau Lainnya.</source>
        <translation>Unknown religion: Islam, Kristen, Katolik, Hindu, Buddha, Konghucu or Lainnya.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="163"/>
        <source>Tahap penahanan A.I-A.V.</source>
        <translation>Detention stage A.I-A.V.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="165"/>
        <source>Jenis: rutan, rumah atau kota.</source>
        <translation>Kind: rutan, rumah or kota.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="140"/>
        <location filename="../../app/domain/inmates/rules.py" line="167"/>
        <source>Tanggal akhir sebelum tanggal mulai.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="40"/>
        <source>Masa penahanan ini bertumpang tindih dengan masa penahanan lain.</source>
        <translation>This detention period overlaps another detention period.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="43"/>
        <source>Lebih lama dari batas KUHAP untuk tahap ini, termasuk dua perpanjangan Pasal 29: periksa tanggalnya.</source>
        <translation>Longer than the KUHAP limit for this stage, even with the two Pasal 29 extensions: check the dates.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="48"/>
        <source>Penahanan tahap ini melebihi penahanan + perpanjangan biasa: hanya sah dengan perpanjangan Pasal 29 KUHAP (perkara berat).</source>
        <translation>Detention in this stage exceeds the order plus its ordinary extension: lawful only with a KUHAP Pasal 29 extension (grave cases).</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="55"/>
        <source>Umur saat masuk kurang dari 12 tahun (UU 11/2012 Pasal 1 angka 3): periksa tanggal lahir.</source>
        <translation>Younger than 12 at admission (UU 11/2012 Pasal 1 angka 3): check the date of birth.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="59"/>
        <source>Umur saat masuk lebih dari 110 tahun: periksa tanggal lahir.</source>
        <translation>Older than 110 at admission: check the date of birth.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="224"/>
        <source>Tanggal lahir harus sebelum tanggal masuk.</source>
        <translation>The date of birth must be before the admission date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="236"/>
        <location filename="../../app/exchange/inmates_read.py" line="262"/>
        <source>Status tidak dikenal.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="242"/>
        <source>Kode registrasi tidak dikenal.</source>
        <translation>Unknown registration code.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="245"/>
        <source>Tahanan memakai kode A.I-A.V (atau C).</source>
        <translation>Detainees use codes A.I-A.V (or C).</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="247"/>
        <source>Narapidana memakai kode B.I-B.III, SH atau MT.</source>
        <translation>Convicts use codes B.I-B.III, SH or MT.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="252"/>
        <source>Narapidana harus mempunyai perkara dengan putusan.</source>
        <translation>A convict must have a case with a verdict.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="284"/>
        <source>Tanggal inkracht tidak boleh sebelum tanggal putusan.</source>
        <translation>The inkracht date cannot be before the verdict date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="289"/>
        <source>Awal penahanan tidak boleh sesudah tanggal inkracht.</source>
        <translation>Detention cannot start after the inkracht date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="292"/>
        <location filename="../../app/exchange/inmates_read.py" line="263"/>
        <source>Jenis pidana tidak dikenal.</source>
        <translation>Unknown sentence type.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="295"/>
        <source>Lama pidana tidak boleh negatif.</source>
        <translation>The sentence length cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="299"/>
        <source>Lama pidana harus lebih dari nol untuk pidana penjara/kurungan.</source>
        <translation>The sentence length must be more than zero for imprisonment/confinement.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="306"/>
        <source>Pidana seumur hidup atau mati tidak memiliki lama pidana: kosongkan tahun, bulan dan hari.</source>
        <translation>A life or death sentence has no length: leave years, months and days empty.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="312"/>
        <source>Denda tidak boleh negatif.</source>
        <translation>The fine cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/rules.py" line="314"/>
        <source>Hari pengganti denda tidak boleh negatif.</source>
        <translation>Days in lieu of the fine cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reader.py" line="22"/>
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
        <location filename="../../app/errors.py" line="58"/>
        <source>Periksa kembali isian yang ditandai.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="60"/>
        <source>Hanya berkas XLSX atau CSV yang dapat diimpor.</source>
        <translation>Only XLSX or CSV files can be imported.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="69"/>
        <source>Berkas XLSX tidak dapat dibaca.</source>
        <translation>The XLSX file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="115"/>
        <source>Tanggal tidak dikenali (contoh: 17-08-1990).</source>
        <translation>Date not recognised (example: 17-08-1990).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="116"/>
        <source>Tanggal itu tidak ada ({text}).</source>
        <translation>That date does not exist ({text}).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="117"/>
        <source>Harus berupa bilangan bulat.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="253"/>
        <source>Isi ya atau tidak.</source>
        <translation>Enter ya (yes) or tidak (no).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="261"/>
        <source>Isi L atau P.</source>
        <translation>Enter L or P.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="277"/>
        <source>Kolom &apos;No. Registrasi&apos; dan &apos;Nama&apos; harus ada (lihat templat).</source>
        <translation>The columns &apos;No. Registrasi&apos; and &apos;Nama&apos; are required (see the template).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/inmates_read.py" line="282"/>
        <source>Berkas terlalu besar (maks. 200.000 baris).</source>
        <translation>The file is too large (max. 200,000 rows).</translation>
    </message>
    <message>
        <location filename="../../app/services/actor.py" line="31"/>
        <source>Peran {role} tidak berwenang untuk tindakan ini ({permission}).</source>
        <translation>The {role} role is not allowed to do this ({permission}).</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="54"/>
        <source>Akun {username} terkunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit atau hubungi admin.</source>
        <translation>Account {username} is locked after too many failed attempts. Try again in {minutes} min or contact the admin.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="67"/>
        <source>Kata sandi salah {attempts} kali. Akun {username} dikunci {minutes} menit.</source>
        <translation>Wrong password {attempts} times. Account {username} is locked for {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="77"/>
        <source>Nama pengguna atau kata sandi salah. Sisa percobaan: {left}.</source>
        <translation>Wrong username or password. Attempts left: {left}.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="85"/>
        <source>Akun {username} dinonaktifkan. Hubungi admin.</source>
        <translation>Account {username} is deactivated. Contact the admin.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="125"/>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="130"/>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="276"/>
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
        <location filename="../../app/services/certificates/kinds.py" line="59"/>
        <source>Pola nomor tidak dapat dibaca.</source>
        <translation>The number pattern cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="62"/>
        <source>Pola nomor memuat kolom yang tidak dikenal.</source>
        <translation>The number pattern contains an unknown field.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="64"/>
        <source>Pola nomor harus memuat {seq} dan {year}.</source>
        <translation>The number pattern must contain {seq} and {year}.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/kinds.py" line="66"/>
        <source>Pola nomor terlalu panjang atau memuat tanda &apos;|&apos;.</source>
        <translation>The number pattern is too long or contains &apos;|&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="75"/>
        <location filename="../../app/services/certificates/service.py" line="255"/>
        <source>Jenis sertifikat tidak dikenal.</source>
        <translation>Unknown certificate kind.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="149"/>
        <location filename="../../app/services/certificates/service.py" line="177"/>
        <source>Sertifikat {number} sudah dicabut.</source>
        <translation>Certificate {number} has already been revoked.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="170"/>
        <location filename="../../app/ui/certificates/dialogs.py" line="187"/>
        <source>Tuliskan alasan pencabutan.</source>
        <translation>Enter the reason for revoking.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="231"/>
        <source>Sertifikat tidak ditemukan.</source>
        <translation>Certificate not found.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="244"/>
        <location filename="../../app/ui/certificates/dialogs.py" line="131"/>
        <source>Pilih minimal satu penerima.</source>
        <translation>Choose at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="246"/>
        <source>Terlalu banyak sertifikat sekaligus.</source>
        <translation>Too many certificates at once.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="249"/>
        <source>Tanggal terbit paling awal 2 tahun lalu dan paling lambat 31 hari ke depan.</source>
        <translation>The issue date may be at most 2 years back and at most 31 days ahead.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="257"/>
        <source>Jenis ini diterbitkan dari tab programnya, tidak di sini (piagam remisi: dari upacaranya di tab Remisi, untuk penerima yang disetujui).</source>
        <translation>This kind is issued from its programme&apos;s tab, not here (remission piagam: from its ceremony in the Remisi tab, for the approved recipients).</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="263"/>
        <source>Nama penerima wajib diisi.</source>
        <translation>The recipient&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="267"/>
        <location filename="../../app/ui/certificates/dialogs.py" line="124"/>
        <source>Program/kegiatan wajib diisi.</source>
        <translation>The programme/activity is required.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="271"/>
        <source>UUID penerima tidak sah.</source>
        <translation>Invalid recipient UUID.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates/service.py" line="276"/>
        <source>Sertifikat untuk {count} penerima baru saja diterbitkan (mungkin dari komputer lain). Tidak ada yang diterbitkan; ulangi, maka yang sudah ada dilewati.</source>
        <translation>Certificates were just issued for some of these recipients ({count}), perhaps from another computer. Nothing was issued; try again and those already issued will be skipped.</translation>
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
        <location filename="../../app/services/remission_attendance.py" line="161"/>
        <source>Profil fasilitas belum diisi.</source>
        <translation>The facility profile has not been filled in.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="41"/>
        <source>Sama dengan baris {row} di berkas ini.</source>
        <translation>Same as row {row} in this file.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="43"/>
        <source>NIK ini milik {reg_number} ({name}); nomor registrasi dan nama di baris ini lain. Periksa NIK-nya.</source>
        <translation>This NIK belongs to {reg_number} ({name}); the registration number and name in this row differ. Check the NIK.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="48"/>
        <source>Status WBP yang sudah tercatat tidak diubah lewat impor: pakai tindakan status di data WBP (putusan, bebas, pindah, meninggal), yang mencatat riwayat dan dokumennya.</source>
        <translation>The status of a recorded inmate is not changed by an import: use the status actions in the inmate&apos;s record (verdict, release, transfer, death), which record the history and the papers.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="55"/>
        <source>Orang yang bebas, pindah atau meninggal tidak dapat ditambahkan lewat impor (tanggal, alasan dan tujuannya tidak ada di berkas): impor sebagai tahanan atau narapidana, lalu catat lewat tindakan status di data WBP.</source>
        <translation>A released, transferred or deceased person cannot be added by import (the file has no date, reason or destination): import them as a detainee or convict, then record the change with a status action in the inmate record.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="61"/>
        <source>Kosong, dan tidak dapat diusulkan: tulis kodenya (mis. A.I atau B.I). Untuk narapidana kode diusulkan dari Jenis Pidana dan lama pidana.</source>
        <translation>Empty, and no code can be proposed: write the code (e.g. A.I or B.I). For a convict the code is proposed from the sentence type and length.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="42"/>
        <source>Tidak ada pembebasan, pemindahan, atau kematian yang dapat dibatalkan.</source>
        <translation>There is no release, transfer or death that can be undone.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="45"/>
        <source>Data WBP ini sudah berubah setelah perubahan status itu; pembatalan tidak dapat dilakukan.</source>
        <translation>This inmate&apos;s record has changed since that status change; it cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="49"/>
        <source>Hanya administrator yang dapat membatalkan perubahan status.</source>
        <translation>Only an administrator can undo a status change.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="64"/>
        <source>Hanya tahanan yang dapat menjadi narapidana.</source>
        <translation>Only a detainee can become a convict.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="76"/>
        <source>WBP ini sudah tidak tercatat sebagai penghuni.</source>
        <translation>This inmate is no longer recorded as held here.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="132"/>
        <source>Tindakan tidak dikenal.</source>
        <translation>Unknown action.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_status.py" line="143"/>
        <source>Tanggal tidak boleh sebelum tanggal masuk.</source>
        <translation>The date cannot be before the admission date.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_write.py" line="41"/>
        <source>Nomor registrasi sudah dipakai WBP lain.</source>
        <translation>The registration number is already used by another inmate.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_write.py" line="42"/>
        <source>NIK sudah tercatat untuk WBP lain.</source>
        <translation>The NIK is already recorded for another inmate.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_write.py" line="43"/>
        <source>NIK ini tercatat pada WBP yang sudah tidak menjadi penghuni (bebas, pindah atau meninggal). Pastikan orang yang sama masuk kembali; data lamanya tetap tersimpan.</source>
        <translation>This NIK is recorded for an inmate who is no longer held here (released, transferred or deceased). Make sure it is the same person coming back; the old record is kept.</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_write.py" line="202"/>
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
        <location filename="../../app/services/setup.py" line="57"/>
        <source>Sibina sudah disiapkan sebelumnya.</source>
        <translation>Sibina has already been set up.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="78"/>
        <source>Nama pengguna 3-32 karakter: huruf kecil, angka, titik, - atau _.</source>
        <translation>Username of 3-32 characters: lower-case letters, digits, dot, - or _.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="82"/>
        <source>Nama pengguna sudah dipakai.</source>
        <translation>The username is already taken.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="84"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="86"/>
        <source>Peran tidak dikenal.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="137"/>
        <source>Anda tidak dapat menonaktifkan akun sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="169"/>
        <source>Akun ini tidak sedang terkunci.</source>
        <translation>This account is not locked.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="201"/>
        <source>Harus tetap ada minimal satu admin aktif.</source>
        <translation>There must always be at least one active admin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="126"/>
        <source>Nama penanda tangan kedua wajib diisi bila jabatannya diisi.</source>
        <translation>The second signatory&apos;s name is required when a title is given.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="145"/>
        <source>Baris {line}: “{head}” bukan UUID WBP. Tulis nama saja, atau UUID; Nama.</source>
        <translation>Line {line}: “{head}” is not an inmate&apos;s UUID. Type the name alone, or UUID; Name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/dialogs.py" line="148"/>
        <source>Baris {line}: nama penerima kosong.</source>
        <translation>Line {line}: the recipient&apos;s name is empty.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="138"/>
        <source>Status upacara tidak mengizinkan ini.</source>
        <translation>The ceremony&apos;s status does not allow this.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="184"/>
        <location filename="../../app/services/remission_ledger.py" line="126"/>
        <source>Jenis remisi tidak dikenal.</source>
        <translation>Unknown remission kind.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="188"/>
        <source>Pilih agama yang memiliki hari besar Remisi Khusus.</source>
        <translation>Choose a religion that has a Special Remission (RK) holiday.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="197"/>
        <source>Remisi Dasawarsa hanya pada tahun dasawarsa (1995, 2005, 2015, 2025, ...).</source>
        <translation>Decennial Remission (RD) only in decennial years (1995, 2005, 2015, 2025, ...).</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="205"/>
        <source>Remisi ini diberikan pada 17 Agustus.</source>
        <translation>This remission is granted on 17 August.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="255"/>
        <location filename="../../app/services/remission_corrections.py" line="67"/>
        <location filename="../../app/services/remission_ledger.py" line="194"/>
        <source>Tuliskan alasan perubahan (sedikitnya 10 huruf).</source>
        <translation>Write the reason for the change (at least 10 characters).</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="259"/>
        <location filename="../../app/services/remission_corrections.py" line="71"/>
        <source>Jumlah hari tidak boleh negatif.</source>
        <translation>The number of days cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="261"/>
        <source>Remisi yang diberikan harus lebih dari 0 hari.</source>
        <translation>A granted remission must be more than 0 days.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="73"/>
        <source>Remisi Tambahan hanya diberikan bersama Remisi Umum.</source>
        <translation>Additional Remission (RT) is only granted together with General Remission (RU).</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="70"/>
        <source>Pidana ini tidak memiliki tanggal bebas; remisi tidak dapat diberikan.</source>
        <translation>This sentence has no release date; no remission can be granted.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/entry_checks.py" line="27"/>
        <source>Paling banyak {most} hari untuk jenis remisi ini menurut tabel aturan.</source>
        <translation>At most {most} days for this kind of remission under the rule table.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/entry_checks.py" line="30"/>
        <source>Remisi Tambahan paling banyak {most} hari untuk remisi {days} hari (tabel aturan).</source>
        <translation>Additional Remission at most {most} days with a remission of {days} days (rule table).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/entry_checks.py" line="33"/>
        <source>Tanggal ini sebelum awal penahanan yang tercatat ({start}); remisi hanya dari masa pidana ini. WBP pindahan: catat dulu masa penahanannya di data WBP.</source>
        <translation>This date is before the recorded start of detention ({start}); only remissions of this sentence count. A transferred inmate: record their detention period in the inmate data first.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/entry_checks.py" line="38"/>
        <source>Jenis remisi ini diberikan tiap tanggal {day} (hari-bulan); tanggal SK diisi di kolom Tanggal SK.</source>
        <translation>This kind of remission is given on {day} (day-month) each year; enter the decree date under SK date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/entry_checks.py" line="43"/>
        <source>Remisi Dasawarsa hanya diberikan pada tahun dasawarsa (mis. {years}).</source>
        <translation>Decennial Remission is only given in a decennial year (e.g. {years}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/entry_checks.py" line="46"/>
        <source>Tanggal ini sebelum putusan berkekuatan hukum tetap ({inkracht}): saat itu masih tahanan, dan remisi hanya untuk narapidana. Remisi susulan hanya bila pada tanggal itu sudah ditahan lebih dari {minimum} hari.</source>
        <translation>This date is before the verdict became final ({inkracht}): the person was still a detainee, and remission is for convicts only. A late remission (remisi susulan) only if the person had been detained more than {minimum} days on that date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/entry_checks.py" line="52"/>
        <source>Tanggal ini sebelum putusan berkekuatan hukum tetap ({inkracht}): saat itu masih tahanan, dan Remisi Dasawarsa hanya untuk narapidana (tanpa remisi susulan).</source>
        <translation>This date is before the verdict became final ({inkracht}): the person was still a detainee, and the Decennial Remission is for convicts only (no late remission).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/entry_checks.py" line="57"/>
        <source>Sudah tercatat {kind} tanggal {existing} ({days} hari); {kind} diberikan satu kali setiap tahun.</source>
        <translation>{kind} of {existing} ({days} days) is already recorded; {kind} is given once a year.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/entry_checks.py" line="161"/>
        <source>Tanggal SK {sk_date} terlalu jauh dari tanggal upacara {occasion}: paling jauh satu tahun sebelum atau sesudahnya.</source>
        <translation>SK date {sk_date} is too far from the ceremony date {occasion}: at most one year before or after it.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="302"/>
        <source>Daftar usulan belum dihitung.</source>
        <translation>The proposal list has not been computed yet.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="328"/>
        <location filename="../../app/services/remission_papers.py" line="57"/>
        <source>Baris tidak ada pada upacara ini.</source>
        <translation>The line is not part of this ceremony.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="330"/>
        <source>Baris ini tidak diberi remisi.</source>
        <translation>This line is not granted a remission.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremonies.py" line="332"/>
        <location filename="../../app/services/remission_ceremonies.py" line="362"/>
        <source>Nomor dan tanggal SK wajib diisi.</source>
        <translation>The decree (SK) number and date are required.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="85"/>
        <location filename="../../app/services/remission_ledger.py" line="136"/>
        <source>Tuliskan catatan atau dasarnya.</source>
        <translation>Write a note or its basis.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="128"/>
        <source>PMP diberikan sebagai RU atau RK.</source>
        <translation>PMP is granted as RU or RK.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="130"/>
        <source>Jumlah hari harus lebih dari 0.</source>
        <translation>The number of days must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="134"/>
        <source>Kategori I atau II.</source>
        <translation>Category I or II.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ledger.py" line="205"/>
        <source>Sudah dibatalkan.</source>
        <translation>Already voided.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_agenda.py" line="27"/>
        <source>Tulis jam dengan format JJ:MM, mis. 08:30.</source>
        <translation>Write the time as HH:MM, e.g. 08:30.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_agenda.py" line="28"/>
        <source>Terlalu panjang.</source>
        <translation>Too long.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_agenda.py" line="57"/>
        <source>Jam mulai wajib diisi, mis. 08:00.</source>
        <translation>The start time is required, e.g. 08:00.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_agenda.py" line="64"/>
        <source>Jam selesai harus sesudah jam mulai.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_agenda.py" line="68"/>
        <source>Acara wajib diisi.</source>
        <translation>The activity is required.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_agenda.py" line="80"/>
        <source>Nama tamu wajib diisi.</source>
        <translation>The guest&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_agenda.py" line="97"/>
        <source>Susunan acara melewati tengah malam.</source>
        <translation>The run sheet runs past midnight.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_attendance.py" line="29"/>
        <source>Daftar hadir baru dapat diisi setelah upacara disetujui pimpinan: sebelum itu daftar penerima remisi belum final.</source>
        <translation>The attendance list can only be filled in once management has approved the ceremony: until then the list of remission recipients is not final.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_attendance.py" line="34"/>
        <source>Tidak ada dalam daftar penerima remisi upacara ini.</source>
        <translation>Not on this ceremony&apos;s list of remission recipients.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_attendance.py" line="102"/>
        <source>Status kehadiran tidak dikenal.</source>
        <translation>Unknown attendance status.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_attendance.py" line="104"/>
        <source>Tercatat lebih dari sekali.</source>
        <translation>Recorded more than once.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_attendance.py" line="109"/>
        <source>Daftar hadir tidak disimpan; periksa: {rows}.</source>
        <translation>The attendance list was not saved; check: {rows}.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_corrections.py" line="40"/>
        <source>Baris ini belum ber-SK: tulis nomor dan tanggal SK remisi yang diberikan.</source>
        <translation>This line has no SK yet: enter the number and date of the SK of the granted remission.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_corrections.py" line="96"/>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_papers.py" line="51"/>
        <source>Upacara ini masih draf: petikan SK dan piagam dicetak setelah disetujui.</source>
        <translation>This ceremony is still a draft: SK extracts and certificates of award (piagam) are printed once it is approved.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_papers.py" line="54"/>
        <source>Tidak ada baris terpilih yang diberi remisi dengan nomor dan tanggal SK.</source>
        <translation>None of the selected lines is granted a remission with an SK number and date.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_papers.py" line="58"/>
        <source>Semua penerima terpilih sudah memiliki piagam yang berlaku; cetak ulang melalui tab Sertifikat.</source>
        <translation>All selected recipients already have a valid certificate of award (piagam); reprint it from the Certificates tab.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_programme.py" line="42"/>
        <source>Susunan acara sudah berisi; susunan baku hanya mengisi susunan yang kosong.</source>
        <translation>The run sheet already has items; the default run sheet only fills an empty one.</translation>
    </message>
    <message>
        <location filename="../../app/services/rule_effective.py" line="37"/>
        <source>Tabel aturan remisi bawaan Sibina tidak sah ({key}: {problem}). Pasang ulang Sibina; basis data tidak diubah.</source>
        <translation>Sibina&apos;s built-in remission rule table is invalid ({key}: {problem}). Reinstall Sibina; the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/rule_tables.py" line="42"/>
        <source>Tuliskan dasar perubahan (sedikitnya 10 huruf), misalnya peraturan yang baru.</source>
        <translation>Write the basis for the change (at least 10 characters), for example the new regulation.</translation>
    </message>
    <message>
        <location filename="../../app/services/rule_tables.py" line="45"/>
        <source>Tabel aturan remisi tidak sah; periksa isian yang ditandai.</source>
        <translation>The remission rule table is invalid; check the marked entries.</translation>
    </message>
    <message>
        <location filename="../../app/services/rule_tables.py" line="155"/>
        <source>Tabel berisi nilai yang bukan JSON.</source>
        <translation>The table contains a value that is not JSON.</translation>
    </message>
    <message>
        <location filename="../../app/services/rule_tables.py" line="166"/>
        <source>Tidak ada perubahan: tabel sama dengan yang sedang berlaku.</source>
        <translation>No changes: the table is the same as the one in force.</translation>
    </message>
    <message>
        <location filename="../../app/services/rule_tables.py" line="186"/>
        <source>Tabel bawaan sudah berlaku.</source>
        <translation>The built-in table is already in force.</translation>
    </message>
    <message>
        <location filename="../../app/services/rule_tables.py" line="201"/>
        <source>Tabel aturan baru saja diubah oleh {user}. Tutup dan buka lagi tabelnya, lalu ulangi perubahan Anda.</source>
        <translation>The rule table was just changed by {user}. Close and reopen the table, then make your changes again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="267"/>
        <source>Nomor SK wajib diisi.</source>
        <translation>The SK number is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="271"/>
        <source>Tidak ada baris yang perlu diisi.</source>
        <translation>There are no lines to fill in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/tab.py" line="400"/>
        <source>{count} baris yang diberi remisi belum ber-SK.</source>
        <translation>Lines granted a remission that have no SK yet: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/db/file_guard.py" line="23"/>
        <source>Berkas basis data {path} telah diganti atau dihapus oleh program lain (misalnya pemulihan cadangan dari baris perintah) selagi Sibina berjalan. Perubahan ini tidak disimpan. Tutup Sibina lalu buka lagi.</source>
        <translation>The database file {path} was replaced or deleted by another program (for example a restore from the command line) while Sibina was running. This change was not saved. Close Sibina and open it again.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremony_details.py" line="31"/>
        <source>Tanggal Remisi Umum dan Remisi Dasawarsa tetap 17 Agustus.</source>
        <translation>General and Decennial Remission stay on 17 August.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_ceremony_details.py" line="34"/>
        <source>Tanggal hanya dapat diubah selama upacara masih draf.</source>
        <translation>The date can only be changed while the ceremony is a draft.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_occasions.py" line="21"/>
        <source>Sudah ada upacara remisi ini pada tahun {year}: “{title}”. Satu upacara per jenis remisi per tahun (Remisi Khusus: satu per hari besar; satu upacara Natal untuk Kristen dan Katolik). Bila tanggalnya berubah, ubah tanggal upacara itu.</source>
        <translation>This remission ceremony already exists in {year}: “{title}”. One ceremony per kind of remission per year (Special Remission: one per holiday; one Christmas ceremony for Protestants and Catholics). If its date changed, change the date of that ceremony.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_occasions.py" line="27"/>
        <source>Remisi upacara “{title}” tahun {year} sudah tercatat di register: satu upacara per jenis remisi per tahun (Remisi Khusus: satu per hari besar). Upacara ini tidak dapat dicatat juga.</source>
        <translation>The remissions of the ceremony “{title}” of {year} are already in the register: one ceremony per kind of remission per year (Special Remission: one per holiday). This ceremony cannot be recorded as well.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_occasions.py" line="32"/>
        <source>Paling banyak {max} huruf.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/entitlement.py" line="19"/>
        <source>Akun {username} telah dinonaktifkan atau perannya diubah oleh admin sejak Anda masuk: tidak ada yang disimpan. Keluar, lalu masuk lagi.</source>
        <translation>An admin has deactivated the account {username} or changed its role since you logged in: nothing was saved. Log out, then log in again.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/text_limits.py" line="21"/>
        <source>Terlalu panjang: paling banyak 40 huruf.</source>
        <translation>Too long: at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/text_limits.py" line="22"/>
        <source>Terlalu panjang: paling banyak 100 huruf.</source>
        <translation>Too long: at most 100 characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/text_limits.py" line="23"/>
        <source>Terlalu panjang: paling banyak 200 huruf.</source>
        <translation>Too long: at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/text_limits.py" line="24"/>
        <source>Terlalu panjang: paling banyak 300 huruf.</source>
        <translation>Too long: at most 300 characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/text_limits.py" line="25"/>
        <source>Terlalu panjang: paling banyak 400 huruf.</source>
        <translation>Too long: at most 400 characters.</translation>
    </message>
</context>
<context>
    <name>inmates</name>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="23"/>
        <source>Tahanan</source>
        <translation>Detainee</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="24"/>
        <source>Narapidana</source>
        <translation>Convict</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="25"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="48"/>
        <source>Bebas</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="26"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="49"/>
        <source>Pindah</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="27"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="42"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="50"/>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="52"/>
        <source>Tahanan penyidik (kepolisian)</source>
        <translation>Detainee of the investigator (police)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="53"/>
        <source>Tahanan penuntut umum</source>
        <translation>Detainee of the public prosecutor</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="54"/>
        <source>Tahanan Pengadilan Negeri</source>
        <translation>Detainee of the District Court</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="55"/>
        <source>Tahanan Pengadilan Tinggi</source>
        <translation>Detainee of the High Court</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="56"/>
        <source>Tahanan Mahkamah Agung</source>
        <translation>Detainee of the Supreme Court</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="57"/>
        <source>Narapidana, pidana lebih dari 1 tahun</source>
        <translation>Convict, sentence over 1 year</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="58"/>
        <source>Narapidana, lebih dari 3 bulan s.d. 1 tahun</source>
        <translation>Convict, over 3 months up to 1 year</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="59"/>
        <source>Narapidana, 1 hari s.d. 3 bulan</source>
        <translation>Convict, 1 day up to 3 months</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="60"/>
        <source>Kurungan, termasuk pengganti denda</source>
        <translation>Confinement, incl. in lieu of a fine</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="61"/>
        <source>Pidana seumur hidup</source>
        <translation>Life sentence</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="62"/>
        <source>Pidana mati</source>
        <translation>Death sentence</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="63"/>
        <source>Sandera (gijzeling)</source>
        <translation>Hostage for debt (gijzeling)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="71"/>
        <source>Penjara</source>
        <translation>Imprisonment</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="72"/>
        <source>Kurungan</source>
        <translation>Confinement</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="73"/>
        <source>Seumur hidup</source>
        <translation>Life</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="74"/>
        <source>Mati</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="85"/>
        <source>Rutan</source>
        <translation>Detention centre</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="86"/>
        <source>Tahanan rumah</source>
        <translation>House arrest</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="87"/>
        <source>Tahanan kota</source>
        <translation>City arrest</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="100"/>
        <source>Ekspirasi (habis masa pidana)</source>
        <translation>Expiry (sentence served)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="101"/>
        <source>Pembebasan bersyarat (PB)</source>
        <translation>Parole (PB)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="102"/>
        <source>Cuti bersyarat (CB)</source>
        <translation>Conditional leave (CB)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="103"/>
        <source>Bebas / lepas oleh putusan</source>
        <translation>Acquitted / discharged by verdict</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="104"/>
        <location filename="../../app/domain/inmates/codes.py" line="121"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="110"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="111"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="112"/>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="113"/>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="115"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="116"/>
        <source>Kristen</source>
        <translation>Protestant</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="117"/>
        <source>Katolik</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="118"/>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="119"/>
        <source>Buddha</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="120"/>
        <source>Konghucu</source>
        <translation>Confucian</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="124"/>
        <source>Tidak sekolah</source>
        <translation>No schooling</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="125"/>
        <source>SD</source>
        <translation>Primary school (SD)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="126"/>
        <source>SMP</source>
        <translation>Junior high school (SMP)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="127"/>
        <source>SMA/SMK</source>
        <translation>Senior high school (SMA/SMK)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="128"/>
        <source>D1-D3</source>
        <translation>Diploma (D1-D3)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="129"/>
        <source>S1</source>
        <translation>Bachelor&apos;s degree (S1)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="130"/>
        <source>S2</source>
        <translation>Master&apos;s degree (S2)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="131"/>
        <source>S3</source>
        <translation>Doctorate (S3)</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="134"/>
        <source>Belum kawin</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="135"/>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="136"/>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../app/domain/inmates/codes.py" line="137"/>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="39"/>
        <source>Memeriksa</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../../app/services/inmates_import.py" line="40"/>
        <source>Menulis</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="42"/>
        <source>No. Registrasi</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="43"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="45"/>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="25"/>
        <source>No. registrasi</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="26"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="29"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="44"/>
        <location filename="../../app/ui/inmates/model.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="45"/>
        <source>Kode registrasi</source>
        <translation>Register code</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="27"/>
        <source>Alias</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="30"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="31"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="33"/>
        <source>Pendidikan terakhir</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="34"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="35"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="36"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="37"/>
        <source>Asal daerah</source>
        <translation>Home region</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="38"/>
        <source>Keluarga/wali</source>
        <translation>Next of kin</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="40"/>
        <source>Blok</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="41"/>
        <source>Kamar</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="42"/>
        <source>Tanggal masuk</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="43"/>
        <source>Asal penahanan</source>
        <translation>Admitted from</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="46"/>
        <source>Tanggal bebas</source>
        <translation>Release date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="47"/>
        <source>Alasan bebas</source>
        <translation>Release reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="48"/>
        <source>Tujuan pindah</source>
        <translation>Transferred to</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="49"/>
        <source>Tanggal meninggal</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="39"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="50"/>
        <source>Perkara</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="51"/>
        <source>Masa penahanan</source>
        <translation>Detention periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="52"/>
        <source>Catatan disiplin</source>
        <translation>Discipline records</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="102"/>
        <source>Data dibuat: {name} ({number})</source>
        <translation>Record created: {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="111"/>
        <source>{field} diubah</source>
        <translation>{field} changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="48"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="49"/>
        <source>Blok/Kamar</source>
        <translation>Block/Cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="32"/>
        <location filename="../../app/ui/inmates/model.py" line="51"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="53"/>
        <source>Tanggal Masuk</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/model.py" line="55"/>
        <source>Batas Penahanan</source>
        <translation>Detention Ends</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/change_text.py" line="28"/>
        <location filename="../../app/ui/inmates/model.py" line="57"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="35"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="36"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="37"/>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="38"/>
        <source>Diubah lewat impor</source>
        <translation>Changed by import</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="39"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="47"/>
        <source>Putusan inkracht</source>
        <translation>Final verdict</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="40"/>
        <source>Dibebaskan</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="41"/>
        <source>Dipindahkan</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="43"/>
        <source>Perubahan status dibatalkan</source>
        <translation>Status change undone</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="46"/>
        <source>Masuk</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="51"/>
        <source>Pembatalan</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="56"/>
        <source>Pasal</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="56"/>
        <source>Jenis kejahatan</source>
        <translation>Crime category</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="57"/>
        <source>Pengadilan</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="57"/>
        <source>No. putusan</source>
        <translation>Verdict no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="58"/>
        <source>Tgl. putusan</source>
        <translation>Verdict date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="59"/>
        <source>Tgl. inkracht</source>
        <translation>Inkracht date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="60"/>
        <source>Jenis pidana</source>
        <translation>Sentence type</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="62"/>
        <source>Thn</source>
        <translation>Yrs</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="62"/>
        <source>Bln</source>
        <translation>Mths</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="63"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="63"/>
        <source>Denda (Rp)</source>
        <translation>Fine (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="64"/>
        <source>Subsider (hari)</source>
        <translation>In lieu (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="65"/>
        <source>Denda dibayar</source>
        <translation>Fine paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="71"/>
        <source>Tahap (A.I-A.V)</source>
        <translation>Stage (A.I-A.V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="72"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="92"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="73"/>
        <location filename="../../app/ui/inmates/record_sections.py" line="93"/>
        <source>Akhir</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="74"/>
        <source>Jenis tahanan</source>
        <translation>Detention type</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="85"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="86"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="91"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="91"/>
        <source>Pelanggaran</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_sections.py" line="92"/>
        <source>Hukuman</source>
        <translation>Punishment</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_tables.py" line="116"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/record_tables.py" line="233"/>
        <source>Baris {row}, {field}: {message}</source>
        <translation>Row {row}, {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="49"/>
        <source>Putusan berkekuatan hukum tetap (menjadi narapidana)</source>
        <translation>Final verdict (becomes a convict)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="52"/>
        <source>Pembebasan</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="53"/>
        <source>Pindah ke fasilitas lain</source>
        <translation>Transfer to another facility</translation>
    </message>
    <message>
        <location filename="../../app/ui/inmates/status_dialog.py" line="54"/>
        <source>Meninggal dunia</source>
        <translation>Death</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/common/messages.py" line="65"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/messages.py" line="97"/>
        <source>Perubahan belum disimpan. Buang perubahan?</source>
        <translation>The changes have not been saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/messages.py" line="100"/>
        <location filename="../../app/ui/common/messages.py" line="115"/>
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/messages.py" line="101"/>
        <source>&amp;Lanjutkan mengedit</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/messages.py" line="114"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/messages.py" line="116"/>
        <source>Ba&amp;tal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../app/services/backup.py" line="147"/>
        <source>Menyalin basis data…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="213"/>
        <source>Menyalin cadangan…</source>
        <translation>Copying the backup…</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="220"/>
        <source>Menyimpan basis data lama…</source>
        <translation>Keeping the old database…</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="225"/>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>remission</name>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="28"/>
        <source>Belum narapidana: belum ada putusan berkekuatan hukum tetap pada {date}.</source>
        <translation>Not yet a convict: no final (inkracht) verdict on {date}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="29"/>
        <source>Pidana {sentence} tidak mendapat remisi.</source>
        <translation>A {sentence} sentence gets no remission.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="30"/>
        <source>Penahanan baru dimulai {start}, sesudah hari remisi.</source>
        <translation>Detention only started on {start}, after the remission day.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="31"/>
        <source>Masa pidana sudah berakhir {release}, pada atau sebelum hari remisi.</source>
        <translation>The sentence already ended on {release}, on or before the remission day.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="32"/>
        <source>Baru menjalani {served} hari; syaratnya {condition} {minimum} hari.</source>
        <translation>Days served: {served}; the requirement is {condition} {minimum} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="33"/>
        <source>Tercatat hukuman disiplin (register F) pada {dates}, dalam {months} bulan sebelum hari remisi (sejak {window_start}).</source>
        <translation>Disciplinary punishment recorded (register F) on {dates}, within {months} months before the remission day (since {window_start}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="34"/>
        <source>Sedang menjalani pidana kurungan pengganti denda (pidana pokok selesai {main_end}).</source>
        <translation>Serving confinement in lieu of a fine (main sentence ended {main_end}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="35"/>
        <source>Sedang menjalani cuti menjelang bebas.</source>
        <translation>On pre-release leave (CMB).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="36"/>
        <source>Terpidana korupsi belum melunasi denda dan uang pengganti.</source>
        <translation>Corruption convict has not paid the fine and restitution in full.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="37"/>
        <source>Terpidana terorisme belum menyelesaikan program deradikalisasi dan ikrar setia NKRI.</source>
        <translation>Terrorism convict has not completed deradicalisation and the pledge of loyalty to the Republic (NKRI).</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="38"/>
        <source>Pernah melarikan diri: tidak mendapat Remisi Dasawarsa.</source>
        <translation>Has escaped before: no Decennial Remission.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="39"/>
        <source>Agama &apos;{religion}&apos; tidak memiliki hari besar dalam tabel Remisi Khusus.</source>
        <translation>Religion &apos;{religion}&apos; has no holiday in the Special Remission table.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="40"/>
        <source>Hari besar agamanya {own}, bukan {occasion}.</source>
        <translation>Their religious holiday is {own}, not {occasion}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="41"/>
        <source>Sudah menerima {kind} pada {date} di tahun {year}.</source>
        <translation>Already received {kind} on {date} in {year}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="42"/>
        <source>Besarnya remisi menurut tabel 0 hari.</source>
        <translation>The table gives 0 days of remission.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="44"/>
        <source>Calon remisi susulan: sudah ditahan {served} hari (lebih dari {minimum} hari); diusulkan setelah putusan berkekuatan hukum tetap.</source>
        <translation>Candidate for late remission (susulan): detained {served} days (more than {minimum} days); to be proposed once the verdict is final.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="45"/>
        <source>Remisi Umum ke-{nth} (baris tabel: {label}; telah menjalani {served} hari): {days} hari.</source>
        <translation>General Remission no. {nth} (table row: {label}; {served} days served): {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="46"/>
        <source>Remisi Khusus {holiday} ke-{nth} (baris tabel: {label}; telah menjalani {served} hari): {days} hari.</source>
        <translation>Special Remission {holiday} no. {nth} (table row: {label}; {served} days served): {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="47"/>
        <source>Remisi Dasawarsa 1/12 dari pidana {sentence} = {exact} hari, dibulatkan ke bawah, paling banyak {cap} hari: {days} hari.</source>
        <translation>Decennial Remission 1/12 of the {sentence} sentence = {exact} days, rounded down, at most {cap} days: {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="48"/>
        <source>Remisi Tambahan {fraction} dari Remisi Umum {ru} hari (donor / jasa kemanusiaan): {days} hari.</source>
        <translation>Additional Remission {fraction} of the General Remission of {ru} days (donor / humanitarian service): {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="49"/>
        <source>Remisi Tambahan {fraction} dari Remisi Umum {ru} hari (pemuka): {days} hari.</source>
        <translation>Additional Remission {fraction} of the General Remission of {ru} days (pemuka): {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="50"/>
        <source>Donor sekaligus pemuka: diberikan Remisi Tambahan yang terbesar, {days} hari; {smaller} hari yang lain tidak ditambahkan.</source>
        <translation>Donor and pemuka at once: the larger Additional Remission is given, {days} days; the other {smaller} days are not added.</translation>
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
        <source>{kind} pada hari yang sama ({days} hari) ikut dihitung: sebelum remisi ini bebas {release}.</source>
        <translation>{kind} granted the same day ({days} days) is counted: without this remission, release on {release}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/reasons.py" line="56"/>
        <source>{count} riwayat remisi bertanggal pada atau sesudah hari remisi tidak dihitung.</source>
        <translation>Remission records dated on or after the remission day, not counted: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="20"/>
        <source>Pengurangan Masa Pidana anak</source>
        <translation>Sentence reduction for children</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="21"/>
        <source>Remisi Tambahan</source>
        <translation>Additional Remission</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="25"/>
        <source>Kategori I (masa pidana berkurang)</source>
        <translation>Category I (sentence shortened)</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="26"/>
        <source>Kategori II (bebas pada hari remisi)</source>
        <translation>Category II (released on the remission day)</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="30"/>
        <source>Kategori II (bebas setelah kurungan pengganti denda)</source>
        <translation>Category II (released after the fine substitute)</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="54"/>
        <source>Belum narapidana (belum ada putusan berkekuatan hukum tetap)</source>
        <translation>Not yet a convict (no final verdict yet)</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="55"/>
        <source>Pidana seumur hidup atau pidana mati</source>
        <translation>Life sentence or death sentence</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="56"/>
        <source>Penahanan dimulai sesudah hari remisi</source>
        <translation>Detention started after the remission day</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="57"/>
        <source>Masa pidana sudah berakhir sebelum hari remisi</source>
        <translation>Sentence already ended before the remission day</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="58"/>
        <source>Masa pidana yang dijalani belum memenuhi syarat</source>
        <translation>Time served does not yet meet the requirement</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="59"/>
        <source>Tercatat hukuman disiplin (register F)</source>
        <translation>Disciplinary punishment recorded (register F)</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="60"/>
        <source>Sedang menjalani pidana kurungan pengganti denda</source>
        <translation>Serving confinement in lieu of a fine</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="61"/>
        <source>Agamanya tidak memiliki hari besar Remisi Khusus</source>
        <translation>Their religion has no Special Remission (RK) holiday</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="62"/>
        <source>Hari besar agamanya bukan hari remisi ini</source>
        <translation>Their religious holiday is not this remission&apos;s day</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="63"/>
        <source>Sudah menerima remisi ini pada tahun yang sama</source>
        <translation>Already received this remission in the same year</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="64"/>
        <source>Data register belum lengkap</source>
        <translation>Register data incomplete</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="65"/>
        <source>Data register tidak sah</source>
        <translation>Register data invalid</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_programme_dto.py" line="28"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_programme_dto.py" line="29"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_programme_dto.py" line="30"/>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_programme_dto.py" line="31"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_model.py" line="34"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_model.py" line="35"/>
        <location filename="../../app/ui/remission/model.py" line="68"/>
        <source>No. registrasi</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_model.py" line="36"/>
        <location filename="../../app/ui/remission/model.py" line="70"/>
        <location filename="../../app/ui/remission/programme_panel.py" line="56"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_model.py" line="37"/>
        <source>Blok/Kamar</source>
        <translation>Block/Cell</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_model.py" line="38"/>
        <location filename="../../app/ui/remission/programme_panel.py" line="59"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_model.py" line="39"/>
        <location filename="../../app/ui/remission/programme_panel.py" line="53"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/attendance_model.py" line="134"/>
        <source>Dicatat oleh %1, %2</source>
        <translation>Recorded by %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="37"/>
        <source>Remisi Umum (17 Agustus)</source>
        <translation>General Remission (RU, 17 August)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="38"/>
        <source>Remisi Khusus (hari besar keagamaan)</source>
        <translation>Special Remission (RK, religious holiday)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/ceremony_dialogs.py" line="39"/>
        <source>Remisi Dasawarsa (17 Agustus tahun dasawarsa)</source>
        <translation>Decennial Remission (RD, 17 August of a decennial year)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="36"/>
        <source>&amp;Donor darah / organ, jasa kemanusiaan (RT 1/2)</source>
        <translation>&amp;Blood / organ donor, humanitarian service (RT 1/2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="37"/>
        <source>&amp;Pemuka (RT 1/3)</source>
        <translation>T&amp;rustee (pemuka; RT 1/3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="38"/>
        <source>Pernah &amp;melarikan diri (tanpa Remisi Dasawarsa)</source>
        <translation>Has &amp;escaped before (no Decennial Remission)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="39"/>
        <source>Denda dan uang pengganti &amp;lunas (tindak pidana korupsi)</source>
        <translation>Fine and restitution &amp;paid in full (corruption)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="40"/>
        <source>Deradikalisasi dan ikrar &amp;NKRI selesai (terorisme)</source>
        <translation>Deradicalisation and &amp;NKRI pledge completed (terrorism)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="41"/>
        <source>Sedang &amp;cuti menjelang bebas</source>
        <translation>On pre-release &amp;leave (CMB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/line_dialogs.py" line="54"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="38"/>
        <location filename="../../app/ui/remission/model.py" line="167"/>
        <source>Diberikan</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="39"/>
        <source>Calon susulan</source>
        <translation>Candidate (susulan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="40"/>
        <source>Tidak</source>
        <translation>Not granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="72"/>
        <source>Dijalani (hari)</source>
        <translation>Served (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="74"/>
        <source>Ke-</source>
        <translation>Nth</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="76"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="78"/>
        <source>Remisi (hari)</source>
        <translation>Remission (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="80"/>
        <source>RT (hari)</source>
        <translation>RT (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="83"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="85"/>
        <source>Bebas sebelum</source>
        <translation>Release (before)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="87"/>
        <source>Bebas sesudah</source>
        <translation>Release (after)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="89"/>
        <source>Nomor SK</source>
        <translation>SK number</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="157"/>
        <source>Diubah: {why}</source>
        <translation>Changed: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="166"/>
        <source>Semua baris</source>
        <translation>All lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="168"/>
        <source>Tidak diberikan</source>
        <translation>Not granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="169"/>
        <source>Calon remisi susulan</source>
        <translation>Candidate for late remission (susulan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="170"/>
        <source>Diubah petugas</source>
        <translation>Changed by staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="171"/>
        <source>Kategori II (bebas)</source>
        <translation>Category II (released)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/model.py" line="172"/>
        <source>Diberikan, belum ada SK</source>
        <translation>Granted, no SK yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="50"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="51"/>
        <source>Acara</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="52"/>
        <source>Pengisi</source>
        <translation>Performer</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="57"/>
        <source>Jabatan / instansi</source>
        <translation>Position / institution</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/programme_panel.py" line="58"/>
        <source>Peran dalam acara</source>
        <translation>Role in the ceremony</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="17"/>
        <source>Remisi Umum</source>
        <translation>General Remission</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="18"/>
        <source>Remisi Khusus</source>
        <translation>Special Remission</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/labels.py" line="19"/>
        <source>Remisi Dasawarsa</source>
        <translation>Decennial Remission</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/texts.py" line="12"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/texts.py" line="13"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/texts.py" line="14"/>
        <source>dikunci, tercatat di register</source>
        <translation>locked, recorded in the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/texts.py" line="28"/>
        <source>%1 WBP dihitung</source>
        <translation>%1 inmates computed</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/texts.py" line="31"/>
        <source>%1 diberikan (%2 kategori II)</source>
        <translation>%1 granted (%2 Category II)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/texts.py" line="34"/>
        <source>%1 tidak</source>
        <translation>%1 not granted</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/texts.py" line="37"/>
        <source>%1 calon susulan</source>
        <translation>%1 susulan candidates</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/texts.py" line="40"/>
        <source>%1 diubah petugas</source>
        <translation>%1 changed by staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/texts.py" line="47"/>
        <source>%1 belum ber-SK</source>
        <translation>%1 without an SK</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/decide.py" line="28"/>
        <source>seumur hidup</source>
        <translation>life</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/decide.py" line="29"/>
        <source>mati</source>
        <translation>death</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/decide.py" line="31"/>
        <source>lebih dari</source>
        <translation>more than</translation>
    </message>
    <message>
        <location filename="../../app/domain/remission/decide.py" line="32"/>
        <source>sedikitnya</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_lines.py" line="20"/>
        <source>Data register belum lengkap: tanggal mulai penahanan tidak tercatat.</source>
        <translation>Register data incomplete: the start of detention is not recorded.</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_lines.py" line="26"/>
        <source>Data register tidak sah: lama pidana lebih dari 100 tahun. Perbaiki perkaranya di register.</source>
        <translation>Register data invalid: the sentence is longer than 100 years. Correct the case in the register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/reason_text.py" line="38"/>
        <source>1 tahun</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/reason_text.py" line="38"/>
        <source>{n} tahun</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/reason_text.py" line="39"/>
        <source>1 bulan</source>
        <translation>1 month</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/reason_text.py" line="39"/>
        <source>{n} bulan</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/reason_text.py" line="40"/>
        <source>1 hari</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/reason_text.py" line="40"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../app/services/remission_corrections.py" line="44"/>
        <source>Koreksi setelah dikunci: </source>
        <translation>Correction after locking: </translation>
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
    <name>rules</name>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="36"/>
        <source>Versi skema</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="37"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="38"/>
        <source>Tanggal tabel</source>
        <translation>Table date</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="39"/>
        <source>Sumber hukum</source>
        <translation>Legal sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="40"/>
        <source>Satuan</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="41"/>
        <source>Hari per bulan</source>
        <translation>Days per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="42"/>
        <source>Ambang batas</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="43"/>
        <source>Telah menjalani lebih dari (hari)</source>
        <translation>Served more than (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="44"/>
        <source>Anak: telah menjalani lebih dari (hari)</source>
        <translation>Children: served more than (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="45"/>
        <source>Anak: usia di bawah (tahun)</source>
        <translation>Children: age under (years)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="46"/>
        <source>Tanpa hukuman disiplin selama (bulan)</source>
        <translation>No disciplinary punishment for (months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="47"/>
        <source>PB: 2/3 pidana sedikitnya (bulan)</source>
        <translation>Parole (PB): 2/3 of sentence at least (months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="48"/>
        <source>Perbandingan</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="49"/>
        <source>Perbandingan masa menjalani</source>
        <translation>Time-served comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="50"/>
        <source>Syarat</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="51"/>
        <source>Hanya narapidana (putusan inkracht)</source>
        <translation>Convicts only (final verdict)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="52"/>
        <source>Remisi susulan</source>
        <translation>Late remission (susulan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="53"/>
        <source>Jenis pidana yang dikecualikan</source>
        <translation>Excluded sentence types</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="54"/>
        <source>Tanpa RU/RK selama pidana pengganti denda atau CMB</source>
        <translation>No RU/RK while serving confinement in lieu of a fine or on pre-release leave (CMB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="57"/>
        <source>Korupsi: denda dan uang pengganti lunas</source>
        <translation>Corruption: fine and restitution paid in full</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="58"/>
        <source>Terorisme: deradikalisasi dan ikrar NKRI</source>
        <translation>Terrorism: deradicalisation and NKRI pledge</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="61"/>
        <source>Pernah melarikan diri: tanpa RD</source>
        <translation>Escaped before: no RD</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="62"/>
        <source>Satu kali setiap tahun</source>
        <translation>Once a year</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="63"/>
        <source>Remisi Umum (RU)</source>
        <translation>General Remission (RU)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="64"/>
        <source>Remisi Khusus (RK)</source>
        <translation>Special Remission (RK)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="65"/>
        <source>Remisi Dasawarsa (RD)</source>
        <translation>Decennial Remission (RD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="66"/>
        <source>Remisi Tambahan (RT)</source>
        <translation>Additional Remission (RT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="67"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="68"/>
        <source>Tanggal (BB-HH)</source>
        <translation>Date (MM-DD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="69"/>
        <source>Tabel besaran</source>
        <translation>Amount table</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="70"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="71"/>
        <source>Remisi ke- (dari)</source>
        <translation>Remission no. (from)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="72"/>
        <source>Remisi ke- (sampai)</source>
        <translation>Remission no. (to)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="73"/>
        <source>Telah menjalani dari (hari)</source>
        <translation>Served from (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="74"/>
        <source>Telah menjalani sampai (hari)</source>
        <translation>Served up to (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="75"/>
        <source>Besaran (hari)</source>
        <translation>Amount (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="76"/>
        <source>Hari besar keagamaan</source>
        <translation>Religious holidays</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="77"/>
        <source>Nama di kalender libur memuat</source>
        <translation>Name in the holiday calendar contains</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="78"/>
        <source>Hari besar menurut agama</source>
        <translation>Holiday by religion</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="79"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="80"/>
        <source>Kristen</source>
        <translation>Protestant Christianity</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="81"/>
        <source>Katolik</source>
        <translation>Catholicism</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="82"/>
        <source>Hindu</source>
        <translation>Hinduism</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="83"/>
        <source>Buddha</source>
        <translation>Buddhism</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="84"/>
        <source>Konghucu</source>
        <translation>Confucianism</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="85"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="86"/>
        <source>Setiap (tahun)</source>
        <translation>Every (years)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="87"/>
        <source>Sisa pembagian tahun</source>
        <translation>Year remainder (modulo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="88"/>
        <source>Pecahan masa pidana</source>
        <translation>Fraction of the sentence</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="89"/>
        <source>Paling banyak (hari)</source>
        <translation>At most (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="90"/>
        <source>Juga selama pidana pengganti denda</source>
        <translation>Also while serving confinement in lieu of a fine</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="91"/>
        <source>Pecahan: berjasa / donor</source>
        <translation>Fraction: service / donor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="92"/>
        <source>Pecahan: pemuka</source>
        <translation>Fraction: trustee (pemuka)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="93"/>
        <source>Pengurangan masa tahanan</source>
        <translation>Detention credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="94"/>
        <source>Tahanan rutan</source>
        <translation>Rutan detention</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="95"/>
        <source>Tahanan rumah</source>
        <translation>House arrest (rumah)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="96"/>
        <source>Tahanan kota</source>
        <translation>City arrest (kota)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="97"/>
        <source>Pilihan tafsir</source>
        <translation>Interpretation options</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="98"/>
        <source>Remisi ke-n dihitung dari</source>
        <translation>Nth remission counted from</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="99"/>
        <source>RT bila donor sekaligus pemuka</source>
        <translation>RT when both donor and trustee (pemuka)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="100"/>
        <source>Cara menghitung 1/3, 1/2, 2/3</source>
        <translation>How 1/3, 1/2, 2/3 are calculated</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="101"/>
        <source>Pilihan yang tersedia</source>
        <translation>Available choices</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="102"/>
        <source>Kategori I dan II</source>
        <translation>Category I and II</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="105"/>
        <source>remisi yang telah diterima</source>
        <translation>remissions already received</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="106"/>
        <source>tahun sejak penahanan</source>
        <translation>years since detention</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="107"/>
        <source>yang terbesar</source>
        <translation>the larger</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="108"/>
        <source>keduanya dijumlah</source>
        <translation>both added together</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="109"/>
        <source>bulan kalender, sisa x 30 hari</source>
        <translation>calendar months, remainder x 30 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="110"/>
        <source>pecahan jumlah hari</source>
        <translation>fraction of the number of days</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="111"/>
        <source>lebih dari</source>
        <translation>more than</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="112"/>
        <source>sedikitnya</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="113"/>
        <source>penjara</source>
        <translation>imprisonment</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="114"/>
        <source>kurungan</source>
        <translation>confinement</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="115"/>
        <source>seumur hidup</source>
        <translation>life</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="116"/>
        <source>mati</source>
        <translation>death</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="117"/>
        <source>Idul Fitri</source>
        <translation>Eid al-Fitr</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="118"/>
        <source>Natal</source>
        <translation>Christmas</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="119"/>
        <source>Nyepi</source>
        <translation>Nyepi</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="120"/>
        <source>Waisak</source>
        <translation>Vesak</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="121"/>
        <source>Imlek</source>
        <translation>Chinese New Year (Imlek)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="126"/>
        <source>ke-1, menjalani 6 sampai 12 bulan</source>
        <translation>no. 1, served 6 to 12 months</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="127"/>
        <source>ke-1, menjalani 12 bulan atau lebih</source>
        <translation>no. 1, served 12 months or more</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="128"/>
        <source>ke-2</source>
        <translation>no. 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="129"/>
        <source>ke-3</source>
        <translation>no. 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="130"/>
        <source>ke-2 dan ke-3</source>
        <translation>nos. 2 and 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="131"/>
        <source>ke-4 dan ke-5</source>
        <translation>nos. 4 and 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="132"/>
        <source>ke-6 dan seterusnya</source>
        <translation>no. 6 and later</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="140"/>
        <source>dan seterusnya</source>
        <translation>and onwards</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="141"/>
        <source>tanpa batas</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="155"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="212"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/remission/rules_fields.py" line="214"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>Warga Binaan</source>
        <translation>Inmates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>Remisi</source>
        <translation>Remission</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="44"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="45"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="46"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="47"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="48"/>
        <source>Terkunci sampai</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="49"/>
        <source>Terakhir masuk</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="51"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_dialog.py" line="52"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
</TS>
