"""My Number: validated, tokenised at once, and never visible beyond the last four digits."""

from __future__ import annotations

import hashlib
import hmac
import traceback

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kiosk.identity import classify, classify_typed
from kiosk.identity.errors import (
    InvalidMyNumber,
    MyNumberCheckDigit,
    MyNumberLength,
    MyNumberNotDigits,
    MyNumberSecretMissing,
)
from kiosk.identity.mynumber import MyNumberToken, read_mynumber

SECRET = b"deployment secret of the demo city, 32+ bytes long!"
NUMBER = "100000030257"  # check digit valid (python-stdnum), ends in 0257 as in the issue
OTHER = "123456789018"


def test_a_valid_number_becomes_its_token_and_last_four_digits() -> None:
    """The v2 token as docs/mynumber-tokens.md defines it (production cost), and the v1 one
    kept only to find people registered before."""
    argon2 = Argon2id(
        salt=b"shelter-kiosk/mynumber-token/v2",
        length=32,
        iterations=2,
        lanes=1,
        memory_cost=32 * 1024,
        secret=SECRET,
    )
    expected = "v2:" + argon2.derive(NUMBER.encode()).hex()
    legacy = hmac.new(SECRET, NUMBER.encode(), hashlib.sha256).hexdigest()
    assert read_mynumber(NUMBER, SECRET) == MyNumberToken(
        token=expected, last4="0257", legacy_token=legacy
    )


def test_the_only_visible_form_is_masked() -> None:
    token = read_mynumber(NUMBER, SECRET)
    assert (token.masked, repr(token), str(token)) == (
        "**** **** 0257",
        "MyNumberToken(…)",
        "MyNumberToken(…)",
    )


@pytest.mark.parametrize(
    "typed",
    [
        "1000 0003 0257",
        "1000-0003-0257",
        " 100000030257\n",
        "１００００００３０２５７",
        "1000　0003　0257",
    ],
)
def test_what_staff_type_gives_the_same_token(typed: str) -> None:
    assert read_mynumber(typed, SECRET) == read_mynumber(NUMBER, SECRET)


def test_tokens_differ_by_number_and_by_deployment() -> None:
    tokens = {
        read_mynumber(NUMBER, SECRET).token,
        read_mynumber(OTHER, SECRET).token,
        read_mynumber(NUMBER, b"another deployment's secret").token,
    }
    assert len(tokens) == 3


@pytest.mark.parametrize(
    ("text", "error", "params"),
    [
        ("12345678025", MyNumberLength, {"count": 11}),
        ("1234567802570", MyNumberLength, {"count": 13}),
        ("", MyNumberLength, {"count": 0}),
        ("12345678025X", MyNumberNotDigits, {}),
        ("KSA1:123", MyNumberNotDigits, {}),
        ("12345678025²", MyNumberNotDigits, {}),
        ("١٢٣٤٥٦٧٨٠٢٥٧", MyNumberNotDigits, {}),
        ("100000030258", MyNumberCheckDigit, {}),
    ],
)
def test_invalid_numbers_are_refused_by_kind(
    text: str, error: type[InvalidMyNumber], params: dict[str, int]
) -> None:
    with pytest.raises(InvalidMyNumber) as caught:
        read_mynumber(text, SECRET)
    assert (type(caught.value), caught.value.params) == (error, params)


def test_a_refusal_carries_no_digit_anywhere() -> None:
    """Not in the message, the repr, the args, a chained error or the raising frame's locals."""
    with pytest.raises(MyNumberCheckDigit) as caught:
        read_mynumber("100000030258", SECRET)
    error = caught.value
    frames = [frame for frame, _ in traceback.walk_tb(error.__traceback__)]
    reading_frame = next(f for f in frames if f.f_code.co_name == "read_mynumber")
    exposed = " ".join(
        [str(error), repr(error), repr(error.args), repr(error.params)]
        + [repr(v) for v in reading_frame.f_locals.values()]
    )
    bad = "100000030258"
    pieces = [bad[i : i + 4] for i in range(len(bad) - 3)]
    assert (error.__cause__, error.__context__, [p for p in pieces if p in exposed]) == (
        None,
        None,
        [],
    )


@pytest.mark.parametrize("secret", [b"", b"short", "a text secret of enough length"])
def test_a_missing_deployment_secret_is_its_own_error(secret: bytes) -> None:
    with pytest.raises(MyNumberSecretMissing) as caught:
        read_mynumber(NUMBER, secret)
    assert caught.value.code == "mynumber_secret"


@pytest.mark.parametrize(
    "typed", ["123456789018", "1234-5678-9018", "１２３４５６７８９０１８", " 1234 5678 9018 "]
)
def test_typed_my_numbers_are_recognised_as_such_not_as_searches(typed: str) -> None:
    assert classify_typed(typed) == "mynumber"


@pytest.mark.parametrize("other", ["0242-00-0000", "tel 1234-5678-9018", "12345678901", "見本"])
def test_phone_numbers_and_names_are_not_my_numbers(other: str) -> None:
    assert (classify(other), classify_typed(other)) == ("unknown", "unknown")
