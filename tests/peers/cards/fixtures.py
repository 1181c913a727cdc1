"""pytest fixtures of the PC/SC stack: ``pcsc_stack`` (session) runs pcscd with the virtual
reader for the whole run and stops it at the end; ``virtual_card`` (per test) makes emulated
cards on it and takes each off the reader after the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.peers.cards.stack import PcscStack, VirtualCard


@pytest.fixture(scope="session")
def pcsc_stack() -> Iterator[PcscStack]:
    with PcscStack() as stack:
        yield stack


@pytest.fixture
def virtual_card(pcsc_stack: PcscStack) -> Iterator[Callable[[Any], VirtualCard]]:
    made: list[VirtualCard] = []

    def make(card_os: Any) -> VirtualCard:
        card = pcsc_stack.card(card_os)
        made.append(card)
        return card

    yield make
    for card in made:
        card.remove()
