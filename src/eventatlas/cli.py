"""Command-line interface. The only module that prints or exits."""

from __future__ import annotations

import importlib

import click

from . import __version__

# One explicit list of the built-in commands: (module, attribute). Each module defines a
# click command or group; nothing registers itself as a side effect of import.
BUILTIN_COMMANDS: list[tuple[str, str]] = [
    ("eventatlas.cli_extract", "extract"),
    ("eventatlas.cli_evaluate", "evaluate"),
    ("eventatlas.cli_store", "ingest"),
    ("eventatlas.cli_store", "watch"),
    ("eventatlas.cli_store", "events"),
    ("eventatlas.cli_store", "show"),
    ("eventatlas.cli_store", "edit"),
    ("eventatlas.cli_store", "revert"),
    ("eventatlas.cli_store", "reextract"),
    ("eventatlas.cli_gazetteer", "gazetteer"),
    ("eventatlas.cli_gazetteer", "geoparse"),
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventatlas")
def cli() -> None:
    """eventatlas: news reports of political violence in, ACLED-coded events out."""


for _module, _attr in BUILTIN_COMMANDS:
    cli.add_command(getattr(importlib.import_module(_module), _attr))


def main() -> None:
    # Compiled patterns are kept in the data folder between runs: a one-report run spends most
    # of its time compiling them otherwise (see fastre.CodeCache). A folder that cannot be
    # written only means the next run compiles again.
    from .config import default_home
    from .fastre import code_cache

    with code_cache(default_home() / "regex-cache.marshal"):
        cli(prog_name="eventatlas")
