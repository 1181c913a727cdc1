"""The one error hierarchy of the kiosk core.

Every error a person may see subclasses :class:`KioskError`. Each class has a stable ``code``
(for scripts, tests and logs) and an English message template marked for translation. The
template's parameters are *never* personal data: they name fields, counts, versions, ids that
are random UUIDs, or file paths chosen by the operator. ``str(error)`` is therefore safe to log.

The window shows ``translate("KioskError", template).format(**params)``; the command line prints
``str(error)``. :class:`Cancelled` is the quiet kind: nobody is told about it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.registry.fields import label

__all__ = [
    "KioskError",
    "Cancelled",
    "ValidationError",
    "NotFound",
    "StoreError",
    "StoreMissing",
    "StoreExists",
    "WrongPassphrase",
    "StoreCorrupt",
    "StoreTooNew",
    "PassphraseUnavailable",
    "RuleViolation",
]


class KioskError(Exception):
    """Base of every error the kiosk reports to a person.

    Subclasses set ``code`` and ``template``; instances carry ``params`` that fill the template.
    Params must not hold personal data (names, numbers, addresses): they end up in logs.
    """

    code: ClassVar[str] = "error"
    template: ClassVar[str] = _N("KioskError", "Something went wrong.")
    #: Params that are themselves marked text, with their translation context; the window
    #: translates them before filling the template.
    param_contexts: ClassVar[dict[str, str]] = {}

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        self.template_text = template if template is not None else self.template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message (templates are filled with non-personal params only)."""
        try:
            return self.template_text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template_text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r})"


class Cancelled(KioskError):
    """The person cancelled; never shown, never logged as a failure."""

    code = "cancelled"
    template = _N("KioskError", "Cancelled.")


class ValidationError(KioskError):
    """Bad input in one field: names the field and says what to do.

    ``field`` is the field's key (see :mod:`kiosk.registry.fields`); ``hint`` is a marked English
    sentence, which may use ``{placeholders}`` filled from ``params`` (never personal data).
    """

    code = "invalid"
    template = _N("KioskError", "{label}: {hint}")
    param_contexts = {"label": "Field", "hint": "KioskError"}

    def __init__(self, field: str, hint: str, **params: Any) -> None:
        self.field = field
        self.hint_params = params
        super().__init__(self.template, label=label(field), hint=hint, field=field, **params)

    @property
    def message(self) -> str:
        hint = str(self.params["hint"])
        try:
            hint = hint.format(**self.hint_params)
        except (KeyError, IndexError, ValueError):
            pass
        return f"{self.params['label']}: {hint}"


class NotFound(KioskError):
    code = "not_found"
    template = _N("KioskError", "No {what} with id {id}.")


class RuleViolation(KioskError):
    """A check-in rule refuses the action (closed shelter, not checked in, ...)."""

    code = "rule"


class StoreError(KioskError):
    code = "store"
    template = _N("KioskError", "The data store cannot be used.")


class StoreMissing(StoreError):
    code = "store_missing"
    template = _N(
        "KioskError",
        "No kiosk data store in {home}. Create one with 'kiosk init' or choose another --home.",
    )


class StoreExists(StoreError):
    code = "store_exists"
    template = _N(
        "KioskError",
        "A kiosk data store already exists in {home}; it was left untouched.",
    )


class WrongPassphrase(StoreError):
    code = "wrong_passphrase"
    template = _N("KioskError", "Wrong passphrase for the kiosk data store. Nothing was changed.")


class StoreCorrupt(StoreError):
    code = "store_corrupt"
    template = _N(
        "KioskError",
        "The kiosk data store is damaged ({detail}). Restore a backup or ask support; "
        "the file was left as it is.",
    )


class StoreReadOnly(StoreError):
    code = "store_read_only"
    template = _N(
        "KioskError",
        "The kiosk's data folder {home} cannot be written (a read-only disk, or no "
        "permission). Nothing was changed. Put the data on a writable disk or fix its "
        "permissions, then start again.",
    )


class StoreFull(StoreError):
    code = "store_full"
    template = _N(
        "KioskError",
        "The disk holding the kiosk's data is full: the last change was not saved (everything "
        "saved before is safe). Free some space, for example old exports, then try again.",
    )


class StoreTooNew(StoreError):
    code = "store_too_new"
    template = _N(
        "KioskError",
        "The data store was written by a newer kiosk (schema {found}, this kiosk knows up to "
        "{known}). Update the kiosk software.",
    )


class PassphraseUnavailable(StoreError):
    code = "no_passphrase"
    template = _N(
        "KioskError",
        "No passphrase: set KIOSK_PASSPHRASE or run the command in a terminal.",
    )
