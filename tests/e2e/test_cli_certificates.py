"""`python main.py certificate ...` end to end: issue, decode the printed QR, verify, revoke."""

from __future__ import annotations

import json

import pytest

from tests.e2e.cli import run_cli
from tests.reports.pdf_helpers import decode_qr, render_png

PASSWORD = "demo-sandi-2025"


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    result = run_cli("demo", "--admin-password", PASSWORD, "--inmates", "5", home=home)
    assert result.returncode == 0, result.stderr
    return home


def test_issue_verify_forge_revoke(home, tmp_path):
    out = tmp_path / "sertifikat.pdf"
    issued = run_cli("certificate", "issue", "--user", "admin", "--kind", "pembinaan", "--name",
                     "Siti Rahmawati", "--subject", "Pelatihan Menjahit", "--date", "2025-07-15",
                     "--out", str(out), home=home, password=PASSWORD)  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    cert_id, number, code, _ = issued.stdout.strip().split("\t")

    png_dir = tmp_path / "png"
    png_dir.mkdir()
    payload = decode_qr(render_png(out.read_bytes(), png_dir))
    assert number in payload

    ok = run_cli("certificate", "verify", payload, home=home)
    assert (ok.returncode, ok.stdout.splitlines()[0]) == (0, "VALID")
    assert "Siti Rahmawati" in ok.stdout
    by_code = run_cli("certificate", "verify", code.lower(), home=home)
    assert (by_code.returncode, by_code.stdout.splitlines()[0]) == (0, "VALID")

    forged = run_cli("certificate", "verify", payload.replace("Siti", "Sita"), home=home)
    assert (forged.returncode, forged.stdout.splitlines()[0]) == (1, "FORGED")
    unknown = run_cli("certificate", "verify", "ABCD-EFGH-JKMN", home=home)
    assert (unknown.returncode, unknown.stdout.splitlines()[0]) == (1, "NOT FOUND")

    revoked = run_cli("certificate", "revoke", cert_id, "--user", "admin", "--reason",
                      "Salah nama", home=home, password=PASSWORD)  # fmt: skip
    assert revoked.returncode == 0, revoked.stderr
    after = run_cli("certificate", "verify", payload, home=home)
    assert (after.returncode, after.stdout.splitlines()[0]) == (1, "REVOKED")

    listed = run_cli("certificate", "list", "--json", "--user", "admin", home=home,
                     password=PASSWORD)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    mine = [r for r in rows if r["number"] == number]
    assert mine and mine[0]["revoked"] is True
    assert sum(r["kind"] == "demo" for r in rows) >= 3  # the demo step issued some


def test_denied_role_cannot_issue(home, tmp_path):
    result = run_cli("certificate", "issue", "--user", "registrasi", "--kind", "pembinaan",
                     "--name", "X", "--subject", "Y", "--out", str(tmp_path / "x.pdf"), home=home,
                     password=PASSWORD)  # fmt: skip
    assert result.returncode == 1
    assert "tidak berwenang" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


WORKER = """
import sys, time, uuid
from datetime import date
from pathlib import Path
from app.domain.roles import Role
from app.paths import data_paths
from app.services.actor import Actor
from app.services.certificates import IssueRequest
from app.services.container import open_services

go = Path(sys.argv[1])
services = open_services(f"sqlite:///{data_paths().default_db}", data_paths())
actor = Actor(1, "admin", "Admin", Role.ADMIN)
while not go.exists():
    time.sleep(0.005)
for i in range(3):
    reqs = [IssueRequest("pembinaan", str(uuid.uuid4()), f"P{i}{j}", "Uji") for j in range(2)]
    batch = services.certificates.issue(actor, reqs, issued_on=date(2025, 7, 15))
    print("\\n".join(c.number for c in batch.certificates), flush=True)
services.dispose()
"""


def test_parallel_processes_get_distinct_numbers(home, tmp_path):
    """Four processes (as four workstations on one database file) issue at the same moment.

    The processes skip the login: concurrent logins hit a separate problem (the login
    transaction reads before it writes; see the report)."""
    import os
    import subprocess
    import sys

    from tests.e2e.cli import ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith("SIBINA_")}
    env.update(SIBINA_HOME=str(home))
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(go)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    go.write_text("go")
    outputs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err[-800:] for _, err in outputs]
    numbers = [n for out, _ in outputs for n in out.split()]
    assert len(numbers) == len(set(numbers)) == 24
    assert sorted(int(n.split("/")[0]) for n in numbers) == list(range(1, 25))
