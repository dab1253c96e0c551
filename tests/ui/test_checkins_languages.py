"""Check-ins in Polish and Urdu, reached through the app's own language switch: the published
Polish PHQ-9 items, English items with a note where no validated translation exists, and the
get-help message with its phone numbers in the person's language."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from shellkit import close, make_window, type_into

from planner import demo
from planner.instruments import load_instrument
from ui.i18n import Translations
from ui.views.checkins import CheckinsView

PHQ9_ITEM_1_PL = "Niewielkie zainteresowanie lub odczuwanie przyjemności z wykonywania czynności"
PHQ9_ITEM_9_PL = "Myśli, że lepiej byłoby umrzeć, albo chęć zrobienia sobie jakiejś krzywdy"


def open_checkins_in(qtbot, profiles, runner, code: str):
    """The demo unlocked in English, then switched to `code` from Settings, as a person would,
    and Check-ins opened."""
    translations = Translations(QGuiApplication.instance())
    window = make_window(qtbot, profiles, runner, translations=translations)
    type_into(qtbot, window.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        window.start.unlock_button.click()
    window.go_to("settings")
    settings = window.settings
    settings.language.setCurrentIndex(settings.language.findData(code))
    settings.language.activated.emit(settings.language.currentIndex())
    qtbot.waitUntil(lambda: translations.language == code, timeout=5_000)
    qtbot.waitUntil(lambda: window.current_screen() is not None
                    and window.current_screen().key == "settings", timeout=5_000)
    window.go_to("checkins")
    view = window.view("checkins")
    assert isinstance(view, CheckinsView)
    view.select_instrument("PHQ9")
    window.session.runner.wait()
    return window, translations, view


def answer_question_9(view: CheckinsView) -> None:
    form = view.form("PHQ9")
    assert not form.alert.isVisible()
    form.answer("phq9_9", 2)
    assert form.alert.isVisible()


def test_phq9_in_polish_shows_the_published_items_and_the_help_message(
        qtbot, demo_profiles, runner) -> None:
    window, translations, view = open_checkins_in(qtbot, demo_profiles, runner, "pl")
    try:
        form = view.form("PHQ9")
        assert form.item_labels["phq9_1"].text() == f"1. {PHQ9_ITEM_1_PL}"
        assert form.item_labels["phq9_9"].text() == f"9. {PHQ9_ITEM_9_PL}"
        assert [b.text() for b in form.buttons("phq9_1")] == [
            "0 – Wcale nie dokuczały", "1 – Kilka dni", "2 – Więcej niż połowę dni",
            "3 – Niemal codziennie"]
        assert form.note is None  # published items need no note
        answer_question_9(view)
        assert form.alert.title.text() == "Proszę, poszukaj pomocy teraz"
        message = form.alert.message.text()
        assert message.startswith("Z Twoich odpowiedzi wynika, że miewasz myśli")
        for words in ("Zadzwoń pod NHS 111", "zadzwoń pod 999", "pod numer 116 123",
                      "o każdej porze dnia i nocy"):
            assert words in message
        assert form.alert.accessibleDescription() == message
        for n in range(1, 9):
            form.answer(f"phq9_{n}", 1)
        assert form.score_label.text() == "Wynik: 10 na 27. Umiarkowane."
        assert form.advice.text().startswith("Twoje odpowiedzi pokazują oznaki depresji.")
        assert view.tabs.tabText(1) == "Nastrój (PHQ-9)"
    finally:
        translations.apply("en_GB")
        close(window)


def test_phq9_in_urdu_keeps_english_items_says_so_and_gives_help_in_urdu(
        qtbot, demo_profiles, runner) -> None:
    window, translations, view = open_checkins_in(qtbot, demo_profiles, runner, "ur")
    try:
        form = view.form("PHQ9")
        english = load_instrument("PHQ9")
        assert form.item_labels["phq9_1"].text() == f"1۔ {english.items[0].text}"
        assert form.note is not None and form.note.isVisible()
        assert form.note.text() == ("اس ایپ میں ان سوالوں کا کوئی تصدیق شدہ اردو ترجمہ نہیں ہے، "
                                    "اس لیے یہ انگریزی میں ہیں۔")
        answer_question_9(view)
        message = form.alert.message.text()
        assert message.startswith("آپ نے بتایا ہے کہ")
        assert "براہِ کرم ابھی مدد لیں۔" in message
        # The numbers are kept left to right inside the Urdu sentence.
        for number in ("\u202aNHS 111\u202c", "\u202a999\u202c", "\u202a116 123\u202c"):
            assert number in message
        assert "You said" not in message and "Please get help now" not in message
        assert form.alert.title.text() != "Please get help now"
        assert form.alert.isRightToLeft()
    finally:
        translations.apply("en_GB")
        close(window)


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_every_translation_scores_exactly_as_the_english(code: str) -> None:
    from planner.instruments import score

    for name in ("ONS4", "PHQ9", "GAD7"):
        english, local = load_instrument(name), load_instrument(name, code)
        assert local.language == code
        assert [i.id for i in local.items] == [i.id for i in english.items]
        answers = {item.id: max(item.values()) for item in english.items}
        assert score(local, answers).total == score(english, answers).total
        assert [(b.min, b.max, b.severity) for b in local.bands] == \
            [(b.min, b.max, b.severity) for b in english.bands]
        assert [a.code for a in score(local, answers).alerts] == \
            [a.code for a in score(english, answers).alerts]
        assert local.licence != english.licence  # in the person's language too
        if local.items_language == "en":
            assert local.note and [i.text for i in local.items] == [i.text for i in english.items]
        else:
            assert not local.note
