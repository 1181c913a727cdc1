"""Who may do what and the record of who did what: staff accounts, roles and PIN
sign-in, the PIN lockout, and the tamper-evident audit log.
"""
