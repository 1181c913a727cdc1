"""`kiosk demo run` (what ``scripts/run`` shows without a screen) is the desk's real flow:
codes read from camera frames by the decoder, verified, shown as the desk shows them, checked
in once confirmed; a second run finds everyone already inside; the My Number stays masked."""

from __future__ import annotations

from pathlib import Path

from kiosk.core import Kiosk
from kiosk.demos import desk_flow
from kiosk.demos.residents import open_demo_kiosk
from kiosk.scan.demo_camera import DEMO_MYNUMBER
from tests.conftest import run_cli


def test_demo_run_reads_confirms_and_checks_in_then_finds_everyone_inside(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    first = run_cli("demo", "run", "--people", "5", home=home)
    second = run_cli("demo", "run", home=home)
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    lines = first.stdout.splitlines()
    assert [line for line in lines if "checked in " in line and "inside" in line] == [
        "    checked in 1 — inside 1/120",
        "    checked in 2 — inside 3/120",
    ]
    assert sum("read from a 1280×720 frame" in line for line in lines) == 4
    assert "My Number card **** **** 9018" in first.stdout
    assert DEMO_MYNUMBER not in first.stdout + first.stderr + second.stdout + second.stderr
    assert second.stdout.count("already checked in: nothing to do") == 2
    assert "checked in 1 —" not in second.stdout


def test_skipping_every_code_checks_no_one_in(tmp_path: Path) -> None:
    kiosk: Kiosk = open_demo_kiosk(tmp_path / "demo", "pass phrase", people=3)
    try:
        said: list[str] = []
        steps = desk_flow.play(kiosk, kiosk.ctx, lambda _question: "s", said.append)
        outcomes = [(step.kind, step.decoded, step.outcome) for step in steps]
        assert outcomes == [
            ("app", True, "skipped"),
            ("app", True, "skipped"),
            ("mynumber", True, "needs-card"),
            ("slip", True, "needs-card"),
        ]
        assert said[-1].startswith("Status: inside 0/120")
    finally:
        kiosk.close()
