"""The questionnaires as published: wording, codes, bands, alerts and answer checking.

Expected values here are typed in from the published sources (the PHQ-9/GAD-7 forms at
phqscreeners.com, LOINC, ONS thresholds), not read from the data files, so a slip in a data file
fails a test instead of being copied into it.
"""

import json
from datetime import datetime
from importlib import resources
from uuid import uuid4

import pytest
from pydantic import ValidationError

from planner.domain.questionnaire import Instrument, QuestionnaireResponse
from planner.errors import InputError
from planner.instruments import (
    AnswerError,
    InvalidAnswer,
    TooFewAnswers,
    UnknownInstrument,
    UnknownItem,
    all_instruments,
    load_instrument,
    score,
    score_response,
    validate_answers,
    validate_response,
)

PHQ9_IDS = [f"phq9_{n}" for n in range(1, 10)]
GAD7_IDS = [f"gad7_{n}" for n in range(1, 8)]
ONS4_IDS = ["life_satisfaction", "worthwhile", "happiness", "anxiety"]


def answers_totalling(ids: list[str], total: int) -> dict[str, int]:
    """Spread `total` over the items, 3 at a time, so every item is answered."""
    assert 0 <= total <= 3 * len(ids)
    out: dict[str, int] = {}
    left = total
    for item_id in ids:
        out[item_id] = min(3, left)
        left -= out[item_id]
    assert sum(out.values()) == total
    return out


# ---------------------------------------------------------------- data files


def test_every_data_file_validates_and_is_shipped() -> None:
    files = sorted(
        f.name for f in resources.files("planner.instruments").iterdir()
        if f.name.endswith(".json") and f.name.count(".") == 1  # translations: translated.py
    )
    assert files == ["gad7.json", "ons4.json", "phq9.json"]
    for name in files:
        text = resources.files("planner.instruments").joinpath(name).read_text("utf-8")
        instrument = Instrument.model_validate_json(text)
        assert instrument.code == name.removesuffix(".json").upper()
    assert [i.code for i in all_instruments()] == ["ONS4", "PHQ9", "GAD7"]


def test_load_is_cached() -> None:
    assert load_instrument("PHQ9") is load_instrument("PHQ9")


def test_unknown_instrument_is_refused() -> None:
    with pytest.raises(UnknownInstrument, match="PHQ-99"):
        load_instrument("PHQ-99")
    with pytest.raises(InputError):
        load_instrument("phq9")


