"""A speaker's gender estimated from their given name: opt-in, offline, and reported apart.

`speaker_gender` is what the text says (Ms., Mr., gendered roles, pronouns). Gender-gap studies such
as the Gender Gap Tracker's also estimate it from first names; this module does so offline from a
table of about 82,000 given names of many countries derived from nomquamgender (MIT licence;
`quotes/lexicons/name_genders.txt`, read only when asked for), with the share of people of that
name who are women. The estimate goes in columns of its own (`name_gender`,
`name_female_probability`), never into `speaker_gender`.
"""

from __future__ import annotations

from quotes.lexicons import lookup
from quotes.wordclass import fold_accents

__all__ = ["name_gender", "NAME_GENDER_COLUMNS", "DECISIVE"]

NAME_GENDER_COLUMNS = ("name_gender", "name_female_probability")
# A name is read as a woman's or a man's when at least this share of people of that name are:
# nomquamgender's own default threshold (names between stay `unknown`).
DECISIVE = 0.9


def name_gender(speaker: str | None, speaker_type: str | None = "person") -> tuple[str | None, float | None]:
    """(`female` / `male` / `unknown`, share of women of that given name) for a person speaker whose
    canonical name has a given name in the table; (None, None) for anyone else (an organisation,
    a group, a surname alone: "Noem")."""
    if not speaker or speaker_type != "person" or " " not in speaker.strip():
        return None, None
    given = _plain(speaker.split()[0])
    share = lookup("name_genders", given)
    if share is None:
        return "unknown", None
    probability = float(share)
    label = "female" if probability >= DECISIVE else "male" if probability <= 1 - DECISIVE else "unknown"
    return label, probability


def _plain(word: str) -> str:
    """"José" -> "jose", "Zoë" -> "zoe": the table's names are written without accents, as
    nomquamgender looks them up."""
    return fold_accents(word.lower()).strip(".,'’")
