"""Sending the kiosk's signed audit head (:mod:`kiosk.city.audit_anchor`) to the City OS: one extra
entity upserted after a push, which any NGSI broker stores like every other.

``urn:ngsi-ld:KioskAnchor:<kiosk id>`` (type ``KioskAnchor``) holds the last audit row's
sequence number and hash (the store's high-water mark), the last change sequence, the time
(DateTime), the shelter it belongs to, and the compact JWS over all of these, signed by the
kiosk's key (the City OS verifies it with the key from ``kiosk sync kiosk-key``). Each push
replaces it; when the broker answers 2xx the head is recorded as acknowledged, which is what
``kiosk doctor`` compares the local chain with.

Three phases like the replay, so the window runs each on its worker: :func:`prepare_anchor`
(store), ``adapter.send_batch([entity])`` (network), :func:`settle_anchor` (store);
:func:`push_anchor` runs them in a row.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any, Protocol

from jwcrypto import jwk, jws
from jwcrypto.common import JWException

from kiosk.basics.context import Context
from kiosk.city.audit_anchor import (
    AuditHead,
    SignedHead,
    acknowledged_head,
    current_head,
    record_acknowledged,
    sign_head,
)
from kiosk.operations.shelter import kiosk_id, signing_key
from kiosk.store import Store
from sync.adapters.base import BatchResult, Entity, Outcome, Relationship
from sync.mapping import entity_id

__all__ = [
    "ENTITY_TYPE",
    "anchor_id",
    "anchor_entity",
    "bundle_anchor",
    "bundle_anchor_entity",
    "anchor_head",
    "acknowledge_receipt_anchor",
    "prepare_anchor",
    "settle_anchor",
    "push_anchor",
]

log = logging.getLogger("sync.anchor")
ENTITY_TYPE = "KioskAnchor"


class _Sender(Protocol):
    def send_batch(self, entities: Sequence[Entity]) -> BatchResult: ...


def anchor_id(kiosk: str) -> str:
    """The anchor entity's id for the kiosk ``kiosk``."""
    return f"urn:ngsi-ld:{ENTITY_TYPE}:{kiosk}"


def anchor_entity(signed: SignedHead) -> Entity:
    """The ``KioskAnchor`` entity of a signed head."""
    head = signed.head
    return Entity.of(
        anchor_id(head.kiosk_id),
        ENTITY_TYPE,
        {
            "kioskId": head.kiosk_id,
            "refShelter": Relationship(entity_id("shelter", head.shelter_id)),
            "auditSeq": head.audit_seq,
            "auditHead": head.audit_head,
            "changeSeq": head.change_seq,
            "anchoredAt": head.at,
            "signature": signed.signature,
        },
    )


def bundle_anchor(ctx: Context) -> dict[str, Any]:
    """What a sealed bundle carries: the head now and its signature (the City OS's import
    upserts it as the ``KioskAnchor`` entity, as a push does)."""
    signed = sign_head(ctx.store, current_head(ctx.store, ctx.now()))
    return {"head": signed.head.document(), "signature": signed.signature}


def bundle_anchor_entity(anchor: dict[str, Any]) -> Entity:
    """City OS side: the ``KioskAnchor`` entity of a bundle's anchor (the bundle's own kiosk
    signature already vouches for it; the inner JWS travels on for later checks).

    Raises:
        ValueError, KeyError, TypeError: not an anchor document.
    """
    return anchor_entity(SignedHead(anchor_head(anchor), str(anchor["signature"])))


def anchor_head(anchor: dict[str, Any]) -> AuditHead:
    """The :class:`AuditHead` of a bundle's (or a receipt's) anchor document.

    Raises:
        ValueError, KeyError, TypeError: not an anchor document.
    """
    return AuditHead.from_document(anchor["head"])


def acknowledge_receipt_anchor(store: Store, anchor: dict[str, Any]) -> bool:
    """Kiosk side of a receipt: record the anchor the City OS says it stored (the receipt's
    own signature vouches that it did) as acknowledged, like a push's 2xx does — but only
    when the head is this kiosk's own and its inner signature is one this kiosk made, so a
    receipt can never make the kiosk accept a head it did not sign. Returns whether it was
    this kiosk's signed head (an older one than already known is ignored by
    :func:`~kiosk.city.audit_anchor.record_acknowledged`). Runs inside the caller's transaction."""
    try:
        head = anchor_head(anchor)
        signed = jws.JWS()
        signed.deserialize(str(anchor["signature"]))
        signed.verify(jwk.JWK.from_pyca(signing_key(store).public_key()), alg="EdDSA")
        document = json.loads(signed.payload)
    except (JWException, ValueError, KeyError, TypeError):
        log.warning("a receipt named an audit anchor this kiosk did not sign; not recorded")
        return False
    if head.kiosk_id != kiosk_id(store) or document != head.document():
        log.warning("a receipt named an audit anchor of another kiosk; not recorded")
        return False
    record_acknowledged(store, head)
    return True


def _same(a: AuditHead, b: AuditHead) -> bool:
    return (a.audit_seq, a.audit_head, a.change_seq) == (b.audit_seq, b.audit_head, b.change_seq)


def prepare_anchor(ctx: Context) -> SignedHead | None:
    """Phase 1 (store): the signed head to send, or None when the City OS already holds
    this very head (nothing moved since the last acknowledged anchor)."""
    head = current_head(ctx.store, ctx.now())
    known = acknowledged_head(ctx.store)
    if known is not None and _same(known, head):
        return None
    return sign_head(ctx.store, head)


def settle_anchor(store: Store, signed: SignedHead, result: BatchResult) -> bool:
    """Phase 3 (store): record the head as acknowledged when the broker took it (2xx);
    returns whether it did."""
    try:
        verdict = result.outcome_of(anchor_id(signed.head.kiosk_id))
    except KeyError:
        return False
    if verdict.outcome is not Outcome.OK:
        log.info("the City OS did not take the audit anchor (%s)", verdict.outcome.value)
        return False
    record_acknowledged(store, signed.head)
    return True


def push_anchor(ctx: Context, adapter: _Sender) -> bool:
    """Send the signed head if it moved; True when the City OS now holds the current one."""
    signed = prepare_anchor(ctx)
    if signed is None:
        return True
    return settle_anchor(ctx.store, signed, adapter.send_batch([anchor_entity(signed)]))
