"""Packaging that pyproject.toml cannot say alone: ``assets/`` ships inside the package.

``assets/`` stays at the top of the checkout (the one source of truth, edited
there) and is installed as the data package ``publisher._assets``, so an installed
wheel never reads the checkout (publisher/assets.py finds it through importlib).
Every folder below it is listed as a package so that setuptools copies its files.
"""

from pathlib import Path

from setuptools import find_packages, setup

ASSETS = Path(__file__).parent / "assets"
asset_packages = ["publisher._assets"] + [
    "publisher._assets." + ".".join(d.relative_to(ASSETS).parts)
    for d in sorted(ASSETS.rglob("*"))
    if d.is_dir() and d.name != "__pycache__"
]

setup(
    packages=[*find_packages(include=["publisher", "publisher.*"]), *asset_packages],
    package_dir={"publisher._assets": "assets"},
    package_data={name: ["*"] for name in asset_packages},
)
