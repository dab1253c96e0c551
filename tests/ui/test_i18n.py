"""Translations: every shipped language is complete, keeps placeholders and shortcuts, and Urdu
lays the whole app out right to left."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from shellkit import close, language, make_window

from ui.i18n import LANGUAGES, Translations
from ui.resources import resource

SHIPPED = [code for code, _name in LANGUAGES if code != "en_GB"]


def ts_path(code: str) -> Path:
    return resource("translations", f"health_planner_{code}.ts")


def messages(code: str):
    root = ET.parse(ts_path(code)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            yield context.findtext("name", ""), message, translation


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_is_translated_and_finished(code: str) -> None:
    assert ts_path(code).is_file()
    assert ts_path(code).with_suffix(".qm").is_file(), "run scripts/translations.py release"
    problems = []
    count = 0
    for context, message, translation in messages(code):
        count += 1
        source = message.findtext("source", "")
        if translation is None or translation.get("type") == "unfinished":
            problems.append(f"[{context}] {source!r} is unfinished")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms or [translation.text or ""]
        if not all(t.strip() for t in texts):
            problems.append(f"[{context}] {source!r} has an empty translation")
    assert count > 100
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("code", SHIPPED)
def test_placeholders_and_shortcut_keys_survive_translation(code: str) -> None:
    problems = []
    for context, message, translation in messages(code):
        if translation is None or translation.get("type") == "unfinished":
            continue  # reported by the test above
        source = message.findtext("source", "")
        forms = [f.text or "" for f in translation.findall("numerusform")] or \
            [translation.text or ""]
        for text in forms:
            wanted = sorted(set(re.findall(r"%(?:\d|n)|\{\w*\}", source)))
            got = sorted(set(re.findall(r"%(?:\d|n)|\{\w*\}", text)))
            if wanted != got:
                problems.append(f"[{context}] {source!r}: placeholders {wanted} became {got}")
            if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", text):
                problems.append(f"[{context}] {source!r}: the shortcut key (&) was lost")
    assert not problems, "\n".join(problems[:40])


def test_urdu_lays_the_app_out_right_to_left(qtbot, profiles, runner) -> None:
    with language("ur") as translations:
        assert translations.language == "ur"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = make_window(qtbot, profiles, runner, translations=translations)
        try:
            start = window.start
            assert start.isRightToLeft()
            assert start.welcome_create.isRightToLeft()
            assert start.welcome_create.text() == "میرا پروفائل بنائیں (&C)"
            assert window.windowTitle() == "ہیلتھ پلانر"
            # The Create button sits to the right of where it would in English.
            create = start.welcome_create.mapTo(start, start.welcome_create.rect().topRight())
            assert create.x() > start.width() / 2
        finally:
            close(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_polish_translates_the_start_screen(qtbot, profiles, runner) -> None:
    with language("pl") as translations:
        window = make_window(qtbot, profiles, runner, translations=translations)
        try:
            assert window.start.welcome_create.text() == "&Utwórz mój profil"
            assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
            assert QLocale().language() == QLocale.Language.Polish
        finally:
            close(window)


def test_core_messages_are_translated_too() -> None:
    from planner.errors import WrongPassphrase
    from ui.forms import friendly_error

    with language("pl"):
        assert friendly_error(WrongPassphrase("That passphrase does not open this profile.")) \
            == "To hasło nie otwiera tego profilu."
        assert friendly_error(WrongPassphrase(
            "Too many wrong tries. Wait 8 seconds, then try again.")) == \
            "Za dużo błędnych prób. Odczekaj 8 sekund i spróbuj ponownie."
    assert friendly_error(RuntimeError("boom")).startswith("Sorry, something went wrong.")


def test_a_missing_catalogue_stays_in_english(qapp) -> None:
    translations = Translations(qapp)
    assert translations.apply("xx") is False
    assert translations.language == "en_GB"
    assert QCoreApplication.translate("StartScreen", "Unlock") == "Unlock"


def test_a_failed_sync_is_told_in_the_persons_language() -> None:
    """The sentences of sync/client.py reach Taking part's banner translated (issue #21); a
    server's own words stay as it sent them, after cleaning, inside the translated sentence."""
    # The client's own wording, so a change there without the catalogue fails here.
    from sync.client import _CUT_SHORT as cut
    from sync.client import _too_big
    from sync.errors import BadReply, Offline, ServerRefused
    from ui.widgets.forms import user_message

    refused = ServerRefused("The participation server said no (error 403): Locked %1.", 403)
    big = BadReply(_too_big(2048 * 1024))
    with language("pl"):
        assert user_message(BadReply(cut)).startswith("Odpowiedź serwera udziału została ucięta")
        assert user_message(refused) == "Serwer udziału odmówił (błąd 403): Locked %1."
        assert "(2,048 KB)" in user_message(big) and user_message(big).startswith("Serwer")
    with language("ur"):
        assert user_message(Offline(cut)).startswith("شرکت کے سرور کا جواب")
    assert user_message(BadReply(cut)) == cut  # English without a catalogue


def test_the_link_worker_summary_headings_are_translated() -> None:
    from planner.share import link_worker
    from ui.printing import report_labels

    with language("pl"):
        labels = report_labels()
        assert labels["lw_title"] == "Podsumowanie skierowania do wsparcia społecznego"
        assert labels["lw_chosen"] == "Wsparcie, które wybrałem lub wybrałam"
    assert set(link_worker.LABELS) - {"what_matters"} <= set(labels)  # every heading
