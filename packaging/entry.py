"""The bundle's executable: the ``workbench`` command (no arguments: the window).

``freeze_support`` first: the OCR and reading workers are this same executable started again
by multiprocessing, and must run their task, not the command line.
"""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from workbench.cli import main

    sys.exit(main())
