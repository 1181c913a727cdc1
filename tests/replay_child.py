"""Child process of the replay kill test: replays the outbox to the peer until killed.

Started by ``tests.preloaded_children`` (``say`` writes to the parent's pipe), or by hand as
``python -m tests.replay_child HOME PASSPHRASE PLATFORM URL ISSUER SECRET`` (``say`` prints)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from kiosk.core import Kiosk
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.replay import Replayer


def _print(line: str) -> None:
    print(line, flush=True)


def run(
    home: str,
    passphrase: str,
    platform: str,
    url: str,
    issuer: str,
    secret: str,
    say: Callable[[str], None] = _print,
) -> None:
    kiosk = Kiosk.open(Path(home), passphrase, actor="replay-kill-test")
    auth = ClientCredentials(issuer, "kiosk-test", secret)
    replayer = Replayer(kiosk.ctx, make_adapter(platform, url, auth), batch_size=5)
    say("ready")
    replayer.run()
    say("done")


if __name__ == "__main__":
    home, passphrase, platform, url, issuer, secret = sys.argv[1:7]
    run(home, passphrase, platform, url, issuer, secret)
