"""Helpers the tests share, imported by name (fixtures stay in conftest.py)."""
