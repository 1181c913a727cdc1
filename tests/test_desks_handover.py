"""Pairing by one scan (issue #16 "done when"): two real kiosks on 127.0.0.1, the first running
its :class:`DeskService`; the second accepts the first's code and hands its reply back over the
network, so both are paired without the reply being scanned back. A refused reply (an expired
code, a damaged reply, a reply used twice) is refused over the network with the existing
errors and audited; an unreachable first desk leaves the reply for the two-scan route."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import base45
import cbor2
import pytest

from kiosk.access import audit
from kiosk.core import Kiosk
from kiosk.desks import accept_pairing_code, accept_pairing_reply, list_desks, make_pairing_code
from kiosk.desks.codes import CODE_PREFIX, decode_code, encode_code, encode_reply
from kiosk.desks.errors import PairingCodeInvalid, PairingReplyInvalid, PairingReplyUnknown
from kiosk.desks.handover import deliver_reply, local_addresses
from kiosk.desks.links import remembered_address
from kiosk.desks.service import DeskService
from kiosk.desks.transport import sync_with
from kiosk.identity.keys import sign_cose
from kiosk.operations import shelter as shelter_service
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, run_cli
from tests.test_desks_service import arrive, service_of, wait_for


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Kiosk, Kiosk, DeskService, str]]:
    """Desk A (serving on a free port of 127.0.0.1, no desk paired yet) and desk B."""
    a = Kiosk.create(tmp_path / "a", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    b = Kiosk.create(tmp_path / "b", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    service = service_of(a)
    host, port = service.start()
    yield a, b, service, f"{host}:{port}"
    service.stop()
    a.close()
    b.close()


def states(kiosk: Kiosk) -> list[tuple[str, str]]:
    return [(d.kiosk_id, d.state) for d in list_desks(kiosk.store)]


def closed_port() -> int:
    """A port of 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_one_scan_pairs_both_desks_and_they_exchange(
    served: tuple[Kiosk, Kiosk, DeskService, str],
) -> None:
    a, b, service, address = served
    issued = make_pairing_code(a.ctx, addresses=[address])
    started = time.monotonic()
    accepted = accept_pairing_code(b.ctx, issued.text)
    assert accepted.addresses == (address,)
    assert deliver_reply(accepted) == address
    took = time.monotonic() - started
    assert states(a) == [(b.ctx.kiosk_id, "paired")]
    assert states(b) == [(a.ctx.kiosk_id, "paired")]
    wait_for(lambda: service.status().pairings == 1, "A's service to count the pairing")
    print(f"one-scan pairing: B's accept to both paired in {took * 1000:.0f} ms")
    trail = [(e.actor, e.action, e.record_id) for e in audit.recent(a.store)[:1]]
    assert trail == [("desk-pairing", "desk.accept", b.ctx.kiosk_id)]
    # paired: B's change reaches A over the pinned mutual TLS at once
    person = arrive(b, "一回 スキャン")
    host, port = address.rsplit(":", 1)
    sync_with(b.ctx, (host, int(port)))
    wait_for(
        lambda: a.store.query_one("SELECT 1 FROM person WHERE id = ?", (person,)) is not None,
        "B's check-in at A",
    )


def test_a_damaged_reply_or_the_same_reply_twice_is_refused_over_the_network(
    served: tuple[Kiosk, Kiosk, DeskService, str],
) -> None:
    a, b, _service, address = served
    issued = make_pairing_code(a.ctx, addresses=[address])
    accepted = accept_pairing_code(b.ctx, issued.text)
    # well signed by B, but its MAC under another secret: only the code's secret proves B
    wrong = replace(decode_code(issued.text), secret=bytes(16))
    forged = encode_reply(wrong, b.ctx.kiosk_id, shelter_service.signing_key(b.store))
    with pytest.raises(PairingReplyInvalid):
        deliver_reply(replace(accepted, reply=forged))
    assert states(a) == []
    assert deliver_reply(accepted) == address
    with pytest.raises(PairingReplyUnknown):
        deliver_reply(accepted)
    refusals = [
        (e.actor, e.record_id) for e in audit.recent(a.store) if e.action == "desk.reply_refused"
    ]
    assert refusals == [
        ("desk-pairing", PairingReplyUnknown.code),
        ("desk-pairing", PairingReplyInvalid.code),
    ]
    secret = decode_code(issued.text).secret.hex()
    rows = a.store.query("SELECT * FROM audit")
    assert [r for r in rows if any(secret in str(v) for v in tuple(r))] == []


