"""The shelter manager's dashboard: how full the shelter is and who needs what, kept current.

Every figure is :func:`kiosk.operations.dashboard.manager_dashboard`'s, computed on the DB thread
through
:meth:`KioskActions.dashboard` (which also looks up the names of the people needing care: the
manager needs them to go and see those people). The screen only lays the figures out:

* a row of tiles — inside vs capacity with the crowding level, checked in, vehicle and home
  stays, households, pets, people needing care, open survey requests;
* check-ins and check-outs per hour over the last 48 hours (QtCharts, local time) next to the
  age band × sex table;
* tabs: the people needing care with their needs, the 24-hour supply estimate, the survey
  summary (answers per option, means of the scores, open requests).

It refreshes when shown and every :data:`REFRESH_MS` while visible (never while hidden, and
never two refreshes at once). Only the manager role may see it: the window enables F9 for that
role alone, and the core refuses any other role, which the banner then says. Locking clears
the names from the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QKeySequence,
    QPainter,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.operations.dashboard import AGE_BANDS, UNKNOWN_AGE, BandCount, Dashboard
from kiosk.operations.supplies import SUPPLY_RULES
from kiosk.operations.survey import PARTS, QUESTIONS, QuestionSummary, SurveyResponse
from kiosk.reception.status import CROWDING_LABELS
from kiosk.registry.vocab import LABELS
from ui.actions import KioskActions
from ui.widgets.banner import Banner

__all__ = ["DashboardScreen", "REFRESH_MS", "TILES"]

#: How often the figures are recomputed while the dashboard is visible.
REFRESH_MS = 10_000
#: The tiles, left to right (object names; their titles are in ``_tile_titles``).
TILES: tuple[str, ...] = (
    "inside",
    "checked_in",
    "vehicle",
    "home",
    "households",
    "pets",
    "care",
    "requests",
)
_CROWDING_COLOURS = {"low": "#0a6b2d", "moderate": "#10457a", "high": "#8a5a00", "full": "#8c1010"}
_BAND_LABELS = {band.id: band.label for band in (*AGE_BANDS, UNKNOWN_AGE)}
_QUESTION_TEXT = {q.id: q.text for q in QUESTIONS}
_RULE_FOR = {rule.item: rule.who.label for rule in SUPPLY_RULES}
_OPTION_TEXT = {(q.id, o.id): o.text for q in QUESTIONS for o in q.options}


def _written(part_id: str, response: SurveyResponse) -> str:
    """What a response says in one part: the options chosen (translated), then the free text."""
    part = next(p for p in PARTS if p.id == part_id)
    said: list[str] = []
    for q in part.questions:
        value = response.answer(q.id)
        if q.kind == "choice" and value:
            chosen = value if isinstance(value, list | tuple) else [value]
            texts = (_OPTION_TEXT[(q.id, str(option_id))] for option_id in chosen)
            said += [QCoreApplication.translate("Survey", text) for text in texts]
    text = response.requests if part_id == "requests" else response.problems
    return "、".join(said) + ("\n" if said and text else "") + text


def _vocab(value: str) -> str:
    return QCoreApplication.translate("Vocab", LABELS.get(value, value))


def _cell(text: object, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if number and isinstance(text, int):
        item.setData(Qt.ItemDataRole.DisplayRole, text)  # sorts as a number
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    else:
        item.setText(str(text))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside it
    font = table.font()
    font.setPointSize(max(font.pointSize(), 13) + 2)
    table.setFont(font)
    return table


def _fit_columns(table: QTableWidget) -> None:
    """The table never narrower than its row labels and columns: beside the chart at 1024
    pixels the chart gives way, instead of the table scrolling sideways."""
    header = table.horizontalHeader()
    width = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    if table.verticalHeader().isVisible():
        width += table.verticalHeader().sizeHint().width()
    stretched = []  # stretched columns share the width equally: each needs the widest one's
    for column in range(table.columnCount()):
        needed = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            stretched.append(needed)
        else:
            width += needed
    table.setMinimumWidth(width + len(stretched) * max(stretched, default=0))


class _Tile(QFrame):
    """One big figure with its title and a detail line."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"tile_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # readers can Tab through the figures
        self.title = QLabel()
        self.value = QLabel("—")
        self.detail = QLabel()
        for label, size, bold in (
            (self.title, 14, True),
            (self.value, 28, True),
            (self.detail, 12, False),
        ):
            font = label.font()
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_figure(self, value: str, detail: str = "", colour: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.setAccessibleName(f"{self.title.text()}: {value}")
        self.setAccessibleDescription(detail)


class DashboardScreen(QWidget):
    """The manager's page ("dashboard"). ``figures`` is the last :class:`Dashboard` shown."""

    def __init__(self, actions: KioskActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.kiosk_actions = actions
        self.figures: Dashboard | None = None
        self.names: dict[str, str] = {}
        self._loading = False
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

        self.banner = Banner()
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(22)
        font.setBold(True)
        self.heading.setFont(font)
        self.updated = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.setMinimumHeight(44)
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.updated)
        head.addWidget(self.refresh_button)

        self.tiles = {name: _Tile(name) for name in TILES}
        tiles = QGridLayout()
        for i, name in enumerate(TILES):
            tiles.addWidget(self.tiles[name], 0, i)

        self._build_chart()
        self.age_table = _table(4)
        self.age_table.setObjectName("ageTable")
        # Equal columns, but the long "other / not stated" header is never cut.
        self.age_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.age_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.age_table.verticalHeader().setDefaultSectionSize(27)
        middle = QHBoxLayout()
        middle.addWidget(self.chart_view, 3)
        middle.addWidget(self.age_table, 2)

        self.care_needs = QLabel()
        self.care_needs.setWordWrap(True)
        self.care_table = _table(4)
        self.care_table.setObjectName("careTable")
        # Listed by name; a click on a header sorts by that column instead (kept on refresh).
        self.care_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.supply_table = _table(5)
        self.supply_table.setObjectName("supplyTable")
        self.survey_totals = QLabel()
        self.survey_totals.setWordWrap(True)
        self.survey_table = _table(4)
        self.survey_table.setObjectName("surveyTable")
        self.requests_table = _table(4)
        self.requests_table.setObjectName("requestsTable")
        self.requests_table.setWordWrap(True)
        # The column with the longest words takes the rest of the width.
        for table, wide in (
            (self.care_table, 1),
            (self.supply_table, 1),
            (self.survey_table, 3),
            (self.requests_table, 2),
        ):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._with_label(self.care_needs, self.care_table), "")
        self.tabs.addTab(self.supply_table, "")
        self.tabs.addTab(self._with_label(self.survey_totals, self.survey_table), "")
        self.tabs.addTab(self.requests_table, "")
        font = self.tabs.tabBar().font()
        font.setPointSize(15)
        self.tabs.tabBar().setFont(font)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addLayout(tiles)
        layout.addLayout(middle, 5)
        layout.addWidget(self.tabs, 4)
        for keys, slot in (("F5", self.refresh), ("Ctrl+R", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    @staticmethod
    def _with_label(label: QLabel, table: QTableWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        font = label.font()
        font.setPointSize(15)
        label.setFont(font)
        layout.addWidget(label)
        layout.addWidget(table, 1)
        return box

    def _build_chart(self) -> None:
        self.checkin_series = QLineSeries()
        self.checkout_series = QLineSeries()
        for series, colour in ((self.checkin_series, "#0a6b2d"), (self.checkout_series, "#8c1010")):
            pen = QPen(QColor(colour))
            pen.setWidth(3)
            series.setPen(pen)
        # The check-out line is dashed: the two lines differ in more than colour.
        dashed = self.checkout_series.pen()
        dashed.setStyle(Qt.PenStyle.DashLine)
        self.checkout_series.setPen(dashed)
        self.chart = QChart()
        self.chart.addSeries(self.checkin_series)
        self.chart.addSeries(self.checkout_series)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("M/d HH:mm")
        self.x_axis.setTickCount(5)  # every 12 hours over 48: labels never cut
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setMin(0)
        for axis, side in (
            (self.x_axis, Qt.AlignmentFlag.AlignBottom),
            (self.y_axis, Qt.AlignmentFlag.AlignLeft),
        ):
            font = axis.labelsFont()
            font.setPointSize(11)
            axis.setLabelsFont(font)
            self.chart.addAxis(axis, side)
            self.checkin_series.attachAxis(axis)
            self.checkout_series.attachAxis(axis)
        legend = self.chart.legend()
        font = legend.font()
        font.setPointSize(13)
        legend.setFont(font)
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = self.chart.titleFont()
        title.setPointSize(14)
        title.setBold(True)
        self.chart.setTitleFont(title)
        self.chart.setMargins(self.chart.margins() * 0)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("hourlyChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(230)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.chart_view.installEventFilter(self)

    # --- language ------------------------------------------------------------------------

    def _tile_titles(self) -> dict[str, str]:
        return {
            "inside": self.tr("Inside / capacity"),
            "checked_in": self.tr("Checked in"),
            "vehicle": self.tr("In vehicles"),
            "home": self.tr("At home"),
            "households": self.tr("Households"),
            "pets": self.tr("Pets"),
            "care": self.tr("Need care"),
            "requests": self.tr("Open requests"),
        }

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Shelter dashboard"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the figures"))
        for name, title in self._tile_titles().items():
            self.tiles[name].title.setText(title)
        self.chart.setTitle(self.tr("Check-ins and check-outs per hour (last 48 hours)"))
        self.checkin_series.setName(self.tr("Check-ins"))
        self.checkout_series.setName(self.tr("Check-outs (dashed)"))
        self.chart_view.setAccessibleName(self.tr("Check-ins and check-outs per hour"))
        self.age_table.setHorizontalHeaderLabels(
            [_vocab("F"), _vocab("M"), _vocab("X"), self.tr("Total")]
        )
        self.age_table.setAccessibleName(self.tr("People checked in by age and sex"))
        _fit_columns(self.age_table)
        self.care_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Needs"), self.tr("Stays"), self.tr("State")]
        )
        self.care_table.setAccessibleName(self.tr("People needing care"))
        self.supply_table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("For"),
                self.tr("People"),
                self.tr("Of them outside"),
                self.tr("Next 24 hours"),
            ]
        )
        self.supply_table.setAccessibleName(self.tr("Supply estimate for the next 24 hours"))
        self.survey_table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Question"), self.tr("Answered"), self.tr("Answers")]
        )
        self.survey_table.setAccessibleName(self.tr("Survey results"))
        self.requests_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Requests"), self.tr("Problems")]
        )
        self.requests_table.setAccessibleName(self.tr("Requests and problems from the survey"))
        for index, text in enumerate(
            (
                self.tr("People needing care"),
                self.tr("Supplies (24 h)"),
                self.tr("Survey"),
                self.tr("Requests"),
            )
        ):
            self.tabs.setTabText(index, text)
        if self.figures is not None:
            self.show_figures(self.figures, self.names)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- refreshing ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A narrow chart (beside the table at 1024 pixels) gets fewer, whole time labels and
        # a smaller title, so neither is cut.
        if watched is self.chart_view and event.type() == QEvent.Type.Resize:
            wide = self.chart_view.width() >= 560
            self.x_axis.setTickCount(5 if wide else 3)
            title = self.chart.titleFont()
            title.setPointSize(14 if wide else 10)
            self.chart.setTitleFont(title)
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        super().hideEvent(event)

    def focus_first(self) -> None:
        """The window shows the dashboard: bring it up to date, focus the tabs."""
        self.refresh()
        self.tabs.setFocus()

    def reset(self) -> None:
        """Locking: the names of the people needing care leave the screen."""
        self.timer.stop()
        self.figures = None
        self.names = {}
        for table in (
            self.care_table,
            self.age_table,
            self.supply_table,
            self.survey_table,
            self.requests_table,
        ):
            table.setRowCount(0)
        self.banner.clear_message()

    def refresh(self) -> None:
        """Recompute the figures on the DB thread (one refresh at a time)."""
        if self._loading:
            return
        self._loading = True
        self.kiosk_actions.dashboard(self._loaded, self._failed)
        self.kiosk_actions.survey_requests(self.show_requests, self._failed)

    def show_requests(self, found: tuple[tuple[SurveyResponse, str], ...]) -> None:
        """The free text evacuees wrote, newest first: the manager reads and acts on it."""
        anonymous = self.tr("(anonymous)")
        self.requests_table.setRowCount(len(found))
        for row, (response, name) in enumerate(found):
            cells = (
                self.kiosk_actions.local(response.at).strftime("%m/%d %H:%M"),
                name or anonymous,
                _written("requests", response),
                _written("problems", response),
            )
            for col, value in enumerate(cells):
                self.requests_table.setItem(row, col, _cell(value, False))
        self.requests_table.resizeRowsToContents()

    def _loaded(self, result: tuple[Dashboard, dict[str, str]]) -> None:
        self._loading = False
        self.banner.clear_message()
        figures, names = result
        self.show_figures(figures, names)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.banner.show_error(error)

    # --- drawing -------------------------------------------------------------------------

    def show_figures(self, figures: Dashboard, names: dict[str, str]) -> None:
        self.figures = figures
        self.names = dict(names)
        self.updated.setText(
            self.tr("Updated {time}").format(
                time=self.kiosk_actions.local(figures.at).strftime("%H:%M:%S")
            )
        )
        self._show_tiles(figures)
        self._show_hourly(figures)
        self._show_ages(figures.age_sex)
        self._show_care(figures)
        self._show_supplies(figures)
        self._show_survey(figures)

    def _show_tiles(self, d: Dashboard) -> None:
        level = d.crowding.level
        self.tiles["inside"].show_figure(
            f"{d.crowding.present} / {d.crowding.capacity}",
            QCoreApplication.translate("Crowding", CROWDING_LABELS[level]),
            _CROWDING_COLOURS[level],
        )
        self.tiles["checked_in"].show_figure(
            str(d.checked_in), self.tr("on leave: {n}").format(n=d.away)
        )
        self.tiles["vehicle"].show_figure(
            str(d.stays.vehicle), self.tr("cars of %n households", "", d.vehicle_households)
        )
        self.tiles["home"].show_figure(
            str(d.stays.home), self.tr("elsewhere: {n}").format(n=d.stays.other)
        )
        self.tiles["households"].show_figure(str(d.households))
        self.tiles["pets"].show_figure(
            str(d.pets.animals), self.tr("in %n households", "", d.pets.households)
        )
        self.tiles["care"].show_figure(str(len(d.care)))
        self.tiles["requests"].show_figure(
            str(d.survey.open_requests), self.tr("%n answers in all", "", d.survey.responses)
        )

    def _axis_ms(self, at: datetime) -> int:
        """``at`` as the chart's time axis takes it. The axis labels times in the computer's
        zone, so it gets the shelter's wall-clock time read as the computer's: its labels
        then show the shelter's clock (a naive ``timestamp()`` is the computer's local)."""
        return int(self.kiosk_actions.local(at).replace(tzinfo=None).timestamp() * 1000)

    def _show_hourly(self, d: Dashboard) -> None:
        def points(values: Sequence[tuple[datetime, int]]) -> list[QPointF]:
            return [QPointF(float(self._axis_ms(at)), float(n)) for at, n in values]

        self.checkin_series.replace(points([(h.start, h.checkins) for h in d.hourly]))
        self.checkout_series.replace(points([(h.start, h.checkouts) for h in d.hourly]))
        if d.hourly:
            # The whole 48 hours, so the ticks fall every 12 hours on the hour.
            first = self._axis_ms(d.hourly[0].start)
            self.x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(first),
                QDateTime.fromMSecsSinceEpoch(first + 3_600_000 * len(d.hourly)),
            )
        peak = max((max(h.checkins, h.checkouts) for h in d.hourly), default=0)
        self.y_axis.setRange(0, max(peak, 4))
        self.y_axis.applyNiceNumbers()

    def _show_ages(self, bands: Sequence[BandCount]) -> None:
        self.age_table.setRowCount(len(bands) + 1)
        labels = []
        for row, band in enumerate(bands):
            labels.append(QCoreApplication.translate("Dashboard", _BAND_LABELS[band.band]))
            for col, n in enumerate((band.female, band.male, band.other, band.total)):
                self.age_table.setItem(row, col, _cell(n, number=True))
        totals = [sum(getattr(b, f) for b in bands) for f in ("female", "male", "other", "total")]
        labels.append(self.tr("Total"))
        for col, n in enumerate(totals):
            self.age_table.setItem(len(bands), col, _cell(n, number=True))
        self.age_table.setVerticalHeaderLabels(labels)
        self.age_table.verticalHeader().setVisible(True)
        _fit_columns(self.age_table)

    def _show_care(self, d: Dashboard) -> None:
        counts = " · ".join(f"{_vocab(flag)} {n}" for flag, n in d.care_by_need if n)
        self.care_needs.setText(self.tr("By need: {counts}").format(counts=counts or "—"))
        states = {"in": self.tr("In"), "away": self.tr("On leave")}
        self.care_table.setSortingEnabled(False)
        self.care_table.setRowCount(len(d.care))
        for row, entry in enumerate(d.care):
            cells = (
                self.names.get(entry.person_id, "—"),
                "・".join(_vocab(f) for f in entry.flags),
                _vocab(entry.stay),
                states.get(entry.state, entry.state),
            )
            for col, text in enumerate(cells):
                self.care_table.setItem(row, col, _cell(text))
        self.care_table.setSortingEnabled(True)

    def _show_supplies(self, d: Dashboard) -> None:
        self.supply_table.setRowCount(len(d.supplies))
        for row, line in enumerate(d.supplies):
            rule_for = _RULE_FOR.get(line.item, line.item)
            unit = QCoreApplication.translate("Supplies", line.unit)
            cells: tuple[tuple[object, bool], ...] = (
                (QCoreApplication.translate("Supplies", line.label), False),
                (QCoreApplication.translate("Supplies", rule_for), False),
                (line.people, True),
                (line.outside, True),
                (f"{line.quantity:,} {unit}", False),
            )
            for col, (value, number) in enumerate(cells):
                self.supply_table.setItem(row, col, _cell(value, number))

    def _show_survey(self, d: Dashboard) -> None:
        s = d.survey
        latest = (
            self.kiosk_actions.local(s.latest_at).strftime("%m-%d %H:%M") if s.latest_at else "—"
        )
        self.survey_totals.setText(
            self.tr(
                "Answers: {responses} (people: {respondents}, anonymous: {anonymous}) · "
                "with requests or problems: {flagged} · not yet sent to the city: {open} · "
                "latest: {latest}"
            ).format(
                responses=s.responses,
                respondents=s.respondents,
                anonymous=s.anonymous,
                flagged=s.flagged,
                open=s.open_requests,
                latest=latest,
            )
        )
        part_of = {q.id: part for part in PARTS for q in part.questions}
        self.survey_table.setRowCount(len(s.questions))
        for row, q in enumerate(s.questions):
            cells: tuple[tuple[object, bool], ...] = (
                (QCoreApplication.translate("Survey", part_of[q.question_id].title), False),
                (QCoreApplication.translate("Survey", _QUESTION_TEXT[q.question_id]), False),
                (q.answered, True),
                (self.answers_text(q), False),
            )
            for col, (value, number) in enumerate(cells):
                self.survey_table.setItem(row, col, _cell(value, number))

    def answers_text(self, q: QuestionSummary) -> str:
        """How a question was answered, in words: counts per answer, the mean of a score."""
        if q.kind == "text":
            return self.tr("%n written answers", "", q.answered) if q.answered else "—"
        if q.kind == "scale":
            counts = "  ".join(f"{k}: {n}" for k, n in q.counts)
            mean = self.tr("mean {mean}").format(mean=f"{q.mean:.1f}") if q.mean is not None else ""
            return f"{mean}  ({counts})" if mean else counts
        if q.kind == "yesno":
            yes, no = dict(q.counts)["yes"], dict(q.counts)["no"]
            return self.tr("yes {yes} · no {no}").format(yes=yes, no=no)
        return (
            " · ".join(
                f"{QCoreApplication.translate('Survey', _OPTION_TEXT[(q.question_id, k)])} {n}"
                for k, n in q.counts
                if n
            )
            or "—"
        )
