"""The Share and back up screen with the real demo profile behind the real worker, and real
files in tmp_path: the GP summary (choices, preview, PDF, FHIR), CSV and iCalendar exports,
imports that refuse bad files without changing anything, backups and restores, the keyboard
path, and the way in from the plan screen.

File dialogs cannot be driven offscreen, so each test sets the view's `choose_save_path` /
`choose_open_path` to return a path in tmp_path; everything after the choice is the real code.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from featurekit import activate, focused, idle, in_vault, key, open_dialog, open_view, tab_to
from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextFormat
from shellkit import close, language, make_window, type_into

from planner import demo
from planner.share import backup as backups
from planner.share import fhir, link_worker, report
from planner.vault import KdfParams
from ui.dialogs.restore import RecoveryCodeDialog, RestoreDialog
from ui.printing import REPORT_LABELS
from ui.views.logs import LogsView
from ui.views.sharing import SharingView, default_name

CHEAP = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
NHS = "999 000 0018"  # the demo person's NHS number, as the summary prints it


def saving_to(view: SharingView, folder: Path) -> dict[str, Path]:
    """Make the view's save dialog answer with a file in `folder`; returns what was asked."""
    asked: dict[str, Path] = {}

    def choose(kind: str) -> Path:
        asked[kind] = folder / default_name(kind, "Demo")
        return asked[kind]

    view.choose_save_path = choose  # type: ignore[method-assign]
    return asked


def opening(view: SharingView, path: Path) -> None:
    view.choose_open_path = lambda _kind: path  # type: ignore[method-assign]


def fresh_preview(qtbot, view: SharingView) -> str:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.update_preview()
    return view.preview.toPlainText()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def entry_count(qtbot, session) -> int:
    return in_vault(qtbot, session, lambda v: v.logs.count())


def images_in(view: SharingView) -> int:
    document = view.preview.document()
    found = 0
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                found += 1
        block = block.next()
    return found


def test_file_names_and_report_headings() -> None:
    assert default_name("pdf", today=date(2026, 11, 24)) == "health-plan-2026-11-24.pdf"
    assert default_name("backup", "Sam T.", date(2026, 11, 24)) == \
        "health-planner-sam-t-2026-11-24.hpbackup"
    # The marked headings are the core's own words: the GP summary's and the link worker's.
    marked = {**report.LABELS,
              **{k: v for k, v in link_worker.LABELS.items() if k.startswith("lw_")}}
    assert marked == REPORT_LABELS


def test_choose_sections_preview_then_pdf(qtbot, demo_session, tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    text = view.preview.toPlainText()
    for wanted in ("Health summary for Sam Taylor", NHS, "If things go wrong: my crisis plan",
                   "My goals", "My measurements", "Weight (kg)"):
        assert wanted in text, wanted
    assert images_in(view) >= 3  # the charts are in the preview, not only their tables

    view.include["crisis_plan"].setChecked(False)
    view.show_nhs.setChecked(False)
    for row in range(view.tracker_list.count()):
        item = view.tracker_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) != "weight":
            item.setCheckState(Qt.CheckState.Unchecked)
    assert view.chosen_trackers() == ("weight",)
    text = fresh_preview(qtbot, view)
    assert "My goals" in text and "Date of birth" in text and "Weight (kg)" in text
    assert "crisis plan" not in text and NHS not in text
    assert ">Steps</h3>" not in view.preview_html and ">Weight (kg)</h3>" in view.preview_html
    assert images_in(view) == 1

    asked = saving_to(view, tmp_path)
    view.save_pdf_button.click()
    idle(qtbot, demo_session)
    out = asked["pdf"]
    assert out.name == f"health-plan-{date.today().isoformat()}.pdf"
    printed = pdf_text(out)
    for wanted in ("Health summary for Sam Taylor", "My goals", "Weight (kg)", "Page 1 of"):
        assert wanted in printed, wanted
    assert "crisis plan" not in printed and NHS not in printed and "Steps" not in printed
    assert str(out) in view.banner.text

    # the file for GP systems follows the same choice about the NHS number
    view.save_fhir_button.click()
    idle(qtbot, demo_session)
    (patient,) = [e["resource"] for e in json.loads(asked["fhir"].read_text("utf-8"))["entry"]
                  if e["resource"]["resourceType"] == "Patient"]
    assert "identifier" not in patient and patient["birthDate"] == "1961-04-12"


