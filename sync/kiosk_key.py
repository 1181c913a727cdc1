"""The kiosk's public signing key as a JWK, for the City OS's set of kiosk keys: with it the
City OS verifies this kiosk's sealed bundles, slips and audit anchors.

The key is the Ed25519 key of :func:`kiosk.operations.shelter.signing_key`, exported by ``jwcrypto``
(public part only, ``kid`` = the kiosk id, ``use: sig``, ``alg: EdDSA``) and written through
the one safe output helper (:mod:`kiosk.basics.output_files`).
"""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.basics.output_files import write_output
from kiosk.store import Store
from sync.bundle import kiosk_public_jwk

__all__ = ["kiosk_key_document", "kiosk_key_file", "write_kiosk_key"]


def kiosk_key_document(store: Store) -> dict[str, str]:
    """The public JWK (``kty: OKP``, ``crv: Ed25519``, ``x``, ``kid``, ``use``, ``alg``)."""
    document: dict[str, str] = json.loads(kiosk_public_jwk(store).export_public())
    document.update(use="sig", alg="EdDSA")
    return document


def kiosk_key_file(store: Store) -> bytes:
    """The public JWK as the file given to the City OS (pretty JSON, ASCII)."""
    return (json.dumps(kiosk_key_document(store), indent=2, sort_keys=True) + "\n").encode("ascii")


def write_kiosk_key(data: bytes, target: Path | str, home: Path, replace: bool = False) -> Path:
    """Write the key file ``data`` (:func:`kiosk_key_file`) to ``target`` outside the kiosk's
    ``home``; returns the path written.

    Raises:
        OutputRefused: the target is in the kiosk's home, not a regular file, or exists and
            ``replace`` is false.
        OSError: the file cannot be written (nothing is left behind).
    """
    return write_output(target, data, home, replace)
