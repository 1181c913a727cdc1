"""Self check-in: what an evacuee sees at the kiosk when no staff is at the keyboard.

Full screen, big type, in the evacuee's language (日本語 and English one press away, every
other language of :mod:`kiosk.basics.languages` on the language page, each written in its own
language), and only one way forward: show a code to the camera. A person whose card names a
language sees the confirmation in it; a language the evacuee chose here is written on their
card with the check-in, so the next scan opens in it.
The screen shows only names the code itself carries to confirm
(:func:`kiosk.reception.arrival.only_the_code_holder`: a My Number card or a slip shows its own
person, never the household) — no search, no list, nothing behind it — and returns to the welcome
page after a short idle. Anything that goes wrong says "please ask staff" in plain words. "Call
staff" is always one press away and gives one instruction: wait here. Leaving the mode needs a
staff PIN: the small "Staff" button or Esc emits ``exit_requested`` and the window asks.
After a check-in, the done page offers the life survey
(:class:`~ui.screens.survey.SurveyWidget`) for the people just checked in, and nobody else
(it first asks the birth date of one whose card has none; it may be skipped);
finished, stopped or left idle, it returns to the welcome page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.basics.errors import KioskError
from kiosk.basics.languages import CARD_DEFAULT, EVACUEE_LANGUAGES, evacuee_language
from kiosk.operations.survey import Respondent
from kiosk.reception.arrival import Admitted, Arrival
from ui.actions import KioskActions
from ui.card_taps import CardTaps
from ui.i18n import current_language, tr_evacuee_error
from ui.screens.survey import SurveyWidget
from ui.theme import rescale, set_points
from ui.widgets.flow_layout import FlowLayout, FlowScrollArea
from ui.widgets.language_page import LanguagePage

__all__ = ["SelfCheckinScreen"]

WELCOME, CONFIRM, DONE, PROBLEM, SURVEY, LANGUAGE = range(6)
#: The languages with a button of their own in the top bar; the others are on the page the
#: "more languages" button opens (its label is the other languages' own names).
QUICK_LANGUAGES = ("ja", "en")
MORE_LANGUAGES = "やさしい にほんご · 中文\n한국어 · Tiếng Việt · …"
#: How long the thanks after a survey stays before the welcome page comes back.
THANKS_MS = 4000


def _big(text: str = "", size: int = 28, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    set_points(label, size, bold)
    return label


def _button(text: str, size: int = 26) -> QPushButton:
    button = QPushButton(text)
    set_points(button, size, bold=True)
    button.setMinimumHeight(90)
    return button


class SelfCheckinScreen(QWidget):
    """The evacuee-facing flow: welcome → confirm own household → done (or ask staff)."""

    language_requested = Signal(str)
    exit_requested = Signal()
    staff_called = Signal()
    admitted = Signal(object)

    def __init__(
        self,
        actions: KioskActions,
        idle_seconds: int = 30,
        camera_view: QWidget | None = None,
        translate_error: Callable[[KioskError], str] | None = None,
        parent: QWidget | None = None,
        home_language: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selfCheckin")
        self._actions = actions
        self._arrival: Arrival | None = None
        self._busy = False
        # IC cards on the reader (ui.card_taps): only the holder; no last try without staff.
        self._card_taps = CardTaps(
            self, actions, self._show_arrival, self._show_problem, self_service=True
        )
        self._translate_error = translate_error or (lambda err: err.message)
        self._idle_ms = idle_seconds * 1000
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self._went_idle)
        #: The shelter's language: the welcome page goes back to it when idle, so the next
        #: person is not greeted in the language the last one chose.
        self._home_language = home_language
        self._switched = False
        #: The language the evacuee pressed during this visit (written on their card with
        #: the check-in); empty when they pressed none.
        self._chosen_language = ""
        self._before_language_page = WELCOME
        self._member_boxes: list[tuple[QCheckBox, str | None, int | None]] = []
        #: Who was just checked in: the only people the survey may be answered for.
        self._checked_in: tuple[str, ...] = ()
        # What the result pages say, kept as states (not texts) so that a switch of language
        # on those pages redraws them in the new language.
        self._support = False  # the confirm page says staff will come to help
        self._already: list[tuple[QCheckBox, str]] = []  # boxes of people already inside
        self._done_state = ""  # "in", "crowded" (go inside, staff show where) or "thanks"
        self._problem_state = ""  # "unregistered", "called" (Call staff) or "error"
        self._problem_error: KioskError | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page(camera_view))
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._done_page())
        self.pages.addWidget(self._problem_page())
        self.survey = SurveyWidget(actions, self._translate_error)
        self.survey.finished.connect(self._survey_finished)
        self.pages.addWidget(self.survey)
        self.language_page = LanguagePage()
        self.language_page.chosen.connect(self._language_chosen)
        self.language_page.back.connect(self._close_language_page)
        self.pages.addWidget(self.language_page)

        top = QHBoxLayout()
        self.lang_ja = QPushButton("日本語")
        self.lang_en = QPushButton("English")
        for button, code in ((self.lang_ja, "ja"), (self.lang_en, "en")):
            button.setMinimumHeight(56)
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            top.addWidget(button)
        # Not translated: the other languages' own names say what the button opens (on two
        # lines: the top bar must fit 1024 pixels at large type).
        others = [lang.name for lang in EVACUEE_LANGUAGES if lang.code not in QUICK_LANGUAGES]
        self.lang_more = QPushButton(MORE_LANGUAGES)
        self.lang_more.setObjectName("moreLanguages")
        self.lang_more.setMinimumHeight(56)
        self.lang_more.setAccessibleName(" · ".join(others))
        self.lang_more.clicked.connect(self._open_language_page)
        top.addWidget(self.lang_more)
        top.addStretch(1)
        # For staff only, so small and plain; the PIN it asks for is the lock.
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("staffButton")
        self.staff_button.setMinimumHeight(56)
        self.staff_button.clicked.connect(self.exit_requested.emit)
        top.addWidget(self.staff_button)
        top.addSpacing(24)  # apart from "Call staff", which evacuees are meant to press
        self.call_staff = _button("", 22)
        self.call_staff.setObjectName("callStaff")
        self.call_staff.clicked.connect(self._call_staff)
        top.addWidget(self.call_staff)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    # --- pages ---------------------------------------------------------------------------

    def _welcome_page(self, camera_view: QWidget | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.welcome_title = _big(size=40, bold=True)
        self.welcome_hint = _big(size=26)
        layout.addWidget(self.welcome_title)
        layout.addWidget(self.welcome_hint)
        if camera_view is not None:
            layout.addWidget(camera_view, 1)
        else:
            layout.addStretch(1)
        self.welcome_nocode = _big(size=22)
        layout.addWidget(self.welcome_nocode)
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.confirm_title = _big(size=34, bold=True)
        # A household of six in large type is taller than 768 pixels: the names scroll
        # (vertically only), the buttons stay in view.
        members = QWidget()
        self.members_box = QVBoxLayout(members)
        self.members_box.setContentsMargins(0, 0, 0, 0)
        self.members_box.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.members_scroll = FlowScrollArea()
        self.members_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.members_scroll.setWidget(members)
        self.support_tag = _big(size=24, bold=True)
        self.support_tag.setObjectName("supportTag")
        buttons = FlowLayout(spacing=8)  # one above the other in large type at 1024 pixels
        self.confirm_button = _button("", 30)
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self._confirm)
        self.not_me_button = _button("", 24)
        self.not_me_button.clicked.connect(self.reset)
        buttons.add(self.not_me_button, 1)
        buttons.add(self.confirm_button, 2)
        layout.addWidget(self.confirm_title)
        layout.addWidget(self.members_scroll)
        layout.addWidget(self.support_tag)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_title = _big(size=40, bold=True)
        self.done_detail = _big(size=26)
        self.survey_button = _button("", 26)
        self.survey_button.setObjectName("surveyButton")
        self.survey_button.clicked.connect(self._start_survey)
        self.survey_button.hide()
        layout.addStretch(1)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_detail)
        layout.addStretch(1)
        layout.addWidget(self.survey_button)
        return page

    def _problem_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.problem_title = _big(size=34, bold=True)
        self.problem_detail = _big(size=24)
        self.problem_back = _button("", 24)
        self.problem_back.clicked.connect(self.reset)
        layout.addStretch(1)
        layout.addWidget(self.problem_title)
        layout.addWidget(self.problem_detail)
        layout.addStretch(1)
        layout.addWidget(self.problem_back)
        return page

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.welcome_title.setText(self.tr("Welcome. Please check in here."))
        self.welcome_hint.setText(
            self.tr(
                "Hold the QR code of the disaster app or of your My Number card up to the camera."
            )
        )
        self.welcome_nocode.setText(self.tr("No code? Press “Call staff”. We will help you."))
        self.call_staff.setText(self.tr("Call staff"))
        self.call_staff.setAccessibleName(self.tr("Call staff"))
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff: leave self check-in (PIN)"))
        self.not_me_button.setText(self.tr("This is not me"))
        self.problem_back.setText(self.tr("Back to the start"))
        self.survey_button.setText(self.tr("Answer a short survey"))
        self.survey_button.setAccessibleName(self.tr("Answer a short survey"))
        self._update_confirm_button()
        self._update_confirm_title()
        self._show_states()

    def _show_states(self) -> None:
        """The texts that depend on what happened (support, done, problem) in this language."""
        for box, name in self._already:
            box.setText(self.tr("{name} (already checked in)").format(name=name))
        self.support_tag.setText(self.tr("Staff will come to help you.") if self._support else "")
        self.support_tag.setVisible(self._support)
        self.done_title.setText(
            self.tr("Thank you for your answers.")
            if self._done_state == "thanks"
            else self.tr("Thank you. You are checked in.")
        )
        self.done_detail.setText(
            {
                "in": self.tr("Please go inside."),
                "crowded": self.tr(
                    "Please go inside. The shelter is crowded: staff will show you where to go."
                ),
            }.get(self._done_state, "")
        )
        self.problem_title.setText(
            self.tr("Staff are on their way. Please wait here.")
            if self._problem_state == "called"
            else self.tr("Please ask the staff at the desk.")
        )
        detail = ""
        if self._problem_state == "unregistered":
            detail = self.tr(
                "This card is not registered yet. Staff will fill in your evacuee card."
            )
        elif self._problem_state == "error" and self._problem_error is not None:
            # In the evacuee's language (kiosk.basics.evacuee_errors); Japanese and English, and
            # errors about the kiosk itself, in the staff wording.
            detail = tr_evacuee_error(self._problem_error, self._translate_error)
        self.problem_detail.setText(detail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            rescale(self)  # the large-type setting changed while the screen exists
        return super().event(event)

    # --- flow ----------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the welcome page; nothing of the last person stays on screen."""
        self._idle.stop()
        self._arrival = None
        self._busy = False
        self._checked_in = ()
        self.survey_button.hide()
        self.survey.clear()
        self._clear_members()
        self._support = False
        self._done_state = self._problem_state = ""
        self._problem_error = None
        self._chosen_language = ""
        self._show_states()
        self.pages.setCurrentIndex(WELCOME)
        if self._switched:  # the welcome page goes back to the shelter's language when idle
            self._idle.start(self._idle_ms)

    def on_code(self, text: str) -> None:
        """A code the camera accepted. Ignored while a person is being confirmed."""
        if self._busy or self.pages.currentIndex() in (CONFIRM, SURVEY, LANGUAGE):
            return
        self._busy = True
        self._actions.identify_self(text, self._show_arrival, self._show_problem)

    def on_card(self, reader: str) -> None:
        """A card put on the reader (ui.card_taps), read like a scanned code: only the card's
        own person; a last PIN try is never allowed here (the holder is sent to staff)."""
        if self._busy or self.pages.currentIndex() in (CONFIRM, SURVEY):
            return
        self._card_taps.read(reader)

    def _show_arrival(self, found: Arrival) -> None:
        self._busy = False
        if found.needs_registration:
            self._problem("unregistered")
            return
        self._arrival = found
        self._open_in_card_language(found)
        self._clear_members()
        for person in found.known:
            already = person.state == "in"
            box = self._member_box(person.name, not already)
            if already:
                self._already.append((box, person.name))
            self._member_boxes.append((box, person.id, None))
        for index, draft in enumerate(found.newcomers):
            self._member_boxes.append((self._member_box(draft.name, True), None, index))
        self._support = found.support_needed
        self._show_states()
        self._update_confirm_button()
        self._update_confirm_title()
        self.pages.setCurrentIndex(CONFIRM)
        self.confirm_button.setFocus()
        self._idle.start(self._idle_ms)

    def _member_box(self, name: str, checked: bool) -> QCheckBox:
        box = QCheckBox(name)
        set_points(box, 30)
        box.setChecked(checked)
        box.setAccessibleName(name)
        box.toggled.connect(self._update_confirm_button)
        self.members_box.addWidget(box)
        return box

    def _clear_members(self) -> None:
        for box, _, _ in self._member_boxes:
            box.setParent(None)
            box.deleteLater()
        self._member_boxes.clear()
        self._already.clear()

    def _update_confirm_title(self) -> None:
        self.confirm_title.setText(
            self.tr("Is this you?")
            if len(self._member_boxes) <= 1
            else self.tr("Is this you and your household?")
        )

    def _chosen(self) -> tuple[list[str], list[int]]:
        known = [pid for box, pid, _ in self._member_boxes if pid and box.isChecked()]
        new = [i for box, _, i in self._member_boxes if i is not None and box.isChecked()]
        return known, new

    def _update_confirm_button(self) -> None:
        count = sum(len(part) for part in self._chosen())
        self.confirm_button.setText(self.tr("Yes, check in (%n people)", "", count))
        self.confirm_button.setEnabled(count > 0)

    def _confirm(self) -> None:
        if self._arrival is None or self._busy:
            return
        known, new = self._chosen()
        self._busy = True
        self._actions.admit(
            self._arrival,
            known,
            new,
            self._done,
            self._show_problem,
            via="self",
            language=self._chosen_language or None,
        )

    def _done(self, admitted: Admitted) -> None:
        self._busy = False
        self._arrival = None
        self._clear_members()
        crowded = admitted.stay.crowding.level in ("high", "full")
        self._done_state = "crowded" if crowded else "in"
        self._show_states()
        self._checked_in = admitted.person_ids
        self.survey_button.setVisible(bool(admitted.person_ids))
        self.pages.setCurrentIndex(DONE)
        self._idle.start(8000)
        self.admitted.emit(admitted)

    def _start_survey(self) -> None:
        """The survey for the people just checked in (their names only, to say who answers)."""
        if not self._checked_in or self._busy:
            return
        self._busy = True
        self._idle.start(self._idle_ms)
        # Their names, and whose card lacks a birth date (the survey asks it first).
        self._actions.survey_respondents(self._checked_in, self._show_survey, self._show_problem)

    def _show_survey(self, respondents: tuple[Respondent, ...]) -> None:
        self._busy = False
        if self.pages.currentIndex() != DONE:  # gone idle meanwhile: nothing to show
            return
        self.survey.start(respondents)
        self.pages.setCurrentIndex(SURVEY)
        self.survey.focus_first()
        self._idle.start(self._idle_ms)

    def _survey_finished(self, response: object) -> None:
        if response is None:
            self.reset()
            return
        self._checked_in = ()
        self.survey_button.hide()
        self._done_state = "thanks"
        self._show_states()
        self.pages.setCurrentIndex(DONE)
        self._idle.start(THANKS_MS)

    def _show_problem(self, error: BaseException) -> None:
        self._busy = False
        self._problem("error", error if isinstance(error, KioskError) else None)

    def _problem(self, state: str, error: KioskError | None = None) -> None:
        """The problem page: ``state`` is "unregistered", "called" or "error" (with the core's
        error, said in the evacuee's language; any other failure says only "ask staff")."""
        self._arrival = None
        self._clear_members()
        self._problem_state, self._problem_error = state, error
        self._show_states()
        self.pages.setCurrentIndex(PROBLEM)
        self._idle.start(15000)

    def _call_staff(self) -> None:
        self.staff_called.emit()
        # One instruction: staff come here (not "go to the desk" as well).
        self._problem("called")

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Staff left self check-in: the window goes back to the shelter's language at once
        (not after the idle time), and nothing of the last evacuee stays."""
        if self._switched:
            self._went_idle()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Esc (not taken by a control) asks for a staff PIN, like the Staff button."""
        if event.key() == Qt.Key.Key_Escape:
            self.exit_requested.emit()
            return
        super().keyPressEvent(event)

    def _choose_language(self, code: str) -> None:
        self._switched = code != self._home_language
        self._chosen_language = code
        self.language_requested.emit(code)
        if self.pages.currentIndex() == WELCOME and self._switched:
            self._idle.start(self._idle_ms)

    def _open_language_page(self) -> None:
        if self.pages.currentIndex() != LANGUAGE:
            self._before_language_page = self.pages.currentIndex()
        self.language_page.select(current_language())
        self.pages.setCurrentIndex(LANGUAGE)
        self._idle.start(self._idle_ms)

    def _close_language_page(self) -> None:
        self.pages.setCurrentIndex(self._before_language_page)
        if self._before_language_page != WELCOME or self._switched:
            self._idle.start(self._idle_ms)

    def _language_chosen(self, code: str) -> None:
        self._choose_language(code)
        self._close_language_page()

    def _open_in_card_language(self, found: Arrival) -> None:
        """Show the confirmation in the language on the code holder's card, unless the
        evacuee chose one here (their choice wins, and is saved with the check-in)."""
        if self._chosen_language:
            return
        stored = [p.language for p in found.known] + [d.language for d in found.newcomers]
        language = evacuee_language(stored[0]) if stored else None
        # Every card says Japanese until someone chose otherwise: that says nothing.
        if language is None or language.code in (CARD_DEFAULT, current_language()):
            return
        self._switched = language.code != self._home_language
        self.language_requested.emit(language.code)

    def _went_idle(self) -> None:
        """Nobody touched the kiosk: back to the welcome page in the shelter's language."""
        switched, self._switched = self._switched, False
        self.reset()
        if switched and self._home_language:
            self.language_requested.emit(self._home_language)

    def user_activity(self) -> None:
        """Any touch or key restarts the idle countdown of a confirmation page."""
        if self.pages.currentIndex() != WELCOME or self._switched:
            self._idle.start(self._idle_ms)
