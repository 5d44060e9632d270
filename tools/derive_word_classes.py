"""Derive quotes/lexicons/tagger_*.txt, the word classes attribution asks about, from TextBlob's lexicon.

    python tools/derive_word_classes.py

TextBlob ships Brill's most-likely-tag lexicon (94,000 words, from the Brown corpus and the Penn
Treebank; see textblob/en/en-lexicon.txt). Attribution needs four sets of it: the words most likely
a verb, those of them inflected (past, participle, third person), common nouns, and adjectives or
gerunds. Parsing the whole lexicon at every start cost a tenth of a second, a third of a one-article
run; the toolkit ships the four sets instead (about 53,000 words), and a test checks that they
still match the installed textblob's lexicon.
"""

from __future__ import annotations

from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "quotes" / "lexicons"
VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ"})  # not VBG: "the ruling party", "a leading critic"
INFLECTED_TAGS = frozenset({"VBD", "VBN", "VBZ"})  # never after a modal: "May said", "Will described"
NOUN_TAGS = frozenset({"NN", "NNS"})
DESCRIBER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBG"})  # "strong", "European", "operating"
BRITISH_ENDINGS = frozenset({"e", "es", "ed", "ing", "ation", "ations", "er", "ers"})  # after "iz"/"yz"
CLASSES = {
    "tagger_verbs": "Lower-case words whose most likely tag is a verb, finite or a past participle (VB,\n"
                    "# VBD, VBN, VBP, VBZ; not VBG: \"the ruling party\"): \"used\", \"granted\".",
    "tagger_inflected_verbs": "Those of tagger_verbs.txt that are inflected (VBD, VBN, VBZ): a form that never follows\n"
                              "# a modal, so \"May said\" names Theresa May.",
    "tagger_nouns": "Lower-case words whose most likely tag is a common noun (NN, NNS): \"family\", \"rally\".",
    "tagger_describers": "Lower-case forms of the words, in any case, whose most likely tag is an adjective or a\n"
                         "# gerund (JJ, JJR, JJS, VBG): \"strong\", \"european\", \"operating\".",
}
HEADER = """\
# {what}
# From the most-likely-tag lexicon TextBlob ships (textblob/en/en-lexicon.txt: Brill's tagger
# lexicon, MIT licence), derived by tools/derive_word_classes.py, with the British -ise/-yse
# spellings of its American -ize/-yze words; a test checks it against the installed textblob.
# One word per line.
"""


def word_classes(lexicon_text: str) -> dict[str, set[str]]:
    """The four sets, by lexicon name, from the text of en-lexicon.txt ("word TAG" per line)."""
    found: dict[str, set[str]] = {name: set() for name in CLASSES}
    for line in lexicon_text.splitlines():
        word, _, rest = line.partition(" ")
        if "#" in word:
            continue  # ("#howcome": no token holds a "#", and a lexicon file reads it as a comment)
        tag = rest.split(" ", 1)[0]
        if tag in DESCRIBER_TAGS:
            found["tagger_describers"].add(word.lower())
        elif word.islower() and tag in VERB_TAGS:
            found["tagger_verbs"].add(word)
            if tag in INFLECTED_TAGS:
                found["tagger_inflected_verbs"].add(word)
        elif word.islower() and tag in NOUN_TAGS:
            found["tagger_nouns"].add(word)
    known = set().union(*found.values())
    for words in found.values():
        words |= {british for british in map(british_spelling, words) if british and british not in known}
    return found


def british_spelling(word: str) -> str | None:
    """The British -ise/-yse spelling of an American -ize/-yze word ("criticized" -> "criticised",
    "organization" -> "organisation", "analyzes" -> "analyses"), or None: the tagger's lexicon is
    American, and half the news it must read (the BBC's, among others) writes the British forms."""
    for letters in ("iz", "yz"):
        cut = word.rfind(letters)
        if cut > 3 and word[cut + 2:] in BRITISH_ENDINGS:  # (not "prize", "seize": no suffix)
            return f"{word[:cut]}{letters[0]}s{word[cut + 2:]}"
    return None


def textblob_lexicon() -> str:
    import textblob
    return (Path(textblob.__file__).parent / "en" / "en-lexicon.txt").read_text("utf-8")


def main() -> None:
    for name, words in word_classes(textblob_lexicon()).items():
        unsafe = sorted(word for word in words if word != word.strip() or not word)
        if unsafe:
            raise SystemExit(f"{name}: words a lexicon file cannot hold: {unsafe[:5]}")
        text = HEADER.format(what=CLASSES[name]) + "".join(f"{word}\n" for word in sorted(words))
        (LEXICONS / f"{name}.txt").write_text(text, "utf-8")
        print(f"{name}.txt: {len(words):,} words")


if __name__ == "__main__":
    main()
