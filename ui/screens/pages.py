"""Which screen is which page of the window: the factories the window is built from."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk.access.staff import StaffMember
from kiosk.operations.settings import Settings
from ui.actions import KioskActions

__all__ = ["page_factories", "pin_dialog"]


def page_factories(
    views: Mapping[str, QWidget],
    settings: Settings,
    translate_error: Callable[..., str],
    languages: Any,
    sync_runner: Any = None,
) -> dict[str, Callable[[KioskActions], QWidget]]:
    from ui.feedback import Feedback
    from ui.screens.card_form import CardForm
    from ui.screens.dashboard import DashboardScreen
    from ui.screens.desk import DeskScreen
    from ui.screens.desks_page import DesksPage
    from ui.screens.operator import OperatorPanel
    from ui.screens.self_checkin import SelfCheckinScreen
    from ui.screens.settings_page import SettingsPage
    from ui.screens.sign_in import SignInPage
    from ui.slip_print import SlipPrinter

    feedback = Feedback(sounds=settings.sounds)

    def self_checkin(actions: KioskActions) -> QWidget:
        page = SelfCheckinScreen(
            actions,
            settings.self_checkin_idle_seconds,
            views.get("self_checkin"),
            translate_error,
            home_language=settings.language,
        )
        page.language_requested.connect(languages.switch)
        page.staff_called.connect(lambda: feedback.call_staff())  # the lambda keeps it alive
        return page

    factories: dict[str, Callable[[KioskActions], QWidget]] = {
        "sign_in": lambda actions: SignInPage(actions),
        "desk": lambda actions: DeskScreen(actions, views.get("desk"), feedback),
        "self_checkin": self_checkin,
        "operator": lambda actions: OperatorPanel(actions, sync_runner),
        "settings": lambda actions: SettingsPage(actions, replace_secret=True),
    }
    factories["card"] = lambda actions: CardForm(actions, SlipPrinter(actions))
    factories["dashboard"] = lambda actions: DashboardScreen(actions)
    factories["desks"] = lambda actions: DesksPage(actions, views.get("desks"))
    return factories


def pin_dialog(parent: QWidget, actions: KioskActions) -> StaffMember | None:
    from ui.screens.pin_dialog import ask_pin

    return ask_pin(parent, actions)
