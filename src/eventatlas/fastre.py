"""Regular expressions with a literal prefilter: the same matches as :mod:`re`, found sooner.

Most of the coder's patterns fail on most texts, and a failing search still walks the whole
string. When every match of a pattern must contain one of a few literal words ("killed",
"shot dead" or "gunned down" for one pattern), checking for those words with ``in`` is many
times cheaper than the search. :func:`compile` works out such a set of words from the pattern's
parse tree and returns a pattern object that runs the search only when one of them is in the
string; a pattern with no such set is searched as :func:`re.compile` would. Each pattern is
parsed and compiled when it is first used, not when its module is imported: one report uses about
half of the coder's patterns, and compiling all of them at import made the command's start slow.

The words are compared in lower case against the lower-cased string, which is a necessary
condition whatever the pattern's flags: lower-casing both sides can only add matches of a
word, never remove one. The few characters that :mod:`re` folds onto ASCII letters under
IGNORECASE without ``str.lower`` doing so ("İ", "ı", "ſ") are mapped first.

A long alternation, such as the trigger lexicon's pattern for one sub-type with its hundred
branches, tries every branch at every position of the string. :class:`Alternations` splits
such patterns into their branches, finds in one pass over the string (an Aho-Corasick automaton)
which branches have one of their words in it, and searches only those, merging their matches as
the whole pattern's ``finditer`` would give them.

The module functions (:func:`search`, :func:`match`, ...) take a pattern string or a
compiled pattern, like their :mod:`re` namesakes, and keep the compiled patterns in a bounded
cache.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from contextlib import contextmanager, suppress
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterator

try:  # Python 3.11+
    from re import _compiler as _scomp
    from re import _constants as _sc
    from re import _parser as _sp
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _scomp  # type: ignore[no-redef]
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]
import _sre

__all__ = ["compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split", "required_words",
           "split_branches", "Alternations"]

_MIN_WORD = 3  # shorter words are in nearly every text: not worth a check
_MAX_WORDS = 300  # beyond this the word checks cost about as much as a search
# a string longer than this is searched without the check: the words would be sought through
# all of it where the search may stop early, and it would sit in the lower-case cache. A search
# of a window (pos, endpos) checks the whole string: a word absent from it is absent from the window
_LONG = 20_000
_REPEATS = {_sc.MAX_REPEAT, _sc.MIN_REPEAT} | ({_sc.POSSESSIVE_REPEAT} if hasattr(_sc, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_sc, "ATOMIC_GROUP", None)
# characters that IGNORECASE matches to an ASCII letter but str.lower() does not turn into it
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})  # (the Kelvin sign lower-cases to "k")


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two word sets: longer shortest word, then fewer words."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _words(seq: Any) -> frozenset[str] | None:
    """Words one of which every match of the parsed sequence contains, or None."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*getattr(seq, "data", seq), (None, None)]:  # (a parse's list, not item by item)
        if op is _sc.LITERAL and av < 128:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run).lower()]))
            run = []
        found: frozenset[str] | None = None
        if op is _sc.SUBPATTERN:
            found = _words(av[-1])
        elif op is _sc.BRANCH:
            branches = [_words(b) for b in av[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS:
            low, _high, item = av
            if low >= 1:
                found = _words(item)
        elif op is _ATOMIC and op is not None:
            found = _words(av)
        elif op is _sc.ASSERT:  # a positive lookaround: its words are in the string too
            found = _words(av[1])
        best = _better(best, found)
    return best


def required_words(pattern: re.Pattern[str], tree: Any = None) -> tuple[str, ...] | None:
    """Lower-case words, one of which is in every string that ``pattern`` matches somewhere,
    shortest first; None when the pattern has no useful set (too short, too many, or none).
    ``tree`` is the pattern's parse, when the caller has it."""
    if not isinstance(pattern.pattern, str):
        return None
    if tree is None:
        try:
            tree = _sp.parse(pattern.pattern, pattern.flags)
        except Exception:  # noqa: BLE001 - an unparsable pattern has simply no prefilter
            return None
    words = _words(tree)
    if not words or min(map(len, words)) < _MIN_WORD or len(words) > _MAX_WORDS:
        return None
    return tuple(sorted(words, key=lambda w: (len(w), w)))


@lru_cache(maxsize=64)
def _folded(string: str) -> str:
    return (string if string.isascii() else string.translate(_FOLD)).lower()


class FilteredPattern:
    """A compiled pattern that skips the search when none of its required words is present.

    Behaves as the :class:`re.Pattern` it wraps (``pattern``, ``flags``, ``groups``,
    ``groupindex`` and every method); the matches are the wrapped pattern's own. :func:`compile`
    makes one that is parsed and compiled on its first use (see :class:`_Lazy`); a pattern with
    no word set (``words`` empty) is searched as it is (see :class:`_Plain`).
    """

    __slots__ = ("_source", "_flags", "_regex", "_words")

    def __init__(self, regex: re.Pattern[str], words: tuple[str, ...] = ()):
        self._source = regex.pattern
        self._flags = regex.flags
        self._regex: re.Pattern[str] | None = regex
        self._words = tuple(words)
        if not self._words:
            self.__class__ = _Plain

    @classmethod
    def lazy(cls, pattern: str, flags: int = 0) -> FilteredPattern:
        """The pattern ``pattern`` with ``flags``, to be compiled when first used."""
        self = object.__new__(_Lazy)
        self._source, self._flags, self._regex, self._words = pattern, int(flags), None, ()
        return self

    @property
    def regex(self) -> re.Pattern[str]:
        return self._regex  # type: ignore[return-value]

    @property
    def words(self) -> tuple[str, ...]:
        return self._words

    @property
    def pattern(self) -> str:
        return self._source

    @property
    def flags(self) -> int:
        return self.regex.flags

    @property
    def groups(self) -> int:
        return self.regex.groups

    @property
    def groupindex(self) -> Any:
        return self.regex.groupindex

    def __reduce__(self) -> tuple[Any, ...]:
        return (FilteredPattern.lazy, (self._source, self._flags))

    def __copy__(self) -> FilteredPattern:  # immutable, as re.Pattern is
        return self

    def __deepcopy__(self, memo: Any) -> FilteredPattern:
        return self

    def _absent(self, string: str) -> bool:
        if len(string) > _LONG:
            return False
        low = _folded(string)
        for word in self._words:
            if word in low:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # a window too: a word absent from the whole string is absent from any part of it (a
        # lookbehind may look before ``pos``, but not before the string's start)
        if len(string) > _LONG:  # (see _LONG)
            return self._regex.search(string, pos, endpos)  # type: ignore[union-attr]
        low = _folded(string)  # (_absent written out: this is the hot path)
        for word in self._words:
            if word in low:
                return self._regex.search(string, pos, endpos)  # type: ignore[union-attr]
        return None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if len(string) > _LONG:
            return self._regex.match(string, pos, endpos)  # type: ignore[union-attr]
        low = _folded(string)
        for word in self._words:
            if word in low:
                return self._regex.match(string, pos, endpos)  # type: ignore[union-attr]
        return None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string) else self._regex.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string) else self._regex.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string) else self._regex.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string if self._absent(string) else self._regex.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return (string, 0) if self._absent(string) else self._regex.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return [string] if self._absent(string) else self._regex.split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:  # scanner and anything else re.Pattern has
        if name.startswith("__") or name in FilteredPattern.__slots__:
            raise AttributeError(name)
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"FilteredPattern({self._regex!r}, words={self._words!r})"


