"""Configuration passed explicitly to the pipeline (no module-level state)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def default_home() -> Path:
    """Where eventatlas keeps its caches and indexes: ``EVENTATLAS_HOME`` or the user data dir."""
    env = os.environ.get("EVENTATLAS_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("eventatlas", appauthor=False))


@dataclass(frozen=True)
class Config:
    """Settings of one pipeline.

    ``home``: folder for the on-disk gazetteer index and other caches.
    ``max_chars``: documents longer than this are processed in windows of this size.
    ``check_language``: warn and return no events for text that is not English.
    """

    home: Path = field(default_factory=default_home)
    max_chars: int = 200_000
    check_language: bool = True
