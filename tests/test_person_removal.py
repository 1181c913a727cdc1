"""Removing a person (entered by mistake, or asking to be erased): the kiosk keeps nothing of
them, and the City OS deletes their entity — online, through sealed bundles, exactly once, and an
older bundle imported afterwards does not bring them back (issue #14 §2), against the faithful
Orion / Orion-LD peer on both platforms."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.access import audit
from kiosk.access.staff import PermissionDenied
from kiosk.basics.errors import NotFound
from kiosk.cards.tap_cards import TapCard, link_card, linked_card
from kiosk.core import Kiosk
from kiosk.operations.survey import submit
from kiosk.reception import checkin
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.registry.removal import Removal, remove_person
from kiosk.registry.search import search
from sync.adapters import Outcome, make_adapter
from sync.adapters.base import Entity
from sync.auth import ClientCredentials
from sync.bundle import export_bundle, import_receipt
from sync.cityos_import import main
from sync.delivery import queue_status
from sync.mapping import entity_id
from tests.conftest import FAST_KDF, PASSPHRASE, REPO, SHELTER, run_cli
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider
from tests.test_cityos_import import files, tool_args  # noqa: F401 - fixture
from tests.test_sync_plain_broker import replay, sharing_representative

PLATFORMS = ("ngsi-v2", "ngsi-ld")
NAME = "会津 花子"


def outbox_text(kiosk: Kiosk) -> str:
    return "\n".join(r["payload"] for r in kiosk.store.query("SELECT payload FROM outbox"))


def entity_deletes(peer: CityOsPeer, eid: str) -> int:
    """DELETE requests on the entity itself (not on one of its attributes)."""
    return sum(
        1
        for seen in peer.requests_seen
        if seen.method == "DELETE" and seen.path.rstrip("/").endswith(eid) and seen.status
    )


def test_only_a_shelter_manager_may_remove_a_person(kiosk: Kiosk) -> None:
    _, pid = sharing_representative(kiosk)
    staff = kiosk.ctx.acting_as("staff-1", "staff")
    with pytest.raises(PermissionDenied):
        remove_person(staff, pid, "mistake")
    assert people.get_person(kiosk.store, pid).name == NAME


def test_removal_leaves_nothing_of_the_person_on_the_kiosk(kiosk: Kiosk) -> None:
    household, pid = sharing_representative(kiosk)
    token = "token-of-a-my-number"  # as kiosk.identity.mynumber stores it: never the number
    person = people.get_person(kiosk.store, pid)
    people.update_person(kiosk.ctx, replace(person, mynumber_token=token, slip_id="slip-1"))
    link_card(kiosk.ctx, pid, TapCard("felica", "token-of-an-ic-card"))
    checkin.check_out(kiosk.ctx, [pid], "仙台の娘の家")
    survey = submit(kiosk.ctx, pid, {"health": 2, "request_text": "車いす用トイレ"}, "ja")
    manager = kiosk.ctx.acting_as("manager-1", "manager")

    done = remove_person(manager, pid, "erasure")

    assert done == Removal(pid, household, True, 2, 1, 2)
    with pytest.raises(NotFound):
        people.get_person(kiosk.store, pid)
    assert people.find_person(kiosk.store, mynumber_token=token) is None
    assert people.find_person(kiosk.store, slip_id="slip-1") is None
    assert search(kiosk.store, "会津") == []
    assert linked_card(kiosk.store, pid) is None
    text = outbox_text(kiosk)
    for personal in (NAME, "090-1111-2222", "降圧剤", "会津 500", "仙台の娘の家", "車いす用トイレ"):
        assert personal not in text
    row = kiosk.store.query_one(
        "SELECT person_id, requests FROM survey_response WHERE id = ?", (survey.id,)
    )
    assert (row["person_id"], row["requests"]) == (None, "")
    last = kiosk.store.query("SELECT actor, action, record_id FROM audit ORDER BY seq")
    actions = [(r["actor"], r["action"], r["record_id"]) for r in last]
    assert ("manager-1", "person.remove.erasure", pid) in actions
    assert audit.verify_chain(kiosk.store) == []
    assert kiosk.store.query_one("PRAGMA foreign_key_check") is None


def test_a_remaining_member_becomes_the_representative(kiosk: Kiosk) -> None:
    household, members = people.add_household(
        kiosk.ctx, [PersonDraft(name="見本 一"), PersonDraft(name="見本 二")]
    )
    done = remove_person(kiosk.ctx, members[0].id, "mistake")
    kept = people.get_household(kiosk.store, household.id)
    assert (done.household_removed, kept.representative_id) == (False, members[1].id)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_online_the_broker_holds_no_entity_for_the_removed_person(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    household, pid = sharing_representative(kiosk)
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    evacuee, home = entity_id("person", pid), entity_id("household", household)
    assert (cityos_peer.entity(evacuee) is not None, cityos_peer.entity(home) is not None) == (
        True,
        True,
    )

    remove_person(kiosk.ctx, pid, "mistake")
    first = replay(kiosk, cityos_peer, oidc_provider, platform)[0]
    again = replay(kiosk, cityos_peer, oidc_provider, platform)[0]

    assert (first.finished, first.conflicts, again.sent) == (True, 0, 0)
    assert (cityos_peer.entity(evacuee), cityos_peer.entity(home)) == (None, None)
    assert (entity_deletes(cityos_peer, evacuee), entity_deletes(cityos_peer, home)) == (1, 1)
    assert queue_status(kiosk.store).pending == 0
    assert NAME not in json.dumps(cityos_peer.entities, ensure_ascii=False)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_deleting_an_entity_the_broker_no_longer_holds_is_done(
    cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    auth = ClientCredentials(
        oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
    )
    adapter = make_adapter(platform, cityos_peer.url, auth)
    gone = Entity("urn:ngsi-ld:Evacuee:never-there", "Evacuee", remove=True)
    result = adapter.send_batch([gone])
    adapter.close()
    verdict = result.outcome_of(gone.id)
    assert (verdict.outcome, verdict.status) == (Outcome.OK, 404)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_through_a_bundle_the_broker_holds_no_entity_for_the_removed_person(
    kiosk: Kiosk,
    files: dict[str, Path],  # noqa: F811 - fixture
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    platform: str,
) -> None:
    _, pid = sharing_representative(kiosk)
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    remove_person(kiosk.ctx, pid, "erasure")
    export_bundle(kiosk.ctx, files["bundle"])
    first = main(tool_args(files, cityos_peer.url, oidc_provider, platform))
    marked = import_receipt(kiosk.ctx, files["receipt"].read_bytes())
    second = main(tool_args(files, cityos_peer.url, oidc_provider, platform))
    evacuee = entity_id("person", pid)
    assert (first, second, marked, cityos_peer.entity(evacuee)) == (0, 0, 2, None)
    assert entity_deletes(cityos_peer, evacuee) == 1
    assert queue_status(kiosk.store).pending == 0


@pytest.mark.parametrize("platform", PLATFORMS)
def test_an_older_bundle_imported_after_the_removal_does_not_bring_the_person_back(
    kiosk: Kiosk,
    files: dict[str, Path],  # noqa: F811 - fixture
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    platform: str,
) -> None:
    _, pid = sharing_representative(kiosk)
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    person = people.get_person(kiosk.store, pid)
    people.update_person(kiosk.ctx, replace(person, phone="090-3333-4444"))
    export_bundle(kiosk.ctx, files["bundle"])  # the old bundle: carries the edited card
    remove_person(kiosk.ctx, pid, "erasure")
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished  # the delete

    code = main(tool_args(files, cityos_peer.url, oidc_provider, platform))

    assert (code, cityos_peer.entity(entity_id("person", pid))) == (0, None)
    assert NAME not in json.dumps(cityos_peer.entities, ensure_ascii=False)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_two_bundles_in_the_wrong_order_end_with_the_person_removed(
    kiosk: Kiosk,
    files: dict[str, Path],  # noqa: F811 - fixture
    cityos_peer: CityOsPeer,
    oidc_provider: Provider,
    platform: str,
) -> None:
    _, pid = sharing_representative(kiosk)
    old = files["bundle"].with_name("old.jwe")
    export_bundle(kiosk.ctx, old)  # the person's card, never delivered
    remove_person(kiosk.ctx, pid, "erasure")
    export_bundle(kiosk.ctx, files["bundle"])  # the removal
    newer = main(tool_args(files, cityos_peer.url, oidc_provider, platform))
    older = main([str(old), *tool_args(files, cityos_peer.url, oidc_provider, platform)[1:]])
    assert (newer, older, cityos_peer.entity(entity_id("person", pid))) == (0, 0, None)
    assert NAME not in json.dumps(cityos_peer.entities, ensure_ascii=False)


@pytest.fixture
def home_and_person(tmp_path: Path) -> tuple[Path, str]:
    home = tmp_path / "home"
    with Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF) as kiosk:
        person = people.add_person(kiosk.ctx, PersonDraft(name=NAME))
    return home, person.id


def still_there(home: Path, person_id: str) -> bool:
    with Kiosk.open(home, PASSPHRASE) as kiosk:
        try:
            people.get_person(kiosk.store, person_id)
        except NotFound:
            return False
        return True


def test_cli_remove_without_a_terminal_needs_yes(home_and_person: tuple[Path, str]) -> None:
    home, pid = home_and_person
    refused = run_cli("person", "remove", pid, home=home)
    assert (refused.returncode, refused.stderr, still_there(home, pid)) == (
        1,
        "kiosk: nothing was changed; run again with --yes to remove.\n",
        True,
    )
    done = run_cli("person", "remove", pid, "--reason", "erasure", "--yes", home=home)
    assert (done.returncode, done.stdout, still_there(home, pid)) == (
        0,
        "Removed; the City OS deletes the person's entity with the next sync.\n",
        False,
    )
    with Kiosk.open(home, PASSPHRASE) as kiosk:
        last = kiosk.store.query_one(
            "SELECT op, payload FROM outbox WHERE record_type = 'person' ORDER BY seq DESC LIMIT 1"
        )
        assert (last["op"], last["payload"]) == ("delete", "{}")
    doctor = run_cli("doctor", home=home)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr


def test_cli_remove_asks_on_a_terminal(home_and_person: tuple[Path, str]) -> None:
    home, pid = home_and_person
    answers = {}
    for answer in ("no", "yes"):
        master, slave = os.openpty()
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.update(KIOSK_HOME=str(home), KIOSK_PASSPHRASE=PASSPHRASE)
        child = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "person", "remove", pid],
            cwd=REPO,
            env=env,
            stdin=slave,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        os.close(slave)
        os.write(master, f"{answer}\n".encode())
        out, _ = child.communicate(timeout=120)
        os.close(master)
        answers[answer] = (child.returncode, "Type yes to remove" in out, still_there(home, pid))
    assert answers == {"no": (1, True, True), "yes": (0, True, False)}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_removing_a_present_person_lowers_the_shelters_occupancy(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    _, members = people.add_household(
        kiosk.ctx, [PersonDraft(name="見本 一"), PersonDraft(name="見本 二")]
    )
    checkin.check_in(kiosk.ctx, [m.id for m in members])
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    shelter = entity_id("shelter", SHELTER.id)
    before = (cityos_peer.values(shelter) or {}).get("peopleOccupancy")
    remove_person(kiosk.ctx, members[1].id, "mistake")
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    after = (cityos_peer.values(shelter) or {}).get("peopleOccupancy")
    assert (before, after) == (2, 1)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_city_keeps_counts_but_no_personal_field_of_the_removed_person(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    _, pid = sharing_representative(kiosk)  # shares everything with the city
    out = checkin.check_out(kiosk.ctx, [pid], "仙台の娘の家")
    survey = submit(kiosk.ctx, pid, {"health": 2, "request_text": "車いす用トイレ"}, "ja")
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    event, answer = (
        entity_id("stay_event", str(out.outcomes[0].event_id)),
        entity_id("survey", survey.id),
    )
    shared = (cityos_peer.values(event) or {}, cityos_peer.values(answer) or {})
    assert (shared[0].get("destination"), shared[1].get("requests")) == (
        "仙台の娘の家",
        "車いす用トイレ",
    )

    remove_person(kiosk.ctx, pid, "erasure")
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished

    kept_event, kept_answer = cityos_peer.values(event) or {}, cityos_peer.values(answer) or {}
    assert (kept_event.get("eventType"), "destination" in kept_event) == ("checkout", False)
    assert sorted(set(kept_answer) & {"refEvacuee", "requests", "problems"}) == []
    assert kept_answer.get("answers") is not None
    for personal in (NAME, "仙台の娘の家", "車いす用トイレ", "090-1111-2222"):
        assert personal not in json.dumps(cityos_peer.entities, ensure_ascii=False)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_delete_whose_answer_was_lost_is_not_sent_twice(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider, platform: str
) -> None:
    _, pid = sharing_representative(kiosk)
    assert replay(kiosk, cityos_peer, oidc_provider, platform)[0].finished
    remove_person(kiosk.ctx, pid, "mistake")
    cityos_peer.drop_after_write_next()  # the DELETE is applied, its answer never arrives
    report = replay(kiosk, cityos_peer, oidc_provider, platform)[0]
    evacuee = entity_id("person", pid)
    assert (report.finished, report.conflicts, cityos_peer.entity(evacuee)) == (True, 0, None)
    sent = [
        seen.status
        for seen in cityos_peer.requests_seen
        if seen.method == "DELETE" and seen.path.endswith(evacuee)
    ]
    # One DELETE, answered by a hang-up; the resend's stored-state read finds it gone.
    assert (sent, cityos_peer.pending_faults) == ([None], ())
    assert queue_status(kiosk.store).pending == 0
