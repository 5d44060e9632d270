"""`python -m quotes ...` works the same as the `quotes` command."""

import sys

from .cli import main

sys.exit(main())
