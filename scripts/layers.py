#!/usr/bin/env python3
"""The module graph of the runtime (cognito-runtime/src), and the layering rule.

The runtime reads bottom-up: core, context, resources, stack, then the crate root (the
public API). A module uses only modules of its own layer or of the layers below it, and a
resource never uses another resource (it asks the context). This script builds the graph
from the sources -- `use crate::...` trees (grouped ones included), `crate::...` and
`super::...` paths in code, and paths through a module's own child modules -- prints it,
then prints every cycle and every edge that goes up a layer or sideways between two
resources. It exits 1 when there is any.

Nodes are the modules of each layer (`core::json`, `context::check`, `stack::deps`); a
resource is one node with its submodules (`resources::client` holds `client/render.rs`
and `client/rules.rs`). Comments, strings and `mod` declarations are not edges; `#[cfg(test)]`
modules are (their imports obey the same rule). A method call names no module, so it is no
edge: `stack/pass.rs` and `stack/build.rs` add methods to `Stack` (an `impl` in a module
above the type), and `stack/mod.rs` does not name them. A `#[macro_export]` macro lives at
the crate's root but is written in a module: `crate::define_props` (or `$crate::…`) is an
edge to the module that defines it (`core::table`), as any other item of that module.

Usage: python3 scripts/layers.py [SRC_DIR]
"""

import re
import sys
from pathlib import Path

LAYERS = ["core", "context", "resources", "stack", "crate"]
ROOT = Path(__file__).resolve().parent.parent / "cognito-runtime" / "src"


def module_path(src: Path, file: Path) -> tuple:
    """The module a file defines: `core/json.rs` -> ("core", "json"), `stack/mod.rs` ->
    ("stack",), `lib.rs` -> ()."""
    parts = list(file.relative_to(src).with_suffix("").parts)
    if parts[-1] in ("mod", "lib"):
        parts.pop()
    return tuple(parts)


def node_of(module: tuple) -> str:
    """The graph node of a module: a resource with its submodules, any other module itself."""
    if not module:
        return "crate"
    if module[0] == "resources" and len(module) > 2:
        module = module[:2]
    return "::".join(module)


def layer_of(node: str) -> int:
    return LAYERS.index(node.split("::")[0])


def strip(source: str) -> str:
    """The source without comments, string and char literals (which hold no paths)."""
    out = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if source.startswith("//", i):
            j = source.find("\n", i)
            i = n if j < 0 else j
        elif source.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if source.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif source.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif (m := re.match(r'r(#*)"', source[i:])) and (i == 0 or not source[i - 1].isalnum()):
            end = '"' + m.group(1)
            j = source.find(end, i + len(m.group(0)))
            i = n if j < 0 else j + len(end)
            out.append('""')
        elif c == '"':
            i += 1
            while i < n and source[i] != '"':
                i += 2 if source[i] == "\\" else 1
            i += 1
            out.append('""')
        elif c == "'" and (m := re.match(r"'(\\.|\\u\{[0-9a-fA-F]+\}|[^\\'])'", source[i:])):
            i += len(m.group(0))
            out.append("' '")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def inline_modules(source: str):
    """The inline modules of a file (`mod tests { … }`): (name, start, end) of each body."""
    out = []
    for m in re.finditer(r"\bmod\s+([a-z_][a-z0-9_]*)\s*\{", source):
        depth, i = 1, m.end()
        while i < len(source) and depth:
            depth += {"{": 1, "}": -1}.get(source[i], 0)
            i += 1
        out.append((m.group(1), m.end(), i))
    return out


def module_at(module: tuple, inline, pos: int) -> tuple:
    """The module the text at `pos` is in: the file's, plus the inline modules around it."""
    return module + tuple(name for name, start, end in inline if start <= pos < end)


def use_trees(source: str):
    """Every `use` statement's tree, expanded into paths (lists of segments), with where it is."""
    for m in re.finditer(r"\buse\s+([^;]*);", source):
        tree = re.sub(r"\s+", " ", m.group(1))
        for segs in expand(re.sub(r"\s*(::|[{},])\s*", r"\1", tree).strip()):
            yield m.start(), segs


def expand(tree: str):
    """`a::{b, c::{d, self}}` -> [a, b], [a, c, d], [a, c]."""
    brace = tree.find("{")
    if brace < 0:
        segs = [s for s in tree.split(" as ")[0].strip().split("::") if s]
        if segs and segs[-1] == "self":
            segs.pop()
        if segs:
            yield segs
        return
    prefix = [s for s in tree[:brace].split("::") if s]
    inner = tree[brace + 1 : tree.rfind("}")]
    depth, start = 0, 0
    for i, c in enumerate(inner + ","):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == "," and depth == 0:
            part = inner[start:i]
            start = i + 1
            if part:
                for segs in expand(part):
                    yield prefix + segs