def _phq9_data() -> dict[str, object]:
    text = resources.files("planner.instruments").joinpath("phq9.json").read_text("utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def test_instrument_with_a_gap_in_its_bands_is_refused() -> None:
    data = _phq9_data()
    bands = data["bands"]
    assert isinstance(bands, list)
    bands[1] = {**bands[1], "min": 6}  # 5 would have no meaning
    with pytest.raises(ValidationError, match="no gap or overlap"):
        Instrument.model_validate_json(json.dumps(data))


def test_instrument_whose_bands_stop_short_is_refused() -> None:
    data = _phq9_data()
    bands = data["bands"]
    assert isinstance(bands, list)
    bands[-1] = {**bands[-1], "max": 26}
    with pytest.raises(ValidationError, match="scores reach 27"):
        Instrument.model_validate_json(json.dumps(data))


def test_instrument_with_an_unknown_severity_is_refused() -> None:
    data = _phq9_data()
    bands = data["bands"]
    assert isinstance(bands, list)
    bands[0] = {**bands[0], "severity": "minimal-ish"}
    with pytest.raises(ValidationError):
        Instrument.model_validate_json(json.dumps(data))


def test_instrument_with_an_alert_on_a_missing_item_is_refused() -> None:
    data = _phq9_data()
    alerts = data["alerts"]
    assert isinstance(alerts, list)
    alerts[0] = {**alerts[0], "item": "phq9_10"}
    with pytest.raises(ValidationError, match="unknown item phq9_10"):
        Instrument.model_validate_json(json.dumps(data))


def test_prorated_sum_scoring_is_refused() -> None:
    data = _phq9_data()
    data["min_items_answered"] = 7
    with pytest.raises(ValidationError, match="every item answered"):
        Instrument.model_validate_json(json.dumps(data))


# ---------------------------------------------------------------- wording and codes


def test_phq9_wording_and_codes_match_the_published_form() -> None:
    phq9 = load_instrument("PHQ9")
    assert phq9.stem == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert phq9.loinc == "44249-1"
    assert phq9.total_loinc == "44261-6"
    assert [i.id for i in phq9.items] == PHQ9_IDS
    assert [i.loinc for i in phq9.items] == [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7",
        "44258-2", "44252-5", "44253-3", "44260-8",
    ]  # fmt: skip
    texts = [i.text for i in phq9.items]
    assert texts[0] == "Little interest or pleasure in doing things"
    assert texts[1] == "Feeling down, depressed, or hopeless"
    assert texts[2] == "Trouble falling or staying asleep, or sleeping too much"
    assert texts[3] == "Feeling tired or having little energy"
    assert texts[4] == "Poor appetite or overeating"
    assert texts[5].startswith("Feeling bad about yourself")
    assert texts[6].startswith("Trouble concentrating on things")
    assert texts[7].startswith("Moving or speaking so slowly")
    assert texts[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert "No permission required" in phq9.licence


def test_gad7_wording_and_codes_match_the_published_form() -> None:
    gad7 = load_instrument("GAD7")
    assert gad7.loinc == "69737-5"
    assert gad7.total_loinc == "70274-6"
    assert [i.id for i in gad7.items] == GAD7_IDS
    assert [(i.loinc, i.text) for i in gad7.items] == [
        ("69725-0", "Feeling nervous, anxious or on edge"),
        ("68509-9", "Not being able to stop or control worrying"),
        ("69733-4", "Worrying too much about different things"),
        ("69734-2", "Trouble relaxing"),
        ("69735-9", "Being so restless that it is hard to sit still"),
        ("69689-8", "Becoming easily annoyed or irritable"),
        ("69736-7", "Feeling afraid as if something awful might happen"),
    ]


@pytest.mark.parametrize("code", ["PHQ9", "GAD7"])
def test_frequency_options_are_the_published_four(code: str) -> None:
    for item in load_instrument(code).items:
        assert [(o.value, o.label, o.loinc) for o in item.options] == [
            (0, "Not at all", "LA6568-5"),
            (1, "Several days", "LA6569-3"),
            (2, "More than half the days", "LA6570-1"),
            (3, "Nearly every day", "LA6571-9"),
        ]


def test_ons4_wording_scale_and_licence() -> None:
    ons4 = load_instrument("ONS4")
    assert ons4.loinc is None
    assert ons4.total_loinc is None
    assert "Open Government Licence" in ons4.licence
    assert [(i.id, i.text) for i in ons4.items] == [
        ("life_satisfaction", "Overall, how satisfied are you with your life nowadays?"),
        (
            "worthwhile",
            "Overall, to what extent do you feel that the things you do in your life are "
            "worthwhile?",
        ),
        ("happiness", "Overall, how happy did you feel yesterday?"),
        (
            "anxiety",
            "On a scale where 0 is 'not at all anxious' and 10 is 'completely anxious', "
            "overall, how anxious did you feel yesterday?",
        ),
    ]
    for item in ons4.items:
        assert [o.value for o in item.options] == list(range(11))
        assert item.options[0].label == "Not at all"
        assert item.options[-1].label == "Completely"
    assert [i.reverse for i in ons4.items] == [False, False, False, True]


# ---------------------------------------------------------------- PHQ-9 and GAD-7 totals


@pytest.mark.parametrize(
    ("total", "label", "severity"),
    [
        (0, "None to minimal", "none"),
        (4, "None to minimal", "none"),
        (5, "Mild", "mild"),
        (9, "Mild", "mild"),
        (10, "Moderate", "moderate"),
        (14, "Moderate", "moderate"),
        (15, "Moderately severe", "moderately_severe"),
        (19, "Moderately severe", "moderately_severe"),
        (20, "Severe", "severe"),
        (27, "Severe", "severe"),
    ],
)
def test_phq9_band_boundaries(total: int, label: str, severity: str) -> None:
    result = score(load_instrument("PHQ9"), answers_totalling(PHQ9_IDS, total))
    assert result.total == total
    assert result.band is not None
    assert (result.band.label, result.band.severity) == (label, severity)
    assert result.band.advice
    assert result.missing == ()
    # Items fill in order, so item 9 is only above 0 for totals over 24.
    assert bool(result.alerts) == (total > 24)


@pytest.mark.parametrize(
    ("total", "label", "severity"),
    [
        (0, "Minimal", "none"),
        (4, "Minimal", "none"),
        (5, "Mild", "mild"),
        (9, "Mild", "mild"),
        (10, "Moderate", "moderate"),
        (14, "Moderate", "moderate"),
        (15, "Severe", "severe"),
        (21, "Severe", "severe"),
    ],
)
def test_gad7_band_boundaries(total: int, label: str, severity: str) -> None:
    result = score(load_instrument("GAD7"), answers_totalling(GAD7_IDS, total))
    assert result.total == total
    assert result.band is not None
    assert (result.band.label, result.band.severity) == (label, severity)
    assert result.alerts == ()


@pytest.mark.parametrize(("code", "ids"), [("PHQ9", PHQ9_IDS), ("GAD7", GAD7_IDS)])
@pytest.mark.parametrize("value", [1, 2, 3])
def test_each_item_adds_its_own_value(code: str, ids: list[str], value: int) -> None:
    instrument = load_instrument(code)
    for item_id in ids:
        answers = dict.fromkeys(ids, 0)
        answers[item_id] = value
        assert score(instrument, answers).total == value, item_id


def test_total_needs_every_item_but_still_lists_what_is_missing() -> None:
    answers = answers_totalling(PHQ9_IDS, 12)
    del answers["phq9_4"]
    result = score(load_instrument("PHQ9"), answers)
    assert result.total is None
    assert result.band is None
    assert result.missing == ("phq9_4",)


# ---------------------------------------------------------------- PHQ-9 item 9 alert


@pytest.mark.parametrize("value", [0, 1, 2, 3])
def test_item9_alert_iff_item9_above_zero(value: int) -> None:
    answers = dict.fromkeys(PHQ9_IDS, 0)
    answers["phq9_9"] = value
    result = score(load_instrument("PHQ9"), answers)
    codes = [a.code for a in result.alerts]
    assert codes == (["get_help_now"] if value > 0 else [])


def test_item9_alert_with_low_total() -> None:
    # Total 1 is "None to minimal", yet the person must still be told to get help.
    answers = dict.fromkeys(PHQ9_IDS, 0)
    answers["phq9_9"] = 1
    result = score(load_instrument("PHQ9"), answers)
    assert result.band is not None and result.band.severity == "none"
    assert [a.code for a in result.alerts] == ["get_help_now"]


@pytest.mark.parametrize("value", [1, 2, 3])
def test_item9_alert_from_partial_answers(value: int) -> None:
    result = score(load_instrument("PHQ9"), {"phq9_9": value})
    assert result.total is None
    assert [a.code for a in result.alerts] == ["get_help_now"]
    assert len(result.missing) == 8


def test_no_alert_when_item9_not_answered() -> None:
    answers = {item_id: 3 for item_id in PHQ9_IDS[:8]}
    assert score(load_instrument("PHQ9"), answers).alerts == ()


def test_get_help_now_message_says_where_to_get_help() -> None:
    result = score(load_instrument("PHQ9"), {"phq9_9": 1})
    message = result.alerts[0].message
    for must in ("111", "111 online", "999", "A&E", "Samaritans", "116 123", "free"):
        assert must in message, must
    # Plain English: short sentences (a rough check for a reading age of about 11).
    sentences = [s for s in message.replace("?", ".").split(". ") if s.strip()]
    assert max(len(s.split()) for s in sentences) <= 25


# ---------------------------------------------------------------- ONS4


@pytest.mark.parametrize("item_id", ["life_satisfaction", "worthwhile", "happiness"])
@pytest.mark.parametrize(
    ("value", "label", "severity"),
    [
        (0, "Low", "low"),
        (4, "Low", "low"),
        (5, "Medium", "medium"),
        (6, "Medium", "medium"),
        (7, "High", "high"),
        (8, "High", "high"),
        (9, "Very high", "very_high"),
        (10, "Very high", "very_high"),
    ],
)
def test_ons4_positive_item_bands(item_id: str, value: int, label: str, severity: str) -> None:
    result = score(load_instrument("ONS4"), {item_id: value})
    band = result.item_bands[item_id]
    assert (band.label, band.severity) == (label, severity)
    assert result.total is None and result.band is None


@pytest.mark.parametrize(
    ("value", "label", "severity"),
    [
        (0, "Very low", "very_low"),
        (1, "Very low", "very_low"),
        (2, "Low", "low"),
        (3, "Low", "low"),
        (4, "Medium", "medium"),
        (5, "Medium", "medium"),
        (6, "High", "high"),
        (10, "High", "high"),
    ],
)
def test_ons4_anxiety_bands_are_reversed(value: int, label: str, severity: str) -> None:
    band = score(load_instrument("ONS4"), {"anxiety": value}).item_bands["anxiety"]
    assert (band.label, band.severity) == (label, severity)


def test_ons4_scores_each_item_separately() -> None:
    answers = {"life_satisfaction": 3, "worthwhile": 6, "happiness": 8, "anxiety": 7}
    result = score(load_instrument("ONS4"), answers)
    assert {k: b.label for k, b in result.item_bands.items()} == {
        "life_satisfaction": "Low",
        "worthwhile": "Medium",
        "happiness": "High",
        "anxiety": "High",
    }
    assert result.missing == ()
    assert result.alerts == ()


# ---------------------------------------------------------------- rejecting bad answers


@pytest.mark.parametrize(("code", "item_id", "bad"), [
    ("PHQ9", "phq9_3", 4),
    ("PHQ9", "phq9_9", -1),
    ("GAD7", "gad7_2", 7),
    ("ONS4", "anxiety", 11),
    ("ONS4", "happiness", -1),
])  # fmt: skip
def test_out_of_range_value_names_the_item(code: str, item_id: str, bad: int) -> None:
    instrument = load_instrument(code)
    answers: dict[str, object] = {item.id: 0 for item in instrument.items}
    answers[item_id] = bad
    for check in (validate_answers, score):
        with pytest.raises(InvalidAnswer, match=item_id) as caught:
            check(instrument, answers)
        assert caught.value.item_id == item_id
        assert isinstance(caught.value, ValueError)
        # Messages go to logs: they name the item but never the answer given.
        assert str(bad) not in str(caught.value).replace(item_id, "").replace(code, "")


@pytest.mark.parametrize("bad", [True, 1.0, "1", None])
def test_non_integer_answers_are_refused(bad: object) -> None:
    instrument = load_instrument("GAD7")
    answers: dict[str, object] = dict.fromkeys(GAD7_IDS, 0)
    answers["gad7_5"] = bad
    with pytest.raises(InvalidAnswer, match="gad7_5"):
        validate_answers(instrument, answers)


def test_unknown_item_is_named() -> None:
    instrument = load_instrument("PHQ9")
    answers: dict[str, object] = {**dict.fromkeys(PHQ9_IDS, 0), "phq9_10": 1}
    with pytest.raises(UnknownItem, match="phq9_10") as caught:
        validate_answers(instrument, answers)
    assert caught.value.item_id == "phq9_10"
    with pytest.raises(UnknownItem, match="gad7_1"):
        score(instrument, {"gad7_1": 1})


def test_too_few_answers_names_what_is_missing() -> None:
    instrument = load_instrument("PHQ9")
    answers = dict.fromkeys(PHQ9_IDS[:7], 1)
    with pytest.raises(TooFewAnswers, match=r"phq9_8, phq9_9") as caught:
        validate_answers(instrument, answers)
    assert caught.value.item_id == "phq9_8"
    assert isinstance(caught.value, AnswerError)


def test_complete_answers_pass_and_ons4_allows_skipping() -> None:
    validate_answers(load_instrument("PHQ9"), dict.fromkeys(PHQ9_IDS, 2))
    validate_answers(load_instrument("GAD7"), dict.fromkeys(GAD7_IDS, 3))
    validate_answers(load_instrument("ONS4"), {"happiness": 7})
    with pytest.raises(TooFewAnswers):
        validate_answers(load_instrument("ONS4"), {})


# ---------------------------------------------------------------- responses


def _response_json(**overrides: object) -> str:
    data: dict[str, object] = {
        "id": str(uuid4()),
        "instrument": "GAD7",
        "completed_at": "2025-03-01T09:30:00+00:00",
        "answers": dict.fromkeys(GAD7_IDS, 2),
        **overrides,
    }
    return json.dumps(data)


def test_response_round_trips_and_scores() -> None:
    response = QuestionnaireResponse.model_validate_json(_response_json())
    assert response.completed_at.utcoffset() is not None
    again = QuestionnaireResponse.model_validate_json(response.model_dump_json())
    assert again == response
    assert validate_response(response).code == "GAD7"
    result = score_response(response)
    assert result.total == 14
    assert result.band is not None and result.band.label == "Moderate"


def test_response_needs_a_time_zone() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        QuestionnaireResponse.model_validate_json(
            _response_json(completed_at="2025-03-01T09:30:00")
        )


def test_response_for_unknown_instrument_is_refused() -> None:
    with pytest.raises(ValidationError):
        QuestionnaireResponse.model_validate_json(_response_json(instrument="BDI"))


def test_response_answers_are_checked_against_the_instrument() -> None:
    response = QuestionnaireResponse(
        id=uuid4(),
        instrument="GAD7",
        completed_at=datetime.fromisoformat("2025-03-01T09:30:00+01:00"),
        answers={**dict.fromkeys(GAD7_IDS, 0), "gad7_3": 5},
    )
    with pytest.raises(InvalidAnswer, match="gad7_3"):
        validate_response(response)
