"""The house's layers hold: no module imports one above it, no two modules import each other round a circle,
and SQL is written only in ``workbench/store/`` (read from the source, as the import statements say)."""
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Lowest first. A module may import its own layer and those below it, never one above.
LAYERS = [
    {"vocabulary", "errors", "limits", "memory", "mupdf", "words"},
    {"provenance"},
    {"model"},
    {"field_path", "changes", "finding", "reading"},
    {"ingest", "parse"},
    {"store"},
    {"edit", "proof", "export", "tags"},
    {"archive", "pipeline", "batch"},
    {"import_command", "export_command", "search_command", "archive_command", "batch_command"},
    {"ui"},
    {"cli", "__main__"},  # the program's entry: the commands, and the window when asked for
]


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / "workbench").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _layer(module: str) -> int:
    parts = module.split(".")
    part = "ui" if parts[0] == "ui" else (parts[1] if len(parts) > 1 else "workbench")
    for rank, names in enumerate(LAYERS):
        if part in names:
            return rank
    raise AssertionError(f"{module} is in no layer: add {part} to LAYERS")


def _imports(path: Path, known: dict[str, Path]) -> set[str]:
    """The project's modules ``path`` imports (at the top or inside a function)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def test_no_module_imports_a_layer_above_its_own():
    known = _modules()
    upward = [f"{module} → {target}" for module, path in known.items() if module != "workbench"
              for target in _imports(path, known) if target != "workbench" and _layer(target) > _layer(module)]
    assert not upward, "\n".join(upward)


def test_no_import_circle():
    known = _modules()
    graph = {module: {t for t in _imports(path, known) if t != module and not module.startswith(t + ".")}
             for module, path in known.items()}
    circles = []
    for start in graph:
        stack, seen = [(start, [start])], set()
        while stack:
            node, trail = stack.pop()
            for target in graph.get(node, ()):
                if target == start:
                    circles.append(" → ".join(trail + [start]))
                elif target not in seen:
                    seen.add(target)
                    stack.append((target, trail + [target]))
    assert not circles, "\n".join(sorted(set(circles))[:10])


SQL = re.compile(r"""["'](\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA)\s)""")


def test_sql_is_written_only_in_the_store():
    outside = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "workbench").rglob("*.py"))
               if "store" not in path.relative_to(ROOT / "workbench").parts[:1]
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
               if SQL.search(line) or re.search(r"\.db\.(execute|table|query)\b|\bstore\.db\b", line)]
    assert not outside, "\n".join(outside)
