"""`kiosk card …` in a child process against the real PC/SC stack: readers listed, a My Number
card's PIN typed on a terminal (a pty) and never taken otherwise, the last try guarded by a
staff confirmation, tap cards linked and unlinked with audit rows."""

from __future__ import annotations

import fcntl
import os
import select
import subprocess
import sys
import termios
import time
from collections.abc import Sequence
from pathlib import Path

from kiosk.access import audit
from kiosk.core import Kiosk
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.conftest import PASSPHRASE, REPO, run_cli
from tests.peers.cards.emulated import FixedIdCardOS, MyNumberCardOS

READER = "Virtual PCD 00 00"


def _make_controlling_tty() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def run_cli_tty(*args: str, home: Path, answers: Sequence[tuple[str, str]]) -> tuple[int, str]:
    """Run `kiosk` on a pseudo-terminal (its controlling terminal, as getpass needs); each
    ``(prompt, answer)`` is typed when the prompt appears. Bounded to 60 s."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_HOME=str(home), KIOSK_PASSPHRASE=PASSPHRASE)
    master, slave = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", *args],
        cwd=REPO,
        env=env,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=_make_controlling_tty,
    )
    os.close(slave)
    output = b""
    pending = list(answers)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            if pending and pending[0][0].encode() in output:
                os.write(master, (pending.pop(0)[1] + "\n").encode())
            if proc.poll() is not None and not ready:
                break
        code = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return code, output.decode("utf-8", errors="replace").replace("\r\n", "\n")


def test_readers_are_listed(pcsc_stack, kiosk_home: Path) -> None:
    result = run_cli("card", "readers", home=kiosk_home)
    assert (result.returncode, result.stdout.splitlines()[0]) == (0, READER)


def test_pin_is_never_read_without_a_terminal(virtual_card, kiosk: Kiosk, kiosk_home: Path) -> None:
    card_os = MyNumberCardOS()
    virtual_card(card_os).insert()
    result = run_cli("card", "read", "--wait", "5", home=kiosk_home, stdin="1234\n")
    assert (result.returncode, result.stderr.strip(), card_os.tries) == (
        1,
        "kiosk: The card's PIN can only be typed on a terminal (it is never an argument).",
        3,
    )


def test_read_with_pin_on_the_terminal_registers_and_checks_in(
    virtual_card, kiosk: Kiosk, kiosk_home: Path
) -> None:
    virtual_card(MyNumberCardOS()).insert()
    code, out = run_cli_tty(
        "card", "read", "--wait", "5", "--check-in", home=kiosk_home, answers=[("Card PIN", "1234")]
    )
    assert code == 0, out
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    assert lines[-2:] == ["mynumber **** **** 9018: 0 known; 1 new", "checked in 1 (registered 1)"]
    assert "1234" not in out  # not echoed
    rows = kiosk.store.query("SELECT * FROM person WHERE name = ?", ("山田 花子",))
    found = people.rows_to_people(rows)
    assert [(p.state, p.sex) for p in found] == [("in", "F")]


def test_last_try_needs_staff_yes(virtual_card, kiosk: Kiosk, kiosk_home: Path) -> None:
    card_os = MyNumberCardOS(tries=1)
    virtual_card(card_os).insert()
    code, out = run_cli_tty(
        "card", "read", "--wait", "5", home=kiosk_home, answers=[("type 'yes'", "no")]
    )
    assert (code, "Card PIN" in out, card_os.tries) == (1, False, 1)
    code, out = run_cli_tty(
        "card",
        "read",
        "--wait",
        "5",
        home=kiosk_home,
        answers=[("type 'yes'", "yes"), ("Card PIN", "1234")],
    )
    assert (code, card_os.tries) == (0, 3), out


def test_link_and_unlink_a_tap_card(virtual_card, kiosk: Kiosk, kiosk_home: Path) -> None:
    _household, persons = people.add_household(kiosk.ctx, [PersonDraft(name="見本 三郎")])
    person_id = persons[0].id
    virtual_card(FixedIdCardOS()).insert()
    linked = run_cli("card", "link", person_id, "--wait", "5", home=kiosk_home)
    read = run_cli("card", "read", "--wait", "5", "--check-in", home=kiosk_home)
    unlinked = run_cli("card", "unlink", person_id, home=kiosk_home)
    again = run_cli("card", "read", "--wait", "5", home=kiosk_home)
    assert (linked.returncode, linked.stdout.strip()) == (0, f"linked a felica card to {person_id}")
    assert (read.returncode, read.stdout.splitlines()) == (
        0,
        ["card: 1 known; 0 new", "checked in 1 (registered 0)"],
    )
    assert (unlinked.returncode, again.returncode, again.stderr.strip()) == (
        0,
        1,
        "kiosk: This card is not linked to anyone. Staff can link it on the person's card.",
    )
    actions = [e.action for e in audit.recent(kiosk.store) if e.action.startswith("card.")]
    assert sorted(actions) == ["card.link", "card.unlink"]
