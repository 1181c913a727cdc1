"""Write the kiosk's two feedback tones into ``assets/sounds`` with Python's ``wave`` module.

success.wav: two short rising notes (E6 then A6), bright and quick. failure.wav: two longer
falling notes (A4 then E4), lower and clearly different, so staff can tell them apart without
looking. 22.05 kHz mono 16-bit with soft attack and release (no clicks). The files are
committed; run this again only to change the tones (the output is byte-for-byte repeatable).

example:
  .venv/bin/python scripts/make_sounds.py
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
import wave
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RATE = 22050
#: name -> ((frequency Hz, seconds), ...), played one after the other with a short gap.
TONES: dict[str, tuple[tuple[float, float], ...]] = {
    "success": ((1318.5, 0.11), (1760.0, 0.16)),
    "failure": ((440.0, 0.22), (329.6, 0.30)),
}
GAP_SECONDS = 0.03
VOLUME = 0.5
RAMP_SECONDS = 0.008


def samples(notes: tuple[tuple[float, float], ...]) -> list[int]:
    """16-bit samples of ``notes``: sine plus a little third harmonic, with fades."""
    out: list[int] = []
    ramp = int(RAMP_SECONDS * RATE)
    for frequency, seconds in notes:
        count = int(seconds * RATE)
        for i in range(count):
            envelope = min(1.0, i / ramp, (count - 1 - i) / ramp)
            phase = 2 * math.pi * frequency * i / RATE
            value = math.sin(phase) + 0.2 * math.sin(3 * phase)
            out.append(round(32767 * VOLUME * envelope * value / 1.2))
        out.extend([0] * int(GAP_SECONDS * RATE))
    return out


def write_tone(path: Path, notes: tuple[tuple[float, float], ...]) -> None:
    data = samples(notes)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(data)}h", *data))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write the feedback tones (success.wav, failure.wav).",
        epilog="example:\n  .venv/bin/python scripts/make_sounds.py --out assets/sounds",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, default=REPO / "assets" / "sounds")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, notes in TONES.items():
        write_tone(args.out / f"{name}.wav", notes)
        print(f"wrote {args.out / name}.wav")
    return 0


if __name__ == "__main__":
    sys.exit(main())
