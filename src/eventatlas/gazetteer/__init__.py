"""Offline GeoNames gazetteer: an on-disk SQLite index and the loaders that extend it."""

from __future__ import annotations

from .index import AddResult, Gazetteer, GazetteerInfo

__all__ = ["AddResult", "Gazetteer", "GazetteerInfo"]
