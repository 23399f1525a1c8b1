#!/usr/bin/env python3
"""Writes the CloudFormation resource schemas the runtime checks templates against.

Reads tests/fixtures/cfn-schemas/*.json (the 18 AWS::Cognito::* schemas and the Lambda, IAM and
Logs ones, all as cfn-lint 1.58.0 bundles them) and writes two checked-in Rust files:

  cognito-runtime/src/core/schema/generated.rs  every type's property tree ($ref resolved,
                                                nodes shared when equal), its create-only
                                                properties, and the patterns it uses
  cognito-runtime/src/core/schema/unicode.rs    the Unicode general categories L M N P S Z as
                                                code point ranges (Java's \\p{L} and friends)

One amendment is made to the schemas (`EXTRA_ENUM`): values aws-cdk-lib offers that an enum
does not list yet, so that what the CDK writes is never refused.

Each file records an FNV-1a 64 hash of the inputs (the schemas and this script) and of its own
body; tests/schema_generated.rs recomputes both, so a stale or hand-edited file fails the tests.

    python3 scripts/gen_schemas.py           # write the files
    python3 scripts/gen_schemas.py --check   # exit 1 when a file is not what this writes
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "tests" / "fixtures" / "cfn-schemas"
OUT = ROOT / "cognito-runtime" / "src" / "core" / "schema"

# (type, property pointer) -> values aws-cdk-lib 2.276 offers that the schema's enum lacks:
# `Runtime.DOTNET_9` (`dotnet9`). The CDK writes them; refusing them would refuse the CDK.
EXTRA_ENUM = {("AWS::Lambda::Function", "/properties/Runtime"): ["dotnet9"]}

# Keywords that carry no constraint CloudFormation checks on a template's value.
IGNORED = {
    "description", "insertionOrder", "format", "default", "relationshipRef", "arrayType",
    "examples", "title", "$comment", "deprecated",
}
HANDLED = {
    "type", "enum", "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems",
    "maxItems", "uniqueItems", "items", "properties", "additionalProperties", "patternProperties",
    "required", "minProperties", "maxProperties", "allOf", "anyOf", "$ref",
}
TYPE_BITS = {"string": "STR", "number": "NUM", "integer": "INT", "boolean": "BOOL",
             "object": "OBJ", "array": "ARR", "null": "NULL"}
CATEGORIES = "LMNPSZ"


def fnv1a64(chunks):
    h = 0xCBF29CE484222325
    for chunk in chunks:
        for b in chunk:
            h ^= b
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def input_files():
    """The inputs, in the order the hash reads them (the test reads them the same way)."""
    files = sorted(p for p in SCHEMAS.glob("*.json") if p.name.startswith("aws-"))
    return files + [Path(__file__).resolve()]


def inputs_hash():
    chunks = []
    for p in input_files():
        chunks.append(p.name.encode())
        chunks.append(b"\0")
        chunks.append(p.read_bytes())
        chunks.append(b"\0")
    return fnv1a64(chunks)


class Tables:
    """Nodes and patterns, each stored once."""

    def __init__(self):
        self.nodes = []
        self.node_index = {}
        self.patterns = []
        self.pattern_index = {}

    def pattern(self, p):
        if p not in self.pattern_index:
            self.pattern_index[p] = len(self.patterns)
            self.patterns.append(p)
        return self.pattern_index[p]

    def add(self, fields):
        key = repr(fields)
        if key not in self.node_index:
            self.node_index[key] = len(self.nodes)
            self.nodes.append(fields)
        return self.node_index[key]


def enum_values(listed, extra):
    """The schema's values and the amendment's, sorted when the schema's are."""
    values = list(listed) + [v for v in extra if v not in listed]
    return tuple(sorted(values) if list(listed) == sorted(listed) and extra else values)


