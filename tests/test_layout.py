"""The folders are the architecture: imports point one way and never loop.

Every import counts, function-level ones included: a cycle hidden inside a function is
still a cycle a reader has to untangle.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("corpus", "index", "bot", "web", "evaluation", "benchmarks")
# Lower layers never import higher ones. Inside bot/, what was asked (query) comes before
# what is done with it (safety, answer), which the chatbot orchestrates for the cli.
LAYERS = {
    "corpus": 0, "index": 1,
    "bot.records": 2, "bot.jsonl": 2, "bot.wording": 2, "bot.softmax": 2,
    "bot.query": 3, "bot.safety": 4, "bot.answer": 4,
    "bot.chatbot": 5, "bot": 6, "bot.cli": 6, "bot.__main__": 6,
    "web": 7, "app": 8,
    "evaluation": 9, "benchmarks": 9,
}


def module_files() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    modules["app"] = ROOT / "app.py"
    return modules


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of ours it imports (`from a import b` counts as a.b when b is a
    module, else as a)."""
    modules = module_files()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, *([node.module] if node.module else [])])
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                           for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def layer(module: str) -> int:
    while module not in LAYERS:
        module = module.rpartition(".")[0]
    return LAYERS[module]


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_imports_point_down_the_layers():
    upward = sorted(f"{module} imports {target}" for module, targets in import_graph().items()
                    for target in targets if layer(target) > layer(module))
    assert upward == []


def test_the_product_never_imports_evaluation_or_benchmarks():
    graph = import_graph()
    product = [m for m in graph if m.split(".")[0] in ("corpus", "index", "bot", "web", "app")]
    leaks = sorted(f"{m} imports {t}" for m in product for t in graph[m]
                   if t.split(".")[0] in ("evaluation", "benchmarks"))
    assert leaks == []


def test_no_folder_hides_its_sub_packages():
    crowded = [str(folder.relative_to(ROOT)) for package in PACKAGES
               for folder in [ROOT / package, *(ROOT / package).rglob("*/")]
               if folder.is_dir() and len(modules_in(folder)) > 12]
    assert crowded == []


def modules_in(folder: Path) -> list[Path]:
    """A folder's modules, not counting the package plumbing (__init__, __main__)."""
    return [p for p in folder.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
