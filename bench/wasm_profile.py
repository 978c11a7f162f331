#!/usr/bin/env python3
"""Where the bytes of a wasm module go: the size of each function's code, by the names in the
module's `name` section (cargo's raw release wasm keeps them; wasm-opt and wasm-bindgen drop
them), summed by Rust module path (`payments_panel::components::ledger`, `serde_json`) and listed
one by one. Sizes are of the code before wasm-opt, so roughly twice the shipped ones; what
matters is their order. `make bench` prints its top (bench/run.js).

Usage: wasm_profile.py RAW_WASM [TOP]   (prints JSON: {"total", "modules": [...], "functions": [...]})"""

import json
import re
import sys
from collections import Counter


def uleb(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(data: bytes):
    at = 8
    while at < len(data):
        kind = data[at]
        size, at = uleb(data, at + 1)
        yield kind, data[at : at + size]
        at += size


def imported_functions(body: bytes) -> int:
    count, at = uleb(body, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module, field
            length, at = uleb(body, at)
            at += length
        kind = body[at]
        at += 1
        if kind == 0:  # function: type index
            _, at = uleb(body, at)
            functions += 1
        elif kind == 1:  # table: reftype, limits
            at += 1
            flags, at = uleb(body, at + 0)
            _, at = uleb(body, at)
            if flags & 1:
                _, at = uleb(body, at)
        elif kind == 2:  # memory: limits
            flags, at = uleb(body, at)
            _, at = uleb(body, at)
            if flags & 1:
                _, at = uleb(body, at)
        elif kind == 3:  # global: valtype, mutability
            at += 2
        else:  # tag
            at += 1
            _, at = uleb(body, at)
    return functions


def function_names(body: bytes) -> dict[int, str]:
    length, at = uleb(body, 0)
    if body[at : at + length] != b"name":
        return {}
    at += length
    while at < len(body):
        kind = body[at]
        size, at = uleb(body, at + 1)
        if kind == 1:
            names = {}
            count, inner = uleb(body, at)
            for _ in range(count):
                index, inner = uleb(body, inner)
                length, inner = uleb(body, inner)
                names[index] = body[inner : inner + length].decode("utf-8", "replace")
                inner += length
            return names
        at += size
    return {}


LEGACY = re.compile(r"^_ZN(.*)E$")


def demangled(name: str) -> str:
    """A legacy-mangled Rust symbol as its path, the hash left out (other names as they are)."""
    found = LEGACY.match(name)
    if not found:
        return name
    rest, parts = found.group(1), []
    while rest and rest[0].isdigit():
        digits = re.match(r"\d+", rest).group(0)
        length = int(digits)
        parts.append(rest[len(digits) : len(digits) + length])
        rest = rest[len(digits) + length :]
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    path = "::".join(parts)
    for code, char in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$u27$", "'"), ("$u7b$", "{"), ("$u7d$", "}"),
                       ("$RF$", "&"), ("$C$", ","), ("$BP$", "*"), ("$u5b$", "["), ("$u5d$", "]"), ("..", "::")):
        path = path.replace(code, char)
    return path


def module_of(path: str) -> str:
    """The crate, or for the app, the crate and two modules below it. An impl (`<T as Trait>`,
    `<impl Trait for Type>`) counts for the type's crate, else the trait's."""
    path = path.lstrip("_")
    if path.startswith("<"):
        inner = path[1:]
        for word in (" for ", " as "):
            if word in inner:
                inner = inner.split(word, 1)[1]
                break
        path = re.sub(r"^(&|\*|mut |const |dyn |impl )+", "", inner)
    head = re.split(r"::|<|>| ", path)
    head = [part for part in head if part]
    if not head:
        return path
    depth = 3 if head[0] == "payments_panel" else 1
    return "::".join(head[:depth])


def profile(data: bytes, top: int) -> dict:
    imports, names, bodies = 0, {}, []
    for kind, body in sections(data):
        if kind == 2:
            imports = imported_functions(body)
        elif kind == 10:
            count, at = uleb(body, 0)
            for _ in range(count):
                size, start = uleb(body, at)
                bodies.append(start + size - at)
                at = start + size
        elif kind == 0:
            names = function_names(body) or names
    functions = Counter()
    modules = Counter()
    for offset, size in enumerate(bodies):
        path = demangled(names.get(imports + offset, f"function[{imports + offset}]"))
        functions[path] += size
        modules[module_of(path)] += size
    return {
        "total": sum(bodies),
        "modules": modules.most_common(top),
        "functions": functions.most_common(top),
    }


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    top = int(sys.argv[2]) if len(sys.argv) == 3 else 20
    with open(sys.argv[1], "rb") as wasm:
        print(json.dumps(profile(wasm.read(), top)))