class _Plain(FilteredPattern):
    """A pattern with no word set: every method is the compiled pattern's own."""

    __slots__ = ()

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._regex.search(string, pos, endpos)  # type: ignore[union-attr]

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._regex.match(string, pos, endpos)  # type: ignore[union-attr]

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._regex.fullmatch(string, pos, endpos)  # type: ignore[union-attr]

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._regex.finditer(string, pos, endpos)  # type: ignore[union-attr]

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._regex.findall(string, pos, endpos)  # type: ignore[union-attr]

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self._regex.sub(repl, string, count)  # type: ignore[union-attr]

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self._regex.subn(repl, string, count)  # type: ignore[union-attr]

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return self._regex.split(string, maxsplit)  # type: ignore[union-attr]

    def _absent(self, string: str) -> bool:
        return False


class _Lazy(FilteredPattern):
    """A pattern not compiled yet: the first use parses and compiles it, works out its words
    and turns the object into a :class:`FilteredPattern` or a :class:`_Plain` (the same slots),
    so that later calls pay nothing for the wait."""

    __slots__ = ()

    def _load(self) -> FilteredPattern:
        try:
            regex, words = _compile_with_words(self._source, self._flags)
        except Exception:  # noqa: BLE001 - an error, or internals that changed: re.compile says which
            regex = re.compile(self._source, self._flags)
            words = required_words(regex)
        self._words = words or ()
        self._regex = regex
        self.__class__ = FilteredPattern if self._words else _Plain  # type: ignore[assignment]
        return self

    @property
    def regex(self) -> re.Pattern[str]:
        return self._load().regex

    @property
    def words(self) -> tuple[str, ...]:
        return self._load().words

    @property
    def pattern(self) -> str:
        return self._source

    def search(self, *args: Any) -> re.Match[str] | None:
        return self._load().search(*args)

    def match(self, *args: Any) -> re.Match[str] | None:
        return self._load().match(*args)

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        return self._load().fullmatch(*args)

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        return self._load().finditer(*args)

    def findall(self, *args: Any) -> list[Any]:
        return self._load().findall(*args)

    def sub(self, *args: Any) -> str:
        return self._load().sub(*args)

    def subn(self, *args: Any) -> tuple[str, int]:
        return self._load().subn(*args)

    def split(self, *args: Any) -> list[Any]:
        return self._load().split(*args)

    def __repr__(self) -> str:
        return f"FilteredPattern.lazy({self._source!r}, {self._flags!r})"


