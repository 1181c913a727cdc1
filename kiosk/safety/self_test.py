"""`--self-test`: prove an installed kiosk works end to end without a screen or network.

Opens a throw-away encrypted store in a temp directory, decodes the bundled QR image (a demo
My Number code — valid check digit, nobody's real number) and a freshly issued demo citizen-app
code with the real decoder pipeline, registers and checks people in, lays out a blank evacuee
card PDF (the Japanese font and its subsetting), runs the store doctor, and removes
everything. Used by the PyInstaller build in CI and by support on site.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.city.trust_store import import_trust
from kiosk.core import Kiosk
from kiosk.demos.residents import DEMO_SHELTER
from kiosk.exports.blank_cards import blank_cards_pdf, new_slip_code
from kiosk.identity import dump_trust_list, render_png
from kiosk.identity.demo import demo_app_codes, demo_trust_list
from kiosk.reception.arrival import admit, identify
from kiosk.registry import people
from kiosk.registry.records import PersonDraft
from kiosk.safety import store_check

__all__ = ["SelfTestResult", "run_self_test", "assets_dir"]

SELFTEST_IMAGE = "selftest/mynumber-demo.png"


@dataclass(frozen=True)
class SelfTestResult:
    steps: tuple[str, ...]
    ok: bool
    failed_step: str = ""


def assets_dir() -> Path:
    """The assets folder, in a source checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"


def run_self_test() -> SelfTestResult:
    """Run every step; stop at the first failure and say which (no personal data involved)."""
    from kiosk.scan import decode_files  # the decoder pulls in OpenCV: import only when used

    steps: list[str] = []
    step = "start"
    try:
        with tempfile.TemporaryDirectory(prefix="kiosk-selftest-") as tmp:
            step = "create encrypted store"
            kiosk = Kiosk.create(Path(tmp) / "home", "self-test passphrase", DEMO_SHELTER)
            steps.append(step)
            with kiosk:
                step = "import trust list"
                import_trust(kiosk.ctx, dump_trust_list(demo_trust_list()))
                steps.append(step)
                step = "decode bundled QR image"
                texts = decode_files([assets_dir() / SELFTEST_IMAGE])[0].texts
                if "123456789018" not in texts:
                    raise RuntimeError("bundled image not decoded")
                steps.append(step)
                step = "register and check in by My Number"
                found = identify(kiosk.store, "123456789018", kiosk.ctx.now())
                token = found.mynumber.token if found.mynumber else None
                people.add_person(
                    kiosk.ctx, PersonDraft(name="見本 自己診断", mynumber_token=token)
                )
                admit(kiosk.ctx, identify(kiosk.store, "123456789018", kiosk.ctx.now()))
                steps.append(step)
                step = "decode and verify a citizen-app code"
                code = demo_app_codes(kiosk.ctx.now())[0].text
                image = Path(tmp) / "app.png"
                image.write_bytes(render_png(code, scale=4).data)
                decoded = decode_files([image])[0].texts
                if code not in decoded:
                    raise RuntimeError("app code not decoded")
                admitted = admit(kiosk.ctx, identify(kiosk.store, code, kiosk.ctx.now()))
                if len(admitted.stay.recorded) != 1:
                    raise RuntimeError("app code not checked in")
                steps.append(step)
                step = "blank card PDF with the Japanese font"
                pdf = blank_cards_pdf(DEMO_SHELTER, [new_slip_code(kiosk.ctx)], kiosk.ctx.now())
                if not pdf.startswith(b"%PDF"):
                    raise RuntimeError("no PDF")
                steps.append(step)
                step = "store doctor"
                if not store_check.examine(kiosk.store).ok:
                    raise RuntimeError("doctor found problems")
                steps.append(step)
    except Exception:  # noqa: BLE001 - the self-test reports which step failed, never data
        return SelfTestResult(tuple(steps), False, step)
    return SelfTestResult(tuple(steps), True)
