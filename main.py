"""Clientela: the GUI by default, and a small command line for scripting (see --help)."""

from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    from ui.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    # In the packaged app, a worker process (services/worker_processes.py) is this same
    # program started again with special arguments: this runs the worker and exits there.
    multiprocessing.freeze_support()
    sys.exit(main())
