"""Reusable widgets of the kiosk window."""
