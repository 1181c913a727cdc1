"""The log file after a full session — registrations, scans, check-ins, a refused code, sync
with faults, an unexpected error — holds no name, reading, phone, My Number or token."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from kiosk.basics.logs import log_path, log_unexpected, setup_file_logging
from kiosk.core import Kiosk
from kiosk.identity.errors import CodeError
from kiosk.reception import checkin
from kiosk.reception.arrival import admit, identify
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.replay import Replayer
from tests.peers.cityos_peer import CityOsPeer
from tests.peers.fixtures import Provider

SECRETS = ["佐藤", "サトウ", "090-1234-5678", "09012345678", "123456789018"]


def test_a_full_session_leaves_no_personal_data_in_the_log(
    kiosk: Kiosk, cityos_peer: CityOsPeer, oidc_provider: Provider
) -> None:
    handler = setup_file_logging(kiosk.home, logging.DEBUG)
    try:
        person = people.add_person(
            kiosk.ctx,
            PersonDraft(
                name="佐藤 花子",
                kana="サトウ ハナコ",
                birth=date(1950, 4, 1),
                phone="090-1234-5678",
            ),
        )
        checkin.check_in(kiosk.ctx, [person.id])
        found = identify(kiosk.store, "123456789018", kiosk.ctx.now())
        people.add_person(
            kiosk.ctx, PersonDraft(name="佐藤 次郎", mynumber_token=found.mynumber.token)
        )
        admit(kiosk.ctx, identify(kiosk.store, "123456789018", kiosk.ctx.now()))
        with pytest.raises(CodeError):
            identify(kiosk.store, "KSA1:NOTACODE", kiosk.ctx.now())
        auth = ClientCredentials(
            oidc_provider.issuer, oidc_provider.client_id, oidc_provider.client_secret
        )
        cityos_peer.fail_next(503, times=2)
        run = Replayer(
            kiosk.ctx, make_adapter("ngsi-ld", cityos_peer.url, auth), 5, sleep=lambda s: None
        )
        run.run()
        token = auth.token()
        try:
            raise ValueError("佐藤 花子 090-1234-5678 123456789018")
        except ValueError as exc:
            log_unexpected(logging.getLogger("kiosk.session"), exc, "a test session")
    finally:
        handler.close()
        for name in ("kiosk", "sync", "ui"):
            logging.getLogger(name).removeHandler(handler)
    text = Path(log_path(kiosk.home)).read_text(encoding="utf-8")
    assert "unexpected ValueError" in text
    assert [s for s in [*SECRETS, token[:24], oidc_provider.client_secret] if s in text] == []
