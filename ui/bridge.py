"""The one door from the command line (cli/) into Qt.

cli/ and ui/ are sibling front doors that never import each other (import-linter's layers
contract in pyproject.toml), except here: `health-planner` with no subcommand starts the GUI, and
the few commands whose output Qt draws (the GP and link-worker PDFs, the screenshots) ask for it.
cli/ imports this module only inside the function that needs it, and this module imports the
Qt-side modules only inside each function, so `health-planner --help` and every other headless
command run without loading PySide6, and a double-click pays nothing extra before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from datetime import date
    from pathlib import Path

    from planner.share.statement import Statement
    from planner.vault import KdfParams, Profiles, Vault


def run_gui(args: argparse.Namespace, *, kdf: KdfParams | None) -> int:
    """Open the app window and run until it closes (ui/app.py). Returns the exit code."""
    import gc

    gc.disable()  # no collections until the first paint: see ui/heap.py `start_painted`
    from ui.app import run_gui as run

    return run(args, kdf=kdf)


def gp_summary_pdf(
    vault: Vault,
    out: Path,
    folder: Path,
    *,
    start: date | None,
    end: date | None,
    show_nhs_number: bool,
    show_date_of_birth: bool,
) -> None:
    """Print the GP summary to `out`, in the language chosen in Settings on this PC (the
    preferences in `folder`), as the Share screen prints it."""
    from ui.sharing_ops import options_in_saved_language, save_gp_pdf

    options = options_in_saved_language(
        folder,
        start=start,
        end=end,
        show_nhs_number=show_nhs_number,
        show_date_of_birth=show_date_of_birth,
    )
    save_gp_pdf(vault, options, out)


def link_worker_pdf(vault: Vault, out: Path, folder: Path) -> None:
    """Print the one-page summary for the social-prescribing link worker (#14) to `out`,
    printed and tagged like the GP summary, in the language chosen in Settings."""
    from planner.share import link_worker
    from ui.sharing_ops import options_in_saved_language

    options = options_in_saved_language(folder)
    html = link_worker.link_worker_html(
        vault, lang=options.lang, direction=options.direction, labels=options.labels)
    from ui.printing import html_to_pdf

    html_to_pdf(html, out)


def budget_statement_pdf(statement: Statement, out: Path) -> None:
    """Print the personal health budget's review statement to `out` (#25), printed and tagged
    like the GP summary."""
    from planner.share.statement import statement_html
    from ui.printing import html_to_pdf

    html_to_pdf(statement_html(statement), out)


def screenshots(profiles: Profiles, out: Path) -> list[Path]:
    """A PNG of every screen of the demo profile in `profiles`, written to `out`."""
    from ui.screenshots import take_screenshots

    return take_screenshots(profiles, out)
