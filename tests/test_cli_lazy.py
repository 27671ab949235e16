"""The commands are imported only when a run names them (publisher/cli.py, LazyGroup)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import click
from click.testing import CliRunner

from publisher.cli import COMMANDS, main


def test_every_lazy_command_is_the_command_of_its_name() -> None:
    for name, module in COMMANDS.items():
        command = getattr(importlib.import_module(module), name)
        assert isinstance(command, click.Command)
        assert command.name == name


def test_help_lists_every_command_with_its_first_sentence() -> None:
    output = CliRunner().invoke(main, ["--help"], terminal_width=200).output
    for name, module in COMMANDS.items():
        command = getattr(importlib.import_module(module), name)
        assert f"  {name.ljust(len('structure'))}  {command.get_short_help_str(200)}\n" in output


def test_a_run_imports_only_the_command_it_names() -> None:
    code = (
        "import sys\nfrom publisher.cli import main\n"
        "try:\n    main(['epub', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('publisher.commands.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "['publisher.commands.common', 'publisher.commands.epub']"


def test_a_mistyped_command_is_still_told_the_nearest_name() -> None:
    result = CliRunner().invoke(main, ["epu"])
    assert result.exit_code == 2
    assert "No such command 'epu'." in result.output


def test_the_console_script_runs_the_command_with_a_bounded_collector() -> None:
    # publisher.console: the collector stays on (young collections every YOUNG_THRESHOLD objects),
    # the command's exit code comes through, and everything is frozen once the command is over.
    code = (
        "import atexit, gc, sys\nfrom publisher.console import YOUNG_THRESHOLD, main\n"
        "atexit.register(lambda: print(gc.isenabled(), gc.get_threshold()[0] == YOUNG_THRESHOLD,"
        " gc.get_freeze_count() > 0))\n"
        "sys.argv = ['pinghu-publish', 'no-such-command']\nmain()"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 2 and "No such command" in run.stderr
    assert run.stdout.split() == ["True", "True", "True"]
