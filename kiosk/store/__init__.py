"""The encrypted store, in layers: key file (bytes and encryption), database (SQLCipher,
transactions), schema (numbered migrations). Domain services sit above and take a
:class:`Store` as an argument."""

from __future__ import annotations

from kiosk.store.database import Store, StorePaths, create_store, open_store
from kiosk.store.keyfile import DEFAULT_KDF, KdfParams, rewrap_keyfile

__all__ = [
    "Store",
    "StorePaths",
    "create_store",
    "open_store",
    "KdfParams",
    "DEFAULT_KDF",
    "rewrap_keyfile",
]
