"""Stage 1: reading input, cleaning text and splitting it into sentences.

Evidence offsets point into the *cleaned* text this module returns. Cleaning never changes
the length of a line it keeps except where it drops markup, so offsets stay easy to check.
"""

from __future__ import annotations

import re
import unicodedata

from . import fastre
from .errors import DecodeError
from .models import Document, Sentence

_CONTROL = fastre.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cpl brig adm gov sen rep rev st no nos vs
    jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k u.n etc approx inc ltd co
    jr sr mt ft dist upz i.e e.g""".split()
)

# (a note's bracketed tag after a full stop opens a sentence too: "... in Acapulco. [women targeted: candidates] 1 fatality.")
_BOUNDARY = fastre.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9]|\[[a-z])|\n\s*\n|\n(?=\s*[A-Z0-9\"“•*-])")


def decode(data: bytes, name: str = "<input>") -> str:
    """Bytes to text; raises :class:`DecodeError` naming ``name`` for binary or undecodable input."""
    if not data:
        return ""
    head = data[:8192]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name}: starts with a UTF-16 mark but is not valid UTF-16; re-save it as UTF-8") from exc
    if b"\x00" in head:
        raise DecodeError(f"{name}: looks like a binary file (NUL bytes); give eventatlas plain text, HTML or JSONL")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"{name}: is neither UTF-8 nor Windows-1252 text; convert it to UTF-8 (e.g. iconv -t UTF-8)"
            ) from exc
    controls = len(_CONTROL.findall(text[:8192]))
    if controls > max(8, len(text[:8192]) // 100):
        raise DecodeError(f"{name}: holds many control characters and looks binary; give eventatlas plain text or HTML")
    return text


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in head) or "<body" in head


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page (paragraphs, headings; no scripts or menus)."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = title_node.text(strip=True) if title_node else None
    for sel in ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe"):
        for node in tree.css(sel):
            node.decompose()
    root = tree.css_first("article") or tree.body or tree.root
    blocks: list[str] = []
    if root is not None:
        for node in root.css("h1, h2, h3, p, li, blockquote"):
            t = " ".join(node.text(separator=" ").split())
            if t:
                blocks.append(t)
        if not blocks:
            blocks = [" ".join(root.text(separator=" ").split())]
    return "\n\n".join(b for b in blocks if b), title


def clean(text: str) -> str:
    """Normalise a report's text: NFC, unified newlines and spaces, no control characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u200b", "")
    text = _CONTROL.sub(" ", text)
    return text.strip()


def split_sentences(text: str) -> list[Sentence]:
    """Rule-based sentence boundaries that know common news abbreviations."""
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        if text[cut - 1 : cut] == ".":
            word = text[max(start, cut - 12) : cut - 1].rsplit(None, 1)[-1:] or [""]
            w = word[0].lower().lstrip("([\"'")
            if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                continue
        _add(sentences, text, start, cut)
        start = m.end()
    _add(sentences, text, start, len(text))
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))


_ENGLISH = frozenset(
    """the a an of in on at to and or was were is are has have had by with for from that this
    which who after before during said says killed injured police people two three when as
    its their his her it be been being not but also they he she them than into over""".split()
)
_WORD = fastre.compile(r"[^\W\d_]+", re.UNICODE)


def english_share(text: str) -> tuple[float, int]:
    """Share of tokens that are common English function words, and the token count."""
    words = _WORD.findall(text[:5000].lower())
    if not words:
        return 0.0, 0
    return sum(w in _ENGLISH for w in words) / len(words), len(words)


def detect_language(text: str) -> str | None:
    """'en' when the text reads as English, another ISO 639-1 code when it does not, None if too short."""
    share, n = english_share(text)
    if n < 6:
        return None
    if share >= 0.25:
        return "en"
    try:
        import py3langid

        ranked = [lang for lang, _ in py3langid.rank(text[:2000])[:3]]
    except ImportError:  # pragma: no cover - dependency declared
        return "en" if share >= 0.12 else "und"
    # a short English headline full of names ("Islamic State executed 15 civilians in Deir
    # ez-Zor") may look Latin to the classifier, and "in" or "a" appear in other languages too:
    # English words and the classifier must agree, unless the text is long
    if share >= 0.05 and "en" in ranked or share >= 0.12 and n >= 40:
        return "en"
    return ranked[0]


def make_document(
    text: str,
    *,
    published=None,
    doc_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Document:
    """Clean ``text`` (HTML is reduced to its main text) and split it into sentences."""
    warnings: list[str] = []
    if looks_like_html(text):
        text, html_title = html_to_text(text)
        title = title or html_title
    text = clean(text)
    if not text:
        warnings.append("empty document: no text to extract events from")
    return Document(
        text=text,
        sentences=split_sentences(text),
        published=published,
        doc_id=doc_id,
        url=url,
        title=title,
        warnings=warnings,
    )
