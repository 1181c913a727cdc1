"""Child process of the replay kill test: replays the outbox to the peer until killed."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.core import Kiosk
from sync.adapters import make_adapter
from sync.auth import ClientCredentials
from sync.replay import Replayer


def main(home: str, passphrase: str, platform: str, url: str, issuer: str, secret: str) -> None:
    kiosk = Kiosk.open(Path(home), passphrase, actor="replay-kill-test")
    auth = ClientCredentials(issuer, "kiosk-test", secret)
    run = Replayer(kiosk.ctx, make_adapter(platform, url, auth), batch_size=5)
    print("ready", flush=True)
    run.run()
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:7])
