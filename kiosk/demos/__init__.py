"""Clearly fake data for demos, tests and benchmarks, and the desk's flow in a
terminal.
"""
