"""Server text made safe to show (sync.untrusted) and the plain-http rule (sync.client)."""

from __future__ import annotations

import pytest

from sync.client import check_url
from sync.errors import BadEndpointUrl
from sync.protocol import ErrorResponse, Results, ServicePage, SurveyList
from sync.untrusted import UNTRUSTED, clean

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_terminal_escape_codes_are_removed() -> None:
    hostile = (
        "\x1b[2J\x1b[H"  # clear the screen, cursor home
        "\x1b]0;Health Planner: security check\x07"  # retitle the window (OSC ... BEL)
        "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\"  # a hyperlink (OSC ... ST)
        "\x1b[31;1mRead out your passphrase\x1b[0m"
        "\x9b2J\x9d0;title\x9c"  # the 8-bit forms
        "\x1bPq#0;2;0;0;0\x1b\\"  # DCS (sixel)
        "\x1b7\x1bc done\x1b"  # save cursor, reset, a lone ESC
    )
    text = clean(hostile)
    assert text == "linkRead out your passphrase done"
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in text)


def test_control_characters_and_bidi_controls_are_removed() -> None:
    hostile = "Pay\x00 \x07now\x7f\x85" + "".join(f"a{c}" for c in BIDI) + "\ud800!"
    text = clean(hostile)
    assert text == "Pay now " + "a" * len(BIDI) + "!"
    assert not set(text) & set(BIDI)


def test_a_message_is_one_line_and_a_carriage_return_cannot_overwrite_it() -> None:
    assert clean("Sorry\r\nline two\rFAKE PROMPT:\u2028x\ty") == "Sorry line two FAKE PROMPT: x y"


def test_a_description_keeps_its_lines_but_not_a_screenful_of_blank_ones() -> None:
    assert clean("Walks\r\n\n\n\n\nEvery Tuesday\x1b[2J\rcafe", 100, lines=True) == (
        "Walks\n\nEvery Tuesday\ncafe"
    )


def test_long_text_is_cut_with_an_ellipsis() -> None:
    text = clean("word " * 10_000, 300)
    assert len(text) == 300 and text.endswith("\u2026")
    assert clean("short", 300) == "short"


def test_joiners_that_scripts_need_stay() -> None:
    urdu = "\u0645\u06cc\u06ba \u0679\u06be\u06cc\u06a9 \u06c1\u0648\u06ba\u200c"
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean(urdu) == urdu and clean(family) == family


def test_replies_are_cleaned_as_they_become_models() -> None:
    error = ErrorResponse.model_validate_json(
        '{"error": {"code": "x", "message": "\\u001b[2J\\u202eno\\r\\nfake"}}', context=UNTRUSTED
    )
    assert error.error.message == "no fake"
    surveys = SurveyList.model_validate(
        {
            "surveys": [
                {
                    "id": "s1",
                    "title": "\x1b]0;owned\x07Parks" + "!" * 500,
                    "description": "Line 1\n\x1b[31mLine 2",
                    "closes_on": "2030-01-01",
                    "questions": [
                        {"id": "q", "text": "Q\u202e?", "options": [{"id": "o", "label": "\x07A"}]}
                    ],
                }
            ]
        },
        context=UNTRUSTED,
    )
    survey = surveys.surveys[0]
    assert survey.title.startswith("Parks!") and len(survey.title) == 200
    assert survey.description == "Line 1\nLine 2"
    assert survey.questions[0].text == "Q?" and survey.questions[0].options[0].label == "A"


def test_without_the_context_models_keep_what_they_were_given() -> None:
    """The endpoint builds the same response models; what it serves is what it stored."""
    error = ErrorResponse.model_validate({"error": {"code": "x", "message": "a\tb"}})
    assert error.error.message == "a\tb"


def test_every_text_field_of_every_reply_model_is_cleaned() -> None:
    """A field added later without the cleaning annotation fails here."""
    from pydantic import BaseModel

    ids = {"id", "option_id", "question_id", "survey_id", "contributor_id", "token"}
    missed = []

    def walk(model: type[BaseModel]) -> None:
        for name, field in model.model_fields.items():
            plain = (field.annotation is str and not field.metadata) or (
                field.annotation == str | None
            )
            if plain and name not in ids:
                missed.append(f"{model.__name__}.{name}")
            for sub in (*getattr(field.annotation, "__args__", ()), field.annotation):
                inner = getattr(sub, "__args__", (sub,))
                for cls in inner:
                    if isinstance(cls, type) and issubclass(cls, BaseModel):
                        walk(cls)

    for model in (ErrorResponse, Results, ServicePage, SurveyList):
        walk(model)
    assert missed == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8765",
        "http://localhost:8765/",
        "http://[::1]:8765",
        "http://127.0.0.2:8765",
        "https://participation.example.org",
    ],
)
def test_https_anywhere_and_http_to_this_computer(url: str) -> None:
    assert check_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.evil.example",
        "http://127.0.0.1.evil.example:8765",
        "http://127.1",
        "http://localhost.evil.example",
        "http://10.0.0.1",
        "http://[::ffff:8.8.8.8]",
        "http://127.0.0.1:notaport",
        "ftp://127.0.0.1",
        "https://",
    ],
)
def test_plain_http_only_to_a_literal_loopback_address(url: str) -> None:
    with pytest.raises(BadEndpointUrl):
        check_url(url)