def test_an_expired_code_is_refused_over_the_network(
    served: tuple[Kiosk, Kiosk, DeskService, str],
) -> None:
    a, b, _service, address = served
    # made two minutes ago, valid for one: over by A's clock, within B's leeway for skew
    past = datetime.now(UTC) - timedelta(minutes=2)
    issued = make_pairing_code(replace(a.ctx, clock=lambda: past), 1, [address])
    accepted = accept_pairing_code(b.ctx, issued.text)
    with pytest.raises(PairingReplyUnknown):
        deliver_reply(accepted)
    assert states(a) == []


def test_an_unreachable_desk_leaves_the_reply_for_the_second_scan(tmp_path: Path) -> None:
    a = Kiosk.create(tmp_path / "a", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    b = Kiosk.create(tmp_path / "b", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    try:
        issued = make_pairing_code(a.ctx, addresses=[f"127.0.0.1:{closed_port()}"])
        accepted = accept_pairing_code(b.ctx, issued.text)
        assert deliver_reply(accepted, timeout=2.0) is None
        assert states(a) == []
        assert accept_pairing_reply(a.ctx, accepted.reply).kiosk_id == b.ctx.kiosk_id
    finally:
        a.close()
        b.close()


def test_a_desk_answering_with_another_key_gets_no_reply(
    served: tuple[Kiosk, Kiosk, DeskService, str], tmp_path: Path
) -> None:
    """A code naming the address of another desk's service (C's): B's TLS check against the
    code's key fails, so nothing is sent there and the reply falls back to the second scan."""
    a, b, _service, address_a = served
    c = Kiosk.create(tmp_path / "c", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    try:
        issued = make_pairing_code(c.ctx, addresses=[address_a])
        accepted = accept_pairing_code(b.ctx, issued.text)
        assert deliver_reply(accepted) is None
        assert states(a) == []
    finally:
        c.close()


def test_command_line_pairs_by_one_scan(
    served: tuple[Kiosk, Kiosk, DeskService, str], tmp_path: Path
) -> None:
    a, _b, _service, address = served
    home_d = tmp_path / "d"
    d = Kiosk.create(home_d, PASSPHRASE, SHELTER, kdf=FAST_KDF)
    d_id = d.ctx.kiosk_id
    d.close()
    code, reply = tmp_path / "pair.txt", tmp_path / "reply.txt"
    code.write_text(make_pairing_code(a.ctx, addresses=[address]).text)
    paired = run_cli("desk", "pair", str(code), "--reply-out", str(reply), home=home_d)
    assert (paired.returncode, paired.stderr) == (0, "")
    assert paired.stdout.splitlines()[0].startswith(f"Paired with desk {a.ctx.kiosk_id} (the")
    assert not reply.exists()  # only the fallback writes it
    assert states(a) == [(d_id, "paired")]
    reopened = Kiosk.open(home_d, PASSPHRASE)
    try:
        host, port = address.rsplit(":", 1)
        assert remembered_address(reopened.store, a.ctx.kiosk_id) == (host, int(port))
    finally:
        reopened.close()


def test_the_window_verb_names_this_machines_addresses(tmp_path: Path) -> None:
    a = Kiosk.create(tmp_path / "a", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    try:
        code = decode_code(a.make_pairing_code(a.ctx, 5555).value.text)
        assert code.addresses == local_addresses(5555)
        assert all(x.endswith(":5555") and not x.startswith("127.") for x in code.addresses)
    finally:
        a.close()


@pytest.mark.parametrize(
    "addresses",
    [["h:1"] * 5, ["x" * 65 + ":1"], ["a b:1"], "10.0.0.1:47123", [7]],
    ids=["five", "long", "space", "not-a-list", "not-text"],
)
def test_a_code_with_malformed_addresses_is_refused(tmp_path: Path, addresses: object) -> None:
    """Well signed by the desk it names, but its addresses are not what a code may carry."""
    a = Kiosk.create(tmp_path / "a", PASSPHRASE, SHELTER, kdf=FAST_KDF)
    try:
        code = decode_code(make_pairing_code(a.ctx).text)
        body = cbor2.dumps(
            [
                1,
                code.shelter_id,
                code.kiosk_id,
                code.public_key,
                code.invite_id,
                code.secret,
                int(code.expires_at.timestamp()),
                addresses,
            ]
        )
        key = shelter_service.signing_key(a.store)
        text = CODE_PREFIX + base45.b45encode(sign_cose(body, key)).decode("ascii")
        with pytest.raises(PairingCodeInvalid):
            decode_code(text)
        with pytest.raises(ValueError):
            encode_code(replace(code, addresses=("h:1",) * 5), key)
    finally:
        a.close()
