#!/usr/bin/env python3
"""Writes tests/fixtures/cfn-schemas/pattern-corpus.json: Python's verdicts on the patterns of
the resource schemas (and a few more that exercise every construct the matcher supports), for
tests/schema_patterns.rs to compare with the runtime's own matcher.

Each Java pattern is translated into a Python `re` pattern of the same meaning: `\\p{L}` and
the other general categories become explicit ranges (from the same `unicodedata` that
scripts/gen_schemas.py writes into the runtime), `$` and `\\Z` become Java's "end, or before a
final line terminator", `.` excludes Java's line terminators unless `(?s)`, and `re.ASCII`
makes `\\w`, `\\d`, `\\s` ASCII as in Java. Strings are drawn from each pattern's own syntax
tree (so many match) and then mutated (so many do not).

    python3 scripts/gen_pattern_corpus.py
"""

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

try:
    from re import _parser as sre_parse  # Python 3.11+
    from re import _constants as sre_constants
except ImportError:  # pragma: no cover
    import sre_constants
    import sre_parse

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "tests" / "fixtures" / "cfn-schemas"
OUT = SCHEMAS / "pattern-corpus.json"
SEED = 11
CASES_PER_PATTERN = 48

# Constructs the schemas do not use but the matcher supports (a parameter's allowed_pattern).
EXTRA = [
    r"^a$", r"^a\Z", r"^a\z", r"a$", r"^.$", r"^(?s).$", r"^(?s)a.b$", r"^.*$", r"^(?:ab|a)*c$",
    r"^(a|b)+?$", r"^x{2,3}$", r"^x{2,}$", r"^x{3}$", r"^[^\s]+$", r"^[\W]+$", r"^\D\S\W$",
    r"(?<=a)b", r"(?<!a)b", r"^[\p{L}\p{N}]+$", r"^\P{L}+$", r"^\p{Z}$", r"^[\p{M}\p{S}]+$",
    r"^[\x41-\x5a\u00e9]+$", r"^\t\n\r\f$", r"^(a(b(c)?)?)?$", r"^$", r"", r"^[-a-c]+$",
    r"^[a-c-]+$", r"^[\w-]+_[0-9a-zA-Z]+$", r"\.", r"^a|b$", r"^[\^a]+$", r"^(?:)+a$",
    r"^\p{C}+$", r"^[ab]*?b$", r"^(a*)*b$", r"^\$[0-9]+$",
]

LINE_TERMINATORS = "\n\r\u0085\u2028\u2029"
JAVA_END = r"(?:(?=\r\n\Z)|(?<!\r)(?=\n\Z)|(?=[\r\u0085\u2028\u2029]\Z)|\Z)"
POOL = list(
    "aAzZ09_-.:/@+=,#*$^{}[]()|?!\\\"' "
    "\t\n\r\x0b\x0c\x00\x7f\x85\u2028\u2029\u00a0\u3000"
    "é日жΩ\u0301\u0663、✓€\u200b\ue000\u0378\U0001f600\U00010400\U0001d7d8"
)


def category_ranges():
    ranges = {}
    for cp in range(0x110000):
        c = unicodedata.category(chr(cp))[0]
        r = ranges.setdefault(c, [])
        if r and r[-1][1] == cp - 1:
            r[-1][1] = cp
        else:
            r.append([cp, cp])
    return ranges


CATEGORIES = category_ranges()


def escape_cp(cp):
    return "\\U%08x" % cp


def class_body(cat):
    return "".join(escape_cp(lo) if lo == hi else escape_cp(lo) + "-" + escape_cp(hi)
                   for lo, hi in CATEGORIES[cat])


def property_name(p, i):
    """The category at `\\p` starting at p[i] (the letter after `p`), and the index after."""
    if p[i] == "{":
        j = p.index("}", i)
        return p[i + 1:j], j + 1
    return p[i], i + 1


def translate(p):
    """Java pattern -> Python pattern with the same meaning."""
    out, i, in_class, dotall, stack = [], 0, False, False, []
    while i < len(p):
        c = p[i]
        if c == "\\":
            n = p[i + 1]
            if n in "pP":
                cat, i = property_name(p, i + 2)
                body = class_body(cat)
                if in_class:
                    if n == "P":
                        raise SystemExit(f"\\P inside a class is not translated: {p}")
                    out.append(body)
                else:
                    out.append(("[^" if n == "P" else "[") + body + "]")
                continue
            if not in_class and n == "Z":
                out.append(JAVA_END)
            elif not in_class and n == "z":
                out.append(r"\Z")
            else:
                out.append(c + n)
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            if p[i + 1:i + 2] == "^":
                out.append("^")
                i += 1
        elif p.startswith("(?s)", i):
            dotall = True
            i += 4
            continue
        elif c == "(":
            stack.append(dotall)
            out.append(c)
        elif c == ")":
            dotall = stack.pop() if stack else dotall
            out.append(c)
        elif c == ".":
            out.append(r"[\s\S]" if dotall else "[^" + LINE_TERMINATORS.encode("unicode_escape").decode() + "]")
        elif c == "$":
            out.append(JAVA_END)
        else:
            out.append(c)
        i += 1
    return "".join(out)


