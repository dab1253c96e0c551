"""Entry point of the bundled app: the same front door as the `health-planner` command."""

from cli.main import entry

if __name__ == "__main__":
    entry()
