"""The audit log anchored at the City OS: a signed statement of how far this kiosk's audit
chain and change log had reached, kept by the City OS, so that a rewrite of the log on the
laptop shows up (issue #14 §8, #13 §5).

The audit chain (:mod:`kiosk.access.audit`) is tamper-evident only against someone without the key:
whoever holds the passphrase can delete a row and re-hash every row after it, and the
high-water mark beside the store (:mod:`kiosk.store.high_water`) follows, because it is
written with the same key. What the laptop cannot rewrite is what the City OS already
received. So each push and each sealed bundle carries an :class:`AuditHead` — the last audit
row's sequence number and hash (the high-water mark), the last change sequence of the outbox,
and the time — signed by the kiosk's Ed25519 key as a compact JWS (``jwcrypto``; verifiable
with the key from ``kiosk sync kiosk-key``). When the broker acknowledges it, the head is
recorded here; ``kiosk doctor`` then checks that the chain still holds that hash at that
position and that the change log has not gone backwards.

The local record of the acknowledged head lives in the store, so someone with the passphrase
could remove it too; the City OS's copy (the ``KioskAnchor`` entity) is the one to compare
with when that is suspected. The record holds hashes and counters only, no personal data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from jwcrypto import jwk, jws

from kiosk.operations.shelter import kiosk_id, signing_key
from kiosk.store import Store

__all__ = [
    "AuditHead",
    "SignedHead",
    "current_head",
    "sign_head",
    "acknowledged_head",
    "record_acknowledged",
    "verify_against_acknowledged",
]

_ACK_KEY = "anchor_acknowledged"
FORMAT = "shelter-kiosk-anchor/1"


@dataclass(frozen=True)
class AuditHead:
    """Where this kiosk's logs stood: the last audit row (``audit_seq``, ``audit_head``: the
    high-water mark) and the last outbox change (``change_seq``), at ``at``."""

    kiosk_id: str
    shelter_id: str
    audit_seq: int
    audit_head: str
    change_seq: int
    at: datetime

    def document(self) -> dict[str, object]:
        """The signed payload (also what a bundle carries beside the signature)."""
        data: dict[str, object] = {"format": FORMAT, **asdict(self)}
        data["at"] = self.at.isoformat()
        return data

    @classmethod
    def from_document(cls, data: Mapping[str, Any]) -> AuditHead:
        """The head a :meth:`document` describes (as stored, or as a bundle or receipt carries
        it).

        Raises:
            ValueError, KeyError, TypeError: not such a document.
        """
        return cls(
            kiosk_id=str(data["kiosk_id"]),
            shelter_id=str(data["shelter_id"]),
            audit_seq=int(data["audit_seq"]),
            audit_head=str(data["audit_head"]),
            change_seq=int(data["change_seq"]),
            at=datetime.fromisoformat(str(data["at"])),
        )


@dataclass(frozen=True)
class SignedHead:
    head: AuditHead
    #: Compact JWS (EdDSA, ``kid`` = kiosk id) over :meth:`AuditHead.document`.
    signature: str


def current_head(store: Store, at: datetime) -> AuditHead:
    """The logs' position now (one statement: one consistent snapshot)."""
    row = store.query_one(
        "SELECT (SELECT coalesce(max(seq), 0) FROM audit) AS audit_seq, "
        "(SELECT hash FROM audit ORDER BY seq DESC LIMIT 1) AS audit_head, "
        "(SELECT coalesce(max(seq), 0) FROM outbox) AS change_seq"
    )
    assert row is not None  # a SELECT without FROM always returns its one row
    return AuditHead(
        kiosk_id=kiosk_id(store),
        shelter_id=store.get_meta("shelter_id", "") or "",
        audit_seq=int(row["audit_seq"]),
        audit_head=row["audit_head"] or "",
        change_seq=int(row["change_seq"]),
        at=at,
    )


def sign_head(store: Store, head: AuditHead) -> SignedHead:
    """``head`` signed with this kiosk's key."""
    payload = json.dumps(head.document(), sort_keys=True, separators=(",", ":"))
    token = jws.JWS(payload.encode("utf-8"))
    token.add_signature(
        jwk.JWK.from_pyca(signing_key(store)),
        alg="EdDSA",
        protected={"alg": "EdDSA", "kid": head.kiosk_id},
    )
    return SignedHead(head, token.serialize(compact=True))


def record_acknowledged(store: Store, head: AuditHead) -> None:
    """Remember ``head`` as the last one the City OS acknowledged (it only moves forward:
    an older acknowledgement arriving late is ignored)."""
    with store.atomic():
        known = acknowledged_head(store)
        if known is not None and (known.audit_seq, known.change_seq) > (
            head.audit_seq,
            head.change_seq,
        ):
            return
        store.set_meta(_ACK_KEY, json.dumps(head.document(), sort_keys=True))


def acknowledged_head(store: Store) -> AuditHead | None:
    """The last head the City OS acknowledged, or None (never anchored, or unreadable)."""
    raw = store.get_meta(_ACK_KEY)
    if not raw:
        return None
    try:
        return AuditHead.from_document(json.loads(raw))
    except (ValueError, KeyError, TypeError):
        return None


def verify_against_acknowledged(store: Store) -> list[str]:
    """Problems between the local logs and the last head the City OS acknowledged (empty
    when they agree or nothing was anchored yet). For ``kiosk doctor``."""
    known = acknowledged_head(store)
    if known is None:
        return []
    when = known.at.isoformat(timespec="seconds")
    problems = []
    row = store.query_one("SELECT hash FROM audit WHERE seq = ?", (known.audit_seq,))
    if known.audit_seq and (row is None or row["hash"] != known.audit_head):
        problems.append(
            f"audit anchor: the audit log was cut or rewritten after {when}; it no longer "
            "matches what the City OS received (row "
            f"{known.audit_seq} should end the chain the City OS holds). Keep this laptop as "
            "it is, tell the City OS, and restore a backup from before that time"
        )
    change = store.query_one("SELECT coalesce(max(seq), 0) AS seq FROM outbox")
    have = int(change["seq"]) if change else 0
    if have < known.change_seq:
        problems.append(
            f"audit anchor: the change log ends at {have} but the City OS acknowledged "
            f"{known.change_seq} at {when}: changes were lost after that; restore a backup "
            "or re-enter the last check-ins from paper"
        )
    return problems