class TypeBuilder:
    """Lowers one resource schema into nodes of `Tables`."""

    def __init__(self, tables, schema):
        self.t = tables
        self.schema = schema
        self.name = schema["typeName"]
        self.flags = {}
        for key, flag in (("createOnlyProperties", "CREATE_ONLY"),
                          ("readOnlyProperties", "READ_ONLY"),
                          ("writeOnlyProperties", "WRITE_ONLY")):
            for pointer in schema.get(key, []):
                self.flags.setdefault(pointer, []).append(flag)

    def resolve(self, s, depth):
        if depth > 32:
            raise SystemExit(f"{self.name}: $ref nesting deeper than 32")
        while "$ref" in s:
            ref = s["$ref"]
            if not ref.startswith("#/definitions/"):
                raise SystemExit(f"{self.name}: unsupported $ref {ref}")
            target = self.schema["definitions"][ref[len("#/definitions/"):]]
            s = {**target, **{k: v for k, v in s.items() if k not in ("$ref", "description")}}
        return s

    def node(self, s, pointer, depth=0):
        s = self.resolve(s, depth)
        unknown = set(s) - IGNORED - HANDLED
        if unknown:
            raise SystemExit(f"{self.name} {pointer}: unsupported keywords {sorted(unknown)}")
        f = {}
        types = s.get("type")
        if types is not None:
            types = [types] if isinstance(types, str) else types
            f["types"] = " | ".join(TYPE_BITS[t] for t in types)
        if "enum" in s:
            f["enum_values"] = enum_values(s["enum"], EXTRA_ENUM.get((self.name, pointer), []))
        for key, field in (("minLength", "min_length"), ("maxLength", "max_length"),
                           ("minItems", "min_items"), ("maxItems", "max_items"),
                           ("minProperties", "min_properties"), ("maxProperties", "max_properties")):
            if key in s:
                f[field] = int(s[key])
        for key, field in (("minimum", "minimum"), ("maximum", "maximum")):
            if key in s:
                f[field] = float(s[key])
        if "pattern" in s:
            f["pattern"] = self.t.pattern(s["pattern"])
        if s.get("uniqueItems"):
            f["unique_items"] = True
        if "items" in s:
            f["items"] = self.node(s["items"], pointer + "/*", depth + 1)
        if s.get("additionalProperties") is False:
            f["closed"] = True
        required = list(s.get("required", []))
        props = []
        for name, sub in s.get("properties", {}).items():
            child = pointer + "/" + name
            flags = ["REQUIRED"] if name in required else []
            flags += self.flags.get(child, [])
            props.append((name, self.node(sub, child, depth + 1), tuple(flags)))
        for name in required:
            if name not in s.get("properties", {}):
                props.append((name, self.t.add(()), ("REQUIRED",)))
        if props:
            f["properties"] = tuple(props)
        if "patternProperties" in s:
            f["pattern_properties"] = tuple(
                (self.t.pattern(p), self.node(sub, pointer + "/*", depth + 1))
                for p, sub in s["patternProperties"].items())
        if "allOf" in s:
            f["all_of"] = tuple(self.condition(c, pointer, depth) for c in s["allOf"])
        if "anyOf" in s:
            branches = [self.node(b, pointer, depth + 1) for b in s["anyOf"]]
            # A branch without constraints (cfn-lint's own `format`s) makes `anyOf` always hold.
            if self.t.add(()) not in branches:
                f["any_of"] = tuple(branches)
        return self.t.add(tuple(sorted(f.items())))

    def condition(self, c, pointer, depth):
        if set(c) != {"if", "then"}:
            raise SystemExit(f"{self.name}: allOf entries must be if/then, got {sorted(c)}")
        cond, negate = c["if"], False
        if set(cond) == {"not"}:
            cond, negate = cond["not"], True
        if set(cond) != {"required"}:
            raise SystemExit(f"{self.name}: only `required` conditions are supported, got {cond}")
        return (tuple(cond["required"]), negate, self.node(c["then"], pointer, depth + 1))

    def root(self):
        top = {k: self.schema[k] for k in ("properties", "required", "additionalProperties",
                                           "allOf", "anyOf") if k in self.schema}
        top["type"] = "object"
        return self.node(top, "/properties")


def create_only(schema):
    """`createOnlyProperties`, in the schema's order, as paths below `Properties` (`Tags/*/Key`)."""
    prefix = "/properties/"
    paths = schema.get("createOnlyProperties", [])
    bad = [p for p in paths if not p.startswith(prefix)]
    if bad:
        raise SystemExit(f"{schema['typeName']}: unexpected create-only pointers {bad}")
    return [p[len(prefix):] for p in paths]


