"""The facade that owns one open kiosk: its store and the context services run in.

The window and the command line hold a :class:`Kiosk`; services are module functions that take
``kiosk.ctx`` (or ``kiosk.store`` for reads). Nothing reaches the store through a global.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import platformdirs

from kiosk import shelter as shelter_service
from kiosk.context import Context, utc_now
from kiosk.output_files import remove_stale_outputs
from kiosk.records import Shelter
from kiosk.search import refresh_name_keys
from kiosk.settings import load_settings
from kiosk.store import DEFAULT_KDF, KdfParams, Store, create_store, open_store

__all__ = ["Kiosk", "default_home"]

APP_NAME = "shelter-kiosk"


def default_home(environ: dict[str, str] | None = None) -> Path:
    """``KIOSK_HOME`` if set, else the platform's per-user data directory."""
    environ = os.environ if environ is None else environ  # type: ignore[assignment]
    explicit = environ.get("KIOSK_HOME") if environ is not None else None
    if explicit:
        return Path(explicit).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class Kiosk:
    """One open, unlocked kiosk."""

    def __init__(
        self, store: Store, actor: str = "system", clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.store = store
        # Search keys made with an older variant-kanji table are made again, once.
        refresh_name_keys(store)
        zone = load_settings(store).time_zone
        self.ctx = Context(store, shelter_service.kiosk_id(store), actor, clock, zone=zone)

    def __repr__(self) -> str:
        return f"Kiosk({self.store!r}, actor={self.ctx.actor!r})"

    @property
    def home(self) -> Path:
        return self.store.paths.home

    @classmethod
    def open(
        cls,
        home: Path,
        passphrase: str,
        actor: str = "system",
        clock: Callable[[], datetime] = utc_now,
    ) -> Kiosk:
        """Open an existing kiosk home; temp files a killed export left (plaintext, perhaps on
        a USB stick) are removed first thing. Raises the StoreError kinds of ``open_store``."""
        kiosk = cls(open_store(home, passphrase), actor, clock)
        remove_stale_outputs(home)
        return kiosk

    @classmethod
    def create(
        cls,
        home: Path,
        passphrase: str,
        shelter: Shelter,
        actor: str = "setup",
        kdf: KdfParams = DEFAULT_KDF,
        clock: Callable[[], datetime] = utc_now,
        mynumber_key: bytes | None = None,
    ) -> Kiosk:
        """Create the encrypted store and record the shelter; refuses an existing home.
        ``mynumber_key`` is the city's shared My Number token key (default: a random one).

        Raises:
            StoreExists: ``home`` already holds a store.
            ValidationError: a shelter field or the My Number key is invalid (nothing is left
                behind).
        """
        shelter_service.validate_shelter(shelter)
        shelter_service.validate_mynumber_key(mynumber_key)
        store = create_store(home, passphrase, kdf)
        try:
            shelter_service.initialise(store, shelter, actor, mynumber_key, clock)
        except BaseException:
            store.close()
            raise
        return cls(store, actor, clock)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Kiosk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
