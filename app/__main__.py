"""The command line: ``python -m app <command>``.

Each command lives in the module that owns its work; this file only wires them up, and
imports a command's module lazily so that ``--help`` stays fast and light.
"""
from __future__ import annotations

import argparse
import importlib
import sys

# command -> (module exposing add_arguments(parser) and run(args) -> int, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "refdata": ("app.geo.refdata", "regenerate data/reference/ from the installed packages"),
    "geocode": ("app.geo.cli", "resolve Mexican place names offline"),
    "extract": ("app.extract.cli", "extract incident records from article files (JSON Lines)"),
    "score": ("app.evaluate", "score the extractor against hand-made gold (tests/gold/ or a folder)"),
    "agree": ("app.agreement", "how far a second annotator's gold agrees with the first's (the extractor's ceiling)"),
    "build": ("app.build", "load the seed articles into the store, extract, export data/incidents.*"),
    "add": ("app.add", "add article files to the store (same text never twice) and re-export"),
    "import": ("app.bulk_import", "import articles in bulk from JSON Lines or Parquet archives (constant memory)"),
    "fetch": ("app.pages", "fetch news pages by URL, add them to the store and extract (needs the network)"),
    "feeds": ("app.feeds", "follow RSS/Atom feeds: add, list, remove, update (update needs the network)"),
    "reviewer": ("app.reviewers", "add or change a reviewer who may edit from the dashboard (password hashed)"),
    "serve": ("app.dashboard.serve", "start the dashboard (Streamlit) on the built data"),
    "demo": ("app.demo", "write a store of N synthetic incidents (marked as such) to try the dashboard at scale"),
    "bench": ("app.bench", "run the benchmarks under benchmarks/ and print figures"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app",
        description="Map cartel-violence incidents reported in Dutch, Spanish and English news.",
    )
    sub = parser.add_subparsers(dest="command", metavar="<command>")
    for name, (module, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, description=help_text, add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv or argv[0] not in COMMANDS:
        parser.parse_args(argv or ["--help"])  # prints help or a clear usage error
        return 2
    name, rest = argv[0], argv[1:]
    module_name, help_text = COMMANDS[name]
    module = importlib.import_module(module_name)
    cmd_parser = argparse.ArgumentParser(prog=f"python -m app {name}", description=help_text)
    module.add_arguments(cmd_parser)
    args = cmd_parser.parse_args(rest)
    return int(module.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
