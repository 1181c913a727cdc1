"""Pairing two desks of one shelter (issue #16 item 1): real kiosk stores in two homes."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import base45
import cbor2
import pytest

from kiosk.access import audit
from kiosk.access.staff import PermissionDenied
from kiosk.cli import build_parser
from kiosk.core import Kiosk
from kiosk.desks import (
    PairedDesk,
    accept_pairing_code,
    accept_pairing_reply,
    decode_code,
    list_desks,
    make_pairing_code,
    require_paired,
    unpair,
)
from kiosk.desks.codes import CODE_PREFIX, PairingCode, encode_reply
from kiosk.desks.errors import (
    DeskNotPaired,
    DeskRevoked,
    PairingCodeExpired,
    PairingCodeInvalid,
    PairingOtherShelter,
    PairingReplyInvalid,
    PairingReplyUnknown,
    PairingWithItself,
)
from kiosk.identity.keys import new_key, public_key_bytes, sign_cose
from kiosk.operations import shelter as shelter_service
from kiosk.registry.records import Shelter
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, FakeClock, run_cli


@pytest.fixture
def desks(make_kiosk: Callable[..., Kiosk], tmp_path: Path) -> tuple[Kiosk, Kiosk]:
    return make_kiosk(home=tmp_path / "desk-a"), make_kiosk(home=tmp_path / "desk-b")


def _key(kiosk: Kiosk) -> bytes:
    return public_key_bytes(shelter_service.signing_key(kiosk.store))


def test_both_desks_remember_each_others_key(desks: tuple[Kiosk, Kiosk], clock: FakeClock) -> None:
    a, b = desks
    issued = make_pairing_code(a.ctx)
    clock.advance(minutes=3)
    accepted = accept_pairing_code(b.ctx, issued.text)
    scanned_at = clock.now
    clock.advance(minutes=1)
    on_a = accept_pairing_reply(a.ctx, accepted.reply)
    assert (list_desks(b.store), list_desks(a.store)) == (
        [PairedDesk(a.ctx.kiosk_id, SHELTER.id, _key(a), "paired", scanned_at, None)],
        [PairedDesk(b.ctx.kiosk_id, SHELTER.id, _key(b), "paired", clock.now, None)],
    )
    assert on_a == list_desks(a.store)[0]
    assert require_paired(a.store, b.ctx.kiosk_id, _key(b)) == on_a


def test_a_code_says_its_shelter_kiosk_key_and_expiry(
    desks: tuple[Kiosk, Kiosk], clock: FakeClock
) -> None:
    a, _ = desks
    issued = make_pairing_code(a.ctx, minutes=5)
    code = decode_code(issued.text)
    assert (code.shelter_id, code.kiosk_id, code.public_key, code.expires_at) == (
        SHELTER.id,
        a.ctx.kiosk_id,
        _key(a),
        clock.now.replace(minute=5),
    )
    assert issued.expires_at == code.expires_at
    assert code.secret.hex() not in repr(code) + repr(issued)


def test_an_expired_code_is_refused(desks: tuple[Kiosk, Kiosk], clock: FakeClock) -> None:
    a, b = desks
    issued = make_pairing_code(a.ctx, minutes=10)
    clock.advance(minutes=15)  # 10 minutes, and the 5 minutes allowed for clocks apart
    with pytest.raises(PairingCodeExpired):
        accept_pairing_code(b.ctx, issued.text)
    assert list_desks(b.store) == []


def test_a_desk_whose_clock_runs_minutes_ahead_still_pairs(
    make_kiosk: Callable[..., Kiosk], tmp_path: Path, clock: FakeClock
) -> None:
    a = make_kiosk(home=tmp_path / "a")
    ahead = FakeClock(clock.now + timedelta(minutes=13))  # 3 minutes past the code's expiry
    b = Kiosk.create(tmp_path / "b", PASSPHRASE, SHELTER, kdf=FAST_KDF, clock=ahead)
    try:
        reply = accept_pairing_code(b.ctx, make_pairing_code(a.ctx, minutes=10).text).reply
        clock.advance(minutes=2)
        assert accept_pairing_reply(a.ctx, reply).kiosk_id == b.ctx.kiosk_id
    finally:
        b.close()


def test_a_code_of_another_shelter_is_refused(
    make_kiosk: Callable[..., Kiosk], tmp_path: Path
) -> None:
    a = make_kiosk(home=tmp_path / "a")
    other = make_kiosk(Shelter(id="other-shelter", name="別の避難所", capacity=5), tmp_path / "o")
    with pytest.raises(PairingOtherShelter) as caught:
        accept_pairing_code(other.ctx, make_pairing_code(a.ctx).text)
    assert caught.value.params == {"found": SHELTER.id, "own": "other-shelter"}


def test_a_kiosk_cannot_pair_with_itself(desks: tuple[Kiosk, Kiosk]) -> None:
    a, _ = desks
    with pytest.raises(PairingWithItself):
        accept_pairing_code(a.ctx, make_pairing_code(a.ctx).text)


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: t[:-3] + ("AAA" if t[-3:] != "AAA" else "BBB"),  # signature bytes changed
        lambda t: "KSS1:" + t[5:],  # a slip's prefix
        lambda t: t[:40],  # cut short
    ],
    ids=["signature", "prefix", "truncated"],
)
def test_a_damaged_code_is_refused(
    desks: tuple[Kiosk, Kiosk], damage: Callable[[str], str]
) -> None:
    a, b = desks
    with pytest.raises(PairingCodeInvalid):
        accept_pairing_code(b.ctx, damage(make_pairing_code(a.ctx).text))


def test_a_code_signed_by_another_key_than_it_names_is_refused(
    desks: tuple[Kiosk, Kiosk],
) -> None:
    a, b = desks
    genuine = _unsigned_body(make_pairing_code(a.ctx).text)
    forged = CODE_PREFIX + base45.b45encode(sign_cose(genuine, new_key())).decode("ascii")
    with pytest.raises(PairingCodeInvalid):
        accept_pairing_code(b.ctx, forged)
    assert list_desks(b.store) == []


def _unsigned_body(text: str) -> bytes:
    """The signed body of a code, taken out of its COSE_Sign1 (to sign it with another key)."""
    body = cbor2.loads(base45.b45decode(text[len(CODE_PREFIX) :])).value[2]
    assert isinstance(body, bytes)
    return body


def test_a_reply_without_the_one_time_secret_is_refused(desks: tuple[Kiosk, Kiosk]) -> None:
    a, b = desks
    code = decode_code(make_pairing_code(a.ctx).text)
    guessed = PairingCode(
        code.shelter_id,
        code.kiosk_id,
        code.public_key,
        code.invite_id,
        b"\0" * 16,
        code.expires_at,
    )
    reply = encode_reply(guessed, b.ctx.kiosk_id, shelter_service.signing_key(b.store))
    with pytest.raises(PairingReplyInvalid):
        accept_pairing_reply(a.ctx, reply)
    assert list_desks(a.store) == []


def test_a_reply_is_used_once_and_only_before_the_code_expires(
    desks: tuple[Kiosk, Kiosk], clock: FakeClock
) -> None:
    a, b = desks
    reply = accept_pairing_code(b.ctx, make_pairing_code(a.ctx).text).reply
    accept_pairing_reply(a.ctx, reply)
    with pytest.raises(PairingReplyUnknown):
        accept_pairing_reply(a.ctx, reply)
    late = accept_pairing_code(b.ctx, make_pairing_code(a.ctx, minutes=2).text).reply
    clock.advance(minutes=2)
    with pytest.raises(PairingReplyUnknown):
        accept_pairing_reply(a.ctx, late)


def test_an_unpaired_desk_is_refused_and_cannot_pair_again(
    desks: tuple[Kiosk, Kiosk], clock: FakeClock
) -> None:
    a, b = desks
    accept_pairing_reply(a.ctx, accept_pairing_code(b.ctx, make_pairing_code(a.ctx).text).reply)
    clock.advance(hours=1)
    revoked = unpair(a.ctx, b.ctx.kiosk_id)
    assert (revoked.state, revoked.revoked_at) == ("revoked", clock.now)
    with pytest.raises(DeskRevoked):
        require_paired(a.store, b.ctx.kiosk_id)
    with pytest.raises(DeskRevoked):
        unpair(a.ctx, b.ctx.kiosk_id)
    again = accept_pairing_code(b.ctx, make_pairing_code(a.ctx).text).reply
    with pytest.raises(DeskRevoked):
        accept_pairing_reply(a.ctx, again)
    assert [d.state for d in list_desks(a.store)] == ["revoked"]


def test_unknown_desks_and_other_keys_are_not_paired(desks: tuple[Kiosk, Kiosk]) -> None:
    a, b = desks
    with pytest.raises(DeskNotPaired):
        unpair(a.ctx, "kiosk-000000000000")
    accept_pairing_reply(a.ctx, accept_pairing_code(b.ctx, make_pairing_code(a.ctx).text).reply)
    with pytest.raises(DeskNotPaired):
        require_paired(a.store, b.ctx.kiosk_id, public_key_bytes(new_key()))


def test_pairing_is_for_the_manager(desks: tuple[Kiosk, Kiosk]) -> None:
    a, b = desks
    staff = a.ctx.acting_as("desk-staff", "staff")
    with pytest.raises(PermissionDenied):
        make_pairing_code(staff)
    text = make_pairing_code(a.ctx).text
    with pytest.raises(PermissionDenied):
        accept_pairing_code(b.ctx.acting_as("desk-staff", "staff"), text)
    with pytest.raises(PermissionDenied):
        unpair(staff, b.ctx.kiosk_id)


def test_every_step_is_audited_without_the_secret(desks: tuple[Kiosk, Kiosk]) -> None:
    a, b = desks
    issued = make_pairing_code(a.ctx)
    accept_pairing_reply(a.ctx, accept_pairing_code(b.ctx, issued.text).reply)
    unpair(a.ctx, b.ctx.kiosk_id)
    invite = decode_code(issued.text).invite_id.hex()
    trail = [(e.action, e.record_type, e.record_id) for e in audit.recent(a.store)[:3]]
    assert trail == [
        ("desk.unpair", "desk", b.ctx.kiosk_id),
        ("desk.accept", "desk", b.ctx.kiosk_id),
        ("desk.code", "desk_invite", invite),
    ]
    assert [(e.action, e.record_id) for e in audit.recent(b.store)[:1]] == [
        ("desk.pair", a.ctx.kiosk_id)
    ]
    assert audit.verify_chain(a.store) == [] and audit.verify_chain(b.store) == []
    secret = decode_code(issued.text).secret.hex()
    rows = a.store.query("SELECT * FROM audit")
    assert [r for r in rows if any(secret in str(v) for v in tuple(r))] == []


def test_command_line_pairs_two_homes_through_files(
    make_kiosk: Callable[..., Kiosk], tmp_path: Path
) -> None:
    homes = [tmp_path / "cli-a", tmp_path / "cli-b"]
    ids = []
    for home in homes:
        kiosk = make_kiosk(home=home)
        ids.append(kiosk.ctx.kiosk_id)
        kiosk.close()
    code, reply = tmp_path / "pair.png", tmp_path / "reply.txt"
    with socket.socket() as probe:  # an address nothing answers at: the two-file route
        probe.bind(("127.0.0.1", 0))
        nowhere = f"127.0.0.1:{probe.getsockname()[1]}"
    made = run_cli(
        "desk",
        "pair-code",
        "--out",
        str(code),
        "--minutes",
        "5",
        "--address",
        nowhere,
        home=homes[0],
    )
    assert (made.returncode, made.stderr) == (0, "")
    paired = run_cli("desk", "pair", str(code), "--reply-out", str(reply), home=homes[1])
    assert (paired.returncode, paired.stderr, paired.stdout.splitlines()[:2]) == (
        0,
        "",
        [
            f"Paired on this side with desk {ids[0]}.",
            "That desk could not be reached over the network.",
        ],
    )
    assert reply.read_text().startswith("KSR1:")
    accepted = run_cli("desk", "accept", str(reply), "--json", home=homes[0])
    assert (accepted.returncode, json.loads(accepted.stdout)["kiosk_id"]) == (0, ids[1])
    again = run_cli("desk", "accept", str(reply), home=homes[0])
    assert (again.returncode, again.stderr.startswith("kiosk: This pairing reply answers no")) == (
        1,
        True,
    )
    unpaired = run_cli("desk", "unpair", ids[1], home=homes[0])
    assert unpaired.returncode == 0
    listed = run_cli("desk", "list", "--json", home=homes[0])
    assert [(d["kiosk_id"], d["state"]) for d in json.loads(listed.stdout)] == [(ids[1], "revoked")]
    other = run_cli("desk", "list", home=homes[1])
    assert other.stdout.split()[:2] == [ids[0], "paired"]
    bad = run_cli(
        "desk", "pair-code", "--out", str(tmp_path / "x.txt"), "--minutes", "0", home=homes[0]
    )
    assert bad.returncode == 2
    inside = run_cli("desk", "pair-code", "--out", str(homes[0] / "pair.txt"), home=homes[0])
    assert (inside.returncode, "data folder" in inside.stderr) == (1, True)


@pytest.mark.parametrize("action", ["pair-code", "pair", "accept", "list", "unpair"])
def test_every_desk_command_has_help_with_an_example(
    action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        build_parser().parse_args(["desk", action, "--help"])
    assert (ended.value.code, "example:\n  kiosk desk " in capsys.readouterr().out) == (0, True)
