"""Docs as tests: every command has help and a section in docs/cli.md, which is current; the README's
commands, options and links exist."""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path

import click
import pytest

from eventatlas.cli import cli
from eventatlas.models import Event

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_MD = ROOT / "docs" / "cli.md"


def _gen():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "benchmarks" / "gen_cli_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GEN = _gen()
CHAINS = [(cli,), *GEN.walk(cli, (cli,))]
IDS = [" ".join(GEN.names(c)) for c in CHAINS]


def _resolve(words: list[str]) -> click.Command | None:
    """The command that `eventatlas WORDS...` names, following groups; None if there is none."""
    cmd: click.Command = cli
    for w in words:
        if not isinstance(cmd, click.Group) or w.startswith("-") or w not in cmd.commands:
            break
        cmd = cmd.commands[w]
    return None if cmd is cli else cmd


@pytest.mark.parametrize("chain", CHAINS, ids=IDS)
def test_every_command_has_help(chain):
    cmd = chain[-1]
    text = (cmd.help or cmd.short_help or "").strip()
    assert len(text) > 15, f"{' '.join(GEN.names(chain))} has no help text: give its function a docstring"
    for param in cmd.params:
        if isinstance(param, click.Argument):
            continue
        assert param.opts, param


@pytest.mark.parametrize("chain", CHAINS, ids=IDS)
def test_every_command_has_a_section_in_cli_md(chain):
    heading = "## " + " ".join(GEN.names(chain))
    assert heading in CLI_MD.read_text(encoding="utf-8").splitlines(), f"docs/cli.md lacks '{heading}'"


def test_cli_md_is_current():
    assert CLI_MD.read_text(encoding="utf-8") == GEN.render(), (
        "docs/cli.md is stale: run `python benchmarks/gen_cli_docs.py`"
    )


def test_readme_quick_start_is_make_demo_and_make_test():
    start = README.index("## Quick start")
    block = re.search(r"```console\n(.*?)```", README[start:], re.S).group(1)
    commands = [line.split("#")[0].strip()[2:].strip() for line in block.splitlines() if line.startswith("$")]
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test", "bench"):
        assert re.search(rf"^{target}:", makefile, re.M), f"Makefile has no '{target}' target"


def test_readme_commands_table_names_commands_that_exist():
    rows = [line for line in README.splitlines() if line.startswith("| `")]
    assert len(rows) >= 3
    named = 0
    for row in rows:
        first = row.split("|")[1]
        cmd = None
        for code in re.findall(r"`([^`]+)`", first):
            words = [w for w in code.split() if not w.isupper() and not w.endswith("...")]
            if not words[0].startswith("--"):  # `evaluate GOLD --predictions P` / `--run`: same command
                cmd = _resolve(words)
            assert cmd is not None, f"README names `{code}` but eventatlas has no such command"
            for opt in (w for w in words if w.startswith("--")):
                assert opt in {o for p in cmd.params for o in p.opts + p.secondary_opts}, (code, opt)
            named += 1
    assert named >= 6


def test_readme_usage_lines_use_real_commands_and_options():
    lines = re.findall(r"^\$ (?:cat \S+ \| )?eventatlas (.+?)(?:\s+#.*)?$", README, re.M)
    assert len(lines) >= 3
    for line in lines:
        words = shlex.split(line.split(">")[0])
        cmd = _resolve(words)
        assert cmd is not None, line
        known = {o for p in cmd.params for o in p.opts + p.secondary_opts}
        for opt in (w for w in words if w.startswith("--")):
            assert opt in known, f"README: `eventatlas {line}` uses {opt}, which {cmd.name} does not take"


def test_readme_links_to_docs_that_exist():
    links = re.findall(r"\]\(((?:docs|examples|benchmarks)/[^)#]+)", README)
    assert links
    for link in links:
        assert (ROOT / link).exists(), f"README links to {link}, which does not exist"


def test_readme_lists_every_acled_field_of_an_event():
    acled = list(Event.model_fields)[: list(Event.model_fields).index("tags") + 1]
    assert acled[0] == "event_date" and len(acled) == 25
    # `admin1`-`admin3` names admin2 too
    readme = re.sub(r"`([a-z_]+)(\d)`-`\1(\d)`",
                    lambda m: " ".join(f"`{m[1]}{i}`" for i in range(int(m[2]), int(m[3]) + 1)), README)
    for name in acled + ["fatalities_low", "fatalities_high", "claims", "campaign", "warnings", "evidence"]:
        assert f"`{name}`" in readme, f"README's 'What an event holds' does not mention `{name}`"
