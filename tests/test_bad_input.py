"""Bad input (issue 2, "Bad input"): empty, binary, undecodable, missing, foreign, huge, broken HTML.

Each case gives either a report with a warning and no invented events, or one clear message
that names the file, a non-zero exit code and no traceback.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventatlas.cli import cli
from eventatlas.config import Config
from eventatlas.errors import ConfigError, DecodeError
from eventatlas.pipeline import Pipeline
from eventatlas.text import clean, decode, html_to_text, make_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(range(256)) * 4
# bytes that are neither UTF-8 nor Windows-1252 (0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined there)
UNDECODABLE = b"Gunmen killed \x81\x8d\x8f\x90\x9d people in Kabul on Monday."
KABUL = "Gunmen killed three people in Kabul on Monday, police said."

FOREIGN = {
    "fr": "Des hommes armés ont attaqué un poste de police à Gao mardi, tuant quatre policiers, selon des sources "
    "sécuritaires. L'attaque n'a pas été revendiquée.",
    "es": "Hombres armados atacaron una estación de policía en Culiacán el martes y mataron a cuatro agentes, según "
    "informaron las autoridades locales.",
    "ar": "هاجم مسلحون مركزا للشرطة في مدينة الموصل يوم الثلاثاء وقتلوا أربعة من رجال الشرطة بحسب مصادر أمنية.",
    "ur": "منگل کے روز مسلح افراد نے کوئٹہ میں ایک پولیس چوکی پر حملہ کیا جس میں چار پولیس اہلکار ہلاک ہوگئے، پولیس "
    "حکام نے بتایا۔",
}


@pytest.fixture(scope="module")
def invoke(home, pipeline):
    """Run the CLI in-process against the session's place index."""
    pipeline.gazetteer  # built once in `home`; the CLI opens it from EVENTATLAS_HOME

    def run(*args, input=None):
        return CliRunner().invoke(cli, list(args), input=input, env={"EVENTATLAS_HOME": str(home)})

    return run


def assert_no_traceback(res):
    assert "Traceback" not in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)


def valid_spans(report, text: str) -> int:
    """Checks every evidence span of a report against ``text``; returns how many there are."""
    spans = [s for e in report.events for v in e.evidence.values() for s in v]
    spans += [c.evidence for e in report.events for c in e.claims] + [c.evidence for c in report.campaign_claims]
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text
    return len(spans)


# ---------------------------------------------------------------- the library


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \r\n", "\u00a0\u200b"])
def test_empty_text_gives_no_events_and_a_warning(pipeline, text):
    rep = pipeline.extract(text)
    assert rep.events == []
    assert any("empty" in w for w in rep.warnings)


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_non_english_text_is_flagged_and_gives_no_events(pipeline, lang):
    rep = pipeline.extract(FOREIGN[lang], published="2026-01-31")
    assert rep.events == [] and rep.campaign_claims == []
    assert rep.language not in (None, "en")
    assert any("not supported" in w and "English" in w for w in rep.warnings), rep.warnings


def test_bytes_are_refused_with_the_fix(pipeline):
    with pytest.raises(ConfigError, match="decode"):
        pipeline.extract(KABUL.encode())


@pytest.mark.parametrize("published", ["31/01/2026", "yesterday", "2026-13-01"])
def test_bad_published_value_is_a_config_error(pipeline, published):
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        pipeline.extract(KABUL, published=published)


def test_decode_names_the_input():
    with pytest.raises(DecodeError, match="photo.png"):
        decode(PNG, "photo.png")
    with pytest.raises(DecodeError, match=r"notes\.txt.*UTF-8"):
        decode(UNDECODABLE, "notes.txt")
    assert decode(b"") == ""
    assert decode("\ufeffPolice said.".encode("utf-8")) == "Police said."  # BOM dropped
    assert decode("Police said.".encode("utf-16")) == "Police said."