def test_leaving_out_every_measurement_leaves_out_the_charts(qtbot, demo_session) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    view.include["details"].setChecked(False)
    assert not view.show_nhs.isEnabled() and not view.show_dob.isEnabled()
    for row in range(view.tracker_list.count()):
        view.tracker_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    text = fresh_preview(qtbot, view)
    assert "My measurements" not in text and "Sam Taylor" not in text and NHS not in text
    assert text.startswith("Health summary")


def test_fhir_csv_and_calendar_files(qtbot, demo_session, tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    asked = saving_to(view, tmp_path)
    view.save_fhir_button.click()
    idle(qtbot, demo_session)
    bundle = json.loads(asked["fhir"].read_text("utf-8"))
    Bundle.model_validate(bundle)
    assert fhir.check_codes(bundle) == []
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert {"Patient", "Goal", "CarePlan", "Observation"} <= kinds

    view.tabs.setCurrentIndex(view.EXPORT)
    view.csv_period.setCurrentIndex(view.csv_period.findData("month"))
    view.save_csv_button.click()
    idle(qtbot, demo_session)
    rows = asked["csv"].read_text("utf-8-sig").splitlines()
    assert rows[0] == "id,tracker,at,value,unit,text,note"
    assert 100 < len(rows) < 250  # about a month of 5 or 6 entries a day
    assert asked["csv"].read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with it

    view.save_ics_button.click()
    idle(qtbot, demo_session)
    calendar = asked["ics"].read_bytes()
    assert calendar.startswith(b"BEGIN:VCALENDAR\r\n") and b"BEGIN:VEVENT" in calendar
    assert "calendar events" in view.banner.text


def test_a_bad_csv_lists_every_line_and_changes_nothing(qtbot, demo_session,
                                                        tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    view.tabs.setCurrentIndex(view.IMPORT)
    path = tmp_path / "bad.csv"
    path.write_text("tracker,at,value\n"
                    "weight,2026-03-01T08:00:00+00:00,82.5\n"
                    "stepz,2026-03-02T08:00:00+00:00,100\n"
                    "weight,yesterday,82\n"
                    "mood,2026-03-02T08:00:00+00:00,11\n", "utf-8")
    before = entry_count(qtbot, demo_session)
    opening(view, path)
    view.choose_import_button.click()
    idle(qtbot, demo_session)
    problems = [view.problems.item(i).text() for i in range(view.problems.count())]
    assert [p.split(":")[0] for p in problems] == ["line 3", "line 4", "line 5"]
    assert "no tracker called 'stepz'" in problems[0]
    assert view.problems.isVisibleTo(view) and not view.confirm_row.isVisibleTo(view)
    assert "nothing was changed" in view.import_summary.text()
    assert view.banner.text == "The file was not imported. Nothing was changed."
    assert entry_count(qtbot, demo_session) == before


def test_a_good_csv_is_shown_then_added_and_logs_refresh(qtbot, demo_session,
                                                         tmp_path: Path) -> None:
    logs = open_view(qtbot, LogsView, demo_session)
    view = open_view(qtbot, SharingView, demo_session)
    view.tabs.setCurrentIndex(view.IMPORT)
    shown_before = logs.model.total
    before = entry_count(qtbot, demo_session)
    path = tmp_path / "pedometer.csv"
    path.write_text("tracker,at,value\n"
                    "steps,2020-03-01T21:00:00+00:00,8012\n"
                    "steps,2020-03-02T21:00:00+00:00,7000\n", "utf-8")
    opening(view, path)
    view.choose_import_button.click()
    idle(qtbot, demo_session)
    assert "It holds: 2 log entries." in view.import_summary.text()
    assert "Nothing has been added yet." in view.import_summary.text()
    assert view.confirm_row.isVisibleTo(view)
    assert entry_count(qtbot, demo_session) == before  # the check wrote nothing

    with qtbot.waitSignal(logs.loaded, timeout=10_000):
        view.import_button.click()
    idle(qtbot, demo_session)
    assert entry_count(qtbot, demo_session) == before + 2
    assert logs.model.total == shown_before + 2
    assert "2 log entries" in view.banner.text
    assert not view.confirm_row.isVisibleTo(view)


def test_importing_a_backup_asks_its_passphrase_and_refuses_what_is_already_here(
    qtbot, demo_session, tmp_path: Path
) -> None:
    path = tmp_path / "demo.hpbackup"
    in_vault(qtbot, demo_session,
             lambda v: backups.write_backup(v, path, "blue kettle river", kdf=CHEAP))
    view = open_view(qtbot, SharingView, demo_session)
    view.tabs.setCurrentIndex(view.IMPORT)
    before = entry_count(qtbot, demo_session)
    opening(view, path)
    view.choose_import_button.click()
    idle(qtbot, demo_session)
    assert "is a Health Planner backup" in view.import_summary.text()
    assert view.secret_row.isVisibleTo(view)
    view.import_secret.setText("wrong words")
    view.open_backup_button.click()
    idle(qtbot, demo_session)
    assert "does not open this backup" in view.import_summary.text()
    assert view.secret_row.isVisibleTo(view) and not view.confirm_row.isVisibleTo(view)

    view.import_secret.setText("blue kettle river")
    view.open_backup_button.click()
    idle(qtbot, demo_session)
    assert f"{before:,} log entries" in view.import_summary.text()
    assert view.import_secret.text() == ""
    view.import_button.click()  # every record is in this profile already: refused whole
    idle(qtbot, demo_session)
    assert view.problems.count() > 0 and "nothing was changed" in view.import_summary.text()
    assert entry_count(qtbot, demo_session) == before


def test_backup_then_restore_as_a_new_profile(qtbot, demo_session, tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    view.backup_kdf = CHEAP
    view.tabs.setCurrentIndex(view.BACKUP)
    asked = saving_to(view, tmp_path)

    view.backup_secret.edit.setText("short")
    view.backup_repeat.setText("short")
    view.save_backup_button.click()
    assert "at least 8 characters" in view.backup_error.text() and not asked
    assert "more character" in view.backup_secret.hint.text()

    view.backup_secret.edit.setText("blue kettle river")
    view.backup_repeat.setText("blue kettle river")
    view.save_backup_button.click()
    idle(qtbot, demo_session)
    path = asked["backup"]
    assert path.is_file() and backups.is_backup(path.read_bytes()[:16])
    assert view.backup_secret.text() == ""  # not left in the box
    entries = entry_count(qtbot, demo_session)

    opening(view, path)
    view.restore_button.click()
    dialog = open_dialog(qtbot, view, RestoreDialog)
    dialog.secret.edit.setText("not the passphrase")
    dialog.name.setText("Sam restored")
    dialog.new_secret.edit.setText("green apple door")
    dialog.new_repeat.setText("green apple door")
    dialog.ok.click()
    idle(qtbot, demo_session)
    assert dialog.isVisible() and "does not open this backup" in dialog.error.text()

    dialog.secret.edit.setText("blue kettle river")
    dialog.ok.click()
    idle(qtbot, demo_session)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    shown = open_dialog(qtbot, view, RecoveryCodeDialog)
    assert len(shown.code.text()) >= 20
    shown.done_button.click()
    assert "Sam restored" in view.banner.text

    profiles = demo_session.profiles
    assert sorted(profiles.names()) == ["Demo", "Sam restored"]
    with profiles.unlock("Sam restored", "green apple door") as restored:
        assert restored.logs.count() == entries


def test_restore_in_place_of_this_profile_after_typing_its_name(qtbot, demo_session,
                                                                tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    view.backup_kdf = CHEAP
    asked = saving_to(view, tmp_path)
    view.backup_secret.edit.setText("blue kettle river")
    view.backup_repeat.setText("blue kettle river")
    view.save_backup_button.click()
    idle(qtbot, demo_session)
    entries = entry_count(qtbot, demo_session)
    in_vault(qtbot, demo_session, lambda v: v.logs.delete(v.logs.find()[0].id))
    assert entry_count(qtbot, demo_session) == entries - 1

    opening(view, asked["backup"])
    view.restore_button.click()
    dialog = open_dialog(qtbot, view, RestoreDialog)
    dialog.replace.setChecked(True)
    assert "copied aside" in " ".join(w.text() for w in dialog.findChildren(type(dialog.error)))
    dialog.secret.edit.setText("blue kettle river")
    dialog.confirm.setText("demo")  # not the exact name
    dialog.ok.click()
    assert "exactly" in dialog.error.text() and dialog.isVisible()
    dialog.confirm.setText(demo.DEMO_NAME)
    with qtbot.waitSignal(demo_session.changed, timeout=10_000) as changed:
        dialog.ok.click()
    idle(qtbot, demo_session)
    assert changed.args == ["all"]
    assert entry_count(qtbot, demo_session) == entries
    assert "still locked" in view.banner.text
    folder = demo_session.profiles.vault_path(demo.DEMO_NAME).parent
    assert any("before-restore" in p.name for p in folder.iterdir())


def test_keyboard_path_through_share_with_my_gp(qtbot, demo_session, tmp_path: Path) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    asked = saving_to(view, tmp_path)
    activate(qtbot, view)
    view.focus_gp()
    assert focused() is view.include["details"]
    key(Qt.Key.Key_Space)  # leave "About me" out, by keyboard
    assert not view.include["details"].isChecked()
    presses = tab_to(view.save_pdf_button)
    assert presses >= 8  # every choice on the way is a tab stop
    key(Qt.Key.Key_Space)
    idle(qtbot, demo_session)
    assert "Sam Taylor" not in pdf_text(asked["pdf"])
    tab_to(view.save_fhir_button)
    key(Qt.Key.Key_Return)
    idle(qtbot, demo_session)
    assert asked["fhir"].is_file()


def test_the_summary_runs_right_to_left_in_urdu(qtbot, demo_session) -> None:
    with language("ur"):
        view = open_view(qtbot, SharingView, demo_session)
        options = view.report_options()
        assert options.direction == "rtl" and options.lang.startswith("ur")
        assert '<html lang="ur' in view.preview_html and 'dir="rtl"' in view.preview_html
        view.close()


def test_views_forget_the_summary_on_lock(qtbot, demo_session) -> None:
    view = open_view(qtbot, SharingView, demo_session)
    assert "Sam Taylor" in view.preview.toPlainText()
    demo_session.lock()
    demo_session.runner.wait()
    qtbot.wait(20)
    assert view.preview.toPlainText() == "" and view.preview_html == ""
    assert view.tracker_list.count() == 0


@pytest.fixture
def window(qtbot, demo_profiles, runner):
    win = make_window(qtbot, demo_profiles, runner)
    type_into(qtbot, win.start.unlock_passphrase.edit, demo.DEMO_PASSPHRASE)
    with qtbot.waitSignal(win.session.unlocked, timeout=10_000):
        win.start.unlock_button.click()
    yield win
    close(win)


def test_the_plan_screen_share_button_lands_on_share_with_my_gp(qtbot, window) -> None:
    window.go_to("plan")
    idle(qtbot, window.session)
    activate(qtbot, window)
    sharing = window.view("sharing")
    assert isinstance(sharing, SharingView)
    sharing.tabs.setCurrentIndex(sharing.BACKUP)
    window.view("plan").share_button.click()
    assert window.current_screen().key == "sharing"
    assert sharing.tabs.currentIndex() == sharing.GP
    assert focused() is sharing.include["details"]
    idle(qtbot, window.session)
    assert "Health summary for" in sharing.preview.toPlainText()


def test_today_sends_people_to_the_screen_they_asked_for(qtbot, window) -> None:
    today = window.view("today")
    today.navigate_requested.emit("checkins", "GAD7")
    assert window.current_screen().key == "checkins"
    checkins = window.view("checkins")
    assert list(checkins.forms)[checkins.tabs.currentIndex()] == "GAD7"
    today.navigate_requested.emit("plan", "")
    assert window.current_screen().key == "plan"
    today.navigate_requested.emit("nowhere", "")
    assert window.current_screen().key == "plan"


def test_preview_charts_fit_a_narrow_window(qtbot, demo_session) -> None:
    view = open_view(qtbot, SharingView, demo_session, size=(760, 700))
    room = view.preview.viewport().width()
    document = view.preview.document()
    block = document.begin()
    widths = []
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                image = fragment.charFormat().toImageFormat()
                widths.append(image.width())
                assert image.property(QTextFormat.Property.UserProperty + 1)
        block = block.next()
    assert widths and all(w <= room for w in widths)
    assert view.preview.horizontalScrollBar().maximum() == 0 or max(widths) < 640


def test_medicines_allergies_conditions_and_appointments_can_each_be_left_out(
    qtbot, demo_session
) -> None:
    """The GP summary's health sections (issue #13) are ticked on by default and each box
    takes its own section out of the preview, leaving the others."""
    view = open_view(qtbot, SharingView, demo_session)
    headings = {"medicines": "My medicines", "allergies": "Allergies and intolerances",
                "conditions": "My health conditions", "appointments": "Coming appointments"}
    text = view.preview.toPlainText()
    for heading in headings.values():
        assert heading in text, heading
    for field, heading in headings.items():
        view.include[field].setChecked(False)
        text = fresh_preview(qtbot, view)
        assert heading not in text, heading
        assert all(h in text for f, h in headings.items() if f != field and
                   view.include[f].isChecked())
        view.include[field].setChecked(True)
    assert view.include["medicines"].accessibleName() == "Include: my medicines"
