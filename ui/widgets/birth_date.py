"""A birth date in six taps or fewer, without a calendar: calendar (Western year or an era),
decade, year, month, day, then "This is correct".

A usability study of a shelter app with older users found a calendar date picker needed 70+
taps. Here every step is one page of big worded buttons and one tap moves on:

1. the calendar: "Western year" or an era (令和, 平成, 昭和, 大正 — with reading and years);
2. the decade of the year (1970–1979, or 昭和 41–50);
3. the year (1973, or 昭和48 (1973));
4. the month (its number and its name in the screen's language);
5. the day (only the days the month has);
6. the date written out in the screen's language: "This is correct" (or "Start again").

Who has a keyboard may instead type the date in numbers on the first page (1973/5/3,
19730503, or with an era: S48/5/3, 昭和48年5月3日) and confirm it on the last.
"Back" on every page goes one step back. Numbers follow the screen's locale (QLocale). Era
years come from :mod:`kiosk.basics.eras`. ``entered(date)`` carries the confirmed date; ``taps``
counts presses since :meth:`clear` (the tap-count test and ``scripts/bench_ui.py`` read it).
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.basics.eras import ERAS, era_of, last_era_year, western_year
from kiosk.registry.names import parse_birth
from ui.theme import set_points
from ui.widgets.flow_layout import FlowLayout, FlowScrollArea

__all__ = ["BirthDateInput", "WESTERN"]

WESTERN = "western"
CALENDAR, DECADE, YEAR, MONTH, DAY, CONFIRM = range(6)
#: The oldest year of birth offered (a person of 115).
EARLIEST_YEAR = 1912


def _locale() -> QLocale:
    """The screen's locale, writing years without a group separator (1973, not 1,973)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