def test_control_characters_and_garbage_do_not_crash(pipeline):
    rep = pipeline.extract("Gunmen\x00 killed three\x07 people in Kabul\x1b on Monday, police said.", published="2026-02-03")
    assert [e.location for e in rep.events] == ["Kabul"]
    valid_spans(rep, make_document("Gunmen\x00 killed three\x07 people in Kabul\x1b on Monday, police said.").text)
    for junk in ("!!! ??? ... ---", "1234 5678 9012 3456 7890", "a" * 5000, "Kabul " * 500):
        assert pipeline.extract(junk).events == []


def test_malformed_html_still_gives_its_text(pipeline):
    html = "<html><body><p>" + KABUL + "<p>More text <div>unclosed <b>bold"
    rep = pipeline.extract(html, published="2026-02-03")
    assert [e.location for e in rep.events] == ["Kabul"]
    assert rep.events[0].fatalities == 3
    assert rep.events[0].event_date == "2026-02-02"
    valid_spans(rep, make_document(html).text)


def test_html_with_only_scripts_is_empty(pipeline):
    html = '<html><head><script>var x = "Gunmen killed 5 in Kabul";</script></head><body><script>alert(1)</script></body></html>'
    rep = pipeline.extract(html)
    assert rep.events == []
    assert any("empty" in w for w in rep.warnings)


def test_html_article_is_read_and_the_page_around_it_is_not(pipeline):
    html = (
        "<!doctype html><html><head><title>Kismayo</title></head><body>"
        "<nav><a>Home</a> <a>Lahore</a> <a>Gunmen killed ten people in Kabul</a></nav>"
        "<aside><p>Most read: a bomb killed 40 people in Mogadishu on Friday.</p></aside>"
        "<article><h1>Clashes near Kismayo</h1><p>Al Shabaab fighters clashed with Somali government forces near "
        "Kismayo on Sunday, January 25, killing at least six people, a local official said.</p></article>"
        "<footer><p>Two killed in Peshawar, more at our site.</p></footer></body></html>"
    )
    rep = pipeline.extract(html, published="2026-01-31")
    assert [e.location for e in rep.events] == ["Kismayo"]
    assert rep.events[0].sub_event_type == "Armed clash"
    text = make_document(html).text
    assert "Mogadishu" not in text and "Peshawar" not in text and "Lahore" not in text
    valid_spans(rep, text)


def test_long_text_is_read_in_windows_with_spans_into_the_whole_text(home, pipeline):
    """A text past Config.max_chars: every window's events keep offsets into the whole text."""
    small = Pipeline(Config(home=home, max_chars=20_000))
    unit = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(EXAMPLES.glob("*.txt"))) + "\n\n"
    text = "\n\n  " + unit * (150_000 // len(unit))
    rep = small.extract(text, published="2026-01-31")
    assert any("windows" in w for w in rep.warnings)
    assert {"Monguno", "Damboa", "Gwoza", "Gazipur", "Dera Ismail Khan"} <= {e.location for e in rep.events}
    assert valid_spans(rep, clean(text)) > 100
    # a window's events never point at text before the window they were found in
    starts = [e.evidence["location"][0].start for e in rep.events]
    assert max(starts) > len(text) * 0.8


def test_long_html_keeps_spans_into_its_cleaned_text(home, pipeline):
    small = Pipeline(Config(home=home, max_chars=5_000))
    para = "<p>" + KABUL + "</p><p>Residents said the fighting lasted for hours.</p>\n"
    html = "<html><body><article>" + para * 150 + "</article></body></html>"
    rep = small.extract(html, published="2026-02-03")
    assert rep.events and {e.location for e in rep.events} == {"Kabul"}
    text, _ = html_to_text(html)
    valid_spans(rep, clean(text))


def test_long_page_of_scripts_only_is_empty(home, pipeline):
    small = Pipeline(Config(home=home, max_chars=1_000))
    rep = small.extract("<html><body>" + "<script>var killed = 'Kabul';</script>" * 200 + "</body></html>")
    assert rep.events == [] and any("empty" in w for w in rep.warnings)


@pytest.mark.slow
def test_a_few_megabytes_finish_with_valid_spans(pipeline):
    """The 20 MB case scaled down (benchmarks/bench_large.py times 2-20 MB)."""
    unit = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(EXAMPLES.glob("*.txt"))) + "\n\n"
    text = unit * (2_500_000 // len(unit))
    rep = pipeline.extract(text, published="2026-01-31")
    assert len(rep.events) > 100
    assert valid_spans(rep, clean(text)) > 1000


# ---------------------------------------------------------------- the command line


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n"])
def test_cli_empty_file_warns_and_succeeds(invoke, tmp_path, content):
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    res = invoke("extract", str(f))
    assert res.exit_code == 0, res.output
    assert f"== {f}: 0 event(s)" in res.stdout and "empty document" in res.stdout
    assert_no_traceback(res)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [("photo.png", PNG, "binary"), ("notes.txt", UNDECODABLE, "UTF-8"), ("utf16.txt", b"\xff\xfeA\x00\x00\xd8", "UTF-16")],
)
def test_cli_unreadable_file_is_a_clear_error(invoke, tmp_path, name, data, words):
    f = tmp_path / name
    f.write_bytes(data)
    res = invoke("extract", str(f))
    assert res.exit_code == 1
    assert name in res.stderr and words in res.stderr
    assert res.stdout.strip() in ("", )
    assert_no_traceback(res)


