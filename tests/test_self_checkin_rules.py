"""Self check-in's rule in the core: a code shows and admits only the people it names itself.
A My Number card or a slip names one person; a citizen-app code carries its household."""

from __future__ import annotations

from kiosk.city.trust_store import import_trust
from kiosk.core import Kiosk
from kiosk.identity import dump_trust_list, issue_slip, read_mynumber
from kiosk.identity.demo import demo_app_codes, demo_trust_list
from kiosk.operations.shelter import mynumber_key, signing_key
from kiosk.reception import arrival
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.test_ui_walkin_flow import a_my_number


def household(kiosk: Kiosk, **first: str) -> tuple[str, str]:
    """Two people; ``first`` links the first one's code. (first id, second id)"""
    members = [
        PersonDraft(name="見本 一郎", **first),  # type: ignore[arg-type]
        PersonDraft(name="見本 二葉", relationship="spouse"),
    ]
    _, (one, two) = people.add_household(kiosk.ctx, members)
    return one.id, two.id


def test_a_my_number_names_only_its_holder_at_self_checkin(kiosk: Kiosk) -> None:
    number = a_my_number()
    holder, other = household(
        kiosk, mynumber_token=read_mynumber(number, mynumber_key(kiosk.store)).token
    )
    now = kiosk.ctx.now()
    assert [p.id for p in arrival.identify(kiosk.store, number, now).known] == [holder, other]
    shown = arrival.identify_self(kiosk.store, number, now)
    assert [p.id for p in shown.known] == [holder]
    # Even handed the desk's whole household, a self check-in admits the holder only.
    whole = arrival.identify(kiosk.store, number, now)
    assert arrival.admit(kiosk.ctx, whole, via="self").person_ids == (holder,)


def test_a_slip_names_only_its_person_and_an_app_code_its_household(kiosk: Kiosk) -> None:
    slip, text = issue_slip(signing_key(kiosk.store), kiosk.store.get_meta("shelter_id") or "")
    holder, _ = household(kiosk, slip_id=slip.slip_id)
    now = kiosk.ctx.now()
    assert [p.id for p in arrival.identify_self(kiosk.store, text, now).known] == [holder]
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    family = next(c for c in demo_app_codes(now) if not c.expected_error and "son" in c.label)
    shown = arrival.identify_self(kiosk.store, family.text, now)
    assert len(shown.known) + len(shown.newcomers) == 2  # the code carries both names
