"""The life survey (避難生活アンケート) on screen: its three parts, one part per page.

The questions are the core's (:data:`kiosk.operations.survey.PARTS`): this module only draws them
with big controls — a row of large buttons per question, a text box for free text — and collects
the answers. Every question may be left out and every part skipped; pressing a chosen answer
again takes it back. From the keyboard: Tab goes from question to question, the arrow keys
from answer to answer (each question's buttons are one group), Space chooses, Enter goes to
the next part.
The answers go to :func:`kiosk.operations.survey.submit` on the DB thread through
:meth:`KioskActions.submit_survey`, in the language the window shows (any evacuee language
of :mod:`kiosk.basics.languages`).

A respondent whose card has no birth date is first asked for it (:class:`BirthStep`: the
six-tap :class:`~ui.widgets.birth_date.BirthDateInput`, or the date typed in numbers), once,
with a worded button to skip it; a confirmed date is written on their card at once through
:meth:`KioskActions.add_birth_date` (:func:`kiosk.operations.survey.add_birth_date`), so it counts
even when the survey is stopped afterwards.

:class:`SurveyWidget` is used twice: on the self check-in screen after a check-in (for the
people just checked in, nobody else) and, inside :class:`SurveyDialog`, at the desk for the
person staff selected. ``finished`` carries the stored response, or ``None`` when nothing was
sent (stopped, or everything skipped).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.basics.errors import KioskError
from kiosk.operations.survey import (
    MAX_TEXT,
    PARTS,
    SURVEY_LANGUAGES,
    InvalidAnswer,
    Part,
    Question,
    Respondent,
)
from kiosk.registry.records import Person
from ui.actions import KioskActions
from ui.i18n import current_language, tr_error
from ui.ops import UnexpectedError
from ui.theme import set_points
from ui.widgets.banner import Banner
from ui.widgets.birth_date import BirthDateInput
from ui.widgets.flow_layout import FlowLayout

__all__ = ["SurveyWidget", "SurveyDialog", "QuestionBox", "BirthStep", "survey_language"]

SURVEY_CONTEXT = "Survey"
#: Answer buttons: large, the chosen one white on blue with a black frame (not colour alone:
#: the chosen button's text also gets a check mark).
ANSWER_STYLE = (
    'QPushButton[answer="true"] { font-size: 18pt; min-height: 60px; padding: 4px 14px; }'
    'QPushButton[answer="true"]:checked { background: #10457a; color: #ffffff;'
    " font-weight: bold; border: 3px solid #000000; }"
    'QPushButton[answer="true"]:focus { border: 3px solid #000000; }'
)
CHECK = "✔ "
_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


def survey_language() -> str:
    """The language the window shows (:func:`ui.i18n.current_language`), as the survey's
    language code; English when the survey has no such language."""
    code = current_language()
    return code if code in SURVEY_LANGUAGES else "en"


def _tr(text: str) -> str:
    return QCoreApplication.translate(SURVEY_CONTEXT, text)


def _font(widget: QWidget, size: int, bold: bool = False) -> None:
    set_points(widget, size, bold)  # follows the large-type setting


class QuestionBox(QWidget):
    """One question: its text and its answer controls. ``value()`` is the answer in the form
    :func:`kiosk.operations.survey.submit` takes, or ``None`` when left out."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.label = QLabel()
        self.label.setWordWrap(True)
        _font(self.label, 19, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.label)
        #: (answer value, its button): a score, True/False, or an option id
        self.buttons: list[tuple[object, QPushButton]] = []
        self.text_box: QPlainTextEdit | None = None
        # Children of the box even when unused (only a scale shows them): a parentless label
        # belongs to Python and, left in a reference cycle, is destroyed by the cyclic
        # collector on whatever thread runs it — possibly a worker's, not the GUI thread.
        self.low = QLabel(self)
        self.high = QLabel(self)
        if question.kind != "scale":
            self.low.hide()
            self.high.hide()
        if question.kind == "text":
            self.text_box = QPlainTextEdit()
            self.text_box.setTabChangesFocus(True)  # Tab leaves the box: keyboard-only use
            self.text_box.setMinimumHeight(110)
            _font(self.text_box, 18)
            self.text_box.textChanged.connect(self._limit_text)
            layout.addWidget(self.text_box)
        elif question.kind == "choice":
            options = FlowLayout(spacing=6)  # as many a line as fit (three at normal type)
            for option in question.options:
                options.add(self._button(option.id), 1)
            layout.addLayout(options)
        else:
            row = QHBoxLayout()
            values: Sequence[object] = (
                (1, 2, 3, 4, 5) if question.kind == "scale" else (True, False)
            )
            if question.kind == "scale":
                for side in (self.low, self.high):
                    side.setWordWrap(True)
                    _font(side, 15)
                row.addWidget(self.low, 2)
            for value in values:
                row.addWidget(self._button(value), 1)
            if question.kind == "scale":
                self.high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.addWidget(self.high, 2)
            else:
                row.addStretch(2)
            layout.addLayout(row)
        # Not exclusive in Qt's sense: pressing the chosen answer again must take it back.
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        for _value, button in self.buttons:
            self.group.addButton(button)
        self.group.buttonToggled.connect(self._toggled)
        self.retranslate()

    def _button(self, value: object) -> QPushButton:
        button = QPushButton()
        button.setCheckable(True)
        button.setProperty("answer", True)
        button.setStyleSheet(ANSWER_STYLE)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(False)  # Enter means "next part", never "press this answer"
        button.installEventFilter(self)
        self.buttons.append((value, button))
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Arrow keys walk this question's answers (Tab goes on to the next question).
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = _ARROWS.get(Qt.Key(event.key()))
            order = [button for _value, button in self.buttons]
            if step is not None and isinstance(watched, QPushButton) and watched in order:
                index = order.index(watched) + step
                order[max(0, min(index, len(order) - 1))].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _value_text(self, value: object) -> str:
        if value is True:
            return QCoreApplication.translate("SurveyWidget", "Yes")
        if value is False:
            return QCoreApplication.translate("SurveyWidget", "No")
        if isinstance(value, int):
            return str(value)
        option = next(o for o in self.question.options if o.id == value)
        return _tr(option.text)

    def retranslate(self) -> None:
        text = _tr(self.question.text)
        self.label.setText(text)
        self.low.setText(_tr(self.question.low) if self.question.low else "")
        self.high.setText(_tr(self.question.high) if self.question.high else "")
        for value, button in self.buttons:
            answer = self._value_text(value)
            if self.question.kind == "scale" and value in (1, 5):
                extreme = self.question.low if value == 1 else self.question.high
                name = f"{text}: {answer} ({_tr(extreme)})"
            else:
                name = f"{text}: {answer}"
            button.setText((CHECK if button.isChecked() else "") + answer)
            button.setAccessibleName(name)
        if self.text_box is not None:
            self.text_box.setAccessibleName(text)

    def _toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            chosen = next(v for v, b in self.buttons if b is button)
            for value, other in self.buttons:
                if other is button or not other.isChecked():
                    continue
                if not self.question.multiple or self._excludes(chosen, value):
                    other.setChecked(False)
        value = next(v for v, b in self.buttons if b is button)
        button.setText((CHECK if checked else "") + self._value_text(value))

    def _excludes(self, a: object, b: object) -> bool:
        """Whether options ``a`` and ``b`` cannot both be chosen ("None of these")."""
        exclusive = {o.id for o in self.question.options if o.exclusive}
        return a in exclusive or b in exclusive

    def _limit_text(self) -> None:
        assert self.text_box is not None
        if len(self.text_box.toPlainText()) > MAX_TEXT:
            self.text_box.setPlainText(self.text_box.toPlainText()[:MAX_TEXT])

    def value(self) -> object:
        if self.text_box is not None:
            return self.text_box.toPlainText().strip() or None
        chosen = [v for v, b in self.buttons if b.isChecked()]
        if self.question.multiple:
            return chosen or None
        return chosen[0] if chosen else None

    def clear(self) -> None:
        if self.text_box is not None:
            self.text_box.clear()
        for _value, button in self.buttons:
            button.setChecked(False)

    def first_control(self) -> QWidget:
        return self.text_box if self.text_box is not None else self.buttons[0][1]


