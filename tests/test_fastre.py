"""The literal prefilter of eventatlas.fastre: the words it requires, and that it never changes
what a pattern matches."""

from __future__ import annotations

import copy
import importlib
import json
import pickle
import pkgutil
import re
from pathlib import Path

import pytest

import eventatlas
from eventatlas import fastre

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\bshot dead\b", re.I, ("shot dead",)),
        (r"\b(?:killed|shot dead|gunned down)\b", re.I, ("killed", "shot dead", "gunned down")),
        (r"\bKilled\b", 0, ("killed",)),  # compared in lower case whatever the flags
        (r"(?:stab|hack)(?:bed|ed) to death", re.I, (" to death",)),  # the longest sure word
        (r"\b(?:police|army)\s+fired\b", re.I, ("fired",)),
        (r"(?=[^.]*\bbomb)\w+ exploded", re.I, (" exploded",)),
        (r"(?:tear ?gas)+ and batons", 0, (" and batons",)),
        (r"\d+ people", 0, (" people",)),
    ],
)
def test_required_words(pattern, flags, words):
    assert fastre.required_words(re.compile(pattern, flags)) == tuple(sorted(words, key=lambda w: (len(w), w)))


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:killed)?\s+\d+",  # an optional word is not required
        r"(?:killed|\d+)",  # one branch has no word
        r"(?!killed)\w+",  # a negative lookahead requires nothing
        r"\bam\b|\bpm\b",  # words under three letters are not worth a check
        r"[a-z]+ed",
    ],
)
def test_patterns_without_a_useful_word_set_are_plain(pattern):
    rx = fastre.compile(pattern, re.I)
    assert rx.words == ()  # searched as re would, with no check before
    text = "Killed 12 people at 9 am; 3 wounded"
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in re.compile(pattern, re.I).finditer(text)]
    assert rx.search(text).span() == re.compile(pattern, re.I).search(text).span()


def test_patterns_are_compiled_when_first_used():
    rx = fastre.compile(r"(?P<a>x)(?P<a>y)")  # an invalid pattern: nothing happens yet
    assert rx.pattern == "(?P<a>x)(?P<a>y)" and "lazy" in repr(rx)
    with pytest.raises(re.error):
        rx.search("xy")  # re's own error, at the first use
    ok = fastre.compile(r"\bkilled\b", re.I)
    clone = pickle.loads(pickle.dumps(ok))  # still uncompiled, and so is its copy
    assert "lazy" in repr(clone) and clone.search("Two were KILLED").group(0) == "KILLED"
    assert ok.search("two killed") is not None and ok.words == ("killed",) and "lazy" not in repr(ok)


def test_filtered_pattern_behaves_as_its_pattern():
    rx = fastre.compile(r"(?P<n>\d+) (?:people|persons) (?:were )?killed", re.I)
    assert isinstance(rx, fastre.FilteredPattern)
    assert rx.groupindex == {"n": 1} and rx.groups == 1 and rx.flags & re.I
    text = "On Monday 12 people were killed; later 3 Persons killed."
    assert [m.group("n") for m in rx.finditer(text)] == ["12", "3"]
    assert rx.search(text).span() == (10, 31)
    assert rx.search(text, 20).group(0) == "3 Persons killed"
    assert rx.match(text) is None and rx.match(text, 10) is not None
    assert rx.findall(text) == ["12", "3"]
    assert rx.sub("N", text) == "On Monday N; later N."
    assert rx.subn("N", text)[1] == 2
    assert rx.search("Nobody died.") is None and list(rx.finditer("Nobody died.")) == []
    assert rx.sub("N", "Nobody died.") == "Nobody died." and rx.split("a b") == ["a b"]
    assert rx.fullmatch("4 people killed") is not None
    assert rx.scanner(text).search().group("n") == "12"  # anything else re.Pattern has
    for clone in (copy.deepcopy(rx), pickle.loads(pickle.dumps(rx))):
        assert clone.search(text).group("n") == "12"


