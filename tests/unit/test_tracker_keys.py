"""Short names for new trackers: typeable, valid as a `Tracker.key`, and unique."""

from planner.domain.tracker import Tracker, TrackerKind
from planner.services.tracker_keys import MAX_KEY, key_for


def test_words_become_a_typeable_key() -> None:
    assert key_for("Blood pressure (top number)", []) == "blood-pressure-top-number"
    assert key_for("  Café visits ", []) == "cafe-visits"
    assert key_for("5 a day", []) == "a-day"


def test_a_taken_key_gets_a_number() -> None:
    assert key_for("Weight", ["weight"]) == "weight-2"
    assert key_for("Weight", ["weight", "weight-2"]) == "weight-3"


def test_every_label_gets_a_valid_key() -> None:
    for label in ("ضغط الدم", "!!!", "x" * 80, "9999"):
        key = key_for(label, ["tracker", "x" * MAX_KEY])
        assert len(key) <= MAX_KEY
        Tracker(key=key, label="A tracker", kind=TrackerKind.SCALE)  # validates the key
