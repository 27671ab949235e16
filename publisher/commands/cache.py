"""``pinghu-publish cache``: the cache of synthesised speech (info, prune, clear)."""

from __future__ import annotations

from pathlib import Path

import click

from publisher.commands.common import CACHE_DIR, CACHE_MAX, friendly_errors


@click.group(invoke_without_command=True)
@CACHE_DIR
@CACHE_MAX
@click.pass_context
def cache(ctx: click.Context, cache_dir: Path | None, cache_max: str) -> None:
    """The cache of synthesised speech: what it holds, and making it smaller.

    A re-run of an unchanged edition takes its sentences and tracks from here
    instead of synthesising them again.  `audio` and `build` keep it under
    --cache-max, removing the least recently used entries first.

    \b
    Examples:
      pinghu-publish cache                 how big it is (same as `cache info`)
      pinghu-publish cache prune --cache-max 200M
      pinghu-publish cache clear
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(cache_info, cache_dir=cache_dir, cache_max=cache_max)


@cache.command("info")
@CACHE_DIR
@CACHE_MAX
@friendly_errors
def cache_info(cache_dir: Path | None, cache_max: str) -> None:
    """Where the cache is, and how much it holds."""
    from publisher.speech.cache import cache_usage, default_cache_dir, describe_usage, parse_size

    for line in describe_usage(cache_usage(cache_dir or default_cache_dir()), parse_size(cache_max)):
        click.echo(line)


@cache.command("prune")
@CACHE_DIR
@CACHE_MAX
@friendly_errors
def cache_prune(cache_dir: Path | None, cache_max: str) -> None:
    """Remove the least recently used entries until the cache fits in --cache-max."""
    from publisher.speech.cache import cache_usage, default_cache_dir, format_size, parse_size, prune_cache

    root = cache_dir or default_cache_dir()
    removed, freed = prune_cache(root, parse_size(cache_max))
    left = cache_usage(root).total
    click.echo(f"removed {removed} entries ({format_size(freed)}); {format_size(left)} left in {root}")


@cache.command("clear")
@CACHE_DIR
@friendly_errors
def cache_clear(cache_dir: Path | None) -> None:
    """Remove every synthesised sentence and track from the cache."""
    from publisher.speech.cache import clear_cache, default_cache_dir, format_size

    root = cache_dir or default_cache_dir()
    removed, freed = clear_cache(root)
    click.echo(f"removed {removed} entries ({format_size(freed)}) from {root}")
