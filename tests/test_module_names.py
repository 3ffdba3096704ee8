"""No module of the library binds the same top-level name twice.

The extractor's modules hold hundreds of module-level regexes; a new one given the name of an
existing one silently replaces it (and the rules that used the old one change meaning).
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "eventatlas"


def _top_level_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_bound_twice(path):
    twice = [name for name, n in Counter(_top_level_names(path)).items() if n > 1 and name != "__all__"]
    assert not twice, f"{path.name} binds {twice} more than once: rename the newer one"


def test_the_check_finds_a_rebinding(tmp_path):
    f = tmp_path / "m.py"
    f.write_text("import re\n_X = re.compile('a')\n\ndef f():\n    return _X\n\n_X = re.compile('b')\n")
    assert _top_level_names(f).count("_X") == 2
