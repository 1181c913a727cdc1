"""What the desk's quick dialogs share (check-out with a destination, supply pickup): a big
heading, a banner for the core's refusals, a grid of big choice buttons whose labels are
translated from a table, then the dialog's own fields, and OK (Enter) / Cancel (Esc).

A subclass lays out its own fields with :meth:`ChoiceDialog.arrange`, sets its texts in
``retranslate`` (calling :meth:`ChoiceDialog.retranslate_frame`), and submits through
:meth:`start` → a :class:`~ui.actions.KioskActions` call → :meth:`succeeded` or
:meth:`show_failure`. While a call runs, a second Enter does nothing and Esc does not close.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.screens.confirm_card import CHOICE_STYLE, CONFIRM_STYLE
from ui.widgets.banner import Banner

__all__ = ["ChoiceDialog", "enlarge"]


def enlarge(widget: QWidget, extra: int = 4) -> None:
    """Bigger type for a control people must hit or read quickly."""
    font = widget.font()
    font.setPointSize(max(font.pointSize(), 12) + extra)
    widget.setFont(font)


class ChoiceDialog(QDialog):
    """The shared frame. ``choices`` are ``(value stored, label)`` pairs, the labels marked for
    translation in ``context``; ``columns`` buttons per row."""

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        context: str,
        columns: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(CONFIRM_STYLE + CHOICE_STYLE)
        self._choices = tuple(choices)
        self._context = context
        self.busy = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        enlarge(self.heading)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = Banner()
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        self.choice_buttons: list[QPushButton] = []
        self.grid = QGridLayout()
        for index, (value, _label) in enumerate(self._choices):
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, v=value: self.choose(v))
            self.choices.addButton(button, index)
            self.grid.addWidget(button, index // columns, index % columns)
            self.choice_buttons.append(button)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("confirm")
        self.ok_button.setDefault(True)
        self.ok_button.setMinimumHeight(64)
        enlarge(self.ok_button)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setMinimumHeight(64)
        self.cancel_button.clicked.connect(self.reject)

    # --- for subclasses ------------------------------------------------------------------

    def arrange(self, *middle: QWidget | QLayout) -> None:
        """Heading, banner, the choices, ``middle`` in order, then Cancel and OK; Tab goes
        from the last choice through ``middle``'s widgets to OK and Cancel."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.ok_button, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(self.grid)
        for part in middle:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addLayout(buttons)

    def retranslate_frame(self, title: str, heading: str, ok_text: str, ok_name: str) -> None:
        """The texts every such dialog has, in the current language."""
        self.setWindowTitle(title)
        self.heading.setText(heading)
        for button, (_value, label) in zip(self.choice_buttons, self._choices, strict=True):
            text = QCoreApplication.translate(self._context, label)
            button.setText(text)
            button.setAccessibleName(text)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_name)
        self.cancel_button.setText(QCoreApplication.translate("ChoiceDialog", "Cancel (Esc)"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ChoiceDialog", "Cancel"))

    def chosen_value(self) -> str | None:
        """The stored value of the chosen button ("" for "Other"), None when none is chosen."""
        index = self.choices.checkedId()
        return self._choices[index][0] if index >= 0 else None

    def start(self) -> bool:
        """Mark the dialog busy for one service call; False when one is already running."""
        if self.busy:
            return False
        self.busy = True
        self.ok_button.setEnabled(False)
        return True

    def succeeded(self, announce: Callable[[], None]) -> None:
        """The call went through: no longer busy, ``announce`` (emit the result), close."""
        self.busy = False
        announce()
        self.accept()

    def show_failure(self, error: BaseException, focus: QWidget) -> None:
        """The core's refusal (or a general message) in place; the dialog stays open."""
        self.busy = False
        self.ok_button.setEnabled(True)
        self.banner.show_error(error)
        focus.setFocus()

    # --- overridden ----------------------------------------------------------------------

    def choose(self, value: str) -> None:
        """A choice button was pressed."""

    def submit(self) -> None:
        """OK or Enter."""

    def retranslate(self) -> None:
        """Every text, in the current language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if not self.busy:
            super().reject()
