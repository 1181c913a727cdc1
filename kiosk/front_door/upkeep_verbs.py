"""Verbs that look after the kiosk itself: the files it writes for people outside (roster,
安否情報 list, blank cards), its figures and health for the command line, a backup on
demand, and the demo's fake residents.

Exports need ``export`` (the manager), as the export services already checked; the verb
checks it first, so nothing is read for a role that may not have it. The store's figures,
its check and a backup need no role, as before: the command line acts as ``admin`` and the
window has its own, automatic backups (:meth:`ShelterVerbs.auto_backup`). Each export
writes its file and its audit row itself (:mod:`kiosk.exports`), so nothing on screen
changes: the result's :class:`Changes` is empty. Seeding demo residents is desk work
(``checkin``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import exports  # its submodules load on first use: the PDF library costs ~0.4 s
from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.city.outbox import pending_count
from kiosk.front_door.base import Door
from kiosk.front_door.results import Changes, Result
from kiosk.operations.dashboard import status_figures
from kiosk.operations.settings import load_settings
from kiosk.reception import status
from kiosk.safety import auto_backup, backup, faults, store_check
from kiosk.safety.support_report import write_report
from kiosk.store.high_water import current_mark

if TYPE_CHECKING:
    from kiosk.exports import ExportResult

__all__ = ["StoreFigures", "UpkeepVerbs"]

_NOTHING_SHOWN = Changes()


@dataclass(frozen=True)
class StoreFigures:
    """What ``kiosk status`` shows: the shelter's figures, the changes queued for the City
    OS, and (``detailed``) the figures of the status file the window's peers read."""

    status: status.Status
    queued: int
    detailed: dict[str, object]

    def as_dict(self) -> dict[str, object]:
        """The figures as one flat mapping (``kiosk status --json``)."""
        plain = {f.name: getattr(self.status, f.name) for f in fields(self.status)}
        return {**self.detailed, **plain, "queued": self.queued}


class UpkeepVerbs(Door):
    # --- exports (manager) ---------------------------------------------------------------

    def export_roster(
        self,
        acting: Context,
        path: Path,
        fmt: str = "csv",
        *,
        encoding: str = "utf-8",
        unencodable: str = "error",
        include_all: bool = False,
        replace: bool = False,
    ) -> Result[ExportResult]:
        """Write the reception roster (:func:`kiosk.exports.export_roster`, audited). Raises
        PermissionDenied and what the export raises."""
        require_role(acting, "export")
        done = exports.export_roster(
            acting,
            path,
            fmt,
            encoding=encoding,
            unencodable=unencodable,
            include_all=include_all,
            replace=replace,
        )
        return Result(done, _NOTHING_SHOWN)

    def export_anpi(
        self,
        acting: Context,
        path: Path,
        fmt: str = "csv",
        *,
        encoding: str = "utf-8",
        unencodable: str = "error",
        replace: bool = False,
    ) -> Result[ExportResult]:
        """Write the 安否情報 list of those who consented (:func:`kiosk.exports.export_anpi`)."""
        require_role(acting, "export")
        done = exports.export_anpi(
            acting, path, fmt, encoding=encoding, unencodable=unencodable, replace=replace
        )
        return Result(done, _NOTHING_SHOWN)

    def export_blank_cards(
        self, acting: Context, path: Path, count: int, replace: bool = False, language: str = "en"
    ) -> Result[ExportResult]:
        """Write blank evacuee cards with their slip codes
        (:func:`kiosk.exports.export_blank_cards`)."""
        require_role(acting, "export")
        done = exports.export_blank_cards(acting, path, count, replace, language=language)
        return Result(done, _NOTHING_SHOWN)

    # --- figures and health (reads) ------------------------------------------------------

    def store_figures(self, acting: Context, detailed: bool = False) -> StoreFigures:
        """The shelter's figures and the City OS queue (``detailed``: the status file's too)."""
        store = acting.store
        extra = status_figures(store, acting.now(), acting.zone) if detailed else {}
        return StoreFigures(status.status(store), pending_count(store), extra)

    def check_store(self, acting: Context) -> store_check.DoctorReport:
        """The store's integrity and consistency checks (``kiosk doctor``)."""
        return store_check.examine(acting.store)

    def recent_faults(self, acting: Context, days: int) -> tuple[faults.Fault, ...]:
        """The window's native crashes of the last ``days`` days, newest first."""
        return faults.recent_faults(acting.store.paths.home, acting.now(), days=days)

    def write_support_report(self, acting: Context, target: Path, replace: bool = False) -> Path:
        """The diagnostic bundle for support (no personal data)."""
        return write_report(acting.store, target, acting.now(), replace)

    # --- demo data --------------------------------------------------------------------------

    def seed_demo_residents(
        self, acting: Context, count: int, rng_seed: int = 1
    ) -> Result[list[str]]:
        """Add about ``count`` clearly fake residents (:func:`kiosk.demos.residents.seed`, one
        transaction); the value is the new household ids. Registering people is desk work:
        ``checkin``."""
        # Imported here: kiosk.demos.residents opens demo kiosks, so it imports kiosk.core.
        from kiosk.demos import residents

        require_role(acting, "checkin")
        households = residents.seed(acting, count, rng_seed)
        changed = Changes(households=frozenset(households), status=True, outbox=True)
        return Result(households, changed)

    # --- a backup on demand --------------------------------------------------------------

    def create_backup(
        self, acting: Context, folder: Path | None = None, keep: int | None = None
    ) -> backup.Backup:
        """Back up now (to ``folder``, else the settings' folder; keeping ``keep``, else the
        settings' number) and remember it as the last backup, as the automatic ones do."""
        store = acting.store
        home = store.paths.home
        settings = load_settings(store)
        target = (
            folder
            if folder is not None
            else auto_backup.backup_folder(home, settings.backup_folder)
        )
        kept = keep if keep is not None else settings.backup_keep
        mark = current_mark(store.conn)
        made = backup.create_backup(store, target, acting.now(), kept)
        last = auto_backup.LastBackup(target, made.name, made.made_at, mark.seq, mark.head)
        auto_backup.write_last_backup(home, last)
        return made
