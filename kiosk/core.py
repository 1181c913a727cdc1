"""The front door: the facade that owns one open kiosk, and the one way in for every face.

The window, the command line and the sync client hold a :class:`Kiosk` and call its verbs —
one method per thing a face does (identify, admit, check out, edit a card, save settings…).
Each verb takes the ACTING context captured when the work was submitted
(``kiosk.ctx.acting_as(member.id, member.role)`` on the face's thread, never "whoever is
signed in" when a worker gets to it), checks the role in the core
(:func:`kiosk.access.staff.require_role`), opens its own transaction when it writes, and returns a
frozen :class:`~kiosk.front_door.results.Result` saying what changed. Reads return the
services' frozen records.

The verbs live in five mixins of :mod:`kiosk.front_door` (arrivals and the stay; people and
cards; the shelter, settings and reports; the other desks; upkeep: exports, the store's
figures and health, a backup on demand) so this module stays the facade's
life cycle (open, create, close) and a reader finds a verb by its domain. They delegate to the
service modules, which stay plain functions over a context. Sync's verbs are
:class:`sync.front_door.SyncDoor`, built on a :class:`Kiosk` (the core never imports sync).

``DEFAULT_KDF``, ``KdfParams`` and ``StorePaths`` are re-exported for faces that set up or
find a home without touching the store package.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import platformdirs

from kiosk.basics.context import Context, utc_now
from kiosk.basics.output_files import remove_stale_outputs
from kiosk.front_door.arrivals import ArrivalVerbs
from kiosk.front_door.desk_verbs import DeskVerbs
from kiosk.front_door.people_verbs import PeopleVerbs
from kiosk.front_door.shelter_verbs import ShelterVerbs
from kiosk.front_door.upkeep_verbs import UpkeepVerbs
from kiosk.operations import shelter as shelter_service
from kiosk.operations.settings import load_settings
from kiosk.registry.records import Shelter
from kiosk.registry.search import refresh_name_keys
from kiosk.store import DEFAULT_KDF, KdfParams, Store, create_store, open_store
from kiosk.store.database import StorePaths

__all__ = ["DEFAULT_KDF", "KdfParams", "Kiosk", "StorePaths", "default_home"]

APP_NAME = "shelter-kiosk"


def default_home(environ: dict[str, str] | None = None) -> Path:
    """``KIOSK_HOME`` if set, else the platform's per-user data directory."""
    environ = os.environ if environ is None else environ  # type: ignore[assignment]
    explicit = environ.get("KIOSK_HOME") if environ is not None else None
    if explicit:
        return Path(explicit).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class Kiosk(ArrivalVerbs, PeopleVerbs, ShelterVerbs, DeskVerbs, UpkeepVerbs):
    """One open, unlocked kiosk and its verbs (see the module docstring)."""

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

    def second_connection(self, actor: str) -> Kiosk:
        """This kiosk over a new connection to its store, for a thread of its own (the desk
        service's server and rounds: a connection is used by one thread only)."""
        return Kiosk(self.store.open_writer(), actor=actor, clock=self.ctx.clock)

    def acting_as(self, actor: str, role: str) -> Context:
        """The acting context of a signed-in person (capture it when work is submitted)."""
        return self.ctx.acting_as(actor, role)

    def __enter__(self) -> Kiosk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
