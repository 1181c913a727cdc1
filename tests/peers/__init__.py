"""Real protocol peers for the sync tests, on 127.0.0.1 only."""
