"""The look of the whole window: a font with Japanese glyphs, a normal and a high-contrast
theme, and a large-type scale, applied once to the application.

Widgets do not pick colours themselves: they name what they are (``objectName`` and a
``kind`` property, e.g. ``QLabel#banner[kind="error"]``) and the stylesheet here colours them
for the current theme, so switching to high contrast restyles every screen at once. Meaning
is never carried by colour alone: banners and flashes also carry an icon and words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from kiosk.operations.settings import Settings

__all__ = [
    "Theme",
    "JAPANESE_FONTS",
    "BASE_POINT_SIZE",
    "LARGE_TYPE_SCALE",
    "japanese_font_family",
    "ui_font",
    "type_scale",
    "set_points",
    "rescale",
    "palette",
    "stylesheet",
    "apply_theme",
]

# Fonts with complete Japanese coverage, best first: the IPA fonts are what setup installs on
# Debian (the proportional IPAPGothic reads better in English than the fixed-width IPAGothic);
# Noto Sans CJK JP is common on other Linux; the rest ship with Windows.
JAPANESE_FONTS: tuple[str, ...] = (
    "IPAPGothic",
    "IPAGothic",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Yu Gothic UI",
    "Meiryo UI",
    "Meiryo",
    "MS Gothic",
)
# Body text size in points at normal type; large type multiplies every size by the scale.
BASE_POINT_SIZE = 13
LARGE_TYPE_SCALE = 1.4

# Colours: (normal, high contrast). High contrast is white/yellow on black, the common
# operating-system convention; every pair here meets WCAG AA (4.5:1) for text.
_KIND_COLOURS = {
    # kind: (normal fg, normal bg, high-contrast fg)
    "success": ("#0a5c27", "#e3f6e8", "#7cff8a"),
    "info": ("#0d3d6e", "#e6f0fa", "#8cd2ff"),
    "warning": ("#6b4100", "#fff3d6", "#ffd84d"),
    "error": ("#8c1010", "#fde7e7", "#ff8c8c"),
}
_FLASH_BACKGROUNDS = {"success": "#0a6b2d", "failure": "#8c1010"}


@dataclass(frozen=True)
class Theme:
    """Which theme and type size the window uses (from
    :class:`kiosk.operations.settings.Settings`)."""

    high_contrast: bool = False
    large_type: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> Theme:
        return cls(high_contrast=settings.high_contrast, large_type=settings.large_type)

    @property
    def scale(self) -> float:
        """Factor applied to every text size and padding (1.0 or the large-type scale)."""
        return LARGE_TYPE_SCALE if self.large_type else 1.0

    def points(self, base: float) -> int:
        """``base`` points at this theme's type scale, rounded."""
        return round(base * self.scale)


def japanese_font_family() -> str | None:
    """The first installed font of :data:`JAPANESE_FONTS`, or None (then Qt falls back).

    When the system has none, the IPA Gothic the build carries (the PDF font, found by
    :func:`kiosk.exports.files.japanese_font`) is registered with Qt first: a laptop
    without Japanese fonts (a fresh Windows in English) still shows kanji, not boxes.
    """
    families = set(QFontDatabase.families())
    found = next((family for family in JAPANESE_FONTS if family in families), None)
    if found is not None:
        return found
    from kiosk.exports.files import FontMissing, japanese_font  # only then: PDF libraries

    try:
        path = japanese_font()
    except FontMissing:
        return None
    loaded = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
    return loaded[0] if loaded else None


_BASE_POINTS = "kioskBasePoints"  # the size a widget asked for at normal type
_TYPE_SCALE = "kioskTypeScale"  # on the QApplication: the theme's scale


def type_scale() -> float:
    """The running application's type scale (1.0, or larger with the large-type setting), as
    :func:`apply_theme` last set it."""
    app = QApplication.instance()
    scale = app.property(_TYPE_SCALE) if app is not None else None
    return scale if isinstance(scale, float) else 1.0


def set_points(widget: QWidget, points: float, bold: bool | None = None) -> None:
    """Give ``widget`` a type size stated at normal scale; it follows the large-type setting
    now and whenever the application font changes (see :func:`rescale`)."""
    widget.setProperty(_BASE_POINTS, float(points))
    font = widget.font()
    font.setPointSize(round(points * type_scale()))
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)


def rescale(root: QWidget) -> None:
    """Re-apply :func:`set_points` sizes under ``root`` after the application font changed
    (the large-type setting switched while the window is open)."""
    for widget in (root, *root.findChildren(QWidget)):
        points = widget.property(_BASE_POINTS)
        if isinstance(points, float):
            set_points(widget, points)


def ui_font(theme: Theme) -> QFont:
    """The application font: a Japanese-capable family at the theme's body size."""
    family = japanese_font_family()
    font = QFont(family) if family else QFont()
    font.setPointSize(theme.points(BASE_POINT_SIZE))
    return font


