"""Share and back up's first tab, "Share with my GP": what goes in the summary, its preview,
and saving it as a PDF or as a FHIR file for GP systems.

A mixin of `SharingView` (see ui/views/sharing_tab.py for why the tabs are mixins); the words
keep the view's translation context, "SharingView". The preview is built in the worker a moment
after the last tick (`PREVIEW_DELAY_MS` in sharing.py), so three ticks build one preview.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.tracker import Tracker
from planner.share import fhir, report
from planner.vault import Vault
from ui import forms
from ui.print_apart import warm as warm_the_printer
from ui.printing import report_labels, report_language
from ui.sharing_ops import Preview, gp_preview, printable, save_gp_pdf
from ui.views.base import paragraph
from ui.views.sharing_tab import Period, SharingTab, midnight
from ui.widgets import wording
from ui.widgets.forms import user_message
from ui.widgets.preview import PreviewBrowser
from ui.widgets.responsive import ResponsiveBox, flow_row, labelled

# The sections of the summary the person can leave out: (ReportOptions field, label, accessible).
# fmt: off
SECTIONS: list[tuple[str, str, str]] = [
    ("details", str(QT_TRANSLATE_NOOP("SharingView", "&About me (name, borough)")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: about me"))),
    ("what_matters", str(QT_TRANSLATE_NOOP("SharingView", "&What matters to me")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: what matters to me"))),
    ("goals", str(QT_TRANSLATE_NOOP("SharingView", "My goa&ls")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my goals"))),
    ("plan", str(QT_TRANSLATE_NOOP("SharingView", "My &care and support plan")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my care and support plan"))),
    ("crisis_plan", str(QT_TRANSLATE_NOOP("SharingView", "My c&risis plan")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my crisis plan"))),
    ("questionnaires", str(QT_TRANSLATE_NOOP("SharingView", "Ch&eck-in scores (questionnaires)")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my latest check-in scores"))),
    ("charts", str(QT_TRANSLATE_NOOP("SharingView", "&Measurements and charts")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: measurements and charts"))),
    ("medicines", str(QT_TRANSLATE_NOOP("SharingView", "My me&dicines")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my medicines"))),
    ("allergies", str(QT_TRANSLATE_NOOP("SharingView", "My allergies")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my allergies"))),
    ("conditions", str(QT_TRANSLATE_NOOP("SharingView", "My conditions, c&urrent and past")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my conditions, current and past"))),
    ("appointments", str(QT_TRANSLATE_NOOP("SharingView", "My coming appointments")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: my coming appointments"))),
    ("decisions", str(QT_TRANSLATE_NOOP("SharingView", "Decisions I am making")),
     str(QT_TRANSLATE_NOOP("SharingView", "Include: decisions I am making"))),
]
# fmt: on


class GpTab(SharingTab):
    """The "Share with my GP" tab; `SharingView` inherits it."""

    # SharingView's, set in its __init__ and cleared in its _clear.
    _trackers: list[Tracker]
    _preview: tuple[report.ReportOptions, Preview] | None
    _preview_asked: int
    _preview_stale: bool
    _preview_timer: QTimer
    tabs: QTabWidget
    GP: int

    def _build_gp(self) -> QWidget:
        page = QWidget(self)
        columns = ResponsiveBox(page, min_chars=70)
        columns.setContentsMargins(0, 0, 0, 0)

        options = QWidget(page)
        options.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        left = QVBoxLayout(options)
        left.setContentsMargins(0, 0, 0, 0)

        include = QGroupBox(QCoreApplication.translate("SharingView", "What to include"), options)
        boxes = QVBoxLayout(include)
        boxes.setSpacing(2)
        self.include: dict[str, QCheckBox] = {}
        for field, text, accessible in SECTIONS:
            box = QCheckBox(QCoreApplication.translate("SharingView", text), include)
            box.setAccessibleName(QCoreApplication.translate("SharingView", accessible))
            box.setChecked(True)
            box.toggled.connect(self._options_changed)
            self.include[field] = box
            boxes.addWidget(box)
            if field == "details":
                self.show_nhs = QCheckBox(
                    QCoreApplication.translate("SharingView", "My &NHS number"), include
                )
                self.show_nhs.setAccessibleName(
                    QCoreApplication.translate("SharingView", "Include: my NHS number")
                )
                self.show_dob = QCheckBox(
                    QCoreApplication.translate("SharingView", "My da&te of birth"), include
                )
                self.show_dob.setAccessibleName(
                    QCoreApplication.translate("SharingView", "Include: my date of birth")
                )
                for sub in (self.show_nhs, self.show_dob):
                    sub.setChecked(True)
                    sub.toggled.connect(self._options_changed)
                    boxes.addWidget(self._indented(sub, include))

        # What the charts show: which measurements, over which period (under their box).
        charts = QWidget(include)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.tracker_list = QListWidget(charts)
        self.tracker_list.setAccessibleName(
            QCoreApplication.translate("SharingView", "Measurements to chart")
        )
        self.tracker_list.setAccessibleDescription(
            QCoreApplication.translate(
                "SharingView", "Press Space to include or leave out the chosen measurement."
            )
        )
        self.tracker_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tracker_list.itemChanged.connect(lambda _item: self._options_changed())
        charts_layout.addWidget(self.tracker_list)
        self.period = self._period_combo(charts, with_all=False)
        self.period.setAccessibleName(
            QCoreApplication.translate("SharingView", "Period for the measurements")
        )
        self.date_from, self.date_to, self.gp_dates = self._date_row(charts)
        charts_layout.addWidget(
            labelled(
                QLabel(QCoreApplication.translate("SharingView", "Peri&od:"), charts),
                self.period,
                charts,
            )
        )
        charts_layout.addWidget(self.gp_dates)
        self.period.currentIndexChanged.connect(self._options_changed)
        self.date_from.dateChanged.connect(self._options_changed)
        self.date_to.dateChanged.connect(self._options_changed)
        boxes.addWidget(self._indented(charts, include))
        left.addWidget(include)
        left.addStretch(1)

        right_box = QWidget(page)
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        self.save_pdf_button = self._button(
            QCoreApplication.translate("SharingView", "Save as PD&F…"),
            QCoreApplication.translate("SharingView", "Save the summary as a PDF"),
            self.save_pdf,
        )
        self.save_fhir_button = self._button(
            QCoreApplication.translate("SharingView", "Save for GP s&ystems (FHIR)…"),
            QCoreApplication.translate("SharingView", "Save for GP systems as a FHIR file"),
            self.save_fhir,
        )
        actions, flow = flow_row(right_box)  # one above the other when they do not fit (#23)
        flow.addWidget(self.save_pdf_button)
        flow.addWidget(self.save_fhir_button)
        right.addWidget(actions)

        self.preview = PreviewBrowser(right_box)
        self.preview.setAccessibleName(
            QCoreApplication.translate("SharingView", "Preview of the summary")
        )
        self.preview.setAccessibleDescription(
            QCoreApplication.translate(
                "SharingView",
                "The summary as it will be printed. Page numbers are added when it is saved.",
            )
        )
        preview_label = QLabel(QCoreApplication.translate("SharingView", "Pre&view:"), right_box)
        preview_label.setBuddy(self.preview)
        self.preview_state = forms.label("", "hint")
        head = QHBoxLayout()
        head.addWidget(preview_label)
        head.addWidget(self.preview_state, 1)
        right.addLayout(head)
        right.addWidget(self.preview, 1)
        right.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "SharingView",
                    "The PDF holds only what you ticked. The FHIR file is for GP computer "
                    "systems: it holds your name, goals, plan, check-ins and the "
                    "measurements from the period you chose, and your NHS number and date "
                    "of birth if you ticked them.",
                ),
                right_box,
            )
        )

        columns.addWidget(options)
        columns.addWidget(right_box, 1)
        forms.tab_order(
            [
                *self._section_boxes(),
                self.tracker_list,
                self.period,
                self.date_from,
                self.date_to,
                self.save_pdf_button,
                self.save_fhir_button,
                self.preview,
            ]
        )
        return page

    def _section_boxes(self) -> list[QWidget]:
        found: list[QWidget] = []
        for field, box in self.include.items():
            found.append(box)
            if field == "details":
                found += [self.show_nhs, self.show_dob]
        return found

    @staticmethod
    def _indented(widget: QWidget, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(widget)
        return box

    def _fit_tracker_list(self) -> None:
        rows = max(3, min(self.tracker_list.count(), 8))
        row = self.tracker_list.sizeHintForRow(0) if self.tracker_list.count() else -1
        if row <= 0:
            row = self.fontMetrics().height() + 6
        self.tracker_list.setFixedHeight(rows * row + 2 * self.tracker_list.frameWidth() + 2)

    def chosen_trackers(self) -> tuple[str, ...]:
        return tuple(
            str(self.tracker_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.tracker_list.count())
            if self.tracker_list.item(i).checkState() == Qt.CheckState.Checked
        )

    def report_options(self) -> report.ReportOptions:
        """What the person ticked, as the core's options (the language from the app's)."""
        start, end = self._period_dates(self.period, self.date_from, self.date_to)
        trackers = self.chosen_trackers()
        lang, direction = report_language()
        chosen = {field: box.isChecked() for field, box in self.include.items()}
        if not trackers:
            chosen["charts"] = False  # an empty choice would mean "every tracker" to the core
        details = chosen["details"]
        return report.ReportOptions(
            **chosen,
            show_nhs_number=details and self.show_nhs.isChecked(),
            show_date_of_birth=details and self.show_dob.isChecked(),
            trackers=trackers,
            start=start,
            end=end,
            lang=lang,
            direction=direction,
            labels=report_labels(),
        )

    def _options_changed(self, *_args: object) -> None:
        details = self.include["details"].isChecked()
        self.show_nhs.setEnabled(details)
        self.show_dob.setEnabled(details)
        charts = self.include["charts"].isChecked()
        self.tracker_list.setEnabled(charts)
        self.period.setEnabled(charts)
        self.gp_dates.setVisible(self.period.currentData() == Period.CHOOSE)
        if self.session.is_unlocked and self._trackers:
            self.preview_state.setText(QCoreApplication.translate("SharingView", "Updating…"))
            self._preview_timer.start()

    def _data_changed_preview(self) -> None:
        """After the data changed: rebuild the preview if the GP tab is the one shown, else
        when it is chosen (`_tab_chosen`). Building it costs the worker 25-90 ms on a large
        profile and setting it into the browser 20-30 ms of the UI thread (issue #22); on
        another tab nobody sees it. The old preview is dropped at once, so a PDF saved
        meanwhile is built from the current data, never from what the preview last showed."""
        if self.tabs.currentIndex() == self.GP:
            self.update_preview()
            return
        self._preview_timer.stop()
        self._preview_asked += 1  # a preview still on its way is out of date too
        self._preview = None
        self._preview_stale = True
        self.preview.clear()
        self.preview_state.clear()

    def _tab_chosen(self, index: int) -> None:
        if index == self.GP and self._preview_stale:
            self.update_preview()

    def update_preview(self) -> None:
        """Build the summary for the current choices in the worker and show it."""
        if not self.session.is_unlocked:
            return
        self._preview_timer.stop()
        self._preview_stale = False
        options = self.report_options()
        self._preview_asked += 1
        asked = self._preview_asked
        self.preview_state.setText(QCoreApplication.translate("SharingView", "Updating…"))

        def shown(built: Preview) -> None:
            if asked != self._preview_asked:
                return  # the choices changed again; a newer preview is on its way
            if self._preview is None or built != self._preview[1]:
                # the same summary again (text and charts): no 20-30 ms re-layout
                self.preview.show_html(built.html, built.charts)
            self._preview = (options, built)
            self.preview_state.setText(QCoreApplication.translate("SharingView", "Up to date."))
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if asked == self._preview_asked:
                self.preview_state.clear()
                self.banner.show_message(user_message(exc), "error")

        def build(vault: Vault) -> Preview:
            warm_the_printer()  # its imports now, not when the person saves the PDF
            return gp_preview(vault, options)

        self.call(build, shown, failed)

    @property
    def preview_html(self) -> str:
        return self._preview[1].html if self._preview else ""

    def save_pdf(self) -> None:
        if self._busy:
            return
        out = self.choose_save_path("pdf")
        if out is None:
            return
        options = self.report_options()
        previewed = self._preview[1] if self._preview and self._preview[0] == options else None
        self._job(
            QCoreApplication.translate("SharingView", "Saving the summary as a PDF…"),
            lambda vault, _progress: save_gp_pdf(
                vault, options, out, html=printable(previewed) if previewed else None,
                apart=True),
            lambda _r: self._saved(
                QCoreApplication.translate(
                    "SharingView", "Saved the summary for your GP to {path}."
                ).format(path=out)
            ),
        )

    def save_fhir(self) -> None:
        if self._busy:
            return
        out = self.choose_save_path("fhir")
        if out is None:
            return
        first, last = self._period_dates(self.period, self.date_from, self.date_to)
        start = midnight(first) if first else None
        end = midnight(last + timedelta(days=1)) if last else None
        chosen = self.report_options()
        self._job(
            QCoreApplication.translate("SharingView", "Saving the FHIR file…"),
            lambda vault, _progress: fhir.write_fhir(
                vault,
                out,
                start,
                end,
                nhs_number=chosen.show_nhs_number,
                date_of_birth=chosen.show_date_of_birth,
            ),
            lambda n: self._saved(
                (
                    QCoreApplication.translate(
                        "SharingView", "Saved a FHIR file with 1 record to {path}."
                    )
                    if n == 1
                    else QCoreApplication.translate(
                        "SharingView", "Saved a FHIR file with {n} records to {path}.", None, n
                    )
                ).format(n=wording.number(n), path=out)
            ),
        )
