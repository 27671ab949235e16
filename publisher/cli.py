"""The ``pinghu-publish`` command: the one place where I/O, options and exit codes meet.

Every stage is imported lazily so ``--help`` stays instant, and every
:class:`PublisherError` becomes one ``error: …`` line on stderr with a
non-zero exit, never a traceback (publisher/commands/common.py).

Each command is defined in its own module of publisher/commands/ and imported only when
a run names it (click's "lazily loading subcommands"): building the options of all six
commands cost a plain ``epub`` ~9 M instructions of its ~480 M.  The top-level help
lists every command, so it imports them all; its text is the same as with the commands
defined here.
"""

from __future__ import annotations

import importlib

from publisher.patterns import preload_standard_patterns

# Before click is imported: its modules and the standard ones it imports (platform, gettext,
# inspect...) find the patterns they compile at import already compiled (publisher/patterns.py).
preload_standard_patterns()

import click  # noqa: E402

# name -> the module that defines a click command of that name under the same attribute name
COMMANDS = {
    "audio": "publisher.commands.audio",
    "build": "publisher.commands.build",
    "cache": "publisher.commands.cache",
    "epub": "publisher.commands.epub",
    "structure": "publisher.commands.structure",
    "voices": "publisher.commands.voices",
}


class LazyGroup(click.Group):
    """A group whose commands are imported the first time they are asked for."""

    def __init__(self, *args: object, lazy_commands: dict[str, str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            # tests/test_cli_lazy.py checks that every entry of COMMANDS names its own command
            self.add_command(getattr(importlib.import_module(self.lazy_commands[cmd_name]), cmd_name))
        return self.commands.get(cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        # A name that is no command: click's error suggests the nearest names in self.commands
        # (click >= 8.4), so all of them are there first.
        if args and args[0] not in self.lazy_commands:
            for name in self.lazy_commands:
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)


@click.group(cls=LazyGroup, lazy_commands=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pinghu-publish")
def main() -> None:
    """Publish a printed newspaper page as a structured edition, an accessible
    EPUB 3 (with an optional pinyin edition) and an audio edition.

    \b
    Everything at once:
      pinghu-publish build seeds/000_9b8e91649bcfa4b4.txt -o out/
    """
    from publisher.patterns import save_compiled_patterns

    # the patterns this run had to compile are kept for the next one (publisher/patterns.py)
    click.get_current_context().call_on_close(save_compiled_patterns)
