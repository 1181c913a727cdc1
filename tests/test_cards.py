"""IC cards through the real PC/SC stack (pcscd + vsmartcard's virtual reader, emulated cards
from tests/peers/cards): readers are listed and followed, a My Number card's PIN counter is
respected, its holder read as a token and the four items, tap cards are linked and found, and
random IDs are refused. No PIN or number ends up in the store."""

from __future__ import annotations

import logging
import queue
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.access import audit
from kiosk.access.staff import PermissionDenied
from kiosk.cards import CardWatcher, ReaderEvent, link_card, linked_card, list_readers, unlink_card
from kiosk.cards.errors import (
    CardLinkedElsewhere,
    CardNotLinked,
    CardUnreadable,
    LastTryNeedsConfirmation,
    NoCard,
    NoCardLinked,
    PinFormat,
    PinLocked,
    RandomCardId,
    WrongPin,
)
from kiosk.cards.mynumber_card import _children
from kiosk.cards.reading import (
    CardOnReader,
    inspect,
    read_mynumber_card,
    read_tap,
    read_tap_card_on,
)
from kiosk.core import Kiosk
from kiosk.reception.arrival import admit, only_the_code_holder
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from tests.peers.cards.emulated import (
    FixedIdCardOS,
    MyNumberCardOS,
    MyNumberHolder,
    RandomUidCardOS,
)
from tests.peers.cards.stack import PcscStack, VirtualCard

READER = "Virtual PCD 00 00"


def on_reader(card: VirtualCard) -> VirtualCard:
    card.insert()  # returns once pcscd reports the card present
    return card


def pin(text: str) -> bytearray:
    return bytearray(text.encode("ascii"))


def test_the_virtual_reader_is_listed(pcsc_stack: PcscStack) -> None:
    assert list_readers()[0] == READER


def test_watcher_reports_card_in_with_atr_and_card_out(virtual_card) -> None:
    events: queue.Queue[ReaderEvent] = queue.Queue()
    watcher = CardWatcher(events.put)
    watcher.start()
    try:
        first = events.get(timeout=10)
        card = virtual_card(FixedIdCardOS())
        card.insert()
        card_in = events.get(timeout=10)
        card.remove()
        card_out = events.get(timeout=10)
    finally:
        watcher.stop()
    assert (first.kind, first.readers[0]) == ("readers", READER)
    assert (card_in.kind, card_in.reader, card_in.atr) == (
        "card_in",
        READER,
        FixedIdCardOS().getATR(),
    )
    assert (card_out.kind, card_out.reader) == ("card_out", READER)


def test_no_card_on_the_reader_is_said_so(pcsc_stack: PcscStack) -> None:
    with pytest.raises(NoCard):
        inspect(READER)


def test_mynumber_card_reads_token_and_four_items(virtual_card, kiosk: Kiosk) -> None:
    card_os = MyNumberCardOS()
    on_reader(virtual_card(card_os))
    assert inspect(READER) == CardOnReader("mynumber", 3)
    holder, arrival = read_mynumber_card(READER, kiosk.store, pin("1234"))
    assert (holder.name, holder.address, holder.birth, holder.sex, holder.mynumber.last4) == (
        "山田 花子",
        "東京都千代田区霞が関二丁目一番二号",
        date(1980, 4, 2),
        "F",
        "9018",
    )
    assert (
        holder.mynumber.token.startswith("v2:")
        and len(holder.mynumber.token) == 67
        and "123456789018" not in repr(holder)
    )
    assert (arrival.kind, arrival.known, [d.name for d in arrival.newcomers]) == (
        "mynumber",
        (),
        ["山田 花子"],
    )
    # One confirmation registers the walk-in pre-filled from the chip and checks them in.
    admitted = admit(kiosk.ctx, arrival, via="card")
    person = people.get_person(kiosk.store, admitted.person_ids[0])
    assert (person.name, person.state, person.mynumber_token) == (
        "山田 花子",
        "in",
        holder.mynumber.token,
    )
    dump = all_text(kiosk)
    assert ("123456789018" in dump, "1234" in dump.split("\n")) == (False, False)
    # The next read finds the registered person instead of a new card.
    _holder, again = read_mynumber_card(READER, kiosk.store, pin("1234"))
    assert ([p.id for p in again.known], again.newcomers) == ([person.id], ())


