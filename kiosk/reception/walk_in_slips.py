"""Kiosk slips for walk-ins: issue a signed slip for a registered person and link it.

The slip carries only a slip id, the shelter id and a support-needed flag (DESIGN §3.3); the
link from slip id to person lives in the store and never leaves it.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.basics.context import Context
from kiosk.identity import Slip, issue_slip
from kiosk.operations.shelter import get_shelter, signing_key
from kiosk.reception.slip_validity import slip_stamp
from kiosk.registry.people import get_person, update_person

__all__ = ["issue_person_slip"]


def issue_person_slip(ctx: Context, person_id: str) -> tuple[Slip, str]:
    """A new slip for ``person_id`` (replacing an old one), support flag from their needs.

    Returns the slip and its code text. Raises NotFound for an unknown person.
    """
    person = get_person(ctx.store, person_id)
    slip, text = issue_slip(
        signing_key(ctx.store),
        get_shelter(ctx.store).id,
        support_needed=person.needs.any,
        issued_at=slip_stamp(ctx.store, ctx.now()),
    )
    update_person(ctx, replace(person, slip_id=slip.slip_id))
    return slip, text
