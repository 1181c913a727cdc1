"""The desk's flow in a terminal: what ``scripts/run`` shows on a machine without a screen.

The same codes the demo camera plays in the window (two citizen-app codes, a My Number card,
a kiosk slip) go through the same steps as at the desk: each is drawn into a 1280×720 camera
frame and read back by the real decoder pipeline, verified and looked up
(:func:`kiosk.reception.arrival.identify`), shown as the confirmation card shows it (names, age, the
support tag, a My Number masked to its last four digits), and — once the person at the
terminal confirms — checked in with :func:`kiosk.reception.arrival.admit`, one durable transaction.
A code of someone already inside says so and offers nothing. A code of someone not registered
here (the My Number, the slip) says what the desk would do: open the walk-in card.

Nothing here is scripted output: every line comes from the front door's verbs the window
calls (:class:`kiosk.core.Kiosk`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kiosk.basics.context import Context
from kiosk.basics.errors import KioskError
from kiosk.core import Kiosk
from kiosk.reception.arrival import Arrival
from kiosk.scan import Pipeline
from kiosk.scan.demo_camera import demo_codes
from kiosk.scan.synthetic import frame_with_code

__all__ = ["Step", "play"]

#: What the person at the terminal can answer to "check in?".
CONFIRM, SKIP, QUIT = "", "s", "q"


@dataclass(frozen=True)
class Step:
    """One code of the demo loop, as the desk saw it."""

    kind: str
    decoded: bool
    decode_ms: float
    checked_in: int
    outcome: str  # "checked-in", "already-in", "needs-card", "refused", "skipped", "unread"


def _describe(found: Arrival, today: date) -> list[str]:
    """The confirmation card's lines: each person, age, support tag, already inside."""
    lines = []
    for person in found.known:
        age = person.age_on(today)
        tag = " [support]" if person.needs.any else ""
        state = " (inside)" if person.state == "in" else ""
        years = f", {age}" if age is not None else ""
        lines.append(f"    {person.name}（{person.kana}）{years}{tag}{state}")
    for draft in found.newcomers:
        tag = " [support]" if draft.needs.any else ""
        lines.append(f"    {draft.name}（{draft.kana}） new{tag}")
    return lines


def play(
    kiosk: Kiosk,
    ctx: Context,
    ask: Callable[[str], str],
    say: Callable[[str], None],
    pipeline: Pipeline | None = None,
) -> list[Step]:
    """Play the demo camera's codes through the desk's steps.

    Args:
        kiosk: the kiosk whose verbs are called.
        ctx: acting as whoever runs the demo.
        ask: shows a question, returns the answer ("" confirms, "s" skips, "q" stops).
        say: prints a line.
        pipeline: the decoder (a new one by default).

    Returns:
        One :class:`Step` per code shown.
    """
    pipeline = pipeline or Pipeline()
    shelter = kiosk.shelter(ctx)
    codes = demo_codes(ctx.now(), kiosk.signing_key(ctx), shelter.id)
    steps: list[Step] = []
    for number, code in enumerate(codes, 1):
        frame = frame_with_code(code, seed=number)
        started = time.perf_counter()
        texts = pipeline.decode(frame)
        took = (time.perf_counter() - started) * 1000
        kind = "code"
        if code not in texts:
            say(f"[{number}/{len(codes)}] the camera frame could not be read ({took:.0f} ms)")
            steps.append(Step(kind, False, took, 0, "unread"))
            continue
        try:
            found = kiosk.identify(ctx, code)
        except KioskError as error:
            say(f"[{number}/{len(codes)}] refused: {error.code}")
            steps.append(Step(kind, True, took, 0, "refused"))
            continue
        kind = found.kind
        header = {"app": "citizen-app code", "mynumber": "My Number card", "slip": "kiosk slip"}
        title = header.get(kind, kind)
        if found.mynumber is not None:
            title += f" {found.mynumber.masked}"
        say(f"[{number}/{len(codes)}] {title} — read from a 1280×720 frame in {took:.0f} ms")
        for line in _describe(found, ctx.today()):
            say(line)
        if found.needs_registration:
            say("    not registered here: at the desk, the walk-in card opens for it (F3)")
            steps.append(Step(kind, True, took, 0, "needs-card"))
            continue
        waiting = [p for p in found.known if p.state != "in"]
        if not waiting and not found.newcomers:
            say("    already checked in: nothing to do")
            steps.append(Step(kind, True, took, 0, "already-in"))
            continue
        count = len(waiting) + len(found.newcomers)
        answer = ask(f"    check in {count}? [Enter = yes, s = skip, q = stop] ").strip().lower()
        if answer == QUIT:
            steps.append(Step(kind, True, took, 0, "skipped"))
            break
        if answer == SKIP:
            steps.append(Step(kind, True, took, 0, "skipped"))
            continue
        try:
            admitted = kiosk.admit(ctx, found, [p.id for p in waiting], None, via="demo").value
        except KioskError as error:
            say(f"    refused: {error.code}")
            steps.append(Step(kind, True, took, 0, "refused"))
            continue
        level = admitted.stay.crowding
        say(f"    checked in {len(admitted.person_ids)} — inside {level.present}/{level.capacity}")
        steps.append(Step(kind, True, took, len(admitted.person_ids), "checked-in"))
    figures = kiosk.status(ctx)
    say(
        f"Status: inside {figures.present}/{figures.capacity} ({figures.crowding}), "
        f"vehicle {figures.vehicle}, home {figures.home}, needing care {figures.care_needed}"
    )
    return steps