class CodeCache:
    """Compiled programs of patterns, kept in one file between runs of the command line.

    Parsing and compiling the coder's two thousand patterns is most of what a one-report run of
    ``eventatlas extract`` spends; :mod:`re` cannot store a compiled pattern, but what its
    compiler produces (the program, group names and final flags) is plain data, and
    ``_sre.compile`` rebuilds the same pattern object from it. The file also keeps each
    pattern's required words. It is read on first use and is valid only for the Python build
    and the version of this module that wrote it (a header says which; any other file, or one
    that cannot be read, is ignored and rewritten). :meth:`save` writes it (atomically) when
    new patterns were compiled; a file grown past ``max_entries`` (patterns of older versions
    of the rules that no run uses any more) keeps only the patterns this run used. Use it with
    :func:`code_cache`; without one, patterns are compiled as usual."""

    max_entries = 20_000

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self._entries: dict[tuple[str, int], tuple[Any, ...]] | None = None
        self._added = 0
        self._used: set[tuple[str, int]] = set()

    @cached_property
    def _stamp(self) -> str:
        """Who may read the file: this Python build and this version of this module (read and
        hashed once per cache, for both the load and the save)."""
        import hashlib

        own = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
        return f"eventatlas-fastre:{sys.hexversion}:{_sre.MAGIC}:{_sre.CODESIZE}:{own}"

    def _load(self) -> dict[tuple[str, int], tuple[Any, ...]]:
        if self._entries is None:
            entries: dict[tuple[str, int], tuple[Any, ...]] = {}
            try:
                stamp, stored = marshal.loads(self.path.read_bytes())
                if stamp == self._stamp and isinstance(stored, dict):
                    entries = stored
            except Exception:  # noqa: BLE001 - a missing, old or damaged file is rebuilt, never trusted
                entries = {}
            self._entries = entries
        return self._entries

    def __len__(self) -> int:
        return len(self._load())

    def compile(self, pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[str, ...] | None]:
        """The compiled pattern and its required words, from the file when it holds them."""
        entries = self._load()
        key = (pattern, flags := int(flags))
        self._used.add(key)
        hit = entries.get(key)
        if hit is not None:
            try:
                final_flags, code, groups, groupindex, indexgroup, words = hit
                return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup), words
            except Exception:  # noqa: BLE001 - a bad entry is recompiled below and replaced
                pass
        keep: list[Any] = []
        regex, tree = _parsed_compile(pattern, flags, keep)
        words = required_words(regex, tree)
        entries[key] = (*keep[0], words)
        self._added += 1
        return regex, words

    def save(self) -> bool:
        """Write the file if patterns were added since it was read; False when nothing was
        written (nothing new, or the folder cannot be written: the next run compiles again)."""
        if not self._added or self._entries is None:
            return False
        if len(self._entries) > self.max_entries:
            self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps((self._stamp, self._entries)))
            os.replace(tmp, self.path)
        except (OSError, ValueError):  # ValueError: an entry marshal cannot store (not expected)
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
            return False
        self._added = 0
        return True


