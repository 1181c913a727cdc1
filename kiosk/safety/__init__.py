"""Keeping the kiosk and its data alive: backups (manual and automatic), the store
check (``kiosk doctor``), the support report, the self-test, the window's supervisor, native
crash reports and the one-window-per-home lock.
"""
