"""The headless command line: `health-planner SUBCOMMAND ...`, the scriptable front door.

A package of its own, beside ui/ and not inside it, so scripts, tests and carers' batch files get
the command-line contract (DESIGN.md) without Qt: one module per verb group, the shared pieces in
cli/common.py, the dispatch in cli/main.py. Qt is reached only through ui/bridge.py. A new verb
group (decisions, treatment referrals, budgets) is a new module here, added to cli/main.py's
`_verbs`.
"""
