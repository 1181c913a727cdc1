"""The desk service (issue #16): two real kiosks on 127.0.0.1, each with its own
:class:`DeskService` (no command line), syncing on a change, recording per desk the last
contact and the changes behind, backing off from a desk that left, reconnecting after a
restart at the remembered address, and surviving an exchange that raises anything."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.core import Kiosk
from kiosk.desks import service as service_module
from kiosk.desks import transport
from kiosk.desks.links import changes_behind, remembered_address
from kiosk.desks.service import DeskLink, DeskService
from kiosk.reception import checkin
from kiosk.reception.status import status
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER
from tests.test_desks_apply import pair

#: Upper bound of every wait below (the loops end as soon as the condition holds).
WAIT = 20.0


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Kiosk, Kiosk]]:
    a = Kiosk.create(tmp_path / "a", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    b = Kiosk.create(tmp_path / "b", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    pair(a, b)
    yield a, b
    a.close()
    b.close()


def service_of(kiosk: Kiosk, **options: object) -> DeskService:
    return DeskService(
        lambda: Kiosk(kiosk.store.open_writer(), actor="desk"),
        every=0.2,
        **options,  # type: ignore[arg-type]
    )


def arrive(kiosk: Kiosk, name: str) -> str:
    person = people.add_person(kiosk.ctx, PersonDraft(name=name, birth=date(1970, 3, 4)))
    checkin.check_in(kiosk.ctx, [person.id])
    return person.id


def state_at(kiosk: Kiosk, person_id: str) -> str | None:
    """The person's state at that desk (None: not there yet)."""
    row = kiosk.store.query_one("SELECT state FROM person WHERE id = ?", (person_id,))
    return None if row is None else str(row["state"])


def own_changes(kiosk: Kiosk) -> int:
    row = kiosk.store.query_one(
        "SELECT count(*) AS n FROM outbox WHERE origin = ?", (kiosk.ctx.kiosk_id,)
    )
    assert row is not None
    return int(row["n"])


def link(service: DeskService, kiosk_id: str) -> DeskLink | None:
    return next((d for d in service.status().desks if d.kiosk_id == kiosk_id), None)


def test_service_syncs_two_kiosks_and_reports_contact_and_behind(
    two: tuple[Kiosk, Kiosk],
) -> None:
    a, b = two
    served = service_of(a)
    address = served.start()
    syncing = service_of(b, peers=[address])
    syncing.start()
    try:
        pid = arrive(a, "避難 太郎")
        # made at A, pushed by nobody: B's round pulls it (every 0.2 s) and it is in B's tables
        wait_for(lambda: status(b.store).present == 1, "A's check-in at B")
        assert people.get_person(b.store, pid).state == "in"
        wait_for(lambda: syncing.status().applied >= 2, "B to count what it applied")
        wait_for(lambda: (link(syncing, a.ctx.kiosk_id) or _never).behind == 0, "B's status")
        seen_from_b = link(syncing, a.ctx.kiosk_id)
        assert seen_from_b is not None
        assert (seen_from_b.address, seen_from_b.error, seen_from_b.failures) == (address, None, 0)
        assert seen_from_b.last_contact is not None
        # A served those exchanges: it knows B too (its last contact; B lacks nothing of A's)
        wait_for(lambda: (link(served, b.ctx.kiosk_id) or _never).last_contact is not None, "A")
        assert remembered_address(b.store, a.ctx.kiosk_id) == address

        # A goes away: B's changes pile up as "behind", the failure is recorded by kind and
        # B backs off instead of hammering the address
        served.stop()
        before = own_changes(b)
        for n in range(3):
            arrive(b, f"避難 {n}")
        made = own_changes(b) - before
        assert made >= 6  # each arrival: the person added, then checked in
        wait_for(
            lambda: (link(syncing, a.ctx.kiosk_id) or _never).error == "unreachable", "failure"
        )
        wait_for(lambda: (link(syncing, a.ctx.kiosk_id) or _never).behind == made, "backlog")
    finally:
        syncing.stop()
        served.stop()
    assert not syncing.status().running
    # what A held is kept in B's store at stop: `kiosk desk list` and a restart count from it
    assert changes_behind(b.store, a.ctx.kiosk_id) == made


_never = DeskLink("-", None, None, None, None, 0)


def test_a_restarted_desk_reconnects_at_the_remembered_address(two: tuple[Kiosk, Kiosk]) -> None:
    a, b = two
    served = service_of(a)
    address = served.start()
    first = service_of(b, peers=[address])
    first.start()
    try:
        wait_for(lambda: remembered_address(b.store, a.ctx.kiosk_id) == address, "remembered")
        first.stop()
        pid = arrive(a, "避難 花子")
        again = service_of(b)  # no manual address, no discovery: only what the store holds
        again.start()
        try:
            wait_for(lambda: state_at(b, pid) == "in", "reconnect")
        finally:
            again.stop()
    finally:
        first.stop()
        served.stop()


def test_an_exchange_raising_anything_is_recorded_and_the_service_goes_on(
    two: tuple[Kiosk, Kiosk], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    a, b = two
    real_sync, real_apply = service_module.sync_with, transport.apply_changes
    faults = {"sync": 1, "serve": 1}

    def failing_sync(*args: object, **kwargs: object) -> transport.Exchange:
        if faults["sync"]:
            faults["sync"] -= 1
            raise RuntimeError("Taro Yamada, 090-1234-5678")  # a message that must not be logged
        return real_sync(*args, **kwargs)  # type: ignore[arg-type]

    def failing_apply(*args: object, **kwargs: object) -> object:
        if faults["serve"]:
            faults["serve"] -= 1
            raise KeyError("Taro Yamada")
        return real_apply(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service_module, "sync_with", failing_sync)
    monkeypatch.setattr(transport, "apply_changes", failing_apply)
    caplog.set_level(logging.INFO, logger="kiosk.desks")
    served = service_of(a)
    address = served.start()
    syncing = service_of(b, peers=[address])
    syncing.start()
    try:
        pid = arrive(a, "避難 次郎")
        wait_for(lambda: state_at(b, pid) == "in", "sync after the faults")
        assert faults == {"sync": 0, "serve": 0}
        assert syncing.status().running and served.status().running
    finally:
        syncing.stop()
        served.stop()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged and "KeyError" in logged
    assert "Yamada" not in logged and "090" not in logged