def test_cli_missing_file_and_folder(invoke, tmp_path):
    res = invoke("extract", str(tmp_path / "nope.txt"))
    assert res.exit_code == 1 and "nope.txt" in res.output and "no such file" in res.output
    assert_no_traceback(res)
    res = invoke("extract", str(tmp_path))
    assert res.exit_code == 1 and str(tmp_path) in res.output and "folder" in res.output
    assert_no_traceback(res)


def test_cli_one_bad_file_does_not_lose_the_others(invoke, tmp_path):
    """Regression: a missing file used to abort the command before any report was printed."""
    png = tmp_path / "photo.png"
    png.write_bytes(PNG)
    good = EXAMPLES / "02_protest.txt"
    res = invoke("extract", str(tmp_path / "nope.txt"), str(png), str(good), "--published", "2026-01-31")
    assert res.exit_code == 1
    assert f"== {good}: 1 event(s)" in res.stdout and "Gazipur" in res.stdout
    assert "nope.txt" in res.stderr and "photo.png" in res.stderr
    assert_no_traceback(res)


def test_cli_non_english_file_warns(invoke, tmp_path):
    f = tmp_path / "fr.txt"
    f.write_text(FOREIGN["fr"], encoding="utf-8")
    res = invoke("extract", str(f), "--published", "2026-01-31")
    assert res.exit_code == 0
    assert "0 event(s)" in res.stdout and "'fr' is not supported" in res.stdout


def test_cli_binary_on_stdin(invoke):
    res = invoke("extract", "-", input=PNG)
    assert res.exit_code == 1 and "<stdin>" in res.stderr and "binary" in res.stderr
    assert_no_traceback(res)


@pytest.mark.parametrize("bad", ["nope.jsonl", "."])
def test_cli_jsonl_that_is_not_a_file_is_a_usage_error(invoke, tmp_path, bad):
    res = invoke("extract", "--jsonl", str(tmp_path / bad))
    assert res.exit_code == 2 and "--jsonl" in res.output
    assert_no_traceback(res)


def test_real_entry_point_on_a_binary_file(home, pipeline, tmp_path):
    """The installed console script: one line on stderr, exit code 1, no traceback."""
    pipeline.gazetteer
    png = tmp_path / "photo.png"
    png.write_bytes(PNG)
    exe = Path(sys.executable).with_name("eventatlas")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from eventatlas.cli import main; main()"]
    proc = subprocess.run(
        [*cmd, "extract", str(png)], capture_output=True, text=True, timeout=60,
        env={"EVENTATLAS_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 1
    assert "photo.png" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
