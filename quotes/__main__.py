"""`python -m quotes ...` works the same as the `quotes` command."""

from .cli import console

console()