def palette(theme: Theme) -> QPalette:
    """The colour palette: Fusion's light palette, or white/yellow on black."""
    if not theme.high_contrast:
        style = QStyleFactory.create("Fusion")
        return style.standardPalette() if style is not None else QPalette()
    result = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#000000"),
        (QPalette.ColorRole.AlternateBase, "#1a1a1a"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#d0d0d0"),
        (QPalette.ColorRole.Button, "#000000"),
        (QPalette.ColorRole.ButtonText, "#ffff00"),
        (QPalette.ColorRole.BrightText, "#ffff00"),
        (QPalette.ColorRole.Highlight, "#ffff00"),
        (QPalette.ColorRole.HighlightedText, "#000000"),
        (QPalette.ColorRole.ToolTipBase, "#000000"),
        (QPalette.ColorRole.ToolTipText, "#ffffff"),
        (QPalette.ColorRole.Link, "#8cd2ff"),
    ):
        result.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
        result.setColor(disabled, role, QColor("#9a9a9a"))
    result.setColor(disabled, QPalette.ColorRole.WindowText, QColor("#9a9a9a"))
    return result


def stylesheet(theme: Theme) -> str:
    """The application stylesheet: sizes scaled for large type, colours for the theme, and
    a focus ring thick enough to follow with the eye when working by keyboard only."""
    pad = round(8 * theme.scale)
    pad_wide = round(14 * theme.scale)
    box = round(28 * theme.scale)
    flash_pt = theme.points(36)
    rules: list[str] = []
    if theme.high_contrast:
        rules += [
            f"QPushButton {{ border: 3px solid #ffff00; padding: {pad}px {pad_wide}px;"
            " color: #ffff00; background: #000000; }",
            "QPushButton:focus { border: 5px solid #00ffff; }",
            "QPushButton:default { background: #ffff00; color: #000000; font-weight: bold; }",
            "QPushButton:disabled { border-color: #9a9a9a; color: #9a9a9a; }",
            # A disabled default button is not yellow: grey on yellow cannot be read.
            "QPushButton:default:disabled { background: #000000; color: #9a9a9a;"
            " border-color: #9a9a9a; }",
            "QLineEdit, QComboBox, QSpinBox { border: 2px solid #ffffff; padding: 4px; }",
            "QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border: 4px solid #00ffff; }",
            "QLabel#supportTag { background: #ffff00; color: #000000; padding: 6px; }",
            "QLabel#pinDisplay { border: 2px solid #ffffff; }",
            'QLabel#pinDisplay[active="true"] { border: 5px solid #00ffff; }',
        ]
    else:
        rules += [
            f"QPushButton {{ padding: {pad}px {pad_wide}px; }}",
            "QPushButton:focus { border: 3px solid #1a5fb4; border-radius: 4px; }",
            # White on this green is 6.9:1 (the lighter #0b5 was 2.9:1, below WCAG AA); a
            # disabled default button turns grey so it does not look pressable.
            "QPushButton:default { background: #0a6b2d; color: #ffffff; font-weight: bold; }",
            "QPushButton:default:disabled { background: #d0d0d0; color: #333333; }",
            "QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border: 3px solid #1a5fb4; }",
            "QLabel#supportTag { background: #000; color: #ff0; padding: 6px; }",
            "QLabel#pinDisplay { border: 2px solid #8a8a8a; background: #ffffff;"
            " color: #000000; border-radius: 6px; }",
            'QLabel#pinDisplay[active="true"] { border: 3px solid #1a5fb4; }',
        ]
    rules.append("QPushButton#pinKey { padding: 2px; }")
    rules.append(
        f"QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}"
    )
    for kind, (fg, bg, hc_fg) in _KIND_COLOURS.items():
        if theme.high_contrast:
            fg, bg = hc_fg, "#000000"
        rules.append(
            f'QLabel#banner[kind="{kind}"] {{ color: {fg}; background: {bg};'
            f" border: 3px solid {fg}; padding: {pad + 2}px; font-weight: bold; }}"
        )
        if kind in ("warning", "error"):  # the backup age in the status bar (ui.widgets.backup_age)
            rules.append(
                f'QToolButton#backupAge[kind="{kind}"] {{ color: {fg}; background: {bg};'
                f" border: 2px solid {fg}; font-weight: bold; }}"
            )
            # a desk not reached for a while (ui.widgets.desk_links)
            rules.append(
                f'QLabel#deskLink[kind="{kind}"] {{ color: {fg}; background: {bg};'
                " font-weight: bold; }"
            )
    for kind, bg in _FLASH_BACKGROUNDS.items():
        fg, border = "#ffffff", bg
        if theme.high_contrast:
            fg, bg, border = "#ffff00", "#000000", "#ffff00"
        rules.append(
            f'QLabel#flash[kind="{kind}"] {{ color: {fg}; background: {bg};'
            f" border: 4px solid {border}; border-radius: 16px; padding: 24px;"
            f" font-size: {flash_pt}pt; font-weight: bold; }}"
        )
    return "\n".join(rules)


def apply_theme(app: QApplication, theme: Theme | Settings) -> Theme:
    """Apply font, palette and stylesheet to the whole application; returns the theme used.

    Accepts the settings directly (the window's settings page re-applies after a change).
    Fusion is used everywhere so palettes and focus rings look the same on Windows and Linux.
    """
    if isinstance(theme, Settings):
        theme = Theme.from_settings(theme)
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setProperty(_TYPE_SCALE, float(theme.scale))  # before the font: widgets rescale on it
    app.setFont(ui_font(theme))
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme))
    return theme