def rust_str(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def rust_raw(s):
    """A raw string literal when `s` is printable ASCII (patterns read as written)."""
    if all(0x20 <= ord(ch) <= 0x7E for ch in s):
        return f'r"{s}"' if '"' not in s else f'r#"{s}"#'
    return rust_str(s)


def rust_f64(x):
    return repr(float(x)) if "." in repr(float(x)) or "e" in repr(float(x)) else repr(float(x)) + ".0"


def rust_node(i, fields):
    parts = []
    for key, value in fields:
        if key == "types":
            parts.append(f"types: {value}")
        elif key == "enum_values":
            lits = ", ".join(f"Lit::Str({rust_str(v)})" if isinstance(v, str) else f"Lit::Num({rust_f64(v)})"
                             for v in value)
            parts.append(f"enum_values: &[{lits}]")
        elif key in ("min_length", "max_length", "min_items", "max_items", "min_properties",
                     "max_properties", "pattern", "items"):
            parts.append(f"{key}: Some({value})")
        elif key in ("minimum", "maximum"):
            parts.append(f"{key}: Some({rust_f64(value)})")
        elif key in ("unique_items", "closed"):
            parts.append(f"{key}: true")
        elif key == "properties":
            props = "".join(
                f"\n        Prop {{ name: {rust_str(n)}, node: {node}, flags: {' | '.join(flags) or '0'} }},"
                for n, node, flags in value)
            parts.append(f"properties: &[{props}\n    ]")
        elif key == "pattern_properties":
            parts.append("pattern_properties: &[" + ", ".join(f"({p}, {n})" for p, n in value) + "]")
        elif key == "all_of":
            conds = ", ".join(
                f"Cond {{ required: &[{', '.join(rust_str(r) for r in req)}], negate: {str(neg).lower()}, then: {then} }}"
                for req, neg, then in value)
            parts.append(f"all_of: &[{conds}]")
        elif key == "any_of":
            parts.append("any_of: &[" + ", ".join(str(b) for b in value) + "]")
        else:
            raise SystemExit(f"internal: field {key}")
    body = ", ".join(parts + ["..ANY"]) if parts else "..ANY"
    return f"    /* {i} */ Node {{ {body} }},\n"


def header(what, version, h):
    return (
        f"// @generated by scripts/gen_schemas.py: {what}; do not edit.\n"
        f"// Regenerate with `python3 scripts/gen_schemas.py`; tests/schema_generated.rs checks the hashes.\n"
        f"// Source: {version}.\n"
        f"// inputs-fnv1a64: {h:016x}\n"
    )


def finish(head, body):
    """The file: its header, the hash of its body, the body."""
    return head + f"// body-fnv1a64: {fnv1a64([body.encode()]):016x}\n" + body


def generated_rs(h):
    tables = Tables()
    any_node = tables.add(())
    assert any_node == 0
    types = []
    for path in input_files()[:-1]:
        schema = json.loads(path.read_text())
        types.append((schema["typeName"], TypeBuilder(tables, schema).root(), create_only(schema)))
    types.sort()
    version = json.loads((SCHEMAS / "cfn-lint-schemas-version.json").read_text())["schema_date"]
    nodes = "".join(rust_node(i, fields) for i, fields in enumerate(tables.nodes))
    names = ["ANY", "ARR", "BOOL", "CREATE_ONLY", "Cond", "INT", "Lit", "NULL", "NUM", "Node", "OBJ",
             "Prop", "READ_ONLY", "REQUIRED", "STR", "WRITE_ONLY", "Type"]
    used = [n for n in names if n == "Type" or re.search(rf"\b{n}\b", nodes)]
    body = ["\n#![allow(clippy::unreadable_literal)]\n\n",
            f"use super::table::{{{', '.join(used)}}};\n\n",
            "/// Every resource type with a schema, sorted by name.\n",
            f"pub(super) static TYPES: [Type; {len(types)}] = [\n"]
    body += [f"    Type {{ name: {rust_str(n)}, root: {r}, create_only: &[{', '.join(map(rust_str, c))}] }},\n"
             for n, r, c in types]
    body += ["];\n\n/// The patterns the nodes use (Java regular expressions).\n",
             f"pub(super) static PATTERNS: [&str; {len(tables.patterns)}] = [\n"]
    body += [f"    {rust_raw(p)},\n" for p in tables.patterns]
    body += ["];\n\n/// The nodes; `Node::items`, `Prop::node` and the other links are indices here.\n",
             f"pub(super) static NODES: [Node; {len(tables.nodes)}] = [\n"]
    body.append(nodes)
    body.append("];\n")
    head = header("the CloudFormation resource schemas of the types the project emits",
                  f"cfn-lint 1.58.0 bundled schemas (us-east-1), schema_date {version}", h)
    return finish(head, "".join(body))


def category_ranges():
    ranges = {c: [] for c in CATEGORIES}
    for cp in range(0x110000):
        c = unicodedata.category(chr(cp))[0]
        if c not in ranges:
            continue
        r = ranges[c]
        if r and r[-1][1] == cp - 1:
            r[-1][1] = cp
        else:
            r.append([cp, cp])
    return ranges


def unicode_rs(h):
    names = {"L": "letters", "M": "marks", "N": "numbers", "P": "punctuation", "S": "symbols",
             "Z": "separators"}
    body = ["\n#![allow(clippy::unreadable_literal)]\n"]
    for c, r in category_ranges().items():
        body.append(f"\n/// `\\p{{{c}}}`: the {names[c]}, as inclusive code point ranges.\n")
        body.append(f"pub(crate) static {c}: [(u32, u32); {len(r)}] = [\n")
        line = "   "
        for lo, hi in r:
            item = f" (0x{lo:x}, 0x{hi:x}),"
            if len(line) + len(item) > 100:
                body.append(line + "\n")
                line = "   "
            line += item
        body.append(line + "\n];\n")
    head = header("the Unicode general categories of Java's \\p{…} classes",
                  f"Python {sys.version.split()[0]} unicodedata, Unicode {unicodedata.unidata_version}", h)
    return finish(head, "".join(body))


def main():
    h = inputs_hash()
    outputs = {OUT / "generated.rs": generated_rs(h), OUT / "unicode.rs": unicode_rs(h)}
    if "--check" in sys.argv[1:]:
        stale = [p for p, text in outputs.items() if not p.exists() or p.read_text() != text]
        for p in stale:
            print(f"stale: {p.relative_to(ROOT)}", file=sys.stderr)
        sys.exit(1 if stale else 0)
    OUT.mkdir(parents=True, exist_ok=True)
    for p, text in outputs.items():
        p.write_text(text)
        print(f"wrote {p.relative_to(ROOT)} ({len(text.encode())} bytes)")


if __name__ == "__main__":
    main()
