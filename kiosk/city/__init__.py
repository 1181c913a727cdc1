"""The core's side of the City OS contract: the append-only outbox and what pending
and blocked mean, the audit anchor, the trust list, where data may be sent and what the
context broker accepts. The client itself lives in ``sync/``.
"""
