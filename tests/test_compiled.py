"""The installed package, compiled by mypyc (setup.py), finds exactly what the Python source finds.

The tests import the checkout's source; `pip install .` puts a compiled build in site-packages,
and that build is what `quotes run` uses. A compiled module is checked more strictly than Python
(a value of the wrong type raises), so the two are compared on every golden text and the seed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import quotes
from analysis.sentiment import score
from tests.conftest import GOLDEN, SEED

_INSTALLED = """
import importlib.util, json, sys
spec = importlib.util.find_spec("quotes.tokens")
origin = spec.origin if spec is not None else None
if origin is None or not origin.endswith((".so", ".pyd")):
    print(json.dumps({"origin": origin, "found": None}))
    sys.exit(0)
import copy, pickle
import quotes
from analysis.sentiment import score
texts = json.load(sys.stdin)
found = [quotes.extract(text) for text in texts]
copies = all(pickle.loads(pickle.dumps(quote)) == quote == copy.deepcopy(quote) for quotes_ in found for quote in quotes_)
tone = [[score(quote.text) for quote in quotes_] for quotes_ in found]
scorer = importlib.util.find_spec("analysis.patternscore").origin
# The corpus tallies (compiled classes) cross process boundaries on a Dask cluster: they must pickle.
from analysis.counts import FrequencyTally
from analysis.sentiment import ToneTally
from analysis.utterances import utterances_of_rows
from quotes.frames import quote_records
frequency, tone_tally = FrequencyTally(), ToneTally()
for number, quotes_ in enumerate(found):
    for utterance in utterances_of_rows(quote_records(str(number), quotes_, ())):
        frequency.add(utterance)
        if utterance.speaker:
            tone_tally.add((utterance.speaker,), *score(utterance.text))
tallies = [pickle.loads(pickle.dumps(frequency)).speaker_rows() == frequency.speaker_rows() != [],
           list(pickle.loads(pickle.dumps(tone_tally)).rows()) == list(tone_tally.rows()) != []]
tally_modules = [importlib.util.find_spec(name).origin for name in ("analysis.counts", "analysis.sentiment", "analysis.reports")]
print(json.dumps({"origin": origin, "found": [[repr(quote) for quote in quotes_] for quotes_ in found], "copies": copies,
                  "tone": tone, "scorer": scorer, "tallies": tallies, "tally_modules": tally_modules}))
"""
ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    for path in sorted(GOLDEN.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def test_compiled_build_finds_what_the_source_finds(tmp_path: Path) -> None:
    texts = _texts()
    # -I: the installed package, not this checkout (no working directory, no PYTHONPATH on the path)
    run = subprocess.run([sys.executable, "-I", "-c", _INSTALLED], input=json.dumps(texts), capture_output=True,
                         text=True, cwd=tmp_path, timeout=600)
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    origin, installed = answer["origin"], answer["found"]
    if origin is None or Path(origin).resolve().is_relative_to(ROOT):
        pytest.skip("quotes is not installed from a wheel here (an editable install runs the source): "
                    "pip install . builds the compiled package")
    if installed is None:
        if os.environ.get("QUOTES_PURE_PYTHON") or not (shutil.which("cc") or shutil.which("gcc")):
            pytest.skip("installed as pure Python: no C compiler, or QUOTES_PURE_PYTHON set")
        pytest.fail(f"a C compiler is here, yet the installed package is pure Python ({origin}): "
                    "pip install -v . prints why compiling was skipped (a type error in a compiled module?)")
    assert len(texts) > 100
    assert answer["copies"], "a compiled quote does not survive pickle or deepcopy (worker processes need it)"
    assert answer["scorer"].endswith((".so", ".pyd")), f"the tone scorer is not compiled: {answer['scorer']}"
    assert all(origin.endswith((".so", ".pyd")) for origin in answer["tally_modules"]), answer["tally_modules"]
    assert answer["tallies"] == [True, True], "a compiled corpus tally does not survive pickle (Dask workers send them)"
    for text, found, tone in zip(texts, installed, answer["tone"]):
        quotes_ = quotes.extract(text)
        assert found == [repr(quote) for quote in quotes_], text[:200]
        assert tone == [list(score(quote.text)) for quote in quotes_], text[:200]