def test_module_functions_take_strings_or_patterns():
    assert fastre.search(r"\bkilled\b", "Two were KILLED", re.I).group(0) == "KILLED"
    assert fastre.search(r"\bkilled\b", "Two were KILLED") is None
    assert fastre.match(re.compile("two"), "two were") is not None
    assert fastre.fullmatch(r"\d+ dead", "12 dead") is not None
    assert fastre.sub(r"\s+", " ", "a  b\n c") == "a b c"
    assert fastre.split(r",\s*", "a, b,c") == ["a", "b", "c"]
    assert [m.group(0) for m in fastre.finditer(r"bomb\w*", "bombs and bombings")] == ["bombs", "bombings"]
    assert fastre.findall(r"(\d+) killed", "3 killed, 4 killed") == ["3", "4"]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bidlib\b", "Shelling hit İdlib on Monday"),  # İ lower-cases to i + a combining dot
        (r"\bdiyarbakir\b", "a blast in DİYARBAKIR"),
        (r"\bdiyarbakir\b", "a blast in Diyarbakır"),  # the dotless ı
        (r"\bkilled\b", "two were \u212aILLED"),  # the Kelvin sign
        (r"\bpost\b", "the old poſt"),  # the long s
    ],
)
def test_case_folds_that_lower_does_not_make_are_kept(pattern, text):
    plain = re.compile(pattern, re.I)
    fast = fastre.compile(pattern, re.I)
    assert isinstance(fast, fastre.FilteredPattern)
    assert plain.search(text) is not None
    assert fast.search(text).span() == plain.search(text).span()


def _package_patterns() -> list[fastre.FilteredPattern]:
    found = []
    for info in pkgutil.walk_packages(eventatlas.__path__, "eventatlas."):
        module = importlib.import_module(info.name)
        found += [v for v in vars(module).values() if isinstance(v, fastre.FilteredPattern)]
    return found


def _texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.jsonl"))[:40]:
        for line in path.read_text(encoding="utf-8").splitlines()[:10]:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                texts.append(row["text"])
    return texts


def test_the_coders_patterns_match_as_re_does():
    """Every prefiltered pattern of the package finds what re finds, on report texts."""
    patterns = _package_patterns()
    texts = _texts()
    assert len(patterns) > 300 and len(texts) > 100
    hits = 0
    for rx in patterns:
        for text in texts:
            want = [m.span() for m in rx.regex.finditer(text)]
            assert [m.span() for m in rx.finditer(text)] == want, (rx.pattern[:80], text[:80])
            hits += bool(want)
    assert hits > 1000  # the check compared real matches, not only misses


def test_patterns_compiled_from_one_parse_equal_res_own():
    """fastre parses each pattern once for both the compiled pattern and its words; the result
    must be the pattern re.compile makes (flags, groups, names)."""
    for rx in _package_patterns():
        ref = re.compile(rx.pattern, rx.flags)
        assert (rx.regex.flags, rx.regex.groups, dict(rx.regex.groupindex)) == (ref.flags, ref.groups, dict(ref.groupindex))
    with pytest.raises(re.error):
        fastre.compile(r"(?P<a>x)(?P<a>y)").search("xy")  # an error in the pattern is re's own


def test_a_window_is_searched_only_when_a_word_is_in_the_string():
    """A search of a window (pos, endpos) skips the regex when no required word is anywhere in
    the string, and otherwise finds what re finds there, lookbehind before ``pos`` included."""
    rx = fastre.compile(r"(?<=police )(?:killed|shot) (\d+)", re.I)
    plain = re.compile(rx.pattern, re.I)
    text = "Troops said police shot 3 men; later police killed 2 more."
    for pos in range(len(text)):
        for endpos in (pos + 5, pos + 20, len(text)):
            for meth in ("search", "match", "fullmatch"):
                got, want = getattr(rx, meth)(text, pos, endpos), getattr(plain, meth)(text, pos, endpos)
                assert (got and got.span()) == (want and want.span()), (meth, pos, endpos)
            assert [m.span() for m in rx.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
            assert rx.findall(text, pos, endpos) == plain.findall(text, pos, endpos)
    start = text.index("shot")
    assert rx.search(text, start, start + 12).group(1) == "3"  # the lookbehind reads "police " before the window
    calls = []

    class Spy:
        def search(self, *args):
            calls.append(args)
            return None

    rx._regex = Spy()  # (the compiled pattern, swapped to count the searches that reach it)
    assert rx.search("Nobody was hurt in the storm.", 3, 12) is None and calls == []
    assert rx.search("Police said nobody was shot.", 3, 12) is None and len(calls) == 1


# -- alternations searched branch by branch -------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"a|b", ["a", "b"]),
        (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),
        (r"[|]x|y", ["[|]x", "y"]),  # a bar in a class
        (r"[]|]x|y", ["[]|]x", "y"]),  # "]" first in a class is a literal
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"\|x|y", [r"\|x", "y"]),  # an escaped bar
        (r"[\]|]x|y", [r"[\]|]x", "y"]),  # an escaped "]" inside a class
        (r"(?-i:A|B) c|(?<!x)d", ["(?-i:A|B) c", "(?<!x)d"]),
        (r"single", ["single"]),
    ],
)
def test_split_branches(pattern, branches):
    assert fastre.split_branches(pattern) == branches
    assert "|".join(branches) == pattern


