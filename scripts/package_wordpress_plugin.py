#!/usr/bin/env python3
"""Packs the WordPress plugin (wordpress/payments-panel/) with the release bundle of dist/ into
an installable zip: the plugin's PHP, and in app/ the boot module (boot.js, importing the app
relative to itself, so the bundle works under wp-content/plugins/...), the stylesheets
(panel.css, ledger.css) and the app's JavaScript and WebAssembly as the build named them: the
main module, and the split's loader with every screen's chunk, which it fetches relative to itself;
and in languages/ the translations: the app's Jed files and the PHP's .mo files.

Usage: package_wordpress_plugin.py DIST PLUGIN_DIR OUT_ZIP"""

import pathlib
import re
import sys
import zipfile

STYLESHEET = re.compile(r'<link rel="stylesheet" href="/((panel|ledger)-[0-9a-f]+\.css)"')
BOOT = re.compile(r'<script type="module" src="/(boot-[0-9a-f]+\.js)"></script>')
APP_JS = re.compile(r"from '/(payments-panel-[0-9a-f]+\.js)'")
APP_WASM = re.compile(r"module_or_path: '/(payments-panel-[0-9a-f]+_bg\.wasm)'")
SPLIT_LOADER = re.compile(r'from "\./(__wasm_split-[0-9a-f]{16}\.js)"')
CHUNK = re.compile(r'"\./([A-Za-z0-9_]+-[0-9a-f]{16}\.wasm)"')
# The plugin's PHP translations, built by `make pot` beside the .po files.
LANGUAGES = pathlib.Path(__file__).resolve().parent.parent / "languages"


def one(pattern: re.Pattern, text: str, what: str) -> re.Match:
    found = pattern.search(text)
    if not found:
        raise SystemExit(f"package_wordpress_plugin: no {what} in the bundle (was dist/ built by scripts/build.sh?)")
    return found


def main(dist: pathlib.Path, plugin: pathlib.Path, out: pathlib.Path) -> int:
    index = (dist / "index.html").read_text(encoding="utf-8")
    boot = (dist / one(BOOT, index, "boot module").group(1)).read_text(encoding="utf-8")
    app_js = one(APP_JS, boot, "app module import").group(1)
    app_wasm = one(APP_WASM, boot, "wasm path").group(1)
    boot = boot.replace(f"from '/{app_js}'", f"from './{app_js}'")
    # Relative to the module, not to the wp-admin page that loads it.
    boot = boot.replace(f"module_or_path: '/{app_wasm}'", f"module_or_path: new URL('./{app_wasm}', import.meta.url)")
    loader = one(SPLIT_LOADER, (dist / app_js).read_text(encoding="utf-8"), "split loader import").group(1)
    chunks = CHUNK.findall((dist / loader).read_text(encoding="utf-8"))
    if not chunks:
        raise SystemExit(f"package_wordpress_plugin: {loader} fetches no chunk")
    sheets = {kind: name for name, kind in STYLESHEET.findall(index)}
    if set(sheets) != {"panel", "ledger"}:
        raise SystemExit(f"package_wordpress_plugin: stylesheets in dist/index.html: {sorted(sheets)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    root = pathlib.PurePosixPath(plugin.name)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(plugin.rglob("*")):
            if path.is_file():
                archive.write(path, str(root / path.relative_to(plugin).as_posix()))
        archive.writestr(str(root / "app" / "boot.js"), boot)
        for kind, name in sheets.items():
            archive.write(dist / name, str(root / "app" / f"{kind}.css"))
        for name in (app_js, app_wasm, loader, *chunks):
            archive.write(dist / name, str(root / "app" / name))
        # The translations: the app's (Jed JSON), which the admin page names by the user's
        # locale, and the plugin's PHP ones (.mo, from the repository's languages/).
        for translation in sorted((dist / "languages").glob("payments-panel-*.json")):
            archive.write(translation, str(root / "languages" / translation.name))
        for translation in sorted(LANGUAGES.glob("payments-panel-*.mo")):
            archive.write(translation, str(root / "languages" / translation.name))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    sys.exit(main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])))
