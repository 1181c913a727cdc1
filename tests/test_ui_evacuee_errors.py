"""Why a code was refused, in the evacuee's language: the errors self check-in shows an
evacuee (kiosk.basics.evacuee_errors) are in every evacuee catalogue, under their own context, and
the "ask staff" page says them in Korean or やさしい日本語, while staff screens keep the staff
catalogue's wording of the same error."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.basics.catalogues import translate_to
from kiosk.basics.errors import StoreFull
from kiosk.basics.evacuee_errors import evacuee_error_templates, is_evacuee_error
from kiosk.basics.languages import EVACUEE_ERROR_CONTEXT, STAFF_LANGUAGES, language_codes
from kiosk.core import Kiosk
from kiosk.identity.errors import ForeignSlip
from kiosk.identity.slip import issue_slip
from kiosk.operations.shelter import signing_key
from tests.ui_window import trust_demo_keys
from ui.actions import KioskActions
from ui.i18n import Languages, current_language, tr_error, tr_evacuee_error
from ui.screens.self_checkin import PROBLEM, SelfCheckinScreen

REPO = Path(__file__).resolve().parent.parent
EVACUEE_ONLY = [code for code in language_codes() if code not in STAFF_LANGUAGES]
FOREIGN = "other-shelter"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def _evacuee_error_sources(ts: Path) -> list[str]:
    for context in ET.parse(ts).getroot().findall("context"):
        if context.findtext("name") == EVACUEE_ERROR_CONTEXT:
            return [m.findtext("source") or "" for m in context.findall("message")]
    return []


@pytest.mark.parametrize("language", EVACUEE_ONLY)
def test_each_evacuee_catalogue_translates_exactly_the_declared_errors(language: str) -> None:
    ts = REPO / "assets" / "translations" / f"kiosk_{language}.ts"
    sources = _evacuee_error_sources(ts)
    untranslated = [
        text for text in sources if translate_to(language, EVACUEE_ERROR_CONTEXT, text) == text
    ]
    assert (sorted(sources), untranslated) == (sorted(evacuee_error_templates()), [])


def test_staff_catalogues_hold_no_evacuee_error_context() -> None:
    found = {
        language: _evacuee_error_sources(REPO / "assets" / "translations" / f"kiosk_{language}.ts")
        for language in STAFF_LANGUAGES
    }
    assert found == {language: [] for language in STAFF_LANGUAGES}


def test_the_check_lists_an_evacuee_error_left_untranslated(tmp_path: Path) -> None:
    """Remove one Korean translation: the merge the check runs brings it back unfinished."""
    script = _script()
    copy = tmp_path / "kiosk_ko.ts"
    shutil.copy(REPO / "assets" / "translations" / "kiosk_ko.ts", copy)
    tree = ET.parse(copy)
    gone = ForeignSlip.template
    for context in tree.getroot().findall("context"):
        if context.findtext("name") == EVACUEE_ERROR_CONTEXT:
            for message in context.findall("message"):
                if message.findtext("source") == gone:
                    context.remove(message)
    tree.write(copy, encoding="utf-8")
    files = script.sources(tmp_path)
    script.extract(copy, "ko", script.sources_for("ko", tmp_path, files))
    script.keep_evacuee_contexts(copy)
    assert script.unfinished(copy) == [f"{EVACUEE_ERROR_CONTEXT} | {gone}"]


def test_only_listed_error_classes_count_as_evacuee_errors() -> None:
    class Unlisted(ForeignSlip):
        """A subclass may say something else: it stays in the staff wording."""

    found = [is_evacuee_error(e) for e in (ForeignSlip(shelter="x"), StoreFull(), Unlisted())]
    assert found == [True, False, False]


@pytest.fixture
def screen(qtbot, kiosk: Kiosk, workers, languages: Languages) -> Iterator[SelfCheckinScreen]:  # type: ignore[no-untyped-def]
    """Self check-in of a Japanese shelter, with the staff wording the window passes."""
    trust_demo_keys(kiosk)
    languages.switch("ja")
    page = SelfCheckinScreen(
        KioskActions(kiosk, workers), translate_error=tr_error, home_language="ja"
    )
    page.language_requested.connect(languages.switch)
    page.resize(1024, 768)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.language_requested.disconnect(languages.switch)


def _foreign_slip(kiosk: Kiosk) -> str:
    return issue_slip(signing_key(kiosk.store), FOREIGN)[1]


def _refused(qtbot, page: SelfCheckinScreen, language: str, text: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    if language != current_language():
        page.lang_more.click()
        dict(page.language_page.buttons)[language].click()
        qtbot.waitUntil(lambda: current_language() == language, timeout=2000)
    page.on_code(text)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == PROBLEM, timeout=5000)
    return page.problem_title.text(), page.problem_detail.text()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ko",
            (
                "접수처 직원에게 문의하세요.",
                f"이 접수표는 다른 피난소({FOREIGN})에서 발급되었습니다. 직원에게 문의하세요.",
            ),
        ),
        (
            "ja-x-easy",
            (
                "受付（うけつけ）の スタッフに きいてください。",
                f"この かみは ほかの ひなんじょ（{FOREIGN}）の かみです。"
                "スタッフに きいてください。",
            ),
        ),
        (
            "ja",
            (
                "受付の職員にお声がけください。",
                f"この受付票は別の避難所（{FOREIGN}）で発行されたものです。職員にお声がけください。",
            ),
        ),
    ],
)
def test_a_refused_slip_says_why_in_the_evacuees_language(
    qtbot, screen: SelfCheckinScreen, kiosk: Kiosk, language: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert _refused(qtbot, screen, language, _foreign_slip(kiosk)) == expected


def test_a_staff_screen_keeps_the_staff_wording_over_an_evacuee_language(
    qtbot, screen: SelfCheckinScreen, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    """Over a Korean self check-in (Korean on top of English) the same error reads in
    English in a staff dialog, in Korean on the evacuee's page; over やさしい日本語 (on top
    of Japanese) in standard Japanese for staff."""
    error = ForeignSlip(shelter=FOREIGN)
    seen = {}
    for language in ("ko", "ja-x-easy"):
        _, detail = _refused(qtbot, screen, language, _foreign_slip(kiosk))
        seen[language] = (tr_error(error), detail == tr_evacuee_error(error))
        screen.reset()
    assert seen == {
        "ko": (error.message, True),
        "ja-x-easy": (
            f"この受付票は別の避難所（{FOREIGN}）で発行されたものです。職員にお声がけください。",
            True,
        ),
    }