def test_split_branches_refuses_unbalanced_groups():
    with pytest.raises(re.error):
        fastre.split_branches(r"(a|b")


_ALTERNATIONS = [
    ("kill", r"shot dead|killed (?:\d+|two) (?:people|men)|killed|gunned down"),
    ("protest", r"protest\w*|(?:held|staged) a (?:rally|march)|rall(?:y|ies)|march(?:ed)?"),
    ("noword", r"\d+ (?:held|arrested)|[A-Z]\w+ fired"),  # branches without a required word
    ("overlap", r"fire|firearms?|arms (?:haul|cache)|gunfire"),  # words inside words, shared starts
]


def _whole(flags, prefix=r"(?<!\w)", suffix=r"\b"):
    return {name: re.compile(f"{prefix}(?:{rx}){suffix}", flags) for name, rx in _ALTERNATIONS}


@pytest.mark.parametrize("flags", [0, re.I])
def test_alternations_find_what_the_whole_patterns_find(flags):
    """Same spans, in the same order, as each whole alternation's finditer, on invented text and
    on report texts, including branches that start at the same place (the earlier wins)."""
    scan = fastre.Alternations(_ALTERNATIONS, flags, prefix=r"(?<!\w)", suffix=r"\b")
    whole = _whole(flags)
    texts = _texts() + [
        "Gunmen shot dead two men and killed 3 people; police FIRED; 12 arrested after the rally and march.",
        "Firearms and an arms cache were found after gunfire; protesters marched, then protested again.",
        "", "no matching words here at all", "killed killed killed",
    ]
    compared = 0
    for text in texts:
        got = {}
        for name, m in scan.finditer(text):
            got.setdefault(name, []).append((m.span(), m.group(0)))
        for name, rx in whole.items():
            want = [(m.span(), m.group(0)) for m in rx.finditer(text)]
            assert got.get(name, []) == want, (name, text[:80])
            compared += len(want)
    assert compared > 100
    assert scan.names() == [name for name, _ in _ALTERNATIONS]


def test_alternations_search_only_branches_whose_words_occur():
    scan = fastre.Alternations([("x", r"bombing|shelling|\d+")], re.I)
    assert [m.group(0) for _, m in scan.finditer("Shelling on day 4.")] == ["Shelling", "4"]
    name, compiled, always = scan._table[0]
    assert always == (2,)  # a branch with no word is always searched
    searched = []

    class Spy:
        def __init__(self, regex, label):
            self.regex, self.label = regex, label

        def search(self, *args):
            searched.append(self.label)
            return self.regex.search(*args)

        def finditer(self, *args):
            searched.append(self.label)
            return self.regex.finditer(*args)

    scan._table[0] = (name, [Spy(r, i) for i, r in enumerate(compiled)], always)
    assert [m.group(0) for _, m in scan.finditer("Shelling on day 4.")] == ["Shelling", "4"]
    assert set(searched) == {1, 2}  # "bombing" is not in the text: its branch was not searched


def test_alternations_with_an_empty_match_fall_back_to_the_whole_pattern():
    scan = fastre.Alternations([("x", r"a*|bomb")])
    want = [m.span() for m in re.finditer(r"(?:a*|bomb)", "bomb aa b")]
    assert [m.span() for _, m in scan.finditer("bomb aa b")] == want


def test_the_lexicon_scan_finds_what_its_whole_patterns_find():
    """The trigger lexicon, searched branch by branch, finds every match the whole sub-type
    patterns find, on report texts."""
    from eventatlas import eventtype

    texts = _texts()
    whole = [(name, re.compile(rf"(?<!\w)(?:{rx})\b", re.I)) for name, rx in eventtype._LEXICON]
    assert [eventtype._SCANNER.whole(name).pattern for name, _ in whole] == [rx.pattern for _, rx in whole]
    found = 0
    for text in texts:
        got = {}
        for name, m in eventtype._SCANNER.finditer(text):
            got.setdefault(name, []).append(m.span())
        for name, rx in whole:
            want = [m.span() for m in rx.finditer(text)]
            assert got.get(name, []) == want, (name, text[:80])
            found += len(want)
    assert found > 500


# -- the on-disk cache of compiled programs (the command line's start) ---------------------------------

_CACHED = [(r"\b(?:shot|gunned) (?:dead|down)\b", re.I), (r"(?P<n>\d+) (?:people|civilians) (?:were )?killed", 0),
           (r"[A-Z][a-z]+ (?:district|upazila)", 0), (r"\bİstanbul\b", re.I)]
_CACHE_TEXT = "Gunmen SHOT DEAD a teacher; 12 civilians were killed in Kech district and Istanbul."


