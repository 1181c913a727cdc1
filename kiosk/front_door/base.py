"""What every group of verbs needs from the :class:`~kiosk.core.Kiosk` it is mixed into, and
the one way a verb writes: role first, then one transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from kiosk.access.staff import require_role
from kiosk.basics.context import Context
from kiosk.front_door.results import Changes, Result
from kiosk.store import Store

__all__ = ["Door", "write"]

T = TypeVar("T")


class Door:
    """The attributes a verb mixin may use (set by ``Kiosk.__init__``)."""

    store: Store
    ctx: Context


def write(
    acting: Context,
    permission: str,
    work: Callable[[], T],
    changes: Callable[[T], Changes],
) -> Result[T]:
    """Run ``work`` as ``acting`` in one transaction, after checking it may (``permission``, a
    key of :data:`kiosk.access.staff.PERMISSIONS`); nothing is written when ``work`` raises.

    Raises:
        PermissionDenied: the acting role lacks ``permission`` (nothing was run).
    """
    require_role(acting, permission)
    with acting.store.atomic():
        value = work()
    return Result(value, changes(value))
