"""One calendar (#15 §2): "today" and ages are the shelter's local day (Asia/Tokyo unless the
settings name another zone), not the UTC day; era dates are read in one place (kiosk.basics.eras)
and understood by the card form, search and ``kiosk person --birth``. Exports, refused slips,
codes and keys, and the window's birth-date checks follow the shelter's zone, not a fixed JST
nor the computer's own date."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime

import tests.ui_support  # noqa: F401 - offscreen platform before Qt starts
from kiosk.access.staff import add_staff
from kiosk.basics.eras import parse_era_date
from kiosk.basics.errors import ValidationError
from kiosk.basics.local_time import age_on, local_date, time_zone
from kiosk.city.trust_store import import_trust
from kiosk.core import Kiosk
from kiosk.exports import export_anpi, export_roster
from kiosk.exports.files import printed_time
from kiosk.identity.app_code import issue_app_code, verify_app_code
from kiosk.identity.demo import demo_app_codes, demo_payloads, demo_trust_list
from kiosk.identity.errors import (
    Expired,
    KeyNotYetValid,
    KeyRetired,
    SlipFromEarlierOpening,
    SlipTooOld,
)
from kiosk.identity.keys import new_key
from kiosk.identity.trust import TrustedKey, TrustList, dump_trust_list
from kiosk.operations.dashboard import dashboard, manager_dashboard, status_figures
from kiosk.operations.settings import Settings, load_settings, save_settings
from kiosk.operations.shelter import set_open
from kiosk.operations.supplies import estimate
from kiosk.reception.arrival import identify
from kiosk.reception.checkin import check_in
from kiosk.reception.walk_in_slips import issue_person_slip
from kiosk.registry import people
from kiosk.registry.names import parse_birth
from kiosk.registry.records import PersonDraft
from kiosk.registry.search import search
from kiosk.registry.vocab import ANPI_SCOPE
from tests.conftest import FAST_KDF, PASSPHRASE, SHELTER, FakeClock, run_cli
from tests.test_exports import pdf_text
from ui.actions import KioskActions
from ui.screens.card_form import CardForm
from ui.screens.card_widgets import parse_birth_text
from ui.screens.dashboard import DashboardScreen
from ui.screens.survey import SurveyDialog
from ui.slip_print import SlipPrinter

#: 2026-12-03 01:00 in Japan: still 12-02 in UTC.
NIGHT_JST = datetime(2026, 12, 2, 16, 0, tzinfo=UTC)


@pytest.fixture
def night(make_kiosk: Callable[..., Kiosk], clock: FakeClock) -> Kiosk:
    clock.now = NIGHT_JST
    return make_kiosk()


def test_today_is_the_shelter_day_not_the_utc_day(night: Kiosk) -> None:
    assert (night.ctx.zone, night.ctx.today(), night.ctx.local_now().isoformat()) == (
        "Asia/Tokyo",
        date(2026, 12, 3),
        "2026-12-03T01:00:00+09:00",
    )


def test_one_age_a_person_born_on_this_day_is_a_year_older_after_midnight_jst(
    night: Kiosk,
) -> None:
    person = people.add_person(
        night.ctx, PersonDraft(name="暦 一郎", kana="コヨミ イチロウ", birth=date(1950, 12, 3))
    )
    assert (person.age_on(night.ctx.today()), age_on(person.birth, night.ctx.today())) == (76, 76)


def test_a_baby_born_today_in_japan_can_be_registered_at_1am(night: Kiosk) -> None:
    # The UTC day (12-02) made a birth on 12-03 "in the future".
    person = people.add_person(
        night.ctx, PersonDraft(name="暦 赤子", kana="コヨミ アカゴ", birth=date(2026, 12, 3))
    )
    assert person.birth == date(2026, 12, 3)


def test_dashboard_counts_ages_on_the_shelter_day(night: Kiosk) -> None:
    # Born 1951-12-03: 75 from 00:00 JST on 12-03 (the UTC day still says 74).
    person = people.add_person(
        night.ctx,
        PersonDraft(name="暦 二郎", kana="コヨミ ジロウ", sex="M", birth=date(1951, 12, 3)),
    )
    check_in(night.ctx, [person.id])
    bands = {b.band: b.total for b in manager_dashboard(night.ctx).age_sex if b.total}
    figures = status_figures(night.store, night.ctx.now())["age_bands"]
    assert (bands, {k: v["total"] for k, v in figures.items() if v["total"]}) == (
        {"75+": 1},
        {"75+": 1},
    )
    # The same moment in a shelter kept on UTC is still 12-02: 74.
    at_utc = {b.band: b.total for b in dashboard(night.store, NIGHT_JST, "UTC").age_sex if b.total}
    assert at_utc == {"65-74": 1}


def test_supplies_count_an_infant_on_the_shelter_day(night: Kiosk) -> None:
    # Born 2024-12-03: two years old from 00:00 JST on 12-03, so no longer an infant by age.
    person = people.add_person(
        night.ctx, PersonDraft(name="暦 三子", kana="コヨミ ミツコ", birth=date(2024, 12, 3))
    )
    check_in(night.ctx, [person.id])
    infants = {line.item: line.people for line in estimate(night.store, 24, now=NIGHT_JST)}
    utc = {line.item: line.people for line in estimate(night.store, 24, now=NIGHT_JST, zone="UTC")}
    assert (infants["diapers"], utc["diapers"]) == (0, 1)


def test_local_date_and_time_zone_validation() -> None:
    assert local_date(NIGHT_JST) == date(2026, 12, 3)
    assert local_date(NIGHT_JST, "UTC") == date(2026, 12, 2)
    for bad in ("Mars/Olympus", "", "../etc/passwd"):
        with pytest.raises(ValueError):
            time_zone(bad)


def test_the_time_zone_is_a_validated_setting_the_kiosk_uses(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF, clock=lambda: NIGHT_JST) as kiosk:
        with pytest.raises(ValidationError) as refused:
            save_settings(kiosk.ctx, Settings(time_zone="Asia/Tokio"))
        assert refused.value.field == "time_zone"
        save_settings(kiosk.ctx, Settings(time_zone="UTC"))
    with Kiosk.open(home, PASSPHRASE, clock=lambda: NIGHT_JST) as kiosk:
        assert (load_settings(kiosk.store).time_zone, kiosk.ctx.today()) == (
            "UTC",
            date(2026, 12, 2),
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S55.5.12", date(1980, 5, 12)),
        ("昭和55年5月12日", date(1980, 5, 12)),
        ("ｓ５５．５．１２", date(1980, 5, 12)),
        ("S550512", date(1980, 5, 12)),
        ("昭和元年12月25日", date(1926, 12, 25)),
        ("H31.4.30", date(2019, 4, 30)),
        ("R1.5.1", date(2019, 5, 1)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("T15.12.25", date(1926, 12, 25)),
        ("M45.7.29", date(1912, 7, 29)),
        ("S25.4.1", date(1950, 4, 1)),
        ("昭和70年1月1日", None),  # 昭和 ended in its 64th year
        ("S55.2.30", None),
        ("S55", None),
    ],
)
def test_era_dates_are_read_in_one_place(text: str, expected: date | None) -> None:
    assert (parse_era_date(text), parse_birth(text)) == (expected, expected)


def test_the_card_form_reads_era_dates_through_the_core() -> None:
    assert [parse_birth_text(t) for t in ("昭和25年4月1日", "S25.4.1", "19500401")] == [
        date(1950, 4, 1)
    ] * 3


@pytest.mark.parametrize("query", ["S55.5.12", "昭和55年5月12日", "s55/5/12", "1980-05-12"])
def test_search_finds_a_person_by_an_era_birth_date(kiosk: Kiosk, query: str) -> None:
    person = people.add_person(
        kiosk.ctx, PersonDraft(name="和暦 花子", kana="ワレキ ハナコ", birth=date(1980, 5, 12))
    )
    people.add_person(
        kiosk.ctx, PersonDraft(name="別人 太郎", kana="ベツジン タロウ", birth=date(1980, 5, 13))
    )
    assert [hit.person.id for hit in search(kiosk.store, query)] == [person.id]


def test_cli_person_add_and_edit_accept_an_era_birth_date(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Kiosk.create(home, PASSPHRASE, SHELTER, kdf=FAST_KDF):
        pass
    added = run_cli(
        "person",
        "add",
        "--name",
        "和暦 次郎",
        "--kana",
        "ワレキ ジロウ",
        "--birth",
        "S55.5.12",
        home=home,
    )
    assert added.returncode == 0, added.stderr
    with Kiosk.open(home, PASSPHRASE) as kiosk:
        (row,) = kiosk.store.query("SELECT id, birth FROM person")
    assert row["birth"] == "1980-05-12"
    edited = run_cli("person", "edit", row["id"], "--birth", "平成2年3月4日", home=home)
    assert edited.returncode == 0, edited.stderr
    with Kiosk.open(home, PASSPHRASE) as kiosk:
        assert people.get_person(kiosk.store, row["id"]).birth == date(1990, 3, 4)


def test_a_time_zone_saved_in_the_window_counts_at_once(qtbot, night: Kiosk, workers) -> None:  # type: ignore[no-untyped-def]
    add_staff(night.ctx, "Manager", "manager", "4321")
    actions = KioskActions(night, workers)
    with qtbot.waitCallback() as signed:
        actions.sign_in("4321", signed)
    before = actions.today()
    with qtbot.waitCallback() as saved:
        actions.save_settings(Settings(time_zone="UTC"), saved)
    assert (before, actions.today(), night.ctx.today()) == (
        date(2026, 12, 3),
        date(2026, 12, 2),
        date(2026, 12, 2),
    )


def _in_zone(kiosk: Kiosk, zone: str) -> Kiosk:
    """The same store opened again after the manager set the shelter's time zone to ``zone``
    (the kiosk reads the setting when it opens)."""
    save_settings(kiosk.ctx, replace(load_settings(kiosk.store), time_zone=zone))
    return Kiosk(kiosk.store, clock=kiosk.ctx.clock)


#: Ages, an age band and a check-in time at NIGHT_JST, by the shelter's zone: 12-03 01:00 in
#: Japan, 02:00 in Guam, still 12-02 16:00 in UTC.
ZONES = [
    ("Asia/Tokyo", "70", "70代", "2026-12-03 01:00", "JST"),
    ("Pacific/Guam", "70", "70代", "2026-12-03 02:00", "ChST"),
    ("UTC", "69", "60代", "2026-12-02 16:00", "UTC"),
]


@pytest.mark.parametrize(("zone", "age", "band", "checked_in", "label"), ZONES)
def test_exports_count_ages_and_print_times_in_the_shelters_zone(
    night: Kiosk, tmp_path: Path, zone: str, age: str, band: str, checked_in: str, label: str
) -> None:
    kiosk = _in_zone(night, zone)
    person = people.add_person(
        kiosk.ctx,
        PersonDraft(
            name="暦 四郎",
            kana="コヨミ シロウ",
            birth=date(1956, 12, 3),
            consent=frozenset({ANPI_SCOPE}),
        ),
    )
    check_in(kiosk.ctx, [person.id])
    export_roster(kiosk.ctx, tmp_path / "roster.csv")
    export_anpi(kiosk.ctx, tmp_path / "anpi.csv")
    (roster,) = list(csv.reader(io.StringIO((tmp_path / "roster.csv").read_text("utf-8-sig"))))[1:]
    (anpi,) = list(csv.reader(io.StringIO((tmp_path / "anpi.csv").read_text("utf-8-sig"))))[1:]
    assert (roster[4], roster[9], anpi[3], anpi[6]) == (age, checked_in, band, checked_in)
    assert printed_time(kiosk.ctx.now(), kiosk.ctx.zone) == f"{checked_in} {label}"


def test_a_printed_roster_says_which_clock_its_times_are_on(night: Kiosk, tmp_path: Path) -> None:
    kiosk = _in_zone(night, "UTC")
    person = people.add_person(kiosk.ctx, PersonDraft(name="暦 五郎", kana="コヨミ ゴロウ"))
    check_in(kiosk.ctx, [person.id])
    export_roster(kiosk.ctx, tmp_path / "roster.pdf", "pdf")
    text = pdf_text(tmp_path / "roster.pdf")
    assert "出力 Exported 2026-12-02 16:00 UTC" in text and "入所日時 (UTC)" in text
    assert "2026-12-02 16:00" in text.replace("出力 Exported 2026-12-02 16:00", "")


@pytest.mark.parametrize(("zone", "printed"), [("Asia/Tokyo", "2026-12-03"), ("UTC", "2026-12-02")])
def test_a_refused_slip_names_the_day_it_was_printed_in_the_shelters_zone(
    night: Kiosk, clock: FakeClock, zone: str, printed: str
) -> None:
    kiosk = _in_zone(night, zone)
    person = people.add_person(kiosk.ctx, PersonDraft(name="暦 六子", kana="コヨミ ムツコ"))
    _, text = issue_person_slip(kiosk.ctx, person.id)
    settings = load_settings(kiosk.store)
    save_settings(kiosk.ctx, replace(settings, slip_lifetime_days=7))
    clock.advance(days=10)
    with pytest.raises(SlipTooOld) as too_old:
        identify(kiosk.store, text, clock())
    set_open(kiosk.ctx, False)
    set_open(kiosk.ctx, True)
    with pytest.raises(SlipFromEarlierOpening) as earlier:
        identify(kiosk.store, text, clock())
    assert (too_old.value.params["issued"], earlier.value.params["issued"]) == (printed, printed)


@pytest.fixture
def computer_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Set the computer's own time zone (what ``date.today()`` follows), put back afterwards."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


# 26 hours apart: whatever the real time, the two calendars never show the same day.
@pytest.mark.parametrize(
    ("shelter", "computer", "born", "accepted"),
    [
        # The shelter is ahead: a baby born there today is no birth "in the future".
        ("Pacific/Kiritimati", "Etc/GMT+12", 0, True),
        # The shelter is behind: the computer's today is still the shelter's tomorrow.
        ("Etc/GMT+12", "Pacific/Kiritimati", 1, False),
    ],
)
def test_the_card_form_checks_a_birth_date_against_the_shelters_day(  # type: ignore[no-untyped-def]
    qtbot,
    make_kiosk: Callable[..., Kiosk],
    clock: FakeClock,
    workers,
    computer_zone: Callable[[str], None],
    shelter: str,
    computer: str,
    born: int,
    accepted: bool,
) -> None:
    clock.now = datetime.now(UTC)  # date.today() reads the real clock
    kiosk = _in_zone(make_kiosk(), shelter)
    computer_zone(computer)
    actions = KioskActions(kiosk, workers)
    birth = actions.today() + timedelta(days=born)
    assert date.today() != actions.today()
    form = CardForm(actions)
    qtbot.addWidget(form)
    form.rows[0].name.setText("暦 七子")
    form.rows[0].birth.setText(f"{birth:%Y%m%d}")
    try:
        members, _ = form.collect()
    except ValidationError as refused:
        assert (accepted, refused.field) == (False, "birth")
    else:
        assert (accepted, [m.birth for m in members]) == (True, [birth])


def test_the_surveys_birth_date_ends_on_the_shelters_day(  # type: ignore[no-untyped-def]
    qtbot, make_kiosk: Callable[..., Kiosk], clock: FakeClock, workers, computer_zone
) -> None:
    clock.now = datetime.now(UTC)  # the old default, date.today(), reads the real clock
    kiosk = _in_zone(make_kiosk(), "Etc/GMT+12")
    computer_zone("Pacific/Kiritimati")  # 26 hours ahead: already the shelter's tomorrow
    person = people.add_person(kiosk.ctx, PersonDraft(name="暦 八郎"))
    actions = KioskActions(kiosk, workers)
    dialog = SurveyDialog(actions, [person])
    qtbot.addWidget(dialog)
    birth = dialog.survey.birth.input
    tried = []
    for day in (actions.today() + timedelta(days=1), actions.today()):
        birth.typed.setText(f"{day:%Y/%m/%d}")
        birth.typed_button.click()
        tried.append(birth.value())
    assert tried == [None, actions.today()]


@pytest.mark.parametrize(("zone", "expired"), [("Asia/Tokyo", "2026-11-03"), ("UTC", "2026-11-02")])
def test_an_expired_app_code_names_its_day_on_the_shelters_calendar(
    night: Kiosk, zone: str, expired: str
) -> None:
    # The demo's expired code ran out at 2026-11-02 15:00 UTC: 11-03 00:00 in Japan.
    kiosk = _in_zone(night, zone)
    import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
    (text,) = [c.text for c in demo_app_codes(NIGHT_JST) if c.expected_error == "code_expired"]
    with pytest.raises(Expired) as refused:
        identify(kiosk.store, text, NIGHT_JST)
    assert refused.value.params["expired"] == expired


#: 15:30 UTC: 00:30 the next day in Japan.
LATE_20TH = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
LATE_30TH = datetime(2026, 11, 30, 15, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "retired", "valid_from"),
    [("Asia/Tokyo", "2026-11-21", "2026-12-01"), ("UTC", "2026-11-20", "2026-11-30")],
)
def test_a_refused_key_names_its_days_on_the_shelters_calendar(
    zone: str, retired: str, valid_from: str
) -> None:
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    (_, payload), *_ = demo_payloads(now)
    key = new_key()
    text = issue_app_code(payload, key)
    ended = TrustedKey.for_key(key, "app", "City", now - timedelta(days=30), LATE_20TH)
    later = TrustedKey.for_key(key, "app", "City", LATE_30TH)
    with pytest.raises(KeyRetired) as gone:
        verify_app_code(text, TrustList((ended,)), now, zone=zone)
    with pytest.raises(KeyNotYetValid) as early:
        verify_app_code(text, TrustList((later,)), now, zone=zone)
    assert (gone.value.params["retired"], early.value.params["valid_from"]) == (retired, valid_from)


def test_screens_and_slips_show_times_on_the_shelters_clock(  # type: ignore[no-untyped-def]
    qtbot, night: Kiosk, workers, computer_zone: Callable[[str], None]
) -> None:
    """The computer set to UTC, the shelter in Japan: a check-in at 01:00 JST reads 01:00 on
    the slip and the dashboard, not the computer's 16:00 (they used ``astimezone()``)."""
    computer_zone("UTC")
    add_staff(night.ctx, "Manager", "manager", "4321")
    person = people.add_person(night.ctx, PersonDraft(name="暦 五郎", kana="コヨミ ゴロウ"))
    check_in(night.ctx, [person.id])
    actions = KioskActions(night, workers)
    with qtbot.waitCallback() as signed:
        actions.sign_in("4321", signed)
    printer = SlipPrinter(actions, output=lambda pages: None)
    with qtbot.waitSignal(printer.ready, timeout=10000) as ready:
        printer.print_for([person.id])
    (page,) = ready.args[0]
    screen = DashboardScreen(actions)
    qtbot.addWidget(screen)
    screen.show_figures(manager_dashboard(night.ctx), {})
    assert (f"{actions.local(NIGHT_JST):%H:%M}", f"{page.checked_in_at:%H:%M}") == (
        "01:00",
        "01:00",
    )
    assert screen.updated.text().endswith("01:00:00")
    last = screen.figures.hourly[-1].start if screen.figures else None
    axis = QDateTime.fromMSecsSinceEpoch(int(screen.checkin_series.points()[-1].x()))
    assert last is not None
    assert axis.toString("HH:mm") == f"{actions.local(last):%H:%M}" != f"{last:%H:%M}"
