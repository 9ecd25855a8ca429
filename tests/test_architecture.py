"""The source's shape: no import cycles, stages import only earlier stages, rule families use
only public names, and no function or class grows past a readable size.

The import graph is built statically (``ast``) from every import in ``src/claimcheck``,
including those inside functions (an import moved into a function to dodge a cycle is still
a cycle at run time), and excluding only ``if TYPE_CHECKING:`` blocks.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PLUGINS = ROOT / "plugins"

#: The pipeline stages in order (DESIGN.md), each a list of top-level names under
#: ``claimcheck``. A module may import its own stage and earlier ones, never a later one.
STAGES: tuple[tuple[str, ...], ...] = (
    ("model", "plugin", "config", "language", "hookspecs"),
    ("reading",),
    ("segmenting",),
    ("extraction",),
    ("normalization",),
    ("claims",),
    ("rulekit", "rules"),
    ("findings",),
    ("reporting",),
    ("engine", "manager"),
    (
        "api",
        "cli",
        "http",
        "lsp",
        "index",
        "parallel",
        "__main__",
        "",
    ),  # "" is the package itself (claimcheck/__init__)
)

#: Imports of a later stage that are allowed, each with the reason.
EXCEPTIONS: dict[tuple[str, str], str] = {
    # The publication-date hook belongs to reading (it runs before segmenting), but a
    # dateline is a date: the built-in implementation reuses the date extractor's grammar
    # rather than keeping a second one.
    ("claimcheck.reading.dateline", "claimcheck.extraction.dates.extractor"): "dateline",
    # The testing helper of the rule kit runs a rule's examples through the whole pipeline;
    # nothing in the core imports it.
    ("claimcheck.rulekit.testing", "claimcheck.engine"): "testing",
    ("claimcheck.rulekit.testing", "claimcheck.manager.facade"): "testing",
    # A baseline file is written the way reports are: atomically, never over an input. The
    # helper is stdlib-only; it could move to a lower layer without changing anything else.
    ("claimcheck.findings.baseline", "claimcheck.reporting.output"): "safe writes",
}

#: What ``plugins/*`` may import from claimcheck.
PUBLIC = {"claimcheck.rulekit", "claimcheck.model", "claimcheck.plugin"}

MAX_FUNCTION_LINES = 80
MAX_CLASS_LINES = 400

#: Today's functions and classes over the limits, with their size: the list may only shrink.
#: A new offender fails; so does one that grew, or one that is now small enough (remove it).
OVERSIZED: dict[str, int] = {}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted((SRC / "claimcheck").rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth, outside ``if TYPE_CHECKING:`` blocks."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield from _imports(child)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        yield from _imports(node)


def _resolve(name: str) -> str | None:
    """The claimcheck module a dotted name refers to (a module, or an attribute of one)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            pkg = module.split(".")
            if MODULES[module].name != "__init__.py":
                pkg = pkg[:-1]
            pkg = pkg[: len(pkg) - node.level + 1]
            base = ".".join([*pkg, *([base] if base else [])])
        if base == "claimcheck" and [a.name for a in node.names] == ["__version__"]:
            return  # the version string, not the package's API
        names = [f"{base}.{a.name}" for a in node.names]
    for n in names:
        target = _resolve(n) if n.startswith("claimcheck") else None
        if target is not None and target != module:
            yield target


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = {t for node in _imports(tree) for t in _targets(name, node)}
    return graph


GRAPH = import_graph()


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
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
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    n = stack.pop()
                    on_stack.discard(n)
                    comp.append(n)
                    if n == node:
                        break
                if len(comp) > 1:
                    found.append(sorted(comp))
    return found


def _unit(module: str) -> str:
    """A module's package below the top level (``claimcheck.extraction.money``), or the
    top-level module itself (``claimcheck.engine``)."""
    parts = module.split(".")
    if MODULES[module].name == "__init__.py" or len(parts) <= 2:
        return module
    return ".".join(parts[:-1])


def stage_of(module: str) -> int:
    top = module.split(".")[1] if "." in module else ""
    for i, names in enumerate(STAGES):
        if top in names:
            return i
    raise AssertionError(f"{module}: not in any stage; add it to STAGES")


def test_no_import_cycle_between_modules() -> None:
    assert _cycles(GRAPH) == []


def test_no_import_cycle_between_packages() -> None:
    """Packages as a whole import one way too (the justified late imports aside)."""
    units: dict[str, set[str]] = {}
    for module, targets in GRAPH.items():
        units.setdefault(_unit(module), set()).update(
            _unit(t) for t in targets if _unit(t) != _unit(module) and (module, t) not in EXCEPTIONS
        )
    assert _cycles(units) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_stages_import_only_earlier_stages() -> None:
    late = sorted(
        f"{m} -> {t}"
        for m, targets in GRAPH.items()
        for t in targets
        if stage_of(t) > stage_of(m) and (m, t) not in EXCEPTIONS
    )
    assert late == []


def test_exceptions_are_still_needed() -> None:
    for m, t in EXCEPTIONS:
        assert t in GRAPH.get(m, set()), f"{m} -> {t} no longer imported: drop the exception"


def test_extraction_does_not_import_normalization() -> None:
    assert not [
        (m, t)
        for m, ts in GRAPH.items()
        if m.startswith("claimcheck.extraction")
        for t in ts
        if t.startswith("claimcheck.normalization")
    ]


def _plugin_imports() -> Iterator[tuple[Path, str]]:
    for path in sorted(PLUGINS.rglob("*.py")):
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            for n in names:
                if n and (n == "claimcheck" or n.startswith("claimcheck.")):
                    yield path, n


def test_rule_families_import_only_public_names() -> None:
    private = [f"{p.relative_to(ROOT)}: {n}" for p, n in _plugin_imports() if n not in PUBLIC]
    assert private == []
    assert {n for _, n in _plugin_imports()} <= PUBLIC


def _sizes() -> Iterator[tuple[str, int, int]]:
    files = sorted((SRC / "claimcheck").rglob("*.py")) + sorted(PLUGINS.rglob("*.py"))
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        yield from _walk(ast.parse(path.read_text(encoding="utf-8")), rel, "")


def _walk(node: ast.AST, rel: str, prefix: str) -> Iterator[tuple[str, int, int]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = f"{prefix}.{child.name}" if prefix else child.name
            limit = MAX_CLASS_LINES if isinstance(child, ast.ClassDef) else MAX_FUNCTION_LINES
            yield f"{rel}::{name}", (child.end_lineno or child.lineno) - child.lineno + 1, limit
            yield from _walk(child, rel, name)
        else:
            yield from _walk(child, rel, prefix)


def test_no_new_long_function_or_class() -> None:
    over = {name: n for name, n, limit in _sizes() if n > limit}
    new = {k: v for k, v in over.items() if k not in OVERSIZED}
    assert new == {}, "split these (no function over 80 lines, no class over 400)"
    grown = {k: (OVERSIZED[k], v) for k, v in over.items() if k in OVERSIZED and v > OVERSIZED[k]}
    assert grown == {}, "these were already too long and grew"


def test_the_allow_list_shrinks() -> None:
    over = {name for name, n, limit in _sizes() if n > limit}
    assert sorted(set(OVERSIZED) - over) == [], "now short enough: remove from OVERSIZED"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_has_a_stage(module: str) -> None:
    stage_of(module)
