"""The My Number card's 券面事項入力補助AP (card-information input support application): the
PIN counter, the VERIFY, and reading the number and the four basic items.

Commands and files as publicly described (jpki/myna ``libmyna/reader.go`` and
``libmyna/text_ap.go``; AokiApp/jsapdu ``packages/mynacard/src/constants.ts``):

- SELECT the AP by name ``00 A4 04 0C`` + AID ``D3 92 10 00 31 00 01 01 04 08``;
  SELECT an EF ``00 A4 02 0C`` + 2-byte id: ``0011`` PIN, ``0001`` number, ``0002`` four items.
- VERIFY ``00 20 00 80`` with no data answers ``63 Cx`` (x tries left); with the 4 ASCII digits
  answers ``9000``, ``63 Cx`` (wrong, x left) or ``69 83`` (locked). 3 wrong tries lock it.
- READ BINARY ``00 B0`` P1-P2 offset. EF 0001 is BER ``FF 10 0C`` + 12 ASCII digits; EF 0002 is
  ``FF 20`` holding ``DF 21`` (offsets), ``DF 22`` name, ``DF 23`` address (UTF-8), ``DF 24``
  birth date ``YYYYMMDD``, ``DF 25`` sex (ISO 5218 digit). See :func:`_tlv_at` for why the
BER is read here and not by a library.

The PIN is used for one VERIFY and its bytes cleared right after; it is never stored, logged or
returned. The number goes straight into :func:`kiosk.identity.read_mynumber` and only its token
(and last four digits) leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.cards.errors import (
    CardUnreadable,
    LastTryNeedsConfirmation,
    NotAMyNumberCard,
    PinFormat,
    PinLocked,
    WrongPin,
)
from kiosk.cards.pcsc import CardSession, Response
from kiosk.identity import MyNumberToken, read_mynumber
from kiosk.registry.records import PersonDraft

__all__ = [
    "KENHOJO_AID",
    "CardHolder",
    "is_mynumber_card",
    "tries_left",
    "read_holder",
]

KENHOJO_AID = bytes.fromhex("D3921000310001010408")
_EF_NUMBER = b"\x00\x01"
_EF_FOUR = b"\x00\x02"
_EF_PIN = b"\x00\x11"
_PIN_LENGTH = 4
_MAX_TRIES = 3
_PRIVATE = 3  # BER class "private"
#: ISO 5218 → the card form's sexes (kiosk.registry.vocab.SEXES).
_SEX = {"1": "M", "2": "F"}
#: Files are a few hundred bytes; a bound so a broken card cannot make us read forever.
_MAX_FILE = 4096


@dataclass(frozen=True, repr=False)
class CardHolder:
    """What the card says about its holder: the token of the number and the four items."""

    mynumber: MyNumberToken
    name: str
    address: str
    birth: date | None
    sex: str

    def draft(self) -> PersonDraft:
        """A new evacuee card pre-filled from the chip (kana is not on the card)."""
        return PersonDraft(
            name=self.name,
            sex=self.sex,
            birth=self.birth,
            address=self.address,
            mynumber_token=self.mynumber.token,
        )

    def __repr__(self) -> str:
        return "CardHolder(…)"


def _select(session: CardSession, p1: int, ident: bytes) -> Response:
    return session.transmit(bytes([0x00, 0xA4, p1, 0x0C, len(ident)]) + ident)


def _select_ap(session: CardSession) -> None:
    if not _select(session, 0x04, KENHOJO_AID).ok:
        raise NotAMyNumberCard()


def _select_ef(session: CardSession, ef: bytes) -> None:
    response = _select(session, 0x02, ef)
    if not response.ok:
        raise CardUnreadable(reason=f"select EF {ef.hex()}: sw {response.sw:04X}")


def is_mynumber_card(session: CardSession) -> bool:
    """Whether the card on the reader has the 券面事項入力補助AP (selects it)."""
    return _select(session, 0x04, KENHOJO_AID).ok


def _tries_from(response: Response) -> int | None:
    if response.sw == 0x6983:
        return 0
    if response.sw & 0xFFF0 == 0x63C0:
        return response.sw & 0x0F
    return None


def tries_left(session: CardSession) -> int:
    """How many PIN tries the card has left (3 when unused, 0 when locked); uses no try.

    Raises:
        NotAMyNumberCard: the card has no 券面事項入力補助AP.
        CardUnreadable: the card does not answer the lookup.
    """
    _select_ap(session)
    _select_ef(session, _EF_PIN)
    tries = _tries_from(session.transmit(bytes([0x00, 0x20, 0x00, 0x80])))
    if tries is None:
        raise CardUnreadable(reason="PIN lookup")
    return tries


def _verify(session: CardSession, pin: bytearray) -> None:
    command = bytearray([0x00, 0x20, 0x00, 0x80, len(pin)]) + pin
    try:
        response = session.transmit(command)
    finally:
        command[:] = bytes(len(command))
    if response.ok:
        return
    tries = _tries_from(response)
    if tries == 0:
        raise PinLocked()
    if tries is None:
        raise CardUnreadable(reason=f"verify: sw {response.sw:04X}")
    raise WrongPin(tries_left=tries)


def _read(session: CardSession, offset: int, count: int) -> bytes:
    out = b""
    while len(out) < count:
        want = min(count - len(out), 0xFF)
        at = offset + len(out)
        response = session.transmit(bytes([0x00, 0xB0, at >> 8, at & 0xFF, want]))
        if not response.ok:
            raise CardUnreadable(reason=f"read binary: sw {response.sw:04X}")
        if not response.data:
            break
        out += response.data
    return out


@dataclass(frozen=True)
class _Tlv:
    """One BER data object: class (3 is private), tag number, and the sizes of its parts."""

    cls: int
    tag: int
    header: int
    length: int


def _tlv_at(data: bytes, at: int = 0) -> _Tlv:
    """The data object starting at ``data[at]`` (its header; the value may not be read yet).

    A small reader of its own, because the chip writes short tag numbers in the long form
    (``FF 10`` for private tag 16): asn1crypto and other strict DER/BER parsers refuse that as
    "non-minimal tag encoding" (jpki/myna keeps a patched asn1 package for the same reason).

    Raises:
        CardUnreadable: the bytes end inside the header, or a length form the card never uses.
    """
    try:
        first = data[at]
        i = at + 1
        tag = first & 0x1F
        if tag == 0x1F:  # tag number in the following bytes, 7 bits each while bit 8 is set
            tag = 0
            while True:
                byte = data[i]
                i += 1
                tag = (tag << 7) | (byte & 0x7F)
                if not byte & 0x80:
                    break
        length = data[i]
        i += 1
        if length & 0x80:
            count = length & 0x7F
            if not 1 <= count <= 3:
                raise CardUnreadable(reason="BER length form")
            if i + count > len(data):
                raise IndexError
            length = int.from_bytes(data[i : i + count], "big")
            i += count
    except IndexError:
        raise CardUnreadable(reason="BER header cut short") from None
    return _Tlv(first >> 6, tag, i - at, length)


def _read_tlv_file(session: CardSession, ef: bytes) -> tuple[_Tlv, bytes]:
    """The first data object of ``ef`` and its value: the header first, then the rest."""
    _select_ef(session, ef)
    head = _read(session, 0, 7)  # tag (2) + the longest length (82 xx xx) fit, as libmyna
    tlv = _tlv_at(head)
    total = tlv.header + tlv.length
    if total > _MAX_FILE:
        raise CardUnreadable(reason="file too long")
    data = head if total <= len(head) else head + _read(session, len(head), total - len(head))
    if len(data) < total:
        raise CardUnreadable(reason="file shorter than its length")
    return tlv, data[tlv.header : total]


def _children(content: bytes) -> dict[int, bytes]:
    """The private-class children of a constructed value, by tag number."""
    out: dict[int, bytes] = {}
    at = 0
    while at < len(content) and content[at] not in (0x00, 0xFF):  # 00/FF: padding at the end
        tlv = _tlv_at(content, at)
        start = at + tlv.header
        if start + tlv.length > len(content):
            raise CardUnreadable(reason="BER value cut short")
        if tlv.cls == _PRIVATE:
            out[tlv.tag] = content[start : start + tlv.length]
        at = start + tlv.length
    return out


def _number_token(session: CardSession, secret: bytes) -> MyNumberToken:
    tlv, value = _read_tlv_file(session, _EF_NUMBER)
    if (tlv.cls, tlv.tag) != (_PRIVATE, 16):
        raise CardUnreadable(reason="number file: unexpected tag")
    try:
        text = value.decode("ascii")
    except UnicodeDecodeError:
        raise CardUnreadable(reason="number file: not ASCII") from None
    del value
    return read_mynumber(text, secret)  # InvalidMyNumber (no digit in it) if the card is odd


def _birth(text: str) -> date | None:
    try:
        return date(int(text[0:4]), int(text[4:6]), int(text[6:8])) if len(text) == 8 else None
    except ValueError:
        return None


def _four_items(session: CardSession) -> tuple[str, str, date | None, str]:
    tlv, content = _read_tlv_file(session, _EF_FOUR)
    if (tlv.cls, tlv.tag) != (_PRIVATE, 32):
        raise CardUnreadable(reason="four items: unexpected tag")
    items = _children(content)
    try:
        name = items.get(0x22, b"").decode("utf-8")
        address = items.get(0x23, b"").decode("utf-8")
        birth = items.get(0x24, b"").decode("ascii")
        sex = items.get(0x25, b"").decode("ascii")
    except UnicodeDecodeError:
        raise CardUnreadable(reason="four items are not UTF-8") from None
    return name, address, _birth(birth), _SEX.get(sex, "X")


def read_holder(
    session: CardSession, pin: bytearray, secret: bytes, *, last_try_confirmed: bool = False
) -> CardHolder:
    """VERIFY ``pin`` and read the holder; ``pin`` is cleared (zeroed) before this returns.

    The tries left are read first (that costs no try). With one try left the VERIFY is only
    sent when staff confirmed (``last_try_confirmed``), because a wrong PIN then locks the card.

    Raises:
        PinFormat: ``pin`` is not 4 ASCII digits (nothing sent to the card).
        NotAMyNumberCard: the card has no 券面事項入力補助AP.
        PinLocked: the card's PIN is locked (before or by this try).
        LastTryNeedsConfirmation: one try left and not confirmed (nothing sent).
        WrongPin: wrong PIN; ``params["tries_left"]`` is the card's new counter.
        CardRemoved, CardUnreadable: the card left or answered something unexpected.
        InvalidMyNumber: the number on the card is not a valid My Number (no digit held).
    """
    try:
        if len(pin) != _PIN_LENGTH or not all(0x30 <= b <= 0x39 for b in pin):
            raise PinFormat()
        tries = tries_left(session)
        if tries == 0:
            raise PinLocked()
        if tries == 1 and not last_try_confirmed:
            raise LastTryNeedsConfirmation(tries_left=1)
        _verify(session, pin)
    finally:
        pin[:] = bytes(len(pin))
    token = _number_token(session, secret)
    name, address, birth, sex = _four_items(session)
    return CardHolder(token, name, address, birth, sex)


#: Re-exported for screens that show the counter before the PIN is typed.
MAX_TRIES = _MAX_TRIES
