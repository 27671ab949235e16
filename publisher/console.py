"""The ``pinghu-publish`` console script: the command line (publisher/cli.py) run with the
cyclic garbage collector tuned for a process that lives for one command.

Python's collector runs a young collection every 700 new container objects, and an older
generation's every tenth of the one below.  Importing the command's modules makes ~20,000
long-lived objects (functions, classes, module dicts) that hold no garbage, walked again and
again: a plain ``epub`` of the seed spent ~15 M of its ~470 M instructions collecting while
importing, and ~37 M more in the collections the interpreter makes at exit over all those
objects, whose memory the operating system takes back anyway.

So the young generation is collected every ``YOUNG_THRESHOLD`` new objects (a bound on the
unreachable cycles waiting, not a switch-off: a 20 MB page still makes its e-book in the same
peak memory, 309 MB), and once the command is over every object is moved out of the
collector's reach (``gc.freeze``), leaving nothing for the exit's collections to walk.
Only the console script does this: importing publisher.cli in a program or a test leaves
its collector alone.
"""

from __future__ import annotations

import gc

# New container objects (net of those freed) between young collections; Python's default is 700.
YOUNG_THRESHOLD = 50_000


def main() -> None:
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
    try:
        from publisher.cli import main as command_line

        command_line()
    finally:
        # The process ends next (click exits through SystemExit): a last collection would free
        # nothing the exit does not.
        gc.freeze()