class Generator:
    """Random strings from a Python pattern's syntax tree."""

    def __init__(self, rng):
        self.rng = rng

    def string(self, tree):
        return "".join(self.items(tree))

    def items(self, items):
        out = []
        for op, arg in items:
            out.append(self.item(op, arg))
        return out

    def item(self, op, arg):
        c = sre_constants
        if op == c.LITERAL:
            return chr(arg)
        if op == c.NOT_LITERAL:
            return self.pick(lambda ch: ord(ch) != arg)
        if op == c.ANY:
            return self.pick(lambda ch: ch not in LINE_TERMINATORS)
        if op == c.IN:
            return self.in_class(arg)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = arg
            hi = min(hi, lo + 3) if hi != c.MAXREPEAT else lo + 3
            return "".join(self.string(sub) for _ in range(self.rng.randint(lo, hi)))
        if op == c.SUBPATTERN:
            return self.string(arg[-1])
        if op == c.BRANCH:
            return self.string(self.rng.choice(arg[1]))
        return ""  # anchors and look-arounds consume nothing

    def in_class(self, arg):
        if arg and arg[0][0] == sre_constants.NEGATE:
            return self.pick(lambda ch: not self.member(ch, arg[1:]))
        op, value = self.rng.choice(arg)
        if op == sre_constants.LITERAL:
            return chr(value)
        if op == sre_constants.RANGE:
            return chr(self.rng.randint(*value))
        return self.pick(lambda ch: self.member(ch, [(op, value)]))

    def member(self, ch, arg):
        return re.fullmatch(self.class_text(arg), ch, re.ASCII) is not None

    def class_text(self, arg):
        parts = []
        for op, value in arg:
            if op == sre_constants.LITERAL:
                parts.append(re.escape(chr(value)))
            elif op == sre_constants.RANGE:
                parts.append(escape_cp(value[0]) + "-" + escape_cp(value[1]))
            elif op == sre_constants.CATEGORY:
                parts.append({"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                              "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w",
                              "CATEGORY_NOT_WORD": r"\W"}[str(value)])
        return "[" + "".join(parts) + "]" if parts else "[^\\s\\S]"

    def pick(self, accept):
        for _ in range(50):
            ch = self.rng.choice(POOL)
            if accept(ch):
                return ch
        return ""


def mutate(rng, s):
    ops = [
        lambda: s[:i] + s[i + 1:],
        lambda: s[:i] + rng.choice(POOL) + s[i:],
        lambda: s[:i] + rng.choice(POOL) + s[i + 1:],
        lambda: s + rng.choice(["\n", "\r\n", "\r", "\u2028", "\n\n", "\r\r"]),
        lambda: rng.choice(POOL) + s,
        lambda: s + s,
    ]
    i = rng.randrange(len(s) + 1) if s else 0
    return rng.choice(ops)()


def schema_patterns():
    found = []

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "pattern" and isinstance(v, str):
                    found.append(v)
                if k == "patternProperties" and isinstance(v, dict):
                    found.extend(v)
                walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)

    for path in sorted(SCHEMAS.glob("aws-*.json")):
        walk(json.loads(path.read_text()))
    return sorted(set(found))


def cases(rng, java):
    python = re.compile(translate(java), re.ASCII)
    gen = Generator(rng)
    tree = sre_parse.parse(python.pattern, re.ASCII)
    strings = {"", "\n", "a", "a\n"}
    for _ in range(CASES_PER_PATTERN * 4):
        if len(strings) >= CASES_PER_PATTERN // 2:
            break
        strings.add(gen.string(tree))
    for s in sorted(strings):
        if len(strings) >= CASES_PER_PATTERN:
            break
        strings.add(mutate(rng, s))
    while len(strings) < CASES_PER_PATTERN:
        strings.add("".join(rng.choice(POOL) for _ in range(rng.randint(1, 12))))
    return [[s, python.search(s) is not None, python.fullmatch(s) is not None] for s in sorted(strings)]


def main():
    rng = random.Random(SEED)
    patterns = schema_patterns() + [p for p in EXTRA if p not in schema_patterns()]
    corpus = [{"pattern": p, "cases": cases(rng, p)} for p in patterns]
    head = {"generator": "scripts/gen_pattern_corpus.py", "python": sys.version.split()[0],
            "unicode": unicodedata.unidata_version, "seed": SEED}
    lines = [json.dumps(head)[:-1] + ', "patterns": [']
    for k, c in enumerate(corpus):
        rows = ",\n".join("  " + json.dumps(case) for case in c["cases"])
        end = "]}," if k + 1 < len(corpus) else "]}"
        lines.append('{"pattern": ' + json.dumps(c["pattern"]) + ', "cases": [\n' + rows + end)
    lines.append("]}")
    OUT.write_text("\n".join(lines) + "\n")
    n = sum(len(c["cases"]) for c in corpus)
    hits = sum(case[1] for c in corpus for case in c["cases"])
    print(f"wrote {OUT.relative_to(ROOT)}: {len(corpus)} patterns, {n} strings, {hits} found")


if __name__ == "__main__":
    main()