def exported_macros(src: Path, files) -> dict:
    """Each `#[macro_export]` macro's name, and the module that defines it."""
    out = {}
    for f in files:
        source = strip(f.read_text())
        for m in re.finditer(r"#\[macro_export\](?:\s*#\[[^\]]*\])*\s*macro_rules!\s*([A-Za-z_][A-Za-z0-9_]*)", source):
            out[m.group(1)] = module_path(src, f)
    return out


def resolve(segs, module: tuple, file_module: tuple, children: set, modules: set, macros: dict):
    """The module a path leads to, or None for a path outside the crate."""
    head = segs[0]
    if head == "crate" and len(segs) > 1 and segs[1] in macros:
        return macros[segs[1]]
    if head == "crate":
        base, rest = (), segs[1:]
    elif head in ("super", "self"):
        base, rest = module, segs
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                base = base[:-1]
            rest = rest[1:]
    elif head in children and module == file_module:
        base, rest = module, segs
    else:
        return None
    target = base
    for seg in rest:
        if target + (seg,) in modules:
            target = target + (seg,)
        else:
            break
    return target


def build(src: Path):
    files = sorted(src.rglob("*.rs"))
    modules = {module_path(src, f) for f in files}
    macros = exported_macros(src, files)
    graph = {node_of(m): set() for m in modules}
    for f in files:
        module = module_path(src, f)
        source = strip(f.read_text())
        children = {m[-1] for m in modules if m[:-1] == module and len(m) == len(module) + 1}
        inline = inline_modules(source)
        paths = list(use_trees(source))
        code = re.sub(r"\buse\s+[^;]*;", lambda m: " " * len(m.group(0)), source)
        for m in re.finditer(r"\b((?:crate|super|self|[a-z_][a-z0-9_]*)(?:::[A-Za-z_][A-Za-z0-9_]*)+)", code):
            if code[max(0, m.start() - 2) : m.start()] != "::":
                paths.append((m.start(), m.group(1).split("::")))
        here = node_of(module)
        for pos, segs in paths:
            target = resolve(segs, module_at(module, inline, pos), module, children, modules, macros)
            if target is None:
                continue
            there = node_of(target)
            if there != here:
                graph[here].add(there)
    return graph


def cycles(graph):
    """The strongly connected components with more than one node (Tarjan, iterative)."""
    index, low, on, stack, out, counter = {}, {}, set(), [], [], [0]
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]
                    counter[0] += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                elif nxt in on:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def shortest_cycle(graph, comp):
    """A shortest cycle through the first module of a strongly connected component."""
    start, members = comp[0], set(comp)
    previous, queue = {start: None}, [start]
    for node in queue:
        for nxt in sorted(graph[node] & members):
            if nxt == start:
                path = [node]
                while previous[path[-1]] is not None:
                    path.append(previous[path[-1]])
                return path[::-1] + [start]
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    return comp


def bad_edges(graph):
    """Edges that go up a layer, or sideways from one resource to another."""
    out = []
    for a in sorted(graph):
        for b in sorted(graph[a]):
            if layer_of(b) > layer_of(a):
                out.append((a, b, "up a layer"))
            elif layer_of(a) == layer_of(b) == LAYERS.index("resources") and a != b:
                out.append((a, b, "sideways between two resources"))
    return out


def main():
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT
    graph = build(src)
    print(f"module graph of {src} ({len(graph)} modules, {sum(map(len, graph.values()))} edges)")
    for layer in LAYERS:
        print(f"\n{layer}:")
        for node in sorted(n for n in graph if n.split("::")[0] == layer):
            uses = ", ".join(sorted(graph[node], key=lambda n: (layer_of(n), n))) or "-"
            print(f"  {node} -> {uses}")
    found = cycles(graph)
    bad = bad_edges(graph)
    print()
    for comp in found:
        print(f"cycle among {', '.join(comp)}: " + " -> ".join(shortest_cycle(graph, comp)))
    for a, b, why in bad:
        print(f"bad edge: {a} -> {b} ({why})")
    print(f"{len(found)} cycles, {len(bad)} edges against the layering")
    return 1 if found or bad else 0


if __name__ == "__main__":
    sys.exit(main())
