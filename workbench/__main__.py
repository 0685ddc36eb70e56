"""``python -m workbench`` is the ``workbench`` command."""
import sys

from workbench.cli import main

if __name__ == "__main__":  # OCR worker processes import this module again; they must not run the CLI
    sys.exit(main())
