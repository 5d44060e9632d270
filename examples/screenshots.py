"""Screenshots of the report's front page and of an article view, for the README.

    python examples/screenshots.py [CORPUS ...] [--out docs/]

Runs `quotes run --html-articles` on the inputs (default: seeds/) into a temporary folder, then has
the system's headless Chromium photograph index.html and the first article view as PNG files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync",
          "--disable-component-update", "--no-first-run", "--hide-scrollbars")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", default=["seeds"])
    parser.add_argument("--out", default="docs", help="folder for index.png and article.png (default: docs/)")
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium")
    if chromium is None:
        print("needs Chromium: apt-get install chromium", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        reports = Path(folder) / "reports"
        subprocess.run([sys.executable, "-m", "quotes", "run", *args.inputs, "--out", str(reports), "--html-articles",
                        "--quiet"], check=False)
        view = sorted((reports / "articles").iterdir())[0]
        for page, name, size in ((reports / "index.html", "index.png", "1200,1500"), (view, "article.png", "1100,900")):
            subprocess.run([chromium, *_FLAGS, f"--user-data-dir={folder}/browser", f"--window-size={size}",
                            f"--screenshot={(out / name).resolve()}", page.resolve().as_uri()],
                           check=True, capture_output=True, timeout=120)
            print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
