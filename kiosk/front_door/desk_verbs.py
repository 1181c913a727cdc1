"""Verbs about the other desks of the shelter (issue #16): pairing and unpairing, the desks'
lag, and the walk-ins two desks registered twice (flag, merge, "not the same person").

Pairing is a settings matter (``settings``: the manager); merging two people deletes one at
the City OS, so it is the manager's (``merge_people``); dismissing a flag only says two cards
are different people (``edit_card``). The services check those roles and open their own
transactions; each verb here adds what changed, so the window redraws.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.basics.errors import NotFound
from kiosk.desks import pairing
from kiosk.desks.codes import REPLY_PREFIX
from kiosk.desks.handover import deliver_reply, local_addresses
from kiosk.desks.links import DeskRow, desk_rows, remember_address
from kiosk.desks.merge import Merge, MergeFlag, dismiss_flag, merge_people, open_flags
from kiosk.desks.pairing import list_desks
from kiosk.desks.transport import DEFAULT_PORT, parse_address
from kiosk.front_door.base import Door
from kiosk.front_door.results import Changes, Result
from kiosk.registry import people
from kiosk.registry.records import Person

__all__ = ["DeskVerbs", "FlaggedPair"]

#: An open flag with both cards, for the manager to compare side by side.
FlaggedPair = tuple[MergeFlag, Person, Person]

_DESKS_CHANGED = Changes(settings=True)


class DeskVerbs(Door):
    def has_paired_desks(self, acting: Context) -> bool:
        """Whether any desk is paired (the window starts the desk link then)."""
        return any(d.state == "paired" for d in list_desks(acting.store))

    def desk_rows(self, acting: Context) -> list[DeskRow]:
        """The paired desks with last contact and what each lacks."""
        require_role(acting, "settings")
        return desk_rows(acting.store)

    def make_pairing_code(
        self, acting: Context, port: int = DEFAULT_PORT
    ) -> Result[pairing.IssuedCode]:
        """A new one-time pairing code of this kiosk, naming this machine's addresses at
        ``port`` (where its desk service listens) so the other desk can hand its reply back
        over the network."""
        code = pairing.make_pairing_code(acting, pairing.DEFAULT_MINUTES, local_addresses(port))
        return Result(code, _DESKS_CHANGED)

    def deliver_pairing_reply(self, accepted: pairing.AcceptedCode) -> pairing.AcceptedCode:
        """Hand the reply of a code just accepted to the desk that made it, over the network
        (no store: runs on a network thread); the result names where it was delivered, or
        nothing (then the reply is shown for that desk to scan).

        Raises:
            PairingReplyInvalid, PairingReplyUnknown, PairingWithItself: that desk refused it.
        """
        return replace(accepted, delivered_to=deliver_reply(accepted))

    def remember_desk_address(self, acting: Context, kiosk_id: str, address: str) -> None:
        """Keep where a desk was reached (the desk service contacts it there at once)."""
        require_role(acting, "settings")
        remember_address(acting.store, kiosk_id, parse_address(address))

    def pair_with(
        self, acting: Context, text: str
    ) -> Result[pairing.AcceptedCode | pairing.PairedDesk]:
        """A scanned or read pairing text: a code (``KSP1:``) pairs this kiosk and gives the
        reply to show; a reply (``KSR1:``) finishes the pairing this kiosk started."""
        if text.strip().startswith(REPLY_PREFIX):
            return Result(pairing.accept_pairing_reply(acting, text), _DESKS_CHANGED)
        return Result(pairing.accept_pairing_code(acting, text), _DESKS_CHANGED)

    def unpair_desk(self, acting: Context, kiosk_id: str) -> Result[pairing.PairedDesk]:
        """Unpair a desk: its later changes are refused on every path."""
        return Result(pairing.unpair(acting, kiosk_id), _DESKS_CHANGED)

    def merge_flags(self, acting: Context) -> tuple[FlaggedPair, ...]:
        """Open flags with both cards (flags whose people are gone are left out)."""
        require_role(acting, "edit_card")
        out: list[FlaggedPair] = []
        for flag in open_flags(acting.store):
            try:
                a = people.get_person(acting.store, flag.person_a)
                b = people.get_person(acting.store, flag.person_b)
            except NotFound:
                continue
            out.append((flag, a, b))
        return tuple(out)

    def merge_people(self, acting: Context, keep_id: str, drop_id: str) -> Result[Merge]:
        """Merge ``drop_id`` into ``keep_id`` (see :func:`kiosk.desks.merge.merge_people`)."""
        merged = merge_people(acting, keep_id, drop_id)
        changed = Changes(persons=frozenset({keep_id, drop_id}), status=True, outbox=True)
        return Result(merged, changed)

    def not_same_person(self, acting: Context, a: str, b: str) -> Result[None]:
        """Dismiss the flag of a pair that are different people."""
        dismiss_flag(acting, a, b)
        return Result(None, Changes(persons=frozenset({a, b})))
