"""Contents that stand for what was said instead of saying it: "said [yes]", "said [so] in a poll",
"said [the same] of Sanders". Reported speech keeps them as short contents (`quotes.reported`);
the forms and their kinds are data (`lexicons/pro_form_contents.txt`).
"""

from __future__ import annotations

from .clauses import only_circumstance
from .lexicons import load_mapping
from .phrases import CLAUSE_END
from .tokens import Token

__all__ = ["pro_form_end"]


def pro_form_end(tokens: list[Token], start: int, end: int) -> int | None:
    """Where a content that stands for what was said ends: "said [yes],", "said [so] in a poll", "said
    [that].", "said [the same] of Sanders" (`lexicons/pro_form_contents.txt`); -1 for "the same" (its
    phrase runs on as an object's does); None for anything else ("said [so] many things", "said [that],
    in his view,", "where I write [this], and")."""
    if start + 1 < end and tokens[start].lower == "the" and tokens[start + 1].lower == "same":
        return -1
    form = load_mapping("pro_form_contents").get(tokens[start].lower) if start < end else None
    if form is None:
        return None
    following = tokens[start + 1].text if start + 1 < end else "."
    answer = form == "answer"  # (an answer may be followed by when and where it was given)
    return start + 1 if following in CLAUSE_END or (answer and (following == "," or only_circumstance(tokens, start + 1, end))) \
        else None
