"""Verbs about the shelter as a whole: who signs in, its figures, its settings, the manager's
reports, and what the window reads once at start-up.

Settings and the City OS secret need ``settings`` (manager); every settings save writes one
``settings.change`` audit row with the before and after of each changed field, secrets
masked (:func:`kiosk.operations.settings.save_settings`). Reports run over a second, read-only
connection (:meth:`ShelterVerbs.reading`) so a long one never holds up a check-in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.access import staff
from kiosk.basics.context import Context
from kiosk.city.trust_store import import_trust, load_trust
from kiosk.front_door.base import Door, write
from kiosk.front_door.results import Changes, Result
from kiosk.identity import TrustList
from kiosk.operations import shelter, survey
from kiosk.operations.dashboard import Dashboard, manager_dashboard
from kiosk.operations.settings import Settings, SettingsChange, load_settings, save_settings
from kiosk.reception import activity, status
from kiosk.registry import people
from kiosk.registry.records import Shelter
from kiosk.safety import faults
from kiosk.safety.auto_backup import AutoBackup
from kiosk.store import Store

__all__ = ["ShelterVerbs"]


class ShelterVerbs(Door):
    _reader: Store | None = None

    # --- who acts ------------------------------------------------------------------------

    def sign_in(self, acting: Context, pin: str) -> staff.StaffMember:
        """Whose PIN this is (counted and audited by :func:`kiosk.access.staff.sign_in`). The face
        then acts as them: ``ctx.acting_as(member.id, member.role)``."""
        return staff.sign_in(acting, pin)

    # --- the shelter (reads) -------------------------------------------------------------

    def status(self, acting: Context) -> status.Status:
        return status.status(acting.store)

    def shelter(self, acting: Context) -> Shelter:
        return shelter.get_shelter(acting.store)

    def recent_activity(self, acting: Context, limit: int = 30) -> tuple[activity.Activity, ...]:
        return tuple(activity.recent_activity(acting.store, limit))

    def settings(self, acting: Context) -> Settings:
        return load_settings(acting.store)

    # --- settings (writes) ---------------------------------------------------------------

    def save_settings(self, acting: Context, settings: Settings) -> Result[SettingsChange]:
        """Validate and store the settings, audited. Raises PermissionDenied (any role but
        manager or admin), ValidationError."""
        return write(
            acting,
            "settings",
            lambda: save_settings(acting, settings),
            lambda change: Changes(settings=bool(change.changed)),
        )

    def set_client_secret(self, acting: Context, secret: str) -> Result[None]:
        """Replace the City OS client secret, audited, never shown back. Raises
        PermissionDenied, ValidationError (empty)."""
        # Imported here: kiosk.operations.provisioning builds kiosks, so it imports kiosk.core.
        from kiosk.operations.provisioning import set_client_secret

        return write(
            acting,
            "settings",
            lambda: set_client_secret(acting, secret),
            lambda _none: Changes(settings=True),
        )

    # --- reports (the report thread's own read-only connection) ---------------------------

    def reading(self, acting: Context) -> Context:
        """``acting`` over this kiosk's read-only report connection, opened on first use.
        The connection belongs to ONE thread (the window's report thread): call this and
        :meth:`close_reading` only there."""
        if self._reader is None:
            self._reader = acting.store.open_reader()
        return replace(acting, store=self._reader)

    def close_reading(self) -> None:
        """Close the report connection (on the thread that used it, after its last report)."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def dashboard(self, acting: Context) -> tuple[Dashboard, dict[str, str]]:
        """The manager's figures and the names of the people needing care on them (the core
        keeps names out of the figures; the manager needs them to go and see people). Runs
        over :meth:`reading`. Raises PermissionDenied for any role but manager."""
        ctx = self.reading(acting)
        figures = manager_dashboard(ctx)
        return figures, people.names_of(ctx.store, [e.person_id for e in figures.care])

    def survey_requests(self, acting: Context) -> tuple[tuple[survey.SurveyResponse, str], ...]:
        """What evacuees asked for or reported, newest first (manager only; over
        :meth:`reading`)."""
        return survey.open_requests(self.reading(acting))

    # --- start-up ------------------------------------------------------------------------

    def signing_key(self, acting: Context) -> Ed25519PrivateKey:
        """The kiosk's slip signing key (the demo camera signs its codes with it)."""
        return shelter.signing_key(acting.store)

    def trust(self, acting: Context) -> TrustList:
        """The keys signed codes are checked against."""
        return load_trust(acting.store)

    def import_trust(self, acting: Context, text: str | bytes) -> Result[TrustList]:
        """Replace the trust list signed codes are checked against (all or nothing; audited).
        Raises PermissionDenied (any role but manager or admin), TrustListInvalid."""
        return write(
            acting,
            "settings",
            lambda: import_trust(acting, text),
            lambda _t: Changes(settings=True),
        )

    def record_restart(self, acting: Context, at: datetime, fault_file: str) -> Result[None]:
        """Audit a window started again after a fault (actor ``supervisor``, whoever acts:
        no role, it is the supervisor's record; one transaction of its own)."""
        faults.record_restart(acting.store, at, fault_file)
        return Result(None, Changes())

    def auto_backup(self) -> AutoBackup:
        """The automatic backups of this kiosk, owned by the thread that runs them."""
        return AutoBackup(self.store)
