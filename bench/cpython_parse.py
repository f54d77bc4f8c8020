#!/usr/bin/env python3
"""Times CPython's ast.parse over every .py file under a folder, like `Shipshape.Bench parse`.

Usage: python3 bench/cpython_parse.py DIR [--runs R]
Reads all files first, then times parsing only (one process, one core); reports the fastest of R
runs in the bench's format: files F, lines L, bytes B, errors E, seconds S, MB/s X
"""
import ast
import os
import sys
import time


def python_files(folder):
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        found.extend(os.path.join(root, f) for f in files if f.endswith(".py"))
    return sorted(found)


def parse_all(sources):
    errors = 0
    for source in sources:
        try:
            ast.parse(source)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            errors += 1
    return errors


def main(args):
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 1
    sources = []
    for path in python_files(args[0]):
        with open(path, "rb") as fh:
            sources.append(fh.read())
    size = sum(len(s) for s in sources)
    lines = sum(s.count(b"\n") + (1 if s and not s.endswith(b"\n") else 0) for s in sources)
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        errors = parse_all(sources)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"files {len(sources)}, lines {lines}, bytes {size}, errors {errors}, "
          f"seconds {best:.3f}, MB/s {size / 1e6 / best:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
