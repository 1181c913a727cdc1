"""Make Debian's ``python3-virtualsmartcard`` importable from the project's virtualenv.

The Debian package installs its module outside the default path
(``/usr/lib/python3/site-packages/virtualsmartcard``) and imports PyCrypto's ``Crypto`` package
(``Crypto.Cipher``, ``Crypto.Hash.SHA``). PyCryptodome ships the same API as ``Cryptodome``
(the ``pycryptodomex`` wheel; Debian's ``python3-pycryptodome`` is the same), where the old
``SHA`` module is called ``SHA1``. :func:`load` aliases those modules under the old names before
the first import, so nothing of the vsmartcard source is copied or patched.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

__all__ = ["VSMARTCARD_PATH", "load"]

#: Where Debian's python3-virtualsmartcard puts its module (see ``dpkg -L``).
VSMARTCARD_PATH = Path("/usr/lib/python3/site-packages/virtualsmartcard")

_ALIASES = {
    "Crypto": "Cryptodome",
    "Crypto.Cipher": "Cryptodome.Cipher",
    "Crypto.Cipher.DES3": "Cryptodome.Cipher.DES3",
    "Crypto.Cipher.DES": "Cryptodome.Cipher.DES",
    "Crypto.Cipher.AES": "Cryptodome.Cipher.AES",
    "Crypto.Cipher.ARC4": "Cryptodome.Cipher.ARC4",
    "Crypto.Hash": "Cryptodome.Hash",
    "Crypto.Hash.HMAC": "Cryptodome.Hash.HMAC",
    "Crypto.Hash.SHA": "Cryptodome.Hash.SHA1",
    "Crypto.Random": "Cryptodome.Random",
    "Crypto.Util": "Cryptodome.Util",
}


def load() -> ModuleType:
    """Import and return ``virtualsmartcard.VirtualSmartcard``.

    Raises:
        ModuleNotFoundError: the Debian package (or ``pycryptodomex``) is not installed —
            ``scripts/setup.sh`` installs both.
    """
    if not VSMARTCARD_PATH.is_dir():
        raise ModuleNotFoundError(
            f"{VSMARTCARD_PATH} is missing: install the Debian package python3-virtualsmartcard "
            "(scripts/setup.sh)"
        )
    for old, new in _ALIASES.items():
        if old not in sys.modules:
            module: ModuleType = importlib.import_module(new)
            sys.modules[old] = module
    if str(VSMARTCARD_PATH) not in sys.path:
        sys.path.append(str(VSMARTCARD_PATH))
    return importlib.import_module("virtualsmartcard.VirtualSmartcard")
