"""Pairing the desks of one shelter: the pairing code the first desk shows, the second desk
accepting it, the first desk accepting the second's reply, the list of paired desks, and
unpairing (a revoked desk's later changes are refused by :func:`require_paired`).

Both sides remember the other's kiosk id and Ed25519 public key in the ``desk`` table; the
first desk keeps each code's one-time secret in ``desk_invite`` (inside the encrypted store)
until the reply is accepted or the code expires. Every step is audited (record type ``desk``,
the other kiosk's id — no personal data). Making, accepting and unpairing need the
``settings`` permission (the shelter manager).
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.access import audit
from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.desks.codes import (
    INVITE_BYTES,
    MAX_ADDRESSES,
    SECRET_BYTES,
    PairingCode,
    decode_code,
    decode_reply,
    encode_code,
    encode_reply,
    reply_mac,
)
from kiosk.desks.errors import (
    DeskNotPaired,
    DeskRevoked,
    PairingCodeExpired,
    PairingOtherShelter,
    PairingReplyInvalid,
    PairingReplyUnknown,
    PairingWithItself,
)
from kiosk.identity.keys import public_key_bytes
from kiosk.operations import shelter as shelter_service
from kiosk.store import Store

__all__ = [
    "DEFAULT_MINUTES",
    "PairedDesk",
    "IssuedCode",
    "AcceptedCode",
    "make_pairing_code",
    "accept_pairing_code",
    "accept_pairing_reply",
    "list_desks",
    "unpair",
    "require_paired",
]

#: How long a pairing code is valid: long enough to walk to the other desk and scan it.
DEFAULT_MINUTES = 10
MAX_MINUTES = 60
#: How far the scanning desk's clock may run ahead of the showing desk's: a code is accepted
#: this long past its expiry by the scanner's clock. The strict check is the showing desk's
#: own (its invite expires by the clock that set it); the scanner only trusts a key it was
#: shown, so a late scan risks nothing, while clocks minutes apart must not block pairing.
CLOCK_LEEWAY = timedelta(minutes=5)


@dataclass(frozen=True)
class PairedDesk:
    """Another desk of the shelter, as this kiosk knows it."""

    kiosk_id: str
    shelter_id: str
    public_key: bytes
    state: str  # "paired" or "revoked"
    paired_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True, repr=False)
class IssuedCode:
    """A pairing code to show: its text (holds the one-time secret) and when it expires."""

    text: str
    expires_at: datetime

    def __repr__(self) -> str:
        return f"IssuedCode(expires_at={self.expires_at.isoformat()})"


@dataclass(frozen=True, repr=False)
class AcceptedCode:
    """The desk a code paired this kiosk with, and the reply to carry back to it."""

    desk: PairedDesk
    reply: str
    #: Where the code said its desk listens (``host:port``): the reply can go there over the
    #: local network (:func:`kiosk.desks.handover.deliver_reply`) instead of by a second scan.
    addresses: tuple[str, ...] = ()
    #: The address the reply was delivered to, once it was (None: not delivered: show it).
    delivered_to: str | None = None

    def __repr__(self) -> str:
        return f"AcceptedCode(desk={self.desk.kiosk_id!r}, delivered={self.delivered_to!r})"


def _desk(row: object) -> PairedDesk:
    revoked = row["revoked_at"]  # type: ignore[index]
    return PairedDesk(
        kiosk_id=row["kiosk_id"],  # type: ignore[index]
        shelter_id=row["shelter_id"],  # type: ignore[index]
        public_key=bytes(row["public_key"]),  # type: ignore[index]
        state=row["state"],  # type: ignore[index]
        paired_at=datetime.fromisoformat(row["paired_at"]),  # type: ignore[index]
        revoked_at=datetime.fromisoformat(revoked) if revoked else None,
    )


def _find(store: Store, kiosk_id: str) -> PairedDesk | None:
    row = store.query_one("SELECT * FROM desk WHERE kiosk_id = ?", (kiosk_id,))
    return _desk(row) if row is not None else None


def _remember(
    ctx: Context, kiosk_id: str, shelter_id: str, public_key: bytes, action: str
) -> PairedDesk:
    """Store (or confirm) a paired desk and audit it; inside ``store.atomic()``.

    Raises:
        DeskRevoked: this desk was unpaired (a revoked key never pairs again).
        DeskNotPaired: a desk of that id is paired here with another key.
    """
    known = _find(ctx.store, kiosk_id)
    if known is not None and known.state == "revoked":
        raise DeskRevoked(desk=kiosk_id)
    if known is not None and known.public_key != public_key:
        # the same kiosk id with another key: not the desk paired before
        raise DeskNotPaired(desk=kiosk_id)
    at = ctx.now()
    if known is None:
        ctx.store.execute(
            "INSERT INTO desk (kiosk_id, shelter_id, public_key, state, paired_at) "
            "VALUES (?, ?, ?, 'paired', ?)",
            (kiosk_id, shelter_id, public_key, at.isoformat()),
        )
    audit.append(ctx.store, ctx.actor, action, "desk", kiosk_id, at)
    found = _find(ctx.store, kiosk_id)
    assert found is not None
    return found


def make_pairing_code(
    ctx: Context, minutes: int = DEFAULT_MINUTES, addresses: Sequence[str] = ()
) -> IssuedCode:
    """A new pairing code of this kiosk, valid for ``minutes``; its secret is kept until a
    reply uses it or it expires. ``addresses`` (``host:port``, at most
    :data:`~kiosk.desks.codes.MAX_ADDRESSES`) say where this desk's service listens, so the
    second desk can deliver its reply over the network.

    Raises:
        PermissionDenied: the acting role may not change settings.
        ValueError: ``minutes`` is outside 1..60 (the command line bounds it first).
    """
    require_role(ctx, "settings")
    if not 1 <= minutes <= MAX_MINUTES:
        raise ValueError("minutes must be 1..60")
    store = ctx.store
    key = shelter_service.signing_key(store)
    at = ctx.now()
    expires = (at + timedelta(minutes=minutes)).replace(microsecond=0)
    code = PairingCode(
        shelter_id=shelter_service.get_shelter(store).id,
        kiosk_id=ctx.kiosk_id,
        public_key=public_key_bytes(key),
        invite_id=secrets.token_bytes(INVITE_BYTES),
        secret=secrets.token_bytes(SECRET_BYTES),
        expires_at=expires,
        addresses=tuple(addresses)[:MAX_ADDRESSES],
    )
    text = encode_code(code, key)
    with store.atomic():
        store.execute(
            "INSERT INTO desk_invite (id, secret, created_at, expires_at) VALUES (?, ?, ?, ?)",
            (code.invite_id.hex(), code.secret, at.isoformat(), expires.isoformat()),
        )
        audit.append(store, ctx.actor, "desk.code", "desk_invite", code.invite_id.hex(), at)
    return IssuedCode(text, expires)


def accept_pairing_code(ctx: Context, text: str) -> AcceptedCode:
    """Pair this kiosk with the desk that made the code ``text``; returns that desk and the
    reply for it (``KSR1:``), which proves to it that this kiosk read the code.

    Raises:
        PermissionDenied: the acting role may not change settings.
        PairingCodeInvalid: not a valid pairing code.
        PairingCodeExpired: the code's time is over by this kiosk's clock, beyond
            :data:`CLOCK_LEEWAY`.
        PairingOtherShelter: the code belongs to another shelter.
        PairingWithItself: this kiosk made the code.
        DeskRevoked: that desk was unpaired here before.
        DeskNotPaired: a desk of that id is paired here with another key.
    """
    require_role(ctx, "settings")
    code = decode_code(text)
    now = ctx.now()
    if now >= code.expires_at + CLOCK_LEEWAY:
        raise PairingCodeExpired()
    own_shelter = shelter_service.get_shelter(ctx.store).id
    if code.shelter_id != own_shelter:
        raise PairingOtherShelter(found=code.shelter_id, own=own_shelter)
    if code.kiosk_id == ctx.kiosk_id:
        raise PairingWithItself()
    key = shelter_service.signing_key(ctx.store)
    with ctx.store.atomic():
        desk = _remember(ctx, code.kiosk_id, code.shelter_id, code.public_key, "desk.pair")
    return AcceptedCode(desk, encode_reply(code, ctx.kiosk_id, key), code.addresses)


def accept_pairing_reply(ctx: Context, text: str) -> PairedDesk:
    """On the desk that made the code: check the second desk's reply and remember it.

    The reply must answer an open code of this kiosk (not expired, not used), its MAC must
    verify under that code's one-time secret, and its signature under the key it carries.

    Raises:
        PermissionDenied: the acting role may not change settings.
        PairingReplyInvalid: malformed, badly signed, or the MAC does not verify.
        PairingReplyUnknown: no open code of this kiosk has that invite id.
        PairingOtherShelter: the reply names another shelter.
        DeskRevoked: that desk was unpaired here before.
    """
    require_role(ctx, "settings")
    reply = decode_reply(text)
    store = ctx.store
    now = ctx.now()
    row = store.query_one(
        "SELECT * FROM desk_invite WHERE id = ? AND used_at IS NULL", (reply.invite_id.hex(),)
    )
    if row is None or now >= datetime.fromisoformat(row["expires_at"]):
        raise PairingReplyUnknown()
    own_shelter = shelter_service.get_shelter(store).id
    if reply.shelter_id != own_shelter:
        raise PairingOtherShelter(found=reply.shelter_id, own=own_shelter)
    key = shelter_service.signing_key(store)
    code = PairingCode(
        own_shelter,
        ctx.kiosk_id,
        public_key_bytes(key),
        reply.invite_id,
        bytes(row["secret"]),
        datetime.fromisoformat(row["expires_at"]),
    )
    expected = reply_mac(code, reply.kiosk_id, reply.public_key)
    if not hmac.compare_digest(expected, reply.mac):
        raise PairingReplyInvalid()
    if reply.kiosk_id == ctx.kiosk_id:
        raise PairingWithItself()
    with store.atomic():
        store.execute(
            "UPDATE desk_invite SET used_at = ?, used_by = ? WHERE id = ?",
            (now.isoformat(), reply.kiosk_id, reply.invite_id.hex()),
        )
        desk = _remember(ctx, reply.kiosk_id, reply.shelter_id, reply.public_key, "desk.accept")
    return desk


def list_desks(store: Store) -> list[PairedDesk]:
    """Every desk this kiosk was paired with, revoked ones included, oldest first."""
    return [_desk(r) for r in store.query("SELECT * FROM desk ORDER BY paired_at, kiosk_id")]


def unpair(ctx: Context, kiosk_id: str) -> PairedDesk:
    """Revoke a paired desk: its later changes are refused and it cannot pair again.

    Raises:
        PermissionDenied: the acting role may not change settings.
        DeskNotPaired: no desk with that id.
        DeskRevoked: it is already unpaired.
    """
    require_role(ctx, "settings")
    known = _find(ctx.store, kiosk_id)
    if known is None:
        raise DeskNotPaired(desk=kiosk_id)
    if known.state == "revoked":
        raise DeskRevoked(desk=kiosk_id)
    at = ctx.now()
    with ctx.store.atomic():
        ctx.store.execute(
            "UPDATE desk SET state = 'revoked', revoked_at = ? WHERE kiosk_id = ?",
            (at.isoformat(), kiosk_id),
        )
        audit.append(ctx.store, ctx.actor, "desk.unpair", "desk", kiosk_id, at)
    found = _find(ctx.store, kiosk_id)
    assert found is not None
    return found


def require_paired(store: Store, kiosk_id: str, public_key: bytes | None = None) -> PairedDesk:
    """The paired desk ``kiosk_id`` (with ``public_key``, when given): the check every change
    or connection from another desk passes first.

    Raises:
        DeskNotPaired: no such desk, or it holds another key.
        DeskRevoked: the desk was unpaired.
    """
    known = _find(store, kiosk_id)
    if known is None or (public_key is not None and known.public_key != public_key):
        raise DeskNotPaired(desk=kiosk_id)
    if known.state == "revoked":
        raise DeskRevoked(desk=kiosk_id)
    return known
