#!/usr/bin/env python3
"""Writes src/Shipshape.Python/Parsing/UnicodeNames.txt.gz: the Unicode character names that
string escapes (\\N{...}) accept, as the running Python's unicodedata.lookup decides; and
IdentifierNfkc.txt.gz: "HEX;HEX HEX..." for each identifier character NFKC changes.

.NET has no character-name table, so the parser embeds this one. Lines:
  NAME;HEX            a character name, or a name alias (NameAliases.txt) lookup accepts
  @PREFIX;FIRST;LAST  a range whose names are PREFIX + the code point in hex (CJK ideographs, ...)
Hangul syllable names are composed by rule in UnicodeNames.cs. unicodedata cannot list aliases,
so candidate aliases come from Perl's copy of the same Unicode version (unicore/Name.pl) when it
is installed; each is kept only if unicodedata.lookup accepts it.
Run with the python3 whose behaviour the parser mirrors:  python3 scripts/gen_unicode_names.py
"""
import glob
import gzip
import pathlib
import sys
import unicodedata

RULE_PREFIXES = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "NUSHU CHARACTER-",
                 "KHITAN SMALL SCRIPT CHARACTER-", "TANGUT IDEOGRAPH-")


def accepted(name):
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return None


lines, ranges = [], {}
for code in range(sys.maxunicode + 1):
    name = unicodedata.name(chr(code), None)
    if name is None or name.startswith("HANGUL SYLLABLE "):
        continue
    prefix = next((p for p in RULE_PREFIXES if name.startswith(p)), None)
    if prefix is None:
        lines.append(f"{name};{code:X}")
    elif accepted(name) is not None:
        spans = ranges.setdefault(prefix, [])
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])

aliases = 0
for path in glob.glob("/usr/share/perl/*/unicore/Name.pl"):
    for candidate in open(path, encoding="ascii", errors="ignore").read().split("\n"):
        candidate = candidate.strip()
        if not candidate or not candidate[0].isalpha() or not candidate.isupper():
            continue
        char = accepted(candidate)
        if char is not None and len(char) == 1 and unicodedata.name(char, None) != candidate:
            lines.append(f"{candidate};{ord(char):X}")
            aliases += 1
    break

for prefix, spans in ranges.items():
    for first, last in spans:
        lines.append(f"@{prefix};{first:X};{last:X}")

out = pathlib.Path(__file__).resolve().parent.parent / "src/Shipshape.Python/Parsing/UnicodeNames.txt.gz"
with gzip.GzipFile(out, "wb", mtime=0) as f:
    f.write(("\n".join(lines) + "\n").encode("ascii"))
# NFKC of every non-ASCII character that may appear in an identifier and changes under NFKC:
# identifiers are normalized by CPython, and .NET cannot normalize in invariant-globalization mode.
nfkc = []
for code in range(0x80, sys.maxunicode + 1):
    char = chr(code)
    if 0xD800 <= code <= 0xDFFF or not ("a" + char).isidentifier():
        continue
    normalized = unicodedata.normalize("NFKC", char)
    if normalized != char:
        nfkc.append(f"{code:X};" + " ".join(f"{ord(c):X}" for c in normalized))
nfkc_out = out.with_name("IdentifierNfkc.txt.gz")
with gzip.GzipFile(nfkc_out, "wb", mtime=0) as f:
    f.write(("\n".join(nfkc) + "\n").encode("ascii"))
print(f"{len(nfkc)} identifier characters change under NFKC -> {nfkc_out}")
print(f"{len(lines)} lines, {aliases} aliases (Unicode {unicodedata.unidata_version}) -> {out}")
