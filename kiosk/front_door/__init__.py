"""The verbs of :class:`kiosk.core.Kiosk`, grouped by domain, and what they return.

``results`` holds every result type; ``arrivals``, ``people_verbs`` and ``shelter_verbs`` are
mixins of ``Kiosk`` (see :mod:`kiosk.core` for the rules every verb keeps); ``base`` holds the
one way a verb writes (role, then one transaction).
"""

from kiosk.front_door.results import Changes, Found, Result

__all__ = ["Changes", "Found", "Result"]
