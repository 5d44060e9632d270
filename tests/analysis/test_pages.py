"""analysis/pages.py, overview.py and charts.py: the pages, looked at in a real headless browser.

The browser is the system's Chromium, driven by selenium through the system's chromedriver (Debian's
chromium and chromium-driver; .ci/run installs them). Where they are missing these tests skip, and
say how to install them. String checks alone cannot tell that a tooltip shows or a table sorts.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas
import pytest

import analysis
import quotes
from analysis.pages import article_page, page_name
from quotes.cli import main
from tests.conftest import SEED

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
_needs_browser = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="needs Chromium: apt-get install chromium chromium-driver")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        pytest.skip("needs Chromium: apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1200,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def _open(driver, page: Path):
    driver.get_log("performance")  # forget what earlier pages did
    driver.get(page.as_uri())
    return driver


def _requests(driver) -> list[str]:
    """Every URL the page asked for, from the browser's own network log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _console_errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    corpus = out.parent / "corpus.jsonl"
    records = [{"id": "seed", "text": SEED.read_text(encoding="utf-8"), "outlet": "A"},
               {"id": "../../escape", "text": '"It is <script>window.bad=1</script> late," said Ann Lee.', "outlet": "B"},
               {"id": "a/b:c", "text": '"We will win," Noem said. "Not now," said Ann Lee.', "outlet": "B"}]
    corpus.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    assert main(["run", str(corpus), "--out", str(out), "--html-articles", "--group-by", "outlet", "--quiet"]) == 0
    return out


def test_page_names_stay_inside_the_output_folder():
    for article_id in ("../../x", "a/b:c", "/etc/passwd", "..", "", "naïve café"):
        name = page_name(article_id)
        assert "/" not in name and not name.startswith(".") and name.endswith(".html")
    assert page_name("a/b") != page_name("a:b")  # made safe the same way, told apart by the hash


def test_a_run_writes_the_front_page_and_a_view_per_article(run_folder):
    views = sorted(path.name for path in (run_folder / "articles").iterdir())
    assert len(views) == 3 and all("/" not in name and ".." not in name for name in views)
    html = (run_folder / "index.html").read_text(encoding="utf-8")
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html  # nothing to fetch


@_needs_browser
def test_the_front_page_renders_offline_with_charts_and_a_working_table(browser, run_folder):
    from selenium.webdriver.common.by import By

    driver = _open(browser, run_folder / "index.html")
    assert _console_errors(driver) == []
    assert all(url.startswith(("file://", "data:")) for url in _requests(driver)), _requests(driver)
    assert len(driver.find_elements(By.CSS_SELECTOR, ".charts svg")) >= 5  # speakers, tone, verbs, gender, groups
    names = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#speakers tbody td:first-child")]
    assert names[0] == "Kristi Noem" and "Ann Lee" in names
    driver.find_element(By.XPATH, "//th[text()='quotes']").click()  # sorts by quotes, most first
    driver.find_element(By.XPATH, "//th[text()='quotes']").click()  # then fewest first
    ordered = [int(cell.text) for cell in driver.find_elements(By.CSS_SELECTOR, "#speakers tbody td:nth-child(2)")]
    assert ordered == sorted(ordered)
    driver.find_element(By.CSS_SELECTOR, "input[data-filter]").send_keys("ann")
    shown = [row for row in driver.find_elements(By.CSS_SELECTOR, "#speakers tbody tr") if row.is_displayed()]
    assert [row.find_element(By.CSS_SELECTOR, "td").text for row in shown] == ["Ann Lee"]
    shown[0].find_element(By.CSS_SELECTOR, "a").click()  # the speaker links to their quotes
    assert "Ann Lee" in driver.find_element(By.CSS_SELECTOR, "h3:target").text


