"""Shared fixtures. The gazetteer index is built once per session in a temporary home."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("eventatlas-home")


@pytest.fixture(scope="session")
def pipeline(home):
    from eventatlas.config import Config
    from eventatlas.pipeline import Pipeline

    return Pipeline(Config(home=home))