# The caches that code_cache() blocks put in place, innermost last (empty: patterns compile as usual).
_active_cache: list[CodeCache] = []


@contextmanager
def code_cache(path: str | os.PathLike[str]) -> Iterator[CodeCache]:
    """Compile the patterns first used inside the block through the :class:`CodeCache` at
    ``path``, and save it when the block ends (also when it ends with an exception)."""
    cache = CodeCache(path)
    _active_cache.append(cache)
    try:
        yield cache
    finally:
        _active_cache.remove(cache)
        cache.save()


def _compile_with_words(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[str, ...] | None]:
    if _active_cache:
        return _active_cache[-1].compile(pattern, flags)
    regex, tree = _parsed_compile(pattern, flags)
    return regex, required_words(regex, tree)


def _parsed_compile(pattern: str, flags: int, keep: list[Any] | None = None) -> tuple[re.Pattern[str], Any]:
    """The compiled pattern and its parse tree, parsing once: the steps of the standard
    library's ``re._compiler.compile`` (the same in Python 3.10 to 3.13), sharing the parse that
    :func:`required_words` reads. (Parsing twice made importing the coder a third slower.)"""
    tree = _sp.parse(pattern, flags)
    code = _scomp._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    args = (int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup))
    regex = _sre.compile(pattern, *args)
    if keep is not None:  # as plain data: the opcodes are int subclasses, which marshal cannot store
        keep.append((args[0], [int(op) for op in code], *args[2:]))
    return regex, tree


def compile(pattern: str, flags: int = 0) -> FilteredPattern:  # noqa: A001 - re's name
    """:func:`re.compile`, compiled on first use, with the required-word prefilter when the
    pattern has one (an invalid pattern raises :class:`re.error` when first used)."""
    return FilteredPattern.lazy(pattern, int(flags))


@lru_cache(maxsize=4096)
def _cached(pattern: str, flags: int) -> FilteredPattern:
    return compile(pattern, flags)


def _pattern(pattern: Any, flags: int) -> Any:
    return _cached(pattern, int(flags)) if isinstance(pattern, str) else pattern