class _PartPage(QScrollArea):
    """One part: title, intro and its questions, scrolled when the screen is small."""

    def __init__(self, part: Part) -> None:
        super().__init__()
        self.part = part
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        _font(self.intro, 17)
        layout.addWidget(self.intro)
        self.questions = [QuestionBox(q) for q in part.questions]
        for box in self.questions:
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)

    def retranslate(self) -> None:
        self.intro.setText(_tr(self.part.intro))
        for box in self.questions:
            box.retranslate()


class BirthStep(QScrollArea):
    """Before the questions, for a respondent whose card has no birth date: why it is asked,
    and the birth date in six taps. The survey's "Skip the birth date" button leaves it.
    Scrolled like a part's page: a household's names and large type must still fit 768
    pixels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyBirth")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.why = QLabel()
        self.why.setWordWrap(True)
        _font(self.why, 17)
        self.input = BirthDateInput()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.why)
        layout.addWidget(self.input, 1)
        self.setWidget(body)


class SurveyWidget(QWidget):
    """The survey, part by part. Call :meth:`start` with who answers; ``finished(response)``
    when sent, ``finished(None)`` when stopped or nothing was answered."""

    finished = Signal(object)

    def __init__(
        self,
        actions: KioskActions,
        translate_error: Callable[[KioskError], str] = tr_error,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("survey")
        self._actions = actions
        self._translate_error = translate_error
        #: (person id or None, name, whether their card lacks a birth date)
        self._respondents: list[tuple[str | None, str, bool]] = []
        #: Respondents (by index) already asked for their birth date (given or skipped).
        self._birth_asked: set[int] = set()
        self._busy = False
        self.banner = Banner()
        self.title = QLabel()
        _font(self.title, 26, bold=True)
        self.title.setWordWrap(True)
        self.progress = QLabel()
        _font(self.progress, 16)
        self.who_label = QLabel()
        _font(self.who_label, 18, bold=True)
        self.who_row = FlowLayout(spacing=6)  # six names wrap onto a second line at 1024
        self.who_group = QButtonGroup(self)  # exclusive: one person answers at a time
        self.who_group.idToggled.connect(self._who_changed)
        self.who_buttons: list[QPushButton] = []
        self.pages = QStackedWidget()
        self.part_pages = [_PartPage(part) for part in PARTS]
        for page in self.part_pages:
            self.pages.addWidget(page)
        self.birth = BirthStep()
        self.birth.input.entered.connect(self._birth_entered)
        #: The questions, or before them the birth date of a respondent whose card has none.
        self.body = QStackedWidget()
        self.body.addWidget(self.pages)
        self.body.addWidget(self.birth)
        self.stop_button = self._nav_button()
        self.stop_button.clicked.connect(self.stop)
        self.back_button = self._nav_button()
        self.back_button.clicked.connect(self.back)
        self.skip_button = self._nav_button()
        self.skip_button.clicked.connect(self.skip_part)
        self.next_button = self._nav_button()
        self.next_button.setObjectName("confirm")
        self.next_button.clicked.connect(self.next)
        nav = QHBoxLayout()
        nav.addWidget(self.stop_button)
        nav.addStretch(1)
        for button in (self.back_button, self.skip_button, self.next_button):
            nav.addWidget(button)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        who = QHBoxLayout()
        who.addWidget(self.who_label)
        who.addLayout(self.who_row, 1)
        layout.addLayout(who)
        layout.addWidget(self.body, 1)
        layout.addLayout(nav)
        self.setTabOrder(self.next_button, self.stop_button)
        self.retranslate()

    @staticmethod
    def _nav_button() -> QPushButton:
        button = QPushButton()
        _font(button, 20, bold=True)
        button.setMinimumHeight(72)
        button.setMinimumWidth(170)
        button.setAutoDefault(False)
        return button

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        index = self.pages.currentIndex()
        part = PARTS[index]
        birth = self.asking_birth()
        self.title.setText(self.tr("Your birth date") if birth else _tr(part.title))
        self.progress.setText(
            "" if birth else self.tr("Part {n} of {total}").format(n=index + 1, total=len(PARTS))
        )
        self.who_label.setText(self.tr("Who is answering?"))
        self.stop_button.setText(self.tr("Stop the survey"))
        self.back_button.setText(self.tr("Back"))
        skip = self.tr("Skip the birth date") if birth else self.tr("Skip this part")
        self.skip_button.setText(skip)
        last = index == len(PARTS) - 1
        self.next_button.setText(self.tr("Send answers") if last else self.tr("Next"))
        for button, name in (
            (self.stop_button, self.tr("Stop the survey without sending")),
            (self.back_button, self.tr("Back to the previous part")),
            (self.skip_button, skip),
            (self.next_button, self.tr("Send answers") if last else self.tr("Next part")),
        ):
            button.setAccessibleName(name)
        self.birth.why.setText(
            self.tr(
                "Your card has no birth date. With it, staff can prepare help and supplies "
                "for your age (for babies and for older people). You may skip it."
            )
        )
        for page in self.part_pages:
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- flow ----------------------------------------------------------------------------

    def start(self, respondents: Sequence[Respondent | tuple[str | None, str]]) -> None:
        """Begin an empty survey for one of ``respondents`` (a :class:`Respondent`, or
        ``(person_id, name)``: the id is ``None`` for an anonymous answer). With several, a
        row of names asks who answers. A respondent whose card lacks a birth date is asked
        for it first."""
        self._respondents = [
            (r.id, r.name, r.needs_birth) if isinstance(r, Respondent) else (r[0], r[1], False)
            for r in respondents
        ]
        self._birth_asked = set()
        self._busy = False
        self.banner.clear_message()
        for page in self.part_pages:
            for box in page.questions:
                box.clear()
        for button in self.who_buttons:
            self.who_group.removeButton(button)
            button.setParent(None)
            button.deleteLater()
        self.who_buttons = []
        for i, (_pid, name, _needs) in enumerate(self._respondents):
            button = QPushButton(name)
            button.setCheckable(True)
            button.setProperty("answer", True)
            button.setStyleSheet(ANSWER_STYLE)
            button.setAccessibleName(name)
            button.setAutoDefault(False)
            button.setChecked(i == 0)
            self.who_group.addButton(button, i)
            self.who_row.add(button, 1)
            self.who_buttons.append(button)
        several = len(self._respondents) > 1
        self.who_label.setVisible(several)
        for button in self.who_buttons:
            button.setVisible(several)
        self._go(0)
        self._ask_birth_if_missing()

    def clear(self) -> None:
        """Forget the last answers and who gave them (leaving, locking)."""
        self.start(())

    def respondent(self) -> str | None:
        """The person id of who answers (``None``: anonymous)."""
        if not self._respondents:
            return None
        return self._respondents[self._respondent_index()][0]

    def _respondent_index(self) -> int:
        return max(self.who_group.checkedId(), 0)

    # --- the birth date ------------------------------------------------------------------

    def asking_birth(self) -> bool:
        """Whether the birth-date step is shown (before the first part)."""
        return self.body.currentWidget() is self.birth

    def _ask_birth_if_missing(self) -> None:
        """On the first part: the birth date first, for a respondent whose card has none and
        who was not asked yet; otherwise the questions."""
        index = self._respondent_index()
        ask = (
            bool(self._respondents)
            and self.pages.currentIndex() == 0
            and self._respondents[index][0] is not None
            and self._respondents[index][2]
            and index not in self._birth_asked
        )
        if ask and not self.asking_birth():
            self.birth.input.clear(self._actions.today())
        self.body.setCurrentWidget(self.birth if ask else self.pages)
        self.next_button.setVisible(not ask)  # the date has its own "Yes, this is correct"
        self.back_button.setVisible(not ask)
        self.retranslate()
        if not ask and self._respondents:
            self.focus_first()

    def _who_changed(self, _id: int, checked: bool) -> None:
        if checked and self._respondents and self.pages.currentIndex() == 0:
            self._ask_birth_if_missing()

    def _birth_done(self) -> None:
        """Given or skipped: not asked again for this respondent in this survey."""
        self._birth_asked.add(self._respondent_index())
        self._ask_birth_if_missing()

    def _birth_entered(self, birth: date) -> None:
        person_id = self.respondent()
        if self._busy or person_id is None or not self.asking_birth():
            return
        self._busy = True
        self._actions.add_birth_date(person_id, birth, self._birth_saved, self._birth_failed)

    def _birth_saved(self, _changes: object) -> None:
        self._busy = False
        index = self._respondent_index()
        pid, name, _needs = self._respondents[index]
        self._respondents[index] = (pid, name, False)
        self._birth_done()

    def _birth_failed(self, error: BaseException) -> None:
        """Say why, and go on to the questions: the survey never waits on the birth date."""
        self._busy = False
        known = error if isinstance(error, KioskError) else UnexpectedError()
        self.banner.show_message("error", self._translate_error(known))
        self._birth_done()

    def answers(self) -> dict[str, object]:
        """Every question answered so far: question id → value (left-out questions absent)."""
        found: dict[str, object] = {}
        for page in self.part_pages:
            for box in page.questions:
                value = box.value()
                if value is not None:
                    found[box.question.id] = value
        return found

    def focus_first(self) -> None:
        if self.asking_birth():
            self.birth.input.step_buttons[0][0].setFocus()
            return
        page = self.part_pages[self.pages.currentIndex()]
        page.questions[0].first_control().setFocus()

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self.retranslate()
        self.part_pages[index].verticalScrollBar().setValue(0)
        self.focus_first()

    def next(self) -> None:
        """To the next part; on the last part, send. (Nothing on the birth-date step: its
        own buttons go on.)"""
        if self.asking_birth():
            return
        index = self.pages.currentIndex()
        if index < len(PARTS) - 1:
            self._go(index + 1)
        else:
            self.send()

    def back(self) -> None:
        index = self.pages.currentIndex()
        if index > 0 and not self.asking_birth():
            self._go(index - 1)

    def skip_part(self) -> None:
        """Leave this part out (answers given on it are taken back) and go on; on the
        birth-date step, leave the birth date out."""
        if self.asking_birth():
            self._birth_done()
            return
        for box in self.part_pages[self.pages.currentIndex()].questions:
            box.clear()
        self.next()

    def stop(self) -> None:
        """Leave without sending anything."""
        self.finished.emit(None)

    def send(self) -> None:
        if self._busy:
            return
        answers = self.answers()
        if not answers:  # nothing to send is not an error: everything may be skipped
            self.finished.emit(None)
            return
        self._busy = True
        self.next_button.setEnabled(False)
        self._actions.submit_survey(
            self.respondent(), answers, survey_language(), self._sent, self._failed
        )

    def _sent(self, response: object) -> None:
        self._busy = False
        self.next_button.setEnabled(True)
        self.finished.emit(response)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.next_button.setEnabled(True)
        known = error if isinstance(error, KioskError) else UnexpectedError()
        if isinstance(known, InvalidAnswer):
            part = next(
                i for i, p in enumerate(PARTS) if known.question_id in {q.id for q in p.questions}
            )
            self._go(part)
        self.banner.show_message("error", self._translate_error(known))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter anywhere but in a text box goes on (text boxes keep Enter for new lines).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            QApplication.focusWidget(), QPlainTextEdit
        ):
            self.next()
            return
        super().keyPressEvent(event)


class SurveyDialog(QDialog):
    """The survey at the desk for the people staff selected (one or a household)."""

    def __init__(
        self, actions: KioskActions, persons: Sequence[Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.response: object = None
        self.survey = SurveyWidget(actions, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.survey)
        self.survey.finished.connect(self._finished)
        self.survey.start([Respondent(p.id, p.name, p.birth is None) for p in persons])
        # Roomy, but never past the kiosk window (1024x768 displays included).
        room = parent.window().size() if parent is not None else QSize(1100, 760)
        self.resize(min(1100, room.width() - 24), min(760, room.height() - 24))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Life survey"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.survey.focus_first()

    def _finished(self, response: object) -> None:
        self.response = response
        if response is None:
            self.reject()
        else:
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # A QDialog turns Enter into "accept": here Enter means "next part" instead.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.survey.keyPressEvent(event)
            return
        super().keyPressEvent(event)
