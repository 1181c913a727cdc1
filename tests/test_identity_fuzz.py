"""Property tests of the identity parsers: random and mutated input raises only our own errors.

Every parser (app codes, slips, My Numbers, trust lists, the issuing tool's JSON, ``classify``)
is fed random text, mutations of valid codes at each layer (text, COSE bytes, signed claims)
and arbitrary signed CBOR. The only acceptable outcomes are a result or a ``KioskError``: no
other exception, no crash, no hang. The example counts add up to more than 10,000.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import base45
import cbor2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.basics.errors import KioskError
from kiosk.identity import classify
from kiosk.identity.app_code import (
    APP_PREFIX,
    VerifiedApp,
    issue_app_code,
    parse_payload_json,
    verify_app_code,
)
from kiosk.identity.demo import (
    demo_household_of_six,
    demo_issuer_key,
    demo_kiosk_key,
    demo_trust_list,
)
from kiosk.identity.keys import sign_cose
from kiosk.identity.mynumber import read_mynumber
from kiosk.identity.slip import SLIP_PREFIX, VerifiedSlip, issue_slip, verify_slip
from kiosk.identity.trust import dump_trust_list, parse_trust_list

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
TRUST = demo_trust_list()
SECRET = b"fuzzing deployment secret, long enough"
SIX = demo_household_of_six(NOW)
APP_TEXT = issue_app_code(SIX, demo_issuer_key())
APP_COSE = zlib.decompress(base45.b45decode(APP_TEXT[len(APP_PREFIX) :]))
SLIP_TEXT = issue_slip(demo_kiosk_key(), "demo-shelter-01", True, slip_id="ABCDEFGH")[1]
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"

#: Examples per property; their sum is the fuzzing budget the issue asks for (>= 10,000).
EXAMPLES = {
    "random_text": 2000,
    "mutated_text": 2500,
    "mutated_cose": 2000,
    "signed_claims": 2000,
    "slips": 1500,
    "json_documents": 1000,
}


def fuzz(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return settings(
        max_examples=EXAMPLES[name],
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def outcome(call: Callable[[], object]) -> object:
    """The result, or the KioskError raised; any other exception fails the test."""
    try:
        return call()
    except KioskError as error:
        return error


def wrap(message: bytes) -> str:
    return APP_PREFIX + base45.b45encode(zlib.compress(message)).decode("ascii")


def mutate(data: Any, edits: list[tuple[int, int, int]], alphabet: Any) -> Any:
    """Apply replace / insert / delete edits at positions taken modulo the current length."""
    out = list(data)
    for position, op, value in edits:
        at = position % (len(out) + 1)
        if op == 0 and at < len(out):
            out[at] = alphabet[value % len(alphabet)]
        elif op == 1:
            out.insert(at, alphabet[value % len(alphabet)])
        elif at < len(out):
            del out[at]
    return out


EDITS = st.lists(
    st.tuples(st.integers(0, 4000), st.integers(0, 2), st.integers(0, 255)), min_size=1, max_size=8
)
PREFIXED = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=ALNUM, max_size=1500).map(lambda t: APP_PREFIX + t),
    st.text(alphabet=ALNUM, max_size=400).map(lambda t: SLIP_PREFIX + t),
    st.sampled_from(["KSA", "KSS", "KSA1", "KSA99:", "KSS0:"]).flatmap(
        lambda p: st.text(alphabet=ALNUM, max_size=50).map(lambda t: p + t)
    ),
    st.text(alphabet="0123456789０１２３ -", max_size=20),
)


@fuzz("random_text")
@given(PREFIXED)
def test_random_text_gets_only_our_errors(text: str) -> None:
    results = [
        outcome(lambda: verify_app_code(text, TRUST, NOW)),
        outcome(lambda: verify_slip(text, TRUST, NOW)),
        outcome(lambda: read_mynumber(text, SECRET)),
    ]
    assert classify(text) in ("app", "slip", "mynumber", "unknown")
    assert all(isinstance(r, KioskError) or r is not None for r in results)


@fuzz("mutated_text")
@given(EDITS)
def test_mutated_app_codes_get_only_our_errors(edits: list[tuple[int, int, int]]) -> None:
    text = "".join(mutate(APP_TEXT, edits, ALNUM))
    result = outcome(lambda: verify_app_code(text, TRUST, NOW))
    # A mutation either breaks the code or (rarely, e.g. a deleted trailing char that base45
    # still reads identically) leaves the very same payload.
    assert isinstance(result, KioskError) or (
        isinstance(result, VerifiedApp) and result.payload == SIX
    )


@fuzz("mutated_cose")
@given(EDITS)
def test_mutated_cose_messages_get_only_our_errors(edits: list[tuple[int, int, int]]) -> None:
    message = bytes(mutate(APP_COSE, edits, range(256)))
    result = outcome(lambda: verify_app_code(wrap(message), TRUST, NOW))
    assert isinstance(result, KioskError) or (
        isinstance(result, VerifiedApp) and result.payload == SIX
    )


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.binary(max_size=30),
    st.sampled_from(["F", "M", "X", "self", "child", "1950-04-01", "2026-02-30"]),
)
KEYS = (4, 6, -65537, 0, 1, 2, 3, 7, 8, 11, -1, 4.0, "4", b"\x04")


def random_cbor(rng: random.Random, depth: int = 0) -> Any:
    """An arbitrary CBOR value, biased towards the shapes of our claims (fast to generate)."""
    roll = rng.random()
    if depth < 4 and roll < 0.2:
        return [random_cbor(rng, depth + 1) for _ in range(rng.randrange(5))]
    if depth < 4 and roll < 0.4:
        return {rng.choice(KEYS): random_cbor(rng, depth + 1) for _ in range(rng.randrange(6))}
    return rng.choice(
        [
            None,
            True,
            rng.randrange(-(2**70), 2**70),
            rng.randrange(-5, 2**11),
            int(NOW.timestamp()) + rng.randrange(-9999, 9999),
            rng.random() * 1e12,
            float("nan"),
            "".join(chr(rng.randrange(0x20, 0x3100)) for _ in range(rng.randrange(12))),
            rng.randbytes(rng.randrange(12)),
            rng.choice(["F", "M", "X", "self", "child", "1950-04-01", "2026-02-30", ""]),
            cbor2.CBORTag(rng.choice([0, 1, 2, 24, 258, 1004]), rng.randrange(99)),
        ]
    )


MEMBER = st.dictionaries(st.integers(1, 11), SCALARS, max_size=11)
NEAR_VALID = st.fixed_dictionaries(
    {
        4: st.one_of(st.just(int(NOW.timestamp()) + 99), SCALARS),
        6: st.one_of(st.just(int(NOW.timestamp()) - 99), SCALARS),
        -65537: st.one_of(
            st.fixed_dictionaries(
                {0: st.one_of(st.just(1), SCALARS), 3: st.lists(MEMBER, max_size=3)}
            ),
            SCALARS,
        ),
    }
)
ARBITRARY = st.randoms(use_true_random=True).map(random_cbor)


@fuzz("signed_claims")
@given(st.one_of(NEAR_VALID, ARBITRARY))
def test_arbitrary_signed_claims_get_only_our_errors(claims: Any) -> None:
    text = wrap(sign_cose(cbor2.dumps(claims), demo_issuer_key()))
    result = outcome(lambda: verify_app_code(text, TRUST, NOW))
    assert isinstance(result, KioskError | VerifiedApp)


@fuzz("slips")
@given(st.one_of(EDITS.map(lambda e: ("text", e)), ARBITRARY.map(lambda b: ("body", b))))
def test_mutated_and_arbitrary_slips_get_only_our_errors(case: tuple[str, Any]) -> None:
    kind, value = case
    if kind == "text":
        text = "".join(mutate(SLIP_TEXT, value, ALNUM))
    else:
        text = SLIP_PREFIX + base45.b45encode(
            sign_cose(cbor2.dumps(value), demo_kiosk_key())
        ).decode("ascii")
    result = outcome(lambda: verify_slip(text, TRUST, NOW, "demo-shelter-01"))
    assert isinstance(result, KioskError | VerifiedSlip)


JSON_KEYS = ("format", "version", "keys", "members", "name", "sex", "birth", "needs", "kid", "x")


def random_json(rng: random.Random, depth: int = 0) -> Any:
    """An arbitrary JSON value (fast to generate; hypothesis draws only the seed)."""
    roll = rng.random()
    if depth < 4 and roll < 0.2:
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(5))]
    if depth < 4 and roll < 0.4:
        return {rng.choice(JSON_KEYS): random_json(rng, depth + 1) for _ in range(rng.randrange(5))}
    return rng.choice(
        [
            None,
            False,
            rng.randrange(-(2**70), 2**70),
            rng.random() * 1e300,
            "".join(chr(rng.randrange(0x20, 0x3100)) for _ in range(rng.randrange(12))),
            rng.choice(["EdDSA", "app", "slip", "2026-01-01T00:00:00Z", "F", "1950-04-01", ""]),
        ]
    )


JSON_VALUES = st.randoms(use_true_random=True).map(random_json)
TRUST_ENTRY = json.loads(dump_trust_list(TRUST))["keys"][0]
TRUST_FIELDS = st.sampled_from(sorted(TRUST_ENTRY))


@fuzz("json_documents")
@given(
    st.one_of(
        JSON_VALUES,
        st.dictionaries(TRUST_FIELDS, JSON_VALUES).map(
            lambda e: {"format": "shelter-kiosk/trust-list", "version": 1, "keys": [e]}
        ),
        st.dictionaries(st.sampled_from(["members", "issued_at", "address"]), JSON_VALUES),
    ),
    st.text(max_size=40),
)
def test_random_json_documents_get_only_our_errors(document: Any, junk: str) -> None:
    for text in (json.dumps(document), junk):
        outcome(lambda t=text: parse_trust_list(t))  # type: ignore[misc]
        outcome(lambda t=text: parse_payload_json(t, NOW, NOW))  # type: ignore[misc]


def test_the_fuzzing_budget_is_at_least_ten_thousand() -> None:
    assert sum(EXAMPLES.values()) >= 10_000
