"""The window's screens: desk, confirmation card and dialogs, self check-in, sign-in, first run."""
