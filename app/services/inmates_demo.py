"""Demo inmates: realistic but fictional people (generated names, NIKs that pass the check but
belong to nobody on purpose-built serials, "Jl. Fiktif" addresses). A mix of detainees at every
stage (some with detention about to expire), convicts with varied sentences, a few life
sentences, a death sentence, released and transferred people, and register F entries.
`DemoOptions.inmates` sets how many (100,000 for the benchmark: bulk INSERTs)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.domain.inmates.codes import RELIGIONS, Status, propose_code
from app.domain.inmates.detention import DETENTION_LIMITS, period_end
from app.domain.inmates.nik import make_nik
from app.domain.inmates.record import CaseData, DetentionData, DisciplineData, InmateData
from app.domain.inmates.sentence import Sentence, add_sentence
from app.services.actor import SYSTEM
from app.services.audit import record_many as audit_many
from app.services.clock import Clock
from app.services.demo import DemoOptions, DemoStep, register_demo_step
from app.services.inmates_bulk import insert_inmates
from app.services.inmates_store import audit_view
from app.services.progress import Progress

MEN = ("Ahmad", "Budi", "Slamet", "Agus", "Eko", "Joko", "Hendra", "Rudi", "Dedi", "Bambang",
       "Wahyu", "Arif", "Yusuf", "Taufik", "Imam", "Rizky", "Fajar", "Dimas", "Sugeng", "Teguh",
       "Bayu", "Hadi", "Anton", "Suryadi", "Mulyono", "Ilham", "Andi", "Gilang", "Heru", "Nur")  # fmt: skip
WOMEN = ("Siti", "Sri", "Dewi", "Rina", "Wulan", "Ani", "Yuni", "Lestari", "Ratna", "Fitri",
         "Indah", "Nurul", "Putri", "Maya", "Endang")  # fmt: skip
FAMILY = ("Santoso", "Saputra", "Wibowo", "Susilo", "Hidayat", "Pratama", "Nugroho", "Kurniawan",
          "Setiawan", "Hartono", "Gunawan", "Prasetyo", "Rahman", "Firmansyah", "Syahputra",
          "Wijaya", "Maulana", "Ramadhan", "Hakim", "Sulistyo", "Purnomo", "Subekti", "Utomo",
          "Rahayu", "Handayani", "Kusuma", "Fauzi", "Haryanto", "Siregar", "Nasution")  # fmt: skip
NICKNAMES = ("Gondrong", "Kribo", "Bule", "Cungkring", "Gendut", "Item", "Pendek", "Codet")
PLACES = ("Pekalongan", "Batang", "Pemalang", "Tegal", "Brebes", "Semarang", "Banyumas",
          "Kendal", "Jakarta", "Bandung")  # fmt: skip
REGENCIES = ("3375", "3326", "3325", "3327", "3328", "3329", "3374", "3302")
CRIMES = (("Pasal 362 KUHP", "Pencurian"), ("Pasal 363 KUHP", "Pencurian dengan pemberatan"),
          ("Pasal 378 KUHP", "Penipuan"), ("Pasal 372 KUHP", "Penggelapan"),
          ("Pasal 351 KUHP", "Penganiayaan"), ("Pasal 114 UU 35/2009", "Narkotika"),
          ("Pasal 112 UU 35/2009", "Narkotika"), ("Pasal 2 UU 31/1999", "Korupsi"),
          ("Pasal 303 KUHP", "Perjudian"), ("Pasal 340 KUHP", "Pembunuhan berencana"),
          ("Pasal 81 UU 35/2014", "Perlindungan anak"))  # fmt: skip
VIOLATIONS = (("Berkelahi dengan sesama WBP", "Tutupan sunyi 6 hari"),
              ("Menyimpan telepon genggam", "Tutupan sunyi 12 hari, hak remisi ditunda"),
              ("Tidak mengikuti apel", "Teguran tertulis"),
              ("Merusak fasilitas kamar", "Tutupan sunyi 6 hari, mengganti kerusakan"))  # fmt: skip
EDUCATION = (
    "SD",
    "SD",
    "SMP",
    "SMP",
    "SMA/SMK",
    "SMA/SMK",
    "SMA/SMK",
    "D1-D3",
    "S1",
    "Tidak sekolah",
)
JOBS = ("Buruh", "Petani", "Nelayan", "Pedagang", "Wiraswasta", "Sopir", "Karyawan swasta",
        "Tidak bekerja", "Buruh batik", "Tukang ojek")  # fmt: skip
STAGE_WEIGHTS = (("A.I", 30), ("A.II", 25), ("A.III", 30), ("A.IV", 10), ("A.V", 5))
PER_RECORD_AUDIT_LIMIT = 2000


def _religion(rng: random.Random) -> str:
    return rng.choices(RELIGIONS[:6], weights=(86, 6, 3, 1, 2, 1))[0]


def _sentence(rng: random.Random) -> tuple[str, Sentence]:
    roll = rng.random()
    if roll < 0.012:
        return "seumur_hidup", Sentence()
    if roll < 0.015:
        return "mati", Sentence()
    if roll < 0.06:
        return "kurungan", Sentence(0, rng.randint(1, 11), rng.choice((0, 0, 15)))
    if roll < 0.12:
        return "penjara", Sentence(0, rng.randint(1, 12), rng.choice((0, 0, 10, 20)))
    return "penjara", Sentence(rng.choices((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20),
                                           weights=(14, 16, 14, 10, 10, 8, 8, 7, 5, 5, 3))[0],
                               rng.choice((0, 0, 0, 3, 6, 8)), 0)  # fmt: skip


def make_inmate(rng: random.Random, index: int, today: date) -> InmateData:
    sex = "P" if rng.random() < 0.07 else "L"
    first = rng.choice(WOMEN if sex == "P" else MEN)
    name = f"{first} {rng.choice(FAMILY)}"
    if rng.random() < 0.4:
        name = f"{name} {rng.choice(FAMILY)}"
    birth = today - timedelta(days=rng.randint(18 * 365, 65 * 365))
    region = f"{REGENCIES[index % len(REGENCIES)]}{(index // len(REGENCIES)) % 20 + 1:02d}"
    serial = index // (len(REGENCIES) * 20) % 9999 + 1
    nik = make_nik(region, birth, sex, serial) if rng.random() < 0.88 else ""
    roll = rng.random()
    status = Status.TAHANAN if roll < 0.35 else Status.NARAPIDANA if roll < 0.94 else Status.BEBAS
    if status is Status.BEBAS and rng.random() < 0.3:
        status = Status.PINDAH
    block = rng.choice("ABCDEF") if sex == "L" else "W"
    base = dict(
        full_name=name, sex=sex, nik=nik, aliases=rng.choice(NICKNAMES) if rng.random() < 0.1 else "",
        birth_place=rng.choice(PLACES), birth_date=birth, religion=_religion(rng),
        education=rng.choice(EDUCATION), marital_status=rng.choice(("Kawin", "Belum kawin", "Kawin", "Cerai hidup")),
        occupation=rng.choice(JOBS), address=f"Jl. Fiktif No. {rng.randint(1, 200)}, {rng.choice(PLACES)}",
        origin=rng.choice(PLACES), next_of_kin=f"{rng.choice(MEN + WOMEN)} (keluarga, fiktif)",
        block=block, cell=str(rng.randint(1, 12)),
    )  # fmt: skip
    year = today.year
    if status is Status.TAHANAN:
        stage = rng.choices([s for s, _ in STAGE_WEIGHTS], [w for _, w in STAGE_WEIGHTS])[0]
        limit = DETENTION_LIMITS[stage]  # type: ignore[index]
        extended = rng.random() < 0.4
        span = limit.initial_days + (limit.extension_days if extended else 0)
        start = today - timedelta(days=rng.randint(0, span - 1))
        end = period_end(stage, start, extended)
        admitted = start - timedelta(days=rng.randint(0, 60) if stage != "A.I" else 0)
        return InmateData(
            reg_number=f"{stage.replace('.', '')}.{index + 1}/{year}", status=status.value,
            reg_code=stage, admission_date=admitted, admission_source="Polres Pekalongan Kota",
            detentions=(DetentionData(stage, start, end, "rutan"),), **base,
        )  # fmt: skip
    kind, sentence = _sentence(rng)
    if index % 90 == 45:  # a few life sentences in every demo
        kind, sentence = "seumur_hidup", Sentence()
    if kind in ("seumur_hidup", "mati"):
        status = Status.NARAPIDANA
    # A convict still inside has not yet served the whole sentence: admitted at most the
    # sentence's length (less a few days) ago.
    fixed_term = kind in ("penjara", "kurungan")
    span = (add_sentence(today, sentence) - today).days if fixed_term else 6 * 365
    upper = max(2, min(6 * 365, span - 5))
    admitted = today - timedelta(days=rng.randint(min(120, upper - 1), upper))
    gap = (today - admitted).days
    verdict = admitted + timedelta(days=min(rng.randint(60, 110), max(1, gap - 25)))
    inkracht = verdict + timedelta(days=min(rng.randint(7, 20), max(1, (today - verdict).days)))
    articles, crime = rng.choice(CRIMES)
    fine = rng.choice((0, 0, 0, 1_000_000, 5_000_000, 800_000_000)) if kind == "penjara" else 0
    case = CaseData(
        articles, crime, "PN Pekalongan", f"{index + 1}/Pid.B/{inkracht.year}/PN Pkl", verdict,
        inkracht, kind, sentence.years, sentence.months, sentence.days, fine,
        rng.choice((30, 60, 90)) if fine else 0, bool(fine) and rng.random() < 0.5,
    )  # fmt: skip
    code = propose_code(Status.NARAPIDANA, kind, sentence)
    stage_start = admitted
    detentions = (
        DetentionData("A.I", stage_start, min(verdict, period_end("A.I", admitted, True))),
    )
    discipline = ()
    if rng.random() < 0.08:
        violation, punishment = rng.choice(VIOLATIONS)
        when = today - timedelta(days=rng.randint(1, max(2, (today - inkracht).days)))
        discipline = (DisciplineData(max(when, admitted), violation, punishment),)
    data = InmateData(
        reg_number=f"{code.value}-{index + 1}/{inkracht.year}", status=Status.NARAPIDANA.value,
        reg_code=code.value, admission_date=admitted, admission_source="Kejaksaan Negeri Pekalongan",
        cases=(case,), detentions=detentions, discipline=discipline, **base,
    )  # fmt: skip
    if status is Status.BEBAS:
        return InmateData(**{**data.__dict__, "status": "bebas", "release_reason": "pb",
                             "release_date": today - timedelta(days=rng.randint(1, 90)),
                             "block": "", "cell": ""})  # fmt: skip
    if status is Status.PINDAH:
        return InmateData(**{**data.__dict__, "status": "pindah",
                             "transfer_destination": "Lapas Kelas I Semarang (fiktif)",
                             "release_date": today - timedelta(days=rng.randint(1, 90)),
                             "block": "", "cell": ""})  # fmt: skip
    return data


def demo_inmates(
    session: Session, rng: random.Random, options: DemoOptions, clock: Clock, progress: Progress
) -> None:
    now = clock()
    today = now.date()
    records = [make_inmate(rng, i, today) for i in range(options.inmates)]
    ids = insert_inmates(session, records, SYSTEM.username, now, today)
    if len(records) <= PER_RECORD_AUDIT_LIMIT:
        events = [("inmate_created", "inmate", i, None, audit_view(d, None))
                  for i, d in zip(ids, records, strict=True)]  # fmt: skip
    else:
        events = [("demo_inmates_created", "inmate", "", None, {"count": len(records)})]
    audit_many(session, SYSTEM, events, now)


register_demo_step(DemoStep("WBP contoh", demo_inmates))
