#!/usr/bin/env python3
"""Dump CPython's ast of Python files as canonical JSON lines, for the differential test.

Usage: pyast_dump.py PATH...   (folders are searched for *.py, sorted)
       pyast_dump.py -         (file paths, one per line, on stdin)

One line per file: {"path": P, "tree": T} or {"path": P, "error": MESSAGE}.
A node is {"_type": NAME, <fields in _fields order>, <lineno, col_offset, end_lineno,
end_col_offset when the node has them>}. Enum-like nodes (Load, Add, Eq...) are their name.
The tree always has the Python 3.12 shape: type_params is added on 3.11.
Constant values are tagged: {"none": null}, {"bool": true}, {"int": "12"}, {"float": "1e+16"},
{"complex": "2.0"} (the imaginary part), {"str": "..."}, {"bytes": "hex"}, {"ellipsis": null}.
Keep this format in step with Shipshape.Python's CPythonAstJson.
"""
import ast
import json
import os
import sys

POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")
# Fields that Python 3.12 added, inserted where 3.12 puts them (always empty before 3.12).
ADDED_FIELDS = {
    "FunctionDef": ("type_params", "type_comment"),
    "AsyncFunctionDef": ("type_params", "type_comment"),
    "ClassDef": ("type_params", "decorator_list"),
}


def fields_of(cls):
    fields = list(cls._fields)
    added = ADDED_FIELDS.get(cls.__name__)
    if added and added[0] not in fields:
        fields.insert(fields.index(added[1]) + 1, added[0])
    positions = tuple(a for a in POSITIONS if a in getattr(cls, "_attributes", ()))
    return fields, positions


_layout = {}


def constant(value):
    if value is None:
        return {"none": None}
    if value is Ellipsis:
        return {"ellipsis": None}
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, complex):
        return {"complex": repr(value.imag)}
    if isinstance(value, str):
        return {"str": value}
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    raise TypeError(f"unexpected constant {type(value).__name__}")


def convert(node):
    if isinstance(node, list):
        return [convert(item) for item in node]
    if not isinstance(node, ast.AST):
        return node
    cls = type(node)
    layout = _layout.get(cls)
    if layout is None:
        layout = _layout[cls] = fields_of(cls)
    fields, positions = layout
    if not fields and not positions:
        return cls.__name__
    out = {"_type": cls.__name__}
    for name in fields:
        value = getattr(node, name, None)
        if name == "value" and cls in (ast.Constant, ast.MatchSingleton):
            out[name] = constant(value)
        elif name == "type_params" and value is None:
            out[name] = []
        else:
            out[name] = convert(value)
    for name in positions:
        out[name] = getattr(node, name)
    return out


def dump(tree):
    """The tree's canonical JSON text."""
    # ast.parse ran under the default recursion limit, which decides what CPython rejects as too
    # deep ("maximum recursion depth exceeded during ast construction", about 3000 levels); the
    # recursive conversion and encoding of an accepted tree may need more.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))
    try:
        return json.dumps(convert(tree), separators=(",", ":"))
    finally:
        sys.setrecursionlimit(limit)


def paths(args):
    if args == ["-"]:
        for line in sys.stdin:
            line = line.rstrip("\n")
            if line:
                yield line
        return
    for arg in args:
        if os.path.isdir(arg):
            found = []
            for root, dirs, files in os.walk(arg):
                dirs.sort()
                found.extend(os.path.join(root, f) for f in files if f.endswith(".py"))
            yield from sorted(found)
        else:
            yield arg


def main(args):
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.stdout
    for path in paths(args):
        head = '{"path":' + json.dumps(path)
        try:
            with open(path, "rb") as fh:
                source = fh.read()
            tree = ast.parse(source, filename=path)
        except OSError as error:
            out.write(head + ',"error":' + json.dumps(f"unreadable: {error.strerror}") + "}\n")
        except (SyntaxError, ValueError, MemoryError, RecursionError) as error:
            out.write(head + ',"error":' + json.dumps(f"{type(error).__name__}: {error}") + "}\n")
        else:
            out.write(head + ',"tree":' + dump(tree) + "}\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
