#!/usr/bin/env python3
"""Checks the release bundle's initial load (every .wasm, .js, .css and .html file: all of them
are needed to show the Overview) against a gzip ceiling, so that the bundle only grows on purpose.

The ceiling is a ratchet, not issue 6's budget of 120 KB, which the app is far from (see
BENCHMARKS.md for the figures and why). When a change makes the bundle smaller, lower
CEILING_GZIP_BYTES to the new size plus a little; when a feature must grow it, raise it in the
same commit and say why.

Usage: python3 scripts/check_bundle_size.py [BUNDLE_DIR]   (default: dist)
Exits 0 within the ceiling, 1 over it, 2 without a bundle.
"""

import gzip
import sys
from pathlib import Path

# Measured at 416 KB (2026-11-23, after erase_components and the decoder without
# serde_path_to_error); the rest is headroom for small changes.
CEILING_GZIP_BYTES = 425 * 1024
INITIAL_LOAD = (".wasm", ".js", ".css", ".html")


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    files = sorted(p for p in bundle.iterdir() if p.is_file() and p.suffix in INITIAL_LOAD) if bundle.is_dir() else []
    if not any(p.suffix == ".wasm" for p in files):
        print(f"check_bundle_size: no bundle at {bundle} (build it first: bash scripts/build.sh)", file=sys.stderr)
        return 2
    total = 0
    for path in files:
        size = len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))
        total += size
        print(f"  {path.name}: {size:,} B gzip")
    verdict = "within" if total <= CEILING_GZIP_BYTES else "OVER"
    print(f"initial load: {total / 1024:.1f} KB gzip, {verdict} the ceiling of {CEILING_GZIP_BYTES / 1024:.0f} KB")
    return 0 if total <= CEILING_GZIP_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
