"""Shipped data, no code: installed as the package ``publisher._assets`` (see setup.py)."""
