"""The errors of reading identity codes: citizen-app codes, kiosk slips, My Number cards and
the trust list of City OS keys.

Every failure a scan can have is its own class with a stable ``code`` and a translatable
message that tells staff (or the evacuee at the self check-in screen) what to do. Params are
never personal data: they hold key ids (hashes of public keys), dates of validity, counts and
short English reasons meant for logs (``reason``, never shown in the message).
"""

from __future__ import annotations

from kiosk.basics.errors import KioskError
from kiosk.basics.i18n import QT_TRANSLATE_NOOP as _N

__all__ = [
    "IdentityError",
    "CodeError",
    "MalformedCode",
    "UnknownVersion",
    "UnknownKey",
    "BadSignature",
    "Expired",
    "NotYetValid",
    "KeyRetired",
    "KeyNotYetValid",
    "ForeignSlip",
    "SlipFromEarlierOpening",
    "SlipTooOld",
    "CodeTooLarge",
    "InvalidPayload",
    "TrustListError",
    "TrustListInvalid",
    "TrustListUnreadable",
    "KeyFileInvalid",
    "InvalidMyNumber",
    "MyNumberLength",
    "MyNumberNotDigits",
    "MyNumberCheckDigit",
    "MyNumberSecretMissing",
]


class IdentityError(KioskError):
    """Base of every error of :mod:`kiosk.identity`."""

    code = "identity"
    template = _N("KioskError", "The identity code cannot be used.")


class CodeError(IdentityError):
    """A scanned code (citizen app or slip) was refused; the person should ask staff."""

    code = "code"


class MalformedCode(CodeError):
    """Not a code of ours, or damaged: bad prefix, Base45, compression, CBOR or claims.

    ``reason`` (English, for logs and tests) says which layer failed; it is not shown.
    """

    code = "code_malformed"
    template = _N(
        "KioskError",
        "This code cannot be read: it is damaged or not a shelter reception code. "
        "Please ask staff.",
    )

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)

    @property
    def reason(self) -> str:
        return str(self.params["reason"])


class UnknownVersion(CodeError):
    """The prefix names a format version this kiosk does not know (e.g. ``KSA9:``)."""

    code = "code_unknown_version"
    template = _N(
        "KioskError",
        "This code uses a newer format ({prefix}) than this kiosk knows. "
        "Update the kiosk software, or ask staff to register by hand.",
    )


class UnknownKey(CodeError):
    """No key in the trust list has the code's key id (for that purpose)."""

    code = "code_unknown_key"
    template = _N(
        "KioskError",
        "This code was signed with a key this kiosk does not trust (key id {kid}). "
        "Import the current trust list, or ask staff to register by hand.",
    )


class BadSignature(CodeError):
    """Keys with the code's id exist, but none verifies the signature: altered or forged."""

    code = "code_bad_signature"
    template = _N(
        "KioskError",
        "This code's signature is not valid: it was altered or not issued by the City. "
        "Please ask staff.",
    )


class Expired(CodeError):
    """The code's expiry has passed; the resident should refresh it in the app."""

    code = "code_expired"
    template = _N(
        "KioskError",
        "This code expired on {expired}. Open the app to show a fresh code, or ask staff.",
    )


class NotYetValid(CodeError):
    """The code says it was issued in the future: the kiosk's clock or the issuer's is wrong."""

    code = "code_not_yet_valid"
    template = _N(
        "KioskError",
        "This code is not valid yet (issued {issued}). Check the kiosk's date and time, "
        "or ask staff.",
    )


class KeyRetired(CodeError):
    """The code verifies, but with a key whose validity ended: codes it signed no longer count."""

    code = "code_key_retired"
    template = _N(
        "KioskError",
        "This code was signed with a key retired on {retired} (key id {kid}). "
        "Open the app to show a fresh code, or ask staff.",
    )


