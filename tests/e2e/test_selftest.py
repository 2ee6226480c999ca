"""`python main.py --self-test`: every step passes in a subprocess and no user data is touched;
a failing step makes the exit code 1 and is named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import selftest
from tests.e2e.cli import run_cli

STEPS = [
    "Basis data dibuat dan dimigrasi",
    "Data demo dimuat",
    "Integritas basis data",
    "Sumber daya (font, ikon, terjemahan, migrasi)",
    "Jendela utama dibuat (offscreen)",
    "Sertifikat PDF ditulis dan dibaca kembali",
]


def test_self_test_passes_and_prints_every_step(tmp_path: Path) -> None:
    home = tmp_path / "user-home"
    home.mkdir()
    # SIBINA_HOME points at the "user's" data: the self-test must not write there.
    result = run_cli("--self-test", home=home, timeout=300, HOME=str(tmp_path / "unix-home"))
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    for step in STEPS:
        assert re.search(rf"^OK   {re.escape(step)}", out, re.MULTILINE), f"{step!r} not OK:\n{out}"
    tabs = re.findall(r"^OK   Tab '(.+)' digambar", out, re.MULTILINE)
    assert tabs, out  # at least one tab rendered
    assert "FAIL" not in out
    assert "LULUS" in out.splitlines()[-1]
    assert list(home.iterdir()) == []
    assert not (tmp_path / "unix-home").exists()
    temp = re.search(r"^Folder sementara: (.+)$", out, re.MULTILINE)
    assert temp and not Path(temp.group(1)).exists()  # cleaned up


def test_a_failed_step_names_itself_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("SIBINA_HOME", str(tmp_path / "untouched"))

    def broken_demo(ctx: selftest.SelfTestContext) -> str:
        raise selftest.StepFailed("data demo rusak")

    monkeypatch.setattr(selftest, "step_demo", broken_demo)
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out
    assert "FAIL Data demo dimuat: data demo rusak" in out
    # Steps that need the demo login report FAIL too, instead of being skipped silently.
    assert "FAIL Jendela utama dibuat (offscreen): dilewati" in out
    assert "FAIL Sertifikat PDF ditulis dan dibaca kembali: dilewati" in out
    assert re.search(r"^OK   Basis data dibuat dan dimigrasi", out, re.MULTILINE)
    last = out.strip().splitlines()[-1]
    assert last.startswith("GAGAL: 3 langkah gagal: Data demo dimuat;")
    # The environment is restored and nothing was written to the user's folder.
    import os

    assert os.environ["SIBINA_HOME"] == str(tmp_path / "untouched")
    assert not (tmp_path / "untouched").exists()


def test_a_crashing_step_is_a_failure_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("SIBINA_HOME", str(tmp_path / "untouched"))

    def crash(ctx: selftest.SelfTestContext) -> str:
        raise OSError("disk penuh")

    monkeypatch.setattr(selftest, "step_database", crash)
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out
    assert "FAIL Basis data dibuat dan dimigrasi: OSError: disk penuh" in out
    assert "FAIL Data demo dimuat: dilewati: basis data tidak terbuka" in out
