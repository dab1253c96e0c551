"""Translation files of the instruments: they lay words over the English file and are refused
if they miss or add a band, item, answer or alert, or claim items they do not carry."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from pydantic import ValidationError

from planner.instruments import load_instrument, score
from planner.instruments.translated import Translation, apply, translation_for


def raw(name: str) -> dict:
    return json.loads(resources.files("planner.instruments").joinpath(name).read_text("utf-8"))


def test_every_shipped_translation_has_its_source_note_beside_it() -> None:
    files = sorted(f.name for f in resources.files("planner.instruments").iterdir()
                   if f.name.count(".") == 2 and f.name.endswith(".json"))
    assert files == ["gad7.pl.json", "gad7.ur.json", "ons4.pl.json", "ons4.ur.json",
                     "phq9.pl.json", "phq9.ur.json"]
    for name in files:
        note = resources.files("planner.instruments").joinpath(
            name.removesuffix(".json") + ".SOURCE.md").read_text("utf-8")
        assert "Licence" in note or "licence" in note.lower()
        assert ("published" in note) or ("English" in note)


def test_a_missing_band_is_refused() -> None:
    data = raw("gad7.pl.json")
    data["bands"] = data["bands"][:-1]
    with pytest.raises(ValueError, match="bands must be"):
        apply(load_instrument("GAD7"), Translation.model_validate_json(json.dumps(data)))


def test_a_missing_answer_is_refused() -> None:
    data = raw("phq9.pl.json")
    del data["items"]["phq9_3"]["options"]["2"]
    with pytest.raises(ValueError, match="phq9_3 needs answers"):
        apply(load_instrument("PHQ9"), Translation.model_validate_json(json.dumps(data)))


def test_the_get_help_message_cannot_be_left_out() -> None:
    data = raw("phq9.ur.json")
    data["alerts"] = {}
    with pytest.raises(ValueError, match="every alert needs its message"):
        apply(load_instrument("PHQ9"), Translation.model_validate_json(json.dumps(data)))


def test_english_items_need_the_note_and_no_item_text() -> None:
    data = raw("ons4.pl.json")
    data["note"] = ""
    with pytest.raises(ValidationError, match="say why the items are in English"):
        Translation.model_validate_json(json.dumps(data))
    data = raw("phq9.pl.json")
    data["items_language"] = "en"
    with pytest.raises(ValidationError, match="English items take no item text"):
        Translation.model_validate_json(json.dumps(data))


def test_no_file_means_english_and_unknown_codes_are_still_refused() -> None:
    assert translation_for("PHQ9", "de") is None
    assert load_instrument("PHQ9", "de") is load_instrument("PHQ9")
    assert load_instrument("PHQ9", "pl_PL") is load_instrument("PHQ9", "pl")
    with pytest.raises(KeyError):
        load_instrument("PHQ-99", "pl")


def test_the_help_message_is_raised_by_the_same_answer_in_every_language() -> None:
    for language in ("en", "pl", "ur"):
        result = score(load_instrument("PHQ9", language), {"phq9_9": 1})
        assert [a.code for a in result.alerts] == ["get_help_now"]
    polish = score(load_instrument("PHQ9", "pl"), {"phq9_9": 1}).alerts[0].message
    assert "NHS 111" in polish and "999" in polish and "116 123" in polish
