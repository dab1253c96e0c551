"""List import circles in the app's packages; exit 1 if there is one (issue #12).

    python scripts/import_cycles.py

import-linter's contracts (pyproject.toml, `make lint`) keep the layers pointing down, but a
circle inside one layer (a view importing its dialog that imports the view) passes them and
makes modules impossible to load or test alone. This walks the same import graph import-linter
builds (grimp, which counts imports inside functions too) and prints each strongly connected group.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import grimp

PACKAGES = ("planner", "sync", "cli", "ui", "endpoint")


def circles(packages: tuple[str, ...] = PACKAGES) -> list[list[str]]:
    """Every group of modules that import one another in a ring, largest first."""
    present = [p for p in packages if importlib.util.find_spec(p) is not None]
    graph = grimp.build_graph(*present, include_external_packages=False)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    # Tarjan's strongly connected components, iterative so deep graphs cannot overflow the stack.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges.get(child, ()))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return sorted(found, key=lambda g: (-len(g), g))


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    groups = circles()
    for group in groups:
        print(f"{len(group)} modules import one another: {', '.join(group)}")
    if not groups:
        print("No import circles in " + ", ".join(PACKAGES) + ".")
    return 1 if groups else 0


if __name__ == "__main__":
    raise SystemExit(main())
