"""Plural forms: every count the app says is a Qt plural ("numerus") message with three Polish
forms (1 wpis, 2 wpisy, 5 wpisów) and two Urdu ones, and the real widgets pick the right one."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from shellkit import language

from planner.errors import WrongPassphrase
from ui.forms import friendly_error
from ui.resources import resource

FORMS = {"pl": 3, "ur": 2}


@pytest.mark.parametrize("code", sorted(FORMS))
def test_every_plural_message_has_each_form_of_the_language(code: str) -> None:
    root = ET.parse(resource("translations", f"health_planner_{code}.ts")).getroot()
    plural = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    counted = [m for m in root.iter("message") if "%n" in (m.findtext("source") or "")]
    # Every message with a count (%n) is a plural (some plurals name theirs {n} instead).
    assert [m.findtext("source") for m in counted if m not in plural] == []
    assert counted, "the catalogue has messages with counts"
    for message in plural:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == FORMS[code], message.findtext("source")
        assert all(f.strip() for f in forms), message.findtext("source")
    # A count in a message that is not a plural reads "1 entries" or "Wysłane elementy: 1":
    # every message whose number is a count is a plural one, whatever its placeholder is named
    # ({days}, {count}, %n).
    for message in root.iter("message"):
        source = message.findtext("source", "")
        counted = re.search(r"(\{\w+\}|%n) (log entries|entries|records|calendar events|items|"
                            r"answers|services|people|seconds|minutes|hours|days|weeks|times|"
                            r"appointments|doses|goals)\b", source)
        if counted:
            assert message.get("numerus") == "yes", source


def say(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_polish_uses_its_three_forms(qapp) -> None:
    with language("pl"):
        entries = [say("SharingView", "Saved {n} log entries to {path}.", n)
                   for n in (2, 5, 22, 25, 112)]
        assert entries == ["Zapisano {n} wpisy w {path}.", "Zapisano {n} wpisów w {path}.",
                           "Zapisano {n} wpisy w {path}.", "Zapisano {n} wpisów w {path}.",
                           "Zapisano {n} wpisów w {path}."]
        assert [say("ParticipationView", "{n} people", n) for n in (3, 11)] == \
            ["{n} osoby", "{n} osób"]
        assert [friendly_error(WrongPassphrase(f"Too many wrong tries. Wait {n} second"
                                          f"{'' if n == 1 else 's'}, then try again."))
                for n in (1, 2, 8)] == [
            "Za dużo błędnych prób. Odczekaj 1 sekundę i spróbuj ponownie.",
            "Za dużo błędnych prób. Odczekaj 2 sekundy i spróbuj ponownie.",
            "Za dużo błędnych prób. Odczekaj 8 sekund i spróbuj ponownie."]
        clipboard = ("Copied. Paste it somewhere safe now: Health Planner will clear it from the "
                     "clipboard in %n seconds.")
        assert say("StartScreen", clipboard, 30).endswith("usunie go ze schowka za 30 sekund.")
        assert say("StartScreen", clipboard, 3).endswith("usunie go ze schowka za 3 sekundy.")


def test_urdu_uses_its_two_forms(qapp) -> None:
    with language("ur"):
        assert say("SharingView", "Saved {n} log entries to {path}.", 7) == \
            "{n} اندراجات {path} میں محفوظ ہو گئے۔"
        assert say("ParticipationView", "{n} people", 2) == "{n} لوگ"


def test_settings_says_its_shared_computer_times_as_plurals(qapp, demo_session) -> None:
    """The shared-computer hint and lock note count minutes and seconds in the language's
    forms (they were fixed numbers in a "%1 min" sentence before)."""
    from ui.preferences import Preferences, PreferenceStore
    from ui.views.settings import SettingsView

    with language("pl"):
        store = PreferenceStore(None, initial=Preferences(shared_pc=True))
        view = SettingsView(demo_session, store)
        assert "usuwa skopiowany tekst po 30 sekundach" in view.shared_pc.accessibleDescription()
        assert "blokada włącza się po 2 minutach." in view.shared_pc.accessibleDescription()
        assert view.auto_lock_note.text() == \
            "W trybie komputera wspólnego blokada włącza się po 2 minutach."
        store.update(auto_lock_minutes=1.0)
        view._load(store.value)
        assert view.auto_lock_note.text() == \
            "W trybie komputera wspólnego blokada włącza się po 1 minucie."
        store.update(auto_lock_minutes=0.5)
        view._load(store.value)
        assert view.auto_lock_note.text() == \
            "W trybie komputera wspólnego blokada włącza się po 30 sekundach."
        view.deleteLater()
    with language("ur"):
        store = PreferenceStore(None, initial=Preferences(shared_pc=True))
        view = SettingsView(demo_session, store)
        assert view.auto_lock_note.text() == "مشترکہ کمپیوٹر موڈ 2 منٹ بعد لاک کرتا ہے۔"
        view.deleteLater()


def test_weeks_days_and_visits_take_the_polish_form_of_their_count(qapp) -> None:
    from ui.dialogs.social import weeks_words

    with language("pl"):
        assert weeks_words((1, 6)) == "po 1 tygodniu, po 6 tygodniach"
        assert [say("MedicinesView", "Last {days} days", n).format(days=n) for n in (1, 7, 30)] \
            == ["Ostatni 1 dzień", "Ostatnie 7 dni", "Ostatnie 30 dni"]
        went = "{name}: went {count} times so far"
        assert [say("GoingActions", went, n).format(name="Spacer", count=n) for n in (1, 3)] == \
            ["Spacer: dotąd byłem/byłam 1 raz", "Spacer: dotąd byłem/byłam 3 razy"]
    with language("ur"):
        assert weeks_words((1,)) == "1 ہفتے کے بعد"
