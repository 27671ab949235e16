"""The commands of ``pinghu-publish``, one module each.

publisher/cli.py imports only the module of the command a run asks for (all of them for
the help that lists them), so ``epub`` does not build the options of ``audio`` or ``build``.
"""
