"""Entry point of the bundled app: the same front door as the `health-planner` command."""

import multiprocessing

from cli.main import entry

if __name__ == "__main__":
    # The Share screen prints the GP summary in a helper process (ui/print_apart.py); in the
    # bundle that helper is this executable again, which must run the helper, not the app.
    multiprocessing.freeze_support()
    entry()
