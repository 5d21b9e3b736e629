"""Running the command line in the test process (the gazetteer stays loaded: much faster
than a subprocess), with its output captured as a subprocess's would be."""
from __future__ import annotations

import contextlib
import io
import subprocess

from app.__main__ import main as app_main


def run_main(*argv: str) -> subprocess.CompletedProcess:
    """`python -m app ARGV...` in this process: exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = app_main(list(argv))
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())
