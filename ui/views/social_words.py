"""What the Community support screen says, as plain functions: a session's state, a service's
schedule and details (plain text only: the words come from a server), and the check-ins and
what changed between them. They keep the "SocialView" translation context of the screen they
were written for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.social import Attendance
from planner.services import social as social_service
from sync import directory
from sync.protocol import Service
from ui.dialogs.social import reason_name, weeks_words
from ui.widgets import wording


def isolated(words: str) -> str:
    """The person's own words, on a line of their own below the translated label: English
    typed into an Urdu line otherwise ran off the label's left edge when it wrapped (Qt lays
    a wrapped mixed-direction line out wider than the label)."""
    return f"\n{words}"


def attendance_words(record: Attendance | None) -> str:
    if record is None:
        return QCoreApplication.translate("SocialView", "not recorded yet")
    if record.attended:
        return QCoreApplication.translate("SocialView", "I went")
    if record.reason is not None:
        return QCoreApplication.translate("SocialView", "not this time ({reason})").format(
            reason=reason_name(record.reason)
        )
    return QCoreApplication.translate("SocialView", "not this time")


def schedule_words(service: Service) -> str:
    """ "Wednesday 10:30 to 11:30. Meet at the lido entrance." per schedule, one a line."""
    lines = []
    for schedule in service.schedules:
        days = sorted(directory.weekdays(service.model_copy(update={"schedules": [schedule]})))
        parts = []
        if len(days) == 7:
            parts.append(QCoreApplication.translate("SocialView", "Every day"))
        elif days:
            parts.append(", ".join(wording.weekday_name(d) for d in days))
        if schedule.opens_at and schedule.closes_at:
            parts.append(
                QCoreApplication.translate("SocialView", "{start} to {end}").format(
                    start=schedule.opens_at[:5], end=schedule.closes_at[:5]
                )
            )
        text = " ".join(parts)
        if schedule.description:
            text = f"{text}. {schedule.description}" if text else schedule.description
        if text:
            lines.append(text)
    return "\n".join(lines)


def service_details(service: Service) -> str:
    """A service's details as plain text (never rich text: the words come from a server)."""

    def part(title: str, text: str | None) -> str:
        return f"{title}\n{text.strip()}" if text and text.strip() else ""

    places, getting_there, access = [], [], []
    for at in service.service_at_locations:
        place = at.location
        for address in place.addresses:
            words = [address.address_1, address.address_2, address.city, address.postal_code]
            places.append(", ".join(w for w in words if w))
        if place.name and not place.addresses:
            places.append(place.name)
        if place.transportation:
            getting_there.append(place.transportation)
        for note in place.accessibility:
            access.append(" ".join(w for w in (note.description, note.details) if w))
    costs = [
        " ".join(w for w in (c.option, c.amount_description) if w)
        or (
            QCoreApplication.translate("SocialView", "£{amount}").format(amount=f"{c.amount:.2f}")
            if c.amount
            else ""
        )
        for c in service.cost_options
    ]
    kind = directory.cost(service)
    cost_word = {
        directory.FREE: QCoreApplication.translate("SocialView", "Free"),
        directory.PAID: QCoreApplication.translate("SocialView", "There is a cost"),
    }.get(kind or "", QCoreApplication.translate("SocialView", "Not known: ask the service"))
    contact = [w for w in (service.email, service.url, service.organization.website) if w]
    sections = [
        service.name,
        part(QCoreApplication.translate("SocialView", "What happens"), service.description),
        part(QCoreApplication.translate("SocialView", "Run by"), service.organization.name),
        part(QCoreApplication.translate("SocialView", "When"), schedule_words(service)),
        part(QCoreApplication.translate("SocialView", "Where"), "\n".join(places)),
        part(
            QCoreApplication.translate("SocialView", "How to get there"), "\n".join(getting_there)
        ),
        part(
            QCoreApplication.translate("SocialView", "Cost"),
            "\n".join([cost_word, *[c for c in costs if c]]),
        ),
        part(QCoreApplication.translate("SocialView", "Contact"), "\n".join(contact)),
        part(
            QCoreApplication.translate("SocialView", "Accessibility"),
            "\n".join(access)
            or QCoreApplication.translate("SocialView", "No notes given: ask the service."),
        ),
        part(
            QCoreApplication.translate("SocialView", "Kind of support"),
            ", ".join(t.name for t in service.taxonomy_terms),
        ),
    ]
    return "\n\n".join(s for s in sections if s)


def checkin_words(checkin: social_service.CheckIn) -> str:
    when = weeks_words((checkin.week,))
    state = checkin.state
    if state is social_service.CheckInState.DONE and checkin.response is not None:
        return QCoreApplication.translate("SocialView", "{when}: done on {day}").format(
            when=when, day=wording.day(checkin.response.completed_at.astimezone().date())
        )
    if state is social_service.CheckInState.DUE:
        return QCoreApplication.translate("SocialView", "{when}: due now, until {day}").format(
            when=when, day=wording.day(checkin.closes)
        )
    if state is social_service.CheckInState.UPCOMING:
        return QCoreApplication.translate("SocialView", "{when}: from {day}").format(
            when=when, day=wording.day(checkin.opens)
        )
    return QCoreApplication.translate("SocialView", "{when}: missed").format(when=when)


def change_words(change: social_service.Outcome | None) -> str:
    if change is None:
        return QCoreApplication.translate(
            "SocialView", "Two check-ins are needed before we can show a change."
        )
    from ui.views.checkins import ONS4_NAMES

    lines = [
        QCoreApplication.translate("SocialView", "What changed from {first} to {last}:").format(
            first=weeks_words((change.before.week,)), last=weeks_words((change.after.week,))
        )
    ]
    for item in change.items:
        if item.before is None or item.after is None or item.change is None:
            continue
        name = (
            QCoreApplication.translate("CheckinsView", ONS4_NAMES[item.item])
            if item.item in ONS4_NAMES
            else item.item
        )
        if item.change == 0:
            how = QCoreApplication.translate("SocialView", "no change")
        elif item.better:
            how = QCoreApplication.translate("SocialView", "better by {n}").format(
                n=abs(item.change)
            )
        else:
            how = QCoreApplication.translate("SocialView", "worse by {n}").format(
                n=abs(item.change)
            )
        lines.append(
            QCoreApplication.translate("SocialView", "{name}: {before} to {after} ({how})").format(
                name=name, before=item.before, after=item.after, how=how
            )
        )
    lines.append(QCoreApplication.translate("SocialView", "For anxiety, a lower number is better."))
    return "\n".join(lines)
