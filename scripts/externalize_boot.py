#!/usr/bin/env python3
"""Moves the inline <script type="module"> that Trunk writes into dist/index.html to its own
file, dist/boot-<hash>.js, so the page runs under a strict Content-Security-Policy (no inline
script; 'wasm-unsafe-eval' only). Its start is wrapped so that a wasm that cannot be fetched,
compiled or started dispatches `wcpay:boot-failed` (boot/boot_watch.js then shows Reload)
instead of escaping as an uncaught error. Idempotent: a page without an inline module is left
as is."""

import hashlib
import pathlib
import re
import sys

INLINE_MODULE = re.compile(r'<script type="module">(.*?)</script>', re.DOTALL)


def guarded(code: str) -> str:
    """The boot module with its imports first and everything after them inside a try block."""
    lines = code.splitlines()
    imports = [line for line in lines if line.startswith("import ")]
    rest = [line for line in lines if not line.startswith("import ") and line.strip()]
    body = "\n".join("  " + line for line in rest)
    return "\n".join(imports) + (
        "\ntry {\n" + body + "\n} catch (error) {\n"
        "  console.error('payments panel: the app could not start:', error);\n"
        "  dispatchEvent(new CustomEvent('wcpay:boot-failed'));\n}"
    )


def main(dist: pathlib.Path) -> int:
    index = dist / "index.html"
    html = index.read_text(encoding="utf-8")
    found = INLINE_MODULE.search(html)
    if not found:
        return 0
    code = guarded(found.group(1).strip()) + "\n"
    name = f"boot-{hashlib.sha256(code.encode()).hexdigest()[:16]}.js"
    (dist / name).write_text(code, encoding="utf-8")
    tag = f'<script type="module" src="/{name}"></script>'
    index.write_text(html[: found.start()] + tag + html[found.end() :], encoding="utf-8")
    if INLINE_MODULE.search(index.read_text(encoding="utf-8")):
        print("externalize_boot: more than one inline module script in index.html", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