def test_a_code_cache_rebuilds_the_same_patterns_without_parsing(tmp_path, monkeypatch):
    path = tmp_path / "cache.marshal"
    first = fastre.CodeCache(path)
    made = [first.compile(p, int(f)) for p, f in _CACHED]
    assert len(first) == len(_CACHED) and first.save() and path.exists()
    assert not first.save()  # nothing new: not written again

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed although the cache holds the pattern")

    monkeypatch.setattr(fastre, "_parsed_compile", no_parse)
    again = fastre.CodeCache(path)
    for (pattern, flags), (regex, words) in zip(_CACHED, made):
        back, back_words = again.compile(pattern, int(flags))
        ref = re.compile(pattern, flags)
        assert back_words == words == fastre.required_words(ref)
        assert (back.pattern, back.flags, back.groups, dict(back.groupindex)) == (
            ref.pattern, ref.flags, ref.groups, dict(ref.groupindex))
        assert [m.span() for m in back.finditer(_CACHE_TEXT)] == [m.span() for m in ref.finditer(_CACHE_TEXT)]
    assert not again.save()


@pytest.mark.parametrize("content", [b"", b"not marshal data", None])
def test_a_damaged_or_foreign_code_cache_is_ignored_and_rewritten(tmp_path, content):
    import marshal

    path = tmp_path / "cache.marshal"
    if content is None:  # a file another Python or another version of fastre wrote
        content = marshal.dumps(("eventatlas-fastre:other", {(_CACHED[0][0], 2): (2, [0], 0, {}, (), ("x",))}))
    path.write_bytes(content)
    cache = fastre.CodeCache(path)
    regex, words = cache.compile(*_CACHED[0])
    assert regex.search(_CACHE_TEXT).group(0) == "SHOT DEAD"
    assert words == fastre.required_words(re.compile(*_CACHED[0])) and words
    assert cache.save() and len(fastre.CodeCache(path)) == 1


def test_patterns_first_used_inside_code_cache_are_kept_and_saved(tmp_path):
    path = tmp_path / "sub" / "cache.marshal"
    rx = fastre.compile(r"\bstormed (?:the|a) (?:police station|bank)\b", re.I)
    with fastre.code_cache(path) as cache:
        assert rx.search("Fighters stormed the police station.") is not None
        assert len(cache) == 1 and not path.exists()  # written when the block ends
    assert len(fastre.CodeCache(path)) == 1
    later = fastre.compile(r"\bset (?:fire|ablaze)\b")
    assert later.search("They set fire to a bus") is not None  # outside the block: no cache, same result
    assert len(fastre.CodeCache(path)) == 1


def test_a_code_cache_that_cannot_be_written_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    cache = fastre.CodeCache(blocker / "cache.marshal")
    assert cache.compile(*_CACHED[1])[0].search(_CACHE_TEXT).group("n") == "12"
    assert cache.save() is False


def test_the_command_line_keeps_its_compiled_patterns_in_the_data_folder(pipeline, home, tmp_path):
    """Two runs of `eventatlas extract` in fresh processes: the first writes the cache, the
    second reads it and prints the same events."""
    import os
    import subprocess
    import sys

    pipeline.extract("Police fired tear gas at marchers in Quetta on Monday.")  # the gazetteer index is built
    report = tmp_path / "report.txt"
    report.write_text("Gunmen shot dead two policemen in Turbat, Kech district, on 3 May 2024.", encoding="utf-8")
    env = {**os.environ, "EVENTATLAS_HOME": str(home)}
    cache = Path(home) / "regex-cache.marshal"
    cache.unlink(missing_ok=True)
    argv = [sys.executable, "-c", "from eventatlas.cli import main; main()", "extract", str(report), "--format", "json"]
    runs = [subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr[-2000:]
    assert cache.exists() and len(fastre.CodeCache(cache)) > 300
    assert runs[0].stdout == runs[1].stdout and '"admin2": "Kech"' in runs[0].stdout


def test_a_code_cache_past_its_size_keeps_only_the_patterns_its_run_used(tmp_path):
    path = tmp_path / "cache.marshal"
    old = fastre.CodeCache(path)
    for i in range(5):
        old.compile(rf"\bold pattern {i}\b", 0)
    assert old.save() and len(fastre.CodeCache(path)) == 5
    run = fastre.CodeCache(path)
    run.max_entries = 5
    run.compile(r"\bold pattern 0\b", 0)  # from the file
    run.compile(r"\bnew pattern\b", 0)  # compiled now: six entries, over the limit
    assert run.save()
    kept = fastre.CodeCache(path)
    assert len(kept) == 2 and kept.compile(r"\bnew pattern\b", 0)[0].search("a new pattern here")
