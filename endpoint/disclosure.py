"""Disclosure control: which cells of a published table must be hidden. The one place.

Every figure the endpoint publishes (FFT per service, survey questions, wellbeing, and every
later result) is decided here, so the privacy promise "no figure from fewer than 10 people"
can be read, tested and audited in one module. `endpoint.aggregates` only shapes the output.

The model
---------
A published table is a *hierarchy of sums*: a tree whose leaves are cells (a rating, an option)
and whose inner nodes are totals that equal the sum of their children (a service's responses,
the positive ratings behind `percent_positive`, a question's respondents). Every node carries
the number of people behind it. A reader sees the published nodes and knows the tree.

What a reader can derive, exactly: for a published node A, the hidden leaves that hang below A
through hidden nodes only (A's *hidden region*) add up to A minus the published nodes met on
the way down (A's *frontier*). That sum is a figure in its own right, and each hidden leaf of the
region is bounded by it; nothing else narrows a hidden leaf, because inside a tree every other
equation involves a published node's region of its own. So the rule is:

1. **Primary**: a node (leaf or total) built from fewer than `threshold` people is hidden.
2. **Secondary**: for every published node, the people behind its hidden region must be at
   least `threshold` (then its derived sum is a figure from enough people, and no hidden leaf
   of it can be pinned below the threshold, since the region's sum is at least the threshold
   and a reader cannot tell how it is split). While a region falls short, hide the smallest
   published frontier node (the least information lost); when the frontier is empty, hide the
   node itself. Repeat until no region falls short.

A hidden region with *no* people is a disclosure too ("all ten chose the bus" tells each of the
ten what they answered), so a region of zero people must also grow; an empty region is fine.

When one person can sit in several leaves (a person who rated a service twice, differently), the
people behind a group of leaves are not their sum. `overlapping=True` then uses a lower bound:
the most people in any one leaf of the group, or the root's people minus everybody in the leaves
outside the group, whichever is larger. Lower bounds only make the rule stricter.

Only trees are accepted. A two-way table with margins (category by borough, both summed) is not
a tree, and the rule above does not prove it safe; such a table needs this module to grow first,
with the auditor (`tests/privacy_auditor.py`) proving the new rule, not a shortcut elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from sync.protocol import SUPPRESSION_THRESHOLD

__all__ = ["Node", "protect"]


@dataclass(frozen=True, slots=True)
class Node:
    """One cell or total of a published table.

    `people` is the number of distinct contributors behind the node; `None` on a total means
    "not counted separately": it is derived from the children (their sum, or a lower bound
    when leaves overlap). A total's `value` is always the sum of its children's values.
    """

    key: str
    value: int
    people: int | None = None
    children: tuple[Node, ...] = field(default=())

    @classmethod
    def total(cls, key: str, children: Sequence[Node], people: int | None = None) -> Node:
        """A total over `children`; its value is their sum, by construction."""
        return cls(key, sum(child.value for child in children), people, tuple(children))

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, parents before children."""
        yield self
        for child in self.children:
            yield from child.walk()

    def leaves(self) -> Iterator[Node]:
        if not self.children:
            yield self
        for child in self.children:
            yield from child.leaves()


class _Tree:
    """The bookkeeping for one `protect` call: people lower bounds and hidden regions."""

    def __init__(self, root: Node, overlapping: bool) -> None:
        self.root = root
        self.overlapping = overlapping
        self.nodes = list(root.walk())
        keys = [node.key for node in self.nodes]
        if len(set(keys)) != len(keys):
            raise ValueError("every node of a published table needs its own key")
        for node in self.nodes:
            if node.children and node.value != sum(child.value for child in node.children):
                raise ValueError(f"total {node.key!r} is not the sum of its children")
            if node.value < 0 or (node.people is not None and node.people < 0):
                raise ValueError(f"node {node.key!r} has a negative count")
            if not node.children and node.people is None:
                raise ValueError(f"cell {node.key!r} needs its number of people")
        self.order = {node.key: index for index, node in enumerate(self.nodes)}
        self.all_leaves = list(root.leaves())

    def people(self, leaves: Sequence[Node]) -> int:
        """The people behind a group of leaves (exact when disjoint, else a lower bound)."""
        counts = [leaf.people or 0 for leaf in leaves]
        if not self.overlapping:
            return sum(counts)
        inside = {leaf.key for leaf in leaves}
        outside = sum(leaf.people or 0 for leaf in self.all_leaves if leaf.key not in inside)
        root_people = self.root.people
        if root_people is None:
            root_people = max((leaf.people or 0 for leaf in self.all_leaves), default=0)
        return max(max(counts, default=0), root_people - outside)

    def node_people(self, node: Node) -> int:
        if node.people is not None:
            return node.people
        return self.people(list(node.leaves()))

    def region(self, node: Node, hidden: set[str]) -> tuple[list[Node], list[Node]]:
        """The hidden leaves below `node` reached through hidden nodes, and the published
        nodes met on the way (the frontier)."""
        region: list[Node] = []
        frontier: list[Node] = []
        stack = list(reversed(node.children))
        while stack:
            child = stack.pop()
            if child.key not in hidden:
                frontier.append(child)
            elif child.children:
                stack.extend(reversed(child.children))
            else:
                region.append(child)
        return region, frontier


def protect(
    root: Node, *, threshold: int = SUPPRESSION_THRESHOLD, overlapping: bool = False
) -> frozenset[str]:
    """The keys of every node of the table under `root` that must not be published.

    Deterministic: the same table always gives the same answer, so every view that shows a
    table (London-wide, a borough) shows it the same way and views cannot be played off
    against each other.
    """
    tree = _Tree(root, overlapping)
    hidden = {node.key for node in tree.nodes if tree.node_people(node) < threshold}
    while True:
        grown = False
        for node in tree.nodes:
            if node.key in hidden or not node.children:
                continue
            region, frontier = tree.region(node, hidden)
            if not region or tree.people(region) >= threshold:
                continue
            if frontier:
                smallest = min(frontier, key=lambda n: (n.value, tree.order[n.key]))
                hidden.add(smallest.key)
            else:
                hidden.add(node.key)
            grown = True
            break
        if not grown:
            return frozenset(hidden)
