"""Emulated cards for the virtual reader: a My Number card's 券面事項入力補助AP, a FeliCa card and
a card with a random UID. Each is a ``SmartcardOS`` of vsmartcard (driven by
:class:`tests.peers.cards.stack.VirtualCard`), written from the public descriptions of the cards,
never from our client:

- [JPKI-myna] jpki/myna, ``libmyna/reader.go`` (SELECT DF ``00 A4 04 0C``, SELECT EF
  ``00 A4 02 0C``, VERIFY ``00 20 00 80`` with the PIN as ASCII, an empty VERIFY to look up the
  tries left as ``63 Cx``, READ BINARY ``00 B0`` by offset) and ``libmyna/text_ap.go`` (EF
  ``0011`` the 4-digit PIN, EF ``0001`` the number as private tag 16, EF ``0002`` the four items
  as private tag 32 holding private tags 33..37: header, name and address in UTF-8, birth date,
  sex as ISO 5218).
- [jsapdu] AokiApp/jsapdu, ``packages/mynacard/src/constants.ts`` (AID
  ``D3 92 10 00 31 00 01 01 04 08``; EF 01 個人番号 and 02 券面4事項 are protected, EF 11 the
  券面事項入力補助用暗証番号 of 4 digits) and ``schema.ts`` (DF21 offsets, DF22 name,
  DF23 address, DF24 birth, DF25 gender).
- [ISO7816-4] status words: 9000 done; 6982 security status not satisfied (a protected EF read
  before the PIN); 6983 authentication method blocked (PIN locked); 63Cx verification failed,
  x tries left; 6A82 file not found; 6A86 wrong P1-P2; 6D00 instruction not supported;
  6B00 offset outside the file.
- [PCSC-3] PC/SC Part 3, 3.2.2.1.3: GET DATA ``FF CA 00 00 00`` returns the card's UID (ISO
  14443 A), PUPI (ISO 14443 B) or IDm (FeliCa). A real reader answers it itself; through vpcd
  the pseudo-APDU reaches the card, so these emulations answer it. The ATR of a contactless
  storage card is 3.1.3.2.3.2: ``3B 8F 80 01 80 4F 0C A0 00 00 03 06 SS NN NN 00 00 00 00 TCK``
  (SS ``11`` FeliCa, ``03`` ISO 14443 A part 3); an ISO 14443-4 type B card's ATR carries the
  ATQB's application data (3.1.3.2.3.1): ``3B 88 80 01`` + 7 bytes + TCK.
- [ISO14443-3] 6.4.4: a 4-byte UID whose first byte is ``08`` is a random number made anew at
  each activation.

Test data only: the My Number here is a made-up number with a valid check digit.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from functools import reduce

from tests.peers.cards.vicc_shim import load

_vs = load()

__all__ = [
    "KENHOJO_AID",
    "MyNumberCardOS",
    "FixedIdCardOS",
    "RandomUidCardOS",
    "storage_card_atr",
]

#: [jsapdu] constants.ts KENHOJO_AP.
KENHOJO_AID = bytes.fromhex("D3921000310001010408")
EF_MYNUMBER = b"\x00\x01"  # [JPKI-myna] text_ap.go ReadMyNumber
EF_BASIC_FOUR = b"\x00\x02"  # [JPKI-myna] text_ap.go ReadAttributes
EF_PIN = b"\x00\x11"  # [JPKI-myna] text_ap.go LookupPin / VerifyPin

OK = b"\x90\x00"
SECURITY_NOT_SATISFIED = b"\x69\x82"
PIN_BLOCKED = b"\x69\x83"
FILE_NOT_FOUND = b"\x6a\x82"
WRONG_P1P2 = b"\x6a\x86"
INS_NOT_SUPPORTED = b"\x6d\x00"
WRONG_OFFSET = b"\x6b\x00"


def _tck(body: bytes) -> bytes:
    """[PCSC-3] the check byte: XOR of every byte after TS (``3B``)."""
    return bytes([reduce(lambda a, b: a ^ b, body[1:], 0)])


def storage_card_atr(standard: int, card_name: int) -> bytes:
    """[PCSC-3] 3.1.3.2.3.2: the ATR a PC/SC reader builds for a contactless storage card."""
    body = (
        bytes.fromhex("3B8F8001804F0CA0000003")
        + bytes([0x06, standard])
        + card_name.to_bytes(2, "big")
        + bytes(4)
    )
    return body + _tck(body)


def _type_b_atr(app_data: bytes) -> bytes:
    """[PCSC-3] 3.1.3.2.3.1: ISO 14443-4 type B: application data (4) + protocol info (3)."""
    body = bytes.fromhex("3B888001") + app_data + bytes.fromhex("008171")
    return body + _tck(body)


def _tlv(tag: bytes, value: bytes) -> bytes:
    """BER: short length below 128 bytes, else ``81 xx`` / ``82 xx xx``."""
    n = len(value)
    if n < 0x80:
        length = bytes([n])
    elif n < 0x100:
        length = b"\x81" + bytes([n])
    else:
        length = b"\x82" + n.to_bytes(2, "big")
    return tag + length + value


@dataclass
class MyNumberHolder:
    """What the emulated card holds (test data)."""

    number: str = "123456789018"
    name: str = "山田 花子"
    address: str = "東京都千代田区霞が関二丁目一番二号"
    birth: str = "19800402"  # [JPKI-myna] TextAttrs.Birth: YYYYMMDD
    sex: str = "2"  # ISO 5218: 1 male, 2 female, 9 not applicable


@dataclass
class MyNumberCardOS(_vs.SmartcardOS):  # type: ignore[misc, name-defined]
    """A My Number card with the 券面事項入力補助AP; PIN, tries and lock as the real chip.

    ``tries`` is the counter of the AP's PIN EF: 3 at issue, one less per wrong VERIFY, back to
    3 on a right one; at 0 the PIN is blocked (6983) and stays so.
    """

    pin: str = "1234"
    holder: MyNumberHolder = field(default_factory=MyNumberHolder)
    tries: int = 3
    #: Every command APDU seen, as hex (tests check that no PIN was sent when it must not be).
    seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._reset_state()

    def _reset_state(self) -> None:
        self._ap_selected = False
        self._ef: bytes | None = None
        self._verified = False

    # vsmartcard's interface -------------------------------------------------------------
    def getATR(self) -> bytes:  # noqa: N802 - vsmartcard's name
        # The chip is ISO 14443-4 type B; its application data here is fixed test bytes.
        return _type_b_atr(bytes.fromhex("00000000"))

    def powerUp(self) -> None:  # noqa: N802
        self._reset_state()

    def powerDown(self) -> None:  # noqa: N802
        self._reset_state()

    def reset(self) -> None:
        self._reset_state()

    def execute(self, msg: bytes) -> bytes:
        with self._lock:
            self.seen.append(msg.hex())
            apdu = _vs.C_APDU(msg)
            handler = {0xA4: self._select, 0x20: self._verify, 0xB0: self._read_binary}.get(
                apdu.ins
            )
            if apdu.cla == 0xFF and apdu.ins == 0xCA:
                # [PCSC-3] GET DATA; [ISO14443-3] a type B PUPI, random at each activation.
                return os.urandom(4) + OK
            if handler is None:
                return INS_NOT_SUPPORTED
            return handler(apdu.p1, apdu.p2, bytes(apdu.data or b""), apdu.le)

    # the AP ---------------------------------------------------------------------------------
    def _select(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if p1 == 0x04:  # [JPKI-myna] SelectDF: by DF name (AID)
            self._reset_state()
            if data == KENHOJO_AID:
                self._ap_selected = True
                return OK
            return FILE_NOT_FOUND
        if p1 == 0x02:  # [JPKI-myna] SelectEF: by file id, under the selected DF
            if not self._ap_selected or data not in (EF_MYNUMBER, EF_BASIC_FOUR, EF_PIN):
                return FILE_NOT_FOUND
            self._ef = data
            return OK
        return WRONG_P1P2

    def _verify(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if self._ef != EF_PIN or (p1, p2) != (0x00, 0x80):
            return WRONG_P1P2
        if self.tries == 0:
            return PIN_BLOCKED  # [ISO7816-4] 6983
        if not data:  # [JPKI-myna] LookupPin: empty VERIFY answers 63Cx
            return bytes([0x63, 0xC0 | self.tries])
        if data == self.pin.encode("ascii"):
            self.tries = 3
            self._verified = True
            return OK
        self.tries -= 1
        self._verified = False
        return bytes([0x63, 0xC0 | self.tries])

    def _file(self) -> bytes | None:
        h = self.holder
        if self._ef == EF_MYNUMBER:
            # [JPKI-myna] ReadMyNumber reads 17 bytes: FF 10 0C + 12 ASCII digits, then padding.
            return _tlv(b"\xff\x10", h.number.encode("ascii")) + b"\xff\xff"
        if self._ef == EF_BASIC_FOUR:
            # [JPKI-myna] TextAttrs / [jsapdu] schemaKenhojoBasicFour, inside FF 20.
            header = bytes.fromhex("DF2103") + bytes(3)  # offsets (unused by readers)
            body = (
                header
                + _tlv(b"\xdf\x22", h.name.encode("utf-8"))
                + _tlv(b"\xdf\x23", h.address.encode("utf-8"))
                + _tlv(b"\xdf\x24", h.birth.encode("ascii"))
                + _tlv(b"\xdf\x25", h.sex.encode("ascii"))
            )
            # A long form length (82 xx xx) as on the chip, so a reader must read the header.
            return b"\xff\x20\x82" + len(body).to_bytes(2, "big") + body
        return None

    def _read_binary(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        content = self._file()
        if content is None:
            return FILE_NOT_FOUND
        if not self._verified:
            return SECURITY_NOT_SATISFIED  # [jsapdu] EF 01 and 02 are protected by the PIN
        offset = (p1 << 8) | p2
        if offset > len(content):
            return WRONG_OFFSET
        count = 256 if not le else le  # Le 00 asks for up to 256 bytes
        return content[offset : offset + count] + OK


@dataclass
class FixedIdCardOS(_vs.SmartcardOS):  # type: ignore[misc, name-defined]
    """A FeliCa card (transit IC, city card): GET DATA answers its fixed 8-byte IDm."""

    idm: bytes = bytes.fromhex("012E4CD1A2B3C4D5")
    standard: int = 0x11  # [PCSC-3] SS: FeliCa
    card_name: int = 0x003B  # [PCSC-3] NN: FeliCa

    def getATR(self) -> bytes:  # noqa: N802
        return storage_card_atr(self.standard, self.card_name)

    def execute(self, msg: bytes) -> bytes:
        apdu = _vs.C_APDU(msg)
        if apdu.cla == 0xFF and apdu.ins == 0xCA and (apdu.p1, apdu.p2) == (0, 0):
            return self.idm + OK  # [PCSC-3] GET DATA: the IDm
        if apdu.ins == 0xA4:
            return FILE_NOT_FOUND  # no ISO 7816 application on a storage card
        return INS_NOT_SUPPORTED


@dataclass
class RandomUidCardOS(_vs.SmartcardOS):  # type: ignore[misc, name-defined]
    """An ISO 14443 A card (a phone, a privacy-minded card) whose UID is random: ``08`` and
    three random bytes, new at each power-up [ISO14443-3]."""

    def __post_init__(self) -> None:
        self._uid = b"\x08" + os.urandom(3)

    def getATR(self) -> bytes:  # noqa: N802
        return storage_card_atr(0x03, 0x0001)

    def powerUp(self) -> None:  # noqa: N802
        self._uid = b"\x08" + os.urandom(3)

    def execute(self, msg: bytes) -> bytes:
        apdu = _vs.C_APDU(msg)
        if apdu.cla == 0xFF and apdu.ins == 0xCA:
            return self._uid + OK
        if apdu.ins == 0xA4:
            return FILE_NOT_FOUND
        return INS_NOT_SUPPORTED
