"""Unfinished forms, kept inside the encrypted store so an interrupted card is not lost.

A draft is not a record: it never reaches the outbox or the City OS. It holds personal data,
so it lives only in the store (never a temp file) and is removed when the form is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.store import Store

__all__ = ["Draft", "save_draft", "load_draft", "load_draft_entry", "clear_draft"]

MAX_DRAFT = 256 * 1024


def save_draft(store: Store, kind: str, payload: str, at: str) -> None:
    """Keep (or replace) the draft of ``kind``; oversized drafts are refused with ValueError."""
    if len(payload) > MAX_DRAFT:
        raise ValueError("draft too large")
    with store.atomic():
        store.execute(
            "INSERT INTO draft (id, kind, payload, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, "
            "updated_at = excluded.updated_at",
            (kind, kind, payload, at),
        )


def load_draft(store: Store, kind: str) -> str | None:
    row = store.query_one("SELECT payload FROM draft WHERE id = ?", (kind,))
    return str(row["payload"]) if row else None


@dataclass(frozen=True, repr=False)
class Draft:
    """A kept draft and when it was last written (ISO time), so the form can ask "continue
    the unsaved card from 14:05?" instead of bringing it back unasked."""

    payload: str
    updated_at: str

    def __repr__(self) -> str:
        return f"Draft(updated_at={self.updated_at!r})"  # the payload holds personal data


def load_draft_entry(store: Store, kind: str) -> Draft | None:
    row = store.query_one("SELECT payload, updated_at FROM draft WHERE id = ?", (kind,))
    return Draft(str(row["payload"]), str(row["updated_at"])) if row else None


def clear_draft(store: Store, kind: str) -> None:
    with store.atomic():
        store.execute("DELETE FROM draft WHERE id = ?", (kind,))