class BirthDateInput(QWidget):
    """Calendar → decade → year → month → day → confirm; one tap a step."""

    entered = Signal(object)  # datetime.date

    def __init__(self, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("birthDateInput")
        self._today = today or date.today()
        self.taps = 0
        self._calendar = ""  # WESTERN or an era name
        self._decade = 0  # first year of the decade (Western or era year)
        self._year = 0  # the Western year
        self._month = 0
        self._day = 0
        self.title = QLabel()
        self.title.setWordWrap(True)
        set_points(self.title, 26, bold=True)
        self.chosen = QLabel()  # what is chosen so far, written out
        self.chosen.setWordWrap(True)
        set_points(self.chosen, 20)
        self.steps = QStackedWidget()
        #: the buttons of each step's page (rebuilt when a step depends on the one before)
        self.step_buttons: list[list[QPushButton]] = [[] for _ in range(6)]
        self._grids: list[FlowLayout] = []
        for _ in range(CONFIRM):
            body = QWidget()
            self._grids.append(FlowLayout(body, spacing=8))
            scroll = FlowScrollArea()
            scroll.setFrameShape(FlowScrollArea.Shape.NoFrame)
            scroll.setWidget(body)
            self.steps.addWidget(scroll)
        confirm = QWidget()
        confirm_layout = QVBoxLayout(confirm)
        self.written = QLabel()
        self.written.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.written.setWordWrap(True)
        set_points(self.written, 32, bold=True)
        self.correct_button = self._big_button()
        self.correct_button.setObjectName("confirm")
        self.correct_button.clicked.connect(self._confirm)
        self.again_button = self._big_button()
        self.again_button.clicked.connect(self._tap_and(self.clear))
        confirm_layout.addWidget(self.written)
        confirm_layout.addStretch(1)
        row = FlowLayout(spacing=8)
        row.add(self.again_button, 1)
        row.add(self.correct_button, 2)
        confirm_layout.addLayout(row)
        self.steps.addWidget(confirm)
        self.step_buttons[CONFIRM] = [self.again_button, self.correct_button]
        self.back_button = self._big_button()
        self.back_button.clicked.connect(self._tap_and(self.back))
        # The date typed in numbers, for who has a keyboard (first page only).
        self.typed_row = QWidget()
        typed = QHBoxLayout(self.typed_row)
        typed.setContentsMargins(0, 0, 0, 0)
        self.typed_label = QLabel()
        self.typed_label.setWordWrap(True)
        set_points(self.typed_label, 16)
        self.typed = QLineEdit()
        self.typed.setMaxLength(20)
        self.typed.setMinimumHeight(64)
        set_points(self.typed, 20)
        self.typed.returnPressed.connect(self._use_typed)
        self.typed_button = self._big_button()
        self.typed_button.clicked.connect(self._use_typed)
        typed.addWidget(self.typed_label, 2)
        typed.addWidget(self.typed, 2)
        typed.addWidget(self.typed_button, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.chosen)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.typed_row)
        layout.addWidget(self.back_button)
        self.clear()

    # --- building ------------------------------------------------------------------------

    @staticmethod
    def _big_button(text: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(64)
        button.setMinimumWidth(120)
        button.setAutoDefault(False)
        set_points(button, 20, bold=True)
        return button

    def _tap_and(self, action):
        def pressed(_checked: bool = False) -> None:
            self.taps += 1
            action()

        return pressed

    def _fill(self, step: int, choices: list[tuple[str, object]]) -> None:
        grid = self._grids[step]
        for button in self.step_buttons[step]:
            grid.removeWidget(button)
            button.setParent(None)
            button.deleteLater()
        self.step_buttons[step] = []
        for text, value in choices:
            button = self._big_button(text)
            button.setAccessibleName(text.replace("\n", " "))
            button.setMinimumWidth(max(120, button.sizeHint().width()))  # never clipped
            button.clicked.connect(self._tap_and(lambda v=value, s=step: self._pick(s, v)))
            grid.add(button, 1)
            self.step_buttons[step].append(button)

    # --- what each step offers -------------------------------------------------------------

    def _era_text(self, name: str) -> str:
        era = next(e for e in ERAS if e.name == name)
        first = max(era.first_day.year, EARLIEST_YEAR)
        last = era.last_day.year if era.last_day else self._today.year
        locale = _locale()
        years = f"{locale.toString(first)}–{locale.toString(last)}"
        return f"{era.name}（{era.reading}）\n{years}"

    def _calendar_choices(self) -> list[tuple[str, object]]:
        choices: list[tuple[str, object]] = [(self.tr("Western year\n(e.g. 1973)"), WESTERN)]
        eras = [e for e in reversed(ERAS) if (e.last_day or self._today).year >= EARLIEST_YEAR]
        choices += [(self._era_text(e.name), e.name) for e in eras]
        return choices

    def _year_range(self) -> tuple[int, int]:
        """First and last year offered, in the chosen calendar's numbering."""
        if self._calendar == WESTERN:
            return EARLIEST_YEAR, self._today.year
        return 1, last_era_year(self._calendar, self._today)

    def _year_in_calendar(self) -> int:
        """The chosen year counted in the chosen calendar (1973 → 48 in 昭和)."""
        if self._calendar == WESTERN:
            return self._year
        return self._year - next(e for e in ERAS if e.name == self._calendar).offset

    def _year_text(self, year: int) -> str:
        """A year in the chosen calendar, with the Western year beside an era year."""
        locale = _locale()
        if self._calendar == WESTERN:
            return locale.toString(year)
        western = western_year(self._calendar, year)
        return f"{self._calendar}{locale.toString(year)}\n({locale.toString(western)})"

    def _decade_choices(self) -> list[tuple[str, object]]:
        first, last = self._year_range()
        starts = [first, *range(first - first % 10 + 10, last + 1, 10)]
        locale = _locale()
        prefix = "" if self._calendar == WESTERN else f"{self._calendar} "
        return [
            (
                f"{prefix}{locale.toString(low)}–{locale.toString(min(low - low % 10 + 9, last))}",
                low,
            )
            for low in starts
        ]

    def _years_choices(self) -> list[tuple[str, object]]:
        first, last = self._year_range()
        end = min(self._decade + (9 - self._decade % 10), last)
        return [(self._year_text(y), y) for y in range(max(self._decade, first), end + 1)]

    def _month_choices(self) -> list[tuple[str, object]]:
        locale = _locale()
        last = 12 if self._year < self._today.year else self._today.month
        long = QLocale.FormatType.LongFormat
        return [
            (f"{locale.toString(m)}\n{locale.standaloneMonthName(m, long)}", m)
            for m in range(1, last + 1)
        ]

    def _day_choices(self) -> list[tuple[str, object]]:
        days = calendar.monthrange(self._year, self._month)[1]
        if (self._year, self._month) == (self._today.year, self._today.month):
            days = self._today.day
        return [(_locale().toString(d), d) for d in range(1, days + 1)]

    # --- flow ----------------------------------------------------------------------------

    def clear(self, today: date | None = None) -> None:
        """Back to the first step with nothing chosen (the tap count starts again); ``today``,
        if given, is the last day a birth may fall on from now (the shelter's day, which need
        not be the computer's, and moves on while the window stays open)."""
        if today is not None:
            self._today = today
        self.taps = 0
        self._calendar, self._decade, self._year, self._month, self._day = "", 0, 0, 0, 0
        self.typed.clear()
        self._fill(CALENDAR, self._calendar_choices())
        self._show(CALENDAR)

    def _pick(self, step: int, value: object) -> None:
        assert isinstance(value, int | str)
        if step == CALENDAR:
            self._calendar = str(value)
            self._fill(DECADE, self._decade_choices())
        elif step == DECADE:
            self._decade = int(value)
            self._fill(YEAR, self._years_choices())
        elif step == YEAR:
            year = int(value)
            self._year = year if self._calendar == WESTERN else western_year(self._calendar, year)
            self._fill(MONTH, self._month_choices())
        elif step == MONTH:
            self._month = int(value)
            self._fill(DAY, self._day_choices())
        elif step == DAY:
            self._day = int(value)
        self._show(step + 1)

    def _use_typed(self) -> None:
        """A typed date: to the last page to confirm it; else say how to write it."""
        day = parse_birth(self.typed.text())
        if day is None or not date(EARLIEST_YEAR, 1, 1) <= day <= self._today:
            self.typed_label.setText(self.tr("That is not a date. Type it like 1973/5/3."))
            return
        self._calendar, self._decade = WESTERN, day.year - day.year % 10
        self._year, self._month, self._day = day.year, day.month, day.day
        self._show(CONFIRM)

    def back(self) -> None:
        """One step back (the first step stays)."""
        self._show(max(self.steps.currentIndex() - 1, CALENDAR))

    def _confirm(self) -> None:
        self.taps += 1
        self.entered.emit(self.value())

    def value(self) -> date | None:
        """The date chosen so far, once the day is chosen; else ``None``."""
        if not (self._year and self._month and self._day):
            return None
        return date(self._year, self._month, self._day)

    def _show(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.back_button.setVisible(step > CALENDAR)
        self.typed_row.setVisible(step == CALENDAR)
        self.retranslate()

    def written_date(self) -> str:
        """The chosen date in the screen's language, with its era in Japanese."""
        day = self.value()
        if day is None:
            return ""
        text = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        era = era_of(day)
        if era is not None and QLocale().language() == QLocale.Language.Japanese:
            text += f"（{era[0].name}{era[1]}年）"
        return text

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        step = self.steps.currentIndex()
        self.title.setText(
            [
                self.tr("When were you born? Choose how you count years."),
                self.tr("Choose the years."),
                self.tr("Choose the year."),
                self.tr("Choose the month."),
                self.tr("Choose the day."),
                self.tr("Is this your birth date?"),
            ][step]
        )
        parts = []
        if self._year:
            parts.append(self._year_text(self._year_in_calendar()).replace("\n", " "))
        if self._month:
            parts.append(QLocale().standaloneMonthName(self._month, QLocale.FormatType.LongFormat))
        self.chosen.setText(" · ".join(parts))
        self.written.setText(self.written_date())
        self.correct_button.setText(self.tr("Yes, this is correct"))
        self.again_button.setText(self.tr("Start again"))
        self.back_button.setText(self.tr("Back"))
        self.typed_label.setText(self.tr("Or type it in numbers, e.g. 1973/5/3:"))
        self.typed_button.setText(self.tr("Use this date"))
        self.typed_button.setMinimumWidth(max(120, self.typed_button.sizeHint().width()))
        self.typed.setAccessibleName(self.tr("Birth date in numbers"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))

    def _refill(self) -> None:
        """Every step's buttons again, in the new language's words and numbers."""
        self._fill(CALENDAR, self._calendar_choices())
        if self._calendar:
            self._fill(DECADE, self._decade_choices())
        if self._decade:
            self._fill(YEAR, self._years_choices())
        if self._year:
            self._fill(MONTH, self._month_choices())
        if self._month:
            self._fill(DAY, self._day_choices())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self._grids:
            self._refill()
            self.retranslate()
        super().changeEvent(event)
