"""Two versions of the plan side by side, with the sections that changed highlighted.

Which sections changed comes from `planner.domain.plan.plan_changes`; this module only turns
each section into readable text and lays the two versions out in one aligned table, so a
section's old and new wording sit on the same row.
"""

from __future__ import annotations

import html
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

from planner.domain.plan import CarePlan, PlanVersion, plan_changes
from ui.widgets import wording

# Field -> the label `plan_changes` returns (also the English source of the translation).
SECTIONS: dict[str, str] = {
    "title": str(QT_TRANSLATE_NOOP("PlanSections", "Title")),
    "what_matters": str(QT_TRANSLATE_NOOP("PlanSections", "What matters to me")),
    "goal_ids": str(QT_TRANSLATE_NOOP("PlanSections", "Goals")),
    "actions": str(QT_TRANSLATE_NOOP("PlanSections", "Actions")),
    "supporters": str(QT_TRANSLATE_NOOP("PlanSections", "Who supports me")),
    "contingency": str(QT_TRANSLATE_NOOP("PlanSections", "If things go wrong")),
    "review_date": str(QT_TRANSLATE_NOOP("PlanSections", "Review date")),
    "coordinator": str(QT_TRANSLATE_NOOP("PlanSections", "Care coordinator")),
}


def section_name(field: str) -> str:
    return QCoreApplication.translate("PlanSections", SECTIONS[field])


def changed_fields(old: CarePlan, new: CarePlan) -> list[str]:
    """The fields whose sections differ, in plan order (from `plan_changes`' labels)."""
    labels = set(plan_changes(old, new))
    return [field for field, label in SECTIONS.items() if label in labels]


def _none() -> str:
    return QCoreApplication.translate("PlanSections", "(nothing yet)")


def section_lines(plan: CarePlan, field: str, goals: dict[UUID, str]) -> list[str]:
    """One section as plain lines of text."""
    if field == "title":
        return [plan.title]
    if field == "what_matters":
        return list(plan.what_matters)
    if field == "goal_ids":
        return [
            goals.get(
                goal_id, QCoreApplication.translate("PlanSections", "(a goal that was deleted)")
            )
            for goal_id in plan.goal_ids
        ]
    if field == "actions":
        lines = []
        for action in plan.actions:
            repeat = (
                wording.repeat_text(action.recurrence)
                if action.recurrence is not None
                else (
                    wording.day(action.due) if action.due is not None else wording.repeat_text(None)
                )
            )
            parts = [action.text, repeat]
            if action.who:
                parts.append(
                    QCoreApplication.translate("PlanSections", "by {who}").format(who=action.who)
                )
            if action.done:
                parts.append(QCoreApplication.translate("PlanSections", "done"))
            lines.append(" · ".join(parts))
        return lines
    if field == "supporters":
        return [
            " · ".join(p for p in (s.name, s.role, s.phone, s.email, s.notes) if p)
            for s in plan.supporters
        ]
    if field == "contingency":
        c = plan.contingency
        pairs = (
            (QCoreApplication.translate("PlanSections", "Warning signs"), c.warning_signs),
            (QCoreApplication.translate("PlanSections", "What I will do"), c.what_i_do),
            (QCoreApplication.translate("PlanSections", "Who to contact"), c.who_to_contact),
            (QCoreApplication.translate("PlanSections", "Crisis numbers"), c.crisis_numbers),
        )
        return [f"{name}: {text}" for name, text in pairs if text]
    if field == "review_date":
        return [wording.day(plan.review_date)] if plan.review_date is not None else []
    if field == "coordinator":
        return [plan.coordinator] if plan.coordinator else []
    raise KeyError(field)


def _cell(lines: list[str]) -> str:
    if not lines:
        return f"<i>{html.escape(_none())}</i>"
    if len(lines) == 1:
        return html.escape(lines[0])
    return (
        "<ul style='margin:0'>"
        + "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        + "</ul>"
    )


def version_heading(version: PlanVersion) -> str:
    text = QCoreApplication.translate("PlanSections", "Version {n}, saved {day}").format(
        n=version.version, day=wording.day(version.saved_at.astimezone().date())
    )
    if version.agreed_with:
        agreed = QCoreApplication.translate("PlanSections", "Agreed with {who}").format(
            who=version.agreed_with
        )
        if version.agreed_on is not None:
            agreed = QCoreApplication.translate("PlanSections", "{agreed} on {day}").format(
                agreed=agreed, day=wording.day(version.agreed_on)
            )
        text += f"<br>{html.escape(agreed)}"
    if version.change_note:
        text += "<br><i>" + html.escape(version.change_note) + "</i>"
    return text


def _blend(palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    mark = palette.color(QPalette.ColorRole.Highlight)
    mixed = QColor(
        round(base.red() * 0.7 + mark.red() * 0.3),
        round(base.green() * 0.7 + mark.green() * 0.3),
        round(base.blue() * 0.7 + mark.blue() * 0.3),
    )
    return mixed.name()


def comparison_html(
    old: PlanVersion,
    new: PlanVersion,
    goals: dict[UUID, str],
    palette: QPalette,
    *,
    only_changed: bool = False,
) -> str:
    """An HTML table: section | old version | new version; changed rows highlighted and
    labelled "changed" in words, so the difference does not rest on colour alone."""
    changed = set(changed_fields(old.plan, new.plan))
    shade = _blend(palette)
    section_head = html.escape(QCoreApplication.translate("PlanSections", "Section"))
    rows = [
        "<table width='100%' cellspacing='0' cellpadding='6' border='1' "
        "style='border-collapse:collapse'>",
        f"<tr><th align='left' width='18%'>{section_head}</th>"
        f"<th align='left' width='41%'>{version_heading(old)}</th>"
        f"<th align='left' width='41%'>{version_heading(new)}</th></tr>",
    ]
    for field in SECTIONS:
        is_changed = field in changed
        if only_changed and not is_changed:
            continue
        name = html.escape(section_name(field))
        if is_changed:
            name = "<b>{}</b><br>{}".format(
                name, html.escape(QCoreApplication.translate("PlanSections", "(changed)"))
            )
        style = f" bgcolor='{shade}'" if is_changed else ""
        rows.append(
            f"<tr{style}><td valign='top'>{name}</td>"
            f"<td valign='top'>{_cell(section_lines(old.plan, field, goals))}</td>"
            f"<td valign='top'>{_cell(section_lines(new.plan, field, goals))}</td></tr>"
        )
    if only_changed and not changed:
        nothing = html.escape(
            QCoreApplication.translate("PlanSections", "These two versions are the same.")
        )
        rows.append(f"<tr><td colspan='3'>{nothing}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)