def test_wrong_pin_counts_down_and_a_right_one_restores(virtual_card, kiosk: Kiosk) -> None:
    card_os = MyNumberCardOS()
    on_reader(virtual_card(card_os))
    with pytest.raises(WrongPin) as wrong:
        read_mynumber_card(READER, kiosk.store, pin("0000"))
    assert (wrong.value.params, inspect(READER), card_os.tries) == (
        {"tries_left": 2},
        CardOnReader("mynumber", 2),
        2,
    )
    read_mynumber_card(READER, kiosk.store, pin("1234"))
    assert card_os.tries == 3


def test_last_try_needs_staff_confirmation_and_nothing_is_sent_before(
    virtual_card, kiosk: Kiosk
) -> None:
    card_os = MyNumberCardOS(tries=1)
    on_reader(virtual_card(card_os))
    with pytest.raises(LastTryNeedsConfirmation):
        read_mynumber_card(READER, kiosk.store, pin("0000"))
    verifies_with_pin = [apdu for apdu in card_os.seen if apdu.startswith("0020008004")]
    assert (verifies_with_pin, card_os.tries) == ([], 1)
    with pytest.raises(PinLocked):
        read_mynumber_card(READER, kiosk.store, pin("0000"), last_try_confirmed=True)
    assert (card_os.tries, inspect(READER)) == (0, CardOnReader("mynumber", 0))
    # Locked: even the right PIN is not sent any more.
    sent = len(card_os.seen)
    with pytest.raises(PinLocked):
        read_mynumber_card(READER, kiosk.store, pin("1234"), last_try_confirmed=True)
    assert [a for a in card_os.seen[sent:] if a.startswith("0020008004")] == []


def test_pin_must_be_four_digits_and_is_cleared(virtual_card, kiosk: Kiosk) -> None:
    card_os = MyNumberCardOS()
    on_reader(virtual_card(card_os))
    typed = pin("12a4")
    with pytest.raises(PinFormat):
        read_mynumber_card(READER, kiosk.store, typed)
    good = pin("1234")
    read_mynumber_card(READER, kiosk.store, good)
    assert (typed, good, card_os.tries) == (bytearray(4), bytearray(4), 3)


def test_other_holder_data_is_read_as_written(virtual_card, kiosk: Kiosk) -> None:
    holder = MyNumberHolder(number="000000000019", name="A" * 200, sex="1", birth="19991231")
    on_reader(virtual_card(MyNumberCardOS(holder=holder)))
    read, _arrival = read_mynumber_card(READER, kiosk.store, pin("1234"))
    assert (read.name, read.sex, read.birth, read.mynumber.last4) == (
        "A" * 200,
        "M",
        date(1999, 12, 31),
        "0019",
    )


def all_text(kiosk: Kiosk) -> str:
    """Every value of every table of the store, as text (blobs as hex)."""
    conn = kiosk.store.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    values = []
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            values += [v.hex() if isinstance(v, bytes) else str(v) for v in row]
    return "\n".join(values)


def register(kiosk: Kiosk, name: str = "見本 次郎") -> str:
    household, persons = people.add_household(kiosk.ctx, [PersonDraft(name=name)])
    return persons[0].id


