"""Sealed bundles: the outbox carried to the City OS on a USB stick when there is no network.

Format (documented in docs/sealed-bundle.md): a compact **JWS** (RFC 7515, ``EdDSA`` with the
kiosk's Ed25519 key, ``kid`` = kiosk id) over a JSON document of the not-yet-delivered changes,
already mapped to entities and filtered by consent exactly as the online replay would send them;
nested in a compact **JWE** (RFC 7516, ``ECDH-ES+A256KW`` / ``A256GCM``) to the City OS's
P-256 encryption key. Both from ``jwcrypto``; nothing hand-made.

The City OS side opens it (:func:`open_bundle`: decrypt, verify the kiosk signature against
the kiosk keys it trusts), brings the broker to the newest state the bundle knows without ever
writing an older change over a newer one (it reads the stored ``changeSeq`` first: brokers keep
no change ids — :mod:`sync.cityos_import`), and answers with a **receipt**:
a JWS signed with its own signing key listing the change ids it holds. The kiosk imports the
receipt (:func:`import_receipt`) to mark those changes delivered. Importing a bundle or a
receipt twice changes nothing.

The bundle file is written atomically with fsync and read back and opened with the kiosk's own
check before success is reported: a USB stick pulled mid-write leaves no file that looks valid.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jwcrypto import jwe, jwk, jws
from jwcrypto.common import JWException

from kiosk.access import audit
from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.basics.output_files import write_output
from kiosk.city.outbox_state import UNDELIVERED
from kiosk.city.trust_store import cityos_bundle_keys, store_cityos_bundle_keys
from kiosk.operations.shelter import kiosk_id, signing_key
from kiosk.store import Store
from sync.anchor import acknowledge_receipt_anchor, bundle_anchor
from sync.delivery import mark, pending_entries
from sync.mapping import MappedEntity
from sync.replay import map_entries

__all__ = [
    "BundleError",
    "NoCityOsKeys",
    "BundleChange",
    "BundleContents",
    "kiosk_public_jwk",
    "SealedBundle",
    "seal_bundle",
    "write_sealed",
    "record_export",
    "export_bundle",
    "open_bundle",
    "make_receipt",
    "import_receipt",
    "set_cityos_keys",
]

FORMAT = "shelter-kiosk-bundle/1"
RECEIPT_FORMAT = "shelter-kiosk-receipt/1"


class BundleError(KioskError):
    code = "bundle"
    template = _N("KioskError", "The bundle cannot be used: {why}.")


class NoCityOsKeys(BundleError):
    """The City OS public keys were never imported: nothing can be sealed for it. The message
    names the button that fixes it in the window (and the command, for the terminal)."""

    code = "bundle_no_keys"
    template = _N(
        "KioskError",
        "The City OS keys have not been imported yet, so no bundle can be sealed. Press "
        "“Import City OS keys…” here on the Sync page and choose the key file "
        "the City OS gave you (in a terminal: kiosk sync cityos-keys FILE).",
    )


@dataclass(frozen=True, repr=False)
class BundleChange:
    change_id: str
    record_type: str
    record_id: str
    record_seq: int
    entity: MappedEntity
    #: The change's HLC stamp (what decides "newer" at the City OS); empty in older bundles.
    hlc: str = ""

    def __repr__(self) -> str:
        return f"BundleChange({self.change_id!r})"


@dataclass(frozen=True)
class BundleContents:
    bundle_id: str
    kiosk_id: str
    shelter_id: str
    created: str
    changes: tuple[BundleChange, ...]
    #: The kiosk's signed audit head (sync.anchor.bundle_anchor); None in older bundles.
    anchor: dict[str, Any] | None = None


def kiosk_public_jwk(store: Store) -> jwk.JWK:
    key = jwk.JWK.from_pyca(signing_key(store).public_key())
    key.update(kid=kiosk_id(store))
    return key


def set_cityos_keys(ctx: Context, jwks_json: str) -> None:
    """Store the City OS's public keys: one with ``use: enc`` (P-256, bundles are encrypted to
    it) and one with ``use: sig`` (receipts are verified with it).

    Raises:
        PermissionDenied: the acting role may not sync (an operator, manager or admin may).
        BundleError: the document is not a JWKS with both keys.
    """
    require_role(ctx, "sync")
    try:
        keys = jwk.JWKSet.from_json(jwks_json)
        uses = {k.get("use") for k in keys["keys"]}
        private = any(k.has_private for k in keys["keys"])
    except (JWException, ValueError, KeyError, TypeError) as exc:
        raise BundleError(why="not a JSON Web Key Set") from exc
    if not {"enc", "sig"} <= uses or private:
        raise BundleError(why="the key set needs one public 'enc' and one public 'sig' key")
    store_cityos_bundle_keys(ctx, jwks_json)


def _cityos_key(store: Store, use: str) -> jwk.JWK:
    raw = cityos_bundle_keys(store)
    if not raw:
        raise NoCityOsKeys()
    for key in jwk.JWKSet.from_json(raw)["keys"]:
        if key.get("use") == use:
            return key
    raise BundleError(why="no City OS key for " + use)


def _document(ctx: Context, limit: int) -> dict[str, Any]:
    """Every pending change, in replay order, mapped and consent-filtered."""
    changes: list[dict[str, Any]] = []
    prepared = map_entries(ctx.store, pending_entries(ctx.store, limit))
    for entry, entity in zip(prepared.entries, prepared.entities, strict=True):
        changes.append(
            {
                "change_id": entry.change_id,
                "record_type": entry.record_type,
                "record_id": entry.record_id,
                "record_seq": entry.record_seq,
                "hlc": entry.hlc,
                "entity": {"id": entity.id, "type": entity.type, "attrs": dict(entity.attrs)},
            }
        )
        if entity.remove:  # the record was removed: the City OS deletes the entity
            changes[-1]["entity"]["remove"] = True
    document = {
        "format": FORMAT,
        "bundle_id": str(uuid.uuid4()),
        "kiosk_id": ctx.kiosk_id,
        "shelter_id": ctx.store.get_meta("shelter_id"),
        "created": ctx.now().isoformat(),
        "changes": changes,
        "anchor": bundle_anchor(ctx),  # the signed audit head (sync.anchor)
    }
    return document


@dataclass(frozen=True, repr=False)
class SealedBundle:
    """A bundle sealed in memory, not yet on any medium."""

    data: bytes
    contents: BundleContents
    #: The home of the store it was sealed from: never a place to write it.
    home: Path | None = None

    def __repr__(self) -> str:
        return f"SealedBundle({self.contents.bundle_id!r}, changes={len(self.contents.changes)})"


def seal_bundle(ctx: Context, limit: int = 1_000_000) -> SealedBundle:
    """Store side of an export: every pending change in global order (the City OS applies them
    in that order; changes of records blocked by a conflict wait), signed by the kiosk and
    encrypted to the City OS. The outbox is not changed: changes count as delivered only when
    the City OS's receipt comes back.

    Raises:
        PermissionDenied: the acting role may not sync (an operator, manager or admin may).
        NoCityOsKeys, BundleError: the City OS keys are missing or unusable.
    """
    require_role(ctx, "sync")
    enc_key = _cityos_key(ctx.store, "enc")
    document = _document(ctx, limit)
    signer = jwk.JWK.from_pyca(signing_key(ctx.store))
    token = jws.JWS(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    token.add_signature(signer, alg="EdDSA", protected={"alg": "EdDSA", "kid": ctx.kiosk_id})
    sealed = jwe.JWE(
        token.serialize(compact=True).encode("ascii"),
        protected={
            "alg": "ECDH-ES+A256KW",
            "enc": "A256GCM",
            "cty": "JWT",
            "kid": enc_key.get("kid"),
        },
    )
    sealed.add_recipient(enc_key)
    return SealedBundle(
        sealed.serialize(compact=True).encode("ascii"), _contents(document), ctx.store.paths.home
    )


def write_sealed(sealed: SealedBundle, target: Path, replace: bool = False) -> None:
    """Medium side (no store: run it off the DB thread, a USB stick may be slow): write
    atomically with fsync, then read back and compare. ``replace``: an existing file may be
    replaced (the person said so).

    Raises:
        OutputRefused: the target is in the kiosk's home, not a regular file, or exists.
        BundleError: the written file does not read back.
        OSError: the target cannot be written (nothing is left behind).
    """
    written = write_output(target, sealed.data, sealed.home, replace)
    if written.read_bytes() != sealed.data:
        raise BundleError(why="the file on the medium differs from what was written")


def record_export(ctx: Context, bundle_id: str) -> None:
    """Audit a bundle that reached its medium."""
    with ctx.store.atomic():
        audit.append(ctx.store, ctx.actor, "sync.export_bundle", "bundle", bundle_id, ctx.now())


def export_bundle(
    ctx: Context, target: Path, limit: int = 1_000_000, replace: bool = False
) -> BundleContents:
    """Seal, write and verify, then audit: the three steps in one call (the command line).

    Raises:
        PermissionDenied, BundleError: see :func:`seal_bundle` and :func:`write_sealed`.
        OutputRefused: see :func:`write_sealed`.
        OSError: the target cannot be written (nothing is left behind).
    """
    sealed = seal_bundle(ctx, limit)
    write_sealed(sealed, target, replace)
    record_export(ctx, sealed.contents.bundle_id)
    return sealed.contents


def _contents(document: dict[str, Any]) -> BundleContents:
    return BundleContents(
        bundle_id=document["bundle_id"],
        kiosk_id=document["kiosk_id"],
        shelter_id=document["shelter_id"],
        created=document["created"],
        changes=tuple(
            BundleChange(
                c["change_id"],
                c["record_type"],
                c["record_id"],
                int(c["record_seq"]),
                MappedEntity(
                    c["entity"]["id"],
                    c["entity"]["type"],
                    tuple(c["entity"]["attrs"].items()),
                    c["change_id"],
                    int(c["record_seq"]),
                    bool(c["entity"].get("remove", False)),
                    str(c.get("hlc") or ""),
                ),
                str(c.get("hlc") or ""),
            )
            for c in document["changes"]
        ),
        anchor=document.get("anchor"),
    )


def open_bundle(data: bytes, cityos_key: jwk.JWK, kiosk_keys: jwk.JWKSet) -> BundleContents:
    """City OS side: decrypt with its private key, verify the kiosk's signature.

    Raises:
        BundleError: not decryptable (wrong key or tampered), signature invalid or from an
            unknown kiosk, or not a bundle document.
    """
    try:
        sealed = jwe.JWE()
        sealed.deserialize(data.decode("ascii"), key=cityos_key)
        inner = sealed.payload.decode("ascii")
    except (JWException, ValueError, UnicodeDecodeError) as exc:
        raise BundleError(why="it cannot be decrypted (wrong key or altered)") from exc
    try:
        token = jws.JWS()
        token.deserialize(inner)
        kid = token.jose_header.get("kid")
        key = kiosk_keys.get_key(kid) if kid else None
        if key is None:
            raise BundleError(why="it was signed by an unknown kiosk")
        token.verify(key, alg="EdDSA")
        document = json.loads(token.payload)
    except BundleError:
        raise
    except (JWException, ValueError, KeyError, TypeError) as exc:
        raise BundleError(why="the kiosk signature does not verify") from exc
    if document.get("format") != FORMAT or document.get("kiosk_id") != kid:
        raise BundleError(why="it is not a kiosk bundle")
    return _contents(document)


def make_receipt(
    contents: BundleContents,
    held_change_ids: list[str],
    cityos_signing: jwk.JWK,
    at: datetime,
    anchor: dict[str, Any] | None = None,
) -> bytes:
    """City OS side: a signed receipt naming the change ids it now holds and, when the broker
    took the bundle's audit anchor, that anchor (the kiosk records it as acknowledged)."""
    body: dict[str, Any] = {
        "format": RECEIPT_FORMAT,
        "bundle_id": contents.bundle_id,
        "kiosk_id": contents.kiosk_id,
        "change_ids": sorted(held_change_ids),
        "at": at.isoformat(),
    }
    if anchor is not None:
        body["anchor"] = anchor
    token = jws.JWS(json.dumps(body).encode("utf-8"))
    alg = "EdDSA" if cityos_signing.get("kty") == "OKP" else "ES256"
    token.add_signature(
        cityos_signing, alg=alg, protected={"alg": alg, "kid": cityos_signing.get("kid")}
    )
    return token.serialize(compact=True).encode("ascii")


