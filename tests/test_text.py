"""Reading input: decoding, HTML, cleaning, sentences, language."""

import pytest

from eventatlas.errors import DecodeError
from eventatlas.text import decode, detect_language, html_to_text, make_document, split_sentences


def test_decode_utf8_and_cp1252():
    assert decode("Quetta’s".encode("utf-8")) == "Quetta’s"
    assert decode("caf\xe9".encode("cp1252")) == "café"


def test_binary_input_is_refused_with_the_file_name():
    with pytest.raises(DecodeError, match="photo.jpg"):
        decode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 10, "photo.jpg")


def test_sentences_respect_abbreviations_and_offsets():
    text = "Lt. Col. Khan said 3 p.m. was calm. Then gunmen attacked the U.S. embassy. Two died."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Lt. Col. Khan said 3 p.m. was calm.",
        "Then gunmen attacked the U.S. embassy.",
        "Two died.",
    ]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_html_main_text_without_scripts_or_menus():
    html = "<html><head><title>T</title><script>var x=1;</script></head><body><nav>Menu</nav><p>Police fired.</p></body></html>"
    text, title = html_to_text(html)
    assert title == "T"
    assert "Police fired." in text and "var x" not in text and "Menu" not in text


def test_empty_document_warns():
    doc = make_document("   \n ")
    assert doc.text == "" and doc.sentences == []
    assert any("empty" in w for w in doc.warnings)


def test_language_detection():
    assert detect_language("Gunmen killed two policemen in the town of Kalat on Friday, officials said.") == "en"
    assert detect_language("Des hommes armés ont tué deux policiers dans la ville de Kalat vendredi, selon les autorités.") not in ("en", None)


def test_short_english_headlines_full_of_names_are_english():
    from eventatlas.text import detect_language

    assert detect_language("Islamic State executed 15 civilians in Deir ez-Zor district") == "en"
    assert detect_language("Boko Haram insurgents ambush a Nigerian Army convoy near Chibok, killing 12 soldiers.") == "en"


def test_short_foreign_sentences_with_english_looking_words_are_not_english():
    from eventatlas.text import detect_language

    assert detect_language("Bewaffnete töteten am Montag in Kano fünf Menschen.") == "de"
    assert detect_language("El ejército mató a 12 soldados en un ataque cerca de la ciudad.") == "es"
