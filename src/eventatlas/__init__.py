"""eventatlas: turn news reports of political violence into ACLED-coded events.

>>> import eventatlas
>>> report = eventatlas.extract("On 3 May 2021, police fired on protesters in Dhaka, killing two.")
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import EventAtlasError  # noqa: E402
from .models import Claim, Event, Report  # noqa: E402


def extract(text, published=None, *, doc_id=None, url=None, title=None, pipeline=None):
    """Extract the events of one report. See :meth:`eventatlas.pipeline.Pipeline.extract`."""
    from .pipeline import default_pipeline

    pipe = pipeline or default_pipeline()
    return pipe.extract(text, published=published, doc_id=doc_id, url=url, title=title)


__all__ = ["extract", "Event", "Claim", "Report", "EventAtlasError", "__version__"]
