"""`kiosk doctor --report FILE`: a diagnostic bundle support can read without seeing anyone.

The bundle is a zip of plain JSON and the log tail: software and platform versions, schema
version, counts per table, outbox and delivery figures, the doctor's findings, the window's
recent native crashes (fault files, by frame), and the settings (endpoints and flags, no
secrets). It holds no record contents: no names, readings, numbers, addresses, tokens or free
text. The log lines it includes are already free of personal data.
"""

from __future__ import annotations

import json
import platform
import sys
import zipfile
from dataclasses import asdict
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from kiosk.basics.logs import log_path
from kiosk.basics.output_files import checked_output, output_writer
from kiosk.operations.settings import load_settings
from kiosk.safety.faults import recent_faults
from kiosk.safety.store_check import examine
from kiosk.store import Store

__all__ = ["write_report", "report_data"]

TABLES = (
    "person",
    "household",
    "stay_event",
    "outbox",
    "delivery",
    "audit",
    "staff",
    "survey_response",
    "roster_cache",
    "draft",
)
PACKAGES = ("sqlcipher3", "sqlite-utils", "cryptography", "zxing-cpp", "PySide6-Essentials", "cwt")
LOG_TAIL_LINES = 500


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def report_data(store: Store, now: datetime) -> dict[str, Any]:
    """Everything in the bundle except the log, as JSON-ready data with no personal content."""
    counts = {t: store.query_one(f"SELECT count(*) AS n FROM {t}")["n"] for t in TABLES}  # type: ignore[index]
    delivery = {
        r["status"]: r["n"]
        for r in store.query("SELECT status, count(*) AS n FROM delivery GROUP BY status")
    }
    states = {
        r["state"]: r["n"]
        for r in store.query("SELECT state, count(*) AS n FROM person GROUP BY state")
    }
    doctor = examine(store)
    faults = [
        {**asdict(f), "started": f.started.isoformat(), "at": f.at.isoformat()}
        for f in recent_faults(store.paths.home, now)
    ]
    return {
        "created": now.isoformat(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "packages": {p: _version(p) for p in PACKAGES},
        "sqlcipher": store.conn.execute("PRAGMA cipher_version").fetchone()[0],
        "schema_version": store.schema_version(),
        "kiosk_id": store.get_meta("kiosk_id"),
        "counts": counts,
        "person_states": states,
        "delivery": delivery,
        "doctor": {"checks": list(doctor.checks), "problems": list(doctor.problems)},
        "faults": faults,
        "settings": asdict(load_settings(store)),
    }


def write_report(store: Store, target: Path, now: datetime, replace: bool = False) -> Path:
    """Write the bundle atomically, owner-only; ``replace``: an existing file may be replaced.

    Raises:
        OutputRefused: the target is in the kiosk's home, not a regular file, or exists.
        OSError: the target cannot be written (nothing partial is left).
    """
    data = report_data(store, now)
    log_file = log_path(store.paths.home)
    tail = ""
    if log_file.exists():
        tail = "\n".join(log_file.read_text(encoding="utf-8").splitlines()[-LOG_TAIL_LINES:])
    home = store.paths.home
    target = checked_output(target, home, replace)
    with (
        output_writer(target, home, replace=True) as handle,
        zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf,
    ):
        zf.writestr("report.json", json.dumps(data, indent=2, ensure_ascii=False))
        zf.writestr("log-tail.txt", tail)
    return target
