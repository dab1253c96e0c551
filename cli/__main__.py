"""`python -m cli`: the same front door as the `health-planner` command, for a checkout."""

from cli.main import entry

entry()