def search(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
    return _pattern(pattern, flags).search(string)


def match(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
    return _pattern(pattern, flags).match(string)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
    return _pattern(pattern, flags).fullmatch(string)


def finditer(pattern: Any, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return _pattern(pattern, flags).finditer(string)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    return _pattern(pattern, flags).findall(string)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return _pattern(pattern, flags).sub(repl, string, count)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return _pattern(pattern, flags).split(string, maxsplit)


def split_branches(pattern: str) -> list[str]:
    """The top-level branches of ``pattern``: its parts between ``|`` outside any group or
    character class (a part that is no pattern of its own fails when it is compiled)."""
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" right after "[" or "[^" is a literal
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    if depth != 0:
        raise re.error("unbalanced parenthesis", pattern)
    return parts


class Alternations:
    """Named alternations, each searched as ``prefix(?:b1|b2|...)suffix`` would be, branch by branch.

    :meth:`finditer` gives, for each name in order, the matches that the whole pattern's
    ``finditer`` gives (same spans, same order, same text), but it searches only the branches
    whose required words (see :func:`required_words`) occur in the string; a branch without such
    words is always searched. One pass of an Aho-Corasick automaton (pyahocorasick) over the
    lower-cased string finds which words occur, for all the alternations at once. Where two
    branches match at the same place the earlier one wins, as in the whole pattern. Branches
    that refer to groups of other branches (back-references) are not supported.

    The branches are compiled on first use.
    """

    def __init__(self, entries: list[tuple[str, str]], flags: int = 0, prefix: str = "", suffix: str = ""):
        self._entries = list(entries)
        self._flags, self._prefix, self._suffix = int(flags), prefix, suffix
        self._table: list[tuple[str, list[re.Pattern[str]], tuple[int, ...]]] | None = None
        self._automaton: Any = None

    def _load(self) -> None:
        import ahocorasick

        table = []
        where: dict[str, list[tuple[int, int]]] = {}
        for e, (name, source) in enumerate(self._entries):
            compiled, always = [], []
            for b, branch in enumerate(split_branches(source)):
                regex, words = _compile_with_words(f"{self._prefix}(?:{branch}){self._suffix}", self._flags)
                compiled.append(regex)
                if not words:
                    always.append(b)
                for word in words or ():
                    where.setdefault(word, []).append((e, b))
            table.append((name, compiled, tuple(always)))
        automaton = ahocorasick.Automaton()
        for word, places in where.items():
            automaton.add_word(word, tuple(places))
        automaton.make_automaton()
        self._table, self._automaton = table, automaton

    def names(self) -> list[str]:
        return [name for name, _ in self._entries]

    def whole(self, name: str) -> re.Pattern[str]:
        """The whole alternation ``name`` as one compiled pattern (what :meth:`finditer` stands for)."""
        source = next(rx for n, rx in self._entries if n == name)
        return _cached(f"{self._prefix}(?:{source}){self._suffix}", self._flags).regex

    def finditer(self, string: str, skip: Any = None) -> Iterator[tuple[str, re.Match[str]]]:
        """(name, match) for every match of every alternation, alternation by alternation in
        their order. ``skip(name)``, when given, leaves out the alternations it is true for."""
        if self._table is None:
            self._load()
        present: dict[int, set[int]] = {}
        if len(self._automaton):  # (an automaton with no words cannot be searched)
            for _end, places in self._automaton.iter(_folded(string)):
                for e, b in places:
                    present.setdefault(e, set()).add(b)
        for e, (name, compiled, always) in enumerate(self._table):  # type: ignore[arg-type]
            found = present.get(e)
            if not found and not always:
                continue
            if skip is not None and skip(name):
                continue
            active = sorted(found.union(always)) if found else list(always)
            matches = _merged(string, [compiled[b] for b in active])
            if matches is None:  # an empty match: the whole pattern, as re runs it
                matches = list(self.whole(name).finditer(string))
            for m in matches:
                yield name, m


def _merged(string: str, branches: list[re.Pattern[str]]) -> list[re.Match[str]] | None:
    """The matches of the alternation of ``branches`` (in their order), as its finditer gives
    them; None when a branch matches the empty string (re's rules for what may follow an empty
    match are not copied here: the caller searches the whole pattern instead)."""
    if len(branches) == 1:
        found = list(branches[0].finditer(string))
        return None if any(m.end() == m.start() for m in found) else found
    out: list[re.Match[str]] = []
    nxt: list[Any] = [True] * len(branches)  # True: not searched yet; None: no more matches
    pos, end = 0, len(string)
    while pos <= end:
        best: re.Match[str] | None = None
        for i, regex in enumerate(branches):
            m = nxt[i]
            if m is True or (m is not None and m.start() < pos):
                m = nxt[i] = regex.search(string, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            break
        if best.end() == best.start():
            return None
        out.append(best)
        pos = best.end()
    return out
