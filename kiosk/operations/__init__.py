"""Running the shelter: the shelter itself (open, close, signing key), the
settings, first-run provisioning, the supply estimate, the life survey and the manager's
dashboard.
"""