class KeyNotYetValid(NotYetValid):
    """The code verifies with a key whose validity has not started yet."""

    code = "code_key_not_yet_valid"
    template = _N(
        "KioskError",
        "This code was signed with a key valid only from {valid_from} (key id {kid}). "
        "Check the kiosk's date and time, or ask staff.",
    )


class ForeignSlip(CodeError):
    """A valid slip, but from another shelter than the one this kiosk serves."""

    code = "slip_foreign"
    template = _N(
        "KioskError",
        "This slip was issued by another shelter ({shelter}). Please ask staff.",
    )


class SlipFromEarlierOpening(CodeError):
    """A valid slip printed before the shelter's current opening began (an earlier disaster or
    drill): a slip kept from then must not check anybody in now."""

    code = "slip_earlier_opening"
    template = _N(
        "KioskError",
        "This slip is from an earlier opening of the shelter (printed {issued}) and is no "
        "longer valid. Please ask staff at the desk for a new slip.",
    )


class SlipTooOld(CodeError):
    """A valid slip older than the lifetime the shelter set for slips."""

    code = "slip_too_old"
    template = _N(
        "KioskError",
        "This slip was printed {issued} and slips are valid for {days} days here. "
        "Please ask staff at the desk for a new slip.",
    )


class CodeTooLarge(IdentityError):
    """The payload does not fit a QR code that a webcam reads from a phone screen."""

    code = "code_too_large"
    template = _N(
        "KioskError",
        "The code is too large for a readable QR code (version {version}, at most {limit}). "
        "Issue codes for fewer household members.",
    )


class InvalidPayload(IdentityError):
    """A payload to issue (from the issuing tool's JSON or options) breaks a rule of the format.

    ``field`` names the offending field (e.g. ``members[2].sex``); ``reason`` is English.
    """

    code = "payload_invalid"
    template = _N("KioskError", "The code cannot be issued: field {field} is not valid.")

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(field=field, reason=reason)


class TrustListError(IdentityError):
    code = "trust_list"
    template = _N("KioskError", "The trust list cannot be used.")


class TrustListInvalid(TrustListError):
    """The trust-list document breaks the schema; nothing of it is used."""

    code = "trust_list_invalid"
    template = _N(
        "KioskError",
        "The trust-list file is not valid (entry {entry}, field {field}). Nothing was imported.",
    )

    def __init__(self, entry: str, field: str, reason: str) -> None:
        super().__init__(entry=entry, field=field, reason=reason)


class TrustListUnreadable(TrustListError):
    code = "trust_list_unreadable"
    template = _N("KioskError", "The trust-list file {path} cannot be read.")


class KeyFileInvalid(IdentityError):
    """A private-key file for the issuing tool is not an Ed25519 key in PEM form."""

    code = "key_file_invalid"
    template = _N("KioskError", "The key file {path} is not an Ed25519 private key.")


class InvalidMyNumber(IdentityError):
    """A My Number card's code was refused. Never carries any digit of the number."""

    code = "mynumber_invalid"
    template = _N(
        "KioskError",
        "This is not a valid My Number. Show the back of the card again, or ask staff.",
    )


class MyNumberLength(InvalidMyNumber):
    code = "mynumber_length"
    template = _N(
        "KioskError",
        "A My Number has 12 digits; this one has {count}. Show the back of the card again, "
        "or ask staff.",
    )


class MyNumberNotDigits(InvalidMyNumber):
    code = "mynumber_not_digits"
    template = _N(
        "KioskError",
        "A My Number has only digits. Show the QR code on the back of the card, or ask staff.",
    )


class MyNumberCheckDigit(InvalidMyNumber):
    code = "mynumber_check_digit"
    template = _N(
        "KioskError",
        "This My Number's check digit is wrong: it was misread or mistyped. Try again.",
    )


class MyNumberSecretMissing(IdentityError):
    """The deployment secret for My Number tokens is missing or too short."""

    code = "mynumber_secret"
    template = _N(
        "KioskError",
        "My Number cards cannot be read on this kiosk: its token key is not set up.",
    )
