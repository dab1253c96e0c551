"""Community support (social prescribing), end to end: my referral and the "what matters to me"
conversation; support found in the cached directory (offline) and added to my plan; going, or
not this time; and whether it helped (ONS4 check-ins at the start and after some weeks, the
change per question once there are two), with FFT feedback on a service and a one-page summary
for my link worker.

The questions (what is due, what changed, the plan action a service becomes) are answered by
`planner.services.social`; the directory is searched by `sync.directory`. Server text (the
directory) is shown as plain text only, never as rich text.

The Find support box is the base class in `social_find.py`; what the screen reads and says
lives in `social_data.py` and `social_words.py`, and the "going" buttons (Today shows them too)
in `ui/widgets/going.py`.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.social import SocialReferral
from planner.services import social as social_service
from planner.vault import Vault
from sync import outbox
from sync.protocol import Service
from ui.dialogs.social import ReferralDialog, reason_name, referred_by_name, weeks_words
from ui.session import Session
from ui.views.base import heading, paragraph
from ui.views.social_data import SocialData, load_social
from ui.views.social_find import FindSupport
from ui.views.social_words import attendance_words, change_words, checkin_words, isolated
from ui.widgets import wording
from ui.widgets.bars import Bar, BarChart
from ui.widgets.going import ID_ROLE, GoingActions
from ui.widgets.lists import fit_height
from ui.widgets.responsive import ResponsiveBox, flow_row

MONTHS_SHOWN = 6


def months_back(today: date, count: int) -> list[tuple[int, int]]:
    """The last `count` (year, month) pairs, oldest first, ending with this month."""
    year, month = today.year, today.month
    found = []
    for _ in range(count):
        found.append((year, month))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(found))


class SocialView(FindSupport):
    WATCHES = frozenset(
        {"referrals", "attendance", "plan", "goals", "questionnaires", "participation"}
    )

    navigate_requested = Signal(str, str)  # ("checkins", "ONS4")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("Community support"))
        self.data: SocialData | None = None
        self._borough_set = False
        self._keep_chosen: UUID | None = None
        self._found: list[Service] = []

        intro = paragraph(
            self.tr(
                "Support in your community: groups, activities and advice a link worker or "
                "your GP can refer you to, or that you find yourself."
            ),
            self,
        )

        # My referral
        self.referral_box = QGroupBox(self.tr("My referral"), self)
        self.referral_text = paragraph("", self.referral_box)
        self.referral_text.setTextFormat(Qt.TextFormat.PlainText)
        self.referral_text.setAccessibleName(self.tr("About my referral"))
        self.referrals = QListWidget(self.referral_box)
        self.referrals.setWordWrap(True)
        self.referrals.setAccessibleName(self.tr("My referrals"))
        self.referrals.setAccessibleDescription(self.tr("Press Enter to change the referral."))
        self.referrals.itemActivated.connect(lambda _item: self.edit_referral())
        self.referrals.currentRowChanged.connect(self._referral_chosen)
        self.new_referral_button = QPushButton(self.tr("&Record a referral…"), self.referral_box)
        self.new_referral_button.setAccessibleName(self.tr("Record a new referral"))
        self.new_referral_button.clicked.connect(self.new_referral)
        self.edit_referral_button = QPushButton(self.tr("&Change…"), self.referral_box)
        self.edit_referral_button.setAccessibleName(self.tr("Change the chosen referral"))
        self.edit_referral_button.clicked.connect(self.edit_referral)
        referral_layout = QVBoxLayout(self.referral_box)
        referral_layout.addWidget(self.referral_text)
        referral_layout.addWidget(self.referrals)
        row, flow = flow_row(self.referral_box)
        flow.addWidget(self.new_referral_button)
        flow.addWidget(self.edit_referral_button)
        referral_layout.addWidget(row)

        self.find_box = self._find_box()
        # Going
        self.going_box = QGroupBox(self.tr("Going"), self)
        self.going = GoingActions(self, True, self.going_box)
        self.going.list.currentRowChanged.connect(self._chosen_changed)
        self.no_going = paragraph(
            self.tr("No services in your plan yet. Find one and choose Add to my plan."),
            self.going_box,
        )
        self.going_text = paragraph("", self.going_box)
        self.going_text.setTextFormat(Qt.TextFormat.PlainText)
        self.going_text.setAccessibleName(self.tr("Sessions of the chosen service"))
        self.chart = BarChart(self.tr("Sessions I went to, by month"), self.going_box)
        going_layout = QVBoxLayout(self.going_box)
        going_layout.addWidget(self.no_going)
        going_layout.addWidget(self.going)
        going_layout.addWidget(self.going_text)
        going_layout.addWidget(self.chart)

        # Did it help?
        self.help_box = QGroupBox(self.tr("Did it help?"), self)
        self.due_text = paragraph("", self.help_box)
        self.due_text.setAccessibleName(self.tr("Well-being check-ins"))
        self.checkin_button = QPushButton(self.tr("Start the we&ll-being check-in"), self.help_box)
        self.checkin_button.setAccessibleName(
            self.tr("Open the well-being check-in (ONS4) in Check-ins")
        )
        self.checkin_button.clicked.connect(
            lambda: self.navigate_requested.emit("checkins", "ONS4")
        )
        self.change_text = paragraph("", self.help_box)
        self.change_text.setAccessibleName(self.tr("What changed since the first check-in"))
        self.feedback_button = QPushButton(
            self.tr("Give &feedback on this service…"), self.help_box
        )
        self.feedback_button.setAccessibleName(
            self.tr("Give feedback on the chosen service (Friends and Family Test)")
        )
        self.feedback_button.clicked.connect(self.give_feedback)
        self.share_button = QPushButton(self.tr("Share what h&elped…"), self.help_box)
        self.share_button.setAccessibleName(
            self.tr("Share what changed for me with the chosen service's kind, with random noise")
        )
        self.share_button.clicked.connect(self.share_outcome)
        self.print_button = QPushButton(
            self.tr("Pr&int a summary for my link worker…"), self.help_box
        )
        self.print_button.setAccessibleName(
            self.tr("Save a one-page summary for my link worker as a PDF")
        )
        self.print_button.clicked.connect(self.print_summary)
        help_layout = QVBoxLayout(self.help_box)
        help_layout.addWidget(self.due_text)
        help_layout.addWidget(self.change_text)
        row, flow = flow_row(self.help_box)
        for button in (
            self.checkin_button, self.feedback_button, self.share_button, self.print_button
        ):
            flow.addWidget(button)
        help_layout.addWidget(row)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Community support"), self))
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        self.columns = ResponsiveBox(min_chars=100)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.referral_box)
        left_layout.addWidget(self.going_box)
        left_layout.addWidget(self.help_box)
        left_layout.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.find_box)
        right_layout.addStretch(1)
        self.columns.addWidget(left, 1)
        self.columns.addWidget(right, 1)
        layout.addLayout(self.columns, 1)
        self._busy = False
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------

    def _load(self, vault: Vault) -> SocialData:
        return load_social(vault)

    def _show(self, data: SocialData) -> None:
        self.data = data
        keep = self.referrals.currentRow()
        self.referrals.clear()
        for referral in data.referrals:
            item = QListWidgetItem(self.referral_line(referral))
            item.setData(ID_ROLE, referral.id)
            self.referrals.addItem(item)
        fit_height(self.referrals, min_lines=1, max_lines=4)
        self.referrals.setVisible(len(data.referrals) > 1)  # one is told in full above
        if data.referrals:
            self.referrals.setCurrentRow(max(0, min(keep, len(data.referrals) - 1)))
        else:
            self.referral_text.setText(
                self.tr(
                    "No referral recorded. If your GP or a link worker referred you to "
                    "community support, choose Record a referral."
                )
            )
        self._fill_filters(data)
        self.search()
        self.going.set_lines(data.chosen, data.today)
        self.no_going.setVisible(not data.chosen)
        self.going.setVisible(bool(data.chosen))
        self._chosen_changed()
        self._show_help(data)
        self._update_buttons()

    def _clear(self) -> None:
        self.data = None
        self.referrals.clear()
        self.referral_text.clear()
        self.found.clear()
        self.found_note.clear()
        self.details.clear()
        self.going.clear()
        self.going_text.clear()
        self.chart.set_bars([])
        self.due_text.clear()
        self.change_text.clear()
        self.need.clear()
        self._borough_set = False
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        data = self.data
        self.new_referral_button.setEnabled(data is not None)
        self.edit_referral_button.setEnabled(self.selected_referral() is not None)
        self.add_button.setEnabled(self.selected_service() is not None)
        line = self.going.selected()
        self.feedback_button.setEnabled(line is not None)
        self.share_button.setEnabled(line is not None)
        self.print_button.setEnabled(data is not None and bool(data.referrals) and not self._busy)

    # -- my referral ----------------------------------------------------------------------

    def referral_line(self, referral: SocialReferral) -> str:
        who = referred_by_name(referral.referred_by)
        if referral.referrer_name:
            who = f"{who} ({referral.referrer_name})"
        return self.tr("{day}: {who}").format(day=wording.day(referral.referred_on), who=who)

    def selected_referral(self) -> SocialReferral | None:
        row = self.referrals.currentRow()
        if self.data is None or not 0 <= row < len(self.data.referrals):
            return None
        return self.data.referrals[row]

    def _referral_chosen(self, *_args: object) -> None:
        referral = self.selected_referral()
        self._update_buttons()
        if referral is None or self.data is None:
            return
        parts = [self.referral_line(referral)]
        if referral.reason:
            parts.append(self.tr("Why: {reason}").format(reason=isolated(referral.reason)))
        worker = (
            self.data.supporters.get(referral.link_worker_id) if referral.link_worker_id else None
        )
        if worker is not None:
            contact = ", ".join(p for p in (worker.phone, worker.email) if p)
            parts.append(
                self.tr("Link worker: {name}").format(name=worker.name)
                + (f" ({contact})" if contact else "")
            )
        if referral.what_matters:
            parts.append(
                self.tr("What matters to me: {words}").format(
                    words=isolated(" · ".join(referral.what_matters.splitlines()))
                )
            )
        parts.append(
            self.tr("Well-being check-ins: {when}.").format(
                when=weeks_words(referral.checkin_weeks)
            )
        )
        self.referral_text.setText("\n".join(parts))

    def new_referral(self) -> None:
        if self.data is not None:
            self._open_referral(None)

    def edit_referral(self) -> None:
        referral = self.selected_referral()
        if referral is not None:
            self._open_referral(referral)

    def _open_referral(self, referral: SocialReferral | None) -> None:
        worker = None
        if referral is not None and referral.link_worker_id and self.data is not None:
            worker = self.data.supporters.get(referral.link_worker_id)
        dialog = ReferralDialog(referral, worker, self)
        dialog.accepted.connect(lambda: self._save_referral(dialog))
        self.show_dialog(dialog)

    def _save_referral(self, dialog: ReferralDialog) -> None:
        referral, worker = dialog.referral, dialog.link_worker
        if referral is None:
            return
        self.call(
            lambda vault: social_service.start_referral(vault, referral, link_worker=worker),
            lambda _r: self.banner.show_message(
                self.tr("Your referral is saved."), "success", seconds=6
            ),
            changes="referrals",
        )

    # -- going ----------------------------------------------------------------------------

    def _chosen_changed(self, *_args: object) -> None:
        keep = self._keep_chosen
        if keep is not None:
            self._keep_chosen = None
            self.going.select(keep)
        line = self.going.selected()
        self._update_buttons()
        if line is None or self.data is None:
            self.going_text.clear()
            self.chart.set_bars([])
            self.chart.setVisible(False)
            return
        went = [r for r in line.records if r.attended]
        missed = [r for r in line.records if not r.attended]
        parts = [line.chosen.name]
        if line.action is not None and line.action.recurrence is not None:
            parts.append(wording.repeat_text(line.action.recurrence))
        if line.records:
            parts.append(
                self.tr("Went {went} times, missed {missed}. Last time: {day}, {state}.", None,
                        len(went)).format(
                    went=len(went),
                    missed=len(missed),
                    day=wording.day(line.records[-1].on),
                    state=attendance_words(line.records[-1]),
                )
            )
            reasons = Counter(r.reason for r in missed if r.reason is not None)
            if reasons:
                parts.append(
                    self.tr("Why not: {reasons}").format(
                        reasons=", ".join(
                            f"{reason_name(reason)} ({count})"
                            for reason, count in reasons.most_common()
                        )
                    )
                )
        else:
            parts.append(self.tr("No sessions recorded yet."))
        self.going_text.setText("\n".join(parts))
        bars = []
        counts = {m.month: m for m in social_service.attendance_by_month(line.records)}
        for year, month in months_back(self.data.today, MONTHS_SHOWN):
            found = counts.get(date(year, month, 1))
            went_n = found.went if found else 0
            all_n = went_n + (found.missed if found else 0)
            label = QLocale().toString(QDate(year, month, 1), "MMM yyyy")
            bars.append(
                Bar(
                    label,
                    float(went_n),
                    self.tr("went {went} of {all}").format(went=went_n, all=all_n),
                )
            )
        self.chart.set_bars(bars, maximum=max(4.0, *(b.value or 0.0 for b in bars)))
        self.chart.setAccessibleName(
            self.tr("Sessions of {name} I went to, by month").format(name=line.chosen.name)
        )
        self.chart.setVisible(True)

    # -- did it help? ---------------------------------------------------------------------

    def _show_help(self, data: SocialData) -> None:
        if not data.referrals:
            self.due_text.setText(
                self.tr(
                    "Once you record a referral, a short well-being check-in is offered at the "
                    "start and after some weeks, to see what changed."
                )
            )
            self.checkin_button.setVisible(False)
        else:
            lines = []
            if data.due is not None:
                lines.append(
                    self.tr("A well-being check-in is due now ({when}).").format(
                        when=weeks_words((data.due.week,))
                    )
                )
            else:
                lines.append(self.tr("No well-being check-in is due now."))
            lines.extend(checkin_words(c) for c in data.checkins)
            self.due_text.setText("\n".join(lines))
            self.checkin_button.setVisible(True)
        self.change_text.setText(change_words(data.change))

    def give_feedback(self) -> None:
        from ui.dialogs.participation import FeedbackDialog

        line = self.going.selected()
        data = self.data
        if line is None or data is None:
            return
        if not data.feedback_agreed:
            self.banner.show_message(
                self.tr(
                    'To give feedback, first turn on "Send feedback about services" in Taking '
                    "part, under Choices."
                ),
                "info",
            )
            return
        service = next((s for s in data.services if s.id == line.chosen.service_id), None)
        if service is None:
            self.banner.show_message(
                self.tr(
                    "This service is no longer in the list of local services, so feedback "
                    "cannot be sent about it."
                ),
                "info",
            )
            return
        dialog = FeedbackDialog(service, self)
        dialog.accepted.connect(lambda: self._queue_feedback(service.id, dialog))
        self.show_dialog(dialog)

    def share_outcome(self) -> None:
        """Queue the chosen service's ONS4 change for `outcomes` (randomised on this computer;
        it leaves at the next sync, and the preview in Taking part shows it first)."""
        line = self.going.selected()
        data = self.data
        if line is None or data is None or not data.referrals:
            return
        referral = data.referrals[0]
        answer = QMessageBox.question(
            self,
            self.tr("Share what helped"),
            self.tr(
                "Send the kind of service ({category}), its borough, about how many times you "
                "went, and how much your four well-being scores changed, with random noise "
                "mixed in? Never the service's name, your scores themselves, or dates."
            ).format(category=line.chosen.category or "-"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services = data.services
        self.call(
            lambda v: outbox.share_outcome(v, line.chosen, referral, services),
            lambda _r: self.banner.show_message(
                self.tr("Added to the send list. You can check it in Taking part."), "success"
            ),
            changes="participation",
        )

    def _queue_feedback(self, service_id: str, dialog: Any) -> None:
        rating = dialog.rating() or ""
        comment = dialog.comment.toPlainText().strip() or None
        self.call(
            lambda v: outbox.queue_feedback(v, service_id, rating, comment),
            lambda _r: self.banner.show_message(
                self.tr("Added to the send list. You can check it in Taking part."), "success"
            ),
            changes="participation",
        )

    # -- the link worker's summary ----------------------------------------------------------

    def choose_save_path(self) -> Path | None:
        suggested = str(Path.home() / f"link-worker-summary-{date.today().isoformat()}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the summary for my link worker"),
            suggested,
            self.tr("PDF files (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def print_summary(self) -> None:
        if self._busy or self.data is None or not self.data.referrals:
            return
        out = self.choose_save_path()
        if out is None:
            return
        referral_id = self.data.referrals[0].id

        def work(vault: Vault) -> Path:
            from planner.share import link_worker
            from ui import printing

            lang, direction = printing.report_language()
            html = link_worker.link_worker_html(
                vault,
                referral_id,
                lang=lang,
                direction="rtl" if direction == "rtl" else "ltr",
                labels=printing.report_labels(),
            )
            printing.html_to_pdf(html, out)
            return out

        self._set_busy(True)

        def done(path: Path) -> None:
            self._set_busy(False)
            self.banner.show_message(
                self.tr("Saved the summary for your link worker to {path}.").format(path=path),
                "success",
                seconds=12,
            )

        def failed(exc: BaseException) -> None:
            from ui.widgets.forms import user_message

            self._set_busy(False)
            self.banner.show_message(user_message(exc), "error")

        self.banner.show_message(self.tr("Saving the summary as a PDF…"), "info")
        self.call(work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()


__all__ = ["SocialView"]
