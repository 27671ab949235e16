"""The package as a user installs it: a wheel in a fresh venv, run away from the checkout.

Offline-safe and fast: the wheel is built without build isolation (setuptools comes
from the test venv), and the fresh venv borrows the test venv's already-installed
dependencies through a .pth line instead of downloading them.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

SOURCES = ["pyproject.toml", "setup.py", "README.md", "publisher", "assets"]


def _run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, src / name)
    dist = tmp_path_factory.mktemp("dist")
    built = _run(
        [sys.executable, "-m", "pip", "wheel", src, "--no-deps", "--no-build-isolation", "-q", "-w", dist],
        src,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("pinghu_publish-*.whl")
    return wheel


def test_wheel_holds_every_module_and_every_asset(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "publisher").rglob("*.py")}
    assets = {
        "publisher/_assets/" + p.relative_to(ROOT / "assets").as_posix()
        for p in (ROOT / "assets").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert "publisher/_assets/mastheads.json" in assets
    assert modules - names == set()
    assert assets - names == set()


def test_wheel_in_a_fresh_venv_builds_the_seed_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], tmp_path
        ).stdout.strip()
    )
    # the dependencies already installed for the tests; a plain path line runs none of their .pth files,
    # so the checkout's editable install stays invisible
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    installed = _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel], tmp_path
    )
    assert installed.returncode == 0, installed.stderr

    where = _run([python, "-c", "import publisher.assets as a; print(a.ASSETS_DIR)"], tmp_path)
    assert Path(where.stdout.strip()) == site / "publisher" / "_assets"

    work = tmp_path / "elsewhere"
    work.mkdir()
    page = work / "page.txt"
    shutil.copy2(SEED, page)
    result = _run([env_dir / "bin" / "pinghu-publish", "build", "page.txt", "-o", "out", "--no-audio"], work)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (work / "out").iterdir()) == [
        "edition-pinyin.epub",
        "edition.epub",
        "edition.json",
    ]
    # the masthead names and the CSS came from the installed data: the same book as from the checkout
    from_checkout = _run(
        [Path(sys.executable).parent / "pinghu-publish", "epub", "page.txt", "-o", "checkout.epub"], work
    )
    assert from_checkout.returncode == 0, from_checkout.stderr
    assert (work / "out" / "edition.epub").read_bytes() == (work / "checkout.epub").read_bytes()


def _venv_state() -> dict[str, int]:
    """Every installed distribution and the Ace install, with their modification times."""
    site = Path(sysconfig.get_path("purelib"))
    node = [ROOT / "tools" / tool / "node_modules" for tool in ("ace", "readaloud_player")]
    watched = [*site.iterdir(), ROOT / ".venv" / "bin", *node]
    return {str(p): p.stat().st_mtime_ns for p in watched if p.exists()}


@pytest.mark.skipif(not (ROOT / ".venv").is_dir(), reason="the set-up was not made by install.sh")
def test_install_script_run_again_changes_nothing() -> None:
    first = _run(["bash", ROOT / "install.sh"], ROOT)  # brings a stale set-up up to date, if it is one
    assert first.returncode == 0, first.stderr
    before = _venv_state()
    again = _run(["bash", ROOT / "install.sh"], ROOT)
    assert again.returncode == 0, again.stderr
    assert "apt-get install" not in again.stdout
    assert "install.sh: .venv is up to date" in again.stdout
    if (ROOT / "tools" / "ace" / "node_modules").is_dir():
        assert "install.sh: DAISY Ace is up to date" in again.stdout
    if (ROOT / "tools" / "readaloud_player" / "node_modules").is_dir():
        assert "install.sh: epub.js is up to date" in again.stdout
    assert _venv_state() == before


def _wait_for_lock(lock: Path, seconds: int) -> subprocess.Popen[str]:
    env = os.environ | {"PINGHU_APT_LOCKS": str(lock), "PINGHU_APT_LOCK_WAIT": str(seconds)}
    return subprocess.Popen(
        ["bash", str(ROOT / "install.sh"), "--wait-for-apt-lock"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.skipif(os.geteuid() != 0, reason="install.sh checks the system locks through sudo")
def test_install_script_waits_for_the_apt_lock_then_goes_on(tmp_path: Path) -> None:
    lock = tmp_path / "lock-frontend"
    lock.write_text("", encoding="utf-8")
    with lock.open("r+") as held:
        fcntl.lockf(held, fcntl.LOCK_EX)  # as apt and dpkg hold it
        waiting = _wait_for_lock(lock, 60)
        assert waiting.stderr is not None
        first = waiting.stderr.readline()
        assert "another apt/dpkg run holds the package lock; waiting up to 60s" in first
        fcntl.lockf(held, fcntl.LOCK_UN)
    rest = waiting.communicate(timeout=30)[1]
    assert waiting.returncode == 0
    assert "the package lock is free after" in rest


@pytest.mark.skipif(os.geteuid() != 0, reason="install.sh checks the system locks through sudo")
def test_install_script_gives_up_on_a_lock_held_too_long(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    lock.write_text("", encoding="utf-8")
    with lock.open("r+") as held:
        fcntl.lockf(held, fcntl.LOCK_EX)
        stuck = _wait_for_lock(lock, 1)
        err = stuck.communicate(timeout=30)[1]
    assert stuck.returncode == 1
    assert "the apt/dpkg lock is still held after 1s" in err
