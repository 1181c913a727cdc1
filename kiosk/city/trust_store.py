"""The trust list inside the store: City OS keys the operator imported, plus this kiosk's own
slip key (always trusted: its slips must verify on the kiosk that printed them); and the slot
of the City OS's sealed-bundle keys (checked by ``sync.bundle.set_cityos_keys`` before they
are stored here; the demo shelter stores its demo pair directly)."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.access import audit
from kiosk.basics.context import Context
from kiosk.identity import TrustedKey, TrustList, dump_trust_list, parse_trust_list
from kiosk.operations.shelter import signing_key
from kiosk.store import Store

__all__ = [
    "load_trust",
    "import_trust",
    "own_slip_key",
    "CITYOS_BUNDLE_KEYS",
    "store_cityos_bundle_keys",
    "cityos_bundle_keys",
]

#: Store meta holding the City OS's public bundle keys, a JWKS (``use: enc`` and ``use: sig``).
CITYOS_BUNDLE_KEYS = "cityos_bundle_keys"

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def own_slip_key(store: Store) -> TrustedKey:
    return TrustedKey.for_key(
        signing_key(store).public_key(), "slip", store.get_meta("kiosk_id") or "this kiosk", _EPOCH
    )


def imported_trust(store: Store) -> TrustList:
    row = store.query_one("SELECT document FROM trust_list WHERE id = 1")
    return parse_trust_list(row["document"]) if row else TrustList()


def load_trust(store: Store) -> TrustList:
    """The imported trust list with this kiosk's own slip key added."""
    return imported_trust(store).with_key(own_slip_key(store))


def import_trust(ctx: Context, text: str | bytes) -> TrustList:
    """Replace the imported trust list with a new file's contents (all or nothing).

    Raises:
        TrustListInvalid: the document is not a valid trust list (nothing is changed).
    """
    trust = parse_trust_list(text)
    with ctx.store.atomic():
        ctx.store.execute(
            "INSERT INTO trust_list (id, document, imported_at) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET document = excluded.document, "
            "imported_at = excluded.imported_at",
            (dump_trust_list(trust), ctx.now().isoformat()),
        )
        audit.append(ctx.store, ctx.actor, "trust.import", "trust_list", "1", ctx.now())
    return trust


def store_cityos_bundle_keys(ctx: Context, jwks_json: str) -> None:
    """Keep the City OS's public bundle keys (audited). The caller has checked the document:
    ``sync.bundle.set_cityos_keys`` for an imported file, the demo for its own pair."""
    with ctx.store.atomic():
        ctx.store.set_meta(CITYOS_BUNDLE_KEYS, jwks_json)
        audit.append(ctx.store, ctx.actor, "sync.cityos_keys", "settings", "cityos", ctx.now())


def cityos_bundle_keys(store: Store) -> str | None:
    """The stored City OS bundle key set (a JWKS document), or None when never imported."""
    return store.get_meta(CITYOS_BUNDLE_KEYS) or None