def test_tap_card_links_finds_and_unlinks_with_audit(virtual_card, kiosk: Kiosk) -> None:
    person_id = register(kiosk)
    on_reader(virtual_card(FixedIdCardOS()))
    with pytest.raises(CardNotLinked):
        read_tap(READER, kiosk.store)
    card = read_tap_card_on(READER, kiosk.store)
    link = link_card(kiosk.ctx, person_id, card)
    arrival = read_tap(READER, kiosk.store)
    assert (link.kind, arrival.kind, [p.id for p in arrival.known]) == (
        "felica",
        "card",
        [person_id],
    )
    assert linked_card(kiosk.store, person_id) == link
    unlink_card(kiosk.ctx, person_id)
    with pytest.raises(CardNotLinked):
        read_tap(READER, kiosk.store)
    with pytest.raises(NoCardLinked):
        unlink_card(kiosk.ctx, person_id)
    actions = [
        (e.action, e.record_id) for e in audit.recent(kiosk.store) if e.action.startswith("card.")
    ]
    assert sorted(actions) == [("card.link", person_id), ("card.unlink", person_id)]
    # Nothing of the card's ID in the store: only its keyed token.
    idm = FixedIdCardOS().idm.hex()
    dump = all_text(kiosk)
    assert (idm in dump, idm.upper() in dump) == (False, False)


def test_tap_checks_in_the_card_holder_only_at_self_checkin(virtual_card, kiosk: Kiosk) -> None:
    household, persons = people.add_household(
        kiosk.ctx, [PersonDraft(name="見本 一郎"), PersonDraft(name="見本 二郎")]
    )
    on_reader(virtual_card(FixedIdCardOS()))
    link_card(kiosk.ctx, persons[1].id, read_tap_card_on(READER, kiosk.store))
    arrival = read_tap(READER, kiosk.store)
    assert [p.id for p in arrival.known] == [persons[1].id, persons[0].id]
    admitted = admit(kiosk.ctx, only_the_code_holder(arrival), via="self")
    states = [people.get_person(kiosk.store, p.id).state for p in persons]
    assert (admitted.person_ids, states) == ((persons[1].id,), ["registered", "in"])


def test_one_card_one_person(virtual_card, kiosk: Kiosk) -> None:
    first, second = register(kiosk, "見本 一"), register(kiosk, "見本 二")
    on_reader(virtual_card(FixedIdCardOS()))
    card = read_tap_card_on(READER, kiosk.store)
    link_card(kiosk.ctx, first, card)
    with pytest.raises(CardLinkedElsewhere):
        link_card(kiosk.ctx, second, card)


def test_linking_needs_a_role_that_edits_cards(virtual_card, kiosk: Kiosk) -> None:
    person_id = register(kiosk)
    on_reader(virtual_card(FixedIdCardOS()))
    card = read_tap_card_on(READER, kiosk.store)
    with pytest.raises(PermissionDenied):
        link_card(kiosk.ctx.acting_as("op", "operator"), person_id, card)


def test_random_uid_and_mynumber_chip_are_refused_as_tap_cards(virtual_card, kiosk: Kiosk) -> None:
    random_card = on_reader(virtual_card(RandomUidCardOS()))
    with pytest.raises(RandomCardId):
        read_tap_card_on(READER, kiosk.store)
    random_card.remove()
    on_reader(virtual_card(MyNumberCardOS()))
    with pytest.raises(RandomCardId):
        read_tap_card_on(READER, kiosk.store)


def test_no_pin_number_or_card_id_reaches_a_log(
    virtual_card, kiosk: Kiosk, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    card = on_reader(virtual_card(MyNumberCardOS(pin="4826")))
    errors = []
    for typed in ("7391", "4826"):
        try:
            read_mynumber_card(READER, kiosk.store, pin(typed))
        except WrongPin as exc:
            errors.append(f"{exc} {exc!r} {exc.params}")
    card.remove()
    person_id = register(kiosk)
    on_reader(virtual_card(FixedIdCardOS()))
    link_card(kiosk.ctx, person_id, read_tap_card_on(READER, kiosk.store))
    text = "\n".join([r.getMessage() for r in caplog.records] + errors)
    secrets = ("7391", "4826", "123456789018", FixedIdCardOS().idm.hex(), "012E4CD1")
    assert ([s for s in secrets if s.lower() in text.lower()], len(errors)) == ([], 1)


@given(st.binary(max_size=64))
def test_tlv_reader_refuses_garbage_with_its_own_error(data: bytes) -> None:
    try:
        _children(data)
    except CardUnreadable:
        pass