@_needs_browser
def test_an_article_view_shows_the_speaker_on_hover_and_keeps_scripts_as_text(browser, run_folder):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    view = run_folder / "articles" / page_name("../../escape")
    driver = _open(browser, view)
    assert _console_errors(driver) == [] and driver.execute_script("return window.bad") is None
    quote = driver.find_element(By.CSS_SELECTOR, "mark.quote.direct")
    assert "<script>window.bad=1</script>" in quote.text
    tip = quote.find_element(By.CSS_SELECTOR, ".tip")
    assert not tip.is_displayed()
    ActionChains(driver).move_to_element(quote).perform()
    assert tip.is_displayed() and "Ann Lee" in tip.text and "said" in tip.text and "rule" in tip.text
    assert driver.find_element(By.CSS_SELECTOR, "u.mention").text == "Ann Lee"


@_needs_browser
def test_the_seed_view_marks_every_quote_and_sets_scare_quotes_apart(browser, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    found = quotes.extract(text)
    page = tmp_path / "seed.html"
    page.write_text(article_page(text, found, title="seed"), encoding="utf-8")
    from selenium.webdriver.common.by import By

    driver = _open(browser, page)
    marks = driver.find_elements(By.CSS_SELECTOR, "mark.quote")
    assert len(marks) == len(found)
    assert len(driver.find_elements(By.CSS_SELECTOR, "mark.scare")) == sum(not quote.is_speech for quote in found)
    assert driver.find_element(By.CSS_SELECTOR, ".article").text.replace("\n", "") == \
        text.replace("\n", "").strip()  # the text itself is all there, unchanged
    marks[1].send_keys("")  # keyboard focus shows the tooltip too
    driver.execute_script("arguments[0].focus()", marks[1])
    assert marks[1].find_element(By.XPATH, "./span[@class='tip']").is_displayed()
    # a quoted fragment inside reported speech is marked inside it, and its own tooltip shows alone
    (embassy,) = [mark for mark in marks if "US Embassy" in (mark.get_attribute("data-speaker") or "")
                  and "indirect" in mark.get_attribute("class")]
    (fragment,) = embassy.find_elements(By.CSS_SELECTOR, "mark.quote.mixed")
    assert fragment.text.startswith('"strengthening bilateral cooperation')  # the mark holds its quotation marks
    driver.execute_script("arguments[0].focus()", fragment)
    own_tip, outer_tip = (mark.find_element(By.XPATH, "./span[@class='tip']") for mark in (fragment, embassy))
    assert own_tip.is_displayed() and own_tip.get_attribute("textContent").endswith("mixed")
    assert not outer_tip.is_displayed() and outer_tip.get_attribute("textContent").endswith("indirect")


def test_show_returns_a_page_a_notebook_renders(tmp_path):
    page = analysis.show('"We will win," Noem said.')
    assert "<mark" in page._repr_html_() and "Noem" in page._repr_html_()
    frame = quotes.extract_frame(pandas.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"],
                                                   "text": ['"We will win," Noem said.', '"No," said Ann Lee.']}))
    summary = analysis.show(frame)
    assert summary.html.count("<svg") == 3 and "Ann Lee" in summary.html
    summary.save(tmp_path / "page.html")
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == summary.html
    with pytest.raises(quotes.errors.OptionError):
        analysis.show(42)


def test_plot_functions_return_figures():
    frame = quotes.extract_frame(pandas.DataFrame({"id": ["a", "b"], "date": ["2024-01", "2024-02"],
                                                   "text": ['"We will win," Noem said.', '"No," said Ann Lee.']}))
    for figure in (analysis.plot_speakers(frame), analysis.plot_tone(frame), analysis.plot_verbs(frame),
                   analysis.plot_over(frame, "date")):
        assert type(figure).__name__ == "Figure" and figure.axes


def test_quotes_show_writes_one_view(tmp_path, capsys):
    out = tmp_path / "seed.html"
    assert main(["show", str(SEED), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count('<mark class="quote') == len(quotes.extract(SEED.read_text(encoding="utf-8")))
    assert main(["show", str(SEED.parent), "--out", str(out)]) == 2  # a folder is a corpus: quotes run
    assert "quotes run --html-articles" in capsys.readouterr().err
