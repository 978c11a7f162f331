#!/usr/bin/env python3
"""Splits the release bundle's wasm by screen (docs/code-splitting.md), after `trunk build
--release --features split` wrote dist/. Trunk's own wasm-bindgen and wasm-opt output is
replaced by:

1. `wasm-split-cli` on cargo's raw wasm (linked with `--emit-relocs`): the main module, one
   chunk per screen (`split_<screen>.wasm`), the chunks the screens share (`chunk_<n>.wasm`) and
   the loader `__wasm_split.js`, which fetches them relative to itself;
2. `wasm-bindgen --keep-lld-exports` on the main module only, under Trunk's hashed name, so the
   loader imports the very module the page imports (one instance of the glue);
3. `wasm-opt -Oz` on the main module and every chunk;
4. the chunks and the loader renamed to `<stem>-<16 hex of their content>` (the backend caches
   such names for good), the names rewritten where they are imported or fetched;
5. the page's `integrity` hashes (sha384) recomputed for the files it names, and the loader
   preloaded beside the app module.

Fails when the raw wasm was built without the `split` feature
(nothing to split) or without `--emit-relocs`.

Usage: split_wasm.py DIST RAW_WASM"""

import base64
import hashlib
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

APP_JS = re.compile(r'<link rel="modulepreload" href="/(payments-panel-[0-9a-f]{1,16}\.js)"')
INTEGRITY = re.compile(r'(href="/([^"]+)"[^>]*?integrity=")sha384-[^"]+(")')
LOADER = "__wasm_split.js"
WASM_OPT = ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"]


def run(*command: str) -> None:
    subprocess.run(command, check=True)


def fingerprinted(path: pathlib.Path) -> pathlib.Path:
    """`path` renamed to `<stem>-<16 hex of its content><suffix>`."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return path.rename(path.with_name(f"{path.stem}-{digest}{path.suffix}"))


def sri(path: pathlib.Path) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode()


def main(dist: pathlib.Path, raw: pathlib.Path) -> int:
    index_path = dist / "index.html"
    index = index_path.read_text(encoding="utf-8")
    found = APP_JS.search(index)
    if not found:
        raise SystemExit("split_wasm: no app module in dist/index.html (was it built by trunk build --release?)")
    name = found.group(1).removesuffix(".js")
    if b"__wasm_split_placeholder__" not in raw.read_bytes():
        raise SystemExit(f"split_wasm: {raw} has no split points (build it with --features split)")
    with tempfile.TemporaryDirectory() as tmp:
        split = pathlib.Path(tmp) / "split"
        run("wasm-split-cli", str(raw), str(split), "--target", "web", "--out-name", name)
        main_wasm = split / f"{name}.wasm"
        run("wasm-bindgen", "--target", "web", "--keep-lld-exports", "--no-typescript",
            "--out-name", name, "--out-dir", str(dist), str(main_wasm))
        main_wasm.unlink()
        chunks = sorted(split.glob("*.wasm"))
        for wasm in [dist / f"{name}_bg.wasm", *chunks]:
            run("wasm-opt", *WASM_OPT, str(wasm), "-o", str(wasm))
        loader = (split / LOADER).read_text(encoding="utf-8")
        for chunk in chunks:
            hashed = fingerprinted(chunk)
            if f'"./{chunk.name}"' not in loader:
                raise SystemExit(f"split_wasm: {LOADER} does not fetch {chunk.name}")
            loader = loader.replace(f'"./{chunk.name}"', f'"./{hashed.name}"')
            shutil.move(hashed, dist / hashed.name)
    loader_path = dist / LOADER
    loader_path.write_text(loader, encoding="utf-8")
    loader_path = fingerprinted(loader_path)
    app_js = dist / f"{name}.js"
    glue = app_js.read_text(encoding="utf-8")
    # Only the module imports (one per split point): the wasm's import object keeps the module
    # name "./__wasm_split.js".
    if f'from "./{LOADER}"' not in glue:
        raise SystemExit(f"split_wasm: {app_js.name} does not import {LOADER}")
    app_js.write_text(glue.replace(f'from "./{LOADER}"', f'from "./{loader_path.name}"'), encoding="utf-8")
    index = INTEGRITY.sub(lambda m: m.group(1) + sri(dist / m.group(2)) + m.group(3), index)
    preload = f'<link rel="modulepreload" href="/{loader_path.name}" crossorigin="anonymous" integrity="{sri(loader_path)}">'
    index = index.replace(found.group(0), preload + found.group(0), 1)
    index_path.write_text(index, encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])))
