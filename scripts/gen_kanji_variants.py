"""Generate ``kiosk/registry/kanji_variants.py``, the variant-kanji (異体字) folds of name search.

Sources (both named in the generated file):

* **ja-itaiji** 1.0.2 (PyPI, MIT, github.com/RjChiba/ja_itaiji): ``data/term/ja-itaiji.json``,
  16,660 characters, each with its family of variant forms. Its families are wide (澤 lists 途,
  濱 lists 頻, 國 lists 囗) and not symmetric, so they are not used as they are.
* **Unihan** (Unicode 15.0, Debian ``unicode-data``:
  ``/usr/share/unicode/Unihan_Readings.txt.bz2``): the Japanese on and kun readings
  (kJapaneseOn, kJapaneseKun) that filter the pairs.

Rules (a pair is two characters; a class is what the pairs join):

1. Both are CJK ideographs (ja-itaiji also lists kana such as ヶ) and list each other in
   ja-itaiji (mutual).
2. Both have Japanese readings in Unihan and are read alike: they share a kun reading when both
   have kun readings, else an on reading (髙/高 たかい; 澤/途 share none and stay apart).
3. A character without Japanese readings (simplified Chinese forms, compatibility ideographs)
   joins a class only when all its mutual partners with readings are in that one class; it never
   bridges two classes.
4. :data:`NAME_MERGES`: the few families that name registers treat as one though the sources keep
   them apart, each with its reason.
5. Each class folds to one representative: a JIS X 0208 level-1 kanji if it has one (the form a
   keyboard gives), else level 2, else any; the lowest code point among equals.

Example::

    pip download ja-itaiji==1.0.2 --no-deps -d /tmp/itaiji && unzip /tmp/itaiji/*.whl -d /tmp/itaiji
    apt-get download unicode-data && dpkg -x unicode-data_*.deb /tmp/ud
    .venv/bin/python scripts/gen_kanji_variants.py \\
        --itaiji /tmp/itaiji/ja_itaiji/data/term/ja-itaiji.json \\
        --unihan /tmp/ud/usr/share/unicode/Unihan_Readings.txt.bz2
"""

from __future__ import annotations

import argparse
import bz2
import hashlib
import json
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "kiosk" / "registry" / "kanji_variants.py"

#: Families the sources keep apart that Japanese family names use interchangeably.
NAME_MERGES: tuple[tuple[str, str, str], ...] = (
    ("斎", "斉", "斎藤/斉藤/齋藤/齊藤 are one family name written four ways"),
    ("繪", "絵", "繪 is the old form of 絵 (Jōyō kanji table); ja-itaiji lists no family for 繪"),
)
PAIRS_PER_LINE = 20


def _readings(path: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    on: dict[str, set[str]] = {}
    kun: dict[str, set[str]] = {}
    with bz2.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] not in ("kJapaneseOn", "kJapaneseKun"):
                continue
            table = on if parts[1] == "kJapaneseOn" else kun
            table.setdefault(chr(int(parts[0][2:], 16)), set()).update(parts[2].split())
    return on, kun


def _ideograph(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("CJK ")


def _jis_level(ch: str) -> int:
    try:
        encoded = ch.encode("euc_jp")
    except UnicodeEncodeError:
        return 3
    if len(encoded) != 2:
        return 3
    return 1 if 0xB0 <= encoded[0] <= 0xCF else 2


def classes(itaiji: dict[str, list[str]], on: dict, kun: dict) -> list[set[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb

    def mutual(a: str, b: str) -> bool:
        return (
            a != b
            and _ideograph(a)
            and _ideograph(b)
            and a in itaiji.get(b, ())
            and b in itaiji.get(a, ())
        )

    def read(c: str) -> bool:
        return c in on or c in kun

    def alike(a: str, b: str) -> bool:
        if kun.get(a) and kun.get(b):
            return bool(kun[a] & kun[b])
        return bool(on.get(a, set()) & on.get(b, set()))

    for a, family in sorted(itaiji.items()):
        for b in family:
            if mutual(a, b) and read(a) and read(b) and alike(a, b):
                union(a, b)
    for a, family in sorted(itaiji.items()):
        if read(a):
            continue
        joined = {find(b) for b in family if mutual(a, b) and read(b)}
        if len(joined) == 1:
            union(a, joined.pop())
    for a, b, _why in NAME_MERGES:
        union(a, b)
    members: dict[str, set[str]] = {}
    for c in set(parent) | set(parent.values()):
        members.setdefault(find(c), set()).add(c)
    return [m for m in members.values() if len(m) > 1]


def folds(groups: list[set[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for group in groups:
        rep = min(group, key=lambda c: (_jis_level(c), ord(c)))
        table.update({c: rep for c in group if c != rep})
    return dict(sorted(table.items()))


def render(table: dict[str, str], itaiji_sha: str, unihan_sha: str) -> str:
    flat = "".join(a + b for a, b in table.items())
    step = 2 * PAIRS_PER_LINE
    lines = [f'    "{flat[i : i + step]}"' for i in range(0, len(flat), step)]
    version = hashlib.sha256(flat.encode()).hexdigest()[:16]
    return (
        '"""Variant kanji (異体字) folds for name search: GENERATED by\n'
        "scripts/gen_kanji_variants.py — do not edit; change the generator and rerun it.\n\n"
        "Sources: ja-itaiji 1.0.2 (PyPI, MIT; data/term/ja-itaiji.json sha256 "
        f"{itaiji_sha[:16]}…),\nfiltered by the Japanese readings of Unihan 15.0 "
        f"(Unihan_Readings.txt.bz2 sha256 {unihan_sha[:16]}…;\nUnicode terms of use). "
        f"{len(table)} characters fold to a representative.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        '__all__ = ["FOLDS", "VERSION"]\n\n'
        "#: Changes whenever the table does: stored search keys made with another table are\n"
        "#: made again (kiosk.registry.search.refresh_name_keys).\n"
        f'VERSION = "{version}"\n\n'
        "#: Pairs of characters, variant then representative, concatenated.\n"
        "FOLDS = (\n" + "\n".join(lines) + "\n)\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--itaiji", type=Path, required=True, help="ja-itaiji.json")
    parser.add_argument(
        "--unihan",
        type=Path,
        default=Path("/usr/share/unicode/Unihan_Readings.txt.bz2"),
        help="Unihan_Readings.txt.bz2 (Debian unicode-data)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    itaiji = json.loads(args.itaiji.read_text(encoding="utf-8"))
    on, kun = _readings(args.unihan)
    table = folds(classes(itaiji, on, kun))
    args.out.write_text(
        render(
            table,
            hashlib.sha256(args.itaiji.read_bytes()).hexdigest(),
            hashlib.sha256(args.unihan.read_bytes()).hexdigest(),
        ),
        encoding="utf-8",
    )
    print(f"{args.out.relative_to(REPO)}: {len(table)} folds")


if __name__ == "__main__":
    main()
