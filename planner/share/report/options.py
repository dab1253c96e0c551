"""What the person chose to put in the GP summary, and the headings it is printed under.

The options are what the Share screen, the command line and the printer hand over, so they sit
apart from the code that reads the vault and writes HTML.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_DAYS = 90

LABELS: dict[str, str] = {
    "title": "Health summary",
    "title_for": "Health summary for {name}",
    "intro": "I wrote this with the Health Planner app on {date}. It is my own record, not a "
    "medical record.",
    "details": "About me",
    "name": "Name",
    "nhs_number": "NHS number",
    "date_of_birth": "Date of birth",
    "borough": "Borough",
    "what_matters": "What matters to me",
    "goals": "My goals",
    "plan": "My care and support plan",
    "actions": "What I will do",
    "supporters": "Who supports me",
    "crisis": "If things go wrong: my crisis plan",
    "questionnaires": "Questionnaires: my latest scores",
    "charts": "My measurements",
    "medicines": "My medicines",
    "medicines_stopped": "Medicines stopped or finished, {start} to {end}",
    "allergies": "Allergies and intolerances",
    "conditions": "My health conditions",
    "appointments": "Coming appointments",
    "questions": "Questions I want to ask",
    "decisions": "Decisions I am making",
    "communication": "How to communicate with me",
    "need_easy-read": "Please give me information in easy read.",
    "need_large-print": "Please give me information in large print.",
    "need_bsl-interpreter": "I need a British Sign Language interpreter.",
    "need_someone-with-me": "I would like someone to come with me.",
}


class ReportOptions(BaseModel):
    """What the person chose to put in the summary. Everything is on unless they turn it off,
    except that they can leave out the NHS number and date of birth even in "About me"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    details: bool = True
    communication: bool = True  # the support the person needs to take part (#23)
    show_nhs_number: bool = True
    show_date_of_birth: bool = True
    what_matters: bool = True
    goals: bool = True
    plan: bool = True
    crisis_plan: bool = True
    questionnaires: bool = True
    charts: bool = True
    medicines: bool = True  # current ones, and those stopped in the period with the reason
    allergies: bool = True
    conditions: bool = True
    appointments: bool = True  # the coming ones, with the questions to ask
    decisions: bool = True  # "Decisions I am making" (issue #25)
    trackers: tuple[str, ...] = ()  # tracker keys; empty means every tracker that has numbers
    start: date | None = None  # first day of the charts' period; default 90 days before `end`
    end: date | None = None  # last day (included); default today
    lang: str = Field(default="en", pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
    direction: Literal["ltr", "rtl"] = "ltr"
    labels: dict[str, str] = Field(default_factory=dict)  # translated headings, by LABELS key

    def period(self, today: date) -> tuple[date, date]:
        end = self.end or today
        start = self.start or end - timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            start, end = end, start
        return start, end