def import_receipt(ctx: Context, data: bytes) -> int:
    """Mark the changes a City OS receipt names as delivered; returns how many were newly marked.
    The audit anchor the receipt acknowledges (the bundle's signed head, stored by the broker)
    is recorded as acknowledged in the same transaction, as an online push records it, so
    ``kiosk doctor`` compares the chain with it.

    Raises:
        PermissionDenied: the acting role may not sync (an operator, manager or admin may).
        BundleError: the receipt is not signed by the City OS key or is for another kiosk.
    """
    require_role(ctx, "sync")
    key = _cityos_key(ctx.store, "sig")
    try:
        token = jws.JWS()
        token.deserialize(data.decode("ascii").strip())
        token.verify(key)
        body = json.loads(token.payload)
    except (JWException, ValueError, UnicodeDecodeError) as exc:
        raise BundleError(why="the receipt is not signed by the City OS") from exc
    if body.get("format") != RECEIPT_FORMAT or body.get("kiosk_id") != ctx.kiosk_id:
        raise BundleError(why="the receipt is for another kiosk")
    ids = list(body.get("change_ids", []))
    newly: list[int] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = ctx.store.query(
            f"SELECT o.seq FROM outbox o WHERE o.change_id IN ({marks}) AND {UNDELIVERED}",
            chunk,
        )
        newly += [r["seq"] for r in rows]
    with ctx.store.atomic():  # marks and their audit row land together, or neither
        mark(ctx.store, newly, [], ctx.now(), via="bundle")
        if isinstance(body.get("anchor"), dict):
            acknowledge_receipt_anchor(ctx.store, body["anchor"])
        audit.append(
            ctx.store,
            ctx.actor,
            "sync.import_receipt",
            "bundle",
            str(body.get("bundle_id")),
            ctx.now(),
        )
    return len(newly)
