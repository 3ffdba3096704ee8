"""The exceptions eventatlas raises.

Every error the library raises on purpose derives from :class:`EventAtlasError`; its message
says what went wrong and how to fix it. Third-party errors are converted at the boundary with
``raise ... from``.

    EventAtlasError
    ├── InputError                 the input cannot be read as a report
    │   ├── DecodeError            bytes that are not text (binary, unknown encoding)
    │   └── BatchLineError         one line of a JSONL batch is malformed
    ├── ConfigError                bad option value (date format, unknown output format)
    ├── GazetteerError             the place index cannot be built, read or extended
    │   └── GazetteerFileError     a GeoNames/CSV file is corrupt, truncated or of unknown format
    ├── FetchError                 a URL or feed could not be fetched safely
    ├── StoreError                 the event store cannot be opened, migrated or written
    └── EvaluationError            gold or prediction files cannot be scored
"""

from __future__ import annotations


class EventAtlasError(Exception):
    """Base class of all eventatlas errors."""


class InputError(EventAtlasError):
    """The input cannot be read as a report."""


class DecodeError(InputError):
    """The input bytes are not text in an encoding eventatlas can read."""


class BatchLineError(InputError):
    """One line of a JSONL batch is malformed."""


class ConfigError(EventAtlasError):
    """An option has a value eventatlas cannot use."""


class GazetteerError(EventAtlasError):
    """The place index cannot be built, read or extended."""


class GazetteerFileError(GazetteerError):
    """A gazetteer input file is corrupt, truncated or in an unknown format."""


class FetchError(EventAtlasError):
    """A URL or feed could not be fetched safely."""


class StoreError(EventAtlasError):
    """The event store cannot be opened, migrated or written."""


class EvaluationError(EventAtlasError):
    """Gold or prediction files cannot be scored."""
